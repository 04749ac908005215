// @vitest-environment happy-dom
/**
 * The export registry (lib/export/registry.ts): every format renders its file(s)
 * under its declared name and media type, and every format is offered where it
 * belongs — clip formats as the library's buttons, incident formats as the
 * incidents page's — so adding a format is one entry.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportPanel } from '../../../components/library/ExportPanel';
import { IncidentExport } from '../../../components/incidents/IncidentExport';
import type { Clip } from '../../../lib/clips/types';
import { CLIP_EXPORT_FORMATS, EXPORT_FORMATS, EXPORT_REGISTRY, INCIDENT_EXPORT_FORMATS, MEDIA_TYPES, exportFiles, exportIncidentFiles } from '../../../lib/export';
import { sampleClips } from '../../fixtures/clips';
import { stixProblems } from '../../fixtures/stix-validator';
import { settle, waitFor } from '../../fixtures/wait';
import { dataset, exportedAt, incidents, ownDrone } from '../../fixtures/incidents';

let clips: Clip[];
beforeAll(async () => {
  clips = await sampleClips();
});

/** `file` as a pattern: `<…>` stands for any name. */
const matches = (pattern: string, name: string) => new RegExp(`^${pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/<[^>]+>/g, '[^/]+')}$`).test(name);

describe('export registry', () => {
  it('has unique ids, both labels, a media type and a file for each entry, clips and incidents', () => {
    expect(new Set(EXPORT_REGISTRY.map((f) => f.id)).size).toBe(EXPORT_REGISTRY.length);
    for (const f of EXPORT_REGISTRY) {
      expect(f.label_en.trim(), f.id).not.toBe('');
      expect(f.label_ar.trim(), f.id).not.toBe('');
      expect(MEDIA_TYPES[f.id], f.id).toBe(f.media_type);
      expect(f.file, f.id).not.toBe('');
    }
    expect(CLIP_EXPORT_FORMATS.length + INCIDENT_EXPORT_FORMATS.length).toBe(EXPORT_REGISTRY.length);
    expect(INCIDENT_EXPORT_FORMATS.map((f) => f.id)).toEqual(['incidents-stix', 'incidents-acled', 'incidents-geojson']);
  });

  it('renders every format to non-empty files named as declared', async () => {
    for (const f of EXPORT_REGISTRY) {
      const files = f.subject === 'clips' ? await f.render(clips, { exportedAt, dataset }) : await f.render(incidents, { exportedAt, dataset });
      expect(files.length, f.id).toBeGreaterThan(0);
      for (const file of files) {
        expect(matches(f.file, file.name), `${f.id}: ${file.name}`).toBe(true);
        expect(file.text.length, f.id).toBeGreaterThan(0);
      }
      if (f.media_type.includes('json')) for (const file of files) expect(() => JSON.parse(file.text), f.id).not.toThrow();
    }
  });

  it('exportFiles and exportIncidentFiles follow the registry, one subject each', async () => {
    expect((await exportFiles(clips, EXPORT_FORMATS, { exportedAt, dataset })).filter((f) => !f.name.startsWith('notes/')).map((f) => f.name))
      .toEqual(['clips.json', 'clips.jsonld', 'mentions.csv', 'report.html', 'bases.geojson', 'clips.stix.json']);
    const files = await exportIncidentFiles(incidents, ['incidents-geojson', 'incidents-stix'], { exportedAt, dataset });
    expect(files.map((f) => f.name)).toEqual(['incidents.stix.json', 'incidents.geojson']);
    expect(stixProblems(JSON.parse(files[0]!.text))).toEqual([]);
    expect(await exportIncidentFiles(incidents, [], { exportedAt, dataset })).toEqual([]);
  });
});

describe('the UI offers every format of the registry', () => {
  let root: HTMLElement;
  let downloads: { name: string; blob: Blob }[];
  beforeEach(() => {
    root = document.body.appendChild(document.createElement('div'));
    downloads = [];
    let last: Blob | null = null;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      last = b as Blob;
      return 'blob:test';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push({ name: this.download, blob: last! });
    });
  });
  afterEach(() => {
    act(() => render(null, root));
    root.remove();
    vi.restoreAllMocks();
  });
  const buttons = () => [...root.querySelectorAll<HTMLButtonElement>('button[data-format]')];

  it('the library: a button per clip format, labelled from the registry in each language, and the zip', async () => {
    for (const lang of ['en', 'ar'] as const) {
      await act(async () => render(
        <ExportPanel lang={lang} clips={clips} scope="all" selectedCount={0} dataset={dataset} now={() => exportedAt} onSelectShown={() => {}} onSelectNone={() => {}} onImport={async () => ({ ok: true, added: 0, updated: 0, unchanged: 0 })} />,
        root,
      ));
      expect(buttons().map((b) => b.dataset.format)).toEqual([...CLIP_EXPORT_FORMATS.map((f) => f.id), 'zip']);
      for (const f of CLIP_EXPORT_FORMATS) expect(root.querySelector(`button[data-format="${f.id}"]`)?.textContent).toBe(lang === 'ar' ? f.label_ar : f.label_en);
    }
  });

  it('the incidents page: a button per incident format; a press downloads the shown incidents, own ones included', async () => {
    const load = vi.fn(async () => ({ dataset, own: [ownDrone] }));
    const ids = [ownDrone.id, '2024-01-20-ain-al-asad-rocket', 'not-an-incident'];
    await act(async () => render(<IncidentExport lang="en" ids={ids} load={load} now={() => exportedAt} />, root));
    expect(buttons().map((b) => b.dataset.format)).toEqual(INCIDENT_EXPORT_FORMATS.map((f) => f.id));
    expect(buttons().map((b) => b.textContent)).toEqual(INCIDENT_EXPORT_FORMATS.map((f) => f.label_en));
    expect(root.textContent).toContain('Export the incidents shown (3)');
    for (const b of buttons()) {
      await act(() => b.click());
      await waitFor(() => expect(root.querySelector('.export-status.ok')).not.toBeNull());
      await settle();
    }
    expect(downloads.map((d) => d.name)).toEqual([
      'militia-base-reader-incidents-2024-03-01.stix.json',
      'militia-base-reader-incidents-2024-03-01-acled.csv',
      'militia-base-reader-incidents-2024-03-01.geojson',
    ]);
    const stix = JSON.parse(await downloads[0]!.blob.text());
    expect(stix.objects.filter((o: { type: string }) => o.type === 'incident').map((o: { x_mbr_incident_id: string }) => o.x_mbr_incident_id)).toEqual([ownDrone.id, '2024-01-20-ain-al-asad-rocket']);
    expect(downloads[0]!.blob.type).toBe('application/stix+json;version=2.1');
    const geo = JSON.parse(await downloads[2]!.blob.text());
    expect(geo.features[0].properties).toMatchObject({ own: true, time: '2024-02-10T00:00:00Z' });
  });

  it('the incidents page: nothing shown, nothing to export; a failed read is said', async () => {
    await act(async () => render(<IncidentExport lang="ar" ids={[]} load={async () => ({ dataset, own: [] })} />, root));
    expect(buttons().every((b) => b.disabled)).toBe(true);
    expect(buttons().map((b) => b.textContent)).toEqual(INCIDENT_EXPORT_FORMATS.map((f) => f.label_ar));
    await act(async () => render(<IncidentExport lang="en" ids={['x']} load={async () => { throw new Error('no database'); }} />, root));
    await act(() => buttons()[0]!.click());
    await waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toBe('The export failed: no database'));
    expect(downloads).toEqual([]);
  });
});
