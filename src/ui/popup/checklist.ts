// The privacy-settings checklist, from two schools' published social media policies (Green Lane
// Community School's and Lodge Farm's):
// privacy levels, location sharing, public listings, logging out, passwords, not naming the school,
// and no pupils or parents among friends. Menu paths change when the sites redesign: they are data
// here so they can be corrected in one place. Links stay on the three sites' own origins (the
// bundle audit allows no other address); the sites redirect to their account centres themselves.

import type { MessageKey } from '../../i18n';
import type { SiteId } from '../../sites/types';

/** The sites the content script works on are the ones with a checklist. */
export type Platform = SiteId;

export interface CheckItem {
  id: string;
  /** Catalogue keys: the item's title and what to choose, in plain words. */
  title: MessageKey;
  what: MessageKey;
  /**
   * Where the setting lives, as the site's own menu names in its English interface. Not translated:
   * the Welsh checklist quotes the menus people will actually see (none of the three sites is
   * commonly used in Welsh, and a guessed Welsh menu name would send people looking for a label that
   * is not there).
   */
  where: string;
  url: string;
}

export const PLATFORMS: { id: Platform; name: string }[] = [
  { id: 'facebook', name: 'Facebook' }, // i18n-ignore: product name
  { id: 'x', name: 'X (Twitter)' }, // i18n-ignore: product name
  { id: 'instagram', name: 'Instagram' }, // i18n-ignore: product name
];

/** A term is roughly 12 weeks: after that, a gentle nudge to look again. */
export const REVIEW_AFTER_MS = 84 * 24 * 60 * 60 * 1000;

// The `where` strings are the sites' menu paths (see CheckItem.where): i18n-ignore on each line.
export const CHECKLIST: Record<Platform, CheckItem[]> = {
  facebook: [
    { id: 'posts', title: 'checklist_title_posts', what: 'checklist_facebook_posts', where: 'Settings & privacy › Settings › Audience and visibility › Posts', url: 'https://www.facebook.com/settings/?tab=posts' }, // i18n-ignore: site menu path
    { id: 'find-tag', title: 'checklist_title_find_tag', what: 'checklist_facebook_find_tag', where: 'Settings › Audience and visibility › How people find and contact you, and Profile and tagging', url: 'https://www.facebook.com/settings/?tab=profile_tagging' }, // i18n-ignore: site menu path
    { id: 'location', title: 'checklist_title_location', what: 'checklist_facebook_location', where: 'Settings › Preferences › Location (and your phone’s location settings)', url: 'https://www.facebook.com/settings/?tab=location' }, // i18n-ignore: site menu path
    { id: 'search', title: 'checklist_title_search', what: 'checklist_facebook_search', where: 'Settings › Audience and visibility › How people find and contact you', url: 'https://www.facebook.com/settings/?tab=privacy' }, // i18n-ignore: site menu path
    { id: 'profile', title: 'checklist_title_profile', what: 'checklist_facebook_profile', where: 'Your profile › About › Work and education', url: 'https://www.facebook.com/me/about' }, // i18n-ignore: site menu path
    { id: 'friends', title: 'checklist_title_friends', what: 'checklist_facebook_friends', where: 'Your profile › Friends', url: 'https://www.facebook.com/me/friends' }, // i18n-ignore: site menu path
    { id: 'logout', title: 'checklist_title_logout', what: 'checklist_facebook_logout', where: 'Accounts Centre › Password and security › Where you’re logged in', url: 'https://www.facebook.com/settings/?tab=security' }, // i18n-ignore: site menu path
    { id: 'password', title: 'checklist_title_password', what: 'checklist_password', where: 'Accounts Centre › Password and security › Two-factor authentication', url: 'https://www.facebook.com/security/2fac/settings/' }, // i18n-ignore: site menu path
  ],
  x: [
    { id: 'posts', title: 'checklist_title_posts', what: 'checklist_x_posts', where: 'Settings and privacy › Privacy and safety › Audience and tagging', url: 'https://x.com/settings/audience_and_tagging' }, // i18n-ignore: site menu path
    { id: 'find-tag', title: 'checklist_title_find_tag', what: 'checklist_x_find_tag', where: 'Settings and privacy › Privacy and safety › Audience and tagging › Photo tagging', url: 'https://x.com/settings/tagging' }, // i18n-ignore: site menu path
    { id: 'location', title: 'checklist_title_location', what: 'checklist_x_location', where: 'Settings and privacy › Privacy and safety › Location information', url: 'https://x.com/settings/location_information' }, // i18n-ignore: site menu path
    { id: 'search', title: 'checklist_title_search', what: 'checklist_x_search', where: 'Settings and privacy › Privacy and safety › Discoverability and contacts', url: 'https://x.com/settings/contacts' }, // i18n-ignore: site menu path
    { id: 'profile', title: 'checklist_title_profile', what: 'checklist_x_profile', where: 'Your profile › Edit profile', url: 'https://x.com/settings/profile' }, // i18n-ignore: site menu path
    { id: 'friends', title: 'checklist_title_followers', what: 'checklist_x_friends', where: 'Your profile › Followers', url: 'https://x.com/settings/audience_and_tagging' }, // i18n-ignore: site menu path
    { id: 'logout', title: 'checklist_title_logout', what: 'checklist_logout', where: 'Settings and privacy › Security and account access › Apps and sessions › Sessions', url: 'https://x.com/settings/sessions' }, // i18n-ignore: site menu path
    { id: 'password', title: 'checklist_title_password', what: 'checklist_password', where: 'Settings and privacy › Security and account access › Security › Two-factor authentication', url: 'https://x.com/settings/account/login_verification' }, // i18n-ignore: site menu path
  ],
  instagram: [
    { id: 'posts', title: 'checklist_title_posts', what: 'checklist_instagram_posts', where: 'Settings › Account privacy', url: 'https://www.instagram.com/accounts/privacy_setting/' }, // i18n-ignore: site menu path
    { id: 'find-tag', title: 'checklist_title_find_tag', what: 'checklist_instagram_find_tag', where: 'Settings › Tags and mentions', url: 'https://www.instagram.com/accounts/tags_and_mentions/' }, // i18n-ignore: site menu path
    { id: 'location', title: 'checklist_title_location', what: 'checklist_instagram_location', where: 'Phone settings › Instagram › Location', url: 'https://www.instagram.com/accounts/privacy_setting/' }, // i18n-ignore: site menu path
    { id: 'search', title: 'checklist_title_search', what: 'checklist_instagram_search', where: 'Settings › Account privacy', url: 'https://www.instagram.com/accounts/privacy_setting/' }, // i18n-ignore: site menu path
    { id: 'profile', title: 'checklist_title_profile', what: 'checklist_instagram_profile', where: 'Your profile › Edit profile', url: 'https://www.instagram.com/accounts/edit/' }, // i18n-ignore: site menu path
    { id: 'friends', title: 'checklist_title_followers', what: 'checklist_instagram_friends', where: 'Your profile › Followers', url: 'https://www.instagram.com/accounts/privacy_setting/' }, // i18n-ignore: site menu path
    { id: 'logout', title: 'checklist_title_logout', what: 'checklist_logout', where: 'Accounts Centre › Password and security › Where you’re logged in', url: 'https://www.instagram.com/session/login_activity/' }, // i18n-ignore: site menu path
    { id: 'password', title: 'checklist_title_password', what: 'checklist_password', where: 'Accounts Centre › Password and security › Two-factor authentication', url: 'https://www.instagram.com/accounts/two_factor_authentication/' }, // i18n-ignore: site menu path
  ],
};
