export type SiteId = 'facebook' | 'x' | 'instagram';

/**
 * Who can see a post, when the composer or the account shows it: 'public' (Facebook's "Public", an
 * X account that is not protected, an Instagram account that is not private), 'friends' (Facebook's
 * "Friends" and its variants), 'followers' (a protected X account, a private Instagram account).
 */
export type Audience = 'public' | 'friends' | 'followers';

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
  /** Who will see a post from this composer (`scope`), read by structure first; null when the page does not say. */
  audience?: (scope: Element | null, doc: Document) => Audience | null;
}
