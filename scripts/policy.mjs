// Turns one IT config file into every deployment artefact for the school's browsers.
//   npm run policy -- school.json [--out deploy]
// The config is the extension's policy (the same shape as a settings file exported from the options
// page: schoolName, schoolAliases, pupilNames, …, locked), optionally wrapped as
// { "policy": {…}, "chromeId": "…", "edgeId": "…", "firefoxId": "…", "chromeUpdateUrl": "…",
// "edgeUpdateUrl": "…", "firefoxInstallUrl": "…" }. The ids default to ours (self-hosted and unpacked
// installs); a store listing has the id the store gave it, and with a store id and no update URL the
// files point the browser at that store.
// It is checked with the extension's own validator first: Chrome silently drops an extension's
// WHOLE policy when one value has the wrong type, so a mistake is refused here, not discovered in
// the classroom. See docs/deploy.md for what to do with each file.
import { build as plistBuild } from 'plist';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importSource } from './generate-policy-files.mjs';

/** Our own ids: what an unpacked or self-hosted install gets (the manifest's "key" fixes the Chrome/Edge one). */
export const CHROME_ID = 'ojdagnilamnmndoeknbodijnglooflka';
export const FIREFOX_ID = 'think-before-you-post@tbyp.local';
export const UPDATE_URL_PLACEHOLDER = 'https://REPLACE-WITH-YOUR-SERVER.example/tbyp/updates.xml';
export const XPI_URL_PLACEHOLDER = 'https://REPLACE-WITH-YOUR-SERVER.example/tbyp/think-before-you-post.xpi';
/**
 * The stores' update URLs, as the browsers' own policy documentation gives them for store-hosted
 * extensions (Chrome Enterprise "ExtensionInstallForcelist", Microsoft Edge "ExtensionInstallForcelist").
 */
export const CHROME_STORE_UPDATE_URL = 'https://clients2.google.com/service/update2/crx';
export const EDGE_STORE_UPDATE_URL = 'https://edge.microsoft.com/extensionwebstorebase/v1/crx';

const BROWSERS = {
  chrome: { name: 'Google Chrome', regBase: 'SOFTWARE\\Policies\\Google\\Chrome', macDomain: 'com.google.Chrome', linuxDir: '/etc/opt/chrome/policies/managed' },
  edge: { name: 'Microsoft Edge', regBase: 'SOFTWARE\\Policies\\Microsoft\\Edge', macDomain: 'com.microsoft.Edge', linuxDir: '/etc/opt/edge/policies/managed' },
};

const CONFIG_KEYS = ['policy', 'chromeId', 'edgeId', 'firefoxId', 'chromeUpdateUrl', 'edgeUpdateUrl', 'firefoxInstallUrl'];

/**
 * The extension's own validator and field list (src/settings/merge.ts, schema.ts, the rules' meta),
 * bundled on the fly so labels, help and rule ids have one source of truth.
 */
let source;
export async function loadSource() {
  source ??= await importSource('src/settings/policy-source.ts');
  return source;
}

const isChromeId = (id) => typeof id === 'string' && /^[a-p]{32}$/.test(id);
// addons.mozilla.org accepts an email-like id or a {GUID}.
const isFirefoxId = (id) => typeof id === 'string' && /^(?:[A-Za-z0-9._+-]+@[A-Za-z0-9.-]+|\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})$/.test(id);
const isHttps = (u) => typeof u === 'string' && /^https:\/\/[^\s/]+\/\S*$/.test(u);

/**
 * Reads and checks the IT config. Returns { policy, ids, urls, problems }.
 * ids: { chrome, edge, firefox }; urls: { chrome, edge, firefox } (update / install URLs).
 */
