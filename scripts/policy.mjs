// Turns one IT config file into every deployment artefact for the school's browsers.
//   npm run policy -- school.json [--out deploy]
// The config is the extension's policy (the same shape as a settings file exported from the options
// page: schoolName, schoolAliases, pupilNames, …, locked), optionally wrapped as
// { "policy": {…}, "chromeUpdateUrl": "…", "firefoxInstallUrl": "…" }.
// It is checked with the extension's own validator first: Chrome silently drops an extension's
// WHOLE policy when one value has the wrong type, so a mistake is refused here, not discovered in
// the classroom. See docs/deploy.md for what to do with each file.
import { build } from 'esbuild';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export const CHROME_ID = 'ojdagnilamnmndoeknbodijnglooflka';
export const FIREFOX_ID = 'think-before-you-post@tbyp.local';
export const UPDATE_URL_PLACEHOLDER = 'https://REPLACE-WITH-YOUR-SERVER.example/tbyp/updates.xml';
export const XPI_URL_PLACEHOLDER = 'https://REPLACE-WITH-YOUR-SERVER.example/tbyp/think-before-you-post.xpi';

const BROWSERS = {
  chrome: { name: 'Google Chrome', regBase: 'SOFTWARE\\Policies\\Google\\Chrome', macDomain: 'com.google.Chrome', linuxDir: '/etc/opt/chrome/policies/managed' },
  edge: { name: 'Microsoft Edge', regBase: 'SOFTWARE\\Policies\\Microsoft\\Edge', macDomain: 'com.microsoft.Edge', linuxDir: '/etc/opt/edge/policies/managed' },
};

