import { ruleTester } from '../testing';

ruleTester('job', {
  invalid: [
      ['As a teacher I find it odd', 'As a teacher'],
      ['My Year 6s are doing SATs', 'My Year 6s'],
      ["Parents' evening tonight", "Parents' evening"],
      ['OFSTED phoned', 'OFSTED'],
      ['TA life: glue sticks', 'TA'],
      ['cried in the staffroom', 'staffroom'],
      ['I work at a primary school in Barry and love it', 'I work at a primary school'],
      ['Any other history teachers got a good KS2 scheme?', 'history teachers'],
      ['Reports done at last! All 30 of them', 'Reports done'],
      ['Book scrutiny tomorrow so I am sticking in worksheets', 'Book scrutiny'],
      ['Yard duty in the hail', 'Yard duty'],
      ['Taking Year 3 to St Fagans this Friday', 'Taking Year 3'],
      ['Lesson observation went well! #WeAreTeachers', 'WeAreTeachers'],
      ['Athrawes Blwyddyn 6 ydw i ers deg mlynedd', 'Athrawes'],
      ['Dwi’n gymhorthydd dysgu mewn ysgol gynradd', 'gymhorthydd dysgu'],
      ['Head of Year 9. 230 kids. 1 of me.', 'Head of Year'],
      ['Beach school Thursday with my Reception lot', 'my Reception lot'],
      ['Just finished the risk assessment for Techniquest', 'risk assessment'],
      ['Arsylwad fory a dwi di newid y cynllun gwers', 'Arsylwad'],
  ],
  valid: ['Ta for the birthday wishes', 'Marking the occasion with cake', 'The class of 1999 reunion', 'Teaching my dog to sit', "Parents' evening for my youngest tonight", 'My old PE teacher made us run in the snow', 'Quarterly reports done at work', "Our little one's class assembly was so sweet"],
});
