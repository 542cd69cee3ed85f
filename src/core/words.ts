// Given names that are also ordinary English words (or months, or very common in other senses).
// These are only treated as a pupil's name when the draft uses them as a name.
export const WORD_NAMES = new Set(
  ('will bill rose grace hope may summer max eve holly mark jack daisy faith joy amber ruby skye sky robin dawn ' +
    'pat sue rich art bob ray drew frank gene rob penny sunny ivy iris lily poppy jasmine autumn april june august ' +
    'hunter mason chase river rain storm brook brooke dean earl miles hazel heather ginger honey cherry olive pearl ' +
    'angel star reed rowan sage crystal ash glen wade lance rusty grant gray grey king page young guy don ken jay kit ' +
    'nick norm jean jo al ed ted dot pip pepper bear blue violet jade destiny harmony melody precious sterling ' +
    'sandy lex cat kat pen sol nat bert hal dick liberty bliss charity patience mercy honor honour ' +
    'willow wren lark phoenix raven noel christian august cash brandy chance major marshall taylor cole carter ' +
    'hailey dale rocky ace arrow bishop cliff clay forest heath hart ivory knight legend luck lucky rex ' +
    'mercy jewel diamond ebony misty gale gail shelby stone sonny sunshine tiger true zen vale valentine royal ' +
    'reign remy rio nova luna lyric echo ocean paris london sydney india china georgia jordan chelsea brittany ' +
    'kerry devon carmen aurora bay harper piper jet bo bee bea che mo tom ' +
    // Session 6 (pupil): a Scots word ("a bonnie day").
    'bonnie ' +
    // Session 5 (pupil): herbs and flowers that are names too ("rosemary focaccia").
    'rosemary basil fern primrose myrtle ' +
    // Session 7 (pupil): virtue and word names given in other communities (West African, Caribbean,
    // evangelical families): "a blessing", "a favour", "a miracle", "justice", "peace and quiet".
    'blessing blessings favour favor miracle gift justice prince princess treasure peace marvellous promise praise victory ' +
    'wisdom goodness comfort').split(' ').filter(Boolean),
);

/**
 * Session 7 (pupil): Welsh given names that are everyday Welsh words (general knowledge, no corpus):
 * haf summer, eira snow, seren star, grug heather, nest, math kind/sort, alaw tune, awen muse, gwawr
 * dawn, heulwen sunshine, llinos linnet, celyn holly, derwen oak, briallen primrose, hedd peace, gwern
 * alder, tirion gentle, glain bead/jewel, enfys rainbow, eirlys snowdrop, teifi and aeron
 * rivers (aeron berries too), llew lion, bryn hill, glyn valley, gwyn/wyn white (and "ŵyn" lambs), mai and medi
 * months, awel breeze, eos nightingale, elain fawn, deryn bird, fflur blossom, eirian
 * bright, del pretty, tesni warmth, gwennol swallow, lili lily, rhosyn rose, blodyn flower, cari would
 * love, non (an English prefix too: "non uniform"), cain fine, eli ointment ("eli haul"; Eli for Elis). Not names far commoner as names than as
 * words (Elin, Ffion, Gwen, Ben, Beth). Treated as English word-names
 * are (WORD_NAMES): a pupil only when the draft uses the word as a name.
 */
export const WELSH_WORD_NAMES = new Set(
  ('bryn glyn gwyn wyn eira haf seren mai medi grug nest math alaw awen gwawr heulwen llinos celyn derwen ' +
    'briallen hedd gwern tirion glain enfys eirlys teifi aeron llew awel eos elain deryn fflur eirian del tesni ' +
    'gwennol lili rhosyn blodyn cari non cain eli').split(' '),
);
for (const w of WELSH_WORD_NAMES) WORD_NAMES.add(w);

/**
 * Word-names that are capitalised even as ordinary words (months, seasons, places, titles), so a capital
 * letter proves nothing: only a full name, a #tag/@handle or a clear cue ("well done …") counts.
 */
