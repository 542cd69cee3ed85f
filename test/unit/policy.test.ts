// `npm run policy`: one IT config in, every deployment artefact out, each one read back here the way
// its consumer reads it: JSON checked against the extension's managed schema as Chromium checks
// policy, .reg parsed as regedit does and rebuilt as Chromium's registry reader does, ADMX/ADML
// checked for structure and applied to the registry as the Group Policy client would, plist parsed
// with the plist package.
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parsePlist } from 'plist';
import { POLICY_FIELDS } from '../../src/settings/schema';
import { RULE_IDS } from '../../src/core';
import { applyAdmx, checkAdmx, type Choice, type Registry } from './admx';
// @ts-expect-error plain ESM script without types
import { generate, CHROME_ID, FIREFOX_ID, UPDATE_URL_PLACEHOLDER, CHROME_STORE_UPDATE_URL, EDGE_STORE_UPDATE_URL } from '../../scripts/policy.mjs';

const SCHEMA = JSON.parse(readFileSync(new URL('../../src/settings/managed-schema.json', import.meta.url), 'utf8')) as Schema;

/** Every policy key, with values that exercise escaping (quotes, backslash, accents, apostrophes). */
const POLICY = {
  schoolName: 'Grangetown Primary School',
  schoolAliases: ['Grangetown Primary', 'GPS', '#GPSsports'],
  schoolDomain: 'grangetown.sch.uk',
  schoolHandles: ['GrangetownPS'],
  pupilNames: ['Amelia Jones', "Siobhán O'Neill", 'Zoë "Zee" Smith', 'Back\\slash Test', 'Seán Ó Briain'],
  parentNames: ['Mrs Aoife Ní Bhriain', "Tom & Amira O'Connor", 'Back\\slash "Quote" Parent'],
  staffNames: ['Mrs Patel'],
  mode: 'always',
  // Every rule the registry has, alternately on and off, so a new rule is carried by every route too.
  rules: Object.fromEntries(RULE_IDS.map((id, i) => [id, i % 2 === 0])) as Record<string, boolean>,
  ignoreWords: ['Paris'],
  workingHours: { enabled: true, days: [1, 2, 3, 4, 5], start: '08:30', end: '15:30' },
  language: 'cy',
  locked: ['schoolName', 'pupilNames'],
};
const EVERY_KEY = [...POLICY_FIELDS, 'locked'];

type Files = Record<string, string | Buffer>;

async function files(config: unknown = POLICY): Promise<Files> {
  const r = await generate(config);
  expect(r.problems).toEqual([]);
  return r.files;
}

/** A file's text; the .reg files are UTF-16LE with a byte-order mark, as regedit wants. */
const text = (f: string | Buffer | undefined) => (typeof f === 'string' ? f : f![0] === 0xff && f![1] === 0xfe ? f!.subarray(2).toString('utf16le') : f!.toString('utf8'));

// ---------- Chromium's policy schema check (the subset managed-schema.json uses) ----------

interface Schema { type: string; properties?: Record<string, Schema>; items?: Schema; enum?: string[] }

/** Problems Chromium would report validating `value` against the extension's managed schema. */
function schemaProblems(value: unknown, schema: Schema = SCHEMA, path = ''): string[] {
  const at = path || '(top)';
  switch (schema.type) {
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${at}: not an object`];
      return Object.entries(value).flatMap(([k, v]) => (schema.properties?.[k] ? schemaProblems(v, schema.properties[k], `${path}.${k}`) : [`${path}.${k}: not in the schema`]));
    }
    case 'array':
      return Array.isArray(value) ? value.flatMap((v, i) => schemaProblems(v, schema.items, `${path}[${i}]`)) : [`${at}: not a list`];
    case 'string':
      if (typeof value !== 'string') return [`${at}: not a string`];
      return schema.enum && !schema.enum.includes(value) ? [`${at}: not one of ${schema.enum.join(', ')}`] : [];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${at}: not a boolean`];
    case 'integer':
      return Number.isInteger(value) ? [] : [`${at}: not an integer`];
    default:
      return [`${at}: unknown schema type ${schema.type}`];
  }
}

