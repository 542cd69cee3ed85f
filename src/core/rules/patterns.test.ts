import { describe, expect, it } from 'vitest';
import type { RuleId } from '../types';
import { matches } from '../testing';

// Valid and invalid cases side by side for the rules that need no lists.
const cases: Record<string, { rule: RuleId; hit: [string, string][]; miss: string[] }> = {
  location: {
    rule: 'location',
    hit: [
      ['Anyone near ME15 6LS lost a cat?', 'ME15 6LS'],
      ['📍 Whitstable harbour', '📍 Whitstable harbour'],
      ['Checked in at The Plough, Little Chart', 'Checked in at The Plough'],
      ["I'm in Sainsbury's on London Road right now", "in Sainsbury's on London Road right now"],
      ['We live on Cherry Tree Road', 'We live on Cherry Tree Road'],
      ['Our new place is on Bower Mount Road, come round', 'Our new place is on Bower Mount Road'],
      ["My house's on Mill Lane if you need it", "My house's on Mill Lane"],
      ['Bring it to 14 Acacia Avenue', '14 Acacia Avenue'],
    ],
    miss: ['At home in my pyjamas right now', 'Y6 2pm assembly', 'In bed right now', '10 kids from green lane', 'On the phone right now', 'My house is on fire with three birthdays this week', 'Our place is in chaos'],
  },
  contact: {
    rule: 'contact',
    hit: [
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
    miss: ['Final score 2-1', 'Tax year ends 05/04/2025', 'Raised £1,234.50', 'Ran 10k in 52:14', 'Year 2024 2025 plans', 'follow @ellie_smith', 'me@@home.com', '_x@y.com'],
  },
  job: {
    rule: 'job',
    hit: [
      ['As a teacher I find it odd', 'As a teacher'],
      ['My Year 6s are doing SATs', 'My Year 6s'],
      ["Parents' evening tonight", "Parents' evening"],
      ['OFSTED phoned', 'OFSTED'],
      ['TA life: glue sticks', 'TA'],
      ['cried in the staffroom', 'staffroom'],
    ],
    miss: ['Ta for the birthday wishes', 'Marking the occasion with cake', 'The class of 1999 reunion', 'Teaching my dog to sit'],
  },
  absence: {
    rule: 'absence',
    hit: [
      ['Off to Spain for two weeks!!', 'Off to Spain for two weeks'],
      ["We're away until Sunday", "We're away"],
      ['House is empty for once', 'House is empty'],
      ['Two weeks in Crete starts now', 'Two weeks in '],
      ['At the airport with a pint', 'At the airport'],
    ],
    miss: ['Two weeks in and loving the new job', 'Back to work on Monday', 'So glad to be home', 'Year 6 off to Kingswood on Monday'],
  },
  trip: {
    rule: 'trip',
    hit: [
      ['School trip to the zoo tomorrow', 'School trip'],
      ['Year 4 at the museum today', 'museum'],
      ['Residential next week with 60 kids', 'Residential'],
      ['Year 6 are at the Tower of London today', 'Year 6 are at'],
    ],
    miss: ['We went to the museum with the kids on Sunday', 'Zoo trip with my niece', 'residential street parking', 'Wedding reception at the castle', 'Yoga class then cinema'],
  },
  colleague: {
    rule: 'colleague',
    hit: [
      ['Mrs Jones is retiring', 'Mrs Jones'],
      ['Sarah Jones and David Hall', 'Sarah Jones'],
      ["Mr Hall's moustache", 'Mr Hall'],
    ],
    miss: ['Sarah from next door', 'mr jones the butcher'.replace('mr', 'the'), 'Jones the Steam'],
  },
};

for (const [name, { rule, hit, miss }] of Object.entries(cases)) {
  describe(`${name} rule`, () => {
    it.each(hit)('finds %j', (text, found) => expect(matches(rule, text)).toContain(found));
    it.each(miss)('leaves %j alone', (text) => expect(matches(rule, text)).toEqual([]));
  });
}
