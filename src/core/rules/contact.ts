import { findAddresses } from '../address';
import { SHARED } from '../lexicon';
import { reportAll, sentenceAround, words } from '../regex';
import type { Doc, Report, RuleCreate, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'contact',
  examples: 'phone numbers and email addresses',
  title: 'Contact details',
  severity: 'high',
  questions: [1, 2, 4],
  explanation:
    "This shares a phone number, email or address. School policy asks staff to keep personal numbers, addresses and email private, so pupils, families or strangers can't reach you outside school.",
};

/**
 * The words the finders below wait for, marked with one bit of the shared word table (no anchor
 * group: the groups are already shared past their 31 bits, and each new one slows every rule's
 * gates). A draft without any of them (the masks of all its words say so) skips every finder that
 * needs one; otherwise its few marked words are read once into `seen`.
 */
const BIT = SHARED.claim();
class Gate {
  readonly set: Set<string>;
  constructor(list: Set<string>) {
    this.set = list;
    for (const w of list) SHARED.mark(w, BIT);
  }
  in(doc: Doc): boolean {
    if (!(doc.masks & BIT)) return false;
    const seen = wordsSeen(doc);
    for (const w of seen) if (this.set.has(w)) return true;
    return false;
  }
  at(doc: Doc, k: number): boolean {
    return (doc.maskOf(k) & BIT) !== 0 && this.set.has(doc.word(k));
  }
}
// The scanner reuses one Doc object for draft after draft: the text tells them apart.
let seenDoc: Doc | undefined;
let seenText = '';
let seenWords: string[] = [];
function wordsSeen(doc: Doc): string[] {
  if (doc === seenDoc && doc.text === seenText) return seenWords;
  seenText = doc.text;
  const out: string[] = [];
  const { hot, hotMasks } = doc;
  for (let h = 0; h < hot.length; h++) if (hotMasks[h]! & BIT) out.push(doc.word(hot[h]!));
  seenDoc = doc;
  return (seenWords = out);
}

const EMAIL = /\b[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.[a-z]{2,24}\b/g;

// Numbers. Read from the folded copy: no-break spaces, dashes and full-width digits are plain there.
// Between the digits people put spaces, dots, dashes, brackets, bullets and emoji ("07700✨900✨461",
// keycaps "0️⃣7️⃣"); never a slash ("0123/4567/89" is a reference) or a comma (a list of figures).
// Emoji as their UTF-16 halves, so the pattern needs no /u flag (slower over a long draft).
const SEP = String.raw`[ ().\-\u00a0•·|*~_\u2600-\u27bf\u2b00-\u2bff\ufe0f\u20e3\u200d]|[\ud83c-\ud83e][\udc00-\udfff]`;
// Not inside a word, URL or time ("10:07700…" is no number, "tel:07700…" is), and not from the
// middle of a run of figures ("ISBN 978 0 14 103614 4"): checked by startsNumber, since look-behinds
// at the front of the pattern would run at every position of the draft.
const PHONE = new RegExp(String.raw`(?:\+|00)?\(?\d(?:\d|${SEP}){7,40}\d(?![\d/])`, 'g');
// A letter O typed for the first nought ("O7700 900461") counts as one.
const PHONE_O = new RegExp(String.raw`\bo\d(?:\d|${SEP}){7,40}\d(?![\d/])`, 'g');
const HAS_O = /\bo\d{4}/;

function startsNumber(s: string, i: number): boolean {
  const c = s[i - 1];
  if (c === undefined) return true;
  if (/[\w+/.\-]/.test(c)) return false;
  const b = s[i - 2];
  return !(b !== undefined && b >= '0' && b <= '9' && (c === ':' || c === ' ' || c === '.' || c === '-'));
}

function isPhone(s: string): boolean {
  s = s.replace(/^o/, '0');
  const digits = s.replace(/\D/g, '');
  // Figures in pairs are scores, dates or lottery numbers ("07 08 09 10 11"), never a UK number.
  const groups = s.split(/\D+/).filter(Boolean);
  if (groups.length >= 4 && groups.every((g) => g.length === 2)) return false;
  if (/^(?:\+|00)/.test(s)) return digits.length >= 9 && digits.length <= 15;
  // UK numbers: 0 then 9-10 more digits ("07700 900123", "(01632) 960 001", "029 2034 5678").
  if (!/^\(?0/.test(s)) return false;
  // Dates, times and versions have a group of one or two digits before a dot (01.02.2025, 09.30);
  // a number dotted as people write it does not ("07700.900.461").
  if (/(?:^|\D)\d{1,2}\.\d/.test(s)) return false;
  return digits.length >= 10 && digits.length <= 11;
}

/**
 * The longest run of the match's digit groups, from its start, that is a phone number: a number
 * followed by another figure ("07700 900461 2 tickets left") is still a number.
 */
function phoneIn(s: string): number {
  if (isPhone(s)) return s.length;
  const ends: number[] = [];
  for (const m of s.matchAll(/\d(?!\d)/g)) ends.push(m.index + 1);
  for (let k = ends.length - 2; k >= 0; k--) if (isPhone(s.slice(0, ends[k]))) return ends[k]!;
  return 0;
}

/**
 * Freephone numbers (080…) are never anyone's own; 03… and 084… ones are an organisation's when
 * the sentence says so ("Shelter's helpline 0808 800 4444", "the council on 0300 123 4567").
 */
const SERVICE_CUE = /\b(?:helpline|hotline|freephone|free ?phone|charity|samaritans|childline|nspcc|shelter|mind|council|nhs|customer services?|support line|advice ?line|switchboard|call centre)\b/;
function serviceLine(doc: Doc, at: number, number: string): boolean {
  const d = number.replace(/\D/g, '').replace(/^(?:44|0044)/, '0');
  if (/^080/.test(d)) return true;
  if (!/^0(?:3|84|87)/.test(d)) return false;
  const [a, b] = sentenceAround(doc.text, at);
  return SERVICE_CUE.test(doc.norm.slice(a, b));
}

function findPhones(doc: Doc, report: Report): void {
  const s = doc.norm;
  for (const re of HAS_O.test(s) ? [PHONE, PHONE_O] : [PHONE]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s))) {
      const n = startsNumber(s, m.index) ? phoneIn(m[0]) : 0;
      if (n && !serviceLine(doc, m.index, m[0].slice(0, n))) report(m.index, m.index + n);
      else re.lastIndex = m.index + 1;
    }
  }
}