export async function readConfig(raw) {
  const { parsePolicy, say } = await loadSource();
  const wrapped = raw && typeof raw === 'object' && !Array.isArray(raw) && 'policy' in raw;
  const cfg = wrapped ? raw : {};
  const parsed = parsePolicy(wrapped ? raw.policy : raw);
  const policy = { ...parsed.values };
  if (parsed.locked.size) policy.locked = [...parsed.locked];
  const problems = parsed.notices.map((n) => say(n.said));
  if (!Object.keys(parsed.values).length) problems.push('The config sets no settings at all.');
  for (const key of Object.keys(cfg)) {
    if (!CONFIG_KEYS.includes(key)) problems.push(`"${key}" is not something this script understands (expected ${CONFIG_KEYS.join(', ')}).`);
  }
  const ids = { chrome: cfg.chromeId ?? CHROME_ID, edge: cfg.edgeId ?? CHROME_ID, firefox: cfg.firefoxId ?? FIREFOX_ID };
  for (const b of ['chrome', 'edge']) {
    if (!isChromeId(ids[b])) problems.push(`"${b}Id" should be a 32-letter extension id (letters a to p), as the store shows it, not ${JSON.stringify(ids[b])}.`);
  }
  if (!isFirefoxId(ids.firefox)) problems.push(`"firefoxId" should be an add-on id like name@example.org or {GUID}, not ${JSON.stringify(ids.firefox)}.`);
  // A store id with no update URL means the store's listing: the browser updates it from the store.
  const urls = {
    chrome: cfg.chromeUpdateUrl ?? (ids.chrome !== CHROME_ID ? CHROME_STORE_UPDATE_URL : UPDATE_URL_PLACEHOLDER),
    // Self-hosted, Edge installs the same .crx as Chrome, so it shares Chrome's update URL.
    edge: cfg.edgeUpdateUrl ?? (ids.edge !== CHROME_ID ? EDGE_STORE_UPDATE_URL : cfg.chromeUpdateUrl ?? UPDATE_URL_PLACEHOLDER),
    firefox: cfg.firefoxInstallUrl ?? XPI_URL_PLACEHOLDER,
  };
  for (const [b, key] of [['chrome', 'chromeUpdateUrl'], ['edge', 'edgeUpdateUrl'], ['firefox', 'firefoxInstallUrl']]) {
    if (!isHttps(urls[b])) problems.push(`"${key}" should be an https:// address, not ${JSON.stringify(urls[b])}.`);
  }
  return { policy, ids, urls, problems };
}

// ---------------- generators (pure: config in, file text out) ----------------

const json = (v) => JSON.stringify(v, null, 2) + '\n';

export function chromeLinuxJson(policy, id) {
  return json({ '3rdparty': { extensions: { [id]: policy } } });
}

export function forceInstallJson(id, updateUrl) {
  return json({
    ExtensionInstallForcelist: [`${id};${updateUrl}`],
    ExtensionSettings: { [id]: { installation_mode: 'force_installed', update_url: updateUrl } },
  });
}

/** Google Admin console › Apps & extensions › the extension › "Policy for extensions" wants each value wrapped. */
export function googleAdminJson(policy) {
  return json(Object.fromEntries(Object.entries(policy).map(([k, v]) => [k, { Value: v }])));
}

export function firefoxPoliciesJson(policy, id, installUrl) {
  return json({
    policies: {
      ExtensionSettings: { [id]: { installation_mode: 'force_installed', install_url: installUrl } },
      '3rdparty': { Extensions: { [id]: policy } },
    },
  });
}

// ---- Windows registry (.reg, Unicode) ----

