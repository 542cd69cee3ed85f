// Contact boundaries: a nudge before Add friend, Follow or Message when the person on the other side
// is on the school's pupil or parent list. It reads no drafts, so it compiles to no check; it is a
// rule here so that its switch, title and policy text come from the same registry as every other
// check (options page, managed schema, ADMX). The matching is src/core/people.ts; the page side is
// in src/content and src/sites.
import type { RuleCreate, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'contact-boundaries',
  examples: 'a nudge before you friend, follow or message a pupil or parent',
  title: 'Friending, following or messaging pupils and parents',
  severity: 'high',
  questions: [7, 1, 4],
  explanation:
    'This person is on the school\'s list of pupils or parents. School policy says staff do not add pupils, past pupils or their parents as friends or followers, do not accept their requests, and do not contact them from personal social media accounts.',
  help: "Before Add friend, Confirm, Follow, Follow back or Message on Facebook, X and Instagram, checks the name and @handle the site shows against the pupils' and parents' lists on this device, and asks first if they match. Nothing is stored or sent.",
};

export const create: RuleCreate = () => null;
