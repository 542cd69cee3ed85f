import { test, expect } from './harness';

const SITES = [
  { url: 'https://www.facebook.com/', site: 'facebook' },
  { url: 'https://x.com/home', site: 'x' },
  { url: 'https://twitter.com/home', site: 'x' },
  { url: 'https://www.instagram.com/', site: 'instagram' },
];

test('the extension loads with its fixed id, its worker starts and the content script answers on every site', async ({ context, sw, extensionId }) => {
  expect(extensionId).toBe('ojdagnilamnmndoeknbodijnglooflka');
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  for (const { url, site } of SITES) {
    await page.goto(url);
    const ask = () => sw.evaluate(async (origin) => {
      const [tab] = await chrome.tabs.query({ url: origin + '*' });
      return chrome.tabs.sendMessage(tab!.id!, { type: 'tbyp:status' });
    }, new URL(url).origin + '/') as Promise<{ active: boolean; site?: string | null; host?: string }>;
    // Settings load asynchronously after the script starts.
    await expect.poll(async () => (await ask()).active, { message: url }).toBe(true);
    const status = await ask();
    // The placeholder script reported the host; the real one names the site.
    if ('site' in status) expect(status.site, url).toBe(site);
    else expect(status.host, url).toBe(new URL(url).host);
  }
  expect(errors, 'no script errors on the pages').toEqual([]);
});
