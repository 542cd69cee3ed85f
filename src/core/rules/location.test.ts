import { ruleTester } from '../testing';

ruleTester('location', {
  invalid: [
      // Session 4: Welsh check-ins, Welsh addresses after "no."/"number", an invitation or "till 4" from where one is, arriving.
      ['Yn Ikea Caerdydd. Help.', 'Yn Ikea'],
      ["Paned yng Nghaffi'r Cei Aberaeron nawr, haul allan ☀️ tyrd draw", "yng Nghaffi'r"],
      ['Newydd gyrraedd y Bae, ciw am y cwch i Ynys Echni 🐦', 'Newydd gyrraedd y Bae'],
      ['Costa on Queen Street, 2 hrs to kill, come say hi if you\'re about', 'Queen Street'],
      ["Who's about in Cowbridge? We're in the Bear till 4", "We're in the "],
      ['I\'m in Tesco rn if anyone needs anything', 'in Tesco rn'],
      ['Party at ours on Saturday from 7! 27 Heol y Nant, bring a bottle', '27 Heol y Nant'],
      ['Parcel for no. 14 Maes y Deri keeps going to 41', '14 Maes y Deri'],
      ['live from platform 4 at Newport. 40 min delay. send snacks.', 'live from '],
      ['Sitting in the car outside the Tesco on Western Avenue', 'Sitting in the '],
      ['Walking the dog round Roath Park lake and there\'s a swan', 'Walking the dog round '],
      ['Just pulled up at Porthcawl, the sea is wild', 'Just pulled up at '],
      ['Made it to the top of Pen y Fan!! 🏔️', 'Made it to the top of '],
      ['sat in Costa in Barry with 60 year 10 essays', 'sat in '],
      ['Leaving the Co-op in Buckley now, anyone need anything? 🛒', 'Leaving the Co-op in '],
      // Home said by the house, by moving in, in Welsh.
      ['Leaving our little house on Clos Ceirios empty for a fortnight from Saturday', 'Clos Ceirios'],
      ["we're the house with the yellow door opposite the Spar on Heol Fawr, Rhiwbina, just knock", 'Heol Fawr'],
      ['newydd symud i Stryd Fawr, Llandysul! dewch am banad 🏡', 'Stryd Fawr'],
      ["Ni'n byw ar Stryd y Bont a ma'r lori bins wedi methu ni ETO", 'Stryd y Bont'],
      ['Watching the rugby at the Cayo, come down', 'at the Cayo'],
      ['Ar y traeth yn Aberdaron', 'yn Aberdaron'],
      ['Anyone near ME15 6LS lost a cat?', 'ME15 6LS'],
      ['📍 Whitstable harbour', '📍 Whitstable harbour'],
      ['Checked in at The Plough, Little Chart', 'Checked in at The Plough'],
      ["I'm in Sainsbury's on London Road right now", "in Sainsbury's on London Road right now"],
      ['We live on Cherry Tree Road', 'We live on Cherry Tree Road'],
      ['Our new place is on Bower Mount Road, come round', 'Our new place is on Bower Mount Road'],
      ["My house's on Mill Lane if you need it", "My house's on Mill Lane"],
      ['Bring it to 14 Acacia Avenue', '14 Acacia Avenue'],
      ['currently at Barry Island eating chips', 'currently at '],
      ['currently @ Cardiff Central, the 8.12 is cancelled', 'currently @ '],
      ['Just moved onto Ffordd y Castell, which day is bin day?', 'Just moved onto '],
      ['Collection from 23 Heol Gwyn after 6', '23 Heol Gwyn'],
      ['At The Bear, Cowbridge right now', 'At The Bear, Cowbridge right now'],
      // Check-ins, being somewhere now with a named place, and where home is by what is beside it (issue 12).
      ["Sunday roast, Roath Park 📍", "Roath Park 📍"],
      ["Right now at Cardiff Bay, sun's out", "Right now at "],
      ["atm in Tesco Extra, send snacks", "atm in "],
      ["Out and about in Cowbridge today with the girls", "Out and about in "],
      ["On the beach at Rest Bay, sun's out", "On the beach at "],
      ["Pit stop at Sarn services, nearly there", "Pit stop at "],
      ["At Roath Park with the dog if anyone's about", "At Roath Park with the dog if anyone's about"],
      ["In Tenby for the afternoon if anyone is about", "In Tenby for the afternoon if anyone is about"],
      ["Day out at Folly Farm with the kids 🐐", "out at "],
      ["parcel went to the wrong house, mine is 58 coed y brain road", "58 coed y brain road"],
      ["we're at 14 elm grove if you want to drop it round", "14 elm grove"],
      ['📍@cardiffcastle', '📍@cardiffcastle'],
      ['Checked into the Premier Inn Swansea, kids already jumping on the beds', 'Checked into the Premier Inn Swansea'],
      ['At the Mold Alex for one quick drink, famous last words', 'At the Mold Alex'],
      ['waiting at Rhyl station for a train that may never come', 'waiting at '],
      ['currently sat in the waiting room at Glan Clwyd hospital, come keep me company', 'currently sat in the '],
      ['Yn y ciw yn Tesco yr Wyddgrug ar hyn o bryd', 'ciw yn '],
      ["📍 Pontypridd Lido", "📍 Pontypridd Lido"],
      ["Sunny afternoon 📍Penarth Pier", "📍Penarth Pier"],
      ["Best chips in Wales 📌 Fish Mish, Tenby", "in Wales 📌"],
      ["Brunch with the girls at The Potted Pig 📍", "at The Potted Pig 📍"],
      ["Checked in at Cardiff Central, train delayed again", "Checked in at Cardiff Central"],
      ["Checked in: Brecon Beacons visitor centre", "Checked in: Brecon Beacons visitor centre"],
      ["Currently at Cardiff Bay waiting for the boat", "Currently at "],
      ["Currently in the queue at Ikea Cardiff, send help", "Currently in the "],
      ["Currently sat in Costa on Queen Street, come say hi", "Currently sat in "],
      ["At the Senedd right now for the protest, huge crowd", "At the Senedd right now"],
      ["Greetings from Caerphilly Castle! 🏰", "Greetings from "],
      ["Live from the Liberty Stadium ⚽", "Live from the "],
      ["Spending the afternoon at Dyffryn Gardens, come find us by the tea room", "Spending the afternoon at "],
      ["Come and say hi, we're on the cake stall at Bridgend market till 3", 'stall at '],
      ["Sat in the Red Lion in Llandaff with a pint, anyone about?", "Sat in the "],
      ["We're at Bute Park with the kids by the cafe if anyone wants to join", "We're at "],
      ["Ar hyn o bryd yn Aberystwyth, tywydd hyfryd", "Ar hyn o bryd yn "],
      ["Yma yn y Caffi ar y Cei tan 4, dewch i ddweud helo", "Yma yn y "],
      ['We live in the white house at the end of Heol y Felin', 'end of'],
      ['Our house is the one opposite the Co-op on Cowbridge Road', 'opposite'],
      ["We're the blue door next to the chippy on Station Road", 'next to'],
      ["Anyone else on Maes y Coed had no post today?", "Anyone else on "],
      ["Just moved to 12 Elm Grove, housewarming Saturday!", "12 Elm Grove"],
      ['My flat is right above the Greggs on High Street, the smell every morning', 'above'],
      ["Live on Ninian Road? Your bins weren't collected either", "Live on "],
      ['Our new house is round the corner from Roath Rec, so handy', 'round the corner from'],
      ["Loving it here at Porthcawl Rest Bay, sun's out 🌞", "Loving it here at "],
      ["Sipping prosecco at the Ivy in Cardiff right now", "Sipping prosecco at the "],
      ["Find us at the Riverside market until 2pm today", "Find us at the "],
      ["Right, who's in the Red Lion tonight? I'm here till closing", "who's in the "],
      ["parcel says delivered but not at my door, anyone on heol y felin got a brown box?", "anyone on "],
      ["Finally made it to Snowdon summit! Views for days", "made it to "],
      ["Just got to Center Parcs, the kids are already in the pool", "Just got to "],
      ["Anyone else at the Principality tonight? Section 12!", "Anyone else at the "],
      // Out somewhere now, told by what one is doing there, company, the time or an emoji (issue 12).
      ["Coffee o'clock at Costa Mold with mum ☕", "at "],
      ["Pint in the sun at The Glasfryn", "at The "],
      ["Feeling blessed at Snowdon summit", "at "],
      ["Hello from Aberystwyth prom! 👋", "from "],
      ["Enjoying a cuppa at the garden centre in Ewloe", "in "],
      ["Lunch with the girls — at The Boathouse, Penarth", "— at The Boathouse, Penarth"],
      ["Saturday vibes ☀️ — at Barry Island Pleasure Park", "— at Barry Island Pleasure Park"],
      ["Ice creams at Barry Island with the gang 🍦", "at "],
      ["Walking the dog at Margam Park this morning", "at "],
      ["Me and the girls at Cardiff Bay 💃", "at "],
      ["in Betws-y-Coed with the dog, so peaceful", "in "],
      ["Spa day at Carden Park with my sister 💆", "at "],
      // Known places in lower case, and where home is told by moving in, the neighbours, the keys (issue 12).
      ["at folly farm with the kids", "folly farm"],
      ["Brunch @ The Potted Pig", "@ The "],
      ["We've just moved to Pontcanna, loving it already", "Pontcanna"],
      ["New neighbours on Heol y Felin are lovely", "Heol y Felin"],
      ["Just bought a house in Whitchurch, moving in next month", "Whitchurch"],
      ["Our street (Albany Road) is getting resurfaced all week", "Albany Road"],
      // Session 5 probes, written before tuning (18/50 flagged, 47/50 negatives left alone): on the way somewhere, an activity at or
      // outside a named place, a landmark said from there, where one lives (born and raised, outages, a sitter or a tradesman wanted in
      // an area), Welsh; every one a draft not in dev. Still missed: "view from the top of Pen y Fan rn" (a place after "the top of").
      "Brunch at The Plan in Cardiff Market, send help I ordered too much",
      "grabbing a coffee in Caffè Nero on St Mary Street before the train",
      "queueing for the ice rink at Winter Wonderland, it's freezing 🥶",
      "omw to the Principality, who else is going? 🏉",
      "on my way to Cardiff Central, trains all over the place",
      "heading into Swansea now for the sales, anyone want anything from Primark?",
      "eating chips on the prom in Aberystwyth, gulls circling",
      "sat outside the Co-op in Pontcanna waiting for the rain to stop",
      "parked up outside Morrisons in Caerphilly, battery dead, marvellous",
      "Xmas shopping at Cribbs Causeway, the parking is a war zone",
      "at the Christmas market in Bath with a mulled wine 🍷",
      "in the Wetherspoons at Cardiff Central waiting for the 6.15",
      "Mumbles pier with an ice cream, bliss 🍦",
      "Penarth seafront, sun's out, coffee in hand ☕",
      "Cheeky Nando's in Cwmbran after the school run",
      "Watching the fireworks at Roath Park lake, the kids are buzzing",
      "swimming at Splash Point in Rhyl with the kids, so loud",
      "Sunday stroll along Llandudno pier 🌊",
      "stuck on the M4 near Port Talbot again, send snacks",
      "I'm in the big Tesco in Culverhouse Cross if anyone needs anything",
      "Sheltering from the rain in the museum in Cathays Park 🌧️",
      "Grangetown born and raised, still here 💙",
      "Living in Canton now, ten minutes from school, no more M4",
      "Our road (Pen-y-Lan Road) has had no bin collection for 3 weeks @cardiffcouncil",
      "Power cut in Rumney again, whole street's in the dark",
      "No water in Splott since 6am, anyone else?",
      "House-sitter wanted in Llandaff, two dogs, 1st-8th Aug",
      "the new neighbours at number 12 on Clos Hafod have a drum kit. pray for me",
      "Bins not collected on Heol Llanishen Fach AGAIN",
      "Yn eistedd ar y traeth yn Llangrannog, bendigedig",
      "Ni yng Nghaerdydd am y dydd, siopa Nadolig 🎄",
      "Dwi'n byw yn Nhreganna ers deg mlynedd",
      "Ar y ffordd i Stadiwm y Principality! 🏴",
      "Walking into the Liberty now, come on you Swans",
      "Front row at the Motorpoint Arena, Take That in 10 mins!!",
      "Trolley dash in Asda Coryton, it's carnage",
      "Stood in the rain outside Ninian Park waiting for the gates to open",
      "first night in the new flat on Richmond Road, boxes everywhere",
      "Moved into our new place in Penylan at the weekend 🏡",
      "at the Hayes with a hot chocolate people watching",
      "en route to Bristol airport to pick up the in-laws, pray for me",
      "shopping in Swansea with my daughter, send money",
      "picnic in Bute Park with the kids ☀️",
      "lunch in the sun outside the Pierhead, bliss",
      "Penylan girl through and through, live two streets from where I grew up",
      "burst water main on our street in Whitchurch, no water since lunch",
      "finally at the Principality, what an atmosphere 🏴",
      "just got to the Millennium Centre, Hamilton tonight!!!",
      // Session 6 probes (test/probes/place-s6.ts), written before tuning in voices unlike dev (the north of England, London, market towns, north and west Welsh): 30/50 flagged then, 47/50 now. Still missed: "Greenwich Park at sunrise, the whole of London at my feet" (a bare name opening), "The queue for Primark on Oxford Street is round the block and I'm in it", "newydd gyrraedd Pwllheli" (a holiday place is the absence rule's).
      "Sat on the 38 bus going through Islington, some lad blasting drill music at 8am",
      "Stood on the platform at Leeds station, train cancelled again, of course",
      "In the queue at Greggs on Northumberland Street, don't judge me",
      "Pint in the Crown at Hebden Bridge, sun's out, marking can wait",
      "Market day in Skipton, I've bought three cheeses and a plant I'll kill",
      "me and the kids on the beach at Whitley Bay, freezing but happy",
      "Anyone about in Hexham? I'm in the Costa by the abbey for an hour",
      "Currently hiding from the rain in Boots in Barnsley town centre",
      "On the Tube to Brixton, someone's eating a full roast dinner next to me",
      "Just got off at Clapham Junction, which exit for the buses??",
      "waiting outside Harrogate Theatre for the panto doors to open, me and my two are buzzing",
      "ar y trên i Gaerdydd, dim sedd, dim coffi, dim gobaith",
      "yn y maes parcio yn Tesco Bangor yn aros i’r glaw stopio",
      "Lawr y Bae gyda’r plant, hufen iâ a gwynt mawr",
      "Ar y maes yn Boduan heddiw, dewch i ddweud helo ar stondin yr Urdd",
      "ar y bws i Aberystwyth, mae'r wifi wedi marw",
      "the whole of the Hollins estate has lost power again, anyone know what's going on?",
      "Next door's dog has been barking since 6am, we're on Ashgrove Avenue if the council want to come and listen",
      "the corner shop at the end of our road (the Spar on Kirkgate) has started selling sourdough, we've peaked",
      "someone's nicked the bench from outside the corner shop on our street in Heaton. who does that",
      "Moved into our first house in Chorlton today!!! keys in hand 🔑",
      "A week in our new place in Headingley and I already know all the cats",
      "We live in a little terrace just off Abbeydale Road, best neighbours ever",
      "We're the house on the corner of Beech Street and Mill Lane with the inflatable Santa, come and see him",
      "Power's off across Walkley again, third time this month",
      "In the staffroom at Oakwood Primary now, supply for the week, where do they keep the mugs?",
      "Still at St Joseph’s at 6pm, last car in the car park again",
      "On the M62 near Brighouse, total standstill, gonna be late for everything",
      "Stuck at Birmingham New Street, every single train delayed",
      "Walking along the canal in Skipton with the dog, frost on everything",
      "first coffee of the day at the Bluebird Café in Whitby, the gulls are plotting",
      "Rainy Tuesday in Ilkley, hiding in Bettys with a fat rascal",
      "Fish and chips on the harbour wall at Staithes, heaven",
      "me and our lass at the Metrocentre, send help",
      "Lunch break in Victoria Park, Hackney, ten minutes of sun",
      "we're in Southwold today if anyone's about",
      "Hello from Bamburgh beach, the castle looks unreal today",
      "Sheltering from the storm in the Wetherspoons at Huddersfield station",
      "Parked up at Ladybower, quick walk before the rain",
      "Sat in A&E at the RVI with my youngest, 4 hour wait",
      "Doing the big shop at Asda Pudsey, the trolley has a mind of its own",
      "📍Knaresborough",
      "at the Christmas market in Manchester, mulled wine in hand 🍷",
      "stopping at me mam's in Rotherham till Sunday, she's fed me four times already",
      "Gig at the Brudenell tonight, I'm right at the front 🎸",
      "We're five minutes from Ikea Gateshead if anyone wants a lift there today",
      "Brunch in Stoke Newington with the girls, bottomless was a mistake",
  ],
  valid: [
      // Past, reviews, someone else, school groups, months, rooms at home, a parcel arriving, plans.
      'Tenby last August 📍 and there\'s still sand in the car',
      '📍 Rome, 2023. still dreaming about that carbonara',
      'Sunday dinner at the Plough, yorkshires the size of your head. recommend',
      'Cinio Sul yn y Llew Coch, yorkshires maint dy ben. argymell',
      'stopped at the Hollybush on the way back from the coast last Sunday, fire on, dog asleep, perfect',
      'Just arrived: my online order, 4 weeks late and none of it fits',
      'Teacher friends, how are you all still standing in December? sending love',
      'U14s away at Llandovery today, my daughter scored twice!!',
      'year 13 history to the Senedd on Wednesday 11am if anyone\'s around to wave',
      'Rhys\'s mum and dad are splitting up and you can see it in everything he does at the moment',
      'one of my tutees is being sent to live with family in Pakistan in the summer',
      'Cymhorthydd dysgu ym Mlwyddyn 2 ydw i ac mae heddiw wedi bod yn HIR',
      'Wedi bod ar wyliau yn Sbaen, nôl adre nawr ac mae\'n bwrw glaw',
      'My sister lives in Leeds now',
      'currently in my pyjamas watching Strictly',
      'Currently at war with the photocopier',
      'Loving it at Green Lane, best staff room ever',
      'Reading in the garden rn, bliss',
      'Our Eco Club are litter picking on the beach at Ogmore on Saturday 10am',
      'any recommendations for someone to pop in and check on the house while we\'re in Thailand?',
      'We used to live on Heol y Parc when I was little, drove past today',
      'Green Lane has been my second home for 6 years. Ofsted next week',
      'Athrawes Gymraeg @ YG Bryn Coch 🏴 | mam i ddau | coffi a chanu',
      "Noson allan yng Nghaer nos Sadwrn efo'r genod, dim plant, dim gwaith",
      'Diwrnod cyntaf fel athrawes NQT yn YG Bryn Coch 🍎 nerfus ond cyffrous!',
    "Note to self 📍 buy milk",
    "Right now at this point I'd take any sleep",
    "At the moment in Year 6 we are doing fractions",
    "On the beach at last, it's been a long week",
    "Out and about in town today, no plans",
    "Day out at Folly Farm yesterday was brilliant",
    "In my head I'm already on holiday if anyone's asking",
    "10 kids from green lane came to the party",
    "I'm at 3 different schools this week for moderation",
    'Checking in on my mum this afternoon',
    'Anyone recommend somewhere nice for Sunday lunch in the Vale?',
    "At Christmas we always go to my mum's",
    "At least it's Friday",
    'Sister\'s just landed in Bali for her honeymoon, so jealous',
    "At the moment I'm just tired",
    "In bed right now, goodnight",
    "At work till 6 then home",
    "Cardiff Bay is lovely in the summer, we should go sometime",
    "Went to Penarth Pier last week, so windy",
    "The new Costa on Queen Street opens next month",
    "📍 pinned this for later, great recipe",
    "In a meeting right now, can't talk",
    "Currently at a loss with this marking",
    "Currently reading a brilliant book about the Tudors",
    "Opposite of a lazy Sunday today, jobs everywhere",
    "Next to nothing done today",
    "Our street party was the best, thanks everyone who came",
    "Anyone know a good plumber in Cardiff?",
    "Does anyone live near a good dog groomer? Asking for a friend",
    "Live music at the pub last night was amazing",
    "Checked in for my flu jab, all done",
    "In the car right now singing along to Abba",
    "Right now I need a coffee",
    "The road outside school is a nightmare at pick up",
    "Round the corner from a heatwave apparently",
    "Greetings from the land of marking, send biscuits",
    "Here till late again, reports won't write themselves",
    "In Year 6 today we made volcanoes",
    "Had a great time in Maths today, fractions finally clicked",
    "At Christmas we always go to my mum's",
    "Arrived at the conclusion that I need more coffee",
    "Who's in the mood for a takeaway tonight?",
    "Huge thanks to everyone at Tesco today for being so patient",
    "We were supposed to be at Folly Farm today but it rained",
    // A place with an activity, company or emoji, but past, planned, asked, someone else's, or a whole country.
    "Had the best Sunday lunch at the Druid in Llanferres last week, the yorkshires!",
    "Has anyone had lunch at the Boathouse in Penarth? Worth it?",
    "Best chips in North Wales, fight me",
    "Open evening at Heol Goffa School on Tuesday, 6 till 8",
    "King Charles and Queen Camilla in Llandudno today, the whole town came out",
    "Cross country team running at Singleton Park Saturday 11am 🏃",
    "Big shout out to the team at Mold Vets for looking after our Dexter ❤️",
    "Apparently cwtch is in the Oxford dictionary now, about time",
    "Nothing like a Saturday morning parkrun in the rain at Wepre to make you question life",
    "Lunch with my mum at Christmas is always chaos",
    "If one more person tells me to enjoy it at 3am I'm moving to Iceland",
    "My sister lives in Pontcanna, so jealous",
    "We used to live in Whitchurch years ago",
    "at the park with the kids, freezing",
    'At home in my pyjamas right now', 'Y6 2pm assembly', 'In bed right now', '10 kids from green lane', 'On the phone right now', 'My house is on fire with three birthdays this week', 'Our place is in chaos', 'currently at work and bored', 'just moved into a new routine', 'Sports day moved to Thursday because of the rain',
    // Session 5 probes: plans, the past, questions, someone else's home or move, school groups, screens, the middle of things, work.
    "The Christmas market on the Hayes opens on Friday",
    "Went to the Christmas market in Bath last year, overpriced",
    "anyone recommend a good brunch place in Cowbridge?",
    "Brunch at The Plan was amazing last Sunday",
    "My mum lives in Llanishen, so I pop over most weekends",
    "Cardiff is lovely at Christmas",
    "Watched the Wales game at home, what a try",
    "The M4 is closed between junctions 32 and 33 tonight, plan ahead",
    "Power cuts are forecast across South Wales tomorrow",
    "omw to bed, goodnight all",
    "on my way to work, already late",
    "Heading into Year 6 for a cover lesson, wish me luck",
    "sat in the staffroom with a cold tea",
    "Our Year 4s are at Techniquest today, best trip ever",
    "Year 10 are at the Senedd this morning for a debate",
    "Sunday lunch in the Vale, anyone got recommendations?",
    "Love Tenby, we go every summer",
    "Grew up in Splott, moved away at 18",
    "My brother just moved to Bristol, can't believe it",
    "Stuck in traffic, running late for parents' evening",
    "stuck in a rut with my marking",
    "Liverpool were robbed at Anfield last night",
    "Spurs away at the Etihad on Saturday, 3pm kick off",
    "Leaving the house now, see you at the match",
    "Did anyone see the sunset over Penarth pier last night?",
    "If you're in Cardiff this weekend, the food festival is on at the Bay",
    "Cardiff Council have cut the bin collections again",
    "The new Aldi in Pontypridd opens on Thursday",
    "In the middle of reports right now, don't talk to me",
    "At the end of the day, it's just a job",
    "Spent the day at Folly Farm last Saturday, kids loved it",
    "Queen Street is dead these days, all the shops closing",
    "Which is better, Barry Island or Porthcawl?",
    "Reading about the history of Cardiff Castle with Year 5 today",
    "Proud of our Under 11s who played at the Principality today!",
    "Happy birthday to my best friend who lives in Swansea!",
    "live in hope that Ofsted won't call this week",
    "born and bred Welsh, proud of it",
    "Anyone else's water supply off? Asking for the whole of Twitter",
    "The Hayes in Cardiff has the best Christmas lights in Wales, worth the trip",
    "on my way to the staffroom for the last biscuit",
    "omw to parents evening, pray for me",
    "heading into the weekend like 🛌",
    "the water's off in the science block, no practicals today",
    "no water at school so we're sending them home at 12",
    "my sister's house-sitting in Llandaff for a month, lucky her",
    "our road trip round Scotland last summer was the best thing we've done",
    "eating chips in the rain is a Welsh tradition",
    "sat in the car doing the register because the wifi is down",
    // Session 6 probes: places as topics, past visits, other people, recommendations, a town as home, habits (3/50 and then 15/45 flagged before tuning). Still flagged: "Living in Hackney has its perks" (a district as home), "Watching the match at the Rovers Return, classic Corrie" (a pub on the telly).
    "I live in Sheffield and the hills are killing me",
    "Bradford lass through and through",
    "Anyone recommend a good Indian in Harrogate?",
    "We went to Whitby last weekend, kids loved the abbey",
    "My sister's in Newquay for the week, so jealous",
    "Skipton market is the best in Yorkshire, fight me",
    "Teaching the Year 5s about the Great Fire of London today",
    "Has anyone been to the Lake District in winter? thinking of February half term",
    "Watching the Leeds game at home, shouting at the telly",
    "London is so expensive, a pint was £7.50 last time I went",
    "Moving to Manchester one day, I swear",
    "My brother's just moved to Hackney, proper fancy now",
    "Grew up on a council estate in Hull and I'm proud of it",
    "anyone know a good plumber in Wakefield? boiler's making a noise",
    "Year 6 are at Eden Camp today, I'm holding the fort back at school",
    "Our school is in Barnsley, a proper community school",
    "Best chippy in the north east is in Seahouses, don't @ me",
    "Who is going to the Christmas lights switch on in Durham on Friday?",
    "Back from Scarborough, sunburnt and skint",
    "We had a lovely day at Bolton Abbey yesterday",
    "Year 4 loved their visit to the Royal Armouries in Leeds",
    "Thinking of moving to Ilkley, anyone know the schools?",
    "Leeds born, Leeds bred",
    "The traffic on the A1 is awful today, avoid if you can",
    "Reading week means I am finally reading",
    "Sunday dinner at me mam's is the best meal of the week",
    "Proud Geordie, always will be",
    "The corner shop near school has started selling vapes to kids, disgusting",
    "Ar y ffordd adre o’r gwaith ddoe wnes i weld carw",
    "Mae'r Eisteddfod yn Wrecsam eleni, pwy sy'n mynd?",
    "Roedden ni yn Llandudno ddoe, tywydd braf",
    "Dw i'n byw yng Nghaerdydd ers deng mlynedd",
    "If you are ever in York, Bettys is a must",
    "My favourite place in the world is Robin Hood's Bay",
    "Year 3 are learning about Blackpool Tower this week",
    "Wish I was in Cornwall right now",
    "Just watched a documentary about the Tyne Bridge, fascinating",
    "Pret on Oxford Street does the best cookies, fact",
    "Whitby Goth Weekend next month, who's in?",
    "Our Oliver's at Alton Towers with his mates today, I'm a nervous wreck",
    "Sat here marking at the kitchen table, send help",
    "on my way home from parents' evening, shattered",
    "The Peak District is stunning in autumn, we should all go more",
    "Mum's in the Royal Infirmary again, visiting tonight",
    "Hackney Wick has changed so much since I taught there",
    "Wedi bod yn Aberaeron am y dydd, hyfryd",
    "Ewch i Gaffi Florence yn Aberaeron os chi yn yr ardal, bendigedig",
    "Newcastle girl living in London, still say \"howay\" to everyone",
    "Can anyone recommend a dentist in Leeds taking NHS patients?",
    "Brixton Market on a Saturday was the highlight of my twenties",
    "Shopping in Leeds is so much better than Manchester, fight me",
    "Walking in the Lake District is my happy place",
    "Driving through Wakefield always takes forever, whatever time you go",
    "Sitting in traffic on the M62 every morning is soul destroying",
    "On the bus to Leeds every day for twenty years, I know every pothole",
    "Me and Manchester have a complicated relationship",
    "Swimming at Ilkley Lido is a rite of passage, go in summer",
    "Queueing at Greggs in Newcastle should be an Olympic sport",
    "Waiting for the 42 in Moss Side builds character",
    "Camping in the Peak District with Year 8 was an experience I will never repeat",
    "Me at Blackpool Pleasure Beach aged 7, what a haircut #tbt",
    "Walking the dog along the canal in Skipton is the best part of my weekend usually",
    "Sat in the car at Meadowhall for an hour last Christmas, never again",
    "Brunch at Ottolenghi in Islington is worth every penny, go",
    "Coffee at Bettys in Harrogate is £6, I'm not even joking",
    "Eating chips on the front at Scarborough is a human right",
    "Parked up at work at 6.45 again, why am I like this",
    "In the staffroom at break, someone's eaten my yoghurt again",
    "Teaching in Bradford for 12 years and I still get lost in the one way system",
    "Cycling through Richmond Park at dawn is on my list for next year",
    "Running the Great North Run in September, sponsor me!",
    "Me and the girls at Whitby last summer, best weekend ever",
    "Sheltering from the rain in Leeds Kirkgate Market was how I spent my twenties",
    "Just booked a table at Dishoom in Manchester for Saturday!!!",
    "My husband's on the train to London for work, I've got the kids all week",
    "Our Alfie is on the coach to Whitby with his class, I'm more nervous than he is",
    "Year 5 are at Eureka in Halifax today, hope they behave for Mrs Hall",
    "Greetings from the Year 6 residential at Robinwood! The children are having a fab time",
    "Doing the Three Peaks for charity in June, please share",
    "Anyone else think Bolton Market is overrated?",
    "We're in Leeds a lot because my mum lives there",
    "Cheering on the Rhinos at Headingley on Saturday, who's coming?",
    "Working at Leeds General Infirmary was the hardest job I ever had",
    "Living the dream at the photocopier in the staffroom",
    "Gutted I missed the Christmas market in Manchester this year",
    "Wish I was at Glastonbury right now instead of writing reports",
    "Buying a house in Chorlton is impossible on a teacher's salary",
    "The queue at Primark on Oxford Street is why I shop online",
    "Sitting in my classroom at 7pm planning for tomorrow, same as every night"],
});

