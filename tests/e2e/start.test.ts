/**
 * The README's main command, `npm start`, as it runs without a display (CI, a
 * server): it serves the seed articles, opens one in Chromium with the extension,
 * hovers a mention and writes a screenshot of the open card. The builds are the
 * ones global-setup.ts made (`--no-build`); they are what `npm start` builds.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { root } from '../fixtures/run-cli';

describe('npm start without a display', () => {
  it('opens a seed article in Chromium with the extension and screenshots an open card', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mbr-start-'));
    try {
      const shot = join(dir, 'card.png');
      const env = { ...process.env, DISPLAY: '', WAYLAND_DISPLAY: '', START_SCREENSHOT: shot };
      const { stdout } = await promisify(execFile)('node', ['scripts/start.mjs', '--no-build'], { cwd: root, env, timeout: 90_000 });
      expect(stdout).toMatch(/Serving the seed articles as news pages at http:\/\/127\.0\.0\.1:\d+\//);
      expect(stdout).toContain(`Screenshot of an open card: ${shot}`);
      const png = readFileSync(shot);
      expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
      expect(png.readUInt32BE(16)).toBe(1280); // IHDR width: the viewport
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
