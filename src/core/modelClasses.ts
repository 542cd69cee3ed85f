/*
 * Word classes for the learnt second opinion (model.ts), session 7 of issue 12. The model's words and
 * word pairs are the phrases of the writers it was trained on: leave-one-file-out over the dev files
 * showed it learning them, not the way people write (conduct's held-out recall 68 against 95 on dev).
 * A class stands for every member: a sentence holding any word of "leaders" and any of "insult" gives
 * the model the same features whoever wrote it, and the pair of classes (leaders AND insult in one
 * sentence, or in one short draft) is the compositional signal the rules read by hand.
 *
 * Written from general knowledge of English and Welsh school talk (synonyms, inflections, slang,
 * abbreviations), not from corpus lines. Words as the tokeniser folds them: lower case, "can't" is
 * "can" + "t", a possessive 's is dropped. A member written with "+" is a pair of neighbouring words.
 * The upper-case members are the roles the name rules' findings become (PUPIL, STAFF, SCHOOL, PARENT).
 * At most 16 classes (their bits are a mask in model.ts).
 */
const w = (s: string): string[] => s.split(/\s+/).filter(Boolean).map((x) => x.replace('+', ' '));

export const CLASSES: Record<string, string[]> = {
  // The people of a school, by kind.
  kids: w(`pupils pupil students student kids kid children child childrens boys girls lads lad lass lasses teenagers teens learners tutees reception nursery
    sixth formers PUPIL disgyblion disgybl plant plentyn dosbarth nosbarth bachgen bechgyn merched blwyddyn flwyddyn mlwyddyn y1s y2s y3s y4s y5s y6s y7s
    y8s y9s y10s y11s y12s y13s yr7s yr8s yr9s yr10s yr11s my+class my+lot this+lot my+form my+tutor my+set my+year my+group the+class the+kids these+kids
    year+NUM yr+NUM`),
  parents: w(`parents parent mums mum mams mam mammy dads dad carers carer grandparents nan nana grandma grandad stepdad stepmum guardians PARENT rhieni rhiant tad
    nain taid mamgu tadcu`),
  staff: w(`colleague colleagues coworker coworkers staff staffroom teacher teachers ta tas lsa lsas hlta hltas nqt nqts ect ects trainee supply senco sendco
    alnco hod dsl caretaker cleaners cleaner mentor STAFF athro athrawes athrawon cydweithiwr cydweithwyr cydweithwraig cymhorthydd cymorthyddion
    line+manager business+manager support+staff dinner+ladies dinner+lady office+staff office+lady office+ladies head+of cover+supervisor
    teaching+assistant my+ta the+ta lunchtime+staff midday+supervisors`),
  leaders: w(`slt smt leadership management managers manager head headteacher heidie headmaster headmistress deputy deputies principal governors governor governing
    trust ceo exec executive hr ofsted estyn inspectors inspector consultant consultants leaders bosses boss pennaeth bennaeth phennaeth dirprwy
    llywodraethwyr rheolwyr rheolwr local+authority the+council senior+leadership senior+team higher+ups powers+that uwch+dim tim+arwain the+la`),
  place: w(`school SCHOOL academy workplace employer job building ysgol ysgolion gwaith this+place our+place my+place where+i at+work this+school our+school
    my+school this+job the+place in+work`),
  // What is said of them.
  insult: w(`useless clueless incompetent hopeless pathetic lazy laziest rude rudest vile feral idiot idiots moron morons muppet muppets clown clowns numpty
    numpties pillock prat prats plonker gormless dense thick stupid dumb entitled spoilt spoiled gobby mouthy arrogant smug condescending patronising
    patronizing inept shambles shambolic joke farce disgrace disgraceful nightmare nightmares horrible awful worst terrible dreadful appalling shocking
    ridiculous rubbish crap toxic snake snakes coward cowards liar liars spineless unprofessional disorganised chaotic ungrateful disrespectful obnoxious
    nasty grim brats brat horrors animals zoo circus vultures sly sneaky petty spiteful vindictive hypocrite hypocrites two+faced clueless jobsworth
    jobsworths dinosaur dinosaurs bone+idle pointless embarrassing laughable tragic dire diabolical woeful pitiful bonkers insane unreal unbelievable
    scandalous cheeky brass+neck anobeithiol diog twp dwl gwirion ofnadwy diwerth haerllug digywilydd anghwrtais afresymol gwarthus ffiaidd sbwriel rwtsh
    llanast cywilydd`),
  complain: w(`moan moans moaning moaned moany whinge whinges whinging whinged whingeing complain complains complaining complained complaint complaints rant ranting
    ranted fuming livid furious seething raging angry annoyed annoying annoys irritating irritated infuriating infuriated sick fed hate hates hated loathe
    despise argue argues argued arguing argument rowing shouted shouting shouts screamed screaming screams yelled yelling ignored ignores ignore ignoring
    blame blamed blames blaming lectured lecture lecturing gossip gossiping gossips slagging slagged undermine undermined undermining micromanage
    micromanaging micromanaged dumped palmed belittled humiliated humiliating snapped sneered tutted nagging mithering grilled criticised criticising
    criticise moaned swore effing blinding kicked cwyno cwyn cwynion gweiddi casau cas dadlau beio anwybyddu can+t cannot+stand had+enough sick+of fed+up
    done+with so+done over+it drives+me driving+me wind+me winds+me lose+it give+me treat+us treats+us treated+us talks+down talk+down took+credit
    takes+credit under+the`),
  sarcasm: w(`apparently genius iconic bless cheers priorities shocker whatever ffs smh fml ugh sigh typical classy inspirational inspiring visionary groundbreaking
    revolutionary seriously literally somehow suddenly wisdom bright streamlined vision initiative initiatives buzzwords lol lmao eyeroll petition
    love+that for+us thanks+for bright+idea every+single yet+again once+again who+knew surprise+surprise wonder+why what+could make+it of+course no+one
    nobody not+one never+once third+time fourth+time funny+how amazing+how heaven+forbid god+forbid on+what another+email at+NUM eleven+pm 11pm 10pm
    midnight`),
  // What staff know through their job.
  know: w(`diagnosis diagnosed diagnoses undiagnosed adhd autism autistic asd asc dyslexia dyslexic dyspraxia dyscalculia epilepsy epileptic seizure seizures
    diabetes diabetic cancer chemo chemotherapy leukaemia tumour medication meds medical condition syndrome disorder disability disabled wheelchair ehcp
    ehcps idp iep ieps sen aln ady cdu referral referrals referred refer camhs paediatrician ed+psych incident incidents exclusion exclusions excluded
    exclude suspended suspension expelled detention detentions restraint restrained restrain cp safeguarding disclosure disclosed disclose dsl concern
    concerns logged cpoms myconcern social+services foster fostered adopted adoption lac placement placements fsm meals hungry carer police arrested
    arrest prison jail court custody probation tagged disciplinary capability warning grievance tribunal investigation suspended sacked dismissed stress
    depression anxiety breakdown burnout salary docked redundancy redundant contract absence absent attendance truanting harm harming suicidal overdose
    eating anorexia bulimia pregnant pregnancy miscarriage termination divorce divorcing splitting separated separating custody evicted eviction homeless
    hostel refuge domestic abuse abused abusive violence violent neglect neglected bruise bruises bruised bruising injury injuries refugee asylum deported
    deportation bereaved bereavement died funeral grieving rehab drugs drug alcohol alcoholic knife weapon vape vaping stabbed stabbing assault assaulted
    bitten punched self+harm social+worker social+services looked+after free+school school+meals young+carer child+protection sick+leave long+term
    signed+off final+warning written+warning reduced+timetable part+time managed+move pupil+premium early+help speech+and special+needs in+care care+order
    on+report fixed+term off+sick awtistiaeth awtistig dyslecsia atgyfeiriad atgyfeirio gwaharddiad gwahardd gwaharddwyd heddlu diogelu amddiffyn maeth
    gofal gofalwr salwch sal tost marw angladd ysgariad cyflog disgyblu digwyddiad iselder pryder canser ysbyty diagnosis cynllun gweithiwr+cymdeithasol
    gwasanaethau+cymdeithasol prydau+am am+ddim gofalwr+ifanc cynllun+datblygu anghenion+dysgu`),
  // A specific person it is about.
  person: w(`PUPIL STAFF PARENT boy girl lad lass kid child family families sibling siblings brother sister cousin nephew niece stepdad twins plentyn bachgen merch
    teulu tad cydweithiwr of+mine in+my my+class a+child a+boy a+girl a+kid a+pupil a+student little+lad little+girl little+boy little+one his+mum her+mum
    his+dad her+dad his+mam her+mam their+mum their+dad his+nan her+nan the+family a+family one+family a+colleague my+colleague a+parent one+of two+of
    three+of a+mum a+dad one+mum one+dad this+child that+child this+boy this+girl this+family un+o fy+nosbarth yn+fy y+teulu ei+fam ei+dad mam+y tad+y`),
  // The poster's own people: their own child, partner, parent.
  own: w(`myself hubby husband wife partner boyfriend girlfriend fiance my+son my+daughter my+own my+mum my+mam my+dad my+husband my+wife my+partner my+kids
    my+boy my+girl my+little my+eldest my+youngest my+nan my+sister my+brother my+baby my+toddler my+teenager my+children my+child my+mother my+father
    my+family our+son our+daughter our+kids fy+mab fy+merch fy+mam fy+nhad`),
  // Talk about the topic in general, not a person: training, policy, the news, the nation.
  general: w(`nationally national nation country government dfe gov policy policies guidance framework training cpd course webinar conference article research study
    report awareness campaign statutory funding underfunded budget cuts crisis system sector profession schools teachers everyone anyone hyfforddiant
    polisi llywodraeth cenedlaethol`),
};
