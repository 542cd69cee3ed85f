import { ruleTester } from '../testing';

ruleTester('location', {
  invalid: [
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
  ],
  valid: ['At home in my pyjamas right now', 'Y6 2pm assembly', 'In bed right now', '10 kids from green lane', 'On the phone right now', 'My house is on fire with three birthdays this week', 'Our place is in chaos', 'currently at work and bored', 'just moved into a new routine', 'Sports day moved to Thursday because of the rain'],
});
