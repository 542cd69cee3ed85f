import { ruleTester } from '../testing';

ruleTester('absence', {
  invalid: [
      ['Off to Spain for two weeks!!', 'Off to Spain for two weeks'],
      ["We're away until Sunday", "We're away"],
      ['House is empty for once', 'House is empty'],
      ['Two weeks in Crete starts now', 'Two weeks in '],
      ['At the airport with a pint', 'At the airport'],
  ],
  valid: ['Two weeks in and loving the new job', 'Back to work on Monday', 'So glad to be home', 'Year 6 off to Kingswood on Monday'],
});
