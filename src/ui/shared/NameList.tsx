import type { ComponentChildren } from 'preact';
import { signal } from '@preact/signals';
import { FIELDS, type UserSettings } from '../../settings';
import { fieldLabel } from '../../settings/merge';
import { parsePupilFile, parsePupilList, type ListKind, type PupilImport } from '../../settings/pupils';
import { say, type PluralKey } from '../../settings/said';
import { formatNumber, t, tp, type MessageKey } from '../../i18n';
import { readLanguage } from './language';
import { rich } from './rich';
import { ruleTitle } from '../../i18n/rules';

/**
 * A list of people read from a paste or an MIS export, with a preview before anything is saved: the
 * pupils' list and the parents' and carers' list are the same control with their own words. It lives
 * here, not in the options page, so the welcome page offers exactly the same import.
 */
export interface PeopleList {
  field: 'pupilNames' | 'parentNames';
  kind: ListKind;
  /** Prefix of the element ids (kept as they were for pupils: tests and the Firefox probe read them). */
  id: string;
  previewId: string;
  /** The list's own words, looked up when drawn so they follow a change of language. */
  intro: () => ComponentChildren;
  pasteLabel: MessageKey;
  pasteHint: MessageKey;
  checkLabel: MessageKey;
  fileLabel: MessageKey;
  /** Plural families: "Check before saving: 2 names found", "Replace my list with these 2", "2 pupils' names", a file too big. */
  preview: PluralKey;
  replace: PluralKey;
  saved: PluralKey;
  tooBig: MessageKey;
  state: ImportState;
}

type ImportState = ReturnType<typeof importState>;

function importState() {
  return { preview: signal<PupilImport | null>(null), pasteText: signal(''), importError: signal<(() => string) | null>(null), importing: signal(false), ownListOpen: signal(false) };
}

/** Saves a change to the person's own settings; true when it was stored with no problems. */
export type SaveList = (change: (now: unknown, own: UserSettings) => Partial<UserSettings>, what: () => string) => Promise<boolean>;

async function readFile(list: PeopleList, file: File): Promise<void> {
  const { importError, preview } = list.state;
  importError.value = null;
  preview.value = null;
  if (file.size > 20 * 1024 * 1024) {
    importError.value = () => t(list.tooBig, file.name);
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    // The file was moved or deleted after it was chosen, or the browser may not read it.
    importError.value = () => t('import_file_unreadable', file.name);
    return;
  }
  const result = parsePupilFile(bytes, FIELDS[list.field].max, list.kind);
  if (result.error) {
    const error = result.error;
    importError.value = () => t('import_file_problem', file.name, say(error));
  }
  else preview.value = result;
}

function readPasted(list: PeopleList): void {
  const result = parsePupilList(list.state.pasteText.value, FIELDS[list.field].max, list.kind);
  const error = result.error;
  list.state.importError.value = error ? () => say(error) : null;
  list.state.preview.value = result.error ? null : result;
}

async function confirmImport(list: PeopleList, how: 'replace' | 'add', save: SaveList): Promise<void> {
  const names = list.state.preview.value!.names;
  list.state.importing.value = true;
  try {
    const change = (_now: unknown, own: UserSettings) => ({ [list.field]: how === 'replace' ? names : [...(own[list.field] ?? []), ...names] });
    if (await save(change, () => tp(list.saved, names.length))) {
      list.state.preview.value = null;
      list.state.pasteText.value = '';
    }
  } finally {
    list.state.importing.value = false;
  }
}

/**
 * The paste box, the file chooser, and the preview ("Check before saving…") with Replace / Add /
 * Cancel. `ownCount` is how many names the person has already (Add is offered only then).
 */
