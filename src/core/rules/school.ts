import { NameIndex, nameTokens, type NameForm } from '../names';
import { COMMON_FIRST_NAMES, WORD_NAMES } from '../words';
import type { Doc, RuleCreate, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'school',
  examples: 'its name, nicknames, website or accounts',
  title: "The school's name",
  severity: 'medium',
  questions: [1, 6, 3],
  explanation:
    "This names your school. School policy asks staff not to say where they work on personal accounts, so posts can't be linked to the school or read as speaking for it.",
};

/** Session 7: the words a trust or federation of schools is named with. */
const TRUST_KINDS = new Set(['partnership', 'alliance', 'federation', 'trust', 'collaborative', 'group']);
/** Session 7: Welsh place words a school's name starts with ("Cwm Derw", "Bryn Coch"): the other word is the distinctive one. */
const WELSH_PLACE_WORDS = new Set(['cwm', 'bryn', 'pant', 'nant', 'glan', 'pen', 'coed', 'llan', 'tre', 'aber', 'bro', 'maes', 'parc', 'pont', 'ynys']);

/** Words every school name shares; alone they identify nothing. */
export const GENERIC = new Set(
  ('primary secondary community school schools academy college junior juniors infant infants high c of e ce cofe ' +
    'church england rc catholic roman free federation trust nursery first middle upper lower prep preparatory grammar ' +
    'special specialist the and voluntary aided controlled va vc learning centre sixth form multi mat international ' +
    'church-of-england methodist jewish islamic foundation studio uk sch prim ' +
    // "Church in Wales", the Welsh church schools' designation, as "C of E" is.
    'in wales ciw ' +
    // Welsh: Ysgol Gynradd Gymraeg…, with the mutated forms names use (cynradd/gynradd, cyfun/gyfun).
    'ysgol ysgolion gynradd cynradd gymraeg cymraeg uwchradd babanod iau feithrin meithrin gyfun cyfun eglwys sant santes ' +
    'gatholig catholig gymunedol cymunedol bro yr y ganolog canolog arbennig gwirfoddol').split(' '),
);

const WELSH_GENERIC = new Set(['ysgol', 'gynradd', 'cynradd', 'gymraeg', 'cymraeg', 'uwchradd', 'babanod', 'feithrin', 'meithrin', 'gyfun', 'cyfun', 'sant', 'santes']);

/** Soft, nasal and aspirate mutations of a Welsh word's first letters (bryn → fryn, mryn). */
const MUTATE: [string, string[]][] = [
  ['ll', ['l']], ['rh', ['r']], ['p', ['b', 'mh', 'ph']], ['t', ['d', 'nh', 'th']], ['c', ['g', 'ngh', 'ch']],
  ['b', ['f', 'm']], ['d', ['dd', 'n']], ['g', ['', 'ng']], ['m', ['f']],
];
export function mutations(w: string): string[] {
  for (const [from, to] of MUTATE) if (w.startsWith(from)) return to.map((x) => x + w.slice(from.length)).filter((x) => x.length >= 3);
  return [];
}

const SAINTS = new Set(['st', 'saint', 'sant', 'santes']);
/** Session 8: dedications a church school's name starts with, read as a saint's name is ("Holy Trinity", "Sacred Heart"). */
const DEDICATIONS = new Set(['holy', 'sacred', 'blessed', 'corpus', 'christ']);
/** Session 8: everyday words a saint's surname or a dedication's last word may be ("St Thomas More", "Holy Cross"): never alone. */
const COMMON_WORDS = new Set('more most well good best cross name spirit family heart trinity child innocents angels martyrs'.split(' '));

/** Words a school's own initialism keeps although they are generic ("GLCS", "YGBC"). */
const IN_INITIALS = new Set(['school', 'primary', 'academy', 'ysgol', 'gynradd', 'cynradd', 'uwchradd', 'gyfun', 'cyfun',
  // Session 6: an English school's kind is part of its initials too ("SHJS" for St Hilda's Junior School).
  'junior', 'juniors', 'infant', 'infants', 'high', 'grammar', 'college']);

/**
 * Last words of a name that are also ordinary English places ("Green Lane", "Oak Park"): in lower
 * case after "an old…" or "the…" such a phrase is the place, not the school. Other names ("Bryn
 * Coch") are the school however they are written.
 */
const PLACE_WORDS = new Set(
  ('lane road street avenue way drive close park hill hills wood woods field fields farm bridge brook meadow meadows grove vale valley ' +
    'view house hall court gardens garden green common cross end gate lodge mill mount place rise side well wells water oak oaks ash heath ' +
    'moor marsh castle church chapel abbey bank beach bay cliff coast forest orchard corner row square top bottom ' +
    'rd ln st pk ave cl dr gdns sq ter cres').split(' '),
);

/** One-slip typos of a word people type: a letter doubled, one left out, i for y and y for i. */
function typos(w: string): string[] {
  if (w.length < 4) return [];
  const out = new Set<string>();
  for (let k = 0; k < w.length; k++) {
    out.add(w.slice(0, k + 1) + w[k] + w.slice(k + 1));
    if (k > 0 && w.length >= 5) out.add(w.slice(0, k) + w.slice(k + 1));
    if (w[k] === 'y') out.add(w.slice(0, k) + 'i' + w.slice(k + 1));
    if (w[k] === 'i') out.add(w.slice(0, k) + 'y' + w.slice(k + 1));
    // Session 5: two letters swapped ("pleasnat"), one vowel for another ("pleasent", "oakfeild" is the swap).
    if (k > 0 && k < w.length - 1) out.add(w.slice(0, k) + w[k + 1] + w[k] + w.slice(k + 2));
    if (k > 0 && 'aeiou'.includes(w[k]!)) for (const v of 'aeiou') out.add(w.slice(0, k) + v + w.slice(k + 1));
  }
  out.delete(w);
  return [...out];
}

/**
 * Session 5 (issue 12): casual short forms, derived from whatever name is configured. Generic words
 * people type after a short form or an initialism ("bc primary", "bryn coch prim"), and before a
 * Welsh school's ("yg bryn coch", "ysgol b.c.").
 */
const SHORT_AFTER = ['primary', 'prim', 'pri', 'school', 'sch', 'academy', 'juniors', 'infants', 'high', 'college',
  // Session 6: the kinds' short forms ("thornleigh inf", "redmoor acad", "st x's jnr").
  'inf', 'infs', 'jnr', 'jnrs', 'jun', 'acad', 'nursery'];
const SHORT_BEFORE = ['ysgol', 'yg', 'ysg'];
/** Words of a school's name and how people shorten them (the saint's "St" is dealt with above). */
const ABBREVIATIONS: Record<string, string[]> = {
  mount: ['mt'], road: ['rd'], lane: ['ln'], street: ['st'], park: ['pk'], avenue: ['ave'], close: ['cl'], drive: ['dr'],
  gardens: ['gdns'], square: ['sq'], terrace: ['ter'], crescent: ['cres'], saint: ['st'], north: ['n'], south: ['s'], east: ['e'], west: ['w'],
};
/** Generic words that only join others ("Church in Wales", "C of E"): never a short form's neighbour. */
const JOINERS = new Set(['in', 'of', 'the', 'and', 'c', 'e', 'y', 'yr']);
const LETTER_WORDS = new Set(['a', 'i', 'o', 'y']);
/** Two- and three-letter words, Welsh ones too: a school's initials that spell one are no short form. */
const INITIAL_WORDS = new Set(
  ('am an as at be by do go he hi if in is it me my no of oh ok on or so to up us we ye yo ' +
    // …or that stand for something else beside "primary", "school": "MP", "GP", "PE", "TV".
    'mp pm gp pe tv uk eu re dt pc dj ks nhs sen pta ict ' +
    'all and any are but can did for get got had has her him his how its let may new not now off old one our out see she the too two was who why yes you ' +
    'ac ar dy ei fy mi ni ti yn yr').split(' '),
);

