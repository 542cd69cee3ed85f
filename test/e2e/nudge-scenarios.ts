// The nudge scenarios as data, shared by the Chromium specs (and meant for a Firefox runner later):
// what the school configures, what a risky and a clean draft look like, and which composers post
// versus save a profile.
import type { Page, Worker } from '@playwright/test';
import { expect } from './harness';
import { COMPOSERS, posted, type Composer } from '../fixtures/composers';

export const SCHOOL = 'Green Lane Community School';
export const PUPIL = 'Amelia Hart';

export const SETTINGS = { version: 2, schoolName: SCHOOL, pupilNames: [PUPIL, 'Noah Patel'] };

export const RISKY = `Proud of ${PUPIL} today`;
export const CLEAN = 'Lovely sunny walk by the river';

export const PROFILE_IDS = ['fb-bio', 'fb-work', 'x-profile', 'ig-bio'];
export const POST_COMPOSERS: Composer[] = COMPOSERS.filter((c) => !PROFILE_IDS.includes(c.id));
export const PROFILE_COMPOSERS: Composer[] = COMPOSERS.filter((c) => PROFILE_IDS.includes(c.id));

/** What a profile field holds when it names the school or a teaching job, and when it does not. */
export const PROFILE_RISKY: Record<string, string> = {
  'fb-bio': `Year 4 teacher at ${SCHOOL}`,
  'fb-work': SCHOOL,
  'x-profile': `Teacher. Views my own. ${SCHOOL}`,
  'ig-bio': 'Primary school teacher and runner',
};
export const PROFILE_CLEAN = 'Runner, baker and dog lover';

/** What the editor holds now, read the way the content script reads it. */
export function draft(page: Page, c: Composer): Promise<string> {
  return c.editor(page).evaluate((el) => (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el.value : (el as HTMLElement).innerText));
}

/**
 * The composer holds no draft any more: cleared, closed or gone, which every fixture does in the
 * same handler that records a post (test/fixtures/README.md), and which Playwright's own
 * evaluateAll does not wait for. A fixture records nothing from an empty composer, so from here on
 * a second post of this draft cannot appear: no later look can see one that this look does not.
 */
function composerSpent(page: Page, c: Composer): Promise<boolean> {
  return c.editor(page).evaluateAll((els) => els.every((el) => {
    if (!el.isConnected || el.getClientRects().length === 0) return true;
    const text = el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el.value : (el as HTMLElement).innerText;
    return text.trim() === '';
  }));
}

/**
 * Posted exactly once, for good. Replaces a fixed wait (300 ms) after the first post was seen: it
 * waits instead for the composer to be spent (composerSpent), after which the page cannot record
 * the same draft again, then reads the posts once more. A second post sent with the first, or any
 * time before the site emptied the composer, is in that read.
 */
export async function expectPostedOnce(page: Page, c: Composer): Promise<void> {
  await expect.poll(() => composerSpent(page, c), `${c.id}: the composer is cleared or closed after the post`).toBe(true);
  expect(await posted(page)).toHaveLength(1);
}

export async function configure(sw: Worker, extra: Record<string, unknown> = {}): Promise<void> {
  await sw.evaluate((s) => chrome.storage.local.set({ settings: s }), { ...SETTINGS, ...extra });
}

export const warning = (page: Page) => page.getByRole('alertdialog');
// By role and order, not by English words (the warning may be translated one day): the dialog ends
// with its two choices, Edit first, then Post anyway.
export const editButton = (page: Page) => warning(page).getByRole('button').nth(-2);
export const postAnyway = (page: Page) => warning(page).getByRole('button').last();
export const badge = (page: Page) => page.getByRole('button', { name: /to check before posting/ });

/** A JPEG with an EXIF block; with GPS latitude/longitude when asked. */
export function jpeg(withGps: boolean): Buffer {
  const u16 = (n: number) => [n & 255, n >> 8];
  const u32 = (n: number) => [n & 255, (n >> 8) & 255, (n >> 16) & 255, n >>> 24];
  const tiff: number[] = [0x49, 0x49, ...u16(42), ...u32(8)];
  const ifd0 = withGps ? [[0x010f, 2, 4, 0], [0x8825, 4, 1, 38]] : [[0x010f, 2, 4, 0]];
  tiff.push(...u16(ifd0.length));
  for (const [t, ty, c, v] of ifd0) tiff.push(...u16(t!), ...u16(ty!), ...u32(c!), ...u32(v!));
  tiff.push(...u32(0));
  if (withGps) {
    const gps = [[1, 2, 2, 0x4e], [2, 5, 3, 100], [3, 2, 2, 0x57], [4, 5, 3, 124]];
    tiff.push(...u16(gps.length));
    for (const [t, ty, c, v] of gps) tiff.push(...u16(t!), ...u16(ty!), ...u32(c!), ...u32(v!));
    tiff.push(...u32(0));
  }
  const app1 = [0x45, 0x78, 0x69, 0x66, 0, 0, ...tiff];
  return Buffer.from([0xff, 0xd8, 0xff, 0xe1, (app1.length + 2) >> 8, (app1.length + 2) & 255, ...app1, 0xff, 0xd9]);
}
