// `npm run policy`: one IT config in, every deployment artefact out, each one parsed back here the
// way the browser or OS would read it (JSON, plist XML, .reg syntax, ADMX/ADML XML).
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
// @ts-expect-error plain ESM script without types
import { generate, CHROME_ID, FIREFOX_ID, UPDATE_URL_PLACEHOLDER } from '../../scripts/policy.mjs';

const POLICY = {
  schoolName: 'Grangetown Primary School',
  schoolAliases: ['Grangetown Primary', 'GPS', '#GPSsports'],
  schoolDomain: 'grangetown.sch.uk',
  schoolHandles: ['GrangetownPS'],
  pupilNames: ['Amelia Jones', "Siobhán O'Neill", 'Zoë "Zee" Smith', 'Back\\slash Test'],
  staffNames: ['Mrs Patel'],
  mode: 'always',
  rules: { job: false, pupil: true },
  ignoreWords: ['Paris'],
  workingHours: { enabled: true, days: [1, 2, 3, 4, 5], start: '08:30', end: '15:30' },
  locked: ['schoolName', 'pupilNames'],
};

type Files = Record<string, string | Buffer>;

async function files(config: unknown = POLICY): Promise<Files> {
  const r = await generate(config);
  expect(r.problems).toEqual([]);
  return r.files;
}

const text = (f: string | Buffer | undefined) => (typeof f === 'string' ? f : f!.toString('utf8'));

/** A strict reader for regedit's format: header, [key] / [-key] lines, "name"=value lines. */
function parseReg(buf: Buffer): Map<string, Record<string, string | number>> {
  expect([...buf.subarray(0, 2)]).toEqual([0xff, 0xfe]);
  const lines = buf.subarray(2).toString('utf16le').split('\r\n');
  expect(lines[0]).toBe('Windows Registry Editor Version 5.00');
  const keys = new Map<string, Record<string, string | number>>();
  let current: Record<string, string | number> | null = null;
  for (const line of lines.slice(1)) {
    if (line === '' || line.startsWith(';')) continue;
    let m: RegExpExecArray | null;
    if ((m = /^\[-(HKEY_[A-Z_]+(?:\\[^\\\]]+)+)\]$/.exec(line))) {
      current = null;
      continue;
    }
    if ((m = /^\[(HKEY_[A-Z_]+(?:\\[^\\\]]+)+)\]$/.exec(line))) {
      current = {};
      keys.set(m[1]!, current);
      continue;
    }
    m = /^"((?:[^"\\]|\\.)*)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-f]{8}))$/.exec(line);
    expect(m, `bad .reg line: ${line}`).not.toBeNull();
    expect(current, 'value outside a key').not.toBeNull();
    const unescape = (s: string) => s.replace(/\\(.)/g, '$1');
    current![unescape(m![1]!)] = m![3] !== undefined ? parseInt(m![3], 16) : unescape(m![2]!);
  }
  return keys;
}

/** What Chrome rebuilds from those keys: subkeys numbered 1..n are lists. */
function regToPolicy(keys: Map<string, Record<string, string | number>>, base: string): Record<string, unknown> {
  const build = (key: string): unknown => {
    const values = { ...keys.get(key) } as Record<string, unknown>;
    for (const k of keys.keys()) if (k.startsWith(key + '\\') && !k.slice(key.length + 1).includes('\\')) values[k.slice(key.length + 1)] = build(k);
    const names = Object.keys(values);
    if (names.length && names.every((n, i) => n === String(i + 1))) return names.map((n) => values[n]);
    return values;
  };
  return build(base) as Record<string, unknown>;
}

