import { useRef, useState } from 'preact/hooks';
import { formatNumber, tp } from '../../i18n';
import { FindingList } from './FindingList';
import type { Item } from './types';

export interface BadgeProps { items: Item[]; top: number; left: number; note: string | null }

/**
 * A small count near the editor; hovering or focusing it explains each finding, and a click or a tap
 * keeps the explanation open until focus leaves it or Escape. (A tap is also a hover and a focus, so a
 * click that toggled would close at once what it had just opened: touch screens never saw it.) Tab
 * from the count moves into the explanation, which scrolls when long (at 200 %, say), so the keyboard
 * can read all of it; Escape closes it and returns to the count.
 */
export function Badge({ items, top, left, note }: BadgeProps) {
  const [hover, setHover] = useState(false);
  const [focused, setFocused] = useState(false);
  const [pinned, setPinned] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const open = hover || focused || pinned;
  const close = () => { setHover(false); setFocused(false); setPinned(false); };
  const n = items.length;
  const name = tp('badge_things', n);
  // Open towards the larger part of the window, so the explanation is never cut off at an edge.
  const below = top < window.innerHeight / 2;
  return (
    <div
      class="badge-wrap"
      style={{ top: `${top}px`, left: `${left}px` }}
      onMouseEnter={() => setHover(true)}
      onMouseLeave={() => setHover(false)}
      onFocusIn={() => setFocused(true)}
      onFocusOut={(e) => { if (!e.currentTarget.contains(e.relatedTarget as Node | null)) { setFocused(false); setPinned(false); } }}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        if (!button.current?.matches(':focus')) button.current?.focus();
        close();
      }}
    >
      <button
        ref={button}
        type="button"
        class="badge"
        aria-label={name}
        aria-expanded={open}
        aria-controls="tbyp-badge-panel"
        onClick={() => setPinned(true)}
      >
        <span aria-hidden="true">!</span> {formatNumber(n)}
      </button>
      <div id="tbyp-badge-panel" class={below ? 'panel below' : 'panel'} role="region" aria-label={name} hidden={!open} tabIndex={0}>
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
