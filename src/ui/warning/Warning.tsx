import { useEffect, useRef, useState } from 'preact/hooks';
import { catalogue, language, t, TAG, type MessageKey } from '../../i18n';
import { fittingQuestions, orderQuestions } from './questions';
import type { Audience, Excerpt, Item, Question, WarningProps } from './types';

const AUDIENCE: Record<Audience, MessageKey> = {
  public: 'warning_audience_public',
  friends: 'warning_audience_friends',
  followers: 'warning_audience_followers',
};

/** The one-line reason for a finding: the warning's own short line for its rule, else the item's message. */
function why(item: Item): string {
  const key = `warning_why_${item.rule.replace(/-/g, '_')}`;
  return key in catalogue('en_GB') ? t(key as MessageKey) : item.message;
}

/**
 * The in-page warning: who can see the post, the draft's risky words in place, one line per finding,
 * the questions that fit, then Edit and Post anyway. Focus starts on "Edit", the safe choice; the host
 * traps Tab and maps Escape to Edit.
 */
export function Warning({ items, questions, profile, note, excerpts = [], audience, always: alwaysAsk = false, onNeverFlag, onEdit, onPost }: WarningProps) {
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
  const marked = new Set(excerpts.flatMap((e) => e.parts.filter((p) => p.mark).map((p) => p.text.toLowerCase())));
  // Nothing found happens only in "always ask" mode; that mode keeps all seven in view either way.
  const always = items.length === 0;
  const allInView = always || alwaysAsk;
  return (
    <div class="backdrop">
      {/* Our words are in our language and its direction, whatever the page's; the draft's own words follow theirs. */}
      <div ref={dialog} class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="tbyp-title" aria-describedby="tbyp-summary" lang={TAG[language()]} dir="ltr">
        <h2 id="tbyp-title">{always ? t('warning_title_always') : t('warning_title')}</h2>
        <div id="tbyp-summary">
          {audience && <p class={`audience ${audience}`}>{t(AUDIENCE[audience])}</p>}
          {always && <p>{t('warning_always_intro')}</p>}
          {excerpts.length > 0 && <Draft excerpts={excerpts} />}
        </div>
        {!always && (
          <ul class="findings" aria-label={t('warning_findings_label')}>
            {items.map((item, i) => (
              <Finding key={i} n={i} item={item} inDraft={!!item.text && marked.has(item.text.toLowerCase())} onNeverFlag={onNeverFlag} />
            ))}
          </ul>
        )}
        {note && <p class="note">{note}</p>}
        {allInView ? <AllQuestions questions={always ? questions : orderQuestions(questions, items)} /> : (
          <>
            <ol class="questions fit" aria-label={t('warning_questions_label')}>
              {fittingQuestions(questions, items, audience === 'public' ? [1] : []).map((q) => <li key={q.n}><strong>{q.title}</strong></li>)}
            </ol>
            <details class="all">
              <summary>{t('warning_all_questions')}</summary>
              <AllQuestions questions={questions} />
            </details>
          </>
        )}
        <div class="actions">
          <button ref={edit} class="primary" type="button" onClick={onEdit}>{profile ? t('warning_edit_profile') : t('warning_edit_post')}</button>
          <button class="secondary" type="button" onClick={onPost}>{t('warning_post_anyway')}</button>
        </div>
        <p class="private">{t('warning_private')}</p>
      </div>
    </div>
  );
}

function Draft({ excerpts }: { excerpts: Excerpt[] }) {
  return (
    <blockquote class="draft" aria-label={t('warning_draft_label')}>
      {excerpts.map((e, i) => (
        // The draft may be in a right-to-left script: its direction is its own.
        <p key={i} dir="auto">
          {e.cutStart && '… '}
          {e.parts.map((p, j) => (p.mark ? <mark key={j}>{p.text}</mark> : p.text))}
          {e.cutEnd && ' …'}
        </p>
      ))}
    </blockquote>
  );
}

function AllQuestions({ questions }: { questions: readonly Question[] }) {
  return (
    <ol class="questions">
      {questions.map((q) => (
        <li key={q.n} value={q.n}><strong>{q.title}</strong> {q.detail}</li>
      ))}
    </ol>
  );
}

type Step = 'idle' | 'asking' | 'saving' | 'failed';

/**
 * Names the school listed (its own names, pupils, parents, colleagues) are never offered "Never
 * flag": one confirmation would silence the check that matters most for that child for good, on a
 * list IT or the safeguarding lead keeps. A wrong match there is changed in Settings.
 */
const LISTED = new Set(['school', 'pupil', 'parent-names', 'colleague']);

/** One finding: what it is and why, and "Never flag" for words the draft holds. */
function Finding({ n, item, inDraft, onNeverFlag }: { n: number; item: Item; inDraft: boolean; onNeverFlag: WarningProps['onNeverFlag'] }) {
  const [step, setStep] = useState<Step>('idle');
  const cancel = useRef<HTMLButtonElement>(null);
  const never = useRef<HTMLButtonElement>(null);
  // Focus follows the step: into the question when it opens, back to "Never flag" when it is cancelled.
  const cancelled = useRef(false);
  useEffect(() => {
    // Asking, or the save failed and its button went: focus stays on this finding's choice.
    if (step === 'asking' || step === 'failed') cancel.current?.focus();
    if (step === 'idle' && cancelled.current) { cancelled.current = false; never.current?.focus(); }
  }, [step]);
  const id = `tbyp-never-${n}`;
  const words = item.text;
  // Words to ignore are words or a short phrase: a whole sentence (the learnt second opinion marks
  // one) would only silence that exact sentence, and reads as if the person can opt out of a topic.
  const canIgnore = !!onNeverFlag && inDraft && !LISTED.has(item.rule) && words.trim().split(/\s+/).length <= 5;
  const ignore = async () => {
    setStep('saving');
    let ok = false;
    try { ok = await onNeverFlag!(words); } catch { ok = false; }
    // On success the warning is judged again and re-rendered (or closed) by its owner.
    setStep(ok ? 'idle' : 'failed');
  };
  return (
    <li class={`finding ${item.severity}`}>
      <span class="label">{item.label}</span>
      {item.text && !inDraft && <> <span class="words" dir="auto">“{item.text}”</span></>}
      <span class="why">{why(item)}</span>
      {canIgnore && step === 'idle' && (
        // The words are marked just above: the button shows the short form, its name the words.
        <button ref={never} class="link" type="button" aria-label={t('warning_never_flag', words)} onClick={() => setStep('asking')}>{t('warning_never_flag_short')}</button>
      )}
      {canIgnore && step !== 'idle' && (
        <div class="confirm" role="group" aria-labelledby={id}>
          <p id={id} role={step === 'failed' ? 'status' : undefined}>{step === 'failed' ? t('warning_never_failed') : t('warning_never_confirm', words)}</p>
          {step !== 'failed' && (
            <button class="small" type="button" disabled={step === 'saving'} onClick={() => void ignore()}>
              {step === 'saving' ? t('warning_never_saving') : t('warning_never_yes')}
            </button>
          )}
          <button ref={cancel} class="small secondary" type="button" onClick={() => { cancelled.current = true; setStep('idle'); }}>{t('warning_never_no')}</button>
        </div>
      )}
    </li>
  );
}
