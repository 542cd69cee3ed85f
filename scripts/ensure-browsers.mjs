// Makes sure Debian's Chromium (and Firefox ESR, for the Firefox checks) are installed.
// Playwright's own browser download cannot work offline, so tests drive the system browsers.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

const wanted = [
  ['chromium', CHROMIUM],
  ['firefox-esr', FIREFOX],
].filter(([, path]) => !existsSync(path));

if (wanted.length) {
  const names = wanted.map(([pkg]) => pkg).join(' ');
  if (process.getuid?.() === 0) {
    console.log(`Installing ${names} from Debian's packages…`);
    execSync('apt-get update -qq', { stdio: 'inherit' });
    execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${names}`, { stdio: 'inherit' });
  } else {
    console.error(`Missing ${names}. Install with:  sudo apt-get install -y ${names}\n(or set CHROMIUM_PATH / FIREFOX_PATH to your own builds).`);
    process.exit(1);
  }
}