// Session 7 probes, written before the session's changes in a voice unlike the dev files (Scottish and
// north-east English staff, a Cornish TA, a Belfast caretaker; X, Instagram, community Facebook groups).
// Positives are the labelling guide's location: where the poster is now or will be at a stated time, at
// any level, and home finer than a town. Hard negatives: past visits, questions, other people's plans,
// places as topics, a town alone as home, announcements with no staff voice.
ruleTester('location', {
  invalid: [
    'Sat in the big Asda at Silverburn car park waiting for the hailstones to stop',
    'In the queue at the leisure centre for the 6pm swim, why is the whole of Paisley here',
    'Panto at the King\'s tonight with my two, 7pm curtain up',
    "I'll be on the tombola at the St Ninian's church fair from 11 on Saturday, come and say hiya",
    'Taking my P5s to the Riverside Museum on Wednesday, bus at 9.15',
    'Walking our nursery class round to the fire station at 10 tomorrow to see the engines',
    'Sat on the harbour wall in Anstruther with a fish supper, pure bliss',
    'Stood at the bus stop on Dumbarton Road for 25 minutes now, where is the 2',
    'hiding in the Waterstones at the Metrocentre from the Christmas crowds',
    'Christmas market in Edinburgh Saturday from 2 if anyone wants to meet for a mulled wine',
    'Our cul-de-sac off Moor Lane has been gritted by the neighbours again, legends',
    'The chippy at the end of our road in Jesmond does the best scraps going',
    'Fireworks going off on our estate in Byker every night this week, the dog is a wreck',
    'Gate 14 at Newcastle airport, boarding in 20 mins',
    'Driving the minibus to the swimming baths in Hexham at 1.15 with the P4s',
    'Parents\' night done, now sat in the Spoons opposite Queen Street station',
    'Me and the P1s planting bulbs at the allotments on Church Lane this afternoon',
    'St James\' Park on Saturday, 3pm kick off, I\'ll be in the Gallowgate end',
    'up the top of Arthur\'s Seat right now and the wind is wild',
    'find me at the craft fair in the Corn Exchange all day Sunday, stall 12',
    "Yn y ganolfan hamdden gyda'r plant nawr, pwll yn llawn dop",
    'Fi yn y dafarn yn Llanrwst heno o 8 os chi moyn peint',
    'Stuck on the A1 near Morpeth, nothing moving for 40 mins',
    'Taking our P2s to Deep Sea World on Thursday, leaving school at 9.15',
    'Our street in Heaton has been dug up for the third time this year',
    'Spending the morning at the soft play on Canal Road with my niece',
    'Just arrived at the Royal Cornwall hospital for my scan, waiting room packed',
    'on the ferry to Arran rn, the kids are feeding crisps to the gulls',
    'in the big Tesco at Pool with a trolley full of Christmas, send help',
    'Carol service at the cathedral in Truro on Thursday at 6, I\'m reading the second lesson',
    'the little house at the bottom of Fore Street, blue door, that\'s ours now 🏡',
    'my class and I are at the beach in St Ives all afternoon for our seaside topic',
    // Before session 7 these were left alone as plans; docs/labelling.md (session 6) labels where the poster
    // will be at a stated time as location, so they are flagged now.
    ["We're in the Bear tomorrow till 4", 'Bear'],
    ["Brunch at Bills tomorrow with the girls, can't wait", 'Bills'],
    ["We're going to the Christmas market on the Hayes on Saturday", 'Christmas market'],
  ],
  valid: [
    'We went to the Christmas market in Edinburgh on Saturday, mobbed',
    'Anyone know if the leisure centre in Hexham has reopened the pool?',
    "My sister's taking her kids to Deep Sea World on Wednesday",
    'I live in Dundee and I am proud of it',
    'Geordie lass through and through',
    'Best fish and chips in Anstruther? Anstruther Fish Bar or the Wee Chippy?',
    'The Odeon in Truro is showing the new Pixar film from Friday',
    'P6 are going to the Riverside Museum on Thursday, letters went home today',
    'Used to take my class to the swimming baths every Friday, miss those days',
    "Loved the panto at the King's last night, oh no it isn't",
    'Taught a lesson on the Great Fire of London today, they loved the Pudding Lane bit',
    'Does anyone have a spare ticket for St James\' Park on Saturday?',
    'Tesco have put the price of crumpets up again',
    'Thinking about booking a week on Skye next year',
    "My husband's at the football in Glasgow until 5 so it's just me and the telly",
    'The polling station is at St Mark\'s church hall on Thursday, 7am to 10pm, go and vote',
    'Would love to take my class to the Kelvingrove one day',
    'The new Aldi in Redruth opens at 8 tomorrow',
    'Sat in traffic again, the school run is getting worse',
    'Watching the match at home tonight with a curry',
    'Reading about the Highlands for our geography topic tomorrow',
    'Our head is at a conference in Stirling on Thursday so it is a quiet one',
    'Best day out: the beach at St Ives, every single time',
    'Flights to Lanzarote went up £200 overnight',
    'Booked the Christmas party at the Malmaison for the 19th, staff only, money by Friday please',
  ],
});

