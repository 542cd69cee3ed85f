import { describe, expect, it } from 'vitest';
import { createScanner } from '../index';
import { ruleTester, SCHOOL_CONFIG } from '../testing';

ruleTester('contact', {
  invalid: [
      ['text me on 07700 900 461', '07700 900 461'],
      ['call 07700900123', '07700900123'],
      ['ring (01622) 960 554', '(01622) 960 554'],
      ['My number is +44 7700 900982', '+44 7700 900982'],
      ['Lost dog, call +353 87 123 4567', '+353 87 123 4567'],
      ['email jo.baker78@gmail.com', 'jo.baker78@gmail.com'],
      ['thanks @sarah_j! Details from jo-ann@green-lane.sch.uk or @office', 'jo-ann@green-lane.sch.uk'],
      ['(sam+pta@example.org)', 'sam+pta@example.org'],
      ['ring ０７７００ ９００１２３', '０７７００ ９００１２３'],
      ['call 07700\u00a0900123', '07700\u00a0900123'],
  ],
  valid: ['Final score 2-1', 'Tax year ends 05/04/2025', 'Raised £1,234.50', 'Ran 10k in 52:14', 'Year 2024 2025 plans', 'follow @ellie_smith', 'me@@home.com', '_x@y.com'],
});

// Probes (issue 12, session 4): drafts written for this file from general knowledge of how people
// give out a number, an email or a home, NOT taken from the corpus; with lookalikes that are none.
// Written and scored before the rule was broadened (see the commit for the before/after figures).
ruleTester('contact', {
  invalid: [
    // Numbers written every way.
    ['text me on 07700.900.461 after 6', '07700.900.461'],
    ['ring 07700-900-461 for the raffle', '07700-900-461'],
    ['+44 (0)7700 900461 is my new number', '+44 (0)7700 900461'],
    ['call the landline, 029 2018 4455, not my mobile', '029 2018 4455'],
    ['01633 212 909 for tickets', '01633 212 909'],
    ['tel:07700900461', '07700900461'],
    ['mob:07700 900461', '07700 900461'],
    ['0 7 7 0 0 9 0 0 4 6 1 text me', '0 7 7 0 0 9 0 0 4 6 1'],
    ['00 44 7700 900 461 from abroad', '00 44 7700 900 461'],
    ['07700 • 900 • 461 for bookings', '07700 • 900 • 461'],
    ['new number 07700✨900✨461 save it', '07700✨900✨461'],
    ["Number's 07700-900461, text don't ring", '07700-900461'],
    // Numbers said in words, as people do to dodge filters.
    ['my number is oh seven seven double oh nine double oh four six one', 'oh seven seven double oh nine double oh four six one'],
    ['new number: zero seven nine one two, three four five, six seven eight', 'zero seven nine one two, three four five, six seven eight'],
    ['ring me on seven seven double oh, nine double oh, four six one', 'seven seven double oh, nine double oh, four six one'],
    ['it is oh-seven-seven-one-two, three-four-five-six-seven-eight', 'oh-seven-seven-one-two, three-four-five-six-seven-eight'],
    ['rhif fi: dim saith saith dim dim, naw dim dim, pedwar chwech un', 'dim saith saith dim dim, naw dim dim, pedwar chwech un'],
    ['07700 nine double oh 461 is me', '07700 nine double oh 461'],
    // Chat links that are a number or a way in.
    ['wa.me/447700900461 message me for orders', 'wa.me/447700900461'],
    ['WhatsApp me: wa.me/+447700900461', 'wa.me/+447700900461'],
    ['join the parents group: chat.whatsapp.com/KzP3x9QaB2', 'chat.whatsapp.com/KzP3x9QaB2'],
    ['add me on snapchat: chloe.b_2001 for the revision notes', 'chloe.b_2001'],
    // Emails spelt out.
    ['email me at bethan.roberts at gmail dot com', 'bethan.roberts at gmail dot com'],
    ['orders to cakesbyjo [at] outlook [dot] com please', 'cakesbyjo [at] outlook [dot] com'],
    ['jo(at)btinternet(dot)com', 'jo(at)btinternet(dot)com'],
    ['drop me a line: sam dot price at hotmail dot co dot uk', 'sam dot price at hotmail dot co dot uk'],
    ['contact: sarah_j87 AT yahoo DOT co DOT uk', 'sarah_j87 AT yahoo DOT co DOT uk'],
    ['message me on jonesy1979 at gmail if you want it', 'jonesy1979 at gmail'],
    ['my school email is k.wood @ greenlane.sch.uk for references', 'k.wood @ greenlane.sch.uk'],
    ['email k.wood@ greenlane.sch.uk', 'k.wood@ greenlane.sch.uk'],
    // Homes.
    ['collection from 22 oak tree close, whitchurch', '22 oak tree close'],
    ['pop it through the door at 9 station road pls', '9 station road'],
    ['Flat 2, 14 Ashgrove Terrace, buzz twice', '14 Ashgrove Terrace'],
    ['my address is 8 the meadows, penarth', '8 the meadows'],
    ["we're at number 12, the one with the red door", 'number 12'],
    ['Party at ours, 7 Heol y Felin, from 8!', '7 Heol y Felin'],
    ['parcels to 3 Lôn Las please', '3 Lôn Las'],
    ['we live at 41 Stryd Fawr now', '41 Stryd Fawr'],
    ['10 Cae Glas, the gate sticks', '10 Cae Glas'],
    ['no. 5 Maes y Coed if you want the pram', '5 Maes y Coed'],
    ['our postcode is CF14 3RT if you are using the sat nav', 'CF14 3RT'],
    ["we're the house on the corner of Albany Road and Keppoch Street, can't miss it", 'the house on the corner of Albany Road'],
    ["we're the house with the blue door opposite the Co-op, just knock", 'the house with the blue door opposite'],
  ],
  valid: [
    'Tickets £12.50, doors 7.30, raffle 50p',
    'Final score 3-2 after extra time',
    'Sale ends 06.12.2026 at 23.59',
    'iPhone 15 Pro Max 256GB for sale',
    'Flight BA 2490 delayed again',
    "Order number 4471 2290 118 still hasn't arrived",
    'follow @kevin_wood for updates',
    "we're at the park, home by 5",
    'I was at gmail HQ for a conference',
    '10 kids from green lane came to the party',
    '3 mile walk round the lake',
    'Year 6 did 25 laps of the field',
    '2019-2024 best years of my life',
    'born 14/03/1987',
    'running 10.30-12.30 in the hall',
    'Scored 1,234,567 on Tetris',
    'page 12 of the workbook, question 7',
    'seven seven seven, jackpot!',
    'one two three four five, once I caught a fish alive',
    'the double oh seven films are on all week',
    'the 12 days of Christmas',
    'Room 14, Block C, after school',
    'the house on the corner always has the best Christmas lights',
    'The Co-op on Heol Fawr has run out of bread',
    'Bus number 12 to town is late again',
    'Number 10 Downing Street chaos again',
    'ISBN 978 0 14 103614 4',
    'postcode lottery win for our street!',
    'Snapchat is down again',
    'Opening hours 0900-1700 Mon-Fri',
    'Bell times 0830 0915 1000 1045 1130 1215',
    'Wales 27 - 0 Scotland, what a game',
    'Dot the i and cross the t, at home all day',
    'I ran 5k at the park, 31 minutes, new PB',
    'we are at 12 points with two games left',
    'number 7 is my lucky number',
    'the house with the red door sold for 300k',
    "hit me up at the school gate, I'm there at 3",
    'Got 2 adults, 3 kids tickets for the panto at 14.30, row 12',
    'Reference 0123/4567/89 for the council tax',
    "Barry Island is overrated, don't @ me",
    'tomorrow at 10 we drive to Portsmouth for the ferry',
    "Our postcode is CF10 5AL and we still can't get fibre",
  ],
});

