// Submit by form: the `submit` event of a <form> that holds an editor (server-rendered pages, and
// any send we did not recognise by its control or key). Seen at the window in the capture phase,
// before the site's own handlers; "Post anyway" submits the form again, once, with the same submitter.
import { editorsForForm, isOurs } from '../composer';
import { hasText } from '../dom';
import { fault } from '../faults';
import { guard } from '../guard';
import { present } from '../contact';
import { waiting, type State } from '../state';
import { decideFor } from './decide';
import { block, holdUntilReady } from './hold';

export function onSubmit(s: State, e: Event): void {
  // A submit event a page script dispatches itself submits nothing; our own re-submit passes.
  if (s.bypass || !e.isTrusted) return;
  const form = e.target;
  if (!(form instanceof HTMLFormElement) || isOurs(form, s.ui?.host ?? null)) return;
  if (s.warningOpen) return block(e);
  guard('submit', () => {
    fault('intercept');
    const editors = editorsForForm(form, s.adapter).filter(hasText);
    if (!editors.length) return;
    const submitter = (e as SubmitEvent).submitter ?? null;
    const again = () => resubmit(form, submitter);
    if (waiting(s)) return holdUntilReady(s, e, () => decideFor(s, editors, form), again);
    const d = decideFor(s, editors, form);
    if (!d) return;
    present(s, d, again);
    block(e);
  });
}

/** The same submit again: requestSubmit() runs the form's validation and the site's handlers, as the first did. */
function resubmit(form: HTMLFormElement, submitter: HTMLElement | null): void {
  if (!form.isConnected) return;
  const by = submitter && submitter.isConnected && (submitter as HTMLButtonElement).form === form ? submitter : null;
  form.requestSubmit(by);
}