// Numbers said in words, as people do to get past filters: "oh seven seven double oh, nine one two…",
// "zero seven nine…", Welsh "dim saith saith…"; digits may be mixed in ("07700 nine double oh 461").
const DIGIT_WORDS: Record<string, string> = {
  zero: '0', oh: '0', o: '0', nought: '0', nil: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
  dim: '0', un: '1', dau: '2', tri: '3', pedwar: '4', pump: '5', chwech: '6', saith: '7', wyth: '8', naw: '9',
};
const REPEAT: Record<string, number> = { double: 2, triple: 3, treble: 3, dwbl: 2 };
const NUMBER_ITEM = `(?:${[...Object.keys(DIGIT_WORDS), ...Object.keys(REPEAT)].sort((a, b) => b.length - a.length).join('|')}|\\d{1,5})`;
// Four to twenty items: a number said in words is never longer, and a bounded run keeps a long
// list of number words from being read again from every word of it.
const SPELT = new RegExp(String.raw`${NUMBER_ITEM}(?:[\s,.\-–]{1,3}${NUMBER_ITEM}){3,19}\b`, 'y');
const ITEM = new RegExp(`\\b${NUMBER_ITEM}\\b`, 'g');
// A spelt-out number has a nought or a seven (UK mobiles are 07…) said in words, or a double.
const SPELT_GATE = new Gate(words('zero oh nought dim seven saith double triple treble'));

/** Is this run of digits, read from words, a phone number? People miscount, so a digit either way is allowed. */
function speltPhone(d: string): boolean {
  // A mobile said without its 0 starts with 7.
  return (d[0] === '0' && d.length >= 10 && d.length <= 12) || (d[0] === '7' && d.length >= 9 && d.length <= 11) || (d.startsWith('44') && d.length >= 11 && d.length <= 13);
}

/**
 * The end of the longest stretch from the start of a run of number words and figures that reads as
 * a phone number: four words at least, or two beside figures ("07700 nine double oh 461"), so plain
 * figures stay the phone pattern's; 0 when there is none.
 */
