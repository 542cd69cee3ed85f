import { instagramAudience } from './audience';
import type { SiteAdapter } from './types';

// Sources (public): jackwener/OpenCLI clis/instagram/post.js; DimensionDev/Maskbook
// packages/mask/content-script/site-adaptors/<site>/utils/selector.ts. The caption is a Lexical div or,
// in some builds, a textarea; Reels comments may be an <input> with a Post button.
export const instagram: SiteAdapter = {
  id: 'instagram',
  hosts: ['www.instagram.com', 'instagram.com'],
  editors: ['[aria-label^="Write a caption"]', 'textarea#pepBio'],
  enterSends: [
    'textarea[aria-label^="Add a comment"]',
    'input[placeholder^="Add a comment"]',
    '[aria-label^="Add a comment"][contenteditable="true"]',
    '[aria-label="Message"][contenteditable="true"]',
    'textarea[placeholder^="Message"]',
  ],
  ctrlEnterSends: false,
  submit: [],
  notSubmit: ['[aria-haspopup="menu"]'],
  profileFields: ['textarea#pepBio', 'textarea[name="biography"]', 'input[name="external_url"]'],
  // The place picked from the suggestion list is the input's value.
  locationTags: ['input[name="creation-location-input"]'],
  attachments: [],
  // Direct: Lexical labelled "Message" (older builds: a textarea with placeholder "Message..."), threads at /direct/t/….
  dmEditors: ['[aria-label="Message"][contenteditable="true"]', 'textarea[placeholder^="Message"]'],
  dmPaths: [/^\/direct\/t\//],
  audience: instagramAudience,
};