/**
 * Typos of a joined-up name ("brynchoch", "brncoch", "bryncoh" for Bryncoch), one edit out: a letter
 * left out, doubled, swapped with its neighbour, added or changed (`any`; otherwise the first three only). The first and last letters are
 * kept (and nothing is added after the last), so a plural or a real word that ends differently
 * ("greenlanes", "greenland" for Greenlane) is not taken for the school. Long words only: a short
 * joined name one edit out is too often another word.
 */
function joinedTypos(w: string, any = true): string[] {
  if (w.length < 7) return [];
  const out = new Set<string>();
  const abc = 'abcdefghijklmnopqrstuvwxyz';
  for (let k = 1; k < w.length - 1; k++) {
    out.add(w.slice(0, k) + w.slice(k + 1));
    out.add(w.slice(0, k) + w[k] + w.slice(k));
    if (k < w.length - 2) out.add(w.slice(0, k) + w[k + 1] + w[k] + w.slice(k + 2));
    if (!any) continue;
    for (const c of abc) {
      out.add(w.slice(0, k) + c + w.slice(k));
      out.add(w.slice(0, k) + c + w.slice(k + 1));
    }
  }
  out.delete(w);
  return [...out];
}

// "Bryncoch RFC", "Bryn Coch AFC": the place's sports club, not the school.
const THE_PLACE = /^[\s,]+(?:is|was)\s+(?:also\s+|just\s+)?an?\s+(?:\w+\s+)?(?:village|town|hamlet|suburb|place|area|city)\b/;
const WORD_START = /^\p{L}{2}/u;
const PERSON_INITIAL = /^\.\s+\p{Lu}\p{Ll}/u;
const CLUB = /^[\s']*(?:rfc|afc|fc|cc|rugby club|football club|cricket club|bowls club|golf club|harriers|athletic|united|town|rovers|wanderers)\b/;

/*
 * Session 6 (issue 12): a school named after a saint or a place shares its name with a church, a
 * saint's day and the place itself. What follows a saint's name decides: "St Hilda's Church", "St
 * Peter's Day", "St Peter's Square", "St Peter's Hospital" are no school (unless the school's own name
 * goes on that way). A bare name (no generic word beside it) after a word of movement or position
 * ("through Thornleigh", "over Redmoor") or before a street or place word ("Thornleigh Road") is the
 * place, unless its sentence is about school.
 */
const SAINT_NOT_SCHOOL = new Set(
  ('church churches chapel cathedral minster abbey priory parish parishes day eve feast college hospital hospice square street st road rd ' +
    'terrace lane ln avenue ave close crescent gardens court place well wells way walk bay head island isle gate hill park station shopping ' +
    'centre center retail market cemetery churchyard vicarage rectory fc afc rfc cc mission home trail path route pilgrimage').split(' '),
);
/** After "church": the school's own designation ("St Peter's Church of England Primary", "Church in Wales", "Church School"). */
const CHURCH_SCHOOL = new Set(['of', 'in', 'school', 'primary', 'junior', 'juniors', 'infant', 'infants', 'academy', 'high', 'ce', 'cofe']);
/** Session 9: towns named after a saint, spelt as a saint-named school without its apostrophe ("St Helens", "St Albans"). */
const SAINT_TOWNS = new Set('helens albans ives austell andrews neots asaph davids edmunds annes leonards columb agnes mawes bees clears helier ishmaels dogmaels'.split(' '));
/** Session 9: a town's first word before its saint ("Bury St Edmunds", "Lytham St Annes", "St Peter Port" is after). */
const TOWN_BEFORE = /\b(?:bury|lytham)\s+$/;
const SAINT_LEAD = /^(?:st|saint|saints|sts|ss|sant|santes|holy|sacred|blessed|our lady)\b\.?\s*/;
const SAINT_BEFORE = /\b(?:feast|day|eve|festival|church|chapel|cathedral|shrine|relics?|life|statue|prayer|icon|story|legend) of\s+$/;
const PLACE_BEFORE = /\b(?:through|thru|via|past|near|nr|beyond|(?:live|lives|living|lived|move|moved|moving|house|houses|flat|prices|traffic) (?:in|to|near|round))\s+$/;
/** "over", "across", "round" a place the school is named after: a walk or a view there, not a tour of the school. */
const OUT_BEFORE = /\b(?:over|across|around|round|outside|towards?|above|up)\s+$/;
const OUTDOORS = /\b(?:walk|walks|walked|walking|hike|hiked|run|ran|running|cycle|cycled|cycling|bike|ride|drive|drove|driving|view|views|traffic|snow|fog|mist|sunset|sunrise|sun|dog|weather|wind|gale|rain|fell|hills?|moors?|fields?|roads?)\b/;
const PLACE_AFTER = new Set(
  ('road rd lane ln street st avenue ave close drive dr crescent cres terrace gardens gdns square grove moor moors common village estate ' +
    'reservoir woods rovers united athletic harriers wanderers celtic fc afc rfc cc ' +
    // Session 7: the village's other bodies and things, named after it as the school is ("Cwm Meillion Show", "… Wool").
    'show shows carnival chapel church wool crafts cafe pub agricultural sioe ' +
    // Session 8: a farm, hotel or cottage named after the place, as the school is.
    'farm farms hotel inn manor campsite cottage cottages barton').split(' '),
);
/** Session 7: a UK postcode right after a name ("Cwm Meillion SA48 7QR"): an address. */
const POSTCODE_AFTER = /^[\s,]*[a-z]{1,2}\d{1,2}[a-z]?\s*\d[a-z]{2}\b/;
/** Session 7: a village's bodies named before the place in Welsh word order ("Sioe Cwm Meillion", "Capel Bethel"). */
const VILLAGE_BODIES = new Set('sioe capel gapel chapel côr cor meibion caffi cafe eisteddfod gadeiriol cylch meithrin clwb glwb grŵp grwp pwyllgor neuadd tafarn dafarn eglwys cymdeithas cyngor gyngor cymuned ffermwyr merched carnifal'.split(' '));

/** A sentence about school: what a school's name means there is the school. */
const SCHOOL_DAY = /\b(?:school|schools|sch|ysgol|dosbarth|athro|athrawes|athrawon|pennaeth|disgyblion|staffrwm|noson rieni|rhieni|blwyddyn \d{1,2}|bl ?\d{1,2}|gwersi|mabolgampau|arholiadau|canlyniadau|chweched|parents'? ?evening|staff|staffroom|pupils?|kids|children|class|classes|classroom|year ?\d{1,2}s?|y\d{1,2}s?|yr ?\d{1,2}s?|reception|nursery|infants|juniors|teach|teacher|teachers|teaching|taught|ta|lesson|lessons|assembly|nativity|sports day|inset|ofsted|estyn|head|headteacher|deputy|governors?|pta|uniform|term|homework|detention|gcses?|mocks|sixth form|prom|playground|supply|tutor|open (?:evening|morning|day)|transition|leavers?|fayre|fair|fete|disco|dinner ladies|lunchtime|break duty|marking|reports|job)\b/;

/** The folded sentence around [a, b): from the last sentence end before it to the next after it. */
function sentenceOf(doc: { norm: string }, a: number, b: number): string {
  const n = doc.norm;
  let s = a;
  while (s > 0 && a - s < 200 && !/[.!?\n]/.test(n[s - 1]!)) s--;
  let e = b;
  while (e < n.length && e - b < 200 && !/[.!?\n]/.test(n[e]!)) e++;
  return n.slice(s, e);
}

export const create: RuleCreate = ({ raw, lexicon }) => {
  const idx = new NameIndex(lexicon);
  idx.extend = GENERIC;
  const form = (tokens: string[], extra: Partial<NameForm> = {}): NameForm => ({ tokens, ...extra });
  const addAll = (tokens: string[]) => {
    idx.add(form(tokens));
    idx.addJoined(tokens.join(''), form(tokens));
  };
  const typoed = new Set<string>();
  const late: NameForm[] = [];
  // The words that follow a saint's name in the school's own names ("St Mary's College", "St Peter's Church of England…").
  const ownAfterSaint = new Set<string>();
  for (const name of raw.schoolNames) {
    const { tokens } = nameTokens(name);
    for (let k = 0; k + 2 < tokens.length; k++) if (SAINTS.has(tokens[k]!) && !GENERIC.has(tokens[k + 1]!) && tokens[k + 2] !== 'church') ownAfterSaint.add(tokens[k + 2]!);
  }
  for (const name of raw.schoolNames) {
    const { tokens, poss } = nameTokens(name);
    if (!tokens.length) continue;
    const variants: string[][] = [tokens];
    // "St Mary's" is also written "St Marys" and "Saint Mary's".
    if (poss.some(Boolean)) variants.push(tokens.map((t, i) => (poss[i] ? t + 's' : t)));
    for (const v of [...variants]) {
      if (v[0] === 'st') variants.push(['saint', ...v.slice(1)]);
      if (v[0] === 'saint') variants.push(['st', ...v.slice(1)]);
    }
    // Session 5: the usual abbreviations of a name's words ("Mt Pleasant", "Park Rd", "Green Ln").
    for (let k = 0; k < tokens.length; k++) {
      const abbr = ABBREVIATIONS[tokens[k]!];
      if (!abbr || (k === 0 && tokens[0] === 'saint')) continue;
      for (const v of [...variants]) if (v.length === tokens.length && v[k] === tokens[k]) for (const a of abbr) variants.push(v.map((t, j) => (j === k ? a : t)));
    }
    // Welsh names mutate after some words: "i Fryn Coch", "ym Mryn Coch", "o Gaerau".
    if (tokens.some((t) => WELSH_GENERIC.has(t))) {
      const core = tokens.filter((t) => !GENERIC.has(t));
      if (core.length) for (const m of mutations(core[0]!)) variants.push([m, ...core.slice(1)]);
    }
    for (const v of variants) {
      let core = v.filter((t) => !GENERIC.has(t));
      if (core.length === 0) continue;
      if (v.length > 1) addAll(v);
      // "Church Road Primary": stripped of its generic words the name is "Road", which names every
      // road. A lone street word keeps the word before it ("Church Road"), or there is no short form.
      if (core.length === 1 && PLACE_WORDS.has(core[0]!)) {
        const before = v[v.indexOf(core[0]!) - 1];
        if (!before || before === 'the') continue;
        core = [before, core[0]!];
      }
      // "Ysgol Santes Tudful" is also "Santes Tudful": the name without its leading generic words
      // but with its saint.
      const from = v.findIndex((t) => !GENERIC.has(t) || SAINTS.has(t));
      if (from > 0 && v.length - from > 1) addAll(v.slice(from));
      // Session 9: two places joined by "and" ("Ashby and Hilltop Federation" is "ashby and hilltop").
      const andAt = v.indexOf('and');
      if (core.length === 2 && andAt > 0 && v[andAt - 1] === core[0] && v[andAt + 1] === core[1]) for (const j of ['and', 'n']) idx.add(form([core[0]!, j, core[1]!]));
      if (core.length > 1) {
        // Session 9: the phrase after "the" is the school before a word of school ("the green lane staff do").
        idx.add(form(core, { plainPhrase: PLACE_WORDS.has(core[core.length - 1]!), lowerIf: schoolAfter }));
        idx.addJoined(core.join(''), form(core));
      }
      // Typos of a two-word core, each word one slip out: "brynn coch", "brin coch" (issue 12).
      if (core.length === 2) for (const [k, w] of core.entries()) for (const t of typos(w)) idx.add(form(k === 0 ? [t, core[1]!] : [core[0]!, t]));
      // A one-word core ("Grangetown") must look like a name: capitalised or tagged.
      else if (core[0]!.length >= 3) {
        // …or, in lower case, after "at", "from", "ex" in a sentence about school ("parents evening at thornleigh").
        idx.add(form(core, { needCap: true, lowerIf: lowerAtSchool }));
        idx.addAffix(core[0]!, form(core));
      }
      // Joined handles people type: #GreenLaneSchool, @greenlaneprimary.
      for (const g of ['school', 'primary', 'academy', 'juniors', 'infants', 'pri', 'sch', 'cs', 'ps']) idx.addJoined(core.join('') + g, form(core));
      for (const g of ['ysgol', 'ysgolgynradd', 'ysgolgymraeg']) idx.addJoined(g + core.join(''), form(core));
    }
    // Session 5: short forms of a two- or three-word core as people type them, whatever the school:
    // its first word and the next one's initial ("bryn c", "Bryn-C", "brync") or the other way round
    // ("b coch"), the core's initials
    // with a generic word ("bc primary", "b.c. prim", "ysgol bc"), the joined core with a typo
    // ("brynchoch"). A one-word core ("Hollybrook") split in two before its own generic word
    // ("holly brook academy"), or with a typo before one ("hollybrok academy"); not alone, where
    // "Holly Brook" may be a person.
    const coreWords = tokens.filter((t) => !GENERIC.has(t));
    // Session 6: a school named after a saint goes by the saint's initial ("St K's", "St Ks", "stk",
    // "StKJS" for St Kenelm's Junior School) and by the saint alone, possessive or plural, beside a
    // kind of school or in a sentence about school ("Kenelms juniors", "the Kenelm's lot").
    const saintAt = tokens.findIndex((t) => t === 'st' || t === 'saint');
    const saint = saintAt >= 0 ? tokens[saintAt + 1] : undefined;
    if (saint && saint.length >= 3 && !GENERIC.has(saint)) {
      const k = saint[0]!;
      for (const st of ['st', 'saint']) {
        idx.add(form([st, k]));
        idx.add(form([st, k + 's']));
      }
      idx.add(form(['st' + k]));
      // "SK staff", "sk's juniors": the two letters only beside a word of school.
      for (const g of [...SHORT_AFTER, 'staff', 'staffroom', 'pta', 'parents']) idx.add(form(['s' + k, g]));
      idx.addJoined('st' + k + 's', form(['st' + k + 's']), false);
      const kinds = tokens.slice(saintAt + 2).filter((t) => IN_INITIALS.has(t) && t !== 'school').map((t) => t[0]).join('');
      // No word is spelt so ("skjs", "stkjs", "skj"): in any case.
      for (const ini of new Set(['s' + k + kinds + 's', 'st' + k + kinds + 's', 'st' + k + kinds, 's' + k + kinds])) if (ini.length >= 3 && !INITIAL_WORDS.has(ini) && /^(?:st|s)[a-z][^aeiou]*$/.test(ini)) {
        idx.add(form([ini]));
        if (ini.length >= 4) idx.addAffix(ini, form([ini]));
      }
      // Session 9: the saint with a slip ("st bernadetts"), with "St", in a sentence about school; long names only.
      if (saint.length >= 6) for (const t of typos(saint)) if (!COMMON_FIRST_NAMES.has(t) && !WORD_NAMES.has(t)) for (const st of ['st', 'saint']) for (const w of [t, t + 's']) idx.add(form([st, w], { when: oneOfPair }));
      if (saint.length >= 5 && !COMMON_FIRST_NAMES.has(saint) && !WORD_NAMES.has(saint)) {
        for (const w of [saint, saint + 's', saint + 'es']) idx.add(form([w], { when: saintAlone }));
        for (const g of SHORT_AFTER) for (const w of [saint, saint + 's']) idx.add(form([w, g]));
        idx.add(form(['st', saint + 'es']));
      }
    }
    // Session 8: a saint or martyr of two words ("St John Fisher", "St Thomas More"), or a Marian or
    // Holy name ("Our Lady of Lourdes", "Holy Trinity"). People drop the "St" and the kind ("open
    // evening at John Fisher", "john fisher high"), add a possessive ("st john fishers"), and use the
    // saint's surname or the dedication's last word alone ("back at Fisher tomorrow", "Lourdes year 6").
    // A person, a place or a pilgrimage shares those words, so alone they need a sentence about school.
    const dedAt = saintAt >= 0 ? saintAt : tokens.findIndex((t, k) => DEDICATIONS.has(t) || (t === 'our' && tokens[k + 1] === 'lady'));
    if (dedAt >= 0) {
      let end = dedAt + 1;
      while (end < tokens.length && (!GENERIC.has(tokens[end]!) || (JOINERS.has(tokens[end]!) && end + 1 < tokens.length && !GENERIC.has(tokens[end + 1]!)))) end++;
      const lead = tokens.slice(dedAt, end);
      const rest = lead.slice(saintAt >= 0 ? 1 : 0);
      const named = rest.filter((t) => !JOINERS.has(t));
      if (named.length >= 2) {
        const last = rest[rest.length - 1]!;
        const withS = [...rest.slice(0, -1), last + 's'];
        if (saintAt >= 0) for (const st of ['st', 'saint']) idx.add(form([st, ...withS]));
        for (const v of [rest, withS]) {
          idx.add(form(v, { when: saintAlone }));
          for (const g of SHORT_AFTER) idx.add(form([...v, g]));
        }
        if (last.length >= 4 && !WORD_NAMES.has(last) && !COMMON_FIRST_NAMES.has(last) && !COMMON_WORDS.has(last)) {
          for (const w of [last, last + 's']) {
            idx.add(form([w], { when: distinctAlone }));
            // "campion academy", "fisher high": the surname beside a kind of school, in any case.
            for (const g of SHORT_AFTER) idx.add(form([w, g]));
          }
          // Session 9: in a tag with a word of belonging ("#clitherowfamily", "#teamfisher").
          for (const g of ['family', 'staff', 'pta', 'proud']) idx.addJoined(last + g, form([last + g]), false);
          idx.addJoined('team' + last, form(['team' + last]), false);
        }
        // "St Edmund's" for St Edmund Campion: the saint's first name with "St", when it is no everyday first name.
        const given = rest[0]!;
        if (saintAt >= 0 && given.length >= 4 && !COMMON_FIRST_NAMES.has(given) && !WORD_NAMES.has(given)) {
          for (const st of ['st', 'saint']) for (const w of [given, given + 's']) idx.add(form([st, w]));
        } else if (saintAt >= 0 && given.length >= 3) {
          // Session 9: …and when it is ("St Margaret's" for St Margaret Clitherow), in a sentence about school.
          for (const st of ['st', 'saint']) for (const w of [given, given + 's']) idx.add(form([st, w], { when: oneOfPair }));
        }
        // "Our Lady's staff": the dedication's first words with a possessive, in a sentence about school.
        if (saintAt < 0) idx.add(form(lead.slice(0, 2), { when: saintAlone }));
      }
    }
    // Session 9: two saints joined by "and" ("St Anne and St Joseph's", "Saints Peter and Paul").
    // People shorten them every way: "st annes n st joes", "Annes & Joes", "Peter n Pauls", "SPSP",
    // "stpeters&stpauls", each saint alone in a sentence about school ("St Joe's in Ashby").
    const pair = saintPair(tokens);
    // Once per pair: a school's long and short names share it.
    if (pair && !typoed.has(pair.join(' '))) {
      typoed.add(pair.join(' '));
      addSaintPair(idx, form, pair[0], pair[1]);
    }
    // Session 9 round 2: a trust's or federation's one distinctive word alone ("everyone at Forge", "the
    // Vale staff"), and a school's own kind as its name ("back in Gyfun Monday", "the Academy have changed
    // the menu"). Each is an everyday word or every school's, so only capitalised and placed as a workplace.
    const trustKind = tokens.findIndex((t) => TRUST_KINDS.has(t));
    const trustWords = trustKind > 0 ? tokens.slice(0, trustKind).filter((t) => !GENERIC.has(t)) : [];
    if (trustWords.length === 1 && trustWords[0]!.length >= 4 && !COMMON_FIRST_NAMES.has(trustWords[0]!)) late.push(form(trustWords, { when: trustAlone, tagWhen: true }));
    for (const t of tokens) {
      const kinds = t === 'gyfun' || t === 'cyfun' ? ['gyfun', 'cyfun', 'nghyfun'] : t === 'academy' || t === 'college' ? [t] : [];
      for (const k of kinds) if (!typoed.has('kind ' + k)) {
        typoed.add('kind ' + k);
        late.push(form([k], { when: k === 'academy' || k === 'college' ? theKind : gyfunAlone, tagWhen: true }));
      }
    }
    // Session 8: the name with its kind's initials ("penhallow cc", "castle hill is"), which a club's may be as well (see ownKinds).
    {
      let k = tokens.length;
      while (k > 0 && GENERIC.has(tokens[k - 1]!) && !JOINERS.has(tokens[k - 1]!)) k--;
      const kind = tokens.slice(k).map((t) => t[0]).join('');
      if (tokens.length - k >= 2 && coreWords.length && !INITIAL_WORDS.has(kind)) idx.add(form([...coreWords, kind]));
    }
    // "C of E juniors in Winchcombe": the school's kind in the place its name gives after a comma.
    const place = name.includes(',') ? nameTokens(name.slice(name.lastIndexOf(',') + 1)).tokens : [];
    if (place.length && place.length <= 3 && place.every((t) => t.length >= 3)) {
      for (const kind of ['junior', 'juniors', 'infant', 'infants', 'primary', 'academy', 'school', 'juniors\'']) idx.add(form([kind, 'in', ...place]));
    }
    const welsh = tokens.some((t) => WELSH_GENERIC.has(t));
    const befores = welsh ? SHORT_BEFORE : [];
    const withGeneric = (v: string[]) => {
      for (const g of SHORT_AFTER) idx.add(form([...v, g]));
      for (const g of befores) idx.add(form([g, ...v]));
    };
    if (coreWords.length >= 2 && coreWords.length <= 3 && coreWords.every((t) => t.length >= 3)) {
      // Session 7: a trust's or federation's name ("Forge Learning Partnership") also goes by its
      // distinctive words and any of the kinds ("the forge trust", "riverside mat").
      const trustAt = coreWords.findIndex((t) => TRUST_KINDS.has(t));
      if (trustAt > 0) for (const k of [...TRUST_KINDS, 'trust', 'mat']) idx.add(form([...coreWords.slice(0, trustAt), k]));
      // Session 8: …and with the generic words before the kind kept ("the forge learning trust").
      const kindAt = tokens.findIndex((t) => TRUST_KINDS.has(t));
      if (trustAt > 0 && kindAt > coreWords.indexOf(coreWords[trustAt - 1]!) + 1) for (const k of [...TRUST_KINDS, 'trust', 'mat']) idx.add(form([...tokens.slice(0, kindAt), k]));
      // Session 7: the distinctive word alone ("Cranbrook" for Cranbrook Park Primary, "Kingfisher" for
      // Kingfisher Vale Academy) when the rest is a place word, capitalised and in a sentence about school
      // (it is often a town or a bird as well: "Visited Cranbrook in Kent").
      const lone = coreWords.length === 2 && (PLACE_WORDS.has(coreWords[1]!) || WELSH_PLACE_WORDS.has(coreWords[0]!)) ? coreWords[PLACE_WORDS.has(coreWords[1]!) ? 0 : 1]! : '';
      const welshLone = !!lone && WELSH_PLACE_WORDS.has(coreWords[0]!);
      if (lone.length >= (welshLone ? 4 : 5) && !PLACE_WORDS.has(lone) && !WORD_NAMES.has(lone) && !COMMON_FIRST_NAMES.has(lone) && trustAt < 0) {
        idx.add(form([lone], { when: distinctAlone }));
        // "ysgol derw" for Ysgol Gymraeg Cwm Derw: the Welsh school word before it, in any case.
        if (welshLone) for (const g of SHORT_BEFORE) idx.add(form([g, lone]));
      }
      // Session 9 round 2: "the Vale" for Kingsley Vale Academy: a name's last word that is a place's kind, capitalised
      // after "the", in a sentence about school (not a street's word, which names no one place).
      if (coreWords.length === 2 && trustAt < 0 && LANDSCAPE.has(coreWords[1]!)) late.push(form([coreWords[1]!], { when: theLandscape, tagWhen: true }));
      // Session 9 round 2: a trust's school named "<Trust> Primary Academy <Place>": the place alone, as a one-word name is.
      const split = coreWords.length === 2 && tokens.indexOf(coreWords[1]!) > tokens.indexOf(coreWords[0]!) + 1;
      const place2 = coreWords[1]!;
      if (split && place2.length >= 5 && !lone && !PLACE_WORDS.has(place2) && !WORD_NAMES.has(place2) && !COMMON_FIRST_NAMES.has(place2)) {
        late.push(form([place2], { when: distinctAlone }));
        late.push(form([coreWords[0]!], { when: trustAlone, tagWhen: true }));
      }
      // "Ysgol Cwm", "ysgol Bryn": a Welsh school by its first place word after "ysgol".
      if (welsh && WELSH_PLACE_WORDS.has(coreWords[0]!)) idx.add(form(['ysgol', coreWords[0]!]));
      // Two-letter initials only beside a word of school ("KV staff", "CD staff").
      if (coreWords.length === 2 && trustAt < 0) {
        const two = coreWords[0]![0]! + coreWords[1]![0]!;
        if (!INITIAL_WORDS.has(two)) {
          for (const g of ['staff', 'staffroom', 'pta', 'parents', 'kids', 'pupils', 'teachers', 'sixth']) idx.add(form([two, g]));
          // Session 8: "back at KV after maternity leave, the kids…" (capitals, after "at"/"from", about school); "KVAcademy".
          idx.add(form([two], { when: twoLetters }));
          for (const g of ['academy', 'school', 'primary', 'college', 'high']) idx.addJoined(two + g, form([two + g]), false);
        }
      }
      const head = coreWords.slice(0, -1);
      const tail = coreWords[coreWords.length - 1]!;
      // A letter that is a word of its own ("a", "i", "o", "y") makes no short form: "Ash Hill" is not "a hill".
      if (!LETTER_WORDS.has(tail[0]!)) idx.add(form([...head, tail[0]!]));
      // …and the other way round: "b coch", "B-Coch".
      if (!LETTER_WORDS.has(coreWords[0]![0]!)) idx.add(form([coreWords[0]![0]!, ...coreWords.slice(1)]));
      for (const g of befores) idx.add(form([g, ...head, tail[0]!]));
      idx.addJoined(head.join('') + tail[0], form(coreWords), false);
      const coreIni = coreWords.map((t) => t[0]!);
      // Not initials that spell a word: "oh primary" for Oak Hill, "no school" for North Oak.
      if (!INITIAL_WORDS.has(coreIni.join(''))) {
        withGeneric([coreIni.join('')]);
        withGeneric(coreIni);
      }
      for (const g of befores) {
        idx.add(form([g, ...coreWords]));
        idx.addJoined(g + coreWords.join(''), form(coreWords), false);
      }
      // Once per core: a school's Welsh and English names share it ("Bryn Coch").
      const joined = coreWords.join('');
      if (!typoed.has(joined)) {
        typoed.add(joined);
        for (const t of joinedTypos(joined)) idx.addJoined(t, form(coreWords), false);
      }
    } else if (coreWords.length === 1 && coreWords[0]!.length >= 4) {
      const w = coreWords[0]!;
      const own = [...new Set([...tokens.filter((t) => GENERIC.has(t) && !WELSH_GENERIC.has(t) && !JOINERS.has(t)), ...SHORT_AFTER])];
      // "oakfield juniors", "ysgol wern" (for Ysgol Y Wern): the one word beside a generic one, in any case.
      for (const g of own) idx.add(form([w, g]));
      for (const g of befores) idx.add(form([g, w]));
      if (w.length >= 7) {
        for (let k = 3; k <= w.length - 3; k++) {
          const split = [w.slice(0, k), w.slice(k)];
          for (const g of own) idx.add(form([...split, g]));
        }
        // Before each generic word only the cheap slips (a letter left out, doubled or swapped): with
        // every added or changed letter too, a dozen generic words made thousands of forms to compile.
        for (const t of joinedTypos(w, false)) for (const g of own) idx.add(form([t, g]));
        // Session 8: a slip in the name alone ("first week teaching at penhalow"), only in a sentence about school.
        for (const t of joinedTypos(w, false)) if (!WORD_NAMES.has(t) && !COMMON_FIRST_NAMES.has(t)) idx.add(form([t], { when: typoAtSchool }));
      }
    }
    // Initialisms: "GLCS", "GLS", and with some of the generic words left out ("YBC" for Ysgol
    // Gynradd Bryn Coch, "BCP" for Bryn Coch Primary School).
    const initials = tokens.map((t) => t[0]).join('');
    const coreInitials = tokens.filter((t) => !GENERIC.has(t) || IN_INITIALS.has(t)).map((t) => t[0]).join('');
    const kept = tokens.filter((t) => !GENERIC.has(t) || IN_INITIALS.has(t));
    const optional = kept.map((t) => GENERIC.has(t));
    const partial = new Set<string>();
    if (kept.length <= 8) {
      for (let mask = 0; mask < 1 << kept.length; mask++) {
        // Only generic words may be left out (a bit set: dropped).
        // and only between the first word and the core: "YBC" for Ysgol Gynradd Bryn Coch (a
        // Welsh school's own short form), not "GBC" or "BCS", which stand for too much else.
        const firstCore = kept.findIndex((t) => !GENERIC.has(t));
        if (mask & 1 || kept.some((_, k) => mask & (1 << k) && (!optional[k] || k > firstCore))) continue;
        const ini = kept.filter((_, k) => !(mask & (1 << k))).map((t) => t[0]).join('');
        if (ini.length >= 3) partial.add(ini);
      }
    }
    // Session 8: the initials of the name up to its last distinctive word, joining words kept ("SJF" for
    // St John Fisher Catholic High School, "OLOL" for Our Lady of Lourdes RC Primary), and in a team tag.
    const lastCore = tokens.reduce((k, t, j) => (GENERIC.has(t) ? k : j), -1);
    const leadIni = tokens.slice(0, lastCore + 1).map((t) => t[0]).join('');
    if (leadIni.length === 3 && !INITIAL_WORDS.has(leadIni) && lastCore + 1 < tokens.length) {
      partial.add(leadIni);
      for (const t of ['team' + leadIni, leadIni + 'staff', leadIni + 'family']) idx.addJoined(t, form([t]), false);
    } else if (leadIni.length >= 4 && lastCore + 1 < tokens.length) partial.add(leadIni);
    for (const ini of new Set([initials, coreInitials, ...partial])) {
      if (ini.length < 3) continue;
      // Four letters or more are no word, so in lower case too, inside a sentence ("the ygbc fair").
      // Not initials with a vowel inside, which may spell a word ("tins" for Thornleigh Infant and Nursery School).
      // Session 9: …and any in lower case after "at"/"from"/"ex" in a sentence about school ("back at sjf monday").
      idx.add(form([ini], { needCapsOrTag: true, lowerInText: ini.length >= 4 && !/[aeiou]/.test(ini.slice(1)), lowerIf: INITIAL_WORDS.has(ini) ? undefined : initialsAtSchool }));
      // With dots, in any case: "Y.G.B.C.", "y.g.b.c" (read as one letter a word).
      // Four or more also spaced out, in any case: "Y G B C" (so many single letters in a row are no sentence).
      idx.add(form([...ini], { dotted: ini.length < 4 }));
      // And at the start or end of a tag: "#ygbcstaff", "#teamygbc".
      if (ini.length >= 4) idx.addAffix(ini, form([ini]));
      // Session 8: in lower case beside a word of school ("pcc uniform list", "flp inset day"), not a word itself.
      // (In capitals the initials alone are found, and the highlight stays on them.)
      if (!INITIAL_WORDS.has(ini)) for (const g of INITIALS_BESIDE) idx.add(form([ini, g], { when: notAllCaps }));
    }
  }
  // Session 9 round 2: a one-word form with a condition is the first for its word (NameIndex keeps the first), so
  // these come after every name's own forms and never stand in for a plainer one ("Meridian" of a trust named too).
  for (const f of late) idx.add(f);
  for (const h of raw.schoolHandles ?? []) {
    const t = h.replace(/^[@#]/, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    if (t) idx.addJoined(t, form([t]));
  }
  if (raw.schoolDomain) {
    const host = raw.schoolDomain.toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/^www\./, '').replace(/\/.*$/, '');
    const labels = host.split('.').filter(Boolean);
    if (labels.length > 1) idx.add(form(nameTokens(labels.join(' ')).tokens));
    if (labels[0] && labels[0].length >= 4) idx.addJoined(labels[0], form([labels[0]]));
  }
  if (idx.size === 0) return null;
  // Session 8: the initials of a school's own kind ("cc" for Community College): after its name in a
  // sentence about school they are the school's, not a cricket club's ("penhallow cc sixth form").
  const ownKinds = new Set<string>();
  for (const name of raw.schoolNames) {
    const { tokens } = nameTokens(name);
    let k = tokens.length;
    while (k > 0 && GENERIC.has(tokens[k - 1]!) && !JOINERS.has(tokens[k - 1]!)) k--;
    if (tokens.length - k >= 2) ownKinds.add(tokens.slice(k).map((t) => t[0]).join(''));
  }
  return (doc, report) => idx.scan(doc, (a, b) => {
    const club = CLUB.exec(doc.norm.slice(b, b + 24));
    if (club && !(ownKinds.has(club[0].replace(/[\s']/g, '')) && SCHOOL_DAY.test(sentenceOf(doc, a, b)))) return;
    // "Tregarth CC won the cricket": the school's kind initials that are a club's too, only about school.
    const tail = /\b(cc|fc|afc|rfc)$/.exec(doc.norm.slice(a, b));
    if (tail && !SCHOOL_DAY.test(sentenceOf(doc, a, b))) return;
    // "Bryncoch is also a village near Neath": the place the school is named after.
    if (THE_PLACE.test(doc.norm.slice(b, b + 32))) return;
    if (notTheSchool(doc, a, b, ownAfterSaint)) return;
    // "Bryn C. Jones": a first word and an initial before a capitalised word is a person.
    if (b - a >= 4 && WORD_START.test(doc.text.slice(a, a + 2)) && doc.text.charCodeAt(b - 2) <= 45 && PERSON_INITIAL.test(doc.text.slice(b, b + 24))) return;
    report(a, b);
  });
};

/** Session 9: the lead words of a school named after two saints ("Saints Peter and Paul", "SS Peter & Paul"). */
const PAIR_LEADS = new Set(['st', 'saint', 'saints', 'ss', 'sts']);
/** Session 9: how the saints of a two-saint school are shortened or spelt ("St Joe's", "St Ann"). */
const SAINT_SHORT: Record<string, string[]> = {
  joseph: ['joe'], anne: ['ann'], ann: ['anne'], peter: ['pete'], thomas: ['tom'], catherine: ['cath', 'kath', 'katherine'],
  katherine: ['kath', 'catherine'], theresa: ['teresa'], teresa: ['theresa'], patrick: ['pat'], bernadette: ['bernie'], anthony: ['tony'],
};
const PAIR_JOINERS = [['and'], ['n'], []];

/** The two saints of a name such as "St Anne and St Joseph's" or "Saints Peter and Paul", or none. */
function saintPair(tokens: string[]): [string, string] | undefined {
  const at = tokens.findIndex((t) => PAIR_LEADS.has(t));
  if (at < 0) return undefined;
  const x = tokens[at + 1];
  let j = at + 2;
  const joined = tokens[j] === 'and' || tokens[j] === 'a' || tokens[j] === 'ac';
  if (joined) j++;
  const again = SAINTS.has(tokens[j] ?? '');
  if (again) j++;
  const y = tokens[j];
  if (!x || !y || (!joined && !again) || x.length < 3 || y.length < 3 || GENERIC.has(x) || GENERIC.has(y) || !/^[a-z]+$/.test(x + y)) return undefined;
  return [x, y];
}

function addSaintPair(idx: NameIndex, form: (tokens: string[], extra?: Partial<NameForm>) => NameForm, x: string, y: string): void {
  const forms = (w: string) => [w, ...(SAINT_SHORT[w] ?? [])].flatMap((v) => [v, v + 's']);
  const xs = forms(x);
  const ys = forms(y);
  for (const xv of xs) {
    for (const yv of ys) {
      for (const j of PAIR_JOINERS) {
        for (const st of ['st', 'saint']) {
          idx.add(form([st, xv, ...j, st, yv]));
          idx.add(form([st, xv, ...j, yv]));
        }
        for (const lead of ['saints', 'ss', 'sts']) idx.add(form([lead, xv, ...j, yv]));
        // "Annes n Joes", "Peter & Paul's": two first names, so only when they read as the school.
        idx.add(form([xv, ...j, yv], { when: xv.endsWith('s') && xv !== x && yv.endsWith('s') && yv !== y ? joinedPair : pairAtSchool }));
      }
      idx.add(form(['st' + xv, 'st' + yv]));
      for (const t of ['st' + xv + 'st' + yv, 'st' + xv + 'andst' + yv, 'st' + xv + 'and' + yv, xv + 'and' + yv, xv + 'n' + yv]) idx.addJoined(t, form([t]), t.startsWith('st'));
    }
    // "st annes & st joesphs": a slip in the second saint when both saints are there.
    if (xv === x || xv === x + 's') for (const t of typos(y)) for (const j of PAIR_JOINERS) idx.add(form(['st', xv, ...j, 'st', t]));
  }
  // Each saint alone, with "St", in a sentence about school ("parents evening at St Peter's").
  for (const v of [...xs, ...ys]) for (const st of ['st', 'saint']) idx.add(form([st, v], { when: oneOfPair }));
  // "SS P&P", "the P&P staff": the saints' initials joined by "&" or "+", after "SS" or before a word of school.
  for (const lead of ['ss', 'sts']) idx.add(form([lead, x[0]!, y[0]!], { when: ampersand }));
  for (const g of [...SHORT_AFTER, ...INITIALS_BESIDE]) idx.add(form([x[0]!, y[0]!, g], { when: ampersand }));
  // Their initials: "SPSP", "SASJ", "SSPP".
  for (const ini of ['s' + x[0] + 's' + y[0], 'ss' + x[0] + y[0]]) {
    idx.add(form([ini], { needCapsOrTag: true, lowerInText: !/[aeiou]/.test(ini.slice(1)), lowerIf: initialsAtSchool }));
    idx.addAffix(ini, form([ini]));
    for (const g of INITIALS_BESIDE) idx.add(form([ini, g], { when: notAllCaps }));
  }
}

/** Session 9: one saint of a two-saint school (or the first name of a two-word saint), in a sentence about school, but not placed in a town ("St Joseph's in Leeds" is another school). */
function oneOfPair(doc: Doc, a: number, b: number): boolean {
  const after = doc.text.slice(b, b + 24);
  if (/^(?:['’]s)?\s+in\s+\p{Lu}/u.test(after)) return false;
  // Another saint of that first name ("St John the Baptist", "St Margaret of Scotland", "St John Bosco"), a place ("St Peter Port").
  const other = /^\s+(?:(?:the|of)\s+\p{Lu}|(\p{Lu}\p{Ll}+))/u.exec(after);
  if (other && !(other[1] && GENERIC.has(other[1].toLowerCase()))) return false;
  return saintAlone(doc, a, b);
}

/** Session 9 round 2: the next word starts another name ("Ysgol Gyfun Aberllan", "Academy Awards", "Vale of Glamorgan"). */
function nameGoesOn(doc: Doc, b: number): boolean {
  const next = /^[\s-]+(\p{L}+)/u.exec(doc.text.slice(b, b + 24));
  return !!next && (next[1] === 'of' || (/^\p{Lu}/u.test(next[1]!) && !GENERIC.has(next[1]!.toLowerCase()) && !WHEN_WORDS.test(next[1]!.toLowerCase())));
}
/** Days and months, capitalised after a name without going on with it ("back in Gyfun Monday"); and "I". */
const WHEN_WORDS = /^(?:i|mon|tues|wednes|thurs|fri|satur|sun)(?:day)?s?$|^(?:llun|mawrth|mercher|iau|gwener|sadwrn|sul)$|^(?:jan|feb|march|april|may|june|july|aug|sept|oct|nov|dec)[a-z]*$/;
const WORKPLACE_BEFORE = /(?:^|[^a-z])(?:at|from|ex|the|our|for|join|joined|joining|left|leaving|@)[\s-]+$/;

/** Session 9 round 2: a trust's one word, capitalised after "at"/"the"/"from" or before a word of school, in a sentence about school. */
function trustAlone(doc: Doc, a: number, b: number): boolean {
  if (!/\p{Lu}/u.test(doc.text.charAt(a)) || nameGoesOn(doc, b)) return false;
  const before = doc.norm.slice(Math.max(0, a - 10), a);
  if (!WORKPLACE_BEFORE.test(before) && !SCHOOL_AFTER.test(doc.norm.slice(b, b + 16))) return false;
  return PEOPLE_AT.test(doc.norm.slice(Math.max(0, a - 24), a)) || SCHOOL_DAY.test(sentenceOf(doc, a, b));
}

/** Session 9 round 2: place words a school is called by alone after "the" ("the Vale", "the Grange"), not a street's. */
const LANDSCAPE = new Set('vale valley park grange hill hills wood woods meadow meadows heath moor dale fields forest abbey manor priory'.split(' '));
function theLandscape(doc: Doc, a: number, b: number): boolean {
  // A quoted name ("\"The Vale\" caravan park") is some other place's title.
  if (!/\p{Lu}/u.test(doc.text.charAt(a)) || !/(?:^|[^a-z])the\s+$/.test(doc.norm.slice(Math.max(0, a - 5), a)) || /^["”’']/.test(doc.text.slice(b, b + 1)) || nameGoesOn(doc, b)) return false;
  return /\b(?:every|any|some|no)(?:one|body)(?: else)? at the\s+$/.test(doc.norm.slice(Math.max(0, a - 28), a)) || SCHOOL_AFTER.test(doc.norm.slice(b, b + 16)) || SCHOOL_DAY.test(sentenceOf(doc, a, b));
}

/** Session 9 round 2: "the Academy", "our College", capitalised, in a sentence about school, for a school of that kind. */
function theKind(doc: Doc, a: number, b: number): boolean {
  if (!/\p{Lu}/u.test(doc.text.charAt(a)) || nameGoesOn(doc, b)) return false;
  if (!/(?:^|[^a-z])(?:the|our)\s+$/.test(doc.norm.slice(Math.max(0, a - 6), a))) return false;
  const sentence = sentenceOf(doc, a, b).replace(/\bacademy\b|\bcollege\b/g, '');
  return SCHOOL_DAY.test(sentence) || /\b(?:parents|mums|dads|lunch|menu|trust|ceo|principal|office)\b/.test(sentence);
}

/** Session 9 round 2: "Gyfun" for a Welsh-medium secondary that is one, capitalised or after "y", "the", "at", "i", "o", "yn"; not another Gyfun's name. */
function gyfunAlone(doc: Doc, a: number, b: number): boolean {
  if (doc.text.charCodeAt(a - 1) === 35) return true;
  if (nameGoesOn(doc, b)) return false;
  return /\p{Lu}/u.test(doc.text.charAt(a)) || /(?:^|[^a-z])(?:y|yr|the|at|i|o|yn|yng|in|from|@)[\s-]+$/.test(doc.norm.slice(Math.max(0, a - 6), a));
}

/** Session 9: two letters joined by "&" or "+" ("P&P", "A + J"). */
function ampersand(doc: Doc, a: number, b: number): boolean {
  return /\b\p{L}\s?[&+]\s?\p{L}\b/u.test(doc.text.slice(a, b));
}

/** Session 9: the words between two saints' names are a joining word or sign ("and", "n", "&", "+"). */
function joinedPair(doc: Doc, a: number, b: number): boolean {
  return /^[\p{L}'’]+(?:\s*[&+]\s*|\s+(?:and|n|'n'?|&amp;)\s+)[\p{L}'’]+$/u.test(doc.text.slice(a, b));
}

/** Session 9: two saints' names without "St": after "at"/"from"/"the", before a word of school, or in a sentence about school. */
function pairAtSchool(doc: Doc, a: number, b: number): boolean {
  if (!joinedPair(doc, a, b)) return false;
  if (/(?:^|[^a-z])(?:at|from|ex|the|@)[\s-]+$/.test(doc.norm.slice(Math.max(0, a - 8), a))) return true;
  if (SCHOOL_AFTER.test(doc.norm.slice(b, b + 16)) || /^\s*(?:primary|school|academy|cva|juniors|infants)\b/.test(doc.norm.slice(b, b + 16))) return true;
  return /\p{Lu}/u.test(doc.text.charAt(a)) && SCHOOL_DAY.test(sentenceOf(doc, a, b));
}

/** Session 9: a school's initials in lower case after "at"/"from"/"ex" in a sentence about school ("back at sjf monday"), not a word: one vowel at most. */
function initialsAtSchool(doc: Doc, a: number, b: number): boolean {
  if ((doc.norm.slice(a, b).match(/[aeiou]/g) ?? []).length > 1) return false;
  return AT_BEFORE.test(doc.norm.slice(Math.max(0, a - 8), a)) && SCHOOL_DAY.test(sentenceOf(doc, a, b));
}

/** Session 8: words of school that make a school's initials in lower case the school ("pcc uniform", "flp inset"). */
const INITIALS_BESIDE = ['uniform', 'inset', 'staff', 'staffroom', 'pta', 'parents', 'kids', 'pupils', 'teachers', 'sixth', 'website', 'newsletter', 'governors', 'prom', 'results'];

/** The match's first letters are not all capitals. */
function notAllCaps(doc: Doc, a: number): boolean {
  const t = doc.text.slice(a, a + 3);
  return t !== t.toUpperCase();
}

/** Two capital letters after "at"/"from"/"ex-" in a sentence about school: "back at KV after maternity leave". */
function twoLetters(doc: Doc, a: number, b: number): boolean {
  const t = doc.text.slice(a, b);
  return t === t.toUpperCase() && /(?:^|[^a-z])(?:at|from|ex)[\s-]+$/.test(doc.norm.slice(Math.max(0, a - 8), a)) && SCHOOL_DAY.test(sentenceOf(doc, a, b));
}

/** A one-word name with a slip: capitalised or after "at"/"from", in a sentence about school. */
function typoAtSchool(doc: Doc, a: number, b: number): boolean {
  const cap = /\p{Lu}/u.test(doc.text.charAt(a));
  return (cap || AT_BEFORE.test(doc.norm.slice(Math.max(0, a - 8), a))) && SCHOOL_DAY.test(sentenceOf(doc, a, b));
}

/** A saint's name alone is the school beside "lot", a kind of school, or in a sentence about school. */
function saintAlone(doc: Doc, a: number, b: number): boolean {
  if (/^[\s'’s-]*(?:lot|crew|massive|juniors|infants|staff|family|families|parents|mums|dads|kids)\b/.test(doc.norm.slice(b, b + 16))) return true;
  return SCHOOL_DAY.test(sentenceOf(doc, a, b));
}

/** The distinctive word alone: capitalised or after "at"/"from"/"ex-", in a sentence about school, not before a place word. */
function distinctAlone(doc: Doc, a: number, b: number): boolean {
  const cap = /\p{Lu}/u.test(doc.text.charAt(a));
  // After another capitalised word it is part of another name ("Castell Coch", "Castle Coch").
  const prev = /(\p{Lu}[\p{L}'’]*)[\s-]+$/u.exec(doc.text.slice(Math.max(0, a - 24), a));
  if (prev && !/^(?:our|my|at|from|the|ex|in|to|and|back|proud|love|go|team|#)$/i.test(prev[1]!)) return false;
  if (/^[\s'’s-]*(?:staff|staffroom|kids|pupils|parents|pta|teachers|family|families|juniors|infants|lot|crew)\b/.test(doc.norm.slice(b, b + 16)) && (cap || AT_BEFORE.test(doc.norm.slice(Math.max(0, a - 8), a)))) return true;
  if (!cap && !AT_BEFORE.test(doc.norm.slice(Math.max(0, a - 8), a)) && !SCHOOL_AFTER.test(doc.norm.slice(b, b + 16))) return false;
  // Session 9: "everyone at Kingfisher", "anyone else at cranbrook": the people of a workplace, not of a town (that is "in").
  if (PEOPLE_AT.test(doc.norm.slice(Math.max(0, a - 24), a))) return true;
  return SCHOOL_DAY.test(sentenceOf(doc, a, b));
}
const PEOPLE_AT = /\b(?:every|any|some|no)(?:one|body)(?: else)? at\s+$/;

/** "at", "from", "ex-", and the Welsh "yn", "ym", "yng", "i" ("noson rieni yn rhondda"): a school's name in lower case follows. */
const AT_BEFORE = /(?:^|[^a-z])(?:at|from|ex|to|@|yn|ym|yng|i)[\s-]+$/;
/** Session 8: a year group, sixth form or staff right after a lower-case name ("rhondda year 11 results"). */
const SCHOOL_AFTER = /^[\s'’s-]*(?:staff|staffroom|kids|pupils|parents|pta|teachers|year ?\d|yr ?\d|y\d{1,2}\b|sixth|blwyddyn|bl ?\d)/;

/** Session 9: a year group, the staff, the kids right after the name. */
function schoolAfter(doc: Doc, _a: number, b: number): boolean {
  return SCHOOL_AFTER.test(doc.norm.slice(b, b + 16));
}

/** Session 9 round 2: Welsh puts the school after its people ("athrawon tregwyn", "disgyblion tregwyn", "rhieni tregwyn"). */
const WELSH_HEAD_BEFORE = /(?:^|[^a-z])(?:athrawon|athrawes|athro|disgyblion|rhieni|pennaeth|chweched|plant)\s+$/;

function lowerAtSchool(doc: Doc, a: number, b: number): boolean {
  const before = doc.norm.slice(Math.max(0, a - 8), a);
  return (AT_BEFORE.test(before) || SCHOOL_AFTER.test(doc.norm.slice(b, b + 16)) || WELSH_HEAD_BEFORE.test(doc.norm.slice(Math.max(0, a - 12), a))) && SCHOOL_DAY.test(sentenceOf(doc, a, b));
}

/** A saint's church, day or street, or the place a school is named after used as a place (see SAINT_NOT_SCHOOL). */
function notTheSchool(doc: Doc, a: number, b: number, ownAfterSaint: Set<string>): boolean {
  const n = doc.norm;
  const lead = SAINT_LEAD.exec(n.slice(a, a + 8));
  if (lead) {
    // Session 9: a town named after a saint ("Bury St Edmunds", "St Helens"), unless the sentence is about school.
    if (TOWN_BEFORE.test(n.slice(Math.max(0, a - 10), a))) return true;
    const town = /^(?:st|saint)\s+([a-z]+)$/.exec(n.slice(a, b));
    if (town && SAINT_TOWNS.has(town[1]!) && !/['’]/.test(doc.text.slice(a, b)) && !SCHOOL_DAY.test(sentenceOf(doc, a, b))) return true;
    if (SAINT_BEFORE.test(n.slice(Math.max(0, a - 24), a))) return true;
    const words = n.slice(a + lead[0].length, b + 40).split(/[^a-z0-9]+/).filter((w) => w && w !== 's');
    // Session 9: a word inside the match is no church or street after it ("St Peter & St Paul's": "st" is the second saint's).
    const inside = n.slice(a + lead[0].length, b).split(/[^a-z0-9]+/).filter((w) => w && w !== 's' && !GENERIC.has(w)).length;
    const after = inside > 1 ? undefined : words[1];
    if (after && SAINT_NOT_SCHOOL.has(after) && !ownAfterSaint.has(after) && !(after === 'church' && CHURCH_SCHOOL.has(words[2] ?? ''))) return true;
    // Session 8: a saint or dedication of several words ("St John Fisher", "Our Lady of Lourdes") is
    // followed by its church, day or street after the whole match, when the match holds no school word.
    const matched = n.slice(a, b).split(/[^a-z0-9]+/).filter(Boolean);
    // Session 9: the match ran on over "church", a generic word ("St Peter and St Paul's church"): the saints' church.
    const ci = matched.indexOf('church');
    if (ci > 0 && !ownAfterSaint.has('church') && !matched.slice(0, ci).some((w) => GENERIC.has(w) && !JOINERS.has(w))) {
      const after = n.slice(a, b + 20).split(/[^a-z0-9]+/).filter(Boolean)[ci + 1] ?? '';
      if (!CHURCH_SCHOOL.has(after)) return true;
    }
    if (!matched.some((w) => GENERIC.has(w) && !JOINERS.has(w))) {
      const next = /^(?:['’]?s\b)?[\s,]*([a-z]+)(?:\s+([a-z]+))?/.exec(n.slice(b, b + 30));
      if (next && SAINT_NOT_SCHOOL.has(next[1]!) && !ownAfterSaint.has(next[1]!) && !(next[1] === 'church' && CHURCH_SCHOOL.has(next[2] ?? ''))) return true;
      // Session 9: the saint "of" a place ("St Bernadette of Lourdes", "St Francis of Assisi"), when the school's name does not go on so.
      if (next?.[1] === 'of' && !ownAfterSaint.has('of') && /^(?:['’]s)?\s+of\s+\p{Lu}/u.test(doc.text.slice(b, b + 20))) return true;
    }
    // "Feast of St Peter and St Paul", "St Peter and St Paul's Church": two saints, no school word.
    return false;
  }
  // A bare name: none of the school's generic words in the match.
  const matched = n.slice(a, b).split(/[^a-z0-9]+/).filter(Boolean);
  // A joining word the match ran on over ("Cwm Meillion, y tŷ…") makes it no less bare.
  if (matched.some((w) => (GENERIC.has(w) && !JOINERS.has(w)) || SAINTS.has(w))) return false;
  if (doc.text.charCodeAt(a - 1) === 35 || doc.text.charCodeAt(a - 1) === 64) return false;
  // Session 8: a first name right before: the name is someone's surname ("Jenny Tregarth's new novel").
  const who = /(\p{Lu}\p{Ll}+)\s$/u.exec(doc.text.slice(Math.max(0, a - 16), a));
  // Session 9 round 2: not a school's own word before it ("o Gyfun Tregwyn").
  if (who && !GENERIC.has(who[1]!.toLowerCase()) && (COMMON_FIRST_NAMES.has(who[1]!.toLowerCase()) || (matched.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(doc.text.slice(a, b)) && !/^(?:our|my|at|from|the|ex|in|to|and|back|proud|love|go|team|welcome|congratulations|congrats|well|done)$/i.test(who[1]!) && !SCHOOL_DAY.test(sentenceOf(doc, a, b))))) return true;
  // Session 8: past a possessive ("Edmund's church").
  const next = /^(?:['’]s\b)?[\s']*([a-z]+)/.exec(n.slice(b, b + 20));
  if (next && PLACE_AFTER.has(next[1]!)) return true;
  // Session 7: the place a school is named after, as the place: in an address (a postcode after it, or a
  // house or street and a comma before it), or after another body of that place in Welsh word order
  // ("Sioe Cwm Meillion", "Capel …", "Côr Meibion …", "Cylch Meithrin …"), in a sentence not about school.
  if (POSTCODE_AFTER.test(n.slice(b, b + 12))) return true;
  const sentence = sentenceOf(doc, a, b);
  if (!SCHOOL_DAY.test(sentence)) {
    // An address line: a capitalised house, farm, street or pub name, a comma, then the place and a comma, a postcode or the end.
    if (/\p{Lu}[\p{L}'’]*,\s*$/u.test(doc.text.slice(Math.max(0, a - 24), a)) && /^(?:\s*[,.!:;\n]|\s*$)/.test(n.slice(b, b + 3))) return true;
    const prevWord = /([a-zŵ]+)\s+$/.exec(n.slice(Math.max(0, a - 24), a));
    if (prevWord && VILLAGE_BODIES.has(prevWord[1]!)) return true;
  }
  const before = n.slice(Math.max(0, a - 16), a);
  if (PLACE_BEFORE.test(before) && !SCHOOL_DAY.test(sentenceOf(doc, a, b))) return true;
  if (OUT_BEFORE.test(before)) {
    const sentence = sentenceOf(doc, a, b);
    if (OUTDOORS.test(sentence) && !SCHOOL_DAY.test(sentence)) return true;
  }
  return false;
}
