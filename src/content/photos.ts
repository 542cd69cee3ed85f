// Photos chosen, dropped or pasted into a composer: counted per composer, and checked for GPS
// coordinates in the file (read on the device), so the warning can mention them.
import { composerScope, isOurs } from './composer';
import { fileHasGps } from './exif-gps';
import { scheduleScan } from './badge';
import { guard } from './guard';
import type { Photos, State } from './state';

export function onChange(s: State, e: Event): void {
  const input = e.target;
  if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !input.files?.length) return;
  notePhotos(s, input, input.files);
}

/** Photos dropped or pasted into a composer count as much as ones chosen with the file picker. */
export function onDropOrPaste(s: State, e: Event): void {
  const files = (e as DragEvent).dataTransfer?.files ?? (e as ClipboardEvent).clipboardData?.files;
  if (!files?.length || !(e.target instanceof Element) || isOurs(e.target, s.ui?.host ?? null)) return;
  notePhotos(s, e.target, files);
}

function notePhotos(s: State, from: Element, files: FileList | File[]): void {
  guard('photos', () => {
    const images = [...files].filter((f) => f.type.startsWith('image/') || /\.(jpe?g|png|heic|webp|gif)$/i.test(f.name));
    if (!images.length) return;
    const scope = composerScope(from);
    const before = s.photos.get(scope);
    const entry: Photos = { count: images.length + (before?.count ?? 0), gps: before?.gps ?? false };
    s.photos.set(scope, entry);
    void Promise.all(images.map(fileHasGps)).then((found) => {
      if (found.some(Boolean)) entry.gps = true;
      if (s.recent) scheduleScan(s, s.recent, 0);
    });
  });
}
