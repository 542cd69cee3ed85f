// The privacy-settings checklist, from two schools' published social media policies (Green Lane
// Community School's and Lodge Farm's):
// privacy levels, location sharing, public listings, logging out, passwords, not naming the school,
// and no pupils or parents among friends. Menu paths change when the sites redesign: they are data
// here so they can be corrected in one place. Links stay on the three sites' own origins (the
// bundle audit allows no other address); the sites redirect to their account centres themselves.

import type { SiteId } from '../../sites/types';

/** The sites the content script works on are the ones with a checklist. */
export type Platform = SiteId;

export interface CheckItem {
  id: string;
  title: string;
  /** What to choose, in plain words. */
  what: string;
  /** Where the setting lives on this platform. */
  where: string;
  url: string;
}

export const PLATFORMS: { id: Platform; name: string }[] = [
  { id: 'facebook', name: 'Facebook' },
  { id: 'x', name: 'X (Twitter)' },
  { id: 'instagram', name: 'Instagram' },
];

/** A term is roughly 12 weeks: after that, a gentle nudge to look again. */
export const REVIEW_AFTER_MS = 84 * 24 * 60 * 60 * 1000;

export const CHECKLIST: Record<Platform, CheckItem[]> = {
  facebook: [
    { id: 'posts', title: 'Who can see your posts', what: 'Set future posts to Friends (not Public), and limit who can see your old posts.', where: 'Settings & privacy › Settings › Audience and visibility › Posts', url: 'https://www.facebook.com/settings/?tab=posts' },
    { id: 'find-tag', title: 'Who can find and tag you', what: 'Choose who can look you up by email or phone, and review tags before they appear on your profile.', where: 'Settings › Audience and visibility › How people find and contact you, and Profile and tagging', url: 'https://www.facebook.com/settings/?tab=profile_tagging' },
    { id: 'location', title: 'Location sharing', what: 'Turn off location services for Facebook and do not check in at school or at home.', where: 'Settings › Preferences › Location (and your phone’s location settings)', url: 'https://www.facebook.com/settings/?tab=location' },
    { id: 'search', title: 'Public listings and search engines', what: 'Answer No to search engines outside Facebook linking to your profile.', where: 'Settings › Audience and visibility › How people find and contact you', url: 'https://www.facebook.com/settings/?tab=privacy' },
    { id: 'profile', title: 'Your profile does not name the school or your job', what: 'Remove the school from Work and education, or set it to Only me.', where: 'Your profile › About › Work and education', url: 'https://www.facebook.com/me/about' },
    { id: 'friends', title: 'No pupils or parents among your friends', what: 'Check your friends list, and set who can see it to Only me or Friends.', where: 'Your profile › Friends', url: 'https://www.facebook.com/me/friends' },
    { id: 'logout', title: 'Log out on shared computers', what: 'Log out after use and end sessions on devices you do not recognise.', where: 'Accounts Centre › Password and security › Where you’re logged in', url: 'https://www.facebook.com/settings/?tab=security' },
    { id: 'password', title: 'Strong password and two-step login', what: 'Use a password you use nowhere else and turn on two-factor authentication.', where: 'Accounts Centre › Password and security › Two-factor authentication', url: 'https://www.facebook.com/security/2fac/settings/' },
  ],
  x: [
    { id: 'posts', title: 'Who can see your posts', what: 'Posts on X are public to the whole world unless you turn on Protect your posts.', where: 'Settings and privacy › Privacy and safety › Audience and tagging', url: 'https://x.com/settings/audience_and_tagging' },
    { id: 'find-tag', title: 'Who can find and tag you', what: 'Turn off photo tagging, or allow only people you follow.', where: 'Settings and privacy › Privacy and safety › Audience and tagging › Photo tagging', url: 'https://x.com/settings/tagging' },
    { id: 'location', title: 'Location sharing', what: 'Turn off Add location information to your posts, and delete location already attached.', where: 'Settings and privacy › Privacy and safety › Location information', url: 'https://x.com/settings/location_information' },
    { id: 'search', title: 'Public listings and search engines', what: 'Turn off letting people find you by your email address or phone number.', where: 'Settings and privacy › Privacy and safety › Discoverability and contacts', url: 'https://x.com/settings/contacts' },
    { id: 'profile', title: 'Your profile does not name the school or your job', what: 'Check your bio, location and website do not mention the school or that you work there.', where: 'Your profile › Edit profile', url: 'https://x.com/settings/profile' },
    { id: 'friends', title: 'No pupils or parents among your followers', what: 'Check who follows you and remove pupils and parents; protected posts let you approve followers.', where: 'Your profile › Followers', url: 'https://x.com/settings/audience_and_tagging' },
    { id: 'logout', title: 'Log out on shared computers', what: 'Log out after use and end sessions you do not recognise.', where: 'Settings and privacy › Security and account access › Apps and sessions › Sessions', url: 'https://x.com/settings/sessions' },
    { id: 'password', title: 'Strong password and two-step login', what: 'Use a password you use nowhere else and turn on two-factor authentication.', where: 'Settings and privacy › Security and account access › Security › Two-factor authentication', url: 'https://x.com/settings/account/login_verification' },
  ],
  instagram: [
    { id: 'posts', title: 'Who can see your posts', what: 'Turn on Private account so only followers you approve see your posts.', where: 'Settings › Account privacy', url: 'https://www.instagram.com/accounts/privacy_setting/' },
    { id: 'find-tag', title: 'Who can find and tag you', what: 'Allow tags and mentions only from people you follow, and approve tags manually.', where: 'Settings › Tags and mentions', url: 'https://www.instagram.com/accounts/tags_and_mentions/' },
    { id: 'location', title: 'Location sharing', what: 'Do not add a location to posts or stories, and turn off location for Instagram on your phone.', where: 'Phone settings › Instagram › Location', url: 'https://www.instagram.com/accounts/privacy_setting/' },
    { id: 'search', title: 'Public listings and search engines', what: 'A private account keeps your profile and posts out of search engines.', where: 'Settings › Account privacy', url: 'https://www.instagram.com/accounts/privacy_setting/' },
    { id: 'profile', title: 'Your profile does not name the school or your job', what: 'Check your name, bio and links do not mention the school or that you work there.', where: 'Your profile › Edit profile', url: 'https://www.instagram.com/accounts/edit/' },
    { id: 'friends', title: 'No pupils or parents among your followers', what: 'Check who follows you and remove pupils and parents.', where: 'Your profile › Followers', url: 'https://www.instagram.com/accounts/privacy_setting/' },
    { id: 'logout', title: 'Log out on shared computers', what: 'Log out after use and end sessions you do not recognise.', where: 'Accounts Centre › Password and security › Where you’re logged in', url: 'https://www.instagram.com/session/login_activity/' },
    { id: 'password', title: 'Strong password and two-step login', what: 'Use a password you use nowhere else and turn on two-factor authentication.', where: 'Accounts Centre › Password and security › Two-factor authentication', url: 'https://www.instagram.com/accounts/two_factor_authentication/' },
  ],
};
