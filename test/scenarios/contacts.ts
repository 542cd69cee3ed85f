// Contact boundaries (issue 13) as data: every befriend / follow / message action on the three
// fixture sites, written once with CSS selectors (test-only data-fx hooks, so the churned and
// translated pages are driven the same way) and run by the Chromium spec
// (test/e2e/nudge-contact.spec.ts) and the Firefox scenarios (scenarios.ts → scenarios.ff.ts).
import { PEOPLE, type FixturePerson } from '../fixtures/src/people';

export type { FixturePerson };
export const [PUPIL, PARENT, UNLISTED] = [PEOPLE[0], PEOPLE[1], PEOPLE[2]];

/** The school's lists for these tests: Amelia Hart and Noah Patel are pupils, Grace Okafor a parent. */
export const CONTACT_SETTINGS = { pupilNames: ['Amelia Hart', 'Noah Patel'], parentNames: ['Grace Okafor'] };

interface Relation { action: string; who: string }

export interface ContactAction {
  id: string;
  site: 'facebook' | 'x' | 'instagram';
  url(p: FixturePerson): string;
  /** Clicked first, in order (opening a panel or a chat). */
  before?: (p: FixturePerson) => string[];
  /** The control pressed for the action. */
  control(p: FixturePerson): string;
  /** A message: typed into this editor, then Enter (the first send in the thread is what is held). */
  editor?: string;
  /** What the site records when the action runs once. */
  relation?: (p: FixturePerson) => Relation;
  composer?: string;
}

export const DM_TEXT = 'See you at the match on Saturday';

const FB = 'https://www.facebook.com';
const X = 'https://x.com';
const IG = 'https://www.instagram.com';

export const CONTACT_ACTIONS: ContactAction[] = [
  { id: 'fb-profile-add-friend', site: 'facebook', url: (p) => `${FB}/${p.slug}`, control: () => '[data-fx="fb-add-friend"]', relation: (p) => ({ action: 'add-friend', who: p.name }) },
  { id: 'fb-profile-message', site: 'facebook', url: (p) => `${FB}/${p.slug}`, control: () => '[data-fx="fb-profile-message"]', relation: (p) => ({ action: 'message', who: p.name }) },
  { id: 'fb-requests-confirm', site: 'facebook', url: () => `${FB}/friends/requests`, control: (p) => `[data-fx="fb-request-${p.id}"] [data-fx="fb-confirm"]`, relation: (p) => ({ action: 'confirm', who: p.name }) },
  {
    id: 'fb-notifications-confirm', site: 'facebook', url: () => `${FB}/`, before: () => ['[data-fx="fb-open-notifications"]'],
    control: (p) => `[data-fx="fb-notification-${p.id}"] [data-fx="fb-confirm"]`, relation: (p) => ({ action: 'confirm', who: p.name }),
  },
  { id: 'fb-dm', site: 'facebook', url: (p) => `${FB}/messages/t/${p.id}`, control: () => '', editor: '[data-lexical-editor="true"]', composer: 'fb-message' },
  {
    id: 'fb-chat-popup', site: 'facebook', url: () => `${FB}/`, before: (p) => [`[data-fx="fb-open-chat-${p.id}"]`],
    control: () => '', editor: '[data-fx="fb-chat-popup"] [data-lexical-editor="true"]', composer: 'fb-chat-popup',
  },
  { id: 'x-profile-follow', site: 'x', url: (p) => `${X}/${p.handle}`, control: () => 'main [data-fx="x-follow"]', relation: (p) => ({ action: 'follow', who: p.name }) },
  { id: 'x-profile-message', site: 'x', url: (p) => `${X}/${p.handle}`, control: () => '[data-fx="x-profile-message"]', relation: (p) => ({ action: 'message', who: p.name }) },
  { id: 'x-who-to-follow', site: 'x', url: () => `${X}/home`, control: (p) => `[data-fx="x-who-to-follow"] [data-fx="x-cell-${p.id}"] [data-fx="x-follow"]`, relation: (p) => ({ action: 'follow', who: p.name }) },
  { id: 'x-followers', site: 'x', url: () => `${X}/samtaylor/followers`, control: (p) => `main [data-fx="x-cell-${p.id}"] [data-fx="x-follow"]`, relation: (p) => ({ action: 'follow', who: p.name }) },
  { id: 'x-search', site: 'x', url: (p) => `${X}/search?q=${encodeURIComponent(p.name.split(' ')[1]!)}&f=user`, control: (p) => `main [data-fx="x-cell-${p.id}"] [data-fx="x-follow"]`, relation: (p) => ({ action: 'follow', who: p.name }) },
  { id: 'x-dm', site: 'x', url: (p) => `${X}/messages/${p.id}`, control: () => '', editor: '.public-DraftEditor-content', composer: 'x-dm' },
  { id: 'x-chat', site: 'x', url: (p) => `${X}/i/chat/${p.id}`, control: () => '', editor: 'main form textarea', composer: 'x-chat' },
  { id: 'ig-profile-follow', site: 'instagram', url: (p) => `${IG}/${p.handle}/`, control: () => 'main [data-fx="ig-follow"]', relation: (p) => ({ action: 'follow', who: p.name }) },
  { id: 'ig-profile-message', site: 'instagram', url: (p) => `${IG}/${p.handle}/`, control: () => '[data-fx="ig-profile-message"]', relation: (p) => ({ action: 'message', who: p.name }) },
  { id: 'ig-followers', site: 'instagram', url: () => `${IG}/samtaylor/followers/`, control: (p) => `[role="dialog"] [data-fx="ig-row-${p.id}"] [data-fx="ig-follow"]`, relation: (p) => ({ action: 'follow', who: p.name }) },
  { id: 'ig-suggestions', site: 'instagram', url: () => `${IG}/explore/people/`, control: (p) => `main [data-fx="ig-row-${p.id}"] [data-fx="ig-follow"]`, relation: (p) => ({ action: 'follow', who: p.name }) },
  { id: 'ig-dm', site: 'instagram', url: (p) => `${IG}/direct/t/${p.id}`, control: () => '', editor: '[data-lexical-editor="true"]', composer: 'ig-dm' },
];

/** What the page recorded: the relations list, or the messages posted. */
export const RECORD = 'JSON.stringify(window.__fixture.relations.length ? window.__fixture.relations : window.__fixture.posted.map((p) => ({ composer: p.composer, text: p.text })))';

/** What the page should have recorded after the action ran once for this person. */
export function recordedOnce(a: ContactAction, p: FixturePerson): string {
  return JSON.stringify(a.relation ? [a.relation(p)] : [{ composer: a.composer, text: DM_TEXT }]);
}
