import { test, expect, contentStatus } from './harness';

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
    const ask = () => contentStatus(sw, new URL(url).origin + '/*');
    // Settings load asynchronously after the script starts.
    await expect.poll(async () => (await ask()).active, { message: url }).toBe(true);
    expect((await ask()).site, url).toBe(site);
  }
  expect(errors, 'no script errors on the pages').toEqual([]);
});
