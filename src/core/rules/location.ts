import { findAddresses } from '../address';
import { capAt, reportAll, Triggers, words } from '../regex';
import type { RuleCreate, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'location',
  examples: 'places, addresses and check-ins',
  title: 'Where you are or live',
  severity: 'medium',
  questions: [4, 1],
  explanation:
    'This shows where you are or where you live. School policy asks staff to be aware of location sharing: it can lead pupils, families or strangers to you.',
};

// Inward codes never use the letters C, I, K, M, O or V, which also keeps "Y6 2pm" out.
const POSTCODE = /\b[a-z]{1,2}\d[a-z\d]? ?\d[abd-hjlnp-uw-z]{2}\b/y;
const PIN = /(?:\u{1f4cd}|\u{1f4cc})[^\S\n]*[^\n.!?#@|()]{2,50}/gu;
const CHECK_IN = /\b(?:checked in|checking in|check-in|check in|just arrived|just landed) (?:at|in|to) (?!home\b|work\b|bed\b|last\b|the moment\b)[^\n.!?,;]{2,40}/y;
const HERE_NOW = /\b(?:at|in|on) (?!home\b|the phone\b|a call\b|the way\b|my way\b|the sofa\b|the couch\b|hold\b|it\b|fire\b|a roll\b|form\b|track\b|duty\b|call\b|the train\b|the bus\b|a break\b|break\b|lunch\b|repeat\b|edge\b|bed\b|work\b|the moment\b|least\b|a meeting\b|meetings\b|the queue\b|a queue\b|traffic\b|the car\b|the bath\b|the shower\b|my\b|our\b|a rush\b|pain\b|tears\b|love\b|trouble\b|need\b|charge\b|school\b)[a-z][^\n.!?;]{1,35}? (?:right now|rn|as we speak|at the moment|atm)\b/y;
const LIVE = /\b(?:i|we|i've|we've) (?:live|still live|now live|have moved|just moved|moved|am living|are living) (?:on|in|at|to|into|round|off) [^\n.!?,;]{2,30}?\b(?:road|street|avenue|lane|close|drive|way|crescent|grove|gardens|terrace|court|mews|estate)\b/y;
// "Our new place is on Bower Mount Road": where home is, said of the home rather than of us.
const HOME_ON = /\b(?:my|our) (?:new |old |family )?(?:place|house|home|flat|address)(?: is|'s) (?:on|in|at|off) [^\n.!?,;]{2,30}?\b(?:road|street|avenue|lane|close|drive|way|crescent|grove|gardens|terrace|court|mews|estate)\b/y;

// Where one is now or lives, said with a place's name (issue 12): "currently at Barry Island",
// "currently @ Cardiff Central", "just moved onto Oakfield Street", "anyone on Maes y Coed…",
// "yn byw ar Heol y Felin", "ar hyn o bryd yng Nghaffi'r Harbwr". The place must be capitalised.
const NAMED_PLACE = /\b(?:currently (?:at|@|in|on)|ar hyn o bryd (?:yng?|ar|yn)|(?:just )?moved (?:onto|into|to)|yn byw (?:ar|yn|yng)|anyone (?:else )?(?:on|in)|live on) (?:the )?(?=\S)/y;
/** After "currently at", words that are no place: "currently at work", "currently at a loss". */
const NOT_A_PLACE = /^(?:home|work|my desk|a loss|a standstill|the moment|capacity|\d|my limit|breaking point|rock bottom)/;
/** "moved to Thursday": a day or month is no place. */
const WHEN_WORD = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day|^(?:january|february|march|april|may|june|july|august|september|october|november|december|next|tomorrow|tonight)\b/;
const NAMED_PLACE_AT = words('currently ar just moved yn anyone live');

/** "me15", "sw1a", "b1": one or two letters then a digit, the start of a postcode. */
function outward(w: string): boolean {
  const a = w.charCodeAt(0), b = w.charCodeAt(1), c = w.charCodeAt(2);
  const letter = (x: number) => x >= 97 && x <= 122;
  const digit = (x: number) => x >= 48 && x <= 57;
  return letter(a) && (digit(b) || (letter(b) && digit(c)));
}

// Anchors: a word every match of the pattern contains after its common first word (regex.ts).
const PATTERNS = new Triggers()
  .add(POSTCODE, new Set(), { when: outward })
  .add(CHECK_IN, words('checked checking check just'), { weak: words('just'), anchors: words('arrived landed') })
  .add(HERE_NOW, words('at in on'), { weak: 'all', anchors: words('now rn speak moment atm') })
  .add(LIVE, words('i we'), { weak: 'all', anchors: words('live moved living') })
  .add(HOME_ON, words('my our'), { weak: 'all', anchors: words('place house home flat address') })
  .add(NAMED_PLACE, NAMED_PLACE_AT, {
    weak: words('ar just yn anyone live'),
    anchors: words('moved byw hyn on in live onto into'),
    // A capital (or a handle-like '@') starts the place: "currently at work" is not one.
    keep: (m, doc, end) => {
      const next = doc.text.slice(end, end + 20).toLowerCase();
      if (WHEN_WORD.test(next)) return false;
      return capAt(doc, end) || (m[0].startsWith('currently') && !NOT_A_PLACE.test(next));
    },
  });

export const create: RuleCreate = () => (doc, report) => {
  PATTERNS.run(doc, report);
  // Looking for one UTF-16 unit is many times faster than for a pair, so the low halves of 📍 and 📌
  // go first (an emoji-rich draft otherwise pays for two slow searches on every keystroke).
  const { text } = doc;
  if ((text.includes('\udccd') && text.includes('\u{1f4cd}')) || (text.includes('\udccc') && text.includes('\u{1f4cc}'))) reportAll(PIN, doc, report);
  findAddresses(doc, report);
};
