import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleTester } from '../testing';
import { topLevel, VETO_GATES, VOICE_ANY, VOICE_ANY_LOOSE, VOICE_GATES, VOICE_WORD_LIST } from './job';

ruleTester('job', {
  invalid: [
      ['As a teacher I find it odd', 'As a teacher'],
      ['My Year 6s are doing SATs', 'My Year 6s'],
      ["Parents' evening tonight", "Parents' evening"],
      ['OFSTED phoned', 'OFSTED'],
      ['TA life: glue sticks', 'TA life'],
      ['cried in the staffroom', 'staffroom'],
      ['I work at a primary school in Barry and love it', 'I work at a primary school'],
      ['Any other history teachers got a good KS2 scheme?', 'history teachers'],
      ['Reports done at last! All 30 of them', 'Reports done'],
      ['Book scrutiny tomorrow so I am sticking in worksheets', 'Book scrutiny'],
      ['Yard duty in the hail', 'Yard duty'],
      ['Taking Year 3 to St Fagans this Friday', 'Taking Year 3'],
      ['Lesson observation went well! #WeAreTeachers', 'WeAreTeachers'],
      ['Athrawes Blwyddyn 6 ydw i ers deg mlynedd', 'Athrawes'],
      ['Dwi’n gymhorthydd dysgu mewn ysgol gynradd', 'gymhorthydd dysgu'],
      ['Head of Year 9. 230 kids. 1 of me.', 'Head of Year'],
      ['Beach school Thursday with my Reception lot', 'my Reception lot'],
      ['Just finished the risk assessment for Techniquest', 'risk assessment'],
      ['Arsylwad fory a dwi di newid y cynllun gwers', 'Arsylwad'],
      // What the draft is about: criticising school people, what only staff know, a pupil in a
      // lesson, working life at the school, the poster taking pupils out.
      ['The parents at pick-up are so entitled it makes me want to scream', 'The parents at pick-up are so entitled'],
      ['Colleague just told me she is on a capability plan after one observation', 'on a capability'],
      ['Harry Green put his hand up in maths for the first time all year', 'maths'],
      ['12 years at Green Lane and today was my last day', '12 years at'],
      ['Got a new lanyard at GLCS today with my photo on it', 'lanyard'],
      ['Year 4 and I are off to Cardiff Castle tomorrow, meeting at the gate at 4.30', 'and I'],
      ['Right. 60 kids, 2 coaches, Chester Zoo opens at 10 and we leave at 8.45 sharp', '60 kids'],
      ['Lunchtime supervisor for 8 years and still nobody has invented a yoghurt pot that opens', 'Lunchtime supervisor for 8 years'],
      ['Wet play for the third day in a row, my soul has left my body', 'Wet play'],
      ['Report season. Copy and pasting "is a pleasure to teach" 90 times', 'Report season'],
      ['Noson rieni heno tan 8, 45 o deuluoedd, wedi blino', 'Noson rieni'],
      ['Harry Green did the splits in the middle of PE for no reason', 'of PE'],
      ['"Miss, are you married? Miss, how old are you?" Every. Single. Day.', 'Miss,'],
      ['Mrs Jones saves my life about 5 times a day, thank you x', 'saves my life'],
      ['Arolwg Estyn wythnos nesa, pawb yn yr ysgol yn nerfus', 'Arolwg Estyn'],
      // Routines only staff have, staff hashtags, and a pupil from the list talking to the poster (issue 12).
      ['32 books marked, 58 to go. Sunday well spent 🙃', 'books marked'],
      ['Mocks to mark over half term, thanks', 'Mocks to mark'],
      ['Displays up for September, the classroom looks gorgeous', 'Displays up'],
      ['#TeamTA', 'TeamTA'],
      ["Harry Green asked me today if I had a mum. Told him yes. He looked genuinely shocked", 'asked me'],
      ["Rose Khan came in with a tooth missing and was more excited about that than anything I'd planned", 'came in with'],
  ],
  valid: ['Ta for the birthday wishes', 'My daughter Rose Khan asked me why the sky is blue', 'Essays to write for my course, send coffee', 'Put up the Christmas decorations, the house looks gorgeous', 'Marking the occasion with cake', 'The class of 1999 reunion', 'Teaching my dog to sit', "Parents' evening for my youngest tonight", 'My old PE teacher made us run in the snow', 'Quarterly reports done at work', "Our little one's class assembly was so sweet",
    'Gym class at 6am was brutal. My class instructor is a sadist and I love her',
    "Staff meeting at the restaurant before service, new menu starts Friday, I'm nervous",
    "INSET day tomorrow so I've got the kids at home again, who decides these dates",
    'Report comments from my own Year 4 teacher: a delight who needs to listen more',
    'Harry Green won the cross country on Saturday, only 9 and beat the lot of them',
    'Green Lane summer fair on Saturday, come and say hi at the cake stall',
    'Good luck to the Green Lane netball team, away at Oak Park on Monday, bus at 12.30',
    'The parents at soft play let their kids run wild while they sit on their phones. Rant over.',
    'My mum was a teacher for 35 years and she still corrects my grammar',
    'Proud of my boy, he got star of the week for being kind',
    'marking my 40th birthday with a spa day and NO children',
    'Quarterly appraisal at the bank tomorrow, nothing to say for myself',
    'staff meeting at the warehouse ran an hour over',
    'Zumba teacher retired after 20 years, the whole class cried',
    'Birthday party with 12 kids this afternoon, wish me luck',
  ],
});

// Session 4 probes (issue 12): fresh drafts written for this check, not taken from any corpus. Before the
// session 4 changes 54 of these 75 held (26/40 flagged, 28/35 left alone); a 75th, "The head of the council
// has resigned", is left out: the conduct rule's finding makes it a job clue, and conduct is not this rule.
ruleTester('job', {
  invalid: [
    ['Three weeks in and my tutees still cannot find the hall #NQTlife', 'NQTlife'],
    ['Sunday night and the #EYFS planning is still not done', 'EYFS'],
    ['#edchat anyone got a good starter for fractions?', 'edchat'],
    ['#SLTlife means eating lunch standing up', 'SLTlife'],
    ['I work in a special school and I would not change it', 'I work in a special school'],
    ["I'm a dinner lady at the local primary, best job going", "I'm a dinner lady"],
    ['Been teaching for 20 years and still get nervous on the first day', 'teaching for 20 years'],
    ['Year 5 teacher here, any tips for the Romans topic?', 'Year 5 teacher'],
    ['Y6 teacher, 29 kids, one glue stick', 'Y6 teacher'],
    ['KS2 TA looking for a new post in Swansea', 'KS2 TA'],
    ['Maths teacher problems: the projector has died again', 'Maths teacher'],
    ['Reception teacher and proud of it', 'Reception teacher'],
    ['Just got the job as Year 3 class teacher!!!', 'class teacher'],
    ['parents eve tonight, 18 appointments back to back', 'parents eve'],
    ['writing 28 reports this weekend, send wine', 'writing 28 reports'],
    ['being observed by the head tomorrow period 3', 'being observed'],
    ['playground duty in the sleet, character building', 'playground duty'],
    ['on duty at break and lunch today, not sat down once', 'on duty at break'],
    ['INSET tomorrow, at least the coffee is free', 'INSET'],
    ['spent all Sunday planning for the week, where did the weekend go', 'Sunday planning'],
    ['PPA cancelled again because of cover', 'PPA'],
    ['covering year 3 all afternoon, wish me luck', 'covering year 3'],
    ['GCSE marking for the exam board is paying for Christmas', 'marking'],
    ['took the register and 11 of them had the sniffles', 'took the register'],
    ['Cover supervisor life: nobody has ever done the work set', 'Cover supervisor life'],
    ['32 mocks to mark by Friday', 'mocks to mark'],
    ['the phonics screening check is next week and I am more nervous than them', 'phonics screening'],
    ['Moderation meeting ran two hours over', 'Moderation meeting'],
    ['nativity rehearsals with 60 five year olds, pray for me', '60 five year olds'],
    ['Laminated 200 word cards for my classroom display', 'my classroom'],
    ['Estyn next week and the whole staff are running on caffeine', 'Estyn next'],
    ['Staff briefing at 8 and I still have not had a coffee', 'Staff briefing'],
    ['my year 9s asked if I was alive when the Titanic sank', 'my year 9s'],
    ['first day back with a new class tomorrow, butterflies', 'with a new class'],
    ['SATs marking done, now for the reports', 'marking'],
    ['Dw i wedi bod yn dysgu ers deng mlynedd', 'yn dysgu ers'],
    ['Twenty years in the classroom and the kids still make me laugh every day', 'years in the classroom'],
    ['Geography teacher by day, baker by night', 'Geography teacher'],
    ['Ready for my first lesson observation as an ECT', 'lesson observation'],
    ['Detention duty again, third time this week', 'Detention duty'],
  ],
  valid: [
    'Parents evening for my youngest tonight, apparently he talks too much',
    "Off to parents' evening at the kids' school, wish us luck",
    "My son's teacher is an absolute star",
    "The kids have an INSET day on Friday so we're off to the zoo",
    "Inset day AGAIN?! who do I send my childcare bill to",
    'Marking the occasion with a very large cake',
    'My daughter has her SATs next week, she is so nervous',
    "Report came home, he got 'excellent' for effort, proud mum",
    'On duty at the hospital all weekend, see you Monday',
    'Nurse life: 12 hour shifts and cold tea',
    'Just finished my shift at the warehouse',
    'Planning a surprise party for my sister',
    'Class of 2005 reunion was a laugh',
    'The school run was absolute chaos this morning',
    'Cover band at the pub tonight, come down',
    'I taught my dog to high five and I have never been prouder',
    'My mum was a dinner lady for 30 years and she still makes the best custard',
    'Register office wedding on Saturday, so excited',
    'My old headteacher just retired, end of an era',
    'Our school reunion is at the Red Lion on Saturday',
    'my niece told me my hair looks like a bird nest',
    'Year 6 leavers hoodies arrived and my son is thrilled',
    'Booked the kids into holiday club for half term',
    'School photos came home, £18 for one print!!',
    'Does anyone know if the school uniform shop is open on Saturday?',
    'My lad scored in his school match today, proud dad',
    'Our eldest starts secondary school in September, how did that happen',
    'Observed a heron at the lake today, so still',
    'Marked my 10th anniversary at the bank today',
    'my class at the gym was brutal tonight',
    'The headteacher at my daughter\'s school sent a lovely letter',
    'First day at my new job at the council tomorrow',
    'Exam season for my two, house is silent',
    'Duty free haul from the airport',
  ],
});

