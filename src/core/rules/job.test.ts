import { ruleTester } from '../testing';

ruleTester('job', {
  invalid: [
      ['As a teacher I find it odd', 'As a teacher'],
      ['My Year 6s are doing SATs', 'My Year 6s'],
      ["Parents' evening tonight", "Parents' evening"],
      ['OFSTED phoned', 'OFSTED'],
      ['TA life: glue sticks', 'TA'],
      ['cried in the staffroom', 'staffroom'],
  ],
  valid: ['Ta for the birthday wishes', 'Marking the occasion with cake', 'The class of 1999 reunion', 'Teaching my dog to sit'],
});
