// What "set up" means for the first five minutes: the two checks that matter most (the school's
// name, the pupils' names) do nothing until one of them is known. Shared by the worker (toolbar
// title, welcome page on install) and the popup ("Set up your school"), so they never disagree.
import type { Settings } from './schema';

/** The extension page a fresh install opens, and the popup's "Set up your school" leads to. */
export const WELCOME_PAGE = 'welcome.html';

export function isSetUp(s: Pick<Settings, 'schoolName' | 'pupilNames'>): boolean {
  return s.schoolName.trim() !== '' || s.pupilNames.length > 0;
}

/** Does the school's policy (storage.managed, as read) name the school? Then IT has set it up. */
export function policyNamesSchool(managed: Record<string, unknown>): boolean {
  return typeof managed.schoolName === 'string' && managed.schoolName.trim() !== '';
}
