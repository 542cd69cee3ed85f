// Runs the managed-policy e2e spec (test/e2e/policy.spec.ts) with a real Chromium policy folder,
// without touching the machine's: inside a private user + mount namespace, a temporary folder is
// bind-mounted over /etc/chromium/policies, so Chromium reads the test's policy files and nothing
// is left behind when the namespace ends. Then the same for Firefox: a temporary folder over
// Firefox's distribution folder, where it reads an enterprise policies.json, for
// test/firefox/policies-json.ff.ts. Usage: npm run test:policy [-- <playwright args for Chromium>]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const TARGET = '/etc/chromium/policies';
// On a developer's machine a missing prerequisite skips loudly; in CI it fails, so it is never lost.
const cannot = (why) => {
  console.error(`test:policy: ${process.env.CI ? 'FAILED' : 'SKIPPED'}: ${why}`);
  process.exit(process.env.CI ? 1 : 0);
};

if (process.platform !== 'linux') {
  cannot('needs Linux mount namespaces.');
}
if (!existsSync(TARGET)) {
  // The bind mount needs a folder to cover. Creating an empty one changes nothing for Chromium.
  try {
    mkdirSync(TARGET, { recursive: true });
  } catch {
    cannot(`needs the empty folder ${TARGET}. Create it once with:  sudo mkdir -p ${TARGET}`);
  }
}
const dir = mkdtempSync(join(tmpdir(), 'tbyp-policy-'));
mkdirSync(join(dir, 'managed'));
const ffDir = mkdtempSync(join(tmpdir(), 'tbyp-ff-dist-'));
/** Firefox reads policies.json from "distribution" beside its real executable (XREAppDist). */
const ffDist = (() => {
  try {
    return join(dirname(realpathSync(process.env.FIREFOX_PATH || '/usr/bin/firefox-esr')), 'distribution');
  } catch {
    return null;
  }
})();
try {
  // Firefox's part needs its distribution folder to exist (Debian's firefox-esr ships one).
  const firefox = ffDist && existsSync(ffDist)
    ? `mount --bind "$f" "${ffDist}" && TBYP_FIREFOX_DIST_DIR="$f" npx playwright test -c test/firefox/playwright.config.ts policies-json.ff.ts --workers=1`
    : `echo "test:policy: Firefox part SKIPPED: no distribution folder beside ${ffDist ?? 'firefox-esr'}" >&2; ${process.env.CI ? 'false' : 'true'}`;
  const r = spawnSync(
    'unshare',
    ['-r', '-m', 'sh', '-c', `d="$0"; f="$1"; shift; mount --bind "$d" ${TARGET} && TBYP_POLICY_DIR="$d" npx playwright test test/e2e/policy.spec.ts --workers=1 "$@" && ${firefox}`, dir, ffDir, ...process.argv.slice(2)],
    { stdio: 'inherit', env: process.env },
  );
  if (r.error) cannot(`could not start unshare (${r.error.message}); it needs util-linux and unprivileged user namespaces.`);
  process.exitCode = r.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
  rmSync(ffDir, { recursive: true, force: true });
}
