// One shadow host for the badge and the warning, appended to <html> outside anything the site renders.
import { render } from 'preact';
import { language, TAG } from '../../i18n';
import { Badge, type BadgeProps } from './Badge';
import { Contact, type ContactProps } from './Contact';
import { Notice, type NoticeProps } from './Notice';
import { Warning } from './Warning';
import { CSS_TEXT } from './styles';
import type { WarningProps } from './types';

export type { Audience, Excerpt, Item, WarningProps } from './types';

export type { NoticeProps } from './Notice';

/** `contact` left out keeps the nudge that is open (the badge and warning update on their own schedule); null closes it. */
interface UiState { badge: BadgeProps | null; warning: WarningProps | null; notice?: NoticeProps | null; contact?: ContactProps | null }

export interface Ui {
  host: HTMLElement;
  root: ShadowRoot;
  update(state: UiState): void;
  /** Focusable elements of the open warning, for the focus trap. */
  focusables(): HTMLElement[];
}

// Events from our UI stop at the host so the site's keyboard shortcuts and focus traps never see them.
const CONTAINED = ['keydown', 'keyup', 'keypress', 'click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'focusin', 'focusout', 'input', 'wheel'];

// i18n-ignore: CSS selectors, never shown.
const FOCUSABLE = ['button:not([disabled])', '[href]', 'summary', '[tabindex]:not([tabindex="-1"])'].map((sel) => `[role="alertdialog"] ${sel}`).join(', ');

export function createUi(): Ui {
  const host = document.createElement('tbyp-ui');
  host.style.cssText = 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;';
  const root = host.attachShadow({ mode: 'open' });
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS_TEXT);
    root.adoptedStyleSheets = [sheet];
  } catch {
    // Firefox content scripts cannot always adopt a sheet built in their own compartment.
    const style = document.createElement('style');
    style.textContent = CSS_TEXT;
    root.append(style);
  }
  const mount = document.createElement('div');
  mount.className = 'root';
  root.append(mount);
  for (const type of CONTAINED) host.addEventListener(type, (e) => e.stopPropagation());
  let attached = false;
  let contact: ContactProps | null = null;

  return {
    host,
    root,
    update(state) {
      if (state.contact !== undefined) contact = state.contact;
      if (!attached && (state.badge || state.warning || state.notice || contact)) {
        document.documentElement.append(host);
        attached = true;
      }
      if (!attached) return;
      // Our words are in our language, whatever the site's: screen readers pronounce Welsh as Welsh.
      mount.lang = TAG[language()];
      // English and Welsh run left to right, also on a right-to-left page.
      mount.dir = 'ltr';
      render(
        <>
          {state.badge && !state.warning && !contact && <Badge {...state.badge} />}
          {state.notice && !state.warning && !contact && <Notice {...state.notice} />}
          {contact ? <Contact {...contact} /> : state.warning && <Warning {...state.warning} />}
        </>,
        mount,
      );
      if (!host.isConnected) document.documentElement.append(host);
    },
    focusables() {
      const all = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)];
      // The dialog's two choices come first (focus starts on the safe one) and next to each other;
      // then the rest in the order they are shown.
      const choices = all.filter((el) => el.parentElement?.classList.contains('actions'));
      return [...choices, ...all.filter((el) => !choices.includes(el))];
    },
  };
}