const regString = (s) => `"${String(s).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const dword = (n) => `dword:${(n >>> 0).toString(16).padStart(8, '0')}`;

/**
 * Registry layout Chrome and Edge read: strings as REG_SZ, booleans/integers as DWORD, objects as
 * subkeys, lists as subkeys of values named 1..n. List entries are REG_SZ even when they are numbers,
 * exactly as a Group Policy <list> writes them, so the .reg and ADMX routes leave the same registry;
 * Chromium converts them back using the schema ("Integers may be string-encoded", registry_dict.cc
 * in chromium/src components/policy/core/common).
 */
function regValues(key, obj, out) {
  const here = [];
  const sub = [];
  for (const [name, v] of Object.entries(obj)) {
    if (Array.isArray(v)) sub.push([`${key}\\${name}`, Object.fromEntries(v.map((x, i) => [String(i + 1), String(x)]))]);
    else if (v && typeof v === 'object') sub.push([`${key}\\${name}`, v]);
    else if (typeof v === 'boolean') here.push(`${regString(name)}=${dword(v ? 1 : 0)}`);
    else if (typeof v === 'number') here.push(`${regString(name)}=${dword(v)}`);
    else here.push(`${regString(name)}=${regString(v)}`);
  }
  out.push('', `[${key}]`, ...here);
  for (const [k, v] of sub) regValues(k, v, out);
}

export function windowsReg(browser, policy, id, updateUrl) {
  const b = BROWSERS[browser];
  const hk = `HKEY_LOCAL_MACHINE\\${b.regBase}`;
  const out = ['Windows Registry Editor Version 5.00', '', `; Think Before You Post: policy for ${b.name}. Generated by npm run policy.`];
  // Delete first so names removed from the list do not linger in the registry.
  out.push('', `[-${hk}\\3rdparty\\extensions\\${id}\\policy]`);
  regValues(`${hk}\\3rdparty\\extensions\\${id}\\policy`, policy, out);
  out.push('', `; Force-install. If you already force-install other extensions, add this line to your list instead of using value "1".`);
  out.push('', `[${hk}\\ExtensionInstallForcelist]`, `"1"=${regString(`${id};${updateUrl}`)}`);
  return out.join('\r\n') + '\r\n';
}

/** regedit's Unicode format: UTF-16LE with a byte-order mark (pupils' names may have accents). */
export function utf16le(text) {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

// ---- ADMX / ADML (Group Policy, Intune ADMX ingestion) ----
// Written to Microsoft's "Group Policy ADMX Syntax Reference Guide" (learn.microsoft.com, Windows
// Server 2008 R2 "ADMX syntax" pages: policy, elements, list, text, boolean, enum, presentation).

const xmlEscape = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Every policy key, as Group Policy shows it: one ADMX policy per setting, one per rule switch. */
function admxPolicies(src) {
  const { FIELDS, POLICY_FIELDS, HOURS_PARTS, LOCKED_KEY } = src;
  const out = POLICY_FIELDS.filter((f) => FIELDS[f].kind !== 'rules').map((f) => ({ name: f, ...FIELDS[f] }));
  out.push({ name: LOCKED_KEY.name, kind: 'list', label: LOCKED_KEY.label, help: LOCKED_KEY.help });
  return { policies: out, HOURS_PARTS };
}

export function admx(src, ids) {
  const { policies: fields } = admxPolicies(src);
  const policies = [];
  for (const [browser, b] of Object.entries(BROWSERS)) {
    const key = `${b.regBase}\\3rdparty\\extensions\\${ids[browser]}\\policy`;
    for (const p of fields) {
      const id = `${browser}_${p.name}`;
      let elements;
      // valuePrefix="" names the values 1, 2, 3…, which is what Chromium reads as a list; without
      // it Windows names each value after its own text and Chrome and Edge see an empty list.
      if (p.kind === 'text') elements = `<text id="${id}_value" valueName="${p.name}" required="true" />`;
      else if (p.kind === 'list') elements = `<list id="${id}_value" key="${key}\\${p.name}" valuePrefix="" />`;
      else if (p.kind === 'choice')
        elements = `<enum id="${id}_value" valueName="${p.name}" required="true">${Object.keys(p.choices)
          .map((v) => `<item displayName="$(string.${p.name}_${v})"><value><string>${v}</string></value></item>`)
          .join('')}</enum>`;
      else if (p.kind === 'hours')
        elements =
          `<boolean id="${id}_enabled" key="${key}\\${p.name}" valueName="enabled"><trueValue><decimal value="1" /></trueValue><falseValue><decimal value="0" /></falseValue></boolean>` +
          `<list id="${id}_days" key="${key}\\${p.name}\\days" valuePrefix="" />` +
          `<text id="${id}_start" key="${key}\\${p.name}" valueName="start" required="true" />` +
          `<text id="${id}_end" key="${key}\\${p.name}" valueName="end" required="true" />`;
      else throw new Error(`no ADMX form for ${p.kind}`);
      policies.push(
        `    <policy name="${id}" class="Machine" displayName="$(string.${p.name})" explainText="$(string.${p.name}_help)" presentation="$(presentation.${id})" key="${key}">\n` +
          `      <parentCategory ref="${browser}" />\n      <supportedOn ref="SUPPORTED_ANY" />\n      <elements>${elements}</elements>\n    </policy>`,
      );
    }
    for (const rule of src.RULE_LIST) {
      policies.push(
        `    <policy name="${browser}_rule_${rule.id}" class="Machine" displayName="$(string.rule_${rule.id})" explainText="$(string.rule_${rule.id}_help)" key="${key}\\rules" valueName="${rule.id}">\n` +
          `      <parentCategory ref="${browser}_rules" />\n      <supportedOn ref="SUPPORTED_ANY" />\n` +
          `      <enabledValue><decimal value="1" /></enabledValue>\n      <disabledValue><decimal value="0" /></disabledValue>\n    </policy>`,
      );
    }
  }
  return `<?xml version="1.0" encoding="utf-8"?>
<policyDefinitions xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">
  <policyNamespaces>
    <target prefix="tbyp" namespace="Local.ThinkBeforeYouPost" />
  </policyNamespaces>
  <resources minRequiredRevision="1.0" />
  <supportedOn>
    <definitions>
      <definition name="SUPPORTED_ANY" displayName="$(string.SUPPORTED_ANY)" />
    </definitions>
  </supportedOn>
  <categories>
    <category name="tbyp" displayName="$(string.tbyp)" />
