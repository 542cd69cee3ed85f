// Reads ADMX/ADML as Windows does, for the policy tests. No public copy of Microsoft's
// PolicyDefinitions XSD could be vendored here, so the structure checker is written from Microsoft's
// "Group Policy ADMX Syntax Reference Guide" (learn.microsoft.com, previous-versions, Windows Server
// 2008 R2: the pages for policyDefinitions, policy, elements, list, text, boolean, enum, decimal,
// presentation and the presentation controls). It checks what the editor refuses to load or
// silently mishandles: required attributes, child order, element kinds, ids and every $(string.…) /
// $(presentation.…) reference. applyAdmx then writes the registry values the Group Policy client
// would write for a chosen setting, following the same pages.
import { XMLParser, XMLValidator } from 'fast-xml-parser';

type Node = Record<string, unknown>;
type Ordered = Record<string, unknown>[];

const NS = 'http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions';
const ARRAYS = new Set(['target', 'using', 'definition', 'category', 'policy', 'item', 'string', 'presentation', 'boolean', 'decimal', 'text', 'enum', 'list', 'longDecimal', 'multiText']);
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ARRAYS.has(name) });
const ordered = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', preserveOrder: true });

/** Children of a policy, in the order the schema's sequence requires. */
const POLICY_CHILD_ORDER = ['parentCategory', 'seeAlso', 'keywords', 'supportedOn', 'enabledValue', 'disabledValue', 'enabledList', 'disabledList', 'elements'];
/** Element kinds the schema allows inside <elements>, with the attributes each requires. */
const ELEMENT_REQUIRED: Record<string, string[]> = { boolean: ['id', 'valueName'], decimal: ['id', 'valueName'], longDecimal: ['id', 'valueName'], text: ['id', 'valueName'], multiText: ['id', 'valueName'], enum: ['id', 'valueName'], list: ['id'] };
/** The ADML control each element kind must be shown with. */
const CONTROL_FOR: Record<string, string[]> = { boolean: ['checkBox'], decimal: ['decimalTextBox'], longDecimal: ['longDecimalTextBox'], text: ['textBox', 'comboBox'], multiText: ['multiTextBox'], enum: ['dropdownList'], list: ['listBox'] };

interface AdmxElement { kind: string; id: string; key?: string; valueName?: string; valuePrefix?: string; additive?: boolean; node: Node }
export interface AdmxPolicy { name: string; class: string; key: string; valueName?: string; enabledValue?: Node; disabledValue?: Node; elements: AdmxElement[] }

const attrs = (n: Node) => Object.fromEntries(Object.entries(n).filter(([k]) => k.startsWith('@')).map(([k, v]) => [k.slice(1), String(v)]));

