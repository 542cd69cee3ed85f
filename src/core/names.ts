// A compiled index of name forms (pupils, the school, colleagues): hash maps keyed on one token,
// on the first two tokens, on the joined-up form (#EllieSmith) and on one-letter-deletion keys for
// typos. Scanning does a few map look-ups per token, so cost grows with the draft, not the list.
import { ALL_CAPS, AT, CAMEL, CAP, foldSlice, HASH, INITIAL, makeDoc, PLAIN, POSS, vanishes } from './doc';
import type { Lexicon } from './lexicon';
import { foldCodePoint } from './normalise';
import type { Doc, Report, Token, TokenList } from './types';
import { sentenceAround, WordGate } from './regex';
import { COMMON_FIRST_NAMES, NAME_FOLLOWERS, PERSON_VERBS, RELATIONS, STRICT_WORD_NAMES, WELSH_WORD_NAMES as WELSH_WORDS, WORD_NAMES } from './words';

export interface NameForm {
  tokens: string[];
  /** An ordinary English word: only a match when used as a name. */
  wordName?: boolean;
  /** Capitalised even as an ordinary word (months, places): needs a full name, tag or cue. */
  strict?: boolean;
  /** Every token must start with a capital (initials such as "E. Smith", "Mrs Jones"). */
  needCap?: boolean;
  /** With needCap: also in lower case where this says so (a school's one-word name after "at" in a sentence about school). */
  lowerIf?: (doc: Doc, start: number, end: number) => boolean;
  /** Only where this says so, in any case (a saint-named school's saint alone: "the Kenelm's lot", in a sentence about school). */
  when?: (doc: Doc, start: number, end: number) => boolean;
  /** Only in capitals or as a #tag/@handle (initialisms such as "GLCS"). */
  needCapsOrTag?: boolean;
  /** The following token that makes a fuzzy or sentence-initial match certain (the pupil's surname). */
  surname?: string;
  /** Every surname this first name goes with (set for people added with addPerson). */
  surnames?: Set<string>;
  /** First letters of those surnames, for "Ellie S". */
  initials?: Set<string>;
  /** A first name alone is someone else when a different surname follows ("Harry Styles"). */
  vetoOtherSurname?: boolean;
  /** Lower case after "a", "an", "the"… is the ordinary phrase ("an old green lane"), not the name. */
  plainPhrase?: boolean;
  /** Session 9: `when` asks in a tag too ("#academy", "#vale" are everyone's tags, not the school's). */
  tagWhen?: boolean;
  /** With needCapsOrTag: also in lower case when other words of its sentence stand beside it ("the ygbc fair"). */
  lowerInText?: boolean;
  /** Letters of an initialism: a dot must follow each of them but the last ("Y.G.B.C", "y.g.b.c."). */
  dotted?: boolean;
  /** A Welsh mutated form of a name ("i Gerys", "gyda Thomos"): only capitalised, after a word that mutates it. */
  mutated?: boolean;
  /** A typo of a word-name ("Gace" for Grace): only with the surname or its initial after it ("Gace T"). */
  needSurname?: boolean;
}

const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'another', 'every', 'old', 'muddy', 'quiet', 'narrow', 'little', 'long', 'lovely', 'some']);

/** Folded tokens of a configured name, e.g. "St Mary's C of E" → ["st", "mary", "c", "of", "e"]. */
const PLAIN_NAME = /^[A-Za-z -]*$/;

export function nameTokens(name: string): { tokens: string[]; poss: boolean[] } {
  // Most names are plain ASCII letters: skip the full tokeniser, which matters with 50,000 names.
  if (PLAIN_NAME.test(name)) {
    const tokens = name.toLowerCase().split(/[ -]+/).filter(Boolean);
    return { tokens, poss: tokens.map(() => false) };
  }
  const toks = makeDoc(name).tokens;
  const all = Array.from({ length: toks.length }, (_, k) => toks.get(k)!);
  return { tokens: all.map((t) => t.norm), poss: all.map((t) => t.poss) };
}

/** Optimal-string-alignment distance (a swap of two neighbours counts as one edit), stopping early above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const m = a.length, n = b.length;
  // Three rows reused from call to call: the typo checks ask about many word pairs per draft, and
  // two arrays made per pair (and a row per letter) were most of their cost.
  if (rows.length < 3 * (n + 1)) rows = new Int32Array(6 * (n + 1));
  let prev2 = 0, prev = n + 1, cur = 2 * (n + 1);
  for (let j = 0; j <= n; j++) {
    rows[prev2 + j] = 0;
    rows[prev + j] = j;
  }
  for (let i = 1; i <= m; i++) {
    rows[cur] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cost = ai === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(rows[prev + j]! + 1, rows[cur + j - 1]! + 1, rows[prev + j - 1]! + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) v = Math.min(v, rows[prev2 + j - 2]! + 1);
      rows[cur + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return rows[prev + n]!;
}
let rows = new Int32Array(96);

/** Is `typo` `name` with two neighbouring letters swapped, or with one letter added? */
function swapOrExtra(typo: string, name: string): boolean {
  if (typo.length === name.length + 1) return deletions(typo).includes(name);
  if (typo.length !== name.length) return false;
  let k = 0;
  while (k < name.length && typo[k] === name[k]) k++;
  return k < name.length - 1 && typo[k] === name[k + 1] && typo[k + 1] === name[k] && typo.slice(k + 2) === name.slice(k + 2);
}

function deletions(s: string): string[] {
  const out: string[] = [];
  for (let k = 0; k < s.length; k++) out.push(s.slice(0, k) + s.slice(k + 1));
  return out;
}

const MAX_GAP = 3;

const ADULT_THINGS = new Set(
  ('wedding husband wife hubby boyfriend girlfriend fiance fiancee partner hen stag 30th 40th 50th 60th 70th 80th 90th retirement mortgage ' +
    'kitchen salon cafe shop bar restaurant pub bakery garage ' +
    // Things named after someone long famous: Noah's ark, Jacob's crackers and ladder.
    'ark cream crackers ladder angels').split(' '),
);

/*
 * Issue 12: a pupil's first name alone is often someone or something else, by category. Titles
 * (Prince George, King Charles); "the" after it (Archie the cockapoo, Thomas the Tank Engine); a
 * note in brackets that it is a pet or a relative ("Our Freddie (the hamster)"); a neighbour
 * ("Sophie from next door"); someone from a TV show ("Mia from Love Island"); a famous full name
 * written in lower case ("harry styles"); a star sign ("Leo season", "a Leo"); a walk from one
 * place to another ("from Hope to Castleton"); a Welsh word that is also a name ("ar ben yr
 * Wyddfa", "beth maen nhw"); a pet, when the sentence is about an animal and not school.
 */
const TITLES = new Set('prince princess king queen lord lady sir dame pope saint st captain'.split(' '));
/*
 * Session 4: more words before a first name that make it no pupil: a grown-up's title (a child is
 * never "Miss Daisy"; "Miss Lucy" in a nursery is staff), a named storm, a flag, a show.
 */
const NOT_A_PUPIL_BEFORE = new Set(('mr mrs miss ms mx dr doctor prof professor rev reverend father sister brother storm hurricane union mamma boy uncle aunty auntie horrid playing ' +
  // Session 9: a greeting in another language before a name that is its word too ("ciao bella", Cornish "Nadelik Lowen").
  'ciao hola nadelik ' +
  // Session 7: Welsh words that make the name after them a river, mountain, farm, chapel or street ("Afon Teifi", "Cadair Idris",
  // "Capel Seion", "Heol Glyn"), with their mutated forms ("dros Bont Teifi", "ar Fynydd Bryn").
  'afon llyn nant cadair mynydd fynydd fferm capel gapel plas blas pont bont ynys stryd heol lôn lon dyffryn ddyffryn traeth draeth moel foel ' +
  // Session 7: a saint, a saint's well or feast ("Santes Non", "Ffynnon Non", "Gŵyl Dewi"), and an animal named so ("Heffer Derwen", "the mare Haf").
  'santes ffynnon gŵyl gwyl heffer caseg gaseg buwch fuwch tarw darw llo merlen ferlen heifer mare foal filly gelding stallion calf ewe ram cow bull').split(' '));
/** Family and friends in Welsh ("fy mrawd bach Dafydd", "cefnder fi Rhys"), with the mutated forms. */
const WELSH_RELATIONS = new Set('cefnder gefnder nghefnder cyfnither gyfnither brawd frawd mrawd chwaer nhad tad dad mam fam modryb fodryb ewythr ffrind ffrindiau gwr gŵr ngwr wr gwraig ngwraig cariad mab fab merch ferch nain taid wyres ŵyr'.split(' '));
/** Words between a relation and the name: "my little brother Dafydd", "cefnder fi Rhys". */
const BRIDGE = new Set('fi fy bach fach mawr fawr little baby big best new old lovely'.split(' '));
/** Grown-ups' life around a first name (no school word near): "drinks with Sophie", "Lowri yn priodi". */
const ADULT_LIFE = new WordGate(new Set(
  ('wine prosecco gin cocktail cocktails pint pints beer beers pub drinks brunch hen stag wedding engaged engagement pregnant husband hubby boyfriend ' +
    'girlfriend fiance fiancee mortgage spa gig wife married marriage priodi priodas parkrun marathon colleague colleagues bar dafarn tafarn ' +
    // Session 5: "gwaith" left the list (a pupil's "gwaith ysgrifennu" is schoolwork; "o'r gwaith" is checked on its own).
    'coffee cuppa latte tiler plumber builder builders decorator').split(' '),
));
/** Film, television, radio and music around a full name: "Sophie Turner in the new trailer". */
const MEDIA = new WordGate(new Set(
  ('trailer film films movie movies series episode episodes netflix bbc itv channel radio podcast album song songs actor actress character sitcom telly tv ' +
    'stand stadium breakfast premiere oscar oscars bafta baftas ' +
    // Session 5: sport and screen around a famous namesake ("such a good pundit", "my teenage crush", "the statue").
    'crush pundit pundits coverage commentary statue performance performances starring boxset biopic documentary nfl ' +
    // Session 6: watching at home ("binged the whole series").
    'binged binge bingeing binging rewatching streaming').split(' '),
));
/** A child in the sentence: then grown-ups' words ("his mam's boyfriend") do not make the name a grown-up's. */
const CHILDISH = new WordGate(new Set(('class classroom school pupil pupils year teacher teachers lesson lessons homework set form kid kids child children dsl safeguarding whiteboard ysgol dosbarth plentyn plant ' +
  // Session 7: a Welsh school day's words ("darllen", "egwyl", "amser chwarae" is in the yard, "cylch" the nursery group).
  'darllen sillafu athro athrawes athrawon disgybl disgyblion gwers gwersi egwyl cylch meithrin tystysgrif sticer sticeri iard ffoneg babanod dosbarthiadau gwaith-cartref ' +
  'reading spelling spellings phonics tooth licence assembly playground playtime ' +
  // Session 5: more of a school day's words ("bless her", "the nativity", "her merit"), none of them a
  // grown-up's too ("reception", "register", "kit", "group" are weddings, clubs and gyms as well).
  'bless nativity merit sticker stickers certificate tray peg carpet worksheet lunchtime nursery detention ' +
  // Session 9: the Welsh lesson and class mutated ("yn y wers", "yn y dosbarth", "i'r ddosbarth", "carped").
  'wers wersi ddosbarth nosbarth ngwers carped').split(' ')));
/** Plants that are also names, in a garden: "Holly's coming through on the hedge". */
const PLANT_NAMES = new Set('holly ivy rose poppy daisy lily hazel heather willow jasmine violet iris rowan'.split(' '));
const GARDEN = new WordGate(new Set(('hedge garden bush bushes tree trees leaves berries flowers flower bloom blooming plant plants planted pot pots seeds allotment woods woodland hedgerow hedgerows wreath ' +
  // Session 6: a climber on a wall or fence, a tree's roots, pruning.
  'trellis pergola roots prune pruned pruning weeds cuttings ' +
  // Session 7: the garden in Welsh.
  'gardd ardd rhosod blodau clawdd coed coeden perth').split(' ')));
const CALLED_AFTER = new Set('is was a an one man woman lady bloke guy fella girl boy dog cat horse someone somebody thing voice also m s'.split(' '));
const CLIMBERS = new Set('ivy jasmine wisteria clematis honeysuckle'.split(' '));
const WALLS = new WordGate(new Set('wall walls fence fences shed house trellis brickwork gutter gutters'.split(' ')));
const PRONOUNS = new WordGate(new Set('she her hers he his him who'.split(' ')));
const FAMILY = new WordGate(new Set('youngest eldest aunty auntie godmother godson goddaughter stepson stepdaughter grandson granddaughter'.split(' ')));
/** The poster as a grandparent or parent ("Grandma here!"): with "my little X", X is theirs. */
const ELDERS = new WordGate(new Set('grandma grandad grandpa granny nanny nana nan mummy daddy aunty auntie youngest eldest'.split(' ')));
const TEACHING = new WordGate(new Set('pupil pupils taught teach teaching classroom'.split(' ')));
const LEISURE = new WordGate(new Set(('football netball rugby hockey cricket squad club county picked trials birthday party holiday holidays gala gymnastics karate brownies cubs scouts ' +
  // Session 6: a grown-up's milestones ("Our Kyle has passed his driving test", "our Jade's engaged").
  'driving driver uni university graduated graduation engaged married wedding pregnant mortgage apprenticeship promotion interview payday 18th 21st guides degree nursing job').split(' ')));
/** Session 6: word-names that are places too ("Skye was stunning, the ferry over was rough"): the place when the sentence is about travel. */
const PLACE_NAMED = new Set('skye paris london india china georgia jordan chelsea devon kerry sydney florence brooklyn dakota savannah lourdes austin orlando vienna victoria kingston hudson boston denver phoenix carolina virginia madison ireland africa iona arran'.split(' '));
const TRAVEL = new WordGate(new Set('sunset duomo ferry ferries flight flights flew fly flying holiday holidays hols trip visited visiting visit drove island isle hotel airbnb honeymoon cruise beach beaches views scenery mountains castle cottage camping caravan road tour'.split(' ')));
/** "my little lad Mason", "our baby girl Ivy": the poster's own child. */
const OWN_CHILD = new Set('lad lads boy boys girl girls lass baby babe bubba son daughter grandson granddaughter'.split(' '));
/** Words a first name follows: "well done …", "congrats …", "happy birthday …", "dear …". */
const CUES = ['done', 'congrats', 'congratulations', 'llongyfarchiadau', 'birthday', 'dear', 'thanks', 'diolch'];
const AWARDS = new Set(['oscars', 'baftas', 'brits', 'emmys', 'grammys', 'tonys', 'oliviers']);
const RELATIONS_PLURAL = new Set('nieces nephews cousins sisters brothers daughters sons grandchildren grandkids twins friends girls lads besties neighbours twin'.split(' '));
const AT_FROM = new Set(['at', 'from', 'o', 'in']);
/** Words between "at/from" and the place: "at the corner shop", "from my Zumba class", "o'r swyddfa". */
const BEFORE_PLACE = new Set(['the', 'my', 'r', 'our', 'corner', 'local', 'work', "work's"]);
const GROWN_UP_PLACES = new Set(
  ('work gwaith swyddfa cyngor siop banc office accounts hr finance payroll marketing sales hairdressers hairdresser hairdresser\'s salon barbers barber shop pub bar gym ' +
    'zumba yoga pilates spin crossfit bootcamp choir church chapel surgery hospital bank garage warehouse factory uni university council ' +
    // Session 9: the supermarkets and corner shops people are known from ("Theresa from the Co-op").
    'co co-op coop tesco asda aldi lidl spar sainsburys morrisons').split(' '),
);
const BUSINESSES = new Set(('barbershop barbers barber kebab takeaway chippy henna salon nails bakery butchers shop cafe restaurant garage web place kitchen pantry parlour boutique deli florist ' +
  // Session 9: more of a high street's ("Angelo's Pizza", "Charlie Bates cafe").
  'pizza pizzeria pizzas café caff bistro diner grill tearoom tearooms curry carvery').split(' '));
