import { ruleTester } from '../testing';

ruleTester('trip', {
  invalid: [
      ['School trip to the zoo tomorrow', 'School trip'],
      ['Year 4 at the museum today', 'museum'],
      ['Residential next week with 60 kids', 'Residential'],
      ['Year 6 are at the Tower of London today', 'Year 6 are at'],
      ['The school netball squad have a fixture at Whitchurch at 4 tomorrow', 'The school netball squad have a fixture at'],
      ['Taking Year 3 to St Fagans this Friday, wish me luck', 'Taking Year 3 to'],
      ['Hazel class off to Barry Island on Monday, coach leaves at 9:15', 'coach leaves'],
      ['Cross country team running at Singleton Park Saturday 11am', 'team running at'],
      ['Mynd â Blwyddyn 3 ar daith ysgol i Ynys y Barri ddydd Mercher', 'Mynd â '],
  ],
  valid: ['We went to the museum with the kids on Sunday', 'Zoo trip with my niece', 'residential street parking', 'Wedding reception at the castle', 'Yoga class then cinema', 'Evan went on their first school trip today and came home with a rock', 'The choir were on the radio this morning', 'The book club meets on Tuesday'],
});
