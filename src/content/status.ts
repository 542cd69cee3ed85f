// What the popup is told about this tab.
import type { Status } from '../messages';
import { guard } from './guard';
import { paused, type State } from './state';

export function status(s: State): Status {
  // Report what we can even if reading the settings fails.
  const pausedNow = guard('status', () => paused(s)) ?? false;
  return {
    active: !!s.scanner,
    site: s.adapter?.id ?? null,
    paused: pausedNow,
    findings: pausedNow ? [] : s.lastFindings,
    missed: s.missed,
  };
}
