import { useState } from 'preact/hooks';
import { formatNumber, tp } from '../../i18n';
import { FindingList } from './FindingList';
import type { Item } from './types';

export interface BadgeProps { items: Item[]; top: number; left: number; note: string | null }

/** A small count near the editor; hovering or focusing it explains each finding. */
export function Badge({ items, top, left, note }: BadgeProps) {
  const [open, setOpen] = useState(false);
  const n = items.length;
  const name = tp('badge_things', n);
  // Open towards the larger part of the window, so the explanation is never cut off at an edge.
  const below = top < window.innerHeight / 2;
  return (
    <div class="badge-wrap" style={{ top: `${top}px`, left: `${left}px` }} onMouseEnter={() => setOpen(true)} onMouseLeave={() => setOpen(false)}>
      <button
        type="button"
        class="badge"
        aria-label={name}
        aria-expanded={open}
        aria-controls="tbyp-badge-panel"
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onClick={() => setOpen(!open)}
        onKeyDown={(e) => { if (e.key === 'Escape') setOpen(false); }}
      >
        <span aria-hidden="true">!</span> {formatNumber(n)}
      </button>
      <div id="tbyp-badge-panel" class={below ? 'panel below' : 'panel'} role="region" aria-label={name} hidden={!open}>
        {open && (
          <>
            <FindingList items={items} />
            {note && <p class="note">{note}</p>}
          </>
        )}
      </div>
    </div>
  );
}