export function NameList({ list, ownCount, save }: { list: PeopleList; ownCount: number; save: SaveList }) {
  readLanguage();
  const { id, state } = list;
  const p = state.preview.value;
  return (
    <>
      <div class="field">
        <label for={`${id}-paste`}>{t(list.pasteLabel)}</label>
        <div class="hint" id={`${id}-paste-hint`}>{t(list.pasteHint)}</div>
        <textarea id={`${id}-paste`} rows={4} aria-describedby={`${id}-paste-hint`} value={state.pasteText.value} onInput={(ev) => (state.pasteText.value = ev.currentTarget.value)} />
        <button type="button" class="secondary" onClick={() => readPasted(list)} disabled={!state.pasteText.value.trim()}>{t(list.checkLabel)}</button>
      </div>
      <div class="field">
        <label for={`${id}-file`}>{t(list.fileLabel)}</label>
        {/* The browser's own chooser says "Choose File / No file chosen" in the browser's language (never
            Welsh in Chrome or Edge): ours is drawn over it, in ours; the input keeps the label above as its name. */}
        <div>
          <span class="file-button">
            <span aria-hidden="true">{t('import_choose_file')}</span>
            <input type="file" id={`${id}-file`} accept=".csv,.txt,.tsv,text/csv,text/plain" onChange={(ev) => {
              const f = ev.currentTarget.files?.[0];
              // A parser fault must still leave the person a message, never a button that did nothing.
              if (f) readFile(list, f).catch(() => (state.importError.value = () => t('import_file_failed', f.name)));
              ev.currentTarget.value = '';
            }} />
          </span>
        </div>
      </div>
      {state.importError.value && <div class="notice bad" role="alert">{state.importError.value()}</div>}
      {p && (
        <div class="preview" role="region" aria-labelledby={list.previewId}>
          <h3 id={list.previewId} tabIndex={-1} ref={(el) => el?.focus()}>{tp(list.preview, p.names.length)}</h3>
          <p class="muted">{[...p.understoodAs.map(say), ...(p.duplicates > 0 ? [tp('import_duplicates', p.duplicates)] : []), t('import_nothing_changed')].join(' ')}</p>
          <ol class="preview-names">
            {p.names.slice(0, 10).map((n) => <li key={n}>{n}</li>)}
          </ol>
          {p.names.length > 10 && <p class="muted">{tp('import_more', p.names.length - 10)}</p>}
          {p.skipped.length > 0 && (
            <details>
              <summary>{tp('import_skipped', p.skipped.length)}</summary>
              <ul>
                {p.skipped.slice(0, 50).map((s) => <li key={s.line}>{t('import_skipped_line', formatNumber(s.line), s.text.slice(0, 60), say(s.reason))}</li>)}
              </ul>
            </details>
          )}
          <div class="buttons">
            <button type="button" disabled={state.importing.value} onClick={() => void confirmImport(list, 'replace', save)}>{tp(list.replace, p.names.length)}</button>
            {ownCount > 0 && <button type="button" class="secondary" disabled={state.importing.value} onClick={() => void confirmImport(list, 'add', save)}>{tp('import_add', ownCount)}</button>}
            <button type="button" class="secondary" disabled={state.importing.value} onClick={() => (state.preview.value = null)}>{t('import_cancel')}</button>
            {state.importing.value && <span role="status">{t('import_saving')}</span>}
          </div>
        </div>
      )}
    </>
  );
}

export const PUPILS: PeopleList = {
  field: 'pupilNames', kind: 'pupils', id: 'pupil', previewId: 'preview-h',
  intro: () => t('import_pupils_intro'),
  pasteLabel: 'import_pupils_paste_label', pasteHint: 'import_pupils_paste_hint', checkLabel: 'import_pupils_check', fileLabel: 'import_pupils_file',
  preview: 'import_pupils_preview', replace: 'import_pupils_replace', saved: 'import_pupils_saved', tooBig: 'import_pupils_too_big',
  state: importState(),
};

export const PARENTS: PeopleList = {
  field: 'parentNames', kind: 'parents', id: 'parent', previewId: 'parent-preview-h',
  intro: () => rich('import_parents_intro', ruleTitle('contact-boundaries').toLocaleLowerCase(), ruleTitle('parent-names'), say(fieldLabel('rules'))),
  pasteLabel: 'import_parents_paste_label', pasteHint: 'import_parents_paste_hint', checkLabel: 'import_parents_check', fileLabel: 'import_parents_file',
  preview: 'import_parents_preview', replace: 'import_parents_replace', saved: 'import_parents_saved', tooBig: 'import_parents_too_big',
  state: importState(),
};
