/**
 * Name-based UUIDs (RFC 9562 §5.5, formerly RFC 4122 §4.3: version 5, SHA-1), so the
 * same clip or entity gets the same id in every export and a receiver can merge
 * re-exports instead of duplicating them.
 */

/**
 * The namespace of this tool's ids, generated once at random for it. STIX 2.1 §2.9
 * forbids the SCO namespace (00abedb4-…) for other objects; this is not it.
 */
export const MBR_NAMESPACE = '02a678f0-c693-4a72-b53f-969a6e00a3f7';

/** UUIDv5 of `name` (UTF-8) in `namespace`, lowercase. */
export async function uuidV5(name: string, namespace = MBR_NAMESPACE): Promise<string> {
  const ns = parseUuid(namespace);
  const bytes = new TextEncoder().encode(name);
  const input = new Uint8Array(16 + bytes.length);
  input.set(ns, 0);
  input.set(bytes, 16);
  const hash = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-1', input));
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = Array.from(hash.subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** @throws {RangeError} if `uuid` is not 8-4-4-4-12 hex digits. */
function parseUuid(uuid: string): Uint8Array {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(uuid)) throw new RangeError(`not a UUID: ${uuid}`);
  const hex = uuid.replace(/-/g, '');
  return Uint8Array.from({ length: 16 }, (_, i) => parseInt(hex.slice(2 * i, 2 * i + 2), 16));
}
