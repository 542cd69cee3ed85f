import { xAudience } from './audience';
import type { SiteAdapter } from './types';

// Sources (public): insin/control-panel-for-twitter script.js; jackwener/OpenCLI clis/twitter/*.js;
// DimensionDev/Maskbook packages/mask/content-script/site-adaptors/<site>/utils/selector.ts;
// DzikStar/X-SCRAPER's archived 2025-07 client bundles for X Chat and the phone composer. Test ids are the
// same in every language but get renamed (dmComposerTextInput → dm-composer-textarea): both are kept side
// by side. How a chosen place shows in the composer is unverified anywhere public: places come from the
// picker itself (content/places.ts), not from a selector.
export const x: SiteAdapter = {
  id: 'x',
  hosts: ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'],
  editors: [
    '[data-testid^="tweetTextarea_"]',
    '[data-testid^="tweetTextarea_"] [contenteditable="true"]',
    // The phone layout: a plain textarea inside the same test id.
    '[data-testid^="tweetTextarea"] textarea',
  ],
  enterSends: [
    '[data-testid="dmComposerTextInput"]',
    'textarea[data-testid="dm-composer-textarea"]',
    '[data-testid="dm-composer-form"] textarea',
  ],
  ctrlEnterSends: true,
  submit: [
    '[data-testid="tweetButton"]',
    '[data-testid="tweetButtonInline"]',
    '[data-testid="dmComposerSendButton"]',
    '[data-testid="dm-composer-send-button"]',
    '[data-testid="Profile_Save_Button"]',
  ],
  notSubmit: ['[data-testid="reply"]', '[data-testid="retweet"]', '[data-testid="like"]', '[data-testid="bookmark"]', '[aria-haspopup="menu"]'],
  // Follow buttons carry the account's id: "{userId}-follow" (control-panel-for-twitter); the profile's
  // Message button is sendDMFromProfile; a user cell is UserCell.
  relations: { befriend: [], follow: ['[data-testid$="-follow"]'], message: ['[data-testid="sendDMFromProfile"]'] },
  personScopes: ['[data-testid="UserCell"]'],
  dmEditors: ['[data-testid="dmComposerTextInput"]', 'textarea[data-testid="dm-composer-textarea"]'],
  dmPaths: [/^\/messages(?:\/|$)/, /^\/i\/chat(?:\/|$)/],
  profileFields: ['textarea[name="description"]', 'input[name="location"]', 'input[name="displayName"]', 'input[name="url"]'],
  locationTags: [],
  attachments: ['[data-testid="attachments"]'],
  audience: (_scope, doc) => xAudience(doc),
};
