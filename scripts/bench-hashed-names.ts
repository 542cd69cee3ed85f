// Measures storing the pupil list as keyed hashes (HMAC of normalised name pairs) against the
// engine's plain-list matching: which variants each catches, scan speed, and how fast a stolen hashed
// list falls to a dictionary attack. Decision and figures: docs/privacy.md. Run:
//   npx esbuild scripts/bench-hashed-names.ts --bundle --platform=node --outfile=.tmp/bench.cjs && node .tmp/bench.cjs
import { createHmac, randomBytes } from 'node:crypto';
import { createScanner } from '../src/core/index';
const key = randomBytes(32);
const norm = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f\u200b-\u200d\u2060\ufeff]/g, '').toLowerCase().replace(/[’']s\b/g, '').replace(/[^\p{L}\p{N}\s-]/gu, ' ').replace(/\s+/g, ' ').trim();
const h = (s: string) => createHmac('sha256', key).update(s).digest('base64').slice(0, 16);
const FIRST = ['Amara','Oliver','Jack','Harry','Sophie','Isla','Mohammed','Noah','Ava','Freya','Zainab','Chloe','Leo','Ella','Theo','Ruby','Oscar','Lily','Archie','Grace'];
const LAST = ['Okonkwo','Smith','Jones','Taylor','Brown','Williams','Wilson','Johnson','Davies','Patel','Khan','Evans','Thomas','Roberts','Walker','Wright','Hughes','Green','Hall','Wood'];
const roster = FIRST.flatMap((f) => LAST.map((l) => `${f} ${l}`));
const hashed = new Set(roster.map((n) => h(norm(n))));
function hashScan(text: string): boolean {
  const w = norm(text).split(' ');
  for (let i = 0; i + 1 < w.length; i++) if (hashed.has(h(`${w[i]} ${w[i + 1]}`))) return true;
  return false;
}
const engine = createScanner({ schoolNames: [], pupilNames: roster });
const cases: [string, string][] = [
  ['exact', 'Well done Amara Okonkwo today'], ['lower case', 'well done amara okonkwo'], ['possessive', "Amara Okonkwo's painting"],
  ['zero-width', 'A\u200bmara Oko\u200bnkwo'], ['accent', 'Amára Okonkwo'], ['typo', 'Well done Amra Okonkwo'], ['typo 2', 'Sophie Tayler'],
  ['first name + initial', 'Amara O. was brilliant'], ['surname first', 'Okonkwo, Amara'], ['line break', 'Amara\nOkonkwo'], ['nickname', 'Ollie Smith scored'],
];
for (const [k, t] of cases) console.log(k.padEnd(22), 'engine', engine.scan(t).some((f) => f.rule === 'pupil') ? 'yes' : 'no ', ' hashed', hashScan(t) ? 'yes' : 'no');
const text = 'We had a lovely trip to the coast today and everyone was brilliant, thanks to all the parents who helped '.repeat(10);
let t0 = performance.now(); for (let i = 0; i < 200; i++) engine.scan(text); const e = (performance.now() - t0) / 200;
t0 = performance.now(); for (let i = 0; i < 200; i++) hashScan(text); const hh = (performance.now() - t0) / 200;
console.log(`1 KB draft scan: engine ${e.toFixed(2)} ms, hashed ${hh.toFixed(2)} ms`);
// Dictionary attack on a stolen hashed list + key (both on the same device): 20x20 names
t0 = performance.now(); let found = 0; for (const f of FIRST) for (const l of LAST) if (hashed.has(h(norm(`${f} ${l}`)))) found++;
console.log(`dictionary attack with ${FIRST.length * LAST.length} guesses: recovered ${found}/${roster.length} in ${(performance.now() - t0).toFixed(1)} ms`);
t0 = performance.now(); for (let i = 0; i < 100000; i++) h(`name${i} surname`); console.log(`HMAC rate: ${(100000 / (performance.now() - t0) * 1000).toFixed(0)} guesses/s on one core`);