/** Verbs a season or month does as well as a person: "Summer came and went". */
const SEASON_VERBS = new Set('came finally fell'.split(' '));
/** …unless a person's verb follows: "May finally got her pen licence" is a child, "Summer finally came" the season. */
const AFTER_SEASON_VERB = new Set('got did managed learnt learned remembered wrote read finished passed asked told put tied'.split(' '));
/** Does a month's or season's name at token i do what a season does ("Summer came", "May finally arrived")? */
function seasonal(toks: TokenList, i: number, next: Token): boolean {
  return SEASON_VERBS.has(next.norm) && !AFTER_SEASON_VERB.has(toks.get(i + 2)?.norm ?? '');
}
/** Words after a first name that make it a place or a building ("Hope Street", "Victoria Park", "the Rose and Crown"). */
const PLACE_AFTER = new Set(
  ('street st road rd lane avenue ave close drive crescent terrace square court gardens park valley hill hospital house hall centre center ' +
    'theatre stadium bridge station airport college university church chapel cathedral farm woods castle bay beach island arena cinema museum ' +
    'gallery library market estate ward surgery clinic hotel inn arms tavern line ' +
    // Session 7: a Welsh saint ("Dewi Sant", "Santes Dwynwen" is before), a farm or chapel named after someone.
    'sant santes').split(' '),
);
const BRACKETED = /^\s*\(([^)]{1,40})\)/;
/**
 * A note in brackets right after a name that makes it a pet, a relative or someone else ("Our Freddie (the hamster)",
 * "Summer Bradley (my niece)"). Session 9: not a note that tells which pupil ("(Year 6, not the racing one)",
 * "(the 9 year old one)"): a class or year group in it, or "one" at its end.
 */
