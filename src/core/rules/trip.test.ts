import { ruleTester } from '../testing';

ruleTester('trip', {
  invalid: [
      ['School trip to the zoo tomorrow', 'School trip'],
      ['Year 4 at the museum today', 'museum'],
      ['Residential next week with 60 kids', 'Residential'],
      ['Year 6 are at the Tower of London today', 'Year 6 are at'],
  ],
  valid: ['We went to the museum with the kids on Sunday', 'Zoo trip with my niece', 'residential street parking', 'Wedding reception at the castle', 'Yoga class then cinema'],
});
