import { ruleTester } from '../testing';

ruleTester('school', {
  invalid: [
    ['Fair at Green Lane Community School', 'Green Lane Community School'],
    ['green lane primary fete', 'green lane primary'],
    ['GREEN-LANE sports day', 'GREEN-LANE'],
    ["Green Lane's new head", 'Green Lane'],
    ['GLCS choir', 'GLCS'],
    ['#GreenLaneSchool bake sale', 'GreenLaneSchool'],
    ['#greenlanecommunityschool', 'greenlanecommunityschool'],
    ['RT @GreenLaneCS: closing early', 'GreenLaneCS'],
    ['see www.greenlane.sch.uk', 'greenlane.sch.uk'],
    ['Fair at St Marys on Saturday', 'St Marys'],
    ["Saint Mary's C of E Primary nativity", "Saint Mary's C of E Primary"],
    // A match runs on over generic words, but does not end on a joining one.
    ['Fair at Green Lane Community School and more', 'Green Lane Community School'],
    ['Tea at Green Lane the day before', 'Green Lane'],
  ],
  valid: [
    'Community spirit at the village fete',
    'Primary colours for the playroom',
    'Oakfield Primary have a new playground',
    'We cycled along an old green lane',
    'glcs', // initialisms only in capitals or as a tag
    'Green tea and a lie-in',
  ],
});
