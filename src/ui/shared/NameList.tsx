import type { ComponentChildren } from 'preact';
import { signal } from '@preact/signals';
import { RULES } from '../../core';
import { FIELDS, type UserSettings } from '../../settings';
import { parsePupilFile, parsePupilList, type ListKind, type PupilImport } from '../../settings/pupils';

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
  /** "pupils'" / "parents' and carers'", as in "1,234 pupils' names". */
  whose: string;
  intro: ComponentChildren;
  pasteLabel: string;
  pasteHint: string;
  checkLabel: string;
  fileLabel: string;
  previewId: string;
  previewWhat: string;
  replaceLabel: string;
  state: ImportState;
}

export type ImportState = ReturnType<typeof importState>;

export function importState() {
  return { preview: signal<PupilImport | null>(null), pasteText: signal(''), importError: signal<string | null>(null), importing: signal(false), ownListOpen: signal(false) };
}

/** Saves a change to the person's own settings; true when it was stored with no problems. */
export type SaveList = (change: (now: unknown, own: UserSettings) => Partial<UserSettings>, what: string) => Promise<boolean>;

async function readFile(list: PeopleList, file: File): Promise<void> {
  const { importError, preview } = list.state;
  importError.value = null;
  preview.value = null;
  if (file.size > 20 * 1024 * 1024) {
    importError.value = `${file.name} is too big to be a list of ${list.whose} names (over 20 MB).`;
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    // The file was moved or deleted after it was chosen, or the browser may not read it.
    importError.value = `${file.name} could not be read. Check it is still there, then choose it again.`;
    return;
  }
  const result = parsePupilFile(bytes, FIELDS[list.field].max, list.kind);
  if (result.error) importError.value = `${file.name}: ${result.error}`;
  else preview.value = result;
}

function readPasted(list: PeopleList): void {
  const result = parsePupilList(list.state.pasteText.value, FIELDS[list.field].max, list.kind);
  list.state.importError.value = result.error ?? null;
  list.state.preview.value = result.error ? null : result;
}

async function confirmImport(list: PeopleList, how: 'replace' | 'add', save: SaveList): Promise<void> {
  const names = list.state.preview.value!.names;
  list.state.importing.value = true;
  try {
    const change = (_now: unknown, own: UserSettings) => ({ [list.field]: how === 'replace' ? names : [...(own[list.field] ?? []), ...names] });
    if (await save(change, `${names.length.toLocaleString('en-GB')} ${list.whose} names`)) {
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
  const { id, state } = list;
  const p = state.preview.value;
  return (
    <>
      <div class="field">
        <label for={`${id}-paste`}>{list.pasteLabel}</label>
        <div class="hint" id={`${id}-paste-hint`}>{list.pasteHint}</div>
        <textarea id={`${id}-paste`} rows={4} aria-describedby={`${id}-paste-hint`} value={state.pasteText.value} onInput={(ev) => (state.pasteText.value = ev.currentTarget.value)} />
        <button type="button" class="secondary" onClick={() => readPasted(list)} disabled={!state.pasteText.value.trim()}>{list.checkLabel}</button>
      </div>
      <div class="field">
        <label for={`${id}-file`}>{list.fileLabel}</label>
        <input type="file" id={`${id}-file`} accept=".csv,.txt,.tsv,text/csv,text/plain" onChange={(ev) => {
          const f = ev.currentTarget.files?.[0];
          // A parser fault must still leave the person a message, never a button that did nothing.
          if (f) readFile(list, f).catch(() => (state.importError.value = `${f.name} could not be read as a list of names. Nothing was changed.`));
          ev.currentTarget.value = '';
        }} />
      </div>
      {state.importError.value && <div class="notice bad" role="alert">{state.importError.value}</div>}
      {p && (
        <div class="preview" role="region" aria-labelledby={list.previewId}>
          <h3 id={list.previewId} tabIndex={-1} ref={(el) => el?.focus()}>Check before saving: {p.names.length.toLocaleString('en-GB')} {list.previewWhat} found</h3>
          <p class="muted">{p.understoodAs}{p.duplicates > 0 && ` ${p.duplicates.toLocaleString('en-GB')} repeated ${p.duplicates === 1 ? 'name was' : 'names were'} counted once.`} Nothing has changed yet.</p>
          <ol class="preview-names">
            {p.names.slice(0, 10).map((n) => <li key={n}>{n}</li>)}
          </ol>
          {p.names.length > 10 && <p class="muted">…and {(p.names.length - 10).toLocaleString('en-GB')} more.</p>}
          {p.skipped.length > 0 && (
            <details>
              <summary>{p.skipped.length.toLocaleString('en-GB')} {p.skipped.length === 1 ? 'line was' : 'lines were'} left out</summary>
              <ul>
                {p.skipped.slice(0, 50).map((s) => <li key={s.line}>Line {s.line}: “{s.text.slice(0, 60)}”: {s.reason}</li>)}
              </ul>
            </details>
          )}
          <div class="buttons">
            <button type="button" disabled={state.importing.value} onClick={() => void confirmImport(list, 'replace', save)}>{list.replaceLabel} {p.names.length.toLocaleString('en-GB')}</button>
            {ownCount > 0 && <button type="button" class="secondary" disabled={state.importing.value} onClick={() => void confirmImport(list, 'add', save)}>Add them to my {ownCount.toLocaleString('en-GB')}</button>}
            <button type="button" class="secondary" disabled={state.importing.value} onClick={() => (state.preview.value = null)}>Cancel</button>
            {state.importing.value && <span role="status">Saving…</span>}
          </div>
        </div>
      )}
    </>
  );
}

export const PUPILS: PeopleList = {
  field: 'pupilNames', kind: 'pupils', id: 'pupil', whose: "pupils'",
  intro: 'Names of pupils you teach or work with, so a post naming one can be spotted. They stay on this device and are never sent anywhere.',
  pasteLabel: 'Paste names', pasteHint: 'One pupil per line, as “Forename Surname” or “Surname, Forename”. You can also paste columns straight from a spreadsheet.',
  checkLabel: 'Check these names', fileLabel: 'Or choose a file exported from your MIS (CSV or text)',
  previewId: 'preview-h', previewWhat: 'names', replaceLabel: 'Replace my list with these',
  state: importState(),
};

export const PARENTS: PeopleList = {
  field: 'parentNames', kind: 'parents', id: 'parent', whose: "parents' and carers'",
  intro: (
    <>Optional. Names of pupils' parents and carers, so that you are asked first before you add one as a friend, follow or message them ({RULES['contact-boundaries'].title.toLowerCase()}), and, if “{RULES['parent-names'].title}” is switched on under {FIELDS.rules.label}, before a post names one. They stay on this device and are never sent anywhere.</>
  ),
  pasteLabel: "Paste parents' and carers' names", pasteHint: 'One person per line, as “Forename Surname” or “Surname, Forename”; “Tom & Amira Khan” counts as two. A contacts export from your MIS can be pasted as it is.',
  checkLabel: "Check these parents' names", fileLabel: "Or choose a file of parents' and carers' names from your MIS (CSV or text)",
  previewId: 'parent-preview-h', previewWhat: "parents' and carers' names", replaceLabel: "Replace my parents' list with these",
  state: importState(),
};
