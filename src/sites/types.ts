export type SiteId = 'facebook' | 'x' | 'instagram';

/**
 * What one site adds to the generic detection. Everything here is a hint expected to rot: the
 * generic rules in generic.ts still find editors, submit buttons and Enter-to-send boxes without it.
 */
export interface SiteAdapter {
  id: SiteId;
  hosts: string[];
  /** Known post editors, where Enter adds a new line. Any other textarea/contenteditable is still watched. */
  editors: string[];
  /** Editors where a plain Enter sends (comments, replies, chats). */
  enterSends: string[];
  /** Ctrl/Cmd+Enter posts from any editor on this site. */
  ctrlEnterSends: boolean;
  /** Submit controls, matched before the generic label test. */
  submit: string[];
  /** Controls whose label looks like a submit but which only open something (a reply box, a menu). */
  notSubmit: string[];
  /** Profile fields: naming the school or a teaching job here is a finding on save. */
  profileFields: string[];
  /** How a chosen place shows inside a composer. */
  locationTags: string[];
  /** Where attached media appear; when none is present the photo reminder is dropped. */
  attachments: string[];
  /** Stable hooks on controls that befriend, follow or message someone (labels in labels.ts still work without them). */
  relations?: { befriend: string[]; follow: string[]; message: string[] };
  /** Parts of the page that each show one person (a user cell): who a control inside acts on. */
  personScopes?: string[];
  /** Direct-message boxes, and the addresses of conversation pages. */
  dmEditors?: string[];
  dmPaths?: RegExp[];
}
