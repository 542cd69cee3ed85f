// The source archive addons.mozilla.org asks for must rebuild the submitted Firefox package: unpack
// it, build it as SOURCE-README.md says (with this checkout's node_modules standing in for npm ci),
// and compare every file with a build of this checkout.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, mkdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
// @ts-expect-error plain ESM script without types
import { sourceEntries } from '../../scripts/package.mjs';
import { buildAll, manifestFor } from '../../scripts/build.mjs';

const root = join(import.meta.dirname, '..', '..');
const list = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? list(join(dir, n)) : [join(dir, n)]));

describe('npm run package: the source archive', () => {
  it('holds what the build needs and no tests, and rebuilds dist/firefox and dist/chrome byte for byte', async () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const files = unzipSync(zipSync(sourceEntries(version)));
    const names = Object.keys(files);
    for (const need of ['SOURCE-README.md', 'LICENSE', 'package.json', 'package-lock.json', 'manifest.json', 'scripts/build.mjs', 'src/content/index.ts', 'icons/128.png']) expect(names).toContain(need);
    expect(names.filter((n) => /\.test\.|^test\//.test(n))).toEqual([]);
    expect(new TextDecoder().decode(files['SOURCE-README.md'])).toMatch(/npm ci\s+npm run build/);

    const dir = mkdtempSync(join(tmpdir(), 'tbyp-source-'));
    const ours = mkdtempSync(join(tmpdir(), 'tbyp-ours-'));
    try {
      for (const [name, bytes] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, name)), { recursive: true });
        writeFileSync(join(dir, name), bytes);
      }
      symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
      execFileSync('node', ['scripts/build.mjs'], { cwd: dir, stdio: 'pipe' });
      await buildAll({ minify: true, outDir: ours });
      for (const browser of ['firefox', 'chrome']) {
        const theirs = list(join(dir, 'dist', browser)).map((f) => relative(join(dir, 'dist', browser), f)).sort();
        expect(theirs).toEqual(list(join(ours, browser)).map((f) => relative(join(ours, browser), f)).sort());
        for (const f of theirs) expect(readFileSync(join(dir, 'dist', browser, f)).equals(readFileSync(join(ours, browser, f))), `${browser}/${f}`).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(ours, { recursive: true, force: true });
    }
  }, 60_000);

  it('takes the version from package.json only, and keeps Chrome-only keys out of the Firefox manifest', () => {
    const source = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
    expect(source.version).toBeUndefined();
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(manifestFor('chrome', source, version).version).toBe(version);
    expect(manifestFor('firefox', source, version).version).toBe(version);
    expect(manifestFor('chrome', source, version).minimum_chrome_version).toBe(source.minimum_chrome_version);
    expect(manifestFor('firefox', source, version).minimum_chrome_version).toBeUndefined();
    expect(readFileSync(join(root, 'LICENSE'), 'utf8')).toMatch(new RegExp(`^${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).license} License`));
  });
});
