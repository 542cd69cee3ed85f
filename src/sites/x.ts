import type { SiteAdapter } from './types';

// Sources (public): insin/control-panel-for-twitter script.js; jackwener/OpenCLI clis/twitter/*.js;
// DimensionDev/Maskbook packages/mask/content-script/site-adaptors/<site>/utils/selector.ts.
export const x: SiteAdapter = {
  id: 'x',
  hosts: ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'],
  editors: ['[data-testid^="tweetTextarea_"]', '[data-testid^="tweetTextarea_"] [contenteditable="true"]'],
  enterSends: ['[data-testid="dmComposerTextInput"]', 'textarea[data-testid="dm-composer-textarea"]'],
  ctrlEnterSends: true,
  submit: ['[data-testid="tweetButton"]', '[data-testid="tweetButtonInline"]', '[data-testid="dmComposerSendButton"]', '[data-testid="dm-composer-send-button"]', '[data-testid="Profile_Save_Button"]'],
  notSubmit: ['[data-testid="reply"]', '[data-testid="retweet"]', '[data-testid="like"]', '[data-testid="bookmark"]', '[aria-haspopup="menu"]'],
  profileFields: ['textarea[name="description"]', 'input[name="location"]', 'input[name="displayName"]', 'input[name="url"]'],
  locationTags: ['[data-testid="geoPlace"]'],
  attachments: ['[data-testid="attachments"]'],
};
