import { ruleTester } from '../testing';

ruleTester('absence', {
  invalid: [
      ['Off to Spain for two weeks!!', 'Off to Spain for two weeks'],
      ["We're away until Sunday", "We're away"],
      ['House is empty for once', 'House is empty'],
      ['Two weeks in Crete starts now', 'Two weeks in '],
      ['At the airport with a pint', 'At the airport'],
      ['Bristol Airport at 5am tomorrow for our flight to Ibiza', 'our flight to'],
      ['Only 2 more sleeps till Dalaman', 'Only 2 more sleeps till '],
      ['Away 24/07 until 07/08, anyone able to feed the cat?', 'Away 24/07'],
      ['Boarding now ✈️ BRS to Benidorm', 'Boarding now'],
      ['Packing for Menorca, ten outfits for a week', 'Packing for '],
      ['Last day of term then Menorca on Friday!', 'then Menorca on Friday'],
      ['Ar wyliau i Sbaen fory!', 'wyliau i Sbaen fory'],
  ],
  valid: ['Two weeks in and loving the new job', 'Back to work on Monday', 'So glad to be home', 'Year 6 off to Kingswood on Monday', 'two weeks until I start my new job', 'Packing for school tomorrow', 'then we went to the park on Sunday'],
});