// ---------- regedit's .reg format and Chromium's registry reader ----------

/** A strict reader for regedit's format: header, [key] / [-key] lines, "name"=value lines. */
function parseReg(buf: Buffer): Registry {
  expect([...buf.subarray(0, 2)]).toEqual([0xff, 0xfe]);
  const lines = buf.subarray(2).toString('utf16le').split('\r\n');
  expect(lines[0]).toBe('Windows Registry Editor Version 5.00');
  const keys: Registry = new Map();
  let current: Map<string, string | number> | null = null;
  for (const line of lines.slice(1)) {
    if (line === '' || line.startsWith(';')) continue;
    let m: RegExpExecArray | null;
    if ((m = /^\[-(HKEY_[A-Z_]+(?:\\[^\\\]]+)+)\]$/.exec(line))) {
      for (const k of [...keys.keys()]) if (k === m[1] || k.startsWith(m[1] + '\\')) keys.delete(k);
      current = null;
      continue;
    }
    if ((m = /^\[(HKEY_[A-Z_]+(?:\\[^\\\]]+)+)\]$/.exec(line))) {
      current = keys.get(m[1]!) ?? new Map();
      keys.set(m[1]!, current);
      continue;
    }
    m = /^"((?:[^"\\]|\\.)*)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-f]{8}))$/.exec(line);
    expect(m, `bad .reg line: ${line}`).not.toBeNull();
    expect(current, 'value outside a key').not.toBeNull();
    const unescape = (s: string) => s.replace(/\\(.)/g, '$1');
    current!.set(unescape(m![1]!), m![3] !== undefined ? parseInt(m![3], 16) : unescape(m![2]!));
  }
  return keys;
}

/**
 * What Chromium builds from the registry for an extension, guided by its schema, as in
 * chromium/src components/policy/core/common/registry_dict.cc (ConvertRegistryValue): lists are
 * subkeys with values 1..n, booleans and integers may be DWORDs or strings holding a number.
 */
function chromiumReads(reg: Registry, key: string, schema: Schema = SCHEMA): unknown {
  const values = reg.get(key) ?? new Map();
  const convert = (v: string | number | undefined, s: Schema): unknown => {
    if (v === undefined) return undefined;
    if (s.type === 'string') return typeof v === 'string' ? v : undefined;
    const n = typeof v === 'number' ? v : /^-?\d+$/.test(v) ? Number(v) : NaN;
    if (Number.isNaN(n)) return undefined;
    return s.type === 'boolean' ? n !== 0 : n;
  };
  if (schema.type === 'array') {
    const out: unknown[] = [];
    for (let i = 1; values.has(String(i)); i++) out.push(convert(values.get(String(i)), schema.items!));
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const [name, s] of Object.entries(schema.properties ?? {})) {
    const got = s.type === 'object' || s.type === 'array' ? (reg.has(`${key}\\${name}`) ? chromiumReads(reg, `${key}\\${name}`, s) : undefined) : convert(values.get(name), s);
    if (got !== undefined) out[name] = got;
  }
  return out;
}

const subtree = (reg: Registry, base: string): Registry => new Map([...reg].filter(([k]) => k === base || k.startsWith(base + '\\')).map(([k, v]) => [k, new Map([...v].sort())]));

