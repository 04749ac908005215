/** Builds the extension once (Chrome and Firefox, e2e mode) before the end-to-end tests. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath, firefoxPath } from './harness';
import { root } from '../fixtures/run-cli';

export default function setup(): void {
  for (const [name, path] of [['Chromium', chromiumPath], ['Firefox ESR', firefoxPath]] as const) {
    if (!existsSync(path)) throw new Error(`${name} is not installed at ${path}: run \`npm test\` (which installs it with apt) or set ${name === 'Chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH'}.`);
  }
  const run = (args: string[]) => execFileSync('npx', args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  run(['tsx', 'scripts/data-build.ts']);
  run(['wxt', 'build', '--mode', 'e2e']);
  run(['wxt', 'build', '--mode', 'e2e', '-b', 'firefox']);
}
