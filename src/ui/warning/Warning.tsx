import { useEffect, useRef } from 'preact/hooks';
import { FindingList } from './FindingList';
import { orderQuestions } from './questions';
import type { WarningProps } from './types';

/** The in-page warning. Focus starts on "Edit", the safe choice; the host traps Tab and maps Escape to Edit. */
export function Warning({ items, questions, profile, note, onEdit, onPost }: WarningProps) {
  const edit = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  // Effects run after the next paint, which a busy or background tab puts off: whoever opened the
  // dialog may already have focused it, and the person may have pressed Tab since. Only an
  // unfocused dialog gets focus on Edit, so a Tab is never undone.
  useEffect(() => {
    const button = edit.current;
    if (!button?.isConnected) return;
    const active = (button.getRootNode() as Document | ShadowRoot).activeElement;
    if (!active || !dialog.current?.contains(active)) button.focus();
  }, []);
  const ordered = orderQuestions(questions, items);
  const what = profile ? 'your profile' : 'this post';
  const summary = items.length
    ? `${cap(what)} may share something that could identify your school, your pupils or you. Nothing has been ${profile ? 'saved' : 'posted'} yet.`
    : `Your school asks you to think about these questions before every post. Nothing has been posted yet.`;
  return (
    <div class="backdrop">
      <div ref={dialog} class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="tbyp-title" aria-describedby="tbyp-summary">
        {/* Nothing found means "always" mode asked: it opens only then. */}
        <h2 id="tbyp-title">{items.length ? 'Think before you post' : 'Before you post'}</h2>
        <p id="tbyp-summary">{summary}</p>
        {items.length > 0 && <FindingList items={items} label="What we noticed" />}
        {note && <p class="note">{note}</p>}
        <h3>Ask yourself</h3>
        <ol class="questions">
          {ordered.map((q) => (
            <li key={q.n} value={q.n} class={q.relevant ? 'relevant' : undefined}>
              <strong>{q.title}</strong> {q.detail}
            </li>
          ))}
        </ol>
        <p class="private">This check happened on your device. Nothing was sent anywhere.</p>
        <div class="actions">
          <button ref={edit} class="primary" type="button" onClick={onEdit}>Edit {profile ? 'my profile' : 'my post'}</button>
          <button class="secondary" type="button" onClick={onPost}>Post anyway</button>
        </div>
      </div>
    </div>
  );
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
