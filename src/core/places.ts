// Small gazetteers written from general knowledge (issue 12): where people from Wales and England go
// on holiday, so "Lanzarote tomorrow!!" reads as an empty home while "Tesco tomorrow" does not. Folded
// (lower case, no accents), as the pattern tables read the draft. Words that are also everyday English
// or UK things ("Nice", "Split", "Turkey" the dinner, "Jersey" the top) are left out or need a cue.

/** Holiday places abroad, and UK ones people stay away in for days (not towns one drives to for the day). */
const ABROAD =
  // Countries and regions.
  'spain portugal france italy greece cyprus malta gozo croatia slovenia montenegro albania bulgaria turkey egypt morocco tunisia ' +
  'tenerife lanzarote fuerteventura gran-canaria canaries canary-islands la-palma la-gomera majorca mallorca menorca minorca ibiza formentera ' +
  'crete corfu rhodes kos zante zakynthos santorini mykonos kefalonia skiathos halkidiki paphos larnaca ayia-napa protaras limassol ' +
  'madeira azores algarve albufeira faro vilamoura lagos portimao lisbon porto ' +
  'benidorm alicante malaga marbella torremolinos fuengirola costa-del-sol costa-blanca costa-brava costa-dorada salou barcelona madrid seville valencia ' +
  'paris provence dordogne brittany normandy bordeaux lyon disneyland disneyland-paris euro-disney disney disney-world disneyworld ' +
  'rome florence venice milan naples sorrento amalfi amalfi-coast lake-garda lake-como tuscany sicily sardinia puglia ' +
  'dubrovnik hvar istria kotor amsterdam rotterdam bruges brussels belgium holland netherlands germany berlin munich cologne ' +
  'austria vienna salzburg switzerland zurich geneva prague budapest krakow poland hungary czechia slovakia ' +
  'denmark copenhagen sweden stockholm norway oslo bergen finland helsinki lapland iceland reykjavik tromso ' +
  'ireland dublin galway killarney ' +
  'america usa the-states new-york nyc florida orlando miami las-vegas vegas california los-angeles san-francisco boston chicago ' +
  'hawaii texas canada toronto vancouver montreal mexico cancun jamaica barbados antigua st-lucia saint-lucia caribbean bahamas cuba ' +
  'dominican-republic punta-cana dubai abu-dhabi qatar oman sharm sharm-el-sheikh hurghada dalaman bodrum antalya marmaris ' +
  'kusadasi fethiye icmeler thailand bangkok phuket koh-samui bali indonesia vietnam cambodia singapore malaysia maldives mauritius ' +
  'seychelles sri-lanka goa kerala japan tokyo kyoto china hong-kong south-korea seoul australia sydney melbourne perth new-zealand ' +
  'south-africa cape-town kenya tanzania zanzibar marrakech marrakesh the-alps alps dolomites pyrenees the-med mediterranean ' +
  'cornwall devon the-lakes lake-district highlands scottish-highlands isle-of-skye isle-of-wight isle-of-man isles-of-scilly scilly ' +
  'guernsey anglesey pembrokeshire northumberland norfolk-broads yorkshire-dales peak-district cotswolds snowdonia eryri scotland ' +
  'centre-parcs center-parcs butlins glastonbury pwllheli ' +
  // Session 4, from general knowledge: UK and Irish places people stay away in, resorts and parks.
  'edinburgh newquay st-ives padstow falmouth bude torquay weymouth whitby scarborough skegness windermere keswick ambleside ' +
  'isle-of-arran arran isle-of-mull orkney shetland cairngorms aviemore loch-lomond loch-ness belfast giants-causeway ' +
  'ring-of-kerry bluestone pontins parkdean haggerston eurocamp ' +
  // Abroad: islands, resorts, ski resorts and cities.
  'corsica cannes st-tropez monaco biarritz annecy chamonix val-thorens les-arcs meribel courchevel tignes andorra verbier zermatt ' +
  'st-anton kitzbuhel innsbruck lake-bled ljubljana zadar pula sarande athens naxos paros lefkada lefkas parga sivota kalkan belek alanya ' +
  'maspalomas playa-del-ingles puerto-del-carmen playa-blanca costa-adeje los-cristianos magaluf palma alcudia puerto-pollensa ' +
  'lloret-de-mar sitges cambrils la-manga nerja estepona tavira carvoeiro funchal granada bilbao san-sebastian gibraltar ' +
  'tallinn riga vilnius gdansk capri positano verona pisa lake-maggiore cinque-terre cape-verde the-gambia gambia agadir ' +
  'tobago barbados grenada bermuda aruba costa-rica peru brazil argentina new-orleans nashville yosemite grand-canyon kissimmee ' +
  'banff alaska fiji krabi chiang-mai hanoi kuala-lumpur langkawi penang delhi rajasthan nepal kathmandu doha muscat tel-aviv ' +
  'rovaniemi lofoten faroe-islands norwegian-fjords fjords sunny-beach golden-sands budva heraklion chania hersonissos malia ' +
  'rethymno lindos faliraki kassiopi kardamena laganas tsilivi skopelos thassos sithonia kassandra kyrenia sliema valletta ' +
  'caeredin ' +
  // More cities, regions and islands people fly to, from general knowledge.
  'palermo catania bari genoa turin marseille montpellier avignon toulouse strasbourg lille nantes la-rochelle cadiz ronda almeria murcia ' +
  'tangier casablanca essaouira nairobi mombasa accra johannesburg durban cairo luxor istanbul izmir tbilisi baku yerevan mumbai ' +
  'colombo kandy manila cebu lombok osaka beijing shanghai havana tulum playa-del-carmen cusco rio-de-janeiro buenos-aires quito galapagos ' +
  'stavanger gothenburg malmo aarhus hamburg frankfurt dusseldorf heidelberg dresden leipzig nuremberg antwerp ghent luxembourg lucerne ' +
  'interlaken lausanne basel bratislava coimbra sintra cascais bologna trieste bergamo lucca perugia lecce matera cagliari olbia ajaccio ' +
  'dorset suffolk cumbria inverness fort-william oban isle-of-skye skye st-andrews donegal dingle connemara thessaloniki zagreb sarajevo ' +
  'bruges split-croatia sorrento';

