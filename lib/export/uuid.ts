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

/** UUIDv5 of `name` (UTF-8) in `namespace`, lowercase. Asynchronous for its callers' sake; see uuidV5Sync. */
export async function uuidV5(name: string, namespace = MBR_NAMESPACE): Promise<string> {
  return uuidV5Sync(name, namespace);
}

const namespaces = new Map<string, Uint8Array>();
const encoder = new TextEncoder();

/**
 * UUIDv5 of `name` (UTF-8) in `namespace`, lowercase, computed here rather than by
 * WebCrypto: a STIX export of thousands of incidents needs tens of thousands of ids,
 * and each asynchronous digest cost about a hundred times a synchronous SHA-1 of
 * a short name.
 */
export function uuidV5Sync(name: string, namespace = MBR_NAMESPACE): string {
  let ns = namespaces.get(namespace);
  if (!ns) namespaces.set(namespace, (ns = parseUuid(namespace)));
  const bytes = encoder.encode(name);
  const input = new Uint8Array(16 + bytes.length);
  input.set(ns, 0);
  input.set(bytes, 16);
  const hash = sha1(input);
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  let hex = '';
  for (let i = 0; i < 16; i++) hex += HEX[hash[i]!];
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/** SHA-1 (FIPS 180-4 §6.1) of `data`: 20 bytes. Used only to name things (RFC 9562 §5.5), never for security. */
export function sha1(data: Uint8Array): Uint8Array {
  const blocks = Math.ceil((data.length + 9) / 64);
  const m = new Uint8Array(blocks * 64);
  m.set(data);
  m[data.length] = 0x80;
  const bits = data.length * 8;
  const view = new DataView(m.buffer);
  view.setUint32(m.length - 8, Math.floor(bits / 2 ** 32));
  view.setUint32(m.length - 4, bits >>> 0);
  let h0 = 0x67452301, h1 = 0xefcdab89, h2 = 0x98badcfe, h3 = 0x10325476, h4 = 0xc3d2e1f0;
  const w = new Int32Array(80);
  for (let b = 0; b < m.length; b += 64) {
    for (let t = 0; t < 16; t++) w[t] = view.getInt32(b + 4 * t);
    for (let t = 16; t < 80; t++) {
      const x = w[t - 3]! ^ w[t - 8]! ^ w[t - 14]! ^ w[t - 16]!;
      w[t] = (x << 1) | (x >>> 31);
    }
    let a = h0, bb = h1, c = h2, d = h3, e = h4;
    for (let t = 0; t < 80; t++) {
      const f = t < 20 ? (bb & c) | (~bb & d) : t < 40 ? bb ^ c ^ d : t < 60 ? (bb & c) | (bb & d) | (c & d) : bb ^ c ^ d;
      const k = t < 20 ? 0x5a827999 : t < 40 ? 0x6ed9eba1 : t < 60 ? 0x8f1bbcdc : 0xca62c1d6;
      const temp = (((a << 5) | (a >>> 27)) + f + e + k + w[t]!) | 0;
      e = d;
      d = c;
      c = (bb << 30) | (bb >>> 2);
      bb = a;
      a = temp;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + bb) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
  }
  const out = new Uint8Array(20);
  const o = new DataView(out.buffer);
  [h0, h1, h2, h3, h4].forEach((h, i) => o.setInt32(4 * i, h));
  return out;
}

/** @throws {RangeError} if `uuid` is not 8-4-4-4-12 hex digits. */
function parseUuid(uuid: string): Uint8Array {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(uuid)) throw new RangeError(`not a UUID: ${uuid}`);
  const hex = uuid.replace(/-/g, '');
  return Uint8Array.from({ length: 16 }, (_, i) => parseInt(hex.slice(2 * i, 2 * i + 2), 16));
}