function speltEnd(run: string): number {
  let out = '';
  let times = 1;
  let said = 0;
  let figures = 0;
  let best = 0;
  ITEM.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ITEM.exec(run))) {
    const w = m[0];
    if (REPEAT[w]) { times = REPEAT[w]!; said++; continue; }
    const d = DIGIT_WORDS[w];
    if (d !== undefined) said++;
    else figures++;
    out += d === undefined ? w : d.repeat(times);
    times = 1;
    if (out.length > 13) break;
    if ((said >= 4 || (said >= 2 && figures > 0)) && speltPhone(out)) best = m.index + w.length;
  }
  return best;
}

/** Where a spelt-out number can start: a nought, a seven, a double or four (44), said or as figures. */
const SPELT_START = new Gate(words('zero oh o nought nil dim seven saith double triple treble dwbl four pedwar'));

function findSpelt(doc: Doc, report: Report): void {
  if (!SPELT_GATE.in(doc)) return;
  const s = doc.norm;
  const n = doc.tokens.length;
  let done = 0;
  for (let k = 0; k < n; k++) {
    const at = doc.startOf(k);
    if (at < done) continue;
    const c = s.charCodeAt(at);
    if (!(SPELT_START.at(doc, k) || c === 48 || c === 55 || c === 52)) continue;
    SPELT.lastIndex = at;
    const m = SPELT.exec(s);
    if (!m || m.index !== at) continue;
    const end = speltEnd(m[0]);
    if (end) {
      report(at, at + end);
      done = at + end;
    }
  }
}

// Emails spelt out: "jo dot smith at gmail dot com", "jo [at] outlook [dot] com", "jo(at)bt(dot)com",
// "k.wood @ school.sch.uk". Plain " at " needs a domain that is one: a mail provider, or a real
// ending after " dot " or "."; bracketed [at] / (at) and a spaced @ say it by themselves.
const AT = String.raw`(?:\s*[\[({<]\s*at\s*[\])}>]\s*|\s+at\s+|\s*@\s+|\s+@\s*)`;
const DOT = String.raw`(?:\s*[\[({<]\s*dot\s*[\])}>]\s*|\s+dot\s+|\.)`;
const LABEL = '[a-z0-9][a-z0-9-]{0,62}';
// LOCAL, the mailbox name, is read backwards from the separator (localBefore below), in the shape
// [a-z0-9][a-z0-9._%+-]{0,63} followed by up to three " dot word" parts.
const PROVIDERS = 'gmail|googlemail|hotmail|outlook|live|yahoo|ymail|icloud|mac|btinternet|btopenworld|aol|sky|virginmedia|ntlworld|talktalk|protonmail|proton|msn|hwb|gmx';
const ENDINGS = 'com|co|uk|org|net|cymru|wales|ie|io|info|biz|me|edu|gov|ac|sch|email|online|eu|de|fr|es|us|ca|au';
// Read from each "at" or spaced @ outwards (a pattern run from every word of the draft cost a
// 20,000-character draft with "dot" in it tens of milliseconds).
const AT_SEP = new RegExp(AT, 'y');
const DOT_BEFORE = /\s+dot\s+$/;

const DOMAIN = new RegExp(String.raw`${LABEL}(?:${DOT}${LABEL}){0,4}`, 'y');
const PROVIDER = new RegExp(`^(?:${PROVIDERS})$`);

/** The mailbox name that ends at `e` (LOCAL, above), read backwards: "jo.b", "lowri dot parry"; '' when none. */
function localBefore(s: string, e: number): string {
  let good = e; // start of the earliest whole part so far
  let end = e; // end of the part being read
  for (let part = 0; part < 4; part++) {
    let j = end;
    while (j > 0 && end - j < 64 && isLocal(s.charCodeAt(j - 1))) j--;
    // More than 64 characters of it is no mailbox name.
    if (j > 0 && end - j === 64 && isLocal(s.charCodeAt(j - 1))) return part ? s.slice(good, e) : '';
    // A part starts with a letter or digit.
    while (j < end && !isAlnum(s.charCodeAt(j))) j++;
    if (j === end) break;
    good = j;
    // "lowri dot parry": another part before " dot ".
    const dot = part < 3 ? DOT_BEFORE.exec(s.slice(Math.max(0, j - 12), j)) : null;
    if (!dot || j - dot[0].length <= 0 || !isLocal(s.charCodeAt(j - dot[0].length - 1))) break;
    end = j - dot[0].length;
  }
  return good < e ? s.slice(good, e) : '';
}