// Second round of session 4 probes, written after the first round of changes, on the four
// categories (staff hashtags, where one works, a year group or subject with a job title, routines).
// Before this round's changes 27 of these 43 held (20/35 flagged, 7/8 left alone). Three positives are
// still missed and are left out here because other workplaces say them too: "report deadline is
// Friday", "covering lunches again", "register in 2 minutes".
ruleTester('job', {
  invalid: [
    ["New term, new #displayboard ideas needed", "displayboard"],
    ["#addysg #CfW planning day", "addysg"],
    ["#DinnerLady and proud", "DinnerLady"],
    ["I work in education, I know how tired everyone is", "I work in education"],
    ["I'm the school cook and today was fish finger Friday", "I'm the school cook"],
    ["I run the school office so yes I know where your lunchbox is", "run the school office"],
    ["I'm head of maths at a comp in Newport", "head of maths"],
    ["Maths lead meeting ran over again", "Maths lead"],
    ["TA here, anyone else covering lunches this week?", "TA here"],
    ["teacher here, and no we do not finish at 3", "teacher here"],
    ["Year six teacher and already counting down to SATs", "Year six teacher"],
    ["KS1 phase leader for three years now", "KS1 phase leader"],
    ["Reception TA looking for ideas for the mud kitchen", "Reception TA"],
    ["EYFS lead and proud", "EYFS lead"],
    ["the marking pile is taller than me", "marking"],
    ["30 books marked before bed, gold star for me", "books marked"],
    ["learning walk this afternoon so everything is laminated", "learning walk"],
    ["obs tomorrow, wish me luck", "obs tomorrow"],
    ["PPA time is a myth", "PPA time"],
    ["marking mocks all weekend", "marking mocks"],
    ["lesson planning with a cup of tea and the rugby on", "lesson planning"],
    ["planning my lessons for tomorrow at 10pm again", "my lessons"],
    ["30 spelling tests to mark tonight", "tests to mark"],
    ["Lost my PPA to cover again", "my PPA"],
    ["my tutor group are the best", "my tutor group"],
    ["the kids in my class made me a card", "my class"],
    ["I do supply in the Vale, mostly KS2", "do supply"],
    ["Mae gen i 30 o blant yn fy nosbarth eleni", "30 o blant"],
    ["Dwi’n athrawes ers 15 mlynedd", "athrawes"],
    ["Marcio llyfrau tan hanner nos", "Marcio"],
    ["Dyletswydd buarth yn y glaw eto", "Dyletswydd buarth"],
    ["Noson rieni heno, 25 apwyntiad", "Noson rieni"],
  ],
  valid: [
    'I work in sales, I know how tired everyone is',
    'training day at work tomorrow, free lunch at least',
    'My daughter is doing her mocks this week, house is tense',
    'the marking on the new pitch is wonky',
    'planning a trip to Tenby for the bank holiday',
    'register office booked for June!',
    'Lost my phone at the match',
    'head of the queue at Greggs, a rare win',
    // Third round (written with the Welsh and "kids at work" classes; 1/4 flagged and 2/2 left alone before them).
    'Bl.6 yn mynd i Langrannog ddydd Llun',
    'the kids at home are driving me mad',
  ],
});

ruleTester('job', {
  invalid: [
    ["Bl.6 fi wedi gweithio mor galed heddiw", "Bl.6 fi"],
    ["Dwi wrth fy modd yn dysgu Bl.4 eleni", "dysgu Bl.4"],
    ["one of the kids at work told me I look like a Teletubby", "kids at work"],
    ["half term marking is not a holiday", "half term marking"],
  ],
  valid: [],
});

// Last round: a school type without "school" ("I work in a secondary"), a mixed year group with a job title
// (1/3 flagged and 2/2 left alone before the change, 3/3 and 2/2 after).
ruleTester('job', {
  invalid: [
    ["I work in a secondary in Bridgend, ask me anything", "I work in a secondary"],
    ["I teach at a little village primary in Powys", "I teach"],
    ["Year 5/6 teacher looking for book recommendations", "Year 5/6 teacher"],
  ],
  valid: ['My son is in a secondary in Bridgend now', 'I work in a pub in Bridgend'],
});

