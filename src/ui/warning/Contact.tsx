/** The nudge before befriending, following or messaging someone on the school's lists (issue 13). */
export interface ContactProps {
  /** The entry as on the school's list. */
  who: string;
  list: 'pupil' | 'parent';
  action: 'befriend' | 'follow' | 'message';
  onCancel: () => void;
  onGo: () => void;
}

const DOING: Record<ContactProps['action'], string> = {
  befriend: 'You are about to add them as a friend.',
  follow: 'You are about to follow them.',
  message: 'You are about to message them from this account.',
};

/**
 * Focus starts on "Cancel", the safe choice: the content script puts it there as it opens (not an effect
 * after paint, which could take focus back from a Tab pressed meanwhile), traps Tab and maps Escape to Cancel.
 */
export function Contact({ who, list, action, onCancel, onGo }: ContactProps) {
  return (
    <div class="backdrop">
      <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="tbyp-title" aria-describedby="tbyp-summary">
        <h2 id="tbyp-title">{who} is on your school's {list === 'pupil' ? 'pupil' : 'parent'} list</h2>
        <p id="tbyp-summary">{DOING[action]} Nothing has happened yet.</p>
        <blockquote class="policy">
          Your school's policy: staff do not add pupils, past pupils or their parents as friends, do not accept their
          requests, and do not contact them from personal accounts.
        </blockquote>
        <p class="private">This check happened on your device. Nothing was sent anywhere.</p>
        <div class="actions">
          <button class="primary" type="button" onClick={onCancel}>Cancel</button>
          <button class="secondary" type="button" onClick={onGo}>Go ahead</button>
        </div>
      </div>
    </div>
  );
}
