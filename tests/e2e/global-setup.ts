/** Builds the extension once (Chrome and Firefox, e2e mode, and the demo build) before the end-to-end tests. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { generateSigningKey, importSigningKey } from '../../lib/dataset';
import { chromiumPath, firefoxPath } from './harness';
import { root } from '../fixtures/run-cli';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Private JWK of the throwaway feed key that only the e2e build trusts. */
    feedSigningKey: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  for (const [name, path] of [['Chromium', chromiumPath], ['Firefox ESR', firefoxPath]] as const) {
    if (!existsSync(path)) throw new Error(`${name} is not installed at ${path}: run \`npm test\` (which installs it with apt) or set ${name === 'Chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH'}.`);
  }
  // The public half is pinned into the e2e build (adapters/dataset/pinned-keys.ts);
  // the tests sign feeds with the private half.
  const { jwk, pinned } = await throwawayFeedKey();
  project.provide('feedSigningKey', jwk);
  const env = { ...process.env, WXT_E2E_FEED_KEYS: JSON.stringify([pinned]) };
  const run = (args: string[]) => execFileSync('npx', args, { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  run(['tsx', 'scripts/data-build.ts']);
  run(['wxt', 'build', '--mode', 'e2e']);
  run(['wxt', 'build', '--mode', 'e2e', '-b', 'firefox']);
  // `npm start`'s build (start.test.ts), a user's build that also runs on 127.0.0.1.
  run(['wxt', 'build', '--mode', 'demo']);
}

/**
 * A test-only feed key, kept outside the repository in the system's temp directory
 * and shared by every e2e run on this machine, so that runs building the same
 * .output directories at the same time trust the same key. Created on first use.
 */
async function throwawayFeedKey() {
  const file = join(tmpdir(), 'militia-base-reader-e2e-feed-key.jwk.json');
  if (!existsSync(file)) {
    const { key } = await generateSigningKey();
    const jwk = JSON.stringify(await crypto.subtle.exportKey('jwk', key.privateKey));
    try {
      writeFileSync(file, jwk, { mode: 0o600, flag: 'wx' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e; // another run created it first
    }
  }
  const jwk = readFileSync(file, 'utf8');
  return { jwk, pinned: (await importSigningKey(jwk)).pinned };
}
