import { describe, expect, it } from 'vitest';
import { compareVersions, isVersion, versionAt } from '../../../lib/dataset';

describe('compareVersions', () => {
  it.each([
    ['2026.11.21.111010-aaaa', '2026.11.21.111011-0000', -1],
    ['2026.11.21.95959', '2026.11.21.100000', -1], // numbers, not strings
    ['2026.11.21.1', '2026.11.21', 1],
    ['1.2', '1.2.0', 0],
    ['1.10', '1.9', 1],
    ['2026.11.21.111010-aaaa', '2026.11.21.111010-bbbb', 0], // labels never order
    ['007', '7', 0],
    ['99999999999999999999.1', '99999999999999999999.0', 1], // beyond Number precision
    ['2027.01.01.000000-ffff', '2026.12.31.235959-0000', 1],
  ])('%s vs %s → %i', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign);
    expect(Math.sign(compareVersions(b, a))).toBe(-sign || 0);
  });

  it('sorts versions written by versionAt chronologically', () => {
    const times = ['2026-11-21T11:10:10Z', '2024-01-02T03:04:05Z', '2026-11-21T09:59:59Z', '2026-01-31T23:59:59Z'];
    const versions = times.map((t) => versionAt(new Date(t), 'ABCDEF0123456789'));
    expect(versions[0]).toBe('2026.11.21.111010-abcdef01');
    expect([...versions].sort(compareVersions)).toEqual([...times].sort().map((t) => versionAt(new Date(t), 'abcdef01')));
  });

  it('throws on what is not a version', () => {
    for (const bad of ['', 'v1', '1..2', '1.2-', '1.2-ABC', 'latest', '1.2.3+build']) {
      expect(isVersion(bad), bad).toBe(false);
      expect(() => compareVersions(bad, '1')).toThrow(RangeError);
    }
  });
});