// Session 5 probes (issue 12), written before this session's changes from general knowledge of staff voices
// (pupils with the poster, pupils' outings told by the one taking them, staff-only events and routines, bios,
// working life, Welsh) and hard negatives (parents about their child's school and teacher, pupils and students
// themselves, other jobs, a friend's class, namesakes). Before the changes 50 of 86 held (16/48 flagged, 34/38
// left alone); after them 76/86 (38/48, 38/38), some of the changes being written against these very drafts, so
// the first figure is the estimate of unseen text. Still missed, left out here (announcements of pupils out with
// no staff voice read as the school's or a parent's notice; the rest need what the rule cannot know):
//   "Ellie Smith just asked if I sleep at school"
//   "Had to ring Max Patel's dad about his behaviour again, third time this half term"
//   "Harry Green's mum emailed me at 11pm about a missing jumper"
//   "Under 13s netball away at Oakfield on Tuesday, minibus from the front at 3"
//   "Year 10 geographers to Porthcawl on Friday for fieldwork, back by 4, bring waterproofs"
//   "Bl.4 i Amgueddfa Abertawe fory, bws am 9 o'r ysgol, cofiwch eich pecyn bwyd"
//   "The glue sticks run out every October. Bought 40 with my own money again"
//   "The bell went and I still had not finished my toast from 7am"
//   "David Hall fixed the hall projector with a paperclip, caretaker of the year"
//   "Cyngerdd Nadolig yr ysgol nos Fawrth, ymarfer bob amser cinio tan hynny"
ruleTester('job', {
  invalid: [
    "Rose Khan drew me a picture of a unicorn with my name spelt wrong on it",
    "Max Patel was my star helper at the harvest assembly today",
    "Alfie Cooper handed in the neatest homework I have seen all year",
    "Eve Parker ran up to me at the gate this morning to show me her wobbly tooth",
    "grace okafor read her poem to the whole class and got a standing ovation, I welled up",
    "Thomas Wright finally cracked his 7 times tables and I did a little dance",
    "zoe adams and may lin were my monitors this week and ran a tighter ship than me",
    "Coach for Year 6 leaves at 8.15 from the school gates, I have the sick bags",
    "Year 3 off to the Roman museum tomorrow, 9am sharp, I have counted the packed lunches twice",
    "nativity dress rehearsal tomorrow and three shepherds have lost their tea towels",
    "Setting up the hall for the Year 2 class assembly, 30 chairs and a very wobbly stage",
    "Mock inspection next week and my planning folder is a crime scene",
    "Lunch duty on the field, three grazed knees and one lost shoe",
    "thirty reading records to check before Friday, pray for me",
    "Writing the Year 6 leavers' speech and I am already crying",
    "My form are raising money for Children in Need with a cake sale tomorrow",
    "Teaching fractions to 32 teenagers straight after lunch on a windy day, send help",
    "Open evening tonight, smiled at prospective parents for three hours straight",
    "Our Year 11s sat their first GCSE this morning and I have never been so nervous",
    "Supervising a detention for a boy who thinks he is a stand up comedian",
    "Sports day risk assessment, egg and spoon has never been so bureaucratic",
    "If I hear \"can I go toilet\" once more this lesson I am going to lose it",
    "My SEN kiddo used his words instead of his fists today and I could have cried",
    "Marked 28 spelling tests on the train home, half of them spelt \"because\" wrong",
    "Exam hall set up for 180, seating plan done, clocks checked. Mocks start Monday",
    "Science @ Green Lane | views my own",
    "English dept at a Cardiff comp | books | dogs",
    "Year 2 TA and forest school leader | mum of 2 | Swansea",
    "PE teacher at an all through school | runner | coffee",
    // Left out at first, found once the "|" opening line was read at the start of the draft.
    "School business manager | budgets and biscuits",
    "Started at St Mary's in September and I already love the team",
    "Green Lane, you have been my work home for 9 years. Tomorrow is my last day",
    "workload this term is brutal but the kids make it worth it every single day",
    "Mrs Jones ran the school disco like a military operation, legend",
    "Gwasanaeth boreol i'r ysgol gyfan heddiw a fi oedd yn arwain, nerfau!",
    "Y plant yn fy ngrŵp darllen wedi gwneud mor dda heddiw",
    "Wedi bod yn gosod arddangosfa yn y coridor tan 6, dwi angen paned",
    "Diwrnod HMS fory, hyfforddiant ar les disgyblion",
  ],
  valid: [
    "Rose Khan's mum made the best cake at the bake sale",
    "Harry Green won the junior trophy at the golf club, well done lad",
    "Max Patel from next door helped me carry the shopping in, such a polite boy",
    "My daughter's class are off to the zoo on Friday, I have packed her a lunch",
    "Year 6 trip to London tomorrow, my son is beyond excited",
    "Our little one's school trip got cancelled because of the coach strike",
    "The school choir sang beautifully at the Christmas lights, so proud of my girl",
    "Miss Evans is the best teacher my kids have ever had",
    "Parents' evening went well, his teacher says he is a delight",
    "I loved school when I was little, especially the nativity",
    "As a student I hate group projects with a passion",
    "Year 11 here, my teachers keep setting homework over half term",
    "GCSE maths paper tomorrow, revising all night",
    "Just finished my last ever exam, university here I come",
    "Night shift at the hospital again, the ward is rammed",
    "Our office Christmas party is at the Hilton, dress code sparkle",
    "My friend teaches Year 2 and says the kids are feral this week",
    "My sister's class did a lovely assembly for Mother's Day",
    "Coaching the under 9s at the rugby club on Saturday, bring your boots lads",
    "Driving instructor life: a learner just mounted a kerb",
    "Green Lane Community School fun run on Sunday, my two are doing it",
    "Does anyone know what time St Mary's finishes on Friday?",
    "Mrs Jones from the bakery gave me an extra doughnut today",
    "Took my nephew to the science museum, he loved the rockets",
    "My daughter's teacher retired today, we bought her flowers",
    "Reading my son his bedtime story for the 40th time tonight",
    "The under 11s football team I coach won 3-0, proud of the lads",
    "Nursery pick up at 5, then tea, bath, bed",
    "Thomas Wright's new single is class",
    "Sat in the school car park waiting for my daughter, she is always last out",
    "Mocks start Monday for my eldest, the house is silent",
    "Bus to town at 9 tomorrow, anyone want anything from Primark",
    "Our Year 6 leavers hoodie arrived for my son, he will not take it off",
    "Dwi ddim yn athrawes, jyst mam sy wedi blino",
    "Y plant yn yr ysgol heddiw, fi adre efo paned o de",
    "The neighbours kids were screaming all afternoon, I need earplugs",
    "Lovely afternoon at the school fete, my two won the tombola",
    "Had a lesson with my driving instructor and only stalled twice",
  ],
});