const EMAIL_GATE = new Gate(words(`dot ${PROVIDERS.replace(/\|/g, ' ')}`));
const TAIL = new RegExp(String.raw`${DOT}(?:${ENDINGS})$`);
const BRACKETED = /[\[({<]\s*(?:at|dot)\s*[\])}>]/;
/** Words before " at " that are no mailbox: "I was at gmail HQ", "see you at outlook…". */
const NOT_LOCAL = new Set(['i', 'im', 'me', 'we', 'us', 'you', 'he', 'she', 'they', 'them', 'it', 'was', 'were', 'is', 'are', 'be', 'been', 'am', 'work', 'works', 'worked', 'working', 'job', 'jobs', 'look', 'looking', 'here', 'there', 'one', 'all', 'the', 'a', 'an', 'and', 'or', 'but', 'sat', 'meet', 'see', 'staying', 'stay', 'be', 'home', 'dot', 'people', 'friends', 'mates', 'lunch', 'dinner']);

function emailSpelt(local: string, sep: string, domain: string): boolean {
  const s = local + sep + domain;
  const first = domain.split(/[\s.\[\](){}<>]/)[0]!;
  const plainAt = /^\s+at\s+$/.test(sep);
  // "don't @ me": a spaced @ needs a real domain after it ("k.wood @ school.sch.uk").
  if (sep.includes('@') && (!TAIL.test(domain) || local.length < 2)) return false;
  const provider = PROVIDER.test(first);
  const ending = TAIL.test(domain);
  if (!provider && !ending) return false;
  if (plainAt) {
    if (NOT_LOCAL.has(local)) return false;
    // "jonesy1979 at gmail": a provider with no ending only with a mailbox-looking name before it.
    if (!ending && !/[._\d-]|\sdot\s/.test(local)) return false;
    // Plain " at " with a plain dot reads as a sentence ("lunch at tesco.com"?) unless spelt or a provider.
    if (!provider && !/\sdot\s/.test(s) && !BRACKETED.test(s)) return false;
  }
  return true;
}

function findSpeltEmails(doc: Doc, report: Report): void {
  const { text } = doc;
  if (!EMAIL_GATE.in(doc) && !(text.includes('@') && /\s@|@\s/.test(text))) return;
  const s = doc.norm;
  const tryAt = (a: number) => {
    AT_SEP.lastIndex = a;
    const at = AT_SEP.exec(s);
    if (!at) return;
    const local = localBefore(s, a);
    if (!local) return;
    const from = a + at[0].length;
    DOMAIN.lastIndex = from;
    const domain = DOMAIN.exec(s)?.[0];
    if (domain && emailSpelt(local, at[0], domain)) report(a - local.length, from + domain.length);
  };
  // The separator starts right after the mailbox name: spaces and a bracket before "at", or the @.
  const back = (i: number) => {
    while (i > 0 && (s.charCodeAt(i - 1) === 32 || '[({<'.includes(s[i - 1]!))) i--;
    return i;
  };
  // Each "at" standing as a word (a string search: most drafts have few).
  if (EMAIL_GATE.in(doc)) {
    for (let i = s.indexOf('at', 1); i !== -1; i = s.indexOf('at', i + 2)) {
      if (!isAlnum(s.charCodeAt(i - 1)) && !isAlnum(s.charCodeAt(i + 2))) tryAt(back(i));
    }
  }
  for (let i = text.indexOf('@'); i !== -1; i = text.indexOf('@', i + 1)) {
    tryAt(back(i));
    // "sarahjones@hotmail": a provider without its ending.
    const p = PROVIDER_AFTER.exec(s.slice(i, i + 20));
    if (p && i > 0 && isLocal(s.charCodeAt(i - 1))) {
      const local = localBefore(s, i);
      if (local.length >= 2 && !local.includes(' ')) report(i - local.length, i + p[0].length);
    }
  }
}
const PROVIDER_AFTER = new RegExp(`^@(?:${PROVIDERS})(?![a-z0-9.-])`);

