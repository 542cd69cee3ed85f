import { ruleTester } from '../testing';

ruleTester('conduct', {
  invalid: [
    ['The parents at pick-up are so entitled it makes me want to scream', 'The parents at pick-up are so entitled'],
    ['SLT are absolutely clueless, another pointless initiative', 'SLT are absolutely clueless'],
    ['My Year 9s are feral this week', 'My Year 9s are feral'],
    ['Had a shouting match with a parent at the gate', 'shouting match with a parent'],
    ['Some colleagues are so two-faced', 'Some colleagues are so two-faced'],
    ['The head has no idea what goes on in a classroom', 'The head has no idea what'],
    ['This school is a shambles', 'This school is a shambles'],
    ['Honestly the governors are a joke', 'the governors are a joke'],
    // The criticism may come in the next sentence.
    ['Governors visit today. They have the emotional intelligence of a stapler.', 'Governors visit today. They have the emotional intelligence of'],
    ['Another staff meeting from Mrs Jones that could have been an email', 'Another staff meeting from Mrs Jones that could have been an email'],
    ['Working at Green Lane is slowly killing me', 'Working at Green Lane is slowly killing me'],
    ['rhieni fy nosbarth i yn hollol afresymol eto heddiw', 'rhieni fy nosbarth i yn hollol afresymol'],
    ['Some of the dinner ladies are nastier to the kids than any teacher', 'dinner ladies are nastier'],
    ['Deputy head walked into my lesson, criticised my display, walked out', 'Deputy head walked into my lesson, criticised'],
  ],
  valid: [
    'So tired after parents evening, bed by 9',
    'Fifty books to mark this weekend',
    'My class were amazing in assembly, so proud',
    'The worst traffic on the M20 this morning',
    'My kids are driving me mad this half term',
    'My parents are driving me up the wall about the wedding',
    'Thank you to the parents for the lovely cards',
    'The customer service at this bank is a joke',
  ],
});