function bracketSaysOther(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 40 && text.charCodeAt(end + 1) !== 40) return false;
  const bracket = BRACKETED.exec(text.slice(end, end + 48));
  if (!bracket) return false;
  const words = foldSlice(bracket[1]!, 0, bracket[1]!.length).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words[words.length - 1] === 'one' || CLASSROOM.test(bracket[1]!)) return false;
  return words.some((w) => NOT_A_CHILD.has(w));
}
const NOT_A_CHILD = new Set(
  ('the cat dog hamster rabbit pony horse puppy kitten cockapoo labrador labradoodle spaniel terrier car van hoover tortoise fish budgie parrot snake guinea pig ' +
    'not a person brother sister nephew niece cousin son daughter husband wife mum dad nan gran aunt auntie uncle partner friend neighbour boss ' +
    // Session 7: the same in Welsh ("(fy chwaer)", "(y ci)").
    'chwaer brawd mam tad nain taid mamgu tadcu cefnder cyfnither ci cath gath caseg ceffyl oen').split(' '),
);
const TV = /^\s+from\s+(?:the\s+)?(?:love island|bake ?off|strictly|eastenders|corrie|coronation street|emmerdale|hollyoaks|gavin (?:and|&) stacey|doctor who|the apprentice|big brother|the traitors|gogglebox|vicious|friends|line of duty|peaky blinders|hinterland|the archers|neighbours|home (?:and|&) away|the bay|i'?m a celeb\w*|x factor|the voice|made in chelsea|towie|geordie shore|the chase|pobol y cwm|bluey|peppa pig|paw patrol|harry potter|frozen|toy story|next door)\b/i;
const FAMOUS_SURNAMES = new Set('styles kane potter redknapp ezra michael chaplin twist allen whitehall grealish sheeran bale ramsey wilder windsor hamilton'.split(' '));
const STAR_SIGN_NAMES = new Set(['leo']);
/**
 * Session 6: full names of famous people that parents give their children too (general knowledge:
 * sport, music, screen, royals, books). A pupil with such a name is that pupil only in a sentence
 * about school or a child.
 */
const FAMOUS_FULL = new Set(
  ('lewis hamilton|george harrison|jack russell|harry kane|harry styles|john lennon|paul mccartney|ringo starr|david beckham|tom jones|' +
    'emma watson|daniel craig|tom holland|harry potter|jack grealish|ed sheeran|james bond|sophie turner|jack whitehall|david tennant|' +
    'peter kay|tom daley|andy murray|emma raducanu|mo farah|jessica ennis|gareth bale|ryan giggs|wayne rooney|jamie vardy|marcus rashford|' +
    'bukayo saka|jude bellingham|declan rice|phil foden|harry maguire|kate middleton|james martin|jamie oliver|gordon ramsay|mary berry|' +
    'paul hollywood|alan carr|james corden|olivia colman|emma thompson|kate winslet|tom hardy|idris elba|michael caine|elton john|' +
    'george michael|freddie mercury|amy winehouse|adele adkins|lily allen|ellie goulding|olivia rodrigo|taylor swift|billie eilish|' +
    'harry kane|alfie allen|charlie brown|oliver twist|henry cavill|tom cruise|will smith|jack black|ruby rose|jessica alba|holly willoughby|' +
    'phillip schofield|ant mcpartlin|declan donnelly|joe wicks|chris evans|ronnie wood|ronnie osullivan|steve davis|johnny wilkinson|' +
    'jonny wilkinson|alun wyn|leigh halfpenny|sam warburton|george north|ryan reynolds|tom grennan|lewis capaldi|kylie minogue|' +
    'robbie williams|gary barlow|stevie wonder|jack charlton|bobby charlton|bobby moore|kevin keegan|alan shearer|gary lineker|' +
    'emily bronte|charlotte bronte|jane austen|charles dickens|roald dahl|william shakespeare|oscar wilde|dylan thomas|anne boleyn|' +
    'isaac newton|charles darwin|florence nightingale|grace darling|mary seacole|rosa parks|martin luther|harriet tubman|anne frank|' +
    // Session 7: Welsh poets, singers and broadcasters everyone in Wales knows.
    'hedd wyn|dafydd iwan|bryn terfel|dewi pws|huw edwards|dai jones|kate roberts|' +
    // …and sport and music everyone follows.
    // Session 8: Olympians, cricketers, footballers and presenters of the last twenty years, from general knowledge.
    'ben ainslie|chris hoy|laura kenny|jason kenny|bradley wiggins|mark cavendish|kelly holmes|denise lewis|jessica ennis|greg rutherford|' +
    'adam peaty|max whitlock|dina asher|ellie simmonds|tanni grey|jonnie peacock|ben stokes|joe root|jimmy anderson|stuart broad|' +
    'alastair cook|andrew flintoff|freddie flintoff|mo salah|kasper schmeichel|jordan henderson|raheem sterling|harry redknapp|' +
    'jack grealish|leah williamson|lucy bronze|beth mead|chloe kelly|mary earps|alex scott|ian wright|gary neville|' +
    'lewis hamilton|jenson button|nigel mansell|david coulthard|sebastian vettel|tom daley|keely hodgkinson|' +
    'ant middleton|bear grylls|david attenborough|chris packham|holly willoughby|claudia winkleman|tess daly|rylan clark|' +
    'stacey solomon|gemma collins|molly mae|tommy fury|michael mcintyre|romesh ranganathan|joe lycett|greg davies|' +
    'george ezra|sam smith|dua lipa|harry hill|ellie simmonds|jamie laing|joe sugg|zoe ball|'+
    'george russell|lando norris|max verstappen|muhammad ali|bob marley|elvis presley|florence welch|frankie dettori|tyson fury|anthony joshua|harry maguire|mason mount|cole palmer|jack wilshere|cerys matthews|elin fflur|katherine jenkins|max boyce|dic jones|gwenllian|owain glyndwr|owain glyndŵr|llywelyn ein llyw').split('|'),
);
const ZODIAC = new Set('season rising moon sign signs horoscope horoscopes astrology zodiac scorpio virgo libra taurus gemini aries capricorn sagittarius aquarius pisces'.split(' '));
const WELSH_WORD_NAMES = new Set(['ben', 'beth', 'bryn', 'glyn', 'gwen', 'eira', 'haf', 'seren', 'mair']);
/** Session 7: what only a person does, after "yn"/"wedi" (asking, saying, refusing, crying, writing, dancing), with mutated forms. */
const WELSH_PERSON_VERBS = new Set('gofyn ofyn dweud deud ddweud holi gweiddi crio llefain chwerthin sgwennu ysgrifennu darllen gwrthod helpu siarad esbonio egluro cwyno dawnsio sibrwd gwenu cofio anghofio'.split(' '));
const WELSH_NEIGHBOURS = new Set('yr y ar am yn mae maen dim ac o gyda blwydd nhw ydy oedd wedi ddim pen ei fy dy eu sy hi fe fo bore yw ydi sydd gofyn ofyn mewn bynnag tan tân silff'.split(' '));
/** Welsh words after which a name mutates: "i Gerys", "o Fangor", "gyda Thomos", "ei Ddafydd". */
// Not "a", "am", "at", "ar", "na": English words before a capitalised one too often ("a Race for Life").
const WELSH_MUTATORS = new Set('i o â gan heb dan dros drwy trwy wrth hyd gyda efo ei fy dy ym yng'.split(' '));
/**
 * Session 5: words before a word-name that make it a thing, not a person: a colour or kind ("White
 * Rose maths", "red rose", "English Rose"), a gemstone's or plant's qualifier.
 */
const THING_BEFORE = new Set('white red pink yellow black blue purple green english tudor wild desert dog climbing'.split(' '));
/** After "X's" in lower case, words that make X a child ("jade's mum", "holly's reading book"). */
const CHILD_POSS = new Set('mum mam mom dad nan gran grandad nain taid carer carers foster brother sister teacher reading book homework spellings writing coat bag lunchbox tray peg parents'.split(' '));
/** Things known by a first name: "hoovered with Henry" (the vacuum cleaner), "asked Alexa". */
const THINGS_NAMED: Record<string, Set<string>> = {
  henry: new Set('hoover hoovered hoovering hoovers vacuum vacuumed vacuuming hetty'.split(' ')),
  alexa: new Set('play timer alarm volume echo music song'.split(' ')),
};
const PETS = new WordGate(new Set(('dog dogs cat cats puppy pup kitten hamster rabbit guinea cockapoo cockerpoo labrador labradoodle spaniel terrier russell collie dachshund groomer walkies ci gi nghi cath gath nghath ' +
  // Session 7: more breeds as people say them.
  'staffie staffy staffies lab labs greyhound lurcher whippet beagle pug poodle husky cavapoo cavachon sprocker springer jackapoo ' +
  // Session 5: hens and other animals kept at home ("Rose, Hope and Robin, my three chickens").
  'chicken chickens hens ducks goat goats sheep lamb lambs tortoise pony ponies horse goldfish budgie vets westie').split(' ')));
/** "Kacper is such a lovely name", "Osian is the name we've picked for the baby": the name as a name. */
const NAMING = new Set(['name', 'names', 'named', 'colour', 'color', 'shade', 'paint', 'enw', 'henw', 'enwi', 'henwi',
  // Session 8: a name talked about as a surname or a word ("Loveday is such a pretty surname", "Seren is the Welsh word for star").
  'surname', 'surnames', 'nickname', 'word', 'gair']);
/** Verbs a bird or a season can do too ("Robin sat on the fence"): a person only in a sentence about school. */
const CONTEXT_FOLLOWERS = new Set(['sat', 'spent', 'went', 'sits', 'spends', 'goes', 'chose', 'took', 'threw', 'wore', 'woke', 'broke', 'spoke', 'held', 'caught', 'thought', 'felt', 'built', 'sent', 'swam', 'meowed', 'wedi',
  // Session 6: what a child does in a school day, which a season, a plant or a stone does not ("Brooke walked out", "Teddy wet himself").
  'walked', 'stood', 'hid', 'wet', 'refused', 'cried', 'kicked', 'hit', 'bit', 'ate', 'lost', 'left', 'forgot', 'made', 'makes', 'brought',
  'tried', 'sang', 'drew', 'wrote', 'read', 'won', 'got', 'gets', 'did', 'does', 'comes', 'came', 'spent', 'wants', 'wanted', 'loves', 'loved',
  'wouldn', 'won\'t', 'can', 'cant', 'can\'t', 'couldn', 'didn', 'would', 'will', 'keeps', 'kept', 'decided', 'taught', 'asked', 'told', 'gave',
  'ran', 'fell', 'slept', 'fainted', 'spilled', 'spilt', 'screamed', 'shouted', 'laughed', 'giggled', 'helped', 'handed', 'stayed', 'finished']);
/** Session 6: sure signs of a school day around a sentence-initial word-name (with CHILDISH): "golden time", "the yard", "the new boy". */
const SCHOOL_DAY = new WordGate(new Set(
  ('golden yard yards canteen register registration playtime breaktime maths phonics spellings detention coursework mocks mock gcse gcses blazer prom tutor ' +
    'stickers carpet licence boy boys girl girls lad lass kids times tables assembly toilets miss sir period periods seating ks1 ks2 ks3 ks4 ' +
    'reception nursery pe ta tas dinnerlady badge register buddy buddies storytime hometime topic planning merit merits multilink ' +
    'y1 y2 y3 y4 y5 y6 y7 y8 y9 y10 y11 y12 y13 yr1 yr2 yr3 yr4 yr5 yr6 ks1 ks2 eyfs dosbarth ' +
    // Session 7: the same in Welsh (the yard, playtime, assembly, the accident book) and a child's health service.
    'buarth chwarae gwasanaeth damweiniau camhs').split(' '),
));
/** After "X's", words that make it "X is" or "X has" ("Storm's coming", "River's gone down", "Sunny's a strong word"). */
const CONTRACTED = /^(?:a|an|the|not|never|just|so|really|finally|been|got|up|down|back|out|in|on|off|here|there|over|gone|done|made|left|brought|arrived|hit|about|always|still|too|very|going|coming|[a-z]+ing|[a-z]+ed)$/;
/** A past tense ("walked", "chose" is in CONTEXT_FOLLOWERS): what someone did. */
const PAST_ED = /^[a-z]{2,}[^e]ed$/;
/** A child's things and work after a name typed without its apostrophe ("hollys reading", "mays handwriting"). */
const CHILD_THINGS = new Set('reading writing handwriting spelling spellings maths work drawing painting story poem book books tray coat bag mum mam dad nan gran teacher homework behaviour confidence'.split(' '));
/** A school day's words that grown-ups' days have too ("lunch", "dinner", "break"): a school day only with "she"/"he" as well. */
const SCHOOL_DAY_WEAK = new WordGate(new Set('lunch lunches dinner dinners break breaks class group table line play'.split(' ')));
const NAMING_VERBS = new Set(['named', 'called', 'call']);
/** Before "is X": "the baby is Zofia", "a'i enw yw Twm". */
const NAMED_BEFORE = new Set(['baby', 'babi', 'enw', "name's"]);
const OWN_NAME = new Set(['her', 'his', 'their', 'your', 'my', 'own', 'its', 'our']);
/** The poster's own family named in the sentence or the one before: "my son", "(she's my sister…)". */
const OWN_FAMILY = new WordGate(new Set('son sons daughter daughters sister brother nan niece nephew cousin husband wife mum dad grandson granddaughter boy girl lad baby'.split(' ')));
const OWNER = new Set(['my', 'our', 'fy', 'ein']);
/** Session 7: a baby's days and the family's words, after "our"/"my" and a name (the poster's own, in English and Welsh). */
const BABY = new WordGate(new Set(('teething nappy nappies weaning crawling toddler buggy pram cot babygro christening granddaughter grandson ' +
  'daughter son baby babi wyres wyr mab merch ferch').split(' ')));

/*
 * Session 9: the poster's own child named with "my"/"our" and no relation word ("my Niamh read at Mass,
 * she's 7", "our Tobi's off his stabilisers"). A family's day around the name (an age, a birthday, bath
 * and bed, a bike, a christening) makes it theirs; a teacher's "my Orla in Year 4" names a class, a
 * lesson or the school, and stays a pupil.
 */
// Not the family's names ("nan", "grandad"): "our Amara… can stay with her grandad" is the child's.
const HOME_LIFE = new WordGate(new Set(('birthday bday ' +
  'bath bathtime bedtime asleep nap bike stabilisers scooter christening communion naming teething potty toddler tantrum cake candles ' +
  'presents garden car pram buggy gwely beic oed').split(' ')));
/** An age said of the child: "is 7 today", "Callum's 6", "turned 4", "she's 7", "2 year olds", "9th birthday", "5 oed". */
const AGE = /(?:\b(?:is|turned|turns|turning|he['’]?s|she['’]?s)|['’]s)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?=\s*(?:today|tomorrow|now|next|this|on\b|and\b|years?\b|months?\b|[!.,🎂🎉❤💕]|$))|\b\d{1,2}[- ]?(?:year|yr|month)s?[- ]?olds?\b|\b\d{1,2}(?:st|nd|rd|th) birthday\b|\b\d{1,2} (?:oed|mlwydd)\b/i;
/** The poster speaking as the child's parent or grandparent: "mummy loves you", "my clever girl", "where has the time gone". */
const PARENT_SELF = /\b(?:mummy|daddy|mammy|mam|mum|nanny|nana|grandma|grandad|granny) (?:loves|is so proud)\b|\bmy (?:(?:clever|little|big|beautiful|gorgeous|baby|brave|darling|precious|lovely|not so little) )*(?:girl|boy|babies|baby|lad|lass)\b|where(?:['’]?s| has| did)? (?:the|all the) time gone|\b(?:year|yr) olds? eh\b/i;
/** Praise a club or a class gives as much as a family, before "our"/"my": "well done to our Callum". */
const PRAISED = /\b(?:well done|congrats|congratulations|shout ?out|proud of|big up)\s+(?:to\s+)?(?:our|my)\s+(?:little\s+)?$/i;
/** The poster signing as the child's relative: "proud auntie here", "(from a very relieved mum)", "(Joshua's mum)", "best mummy", a bio's "Mum to Ellis & Noah". */
const POSTER_KIN = /\b(?:proud|relieved|emotional|soppy) (?:mum|mam|mummy|dad|daddy|auntie|aunty|nan|nana|nanny|grandma|grandad|uncle|godmother) here\b|\bbest (?:mummy|mum|mam|daddy|dad|nanny|nana|grandma|grandad)\b|\b(?:mum|mam|mummy|dad|daddy|nan|nanny|nana|grandma|grandad) (?:to|of) [^\s&]+ (?:&|and) [^\s\d]|\((?:from )?(?:a |your )?(?:very )?(?:\w+ )?(?:mum|mam|dad|nan|auntie|aunty|grandma|grandad)\)|\([^\s()]+['’]s (?:mum|mam|dad|nan)\)/i;
/** A teacher's words beside "my Orla": the class, a lesson, the school, a year group. */
const CLASSROOM = /\b(?:class|classes|classroom|pupils?|students?|teach(?:er|ers|ing)?|taught|lessons?|assembly|register|carpet|playground|playtime|lunchtime|merits?|stickers?|certificate|worksheet|school|homework|group|year ?\d{1,2}|yr ?\d{1,2}|y\d{1,2}|reception|ks[1-4]|eyfs|sats|dosbarth|ddosbarth|ysgol|disgybl\w*|gwers\w*|wers|athr\w+|miss|sir)\b/i;
/** A namesake asked about: "Ruby Pickering? the one who sang…", "Aoife Brennan? Isn't she the singer", "Summer Hughes? no, …". */
const ASKED_ABOUT = /^\s*\?+\s*(?:(?:the|that) (?:one|lad|girl|woman|man|bloke|lady|guy|fella|kid|singer|actor|actress)\b|(?:is|was)n['’]?t (?:she|he|that|it)\b|(?:no|nope|nah|na|nage|naddo)\b)/i;
/**
 * The poster says the name is someone else's: "(not my pupil, the presenter)", "(not that one, the country singer)",
 * "different Summer" (with no class or year group near: "Alfie Thompson (Year 5, not the footballer)" says
 * the pupil is not the famous one).
 */
const NOT_OURS = /\bnot (?:my|our|a|one of my) (?:pupils?|students?)\b/;
const NOT_THE_FAMOUS = /\bdifferent (?:one|\p{Lu}\p{L}+)\b|\bnot (?:that|the \p{L}+) one,? (?:the|she['’]?s|he['’]?s) (?:\p{L}+ )?(?:singer|actor|actress|footballer|presenter|youtuber|tiktoker|comedian|player)\b|\bnot the (?:singer|actor|actress|footballer|presenter|youtuber|tiktoker|comedian)\b/u;
/** A word for a grandmother or grandfather in another language that is also a given name: "visiting my lola in Manila". */
const KIN_WORDS = new Set('lola lolo nonna nonno oma opa abuela abuelo babcia babci dziadek bibi nani dadi amma ammachi yaya'.split(' '));
const POSSESSIVES = new Set(['my', 'our', 'their', 'his', 'her', 'your', 'fy', 'ein']);
/** A sale on: "Zara has a sale on", "50% off" (a cake sale is a school's). */
/** Session 9: the words each pattern below needs, looked for once per draft with a plain search (the patterns over a 20,000-character draft cost milliseconds). */
const F_PARENT = 1, F_KIN = 2, F_SALE = 4, F_REVIEW = 8, F_NOT = 16, F_DIFFERENT = 32;
const KIN_STRINGS = ['mum', 'mam', 'dad', 'nan', 'grand', 'aunt', 'uncle', 'godm'];
const PARENT_STRINGS = [' girl', ' boy', 'bab', ' lad', ' lass', 'time gone', ' olds'];
const has = (x: string, list: string[]) => list.some((w) => x.includes(w));
/** Session 9: the words of a note about a child after "Name -" (Welsh and English). */
const NOTE = new WordGate(new Set(('mam dad apwyntiad cyfarfod cynllun camhs meddyginiaeth ysbyty epilepsi diabetes asthma alergedd nyrs seicolegydd ' +
  'appointment referral meeting medication diagnosis ehcp iep absent absence sick').split(' ')));
/** A place reviewed: "does the best pizza", "do a mean calzone". */
const REVIEW = /\bdo(?:es)? (?:the best|a mean|a cracking|the nicest|a lovely|a great)\b/i;
const SALE = /\d+ ?% off|half price|\b(?:has|have|got) (?:a|their) sale on\b|\bin the sale\b/i;

/** "Gwenllian was the daughter of Llywelyn": someone in history. */
const HISTORY = new Set('daughter son wife husband king queen prince princess mother father sister brother widow'.split(' '));
/*
 * Session 4 (issue 12, pupil precision), by class: a famous pair a pupil's first name belongs to
 * ("William and Kate", "Ant and Dec"); a first name at the head of a set phrase that is a thing, not
 * a child ("Alexander technique", "Thomas Cook"); a mail address spelt out ("lowri dot parry at
 * gmail dot com"); abstract nouns that are also names, for which "is" proves nothing ("Hope is a
 * thing with feathers").
 */
const PAIRS: Record<string, string[]> = {
  william: ['kate', 'harry'], kate: ['william', 'wills'], harry: ['meghan', 'william', 'sally'], meghan: ['harry'], charles: ['camilla', 'diana', 'di'],
  ant: ['dec'], dec: ['ant'], tom: ['jerry'], jerry: ['tom', 'ben'], jack: ['jill', 'rose'], jill: ['jack'], romeo: ['juliet'], juliet: ['romeo'],
  adam: ['eve'], eve: ['adam'], bonnie: ['clyde'], hansel: ['gretel'], wallace: ['gromit'], sonny: ['cher'], ben: ['jerry', 'holly', 'bill'],
  bill: ['ben', 'ted'], ted: ['bill'], fred: ['ginger', 'george'], george: ['mildred', 'zippy', 'fred'], rosie: ['jim'], jim: ['rosie'],
  richard: ['judy'], judy: ['richard'], mary: ['joseph'], joseph: ['mary'], gavin: ['stacey'], stacey: ['gavin'], holly: ['phil', 'ben'], phil: ['holly'],
  // Session 9: a chain and a sitcom named after two people ("Frankie & Benny's", "Will & Grace").
  frankie: ['benny', 'bennys'], benny: ['frankie'], will: ['grace'], grace: ['will'],
  harri: ['meghan'], max: ['paddy', 'ruby'], ruby: ['max'], charlie: ['lola'], lola: ['charlie'], peppa: ['george'], phineas: ['ferb'], morecambe: ['wise'], torvill: ['dean'], chas: ['dave'],
};
const SET_PHRASES: Record<string, string[]> = {
  alexander: ['technique'], thomas: ['cook', 'tank'], jack: ['daniels', "daniel's", 'frost', 'russell', 'russells', 'wills', 'sprat'], henry: ['hoover'],
  oscar: ['winner', 'winning', 'winners', 'nominated', 'nomination', 'nominations', 'nominee', 'worthy', 'ceremony'], charlie: ['brown', 'chaplin', 'bucket', 'bit'],
  william: ['hill', 'morris', 'wallace', 'shakespeare'], harry: ['ramsden', "ramsden's", 'ramsdens'], victoria: ['sponge', 'station', 'plum', 'line'],
  rose: ['gold', 'quartz', 'wine', 'garden', 'bush', 'tinted', 'petals'], grace: ['period'], ruby: ['wedding', 'anniversary', 'slippers'], tom: ['thumb', 'kerridge'],
  lily: ['pad', 'pads', 'allen'], holly: ['willoughby', 'bush', 'berries', 'wreath'], summer: ['fair', 'term', 'holidays', 'hols', 'house'], robin: ['hood', 'redbreast', 'williams'],
  daisy: ['chain', 'chains'], poppy: ['appeal', 'seller', 'sellers', 'field', 'fields'], james: ['bond', 'corden', 'blunt', 'martin'], amber: ['warning', 'alert', 'light'],
  george: ['michael', 'ezra', 'cross', 'foreman', 'clooney'], sophie: ['ellis'], olivia: ['rodrigo', 'colman', 'newton'], ella: ['eyre', 'fitzgerald', 'henderson'],
  lewis: ['hamilton', 'capaldi'], oliver: ['twist', 'cromwell', 'reed'], freddie: ['mercury', 'flintoff'],
  teddy: ['bear', 'bears'], reece: ['pieces'], mason: ['jar', 'jars'], hunter: ['wellies', 'boots'], chase: ['bank'],
};
/**
 * First names one letter away from other common names (Alexandra/Alexander, Meghan/Megan,
 * Isabelle/Isabella): a different person, not a typo of a pupil's name.
 */
const OTHER_FIRST_NAMES = new Set(
  ('alexandra alexander meghan megan isabelle isabella isobel isabel henri olivier oliver olivia amelie amelia emilia emily sophia sofia sophie ' +
    'louisa louise lucie lucy lacey gracie elise elsie eliza ella ellis harriett harriet jacobs freya freda mia maya maja noa noah ' +
    'carys cerys ciara kiara rhiannon rhian dylan dillon jayden jaden kayden aiden aidan ethan evan nathan owen rowan ronan logan ' +
    'jessie jesse jess finlay finley findlay stanley ruben reuben lewis louis luis leon leo theo thea rosie posy lola lila lyla layla leila').split(' '),
);
/** Session 7: capitalised words of school life one letter from a name ("Estyn" is the Welsh inspectorate, not Iestyn). */
const NOT_TYPOS = new Set('estyn ofsted ofqual urdd senedd cymru'.split(' '));
/** Digits typed for letters in handles: a digit between letters. */
const LEET_INSIDE = /\p{L}[013457]+\p{L}/u;
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };
const AND = new Set(['and', '&', 'a', 'ac', '+']);
const MAIL = new Set('gmail hotmail outlook yahoo icloud btinternet live aol sky me googlemail protonmail'.split(' '));
/** Word-names that name a colour, stone or virtue: in a list of their own kind they are words ("Ruby, Amber and Jade"). */
const LIST_WORDS = new Set('amber jade ruby pearl crystal ivory ebony diamond jewel olive hazel honey ginger cherry scarlet violet saffron indigo sky blue'.split(' '));
/** After a list of names, what only people do: "Ruby and Amber were brilliant". */
const LIST_DOERS = new Set('were have had did both got won made'.split(' '));
const ABSTRACT_NAMES = new Set(('hope faith joy grace charity patience mercy liberty harmony destiny chance luck bliss honour honor glory ' +
  // Session 7: more nouns given as names ("Justice was done", "Math is not my thing").
  'justice peace favour favor blessing miracle treasure wisdom victory math').split(' '));
const SPEAKS = new Set('told asked said says showed wrote drew read sang explained whispered shouted announced wants wanted decided'.split(' '));
/** Does the draft hold an animal emoji at all? Asked once per draft (the last one is remembered). */
let petText = '';
let petAnswer = false;
function hasPetEmoji(text: string): boolean {
  if (text !== petText) {
    petText = text;
    // All of them are U+1F4xx: a native search for their first half rules out nearly every draft.
    petAnswer = text.includes('\uD83D') && PET_EMOJI.test(text);
  }
  return petAnswer;
}
const PET_EMOJI = /\uD83D[\uDC3E\uDC15\uDC08\uDC36\uDC31\uDC39\uDC30]/;
const SCHOOLISH = new WordGate(new Set('class school pupil pupils year teacher teachers assembly lesson lessons ysgol dosbarth homework reading phonics playground'.split(' ')));

/** Words that make "in X Y" a class or group, not a show: "in Oak Class", "in Year 3", "in Blue Group". */
const CLASSY = new Set('year yr class reception nursery group groups form set team house class\'s dosbarth blwyddyn'.split(' '));
/** "in my class", "in Year 5": after a name, a pupil. */
const IN_CLASS = new Set(['my', 'our', 'year', 'yr', 'class', 'reception', 'nursery', 'form', 'group', 'set']);

/** Words inside a longer name ("Church of England") that cannot end one. */
const JOINING = new Set(['and', 'the', 'of', 'in']);

/** A space, or a character folding reads as one (no-break and narrow spaces: normalise.ts). */
const isSpace = (c: number) => c === 32 || (c >= 0x80 && foldCodePoint(c) === ' ');

/** Exactly one space between two words, not counting characters folding removes (zero-width, accents). */
function oneSpaceBetween(text: string, a: number, b: number): boolean {
  if (b === a + 1) return isSpace(text.charCodeAt(a));
  let spaces = 0;
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if (isSpace(c)) spaces++;
    else if (!vanishes(c)) return false;
  }
  return spaces === 1;
}

/** "Replying to @gazthomas": the account answered, someone else's, not a pupil's name inside it. */
function replyingTo(toks: TokenList, i: number): boolean {
  return i > 1 && toks.get(i)!.tag === '@' && toks.get(i - 1)!.norm === 'to' && /^(?:replying|reply|replied)$/.test(toks.get(i - 2)!.norm);
}

function dotsBetween(text: string, toks: TokenList, i: number, n: number): boolean {
  for (let k = i; k < i + n - 1; k++) if (text.charCodeAt(toks.get(k)!.end) !== 46) return false;
  return true;
}

function allCapitalised(toks: TokenList, i: number, n: number): boolean {
  for (let k = i; k < i + n; k++) {
    const x = toks.get(k)!;
    if (!x.cap && !x.tag) return false;
  }
  return true;
}

/** Two tokens belong to one name when only a few non-newline separators sit between them. */
function near(doc: Doc, a: Token, b: Token): boolean {
  // Characters folding removes (zero-width, stray accents) do not count towards the gap.
  if (b.start - a.end > MAX_GAP * 4) return false;
  let gap = 0;
  for (let k = a.end; k < b.start; k++) {
    const c = doc.text.charCodeAt(k);
    if (c === 10 || c === 0x2028 || c === 0x2029) return false;
    if (!vanishes(c) && ++gap > MAX_GAP) return false;
  }
  return true;
}

function nameCue(toks: TokenList, i: number): 'strong' | 'weak' | '' {
  const t = toks.get(i)!;
  if (t.initial || i === 0) return '';
  const p = toks.get(i - 1)!.norm;
  const p2 = i > 1 ? toks.get(i - 2)!.norm : '';
  if (p === 'congrats' || p === 'congratulations' || p === 'dear' || p === 'hi' || p === 'hey' || p === 'bye' || p === 'xx') return 'strong';
  if ((p === 'done' && p2 === 'well') || (p === 'of' && p2 === 'proud') || (p === 'birthday' && p2 === 'happy') || (p === 'you' && p2 === 'thank')) return 'strong';
  if (p === 'to' && (p2 === 'congrats' || p2 === 'congratulations' || p2 === 'out' || p2 === 'shoutout')) return 'strong';
  if (p === 'with' || p === 'and' || p === 'to' || p === 'for' || p === 'from' || p === 'by' || p === 'love' || p === 'miss' || p === 'go' || p === 'thanks') return 'weak';
  return '';
}

const NOT_A_NAME_BEFORE: Record<string, string[]> = {
  eve: ['christmas', 'year', 'years', 'hallows', 'new'],
  grace: ['saving', 'saying', 'amazing', 'your', 'his', 'her', 'state', 'of'],
  hope: ['in', 'of', 'no', 'false', 'all', 'lost', 'new'],
  may: ['in', 'of', 'early', 'late', 'mid', 'end', 'since', 'until', 'till', 'by', 'from', 'this', 'next', 'last'],
  // "the Isle of Skye".
  skye: ['of', 'isle'],
  // Session 7: the Welsh months ("mis Medi", "ym mis Mai").
  medi: ['mis', 'fis'],
  mai: ['mis', 'fis'],
};

/** Is a word-name (Will, Rose, May…) used as a person's name here? */
function usedAsName(doc: Doc, toks: TokenList, i: number, strict: boolean): boolean {
  const t = toks.get(i)!;
  // Session 7: a word-name's own tag in lower case is the word ("#haf #ceredigion", "#eira"), not the child by itself.
  if (t.tag) return t.cap || !WORD_NAMES.has(t.norm);
  const cue = nameCue(toks, i);
  if (cue === 'strong') return !t.allCaps || t.norm.length > 2;
  const next = toks.get(i + 1);
  const nextNear = next && near(doc, t, next) && !next.initial ? next : undefined;
  // "hope asked me", "Summer wrote a story": a sentence that starts with someone doing something.
  const doing = t.initial && !t.poss && !!nextNear && PERSON_VERBS.has(nextNear.norm) && !(strict && seasonal(toks, i, nextNear));
  // "Grace, bless her, asked…": said of a child (a grown-up of the poster's family is vetoed elsewhere).
  if (nextNear?.norm === 'bless' && doc.text.charCodeAt(t.end) === 44) return true;
  // "Hope yn ennill ras", "Grace yn gofyn": Welsh "is …ing" after a sentence's first word.
  // Session 7: not for a name that is a Welsh word ("Llinos yn canu", "Aeron yn gorlifo" are a bird and a river): the sentence must be about school (looksLikeName).
  const welshWord = WELSH_WORDS.has(t.norm);
  if (t.initial && t.cap && !strict && !welshWord && nextNear?.norm === 'yn' && toks.get(i + 2) && !/^(?:y|yr|ei|fy|dy|ein|eu|barod|dda|wych|hyfryd|braf)$/.test(toks.get(i + 2)!.norm)) return true;
  // Session 6: "Grace wedi darllen llyfr", "Robin wedi cwympo i gysgu": Welsh "has …" after a sentence's first word.
  if (t.initial && t.cap && !strict && !welshWord && nextNear?.norm === 'wedi') return true;
  // Session 7: a Welsh word-name is someone before what only a person does ("Seren yn gofyn", "Heulwen yn dweud wrtha i", "Grug yn gwrthod").
  if (welshWord && t.initial && t.cap && (nextNear?.norm === 'yn' || nextNear?.norm === 'wedi') && WELSH_PERSON_VERBS.has(toks.get(i + 2)?.norm ?? '')) return true;
  // "Robin in 8R wrote…", "Summer in Year 3": a name placed in a class.
  if (t.initial && nextNear?.norm === 'in') {
    const cls = toks.get(i + 2);
    if (cls && (IN_CLASS.has(cls.norm) || /^\d{1,2}[a-z]{0,2}$/.test(cls.norm))) return true;
  }
  if (t.allCaps) return false;
  // "jade's mum rang again", "holly's reading book": a child's family or school things.
  if (!t.cap && t.poss && nextNear && CHILD_POSS.has(nextNear.norm)) return true;
  if (!t.cap) return doing;
  const prev = i > 0 && !t.initial ? toks.get(i - 1)!.norm : '';
  if (NOT_A_NAME_BEFORE[t.norm]?.includes(prev) || THING_BEFORE.has(prev)) return false;
  // "May 2025", "Summer term", "the May half term": dates and seasons, not people.
  if (nextNear && /^\d/.test(nextNear.norm)) return false;
  if (strict) return (cue === 'weak' && !!prev && t.poss) || doing;
  if (cue === 'weak') return true;
  if (!t.initial) {
    // Title Case Headings ("Hope For The Best") capitalise every word.
    const p = toks.get(i - 1);
    if (p && p.cap && !p.initial && nextNear?.cap) return false;
    // "White Rose maths", "Red Rose": a word-name after another capitalised word that is no cue.
    // Not across a comma: "Hope, Faith and Joy" is a list of names.
    if (p && p.cap && !p.allCaps && !p.initial && near(doc, p, t) && !doc.text.slice(p.end, t.start).includes(',')) return false;
    return true;
  }
  // "Hope is a thing with feathers": for a name that is an abstract noun, "is" proves nothing.
  // Session 6: "'s" alone proves nothing at a sentence's start ("Storm's coming", "River's gone down", "Sunny's a strong word"):
  // only before a child's things here; otherwise the sentence must be about a school day (looksLikeName).
  // Session 7: before a capitalised word it is a title or a brand ("Destiny's Child", "Prince's Trust", "Hope's Kitchen").
  if (t.poss) return !!nextNear && !(nextNear.cap && !nextNear.allCaps) && (!CONTRACTED.test(nextNear.norm) || CHILD_THINGS.has(nextNear.norm) || CHILD_POSS.has(nextNear.norm));
  // Session 7: nor "was" ("Justice was done", "Peace was restored"): the sentence must be about school (looksLikeName).
  return !!nextNear && NAME_FOLLOWERS.has(nextNear.norm) && !((nextNear.norm === 'is' || nextNear.norm === 'was') && ABSTRACT_NAMES.has(t.norm));
}

export class NameIndex {
  private singles = new Map<string, NameForm>();
  private multi = new Map<string, NameForm[]>();
  private multiKeys = new Set<string>();
  /** First tokens of multi-token forms: most words skip building a two-word key. */
  private multiFirst = new Set<string>();
  /**
   * Every word a match can start with, as this index's bit in a word → mask table (the scanner's
   * lexicon, so the tokeniser has already looked each word up); a lower-case word without the bit
   * needs no further look-up.
   */
  private readonly lexicon: Lexicon;
  private readonly bit: number;
  /** Words after a name that show it is a person ("came", "is"), once typos are looked for (addFuzzy). */
  private followBit = 0;
  /** Words before a name that show one follows ("well done", "congrats"), for typos typed in lower case. */
  private cueBit = 0;
  private joined = new Map<string, NameForm>();
  private fuzzy = new Map<string, NameForm[]>();
  /** People as first name → form (with its surnames) and surname → first names; cheaper than one form per pairing. */
  private lasts = new Map<string, Set<string>>();
  /** Surname → initials of its first names, for "E. Smith". */
  private lastInitials = new Map<string, Set<string>>();
  private affixLens = new Set<number>();
  private affix = new Map<string, NameForm>();
  /** Words a match may run on into ("Green Lane" + "Primary School"), so the highlight covers them. */
  extend: Set<string> = new Set();

  /** `lexicon`: the scanner's, which its drafts are tokenised with, so every word carries this index's bit. */
  constructor(lexicon: Lexicon) {
    this.lexicon = lexicon;
    this.bit = lexicon.claim();
  }

  private start(word: string): void {
    this.lexicon.mark(word, this.bit);
  }

  add(form: NameForm): void {
    const t = form.tokens;
    if (t.length === 0 || t.some((x) => !x)) return;
    this.start(t[0]!);
    if (t.length === 1) {
      const had = this.singles.get(t[0]!);
      // A plain name beats a word-name for the same token (two pupils, "Will" and "Will").
      if (!had || (had.wordName && !form.wordName)) this.singles.set(t[0]!, form);
      return;
    }
    const all = t.join(' ');
    if (this.multiKeys.has(all)) return;
    this.multiKeys.add(all);
    this.multiFirst.add(t[0]!);
    const key = t[0] + ' ' + t[1];
    const list = this.multi.get(key);
    if (!list) this.multi.set(key, [form]);
    else {
      // Longest first, so "Ellie Mae Smith" wins over "Ellie Mae".
      let k = list.length;
      while (k > 0 && list[k - 1]!.tokens.length < t.length) k--;
      list.splice(k, 0, form);
    }
  }

  /**
   * A person: `first` alone (as `firstForm`), "First Last", "Last, First", "F. Last", "First L" and
   * #FirstLast. Stored as two maps rather than a form per pairing, so 50,000 names compile quickly.
   */
  addPerson(first: string, last: string | undefined, makeForm: (first: string) => NameForm): void {
    let f = this.singles.get(first);
    // Every key of singles and lasts is already a start word: a big list repeats its names.
    if (!f) this.start(first);
    if (last && !this.lasts.has(last)) this.start(last);
    if (!f || !f.surnames) {
      const form = makeForm(first);
      if (!f || !f.wordName || form.wordName) {
        f = { ...form, surnames: new Set<string>(), initials: new Set<string>() };
        this.singles.set(first, f);
      } else {
        f = { ...f, surnames: new Set<string>(), initials: new Set<string>() };
        this.singles.set(first, f);
      }
    }
    if (!last) return;
    f.surnames!.add(last);
    (f.initials ??= new Set()).add(last[0]!);
    let firsts = this.lasts.get(last);
    if (!firsts) this.lasts.set(last, (firsts = new Set()));
    firsts.add(first);
    let inits = this.lastInitials.get(last);
    if (!inits) this.lastInitials.set(last, (inits = new Set()));
    inits.add(first[0]!);
    const joined = first + last;
    if (joined.length >= 4 && !this.joined.has(joined)) {
      this.joined.set(joined, f);
      this.start(joined);
    }
  }

  addJoined(joined: string, form: NameForm, asAffix = true): void {
    if (joined.length < 4) return;
    this.start(joined);
    if (!this.joined.has(joined)) this.joined.set(joined, form);
    if (asAffix) this.addAffix(joined, form);
  }

  /** Also found inside a lower-case hashtag or handle ("#welldoneellie"). */
  addAffix(s: string, form: NameForm): void {
    if (s.length < 4 || form.wordName) return;
    this.affixLens.add(s.length);
    if (!this.affix.has(s)) this.affix.set(s, form);
  }

  /**
   * One-letter typos (missing, extra, changed or swapped letter) of a name of five letters or more.
   * Only the first person with the name adds them, so the form is made only then.
   */
  addFuzzy(name: string, makeForm: () => NameForm, minLength = 5): void {
    if (name.length < minLength || this.fuzzy.has(name)) return;
    if (!this.followBit) {
      this.followBit = this.lexicon.claim();
      for (const w of NAME_FOLLOWERS) this.lexicon.mark(w, this.followBit);
      this.lexicon.mark('in', this.followBit);
      this.cueBit = this.lexicon.claim();
      for (const w of CUES) this.lexicon.mark(w, this.cueBit);
    }
    const form = makeForm();
    for (const d of [name, ...deletions(name)]) {
      const list = this.fuzzy.get(d);
      if (!list) this.fuzzy.set(d, [form]);
      else if (!list.includes(form)) list.push(form);
    }
  }

  /** Is `word` already a name of this index (a first name, surname or joined name)? */
  has(word: string): boolean {
    return this.singles.has(word) || this.lasts.has(word) || this.joined.has(word);
  }

  get size(): number {
    return this.singles.size + this.multi.size + this.joined.size;
  }

  scan(doc: Doc, report: Report): void {
    const toks = doc.tokens;
    const { bit } = this;
    // Most words are lower-case ordinary words: no match can start there. (A lower-case untagged
    // word that starts no name can only be a match as part of one, found from its first word.) The
    // tokeniser listed the words that are capitalised, tagged, camel-case or in the lexicon.
    // A capitalised word that starts no name (most of them: "The", "Sunday") can still begin a
    // typo of a first name, an initial ("E. Smith") or a near-miss before a surname ("Elly Smith"),
    // all of which need people in the index; or a joined name with a number ("Greenlane2").
    const people = this.lasts.size > 0 || this.fuzzy.size > 0;
    const fuzzy = this.fuzzy.size > 0;
    const { text } = doc;
    let i = 0;
    for (const k of doc.notable) {
      if (k < i) continue;
      // Decided from the packed facts first: most notable words are capitalised ordinary words,
      // and making their objects and folded strings was most of this rule's cost.
      const f = doc.flagsOf(k);
      if (!(doc.maskOf(k) & bit) && !(f & (HASH | AT | CAMEL))) {
        if (!(f & CAP)) {
          if (doc.maskOf(k) & this.followBit && k > i) this.lowerBefore(doc, toks, k, report);
          if (doc.maskOf(k) & this.cueBit && this.lowerAfterCue(doc, toks, k, report)) i = k + 2;
          continue;
        }
        const digitLast = text.charCodeAt(doc.endOf(k) - 1) <= 57;
        if (!people && !digitLast) continue;
        // Without a surname next, such a word can only be a typo of a first name, which is
        // never looked for at the start of a sentence or in capitals.
        if (!digitLast && !(doc.maskOf(k + 1) & bit)) {
          if (!fuzzy || f & ALL_CAPS) continue;
          // A typo that starts a sentence is only looked for before a word that shows a person
          // ("Gehtin has…", "Freeddie's"): most sentences start with an ordinary capitalised word.
          if (f & INITIAL && !(f & POSS) && !(doc.maskOf(k + 1) & this.followBit) && !(doc.flagsOf(k + 1) & CAP && doc.endOf(k + 1) - doc.startOf(k + 1) === 1)) continue;
          const len = f & PLAIN ? doc.endOf(k) - doc.startOf(k) : doc.word(k).length;
          if (len < 4 || len > 16) continue;
        }
      }
      const from = i;
      i = this.at(doc, toks, k, report, true);
      if (i === k + 1 && k > from && !(f & CAP)) this.lowerBefore(doc, toks, k, report);
    }
  }

  /**
   * Names typed in lower case that start no name of the list, found from the word after them: a
   * first name (typo or short form) before one of the list's surnames ("jacub zielinski", "gwen
   * rees"), or a typo of a first name that starts a sentence before a verb ("amelai came round").
   */
  private lowerBefore(doc: Doc, toks: TokenList, k: number, report: Report): void {
    // Decided from the packed facts first: most of these words follow an ordinary word.
    const pf = doc.flagsOf(k - 1);
    if (pf & (CAP | HASH | AT) || (doc.maskOf(k - 1) & this.bit && !this.singles.get(doc.word(k - 1))?.needSurname)) return;
    if (!(doc.maskOf(k) & this.bit) && !(pf & INITIAL)) return;
    const t = toks.get(k)!;
    const p = toks.get(k - 1)!;
    if (p.cap || p.tag || (p.mask & this.bit && !this.singles.get(p.norm)?.needSurname) || !near(doc, p, t)) return;
    const firsts = t.mask & this.bit ? this.lasts.get(t.norm) : undefined;
    if (firsts && this.firstOf(firsts, p.norm, p.norm.length >= 5 ? 2 : 1)) {
      report(p.start, t.end);
      return;
    }
    if (t.mask & this.followBit && p.initial && this.fuzzy.size && p.norm.length >= 4 && p.norm.length <= 16 && this.fuzzyMatch(p.norm) && !this.fuzzyMatch(p.norm)!.needSurname) {
      if (t.norm === 'in' && !IN_CLASS.has(toks.get(k + 1)?.norm ?? '')) return;
      report(p.start, p.end);
    }
  }

  /**
   * A first name typed in lower case with a typo right after a cue that a name follows ("well done
   * freddei", "congrats olvier", "happy birthday amleia"): such words are in no list, so they are
   * found from the cue.
   */
  private lowerAfterCue(doc: Doc, toks: TokenList, k: number, report: Report): boolean {
    const cue = toks.get(k)!;
    if (cue.norm === 'done' && (k === 0 || toks.get(k - 1)!.norm !== 'well')) return false;
    if (cue.norm === 'birthday' && (k === 0 || toks.get(k - 1)!.norm !== 'happy')) return false;
    const t = toks.get(k + 1);
    if (!t || t.cap || t.tag || t.mask & this.bit || !near(doc, cue, t) || t.norm.length < 5 || t.norm.length > 16) return false;
    const f = this.fuzzyMatch(t.norm);
    if (!f || f.needSurname) return false;
    report(t.start, t.end);
    return true;
  }

  /** Is `w` one of these first names give or take a typo, or its start ("gwen" for Gwenllian)? */
  private firstOf(firsts: Set<string>, w: string, edits: number): boolean {
    if (w.length < 3) return false;
    let n = 0;
    for (const f of firsts) {
      if (f[0] === w[0] && (editDistance(f, w, edits) <= edits || (f.length > w.length && f.startsWith(w)))) return true;
      if (++n >= 32) break;
    }
    return false;
  }

  /**
   * A pupil's full name that is also a famous person's or a thing's, used as such: film, television,
   * radio or a stadium in the sentence and nothing about school ("Sophie Turner in the new trailer",
   * "The Jack Walker stand").
   */
  private famousNamesake(doc: Doc, toks: TokenList, i: number): boolean {
    const t = toks.get(i)!;
    const prev = i > 0 && !t.initial ? toks.get(i - 1) : undefined;
    if (prev?.norm === 'the' && near(doc, prev, t)) return true;
    // Session 9: "Sir Ben Ainslie's boat", "Dame Kelly Holmes": a title no pupil has.
    if (prev && TITLES.has(prev.norm) && prev.cap && near(doc, prev, t)) return true;
    // Session 6: "my little Jude O'Sullivan" (a grandma on the under 9s): the poster's own, outside a sentence about school.
    if (prev && BRIDGE.has(prev.norm) && i > 1 && OWNER.has(toks.get(i - 2)!.norm) && this.around(doc, toks, i, 1, ELDERS) && !this.schoolDay(doc, toks, i)) return true;
    // Session 6: "a Jack Russell", "an Oliver Twist": a famous name as a breed or a thing ("such a Noah Owen thing to do" stays him).
    if ((prev?.norm === 'a' || prev?.norm === 'an') && near(doc, prev, t) && FAMOUS_FULL.has(t.norm + ' ' + toks.get(i + 1)!.norm)) return true;
    if (this.asAName(toks, i)) return true;
    const last = toks.get(i + 1)!;
    if (this.noRelation(doc, last.end)) return true;
    // Session 9: asked about ("Hope Cartwright? the one who played Dorothy"), said to be a relative in brackets
    // ("Summer Bradley (my niece)"), a business ("Arjun Patel's shop", "Charlie Bates cafe"), or the poster's own in a family's day.
    const third = toks.get(i + 2);
    if (this.askedAbout(doc, toks, i, last.end) || (third?.cap && near(doc, last, third) && this.askedAbout(doc, toks, i, third.end))) return true;
    if (bracketSaysOther(doc.text, last.end)) return true;
    const shop = toks.get(i + 2);
    if (shop && BUSINESSES.has(shop.norm) && near(doc, last, shop)) return true;
    if (this.familyDay(doc, toks, i, prev)) return true;
    // "Jack Russell the cricketer": a famous one known by a calling.
    const the = toks.get(i + 2);
    if (the?.norm === 'the' && FAMOUS_FULL.has(t.norm + ' ' + last.norm) && !this.schoolDay(doc, toks, i)) return true;
    // "Archie Morris from the council": someone from the poster's grown-up world ("from" only: a pupil
    // may well be "at the hospital").
    const from = toks.get(i + 2)?.norm;
    if (from === 'from' || from === 'o') {
      for (let k = i + 3; k < i + 6 && k < toks.length; k++) {
        const w = toks.get(k)!.norm;
        if (GROWN_UP_PLACES.has(w)) return true;
        if (!BEFORE_PLACE.has(w)) break;
      }
    }
    // "Sophie Turner as Sansa Stark": an actor in a role. "George Cooper in Young Sheldon": in a
    // show's title of two capitalised words, not a class ("in Oak Class", "in Year 3", "in Blue Group").
    const as = toks.get(i + 2);
    if (as?.norm === 'as' && toks.get(i + 3)?.cap && !toks.get(i + 3)!.initial) return true;
    if (as?.norm === 'in') {
      const a = toks.get(i + 3), b = toks.get(i + 4);
      if (a && b && a.cap && b.cap && !a.initial && !b.initial && !a.allCaps && near(doc, as, a) && near(doc, a, b) && !CLASSY.has(a.norm) && !CLASSY.has(b.norm) && !CLASSY.has(toks.get(i + 5)?.norm ?? '')) return true;
    }
    // "lucy.stevens_84 at hotmail": an address typed out.
    const dot = doc.text.charCodeAt(t.end);
    if (!t.tag && (dot === 46 || dot === 95) && /[\p{L}\p{N}]/u.test(doc.text.charAt(t.end + 1))) return true;
    // A famous full name, with nothing about school or a child in the sentence and no "well done" before it ("Lewis Hamilton robbed in Abu Dhabi").
    // Session 7: the sentence after counts too (a quote opens one: 'to say "George Russell needs the toilet" in a register').
    // Session 8: before the verbs below: the famous say and tell things too ("Muhammad Ali said float like a butterfly").
    if (FAMOUS_FULL.has(t.norm + ' ' + last.norm) && !nameCue(toks, i) && !this.schoolDay(doc, toks, i, 1)) return true;
    // Someone who asks, tells or writes is a child in the poster's day, whatever else is named.
    const after = toks.get(i + 2);
    if (after && PERSON_VERBS.has(after.norm)) return false;
    return this.around(doc, toks, i, 0, MEDIA) && !this.around(doc, toks, i, 0, CHILDISH);
  }

  /** A surname of this first name's, one typo out (two from seven letters), with the same first letter. */
  private surnameTypo(f: NameForm, s: string): boolean {
    const max = s.length >= 7 ? 2 : 1;
    let n = 0;
    for (const l of f.surnames ?? []) {
      if (l[0] === s[0] && l.length >= 4 && !this.lasts.has(s) && editDistance(s, l, max) <= max) return true;
      if (++n >= 32) break;
    }
    return false;
  }

  private known(s: string): boolean {
    return this.singles.has(s) || this.lasts.has(s);
  }

  private isSurnameOf(f: NameForm, s: string, maxEdits: number): boolean {
    if (f.surname === s || f.surnames?.has(s)) return true;
    if (maxEdits === 0) return false;
    if (f.surname && editDistance(s, f.surname, maxEdits) <= maxEdits) return true;
    // A popular first name in a big school has many surnames; a typo check on a few dozen is enough
    // and keeps the cost of a word flat in the size of the list.
    if (f.surnames) {
      let n = 0;
      for (const l of f.surnames) {
        if (editDistance(s, l, maxEdits) <= maxEdits) return true;
        if (++n >= 32) break;
      }
    }
    return false;
  }

  /** "Harry Styles", "Ellie Goulding": a capitalised word right after the first name that is not this pupil's surname. */
  private otherSurname(doc: Doc, toks: TokenList, i: number, f: NameForm): boolean {
    const t = toks.get(i)!;
    const next = toks.get(i + 1);
    if (!next || !oneSpaceBetween(doc.text, t.end, next.start) || t.poss) return false;
    // In lower case, a surname of the list that is not this person's, or a famous one ("cerys matthews").
    if (!t.cap && !t.tag && !next.cap && next.norm.length >= 3 && (this.lasts.has(next.norm) || FAMOUS_SURNAMES.has(next.norm))) return !this.isSurnameOf(f, next.norm, 1);
    // A surname of the list that is not this person's ("Tom Jones" when no Tom is a Jones) is someone else's name.
    // "Ronnie O'Sullivan": an O' surname, read whole.
    if (next.norm === 'o' && next.cap && /^['’]\p{Lu}/u.test(doc.text.slice(next.end, next.end + 2))) {
      const rest = toks.get(i + 2);
      if (rest && rest.start <= next.end + 1) return !this.isSurnameOf(f, 'o' + rest.norm, 0) && !this.isSurnameOf(f, rest.norm, 0);
    }
    if (!next.cap || next.allCaps || next.initial || next.norm.length < 2) return false;
    // A first name of the list next may be a second pupil in a list ("Ellie Rose and Max"); without
    // "and" or a comma after it, the two are one person's names ("Dafydd Iwan"), and not a pupil's.
    if (this.singles.has(next.norm)) return !this.isSurnameOf(f, next.norm, 0) && !this.listGoesOn(doc, toks, i + 1);
    // Another pupil's surname exactly ("Jacob Rees" when Jacob is a Reed) is no typo of this one's.
    return !this.isSurnameOf(f, next.norm, this.lasts.has(next.norm) ? 0 : 1);
  }

  /**
   * Is token i listed beside another virtue or colour ("Faith, Hope", "Amber and Jade"), with no
   * "well done…" before the list and nothing only people do after it ("Ruby and Amber were brilliant")?
   */
  private wordList(doc: Doc, toks: TokenList, i: number): boolean {
    const kind = (x: Token | undefined) => !!x && x.cap && !x.allCaps && (ABSTRACT_NAMES.has(x.norm) || LIST_WORDS.has(x.norm));
    const comma = (a: Token, b: Token) => b.start - a.end <= 3 && doc.text.slice(a.end, b.start).includes(',');
    let first = i;
    while (first > 0 && !toks.get(first)!.initial) {
      const p = toks.get(first - 1)!;
      if (AND.has(p.norm) && first >= 2 && kind(toks.get(first - 2))) first -= 2;
      else if (kind(p) && comma(p, toks.get(first)!)) first -= 1;
      else break;
    }
    let last = i;
    for (;;) {
      const n = toks.get(last + 1);
      if (n && AND.has(n.norm) && kind(toks.get(last + 2)) && !toks.get(last + 2)!.initial) last += 2;
      else if (n && kind(n) && !n.initial && comma(toks.get(last)!, n)) last += 1;
      else break;
    }
    if (first === last || nameCue(toks, first) === 'strong') return false;
    const after = toks.get(last + 1);
    return !(after && (PERSON_VERBS.has(after.norm) || LIST_DOERS.has(after.norm)));
  }

  /** The word after a comma or "and" following token k: a capitalised first name ("Holly, Ruby and Daisy")? */
  private nextInList(doc: Doc, toks: TokenList, k: number): boolean {
    let n = toks.get(k + 1);
    if (n && AND.has(n.norm)) n = toks.get(k + 2);
    return !!n && n.cap && !n.allCaps && (this.singles.has(n.norm) || COMMON_FIRST_NAMES.has(n.norm) || OTHER_FIRST_NAMES.has(n.norm));
  }

  /** After token k, does a list of names go on ("Ellie Rose, Max", "Ellie Rose and Max")? */
  private listGoesOn(doc: Doc, toks: TokenList, k: number): boolean {
    const t = toks.get(k)!;
    const c = doc.text.charCodeAt(t.end);
    if (c === 44 || c === 38 || c === 43 || c === 47) return true;
    const n = toks.get(k + 1);
    return !!n && near(doc, t, n) && AND.has(n.norm);
  }

  private accept(doc: Doc, toks: TokenList, i: number, f: NameForm): boolean {
    // The cheap tests first; whether it is plainly someone else (the longest) only for what passes them.
    return this.looksLikeName(doc, toks, i, f) && !(f.surnames && !toks.get(i)!.tag && this.notThisPupil(doc, toks, i));
  }

  private looksLikeName(doc: Doc, toks: TokenList, i: number, f: NameForm): boolean {
    const t = toks.get(i)!;
    if (f.when && (!t.tag || f.tagWhen) && !f.when(doc, t.start, t.end)) return false;
    // A short form only with the surname or its initial ("Kath C"), found before this.
    if (f.needSurname) return false;
    // Session 9: lowerIf also lets initials in lower case through where the form says ("back at sjf monday").
    if (f.needCapsOrTag) return t.allCaps || !!t.tag || (!t.cap && ((!!f.lowerInText && this.inText(doc, toks, i)) || !!f.lowerIf?.(doc, t.start, t.end)));
    if (f.needCap && !(t.cap || t.tag) && !f.lowerIf?.(doc, t.start, t.end)) return false;
    if (f.mutated) return t.cap && !t.allCaps && i > 0 && !t.initial && WELSH_MUTATORS.has(toks.get(i - 1)!.norm) && near(doc, toks.get(i - 1)!, t);
    if (f.vetoOtherSurname && !t.tag && this.otherSurname(doc, toks, i, f)) return false;
    if (f.wordName) {
      const next = toks.get(i + 1);
      if (next && near(doc, t, next) && this.isSurnameOf(f, next.norm, 0)) return true;
      // "Faith, Hope and Charity", "Ruby, Amber and Jade are the house colours", "Hope and Joy on the mugs":
      // virtues and colours listed with their own kind, not after "well done…" and not about school.
      if (!t.tag && (ABSTRACT_NAMES.has(t.norm) || LIST_WORDS.has(t.norm)) && this.wordList(doc, toks, i) && !this.around(doc, toks, i, 0, CHILDISH)) return false;
      if (usedAsName(doc, toks, i, !!f.strict || STRICT_WORD_NAMES.has(t.norm))) return true;
      // Issue 12: a word-name starting a sentence about a child ("Summer's reading has come on so much
      // … to the class", "May finally got her pen licence … the classroom"): accepted only with a
      // school or child word in the sentence and no grown-ups' life.
      let n = next && near(doc, t, next) ? next : undefined;
      // Session 7: "Llinos bach yn crio", "Haf fach wedi…": the endearment after a Welsh name; what follows it decides.
      if (n && (n.norm === 'bach' || n.norm === 'fach')) {
        const after = toks.get(i + 2);
        if (after && near(doc, n, after) && (after.norm === 'yn' || after.norm === 'wedi')) n = after;
      }
      // A month or season also needs "she"/"he" ("Summer's finally here … kids in the pool" is the season).
      const strict = !!f.strict || STRICT_WORD_NAMES.has(t.norm);
      // "Holly, Ruby and Daisy were the three kings": one of a list of first names.
      // Only in a sentence about school ("Faith, Hope and Charity", "Ruby, Amber and Jade" are no children).
      if (t.cap && !t.allCaps && !t.poss && this.listGoesOn(doc, toks, i) && this.nextInList(doc, toks, i) && this.around(doc, toks, i, 0, CHILDISH) && !this.around(doc, toks, i, 0, ADULT_LIFE)) return true;
      // Session 6: in lower case too ("faith made me a bracelet in wet play"), not a month or season.
      // In lower case only before what a child does ("ivy is taking over the wall" is the plant), or "has"/"had" with "she"/"he" ("may has lost her tooth").
      // Session 6: a past tense in -ed ("Storm chose", "Brooke walked"); the sentence after may show the school day ("Summer has decided she's a cat. She meowed the whole register").
      const pronoun = this.around(doc, toks, i, 0, PRONOUNS);
      // Welsh "yn"/"wedi" + a verb after it ("may yn colli dant… yn y dosbarth").
      const welsh = !!n && (n.norm === 'yn' || n.norm === 'wedi');
      const lowerOk = !!n && (CONTEXT_FOLLOWERS.has(n.norm) || PERSON_VERBS.has(n.norm) || PAST_ED.test(n.norm) || welsh || ((n.norm === 'has' || n.norm === 'had') && pronoun));
      // Session 9: Welsh note-style drafts ("Derwen - apwyntiad CAMHS dydd Iau", "EIRA!!! croeso nôl i'r dosbarth",
      // "Hedd 😂😂 eto yn y wers") and a Welsh verb only a person does after "yn"/"wedi" ("tirion yn gwrthod gadael mam").
      if (t.initial && !strict && !this.around(doc, toks, i, 0, ADULT_LIFE) && (this.noteStart(doc, toks, i) || this.welshDoer(doc, toks, i))) return true;
      return t.initial && !t.allCaps && (t.cap || ((!strict || n?.norm === 'has' || n?.norm === 'had' || welsh) && lowerOk)) && (t.poss || (!!n && (NAME_FOLLOWERS.has(n.norm) || CONTEXT_FOLLOWERS.has(n.norm) || PAST_ED.test(n.norm) || welsh || (n.norm === 'and' && toks.get(i + 2)?.norm === 'i')) && !(n.norm === 'is' && ABSTRACT_NAMES.has(t.norm) && !pronoun) && !(strict && seasonal(toks, i, n)))) &&
        this.schoolDay(doc, toks, i, 1) && !this.around(doc, toks, i, 0, ADULT_LIFE) && (!strict || pronoun || welsh);
    }
    return true;
  }

  /**
   * Session 9: a word-name that opens a note about a child: before a dash or colon and a note's words ("Derwen -
   * apwyntiad CAMHS", "Glain: mam wedi gofyn…"), or in capitals before "!" or before emoji in a sentence about
   * school ("EIRA!!! croeso nôl i'r dosbarth", "Hedd 😂😂 eto heddi yn y wers").
   */
  private noteStart(doc: Doc, toks: TokenList, i: number): boolean {
    const t = toks.get(i)!;
    const c = doc.text.charCodeAt(t.end);
    if (c !== 32 && c !== 58 && c !== 33 && c < 0x80) return false;
    const after = doc.text.slice(t.end, t.end + 6);
    if (/^(?:\s+[-–—]|:)\s/.test(after)) return this.around(doc, toks, i, 0, NOTE, 1) || this.schoolDay(doc, toks, i, 1);
    if ((t.allCaps && c === 33) || /^\s*\p{Extended_Pictographic}/u.test(after)) return this.schoolDay(doc, toks, i, 1);
    return false;
  }

  /**
   * Session 9: a lower-case word-name and an initial in a note about school ("summer e 😂 best little helper my Year 2
   * class has had", "seren d 🌟 llongyfarchiadau!!"). Not a letter that is a word of its own ("may i", "grace a", "haf y").
   */
  private initialNote(doc: Doc, toks: TokenList, i: number, initial: Token): boolean {
    if (/^[aiouyx]$/.test(initial.norm) || doc.text.charCodeAt(initial.end) === 46) return false;
    return this.schoolDay(doc, toks, i, 1) || /\b(?:llongyfarchiadau|congratulations|congrats|well done|da iawn)\b/i.test(this.window(doc, toks, i));
  }

  /** Session 9: "yn"/"wedi" and a verb only a person does within a few words ("tirion yn gwrthod", "Derwen ar y carped yn darllen"). */
  private welshDoer(doc: Doc, toks: TokenList, i: number): boolean {
    const t = toks.get(i)!;
    const n = toks.get(i + 1);
    if (!n || !near(doc, t, n)) return false;
    if ((n.norm === 'yn' || n.norm === 'wedi') && WELSH_PERSON_VERBS.has(toks.get(i + 2)?.norm ?? '')) return true;
    // Further on only in a sentence about school: "Grug ar y mynydd yn lliw porffor" is the heather.
    for (let k = i + 2; k < i + 6 && k + 1 < toks.length; k++) {
      const w = toks.get(k)!;
      if (w.initial) break;
      if ((w.norm === 'yn' || w.norm === 'wedi') && WELSH_PERSON_VERBS.has(toks.get(k + 1)!.norm)) return this.schoolDay(doc, toks, i, 0);
    }
    return false;
  }

  /**
   * A first name that is plainly someone else: "my nan Rose", "our puppy Poppy", "Henry VIII".
   */
  private notThisPupil(doc: Doc, toks: TokenList, i: number): boolean {
    const t = toks.get(i)!;
    if (i > 0 && !t.initial) {
      const p = toks.get(i - 1)!;
      if (RELATIONS.has(p.norm) && near(doc, p, t)) return true;
    }
    const next = toks.get(i + 1);
    if (!next || !near(doc, t, next)) return this.someoneElse(doc, toks, i);
    // "Grace's wedding", "Tom's stag do": grown-ups' lives, not a pupil's.
    if (t.poss && ADULT_THINGS.has(next.norm)) return true;
    if (next.allCaps && /^[ivx]+$/.test(next.norm)) return true;
    return this.someoneElse(doc, toks, i);
  }

  /** "no relation" within the next few words, or "not my pupil", "different Summer" anywhere: the poster says the name is only a namesake's. */
  private noRelation(doc: Doc, end: number): boolean {
    // Only the next 40 characters are asked: a search to the draft's end for each name made a long draft's
    // scan grow with its length times its names.
    const near = doc.text.slice(end, end + 48);
    const k = near.indexOf('relation');
    if (k >= 0 && k < 40 && /\bno relation\b|\bnot related\b/i.test(near.slice(0, k + 9))) return true;
    // Session 9: the words come first as plain strings, so most drafts skip the pattern.
    const f = this.facts(doc);
    if (!(f & (F_NOT | F_DIFFERENT))) return false;
    const text = doc.text.slice(Math.max(0, end - 160), end + 200);
    return ((f & F_NOT) !== 0 && NOT_OURS.test(text)) || (NOT_THE_FAMOUS.test(text) && !CLASSROOM.test(text));
  }

  private factsDoc: Doc | undefined;
  private factsOf = 0;

  /** Which of the session 9 patterns may match in the draft (F_… bits), from plain searches of the folded draft, once per draft. */
  private facts(doc: Doc): number {
    if (this.factsDoc !== doc) {
      const x = doc.norm;
      this.factsDoc = doc;
      const kin = has(x, KIN_STRINGS);
      this.factsOf = (kin ? F_KIN | F_PARENT : has(x, PARENT_STRINGS) ? F_PARENT : 0) | (x.includes('%') || x.includes('sale') || x.includes('half price') ? F_SALE : 0) |
        (x.includes('do the ') || x.includes('does the ') || x.includes('do a ') || x.includes('does a ') ? F_REVIEW : 0) |
        (x.includes('not ') ? F_NOT : 0) | (x.includes('different') ? F_DIFFERENT : 0);
    }
    return this.factsOf;
  }

  /** The draft's words around token i, for the session 9 readings below (drafts are short; a long one is cut). */
  private window(doc: Doc, toks: TokenList, i: number): string {
    const t = toks.get(i)!;
    return doc.text.slice(Math.max(0, t.start - 160), t.end + 200);
  }

  /**
   * Session 9: the poster's own child in a family's day: "my"/"our" (or "my little") before the name with
   * an age or a home's words near it, or the poster speaking as the parent ("mummy loves you", "my clever
   * girl", "where has the time gone") beside an age or a birthday, or signing as a relative ("proud
   * auntie here", "(Joshua's mum)"). Never with a class, a lesson, the school or a year group near.
   */
  private familyDay(doc: Doc, toks: TokenList, i: number, prev: Token | undefined): boolean {
    // "Well done to our Ben (the 14 year old one)": a cue a club or a class gives as much as a family.
    if (toks !== doc.tokens || nameCue(toks, i) === 'strong') return false;
    const t = toks.get(i)!;
    // "my Niamh", "my little River", and the second of "my Grace and Bella".
    const owner = !!prev && near(doc, prev, t) && (OWNER.has(prev.norm) || (BRIDGE.has(prev.norm) && i > 1 && OWNER.has(toks.get(i - 2)!.norm)) ||
      (AND.has(prev.norm) && i > 2 && toks.get(i - 2)!.cap && OWNER.has(toks.get(i - 3)!.norm)));
    const f = this.facts(doc);
    // Most names: no "my"/"our" and no parent's word in the draft.
    if (!owner && !(f & (F_PARENT | F_KIN))) return false;
    if (PRAISED.test(doc.text.slice(Math.max(0, t.start - 40), t.start))) return false;
    const home = HOME_LIFE.in(doc) && this.around(doc, toks, i, 1, HOME_LIFE, 1);
    const text = this.window(doc, toks, i);
    const parent = (f & F_PARENT) !== 0 && PARENT_SELF.test(text);
    // The age pattern last: it is read only when the rest already points at a family.
    if (!((owner || parent) && (home || (owner && parent) || AGE.test(text))) && !((f & F_KIN) !== 0 && POSTER_KIN.test(text))) return false;
    return !CLASSROOM.test(text);
  }

  /** Session 9: "Ruby Pickering? the one who sang on the telly": a namesake asked about, with no class or lesson near. */
  private askedAbout(doc: Doc, toks: TokenList, i: number, end: number): boolean {
    let rest = doc.text.slice(end, end + 60);
    if (!rest.includes('?')) return false;
    // Past a title's word or a Welsh epithet: "Deio'r Bardd? Nage…", "Jac y Jwc? Na…".
    const epithet = /^(?:['’]r\s*|\s+(?:y|yr|the)\s+)\p{Lu}\p{L}+(?=\s?\?)/u.exec(rest);
    if (epithet) rest = rest.slice(epithet[0].length);
    const c = rest.charCodeAt(0);
    if (c !== 63 && !(c === 32 && rest.charCodeAt(1) === 63)) return false;
    return ASKED_ABOUT.test(rest) && !CLASSROOM.test(this.window(doc, toks, i));
  }

  /** Is token i's sentence about a school day: a child's or school word, or a day's word ("lunch") with "she"/"he"? */
  private schoolDay(doc: Doc, toks: TokenList, i: number, ahead = 0): boolean {
    if (this.around(doc, toks, i, 0, CHILDISH, ahead) || this.around(doc, toks, i, 0, SCHOOL_DAY, ahead)) return true;
    if (!this.around(doc, toks, i, 0, SCHOOL_DAY_WEAK)) return false;
    // "Daisy made me a crown": a child making the poster something, as much as "she".
    const made = toks.get(i + 1)?.norm;
    return this.around(doc, toks, i, 0, PRONOUNS) || ((made === 'made' || made === 'making' || made === 'drew' || made === 'wrote' || made === 'gave') && toks.get(i + 2)?.norm === 'me');
  }

  /** Does a word of `set` stand in token i's sentence (or, with `back` 1, the one before)? */
  private around(doc: Doc, toks: TokenList, i: number, back: number, set: WordGate, ahead = 0): boolean {
    // Parts of a #CamelTag are no sentence of their own; a draft without any of the words, nothing to look for.
    if (toks !== doc.tokens || !set.in(doc)) return false;
    let starts = 0;
    // The draft's own words and flags: no token object is made for them.
    for (let k = i; k >= 0 && k > i - 40; k--) {
      if (k !== i && set.at(doc, k)) return true;
      if (doc.flagsOf(k) & INITIAL && ++starts > back) break;
    }
    starts = 0;
    for (let k = i + 1; k < toks.length && k < i + 40; k++) {
      if (doc.flagsOf(k) & INITIAL && ++starts > ahead) break;
      if (set.at(doc, k)) return true;
    }
    return false;
  }

  /** The same for a set asked about so rarely (a star sign's name) that its words are not marked. */
  private aroundWords(doc: Doc, toks: TokenList, i: number, set: Set<string>): boolean {
    if (toks !== doc.tokens) return false;
    for (let k = i - 1; k >= 0 && k > i - 40 && !(doc.flagsOf(k + 1) & INITIAL); k--) if (set.has(doc.word(k))) return true;
    for (let k = i + 1; k < toks.length && k < i + 40 && !(doc.flagsOf(k) & INITIAL); k++) if (set.has(doc.word(k))) return true;
    return false;
  }

  /** The categories above (TITLES and the rest): a first name that is plainly not a pupil. */
  private someoneElse(doc: Doc, toks: TokenList, i: number): boolean {
    const t = toks.get(i)!;
    const prev = i > 0 && !t.initial ? toks.get(i - 1) : undefined;
    const next = toks.get(i + 1);
    const nextNear = next && near(doc, t, next) ? next : undefined;
    if (prev && (TITLES.has(prev.norm) || NOT_A_PUPIL_BEFORE.has(prev.norm)) && near(doc, prev, t)) return true;
    // Session 9: a namesake asked about ("Teddy Goodall? No, the TikTok lad"); a grandmother's word in another
    // language after "my", "their" ("visiting my lola"); a shop with a sale on ("Zara has a sale on").
    if (this.askedAbout(doc, toks, i, t.end)) return true;
    if (KIN_WORDS.has(t.norm) && prev && POSSESSIVES.has(prev.norm) && near(doc, prev, t)) {
      // Its own sentence only: "…with my lola in 8 years. Year 1 I'll miss you" is the grandmother.
      const [a, b] = sentenceAround(doc.text, t.start);
      if (!CLASSROOM.test(doc.text.slice(a, b))) return true;
    }
    // "Charlie Bates cafe", "Oliver! the musical": a business or a show named after someone.
    if (nextNear?.cap && toks.get(i + 2) && BUSINESSES.has(toks.get(i + 2)!.norm) && near(doc, nextNear, toks.get(i + 2)!)) return true;
    if (doc.text.charCodeAt(t.end) === 33 && /^!\s*(?:the\s+)?(?:musical|panto|pantomime|film|movie)\b/i.test(doc.text.slice(t.end, t.end + 20))) return true;
    if (this.facts(doc) & F_SALE && SALE.test(this.window(doc, toks, i)) && !this.schoolDay(doc, toks, i)) return true;
    // "Angelo's on the high street does the best pizza": a place named after someone, reviewed (not "Angelo's mum does…").
    if (t.poss && this.facts(doc) & F_REVIEW && !(next && CHILD_POSS.has(next.norm)) && REVIEW.test(this.window(doc, toks, i)) && !this.schoolDay(doc, toks, i)) return true;
    // "Frankie & Benny's": a chain named after two people.
    if (doc.text.charCodeAt(t.end + 1) === 38 || doc.text.charCodeAt(t.end) === 38) {
      const m = /^\s*&\s*(\p{L}+)/u.exec(doc.text.slice(t.end, t.end + 24));
      if (m && this.pair(t.norm, foldSlice(m[1]!, 0, m[1]!.length))) return true;
    }
    if (nextNear && !t.poss && PLACE_AFTER.has(nextNear.norm)) return true;
    // Session 6: "Arthur's Seat", "Paddy's Day", "Isla de Menorca": a place or a day named after someone.
    if (nextNear && t.poss && nextNear.cap && /^(?:seat|day|well|point|head|cross|island|bay|way|walk|rock|gate|pike|cave)$/.test(nextNear.norm)) return true;
    if (nextNear && !nextNear.cap && /^(?:de|del|la|los|las|di|da)$/.test(nextNear.norm) && toks.get(i + 2)?.cap) return true;
    // "my sat nav is called Joy", "a man called Storm", "our hamster is called Noah": something or someone named so, not about school.
    // Not "I called Noah's mam": only "is called X", "a man called X", "named X".
    // Session 7: Welsh "o'r enw X" ("caseg o'r enw Haf": a mare called Haf).
    const namer = prev && (prev.norm === 'named' || (prev.norm === 'enw' && i > 1 && toks.get(i - 2)!.norm === 'r') || (prev.norm === 'called' && i > 1 && CALLED_AFTER.has(toks.get(i - 2)!.norm)));
    if (namer && !t.poss && near(doc, prev, t) && !this.schoolDay(doc, toks, i)) return true;
    // "my little Jude", "our lovely Max": the poster's own, outside a sentence about school.
    if (prev && BRIDGE.has(prev.norm) && i > 1 && OWNER.has(toks.get(i - 2)!.norm) && this.around(doc, toks, i, 1, ELDERS) && !this.schoolDay(doc, toks, i)) return true;
    if (this.namedOther(doc, toks, i, prev, nextNear)) return true;
    // "Thomas the Tank Engine", "Archie the cockapoo": not "Jack the class clown".
    // Not across punctuation: "an update on Amara: the court said…".
    // Welsh too: "Tomos y Tanc".
    const theNext = nextNear?.norm === 'the' || ((nextNear?.norm === 'y' || nextNear?.norm === 'yr') && toks.get(i + 2)?.cap);
    const third = theNext && oneSpaceBetween(doc.text, t.end, nextNear.start) ? toks.get(i + 2) : undefined;
    if (third && !t.poss && !/^(?:boy|girl|lad|kid|child|one)$/.test(third.norm) && (third.cap || NOT_A_CHILD.has(third.norm) || !this.around(doc, toks, i, 0, SCHOOLISH))) return true;
    // Only sliced when a bracket or "from" follows: most names are followed by neither.
    if (bracketSaysOther(doc.text, t.end)) return true;
    if (nextNear?.norm === 'from' && TV.test(doc.text.slice(t.end, t.end + 48))) return true;
    // Session 7: a shop or hall named after someone ("Riley's, the snooker hall", "Archie's, the barbers", "a café called Grace's"),
    // a neighbour ("little Freya next door"), a pet that answers to its name ("answers to Bear").
    // Session 9: the name's "'s" may lie after the token's end.
    if (t.poss && /^(?:['’]s)?\s*,\s*the\s+(?:[a-z]+\s+)?(?:barbers?|barbershop|snooker|hall|club|pub|bar|cafe|café|shop|restaurant|bakery|butchers|chippy|salon|takeaway|garage|deli|florist|boutique|bistro|tearooms?|diner)\b/i.test(doc.text.slice(t.end, t.end + 40))) return true;
    if (t.poss && prev?.norm === 'called' && near(doc, prev, t)) return true;
    if (nextNear?.norm === 'next' && toks.get(i + 2)?.norm === 'door') return true;
    if (prev?.norm === 'to' && i > 1 && /^(?:answers|answering|answer)$/.test(toks.get(i - 2)!.norm)) return true;
    if (nextNear && FAMOUS_SURNAMES.has(nextNear.norm) && !this.lasts.has(nextNear.norm)) return true;
    // Session 7: a Welsh patronymic ("Dafydd ap Gwilym", "Gruffydd ap Llywelyn"): someone in history or a poet.
    if (nextNear && (nextNear.norm === 'ap' || nextNear.norm === 'ab' || nextNear.norm === 'ferch') && toks.get(i + 2)?.cap) return true;
    if (STAR_SIGN_NAMES.has(t.norm) && (prev?.norm === 'a' || this.aroundWords(doc, toks, i, ZODIAC) || doc.text.slice(t.end, t.end + 12).includes('♌'))) return true;
    if (prev?.norm === 'from' && nextNear?.norm === 'to' && toks.get(i + 2)?.cap) return true;
    if (!t.cap && WELSH_WORD_NAMES.has(t.norm) && ((prev && WELSH_NEIGHBOURS.has(prev.norm)) || (nextNear && WELSH_NEIGHBOURS.has(nextNear.norm)))) return true;
    // A pet: an animal in this sentence or the one before ("Bought a jack russell! Meet Alfie"),
    // read from the words around it (no sentence is folded for it).
    const pet = this.around(doc, toks, i, 1, PETS) || (hasPetEmoji(doc.text) && PET_EMOJI.test(doc.text.slice(t.end, Math.min(doc.text.length, t.end + 80))));
    // Pets do not tell, ask or write: "Ruby told me all about her new puppy" is a child.
    // Nor do they sit in a class or group: "Holly in my group wrote about her guinea pig".
    const speaks = nextNear && (SPEAKS.has(nextNear.norm) || (nextNear.norm === 'in' && IN_CLASS.has(toks.get(i + 2)?.norm ?? '')));
    return pet && !speaks && !this.around(doc, toks, i, 0, SCHOOLISH) && !this.schoolDay(doc, toks, i, 1);
  }

  /**
   * Session 4 classes of a first name that names someone or something else: after "the" ("the
   * Oscars", "the Mold Alex"); the surname of another first name ("Dylan Thomas", "Dafydd Iwan");
   * one of a famous pair ("William and Kate"); the head of a set phrase ("Alexander technique",
   * "Charlie and the Chocolate Factory"); part of a mail address spelt out ("lowri dot parry at gmail").
   */
  private namedOther(doc: Doc, toks: TokenList, i: number, prev: Token | undefined, nextNear: Token | undefined): boolean {
    const t = toks.get(i)!;
    // "the Oscars", "the Brits": an award named after someone.
    if (AWARDS.has(t.norm)) return true;
    // "hoovered with Henry": a thing known by a first name, with its own words in the sentence.
    const thing = THINGS_NAMED[t.norm];
    if (thing && this.aroundWords(doc, toks, i, thing)) return true;
    // Part of an address or handle typed out: "sian.jones1987 at gmail".
    const after = doc.text.charCodeAt(t.end);
    if ((after === 46 || after === 95) && /[\p{L}\p{N}]/u.test(doc.text.charAt(t.end + 1))) return true;
    if (prev && near(doc, prev, t)) {
      if (prev.norm === 'the' && !t.poss) return true;
      if (WELSH_RELATIONS.has(prev.norm) || RELATIONS_PLURAL.has(prev.norm)) return true;
      // "drove through Hope": a place on the way.
      if (/^(?:through|via|past|near)$/.test(prev.norm)) return true;
      const p = i > 1 && !prev.initial ? toks.get(i - 2) : undefined;
      if (p && BRIDGE.has(prev.norm) && (RELATIONS.has(p.norm) || WELSH_RELATIONS.has(p.norm))) return true;
      // "Reply to Sian:": answering a grown-up's comment.
      if (prev.norm === 'to' && p && /^(?:reply|replying|replied)$/.test(p.norm)) return true;
      const p2 = i > 1 && !prev.initial ? toks.get(i - 2) : undefined;
      if (p2?.norm === 'the' && prev.cap && !prev.allCaps && t.cap && !this.singles.has(prev.norm) && near(doc, p2, prev)) return true;
      // A capitalised first name right before: this one is that person's surname.
      if (prev.cap && t.cap && !prev.allCaps && oneSpaceBetween(doc.text, prev.end, t.start) && this.isFirstName(prev.norm) && !(nextNear && AND.has(nextNear.norm))) return true;
      if (AND.has(prev.norm) && i > 1 && this.pair(t.norm, toks.get(i - 2)!.norm)) return true;
    }
    // A child who asks or tells about grown-up things is still a child: "Ellie asked if I'm married".
    const asks = nextNear && PERSON_VERBS.has(nextNear.norm);
    if (!asks && this.around(doc, toks, i, 0, ADULT_LIFE) && !this.around(doc, toks, i, 0, CHILDISH)) return true;
    // "Proud aunty moment: Jack got a part in the panto", "Parents' evening for my youngest, apparently
    // Noah never stops talking": the poster's own family, in this sentence or the one before.
    if (!t.poss && this.around(doc, toks, i, 1, FAMILY) && !this.around(doc, toks, i, 0, TEACHING)) return true;
    if (this.ownFamily(doc, toks, i) && !this.around(doc, toks, i, 0, TEACHING)) return true;
    // Session 7: "Our Max is 7 today!! my baby boy", "our Ruby is teething", "fy wyres Haf": "our"/"my" right before the
    // name with a baby's or a family's word in this sentence or the next, and nothing about school.
    if (prev && OWNER.has(prev.norm) && near(doc, prev, t) && this.around(doc, toks, i, 0, BABY, 1) && !this.schoolDay(doc, toks, i, 1)) return true;
    if (this.familyDay(doc, toks, i, prev)) return true;
    if (this.asAName(toks, i)) return true;
    // "Our Alfie has been picked for the under 9s football": "our" is the poster's family when the
    // sentence is about clubs and parties and says nothing about school ("our Amara: the court said…" stays a pupil).
    if (prev?.norm === 'our' && near(doc, prev, t) && this.around(doc, toks, i, 0, LEISURE) && !this.around(doc, toks, i, 0, CHILDISH)) return true;
    // Session 6: "Grace and I are off to the beach", "me and Holly at the pub": the poster's companion on a day out, not a pupil.
    if (((nextNear?.norm === 'and' && toks.get(i + 2)?.norm === 'i' && !t.poss && /^(?:are|were|went|have|had|off|m)$/.test(toks.get(i + 3)?.norm ?? '')) || (prev?.norm === 'and' && i > 1 && toks.get(i - 2)!.norm === 'me')) &&
      (this.around(doc, toks, i, 0, TRAVEL) || this.around(doc, toks, i, 0, ADULT_LIFE) || this.around(doc, toks, i, 0, LEISURE)) && !this.schoolDay(doc, toks, i)) return true;
    // "Rose Evans? no relation": a namesake, said so.
    if (this.noRelation(doc, t.end)) return true;
    // Session 6: "my little lad Mason", "our baby girl Ivy": the poster's own child.
    if (prev && OWN_CHILD.has(prev.norm) && near(doc, prev, t)) {
      let k = i - 2;
      while (k >= 0 && k > i - 5 && BRIDGE.has(toks.get(k)!.norm)) k--;
      if (k >= 0 && OWNER.has(toks.get(k)!.norm)) return true;
    }
    // "Skye was stunning, the ferry over was rough": the place, in a sentence about travel and not school.
    if (PLACE_NAMED.has(t.norm) && this.around(doc, toks, i, 0, TRAVEL) && !this.schoolDay(doc, toks, i)) return true;
    // "that Oscars red carpet": film and television with nothing about school or a child.
    if (!asks && this.around(doc, toks, i, 0, MEDIA) && !this.around(doc, toks, i, 0, CHILDISH)) return true;
    if (PLANT_NAMES.has(t.norm) && this.around(doc, toks, i, 0, GARDEN) && !this.around(doc, toks, i, 0, CHILDISH)) return true;
    // Session 6: a climber over a wall or fence ("Ivy has taken over the whole back wall").
    if (CLIMBERS.has(t.norm) && this.around(doc, toks, i, 0, WALLS) && !this.schoolDay(doc, toks, i)) return true;
    if (!nextNear) return false;
    const n2 = toks.get(i + 2);
    // "Hattie from work", "Lowri o'r gwaith": a colleague of the poster's other life.
    if ((nextNear.norm === 'from' || nextNear.norm === 'o') && n2 && /^(?:work|gwaith|r|the)$/.test(n2.norm) && /^(?:work|gwaith|office|gym)$/.test(n2.norm === 'r' || n2.norm === 'the' ? toks.get(i + 3)?.norm ?? '' : n2.norm)) return true;
    // "Megan, my friend", "Evie, our neighbour's new baby": a relation in apposition.
    if ((nextNear.norm === 'my' || nextNear.norm === 'fy' || nextNear.norm === 'our' || nextNear.norm === 'ein') && n2 && (RELATIONS.has(n2.norm) || WELSH_RELATIONS.has(n2.norm) || RELATIONS_PLURAL.has(n2.norm))) return true;
    // "Lucy at the hairdressers", "Zofia from accounts", "Aisha from my Zumba class", "Mali o'r swyddfa":
    // someone from the poster's grown-up world.
    if (AT_FROM.has(nextNear.norm)) {
      let free = 0;
      for (let k = i + 2; k < i + 6 && k < toks.length; k++) {
        const w = toks.get(k)!.norm;
        if (GROWN_UP_PLACES.has(w)) return true;
        // Session 9: "Filip from the Polish shop", "Chloe from the surf shop": up to two words describing the place after "the".
        if (!BEFORE_PLACE.has(w) && !(k > i + 2 && toks.get(i + 2)!.norm === 'the' && ++free <= 2 && !CLASSY.has(w) && !toks.get(k)!.initial)) break;
      }
    }
    // "Isla of Skye", "Rose of Tralee": a place or a title.
    if (nextNear.norm === 'of' && n2?.cap) return true;
    // "Llongyfarchiadau i Mali ni": "our Mali" in Welsh, the poster's family.
    if (nextNear.norm === 'ni' && !this.around(doc, toks, i, 0, CHILDISH)) return true;
    // "Kwame's barbershop", "Fatima's henna": a grown-up's business.
    if (t.poss && BUSINESSES.has(nextNear.norm)) return true;
    if (AND.has(nextNear.norm) && n2) {
      if (this.pair(t.norm, n2.norm)) return true;
      // "Charlie and the Chocolate Factory", "James and the Giant Peach": a title.
      if (n2.norm === 'the' && toks.get(i + 3)?.cap) return true;
    }
    if (SET_PHRASES[t.norm]?.includes(nextNear.norm)) return true;
    if (nextNear.norm === 'dot' || (nextNear.norm === 'at' && n2 && MAIL.has(n2.norm))) return true;
    return false;
  }

  private pair(a: string, b: string): boolean {
    return !!PAIRS[a]?.includes(b) || !!PAIRS[b]?.includes(a);
  }

  /** A first name of the list (not a word-name) or a common one: "Dylan", "Dafydd". */
  private isFirstName(w: string): boolean {
    if (COMMON_FIRST_NAMES.has(w) || OTHER_FIRST_NAMES.has(w)) return true;
    const f = this.singles.get(w);
    return !!f && !f.wordName && !!f.surnames;
  }

  /** Does a word that only a person's name goes before ("has", "pushed", "is") follow token k closely? */
  private personAfter(doc: Doc, toks: TokenList, k: number): boolean {
    const n = toks.get(k + 1);
    // Session 7: Welsh "has" and "is …ing" too ("seren p wedi cael tystysgrif").
    return !!n && oneSpaceBetween(doc.text, toks.get(k)!.end, n.start) && (NAME_FOLLOWERS.has(n.norm) || n.norm === 'wedi' || n.norm === 'yn');
  }

  /** Does a word of the same sentence stand right before or after token i? */
  private inText(doc: Doc, toks: TokenList, i: number): boolean {
    const t = toks.get(i)!;
    const next = toks.get(i + 1);
    if (next && !next.initial && near(doc, t, next)) return true;
    const prev = i > 0 ? toks.get(i - 1) : undefined;
    return !!prev && !t.initial && near(doc, prev, t);
  }

  /** "my son", "our daughter", "my sister" in token i's sentence or the two before (session 5). */
  private ownFamily(doc: Doc, toks: TokenList, i: number): boolean {
    // Most drafts name no family at all: the gate answers from the draft's word groups.
    if (toks !== doc.tokens || !OWN_FAMILY.in(doc)) return false;
    let starts = 0;
    for (let k = i - 1; k > 0 && k > i - 40; k--) {
      if (OWN_FAMILY.at(doc, k) && OWNER.has(doc.word(k - 1))) return true;
      // Two sentence starts back: a colon starts one too ("My son's kit: a cuddle… Go on Alfie").
      if (doc.flagsOf(k) & INITIAL && ++starts > 2) break;
    }
    for (let k = i + 2; k < toks.length && k < i + 16; k++) {
      if (doc.flagsOf(k) & INITIAL) break;
      if (OWN_FAMILY.at(doc, k) && OWNER.has(doc.word(k - 1))) return true;
    }
    return false;
  }

  /** "Kacper is such a lovely name", "Gwenllian was the daughter of Llywelyn": the name itself, or someone in history. */
  private asAName(toks: TokenList, i: number): boolean {
    const t = toks.get(i)!;
    // "his name is Twm", "a'i enw yw Twm", "the baby is Zofia", "we named her Ffion".
    if (i > 1 && !t.initial) {
      const p = toks.get(i - 1)!.norm;
      if ((p === 'her' || p === 'him' || p === 'them') && NAMING_VERBS.has(toks.get(i - 2)!.norm)) return true;
      if (p === 'is' || p === 'yw' || p === 'ydy' || p === 'ydi') {
        for (let k = i - 2; k >= 0 && k >= i - 4; k--) {
          if (NAMING.has(toks.get(k)!.norm) || NAMED_BEFORE.has(toks.get(k)!.norm)) return true;
          if (toks.get(k)!.initial) break;
        }
      }
    }
    let k = i + 1;
    // Past a surname: "Dafydd Williams is such a common name".
    if (toks.get(k) && this.lasts.has(toks.get(k)!.norm)) k++;
    // Past a list: "Leo and Jacob are top of the baby names list".
    while (toks.get(k) && AND.has(toks.get(k)!.norm) && toks.get(k + 1)?.cap) k += 2;
    let verb = toks.get(k)?.norm;
    // Session 8: "Isla's the name on every pram": the 's is "is" before "the", "a", "such".
    if (t.poss && k === i + 1 && (verb === 'the' || verb === 'a' || verb === 'such')) {
      verb = 'is';
      k = i;
    }
    // Session 6: "Noor means light in Arabic, such a beautiful name".
    if (verb !== 'is' && verb !== 'was' && verb !== 'are' && verb !== 'were' && verb !== 'means' && verb !== 'meant') return false;
    if (toks.get(k + 1)?.norm === 'the' && HISTORY.has(toks.get(k + 2)?.norm ?? '') && toks.get(k + 3)?.norm === 'of') return true;
    for (let j = k + 1; j < k + 8 && j < toks.length; j++) {
      const w = toks.get(j)!;
      if (w.initial) break;
      // Not her own: "Ffion was so proud to write her name".
      if (NAMING.has(w.norm) && !OWN_NAME.has(toks.get(j - 1)!.norm)) return true;
    }
    return false;
  }

  /** "has", "came", "in my class": a word after a sentence's first word that shows it is a person. */
  private followed(doc: Doc, toks: TokenList, i: number): boolean {
    const t = toks.get(i)!;
    if (t.poss) return true;
    const next = toks.get(i + 1);
    if (!next || !near(doc, t, next)) return false;
    if (NAME_FOLLOWERS.has(next.norm)) return true;
    const after = toks.get(i + 2);
    // "Mohamed R asked…": an initial, then what a person does.
    if (next.cap && next.norm.length === 1 && next.end - next.start === 1 && after && NAME_FOLLOWERS.has(after.norm)) return true;
    return next.norm === 'in' && !!after && IN_CLASS.has(after.norm);
  }

  /**
   * Where a match ending before token j ends once it runs on over the extend words ("Green Lane" +
   * "Community School"), but never on a joining word: "Green Lane and more" is "Green Lane".
   */
  private runOn(doc: Doc, toks: TokenList, j: number): number {
    const from = j;
    while (j < toks.length && this.extend.has(toks.get(j)!.norm) && near(doc, toks.get(j - 1)!, toks.get(j)!)) j++;
    while (j > from && JOINING.has(toks.get(j - 1)!.norm)) j--;
    return j;
  }

  /** Match at token i; returns the index to continue from. */
  private at(doc: Doc, toks: TokenList, i: number, report: Report, top: boolean): number {
    const t = toks.get(i)!;
    const next = toks.get(i + 1);
    // Every key of singles, lasts, multiFirst and joined is a start word: a word the tokeniser found
    // without this index's bit (most capitalised words) needs none of those look-ups. Camel-case
    // parts carry their whole word's mask, so they are always looked up.
    const mayStart = !top || (t.mask & this.bit) !== 0;
    const single = mayStart ? this.singles.get(t.norm) : undefined;
    const firsts = mayStart ? this.lasts.get(t.norm) : undefined;
    const nextNear = next !== undefined && near(doc, t, next);
    // Surnames and first names are start words too: a next word without this index's bit is
    // neither, so its folded string need not be made to look it up.
    const nextMay = next !== undefined && (!top || (next.mask & this.bit) !== 0);
    if (nextNear && (single !== undefined || firsts !== undefined || (mayStart && this.multiFirst.has(t.norm)) || t.norm.length === 1)) {
      const list = mayStart && this.multiFirst.has(t.norm) ? this.multi.get(t.norm + ' ' + next.norm) : undefined;
      if (list) {
        for (const f of list) {
          const n = f.tokens.length;
          if (i + n > toks.length) continue;
          let ok = true;
          for (let k = 2; k < n && ok; k++) ok = toks.get(i + k)!.norm === f.tokens[k] && near(doc, toks.get(i + k - 1)!, toks.get(i + k)!);
          if (!ok) continue;
          if (f.needCap && !allCapitalised(toks, i, n)) continue;
          if (f.dotted && !dotsBetween(doc.text, toks, i, n)) continue;
          // Session 8: a phrase of several words that is the school only in a sentence about school ("John Fisher").
          if (f.when && (!t.tag || f.tagWhen) && !f.when(doc, t.start, toks.get(i + n - 1)!.end)) continue;
          // Session 9: lowerIf may say the phrase is the name even so ("the cranbrook park staff do").
          if (f.plainPhrase && !t.cap && !t.tag && i > 0 && !t.initial && DETERMINERS.has(toks.get(i - 1)!.norm) && !f.lowerIf?.(doc, t.start, toks.get(i + n - 1)!.end)) continue;
          const j = this.runOn(doc, toks, i + n);
          report(t.start, toks.get(j - 1)!.end);
          return j;
        }
      }
      // People: "Ellie Smith", "Ellie S", "Smith, Ellie", "E. Smith".
      if (single?.surnames) {
        if (nextMay && single.surnames.has(next.norm)) {
          if (top && this.famousNamesake(doc, toks, i)) return i + 2;
          // "Henry Ellis-Jones" is not Henry Ellis: a double-barrelled name the list does not hold.
          const part = doc.text.charCodeAt(next.end) === 45 ? toks.get(i + 2) : undefined;
          if (top && part && !single.surnames.has(part.norm) && !this.lasts.get(part.norm)?.has(t.norm)) return i + 3;
          // Run on over the rest of a double-barrelled or middle-and-last name ("Ellie Smith-Jones").
          let j = i + 2;
          while (j < i + 4 && j < toks.length && (!top || (toks.get(j)!.mask & this.bit) !== 0) && this.lasts.has(toks.get(j)!.norm) && near(doc, toks.get(j - 1)!, toks.get(j)!)) j++;
          report(t.start, toks.get(j - 1)!.end);
          return j;
        }
        // "Lowri Humphries", "robin hael": the exact first name and the surname give or take a typo.
        // Not before a hyphen: "Jacob Rees-Mogg" is not Jacob Reed.
        // Not a plural ("Jack Russells" are dogs).
        if (next.norm.length >= 4 && (next.cap || !t.cap) && doc.text.charCodeAt(next.end) !== 45 && !single.surnames.has(next.norm.slice(0, -1)) && this.surnameTypo(single, next.norm)) {
          report(t.start, next.end);
          return i + 2;
        }
        // "Ellie S": the initial is not a start word, so it is looked at whatever its bit.
        // In lower case ("william j and jack w"); for a word-name ("daisy f has moved up", "robin h
        // pushed in") only before what a person does.
        if (next.end - next.start <= 4 && next.norm.length === 1 && single.initials?.has(next.norm) && ((next.cap && (t.cap || t.tag)) || (!next.cap && !t.cap && (!single.wordName || this.personAfter(doc, toks, i + 1) || nameCue(toks, i) === 'strong' || this.initialNote(doc, toks, i, next))))) {
          report(t.start, next.end);
          return i + 2;
        }
      }
      if (firsts) {
        if (nextMay && firsts.has(next.norm)) {
          report(t.start, next.end);
          return i + 2;
        }
      }
      if (nextMay && t.norm.length === 1 && t.cap && next.cap && this.lastInitials.get(next.norm)?.has(t.norm)) {
        report(t.start, next.end);
        return i + 2;
      }
    }
    // A short form that is also a typo of another first name, before that pupil's surname ("wil ackroyd": Will, not Willow's "Wil").
    if (single?.needSurname && nextNear && nextMay && t.norm.length >= 3) {
      const others = this.lasts.get(next.norm);
      if (others && this.firstOf(others, t.norm, 1)) {
        report(t.start, next.end);
        return i + 2;
      }
    }
    // "@Carys haha I wish": a reply to someone's comment, a grown-up, not a pupil.
    const inHandle = i > 0 && !t.tag && doc.text.charCodeAt(t.start - 1) === 95 && toks.get(i - 1)!.tag === '@' && replyingTo(toks, i - 1);
    const replyTo = inHandle || (t.tag === '@' && (i === 0 || replyingTo(toks, i)) && (!next || !nextNear || !single?.surnames?.has(next.norm)));
    if (single && !replyTo && this.accept(doc, toks, i, single)) {
      const j = this.runOn(doc, toks, i + 1);
      report(t.start, toks.get(j - 1)!.end);
      return j;
    }
    if (!top) return i + 1;
    if (t.norm.length >= 4) {
      const last = t.norm.charCodeAt(t.norm.length - 1);
      let joined = (mayStart ? this.joined.get(t.norm) : undefined) ?? (last >= 48 && last <= 57 ? this.joined.get(t.norm.replace(/\d+$/, '')) : undefined);
      // A digit for a letter inside a handle or tag ("@brync0ch", "#gr33nlane"): read as the letter.
      if (!joined && t.tag && LEET_INSIDE.test(t.norm)) {
        const plain = t.norm.replace(/\d+$/, '').replace(/[013457]/g, (d) => LEET[d]!);
        joined = this.joined.get(plain) ?? (this.affix.size ? this.affixMatch(plain) : undefined);
      }
      if (joined) {
        report(t.start, t.end);
        return i + 1;
      }
    }
    if (t.camel && this.camel(doc, t, report)) return i + 1;
    if (t.tag && !t.camel && this.affix.size && this.affixMatch(t.norm) && !replyingTo(toks, i)) {
      report(t.start, t.end);
      return i + 1;
    }
    // Surnames are start words too, so the next word's mask rules most of them out without a look-up.
    const surnameFollows = nextNear && (next.mask & this.bit) !== 0 && this.lasts.has(next.norm);
    // A surname of the list is not a typo of a first name ("Harries" is not "Harriet").
    // "Gace T and Hpoe M": a capital initial after it.
    const initialNext = nextNear && next.cap && next.norm.length === 1 && next.end - next.start === 1;
    if (this.fuzzy.size && !single && !firsts && t.cap && !t.allCaps && t.norm.length >= 4 && t.norm.length <= 16 && (!t.initial || surnameFollows || initialNext || this.followed(doc, toks, i))) {
      const f = this.fuzzyMatch(t.norm);
      const surnameNext = !!f && nextNear && nextMay && this.isSurnameOf(f, next.norm, 0);
      // "Mohamed R": the initial of the pupil's surname goes with the name.
      const initial = !!f && !surnameNext && initialNext && f.surname?.[0] === next.norm;
      // Session 6: a word-name's typo alone, starting a sentence about a child at school before what only a person does
      // ("Grcae finally got her pen licence"): five letters at least, so no short word is one slip from it.
      // Only a swap of two letters or one letter too many: one changed or missing letter makes words ("Grade", "Holy").
      const alone = !!f && f.needSurname && !surnameNext && !initial && t.initial && f.tokens[0]!.length >= 5 && swapOrExtra(t.norm, f.tokens[0]!) && nextNear && PERSON_VERBS.has(next.norm) &&
        this.schoolDay(doc, toks, i) && this.around(doc, toks, i, 0, PRONOUNS) && !this.around(doc, toks, i, 0, ADULT_LIFE);
      if (f && (!f.needSurname || surnameNext || initial || alone) && (surnameNext || (!this.otherSurname(doc, toks, i, f) && !this.notThisPupil(doc, toks, i)))) {
        report(t.start, surnameNext || initial ? next.end : t.end);
        return surnameNext || initial ? i + 2 : i + 1;
      }
    }
    // "Elly Smith": the exact surname makes a first name two edits out (same initial) a match.
    // Not a title: "Mrs Davies" is no typo of Mark Davies.
    if (surnameFollows && !single && t.cap && t.norm.length >= 3 && !NOT_A_PUPIL_BEFORE.has(t.norm) && !TITLES.has(t.norm)) {
      const firsts = this.lasts.get(next.norm);
      if (firsts && this.firstOf(firsts, t.norm, 2)) {
        report(t.start, next.end);
        return i + 2;
      }
    }
    return i + 1;
  }

  /** "#WellDoneEllie", "@GreenLaneSchool2": split at capitals and digits, then match the parts. */
  private camel(doc: Doc, t: Token, report: Report): boolean {
    const parts: Token[] = [];
    let s = t.start;
    const isUp = (k: number) => { const ch = doc.text[k]!; return ch !== ch.toLowerCase(); };
    const isDigit = (k: number) => { const c = doc.text.charCodeAt(k); return c >= 48 && c <= 57; };
    for (let k = t.start + 1; k <= t.end; k++) {
      if (k === t.end || (isUp(k) && !isUp(k - 1)) || isDigit(k) !== isDigit(k - 1)) {
        if (!isDigit(s)) parts.push({ start: s, end: k, norm: foldSlice(doc.text, s, k), mask: t.mask, cap: isUp(s), allCaps: false, initial: false, camel: false, poss: false, tag: t.tag || (parts.length ? '#' : t.tag) });
        s = k;
      }
    }
    if (parts.length < 2) return false;
    const list: TokenList = { length: parts.length, get: (k) => parts[k] };
    let hit = false;
    for (let i = 0; i < parts.length; ) {
      // Without a # or @ only whole names count inside a camel word ("McDonald" is not "Donald").
      // Session 6: a word-name that starts a tag of words ("#AutumnWalks", "#StormDarragh") is the word, unless its surname follows.
      const wordFirst = i === 0 && parts.length > 1 && WORD_NAMES.has(parts[0]!.norm);
      const sub: Report = (a, b) => { if ((t.tag || b - a > (parts[i]!.end - parts[i]!.start)) && !(wordFirst && b - a === parts[0]!.end - parts[0]!.start)) { hit = true; report(a, b); } };
      i = this.at(doc, list, i, sub, false);
    }
    return hit;
  }

  private affixMatch(s: string): NameForm | undefined {
    for (const len of this.affixLens) {
      if (len >= s.length) continue;
      const f = this.affix.get(s.slice(0, len)) ?? this.affix.get(s.slice(s.length - len));
      if (f) return f;
    }
    return undefined;
  }

  /** Answers so far: long drafts repeat their capitalised words, and each check tries every deletion. */
  private fuzzySeen = new Map<string, NameForm | null>();

  private fuzzyMatch(s: string): NameForm | undefined {
    const seen = this.fuzzySeen.get(s);
    if (seen !== undefined) return seen ?? undefined;
    let found: NameForm | null = null;
    // Someone else's common name is that name, not a typo of a pupil's.
    if (COMMON_FIRST_NAMES.has(s) || OTHER_FIRST_NAMES.has(s) || NOT_TYPOS.has(s)) return undefined;
    // Deletion keys can pair words two edits apart ("close"/"chloe"); confirm the real distance.
    search: for (const key of [s, ...deletions(s)]) {
      for (const f of this.fuzzy.get(key) ?? []) if (editDistance(s, f.tokens[0]!, 1) <= 1) { found = f; break search; }
    }
    if (this.fuzzySeen.size < 10_000) this.fuzzySeen.set(s, found);
    return found ?? undefined;
  }
}