// Ways into a private chat (a WhatsApp number or group link, Telegram, Messenger, a Snapchat add link.
const CHAT_LINK = /\b(?:linkedin\.com\/in\/[a-z0-9_-]{3,100}|instagram\.com\/[a-z0-9_.]{3,30}|tiktok\.com\/@[a-z0-9_.]{2,30}|wa\.me\/\+?\d{6,15}|(?:api\.)?whatsapp\.com\/send\/?\?phone=\+?\d{6,15}|chat\.whatsapp\.com\/[a-z0-9]{6,40}|t\.me\/[a-z0-9_]{4,40}|m\.me\/[a-z0-9_.]{3,50}|snapchat\.com\/add\/[a-z0-9_.-]{3,30})/g; // ), and a personal profile's address (LinkedIn, Instagram, TikTok).
// A handle on an app for private messages, offered: "add me on snap: jo_b23", "my snap is jo.b_2001".
const CHAT_APP = 'snap|snapchat|sc|whatsapp|telegram|kik|discord|signal|wickr';
const HANDLE_OFFER = new RegExp(String.raw`\b(?:(?:add|message|msg|dm|find|text|contact) me on|my) (?:${CHAT_APP})(?: (?:is|name is|username is|handle is|for [a-z ]{2,30}?))?\s*[:=\-–]?\s*(?:it'?s\s+)?@?([a-z][a-z0-9]*(?:[._][a-z0-9]+)+_?|[a-z][a-z]{2,}\d{2,}|[a-z][a-z0-9]*_)\b`, 'g');
const APP_GATE = new Gate(words(CHAT_APP.replace(/\|/g, ' ')));

/*
 * A handle on any social app offered as the way to reach the poster (session 6): "my insta is
 * @bakes_by_bev", "DM me on TikTok @crafty.carol", "I'm @northernteacher88 on twitter", "follow my
 * personal account @em_reads_books", "snapchat me: kayleigh_xoxo_99", "hmu on snap, jaz.k_2004",
 * "Insta: @mr_ahmed_pe". Someone else's handle is not offered: "Follow @LeedsUtd", "a thread from
 * @TeacherToolkit", "replying to @…" have no "my", "me" or "I'm" joined to the handle. The school's
 * own handles are the school rule's.
 */
const SOCIAL = 'insta|instagram|ig|tiktok|tik tok|snap|snapchat|sc|twitter|x|threads|bluesky|bsky|facebook|fb|etsy|youtube|linkedin|kik|discord|telegram|whatsapp|signal|vinted|depop|ebay|pinterest|twitch';
const AT_HANDLE = String.raw`@[a-z0-9_](?:[a-z0-9_.]{0,28}[a-z0-9_])?`;
const BARE_HANDLE = String.raw`[a-z][a-z0-9]*(?:[._][a-z0-9]+)+_?|[a-z][a-z]{2,}\d{2,}|[a-z][a-z0-9]*_[a-z0-9_]*`;
const HANDLE_OFFERED = new RegExp(
  String.raw`\b(?:my (?:[a-z']+ ){0,3}?(?:${SOCIAL}|page|account|shop|handle|username|user name|profile|channel)(?:'s| is| =|:|-| name is| handle is)?\s*(?:it'?s\s+)?(${AT_HANDLE})` +
    String.raw`|(?:(?:dm|dms|pm|message|msg|inbox|follow|add|find|search|contact|ping|text) me|hmu|hit me up)(?: over)?(?: on| at| via)?(?: (?:${SOCIAL}))?\s*[:=\-–]?\s*(${AT_HANDLE})` +
    String.raw`|(?:hmu|hit me up|(?:snapchat|snap|add|message|dm|find) me)(?: on (?:${SOCIAL}))?\s*[:=,\-–]?\s*(${BARE_HANDLE})` +
    String.raw`|(?:i'm|im|i am)\s+(${AT_HANDLE})(?= (?:on|over on) (?:${SOCIAL})\b)` +
    String.raw`)|(?:^|[\n,|/]\s*)(?:${SOCIAL})\s*[:=\-–]\s*(${AT_HANDLE}|${BARE_HANDLE})(?![a-z0-9_.@])`,
  'g',
);
const SOCIAL_GATE = new Gate(words(`${SOCIAL.replace(/\|/g, ' ')} hmu dm dms pm`));

/** Only the bare-handle offers match without an @: after one of these, or after an app's name and one of : = - –. */
const BARE_SEP = /[:=\-\u2013]/;
const BEFORE_ME = /(?:hit|snapchat|snap|add|message|dm|find)$/;
/** "hmu", or " me" after one of BEFORE_ME's words: found by indexOf, as a regex scan of a long draft costs more than the rest of the check. */
function bareOffer(norm: string): boolean {
  if (norm.includes('hmu')) return true;
  for (let i = norm.indexOf(' me'); i >= 0; i = norm.indexOf(' me', i + 1)) if (BEFORE_ME.test(norm.slice(Math.max(0, i - 8), i))) return true;
  return false;
}

