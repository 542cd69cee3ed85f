// Paths we do not hold (issue 11, item 5) and form submits (item 4). A page script on a real fixture
// page adds a composer the extension cannot recognise, the kind of change a site ships without
// notice: a risky draft sent through it must not go unseen. The page is never blocked; afterwards
// the page, the toolbar button and the popup say so, and the popup counts it per site.
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { test, expect as baseExpect, testBuildDir } from './harness';
import { posted } from '../fixtures/composers';
import { badge, CLEAN, configure, postAnyway, RISKY, warning } from './nudge-scenarios';
import { message } from './catalogue';

// These tests share two cores with other browsers; allow for a slow machine, not a slow extension.
const expect = baseExpect.configure({ timeout: 15_000 });

const MISS_TEXT = message('en_GB', 'notice_miss');

// The test build: the popup can be told which tab to ask (?tab=).
test.use({ extensionDir: testBuildDir() });
test.beforeEach(async ({ sw }) => configure(sw));

/**
 * A composer no adapter, label or structure rule knows: an editor and a "send" that is a bare <span>
 * (no role, no label, never disabled), which posts and empties the editor, at once or after a delay.
 * `multiline` marks the editor as a post box, where Enter is a new line to us but sends here.
 */
async function addOddComposer(page: Page, opts: { delay?: number; enterSends?: boolean } = {}): Promise<void> {
  await page.evaluate(({ delay, enterSends }) => {
    const box = document.createElement('section');
    box.innerHTML = '<div contenteditable="true" aria-multiline="true" id="odd-editor" style="min-height:60px;border:1px solid"></div><span id="odd-send" style="display:inline-block;padding:6px">➤</span>';
    document.querySelector('[role=main]')!.prepend(box);
    const editor = box.querySelector<HTMLElement>('#odd-editor')!;
    const send = () => setTimeout(() => {
      window.__fixture.posted.push({ composer: 'odd', text: editor.innerText.trim() });
      editor.textContent = '';
    }, delay);
    box.querySelector('#odd-send')!.addEventListener('click', send);
    if (enterSends) editor.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); send(); } });
  }, { delay: opts.delay ?? 0, enterSends: !!opts.enterSends });
}

async function typeOdd(page: Page, text: string): Promise<void> {
  await page.locator('#odd-editor').click();
  await page.keyboard.type(text);
}

const notice = (page: Page) => page.getByRole('status').filter({ hasText: MISS_TEXT });

async function stored(sw: Worker): Promise<unknown> {
  return sw.evaluate(async () => (await chrome.storage.local.get('misses')).misses ?? null);
}

async function tabId(sw: Worker, url: string): Promise<number> {
  return sw.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]!.id!, url);
}

