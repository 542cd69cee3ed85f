// Selector tables, in the manner of Refined GitHub's selectors.test.ts: every selector in a site
// adapter (src/sites/facebook.ts, x.ts, instagram.ts) has a row saying how many elements it must
// match on each named fixture page and state (the as-is variant). A selector the fixtures stop
// matching, or one added to an adapter without a row, fails here instead of failing a teacher.
// Counts listed for a row are exact; every state of that site NOT listed must match nothing.
// SELECTORS_RECORD=1 prints the counts measured now, to write or review a table.
import { test as plain, expect, chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM } from './harness';
import { composer, fx, typeInto } from '../fixtures/composers';
import { fixtureResponse } from '../fixtures/serve';
import { facebook } from '../../src/sites/facebook';
import { x } from '../../src/sites/x';
import { instagram } from '../../src/sites/instagram';
import type { SiteAdapter } from '../../src/sites/types';

interface State { name: string; load(page: Page): Promise<void> }
interface Row {
  selector: string;
  /** Exact number of matches on each state where it matches; every other state of the site: 0. */
  counts: Record<string, number>;
  /** Required when the selector matches nothing on any fixture page: why it is kept. */
  unmatched?: string;
}

const open = (id: string) => async (page: Page) => { await composer(id).open(page); };
const openAndType = (id: string, text = 'Hello') => async (page: Page) => {
  const c = composer(id);
  await c.open(page);
  await typeInto(page, c, text);
};

// ---- Named fixture pages and states ------------------------------------------------------------

const STATES: Record<SiteAdapter['id'], State[]> = {
  facebook: [
    { name: 'feed', load: async (p) => { await p.goto('https://www.facebook.com/'); await fx(p, 'fb-open-composer').waitFor(); } },
    { name: 'post dialog, typed', load: openAndType('fb-post') },
    {
      name: 'post dialog, photo and check-in',
      load: async (p) => {
        await openAndType('fb-post')(p);
        await p.locator('[role=dialog] input[type=file]').setInputFiles({ name: 'a.jpg', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff, 0xd9]) });
        await fx(p, 'fb-check-in').click();
        await p.getByRole('option', { name: 'Roundhay Park, Leeds' }).click();
      },
    },
    { name: 'comment box open, typed', load: openAndType('fb-comment') },
    { name: 'messenger, typed', load: openAndType('fb-message') },
    { name: 'chat pop-up, typed', load: openAndType('fb-chat-popup') },
    { name: 'group dialog, typed', load: openAndType('fb-group') },
    {
      name: 'page: post settings step',
      load: async (p) => {
        await p.goto('https://www.facebook.com/samssourdough');
        await fx(p, 'fb-page-open-composer').click();
        await p.locator('[role=dialog] [data-lexical-editor=true]').click();
        await p.keyboard.type('Fresh loaves');
        await fx(p, 'fb-page-next').click();
        await fx(p, 'fb-page-post').waitFor();
      },
    },
    { name: 'about: editing bio', load: open('fb-bio') },
    { name: 'about: adding work', load: open('fb-work') },
  ],
  x: [
    { name: 'home, typed', load: openAndType('x-home') },
    {
      name: 'home, place and photo chosen',
      load: async (p) => {
        await openAndType('x-home')(p);
        await fx(p, 'x-geo').first().click();
        await p.getByRole('option', { name: 'Leeds Bradford Airport' }).click();
        await fx(p, 'x-file').first().setInputFiles({ name: 'a.png', mimeType: 'image/png', buffer: Buffer.from('89504e47', 'hex') });
        await fx(p, 'x-geo-place').waitFor();
      },
    },
    { name: 'compose modal, typed', load: openAndType('x-compose') },
    { name: 'status page', load: async (p) => { await composer('x-reply').open(p); } },
    { name: 'reply modal, typed', load: openAndType('x-reply-modal') },
    { name: 'quote modal', load: open('x-quote') },
    { name: 'messages, typed', load: openAndType('x-dm') },
    { name: 'X Chat, typed', load: openAndType('x-chat') },
    { name: 'chat drawer, typed', load: openAndType('x-chat-drawer') },
    { name: 'phone compose (mobile.x.com), typed', load: openAndType('x-phone') },
    { name: 'edit profile', load: open('x-profile') },
    { name: 'profile of another account', load: async (p) => { await p.goto('https://x.com/amelia_hart10'); await fx(p, 'x-profile-message').waitFor(); } },
    { name: 'followers list', load: async (p) => { await p.goto('https://x.com/samtaylor/followers'); await fx(p, 'x-cell-1013').waitFor(); } },
  ],
  instagram: [
    { name: 'feed, comment focused', load: async (p) => { await composer('ig-comment').open(p); await composer('ig-comment').editor(p).click(); } },
    { name: 'caption step, typed', load: openAndType('ig-caption') },
    {
      name: 'caption step, place chosen',
      load: async (p) => {
        await openAndType('ig-caption')(p);
        await p.locator('input[name=creation-location-input]').fill('round');
        await p.getByRole('button', { name: 'Roundhay Park, Leeds' }).click();
      },
    },
    { name: 'caption step (textarea build), typed', load: openAndType('ig-caption-textarea') },
    { name: 'reel, comment typed', load: openAndType('ig-reel-comment') },
    { name: 'direct, typed', load: openAndType('ig-dm') },
    { name: 'edit profile', load: open('ig-bio') },
  ],
};