/**
 * Welsh names of countries and places, in their plain form; the soft mutation after "i" (to) and
 * "o" (from) is added below, so "i Bortiwgal", "i Greta", "i Lydaw" are found as "Portiwgal".
 */
const WELSH =
  'sbaen ffrainc portiwgal yr-eidal eidal yr-almaen almaen groeg gwlad-groeg creta twrci llydaw iwerddon yr-alban alban cernyw ' +
  'gwlad-yr-ia gwlad-belg yr-iseldiroedd efrog-newydd awstralia seland-newydd denmarc norwy y-swistir swistir awstria rhufain ' +
  'majorca tenerife lanzarote paris barcelona';

/** Soft mutation of a Welsh word's first letters (p→b, t→d, c→g, b→f, d→dd, g→–, m→f, ll→l, rh→r). */
function soft(w: string): string | undefined {
  if (w.startsWith('ll')) return w.slice(1);
  if (w.startsWith('rh')) return 'r' + w.slice(2);
  const map: Record<string, string> = { p: 'b', t: 'd', c: 'g', b: 'f', d: 'dd', m: 'f' };
  if (w[0] === 'g') return w.slice(1);
  const m = map[w[0]!];
  return m ? m + w.slice(1) : undefined;
}

const list = (s: string) => s.split(/\s+/).filter(Boolean).map((p) => p.replace(/-/g, ' '));

function destinations(): string[] {
  const out = new Set(list(ABROAD));
  for (const p of list(WELSH)) {
    out.add(p);
    if (p.startsWith('y ') || p.startsWith('yr ')) continue;
    const s = soft(p);
    if (s) out.add(s);
  }
  // Leading "the" is matched by the patterns' own context, not as part of the name.
  return [...out].map((p) => p.replace(/^the /, ''));
}

/** Every destination, folded, words separated by one space. */
const DESTINATIONS: readonly string[] = destinations();

/** First words of the destinations that are common words on their own ("new", "lake", "south"). */
const COMMON_FIRST = new Set('new lake south north san los las st saint isle isles costa cape hong abu sri punta gwlad efrog seland yr y la euro koh center centre canary norfolk yorkshire peak scottish amalfi dominican sharm ring giants val les playa puerto lloret grand golden sunny faroe norwegian chiang kuala tel loch'.split(' '));

