// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { composerAudience, instagramAudience, xAudience } from './audience';
import { audienceLabel } from './labels';

afterEach(() => { document.body.innerHTML = ''; });
const dialog = (head: string) => {
  document.body.innerHTML = `<div role="dialog"><h2>Create post</h2><div role="button" aria-label="Close">×</div><b>Sam Taylor</b>${head}<div contenteditable="true"></div><div role="button">Tag friends</div><div role="button" aria-label="Post">Post</div></div>`;
  return document.querySelector('[role=dialog]')!;
};

describe('audience labels', () => {
  it('names the audience inside a longer label, in several languages', () => {
    expect(audienceLabel('Edit privacy. Sharing with Public.')).toBe('public');
    expect(audienceLabel('Public ▾')).toBe('public');
    expect(audienceLabel('Friends')).toBe('friends');
    expect(audienceLabel('Friends except…')).toBe('friends');
    expect(audienceLabel('Cyhoeddus')).toBe('public');
    expect(audienceLabel('Ffrindiau')).toBe('friends');
    expect(audienceLabel('Publiczne')).toBe('public');
    expect(audienceLabel('عام')).toBe('public');
    expect(audienceLabel('الأصدقاء')).toBe('friends');
    expect(audienceLabel('Protected account')).toBe('locked');
    expect(audienceLabel("Cyfrif wedi'i ddiogelu")).toBe('locked');
  });

  it('does not take look-alikes for an audience', () => {
    for (const l of ['Create a public post…', 'Republic of Ireland', 'Post', 'Private message', '', null]) {
      expect(audienceLabel(l), String(l)).not.toBe('locked');
    }
    expect(audienceLabel('Republic of Ireland')).toBeNull();
    expect(audienceLabel('Post')).toBeNull();
  });
});

describe('reading the audience from the page', () => {
  it('Facebook: the audience button above the editor, by its text or its label', () => {
    expect(composerAudience(dialog('<div role="button" aria-label="Edit privacy. Sharing with Public."><span>Public</span></div>'))).toBe('public');
    expect(composerAudience(dialog('<button type="button"><span>Friends</span> ▾</button>'))).toBe('friends');
    expect(composerAudience(dialog('<div role="button" aria-label="Edit privacy. Sharing with Friends."></div>'))).toBe('friends');
  });

  it('Facebook: nothing above the editor says who sees it → unknown ("Tag friends" below does not count)', () => {
    expect(composerAudience(dialog(''))).toBeNull();
    expect(composerAudience(null)).toBeNull();
  });

  it('X: the account switcher, with or without the lock; no switcher → unknown', () => {
    document.body.innerHTML = '<header role="banner"><div role="button" data-testid="SideNav_AccountSwitcher_Button">Sam Taylor <svg data-testid="icon-lock"></svg> @samtaylor</div></header>';
    expect(xAudience(document)).toBe('followers');
    // Churned: no test ids; the switcher by structure, the lock by its label.
    document.body.innerHTML = '<header role="banner"><button><span>Sam Taylor</span><svg role="img" aria-label="Protected account"></svg><span>@samtaylor</span></button></header>';
    expect(xAudience(document)).toBe('followers');
    document.body.innerHTML = '<header role="banner"><button><span>Sam Taylor</span><span>@samtaylor</span></button></header>';
    expect(xAudience(document)).toBe('public');
    // An email address is not a handle.
    document.body.innerHTML = '<header role="banner"><button>sam@school.org</button></header>';
    expect(xAudience(document)).toBeNull();
    document.body.innerHTML = '<header role="banner"><button>Sam Taylor @samtaylor</button></header>';
    expect(xAudience(document)).toBe('public');
    document.body.innerHTML = '<main><div contenteditable="true"></div></main>';
    expect(xAudience(document)).toBeNull();
  });

  it('Instagram: a lock beside the username says private; nothing says public', () => {
    document.body.innerHTML = '<div role="dialog"><b>samtaylor</b><svg role="img" aria-label="Private account"></svg><div contenteditable="true"></div></div>';
    expect(instagramAudience(document.querySelector('[role=dialog]'), document)).toBe('followers');
    document.body.innerHTML = '<div role="dialog"><b>samtaylor</b><div contenteditable="true"></div></div>';
    expect(instagramAudience(document.querySelector('[role=dialog]'), document)).toBeNull();
  });
});