async function popupFor(context: BrowserContext, extensionId: string, id: number): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${id}`);
  return popup;
}

test('a risky draft sent by a control we do not recognise: the page, the toolbar button and the popup say so, counted per site', async ({ context, sw, extensionId }) => {
  const page = await context.newPage();
  await page.goto('https://x.com/home');
  await addOddComposer(page);
  await typeOdd(page, RISKY);
  await expect(badge(page)).toBeVisible();
  await page.locator('#odd-send').click();
  // Never blocked: the site posted exactly what was typed, once.
  await expect.poll(() => posted(page)).toEqual([{ composer: 'odd', text: RISKY }]);
  await expect(warning(page)).toHaveCount(0);
  await expect(notice(page)).toBeVisible();
  await expect.poll(() => stored(sw)).toEqual({ x: 1 });

  const id = await tabId(sw, 'https://x.com/*');
  expect(await sw.evaluate((t) => chrome.action.getBadgeText({ tabId: t }), id)).toBe('!');
  expect(await sw.evaluate((t) => chrome.action.getTitle({ tabId: t }), id)).toContain(MISS_TEXT);

  const popup = await popupFor(context, extensionId, id);
  await expect(popup.getByRole('status')).toContainText(MISS_TEXT);
  await expect(popup.getByRole('listitem').filter({ hasText: /^X: 1$/ })).toBeVisible();

  // Dismissing the note on the page leaves the site as it was.
  await notice(page).getByRole('button').click();
  await expect(notice(page)).toHaveCount(0);

  // A second one on Facebook is counted apart.
  const fb = await context.newPage();
  await fb.goto('https://www.facebook.com/');
  await addOddComposer(fb, { delay: 400 });
  await typeOdd(fb, RISKY);
  await expect(badge(fb)).toBeVisible(); // the settings have arrived in this new tab
  await fb.locator('#odd-send').click();
  await expect(notice(fb)).toBeVisible();
  await expect.poll(() => stored(sw)).toEqual({ x: 1, facebook: 1 });
  await popup.reload();
  await expect(popup.getByRole('listitem').filter({ hasText: /^Facebook: 1$/ })).toBeVisible();
});

test('a risky draft sent by Enter in a box we take for a post composer, cleared a moment later: said and counted', async ({ context, sw }) => {
  const page = await context.newPage();
  await page.goto('https://x.com/home');
  await addOddComposer(page, { delay: 700, enterSends: true });
  await typeOdd(page, RISKY);
  await expect(badge(page)).toBeVisible();
  await page.keyboard.press('Enter');
  await expect.poll(() => posted(page)).toEqual([{ composer: 'odd', text: RISKY }]);
  await expect(warning(page)).toHaveCount(0);
  await expect(notice(page)).toBeVisible();
  await expect.poll(() => stored(sw)).toEqual({ x: 1 });
});

test('no false alarms: a clean draft sent the same way, and a risky draft the person deletes, say nothing', async ({ context, sw }) => {
  const page = await context.newPage();
  await page.goto('https://x.com/home');
  await addOddComposer(page);
  await typeOdd(page, CLEAN);
  await page.locator('#odd-send').click();
  await expect.poll(() => posted(page)).toEqual([{ composer: 'odd', text: CLEAN }]);

  await typeOdd(page, RISKY);
  await expect(badge(page)).toBeVisible();
  // A press elsewhere in the composer, then the person empties the box by hand.
  await page.locator('#odd-editor').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.waitForTimeout(3500); // past the longest the extension watches after a press
  await expect(notice(page)).toHaveCount(0);
  expect(await stored(sw)).toBeNull();
});

test('a form submit we did not see coming (a page script calls requestSubmit) is held; Post anyway submits once', async ({ context, sw }) => {
  const page = await context.newPage();
  await page.goto('https://x.com/home');
  await page.evaluate(() => {
    const form = document.createElement('form');
    form.innerHTML = '<textarea name="body" rows="4"></textarea><span id="form-go">➤</span>';
    document.querySelector('[role=main]')!.prepend(form);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const text = form.querySelector('textarea')!.value;
      window.__fixture.posted.push({ composer: 'form', text });
      form.querySelector('textarea')!.value = '';
    });
    form.querySelector('#form-go')!.addEventListener('click', () => form.requestSubmit());
  });
  await page.locator('form textarea').click();
  await page.keyboard.type(RISKY);
  await page.locator('#form-go').click();
  await expect(warning(page)).toBeVisible();
  expect(await posted(page)).toEqual([]);
  await postAnyway(page).click();
  await expect.poll(() => posted(page)).toEqual([{ composer: 'form', text: RISKY }]);
  await page.waitForTimeout(300);
  expect(await posted(page)).toHaveLength(1);
  // Held and then posted on purpose: not a miss.
  await page.waitForTimeout(3200);
  expect(await stored(sw)).toBeNull();

  // A clean draft goes straight through.
  await page.locator('form textarea').click();
  await page.keyboard.type(CLEAN);
  await page.locator('#form-go').click();
  await expect.poll(() => posted(page).then((p) => p.length)).toBe(2);
  await expect(warning(page)).toHaveCount(0);
});