describe('npm run policy', () => {
  it('writes Chrome/Edge JSON for Linux that Chromium reads as 3rdparty.extensions.<id>', async () => {
    const f = await files();
    for (const b of ['chrome', 'edge']) {
      const parsed = JSON.parse(text(f[`${b}-linux/think-before-you-post.json`]));
      expect(parsed['3rdparty'].extensions[CHROME_ID]).toEqual(POLICY);
      const force = JSON.parse(text(f[`${b}-linux/force-install.json`]));
      expect(force.ExtensionInstallForcelist).toEqual([`${CHROME_ID};${UPDATE_URL_PLACEHOLDER}`]);
      expect(force.ExtensionSettings[CHROME_ID]).toEqual({ installation_mode: 'force_installed', update_url: UPDATE_URL_PLACEHOLDER });
    }
  });

  it('writes Firefox policies.json with 3rdparty.Extensions and a force-install entry', async () => {
    const parsed = JSON.parse(text((await files())['firefox/policies.json']));
    expect(parsed.policies['3rdparty'].Extensions[FIREFOX_ID]).toEqual(POLICY);
    expect(parsed.policies.ExtensionSettings[FIREFOX_ID].installation_mode).toBe('force_installed');
  });

  it('writes the Google Admin console JSON with each value wrapped', async () => {
    const parsed = JSON.parse(text((await files())['google-admin/policy-for-extensions.json']));
    expect(parsed.schoolName).toEqual({ Value: 'Grangetown Primary School' });
    expect(parsed.locked).toEqual({ Value: ['schoolName', 'pupilNames'] });
  });

  it('writes .reg files in valid regedit syntax that rebuild the same policy, for Chrome and Edge', async () => {
    const f = await files();
    for (const [b, base] of [['chrome', 'Google\\Chrome'], ['edge', 'Microsoft\\Edge']] as const) {
      const keys = parseReg(f[`windows/think-before-you-post-${b}.reg`] as Buffer);
      const policyKey = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${base}\\3rdparty\\extensions\\${CHROME_ID}\\policy`;
      const rebuilt = regToPolicy(keys, policyKey);
      // Booleans and integers travel as DWORDs; Chrome converts them back using the schema.
      expect(rebuilt).toEqual({
        ...POLICY,
        rules: { job: 0, pupil: 1 },
        workingHours: { ...POLICY.workingHours, enabled: 1 },
      });
      expect(keys.get(`HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${base}\\ExtensionInstallForcelist`)).toEqual({ 1: `${CHROME_ID};${UPDATE_URL_PLACEHOLDER}` });
    }
  });

  it('writes ADMX and ADML that are well-formed and refer to each other completely', async () => {
    const f = await files();
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['policy', 'string', 'presentation', 'category', 'item'].includes(name) });
    for (const name of ['windows/admx/ThinkBeforeYouPost.admx', 'windows/admx/en-US/ThinkBeforeYouPost.adml', 'windows/admx/en-GB/ThinkBeforeYouPost.adml']) {
      expect(XMLValidator.validate(text(f[name])), name).toBe(true);
    }
    const admx = parser.parse(text(f['windows/admx/ThinkBeforeYouPost.admx'])).policyDefinitions;
    const adml = parser.parse(text(f['windows/admx/en-US/ThinkBeforeYouPost.adml'])).policyDefinitionResources.resources;
    const strings = new Set(adml.stringTable.string.map((s: Record<string, string>) => s['@id']));
    const presentations = new Set(adml.presentationTable.presentation.map((p: Record<string, string>) => p['@id']));
    const refs = [...text(f['windows/admx/ThinkBeforeYouPost.admx']).matchAll(/\$\((string|presentation)\.([^)]+)\)/g)];
    expect(refs.length).toBeGreaterThan(20);
    for (const [, kind, id] of refs) expect(kind === 'string' ? strings.has(id) : presentations.has(id), `${kind}.${id}`).toBe(true);
    const policies = admx.policies.policy as Record<string, string>[];
    expect(policies.map((p) => p['@name'])).toContain('chrome_pupilNames');
    expect(policies.find((p) => p['@name'] === 'edge_schoolName')!['@key']).toBe(`SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${CHROME_ID}\\policy`);
    const categories = new Set(admx.categories.category.map((c: Record<string, string>) => c['@name']));
    for (const p of policies) expect(categories.has((p.parentCategory as unknown as Record<string, string>)['@ref'])).toBe(true);
  });

  it('writes a macOS .mobileconfig that is a valid plist with the policy and force-install for Chrome and Edge', async () => {
    const f = await files();
    const xml = text(f['macos/think-before-you-post.mobileconfig']);
    expect(XMLValidator.validate(xml)).toBe(true);
    const root = fromPlist(new XMLParser({ preserveOrder: true, ignoreAttributes: true }).parse(xml));
    expect(root.PayloadType).toBe('Configuration');
    const content = root.PayloadContent as Record<string, unknown>[];
    const chrome = content.find((p) => p.PayloadType === `com.google.Chrome.extensions.${CHROME_ID}`)!;
    const { PayloadType, PayloadIdentifier, PayloadUUID, PayloadVersion, PayloadDisplayName, ...policy } = chrome;
    expect(policy).toEqual(POLICY);
    expect(new Set(content.map((p) => p.PayloadUUID)).size).toBe(content.length);
    expect(content.find((p) => p.PayloadType === 'com.microsoft.Edge')!.ExtensionInstallForcelist).toEqual([`${CHROME_ID};${UPDATE_URL_PLACEHOLDER}`]);
    const standalone = fromPlist(new XMLParser({ preserveOrder: true, ignoreAttributes: true }).parse(text(f[`macos/com.google.Chrome.extensions.${CHROME_ID}.plist`])));
    expect(standalone).toEqual(POLICY);
  });

  it('takes update URLs from the config when given', async () => {
    const f = await files({ policy: { schoolName: 'Lodge Farm' }, chromeUpdateUrl: 'https://it.example.sch.uk/tbyp.xml', firefoxInstallUrl: 'https://it.example.sch.uk/tbyp.xpi' });
    expect(JSON.parse(text(f['chrome-linux/force-install.json'])).ExtensionInstallForcelist).toEqual([`${CHROME_ID};https://it.example.sch.uk/tbyp.xml`]);
    expect(JSON.parse(text(f['firefox/policies.json'])).policies.ExtensionSettings[FIREFOX_ID].install_url).toBe('https://it.example.sch.uk/tbyp.xpi');
  });

  it('refuses a config with mistakes and says what they are, writing nothing', async () => {
    const r = await generate({ schoolName: '', pupilNames: 'Amelia Jones', colour: 'blue', locked: ['nope'] });
    expect(r.files).toEqual({});
    expect(r.problems.join('\n')).toMatch(/schoolName\) is empty/);
    expect(r.problems.join('\n')).toMatch(/pupilNames\) should be a list of text/);
    expect(r.problems.join('\n')).toMatch(/"colour" is not a setting/);
    expect(r.problems.join('\n')).toMatch(/"nope" in "locked"/);
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

/** Reads Apple plist XML (as parsed with preserveOrder) into plain values. */
function fromPlist(doc: unknown[]): Record<string, unknown> {
  const plistNode = (doc as Record<string, unknown[]>[]).find((n) => 'plist' in n)!.plist!;
  return value(plistNode.find((n) => typeof n === 'object')!) as Record<string, unknown>;
  function value(node: unknown): unknown {
    const [tag, children] = Object.entries(node as Record<string, unknown[]>)[0]!;
    const textOf = () => String((children.find((c) => '#text' in (c as object)) as { '#text'?: unknown } | undefined)?.['#text'] ?? '');
    switch (tag) {
      case 'dict': {
        const out: Record<string, unknown> = {};
        for (let i = 0; i < children.length; i += 2) out[String(((children[i] as { key: { '#text': unknown }[] }).key[0] ?? { '#text': '' })['#text'])] = value(children[i + 1]);
        return out;
      }
      case 'array': return children.map(value);
      case 'string': return textOf().replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
      case 'integer': return parseInt(textOf(), 10);
      case 'true': return true;
      case 'false': return false;
      default: throw new Error(`unexpected plist tag ${tag}`);
    }
  }
}
