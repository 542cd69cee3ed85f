import { ruleTester } from '../testing';

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