// Probes, round 2: written after the first round was met, again from general knowledge and not from
// the corpus, and scored before any change made for them (see the commit for the figures).
ruleTester('contact', {
  invalid: [
    ['Txt 07700 900 461 if you find him', '07700 900 461'],
    ['ring me - 07700 900461 - any time after tea', '07700 900461'],
    ['My mobile: 0 7 7 0 0 - 9 0 0 - 4 6 1', '0 7 7 0 0 - 9 0 0 - 4 6 1'],
    ['Call 029-2034-5678 to book', '029-2034-5678'],
    ['number is 0770 090 0461', '0770 090 0461'],
    ['ffoniwch 01792 123456 i archebu', '01792 123456'],
    ['Whatsapp: +44 7700 900461', '+44 7700 900461'],
    ['+44(0)29 2034 5678 office hours only', '+44(0)29 2034 5678'],
    ['07700900461!!', '07700900461'],
    ['0️⃣7️⃣7️⃣0️⃣0️⃣9️⃣0️⃣0️⃣4️⃣6️⃣1️⃣ text me', '0️⃣7️⃣7️⃣0️⃣0️⃣9️⃣0️⃣0️⃣4️⃣6️⃣1'],
    ['zero seven seven zero zero nine zero zero four six one', 'zero seven seven zero zero nine zero zero four six one'],
    ['oh seven seven, oh oh, nine, oh oh, four six one', 'oh seven seven, oh oh, nine, oh oh, four six one'],
    ['my mobile is O7700 900461', 'O7700 900461'],
    ["my email's jess.p1990 at hotmail.co.uk", 'jess.p1990 at hotmail.co.uk'],
    ['email: sian_w (at) btinternet dot com', 'sian_w (at) btinternet dot com'],
    ['contact ellie dot m at outlook dot com', 'ellie dot m at outlook dot com'],
    ['jones dot family at sky dot com for the tickets', 'jones dot family at sky dot com'],
    ['bookings@ thewelshcakeco.co.uk', 'bookings@ thewelshcakeco.co.uk'],
    ['my email is JoDavies at Gmail dot com', 'JoDavies at Gmail dot com'],
    ['message me on signal: kev_w_88', 'kev_w_88'],
    ['tele: t.me/kevwood88', 't.me/kevwood88'],
    ['deliver to 12 the paddocks, cowbridge', '12 the paddocks'],
    ["I'm at no. 7, the one with the hanging baskets", 'no. 7'],
    ["we're number 23, blue door", 'number 23'],
    ['SA2 8PP is ours if anyone wants to drop the raffle prizes off', 'SA2 8PP'],
    ["Nain's house is 3 Lôn y Wylan if you're dropping off", '3 Lôn y Wylan'],
    ['i live on 14 college road', '14 college road'],
    ['my address: 27 maple avenue, bridgend', '27 maple avenue'],
    ["we're in the end terrace opposite the chapel", 'the end terrace opposite'],
    ['Our house is the white one next to the post box on Church Lane', 'the white one next to'],
  ],
  valid: [
    'Call 999 in an emergency',
    'NHS 111 is useless',
    "Kids' tickets £7.50, adults £12, family £35",
    'Won 3-0, then 2-1, then 4-4!',
    'Reg number AB12 CDE',
    'Meeting 10.00-11.30, Room 2.14',
    'Order #100234567 dispatched',
    'my new phone number is on the class dojo',
    'Bought the iPhone 13 for £399.99',
    'Loved the 007 marathon',
    'Tax code 1257L',
    'Date: 07/12/2026, 09:00',
    'Spelling scores 07 08 09 10 11 this week',
    'Year 7 and Year 8 on 07.12, Year 9 on 08.12',
    "I'll be at home. Dot will pop round later",
    "She's at gmail now, working in London",
    'Go to www.school.co.uk for forms',
    'follow us @bryncochpta',
    "I'm at 40 weeks, baby any day now",
    "we're at number 3 in the league!",
    'the number 9 bus is never on time',
    'the flat white at the cafe was lush',
    "It's the house with the most lights in the street every year",
    "I live for 5 o'clock on a Friday",
    'Dinner at ours at 7, bring wine',
    'Flight from Cardiff at 06:45, gate 12',
    'Lottery: 07 14 21 28 35 42',
    'Call me on here',
    'we walked 3 miles up the hill road',
    'Page 0 of 1234567890 loading',
  ],
});