// ---- The tables ---------------------------------------------------------------------------------

const TABLES: Record<SiteAdapter['id'], Row[]> = {
  facebook: [
    { selector: "[role=\"dialog\"][aria-label=\"Create post\"] [data-lexical-editor=\"true\"]", counts: { "post dialog, typed": 1, "post dialog, photo and check-in": 1, "group dialog, typed": 1 } },
    { selector: "form[role=\"presentation\"] [data-lexical-editor=\"true\"]", counts: { "comment box open, typed": 1 } },
    { selector: "[data-lexical-editor=\"true\"][aria-placeholder=\"Aa\"]", counts: { "messenger, typed": 1, "chat pop-up, typed": 1 } },
    { selector: "[data-lexical-editor=\"true\"][aria-label^=\"Comment\"]", counts: {}, unmatched: "\"Comment as {Name}\" labels the box under the person's own new posts; no state here comments on a new post" },
    { selector: "[data-lexical-editor=\"true\"][aria-label^=\"Reply\"]", counts: {}, unmatched: "no fixture has a reply box under a comment" },
    { selector: "[data-lexical-editor=\"true\"][aria-label^=\"Write a comment\"]", counts: { "comment box open, typed": 1 } },
    { selector: "[data-lexical-editor=\"true\"][aria-label^=\"Write a public comment\"]", counts: {}, unmatched: "label from sites.md for public surfaces the fixtures do not reproduce" },
    { selector: "[data-lexical-editor=\"true\"][aria-label^=\"Answer as\"]", counts: {}, unmatched: "label from sites.md for Q&A surfaces the fixtures do not reproduce" },
    { selector: "[data-lexical-editor=\"true\"][aria-label^=\"Write to\"]", counts: { "chat pop-up, typed": 1 } },
    { selector: "[data-lexical-editor=\"true\"][aria-label=\"Message\"]", counts: { "messenger, typed": 1 } },
    { selector: "#focused-state-composer-submit [role=\"button\"]", counts: { "comment box open, typed": 1 } },
    { selector: "#focused-state-composer-submit button", counts: {}, unmatched: "the same hook in case the site draws the submit as a <button>; the as-is fixture uses div[role=button]" },
    { selector: "[role=\"button\"][aria-label=\"Post\"]", counts: { "post dialog, typed": 1, "post dialog, photo and check-in": 1, "group dialog, typed": 1, "page: post settings step": 1 } },
    { selector: "[role=\"button\"][aria-label=\"Comment\"]", counts: { "comment box open, typed": 1 } },
    { selector: "[role=\"button\"][aria-label=\"Post comment\"]", counts: {}, unmatched: "alternative comment-submit label in sites.md (uncertain); the fixture uses \"Comment\"" },
    { selector: "[role=\"button\"][aria-label=\"Press enter to send\" i]", counts: { "messenger, typed": 1, "chat pop-up, typed": 1 } },
    { selector: "[role=\"button\"][aria-label=\"Send\"]", counts: {}, unmatched: "no Facebook fixture control is labelled \"Send\" (Messenger's is \"Press Enter to send\")" },
    { selector: "[aria-label=\"Leave a comment\"]", counts: { "feed": 1, "post dialog, typed": 1, "post dialog, photo and check-in": 1, "comment box open, typed": 1, "chat pop-up, typed": 1 } },
    { selector: "[aria-label=\"Send this to friends or post it on your profile.\"]", counts: { "feed": 1, "post dialog, typed": 1, "post dialog, photo and check-in": 1, "comment box open, typed": 1, "chat pop-up, typed": 1 } },
    { selector: "[aria-haspopup=\"menu\"]", counts: {}, unmatched: "no facebook fixture control opens a menu" },
    { selector: "textarea[aria-label*=\"who you are\" i]", counts: {}, unmatched: "ROTTEN against the fixture: the bio textarea's aria-label is \"Enter bio text\"; \"Describe who you are\" is its placeholder" },
    { selector: "input[aria-label*=\"Company\" i]", counts: { "about: adding work": 1 } },
    { selector: "input[aria-label*=\"Position\" i]", counts: { "about: adding work": 1 } },
    { selector: "input[aria-label*=\"School\" i]", counts: {}, unmatched: "the fixture About page has Company/Position/City only, no education fields" },
    { selector: "input[aria-label*=\"College\" i]", counts: {}, unmatched: "the fixture About page has Company/Position/City only, no education fields" },
    { selector: "input[aria-label*=\"Workplace\" i]", counts: {}, unmatched: "the fixture labels the field \"Company\"" },
    { selector: "[aria-label=\"Attached media\"]", counts: { "post dialog, typed": 1, "post dialog, photo and check-in": 1, "group dialog, typed": 1 } },
  ],
  x: [
    { selector: "[data-testid^=\"tweetTextarea_\"]", counts: { "home, typed": 1, "home, place and photo chosen": 1, "compose modal, typed": 2, "status page": 1, "reply modal, typed": 2, "quote modal": 2, "chat drawer, typed": 1, "phone compose (mobile.x.com), typed": 4 } },
    { selector: "[data-testid^=\"tweetTextarea_\"] [contenteditable=\"true\"]", counts: {}, unmatched: "Draft.js puts the test id ON the contenteditable (webDriverTestID), not on an ancestor; the phone textarea is not contenteditable" },
    { selector: "[data-testid^=\"tweetTextarea\"] textarea", counts: { "phone compose (mobile.x.com), typed": 2 } },
    { selector: "[data-testid=\"dmComposerTextInput\"]", counts: { "messages, typed": 1 } },
    { selector: "textarea[data-testid=\"dm-composer-textarea\"]", counts: {}, unmatched: "2026 X Chat test id (sites.md); the fixture follows the 2025-07 build: a form and textarea with no test id" },
    { selector: "[data-testid=\"dm-composer-form\"] textarea", counts: {}, unmatched: "2026 X Chat form test id (sites.md); the fixture follows the 2025-07 build: a form and textarea with no test id" },
    { selector: "[data-testid=\"tweetButton\"]", counts: { "compose modal, typed": 1, "reply modal, typed": 1, "quote modal": 1, "phone compose (mobile.x.com), typed": 1 } },
    { selector: "[data-testid=\"tweetButtonInline\"]", counts: { "home, typed": 1, "home, place and photo chosen": 1, "compose modal, typed": 1, "status page": 1, "reply modal, typed": 1, "quote modal": 1, "chat drawer, typed": 1, "phone compose (mobile.x.com), typed": 1 } },
    { selector: "[data-testid=\"dmComposerSendButton\"]", counts: { "messages, typed": 1 } },
    { selector: "[data-testid=\"dm-composer-send-button\"]", counts: {}, unmatched: "2026 X Chat test id (sites.md); the fixture follows the 2025-07 build: an icon-only send button with no test id" },
    { selector: "[data-testid=\"Profile_Save_Button\"]", counts: { "edit profile": 1 } },
    { selector: "[data-testid=\"reply\"]", counts: { "home, typed": 1, "home, place and photo chosen": 1, "compose modal, typed": 1, "status page": 1, "reply modal, typed": 2, "quote modal": 1, "chat drawer, typed": 1, "phone compose (mobile.x.com), typed": 1 } },
    { selector: "[data-testid=\"retweet\"]", counts: { "home, typed": 1, "home, place and photo chosen": 1, "compose modal, typed": 1, "status page": 1, "reply modal, typed": 2, "quote modal": 1, "chat drawer, typed": 1, "phone compose (mobile.x.com), typed": 1 } },
    { selector: "[data-testid=\"like\"]", counts: { "home, typed": 1, "home, place and photo chosen": 1, "compose modal, typed": 1, "status page": 1, "reply modal, typed": 2, "quote modal": 1, "chat drawer, typed": 1, "phone compose (mobile.x.com), typed": 1 } },
    { selector: "[data-testid=\"bookmark\"]", counts: {}, unmatched: "the fixture's posts have no Bookmark button" },
    { selector: "[aria-haspopup=\"menu\"]", counts: { "home, typed": 1, "home, place and photo chosen": 1, "compose modal, typed": 1, "status page": 1, "reply modal, typed": 2, "quote modal": 1, "chat drawer, typed": 1, "phone compose (mobile.x.com), typed": 1 } },
    { selector: "textarea[name=\"description\"]", counts: { "edit profile": 1 } },
    { selector: "input[name=\"location\"]", counts: { "edit profile": 1 } },
    { selector: "input[name=\"displayName\"]", counts: { "edit profile": 1 } },
    { selector: "input[name=\"url\"]", counts: { "edit profile": 1 } },
    { selector: "[data-testid=\"attachments\"]", counts: { "home, place and photo chosen": 1 } },
    { selector: "[data-testid$=\"-follow\"]", counts: { "home, typed": 3, "home, place and photo chosen": 3, "compose modal, typed": 3, "status page": 3, "reply modal, typed": 3, "quote modal": 3, "messages, typed": 3, "X Chat, typed": 3, "chat drawer, typed": 3, "phone compose (mobile.x.com), typed": 3, "edit profile": 3, "profile of another account": 4, "followers list": 7 } }, // the "Who to follow" column is on every page (3 cells); the profile adds its own button, the followers list 4 more cells
    { selector: "[data-testid=\"sendDMFromProfile\"]", counts: { "profile of another account": 1 } },
    { selector: "[data-testid=\"UserCell\"]", counts: { "home, typed": 3, "home, place and photo chosen": 3, "compose modal, typed": 3, "status page": 3, "reply modal, typed": 3, "quote modal": 3, "messages, typed": 3, "X Chat, typed": 3, "chat drawer, typed": 3, "phone compose (mobile.x.com), typed": 3, "edit profile": 3, "profile of another account": 3, "followers list": 7 } },
  ],
  instagram: [
    { selector: "[aria-label^=\"Write a caption\"]", counts: { "caption step, typed": 1, "caption step, place chosen": 1, "caption step (textarea build), typed": 1 } },
    { selector: "textarea#pepBio", counts: { "edit profile": 1 } },
    { selector: "textarea[aria-label^=\"Add a comment\"]", counts: { "feed, comment focused": 1, "caption step, typed": 1, "caption step, place chosen": 1, "caption step (textarea build), typed": 1 } },
    { selector: "input[placeholder^=\"Add a comment\"]", counts: { "reel, comment typed": 1 } },
    { selector: "[aria-label^=\"Add a comment\"][contenteditable=\"true\"]", counts: {}, unmatched: "some builds (sites.md); the fixture's feed comment box is a textarea" },
    { selector: "[aria-label=\"Message\"][contenteditable=\"true\"]", counts: { "direct, typed": 1 } },
    { selector: "textarea[placeholder^=\"Message\"]", counts: {}, unmatched: "older Direct box (sites.md); the fixture's Direct box is Lexical" },
    { selector: "[aria-haspopup=\"menu\"]", counts: {}, unmatched: "no instagram fixture control opens a menu" },
    { selector: "textarea[name=\"biography\"]", counts: {}, unmatched: "unverified field name; the fixture's edit profile has only textarea#pepBio" },
    { selector: "input[name=\"external_url\"]", counts: {}, unmatched: "unverified field name; the fixture's edit profile has only textarea#pepBio" },
    { selector: "input[name=\"creation-location-input\"]", counts: { "caption step, typed": 1, "caption step, place chosen": 1, "caption step (textarea build), typed": 1 } },
  ],
};