/** How an administrator fills in the editor to set POLICY: each setting Enabled with its value, each listed rule Enabled or Disabled. */
function choicesFor(browser: string, policy: typeof POLICY): Record<string, Choice> {
  const out: Record<string, Choice> = {};
  for (const [k, v] of Object.entries(policy)) {
    const id = `${browser}_${k}`;
    if (k === 'rules') for (const [r, on] of Object.entries(v as Record<string, boolean>)) out[`${browser}_rule_${r}`] = { state: on ? 'enabled' : 'disabled' };
    else if (k === 'workingHours') {
      const h = v as typeof POLICY.workingHours;
      out[id] = { state: 'enabled', elements: { [`${id}_enabled`]: h.enabled, [`${id}_days`]: h.days.map(String), [`${id}_start`]: h.start, [`${id}_end`]: h.end } };
    } else out[id] = { state: 'enabled', elements: { [`${id}_value`]: v as string | string[] } };
  }
  return out;
}

const BROWSERS = [['chrome', 'Google\\Chrome'], ['edge', 'Microsoft\\Edge']] as const;
const policyKey = (base: string, id: string) => `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${base}\\3rdparty\\extensions\\${id}\\policy`;

describe('npm run policy', () => {
  it('covers every policy key and every rule in the test policy', () => {
    expect(Object.keys(POLICY).sort()).toEqual([...EVERY_KEY].sort());
    expect(schemaProblems(POLICY)).toEqual([]);
  });

  it('writes Chrome/Edge JSON for Linux that passes the managed schema as 3rdparty.extensions.<id>', async () => {
    const f = await files();
    for (const b of ['chrome', 'edge']) {
      const parsed = JSON.parse(text(f[`${b}-linux/think-before-you-post.json`]));
      const policy = parsed['3rdparty'].extensions[CHROME_ID];
      expect(schemaProblems(policy)).toEqual([]);
      expect(policy).toEqual(POLICY);
      const force = JSON.parse(text(f[`${b}-linux/force-install.json`]));
      expect(force.ExtensionInstallForcelist).toEqual([`${CHROME_ID};${UPDATE_URL_PLACEHOLDER}`]);
      expect(force.ExtensionSettings[CHROME_ID]).toEqual({ installation_mode: 'force_installed', update_url: UPDATE_URL_PLACEHOLDER });
    }
  });

  it('writes Firefox policies.json whose 3rdparty policy passes the managed schema, with a force-install entry', async () => {
    const parsed = JSON.parse(text((await files())['firefox/policies.json']));
    const policy = parsed.policies['3rdparty'].Extensions[FIREFOX_ID];
    expect(schemaProblems(policy)).toEqual([]);
    expect(policy).toEqual(POLICY);
    expect(parsed.policies.ExtensionSettings[FIREFOX_ID].installation_mode).toBe('force_installed');
  });

  it('writes the Google Admin console JSON with each value wrapped, unwrapping to a policy that passes the schema', async () => {
    const parsed = JSON.parse(text((await files())['google-admin/policy-for-extensions.json']));
    for (const v of Object.values(parsed)) expect(Object.keys(v as object)).toEqual(['Value']);
    const unwrapped = Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, (v as { Value: unknown }).Value]));
    expect(schemaProblems(unwrapped)).toEqual([]);
    expect(unwrapped).toEqual(POLICY);
  });

  it('writes .reg files in valid regedit syntax from which Chromium rebuilds the same policy, for Chrome and Edge', async () => {
    const f = await files();
    for (const [b, base] of BROWSERS) {
      const keys = parseReg(f[`windows/think-before-you-post-${b}.reg`] as Buffer);
      expect(chromiumReads(keys, policyKey(base, CHROME_ID))).toEqual(POLICY);
      expect(keys.get(`HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${base}\\ExtensionInstallForcelist`)).toEqual(new Map([['1', `${CHROME_ID};${UPDATE_URL_PLACEHOLDER}`]]));
    }
  });

  it('writes ADMX and ADML that pass the structure check, with a policy for every key and rule', async () => {
    const f = await files();
    for (const lang of ['en-US', 'en-GB']) {
      const { problems, policies } = checkAdmx(text(f['windows/admx/ThinkBeforeYouPost.admx']), text(f[`windows/admx/${lang}/ThinkBeforeYouPost.adml`]));
      expect(problems).toEqual([]);
      for (const [b] of BROWSERS) {
        const names = policies.map((p) => p.name);
        for (const k of EVERY_KEY.filter((k) => k !== 'rules')) expect(names).toContain(`${b}_${k}`);
        for (const r of RULE_IDS) expect(names).toContain(`${b}_rule_${r}`);
      }
      // Every list gets numbered values, which is all Chromium reads as a list.
      for (const p of policies) for (const e of p.elements.filter((e) => e.kind === 'list')) expect(e.valuePrefix, `${p.name} ${e.id}`).toBe('');
    }
  });

  it('the structure check catches what Windows would refuse or misread', async () => {
    const f = await files();
    const admx = text(f['windows/admx/ThinkBeforeYouPost.admx']);
    const adml = text(f['windows/admx/en-US/ThinkBeforeYouPost.adml']);
    expect(checkAdmx(admx.replace('<policies>', '<policies'), adml).problems[0]).toMatch(/not well-formed/);
    expect(checkAdmx(admx, adml.replace('<string id="schoolName">', '<string id="schoolNameX">')).problems).toContain('policy chrome_schoolName displayName does not refer to an ADML string ($(string.schoolName))');
    expect(checkAdmx(admx.replace('class="Machine"', 'class="Computer"'), adml).problems.join('\n')).toMatch(/class must be User, Machine or Both/);
    expect(checkAdmx(admx, adml.replace(/<listBox refId="chrome_pupilNames_value">/, '<textBox refId="chrome_pupilNames_value">').replace(/(<textBox refId="chrome_pupilNames_value">[^<]*)<\/listBox>/, '$1</textBox>')).problems.join('\n')).toMatch(/chrome_pupilNames_value \(list\) has no matching control/);
    const swapped = admx.replace(/(<parentCategory ref="chrome" \/>)(\s*)(<supportedOn ref="SUPPORTED_ANY" \/>)/, '$3$2$1');
    expect(checkAdmx(swapped, adml).problems.join('\n')).toMatch(/not in the schema's order/);
  });

  it('ADMX set as the policy writes exactly the registry values of the .reg file, and Chromium reads the policy from them', async () => {
    const f = await files();
    const { policies } = checkAdmx(text(f['windows/admx/ThinkBeforeYouPost.admx']), text(f['windows/admx/en-US/ThinkBeforeYouPost.adml']));
    for (const [b, base] of BROWSERS) {
      const fromAdmx = applyAdmx(policies, choicesFor(b, POLICY));
      const fromReg = parseReg(f[`windows/think-before-you-post-${b}.reg`] as Buffer);
      const key = policyKey(base, CHROME_ID);
      expect(subtree(fromAdmx, key)).toEqual(subtree(fromReg, key));
      expect(chromiumReads(fromAdmx, key)).toEqual(POLICY);
    }
  });

  it('ADMX lists without valuePrefix="" would have reached Chrome empty (the bug this guards against)', async () => {
    const f = await files();
    const broken = text(f['windows/admx/ThinkBeforeYouPost.admx']).replaceAll(' valuePrefix=""', '');
    const { policies } = checkAdmx(broken, text(f['windows/admx/en-US/ThinkBeforeYouPost.adml']));
    const read = chromiumReads(applyAdmx(policies, choicesFor('chrome', POLICY)), policyKey('Google\\Chrome', CHROME_ID)) as typeof POLICY;
    expect(read.pupilNames).toEqual([]);
    expect(read.locked).toEqual([]);
  });

  it('writes a macOS .mobileconfig that the plist parser reads, with the policy and force-install for Chrome and Edge', async () => {
    const f = await files();
    const root = parsePlist(text(f['macos/think-before-you-post.mobileconfig'])) as Record<string, unknown>;
    expect(root.PayloadType).toBe('Configuration');
    const content = root.PayloadContent as Record<string, unknown>[];
    for (const [domain] of [['com.google.Chrome'], ['com.microsoft.Edge']]) {
      const payload = content.find((p) => p.PayloadType === `${domain}.extensions.${CHROME_ID}`)!;
      const { PayloadType, PayloadIdentifier, PayloadUUID, PayloadVersion, PayloadDisplayName, ...policy } = payload;
      expect(schemaProblems(policy)).toEqual([]);
      expect(policy).toEqual(POLICY);
      expect(content.find((p) => p.PayloadType === domain)!.ExtensionInstallForcelist).toEqual([`${CHROME_ID};${UPDATE_URL_PLACEHOLDER}`]);
    }
    expect(new Set(content.map((p) => p.PayloadUUID)).size).toBe(content.length);
    expect(parsePlist(text(f[`macos/com.google.Chrome.extensions.${CHROME_ID}.plist`]))).toEqual(POLICY);
  });

  it('keeps control characters from an MIS export out of every file, so the profile stays valid XML', async () => {
    const f = await files({ ...POLICY, pupilNames: ['Amelia\u0001 Jones', 'Zoë\u001b Smith'] });
    const profile = parsePlist(text(f['macos/think-before-you-post.mobileconfig'])) as { PayloadContent: Record<string, unknown>[] };
    expect(profile.PayloadContent[0]!.pupilNames).toEqual(['Amelia Jones', 'Zoë Smith']);
    for (const [name, body] of Object.entries(f)) expect(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text(body)), name).toBe(false);
  });

  it('uses the store ids and store update URLs when the config gives store ids', async () => {
    const chromeId = 'abcdefghijklmnopabcdefghijklmnop';
    const edgeId = 'ponmlkjihgfedcbaponmlkjihgfedcba';
    const firefoxId = '{12345678-1234-1234-1234-123456789abc}';
    const f = await files({ policy: POLICY, chromeId, edgeId, firefoxId, firefoxInstallUrl: 'https://addons.mozilla.org/firefox/downloads/latest/think-before-you-post/latest.xpi' });
    expect(JSON.parse(text(f['chrome-linux/think-before-you-post.json']))['3rdparty'].extensions[chromeId]).toEqual(POLICY);
    expect(JSON.parse(text(f['edge-linux/think-before-you-post.json']))['3rdparty'].extensions[edgeId]).toEqual(POLICY);
    expect(JSON.parse(text(f['chrome-linux/force-install.json'])).ExtensionInstallForcelist).toEqual([`${chromeId};${CHROME_STORE_UPDATE_URL}`]);
    expect(JSON.parse(text(f['edge-linux/force-install.json'])).ExtensionInstallForcelist).toEqual([`${edgeId};${EDGE_STORE_UPDATE_URL}`]);
    expect(JSON.parse(text(f['firefox/policies.json'])).policies['3rdparty'].Extensions[firefoxId]).toEqual(POLICY);
    const chromeReg = parseReg(f['windows/think-before-you-post-chrome.reg'] as Buffer);
    const edgeReg = parseReg(f['windows/think-before-you-post-edge.reg'] as Buffer);
    expect(chromiumReads(chromeReg, policyKey('Google\\Chrome', chromeId))).toEqual(POLICY);
    expect(chromiumReads(edgeReg, policyKey('Microsoft\\Edge', edgeId))).toEqual(POLICY);
    const { policies } = checkAdmx(text(f['windows/admx/ThinkBeforeYouPost.admx']), text(f['windows/admx/en-US/ThinkBeforeYouPost.adml']));
    expect(chromiumReads(applyAdmx(policies, choicesFor('edge', POLICY)), policyKey('Microsoft\\Edge', edgeId))).toEqual(POLICY);
    const profile = parsePlist(text(f['macos/think-before-you-post.mobileconfig'])) as { PayloadContent: Record<string, unknown>[] };
    expect(profile.PayloadContent.map((p) => p.PayloadType)).toEqual([`com.google.Chrome.extensions.${chromeId}`, 'com.google.Chrome', `com.microsoft.Edge.extensions.${edgeId}`, 'com.microsoft.Edge']);
    expect(Object.keys(f)).toContain(`macos/com.microsoft.Edge.extensions.${edgeId}.plist`);
    expect(Object.values(f).some((body) => text(body).includes(CHROME_ID) || text(body).includes(FIREFOX_ID))).toBe(false);
  });

  it('takes update URLs from the config when given', async () => {
    const f = await files({ policy: { schoolName: 'Lodge Farm' }, chromeUpdateUrl: 'https://it.example.sch.uk/tbyp.xml', firefoxInstallUrl: 'https://it.example.sch.uk/tbyp.xpi' });
    expect(JSON.parse(text(f['chrome-linux/force-install.json'])).ExtensionInstallForcelist).toEqual([`${CHROME_ID};https://it.example.sch.uk/tbyp.xml`]);
    expect(JSON.parse(text(f['edge-linux/force-install.json'])).ExtensionInstallForcelist).toEqual([`${CHROME_ID};https://it.example.sch.uk/tbyp.xml`]);
    expect(JSON.parse(text(f['firefox/policies.json'])).policies.ExtensionSettings[FIREFOX_ID].install_url).toBe('https://it.example.sch.uk/tbyp.xpi');
  });

  it('refuses a config with mistakes and says what they are, writing nothing', async () => {
    const r = await generate({ schoolName: '', pupilNames: 'Amelia Jones', colour: 'blue', locked: ['nope'] });
    expect(r.files).toEqual({});
    expect(r.problems.join('\n')).toMatch(/schoolName\) is empty/);
    expect(r.problems.join('\n')).toMatch(/pupilNames\) should be a list of text/);
    expect(r.problems.join('\n')).toMatch(/"colour" is not a setting/);
    expect(r.problems.join('\n')).toMatch(/"nope" in "locked"/);
    const ids = await generate({ policy: { schoolName: 'Lodge Farm' }, chromeId: 'not-an-id', firefoxId: 'nope', edgeUpdateUrl: 'http://insecure.example/x' });
    expect(ids.files).toEqual({});
    expect(ids.problems.join('\n')).toMatch(/"chromeId" should be a 32-letter extension id/);
    expect(ids.problems.join('\n')).toMatch(/"firefoxId" should be an add-on id/);
    expect(ids.problems.join('\n')).toMatch(/"edgeUpdateUrl" should be an https:\/\/ address/);
  });

  it('runs from the command line and writes every artefact', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tbyp-policy-'));
    try {
      writeFileSync(join(dir, 'school.json'), '\uFEFF' + JSON.stringify(POLICY));
      const out = execFileSync('node', ['scripts/policy.mjs', join(dir, 'school.json'), '--out', join(dir, 'out')], { encoding: 'utf8' });
      expect(out).toMatch(/Wrote 15 files/);
      expect(readdirSync(join(dir, 'out')).sort()).toEqual(['chrome-linux', 'edge-linux', 'firefox', 'force-install.txt', 'google-admin', 'macos', 'windows']);
      expect(JSON.parse(readFileSync(join(dir, 'out/chrome-linux/think-before-you-post.json'), 'utf8'))['3rdparty'].extensions[CHROME_ID].schoolName).toBe('Grangetown Primary School');

      writeFileSync(join(dir, 'bad.json'), JSON.stringify({ schoolName: 42 }));
      const bad = spawnSync('node', ['scripts/policy.mjs', join(dir, 'bad.json'), '--out', join(dir, 'bad-out')], { encoding: 'utf8' });
      expect(bad.status).toBe(1);
      expect(bad.stderr).toMatch(/nothing was written/);
      expect(() => readdirSync(join(dir, 'bad-out'))).toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
