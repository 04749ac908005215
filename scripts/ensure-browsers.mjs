// Makes sure the Debian browsers that `npm start` and the end-to-end tests drive are
// installed, and Info-ZIP's unzip, which reads exports back as analysts' tools do:
// `node scripts/ensure-browsers.mjs [chromium] [firefox-esr] [unzip]` (all by
// default). Installs the missing ones with apt, as root or through sudo (which may
// ask for a password). Set SKIP_BROWSER_INSTALL=1 to skip.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const paths = { chromium: '/usr/bin/chromium', 'firefox-esr': '/usr/bin/firefox-esr', unzip: '/usr/bin/unzip' };
const wanted = process.argv.length > 2 ? process.argv.slice(2) : Object.keys(paths);
const unknown = wanted.filter((p) => !(p in paths));
if (unknown.length > 0) {
  console.error(`ensure-browsers: unknown browser ${unknown.join(', ')} (known: ${Object.keys(paths).join(', ')})`);
  process.exit(2);
}
const missing = wanted.filter((p) => !existsSync(paths[p]));
if (missing.length === 0 || process.env.SKIP_BROWSER_INSTALL === '1') process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasSudo = (() => {
  try {
    execSync('command -v sudo', { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
})();
const sudo = isRoot ? '' : 'sudo ';
const command = `${sudo}apt-get update && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${missing.join(' ')} fonts-noto-core`;
if (!isRoot && !hasSudo) {
  console.error(`${missing.join(' and ')} must be installed first. As root:\n  ${command}`);
  process.exit(1);
}
console.error(`Installing ${missing.join(', ')} from Debian's packages…`);
try {
  execSync(command, { stdio: ['inherit', 'ignore', 'inherit'], shell: '/bin/bash' });
} catch {
  console.error(`Could not install ${missing.join(' and ')}. Run:\n  ${command}`);
  process.exit(1);
}