export const STRICT_WORD_NAMES = new Set(
  ('may june april august summer autumn paris london sydney india china georgia jordan chelsea devon kerry brittany ' +
    'christian king major bishop knight marshall royal noel valentine sterling legend destiny christmas ' +
    // Session 7: Welsh months ("mis Medi", "ym mis Mai").
    'medi mai').split(' '),
);

/** Words just after a sentence-initial word-name that show it is a person ("Will scored", "Grace was"). */
export const NAME_FOLLOWERS = new Set(
  ('was has had scored won got did made said came loved loves smashed finished nailed looked played sang danced ' +
    'wrote helped gave told asked brought showed earned managed worked tried ran swam passed completed performed ' +
    'received achieved took just really also always never is absolutely ' +
    // Session 5 (pupil): more that a child does ("Ivy couldn't find her book", "Summer stayed behind").
    'stayed couldn wouldn didn wasn hasn kept pushed needs needed').split(' '),
);

/**
 * Things only a person does ("Summer wrote", "hope asked me"): after a word-name that starts a
 * sentence, even one written in lower case or one that is also a month, they show it is someone.
 */
export const PERSON_VERBS = new Set(
  ('scored won wrote asked told drew read cried laughed shouted screamed giggled stood put came brought threw punched kicked bit ' +
    'learnt learned cracked remembered forgot smiled hugged whispered announced explained insisted decided refused sang danced ' +
    'finally fell lost found climbed painted built shared started finished says said wants wanted tried').split(' '),
);
for (const v of PERSON_VERBS) NAME_FOLLOWERS.add(v);

/** Words before a first name that make it someone in the poster's own life ("my nan Rose", "our puppy Poppy"). */
export const RELATIONS = new Set(
  ('nan nana nanna nain gran granny grandma grandad grandpa taid mam mum mom mummy mother dad daddy father brother sister bro sis ' +
    'husband hubby wife partner fiance fiancee boyfriend girlfriend son daughter neighbour neighbor friend bestie mate cousin aunt auntie ' +
    'aunty uncle niece nephew boss puppy dog cat kitten pup rabbit hamster horse pony law in-law brother-in-law sister-in-law').split(' '),
);

/**
 * Common British, Irish and Welsh first names of every generation. A word that is one of them is
 * that person, not a one-letter typo of a pupil's name ("Nerys" is not "Cerys", "Barry" not "Harry").
 */
export const COMMON_FIRST_NAMES = new Set(
  ('aaron adam adrian aidan alan alex alison amanda amy andrew angela anna anne anthony barbara barry ben bethan brian bryn carl ' +
    'carol caroline catherine cerys charles chris christine claire clare colin craig dafydd daniel darren david dawn debbie deborah dennis derek ' +
    'dewi diane donna dylan eddie edward eileen elaine eleanor eleri emma emyr eric evan fiona frances gareth gary gavin gemma geoff george ' +
    'geraint glyn glenys gordon graham gwen gwyn hannah harry heledd helen huw ian iestyn ieuan ioan iolo irene jac jack jackie james jamie jane ' +
    'janet jason jean jeff jennifer jenny jessica jill joan joanne john jon jonathan joseph josh julie karen kate katie keith kelly kevin kim ' +
    'larry laura lee leigh leon lewis linda lisa liz llinos lloyd louise luke lynne marc margaret maria mark martin mary matthew megan meirion ' +
    'michael michelle mike nathan neil nerys nia nicola nigel owain owen paul pauline peter philip rachel rebecca rhian rhodri rhys richard ' +
    'rob robert ryan sally sam samantha sandra sara sarah scott sean sharon shaun sian simon sioned sophie stephen steve stuart sue susan ' +
    'terry tom tomos tony tracey tracy trevor vicky wayne wendy wyn').split(' '),
);
