// The site fixtures are the ground every other e2e test stands on. First they are checked on their
// own, in a browser with NO extension, so a failure elsewhere can never be the fixture's fault; then
// the content script must attach to every composer and see what is typed there.
import { test as plain, expect as plainExpect, chromium, type Browser, type Page } from '@playwright/test';
import { test, expect, CHROMIUM, contentStatus } from './harness';
import { COMPOSERS, LANGS, composer, posted, typeInto, variantUrl, type Composer, type OpenOptions } from '../fixtures/composers';
import { CONTACT_ACTIONS, DM_TEXT, PUPIL, RECORD, recordedOnce } from '../scenarios/contacts';
import { fixtureResponse } from '../fixtures/serve';

const TWO_LINES = 'Off to the park with the class\nback by three';
const ONE_LINE = 'Green Lane Community School';
const sample = (c: Composer) => (c.multiline ? TWO_LINES : ONE_LINE);

// ---- Fixtures alone ---------------------------------------------------------------------------

const bare = plain.extend<{ page: Page; pageErrors: string[] }, { bareBrowser: Browser }>({
  bareBrowser: [async ({}, use) => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
    await use(browser);
    await browser.close();
  }, { scope: 'worker' }],
  pageErrors: async ({}, use) => { await use([]); },
  page: async ({ bareBrowser, pageErrors }, use) => {
    const context = await bareBrowser.newContext();
    const outside: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      const f = fixtureResponse(url);
      if (f) return route.fulfill(f);
      if (url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
      outside.push(url);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await use(page);
    await context.close();
    plainExpect(outside, 'the fixtures request nothing but themselves').toEqual([]);
    plainExpect(pageErrors, 'no script errors in the fixture').toEqual([]);
  },
});

/** Is `text`'s first line shown somewhere outside any editor, i.e. rendered as posted? */
function shownOutsideEditors(page: Page, text: string): Promise<boolean> {
  return page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement!;
      if (!n.textContent!.includes(needle) || el.closest('[contenteditable],textarea,input')) continue;
      if (el.getClientRects().length > 0) return true;
    }
    return false;
  }, text.split('\n')[0]!);
}

async function editorText(page: Page, c: Composer): Promise<string | null> {
  const ed = c.editor(page);
  if ((await ed.count()) === 0 || !(await ed.isVisible())) return null;
  return ed.evaluate((el) => (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el.value : (el as HTMLElement).innerText.trim()));
}

/** The variant really happened: renamed test ids and ids, and in the translated one, no English label left. */
async function expectVariantApplied(page: Page, mode: OpenOptions): Promise<void> {
  const seen = await page.evaluate(() => ({
    testIds: [...document.querySelectorAll('[data-testid]')].map((el) => el.getAttribute('data-testid')!),
    // Draft.js's own placeholder ids are the library's, not the site's.
    ids: [...document.querySelectorAll('[id]')].map((el) => el.id).filter((id) => !id.startsWith('placeholder-')),
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
    state: { variant: window.__fixture.variant, lang: window.__fixture.lang, untranslated: window.__fixture.untranslated },
  }));
  for (const t of seen.testIds) plainExpect(t, 'every test id is renamed').toMatch(/^q[0-9a-z]{6}(_\d+)?$/);
  for (const id of seen.ids) plainExpect(id, 'every id is renamed').toMatch(/^u[0-9a-z]{6}$/);
  plainExpect(seen.state.variant).toBe(mode.variant!.variant);
  if (mode.variant!.variant === 'translated') {
    const lang = mode.variant!.lang!;
    plainExpect(seen.state.lang).toBe(lang);
    plainExpect(seen.lang).toBe(lang);
    plainExpect(seen.dir).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    plainExpect(seen.state.untranslated, 'labels with no translation').toEqual([]);
  }
}