function findHandles(doc: Doc, report: Report, own: Set<string>): void {
  if (!doc.text.includes('@') && !SOCIAL_GATE.in(doc)) return;
  // The gate passes on everyday words ("x" signing off, "signal", "threads"); without an @, a colon,
  // an equals sign or a dash, or "hmu", "hit me", "add me", "dm me" and the like in the folded draft,
  // no alternative of HANDLE_OFFERED can match, so it is not run (findings unchanged).
  const { norm } = doc;
  if (!norm.includes('@') && !BARE_SEP.test(norm) && !bareOffer(norm)) return;
  HANDLE_OFFERED.lastIndex = 0;
  for (const m of doc.norm.matchAll(HANDLE_OFFERED)) {
    const h = m.slice(1).find((g) => g !== undefined)!;
    if (own.has(h.replace(/^@/, ''))) continue;
    // A dot at the end is the sentence's, not the handle's.
    const at = m.index + m[0].lastIndexOf(h);
    report(at, at + h.replace(/\.$/, '').length);
  }
}

function findChats(doc: Doc, report: Report): void {
  const { text } = doc;
  // Every link it takes has ".me/" or ".com/" in it.
  if (text.includes('.me/') || text.includes('.com/')) reportAll(CHAT_LINK, doc, report, undefined, doc.norm);
  if (APP_GATE.in(doc)) {
    HANDLE_OFFER.lastIndex = 0;
    for (const m of doc.norm.matchAll(HANDLE_OFFER)) {
      const at = m.index + m[0].length - m[1]!.length;
      report(at, at + m[1]!.length);
    }
  }
}

// Homes the street pattern (address.ts, capitalised words) does not take.
const STREET_WORDS = 'road|rd|street|st|avenue|ave|lane|close|drive|way|crescent|cres|grove|gardens|gdns|place|terrace|court|mews|row|walk|square|sq|hill|rise|view|parade|green|vale|meadow|meadows|park|gate|fields|heights|orchard|end|wharf|quay|' +
  'paddock|paddocks|chase|croft|dale|glade|hollow|yard|boulevard|circus|embankment|passage|ridge|brow|fold|garth|copse|spinney|nook|approach|grange|lea|leys|maltings|mill|mount|path|wynd|gardens|villas|cottages|buildings|precinct|bank|side|pastures|oaks|beeches|pines|willows|elms|limes|firs|birches|cedars|meadway|highway|bypass';
