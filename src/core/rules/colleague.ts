import { AT, CAP, HASH, INITIAL } from '../doc';
import { editDistance, NameIndex, nameTokens } from '../names';
import { nameVariants } from '../nicknames';
import { words } from '../regex';
import type { Doc, Report, RuleCreate, RuleMeta } from '../types';
import { COMMON_FIRST_NAMES, RELATIONS, WORD_NAMES } from '../words';

export const meta: RuleMeta = {
  id: 'colleague',
  examples: 'names from the staff list',
  title: "A colleague's name",
  severity: 'medium',
  questions: [5, 3, 7],
  explanation:
    'This names a colleague. School policy says staff should not post about colleagues or share anything they know through work.',
  reads: ['school'],
};

// "Syr" is what Welsh-medium pupils call a male teacher.
const TITLES = ['mr', 'mrs', 'miss', 'ms', 'mx', 'dr', 'sir', 'syr'];
// Children and colleagues mix up a woman's titles ("Miss Pritchard" for Mrs Pritchard), never a man's and a woman's.
const TITLE_KIN: Record<string, string[]> = {
  mr: ['mr', 'sir', 'syr', 'dr'], sir: ['mr', 'sir', 'syr', 'dr'], syr: ['mr', 'sir', 'syr', 'dr'],
  mrs: ['mrs', 'miss', 'ms', 'dr'], miss: ['mrs', 'miss', 'ms', 'dr'], ms: ['mrs', 'miss', 'ms', 'dr'],
  mx: ['mx', 'dr'], dr: TITLES,
};
// Welsh surnames start with a digraph that is one letter in Welsh: Mr Llewellyn is "Mr Ll".
const DIGRAPH = /^(?:ll|ch|dd|ff|ng|rh|th)/;
// Short forms the nickname table does not list, mostly Welsh and British staff-room ones.
const SHORT: Record<string, string[]> = {
  gareth: ['gaz', 'gazza'], gary: ['gaz', 'gazza'], kevin: ['kev'], rhodri: ['rhod'], bethan: ['beth'], hannah: ['han'],
  dylan: ['dyl'], gwenllian: ['gwen'], rhiannon: ['rhi'], sioned: ['sion'], jennifer: ['jen', 'jenny'], stephen: ['steve'],
  steven: ['steve'], christopher: ['chris'], christine: ['chris'], michael: ['mike', 'mikey'], matthew: ['matt'], nicola: ['nicky', 'nic'],
  rebecca: ['becky', 'becca'], samantha: ['sam'], victoria: ['vicky', 'vic'], elizabeth: ['liz', 'beth'], gwilym: ['gwil'], dafydd: ['dai', 'daf'],
  llywelyn: ['llew'], geraint: ['ger'], iestyn: ['iest'], angharad: ['ang', 'anj', 'angh'],
  // Session 7: more Welsh staff-room short forms.
  catrin: ['cat', 'cati', 'cats'], iolo: ['iol'], delyth: ['del'], eleri: ['ler'], rhian: ['rhi'], meinir: ['mei'],
};