// Session 6 probes (issue 12), written before any session 6 change and not taken from any corpus:
// staff voices the dev files do not use (secondary, FE, special schools, Scottish and Northern Irish
// year names, support staff, the office, the site team, the kitchen, infant routines) and as many hard
// negatives (parents, pupils, students, ex-teachers, private nursery staff, tutors, coaches, other jobs).
// Bare drafts: the rule must flag them somewhere. Before the session's changes 60 of 92 held (18/44 flagged,
// 42/48 left alone); after them 87 of 92. Still missed and left out here: "Spent my whole lunch on the phone to
// the LA about a transport place for one of ours", "Year 11 revision session after school today, 4 turned up, I
// will take it", "My 1:1 had his best morning ever, no meltdowns and he read me a whole page", "\"Sir, is this in
// the exam?\" asked 14 times in one lesson", "my kiddos nailed their nativity lines and I am a wreck".
describe('session 6 probes', () => {
  ruleTester('job', {
    invalid: [
      'Got my S3s for double chemistry last thing on a Friday, pray for me',
      'my P7s have decided the fire drill was the highlight of their year',
      'Three of my 10X3 lot forgot their calculators again',
      'Seating plan for 8C is a work of art and they ruined it in four minutes',
      'doing the data drop at 11pm because the system crashed at 4',
      'Just marked 27 lab books and one of them has a drawing of me as a wizard',
      'Served 340 school dinners today and not one child ate the sprouts',
      'Sorted 14 lost jumpers, 3 dinner money queries and a nosebleed before 9am. School office undefeated',
      'My BTEC group handed their coursework in with 4 minutes to spare',
      'Teaching the Year 10s about the Cold War and one asked if I fought in it',
      'did my duty in a bin bag poncho, the kids thought it was hilarious',
      'just finished 90 report comments, my thesaurus has given up',
      'Our lot in the resource base did the Christmas play and I cried through the whole thing',
      'On the gate this morning and a Year 8 handed me a flapjack, best start',
      'Covering a French lesson with zero French, the kids taught me more than I taught them',
      'Forgot to take my school lanyard off before the pub again',
      'Supervising the Year 9 exams all day, if I see one more smuggled phone',
      'Mock results go out tomorrow and I have 30 Year 11s who think they did better than they did',
      'The Year 13s sent me a card on their last day and I am not crying, you are',
      'Period 5 with 9Y on a windy Friday, send snacks',
      'Got top set Year 9 next year, finally',
      'Moved my whole classroom to the new block over the summer, 32 boxes',
      'Our kitchen team cooked for 500 kids today with two ovens down',
      'the pupil voice survey says my lessons are "mid". taking it personally',
      'Gwersi Cymraeg gyda Bl 8 drwy’r bore, dwi wedi blino’n lân',
      'invigilated 11 hours this week, I know every crack in that sports hall ceiling',
      'Uploaded 40 observations to Tapestry before bed, early years never sleeps',
      'Phonics, then snack, then carpet time, and I have not sat down since 8',
      'Tuff tray today was frozen dinosaurs, the children in my class went feral',
      'Pulled 4 kids out of maths for my reading intervention and all 4 read better than last week',
      'Handed out 26 behaviour points before lunch, I am basically a traffic warden',
      'My little ones made Diwali lamps today and the classroom smells of clay',
      'set 3 finally understood simultaneous equations and I nearly did a lap of the room',
      'Put 9 kids in detention today and I will be sat with them till 4',
      'Started my new post as school business manager on Monday, spreadsheets galore',
      'Half my tutees forgot it was non-uniform day and I had to ring home for three',
      'Unlocked the school at 6.30, gritted the yard, fixed a toilet, all before the first bell. caretaking',
      'Moderation with the cluster schools today, my writing samples held up',
      'Learning walk this morning and they came in just as my lot were doing the Macarena',
    ],
    valid: [
      'My son’s form tutor rang about his homework again',
      'Parents’ evening for our eldest, his maths teacher says he is a joy',
      'I’m in Year 10 and my chemistry teacher set us 3 homeworks over the weekend',
      'Revising for my mocks all weekend, wish me luck',
      'Uni essay due Friday, 2000 words, not started',
      'I was a teacher for 30 years and I do not miss the marking one bit',
      'Retired from teaching last year and I have finally read a book for fun',
      'I work at a private day nursery, the babies loved messy play today',
      'Room leader at a day nursery, our toddlers had a sensory morning',
      'I tutor GCSE maths online in the evenings, two slots free',
      'As a governor I sat through a three hour finance meeting',
      'Chair of the PTA here, the cake sale raised £300',
      'Marking my husband’s 50th with a surprise party',
      'On duty at the fire station all weekend',
      'Shift at the care home, one of the residents taught me a song',
      'My daughter’s class assembly was adorable, she was a sunflower',
      'Our kids’ teacher sent home a lovely note today',
      'The school run in the rain, two kids, one umbrella',
      'I hated double maths when I was at school',
      'Helping out as a parent volunteer on the Year 3 trip tomorrow',
      'Tutor constable says I am nearly ready to go solo, probationer life',
      'Driving instructor life: 3 lessons, 2 stalls, 1 pass',
      'Piano pupils all passed grade 3, so proud of them',
      'Our Brownies went camping, 18 girls and 4 leaders, nobody slept',
      'Sunday school this morning, the kids made paper lambs',
      'Finished my PGCE application, fingers crossed',
      'Kids off for INSET so it is soft play and regret',
      'Year 9 options evening for my daughter, she wants to do drama',
      'Our Year 11 is doing his mocks, the house is silent',
      'My tutor at college said my essay was the best in the group',
      'The teachers at my kids’ school are on strike tomorrow, childcare chaos',
      'Coaching the U9s at the club on Saturday, they were unreal',
      'Staff party at the warehouse, secret santa disaster',
      'Seating plan for the wedding is a nightmare, Auntie Pat cannot sit near anyone',
      'Report writing for the audit committee all week, send coffee',
      'Registration for the 10k closes Friday',
      'My lot (the dogs) have destroyed the sofa again',
      'My nephew’s teacher says he is a natural at maths',
      'Volunteer reader at my kids’ school on Tuesdays, I love it',
      'The nursery staff at Little Acorns are angels, my son adores them',
      'Sir kept us in at break because Josh threw a rubber',
      'Miss said we can watch a film on the last day of term',
      'My daughter has forest school on Fridays and comes home caked in mud',
      'Phonics homework with my 5 year old, he is better at it than me',
      'Swimming teacher at the leisure centre, my Tuesday group all got their 25m badge',
      'Ex-teacher here, best decision I ever made was leaving',
      'Mum of three, nativity costumes made, tea towels everywhere',
      'Our little one loves golden time, she talks about it every night',
    ],
  });
});

// Session 6, second round: written after the staff voice went in and before any further change, to
// test whether it generalises (other words for the same classes) and what it wrongly takes for staff.
// Before the changes that followed, 50 of 60 held (23/30 flagged, 27/30 left alone); after them 59 of 60. Left
// out: "The Year 4 parents WhatsApp is on fire about the nits letter" (a parent's; job passes on the confidential
// rule's finding about nits, which is that rule's reading, not this one's).
describe('session 6 probes, second round', () => {
  ruleTester('job', {
    invalid: [
      'the Year 10s have discovered that if they all drop a pen at 2.15 I lose my mind',
      'gave my S4s a practice paper and one of them wrote a poem about chips instead',
      'Nobody warns you that a P2 will tell you your breath smells at 9am on a Monday',
      'a year 9 asked me if I had a life outside school. no, Kieran',
      'On bus duty in the sleet with a whistle that does not work',
      'Swapped my duty with Gemma so I can get to the dentist',
      'we had the juniors in the hall for a fire safety talk and three of them fell asleep',
      'Spent the evening putting up my new display on the Tudors',
      'Did the register in Welsh today and only got corrected twice by the kids',
      'My form have started calling me "the boss" and I have decided to allow it',
      'Got told by a Year 11 that my shoes are "very 2015"',
      'One of the kids in my phonics group read "ship" for the first time and I nearly cried',
      'Led forest school this morning and lost a welly to the mud',
      'supply at a new academy tomorrow, anyone know if the car park is big',
      'Locked up the school at 7 and somebody had left the hamster cage open',
      'I run the after school club and today we made slime, never again',
      'Set 2 did better on the mock than set 1 and I will be telling them on Monday',
      'My Year 5s wrote letters to the council about the potholes and actually got a reply',
      'Cooked 180 school dinners and the jacket potatoes were the star',
      'Hand on heart, guided reading with the Year 2s is the best 20 minutes of my day',
      'Rhoi llyfrau darllen newydd i Bl 2 heddiw, dwi wedi blino',
      'changed 30 reading books before 9 and still made it to the staff briefing',
      'the infants did their harvest songs and I cried in front of all the parents',
      'My BTEC sport lot have their practical tomorrow and I am more nervous than them',
      'a little one in reception asked me if I live at school. honestly, some weeks',
      'we took the tutor group bowling as an end of term treat, I came last',
      'lanyard on, coffee in hand, first day of term, let us go',
      'handing out the speaking parts for the Easter play tomorrow, pray for me',
      'sat in the sensory room with one of ours for an hour and it was the calmest part of my day',
      'My top set Year 8s finished the whole unit a week early',
    ],
    valid: [
      'a kid at the park told me my dog looks like a sheep',
      'My neighbour’s little one asked me if I am a princess',
      'On duty at the hospital again this weekend',
      'Night duty done, time for bed',
      'Supply chain issues mean no sofa till March',
      'The water supply is off again today on our road',
      'Put up the Christmas display in the shop window today',
      'Registered for the half marathon, what have I done',
      'Took the kids to forest school taster day at the weekend, they loved it',
      'I went to the school fair and bought far too many cakes',
      'My son’s Year 9 class did a lovely assembly today',
      'Helping out at the Year 3 disco tonight as a PTA mum',
      'I was a dinner lady for 20 years and I still cannot look at custard',
      'Laminated the kids’ chore charts so they cannot argue about them',
      'The class I go to on Mondays is full of lovely older ladies',
      'Our Year 6 has his SATs next week, he is calm, I am not',
      'I run the local running club on Thursday nights, all welcome',
      'My daughter’s teacher asked me to help with reading on Fridays',
      'Tuff tray set up in the garden with frozen dinosaurs, my two are obsessed',
      'When I was in Year 11 my form tutor made us do the register in French',
      'Sir made us stay behind after the bell because of Callum',
      'My lot (the kids) are off to their nan’s so I have the house to myself',
      'Phonics homework tonight with my youngest and I have learnt so much',
      'Got given the lead part in the community theatre panto, cannot wait',
      'my 7 year old asked me why the sky is blue and I panicked',
      'Taking my nephew to the science museum on Saturday',
      'Our choir is singing at the cathedral on Sunday, come along',
      'Volunteering with the Year 2 reading group at my kids’ school',
      'a little boy on the train told me he likes my coat',
    ],
  });
});

