// Generates the held-out corpus v2 (test/corpus/v2/{dev,test}/generated.txt) from templates over real vocabulary.
// Written without reading the engine, so the drafts test what a careful reader would flag, not what the rules do.
// Each category's templates alternate between the dev and test split, so test holds phrasings dev never had.
// Plain Node, no dependencies; a seeded PRNG makes `node scripts/corpus/generate.mjs` reproduce the files exactly.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEMPLATES } from './templates.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const OUT = join(ROOT, 'test', 'corpus', 'v2');
const SEED = 20261206;

export const LABELS = ['school', 'pupil', 'colleague', 'location', 'job', 'absence', 'contact', 'trip', 'conduct', 'confidential'];

const load = (f) => JSON.parse(readFileSync(join(HERE, 'vocab', f), 'utf8'));
const config = JSON.parse(readFileSync(join(OUT, 'config.json'), 'utf8'));
const P = load('places.json');
const H = load('holidays.json');
const N = load('names.json');
const S = load('school.json');

// mulberry32: tiny, fast and good enough for picking words; the seed is all that makes output reproducible.
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ── pupils ───────────────────────────────────────────────────────────────────────────────────────────────────
const pupils = config.pupilNames.map((full) => {
  const i = full.indexOf(' ');
  return { full, first: full.slice(0, i), last: full.slice(i + 1) };
});
const WORD_NAMES = new Set(N.wordNames);
// Nicknames that are ordinary words once lower-cased: a lower-case draft would no longer name anyone for sure.
const WORDY_NICKS = new Set(['Will', 'Wills', 'Pops', 'Fred']);
const ACCENTLESS = { 'Siân': 'Sian', 'Zoë': 'Zoe', 'Seán': 'Sean' };
// Only distinctive names get typos: a typo in "Megan" or "Hope" lands on an English word ("Mean", "Hop").
const TYPOABLE_LIST = ['Gethin', 'Dafydd', 'Zainab', 'Cerys', 'Gwenllian', 'Osian', 'Lowri', 'Tomos', 'Kacper',
  'Zofia', 'Chidi', 'Amara', 'Aarav', 'Ibrahim', 'Mohammed', 'Fatima', 'Yusuf', 'Arjun', 'Priya', 'Jakub', 'Oliwia',
  'Kwame', 'Ngozi', 'Tendai', 'Isabella', 'Jessica', 'Harriet', 'Alexander', 'Benjamin', 'Elizabeth', 'Olivia',
  'Oliver', 'Amelia', 'Freddie', 'Charlie', 'Archie', 'George', 'Finley', 'Sophie', 'Thomas', 'Alfred', 'William',
  'Ffion', 'Carys', 'Aisha', 'Kwame'];
// Names of four letters or fewer stop being recognisable after a typo ("Ella" -> "Ekla"), so they never get one.
const TYPOABLE = new Set(TYPOABLE_LIST.filter((n) => n.length >= 5));
const KEYBOARD = { a: 'sq', b: 'vn', c: 'xv', d: 'sf', e: 'wr', f: 'dg', g: 'fh', h: 'gj', i: 'uo', j: 'hk', k: 'jl',
  l: 'k', m: 'n', n: 'bm', o: 'ip', p: 'o', q: 'w', r: 'et', s: 'ad', t: 'ry', u: 'yi', v: 'cb', w: 'qe', x: 'zc',
  y: 'tu', z: 'x' };
