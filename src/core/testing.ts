// Helpers for the rule tests beside each rule (ESLint RuleTester style: cases that must and must not match).
import { describe, expect, it } from 'vitest';
import { createScanner } from './index';
import type { RuleId, ScannerConfig } from './types';

export const SCHOOL_CONFIG: ScannerConfig = {
  schoolNames: ['Green Lane Community School', "St Mary's C of E Primary"],
  pupilNames: ['Ellie Smith', 'William Turner', 'Rose Khan', 'Grace Okafor', 'Thomas Wright', 'Zoë Adams', 'Max Patel', 'Eve Parker', 'May Lin', 'Alfie Cooper', 'Sienna O\'Brien', 'Harry Green', 'Ellie-Mae Jones-Baker'],
  schoolDomain: 'greenlane.sch.uk',
  schoolHandles: ['@GreenLaneCS'],
  staffNames: ['Mrs Sarah Jones', 'David Hall'],
};

/** The text each finding of `rule` covers, in order. */
export function matches(rule: RuleId, text: string, config: ScannerConfig = SCHOOL_CONFIG): string[] {
  return createScanner(config)
    .scan(text)
    .filter((f) => f.rule === rule)
    .map((f) => text.slice(f.start, f.end));
}

/**
 * A case that must be flagged: the draft and the text the rule must highlight. One string: that
 * stretch must be among the rule's findings; an array: the findings, exactly and in order. A bare
 * draft: the rule must flag it somewhere (probes written before the rule was tuned to them).
 */
export type Invalid = string | [text: string, found: string | string[]] | { text: string; found: string | string[]; config?: ScannerConfig };
/** A case that must not be flagged by this rule. */
export type Valid = string | { text: string; config?: ScannerConfig };

/**
 * Every ruleTester call's cases, in call order. scripts/train-model.mjs reads each rule's `valid` cases
 * here as the learnt model's hard negatives (it loads the test files with vitest stubbed out), so what
 * the model learns is what the tests assert, wherever a case or a config sits in the files.
 * @public
 */
export const ruleCases: { rule: RuleId; valid: Valid[]; invalid: Invalid[]; config: ScannerConfig }[] = [];

/**
 * ESLint's RuleTester for our rules: the rule's invalid and valid cases side by side, one test
 * each, named after the draft, against SCHOOL_CONFIG unless the case or the call gives a config.
 */
export function ruleTester(rule: RuleId, cases: { valid: Valid[]; invalid: Invalid[] }, config: ScannerConfig = SCHOOL_CONFIG): void {
  ruleCases.push({ rule, valid: cases.valid, invalid: cases.invalid, config });
  const scanners = new Map<ScannerConfig, ReturnType<typeof createScanner>>();
  const found = (text: string, cfg: ScannerConfig) => {
    let s = scanners.get(cfg);
    if (!s) scanners.set(cfg, (s = createScanner(cfg)));
    return s.scan(text).filter((f) => f.rule === rule).map((f) => text.slice(f.start, f.end));
  };
  describe(`${rule} rule`, () => {
    for (const c of cases.invalid) {
      const { text, found: want, config: cfg } = typeof c === 'string' ? { text: c, found: undefined, config: undefined } : Array.isArray(c) ? { text: c[0], found: c[1], config: undefined } : c;
      it(`flags ${JSON.stringify(text)}`, () => {
        const got = found(text, cfg ?? config);
        if (want === undefined) expect(got).not.toEqual([]);
        else if (Array.isArray(want)) expect(got).toEqual(want);
        else expect(got).toContain(want);
      });
    }
    for (const c of cases.valid) {
      const { text, config: cfg } = typeof c === 'string' ? { text: c, config: undefined } : c;
      it(`leaves ${JSON.stringify(text)} alone`, () => expect(found(text, cfg ?? config)).toEqual([]));
    }
  });
}

/*
 * Session 7 probes (issue 12): two schools of our own, in no corpus, for the pupil, school and
 * colleague rules' probes: a Welsh-medium primary whose register is full of names that are
 * everyday Welsh words, and a London primary (with its trust) whose register holds virtue and word
 * names from other communities.
 */
export const WELSH_PROBE_SCHOOL: ScannerConfig = {
  schoolNames: ['Ysgol Gymraeg Cwm Derw', 'Cwm Derw Welsh School'],
  schoolDomain: 'ygcwmderw.cymru',
  schoolHandles: ['@YGCwmDerw'],
  staffNames: ['Mrs Nia Pugh', 'Mr Gareth Huws', 'Miss Ffion Llewelyn', 'Mrs Delyth Morgan'],
  pupilNames: [
    'Haf Pritchard', 'Eira Huws', 'Seren Owen', 'Grug Parri', 'Nest Jenkins', 'Math Puw', 'Alaw Roberts', 'Awen Ellis',
    'Gwawr Hughes', 'Celyn Bowen', 'Derwen Rowlands', 'Heulwen Price', 'Llinos Jones', 'Enfys Rees', 'Glain Morris',
    'Hedd Lewis', 'Tirion Edwards', 'Eos Davies', 'Medi Griffiths', 'Awel Thomas', 'Ffion Vaughan', 'Bryn Lloyd',
    'Elin Pugh', 'Mabon Jones', 'Deio Rhys', 'Twm Hughes', 'Osian Parri', 'Cadi Rowlands',
  ],
};
export const LONDON_PROBE_SCHOOL: ScannerConfig = {
  schoolNames: ['Cranbrook Park Primary School', 'Riverside Schools Partnership'],
  schoolDomain: 'cranbrookpark.newham.sch.uk',
  schoolHandles: ['@CranbrookParkPS'],
  staffNames: ['Ms Adaeze Okonkwo', 'Mr Tariq Mahmood', 'Miss Chloe Fenwick', 'Mr Kwame Asante'],
  pupilNames: [
    'Blessing Adeyemi', 'Precious Mensah', 'Favour Okafor', 'Miracle Owusu', 'Destiny Campbell', 'Gift Banda',
    'Justice Boateng', 'King Oduya', 'Prince Appiah', 'Zainab Hussain', 'Ayaan Patel', 'Amara Nwosu', 'Ruby Chen',
    'Hope Williams', 'Joy Adebayo', 'Marvellous Ojo', 'Treasure Eze', 'Peace Okoro', 'Nevaeh Brown', 'Jayden Clarke',
    'Deniz Yilmaz', 'Mateo Silva', 'Aleksandra Nowak', 'Chidi Obi', 'Kofi Mensah', 'Sky Thompson',
  ],
};

