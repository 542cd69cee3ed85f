/** Runs a compile written in steps (see RuleSteps) to the end, in one go. */
export function finish<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