/** Destinations of one word, by that word. */
export const ONE_WORD = new Set(DESTINATIONS.filter((p) => !p.includes(' ')));
/** Destinations of several words: their first words (weak trigger words) and their other words (anchors). */
const MULTI = DESTINATIONS.filter((p) => p.includes(' '));
export const MULTI_FIRST = new Set(MULTI.map((p) => p.split(' ')[0]!));
/** Little words every draft has: an anchor that common would wake the pattern at nearly every first word. */
const LITTLE = new Set(['of', 'the', 'la', 'el', 'del', 'de', 'y', 'yr']);
// Every multi-word destination still holds a later word that is not little ("isle of wight": "wight").
export const MULTI_REST = new Set(MULTI.flatMap((p) => p.split(' ').slice(1)).filter((w) => !LITTLE.has(w)));
/** True when the first word of a multi-word destination is too common to try the pattern at alone. */
export const commonFirst = (w: string): boolean => COMMON_FIRST.has(w);

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A sticky pattern for any destination, longest first, whole words only. */
export const DESTINATION_RE = new RegExp(`\\b(?:${[...DESTINATIONS].sort((a, b) => b.length - a.length).map(esc).join('|')})\\b`, 'y');
/** The same, anywhere in a sentence. */
export const DESTINATION_ANY = new RegExp(DESTINATION_RE.source);

/*
 * Towns and cities of Wales and England, from general knowledge (session 6): a town or city alone as
 * a home ("I live in Sheffield", "Bradford lass", "dw i'n byw yng Nghaerffili") tells a stranger no
 * more than a county does, so the location rule does not read one as a home (docs/labelling.md).
 * Districts, villages and estates are not here: "we've just moved to Chorlton" is still a home.
 * Only read once a capitalised name has been found, so "Bath" and "Reading" can be here.
 */
const TOWN_LIST =
  // Wales, in English and in Welsh.
  'cardiff|caerdydd|swansea|abertawe|newport|casnewydd|wrexham|wrecsam|bangor|aberystwyth|carmarthen|caerfyrddin|llanelli|bridgend|pen-y-bont|' +
  'pontypridd|caerphilly|caerffili|merthyr|merthyr tydfil|barry|y barri|penarth|porthcawl|tenby|dinbych-y-pysgod|pembroke|penfro|haverfordwest|hwlffordd|' +
  'fishguard|abergwaun|cardigan|aberteifi|llandudno|conwy|rhyl|y rhyl|prestatyn|colwyn bay|bae colwyn|abergele|caernarfon|porthmadog|pwllheli|' +
  'dolgellau|bala|y bala|llangollen|ruthin|rhuthun|denbigh|dinbych|mold|yr wyddgrug|flint|y fflint|holywell|treffynnon|brecon|aberhonddu|' +
  'abergavenny|y fenni|monmouth|trefynwy|chepstow|cas-gwent|cowbridge|y bont-faen|neath|castell-nedd|port talbot|aberdare|aberdar|' +
  'ebbw vale|glynebwy|tredegar|abertillery|abertyleri|pontypool|pont-y-pwl|cwmbran|cwmbrân|blackwood|caerleon|caerllion|newtown|y drenewydd|' +
  'welshpool|y trallwng|llandrindod|llandrindod wells|builth wells|llanidloes|machynlleth|tywyn|llangefni|holyhead|caergybi|beaumaris|biwmares|' +
  'menai bridge|porthaethwy|blaenau ffestiniog|llanrwst|treorchy|treorci|tonypandy|maesteg|ammanford|rhydaman|llandeilo|llandovery|llanymddyfri|' +
  'lampeter|llanbedr pont steffan|aberaeron|new quay|ceinewydd|st davids|tyddewi|milford haven|aberdaugleddau|narberth|arberth|pembroke dock|' +
  'bargoed|ystrad mynach|risca|ferndale|mountain ash|aberpennar|hirwaun|treharris|tonyrefail|llantrisant|pontyclun|' +
  "buckley|shotton|queensferry|connah's quay|deeside|saltney|criccieth|cricieth|harlech|barmouth|abermaw|bethesda|llanberis|" +
  // England: cities, then towns roughly north to south.
  'london|manchester|birmingham|liverpool|leeds|sheffield|bristol|newcastle|sunderland|york|bradford|hull|nottingham|leicester|coventry|' +
  'derby|stoke|wolverhampton|plymouth|exeter|southampton|portsmouth|brighton|oxford|cambridge|norwich|ipswich|peterborough|lincoln|gloucester|' +
  'worcester|hereford|chester|lancaster|preston|carlisle|durham|salford|wakefield|ripon|bath|wells|truro|salisbury|winchester|canterbury|' +
  'chichester|st albans|ely|lichfield|milton keynes|northampton|reading|swindon|luton|bedford|chelmsford|colchester|southend|' +
  'blackpool|blackburn|burnley|bolton|bury|wigan|warrington|stockport|oldham|rochdale|huddersfield|halifax|barnsley|doncaster|rotherham|' +
  'scunthorpe|grimsby|harrogate|scarborough|whitby|skipton|ilkley|keighley|otley|settle|kendal|keswick|penrith|barrow|whitehaven|workington|' +
  'hexham|morpeth|alnwick|berwick|gateshead|south shields|tynemouth|whitley bay|middlesbrough|stockton|hartlepool|darlington|redcar|' +
  'northallerton|thirsk|malton|pickering|beverley|bridlington|selby|pontefract|castleford|dewsbury|batley|brighouse|hebden bridge|todmorden|' +
  'macclesfield|crewe|nantwich|northwich|chesterfield|buxton|matlock|bakewell|mansfield|worksop|newark|grantham|stamford|boston|skegness|' +
  'louth|shrewsbury|telford|oswestry|ludlow|stafford|stoke-on-trent|burton|tamworth|nuneaton|rugby|leamington|warwick|stratford|' +
  'stratford-upon-avon|kidderminster|redditch|bromsgrove|evesham|malvern|cheltenham|tewkesbury|stroud|cirencester|winchcombe|banbury|bicester|' +
  'witney|abingdon|didcot|newbury|basingstoke|guildford|woking|aldershot|farnham|crawley|horsham|worthing|eastbourne|hastings|maidstone|' +
  'tunbridge wells|sevenoaks|ashford|dover|folkestone|margate|ramsgate|whitstable|faversham|rochester|chatham|gravesend|dartford|' +
  "watford|hemel hempstead|stevenage|hitchin|harlow|bishop's stortford|huntingdon|kings lynn|king's lynn|cromer|great yarmouth|" +
  'lowestoft|bury st edmunds|sudbury|felixstowe|southwold|aldeburgh|taunton|yeovil|bridgwater|weston-super-mare|frome|glastonbury|' +
  'poole|bournemouth|weymouth|dorchester|bridport|torquay|paignton|exmouth|barnstaple|bideford|newquay|falmouth|penzance|st ives|bodmin|' +
  'launceston|tavistock|totnes|kingsbridge|dartmouth|chippenham|trowbridge|devizes|marlborough|andover|romsey|lymington|' +
  'edinburgh|glasgow|aberdeen|dundee|inverness|belfast|dublin';

