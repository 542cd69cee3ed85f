import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadSplit } from '../../test/corpus/evaluate';
import type { Doc, RuleId, ScannerConfig } from './types';
import { MODEL_READS, MODEL_RULES } from './model';
import { RULE_IDS, RULE_MODULES, runOrder } from './rules';

// A rule that reads another's findings (doc.found, doc.learnt) gets nothing when that rule has not run
// yet, and nothing fails: it just finds less. So every read is recorded here, over the whole dev split,
// and must be one the rule declares in its meta's `reads`, which is what the engine orders rules by.

/** Reads seen while each rule ran: rule -> the rules whose findings it read. */
const seen = new Map<RuleId, Set<RuleId>>();
const order = runOrder(RULE_MODULES, (id) => (MODEL_RULES.includes(id) ? MODEL_READS : [])).map((m) => m.meta.id);

/** The rule running now: the first in run order whose findings are not stored yet. */
function running(found: Partial<Record<RuleId, unknown>>): RuleId | undefined {
  return order.find((id) => found[id] === undefined && id !== 'contact-boundaries');
}

function watch<T extends object>(target: T, found: () => Partial<Record<RuleId, unknown>>): T {
  return new Proxy(target, {
    get(t, key, receiver) {
      const reader = running(found());
      if (reader && typeof key === 'string' && (RULE_IDS as string[]).includes(key)) {
        let set = seen.get(reader);
        if (!set) seen.set(reader, (set = new Set()));
        set.add(key as RuleId);
      }
      return Reflect.get(t, key, receiver);
    },
  });
}

vi.mock('./doc', async (importOriginal) => {
  const real = await importOriginal<typeof import('./doc')>();
  return {
    ...real,
    makeDoc: (...args: Parameters<typeof real.makeDoc>): Doc => {
      const doc = real.makeDoc(...args);
      let found: Partial<Record<RuleId, unknown>> | undefined;
      let raw: Partial<Record<RuleId, unknown>> = {};
      let learnt: object | undefined;
      // The scanner stores each rule's spans into the object it assigned: reads go through the proxy.
      Object.defineProperty(doc, 'found', {
        configurable: true,
        get: () => found,
        set: (v: Partial<Record<RuleId, unknown>>) => {
          raw = v;
          found = watch(v, () => v);
        },
      });
      Object.defineProperty(doc, 'learnt', {
        configurable: true,
        get: () => learnt,
        set: (v: object) => (learnt = watch(v, () => raw)),
      });
      return doc;
    },
  };
});

describe("a rule's reads of other rules' findings", () => {
  it('are all declared in its meta, over the whole dev split', async () => {
    const { createScanner } = await import('./index');
    const { config, drafts } = loadSplit(join(__dirname, '../../test/corpus/v2'), 'dev');
    const all = (c: ScannerConfig): ScannerConfig => ({ ...c, parentNames: c.parentNames?.length ? c.parentNames : ['Gemma Pryce'], rules: Object.fromEntries(RULE_IDS.map((id) => [id, true])) });
    const scanners = new Map<ScannerConfig | undefined, ReturnType<typeof createScanner>>();
    for (const d of drafts) {
      let s = scanners.get(d.config);
      if (!s) scanners.set(d.config, (s = createScanner(all(d.config ?? config))));
      s.scan(d.text);
    }
    expect(seen.size).toBeGreaterThan(3);
    const undeclared = [...seen].flatMap(([rule, reads]) => {
      const meta = RULE_MODULES.find((m) => m.meta.id === rule)!.meta;
      const allowed = new Set([...(meta.reads ?? []), ...(MODEL_RULES.includes(rule) ? MODEL_READS : []), rule]);
      return [...reads].filter((r) => !allowed.has(r)).map((r) => `${rule} reads ${r}`);
    });
    expect(undeclared).toEqual([]);
  }, 180_000);

  it('run before the rule that reads them', () => {
    for (const m of RULE_MODULES) {
      for (const r of m.meta.reads ?? []) expect(order.indexOf(r), `${m.meta.id} reads ${r}`).toBeLessThan(order.indexOf(m.meta.id));
    }
    for (const id of MODEL_RULES) for (const r of MODEL_READS) expect(order.indexOf(r), `${id} (its model) reads ${r}`).toBeLessThan(order.indexOf(id));
  });
});

describe('runOrder', () => {
  const rule = (id: string, reads?: string[]) => ({ meta: { id, reads } as unknown as (typeof RULE_MODULES)[number]['meta'] });

  it("keeps the list's order where nothing is read, and moves a rule after what it reads", () => {
    const ids = runOrder([rule('job', ['trip']), rule('school'), rule('trip', ['school'])]).map((m) => m.meta.id);
    expect(ids).toEqual(['school', 'trip', 'job']);
    expect(runOrder([rule('a'), rule('b'), rule('c')]).map((m) => m.meta.id)).toEqual(['a', 'b', 'c']);
  });

  it('refuses a circle and a read of no rule, naming them', () => {
    expect(() => runOrder([rule('a', ['b']), rule('b', ['a'])])).toThrow(/circle: a -> b -> a/);
    expect(() => runOrder([rule('a', ['nope'])])).toThrow(/a reads nope/);
  });
});
