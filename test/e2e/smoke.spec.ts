import { test, expect } from './harness';

test('the extension loads, its worker starts and the content script answers on every site', async ({ context, sw, extensionId }) => {
  expect(extensionId).toBe('ojdagnilamnmndoeknbodijnglooflka');
  const page = await context.newPage();
  for (const url of ['https://www.facebook.com/', 'https://x.com/home', 'https://twitter.com/home', 'https://www.instagram.com/']) {
    await page.goto(url);
    await page.getByRole('textbox', { name: 'Post text' }).click();
    await page.keyboard.type('hello from the test');
    const status = await sw.evaluate(async (u) => {
      const [tab] = await chrome.tabs.query({ url: u + '*' });
      return chrome.tabs.sendMessage(tab!.id!, { type: 'tbyp:status' });
    }, new URL(url).origin + '/');
    expect(status).toMatchObject({ active: true, text: 'hello from the test' });
  }
});
