import { describe, expect, it } from 'vitest';
import { formatProblem, loadDataFiles, type DataFile } from '../../../lib/dataset';
import { validContent } from '../../fixtures/shipped-data';

const pretty = (x: unknown) => JSON.stringify(x, null, 2) + '\n';
const files = (over: Partial<Record<string, string>> = {}): DataFile[] => {
  const d = validContent();
  const all: Record<string, string> = {
    'bases.json': pretty(d.bases), 'militias.json': pretty(d.militias), 'incidents/2023.json': pretty(d.incidents), ...over,
  } as Record<string, string>;
  return Object.entries(all).map(([path, text]) => ({ path, text }));
};
const messages = (fs: DataFile[]) => loadDataFiles(fs).problems.map(formatProblem);

describe('loadDataFiles', () => {
  it('loads well-formed files without problems', () => {
    const { content, problems } = loadDataFiles(files());
    expect(problems).toEqual([]);
    expect(content.incidents).toHaveLength(2);
  });

  it('reports invalid JSON, a non-array, a missing file and an unexpected file', () => {
    expect(messages(files({ 'incidents/2023.json': '[{', 'militias.json': '{}\n', 'bases.txt.json': '[]\n' }).filter((f) => f.path !== 'bases.json'))).toEqual([
      '[file-format] bases.json: missing',
      expect.stringMatching(/^\[file-format\] bases.txt.json: not a dataset file/),
      expect.stringMatching(/^\[file-format\] incidents\/2023.json: not valid JSON/),
      '[file-format] militias.json: must be a JSON array of records',
    ]);
  });

  it('reports files not pretty-printed or not sorted by id', () => {
    const d = validContent();
    expect(messages(files({ 'bases.json': JSON.stringify(d.bases), 'incidents/2023.json': pretty([...d.incidents].reverse()) }))).toEqual([
      expect.stringMatching(/^\[file-format\] bases.json: not pretty-printed/),
      '[file-format] incidents/2023.json: records not sorted by id: "2023-10-30-ain-al-asad-rocket" comes after "2024-01-28-tower-22-drone"',
    ]);
  });

  it('reports each schema issue with file, index, id and field, and keeps the valid records', () => {
    const d = validContent();
    const bad = { ...d.incidents[1]!, weapons: ['laser'] };
    const { content, problems } = loadDataFiles(files({ 'incidents/2023.json': pretty([d.incidents[0], bad]) }));
    expect(problems.map(formatProblem)).toEqual([
      '[schema] incidents/2023.json[1] 2024-01-28-tower-22-drone: weapons.0: Invalid type: Expected ("rocket" | "drone" | "ballistic missile" | "cruise missile" | "mortar" | "ied" | "small arms" | "unknown") but received "laser"',
    ]);
    expect(content.incidents.map((i) => i.id)).toEqual(['2023-10-30-ain-al-asad-rocket']);
  });
});