// The same surname or title on someone else: "Mr Baker at the village bakery", "Ms Shah from the
// bank", "Mr Wood the tree surgeon", "Mrs Cole next door". Only where they work or live: a
// colleague seen at the pub or in the library is still a colleague.
const BUSINESS = 'bank|garage|chippy|chip shop|shop|corner shop|bakery|butchers?|pub|cafe|gym|surgery|doctors|gp|dentists?|vets?|council|post office|co-op|spar|tesco|aldi|lidl|asda|pharmacy|chemists?|salon|hairdressers|barbers|garden centre|farm|market|newsagents?|takeaway|restaurant|hotel|building society|estate agents?|opticians?|church|chapel|rugby club|cricket club|golf club|leisure centre|choir|deli|farm shop|garej|siop';
const COUNTER = 'bakery|butchers?|chippy|chip shop|corner shop|garage|post office|newsagents?|pharmacy|chemists?|salon|hairdressers|barbers|bank|cafe|deli|farm shop';
const TRADE = 'plumber|builder|electrician|butcher|baker|postman|postie|milkman|vet|dentist|gp|doctor|tree surgeon|gardener|window cleaner|mechanic|landlord|landlady|taxi driver|decorator|roofer|farmer|optician|pharmacist|chemist|neighbour|vicar|minister|mp|councillor|ref|referee|instructor';
// Session 7: the same in Welsh ("Mr Rees y milfeddyg", "Mrs Jones y siop", "Mrs Jones y fferm").
const WELSH_TRADE = 'siop|fferm|post|swyddfa bost|garej|milfeddyg|gweinidog|ficer|cigydd|pobydd|meddyg|doctor|deintydd|banc|caffi|dafarn|tafarn|postmon|plismon|adeiladwr|trydanwr|plymwr|cymydog|capel|eglwys';
const ELSEWHERE = new RegExp(`^(?:'s (?!tuck |school |uniform |staff |class |book )(?:[a-z]+ ){0,1}(?:${BUSINESS}|timber yard|builders yard|scrap yard|boatyard)|(?:'s)?,? (?:from (?:the |our |my )?(?:[a-z]+ ){0,2}?(?:${BUSINESS})|at the (?:[a-z]+ ){0,2}?(?:${COUNTER})|(?:from )?next door|(?:from )?(?:over|across|down|up) the road|the (?:${TRADE})|y (?:${WELSH_TRADE})))\\b`);

// First names alone are too common to flag; beside the workplace they are the colleague:
// "Eleri in the office", "Huw has been signed off", "Gareth (our Head of Year 9)".
// A plain set, not a WordGate: it is asked only about a staff first name's sentence, which is rare.
const WORKPLACE = words(
  'office staffroom staff colleague colleagues head heads deputy headteacher head\'s hoy senco ta tas hlta department dept obs observation observed ' +
  'capability signed cover covering covered lesson lessons classroom planning ppa inset duty marking governors governor nqt ect mentor slt smt ' +
  'trust site caretaker assembly register playground yard parents\' leaving retirement retiring sub supply teacher teachers teaching ' +
  'school ysgol athro athrawes pennaeth dirprwy staffrwm swyddfa dosbarth cymhorthydd ' +
  'classroom reprographics photocopier printer laminator lanyard timetable ofsted estyn work ' +
  // Session 7: a school day's words beside a colleague's first name, in English and Welsh (the kids, the class, pay, the county as employer).
  'kids pupils plant disgyblion dyletswydd cyflenwi cyflenwad cyflog gwers wers gwersi buarth gwasanaeth staffroom nursery reception ks1 ks2 ' +
  // Session 8: a colleague's absence ("off sick", "off with stress"), the older key stages, the county's supply cover as it mutates ("dim gyflenwi").
  'sick stress ks3 ks4 ks5 gyflenwi chyflenwi gyflenwad athrawon',
);
/**
 * Session 9: a surname alone ("Okafor is on bus duty again") needs a word of the staff's working day
 * that a footballer's or an actor's sentence does not have ("signed", "work", "sick" are theirs too).
 */
