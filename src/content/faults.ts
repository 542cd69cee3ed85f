// Fault injection for the fail-open tests (docs/security.md: every entry point fails open). `__TEST_HOOKS__` is false in the
// shipped build, so esbuild removes the body and a page can never switch the extension off this way.
import { message, TEST_PAGES, type Message, type TestPage } from '../messages';

export type FaultPoint = 'scanner' | 'adapter' | 'ui' | 'storage' | 'intercept';

export function fault(point: FaultPoint): void {
  if (typeof __TEST_HOOKS__ === 'undefined' || !__TEST_HOOKS__) return;
  const set = document.documentElement?.dataset.tbypFault;
  if (set && set.split(',').map((s) => s.trim()).includes(point)) throw new Error(`tbyp test fault: ${point}`);
}

/**
 * Test build only: lets a Firefox test ask the extension to open its own options page, since
 * automation may not navigate to moz-extension:// there. Compiled out of the shipped build.
 */
export function listenForTestRequests(send: (msg: Message<'tbyp:test:open'>) => Promise<unknown>): void {
  if (typeof __TEST_HOOKS__ === 'undefined' || !__TEST_HOOKS__) return;
  window.addEventListener('tbyp-test-open', (e) => {
    const page = (e as CustomEvent<unknown>).detail;
    if (TEST_PAGES.includes(page as TestPage)) void send(message('tbyp:test:open', { page: page as TestPage })).catch(() => undefined);
  });
}
