import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createScanner } from './index';
import { makeDoc } from './doc';
import { MODEL_RULES, modelFindings, modelScores, modelSwitch, modelUnits, scoreUnit } from './model';
import { CONDUCT } from './model/conduct';
import { CONFIDENTIAL } from './model/confidential';
import { TRIP } from './model/trip';
import { loadSplit } from '../../test/corpus/evaluate';
import { SCHOOL_CONFIG } from './testing';
import type { RuleId } from './types';

// Probes written for the model's tests, in phrasings not taken from the corpus: what staff might
// post that criticises people at school, tells what they know through work, or says where pupils will be.
const PROBES: Record<'conduct' | 'confidential' | 'trip', { yes: string[]; no: string[] }> = {
  conduct: {
    yes: [
      "honestly the new deputy head couldn't organise a piss up in a brewery",
      'some of the parents at pickup today need to take a long hard look at themselves',
      "year 9 were absolute animals this afternoon, can't stand that group",
      'SLT have decided we need another pointless data drop. genius.',
      'our head of department takes credit for everything the rest of us do',
      "the governors haven't a clue what goes on in classrooms",
      'that one mum who emails me every single night about homework... get a life',
      'my TA spent the whole lesson on her phone again. useless.',
      'these kids are feral and the management does nothing about it',
      "the head's latest brilliant idea: staff meeting till 6 on a Friday. thanks for nothing",
      'some of my year 11s are genuinely the laziest humans alive',
      "worst school I've ever worked in, leadership are a joke",
      'parents who let their kids come in with no PE kit every week, sort yourselves out',
      'a colleague just threw me under the bus in the meeting in front of everyone. snake.',
      "can't believe the head sided with the parent again, no backbone whatsoever",
    ],
    no: [
      'exhausted after a long week but the kids made me laugh today',
      'the new cafe on the high street is a joke, waited 40 minutes for a latte',
      'so proud of my class, they smashed their assembly',
      "my neighbour's dog has been barking since 5am, I'm going to lose it",
      'love working with such a supportive team',
      'traffic on the M4 is an absolute joke this morning',
      "our plumber is useless, third visit and the boiler's still broken",
      'the referee was a joke tonight, robbed in the last minute',
      'customer service at my bank is the worst, on hold for an hour',
      'my brother is the laziest man alive, still in bed at noon',
    ],
  },
  confidential: {
    yes: [
      'poor lad in my form has just been put on a child protection plan, heartbreaking',
      'one of my year 8s got excluded for a week after the fight at lunch',
      'social services were in again today for one of our families',
      'just found out a girl in my class has been diagnosed with leukaemia. devastated',
      'my colleague is off with stress again, third time this year',
      'had to make a safeguarding referral this afternoon, horrible day',
      'one of our year 5s has ADHD and the parents refuse to accept it',
      'a dad turned up drunk at pick up and we had to call the police',
      'kid in my class lives in a hostel with his mum and three siblings',
      'our deputy is on a disciplinary for what he said in the staff room',
      'one of our boys is being assessed for autism, EHCP meeting tomorrow',
      'teacher in our department got a formal capability warning today',
      'little girl in reception came in with bruises again, reported it',
      'a year 10 disclosed self-harm to me today',
      'our NQT failed her observation and is on a support plan',
    ],
    no: [
      'first aid course today, learned how to do CPR on a dummy',
      'my son has been diagnosed with a lactose intolerance, no more ice cream',
      'world mental health day, be kind to each other',
      'reading about autism awareness week, so much to learn',
      'police helicopter over our street all night, anyone know what happened?',
      "I've been off with flu all week, finally feeling human",
      'the summer fair raised 900 pounds for the new library!',
      "neighbour's kids fighting in the garden again",
      'my nan is in hospital with a broken hip, visiting tonight',
      'great documentary about foster care on BBC last night',
    ],
  },
  trip: {
    yes: [
      'year 4 off to the Natural History Museum on Thursday, coach leaves at 8.45',
      'taking 30 Year 7s to Alton Towers tomorrow, pray for me',
      'Our under 11s netball squad play at Cardiff Met on Saturday morning',
      'forest school in the woods behind the church every Tuesday afternoon with class 2',
      'residential to Kingswood next week with 45 year 6s',
      'the choir are singing at the cathedral at 2pm on Friday, come along',
      'GCSE geography field trip to Porthcawl beach on Monday',
      'reception are visiting the farm tomorrow morning',
    ],
    no: [
      'took my own kids to the zoo today, penguins were the highlight',
      'school trip memories: I threw up on the coach in 1994',
      'booked a family day out at the aquarium',
      'our year 6s were brilliant in their assembly this morning',
      'field trip? more like a field slip, I fell in the mud on my walk',
      'the museum has a new dinosaur exhibit, anyone been?',
    ],
  },
};

