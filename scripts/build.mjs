// Builds both unpacked extensions from one source manifest: dist/chrome and dist/firefox.
// Per-browser differences are generated here so nobody edits two manifests by hand.
import { build } from 'esbuild';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePolicyFiles } from './generate-policy-files.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export const entries = {
  background: 'src/background/index.ts',
  content: 'src/content/index.ts',
  popup: 'src/ui/popup/index.tsx',
  options: 'src/ui/options/index.tsx',
  welcome: 'src/ui/welcome/index.tsx',
};

const statics = [
  ['src/ui/popup/popup.html', 'popup.html'],
  ['src/ui/options/options.html', 'options.html'],
  ['src/ui/welcome/welcome.html', 'welcome.html'],
  ['src/content/content.css', 'content.css'],
  ['src/_locales', '_locales'],
  ['icons', 'icons'],
];

/**
 * The catalogues' `description` fields are notes for translators (a third of the English file). The
 * shipped _locales keep them; the bundles that read the catalogue at run time do not need them, and
 * the content script is parsed on every page load of the sites.
 */
const catalogueForBundles = {
  name: 'catalogue-without-descriptions',
  setup(b) {
    b.onLoad({ filter: /[\\/]_locales[\\/][^\\/]+[\\/]messages\.json$/ }, async ({ path }) => {
      const catalogue = JSON.parse(await readFile(path, 'utf8'));
      for (const entry of Object.values(catalogue)) delete entry.description;
      return { contents: JSON.stringify(catalogue), loader: 'json' };
    });
  },
};

export function manifestFor(browser, source, version) {
  const m = structuredClone(source);
  m.version = version;
  const entry = m.background.entry;
  if (browser === 'chrome') {
    m.background = { service_worker: entry };
    delete m.browser_specific_settings;
  } else {
    // Firefox runs MV3 backgrounds as event pages; `key` and managed_schema are Chromium-only
    // (Firefox reads managed storage from policies.json / a native manifest instead).
    m.background = { scripts: [entry] };
    delete m.key;
    delete m.storage;
    delete m.minimum_chrome_version;
  }
  return m;
}

/**
 * The syntax the bundles may use, from the oldest browsers the manifest accepts, so the two can
 * never disagree: manifest.json's minimum_chrome_version and gecko.strict_min_version.
 */
export function targets(source) {
  const chrome = parseInt(source.minimum_chrome_version, 10);
  const firefox = parseInt(source.browser_specific_settings?.gecko?.strict_min_version, 10);
  if (!chrome || !firefox) throw new Error('manifest.json needs minimum_chrome_version and browser_specific_settings.gecko.strict_min_version');
  return [`chrome${chrome}`, `firefox${firefox}`];
}

/**
 * The production build goes to dist/; the test build (fault-injection hooks compiled in) goes to
 * dist-test/ so the two can never be confused and a shipped zip never carries test hooks.
 */
export async function buildAll({ minify = true, testHooks = false, outDir } = {}) {
  const out = outDir ?? join(root, testHooks ? 'dist-test' : 'dist');
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  const source = JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8'));
  const staging = join(out, '.bundle');
  // managed-schema.json is generated from src/settings/schema.ts; refreshed here so a build never ships a stale one.
  await generatePolicyFiles();
  await rm(out, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: entries,
    outdir: staging,
    bundle: true,
    format: 'iife',
    target: targets(source),
    minify,
    sourcemap: false,
    legalComments: 'none',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { __TEST_HOOKS__: JSON.stringify(testHooks) },
    logLevel: 'warning',
    plugins: [catalogueForBundles],
  });
  for (const browser of ['chrome', 'firefox']) {
    const dir = join(out, browser);
    await mkdir(dir, { recursive: true });
    await cp(staging, dir, { recursive: true });
    for (const [from, to] of statics) {
      if (existsSync(join(root, from))) await cp(join(root, from), join(dir, to), { recursive: true });
    }
    const manifest = manifestFor(browser, source, pkg.version);
    if (manifest.storage?.managed_schema) {
      await cp(join(root, 'src/settings/managed-schema.json'), join(dir, manifest.storage.managed_schema));
    }
    await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  }
  await rm(staging, { recursive: true, force: true });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const t = performance.now();
  const testHooks = process.argv.includes('--test-hooks');
  await buildAll({ minify: !process.argv.includes('--dev'), testHooks });
  const where = testHooks ? 'dist-test' : 'dist';
  console.log(`built ${where}/chrome and ${where}/firefox in ${Math.round(performance.now() - t)} ms`);
}