bare.describe('fixtures without the extension', () => {
  for (const [i, c] of COMPOSERS.entries()) {
    const modes: (OpenOptions & { title: string })[] = [
      { title: '' },
      { title: ' (stripped)', stripped: true },
      { title: ' (churned)', variant: { variant: 'churned' } },
      // Each composer in one language, in turn, so every language meets every site.
      { title: ` (translated:${LANGS[i % 3]})`, variant: { variant: 'translated', lang: LANGS[i % 3] } },
    ];
    for (const mode of modes) {
      const { stripped } = mode;
      bare(`${c.id}${mode.title}: typing then clicking submit records exactly the typed text, once`, async ({ page }) => {
        await c.open(page, mode);
        if (stripped) {
          plainExpect(await page.locator('[data-testid], [aria-label]').count(), 'stripped page has no data-testid or aria-label').toBe(0);
        }
        if (mode.variant) await expectVariantApplied(page, mode);
        await typeInto(page, c, sample(c));
        await c.submit(page);
        await plainExpect.poll(() => posted(page)).toHaveLength(1);
        const [entry] = await posted(page);
        plainExpect(entry).toMatchObject({ composer: c.id, text: sample(c) });
        if (c.id === 'ig-bio') {
          await plainExpect(page.getByRole('status')).not.toBeEmpty();
        } else {
          await plainExpect.poll(() => shownOutsideEditors(page, sample(c)), 'the post is shown on the page').toBe(true);
          // Cleared or closed, as the site does.
          plainExpect(await editorText(page, c) ?? '').toBe('');
        }
      });
    }

    if (c.keyboardSubmit) {
      bare(`${c.id}: the keyboard path submits once${c.multiline ? ', and Shift+Enter only adds a line' : ''}`, async ({ page }) => {
        await c.open(page);
        await typeInto(page, c, sample(c));
        plainExpect(await posted(page), 'Shift+Enter never submits').toEqual([]);
        await c.keyboardSubmit!(page);
        await plainExpect.poll(() => posted(page)).toHaveLength(1);
        await page.waitForTimeout(100);
        const all = await posted(page);
        plainExpect(all).toHaveLength(1);
        plainExpect(all[0]).toMatchObject({ composer: c.id, text: sample(c) });
      });
    }
  }

  bare('X: twitter.com serves the same app, and its home composer records what is posted', async ({ page }) => {
    await page.goto('https://twitter.com/home');
    const editor = page.locator('[data-testid=tweetTextarea_0][role=textbox]');
    await editor.click();
    await page.keyboard.type('From twitter.com');
    await page.getByTestId('tweetButtonInline').click();
    await plainExpect.poll(() => posted(page)).toEqual([{ composer: 'x-home', text: 'From twitter.com' }]);
    await plainExpect(page.getByTestId('tweetText').first()).toHaveText('From twitter.com');
  });

  bare('X: Meta+Enter submits the home composer too', async ({ page }) => {
    const c = composer('x-home');
    await c.open(page);
    await typeInto(page, c, 'Sports day today');
    await page.keyboard.press('Meta+Enter');
    await plainExpect.poll(() => posted(page)).toEqual([{ composer: 'x-home', text: 'Sports day today' }]);
  });

  bare('empty composers cannot post: the buttons are disabled and Enter records nothing', async ({ page }) => {
    const fb = composer('fb-post');
    await fb.open(page);
    await plainExpect(page.locator('[role=dialog] [role=button][aria-label=Post]')).toHaveAttribute('aria-disabled', 'true');
    await typeInto(page, fb, 'x');
    await plainExpect(page.locator('[role=dialog] [role=button][aria-label=Post]')).toHaveAttribute('aria-disabled', 'false');

    const x = composer('x-home');
    await x.open(page);
    await plainExpect(page.getByTestId('tweetButtonInline')).toBeDisabled();

    const comment = composer('fb-comment');
    await comment.open(page);
    await comment.editor(page).click();
    await page.keyboard.press('Enter');
    plainExpect(await posted(page)).toEqual([]);
  });

  bare('Facebook: check-in and photos are recorded with the post and shown in the header', async ({ page }) => {
    const c = composer('fb-post');
    await c.open(page);
    await page.getByRole('button', { name: 'Check in' }).click();
    await page.getByRole('option', { name: 'Roundhay Park, Leeds' }).click();
    await plainExpect(page.getByRole('dialog', { name: 'Create post' })).toContainText('Sam Taylor is at Roundhay Park, Leeds');
    await page.locator('[role=dialog] input[type=file][accept*=image]').setInputFiles({ name: 'trip.jpg', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff, 0xd9]) });
    await plainExpect(page.getByRole('group', { name: 'Attached media' })).toContainText('trip.jpg');
    await typeInto(page, c, 'Lovely day');
    await c.submit(page);
    await plainExpect.poll(() => posted(page)).toEqual([{ composer: 'fb-post', text: 'Lovely day', place: 'Roundhay Park, Leeds', files: ['trip.jpg'] }]);
  });

  bare('Facebook: Enter starts a new paragraph in a post, and each becomes one line of the text', async ({ page }) => {
    const c = composer('fb-post');
    await c.open(page);
    await c.editor(page).click();
    await page.keyboard.type('First line');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Second line');
    await plainExpect(c.editor(page).locator('p')).toHaveCount(2);
    await c.submit(page);
    await plainExpect.poll(() => posted(page)).toEqual([{ composer: 'fb-post', text: 'First line\nSecond line' }]);
  });

  bare('Facebook: your own new post can be commented on, in a box labelled "Comment as Sam Taylor"', async ({ page }) => {
    const c = composer('fb-post');
    await c.open(page);
    await typeInto(page, c, 'My post');
    await c.submit(page);
    await page.getByRole('article').filter({ hasText: 'My post' }).getByRole('button', { name: 'Leave a comment' }).click();
    await page.getByRole('textbox', { name: 'Comment as Sam Taylor' }).click();
    await page.keyboard.type('First!');
    await page.keyboard.press('Enter');
    await plainExpect.poll(() => posted(page)).toEqual([{ composer: 'fb-post', text: 'My post' }, { composer: 'fb-comment', text: 'First!' }]);
  });

  bare('Facebook: closing the post dialog keeps the draft for the next opening', async ({ page }) => {
    const c = composer('fb-post');
    await c.open(page);
    await typeInto(page, c, 'Half-written');
    await page.getByRole('button', { name: 'Close' }).click();
    await plainExpect(page.getByRole('dialog')).toHaveCount(0);
    await page.locator('[data-fx=fb-open-composer]').click();
    await plainExpect(c.editor(page)).toHaveText('Half-written');
    await page.keyboard.type(' and finished');
    await c.submit(page);
    await plainExpect.poll(() => posted(page)).toEqual([{ composer: 'fb-post', text: 'Half-written and finished' }]);
  });

  bare('Instagram: the comment box is swapped for a new element on first focus, as on the site', async ({ page }) => {
    const c = composer('ig-comment');
    await c.open(page);
    const first = await c.editor(page).elementHandle();
    await c.editor(page).click();
    plainExpect(await first.evaluate((el) => el.isConnected)).toBe(false);
    await page.keyboard.type('Lovely');
    await page.keyboard.press('Enter');
    await plainExpect.poll(() => posted(page)).toEqual([{ composer: 'ig-comment', text: 'Lovely' }]);
  });

  bare('Facebook: Messenger and the About page mount after an in-page (pushState) navigation', async ({ page }) => {
    await page.goto('https://www.facebook.com/');
    await page.evaluate(() => { (window as unknown as { sameDocument: boolean }).sameDocument = true; });
    await page.locator('[data-fx=fb-nav-messenger]').click();
    await plainExpect(page).toHaveURL('https://www.facebook.com/messages/t/1');
    await plainExpect(page.locator('[aria-label=Message][data-lexical-editor=true]')).toBeVisible();
    await page.locator('[data-fx=fb-nav-profile]').click();
    await plainExpect(page.getByRole('button', { name: 'Add bio' })).toBeVisible();
    plainExpect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  });

  bare('X: the home composer is a new element after switching timeline tabs, and keeps working', async ({ page }) => {
    const c = composer('x-home');
    await c.open(page);
    const before = await c.editor(page).elementHandle();
    await page.getByRole('tab', { name: 'Following' }).click();
    await plainExpect.poll(() => before.evaluate((el) => el.isConnected)).toBe(false);
    await typeInto(page, c, 'New tab, new box');
    await c.submit(page);
    await plainExpect.poll(() => posted(page)).toEqual([{ composer: 'x-home', text: 'New tab, new box' }]);
  });

  bare('X: location and photos are shown in the composer and recorded; a quote records the quoted post', async ({ page }) => {
    const c = composer('x-home');
    await c.open(page);
    await page.getByTestId('geoButton').click();
    await page.getByRole('option', { name: 'Leeds Bradford Airport' }).click();
    await plainExpect(page.locator('[data-fx=x-geo-place]')).toHaveText('Location: Leeds Bradford Airport');
    await page.getByTestId('fileInput').setInputFiles({ name: 'match.png', mimeType: 'image/png', buffer: Buffer.from('89504e47', 'hex') });
    await plainExpect(page.getByTestId('attachments')).toContainText('match.png');
    await typeInto(page, c, 'Off we go');
    await page.keyboard.press('Control+Enter');
    await plainExpect.poll(() => posted(page)).toEqual([{ composer: 'x-home', text: 'Off we go', place: 'Leeds Bradford Airport', files: ['match.png'] }]);

    const q = composer('x-quote');
    await q.open(page);
    await plainExpect(page.getByTestId('quoteTweet')).toContainText('Big match');
    await typeInto(page, q, 'Good luck!');
    await q.submit(page);
    await plainExpect.poll(() => posted(page)).toEqual([{ composer: 'x-quote', text: 'Good luck!', quoted: '123' }]);
    await plainExpect(page).toHaveURL('https://x.com/someone/status/123');
  });

  bare('X: the profile form records every field', async ({ page }) => {
    const c = composer('x-profile');
    await c.open(page);
    await page.locator('input[name=location]').fill('Leeds');
    await typeInto(page, c, 'Teacher. Views my own.');
    await c.submit(page);
    await plainExpect.poll(() => posted(page)).toEqual([{ composer: 'x-profile', text: 'Teacher. Views my own.', fields: { displayName: 'Sam Taylor', description: 'Teacher. Views my own.', location: 'Leeds', url: '' } }]);
  });

  bare('Instagram: the caption is recorded with the chosen location and photo', async ({ page }) => {
    const c = composer('ig-caption');
    await c.open(page);
    await typeInto(page, c, 'Sunny day');
    await page.locator('input[name=creation-location-input]').fill('round');
    await page.getByRole('button', { name: 'Roundhay Park, Leeds' }).click();
    await plainExpect(page.locator('input[name=creation-location-input]')).toHaveValue('Roundhay Park, Leeds');
    await c.submit(page);
    await plainExpect.poll(() => posted(page)).toEqual([{ composer: 'ig-caption', text: 'Sunny day', place: 'Roundhay Park, Leeds', files: ['sample.jpg'] }]);
  });
});

