// Makes sure the browsers the end-to-end tests drive are installed: Debian's
// Chromium and Firefox ESR. Installs them with apt when missing and running as root
// (as on CI); otherwise says what to run. Set SKIP_BROWSER_INSTALL=1 to skip.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const wanted = [
  ['/usr/bin/chromium', 'chromium'],
  ['/usr/bin/firefox-esr', 'firefox-esr'],
];
const missing = wanted.filter(([path]) => !existsSync(path)).map(([, pkg]) => pkg);
if (missing.length === 0 || process.env.SKIP_BROWSER_INSTALL === '1') process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const sudo = isRoot ? '' : 'sudo ';
const command = `${sudo}apt-get update && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${missing.join(' ')} fonts-noto-core`;
if (!isRoot && process.env.CI !== 'true') {
  console.error(`The end-to-end tests need ${missing.join(' and ')}. Install with:\n  ${command}`);
  process.exit(1);
}
console.error(`Installing ${missing.join(', ')} for the end-to-end tests…`);
try {
  execSync(command, { stdio: ['ignore', 'ignore', 'inherit'], shell: '/bin/bash' });
} catch {
  console.error(`Could not install ${missing.join(' and ')}. Run:\n  ${command}`);
  process.exit(1);
}