const ALL_FIRST = new Set(pupils.map((p) => p.first.toLowerCase()));
for (const list of Object.values(N.nicknames)) for (const n of list) ALL_FIRST.add(n.toLowerCase());
// Typos that land on a real word or another child's name are not typos of this child any more.
const TYPO_BANNED = new Set(['mean', 'mega', 'aria', 'elis', 'ella', 'isle', 'evi', 'eve', 'ell', 'isa', 'ola',
  'olive', 'oliver', 'amlia', 'ali', 'fin', 'fine', 'georg', 'arch', 'char', 'tom', 'tomo', 'abi', 'maj', 'maa',
  'cars', 'cary', 'caryss', 'iwn', 'ion', 'elias', 'elise', 'lori', 'fatma', 'carlie', 'oliva', 'olivet', 'aldred',
  'willian', 'crys', 'ffon', 'toms', 'cays', 'harrie', 'olivi', 'charie', 'tomas', 'jessic', 'sophi', 'georgi', 'amelie',
  'fiona', 'finlay', 'osman', 'priyaa', 'kwami', 'olivier', 'isabela', 'isabelle', 'benjamen', 'alexandre', 'tendayi']);

function typo(name, rng) {
  for (let attempt = 0; attempt < 20; attempt++) {
    const s = name.split('');
    const op = Math.floor(rng() * 4);
    const i = 1 + Math.floor(rng() * (s.length - 1)); // keep the first letter: people rarely mistype it
    if (op === 0 && i < s.length - 1) [s[i], s[i + 1]] = [s[i + 1], s[i]]; // swap
    else if (op === 1 && s.length >= 6) s.splice(i, 1); // drop: a five-letter name minus a letter is a guess
    else if (op === 2) s.splice(i, 0, s[i]); // double
    else if (op === 3 && s.length >= 6) {
      const near = KEYBOARD[s[i].toLowerCase()];
      if (!near) continue;
      s[i] = near[Math.floor(rng() * near.length)];
    } else continue;
    const out = s.join('');
    if (out !== name && !ALL_FIRST.has(out.toLowerCase()) && !TYPO_BANNED.has(out.toLowerCase())) return out;
  }
  return name.slice(0, -1) + name.slice(-1) + name.slice(-1);
}

// ── slots ────────────────────────────────────────────────────────────────────────────────────────────────────
const pick = (rng, a) => a[Math.floor(rng() * a.length)];
const digits = (rng, n) => Array.from({ length: n }, () => Math.floor(rng() * 10)).join('');
const UNIT_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

function pupilRef(ctx, p) {
  const { rng, lower } = ctx;
  const forms = [];
  const add = (w, v) => forms.push([w, v]);
  if (!(lower && WORD_NAMES.has(p.first))) add(4, p.first);
  add(2, p.full);
  for (const nick of N.nicknames[p.first] ?? []) if (nick !== p.first && !(lower && WORDY_NICKS.has(nick))) add(2, nick);
  if (TYPOABLE.has(p.first)) {
    add(2, typo(p.first, rng));
    add(1, `${typo(p.first, rng)} ${p.last}`);
    add(1, p.first.toLowerCase());
  }
  if (ACCENTLESS[p.first]) add(3, ACCENTLESS[p.first]);
  const total = forms.reduce((n, [w]) => n + w, 0);
  let r = rng() * total;
  for (const [w, v] of forms) if ((r -= w) < 0) return v;
  return p.first;
}

function staffRef(rng) {
  const s = pick(rng, S.staff);
  return pick(rng, [
    `${s.title} ${s.last}`, `${s.title} ${s.last}`, `${s.title} ${s.first} ${s.last}`, `${s.first} ${s.last}`,
    `${s.title}. ${s.last}`, `${s.title.toLowerCase()} ${s.last.toLowerCase()}`,
  ]);
}

