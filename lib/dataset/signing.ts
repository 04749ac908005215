/**
 * Feed signing keys: ECDSA P-256 with SHA-256 over WebCrypto, so the extension
 * verifies with exactly the code the build signs with. Signatures are the raw
 * 64-byte r‖s form WebCrypto produces (IEEE P1363), base64-encoded.
 *
 * The private key never enters the repository: data:build reads it from the
 * environment (PKCS#8 PEM or JWK JSON). Public keys are pinned in
 * data/feed-keys.json as `{key_id, jwk}`, `key_id` being the key's RFC 7638 JWK
 * thumbprint (SHA-256, base64url).
 */
import * as v from 'valibot';
import { fromBase64, toBase64, toBase64Url, utf8 } from './digest';

const EC = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;
const subtle = () => globalThis.crypto.subtle;

const b64url = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]+$/, 'must be base64url'));
export const PublicJwkSchema = v.object({ kty: v.literal('EC'), crv: v.literal('P-256'), x: b64url, y: b64url });
export const PinnedKeySchema = v.strictObject({ key_id: b64url, jwk: PublicJwkSchema });
/** The schema of data/feed-keys.json. */
export const PinnedKeysSchema = v.array(PinnedKeySchema);

export type PublicJwk = v.InferOutput<typeof PublicJwkSchema>;
export type PinnedKey = v.InferOutput<typeof PinnedKeySchema>;

export interface SigningKey {
  readonly privateKey: CryptoKey;
  /** The entry that must be in data/feed-keys.json for clients to accept this key's signatures. */
  readonly pinned: PinnedKey;
}

/** RFC 7638 thumbprint of a P-256 public key. */
export async function keyId(jwk: PublicJwk): Promise<string> {
  const canonical = JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y });
  return toBase64Url(new Uint8Array(await subtle().digest('SHA-256', utf8(canonical))));
}

/** A new key pair; `pkcs8Pem` is the private key to store outside the repository. */
export async function generateSigningKey(): Promise<{ key: SigningKey; pkcs8Pem: string }> {
  const pair = await subtle().generateKey(EC, true, ['sign', 'verify']);
  const der = new Uint8Array(await subtle().exportKey('pkcs8', pair.privateKey));
  const body = toBase64(der).replace(/.{1,64}/g, '$&\n');
  return { key: await withPinned(pair.privateKey), pkcs8Pem: `-----BEGIN PRIVATE KEY-----\n${body}-----END PRIVATE KEY-----\n` };
}

/**
 * Imports a P-256 private key given as PKCS#8 PEM (`-----BEGIN PRIVATE KEY-----`)
 * or as a JWK JSON object with `d`.
 * @throws {Error} with a message saying what is wrong with the text.
 */
export async function importSigningKey(text: string): Promise<SigningKey> {
  const t = text.trim();
  let key: CryptoKey;
  if (t.startsWith('{')) {
    const jwk = JSON.parse(t) as JsonWebKey;
    if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || !jwk.d) throw new Error('the JWK must be an EC P-256 private key (kty "EC", crv "P-256", with "d")');
    key = await subtle().importKey('jwk', { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y, d: jwk.d }, EC, true, ['sign']);
  } else {
    const m = /^-----BEGIN PRIVATE KEY-----([\s\S]+?)-----END PRIVATE KEY-----$/.exec(t);
    if (!m) {
      throw new Error(t.includes('EC PRIVATE KEY')
        ? 'SEC1 "EC PRIVATE KEY" PEM is not supported; convert it: openssl pkcs8 -topk8 -nocrypt -in key.pem'
        : 'expected a PKCS#8 PEM ("-----BEGIN PRIVATE KEY-----") or a JWK JSON object');
    }
    key = await subtle().importKey('pkcs8', fromBase64(m[1]!.replace(/\s+/g, '')), EC, true, ['sign']);
  }
  return withPinned(key);
}

async function withPinned(privateKey: CryptoKey): Promise<SigningKey> {
  const { x, y } = await subtle().exportKey('jwk', privateKey);
  const jwk: PublicJwk = { kty: 'EC', crv: 'P-256', x: x!, y: y! };
  return { privateKey, pinned: { key_id: await keyId(jwk), jwk } };
}

/** Base64 of the signature of `message`. */
export async function signMessage(key: SigningKey, message: Uint8Array<ArrayBuffer>): Promise<string> {
  return toBase64(new Uint8Array(await subtle().sign(SIGN, key.privateKey, message)));
}

/** True when `signature` (base64) is `jwk`'s signature of `message`; false for any malformed input. */
export async function verifyMessage(jwk: PublicJwk, message: Uint8Array<ArrayBuffer>, signature: string): Promise<boolean> {
  try {
    const sig = fromBase64(signature);
    if (sig.length !== 64) return false;
    const key = await subtle().importKey('jwk', { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y }, EC, false, ['verify']);
    return await subtle().verify(SIGN, key, sig, message);
  } catch {
    return false;
  }
}