const STREET_GATE = new Gate(words(STREET_WORDS.replace(/\|/g, ' ')));
// "collection from 22 oak tree close", "my address is 8 the meadows": typed in lower case. Taken when
// the words before say it is where someone lives or where to bring things, or a postcode follows.
const LOWER_STREET = new RegExp(String.raw`\d{1,4}[a-z]?,? (?:the )?(?:[a-z][a-z'-]* ){1,3}(?:${STREET_WORDS})\b`, 'g');
const NOT_BEFORE_STREET = /[\w£$€.:/-]/;
const NOT_STREET_WORDS = new Set(['a', 'an', 'and', 'of', 'on', 'at', 'in', 'to', 'for', 'from', 'with', 'kids', 'pupils', 'children', 'minutes', 'mins', 'min', 'hours', 'days', 'weeks', 'miles', 'mile', 'people', 'years', 'times', 'laps', 'goals', 'points', 'more', 'down', 'up', 'round', 'across', 'along', 'over', 'off', 'into', 'is', 'are', 'was', 'were', 'my', 'our', 'your', 'their', 'his', 'her', 'buses', 'cars', 'houses', 'doors', 'steps', 'metres', 'yards', 'stops', 'km', 'k', 'trees', 'sheep', 'cows', 'we', 'i', 'you', 'they', 'he', 'she', 'it', 'then', 'so', 'will', 'can', 'just', 'all']);
const HOME_CUE = /\b(?:live|lives|living|moved|moving|address|ours|mine|house|home|door|letterbox|collection|collect|pick ?up|pickup|drop(?:ping)?(?: (?:it|them|\w+))? off|deliver(?:ed|y|ing)?|post(?:ed)? (?:it|them)|send (?:it|them)|parcels?|(?:come|pop|bring (?:it|them)) (?:round|over|to)|(?:send|post|bring|take|deliver|drop) (?:[a-z]+ ){0,3}?to|party|knock|stay(?:ing)? at|ours is|mine is|flat|apartment|apt|(?:we're|we are|i'm|i am|im) at)\b[^.!?\n]{0,30}$/;
// Or after: "14 acacia avenue is officially ours".
const HOME_AFTER = /^[^.!?\n]{0,25}?\b(?:is|are|'s) (?:officially |finally |now |all )?(?:ours|mine|home|our (?:new )?(?:home|house|place)|my (?:new )?(?:home|house|place))\b/;
const POSTCODE_AFTER = /^[^.!?\n]{0,40}?\b[a-z]{1,2}\d[a-z\d]? ?\d[abd-hjlnp-uw-z]{2}\b/;

function findLowerStreets(doc: Doc, report: Report): void {
  if (!doc.digits || !STREET_GATE.in(doc)) return;
  const s = doc.norm;
  reportAll(LOWER_STREET, doc, report, (m) => {
    if (m.index > 0 && NOT_BEFORE_STREET.test(s[m.index - 1]!)) return false;
    const ws = m[0].replace(/^\d+[a-z]?,? /, '').split(' ');
    if (ws.slice(ws[0] === 'the' ? 1 : 0, -1).some((w) => NOT_STREET_WORDS.has(w) || w === 'the')) return false;
    const [a] = sentenceAround(doc.text, m.index);
    if (HOME_CUE.test(s.slice(Math.max(a, m.index - 60), m.index))) return true;
    const after = s.slice(m.index + m[0].length, m.index + m[0].length + 50);
    return HOME_AFTER.test(after) || POSTCODE_AFTER.test(after);
  }, s);
}

// "we're at number 12", "pop it through number 48": a house number said as where someone lives.
const NUMBER_HOME = /\b(?:we're|we are|were|i'm|i am|im|we live|i live|we've moved|i've moved|moved|living|live|ours is|mine is|come round|come over|pop round|pop over|pop (?:it|them)(?: round| through| in)?|drop (?:it|them)(?: off| round| in)?|bring (?:it|them)(?: round)?|post (?:it|them)(?: through)?|through the door of|knock(?: on| at)?|party(?:'s| is)?|byw|dewch(?: draw)?|galwch(?: heibio)?|ni yn|ni'n) (?:to |at |through |in |on |into |yn |ar |i |yng )?(?:the door of )?((?:number|no\.?|rhif|rif) ?\d{1,4}[a-z]?)\b(?![ ,]*(?:in|on|of|for|with|spot|place|position|seed|ranked|bus|and counting)\b)/g;
const NUMBER_GATE = new Gate(words('number no rhif rif'));

// The home said by what it looks like or stands by: "we're the house with the yellow door opposite
// the Spar", "ours is the bungalow on the corner of Albany Road".
const DWELLING = 'house|bungalow|cottage|flat|semi|terrace|farmhouse|end terrace|one';
const LANDMARK = new RegExp(String.raw`\b(?:we're|we are|were|i'm|i am|ours is|ours's|mine is|our (?:house|place|home|flat) is|my (?:house|place|home|flat) is|we live|i live|look for)(?: in)? (the (?:[a-z]+ ){0,2}?(?:${DWELLING}) (?:with (?:the|a) [^.!?\n,]{2,30}?\b(?:door|gate|fence|roof|car|van|windows?|shutters|sign|hedge|tree|porch|gnomes?|flag|bins?|trampoline|lights)\b(?: (?:opposite|next to|next door to|across from|behind|by|near))?|on the corner(?: of [^.!?\n,]{2,30}?\b(?:${STREET_WORDS}))?|opposite|next (?:door )?to|across from|behind|above|at the (?:end|top|bottom) of))`, 'g');
const LANDMARK_GATE = new Gate(words('house bungalow cottage flat semi terrace farmhouse one'));

// A full postcode given as the way to one's door: "sat nav: CF14 6AB gets you to our front door", "collection from CF5 1AB".
const POSTCODE = /\b[a-z]{1,2}\d[a-z\d]? ?\d[abd-hjlnp-uw-z]{2}\b/g;
// Not "our postcode is …" alone (where someone lives, the location rule's): a way to the door.
const POSTCODE_HOME = /\b(?:(?:our|my) (?:front )?(?:door|drive|doorstep)|sat ?nav|satnav|deliver(?:ed|y)? to|post (?:it|them) to|send (?:it|them) to|collection (?:from|at)|collect from|pick ?up from|drop off at|drop(?:ping)? (?:[a-z]+ ){0,3}?(?:off|round)|pop (?:[a-z]+ ){0,2}?(?:round|over|through)|come (?:round|over)|knock)\b/;
const POSTCODE_GATE = new Gate(words('door drive doorstep sat satnav deliver delivered delivery post send collection collect pick pickup drop dropping pop come knock'));
/**
 * A full address written as on an envelope, whatever the street is called: a house number, the
 * street and town in capitals and a full postcode ("7 Horseley Heath, Tipton DY4 7NB").
 */
const ENVELOPE = /(?<![\w\u00a3$\u20ac.:/-])\d{1,4}[a-z]?,? (?:\p{Lu}[\p{L}'-]*,? ){1,4}[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2}\b/gu;

function findHomes(doc: Doc, report: Report): void {
  if (doc.digits && NUMBER_GATE.in(doc)) {
    for (const m of doc.norm.matchAll(NUMBER_HOME)) {
      const end = m.index + m[0].length;
      report(end - m[1]!.length, end);
    }
  }
  if (LANDMARK_GATE.in(doc)) {
    for (const m of doc.norm.matchAll(LANDMARK)) {
      const end = m.index + m[0].length;
      report(end - m[1]!.length, end);
    }
  }
  if (doc.digits >= 2 && POSTCODE_GATE.in(doc)) {
    for (const m of doc.norm.matchAll(POSTCODE)) {
      const [a, b] = sentenceAround(doc.text, m.index);
      if (POSTCODE_HOME.test(doc.norm.slice(a, b))) report(m.index, m.index + m[0].length);
    }
  }
  if (doc.digits >= 3) {
    ENVELOPE.lastIndex = 0;
    for (const m of doc.text.matchAll(ENVELOPE)) report(m.index, m.index + m[0].length);
  }
}

// The same pattern, tried at one place. Every address holds exactly one @ and starts at most 64
// characters before it, so instead of running EMAIL from every word of a long draft (slow once the
// draft has any @handle), each @ is tried from the one start the global search would have found.
const EMAIL_AT = new RegExp(EMAIL.source, 'y');
const isWord = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;
const isAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const isLocal = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;

function findEmails(doc: Doc, report: Report): void {
  const { norm } = doc;
  let from = 0; // where the global search would resume
  for (let at = norm.indexOf('@'); at !== -1; at = norm.indexOf('@', at + 1)) {
    // The local part: up to 64 characters of its class right before the @.
    let s0 = at;
    while (s0 > 0 && at - s0 < 64 && isLocal(norm.charCodeAt(s0 - 1))) s0--;
    // Leftmost start at or after `from` with a letter or digit at a word boundary.
    let s = Math.max(s0, from);
    while (s < at && !(((norm.charCodeAt(s) >= 97 && norm.charCodeAt(s) <= 122) || (norm.charCodeAt(s) >= 48 && norm.charCodeAt(s) <= 57)) && (s === 0 || !isWord(norm.charCodeAt(s - 1))))) s++;
    if (s >= at) continue;
    EMAIL_AT.lastIndex = s;
    const m = EMAIL_AT.exec(norm);
    if (!m) continue;
    report(s, s + m[0].length);
    from = s + m[0].length;
    at = Math.max(at, from - 1);
  }
}

export const create: RuleCreate = (config) => {
  const own = new Set((config.raw.schoolHandles ?? []).map((h) => h.toLowerCase().replace(/^@/, '')));
  return (doc, report) => {
    scan(doc, report);
    findHandles(doc, report, own);
  };
};
const scan = (doc: Doc, report: Report): void => {
  if (doc.text.includes('@') || doc.text.includes('\uff20')) findEmails(doc, report);
  // Nine digits at least (isPhone): most drafts have fewer, and then the draft need not be folded.
  if (doc.digits >= 9) findPhones(doc, report);
  findSpelt(doc, report);
  findSpeltEmails(doc, report);
  findChats(doc, report);
  findAddresses(doc, report);
  findLowerStreets(doc, report);
  findHomes(doc, report);
};