${Object.keys(BROWSERS).map((b) => `    <category name="${b}" displayName="$(string.cat_${b})"><parentCategory ref="tbyp" /></category>\n    <category name="${b}_rules" displayName="$(string.cat_rules)"><parentCategory ref="${b}" /></category>`).join('\n')}
  </categories>
  <policies>
${policies.join('\n')}
  </policies>
</policyDefinitions>
`;
}

export function adml(src) {
  const { policies: fields, HOURS_PARTS } = admxPolicies(src);
  const strings = [
    ['tbyp', 'Think Before You Post'],
    ['SUPPORTED_ANY', 'Google Chrome or Microsoft Edge with the Think Before You Post extension'],
    ['cat_chrome', 'Google Chrome'],
    ['cat_edge', 'Microsoft Edge'],
    ['cat_rules', src.FIELDS.rules.label],
    ...fields.flatMap((p) => [[p.name, p.label], [`${p.name}_help`, p.help], ...(p.kind === 'choice' ? Object.entries(p.choices).map(([v, l]) => [`${p.name}_${v}`, l]) : [])]),
    ...src.RULE_LIST.flatMap((r) => [
      [`rule_${r.id}`, r.title],
      [`rule_${r.id}_help`, `${r.title}${r.help ? `: ${r.help}` : r.examples ? ` (${r.examples}).` : '.'} Enabled: this check is on. Disabled: it is off. Not configured: staff choose${r.defaultOn === false ? ' (off until they switch it on)' : ''}.`],
    ]),
  ];
  const presentations = Object.keys(BROWSERS).flatMap((b) =>
    fields.map((p) => {
      const id = `${b}_${p.name}`;
      const control =
        p.kind === 'text' ? `<textBox refId="${id}_value"><label>${xmlEscape(p.label)}</label></textBox>`
        : p.kind === 'list' ? `<listBox refId="${id}_value">${xmlEscape(p.label)}</listBox>`
        : p.kind === 'choice' ? `<dropdownList refId="${id}_value" noSort="true">${xmlEscape(p.label)}</dropdownList>`
        : `<checkBox refId="${id}_enabled">${xmlEscape(HOURS_PARTS.enabled.label)}</checkBox>` +
          `<listBox refId="${id}_days">${xmlEscape(`${HOURS_PARTS.days.label} (${HOURS_PARTS.days.help})`)}</listBox>` +
          `<textBox refId="${id}_start"><label>${xmlEscape(`${HOURS_PARTS.start.label} (${HOURS_PARTS.start.help})`)}</label></textBox>` +
          `<textBox refId="${id}_end"><label>${xmlEscape(`${HOURS_PARTS.end.label} (${HOURS_PARTS.end.help})`)}</label></textBox>`;
      return `      <presentation id="${id}">${control}</presentation>`;
    }),
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<policyDefinitionResources xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">
  <displayName>Think Before You Post</displayName>
  <description>Settings for the Think Before You Post browser extension</description>
  <resources>
    <stringTable>
${strings.map(([id, text]) => `      <string id="${id}">${xmlEscape(text)}</string>`).join('\n')}
    </stringTable>
    <presentationTable>
${presentations.join('\n')}
    </presentationTable>
  </resources>
</policyDefinitionResources>
`;
}

// ---- macOS configuration profile (Jamf, any MDM) ----

/** Apple plist XML, built by the plist package (it refuses characters XML cannot carry instead of writing an unreadable file). */
export function plist(obj) {
  return plistBuild(obj) + '\n';
}

