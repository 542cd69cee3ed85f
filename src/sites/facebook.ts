import { composerAudience } from './audience';
import type { SiteAdapter } from './types';

// Sources (public): DimensionDev/Maskbook packages/mask/content-script/site-adaptors/<site>/utils/selector.ts;
// Automattic/harper packages/chrome-plugin/src/contentScript/index.ts; facebook/lexical's documentation
// (Lexical is Facebook's editor); 2024–26 public posting scripts for comments in form[role="presentation"]
// with #focused-state-composer-submit, groups, Messenger "Write to {Name}". Labels here are English and
// rot with every translation: the generic rules (structure, then labels.ts in many languages) do not
// depend on them.
export const facebook: SiteAdapter = {
  id: 'facebook',
  hosts: ['www.facebook.com', 'web.facebook.com', 'm.facebook.com', 'facebook.com'],
  editors: ['[role="dialog"][aria-label="Create post"] [data-lexical-editor="true"]'],
  enterSends: [
    'form[role="presentation"] [data-lexical-editor="true"]',
    '[data-lexical-editor="true"][aria-placeholder="Aa"]',
    '[data-lexical-editor="true"][aria-label^="Comment"]',
    '[data-lexical-editor="true"][aria-label^="Reply"]',
    '[data-lexical-editor="true"][aria-label^="Write a comment"]',
    '[data-lexical-editor="true"][aria-label^="Write a public comment"]',
    '[data-lexical-editor="true"][aria-label^="Answer as"]',
    '[data-lexical-editor="true"][aria-label^="Write to"]',
    '[data-lexical-editor="true"][aria-label="Message"]',
  ],
  ctrlEnterSends: false,
  submit: [
    '#focused-state-composer-submit [role="button"]',
    '#focused-state-composer-submit button',
    '[role="button"][aria-label="Post"]',
    '[role="button"][aria-label="Comment"]',
    '[role="button"][aria-label="Post comment"]',
    '[role="button"][aria-label="Press enter to send" i]',
    '[role="button"][aria-label="Send"]',
  ],
  notSubmit: ['[aria-label="Leave a comment"]', '[aria-label="Send this to friends or post it on your profile."]', '[aria-haspopup="menu"]'],
  profileFields: ['textarea[aria-label*="who you are" i]', 'input[aria-label*="Company" i]', 'input[aria-label*="Position" i]', 'input[aria-label*="School" i]', 'input[aria-label*="College" i]', 'input[aria-label*="Workplace" i]'],
  // How the composer shows a check-in is unverified: places come from the picker (content/places.ts)
  // and the "is at {Place}" text.
  locationTags: [],
  attachments: ['[aria-label="Attached media"]'],
  // Messenger's box is labelled "Message" (threads) or "Write to {Name}" (pop-up chats); threads live at /messages/t/….
  dmEditors: ['[data-lexical-editor="true"][aria-label="Message"]', '[data-lexical-editor="true"][aria-label^="Write to"]'],
  dmPaths: [/^\/messages\/(?:e2ee\/)?t\//],
  audience: (scope) => composerAudience(scope),
};