function phone(rng) {
  const body = `7${4 + Math.floor(rng() * 6)}${digits(rng, 2)}`; // UK mobiles are 074xx to 079xx
  const rest = digits(rng, 6);
  return pick(rng, [`0${body} ${rest}`, `0${body}${rest}`, `0${body} ${rest.slice(0, 3)} ${rest.slice(3)}`,
    `+44 ${body} ${rest}`, `+44 (0)${body} ${rest}`]);
}
function landline(rng) {
  return pick(rng, [`029 20${digits(rng, 2)} ${digits(rng, 4)}`, `01792 ${digits(rng, 6)}`, `01656 ${digits(rng, 6)}`,
    `01443 ${digits(rng, 6)}`, `(029) 2${digits(rng, 3)} ${digits(rng, 4)}`]);
}
function email(rng) {
  const f = pick(rng, N.adultNames).toLowerCase();
  const l = pick(rng, N.adultSurnames).toLowerCase();
  const user = pick(rng, [`${f}.${l}`, `${f}${l}${digits(rng, 2)}`, `${f[0]}${l}`, `${f}_${l}`, `${f}x${l}`]);
  return `${user}@${pick(rng, ['gmail.com', 'hotmail.co.uk', 'outlook.com', 'btinternet.com', 'icloud.com', 'yahoo.co.uk'])}`;
}
function postcode(rng) {
  return `${pick(rng, P.postcodeDistricts)} ${1 + Math.floor(rng() * 9)}${pick(rng, UNIT_LETTERS)}${pick(rng, UNIT_LETTERS)}`;
}
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const DAYS_CY = ['Llun', 'Mawrth', 'Mercher', 'Iau', 'Gwener', 'Sadwrn', 'Sul'];