// Everyday drafts with nothing about school, written for this test (some complain, some name places
// or health): the model's own false alarms on them, held at what was measured (trip took 'Booked
// tickets for the panto' for pupils' whereabouts).
const EVERYDAY = [
  'Going for a run before work, then a test drive of the new car',
  'New parking policy at the gym is ridiculous, permits for everything now',
  'Our council has no idea how to fix potholes, the road is a joke',
  'My driving test is on Tuesday, nervous wreck',
  'The kids\' football coach was brilliant today, so patient with them',
  'Netflix has cancelled my favourite show again, who makes these decisions',
  'Waited two hours at A&E with my dad last night, staff were run off their feet',
  'Anyone recommend a decent mechanic in town? Last one was useless',
  'Book club tonight, nobody has finished the book as usual',
  'Train cancelled again, Northern Rail you are a disgrace',
  'The new manager at Tesco has changed all the aisles round, I can\'t find anything',
  'Loving the sunshine, BBQ at ours later',
  'My sister\'s wedding plans are driving the whole family mad',
  'Finally finished the kitchen, only took three years',
  'Parents coming over for Sunday lunch, house is a tip',
  'Tried a new recipe tonight and the kids refused to eat it',
  'The referee needs his eyes testing, shocking decisions all game',
  'Does anyone else find self-checkouts more stress than they\'re worth',
  'Our neighbours had a party till 3am, absolutely shattered',
  'Dentist says I need a filling, just what I needed before Christmas',
  'Phone screen cracked again, third time this year',
  'Booked tickets for the panto, oh yes we did',
  'Hospital appointment went fine, nothing to worry about',
  'Our street\'s WhatsApp group is wild tonight, someone\'s bins went missing',
  'Watching the rugby with a cuppa, perfect Saturday',
  'My mum\'s new hip is doing great, she\'s walking the dog again',
  'The broadband has been down all day, on hold with customer services for an hour',
  'Ran my first 10k today! Legs are jelly',
  'Can\'t believe how expensive the weekly shop has got',
  'Visiting the grandparents this weekend, they\'re so excited to see the baby',
];

const scanner = createScanner(SCHOOL_CONFIG);
const fires = (rule: RuleId, text: string) => scanner.scan(text).some((f) => f.rule === rule);

afterEach(() => {
  modelSwitch.on = true;
});