// Probes, round 3: a few more, scored before the changes made for them.
ruleTester('contact', {
  invalid: [
    ['flat 3b, 22 station road, the buzzer is broken', '22 station road'],
    ['14 acacia avenue is officially ours!! keys today 🔑', '14 acacia avenue'],
    ['send the invites to 6 the crescent, llandaff', '6 the crescent'],
    ['my address is 31 Heol y Parc, Pontypridd', '31 Heol y Parc'],
    ['Call or text 07700 900461 (after 5 pls)', '07700 900461'],
    ['email: ted.jones[at]btinternet.com', 'ted.jones[at]btinternet.com'],
  ],
  valid: [
    '14 acacia avenue was the address of the Dursleys in Harry Potter, fun fact',
    'Road closed at 12 station road junction for roadworks until Friday',
    'Class 3 did 20 laps of the park road circuit',
    "Shelter's free helpline is 0808 800 4444 if anyone's struggling this winter",
    'The council tax line is 0300 123 4567, good luck getting through',
  ],
});

// Probes, round 4 (Welsh and code-switching), scored before the changes made for them.
ruleTester('contact', {
  invalid: [
    ['ffoniwch fi ar 07700 900461 os oes unrhyw gwestiwn', '07700 900461'],
    ['rhif ffôn newydd: dim saith saith dim dim, naw dim dim, pedwar chwech un', 'dim saith saith dim dim, naw dim dim, pedwar chwech un'],
    ['e-bost: gwen.pugh at gmail dot com', 'gwen.pugh at gmail dot com'],
    ["cyfeiriad: 12 Stryd y Castell, Caernarfon", '12 Stryd y Castell'],
    ['dewch draw i 4 Lôn Goed am y parti', '4 Lôn Goed'],
    ['ni yn byw yn rhif 9 nawr, y tŷ gwyn', 'rhif 9'],
    // After writing the fix: the soft mutation after "i".
    ['dewch draw i rif 14 am 7, dewch â photel', 'rif 14'],
  ],
  valid: [
    'Blwyddyn 6 wedi sgorio 12 pwynt heddiw',
    'Dydd Gŵyl Dewi hapus! 1 Mawrth',
    'rhif 9 ar y crys, chwarae teg iddo',
    'saith o blant yn y côr, naw yn y tîm',
  ],
});