const SLOTS = {
  school: (c) => pick(c.rng, S.schoolForms),
  schoolTag: (c) => pick(c.rng, S.schoolTags.filter((t) => /^[#@]/.test(t))),
  schoolDomain: (c) => pick(c.rng, ['ysgolbryncoch.cymru', 'www.ysgolbryncoch.cymru', 'https://ysgolbryncoch.cymru/news',
    'ysgolbryncoch.cymru/calendar']),
  schoolCy: (c) => pick(c.rng, S.schoolFormsCy),
  schoolCyName: (c) => pick(c.rng, ['Gynradd Bryn Coch', 'Bryn Coch', 'Gynradd Bryn-Coch', 'Bryn Coch']),
  pupil: (c) => pupilRef(c, c.pupil),
  pupil2: (c) => pupilRef(c, c.pupil2),
  pupilFull: (c) => (c.rng() < 0.25 && TYPOABLE.has(c.pupil.first) ? `${typo(c.pupil.first, c.rng)} ${c.pupil.last}` : c.pupil.full),
  pupilTag: (c) => pick(c.rng, [`#Team${c.pupil.first}`, `#Go${c.pupil.first}`, `#${c.pupil.first}${c.pupil.last}`,
    `@${c.pupil.first.toLowerCase()}_${c.pupil.last.toLowerCase()}`]).replace(/[' ]/g, ''),
  schoolHandle: (c) => pick(c.rng, ['@YsgolBrynCoch', '@ysgolbryncoch', '@YSGOLBRYNCOCH']),
  subjectCyPlain: (c) => pick(c.rng, ['mathemateg', 'gwyddoniaeth', 'hanes', 'Cymraeg', 'Saesneg', 'cerddoriaeth']),
  inspectorate: (c) => pick(c.rng, ['Estyn', 'Ofsted', 'the inspectors']),
  colleague: (c) => staffRef(c.rng),
  venue: (c) => pick(c.rng, P.venues),
  venuePast: (c) => pick(c.rng, ['The Plough', 'the Red Lion', 'The Bear', 'the rugby club', 'the Farmers Arms']),
  pupilSurname: (c) => c.pupil.last,
  venueCy: (c) => pick(c.rng, P.venuesCy),
  town: (c) => pick(c.rng, P.townsWales),
  townAny: (c) => pick(c.rng, [...P.townsWales, ...P.townsEngland]),
  confTown: (c) => pick(c.rng, P.confusableTowns),
  postcode: (c) => postcode(c.rng),
  street: (c) => pick(c.rng, P.streets),
  num: (c) => String(1 + Math.floor(c.rng() * 120)),
  dest: (c) => pick(c.rng, H.destinations),
  destCyI: (c) => pick(c.rng, H.destinationsCyI),
  destCyYn: (c) => pick(c.rng, H.destinationsCyYn),
  townCy: (c) => pick(c.rng, P.townsCy),
  tripTime: (c) => pick(c.rng, H.tripTimes),
  sportTeam: (c) => pick(c.rng, S.sportTeams),
  initiative: (c) => pick(c.rng, S.initiatives),
  illness: (c) => pick(c.rng, S.illnesses),
  dur: (c) => pick(c.rng, H.durations),
  durCy: (c) => pick(c.rng, H.durationsCy),
  durCyAm: (c) => pick(c.rng, ['wythnos', 'bythefnos', 'ddeg diwrnod', 'dair wythnos', 'bum noson']), // after "am"
  whenTripCy: (c) => pick(c.rng, ['fory', 'ddydd Llun', 'ddydd Iau', 'wythnos nesa', 'bore fory', 'ddydd Mercher nesaf']),
  dayCyWeek: (c) => pick(c.rng, DAYS_CY.slice(0, 5)),
  residentialYear: (c) => pick(c.rng, S.residentialYears),
  residentialYearCy: (c) => pick(c.rng, S.residentialYearsCy),
  relPartner: (c) => `${pick(c.rng, N.partners)} ${pick(c.rng, N.adultMalePupilNames)}`,
  when: (c) => pick(c.rng, H.whenFuture),
  whenCy: (c) => pick(c.rng, H.whenFutureCy),
  whenPast: (c) => pick(c.rng, H.whenPast),
  whenPastCy: (c) => pick(c.rng, ['llynedd', "haf diwethaf", 'yn 2022', "Pasg diwethaf", 'ddwy flynedd yn ôl']),
  time: (c) => pick(c.rng, H.times),
  date: (c) => pick(c.rng, H.dates),
  dateRange: (c) => pick(c.rng, H.dateRanges),
  day: (c) => pick(c.rng, DAYS),
  weekday: (c) => pick(c.rng, DAYS.slice(0, 5)),
  whenTrip: (c) => pick(c.rng, ['tomorrow', 'on Thursday', 'next week', 'this Friday', 'on Monday', 'next Wednesday', 'tmrw']),
  dayCy: (c) => pick(c.rng, DAYS_CY),
  airport: (c) => pick(c.rng, H.airports),
  airportCode: (c) => pick(c.rng, H.airportCodes),
  yearGroup: (c) => pick(c.rng, S.yearGroups),
  yearGroupCy: (c) => pick(c.rng, S.yearGroupsCy),
  n: (c) => String(1 + Math.floor(c.rng() * 6)),
  attraction: (c) => pick(c.rng, P.attractions),
  attractionCy: (c) => pick(c.rng, P.attractionsCy),
  residential: (c) => pick(c.rng, P.residentials),
  otherSchool: (c) => pick(c.rng, P.otherSchools),
  dadAge: (c) => pick(c.rng, ['60th', '65th', '70th', '58th', '72nd', '61st', '75th']),
  age: (c) => String(4 + Math.floor(c.rng() * 7)),
  count: (c) => String(24 + Math.floor(c.rng() * 40)),
  jobTag: (c) => pick(c.rng, S.jobHashtags),
  subject: (c) => pick(c.rng, S.subjects),
  subjectCy: (c) => pick(c.rng, S.subjectsCy),
  routine: (c) => pick(c.rng, S.routines),
  sen: (c) => pick(c.rng, S.sen),
  senCy: (c) => pick(c.rng, ['ADHD', 'awtistiaeth', 'ddyslecsia', 'ddyspracsia', 'epilepsi']), // after "o"
  senPlan: (c) => pick(c.rng, S.senPlans),
  incident: (c) => pick(c.rng, S.incidents),
  homeCirc: (c) => pick(c.rng, S.homeCircs),
  phone: (c) => phone(c.rng),
  landline: (c) => landline(c.rng),
  email: (c) => email(c.rng),
  money: (c) => pick(c.rng, ['1,260', '845', '2,100', '530', '1,075', '3,400', '690', '412.50']),
  emoji: (c) => pick(c.rng, S.neutralEmoji),
  ownKid: (c) => pick(c.rng, N.ownKids),
  adultName: (c) => pick(c.rng, N.adultNames),
  celebrity: (c) => pick(c.rng, N.celebrities),
  relMale: (c) => `${pick(c.rng, N.maleRelatives)} ${pick(c.rng, N.adultMalePupilNames)}`,
  nanName: (c) => pick(c.rng, N.oldLadyPupilNames),
};

// ── style ────────────────────────────────────────────────────────────────────────────────────────────────────
function restyle(text, ctx, opts) {
  const { rng } = ctx;
  let t = text;
  if (!opts.cy && rng() < 0.18) {
    for (const [from, to] of Object.entries(S.commonTypos)) if (t.includes(from) && rng() < 0.6) t = t.replace(from, to);
  }
  if (rng() < 0.15) t = t.replace(/(?<![A-Z])\. (?=\S)/g, () => (rng() < 0.5 ? ' ' : ', ')).replace(/\.$/, '');
  if (rng() < 0.1) t = t.replace(/!$/, '!!!');
  // A laughing emoji or #mumlife after a child's disclosure would read as a different (and odd) post.
  const sober = opts.sober || ctx.labels.includes('confidential');
  if (!sober && rng() < 0.25 && !/\p{Extended_Pictographic}\s*$/u.test(t)) t = `${t} ${SLOTS.emoji(ctx)}`;
  if (!sober && rng() < 0.1 && !/#\w+\s*$/.test(t)) t = `${t} ${pick(rng, S.neutralHashtags)}`;
  if (ctx.lower) t = t.toLowerCase();
  return t;
}

// ── self-checks: a draft must not carry a risk its labels leave out ─────────────────────────────────────────
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NAME_RE = new RegExp(`(^|[^\\p{L}])(${[...new Set([...pupils.map((p) => p.first), ...Object.values(N.nicknames).flat(),
  ...Object.values(ACCENTLESS)])].map(esc).join('|')})(?![\\p{L}])`, 'u');
const SCHOOL_RE = /[bfm]ryn[\s-]?coch|ygbc|y\.g\.b\.c|bcps/i;
const STAFF_RE = new RegExp(`\\b(${S.staff.map((s) => s.last).join('|')})\\b`);
const PHONE_RE = /(\+44|\b0)\s?\(?\d{2,4}\)?[\s\d]{8,}/;
const EMAIL_RE = /\S+@\S+\.\w/;
const POSTCODE_RE = /\b[A-Z]{1,2}\d{1,2}\s\d[A-Z]{2}\b/i;
const JOBTAG_RE = new RegExp(S.jobHashtags.map(esc).join('|'), 'i');

function selfCheck(labels, text, opts, where) {
  const has = (l) => labels.includes(l);
  const fail = (why) => { throw new Error(`${where}: ${why}: ${text}`); };
  text = text.replace(/Holly Close/gi, 'the close'); // a street, not the child
  if (!has('pupil') && !opts.names && NAME_RE.test(text)) fail(`names a pupil (${text.match(NAME_RE)[2]}) but is not labelled pupil`);
  if (!has('school') && SCHOOL_RE.test(text)) fail('names the school but is not labelled school');
  if (!has('colleague') && !opts.names && STAFF_RE.test(text)) fail('names a colleague but is not labelled colleague');
  if (!has('contact') && (PHONE_RE.test(text) || EMAIL_RE.test(text))) fail('has a phone or email but is not labelled contact');
  if (!has('location') && (POSTCODE_RE.test(text) || text.includes('📍'))) fail('has a postcode or check-in but is not labelled location');
  if (!has('job') && JOBTAG_RE.test(text)) fail('has a staff hashtag but is not labelled job');
}

// ── generation ───────────────────────────────────────────────────────────────────────────────────────────────
const ORDER = new Map(LABELS.map((l, i) => [l, i]));
const PER_TEMPLATE = { risky: 4, clean: 6 };

export function generate() {
  const rng = prng(SEED);
  const seen = new Set();
  const splits = { dev: [], test: [] };
  const stats = { dev: { drafts: 0, clean: 0, welsh: 0, labels: {} }, test: { drafts: 0, clean: 0, welsh: 0, labels: {} } };
  for (const [category, templates] of Object.entries(TEMPLATES)) {
    for (const split of ['dev', 'test']) splits[split].push('', `// ── ${category} ${'─'.repeat(Math.max(4, 100 - category.length))}`);
    templates.forEach(([labelText, template, opts = {}], index) => {
      const split = index % 2 === 0 ? 'dev' : 'test';
      const labels = labelText === '-' ? [] : labelText.split(',').sort((a, b) => ORDER.get(a) - ORDER.get(b));
      for (const l of labels) if (!ORDER.has(l)) throw new Error(`${category}#${index}: unknown label ${l}`);
      const want = labels.length ? PER_TEMPLATE.risky : PER_TEMPLATE.clean;
      const lines = [];
      for (let attempt = 0; attempt < want * 12 && lines.length < want; attempt++) {
        const ctx = { rng, labels, lower: !opts.noLower && rng() < 0.16 };
        ctx.pupil = pick(rng, pupils);
        do ctx.pupil2 = pick(rng, pupils); while (ctx.pupil2 === ctx.pupil);
        const filled = template.replace(/\{(\w+)\}/g, (_, slot) => {
          if (!SLOTS[slot]) throw new Error(`${category}#${index}: unknown slot {${slot}}`);
          return SLOTS[slot](ctx);
        }).replace(/\b(the) the\b/gi, '$1'); // "the {attraction}" when the attraction is "the Senedd"
        // Key on the filled text before restyling, so two drafts never differ only by case, emoji or a typo.
        const key = filled.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
        if (seen.has(key)) continue;
        seen.add(key);
        const text = restyle(filled, ctx, opts);
        selfCheck(labels, text, opts, `${category}#${index}`);
        lines.push(`${labels.length ? labels.join(',') : '-'} | ${text.replace(/\n/g, '\\n')}`);
        const st = stats[split];
        st.drafts++;
        if (!labels.length) st.clean++;
        if (opts.cy) st.welsh++;
        for (const l of labels) st.labels[l] = (st.labels[l] ?? 0) + 1;
      }
      splits[split].push(`// ${category} #${index}${opts.cy ? ' (cy)' : ''}`, ...lines);
    });
  }
  const header = (split) => [
    `// GENERATED by scripts/corpus/generate.mjs (seed ${SEED}); do not edit by hand, change the generator and rerun it.`,
    `// Held-out corpus v2, ${split} split. One draft per line: \`labels | text\`; \`-\` is a clean draft; \`\\n\` is a line break.`,
    '// labels: the rule ids a careful reader would expect the warning to show. Config: ../config.json.',
    `// Templates alternate between dev and test within each category, so the two splits share no phrasing.`,
    '// "(cy)" marks a template written in Welsh or mixed Welsh/English.',
  ];
  return {
    dev: [...header('dev'), ...splits.dev, ''].join('\n'),
    test: [...header('test'), ...splits.test, ''].join('\n'),
    stats,
  };
}

export const FILES = { dev: join(OUT, 'dev', 'generated.txt'), test: join(OUT, 'test', 'generated.txt') };

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { dev, test, stats } = generate();
  for (const [split, text] of Object.entries({ dev, test })) {
    mkdirSync(dirname(FILES[split]), { recursive: true });
    writeFileSync(FILES[split], text);
  }
  for (const [split, st] of Object.entries(stats)) {
    const pct = ((100 * st.clean) / st.drafts).toFixed(1);
    console.log(`${split}: ${st.drafts} drafts, ${st.clean} clean (${pct} %), ${st.welsh} Welsh/mixed`);
    console.log(`  ${LABELS.map((l) => `${l} ${st.labels[l] ?? 0}`).join(', ')}`);
  }
}
