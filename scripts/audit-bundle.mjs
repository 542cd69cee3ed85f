// Static privacy audit of the BUILT extension (what ships, after bundling and minifying): no way to
// reach the network in the code, no remote resource in the pages, and a manifest that asks for
// nothing beyond storage and the sites' hosts, with a CSP that forbids connections.
//   node scripts/audit-bundle.mjs [dir…]      (default: dist/chrome dist/firefox)
// Exits 1 with a list of problems, file by file. The runtime network audit in test/e2e is the other half.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXPECTED_PERMISSIONS = ['storage'];
/** Facebook (with the web. and m. hosts some regions and Firefox for Android get), X, Instagram. */
export const EXPECTED_HOSTS = [
  'https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://m.facebook.com/*',
  'https://x.com/*', 'https://mobile.x.com/*', 'https://twitter.com/*',
  'https://www.instagram.com/*',
];

/**
 * APIs that can send data off the device or run code that was not reviewed. Matched as whole words
 * anywhere in the file, in code or in strings, so `self["fetch"]` is caught as well as `fetch(`.
 */
export const FORBIDDEN_JS = [
  ['fetch', /\bfetch\b/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['EventSource', /\bEventSource\b/],
  ['sendBeacon', /\bsendBeacon\b/],
  ['importScripts', /\bimportScripts\b/],
  ['WebTransport', /\bWebTransport\b/],
  ['RTCPeerConnection', /\bRTCPeerConnection\b/],
  ['eval', /\beval\b/],
  ['new Function', /\bnew\s+Function\b|(?<![.\w$])Function\s*\(/],
  ['dynamic import()', /(?<![.\w$])import\s*\(/],
  ['setTimeout/setInterval with a string', /\bset(?:Timeout|Interval)\s*\(\s*["'`]/],
];

/**
 * URLs that may appear in the bundles, each for a precise reason. Nothing else with a scheme and host.
 * - Preact's renderer compares element namespaces with these three W3C namespace names
 *   (preact/src/diff/index.js); they are identifiers, never fetched.
 * - The sites' origins: the content script runs there, and may compare location against them.
 */
export const ALLOWED_URLS = [
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1998/Math/MathML',
  ...EXPECTED_HOSTS.map((p) => p.replace('/*', '')),
];

const URL_IN_TEXT = /\b(?:https?|wss?|ftp):\/\/[^\s"'`)<>\\]*/gi;

function remoteUrls(text) {
  return [...text.matchAll(URL_IN_TEXT)]
    .map((m) => m[0])
    .filter((u) => !ALLOWED_URLS.some((a) => u === a || u.startsWith(a + '/')));
}

/**
 * Exact library text that trips a rule without being what the rule is about, removed before matching.
 * - webextension-polyfill's API metadata table lists `devtools.inspectedWindow.eval` with its
 *   argument counts (`inspectedWindow:{eval:{minArgs:1,…}}` once minified): a property name in a
 *   data table, not a call. We have no devtools page, so that API does not even exist for us.
 */
export const KNOWN_LIBRARY_TEXT = [/inspectedWindow:\s*\{\s*eval:\s*\{\s*minArgs:/g];

/** Problems in one JavaScript file. */
export function auditJs(name, source) {
  const problems = [];
  const text = KNOWN_LIBRARY_TEXT.reduce((t, re) => t.replace(re, 'inspectedWindow:{ALLOWED:{minArgs:'), source);
  for (const [label, re] of FORBIDDEN_JS) {
    const m = re.exec(text);
    if (m) problems.push(`${name}: uses ${label} (…${text.slice(Math.max(0, m.index - 30), m.index + 30).replace(/\s+/g, ' ')}…)`);
  }
  for (const u of remoteUrls(text)) problems.push(`${name}: contains a remote URL ${u}`);
  // A source map comment pointing off the device would make devtools fetch it.
  if (/sourceMappingURL=(?!data:)/.test(text)) problems.push(`${name}: has a sourceMappingURL`);
  return problems;
}

/** Problems in one HTML page: every resource must be a file of the extension; no inline script. */
export function auditHtml(name, text) {
  const problems = [];
  for (const m of text.matchAll(/<([a-z]+)\b[^>]*?\b(src|href|action|data|poster|srcset|formaction)\s*=\s*["']?([^"'\s>]+)/gi)) {
    const [, tag, attr, value] = m;
    if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(value) && !/^data:/i.test(value)) problems.push(`${name}: <${tag} ${attr}="${value}"> is not a local file`);
  }
  for (const m of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!/\bsrc\s*=/.test(m[1] ?? '') || (m[2] ?? '').trim()) problems.push(`${name}: has an inline <script>`);
  }
  if (/<(?:iframe|object|embed|base|frame)\b/i.test(text)) problems.push(`${name}: has an <iframe>, <object>, <embed>, <frame> or <base>`);
  if (/http-equiv\s*=\s*["']?refresh/i.test(text)) problems.push(`${name}: has a meta refresh`);
  for (const u of remoteUrls(text)) problems.push(`${name}: contains a remote URL ${u}`);
  return problems;
}

/** Problems in one stylesheet: url() and @import must stay inside the extension. */
export function auditCss(name, text) {
  const problems = [];
  for (const m of text.matchAll(/url\(\s*["']?([^"')\s]+)/gi)) {
    const v = m[1] ?? '';
    if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(v) && !/^data:/i.test(v)) problems.push(`${name}: url(${v}) is not a local file`);
  }
  for (const m of text.matchAll(/@import\s+(?:url\()?\s*["']?([^"');\s]+)/gi)) {
    if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(m[1] ?? '')) problems.push(`${name}: @import ${m[1]} is not a local file`);
  }
  return problems;
}

function sameSet(a = [], b = []) {
  return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
}

/** Problems in a built manifest.json; `browser` is 'chrome' or 'firefox'. */
export function auditManifest(m, browser) {
  const problems = [];
  const p = (s) => problems.push(`manifest.json: ${s}`);
  if (m.manifest_version !== 3) p('is not Manifest V3');
  if (!sameSet(m.permissions, EXPECTED_PERMISSIONS)) p(`permissions must be exactly ${JSON.stringify(EXPECTED_PERMISSIONS)}, got ${JSON.stringify(m.permissions ?? [])}`);
  if (!sameSet(m.host_permissions, EXPECTED_HOSTS)) p(`host_permissions must be exactly the sites' hosts, got ${JSON.stringify(m.host_permissions ?? [])}`);
  for (const k of ['optional_permissions', 'optional_host_permissions', 'externally_connectable', 'update_url', 'web_accessible_resources', 'sandbox']) {
    if (m[k] !== undefined && !(Array.isArray(m[k]) && m[k].length === 0)) p(`must not declare ${k}`);
  }
  for (const cs of m.content_scripts ?? []) {
    for (const match of cs.matches ?? []) if (!EXPECTED_HOSTS.includes(match)) p(`content script runs on ${match}, outside the sites' hosts`);
  }
  // A host we may read but never run on would be a permission asked for nothing.
  const covered = new Set((m.content_scripts ?? []).flatMap((cs) => cs.matches ?? []));
  for (const host of m.host_permissions ?? []) if (EXPECTED_HOSTS.includes(host) && !covered.has(host)) p(`no content script on ${host}`);
  const csp = m.content_security_policy?.extension_pages;
  if (typeof csp !== 'string') {
    p('has no content_security_policy.extension_pages');
  } else {
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k, v]));
    if (directives['connect-src']?.join(' ') !== "'none'") p(`CSP must have connect-src 'none', got ${JSON.stringify(csp)}`);
    if (directives['default-src']?.join(' ') !== "'none'") p(`CSP must have default-src 'none'`);
    if (directives['script-src']?.join(' ') !== "'self'") p(`CSP script-src must be exactly 'self'`);
    if (/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*/.test(csp)) p(`CSP allows unsafe or remote sources: ${csp}`);
  }
  if (m.content_security_policy?.sandbox) p('must not declare a sandbox CSP');
  if (browser === 'chrome') {
    if (!m.background?.service_worker || m.background.scripts) p('Chrome build must have a service_worker background only');
  } else if (browser === 'firefox') {
    if (!m.background?.scripts?.length) p('Firefox build must have background.scripts');
    const gecko = m.browser_specific_settings?.gecko;
    if (!gecko?.id) p('Firefox build must have a fixed gecko id');
    if (!sameSet(gecko?.data_collection_permissions?.required, ['none'])) p('Firefox build must declare data_collection_permissions.required ["none"]');
  }
  return problems;
}

/**
 * Our own source must not build HTML from strings: the content script renders inside Facebook, X and
 * Instagram, where an injected string could run as the site. (Preact's bundled renderer contains an
 * innerHTML assignment for `dangerouslySetInnerHTML`, which is why this is checked in src/, not the
 * bundles: with no caller in src/, that path is dead code.)
 */
export const FORBIDDEN_SOURCE = [
  ['dangerouslySetInnerHTML', /\bdangerouslySetInnerHTML\b/],
  ['innerHTML/outerHTML assignment', /\.(?:inner|outer)HTML\s*\+?=/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['document.write', /\bdocument\.write(?:ln)?\s*\(/],
  ['createContextualFragment', /\bcreateContextualFragment\b/],
];

export function auditSourceFile(name, text) {
  return FORBIDDEN_SOURCE.filter(([, re]) => re.test(text)).map(([label]) => `${name}: uses ${label}`);
}

/** Problems in the source tree (tests excluded: they may build pages however they like). */
export function auditSourceDir(dir) {
  return walk(dir)
    .filter((f) => /\.(?:ts|tsx|js|mjs)$/.test(f) && !/\.test\.[a-z]+$/.test(f))
    .flatMap((f) => auditSourceFile(relative(dir, f), readFileSync(f, 'utf8')));
}

function walk(dir) {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/**
 * Pages the extension opens itself rather than through the manifest: the welcome page a fresh
 * install opens (src/settings/first-run.ts WELCOME_PAGE). They must ship, and are audited like the rest.
 */
export const OPENED_PAGES = ['welcome.html'];

/** Every problem in one built extension folder. */
export function auditDir(dir, browser) {
  const problems = [];
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  } catch (e) {
    return [`${dir}: no readable manifest.json (${e.message}); build first`];
  }
  problems.push(...auditManifest(manifest, browser));
  const files = walk(dir);
  for (const file of files) {
    const name = relative(dir, file);
    const ext = extname(file).toLowerCase();
    if (ext === '.js' || ext === '.mjs') problems.push(...auditJs(name, readFileSync(file, 'utf8')));
    else if (ext === '.html' || ext === '.htm') problems.push(...auditHtml(name, readFileSync(file, 'utf8')));
    else if (ext === '.css') problems.push(...auditCss(name, readFileSync(file, 'utf8')));
    else if (ext === '.svg') problems.push(...auditHtml(name, readFileSync(file, 'utf8').replace(/xmlns(?::\w+)?="[^"]*"/g, '')));
    else if (ext === '.json' || ext === '.png') continue;
    else problems.push(`${name}: unexpected file type in the bundle`);
  }
  // The manifest can only load files that are there and were audited.
  const referenced = [
    manifest.background?.service_worker,
    ...(manifest.background?.scripts ?? []),
    ...(manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]),
    manifest.action?.default_popup,
    manifest.options_ui?.page,
    ...OPENED_PAGES,
  ].filter(Boolean);
  for (const r of referenced) if (!files.includes(join(dir, r))) problems.push(`manifest.json: refers to ${r}, which is not in the bundle`);
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dirs = process.argv.slice(2).length ? process.argv.slice(2) : ['dist/chrome', 'dist/firefox'];
  let failed = false;
  const sourceProblems = auditSourceDir('src');
  if (sourceProblems.length) {
    failed = true;
    console.error(`✗ src: ${sourceProblems.length} problem(s)`);
    for (const problem of sourceProblems) console.error(`  - ${problem}`);
  } else {
    console.log('✓ src: no HTML built from strings');
  }
  for (const dir of dirs) {
    const browser = /firefox/.test(dir) ? 'firefox' : 'chrome';
    const problems = auditDir(dir, browser);
    if (problems.length) {
      failed = true;
      console.error(`✗ ${dir} (${browser}): ${problems.length} problem(s)`);
      for (const problem of problems) console.error(`  - ${problem}`);
    } else {
      console.log(`✓ ${dir} (${browser}): no network API, no remote URL, no eval; permissions and CSP as expected`);
    }
  }
  process.exit(failed ? 1 : 0);
}
