// The one way the content script fails open: every entry point runs inside guard(), which catches
// anything of ours that throws, says so in the test build only, runs the entry point's own recovery
// and returns, so the site's event carries on untouched.

/** Errors caught by guard(), newest last: read by unit tests; stays empty in what ships. */
export const caught: { name: string; error: unknown }[] = [];

function report(name: string, error: unknown): void {
  if (typeof __TEST_HOOKS__ === 'undefined' || !__TEST_HOOKS__) return;
  caught.push({ name, error });
  if (caught.length > 50) caught.shift();
  // The test build only: a fault injected on purpose, or a bug a test should see in the console.
  console.warn(`[tbyp] ${name} failed open:`, error);
}

/**
 * Runs fn; if it throws, reports it (test build), runs `recover` (itself guarded: a failed recovery
 * must not reach the site either) and returns undefined.
 */
export function guard<R>(name: string, fn: () => R, recover?: () => void): R | undefined {
  try {
    return fn();
  } catch (error) {
    report(name, error);
    if (recover) {
      try { recover(); } catch (again) { report(`${name} (recovery)`, again); }
    }
    return undefined;
  }
}

/** guard() for a listener: the same function, failing open. */
export function guarded<A extends unknown[]>(name: string, fn: (...args: A) => void, recover?: (...args: A) => void): (...args: A) => void {
  return (...args: A) => void guard(name, () => fn(...args), recover && (() => recover(...args)));
}