// Probes, round 5, scored before the changes made for them.
ruleTester('contact', {
  invalid: [
    ['email me sarahjones@hotmail for the forms', 'sarahjones@hotmail'],
    ["we're at 12 high st if you want to drop it off", '12 high st'],
    ['t: 029 2034 5678', '029 2034 5678'],
    ['my number (07700) 900461', '(07700) 900461'],
  ],
  valid: ['@hotmail is down again?', "we're at 12 degrees and it's June"],
});

describe('contact on long drafts', () => {
  // A pattern that reads a run again from each of its words is quadratic: 2.8 s for this run of
  // number words before the runs were bounded; bounded, tens of ms. The limit sits between the two
  // with room for a loaded machine (548 ms was seen at load 10 when the scan also paid for the
  // engine's first compile, which a short scan now pays first).
  it.each([
    ['number words', 'oh seven seven double oh nine one two three four five six seven eight nine '],
    ['spelt emails', 'jo dot smith at home dot dot dot and one two three oh seven double oh at gmail '],
    ['spaced @', 'x@ y @ z @ a.b c@ d.com '],
    ['streets', '12 oak tree close 14 the meadows road 15 a b c road number 12 we are at number 4 '],
  ])('scans 20,000 characters of %s in well under a second', (_name, unit) => {
    const text = unit.repeat(Math.ceil(20000 / unit.length));
    const scanner = createScanner(SCHOOL_CONFIG);
    scanner.scan(unit);
    const t0 = performance.now();
    scanner.scan(text);
    expect(performance.now() - t0).toBeLessThan(1_200);
  });
});

