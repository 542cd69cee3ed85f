import { ruleTester } from '../testing';

ruleTester('colleague', {
  invalid: [
      ['Mrs Jones is retiring', 'Mrs Jones'],
      ['Sarah Jones and David Hall', 'Sarah Jones'],
      ["Mr Hall's moustache", 'Mr Hall'],
      ['planning with mrs jones this afternoon', 'mrs jones'],
      ['Happy birthday Mr Halll, the kids made you a card', 'Mr Halll'],
      ['mrs jnoes has been my mentor since I was an NQT', 'mrs jnoes'],
  ],
  valid: ['Sarah from next door', 'mr jones the butcher'.replace('mr', 'the'), 'Jones the Steam'],
});