const ADAPTERS: SiteAdapter[] = [facebook, x, instagram];

/** Every selector an adapter holds: each string[] field except the host list, and those inside object fields (relations.follow). */
function adapterSelectors(a: SiteAdapter): { field: string; selector: string }[] {
  const strings = (field: string, v: unknown): { field: string; selector: string }[] => {
    if (Array.isArray(v)) return v.filter((s): s is string => typeof s === 'string').map((selector) => ({ field, selector }));
    if (v && typeof v === 'object' && !(v instanceof RegExp)) return Object.entries(v).flatMap(([k, inner]) => strings(`${field}.${k}`, inner));
    return [];
  };
  return Object.entries(a).flatMap(([field, v]) => (field !== 'hosts' ? strings(field, v) : []));
}

const RECORD = process.env.SELECTORS_RECORD === '1';

const bare = plain.extend<{ page: Page }, { bareBrowser: Browser }>({
  bareBrowser: [async ({}, use) => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
    await use(browser);
    await browser.close();
  }, { scope: 'worker' }],
  page: async ({ bareBrowser }, use) => {
    const context = await bareBrowser.newContext();
    await context.route('**/*', (route) => {
      const f = fixtureResponse(route.request().url());
      return f ? route.fulfill(f) : route.abort('blockedbyclient');
    });
    await use(await context.newPage());
    await context.close();
  },
});

