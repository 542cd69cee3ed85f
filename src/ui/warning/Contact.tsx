import { t, type MessageKey } from '../../i18n';

/** The nudge before befriending, following or messaging someone on the school's lists (issue 13). */
export interface ContactProps {
  /** The entry as on the school's list. */
  who: string;
  list: 'pupil' | 'parent';
  action: 'befriend' | 'follow' | 'message';
  onCancel: () => void;
  onGo: () => void;
}

// Whole sentences per case, so each language words the heading and summary its own way.
const TITLE: Record<ContactProps['list'], MessageKey> = { pupil: 'contact_title_pupil', parent: 'contact_title_parent' };
const SUMMARY: Record<ContactProps['action'], MessageKey> = {
  befriend: 'contact_summary_befriend',
  follow: 'contact_summary_follow',
  message: 'contact_summary_message',
};

/**
 * Focus starts on "Cancel", the safe choice: the content script puts it there as it opens (not an effect
 * after paint, which could take focus back from a Tab pressed meanwhile), traps Tab and maps Escape to Cancel.
 */
export function Contact({ who, list, action, onCancel, onGo }: ContactProps) {
  return (
    <div class="backdrop">
      <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="tbyp-title" aria-describedby="tbyp-summary">
        <h2 id="tbyp-title">{t(TITLE[list], who)}</h2>
        <p id="tbyp-summary">{t(SUMMARY[action])}</p>
        <blockquote class="policy">{t('contact_policy')}</blockquote>
        <p class="private">{t('contact_private')}</p>
        <div class="actions">
          <button class="primary" type="button" onClick={onCancel}>{t('contact_cancel')}</button>
          <button class="secondary" type="button" onClick={onGo}>{t('contact_go')}</button>
        </div>
      </div>
    </div>
  );
}
