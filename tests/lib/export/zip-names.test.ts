/**
 * The export zip read back by Info-ZIP `unzip` (the unzip of most Linux systems
 * and of many scripts): Arabic entry names must come back as written. Needs the
 * `unzip` command; without it the test is skipped and says so.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportArchive, exportFiles, zipFiles } from '../../../lib/export';
import { dataset, sampleClips } from '../../fixtures/clips';

const hasUnzip = spawnSync('unzip', ['-v'], { stdio: 'ignore' }).status === 0;
const exportedAt = new Date('2024-03-01T12:00:00.000Z');
const dir = mkdtempSync(join(tmpdir(), 'mbr-zip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The entry names `unzip -Z1` lists for `bytes`, in a UTF-8 locale and in the C locale. */
function unzipNames(bytes: Uint8Array, locale: string): string[] {
  const file = join(dir, `${locale}.zip`);
  writeFileSync(file, bytes);
  const out = execFileSync('unzip', ['-Z1', file], { env: { ...process.env, LC_ALL: locale }, encoding: 'utf8' });
  return out.split('\n').filter((l) => l !== '');
}

describe.skipIf(!hasUnzip)(`zip entry names read by Info-ZIP unzip${hasUnzip ? '' : ' (SKIPPED: the unzip command is not installed; apt-get install unzip)'}`, () => {
  it('gives back Arabic names as written, whatever the locale', () => {
    const names = ['ملاحظات/قاعدة عين الأسد.md', 'notes/كتائب-حزب-الله.md', 'clips.json'];
    const zip = zipFiles(names.map((name) => ({ name, text: 'نص' })), exportedAt);
    for (const locale of ['C.UTF-8', 'C']) expect(unzipNames(zip, locale)).toEqual(names);
  });

  it('lists every file of a full export, Arabic note names included', async () => {
    const clips = await sampleClips();
    const files = await exportFiles(clips, EXPORT_FORMATS, { exportedAt, dataset });
    const names = unzipNames(await exportArchive(clips, EXPORT_FORMATS, { exportedAt, dataset }), 'C.UTF-8');
    expect(names.sort()).toEqual(files.map((f) => f.name).sort());
    expect(names.some((n) => /[\u0600-\u06ff]/.test(n))).toBe(true);
  });

  it('marks entries as made on Unix with mode 0644', () => {
    const file = join(dir, 'mode.zip');
    writeFileSync(file, zipFiles([{ name: 'قاعدة.md', text: 'x' }], exportedAt));
    expect(execFileSync('unzip', ['-Z', '-s', file], { encoding: 'utf8' })).toMatch(/-rw-r--r-- +\S+ unx /);
  });
});