/*
 * Session 8 probes (issue 12): schools whose names are several words that are also people, places or
 * everyday words: a Catholic high school named after a two-word martyr, a Marian primary, and a
 * Welsh-medium 11-18 school named after its valley.
 */
export const MARTYR_PROBE_SCHOOL: ScannerConfig = {
  schoolNames: ['St John Fisher Catholic High School'],
  schoolDomain: 'sjf.lancs.sch.uk',
  schoolHandles: ['@SJFHighSchool'],
  staffNames: ['Mrs Bernadette Quinn', 'Mr Declan Murphy'],
  pupilNames: ['Ellie Smith', 'Jack Byrne', 'Sophia Nowak', 'Maria Santos'],
};
export const MARIAN_PROBE_SCHOOL: ScannerConfig = {
  schoolNames: ['Our Lady of Lourdes RC Primary School', 'Holy Trinity Catholic Federation'],
  schoolHandles: ['@OLOLPrimary'],
  staffNames: ['Mrs Siobhan Kelly'],
  pupilNames: ['Ellie Smith', 'Jack Byrne'],
};
export const GYFUN_PROBE_SCHOOL: ScannerConfig = {
  schoolNames: ['Ysgol Gyfun Cwm Rhondda'],
  schoolHandles: ['@YGCwmRhondda'],
  staffNames: ['Mr Rhodri Bevan'],
  pupilNames: ['Ellie Smith', 'Cai Jones'],
};

/** A London primary of its own for the conduct and confidential probes (session 7). */
export const BRAMPTON_PROBE_SCHOOL: ScannerConfig = {
  schoolNames: ['Brampton Park Primary School'],
  pupilNames: ['Amara Osei', 'Yusuf Ahmed', 'Lily-Rose Walsh', 'Kacper Nowak', 'Zainab Hussain', 'Tyrell Campbell', 'Freya Doyle', 'Mustafa Ali', 'Ruby Chen', 'Deniz Yilmaz'],
  schoolDomain: 'bramptonpark.sch.uk',
  schoolHandles: ['@BramptonParkPS'],
  staffNames: ['Mr Femi Adeyemi', 'Ms Claire Dunne'],
};

/*
 * Session 9 probes (issue 12): a Catholic primary named after two saints joined by "and", which
 * people shorten every way ("Peter n Pauls", "SPSP", "St Paul's"), and a federation of two
 * schools named after their places.
 */
export const TWO_SAINT_PROBE_SCHOOL: ScannerConfig = {
  schoolNames: ["St Peter and St Paul's Catholic Primary School", 'Ashby and Hilltop Federation'],
  schoolDomain: 'stpeterandstpauls.dioceseofbrenton.org.uk',
  schoolHandles: ['@SPSP_Primary'],
  staffNames: ['Mrs Theresa Okafor', 'Mr Liam Donnelly', 'Miss Gemma Rourke', 'Mr Pawel Nowak', 'Mrs Rosario De Souza', 'Mr Grzegorz Wisniewski'],
  pupilNames: ['Ellie Smith', 'Jack Byrne', 'Sophia Nowak', 'Maria Santos'],
};

/*
 * Session 9 round 2 probes (issue 12): a Welsh-medium 11-18 named after its town, an inner-city primary
 * academy with its trust, and an English-medium high school whose name is everyday words, with a federation.
 */
export const GYFUN_TOWN_PROBE_SCHOOL: ScannerConfig = {
  schoolNames: ['Ysgol Gyfun Tregwyn'],
  schoolHandles: ['@YGTregwyn'],
  staffNames: ['Mrs Nia Pritchard'],
  pupilNames: ['Ellie Smith', 'Cai Jones'],
};
export const CITY_ACADEMY_PROBE_SCHOOL: ScannerConfig = {
  schoolNames: ['Larkwood Primary Academy', 'Beacon Learning Trust'],
  schoolDomain: 'larkwood.beacontrust.org.uk',
  staffNames: ['Ms Funmi Adebayo'],
  pupilNames: ['Ellie Smith', 'Ayaan Patel'],
};
export const EVERYDAY_PROBE_SCHOOL: ScannerConfig = {
  schoolNames: ['Castle Park High School', 'Vale Federation'],
  staffNames: ['Mr Gareth Hughes'],
  pupilNames: ['Ellie Smith', 'Jack Byrne'],
};