// Session 7 probes (issue 12), written before any session 7 change and not taken from any corpus: the staff
// the voice lacked (the office, the kitchen, the site team, exams, IT, the library, escorts, midday staff,
// therapists and care staff in special schools, the early years in school, Welsh support staff) and as many
// hard negatives (parents of disabled children, private nurseries and childminders, volunteers and parent
// helpers, relatives' and former school jobs, the same titles at a hospital, a council, a care home or a
// leisure centre). Before the session's changes 49 of 90 held (16/45 flagged, 33/45 left alone); after them
// 80 of 90 (35/45, 45/45). Still missed and left out here: "my 1:1 used his talker to say good morning to me …"
// (found for a while, until the draft-word gate's "1", which opened it for every draft with a 1, was dropped for speed), "Escort on the school taxi run, 3 pick ups, one sick
// bag, one very loud Baby Shark", "ELSA sessions all afternoon, worry monsters and a lot of playdough",
// "Intensive interaction with one of my lads today, …" (a parent's "my lads" vetoes it), "Attention Autism
// bucket time was a triumph, …", "Key person for 8 three year olds in our school nursery, …", "Phonics at 9,
// fine motor at 10, outdoor provision in the rain all afternoon, EYFS is not for the weak", "Printing 180
// reports in reprographics and the machine ate the lot", "Lab technician life: …", "On the front desk at
// school all day, rang 14 parents about dinner money" (no speaker in the sentence).
describe('session 7 probes', () => {
  ruleTester('job', {
    invalid: [
      "Cleared 3 paper jams and reset 40 passwords before period 1, school IT technician glamour",
      "Network manager at a 1,400 pupil academy, the wifi is my nemesis",
      "School librarian here, the year 7s have discovered Dog Man and the library is chaos",
      "Exams officer in May is basically a hostage negotiator with a stopwatch",
      "Seating 212 candidates for English Lit in the sports hall tomorrow, my nerves are gone",
      "Midday supervisor shift done, 4 grazed knees and a lost retainer in the bin",
      "On the dinner hall till 1.15 then the playground, my feet have given up",
      "Served 260 roast dinners in the school canteen today, cook life",
      "Site team up since 5.30 clearing snow off the playground so the kids can get in",
      "Bursar at a small village primary, yes we really did run out of glue stick budget in October",
      "Did the home to school transport run with a new lad today, he held my hand the whole way",
      "Receptionist at a secondary, I sign in 30 visitors a day and know every parent's voice",
      "Attendance officer: did 6 home visits today, two kids back in school tomorrow",
      "Family liaison officer at a primary, today was foodbank vouchers and a tricky phone call",
      "Learning mentor, 1 office, 12 kids on my caseload and a kettle",
      "Changed three pads and did two hoists before break, special school glamour",
      "tube feed at 11, stander at 12, rebound therapy at 2 with my lot",
      "Makaton signing Jingle Bells for the 12th time this week with my class",
      "Sensory story in the dark den this morning and all six of mine were giggling",
      "Wedi bod yn oruchwyliwr amser cinio ers deg mlynedd, dwi'n nabod pob plentyn",
      "Gwersi nofio gyda Blwyddyn 3 bore ma, dwi'n socian",
      "Dwi'n gweithio yn swyddfa'r ysgol, dwi'n gwybod popeth am bawb",
      "Clwb brecwast am 7.45 bob bore, 40 o blant a llwyth o dost, fi sy'n rhedeg e",
      "Swapped my lunch duty for a detention so I could actually eat, sound trade",
      "I unlock the gates at 7 and lock them at 6, 22 years as a school caretaker",
      "Exam invigilator for the summer series, I have counted the ceiling tiles in the sports hall twice",
      "Just finished my first term as a higher level teaching assistant and I'm shattered",
      "Running the nurture group this year, six kids, one sofa, lots of toast",
      "Sorted the uniform swap rail and the lost property mountain today, office staff earn every penny",
      "my year 11 form had their leavers photo today and I'm a wreck",
      "Behaviour lead here, 3 restorative chats before lunch and a fire alarm",
      "Pupil premium review with SLT tomorrow and my spreadsheet is not ready",
      "Put out 300 chairs for the carol concert and stacked them again by 9, site staff are the real stars",
      "Started as a speech and language therapist at a special school this week, my caseload is 40",
      "Physio at a special school, 6 standing frames and one very stubborn walker today",
    ],
    valid: [
      "My son's taxi escort is a saint, she sings with him every morning",
      "Got a letter about home to school transport, his new taxi comes at 7.40",
      "Childminder life: 3 under 5s, muddy puddles, fish fingers",
      "Our preschool key worker says she's settling in beautifully",
      "Nursery manager here, Ofsted registered, 2 funded places for September",
      "Volunteered in the school library on Friday, lovely to see the kids reading",
      "Parent helper on the Year 4 swimming trip, I'm soaked",
      "My mam was a dinner lady at the juniors for 25 years, she's retiring",
      "My husband's a caretaker at a primary and he's been up since 5 gritting",
      "My sister-in-law's a dinner lady at the juniors, she knows every kid by name",
      "Father in law was a school caretaker for 30 years, hands like shovels",
      "I used to be a school librarian, now I work at Waterstones and love it",
      "Retired exams officer, I still wake up in a sweat every May",
      "Ex-TA, now a postie, the dogs are worse than Year 9",
      "Physio at the hospital, my patients did amazing today",
      "Librarian at the county library, story time was packed today",
      "IT technician at the council, reset 40 passwords before 10",
      "Receptionist at the dentist, I know every patient's voice",
      "Cook at the care home, 60 roast dinners and one complaint",
      "Bus driver for Arriva, the school kids on the 8.10 are a riot",
      "Dinner at the school reunion was a laugh",
      "Changed two nappies and did three feeds before 7, newborn life",
      "His tube feed pump beeped all night, we're exhausted, send coffee",
      "Our lad's EHCP annual review is tomorrow, wish us luck",
      "Got our hoist fitted at home finally, life changing for us and our daughter",
      "Sensory room at the soft play was amazing, my little man loved the bubble tube",
      "Makaton class at the children's centre, my daughter signed more for the first time",
      "My daughter's Year 2 teacher is amazing, so patient",
      "Exams start tomorrow for my eldest, house silent",
      "Our head of year rang about his detentions, he's grounded",
      "Helping at the breakfast club at church, 30 kids and loads of toast",
      "Football coach for the under 10s, ten lads, one ball",
      "Brownie leader: 24 girls, one campfire, no casualties",
      "Uni lecturer, marking 140 essays on Brexit",
      "Cleaner at the office block, hoovered three floors before 6am",
      "Sunday school teacher and the kids made paper angels",
      "As a parent governor I've seen the budget and it's grim",
      "My friend's a TA and says Year 6 are feral this week",
      "Canteen duty at the festival, 400 burgers served",
      "Staff canteen at the hospital does the best chips",
      "Work experience week for my son at the garage, he loves it",
      "Foster carer, three kids in our home and a lot of love",
      "My nan did 30 years as a school cook and still makes the best sponge",
      "Level 3 nursery nurse at a day nursery, the babies had a sensory morning",
      "Respite carer for a lovely lad with autism, we went to the trampoline park",
      "Spent the day at the hospital with my girl, her PEG needed changing again",
      "the staff at my son's special school are angels, he came home singing",
    ],
  });
});

