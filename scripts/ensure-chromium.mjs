// Browser tests run in Debian's Chromium (Playwright's own browser download is not reachable on
// these machines). Install it when missing and we are root; otherwise say exactly what to install.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const wanted = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(wanted)) process.exit(0);
if (process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH is set to ${wanted}, which does not exist.`);
  process.exit(1);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error('Chromium is missing. Install it with:  sudo apt-get update && sudo apt-get install -y chromium');
  console.error('or point CHROMIUM_PATH at a Chromium or Chrome binary.');
  process.exit(1);
}
console.log('Installing Debian chromium for the browser tests…');
execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
if (!existsSync(wanted)) {
  console.error('apt-get finished but /usr/bin/chromium is still missing.');
  process.exit(1);
}