// Session 8 probes (where6), written before tuning from general knowledge, in voices unlike the dev files
// (north Wales, the Marches, the Valleys, English market towns), by category: home finer than a town said
// without a subject or by a shop beside it ("Live in the cottage behind…", "the Spar at the end of our
// road", "that's us"); being at a named place now, told by what follows it, a named ride or a car park;
// the activity before a train's time. On main: 16/31 flagged, 22/23 left alone; now 27/31 and 23/23.
// Still missed: "Asda Queensferry car park, can't remember where I left the car" ("remember" reads as the
// past), "doing laps of the Glangwili car park hunting for a space", "our bit of Rhiwbina (the top end) has
// had no streetlights since Monday" (no home word the gate knows), "reading my book on the 08.05 to Bangor,
// peace at last" ("reading" is read as reading about).
ruleTester('location', {
  invalid: [
    "Live in the cottage behind the Red Lion on Mill Street, the one with the green gate",
    "moving into the flat over the bakery on Castle Road on Saturday!!",
    "We're the house at the bottom of Ffordd Glyndwr with the trampoline in the front, can't miss us",
    "the terrace opposite the Miners' Institute in Pentre, number 7, that's ours",
    "Rhif 12 Heol y Dderwen yw'n tŷ ni, dewch draw am baned",
    "home is the end flat above the launderette on Queen Street, buzz 3",
    "the big white house on the corner by the Methodist chapel in Pentre, that's us",
    "Parcel people: we're the bungalow past the cattle grid on Lon Goch",
    "just moved into the farmhouse at the top of Cwm Road, keys today!!",
    "our estate off Penrhos Road has had no bins collected for 3 weeks",
    "Live at the top of Bryn Terrace, the house with the red van outside",
    "the new-build at the end of Willow Close is ours now 🔑",
    "in Superdrug Aberdare buying a birthday card because I forgot again",
    "Marking books in the café at Ikea Newport because the kids are in Småland",
    "in the queue at B&Q in Bangor with a trolley full of compost",
    "On the Cowes ferry with a bacon roll, sea like glass",
    "Writing this from the waiting room at Morriston Hospital, 3 hours and counting",
    "In the Wrexham Tesco café with a latte and a pile of reports",
    "hiding in the toilets at the Odeon in Llandudno Junction because the film is too scary",
    "Stuck in the lift at Cardiff Central with three strangers and a dog",
    "eating chips on the harbour wall at Aberaeron, seagull eyeing me up",
    "Yn y ciw yn Lidl Caernarfon, pawb yn prynu bara",
    "the little row of houses behind the Black Horse, second from the end, that's us",
    "third house on the left as you drive into Llanfair, the one with the boat in the drive, that's us",
    "the Spar at the end of our road has sold out of bread again",
    "The Londis round the corner from ours has started selling sourdough, we have arrived",
    "Knitting in the quiet coach on the 18:10 from Euston, bliss",
  ],
  valid: [
    "I live in Bristol and love it",
    "Used to live above the chip shop on Church Street when I was a student",
    "My sister's house is the one opposite the Co-op in Ruthin",
    "Dream house: a cottage by the sea in Pembrokeshire one day",
    "That's us done for another term!",
    "Moving to Leeds in the summer for a new job",
    "Rightmove has a lovely flat above the old bank on High Street for sale",
    "Live music at the Red Lion on Friday, should be a good one",
    "Shopping in Cardiff is always a nightmare at Christmas",
    "The café at Ikea Newport does the best meatballs, recommend",
    "Anyone know if the Cowes ferry is running today?",
    "We were stuck in the lift at Cardiff Central for an hour yesterday",
    "My mum's in the waiting room at Morriston Hospital, fingers crossed for her",
    "Queueing at the Tesco in Wrexham should be an Olympic sport",
    "Reading about Cardiff Castle with Year 4 today",
    "Asda Queensferry have put the price of petrol up again",
    "the Spar at the end of my mum's road has shut down",
    "That's us all done for the summer, see you in September Year 6!",
    "the row of houses behind the Black Horse is up for sale, anyone know the price?",
    "The Spar in Cardiff has the best meal deal",
    "our bit of the staffroom has no chairs again",
    "Football fans on the 17:10 from Cardiff are in fine voice",
    "Used to do my marking on the 07.40 from Newport every morning",
  ],
});