// ---- Contact pages (issue 13): profiles, requests, user cells, followers, DM threads --------------

bare.describe('contact pages without the extension', () => {
  const variants: (OpenOptions & { title: string })[] = [
    { title: 'as-is' },
    { title: 'churned', variant: { variant: 'churned' } },
    ...LANGS.map((lang) => ({ title: `translated:${lang}`, variant: { variant: 'translated' as const, lang } })),
  ];
  for (const mode of variants) {
    bare(`every action records once and shows it (${mode.title})`, async ({ page }) => {
      bare.setTimeout(90_000); // eighteen pages, each loaded, acted on and checked
      for (const a of CONTACT_ACTIONS) {
        await page.goto(variantUrl(a.url(PUPIL), mode));
        for (const sel of a.before?.(PUPIL) ?? []) await page.locator(sel).click();
        if (mode.variant) await expectVariantApplied(page, mode);
        const before = { text: await page.locator('body').innerText(), path: new URL(page.url()).pathname };
        if (a.editor) {
          await page.locator(a.editor).click();
          await page.keyboard.type(DM_TEXT);
          await page.keyboard.press('Enter');
        } else {
          await page.locator(a.control(PUPIL)).click();
        }
        await plainExpect.poll(() => page.evaluate(RECORD), a.id).toBe(recordedOnce(a, PUPIL));
        // Visibly: the button changed ("Following", "Friends", "Cancel request"), the message shows, or a conversation opened.
        const after = { text: await page.locator('body').innerText(), path: new URL(page.url()).pathname };
        plainExpect(after.text !== before.text || after.path !== before.path, `${a.id}: the page shows the action`).toBe(true);
        if (a.id.endsWith('-message')) plainExpect(after.path, a.id).toMatch(/\/(messages\/t|messages|direct\/t)\/1010$/);
      }
    });
  }
});