// Session 7: the staff voice reads each pattern only in a sentence that passes its gate (letters every
// match must hold), in a short draft only when the loose gate finds those letters anywhere, and only in a
// draft holding one of its words. The gates are kept by hand beside the patterns: these tests fail when a
// pattern gains a branch its gate does not let through.
describe('staff voice gates stay in step with their patterns', () => {
  /** A pattern's branches: its top level, or inside a `\b(?:…)` wrapping the whole of it. */
  const branches = (re: RegExp): string[] => {
    const top = topLevel(re.source);
    if (top.length > 1) return top;
    const inner = /^\\b\(\?:([\s\S]*)\)(?:\\b)?$/.exec(re.source);
    return inner && topLevel(inner[1]!).length > 1 ? topLevel(inner[1]!) : top;
  };
  for (const { name, pattern, gate } of VOICE_GATES) {
    it(`every branch of ${name} names a letter run of its gate`, () => {
      const letters = topLevel(gate.source).map((a) => a.replace(/\\b/g, '').trim());
      const plain = letters.filter((a) => /^[^\\()[\]?*+.{}^$|]+$/.test(a));
      const digits = letters.includes('\\d');
      const bare = (a: string) => a.replace(/\\b|\(\?:|\(\?<[=!][^)]*\)|\(\?!|[()?]/g, '');
      const lacking = branches(pattern).filter((b) => !plain.some((l) => bare(b).includes(l) || b.includes(l)) && !(digits && /\\d|\[[0-9]|[0-9]/.test(b)) && !topLevel(gate.source).some((g) => /[\\(]/.test(g) && b.includes(g.replace(/\\b/g, ''))));
      expect(lacking).toEqual([]);
    });
  }
  it('every match in the dev corpus holds its gate, the short-draft gate and one of the draft words', () => {
    const dir = join(__dirname, '../../../test/corpus/v2/dev');
    const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.includes(' | ') && !l.startsWith('//')).map((l) => l.slice(l.indexOf(' | ') + 3)));
    const bad: string[] = [];
    let seen = 0;
    for (const raw of texts) {
      const text = raw.toLowerCase().replace(/[’‘]/g, "'");
      for (const { name, pattern, gate } of VOICE_GATES) {
        const re = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '') + 'g');
        for (const m of text.matchAll(re)) {
          seen++;
          const around = text.slice(Math.max(0, m.index - 1), m.index + m[0].length + 1);
          const tokens = m[0].split(/[^\p{L}\p{N}'-]+/u).flatMap((w) => [w, ...w.split(/['-]/)]);
          if (!gate.test(around) || !VOICE_ANY.test(around) || !VOICE_ANY_LOOSE.test(around) || !tokens.some((w) => VOICE_WORD_LIST.has(w))) bad.push(`${name}: ${m[0]}`);
        }
      }
    }
    expect(seen).toBeGreaterThan(500);
    expect(bad).toEqual([]);
  }, 120_000);
  it('every veto match in the dev corpus holds one of the words its draft gate reads', () => {
    const dir = join(__dirname, '../../../test/corpus/v2/dev');
    const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.includes(' | ') && !l.startsWith('//')).map((l) => l.slice(l.indexOf(' | ') + 3)));
    const bad: string[] = [];
    let seen = 0;
    for (const raw of texts) {
      const text = raw.toLowerCase();
      for (const { name, pattern, list } of VETO_GATES()) {
        for (const m of text.matchAll(new RegExp(pattern.source, 'g'))) {
          seen++;
          const tokens = m[0].split(/[^\p{L}\p{N}'’-]+/u).flatMap((w) => [w, ...w.split(/['’-]/)]);
          if (!tokens.some((w) => list.has(w))) bad.push(`${name}: ${m[0]}`);
        }
      }
    }
    expect(seen).toBeGreaterThan(50);
    expect(bad).toEqual([]);
  }, 120_000);
});

// Session 8 probes (issue 12), written before any session 8 change from general knowledge of how staff and
// their look-alikes write, not taken from any corpus: what staff say of their day without a title (a set,
// a free period lost to cover, planning lessons, the clubs before and after school, the kitchen's count, a
// role opening a line, habits the job leaves, the bell and the lanyard, Welsh), and as many who are not
// staff: relatives retiring from school jobs, childminders' and nurseries' settings and key children,
// tutors, youth and care work, a parent at parents' evening, a sixth former helping younger pupils, a
// complaint about something that is not school. Before the session's changes 20 of 40 held (7/20 flagged,
// 13/20 left alone); after them 37 of 40 (17/20, 20/20). Still missed and left out here: 'Nearly wrote "see
// me" on a birthday card this morning, occupational hazard', "Lanyard off, wine on, half term starts now"
// (a lanyard is every workplace's), "the register took 20 minutes because someone had brought in a hamster"
// (a wedding's register takes time too).
describe('session 8 probes', () => {
  ruleTester('job', {
    invalid: [
      'Year 10 set 4 on a Friday afternoon, I need a lie down',
      'Lost my only free period to cover again, third time this week',
      'Planning next week’s lessons at the kitchen table with a cold cuppa',
      'I run the breakfast club at our school and the toaster is my nemesis',
      'After-school club today: 18 kids, one parachute, no survivors',
      'Cover manager at 6.30am: nine staff off and two supply booked',
      'Form tutor life: three lost blazers, one nosebleed and a birthday cake',
      'Head of year life: two phone calls home and a lost PE kit before 9',
      'Served 240 school dinners today and I still can’t face a fish finger',
      'Caught myself doing my teacher voice at the self-checkout',
      'Bell goes at 8.45 and I haven’t sat down since',
      'Mae gen i ddosbarth o 29 eleni, y mwyaf erioed',
      'Gwers gyntaf fory gyda Blwyddyn 9 a dw i ddim yn barod',
      'Reprographics queue at 8am is where friendships go to die',
      'Every single one of my class got their times tables certificate this term',
      'Taught the same lesson four times today and it got worse every time',
      'Doing lunch duty in the rain again, my umbrella has given up',
    ],
    valid: [
      'My mum retires on Friday after 25 years as a dinner lady, she is already planning a cruise',
      'My dad was caretaker at the village school for 30 years and still checks the boiler when we drive past',
      'Three mindees today and we made salt dough hedgehogs, my setting smells of cinnamon',
      'Ofsted coming to my setting tomorrow, three little ones and a lot of play dough to tidy',
      'My key children in the baby room learnt to clap today and I nearly cried',
      'Tutoring 11+ maths till 8 tonight, four kids back to back at my kitchen table',
      'Support worker at a children’s home, the lads cooked me tea tonight for my birthday',
      'Youth club tonight, 30 teenagers and a pool table, I love my job',
      'Brownie leader life: 24 girls, one campfire and no marshmallows left',
      'Parents’ evening for my two tonight, both teachers said they chat too much',
      'As a sixth former I help in Year 8 maths on Fridays and they think I am ancient',
      'Health visitor here, saw nine babies today and every one of them was perfect',
      'Lecturer life: 160 essays to mark over reading week',
      'The council’s new bin schedule is a disgrace, whoever planned it has never lived here',
      'Nanny life: two under-fives, one museum and a lot of snacks',
      'Swimming teacher life: 40 kids through the pool by six and I smell of chlorine',
      'Athro oeddwn i am 28 mlynedd, dwi wedi ymddeol nawr a dwi’n mwynhau’r ardd',
      'Dance school show on Saturday, 60 kids in sequins and I am the one doing the hair',
      'My sister has just got a job as a teaching assistant and she is buzzing',
      'Football coach life: 16 under-9s, one ball each and a lot of orange slices',
    ],
  });
});

// Session 8 probes, second round, written before the second round of changes, not taken from any corpus:
// a school job as a likeness ("like a supply teacher", "a dinner lady at heart"), a duty at home, a
// holiday's planning, big crowds of children on the television, someone else marking on a train, a pupil
// or student speaking of their year group, the poster naming another job, a relative's retirement, the
// Welsh for a teacher who has retired; and the staff drafts beside them that must still be found. Before
// the changes 8 of 14 held (4/4 flagged, 4/10 left alone); after them 14 of 14.
describe('session 8 probes, second round', () => {
  ruleTester('job', {
    invalid: [
      'Break duty then straight into a Year 4 observation, no time for a wee',
      'Marking 30 mocks on the train home, sorry to the man next to me',
      'Sunday planning done, now for the ironing',
      'I teach Year 2 and one of them asked if I sleep at school',
    ],
    valid: [
      'My new manager has the energy of a supply teacher on the last day of term',
      "I'm a teacher at heart but I've run a bakery for twelve years",
      'Bath time duty at home tonight: two kids, one dog, a flooded floor',
      'Wedding planning on a Sunday night with a bottle of prosecco',
      'Young Voices at the arena on the telly, 7,500 kids singing and I am in bits',
      'A woman on the train is marking essays with a green pen and I feel nine years old again',
      'Year 12 me, doing paired reading with the Year 8s on Thursdays for my volunteering hours',
      'I work in a bank, not a school, but everyone tells me I have a teacher voice',
      "My nan's retiring after 30 years as a school cook, the village won't know what to do",
      'Athrawes ydw i ers 35 mlynedd. Wedi ymddeol heddiw, amser i’r ardd',
    ],
  });
});

