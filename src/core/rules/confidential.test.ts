import { ruleTester } from '../testing';

ruleTester('confidential', {
  invalid: [
    ['A boy in my class threw a chair at me today', 'threw a chair'],
    ['Finally got the EHCP through for one of mine', 'EHCP'],
    ['Social services came in about one of my Year 4s', 'Social services'],
    ['One of my pupils has just been diagnosed with ADHD', 'diagnosed'],
    ['Another exclusion meeting. That lad has been permanently excluded', 'permanently excluded'],
    ['My TA is signed off with stress again', 'signed off'],
    ['A girl in my class told me her dad is in prison', 'dad is in prison'],
    ['Third safeguarding referral this week', 'safeguarding referral'],
    ['Poor kid in my class, they have been evicted and are in a B&B', 'evicted'],
    ['A little one in Class 4 told me something today. DSL involved now.', 'told me something'],
    ['Covering Mr Hall’s class again, signed off with stress for six weeks', 'signed off'],
    ['Gwasanaethau cymdeithasol yn yr ysgol eto heddiw', 'Gwasanaethau cymdeithasol'],
    ['Poor kid in my class, the family are using the food bank every week', 'food bank'],
    ['Kid in my Year 3 class has Tourette’s', 'Tourette’s'],
    ['Our headteacher is off long term after his operation', 'off long term'],
  ],
  valid: [
    'Sports day on Friday, everyone welcome',
    'Planning phonics for next week',
    'I was off sick yesterday, feeling better now',
    'Booked the flu jab',
    'My son was diagnosed with hay fever',
    'Reading a great book about teaching early reading',
    'My mum has been evicted from her allotment',
    'Signed off work for a week with my back',
    'Dropped the tins at the food bank on the way home',
  ],
});