/** Checks the pair and returns the problems (empty when Windows would load it) and the policies. */
export function checkAdmx(admxText: string, admlText: string): { problems: string[]; policies: AdmxPolicy[] } {
  const problems: string[] = [];
  const need = (ok: unknown, what: string) => {
    if (!ok) problems.push(what);
  };
  for (const [name, text] of [['ADMX', admxText], ['ADML', admlText]] as const) {
    const v = XMLValidator.validate(text);
    if (v !== true) return { problems: [`${name} is not well-formed XML: ${JSON.stringify(v)}`], policies: [] };
  }
  const doc = parser.parse(admxText) as Node;
  const defs = doc.policyDefinitions as Node | undefined;
  need(defs, 'root element is not policyDefinitions');
  if (!defs) return { problems, policies: [] };
  need(defs['@xmlns'] === NS, `policyDefinitions namespace is not ${NS}`);
  for (const a of ['revision', 'schemaVersion']) need(/^\d+\.\d+$/.test(String(defs[`@${a}`] ?? '')), `policyDefinitions @${a} is not "major.minor"`);
  const targets = ((defs.policyNamespaces as Node | undefined)?.target ?? []) as Node[];
  need(targets.length === 1 && targets[0]!['@prefix'] && targets[0]!['@namespace'], 'policyNamespaces needs exactly one target with prefix and namespace');
  need(/^\d+\.\d+$/.test(String((defs.resources as Node | undefined)?.['@minRequiredRevision'] ?? '')), 'resources @minRequiredRevision missing');

  const adml = (parser.parse(admlText) as Node).policyDefinitionResources as Node | undefined;
  need(adml, 'ADML root element is not policyDefinitionResources');
  if (!adml) return { problems, policies: [] };
  need(adml['@xmlns'] === NS, 'ADML namespace is wrong');
  const res = adml.resources as Node;
  const strings = new Map(((res.stringTable as Node).string as Node[]).map((s) => [String(s['@id']), String(s['#text'] ?? '')]));
  need(strings.size === ((res.stringTable as Node).string as Node[]).length, 'ADML string ids are not unique');
  for (const [id, text] of strings) need(text.trim() !== '', `ADML string ${id} is empty`);
  const presentations = new Map((((res.presentationTable as Node | undefined)?.presentation ?? []) as Node[]).map((p) => [String(p['@id']), p]));

  const stringRef = (v: unknown, where: string) => {
    const m = /^\$\(string\.([^)]+)\)$/.exec(String(v ?? ''));
    need(m && strings.has(m[1]!), `${where} does not refer to an ADML string (${String(v)})`);
  };
  const definitions = new Set((((defs.supportedOn as Node | undefined)?.definitions as Node | undefined)?.definition as Node[] | undefined ?? []).map((d) => {
    stringRef(d['@displayName'], `supportedOn definition ${String(d['@name'])}`);
    return String(d['@name']);
  }));
  const categories = new Map(((defs.categories as Node).category as Node[]).map((c) => [String(c['@name']), c]));
  for (const [name, c] of categories) {
    stringRef(c['@displayName'], `category ${name}`);
    const parent = (c.parentCategory as Node | undefined)?.['@ref'];
    if (parent !== undefined) need(categories.has(String(parent)), `category ${name} has unknown parent ${String(parent)}`);
  }

  // Child order is only visible in the order-preserving parse.
  const orderedDoc = ordered.parse(admxText) as Ordered;
  const orderedDefs = orderedDoc.find((n) => 'policyDefinitions' in n)!.policyDefinitions as Ordered;
  const orderedPolicies = (orderedDefs.find((n) => 'policies' in n)!.policies as Ordered).filter((n) => 'policy' in n);

  const policies: AdmxPolicy[] = [];
  const names = new Set<string>();
  ((defs.policies as Node).policy as Node[]).forEach((p, i) => {
    const a = attrs(p);
    const where = `policy ${a.name}`;
    need(a.name && !names.has(a.name), `${where}: name missing or repeated`);
    names.add(a.name!);
    need(['User', 'Machine', 'Both'].includes(a.class!), `${where}: class must be User, Machine or Both`);
    need(a.key && !/^HKEY_|^\\|\\$/.test(a.key), `${where}: key must be a relative registry path`);
    stringRef(a.displayName, `${where} displayName`);
    if (a.explainText !== undefined) stringRef(a.explainText, `${where} explainText`);
    need(categories.has(String((p.parentCategory as Node | undefined)?.['@ref'])), `${where}: parentCategory missing or unknown`);
    need(definitions.has(String((p.supportedOn as Node | undefined)?.['@ref'])), `${where}: supportedOn missing or unknown`);
    const childOrder = (orderedPolicies[i]!.policy as Ordered).map((n) => Object.keys(n).find((k) => k !== ':@')!);
    const positions = childOrder.map((c) => POLICY_CHILD_ORDER.indexOf(c));
    need(positions.every((pos, j) => pos >= 0 && (j === 0 || pos > positions[j - 1]!)), `${where}: children ${childOrder.join(', ')} are not in the schema's order`);
    need(!p.enabledValue === !a.valueName, `${where}: enabledValue needs the policy's valueName and the other way round`);

    const elements: AdmxElement[] = [];
    const elNode = p.elements as Node | undefined;
    for (const [kind, list] of Object.entries(elNode ?? {})) {
      if (kind.startsWith('@')) continue;
      need(kind in ELEMENT_REQUIRED, `${where}: <${kind}> is not an element kind`);
      for (const el of list as Node[]) {
        const ea = attrs(el);
        for (const r of ELEMENT_REQUIRED[kind] ?? []) need(ea[r], `${where}: <${kind}> needs @${r}`);
        if (kind === 'list') need(ea.valueName === undefined, `${where}: a list has no valueName (it owns its key)`);
        if (kind === 'list') need(ea.key && ea.key !== a.key, `${where}: a list needs its own key, or it deletes the policy's other values`);
        if (kind === 'enum') need(((el.item ?? []) as Node[]).length > 0, `${where}: enum has no items`);
        for (const item of (el.item ?? []) as Node[]) stringRef(item['@displayName'], `${where} enum item`);
        elements.push({ kind, id: ea.id!, key: ea.key, valueName: ea.valueName, valuePrefix: ea.valuePrefix, additive: ea.additive === 'true', node: el });
      }
    }
    need(new Set(elements.map((e) => e.id)).size === elements.length, `${where}: element ids repeat`);
    if (elements.length) {
      const m = /^\$\(presentation\.([^)]+)\)$/.exec(a.presentation ?? '');
      const pres = m ? presentations.get(m[1]!) : undefined;
      need(pres, `${where}: has elements but no presentation in the ADML`);
      if (pres) {
        const refs = new Map<string, string>();
        for (const [control, list] of Object.entries(pres)) {
          if (control.startsWith('@') || control === '#text') continue;
          for (const c of (Array.isArray(list) ? list : [list]) as Node[]) refs.set(String(c['@refId']), control);
        }
        for (const e of elements) need(CONTROL_FOR[e.kind]?.includes(refs.get(e.id) ?? ''), `${where}: element ${e.id} (${e.kind}) has no matching control in its presentation`);
        for (const id of refs.keys()) need(elements.some((e) => e.id === id), `${where}: presentation control ${id} refers to no element`);
      }
    }
    policies.push({ name: a.name!, class: a.class!, key: a.key!, valueName: a.valueName, enabledValue: p.enabledValue as Node | undefined, disabledValue: p.disabledValue as Node | undefined, elements });
  });
  return { problems, policies };
}