// Session 8 probes, third round (before the change): a subject's pupils named for their subject, as only
// their teachers call them ("my GCSE biologists", "Year 8 geographers"), and the same words from others.
// Before 5 of 8 (1/4, 4/4), after 6 of 8 (2/4, 4/4): "Year 10 historians, the trenches trip form is due in on
// Friday" and "A level chemists, the revision session is in the lab at 3.30" have no speaker, and a notice
// with none is trip's alone (docs/labelling.md), so the change asks for one; they are left out here.
describe('session 8 probes, third round', () => {
  ruleTester('job', {
    invalid: [
      'My GCSE biologists have finally understood osmosis and I could weep',
      'Year 8 geographers made volcanoes today and the whole block smells of vinegar',
    ],
    valid: [
      'My daughter is one of the GCSE biologists at her school and she is loving it',
      'The town’s local historians are meeting at the library on Thursday evening',
      'The Year 12 chemists at my son’s school have won a national prize, he is over the moon',
      'Watched a documentary about Victorian geographers last night, fascinating stuff',
    ],
  });
});

// Session 9 probes: false alarms (issue 12), written before any session 9 change from general knowledge
// of how people who are not school staff write about school, not taken from any corpus: a parent at
// parents' evening, an INSET day or the end of term from the family side, a child of one's own named with
// a diagnosis, another job said outright (a paramedic, a nurse, a coach, a referee, a care-home cook, a
// yoga teacher), a school job in the third person (a vacancy, a husband who marks, supply teachers in
// general), a childhood memory, a joke, a childminder; and beside them the staff drafts on the same
// topics that must still be found. Before the session's changes 19 of 34 held (8/8 flagged, 11/26 left
// alone); after them 33 of 34 (8/8, 25/26). Still missed and left out here: 'Our leadership team at work
// sent round a survey asking if we feel heard. We do not.' ("at work" is how staff name school too).
describe('session 9 probes: false alarms', () => {
  ruleTester('job', {
    invalid: [
      'Parents’ evening done, 28 families seen and my voice has gone',
      'Inset day tomorrow, in at 8.30 for safeguarding training and then display boards',
      'Social worker rang about one of my Year 3s again, I’m worried sick',
      'Parking outside school at home time is chaos and I’m the one on gate duty in a hi-vis',
      'Ofsted are in tomorrow and my classroom has never been this tidy',
      'Last day of term and my class gave me a card that made me cry',
      'The head has asked us to fill in another survey about workload. The irony.',
      'Reading records checked, spellings set, phonics groups sorted, now for the marking',
    ],
    valid: [
      'My Alfie has finally had his dyslexia assessment, results in a few weeks, so relieved',
      'Parents’ evening went fine, he’s doing well but needs to stop chatting, just like his dad',
      'First ever parents’ evening as a mum tonight, what am I supposed to ask?',
      'Inset day tomorrow so I’ve got all three at home, send ideas for a rainy day',
      'Signed the reading record, found the PE kit, practised the spellings, and it is only Monday',
      'Paramedic here. Please stop calling 999 for a splinter.',
      'I’m a district nurse, not a social worker, I can’t sort your housing for you',
      'Ref life: shouted at by a grown man for an hour over an under-11s throw-in',
      'CPOMS? Never heard of it, I work in a garage',
      'Sports coach here: safeguarding training every September and it is always the same video',
      'I teach yoga to pensioners on Tuesdays and they are tougher than me',
      'Cheerleading coach life: glitter in my tea again',
      'Running the church children’s choir this year, 30 children, pray for me',
      'Made 300 dinners at the care home today, one oven down and the gravy saved us',
      'The primary round the corner is advertising for a TA if anyone fancies it, link in comments',
      'Teaching assistant jobs round here are rarer than hen’s teeth, keep applying',
      'Supply teachers are the unsung heroes of this country and I will not be taking questions',
      'My husband’s a teacher in Leeds and he has been marking since six this morning, bless him',
      'Ofsted in the papers again, thoughts with every teacher out there tonight',
      'Year 4 residential memories from 1995: a rope swing, a lost shoe and a broken arm',
      'I was the kid who came to school with holes in his shoes. Thank you to every teacher who noticed.',
      'Hosted a party for twelve four-year-olds and now I understand why teachers drink',
      'Childminder with spaces from September, Ofsted Outstanding, two minutes from the primary',
      'Parking outside the school at pick up is chaos every single day, I walk now',
      'Dear parents of this town, please stop parking on the zigzags, love a lollipop lady’s son',
    ],
  });
});

// Session 9 probes: false alarms, second round, written after the first round's changes and before the
// second's, not taken from any corpus: a teacher of what schools do not teach, a school routine borrowed at
// home, a job as a likeness, a relative "who's a PE teacher" or "has just qualified", someone else's old
// school, a school title at a care home, a relative in Year 9, a child calling the poster "mummy", a head
// boy, a television series, a hospital's SLT, a works canteen, a referee; and the school's own versions
// that must still be found. Before 8 of 20 (4/4 flagged, 4/16 left alone), after 20 of 20.
describe('session 9 probes: false alarms, second round', () => {
  ruleTester('job', {
    invalid: [
      'Office life: dinner money, trip money and a parent paying in 2p coins',
      'Lunch duty on the top field in the rain, 200 kids and one whistle',
      'Supervising 60 kids at the leisure centre for swimming, the noise is unreal',
      'Star of the week went to a girl in my class who finally read a whole page on her own',
    ],
    valid: [
      'Ballet teacher life: a hundred hair buns before ten on a Saturday',
      'Break duty at home: two toddlers, one garden, no coffee',
      'Star of the week in our house goes to the dog for not eating the remote',
      'Honestly I’m a lunchtime supervisor at heart, I just want everyone to eat their greens',
      'My brother, who’s a PE teacher in Cardiff, has been marking coursework all weekend',
      'My cousin has just qualified as a secondary teacher and starts in September',
      'The caretaker at my old primary taught us all to whistle',
      'Midday supervisor at a care home, not a school: the residents are better behaved than any kids',
      'My Year 9 cousin is doing work experience at the garage and loves it',
      'Rose made me a Mother’s Day card that says best mummy in the world',
      'Our head boy gave a speech at the leavers’ do and my nan cried',
      'Rewatching Line of Duty and I still don’t trust anyone',
      'Ward SLT came to check Grandad’s swallow and he’s allowed yoghurt now',
      'Cooked 200 dinners in the works canteen today, the steelworks never sleeps',
      'Apparently stay at home mums don’t work. Three school runs and two tantrums before nine and the school want a cake by Friday',
      'Sunday league ref life: shouted at by a dad for ninety minutes over a throw-in',
    ],
  });
});

// Session 9 probes: misses, written before the change from general knowledge of staff voices, not taken
// from any corpus: marking at a time or place, a count of reports to go, a year group's reports, a class
// covered while the poster goes to their own child's event (staff are parents too, in English and Welsh),
// a lanyard at the end of term, a day out with a year group, "one more Year 11", Year 14 in a special
// school; and beside them another workplace's reports, shifts and lanyards, a relative in Year 11, a family
// day out, marking heights on a door frame. Before 8 of 18 (1/11 flagged, 7/7 left alone), after 17 of 18
// (10/11, 7/7). Still missed and left out here: 'Café, flat white and 32 Year 9 books, Saturday sorted' (a
// café is one of the other workplaces the rule reads "my class" against).
describe('session 9 probes: misses', () => {
  ruleTester('job', {
    invalid: [
      'Still marking at half ten, the tea has gone cold again',
      '26 reports to go and the wine is calling',
      'Writing Year 5 reports in the car park before my son’s swimming lesson',
      'Huge thanks to Mr Jones for covering my class so I could get to my daughter’s assembly',
      'Lanyard off and the term is done, thirty-nine weeks survived',
      'Amazing day at the Roman fort with the Year 4s, nobody lost and only one sick bag',
      'If one more Year 11 tells me they have revised I will cry',
      'Saying goodbye to my Year 14 leavers tomorrow and I am not ready',
      'Diolch i Mrs Huws am gyflenwi fy nosbarth i fi gael mynd i sioe Nadolig fy merch',
      'Y6 reports done, wine open',
    ],
    valid: [
      'My daughter’s school reports came home today and I am so proud of her',
      '12 reports to go before the board meeting on Monday',
      'Lanyard off after a twelve-hour shift at the hospital',
      'Great day at the zoo with my two, the penguins were the highlight',
      'My nephew in Year 11 tells me he has revised, I do not believe him',
      'Covering a shift so I could see my son’s nativity, Dave at work is a legend',
      'Marking all the kids’ heights on the kitchen door frame before they grow again',
    ],
  });
});