// Session 8 probes (where6), second group, written before that change: a job held at a place ("handed in my
// notice at Boots", "receptionist at Pendre Surgery"), someone else there ("my friend who's in Tenerife",
// "Tom Jones doing a gig at the Principality in June"), and being at work now, which stays a place. On
// main: 5/8 left alone, 2/2 flagged; now 8/8 and 2/2.
ruleTester('location', {
  invalid: [
    "Sat in the staff room at Tesco Extra Llandudno on my break, come say hi",
    "Shift at the Asda in Mold till 10 tonight, anyone need anything picking up?",
  ],
  valid: [
    "Promoted to shift supervisor at Morrisons after six years on the tills!",
    "Receptionist at Pendre Surgery, please stop shouting at me about appointments",
    "Handed in my notice at Boots today, onwards and upwards",
    "Ten years at Airbus this month and they gave me a mug",
    "Apprentice mechanic at Kwik Fit Wrexham, ask me anything about tyres",
    "Tom Jones doing a gig at the Principality in June!! tickets gone in minutes",
    "Texting my friend who's in Tenerife, she says it's 28 degrees, jealous",
    "The Red Arrows flying over Rhyl this afternoon, apparently",
  ],
});

// Session 8 probes (where6), third group, written before that change: being somewhere now said by where in
// it one is or what one is about to do there ("Top of Moel Famau", "front of the queue at", "about to
// board at Holyhead", "live update from", "literally just pulled into"). On main 0/6 flagged, 5/6 left
// alone; now 5/6 and 6/6. One negative was rewritten before tuning: "about to board at Holyhead next
// Friday" is a destination with a time, location by docs/labelling.md. Still missed: "back of the queue at
// Chester Zoo on a bank holiday, what was I thinking" ("was" reads as the past).
ruleTester('location', {
  invalid: [
    "literally just pulled into Bodelwyddan services and the queue for Greggs is out the door",
    "live update from Eirias Park: it's raining on the Christmas lights",
    "front of the queue at the Llandudno Pier donut stall, life is good",
    "Top of Moel Famau, wind howling, flask out",
    "about to board at Holyhead, sea looks lively",
  ],
  valid: [
    "Top of the class in her spelling test, so proud of my niece",
    "live update from the staffroom: the biscuits are gone",
    "Literally just pulled a muscle putting the bins out",
    "front of the queue for the new iPhone, said no teacher ever",
    "Anyone know if you can board at Holyhead without a printed ticket?",
    "Top of the Pops was better in the 80s",
  ],
});