const SURNAME_CUES = new Set([...WORKPLACE].filter((w) => !['signed', 'work', 'sick', 'stress', 'register', 'trust', 'site', 'yard', 'sub', 'kids', 'plant', 'observed', 'covered', 'gwasanaeth'].includes(w)).concat(['manager', 'retire', 'retires', 'leaving']));
/** Session 9: after a surname that starts a sentence, what a person does ("Okafor is…", "Kowalczyk has been…"). */
const SUBJECT_AFTER = /^(?:'s\b|\s+(?:is|has|was|had|will|won't|wont|can't|cant|never|always|still|just|thinks|said|says|wants|needs|keeps|did|does|gave|told|asked|made|left)\b)/;
/** Session 8: the sentence beside a first name goes on about that person ("Gareth left early again. Guess who did his duty."). */
const BACK_REF = new Set(['he', 'she', 'his', 'her', 'him', 'hers', "he's", "she's", 'fe', 'hi', 'fo', 'ei']);
/** Right after the name, words that make it a child: "Eleri in my class", "Eleri's mum", "Eleri (6)". */
const CHILD_AFTER = /^(?:'s (?:mum|mam|dad|parents|nan|nain|gran|mummy|daddy|carer|foster)|,? (?:in|from) (?:my |our |the )?(?:class|group|form|reception|nursery|year|yr|y\d|[1-9]\d?[a-z]{1,2}\b)|,? (?:aged?|age) \d|,? \(\d)/;

export const create: RuleCreate = ({ raw, lexicon }) => {
  const idx = new NameIndex(lexicon);
  const surnames: string[] = [];
  const surnameTitles = new Map<string, Set<string>>();
  /** First names and their short forms → the surnames of the staff who have them. */
  const firsts = new Map<string, Set<string>>();
  /** Surnames → the first names of the staff who have them (for "Bethna Roberts"). */
  const lasts = new Map<string, Set<string>>();
  /** First names alone that may be a colleague beside the workplace (not short forms, not a pupil's). */
  const alone = new Set<string>();
  /** Session 9: surnames alone that may be a colleague in a sentence about the working day (not a pupil's, no word or first name). */
  const aloneLast = new Set<string>();
  const staff = raw.staffNames ?? [];
  if (!staff.length) return null;
  const bit = lexicon.claim();
  const pupilFirsts = new Set<string>();
  const pupilWords = new Set<string>();
  for (const p of raw.pupilNames ?? []) {
    const ts = nameTokens(p).tokens;
    if (ts[0]) pupilFirsts.add(ts[0]);
    for (const t of ts) pupilWords.add(t);
  }
  /** Names as the parts of a #tag or @handle read ("@MissHCole_Maths" → "miss h cole"). */
  const tagForms = new Set<string>();
  const addFirst = (f: string, last: string) => {
    let set = firsts.get(f);
    if (!set) firsts.set(f, (set = new Set()));
    set.add(last);
    lexicon.mark(f, bit);
  };
  for (const entry of staff) {
    let { tokens } = nameTokens(entry);
    const title = TITLES.includes(tokens[0] ?? '') ? tokens[0] : undefined;
    if (title) tokens = tokens.slice(1);
    if (!tokens.length) continue;
    const last = tokens[tokens.length - 1]!;
    const titles = title ? TITLE_KIN[title]! : TITLES;
    // A title makes the surname a person in any case ("mr baker", "miss cole"), and the initial
    // too ("Mrs P", "mrs p's class", "Mr Ll.").
    for (const t of titles) {
      idx.add({ tokens: [t, last] });
      idx.addJoined(t + last, { tokens: [t, last] });
      idx.add({ tokens: [t, last[0]!] });
      const di = DIGRAPH.exec(last)?.[0];
      if (di) idx.add({ tokens: [t, di] });
      tagForms.add(`${t} ${last}`);
    }
    if (tokens.length > 1) {
      const first = tokens[0]!;
      // Staff first names alone are too common to flag; a full name or "Mrs Jones" is specific.
      idx.add({ tokens });
      idx.add({ tokens: [first, last] });
      idx.addJoined(first + last, { tokens });
      // "Eleri P", "Huw B": the first name and the surname's initial, both capitals; and "E. Pritchard".
      idx.add({ tokens: [first, last[0]!], needCap: true });
      idx.add({ tokens: [first[0]!, last], needCap: true });
      for (const t of titles) {
        // "Miss Hannah", as primary children say (not "Dr Hannah": that is a doctorate); "Mrs E. Pritchard", "Miss H Cole".
        idx.add({ tokens: [t, first, last] });
        // "going to miss Claire": the verb, unless the title has its capital.
        if (t !== 'dr') idx.add({ tokens: [t, first], needCap: t === 'miss' });
        idx.add({ tokens: [t, first[0]!, last] });
        tagForms.add(`${t} ${first[0]} ${last}`);
        if (t !== 'dr') tagForms.add(`${t} ${first}`);
      }
      tagForms.add(`${first} ${last}`);
      // Session 9: a surname of two words ("Mrs Marisol Dela Cruz" is "Mrs Dela Cruz", "mrs de souza").
      if (tokens.length >= 3) for (const t of titles) idx.add({ tokens: [t, ...tokens.slice(1)] });
      if (last.length >= 5 && tokens.length === 2 && !pupilWords.has(last) && !WORD_NAMES.has(last) && !COMMON_FIRST_NAMES.has(last)) aloneLast.add(last);
      const shorts = new Set([...nameVariants(first), ...(SHORT[first] ?? [])]);
      for (const s of shorts) {
        if (s.length < 3) continue;
        idx.add({ tokens: [s, last] });
        addFirst(s, last);
        if (!pupilFirsts.has(s) && !WORD_NAMES.has(s)) alone.add(s);
      }
      addFirst(first, last);
      let ls = lasts.get(last);
      if (!ls) lasts.set(last, (ls = new Set()));
      ls.add(first);
      lexicon.mark(last, bit);
      if (!pupilFirsts.has(first) && first.length >= 3) alone.add(first);
    }
    if (last.length >= 4) {
      surnames.push(last);
      // The titles this surname goes with ("Mr Bakr" is no typo of Mrs Baker).
      let ts = surnameTitles.get(last);
      if (!ts) surnameTitles.set(last, (ts = new Set()));
      for (const t of titles) ts.add(t);
    }
  }
  if (idx.size === 0) return null;

  return (doc, report) => {
    // The index's findings, less the title or initial forms that are plainly someone else.
    let lastStart = -1;
    const checked: Report = (a, b) => {
      if (ELSEWHERE.test(doc.norm.slice(b, b + 60))) return;
      // "Sir Kevin Keegan", "Miss Anita Rani": a title and a staff first name, then someone else's surname.
      // "Miss H Cole", "Mrs E. Pritchard" when no colleague is: a title and an initial, then someone else's surname.
      const m = /^\.?\s{1,2}(\p{Lu}[\p{L}'-]+)/u.exec(doc.text.slice(b, b + 40));
      if (m && !lasts.has(m[1]!.toLowerCase()) && !firsts.has(m[1]!.toLowerCase())) {
        const tail = /[\p{L}']+$/u.exec(doc.norm.slice(a, b))?.[0] ?? '';
        if (firsts.has(tail) || tail.length === 1) return;
      }
      // "St David's Hall": a possessive inside is no one's full name.
      if (/'s\s/.test(doc.norm.slice(a, b))) return;
      lastStart = a;
      report(a, b);
    };
    idx.scan(doc, checked);
    if (surnames.length) typos(doc, checked);
    // No staff first name or surname in the draft (the masks of all its words say so): nothing to walk.
    if (firsts.size && doc.masks & bit) people(doc, checked);
    if (tagForms.size && lastStart === -1) tags(doc, checked);
  };

  /**
   * When nothing else was found: a #tag or @handle split the way people write them: "@MissHCole_Maths" is Miss H Cole (the
   * index splits camel case only where a lower-case letter meets a capital, so "HCole" stays one).
   */
  function tags(doc: Doc, report: Report): void {
    for (const k of doc.notable) {
      if (!(doc.flagsOf(k) & (HASH | AT))) continue;
      const raw = doc.text.slice(doc.startOf(k), doc.endOf(k));
      if (raw.length < 5) continue;
      const parts = raw.split(/(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})|[^\p{L}]+/u).filter(Boolean).map((p) => p.toLowerCase());
      for (let i = 0; i + 1 < parts.length; i++) {
        const two = parts[i] + ' ' + parts[i + 1];
        if (tagForms.has(two) || (i + 2 < parts.length && tagForms.has(two + ' ' + parts[i + 2]))) {
          report(doc.startOf(k), doc.endOf(k));
          break;
        }
      }
    }
  }

  /** A title then a surname one letter out ("Mr Bakr", "mrs pritchad", "Mr Lewellyn's"), two in a long one ("Mr Llywelyn"). */
  function typos(doc: Doc, report: Report): void {
    for (let k = 0; k + 1 < doc.tokens.length; k++) {
      if (doc.endOf(k) - doc.startOf(k) > 4 || !TITLES.includes(doc.word(k))) continue;
      const w = doc.word(k + 1);
      if (w.length < 4 || doc.startOf(k + 1) - doc.endOf(k) > 2 || surnames.includes(w)) continue;
      const t = doc.word(k);
      if (surnames.some((s) => s[0] === w[0] && surnameTitles.get(s)!.has(t) && editDistance(s, w, s.length >= 8 ? 2 : 1) <= (s.length >= 8 ? 2 : 1))) report(doc.startOf(k), doc.endOf(k + 1));
    }
  }

  /**
   * Names the index holds only exactly: a full name with a typo in either part ("Eleri Prichard",
   * "gareth llewelyn", "Bethna Roberts"), and a first name alone beside the workplace.
   */
  function people(doc: Doc, report: Report): void {
    const n = doc.tokens.length;
    let after = -1;
    // Words with this rule's bit are among the notable ones (doc.ts), which are far fewer than all.
    for (const k of doc.notable) {
      if (k <= after || !(doc.maskOf(k) & bit)) continue;
      const w = doc.word(k);
      const next = k + 1 < n && doc.startOf(k + 1) - doc.endOf(k) <= 2 ? doc.word(k + 1) : '';
      const theirs = firsts.get(w);
      if (theirs && next.length >= 4 && !theirs.has(next)) {
        const max = next.length >= 8 ? 2 : 1;
        let hit = false;
        for (const l of theirs) if (l[0] === next[0] && editDistance(l, next, max) <= max) hit = true;
        if (hit) {
          report(doc.startOf(k), doc.endOf(k + 1));
          after = k + 1;
          continue;
        }
      }
      // "Bethna Roberts": the exact surname after a first name one letter out.
      const ls = lasts.get(w);
      if (ls && k > 0 && doc.flagsOf(k - 1) & CAP && doc.startOf(k) - doc.endOf(k - 1) <= 2) {
        const p = doc.word(k - 1);
        if (p.length >= 4 && !firsts.has(p)) for (const f of ls) if (f[0] === p[0] && editDistance(f, p, 1) <= 1) { report(doc.startOf(k - 1), doc.endOf(k)); break; }
      }
      if (alone.has(w)) firstAlone(doc, k, report);
      else if (aloneLast.has(w) && doc.flagsOf(k) & CAP) lastAlone(doc, k, report);
    }
  }

  /** Session 9: "Okafor is on bus duty again": a capitalised surname alone, not after another name or a title, in a sentence about the working day. */
  function lastAlone(doc: Doc, k: number, report: Report): void {
    // After a title, a staff first name or another capitalised word in the same phrase (not "Reply: Okafor…").
    if (k > 0 && /^[\s.]{1,2}$/.test(doc.text.slice(doc.endOf(k - 1), doc.startOf(k)))) {
      const p = doc.word(k - 1);
      if (TITLES.includes(p) || firsts.has(p) || doc.flagsOf(k - 1) & CAP) return;
    }
    const f = doc.flagsOf(k);
    const before = doc.text.charCodeAt(doc.startOf(k) - 1);
    if (f & (AT | HASH) || before === 95 || before === 64) return;
    const n = doc.tokens.length;
    if (k + 1 < n && doc.flagsOf(k + 1) & CAP && !(doc.flagsOf(k + 1) & INITIAL) && doc.startOf(k + 1) - doc.endOf(k) <= 2) return;
    const after = doc.norm.slice(doc.endOf(k), doc.endOf(k) + 60);
    if (CHILD_AFTER.test(after) || ELSEWHERE.test(after)) return;
    // Starting a sentence a surname may be a word ("Price rises…"): only before what a person does.
    if (f & INITIAL && !SUBJECT_AFTER.test(after)) return;
    let a = k;
    while (a > 0 && !(doc.flagsOf(a) & INITIAL)) a--;
    let b = k + 1;
    while (b < n && !(doc.flagsOf(b) & INITIAL)) b++;
    for (let j = a; j < b; j++) {
      if (j !== k && SURNAME_CUES.has(doc.word(j))) {
        report(doc.startOf(k), doc.endOf(k));
        return;
      }
    }
  }

  function firstAlone(doc: Doc, k: number, report: Report): void {
    const w = doc.word(k);
    const f = doc.flagsOf(k);
    // In lower case only a name that is no English word ("huw", not "grace"); nor one that starts a sentence ("Mark my words").
    if (WORD_NAMES.has(w) && (!(f & CAP) || f & INITIAL)) return;
    // Part of a handle ("@headteacher_dave") or a reply to someone on the thread ("@Emma yes…").
    const before = doc.text.charCodeAt(doc.startOf(k) - 1);
    if (f & (AT | HASH) || before === 95 || before === 64) return;
    // Someone's surname ("Oliver James"): a capitalised word right before, inside the sentence.
    if (k > 0 && !(f & INITIAL) && doc.flagsOf(k - 1) & CAP && !(doc.flagsOf(k - 1) & INITIAL) && doc.startOf(k) - doc.endOf(k - 1) <= 1 && !TITLES.includes(doc.word(k - 1))) return;
    const n = doc.tokens.length;
    // Someone else's full name ("Dylan Thomas", "Anita Roddick"), or the poster's own people ("my nephew Dylan").
    if (k + 1 < n && doc.flagsOf(k + 1) & CAP && !(doc.flagsOf(k + 1) & INITIAL) && doc.startOf(k + 1) - doc.endOf(k) <= 2 && !lasts.has(doc.word(k + 1)) && !firsts.has(doc.word(k + 1))) return;
    if (k > 0 && !(f & INITIAL) && RELATIONS.has(doc.word(k - 1))) return;
    const after = doc.norm.slice(doc.endOf(k), doc.endOf(k) + 60);
    if (CHILD_AFTER.test(after) || ELSEWHERE.test(after) || /^,? (?:my|our) (?:nephew|niece|son|daughter|grandson|granddaughter|godson|goddaughter|friend|neighbour|cousin|brother|sister)\b/.test(after)) return;
    // The workplace in the same sentence, or the school named in it.
    let a = k;
    while (a > 0 && !(doc.flagsOf(a) & INITIAL)) a--;
    let b = k + 1;
    while (b < n && !(doc.flagsOf(b) & INITIAL)) b++;
    // Session 9: the school named anywhere in the draft; the working day in another sentence of a short
    // draft, by its less ambiguous words ("Thanks Declan." after "the staff do…"; not "back to work Monday").
    let cue = !!doc.found?.school?.length;
    for (let j = a; j < b && !cue; j++) if (j !== k && WORKPLACE.has(doc.word(j))) cue = true;
    if (!cue && n <= 60) for (let j = 0; j < n && !cue; j++) if ((j < a || j >= b) && SURNAME_CUES.has(doc.word(j))) cue = true;
    // Session 8: or the next sentence, when it speaks of that person and of the workplace.
    if (!cue && b < n) {
      let e = b + 1;
      while (e < n && !(doc.flagsOf(e) & INITIAL)) e++;
      let ref = false, work = false;
      for (let j = b; j < e && j < b + 30; j++) {
        const x = doc.word(j);
        if (BACK_REF.has(x)) ref = true;
        else if (WORKPLACE.has(x)) work = true;
      }
      cue = ref && work;
    }
    if (cue) report(doc.startOf(k), doc.endOf(k));
  }
};