// Session 6 probes, written before any tuning, in voices unlike the dev files (Leeds and Cornwall,
// a side business, a lost pet, a garage sale): numbers in every UK shape, emails said aloud,
// handles offered for contact, home addresses and postcodes; and hard negatives.
ruleTester('contact', {
  invalid: [
    'ring me on 0113 496 0123 if you need a lift',
    'text me 07700-900-123 x',
    "my number's 07700 900 123, whatsapp is fine",
    'call me on +44 (0)7700 900123 after tea',
    '07 700 900 123 ring after 6',
    'mob: 07700900123',
    'emma.jones at hotmail dot co dot uk',
    'email me on mrs dot jones at gmail dot com',
    'my insta is @miss_jones_teaches, dms open',
    'add me on snap: jonesyxo_22',
    'DM me on TikTok @crafty.carol for orders',
    'find me on insta @leeds_lass_bakes',
    "I'm @northernteacher88 on twitter if anyone wants to chat",
    'follow my personal account @em_reads_books',
    'we live at 14 Cherry Tree Close if anyone wants to drop the books round',
    'parcels to 22 Moor View, Hebden Bridge HX7 5AB please',
    'Garage sale at ours, 5 Oak Drive, LS6 2QT, Saturday from 9',
    'Postcode for the party is LS17 8RT, come round at 4',
    "We're number 42, the one with the blue door",
    'our house is the one with the red door opposite the chippy',
    'Lost dog near BD9 4LP, please ring 07700 900456',
    'my wa is 07700 900 789',
    'Message me on WhatsApp: +447700900321',
    'email: jen_bakes2020@outlook.com',
    'connect with me: linkedin.com/in/sarah-jones-teacher',
    'my kik is jonesy_99',
    'Find me on Insta: @ayeitskirsty',
    'Text 07700 nine double oh, one two three',
    'DM me on insta @tay.bakes.cakes',
    'Drop it through the door at 3 Mill Lane, Truro TR1 2AB',
    'hmu on snap jaz_b_2004',
    'Collection from TR18 4AA, leave it in the porch',
    "my email's sarah dot jones at gmail dot com",
    'Ring me 0161 496 0000 after 5',
    'My address for the Christmas cards is 9 Fern Lea, Bodmin PL31 1AA',
    'snapchat: kirsty_mac91',
    'WhatsApp me 07700 900 222',
    'my cake page is @bakes_by_bev on insta, message me for orders',
    'Car boot at mine Sunday, 12 Trelawney Terrace, St Austell PL25 3AB',
    'my tiktok is @mrs_h_teaches if anyone wants the resources',
  ],
  valid: [
    'Follow @LeedsUtd for the latest team news',
    'Scores on the doors: 21 14 07 09 28',
    'Order 4002 7781 9934 still not arrived',
    'Childline is 0800 1111, free and confidential',
    'Samaritans on 116 123 any time, day or night',
    'The 07.45 from Leeds was cancelled again',
    'Meet at the Corn Exchange at 10?',
    'I live in Leeds and I love it',
    'Date of birth 01.02.1990 on the form, apparently',
    'ISBN 978 0 14 103614 4 if anyone wants the book',
    "loved @jamieoliver's new book",
    'Great thread from @TeacherToolkit on marking',
    'The bus stop on Moor Road has moved again',
    'Number 10 announced the new policy today',
    'My snap streak with my sister is 400 days',
    'We live on a lovely street, best neighbours ever',
    'LS6 is the best postcode in Leeds, fight me',
    'Selling my car, 2016 Fiesta, 45,000 miles, £6,500',
    'Room 101 at 3pm for the meeting',
    'Call me old fashioned but I still write cheques',
    'Email me at school if you have any questions',
    "I'm on insta way too much lately",
    'The number 42 bus is always late',
    'Replying to @MrsPTeaches: same here, every single Friday',
    'Year 6 won 3-1, 4-0 and 2-2 in the tournament',
    'Saving up: 250 pounds down, 1750 to go',
    'The M62 between junctions 24 and 25 is shut tonight',
    '5 Guys in Leeds does the best milkshake',
    'DM me if you want the planning, happy to share',
    'Snapchat is down again, is it just me?',
  ],
});
