import { ruleTester } from '../testing';

ruleTester('colleague', {
  invalid: [
      ['Mrs Jones is retiring', 'Mrs Jones'],
      ['Sarah Jones and David Hall', 'Sarah Jones'],
      ["Mr Hall's moustache", 'Mr Hall'],
  ],
  valid: ['Sarah from next door', 'mr jones the butcher'.replace('mr', 'the'), 'Jones the Steam'],
});