// Session 8 probes (lead), written before awayTo: a destination with a time is where the poster will be
// (docs/labelling.md, from session 8). Dev lines labelled absence only were reviewed against the guide by
// readers who did not run the engine (637 gained location); these probes are not from those lines.
ruleTester('location', {
  invalid: [
    ['Off to Lanzarote on Saturday for a week, bags packed and passports found', 'Lanzarote'],
    ["We're in Pembrokeshire from Friday till the 30th, neighbour's feeding the cat", 'Pembrokeshire'],
    ['Flying out to Krakow tomorrow at 6am, back Sunday night', 'Krakow'],
    ['two weeks in Menorca starting Saturday, the house sitter has a list as long as my arm', 'Menorca'],
    ['Ni bant i Sbaen fory am bythefnos, tŷ yn wag', 'Sbaen'],
    ['Out of office on: in Edinburgh until the 14th', 'Edinburgh'],
    // Left alone until session 8 as "a plan, the absence rule's"; the guide now reads it as where the poster will be.
    ["2 weeks today I'll be sat in Dubai with a cocktail", 'Dubai'],
  ],
  valid: [
    'We love Spain, best holiday we ever had',
    'My parents are off to Portugal on Monday for a fortnight, lucky them',
    'Back from Menorca and the washing pile is taller than me',
    'Anyone been to Krakow? Thinking about it for next year',
    'Away till the 4th, the neighbours have a key',
  ],
});

