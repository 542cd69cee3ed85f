// The few things a browser scenario needs, implemented once for Playwright (Chromium) and once for
// puppeteer-core over WebDriver BiDi (Firefox), so each scenario is written once and run in both.
// Page code is passed as strings: both libraries evaluate a string in the page's main world the
// same way, whereas serialising functions differs between them.

type BrowserName = 'chromium' | 'firefox';

export interface Driver {
  readonly browserName: BrowserName;
  goto(url: string): Promise<void>;
  /** Real (trusted) mouse click on the first element matching a CSS selector in the page. */
  click(selector: string): Promise<void>;
  /** Types into the focused element with the keyboard. */
  type(text: string): Promise<void>;
  /** A key or chord in Playwright's notation: 'Enter', 'Control+Enter'. */
  press(key: string): Promise<void>;
  /** Evaluates a JavaScript expression in the page's main world (the site's own world). */
  evaluate<T>(expression: string): Promise<T>;
  /** Real mouse click at viewport coordinates (for elements inside shadow roots). */
  clickAt(x: number, y: number): Promise<void>;
}

/** Main-world expression: every element matching `selector` inside any open shadow root, as an array. */
export function inShadows(selector: string): string {
  return `(() => {
    const out = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) { out.push(...el.shadowRoot.querySelectorAll(${JSON.stringify(selector)})); walk(el.shadowRoot); }
      }
    };
    walk(document);
    return out;
  })()`;
}

/**
 * Polls a main-world expression until it is truthy; returns its value. 15 s: on the shared 2-core
 * machine a Firefox scenario once took over 5 s to show a warning it then showed (seen twice, both
 * passing on a rerun); a real miss still fails, only later.
 */
export async function waitFor<T>(d: Driver, expression: string, what: string, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await d.evaluate<T>(expression);
    if (last) return last;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (${expression.slice(0, 120)}) in ${d.browserName}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Clicks the element inside an open shadow root whose selector matches and whose text includes `text`. */
export async function clickInShadow(d: Driver, selector: string, text: string): Promise<void> {
  const box = await waitFor<{ x: number; y: number } | null>(
    d,
    `(() => { const el = ${inShadows(selector)}.find((e) => e.textContent.includes(${JSON.stringify(text)})); if (!el) return null;
      const r = el.getBoundingClientRect(); return r.width ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null; })()`,
    `"${text}" in a shadow root`,
  );
  await d.clickAt(box!.x, box!.y);
}