/** Welsh nasal mutation after "yng"/"ym" ("yng Nghaerdydd", "ym Mhontypridd", "ym Mangor"). */
function nasal(w: string): string | undefined {
  const map: Record<string, string> = { c: 'ngh', p: 'mh', t: 'nh', g: 'ng', b: 'm', d: 'n' };
  const m = map[w[0]!];
  return m ? m + w.slice(1) : undefined;
}
function towns(): Set<string> {
  const out = new Set<string>();
  for (const t of TOWN_LIST.split('|')) {
    out.add(t);
    if (t.startsWith('y ') || t.startsWith('yr ')) continue;
    // "i Gaerdydd", "yng Nghaerdydd": a Welsh sentence names a town mutated.
    for (const m of [soft(t), nasal(t)]) if (m) out.add(m);
  }
  return out;
}
const TOWNS = towns();
/** True when a place's name (folded, apostrophes straight) is a town or city, not a district, street or village in one. */
export const isTown = (name: string): boolean => TOWNS.has(name.toLowerCase().replace(/\u2019/g, "'").replace(/\s+/g, ' ').trim());

/*
 * Holiday places in the destination list that are in the UK (session 7): going there at a stated time
 * is also where the poster will be (docs/labelling.md), while a destination abroad is the absence
 * rule's alone. Folded, as isTown reads a name.
 */
const UK_STAY = new Set(
  ('cornwall|devon|lakes|lake district|highlands|scottish highlands|isle of skye|skye|isle of wight|isle of man|isles of scilly|scilly|anglesey|' +
    'pembrokeshire|northumberland|norfolk broads|yorkshire dales|peak district|cotswolds|snowdonia|eryri|scotland|centre parcs|center parcs|butlins|' +
    'pwllheli|edinburgh|caeredin|newquay|st ives|padstow|falmouth|bude|torquay|weymouth|whitby|scarborough|skegness|windermere|keswick|ambleside|' +
    'isle of arran|arran|isle of mull|orkney|shetland|cairngorms|aviemore|loch lomond|loch ness|bluestone|pontins|parkdean|haggerston|dorset|suffolk|' +
    'cumbria|inverness|fort william|oban|st andrews|glastonbury').split('|'),
);
/** True when a holiday place (folded) is in the UK: "Cornwall", "the Lake District", "Skegness". */
export const isUkStay = (name: string): boolean => {
  const n = name.toLowerCase().replace(/\u2019/g, "'").replace(/\s+/g, ' ').trim().replace(/^the /, '');
  for (const p of UK_STAY) if (n === p || n.startsWith(p + ' ')) return true;
  return false;
};