// Session 9 probes: profiles and titles, written before the change from general knowledge of how staff fill
// in a profile, not taken from any corpus: a workplace field naming a school, "Works at: a C of E junior
// school", a job title field, a bio with a title at a school, a teacher by the kind of school, a bio with a
// year group and the school emoji, "<role> here" beside the poster's own child, QTS, "As head of ...",
// acting head, phase leader; and beside them other workplaces in the same fields, a parent's bio with year
// groups, a dance teacher's bio, the head of a residents' association or of HR, a school job in the 90s.
// Before 12 of 21 (5/13 flagged, 7/8 left alone), after 21 of 21.
describe('session 9 probes: profiles and titles', () => {
  ruleTester('job', {
    invalid: [
      'Workplace: Hillside Primary School, Swindon',
      'Works at: a C of E junior school in Kent',
      'Worked at Oakfield Academy (2016–present)',
      'Job: Teacher · Maths department',
      'Job title: Special Educational Needs Coordinator',
      'Bio: Midday supervisor @ Hillside Primary 🍎 10 years',
      'Bio: Welsh-medium primary school teacher | runner | coffee',
      'Insta bio: Mrs P 🍎 Y2 🏫 book lover',
      'Secondary teacher here, 15 years in, and I would still tell my son to think twice',
      'I’m a qualified teacher!!! QTS came through today',
      'As head of Hillside Primary I could not be prouder of our pupils today',
      'Acting head for the week while the boss is on a course. First decision: cake.',
      'Phase leader: the person everyone asks "can you just..."',
    ],
    valid: [
      'Bio: mum of two | Y4 and Y6 school run survivor | gin',
      'Workplace: Tesco Extra, Swindon',
      'Works at: Hillside Leisure Centre',
      'Job: Finance Officer at the council',
      'Bio: dance teacher 💃 | mum | Swindon',
      'As head of the residents’ association I am asking everyone to stop parking on the verge',
      'Acting head of HR for the month, pray for me',
      'Worked at Oakfield Primary as a dinner lady in the 90s, loved every minute',
    ],
  });
});

// Session 9 probes: a pupil calling the poster "Miss" or "Sir" in a quote, written before the change, not
// taken from any corpus; and a parent's child quoting "Miss says", a grandad who calls teachers "Sir", a
// character named Miss. Before 4 of 7 (1/4 flagged, 3/3 left alone), after 7 of 7.
describe('session 9 probes: Miss and Sir', () => {
  ruleTester('job', {
    invalid: [
      '"Miss, why is your car so messy?" every single Monday',
      '\'Sir are you married?\' asked a Year 8 during the fire drill',
      'The way one child says "miss" like it\'s a whole sentence',
      '"Miss Miss Miss" from the moment the door opens',
    ],
    valid: [
      'My son just told me \'Miss says\' eleven times in one sentence',
      'My grandad still calls every teacher "Sir" and he is 80',
      '"Miss Honey" was my favourite character growing up',
    ],
  });
});

// Session 9 probes: false alarms, third round, written after the second round's changes and before the
// third's, not taken from any corpus: a parent signing off "(Ellie's mum)" or "(a parent)", another job
// held for years or taken up now, toddler group, ideas for an INSET day with three kids at home; and the
// staff drafts beside them. Before 5 of 9 (2/2 flagged, 3/7 left alone), after 8 of 9 (2/2, 6/7). Still
// missed and left out here: 'My dyslexia diagnosis at 35 explained so much about my school reports' ("my
// school reports" is also how staff speak of the reports they write).
describe('session 9 probes: false alarms, third round', () => {
  ruleTester('job', {
    invalid: [
      'My school reports are all written and it is only the first week of June',
      'The social worker came in about one of my Year 5s again today',
    ],
    valid: [
      'Thanks for the update about her ear infection, I’ll keep her off tomorrow x (Ellie’s mum)',
      'Schools should start at ten, let teenagers sleep (a parent)',
      'Paramedic for 20 years, retiring on Friday, I am going to sleep for a month',
      'I grew up in care and I’m now a social worker, it does get better',
      'Some of the mums at toddler group are so cliquey, I went once and never again',
      'INSET day tomorrow, any ideas for things to do with three kids on a budget?',
    ],
  });
});

// Session 9 round 2 probes: staff voice with no staff word, special-school and early-years routines, the
// lanyard off alone, written from general knowledge of how staff and parents write, not from any corpus
// line: a pupil (found by the pupil rule) doing a classroom thing told by the adult in charge; the routines
// of a special school (hoist, hydro, sensory room, PECS, "first work, then choosing", intensive interaction,
// one-to-one support, tube feeds) told by whoever runs them; and beside them the parents, carers and
// venues that say the same words. Before/after in the report.
describe('session 9 round 2 probes: staff voice and special-school routines', () => {
  ruleTester('job', {
    invalid: [
      'Eve Parker wrote her whole name on her own today and I might have cried a bit',
      'Took Max Patel and Harry Green to the library at lunch and they chose the same dinosaur book',
      'Thomas Wright was my playground helper all week, tidied every hoop without being asked',
      'Grace Okafor read to me without pointing at a single word today, I am so proud',
      'hoist training first thing, then hydro with class 4 before lunch',
      'Two of my lot in the sensory room all afternoon and both came out calm, small wins',
      'I must have said "first work, then choosing" a hundred times today',
      'Intensive interaction session this morning and he made eye contact with me for the first time',
      'the lad I do 1:1 with finally used his PECS book to ask for a drink',
      'Tube feeds, changes and physio before 11, then we sang the hello song',
      'lanyard off 🫡',
      'Sesiwn hydrotherapi gyda dosbarth 3 bore ma, pawb wrth eu bodd',
      'Away at the outdoor centre with the Year 5s until Friday, send coffee and socks',
      'I ffwrdd yn Llangrannog gyda blwyddyn 6 tan ddydd Gwener, dim signal o gwbl',
      // Written after the school-day places were widened to the assembly, worship and reading scheme (see the report).
      'Max Patel and Eve Parker ran the whole harvest assembly while I held the microphone',
      'Thomas Wright spilled paint all over my planning and called it modern art',
      // Written after a pupil doing things for the poster was widened ("telling me about", "making me", "texted me").
      'Rose Khan keeps telling me about her new puppy, every single morning without fail',
      'Grace Okafor spent the whole of wet play making me a card with a unicorn on it',
    ],
    valid: [
      'My Eve wrote her name on a card for Nanna today, proud mum moment',
      'Took the kids to the library this morning, Alfie Cooper from next door came too',
      'Off to the Hydro tonight to see Lewis Capaldi, cannot wait',
      'Our son loves the sensory room at the soft play, best £5 we spend all week',
      'We use PECS at home now and he asked for juice with his card, so proud of him',
      'Care home shift: hoist checks, tube feeds and meds before 9, nurses are heroes',
      'My daughter has a 1:1 at school now and it has changed everything for her',
      'The crane hoist at work broke again, no lifting till Tuesday',
      'lanyard off, hospital car park at 8pm again, nights next week',
      'Away at Center Parcs with the in-laws all week, no wifi, bliss',
      'Watched the video of Rose Khan in the nativity five times and I still cry',
      'My Alfie Cooper read his poem in assembly today and I sobbed',
      'My nephew Max Patel keeps telling me about Minecraft, I understand none of it',
      'Eve Parker from next door texted me to say my parcel had come',
    ],
  });
});