describe('learnt second opinion (model.ts)', () => {
  it('backs up conduct, confidential and trip', () => {
    expect([...MODEL_RULES].sort()).toEqual(['conduct', 'confidential', 'trip']);
  });

  it('scores the same draft the same way every time, and highlights a sentence of it', () => {
    const text = 'Long day. Our head of department takes credit for everything the rest of us do';
    const a = scanner.scan(text);
    const b = createScanner(SCHOOL_CONFIG).scan(text);
    expect(a).toEqual(b);
    const doc = makeDoc(text);
    const span = modelFindings(doc, 'conduct');
    expect(span).toEqual(modelFindings(makeDoc(text), 'conduct'));
    if (span) expect(text.slice(span[0], span[1])).toBe('Our head of department takes credit for everything the rest of us do');
  });

  it('says nothing about a draft of fewer than three words', () => {
    expect(modelUnits(makeDoc('useless parents')).units).toEqual([]);
    expect(modelFindings(makeDoc('useless parents'), 'conduct')).toBeNull();
  });

  it('reads names as their role: two pupils, one feature', () => {
    const s = createScanner(SCHOOL_CONFIG);
    const grab = (text: string) => {
      const found: Partial<Record<RuleId, [number, number][]>> = {};
      for (const f of s.scan(text)) (found[f.rule] ??= []).push([f.start, f.end]);
      return modelUnits(makeDoc(text), found).units[0]!.feats;
    };
    expect(grab('Ellie Smith was so rude today')).toEqual(grab('William Turner was so rude today'));
    expect(grab('Ellie Smith was so rude today')).toContain('PUPIL was');
  });

  it('the scanner\'s hashed scores equal the training script\'s string features on every dev draft', () => {
    const { config, drafts } = loadSplit(join(__dirname, '../../test/corpus/v2'), 'dev');
    const s = createScanner(config);
    const data = { conduct: CONDUCT, confidential: CONFIDENTIAL, trip: TRIP };
    const maps = MODEL_RULES.map((r) => {
      const d = data[r as keyof typeof data];
      const feats = d.features.split('\n');
      return { bias: d.bias, w: new Map(feats.map((f, k) => [f, d.weights[k]!])) };
    });
    let scored = 0;
    for (const d of [...drafts, { text: 'Ellie Smith and William Turner were vile. '.repeat(40) }]) {
      const found: Partial<Record<RuleId, [number, number][]>> = {};
      for (const f of s.scan(d.text)) (found[f.rule] ??= []).push([f.start, f.end]);
      const fast = modelScores(makeDoc(d.text), found).best;
      const { units } = modelUnits(makeDoc(d.text), found);
      maps.forEach((m, r) => {
        const slow = units.length ? Math.max(...units.map((u) => scoreUnit(u.feats, m.bias, m.w))) : -Infinity;
        if (slow === -Infinity) expect(fast[r]).toBe(-Infinity);
        else expect(fast[r]!, d.text).toBeCloseTo(slow, 9);
      });
      scored++;
    }
    expect(scored).toBeGreaterThan(4000);
  }, 120_000);

  it('only adds findings: off, the rules find nothing more than on', () => {
    for (const [rule, { yes, no }] of Object.entries(PROBES) as [RuleId, { yes: string[]; no: string[] }][]) {
      for (const text of [...yes, ...no]) {
        modelSwitch.on = false;
        const off = fires(rule, text);
        modelSwitch.on = true;
        if (off) expect(fires(rule, text), text).toBe(true);
      }
    }
  });

  // The probes measure unseen text: the rule (hand-written check OR model) on each probe, model on and off.
  for (const [rule, { yes, no }] of Object.entries(PROBES) as [keyof typeof PROBES, { yes: string[]; no: string[] }][]) {
    it(`${rule}: the probes with and without the model`, () => {
      modelSwitch.on = false;
      const before = yes.filter((t) => fires(rule, t)).length;
      const falseBefore = no.filter((t) => fires(rule, t)).length;
      modelSwitch.on = true;
      const after = yes.filter((t) => fires(rule, t)).length;
      const falseAfter = no.filter((t) => fires(rule, t));
      console.log(`${rule}: probes found ${before} -> ${after} of ${yes.length}; clean probes flagged ${falseBefore} -> ${falseAfter.length} of ${no.length}`);
      expect(after).toBeGreaterThanOrEqual(FLOOR[rule].found);
      expect(after).toBeGreaterThanOrEqual(before);
      expect(falseAfter.length, falseAfter.join(' / ')).toBeLessThanOrEqual(FLOOR[rule].clean);
    });
  }

  it('adds at most one finding to 30 everyday drafts with nothing about school', () => {
    const added = EVERYDAY.filter((t) => {
      modelSwitch.on = false;
      const off = scanner.scan(t).length;
      modelSwitch.on = true;
      return scanner.scan(t).length > off;
    });
    expect(added.length, added.join(' / ')).toBeLessThanOrEqual(1);
  });

  it('ships the weights the training script makes (retrains and compares)', () => {
    const out = execFileSync(process.execPath, [join(__dirname, '../../scripts/train-model.mjs'), '--check'], { encoding: 'utf8' });
    expect(out).toContain('weights regenerate identically');
  }, 60_000);
});

/**
 * What the probes measured with the weights first shipped, held so a retrain cannot quietly do worse:
 * probes found (at least) and clean probes flagged (at most). Confidential flags one clean draft about
 * the writer's own family's health (the model learnt medical words without the school around them).
 * The trip probe flagged ('field trip? …') is the hand-written rule's, with or without the model.
 * Known, and reported; not tuned away on the probes (they are not in the training data).
 */
const FLOOR = { conduct: { found: 13, clean: 0 }, confidential: { found: 14, clean: 1 }, trip: { found: 8, clean: 1 } };