for (const adapter of ADAPTERS) {
  const site = adapter.id;
  const rows = TABLES[site];
  const states = STATES[site];

  bare.describe(`selectors: src/sites/${site}.ts`, () => {
    bare('every selector in the adapter has a row in the table, and every row is still in the adapter', () => {
      const inAdapter = adapterSelectors(adapter);
      const missing = inAdapter.filter((s) => !rows.some((r) => r.selector === s.selector));
      const stale = rows.filter((r) => !inAdapter.some((s) => s.selector === r.selector));
      expect(missing.map((m) => `${m.field}: ${m.selector}`),
        `selectors in src/sites/${site}.ts with no row in test/e2e/selectors.spec.ts (TABLES.${site}): add a row with the number of elements each must match on each fixture state (SELECTORS_RECORD=1 prints them)`).toEqual([]);
      expect(stale.map((r) => r.selector), `rows in TABLES.${site} for selectors no longer in src/sites/${site}.ts: remove them`).toEqual([]);
    });

    bare('a row that matches nothing on any fixture page says why it is kept; counts name real states', () => {
      const names = new Set(states.map((s) => s.name));
      for (const r of rows) {
        for (const state of Object.keys(r.counts)) expect(names.has(state), `${r.selector}: unknown state "${state}"`).toBe(true);
        const total = Object.values(r.counts).reduce((a, b) => a + b, 0);
        if (total === 0) expect(r.unmatched, `${r.selector} matches nothing on any ${site} fixture page: fix the selector, or say in \`unmatched\` why it stays`).toBeTruthy();
      }
    });

    for (const state of states) {
      bare(`${state.name}: each selector matches the expected number of elements`, async ({ page }) => {
        await state.load(page);
        const selectors = RECORD ? adapterSelectors(adapter).map((s) => s.selector) : rows.map((r) => r.selector);
        const measured = await page.evaluate((list) => Object.fromEntries(list.map((s) => [s, document.querySelectorAll(s).length])), selectors);
        if (RECORD) {
          console.log(`RECORD ${JSON.stringify({ site, state: state.name, measured })}`);
          return;
        }
        const expected = Object.fromEntries(rows.map((r) => [r.selector, r.counts[state.name] ?? 0]));
        expect(measured, `matches per selector on ${site} "${state.name}"`).toEqual(expected);
      });
    }
  });
}
