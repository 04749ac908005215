/**
 * Dataset versions order snapshots and feeds: the extension replaces its data only
 * with a strictly newer version, so an older bundled snapshot never overwrites a
 * newer synced one.
 *
 * A version is one or more dot-separated decimal numbers, optionally followed by
 * `-` and a lowercase alphanumeric label: `2026.11.21.111010-3fa4b2c1`. The numbers
 * decide the order (compared as unbounded integers, missing parts count as 0:
 * `1.2` = `1.2.0` < `1.10`); the label names the content (a hash prefix) and never
 * affects the order. data:build writes `YYYY.MM.DD.HHMMSS-<sha8>` (UTC time of
 * the newest data change, then the content hash); see docs/PUBLISHING.md.
 */

const VERSION = /^\d+(?:\.\d+)*(?:-[0-9a-z]+)?$/;

export function isVersion(s: string): boolean {
  return VERSION.test(s);
}

/**
 * Negative if `a` is older than `b`, positive if newer, 0 if the numbers are equal
 * (whatever the labels).
 * @throws {RangeError} if either is not a version.
 */
export function compareVersions(a: string, b: string): number {
  const pa = numbers(a);
  const pb = numbers(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const c = compareDigits(pa[i] ?? '0', pb[i] ?? '0');
    if (c !== 0) return c;
  }
  return 0;
}

/** The version data:build derives from a UTC time and the content's SHA-256 (hex). */
export function versionAt(time: Date, sha256Hex: string): string {
  const t = time.toISOString(); // YYYY-MM-DDTHH:MM:SS.sssZ
  const stamp = `${t.slice(0, 4)}.${t.slice(5, 7)}.${t.slice(8, 10)}.${t.slice(11, 13)}${t.slice(14, 16)}${t.slice(17, 19)}`;
  return `${stamp}-${sha256Hex.slice(0, 8).toLowerCase()}`;
}

function numbers(v: string): string[] {
  if (!isVersion(v)) throw new RangeError(`not a dataset version: ${JSON.stringify(v)}`);
  return v.split('-')[0]!.split('.').map((p) => p.replace(/^0+(?=\d)/, ''));
}

/** Compares decimal strings without leading zeros as integers of any size. */
function compareDigits(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}
