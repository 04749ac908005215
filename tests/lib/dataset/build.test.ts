import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDatasetFile, verifyManifest, type DatasetContent } from '../../../lib/dataset';
import { root } from '../../fixtures/run-cli';
import { validContent } from '../../fixtures/shipped-data';

const tmp = mkdtempSync(join(tmpdir(), 'data-build-'));
let n = 0;

/** A data directory outside the repository holding `content`. */
function dataDir(content: DatasetContent, feedKeys: unknown = []): string {
  const dir = join(tmp, `data-${n++}`);
  mkdirSync(join(dir, 'incidents'), { recursive: true });
  const write = (path: string, x: unknown) => writeFileSync(join(dir, path), JSON.stringify(x, null, 2) + '\n');
  write('bases.json', content.bases);
  write('militias.json', content.militias);
  write('incidents/2023-2024-gaza-war-campaign.json', content.incidents);
  write('feed-keys.json', feedKeys);
  write('source-hosts.json', [{ host: 'example.org', class: 'agency' }]);
  return dir;
}

function build(args: string[], env: Record<string, string> = {}) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('DATASET_'))) as Record<string, string>;
  const r = spawnSync('npm', ['run', '-s', 'data:build', '--', ...args], { cwd: root, encoding: 'utf8', env: { ...clean, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.replace(/^npm warn .*\n/gm, '') };
}

const outputs = () => {
  const dir = join(tmp, `out-${n++}`);
  return { dir, snapshot: join(dir, 'snapshot.json'), feed: join(dir, 'feed'), args: ['--snapshot', join(dir, 'snapshot.json'), '--out', join(dir, 'feed')] };
};

describe('npm run data:build', () => {
  it('exits 1 listing every problem, and writes nothing', () => {
    const d = validContent();
    d.incidents.push({ ...d.incidents[0]!, id: '2023-10-30-ain-al-asad-rockets', sources: ['not a url'] });
    d.incidents.push({ ...d.incidents[0]!, id: '2023-10-30-ain-al-asad-salvo' });
    d.incidents.sort((a, b) => (a.id < b.id ? -1 : 1));
    d.bases[1]!.coordinates!.lat = 3.3;
    const o = outputs();
    const r = build(['--data', dataDir(d), ...o.args, '--unsigned']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/3 problem\(s\)/);
    expect(r.stderr).toContain('[schema] incidents/2023-2024-gaza-war-campaign.json[1] 2023-10-30-ain-al-asad-rockets: sources.0: must be a well-formed http(s) URL');
    expect(r.stderr).toContain('[coordinates] tower-22: 3.3, 38.70333 is outside JO');
    expect(r.stderr).toContain('[duplicate-incidents] 2023-10-30-ain-al-asad-salvo: same site (ain-al-asad), date and weapons (rocket) as 2023-10-30-ain-al-asad-rocket');
    expect(existsSync(o.dir)).toBe(false);
  });

  it('without a key writes the snapshot, explains how to sign, and skips the feed', () => {
    const o = outputs();
    const r = build(['--data', dataDir(validContent()), ...o.args], { DATASET_VERSION: '2026.11.21.3' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/DATASET_SIGNING_KEY/);
    const parsed = parseDatasetFile(readFileSync(o.snapshot, 'utf8'));
    expect(parsed.ok && parsed.dataset.version).toBe('2026.11.21.3');
    expect(existsSync(o.feed)).toBe(false);
  });

  it('with --unsigned writes an unsigned feed whose dataset file is the snapshot', async () => {
    const o = outputs();
    expect(build(['--data', dataDir(validContent()), ...o.args, '--unsigned']).status).toBe(0);
    const manifest = JSON.parse(readFileSync(join(o.feed, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ format: 2, key_id: null, signature: null });
    const bytes = new Uint8Array(readFileSync(join(o.feed, manifest.file)));
    expect(Buffer.from(bytes).equals(readFileSync(o.snapshot))).toBe(true);
    expect(await verifyManifest(manifest, bytes, [])).toMatchObject({ ok: false, error: 'unsigned' });
  });

  it('--new-key refuses a path inside the repository, then signs a feed the pinned key verifies', async () => {
    expect(build(['--new-key', join(root, 'data/feed-key.pem')]).status).toBe(2);
    expect(existsSync(join(root, 'data/feed-key.pem'))).toBe(false);
    const keyFile = join(tmp, 'keys', 'feed.pem');
    const made = build(['--new-key', keyFile]);
    expect(made.status, made.stderr).toBe(0);
    expect(readFileSync(keyFile, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    const pinned = JSON.parse(made.stdout);
    expect(build(['--new-key', keyFile]).status).toBe(2); // never overwrites a key

    const o = outputs();
    const r = build(['--data', dataDir(validContent(), [pinned]), ...o.args], { DATASET_SIGNING_KEY_FILE: keyFile, DATASET_VERSION: '2026.11.21.4' });
    expect(r.status, r.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(join(o.feed, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ version: '2026.11.21.4', file: 'dataset-2026.11.21.4.json', key_id: pinned.key_id });
    const bytes = new Uint8Array(readFileSync(join(o.feed, manifest.file)));
    expect(await verifyManifest(manifest, bytes, [pinned])).toMatchObject({ ok: true });

    const unpinned = outputs();
    const refused = build(['--data', dataDir(validContent()), ...unpinned.args], { DATASET_SIGNING_KEY: readFileSync(keyFile, 'utf8') });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/not pinned in data\/feed-keys.json/);
    expect(existsSync(unpinned.dir)).toBe(false);
  });

  it('refuses a DATASET_SIGNING_KEY_FILE inside the repository', () => {
    const r = build(['--data', dataDir(validContent()), ...outputs().args], { DATASET_SIGNING_KEY_FILE: join(root, 'package.json') });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/inside the repository/);
  });

  it('builds the shipped data', () => {
    const o = outputs();
    const r = build([...o.args, '--unsigned']);
    expect(r.status, r.stderr).toBe(0);
    const parsed = parseDatasetFile(readFileSync(o.snapshot, 'utf8'));
    expect(parsed.ok && parsed.dataset.incidents.length).toBeGreaterThanOrEqual(250);
  });
});
