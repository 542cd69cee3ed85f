// Runs the managed-policy e2e spec (test/e2e/policy.spec.ts) with a real Chromium policy folder,
// without touching the machine's: inside a private user + mount namespace, a temporary folder is
// bind-mounted over /etc/chromium/policies, so Chromium reads the test's policy files and nothing
// is left behind when the namespace ends. Usage: npm run test:policy [-- <playwright args>]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
try {
  const r = spawnSync(
    'unshare',
    ['-r', '-m', 'sh', '-c', `mount --bind "$0" ${TARGET} && exec npx playwright test test/e2e/policy.spec.ts --workers=1 "$@"`, dir, ...process.argv.slice(2)],
    { stdio: 'inherit', env: { ...process.env, TBYP_POLICY_DIR: dir } },
  );
  rmSync(dir, { recursive: true, force: true });
  if (r.error) cannot(`could not start unshare (${r.error.message}); it needs util-linux and unprivileged user namespaces.`);
  process.exitCode = r.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