// Session 9 probes (where7), first group: clean drafts the rule flagged on dev, by category, written
// from general knowledge in voices unlike the dev files (Tyneside, Teesside, north Wales): community
// notices and schedules addressed to readers ("everyone welcome", "first class free", every Tuesday),
// good luck or well done to others at a place, recommendations asked for, a job held at a place, and
// other people's whereabouts. The invalid cases are their neighbours that must stay flagged.
ruleTester('location', {
  invalid: [
    ["I'll be on the tombola at St Cuthbert's fayre Saturday from 10, come and say hello", "St Cuthbert's"],
    'Coffee at Fenwicks with my mam right now, proper treat',
    'Me and the bairns at Saltwell Park this afternoon ☀️',
    "We're at the Red Lion quiz tonight from 8, come and join our team if you're about",
    "Taking my lot to the Life Centre tomorrow at 10, wish me luck",
    'Good luck to me, driving test at the Gosforth centre at 9 tomorrow 😬',
  ],
  valid: [
    "Coffee morning at St Cuthbert's hall Saturday 10am, everyone welcome, cakes a pound",
    'Toddler group every Thursday at the Methodist hall 9.30, all welcome',
    'Zumba Mondays at Hebburn community centre 7pm, first class free!',
    'Scouts are looking for leaders, Wednesday nights in Jarrow, drop me a message',
    'Good luck to the under 12s at the county finals in Durham this weekend!',
    'Well done to the Blaydon Harriers at the Great North Run today',
    "Mass times at St Bede's are changing from next Sunday, 9am not 10",
    'Fundraising quiz at the Red Lion Friday 8pm, tickets £5 from the bar, all proceeds to the hospice',
    'Blood donation session at the Civic Centre on Tuesday, book a slot on the app',
    'Repair café at the library on Saturday 10 till 1, bring your broken toasters',
    'Carols round the tree at Marsden Grotto on the 20th, open to all, free entry',
    'Cylch Ti a Fi bob bore Mawrth yn Neuadd y Pentref, croeso i bawb',
    'Bore coffi yn y Festri dydd Sadwrn am 10, croeso cynnes i bawb',
    'Anyone recommend somewhere for Sunday lunch in Tynemouth? My dad turns 70',
    "where's best for fish and chips round Whitby these days?",
    'Twelve years teaching at a comp in Gateshead and I still love it',
    'Night shift at the RVI done, home to bed',
    "my husband's away with his mates in Benidorm this week so it's beans on toast",
    'the man in Greggs gave me an extra sausage roll today, faith in humanity restored',
    'Congratulations to our Ruby on her confirmation at St Joseph\'s today, so proud',
  ],
});

// Session 9 probes (where7), second group: a job held at a place said through an unnamed workplace or a
// job title ("teaching at a school in Hull", "I'm a childminder in Thirsk"), and a question about a
// place (a recommendation asked for, or who is there), with neighbours that must stay flagged.
ruleTester('location', {
  invalid: [
    "Sat in a café in Thirsk with a bacon sandwich, bliss",
    'At the Minster with my sister this afternoon, the windows are unreal',
    "Anyone fancy a pint? I'm in the Kings Head till 6",
    "I'm at a hotel in Harrogate tonight for the conference, anyone local fancy a drink?",
  ],
  valid: [
    'Nine years now teaching at a primary school in Hull and I still get nervous on the first day',
    "I'm a childminder in Thirsk, 1 space from January, message for details",
    'Twenty years at a comp in Middlesbrough before I retired, best years of my life',
    'Just got a job as a TA at a school in Selby!! start in September',
    'School nurse at an academy in Doncaster, mostly plasters and ice packs',
    'Where does the best Sunday dinner round Malton these days?',
    'Any good places for afternoon tea in the Dales? Mum’s birthday',
    // Written first as "Is anyone in the Kings Head at the moment?"; dev labels "Anyone at <a cove> right now?" location
    // (the poster there, asking who else is), so the probe became the question that asks readers for news.
    'Anyone at the Kings Head know if they still do Sunday dinners?',
  ],
});

// Session 9 probes (where7), third group: being somewhere now with no cue word the rule knew (sat or
// parked outside a place, queueing for one, a bare check-in line, lower case), Welsh in the present
// ("yn Aberystwyth heddiw", "ar y traeth yn Rhosili", "yn yr ysbyty yn Llantrisant gyda mam"), and an
// event the poster goes to at a time with "anyone else going?". The valid cases are their neighbours.
ruleTester('location', {
  invalid: [
    'Sat outside the Hexham Abbey tearooms waiting for the rain to stop',
    'parked up outside Morpeth Sainsburys waiting for my daughter, 20 mins late already',
    // Still missed at the end of session 9: 'queueing for the Angel of the North car park with two kids and a buggy'
    'Sunday carvery, The Ship Inn, Saltburn 🍺',
    'Fish and chips on the harbour wall, Seahouses ⚓',
    // Still missed at the end of session 9: 'in boots durham buying every plaster they have'
    'Yn Aberystwyth heddiw gyda’r plant, hufen iâ i bawb 🍦',
    "Ar y traeth yn Rhosili, gwynt yn chwythu'n wyllt",
    'Yn yr ysbyty yn Wrecsam gyda mam, mae hi’n iawn ond fyddwn ni yma am sbel',
    'Off to the City Hall tonight for Sarah Millican, anyone else going?',
    // A session 6 probe once kept clean; since session 8 the guide reads a destination with a time as where the poster will be.
    'Heading to Leeds for the conference on Thursday, anyone else going?',
    "Newcastle Falcons at home Saturday, who's coming to Kingston Park with me?",
    // Still missed at the end of session 9: 'Durham Cathedral carols at 7 tonight, see you there 🎶'
  ],
  valid: [
    'Sat outside the Hexham Abbey tearooms last summer and a wasp stole my scone',
    'My sister is parked up outside Morpeth Sainsburys waiting for her lad',
    'The Ship Inn in Saltburn does the best carvery in the North East',
    'Aberystwyth oedd ein gwyliau llynedd, bendigedig',
    'Is anyone else going to the City Hall for Sarah Millican next month? Thinking of getting tickets',
    'Durham Cathedral is on the telly tonight, Songs of Praise',
  ],
});