// ---- With the extension -------------------------------------------------------------------------

test.describe('the content script on every fixture composer', () => {
  // One browser per site, a fresh tab per composer: launching the extension is the slow part.
  for (const site of ['facebook', 'x', 'instagram'] as const) {
    test(`${site}: attaches to every composer and sees the text being typed`, async ({ context, sw }) => {
      const composers = COMPOSERS.filter((x) => x.site === site);
      test.setTimeout(15_000 * composers.length);
      await sw.evaluate(() => chrome.storage.local.set({ settings: { schoolName: 'Green Lane Community School', pupilNames: ['Aisha Khan'] } }));
      for (const c of composers) {
        await test.step(c.id, async () => {
          const page = await context.newPage();
          await c.open(page);
          const typed = c.multiline ? 'Great day at Green Lane Community School\nwell done Aisha Khan' : 'Green Lane Community School';
          await typeInto(page, c, typed);
          // It read what was typed: the school's name is among its findings.
          await expect.poll(async () => {
            const s = await contentStatus(sw, new URL(c.url).origin + '/*');
            if (!s.active) return 'inactive';
            return s.findings.some((f) => f.rule === 'school' && f.text === 'Green Lane Community School') ? 'seen' : JSON.stringify(s.findings);
          }, { message: c.id, timeout: 10_000 }).toBe('seen');
          // The extension never alters the draft.
          await expect.poll(() => c.editor(page).evaluate((el) => (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el.value : (el as HTMLElement).innerText).replace(/\n+/g, '\n').trim())).toBe(typed);
          await page.close();
        });
      }
    });
  }
});
