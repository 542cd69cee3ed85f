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
    'kerry devon carmen aurora bay harper piper jet bo bee bea che mo').split(' ').filter(Boolean),
);

/**
 * Word-names that are capitalised even as ordinary words (months, seasons, places, titles), so a capital
 * letter proves nothing: only a full name, a #tag/@handle or a clear cue ("well done …") counts.
 */
export const STRICT_WORD_NAMES = new Set(
  ('may june april august summer autumn paris london sydney india china georgia jordan chelsea devon kerry brittany ' +
    'christian king major bishop knight marshall royal noel valentine sterling legend destiny christmas').split(' '),
);

/** Words just after a sentence-initial word-name that show it is a person ("Will scored", "Grace was"). */
export const NAME_FOLLOWERS = new Set(
  ('was has had scored won got did made said came loved loves smashed finished nailed looked played sang danced ' +
    'wrote helped gave told asked brought showed earned managed worked tried ran swam passed completed performed ' +
    'received achieved took just really also always never is absolutely').split(' '),
);