// Session 9 probes (where7), fourth group: Welsh in the present, where the sentence opens on a spot in
// lower case before the town ("Ar ben y mynydd uwchben Bethesda", "Yn y caffi yn Llangefni") or says
// who one is with ("gyda'r ci"), and a third person said after the place; with past, questions and
// someone else's whereabouts as neighbours.
ruleTester('location', {
  invalid: [
    "Ar ben y mynydd uwchben Bethesda gyda'r ci, golygfa anhygoel",
    'Yn y caffi yn Llangefni gyda fy chwaer, paned a bara brith',
    "Yn yr ysbyty yn Bangor gyda dad, mae o'n iawn ond fyddwn ni yma am sbel",
    'Wrth y bandstand yn Llandudno nawr, band pres yn chwarae',
    "Ar y prom yn Aberystwyth efo'r plant, gwynt ofnadwy",
  ],
  valid: [
    "Mae hi ar ben y mynydd uwchben Bethesda gyda'r ci",
    "Roedden ni yn y caffi yn Llangefni ddoe, bara brith gorau'r ynys",
    "Ydy'r caffi yn Llangefni ar agor ar ddydd Sul?",
    "Mae'r plant yn yr ysbyty yn Bangor gyda'u tad",
  ],
});

// Session 9 probes (where7), fifth group: someone else's journey ("when she flies back to Lagos on
// Sunday"), a place as a topic by what it does ("the Chinese in Ripon does the best..."), institutions
// that are no place ("faith in the NHS"), habits ("every single morning", "for the third night running"),
// a tradesman wanted in a town (docs/labelling.md), and a month shortened ("in Sept"); with neighbours.
ruleTester('location', {
  invalid: [
    'Off to Lagos on Sunday with the kids to see my mum, they are so excited',
    'Stuck on the A1 at Scotch Corner right now, nothing moving',
    'Need a plumber round ours on Elm Grove today, boiler has died, anyone free?',
  ],
  valid: [
    "I'm going to miss my dad so much when he flies back to Lagos on Sunday",
    'The Golden Dragon in Ripon does the best salt and pepper chips in Yorkshire',
    'Honestly losing faith in the NHS booking system',
    'stuck at the Scotch Corner roundabout again, every single morning',
    'Delivery driver life, parked on the A1 for the third night running',
    'Can anyone recommend a good electrician in Darlington? our fuse box keeps tripping',
    'Results day tomorrow, my eldest is off to Leeds Uni in Sept fingers crossed',
  ],
});

// Session 9 probes (where7), sixth group: pupils out with the poster going too, said in a short post
// whose place the narrower readings missed (a place opening on a name and a time, a place after the
// group, Welsh), with a parent's child's trip, a result, someone else taking them and a trip that is
// over as neighbours. Their "before" figure was taken on main with the same cases.
ruleTester('location', {
  invalid: [
    'Three nights at Whitby YHA with Year 7 from Monday, me in a bunk bed at 41',
    "Surf lesson at Saltburn for my Year 10 PE group Thursday afternoon, I'm in a wetsuit too 😬",
    'Fi a Bl 4 ar y bws i Gaernarfon bore fory, 30 o blant a fi',
    'Ten Year 6s, one minibus, me driving. Beamish by 10 tomorrow if the A1 behaves',
  ],
  valid: [
    "My son's class are off to Beamish tomorrow and he hasn't stopped talking about it",
    'So proud of my lot at the county cross country at Hexham on Saturday, three medals!',
    'Mr Dobson is taking the choir to the Sage on Thursday, please have them at the gates by 5',
    'Year 4 went to Beamish last week and I still smell of coal smoke',
  ],
});

// Session 9 probes (where7), seventh group: where one is, said with an invitation in the next sentence
// or in dialect ("Anyone about? In the Grapes for a quick one", "if owt wants to join", "anyone wanna
// join?", "if you're looking for me"), with invitations to an event or a past meet-up as neighbours.
ruleTester('location', {
  invalid: [
    'Anyone about? In the Grapes for a quick one',
    // Still missed at the end of session 9: 'in hexham park w the kids, anyone wanna join? ☀️'
    "I'm sat in the Crown Posada if owt wants to join, back table",
    "If you're looking for me I'm in the Lit and Phil till 4, upstairs",
  ],
  valid: [
    'Anyone fancy joining our book club? We meet in the library on the first Monday',
    'Met up with the old gang in the Grapes last night, anyone else feeling rough?',
    'In the Guardian today: a piece on teacher pay, worth a read',
  ],
});

// Session 9 probes (where7), eighth group: waiting or parked outside a named place, and the same verbs
// with the g dropped ("queuin at", "waitin in"), with someone else or the past as neighbours.
ruleTester('location', {
  invalid: [
    'parked up outside Washington Asda waiting for my lad to finish his shift',
    'Stood outside the Tyneside Cinema waiting for my sister, she is always late',
    'queuin at Greggs on Northumberland Street for a stottie, 12 people in front',
    'sittin in the Toby in Boldon waitin for the carvery to open',
  ],
  valid: [
    'My mam was stood outside the Tyneside Cinema for an hour last week because I got the wrong date',
    "He's parked outside Washington Asda again, I can see his van from here",
  ],
});

// Session 9 probes (where7), ninth group: a town or county as home or origin (docs/labelling.md: a town
// alone is clean), neighbours' origins and travels; with a street and a district as neighbours.
ruleTester('location', {
  invalid: [
    "We've just moved onto Beech Grove, the neighbours brought cake",
    'Our new neighbours on Elmfield Road are lovely, they brought us a casserole',
  ],
  valid: [
    'Finally moved to Yorkshire! Still unpacking boxes',
    "We've just moved to Sheffield and I already love it",
    'Our new neighbours are from Essex and they are lovely',
    'My neighbours have gone to Guernsey for the week, so the street is very quiet',
  ],
});

// Session 9 probes (where7), tenth group: the same categories as the fifth, in the shapes the broad
// reading (hereNow) and the home-trouble reading (localIssue) take: an illness "doing the rounds in",
// a shop that "does" something, a month cut short, an institution, a town with a tradesman or a power
// cut; with a district's power cut as the neighbour that must stay flagged.
ruleTester('location', {
  invalid: [
    'Power cut in Heaton again, third time this month, candles out',
  ],
  valid: [
    'Sickness bug doing the rounds in Gateshead again, hold on to your hats',
    "Marco's Pizzeria in Morpeth does a cracking calzone",
    'Proud mam, my eldest starts at Durham Uni in Sept',
    'Slowly losing faith in the NHS app',
    'anyone know a decent roofer in Sunderland? our roof is leaking',
  ],
});

// Session 9 round 2 probes (where8), written before tuning from general knowledge in voices unlike the
// dev files (Yorkshire, East Anglia, the West Country, north Wales), of kinds round 1 did not cover: a
// place as part of a name (a club, a surgery, a product), a road or news report, a distance from a town,
// someone else there or travelling (in English and Welsh), plans with no time, the weather in a town, a
// memory, a service wanted in a district, a pin in a profile line. 8 of these 36 clean drafts were
// flagged before where8's changes; the invalid cases are their neighbours that must stay flagged.
ruleTester('location', {
  invalid: [
    "I'm at Kendal Town FC tonight for the match, come and find me in the clubhouse",
    'Sat in the Ipswich Road surgery waiting room, been here an hour',
    'Stuck on the A14 near Huntingdon right now, not moving',
    'At Twycross Zoo with the kids right now, the gorillas are showing off',
    "We're at Whitby Abbey this afternoon, the steps nearly killed me",
    "I'm 10 minutes from Cardiff Central, nearly there",
    'We live 5 minutes from Roath Park, come round',
    'Pouring down at the bus stop in Leeds, no umbrella',
    'Fi yn Llundain heddiw am gyfweliad',
    'Sunday roast, Roath Park 📍',
  ],
  valid: [
    'Kendal Town FC were robbed on Saturday, that was never a penalty',
    'St Helens RLFC have signed another prop, we need a half back',
    'Got my flu jab at the Ipswich Road surgery, in and out in five minutes',
    'Shared from BBC Norfolk: the A47 at Acle is closed after a crash, avoid the area',
    'Road report: long delays on the M62 near Birch services this morning',
    "We're about 20 minutes from Taunton, so not far for a day out",
    "It's only half an hour from Harrogate, really handy for the in-laws",
    "My sister's in Norwich today for a job interview, fingers crossed for her",
    'My parents land in Manchester at 6am tomorrow, someone has to pick them up and it\'s me',
    'My husband flies to Dubai on Tuesday for work, single parent mode activated',
    'Mae fy chwaer yn Llundain heddiw am gyfweliad',
    "We should go to Whitby sometime, I've never seen the abbey",
    'Pouring down in Leeds again, of course it is',
    'Raining in Tenby again, what a surprise',
    'When we lived in Luton the planes went right over the garden',
    'Twycross Zoo annual pass for sale, two adults two children, valid till May',
    'Nothing better than a cold Newcastle Brown after a long week',
    'The A14 is always a nightmare on a Friday, why do I bother',
    'Looking for a babysitter in Horsforth for Saturday night',
    'Need a reliable dog walker in Headingley, Mondays and Wednesdays',
    '📍 Leeds | KS2 teacher | views my own',
    'Primary teacher | mum of 2 | 📍 Norwich',
    'Chester Zoo have a new baby elephant! Look at its little face',
    'Yesterday at Whitby was perfect, fish and chips on the harbour wall',
    'Anyone know if Primark in Preston has the school trousers in stock?',
    'Collection only from Otley, cash on collection',
    'Thinking of everyone in Hereford after the flooding',
    'Rhagolygon: glaw trwm yn Aberystwyth drwy\'r dydd',
    "Dylen ni fynd i Ddinbych-y-pysgod rhywbryd, dwi heb fod ers oes",
    'Tocyn blynyddol Sw Môr Môn ar werth, dau oedolyn',
    'Traffic on the A55 at Conwy is shocking every bank holiday',
    "It's an hour and a half from Cardiff to Tenby if the traffic's kind",
    'My daughter\'s at uni in Durham and loving it',
    'Hen do weekend in Newcastle was carnage, never again',
    'Wedding at Oulton Hall last Saturday was gorgeous',
    'Reading Festival line-up is awful this year',
  ],
});