/** Stable UUIDs from a name, so regenerating a profile updates it in place rather than adding another. */
function uuidFor(name) {
  let h = 0x811c9dc5;
  const hex = [];
  for (let round = 0; round < 4; round++) {
    for (const ch of `${round}:${name}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    hex.push(h.toString(16).padStart(8, '0'));
  }
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-a${s.slice(17, 20)}-${s.slice(20, 32)}`.toUpperCase();
}

export function mobileconfig(policy, ids, urls) {
  const payloads = Object.entries(BROWSERS).flatMap(([browser, b]) => [
    {
      PayloadType: `${b.macDomain}.extensions.${ids[browser]}`,
      PayloadIdentifier: `local.tbyp.policy.${browser}`,
      PayloadUUID: uuidFor(`policy.${browser}`),
      PayloadVersion: 1,
      PayloadDisplayName: `Think Before You Post settings (${b.name})`,
      ...policy,
    },
    {
      PayloadType: b.macDomain,
      PayloadIdentifier: `local.tbyp.install.${browser}`,
      PayloadUUID: uuidFor(`install.${browser}`),
      PayloadVersion: 1,
      PayloadDisplayName: `Install Think Before You Post (${b.name})`,
      ExtensionInstallForcelist: [`${ids[browser]};${urls[browser]}`],
    },
  ]);
  return plist({
    PayloadContent: payloads,
    PayloadDisplayName: 'Think Before You Post',
    PayloadDescription: "Installs Think Before You Post in Chrome and Edge and sets the school's details.",
    PayloadIdentifier: 'local.tbyp',
    PayloadOrganization: 'School IT',
    PayloadScope: 'System',
    PayloadType: 'Configuration',
    PayloadUUID: uuidFor('profile'),
    PayloadVersion: 1,
  });
}

// ---------------- the command ----------------

export async function generate(raw) {
  const cfg = await readConfig(raw);
  if (cfg.problems.length) return { problems: cfg.problems, files: {} };
  const src = await loadSource();
  const { policy, ids, urls } = cfg;
  const placeholders = Object.values(urls).some((u) => u === UPDATE_URL_PLACEHOLDER || u === XPI_URL_PLACEHOLDER);
  const files = {
    'chrome-linux/think-before-you-post.json': chromeLinuxJson(policy, ids.chrome),
    'chrome-linux/force-install.json': forceInstallJson(ids.chrome, urls.chrome),
    'edge-linux/think-before-you-post.json': chromeLinuxJson(policy, ids.edge),
    'edge-linux/force-install.json': forceInstallJson(ids.edge, urls.edge),
    'google-admin/policy-for-extensions.json': googleAdminJson(policy),
    'windows/think-before-you-post-chrome.reg': utf16le(windowsReg('chrome', policy, ids.chrome, urls.chrome)),
    'windows/think-before-you-post-edge.reg': utf16le(windowsReg('edge', policy, ids.edge, urls.edge)),
    'windows/admx/ThinkBeforeYouPost.admx': admx(src, ids),
    'windows/admx/en-US/ThinkBeforeYouPost.adml': adml(src),
    'windows/admx/en-GB/ThinkBeforeYouPost.adml': adml(src),
    'macos/think-before-you-post.mobileconfig': mobileconfig(policy, ids, urls),
    [`macos/${BROWSERS.chrome.macDomain}.extensions.${ids.chrome}.plist`]: plist(policy),
    [`macos/${BROWSERS.edge.macDomain}.extensions.${ids.edge}.plist`]: plist(policy),
    'firefox/policies.json': firefoxPoliciesJson(policy, ids.firefox, urls.firefox),
    'force-install.txt': [
      `Chrome extension id: ${ids.chrome}`,
      `Chrome force-install entry: ${ids.chrome};${urls.chrome}`,
      `Edge extension id: ${ids.edge}`,
      `Edge force-install entry: ${ids.edge};${urls.edge}`,
      `Firefox add-on id: ${ids.firefox}`,
      `Firefox install_url: ${urls.firefox}`,
      placeholders ? 'Replace the REPLACE-WITH-YOUR-SERVER placeholders (see docs/deploy.md), or set chromeUpdateUrl / edgeUpdateUrl / firefoxInstallUrl in the config, or give the store ids (chromeId, edgeId).' : '',
    ].join('\n') + '\n',
  };
  return { problems: [], files, placeholders };
}

async function main(argv) {
  const args = argv.slice(2);
  const outIdx = args.indexOf('--out');
  const out = resolve(outIdx >= 0 ? args[outIdx + 1] ?? 'deploy' : 'deploy');
  const input = args.find((a, i) => !a.startsWith('--') && (outIdx < 0 || i !== outIdx + 1));
  if (!input) {
    console.error('Usage: npm run policy -- <config.json> [--out <folder>]\nSee docs/deploy.md.');
    return 2;
  }
  let raw;
  try {
    raw = JSON.parse((await readFile(input, 'utf8')).replace(/^\uFEFF/, ''));
  } catch (e) {
    console.error(`Could not read ${input} as JSON: ${e.message}`);
    return 1;
  }
  const { problems, files, placeholders } = await generate(raw);
  if (problems.length) {
    console.error(`${input} has problems, so nothing was written (Chrome ignores an extension's whole policy if one value is wrong):`);
    for (const p of problems) console.error(`  - ${p}`);
    return 1;
  }
  for (const [name, content] of Object.entries(files)) {
    await mkdir(dirname(join(out, name)), { recursive: true });
    await writeFile(join(out, name), content);
  }
  console.log(`Wrote ${Object.keys(files).length} files to ${out}:`);
  for (const name of Object.keys(files)) console.log(`  ${name}`);
  if (placeholders) console.log('Note: the install URLs are placeholders; see force-install.txt and docs/deploy.md.');
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv);
}
