import { beforeEach, describe, expect, it, vi } from 'vitest';

// A small in-memory stand-in for the browser's storage areas.
const local = new Map<string, unknown>();
let managedGet: () => Promise<Record<string, unknown>> = async () => ({});
const listeners: ((changes: Record<string, unknown>, area: string) => void)[] = [];

vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      local: {
        get: async (key: string | null) => (key === null ? Object.fromEntries(local) : local.has(key) ? { [key]: structuredClone(local.get(key)) } : {}),
        set: async (items: Record<string, unknown>) => {
          for (const [k, v] of Object.entries(items)) local.set(k, structuredClone(v));
          for (const l of listeners) l(Object.fromEntries(Object.keys(items).map((k) => [k, {}])), 'local');
        },
        clear: async () => local.clear(),
      },
      managed: { get: () => managedGet() },
      onChanged: { addListener: (l: (typeof listeners)[number]) => listeners.push(l), removeListener: () => {} },
    },
    runtime: { onStartup: { addListener: () => {} }, onInstalled: { addListener: () => {} } },
  },
}));

const settings = await import('./index');

beforeEach(() => {
  local.clear();
  listeners.length = 0;
  managedGet = async () => ({});
  vi.useRealTimers();
});

describe('reading the school policy', () => {
  it('treats a rejection (Firefox with no policy) as no policy', async () => {
    managedGet = () => Promise.reject(new Error('Managed storage manifest not found'));
    expect(await settings.readManaged()).toEqual({});
  });

  it('falls back to the last copy the worker saw when the browser never answers', async () => {
    local.set(settings.POLICY_SEEN_KEY, JSON.stringify({ schoolName: 'Grangetown', locked: ['schoolName'] }));
    managedGet = () => new Promise(() => {});
    vi.useFakeTimers();
    const pending = settings.loadEffective();
    await vi.advanceTimersByTimeAsync(1000);
    const e = await pending;
    expect(e.settings.schoolName).toBe('Grangetown');
    expect(e.locked.has('schoolName')).toBe(true);
  });

  it('a worker woken later reads once and does not poll', async () => {
    let calls = 0;
    managedGet = async () => (calls++, {});
    await settings.watchManagedPolicy({ tries: 5, intervalMs: 1 });
    expect(calls).toBe(1);
    expect(local.get(settings.POLICY_SEEN_KEY)).toBe('{}');
  });

  it('the worker polls while the policy is still empty after start-up, then records it', async () => {
    let calls = 0;
    managedGet = async () => (++calls < 3 ? {} : { schoolName: 'Grangetown' });
    await settings.watchManagedPolicy({ tries: 5, intervalMs: 1, pollNow: true });
    expect(calls).toBe(3);
    expect(JSON.parse(local.get(settings.POLICY_SEEN_KEY) as string)).toEqual({ schoolName: 'Grangetown' });
  });
});

describe('saving', () => {
  it('saves quick successive changes without one overwriting another', async () => {
    await Promise.all([settings.saveSettings({ schoolName: 'Grangetown' }), settings.saveSettings({ schoolAliases: ['GPS'] }), settings.saveSettings({ mode: 'always' })]);
    expect(local.get('settings')).toEqual({ version: 2, schoolName: 'Grangetown', schoolAliases: ['GPS'], mode: 'always' });
  });

  it('refuses to change a locked field', async () => {
    managedGet = async () => ({ schoolName: 'Grangetown', locked: ['schoolName'] });
    const problems = await settings.saveSettings({ schoolName: 'Elsewhere', mode: 'always' });
    expect(problems.map((p) => p.field)).toEqual(['schoolName']);
    expect(await settings.loadSettings()).toMatchObject({ schoolName: 'Grangetown', mode: 'always' });
  });

  it('erasing keeps the school policy copy but removes everything of the person', async () => {
    local.set(settings.POLICY_SEEN_KEY, '{"schoolName":"Grangetown"}');
    local.set('settings', { version: 2, pupilNames: ['Amelia Jones'] });
    local.set(settings.CHECKLIST_KEY, { 'x:posts': 1 });
    await settings.eraseEverything();
    expect([...local.keys()]).toEqual([settings.POLICY_SEEN_KEY]);
  });

  it('tells listeners about changes to the person\'s settings', async () => {
    const seen: string[] = [];
    settings.onSettingsChange((s) => seen.push(s.schoolName));
    await settings.saveSettings({ schoolName: 'Lodge Farm' });
    await vi.waitFor(() => expect(seen).toEqual(['Lodge Farm']));
  });
});

describe('helpers', () => {
  it('working hours: inside on a working day only', () => {
    const s = { ...settings.defaultSettings(), workingHours: { enabled: true, days: [1], start: '08:30', end: '15:30' } };
    expect(settings.inWorkingHours(s, new Date(2026, 10, 23, 9, 0))).toBe(true); // Monday
    expect(settings.inWorkingHours(s, new Date(2026, 10, 23, 15, 30))).toBe(false);
    expect(settings.inWorkingHours(s, new Date(2026, 10, 24, 9, 0))).toBe(false); // Tuesday
  });

  it('gives the engine the school names, domain, handles and rules', () => {
    const s = { ...settings.defaultSettings(), schoolName: 'Grangetown', schoolAliases: ['GPS'], schoolDomain: 'g.sch.uk', pupilNames: ['A B'] };
    const withParents = { ...s, parentNames: ['C D'] };
    expect(settings.scannerConfig(withParents)).toMatchObject({ schoolNames: ['Grangetown', 'GPS'], pupilNames: ['A B'], parentNames: ['C D'], schoolDomain: 'g.sch.uk', rules: s.rules });
  });
});

describe('saving from the current value', () => {
  it('a change built on the current value sees the change queued before it', async () => {
    const tick = (day: number) => settings.saveSettings((now) => ({ workingHours: { ...now.workingHours, days: [...now.workingHours.days, day] } }));
    await Promise.all([settings.saveSettings((now) => ({ workingHours: { ...now.workingHours, enabled: true } })), tick(6), tick(0)]);
    expect((await settings.loadSettings()).workingHours).toMatchObject({ enabled: true, days: [0, 1, 2, 3, 4, 5, 6] });
  });
});

describe('"Never flag" from the warning (addIgnoreWord)', () => {
  it('adds the words to the person\'s own list once, leaving the school\'s entries in the policy', async () => {
    managedGet = async () => ({ ignoreWords: ['Reading'] });
    local.set('settings', { version: 2, ignoreWords: ['Bath'] });
    expect(await settings.addIgnoreWord(' Paris ')).toBe(true);
    expect(await settings.addIgnoreWord('paris')).toBe(true);
    expect((local.get('settings') as { ignoreWords: string[] }).ignoreWords).toEqual(['Bath', 'Paris']);
    expect((await settings.loadSettings()).ignoreWords).toEqual(['Reading', 'Bath', 'Paris']);
  });

  it('is refused when IT has locked the list, and the word is not stored', async () => {
    managedGet = async () => ({ ignoreWords: ['Reading'], locked: ['ignoreWords'] });
    expect(await settings.addIgnoreWord('Paris')).toBe(false);
    expect((local.get('settings') as { ignoreWords?: string[] } | undefined)?.ignoreWords).toBeUndefined();
    expect((await settings.loadEffective()).locked.has('ignoreWords')).toBe(true);
  });
});