/** A registry: key path (under HKLM or HKCU) → value name → REG_SZ text or REG_DWORD number. */
export type Registry = Map<string, Map<string, string | number>>;

/** What a policy element is set to in the editor: text, a number, true/false, an enum's value, or a list's entries. */
export type Choice = { state: 'enabled'; elements?: Record<string, string | number | boolean | string[]> } | { state: 'disabled' };

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v) as Node;
const valueOf = (v: Node): string | number => {
  if (v.decimal) return Number(first(v.decimal)['@value']);
  if (v.string !== undefined) return String(v.string);
  throw new Error(`unsupported registry value ${JSON.stringify(v)}`);
};

/** The registry values the Group Policy client writes when these policies are set as chosen. */
export function applyAdmx(policies: AdmxPolicy[], choices: Record<string, Choice>): Registry {
  const reg: Registry = new Map();
  const put = (p: AdmxPolicy, key: string, name: string, value: string | number) => {
    const hive = p.class === 'User' ? 'HKEY_CURRENT_USER' : 'HKEY_LOCAL_MACHINE';
    const path = `${hive}\\${key}`;
    if (!reg.has(path)) reg.set(path, new Map());
    reg.get(path)!.set(name, value);
  };
  for (const [name, choice] of Object.entries(choices)) {
    const p = policies.find((x) => x.name === name);
    if (!p) throw new Error(`no policy ${name} in the ADMX`);
    if (choice.state === 'disabled') {
      if (p.valueName && p.disabledValue) put(p, p.key, p.valueName, valueOf(p.disabledValue));
      continue;
    }
    if (p.valueName && p.enabledValue) put(p, p.key, p.valueName, valueOf(p.enabledValue));
    for (const e of p.elements) {
      const v = choice.elements?.[e.id];
      if (v === undefined) throw new Error(`${name}: no value chosen for ${e.id}`);
      const key = e.key ?? p.key;
      switch (e.kind) {
        case 'text':
          put(p, key, e.valueName!, String(v));
          break;
        case 'decimal':
          put(p, key, e.valueName!, Number(v));
          break;
        case 'boolean':
          put(p, key, e.valueName!, valueOf(((v ? e.node.trueValue : e.node.falseValue) as Node | undefined) ?? { decimal: { '@value': v ? 1 : 0 } }));
          break;
        case 'enum': {
          const item = ((e.node.item ?? []) as Node[]).find((it) => valueOf(it.value as Node) === v);
          if (!item) throw new Error(`${name}: ${String(v)} is not one of the enum's values`);
          put(p, key, e.valueName!, valueOf(item.value as Node));
          break;
        }
        case 'list': {
          const hive = p.class === 'User' ? 'HKEY_CURRENT_USER' : 'HKEY_LOCAL_MACHINE';
          // Not additive: the list replaces what the key held.
          if (!e.additive) reg.delete(`${hive}\\${key}`);
          // Without valuePrefix each value is named after its own text; with it, prefix + 1, 2, 3….
          (v as string[]).forEach((entry, i) => put(p, key, e.valuePrefix === undefined ? entry : `${e.valuePrefix}${i + 1}`, entry));
          break;
        }
        default:
          throw new Error(`${name}: cannot apply ${e.kind}`);
      }
    }
  }
  return reg;
}
