import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../i18n';

export interface NoticeProps {
  /** Where the editor was, so the notice shows where the person was looking. */
  top: number;
  left: number;
  onDismiss: () => void;
}

/**
 * A quiet note after a post we could not hold: never modal, never in the way of the site, and
 * announced politely to screen readers. Focus stays where the site put it.
 */
export function Notice({ top, left, onDismiss }: NoticeProps) {
  const box = useRef<HTMLDivElement>(null);
  // Keep it on screen whatever the page did with the editor's old place.
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const r = el.getBoundingClientRect();
    if (r.right > window.innerWidth - 8) el.style.left = `${Math.max(8, window.innerWidth - r.width - 8)}px`;
    if (r.bottom > window.innerHeight - 8) el.style.top = `${Math.max(8, window.innerHeight - r.height - 8)}px`;
  });
  return (
    <div ref={box} class="notice" role="status" style={{ top: `${top}px`, left: `${left}px` }}>
      <p><span class="notice-mark" aria-hidden="true">!</span> {t('notice_miss')}</p>
      <button type="button" class="secondary" onClick={onDismiss}>{t('notice_ok')}</button>
    </div>
  );
}