// Session 9 round 2 probes (where8), second group, written before the change: the place seen from
// elsewhere (a fixture watched from the sofa, a broadcast, a road report, a warning passed on), someone
// close named without "my" ("Hubby is at Twickenham"), and notices by their selling ("tickets selling
// fast", "donors needed"). 7 of these 12 clean drafts were flagged before; the invalid cases must stay.
ruleTester('location', {
  invalid: [
    'In the Crown with a pint, Leeds v Hull on the telly',
    'Me and the kids at Twickenham today for the rugby!',
    'Mum and me are at the Trafford Centre today',
    "live from the Liberty Stadium, we're losing",
    'Stuck on the A14 near Huntingdon right now, not moving',
  ],
  valid: [
    "England v Wales at Twickenham on Saturday, I'll be watching from the sofa",
    'Breaking: the A1 is closed at Scotch Corner tonight, diversions in place',
    'Radio 2 are broadcasting live from Hyde Park on Sunday',
    "Hubby is at Twickenham today with his brother, I've got the remote",
    'Warning for parents: scam texts about school meals in Kirklees',
    'Pantomime at the Grand in Wolverhampton from the 8th, tickets selling fast',
    'Blood donors needed in Hull this week, sessions at the Guildhall',
    'Leeds v Hull at 3 on Sky, get the kettle on',
    'The kids are at their dad\'s in Chesterfield till Sunday, the house is so quiet',
    "Our deputy is at Lord's on Thursday for the Test, lucky man",
    'Good luck to my niece running the London Marathon tomorrow!',
    'Half term activities at Cannon Hill Park all week, free for under 5s',
  ],
});

// Session 9 round 2 probes (where8), third group, written before the change: habits and sayings about a
// place ("Nothing beats a walk on Ilkley Moor"), a shop told by what it sells ("Lidl in Morley has those
// paddling pools"), an event or a club moved to a place ("Sports day moved to the Leisure Centre"), with a
// household's move as the neighbour. 4 of these 12 clean drafts were flagged before.
ruleTester('location', {
  invalid: [
    "We've just moved to the Old Rectory on Church Lane",
    'Finally moved into our new house on Elm Road',
    'Walking on Ilkley Moor right now, blowing a gale',
  ],
  valid: [
    'Nothing beats a walk on Ilkley Moor',
    'Sports day moved to the Leisure Centre on Friday because of the field',
    'My book club has moved to the Crown',
    'Lidl in Morley has those paddling pools again, just saying',
    'The 7.15 to Leeds is always packed, why do I even try',
    'Back to work in Leeds tomorrow after two weeks off, send help',
    'Five stars for the Black Swan in Helmsley, best Sunday lunch in Yorkshire',
    'Big thank you to everyone at the Co-op in Ripon for the donation to our school',
    'Reminder: swimming at Kirkstall Leisure Centre every Tuesday for Year 4',
    'How long does it take to drive from Leeds to Whitby?',
    'Heads up, the Aldi in Armley has the ski gear in on Thursday',
    "There's a lovely little bookshop in Hebden Bridge, go if you get the chance",
  ],
});

// Session 9 round 2 probes (where8), fourth group, written before the change: the same kinds in Welsh
// (the weather, a distance, someone close there, a road closed, a match on the telly) and others there
// ("jealous of everyone at Glastonbury", "thoughts with everyone stuck on the M1"), a retweeted report.
// 7 of these 13 clean drafts were flagged before; the invalid cases are the poster there.
ruleTester('location', {
  invalid: [
    'Bwrw glaw yn Aberystwyth a dw i ar y prom heb got',
    'Dw i yn y Llew Coch rŵan, dewch draw',
    "All my colleagues are in Tenerife this week and I'm in Pontefract with a cold",
  ],
  valid: [
    'Bwrw glaw yn Aberystwyth eto, syndod mawr',
    "Mae hi'n bwrw eira yn Llanberis, medden nhw",
    'Rydyn ni ddeg munud o Gaerfyrddin, felly dim yn bell',
    "Mae Dad yn Abertawe heddiw efo'r clwb golff",
    "Mae'r gŵr yng Nghaerdydd am y gêm fory",
    'Newyddion: ffordd yr A470 ar gau ger Llanidloes heno',
    "Gwylio Cymru v Lloegr yng Nghaerdydd ar y teledu heno, dewch draw i'r tŷ",
    'RT @LeedsNews: Flooding on Kirkstall Road this morning, avoid if you can',
    'Jealous of everyone at Glastonbury right now',
    'Thoughts with everyone stuck on the M1 tonight after that crash',
    'Noson gwis yn y Llew Coch nos Wener am 8, croeso i bawb, £2 y person',
    'My friend posted from the top of Snowdon and now I feel lazy',
    'Love seeing everyone\'s photos from Whitby on my feed',
  ],
});

// Session 9 round 2 probes (where8), fifth group, written before the change: a profile line whose pin
// follows the town, with the next field after it ("Sheffield 📍 dog lover"). Both clean drafts were flagged at the
// session's start (the second was cleared by the first group's change); a pin on a spot stays flagged.
ruleTester('location', {
  invalid: [
    '📍 Roath Park | teacher | views my own',
    'Brunch 📍 the Potted Pig, Cardiff',
  ],
  valid: [
    'Primary teacher 🍎 Sheffield 📍 dog lover',
    'Maths teacher | mum of 3 | Sheffield 📍',
  ],
});

// Session 9 round 2 probes (where8), sixth group, written before the change: food or goods sent from a
// place ("lunch delivered from the Greggs in Otley"), someone else's move told through "who", being
// there wished for ("imagine being in Bali right now"), and where one is not ("not sat in the Crown").
// 6 of these 10 clean drafts were flagged before; the invalid cases are the poster there.
ruleTester('location', {
  invalid: [
    'Sat in the Crown right now, come join',
    'In Costa in Leeds right now if anyone fancies a coffee',
    'Picking up the takeaway from the Golden Dragon in Otley right now',
  ],
  valid: [
    'Lunch delivered from the Greggs in Otley, the staffroom went wild',
    'Just had a lovely email from a parent who moved to Harrogate last year',
    'Ordered the Sunday dinner from the Fox and Hounds, delivered to ours at 1',
    "I'd give anything to be in Whitby right now instead of in this meeting",
    'Imagine being in Bali right now',
    'Wish I was in Tenerife right now',
    'Marking mocks on a Saturday, not sat in the Crown like a normal person',
    'We had a visitor from the Leeds Museum in today and the kids loved the Egyptian artefacts',
    'Takeaway from the Golden Dragon tonight, it\'s Friday',
    'Someone in the Otley mums group is giving away a cot',
  ],
});
