// `npm run package`: a fresh production build, then one store-ready zip per browser in dist/:
// think-before-you-post-chrome-<version>.zip (Chrome Web Store, Edge Add-ons) and
// think-before-you-post-firefox-<version>.zip (addons.mozilla.org). manifest.json sits at the zip's
// root, as both stores require. Entries are sorted and dated the same, so a rebuild of the same
// source gives the same bytes.
import { zipSync } from 'fflate';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from './build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const FIXED_DATE = new Date('2025-01-01T00:00:00Z');

function filesUnder(dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export async function packageAll() {
  await buildAll({ minify: true });
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const out = [];
  for (const browser of ['chrome', 'firefox']) {
    const dir = join(root, 'dist', browser);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    if (manifest.version !== version) throw new Error(`dist/${browser}/manifest.json has version ${manifest.version}, package.json ${version}`);
    const entries = {};
    for (const file of filesUnder(dir)) {
      entries[relative(dir, file).split(sep).join('/')] = [readFileSync(file), { mtime: FIXED_DATE, level: 9 }];
    }
    // The Chrome Web Store refuses a manifest with "key" ("key field is not allowed in manifest"):
    // the store signs with its own key. dist/chrome keeps it, so unpacked installs keep the fixed id.
    if (manifest.key) {
      delete manifest.key;
      entries['manifest.json'] = [new TextEncoder().encode(JSON.stringify(manifest, null, 2) + '\n'), { mtime: FIXED_DATE, level: 9 }];
    }
    const zip = join(root, 'dist', `think-before-you-post-${browser}-${version}.zip`);
    writeFileSync(zip, zipSync(entries));
    out.push({ browser, zip, files: Object.keys(entries).length, bytes: statSync(zip).size });
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const { browser, zip, files, bytes } of await packageAll()) {
    console.log(`${browser.padEnd(7)} ${relative(process.cwd(), zip)}  (${files} files, ${(bytes / 1024).toFixed(1)} KiB)`);
  }
  console.log(`Upload the chrome zip to the Chrome Web Store and Edge Add-ons, the firefox zip to addons.mozilla.org.
The chrome zip carries no manifest "key" (the stores refuse it), so a store listing gets the id the
store assigns: give IT that id. Unpacked and self-hosted installs of dist/chrome keep ojdagnilamnmndoeknbodijnglooflka.`);
}