/** The extension's own validator (src/settings/merge.ts), bundled on the fly so there is one source of truth. */
async function loadValidator() {
  const out = await build({
    absWorkingDir: root, entryPoints: ['src/settings/merge.ts'], bundle: true, write: false, format: 'esm', platform: 'neutral', logLevel: 'silent',
  });
  const code = out.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/** Reads and checks the IT config. Returns { policy, chromeUpdateUrl, firefoxInstallUrl, problems }. */
export async function readConfig(raw) {
  const { parsePolicy } = await loadValidator();
  const wrapped = raw && typeof raw === 'object' && !Array.isArray(raw) && 'policy' in raw;
  const source = wrapped ? raw.policy : raw;
  const parsed = parsePolicy(source);
  const policy = { ...parsed.values };
  if (parsed.locked.size) policy.locked = [...parsed.locked];
  const problems = parsed.notices.map((n) => n.message);
  if (!Object.keys(parsed.values).length) problems.push('The config sets no settings at all.');
  for (const key of wrapped ? Object.keys(raw) : []) {
    if (!['policy', 'chromeUpdateUrl', 'firefoxInstallUrl'].includes(key)) problems.push(`"${key}" is not something this script understands (expected policy, chromeUpdateUrl, firefoxInstallUrl).`);
  }
  return {
    policy,
    chromeUpdateUrl: (wrapped && raw.chromeUpdateUrl) || UPDATE_URL_PLACEHOLDER,
    firefoxInstallUrl: (wrapped && raw.firefoxInstallUrl) || XPI_URL_PLACEHOLDER,
    problems,
  };
}

// ---------------- generators (pure: config in, file text out) ----------------

const json = (v) => JSON.stringify(v, null, 2) + '\n';

export function chromeLinuxJson(policy) {
  return json({ '3rdparty': { extensions: { [CHROME_ID]: policy } } });
}

export function forceInstallJson(updateUrl) {
  return json({
    ExtensionInstallForcelist: [`${CHROME_ID};${updateUrl}`],
    ExtensionSettings: { [CHROME_ID]: { installation_mode: 'force_installed', update_url: updateUrl } },
  });
}

/** Google Admin console › Apps & extensions › the extension › "Policy for extensions" wants each value wrapped. */
export function googleAdminJson(policy) {
  return json(Object.fromEntries(Object.entries(policy).map(([k, v]) => [k, { Value: v }])));
}

export function firefoxPoliciesJson(policy, installUrl) {
  return json({
    policies: {
      ExtensionSettings: { [FIREFOX_ID]: { installation_mode: 'force_installed', install_url: installUrl } },
      '3rdparty': { Extensions: { [FIREFOX_ID]: policy } },
    },
  });
}

// ---- Windows registry (.reg, Unicode) ----

const regString = (s) => `"${String(s).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const dword = (n) => `dword:${(n >>> 0).toString(16).padStart(8, '0')}`;

/** Registry layout Chrome and Edge read: strings as REG_SZ, booleans/integers as DWORD, lists and objects as subkeys (lists numbered from 1). */
function regValues(key, obj, out) {
  const here = [];
  const sub = [];
  for (const [name, v] of Object.entries(obj)) {
    if (Array.isArray(v)) sub.push([`${key}\\${name}`, Object.fromEntries(v.map((x, i) => [String(i + 1), x]))]);
    else if (v && typeof v === 'object') sub.push([`${key}\\${name}`, v]);
    else if (typeof v === 'boolean') here.push(`${regString(name)}=${dword(v ? 1 : 0)}`);
    else if (typeof v === 'number') here.push(`${regString(name)}=${dword(v)}`);
    else here.push(`${regString(name)}=${regString(v)}`);
  }
  out.push('', `[${key}]`, ...here);
  for (const [k, v] of sub) regValues(k, v, out);
}

export function windowsReg(browser, policy, updateUrl) {
  const b = BROWSERS[browser];
  const hk = `HKEY_LOCAL_MACHINE\\${b.regBase}`;
  const out = ['Windows Registry Editor Version 5.00', '', `; Think Before You Post: policy for ${b.name}. Generated by npm run policy.`];
  // Delete first so names removed from the list do not linger in the registry.
  out.push('', `[-${hk}\\3rdparty\\extensions\\${CHROME_ID}\\policy]`);
  regValues(`${hk}\\3rdparty\\extensions\\${CHROME_ID}\\policy`, policy, out);
  out.push('', `; Force-install. If you already force-install other extensions, add this line to your list instead of using value "1".`);
  out.push('', `[${hk}\\ExtensionInstallForcelist]`, `"1"=${regString(`${CHROME_ID};${updateUrl}`)}`);
  return out.join('\r\n') + '\r\n';
}

/** regedit's Unicode format: UTF-16LE with a byte-order mark (pupils' names may have accents). */
export function utf16le(text) {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

// ---- ADMX / ADML (Group Policy, Intune ADMX ingestion) ----

const xmlEscape = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const ADMX_POLICIES = [
  { name: 'schoolName', kind: 'text', label: "School's name", help: 'The school\'s full name, e.g. "Grangetown Primary School".' },
  { name: 'schoolAliases', kind: 'list', label: 'Other names for the school', help: 'Short names, initials, nicknames and hashtags, one per line.' },
  { name: 'schoolDomain', kind: 'text', label: "School's website address", help: 'e.g. grangetown.sch.uk' },
  { name: 'schoolHandles', kind: 'list', label: "School's social media accounts", help: 'The school\'s own account names, e.g. @GrangetownPS.' },
  { name: 'pupilNames', kind: 'list', label: "Pupils' names", help: 'One "Forename Surname" per entry. Kept only on each device; never sent anywhere.' },
  { name: 'staffNames', kind: 'list', label: "Colleagues' names", help: 'One name per entry.' },
  { name: 'mode', kind: 'enum', label: 'When to show the questions', help: '"Only when something is found" or "Before every post".', items: [['warn', 'Only when something is found'], ['always', 'Before every post']] },
  { name: 'ignoreWords', kind: 'list', label: 'Words never to flag', help: 'One word or phrase per entry.' },
  { name: 'locked', kind: 'list', label: 'Settings staff cannot change', help: 'Names of settings, one per entry, e.g. schoolName, pupilNames.' },
];

export function admx() {
  const policies = [];
  for (const [browser, b] of Object.entries(BROWSERS)) {
    const key = `${b.regBase}\\3rdparty\\extensions\\${CHROME_ID}\\policy`;
    for (const p of ADMX_POLICIES) {
      const id = `${browser}_${p.name}`;
      let elements;
      if (p.kind === 'text') elements = `<text id="${id}_value" valueName="${p.name}" required="true" />`;
      else if (p.kind === 'list') elements = `<list id="${id}_value" key="${key}\\${p.name}" />`;
      else
        elements = `<enum id="${id}_value" valueName="${p.name}" required="true">${p.items
          .map(([v]) => `<item displayName="$(string.${p.name}_${v})"><value><string>${v}</string></value></item>`)
          .join('')}</enum>`;
      policies.push(
        `    <policy name="${id}" class="Machine" displayName="$(string.${p.name})" explainText="$(string.${p.name}_help)" presentation="$(presentation.${id})" key="${key}">\n` +
          `      <parentCategory ref="${browser}" />\n      <supportedOn ref="SUPPORTED_ANY" />\n      <elements>${elements}</elements>\n    </policy>`,
      );
    }
    for (const rule of ['school', 'pupil', 'colleague', 'location', 'job', 'absence', 'contact', 'trip', 'conduct', 'confidential']) {
      policies.push(
        `    <policy name="${browser}_rule_${rule}" class="Machine" displayName="$(string.rule_${rule})" explainText="$(string.rule_help)" key="${key}\\rules" valueName="${rule}">\n` +
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

const RULE_LABELS = {
  school: "Check for the school's name", pupil: "Check for pupils' names", colleague: "Check for colleagues' names", location: 'Check for where you are or live',
  job: 'Check for clues to your job', absence: 'Check for an empty home', contact: 'Check for contact details', trip: 'Check for pupils on a trip',
  conduct: 'Check for criticism of people at school', confidential: 'Check for things you know through work',
};

export function adml() {
  const strings = [
    ['tbyp', 'Think Before You Post'],
    ['SUPPORTED_ANY', 'Google Chrome or Microsoft Edge with the Think Before You Post extension'],
    ['cat_chrome', 'Google Chrome'],
    ['cat_edge', 'Microsoft Edge'],
    ['cat_rules', 'What to check for'],
    ['rule_help', 'Enabled: this check is on. Disabled: it is off. Not configured: staff choose.'],
    ...ADMX_POLICIES.flatMap((p) => [[p.name, p.label], [`${p.name}_help`, p.help], ...(p.items ?? []).map(([v, l]) => [`${p.name}_${v}`, l])]),
    ...Object.entries(RULE_LABELS).map(([r, l]) => [`rule_${r}`, l]),
  ];
  const presentations = Object.keys(BROWSERS).flatMap((b) =>
    ADMX_POLICIES.map((p) => {
      const id = `${b}_${p.name}`;
      const control =
        p.kind === 'text' ? `<textBox refId="${id}_value"><label>${xmlEscape(p.label)}</label></textBox>`
        : p.kind === 'list' ? `<listBox refId="${id}_value">${xmlEscape(p.label)}</listBox>`
        : `<dropdownList refId="${id}_value" noSort="true">${xmlEscape(p.label)}</dropdownList>`;
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

function plistValue(v, indent) {
  const pad = '  '.repeat(indent);
  if (Array.isArray(v)) return v.length ? `${pad}<array>\n${v.map((x) => plistValue(x, indent + 1)).join('\n')}\n${pad}</array>` : `${pad}<array/>`;
  if (v && typeof v === 'object') return `${pad}<dict>\n${plistDictBody(v, indent + 1)}\n${pad}</dict>`;
  if (typeof v === 'boolean') return `${pad}<${v}/>`;
  if (typeof v === 'number') return Number.isInteger(v) ? `${pad}<integer>${v}</integer>` : `${pad}<real>${v}</real>`;
  return `${pad}<string>${xmlEscape(v)}</string>`;
}

function plistDictBody(obj, indent) {
  const pad = '  '.repeat(indent);
  return Object.entries(obj).map(([k, v]) => `${pad}<key>${xmlEscape(k)}</key>\n${plistValue(v, indent)}`).join('\n');
}

export function plist(obj) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
${plistValue(obj, 0)}
</plist>
`;
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

export function mobileconfig(policy, updateUrl) {
  const payloads = Object.entries(BROWSERS).flatMap(([browser, b]) => [
    {
      PayloadType: `${b.macDomain}.extensions.${CHROME_ID}`,
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
      ExtensionInstallForcelist: [`${CHROME_ID};${updateUrl}`],
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
  const { policy, chromeUpdateUrl: u, firefoxInstallUrl: x } = cfg;
  const files = {
    'chrome-linux/think-before-you-post.json': chromeLinuxJson(policy),
    'chrome-linux/force-install.json': forceInstallJson(u),
    'edge-linux/think-before-you-post.json': chromeLinuxJson(policy),
    'edge-linux/force-install.json': forceInstallJson(u),
    'google-admin/policy-for-extensions.json': googleAdminJson(policy),
    'windows/think-before-you-post-chrome.reg': utf16le(windowsReg('chrome', policy, u)),
    'windows/think-before-you-post-edge.reg': utf16le(windowsReg('edge', policy, u)),
    'windows/admx/ThinkBeforeYouPost.admx': admx(),
    'windows/admx/en-US/ThinkBeforeYouPost.adml': adml(),
    'windows/admx/en-GB/ThinkBeforeYouPost.adml': adml(),
    'macos/think-before-you-post.mobileconfig': mobileconfig(policy, u),
    [`macos/${BROWSERS.chrome.macDomain}.extensions.${CHROME_ID}.plist`]: plist(policy),
    [`macos/${BROWSERS.edge.macDomain}.extensions.${CHROME_ID}.plist`]: plist(policy),
    'firefox/policies.json': firefoxPoliciesJson(policy, x),
    'force-install.txt': [
      `Chrome / Edge extension id: ${CHROME_ID}`,
      `Chrome / Edge force-install entry: ${CHROME_ID};${u}`,
      `Firefox add-on id: ${FIREFOX_ID}`,
      `Firefox install_url: ${x}`,
      u === UPDATE_URL_PLACEHOLDER || x === XPI_URL_PLACEHOLDER ? 'Replace the REPLACE-WITH-YOUR-SERVER placeholders (see docs/deploy.md), or set chromeUpdateUrl / firefoxInstallUrl in the config.' : '',
    ].join('\n') + '\n',
  };
  return { problems: [], files, placeholders: u === UPDATE_URL_PLACEHOLDER || x === XPI_URL_PLACEHOLDER };
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
