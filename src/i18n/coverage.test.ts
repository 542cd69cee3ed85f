// Every word a person sees comes from the catalogue (issue 14): this reads the source of src/ui and
// src/content with the TypeScript parser and fails on prose written into the code. What counts as
// prose: JSX text, and string or template literals in a place the person sees (an aria-label, a
// title, a placeholder, a label/message/note property) or that read like a sentence. What does not:
// selectors, class names, ids, event names, console and Error text, and lines marked `i18n-ignore`
// with the reason beside it (a word that is a product name, text matched on the site, not shown).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
// src/settings too: what it tells staff is a key and parameters (said.ts); IT-only English is marked.
const DIRS = ['src/ui', 'src/content', 'src/settings'];

const SEEN_ATTRS = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label']);
const SEEN_PROPS = new Set(['label', 'message', 'title', 'text', 'note', 'detail', 'summary', 'heading', 'help', 'hint', 'description', 'explanation', 'why', 'question']);
const CODE_ATTRS = new Set(['class', 'className', 'id', 'for', 'htmlFor', 'type', 'role', 'name', 'rel', 'href', 'src', 'style', 'key', 'lang', 'dir', 'autocomplete', 'inputmode', 'accept', 'pattern', 'method', 'target', 'part', 'slot', 'value', 'data-testid']);
const CODE_CALLS = /^(?:querySelector(?:All)?|closest|matches|getAttribute|setAttribute|hasAttribute|removeAttribute|addEventListener|removeEventListener|createElement|getElementById|getURL|get|set|has|delete|postMessage|sendMessage|message|fault|startsWith|endsWith|includes|split|replace|replaceAll|test|exec|dispatchEvent|attachShadow|insertAdjacentText|setProperty|getPropertyValue|toggle|add|remove|contains|item|key)$/;

/** Reads like words for a person: a capital and a word, or two words with a space, or ends like a sentence. */
const PROSE = /[A-Za-z\u00C0-\u024F]{2,}[’']?[a-z]*[ ,:;.!?…]+[A-Za-z\u00C0-\u024F]{2,}|^[A-Z][a-z]{2,}[.!?…]?$/;
/** Never words: CSS selectors, URLs, ids, regexp-ish, file names, single identifiers. */
const CODE = /^[\s\w-]*[[\]=>#(){}|*^$\\/]|^[\w.-]+\.(?:js|css|html|json|png|svg|php)$|^(?:https?|chrome|moz)-?[\w-]*:|^[a-z][\w-]*(?: [a-z][\w-]*)*$|^[\w-]+:[\w:-]+$|^[\w-]+: [^;]+;|^:host\b/;

interface Hit { file: string; line: number; text: string }

function* files(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) yield p;
  }
}

function literalText(n: ts.Node): string | undefined {
  if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) return n.text;
  if (ts.isTemplateExpression(n)) return [n.head.text, ...n.templateSpans.map((s) => s.literal.text)].join(' … ');
  return undefined;
}

/** Where a literal is used decides whether a person can see it. */
function context(n: ts.Node): 'seen' | 'code' | 'maybe' {
  for (let p = n.parent, child: ts.Node = n; p; child = p, p = p.parent) {
    if (ts.isJsxAttribute(p)) {
      const name = p.name.getText();
      if (SEEN_ATTRS.has(name)) return 'seen';
      if (CODE_ATTRS.has(name) || /^on[A-Z]/.test(name) || name.startsWith('data-') || name.startsWith('aria-')) return 'code';
      return 'maybe';
    }
    if (ts.isPropertyAssignment(p) && child === p.initializer) {
      const key = p.name.getText().replace(/['"]/g, '');
      return SEEN_PROPS.has(key) ? 'seen' : 'maybe';
    }
    if (ts.isCallExpression(p) || ts.isNewExpression(p)) {
      const callee = p.expression.getText();
      if (/^console\./.test(callee) || /(?:^|\.)(?:Error|TypeError|RangeError)$/.test(callee) || /^(?:RegExp|t|tp)$/.test(callee)) return 'code';
      const method = callee.split('.').pop()!;
      if (CODE_CALLS.test(method)) return 'code';
      return 'maybe';
    }
    if (ts.isBinaryExpression(p) && /^(?:===|!==|==|!=)$/.test(p.operatorToken.getText())) return 'code';
    if (ts.isCaseClause(p) || ts.isImportDeclaration(p) || ts.isExportDeclaration(p) || ts.isLiteralTypeNode(p) || ts.isElementAccessExpression(p)) return 'code';
    if (ts.isStatement(p) || ts.isJsxExpression(p)) {
      if (ts.isJsxExpression(p) && p.parent && (ts.isJsxElement(p.parent) || ts.isJsxFragment(p.parent))) return 'seen';
      return 'maybe';
    }
  }
  return 'maybe';
}

function scan(file: string): Hit[] {
  const source = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const lines = source.split('\n');
  const ignored = (pos: number) => {
    const line = sf.getLineAndCharacterOfPosition(pos).line;
    return /i18n-ignore/.test(lines[line] ?? '') || /i18n-ignore/.test(lines[line - 1] ?? '');
  };
  const hits: Hit[] = [];
  const hit = (n: ts.Node, text: string) => {
    if (ignored(n.getStart(sf))) return;
    hits.push({ file: relative(ROOT, file), line: sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1, text: text.trim().slice(0, 80) });
  };
  const visit = (n: ts.Node) => {
    if (ts.isJsxText(n)) {
      const text = n.text.replace(/\s+/g, ' ').trim();
      if (/\p{L}/u.test(text)) hit(n, text);
    } else {
      const text = literalText(n);
      if (text !== undefined && /\p{L}{2}/u.test(text)) {
        const where = context(n);
        const t = text.trim();
        if (where === 'seen' && !CODE.test(t)) hit(n, t);
        else if (where === 'maybe' && PROSE.test(t) && !CODE.test(t)) hit(n, t);
      }
      if (text !== undefined) return;
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return hits;
}

describe('the message catalogue', () => {
  it('holds every word shown by src/ui and src/content (no prose written into the code)', () => {
    const hits = DIRS.flatMap((d) => [...files(join(ROOT, d))].flatMap(scan));
    const report = hits.map((h) => `${h.file}:${h.line}  ${JSON.stringify(h.text)}`).join('\n');
    expect(report, `${hits.length} strings not from the catalogue (use t('key') from src/i18n; mark non-UI text with a why-comment holding i18n-ignore)`).toBe('');
  });
});
