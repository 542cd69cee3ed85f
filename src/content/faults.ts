// Fault injection for the fail-open tests (SHARED CONTRACT #5). `__TEST_HOOKS__` is false in the
// shipped build, so esbuild removes the body and a page can never switch the extension off this way.
export type FaultPoint = 'scanner' | 'adapter' | 'ui' | 'storage' | 'intercept';

export function fault(point: FaultPoint): void {
  if (typeof __TEST_HOOKS__ === 'undefined' || !__TEST_HOOKS__) return;
  const set = document.documentElement?.dataset.tbypFault;
  if (set && set.split(',').map((s) => s.trim()).includes(point)) throw new Error(`tbyp test fault: ${point}`);
}
