/**
 * The part of the web platform that `lib/` may use: what every runtime it runs in
 * has as a global (Node 20.19+, extension pages and service workers, content
 * scripts): `URL`, `TextEncoder`, `TextDecoder`, base64 and WebCrypto. Nothing of the DOM, of
 * `fetch` or of Node is here, so tsconfig.lib.json (no DOM, no Node types) fails
 * on any other global.
 *
 * Only tsconfig.lib.json reads this file: the other configurations have the DOM's
 * and Node's declarations of the same names (tsconfig.json excludes it). The
 * signatures are those of TypeScript's lib.dom.d.ts, cut to what `lib/` calls.
 */

interface URL {
  hash: string;
  host: string;
  hostname: string;
  href: string;
  readonly origin: string;
  password: string;
  pathname: string;
  port: string;
  protocol: string;
  search: string;
  username: string;
  toString(): string;
  toJSON(): string;
}
declare var URL: {
  prototype: URL;
  new (url: string | URL, base?: string | URL): URL;
};

interface TextEncoder {
  encode(input?: string): Uint8Array<ArrayBuffer>;
}
declare var TextEncoder: {
  prototype: TextEncoder;
  new (): TextEncoder;
};

/** `lib/events/fold-sentence.ts` decodes UTF-16 code units ('utf-16le', which every runtime has, small ICU included). */
interface TextDecoder {
  decode(input?: ArrayBufferView | ArrayBuffer): string;
}
declare var TextDecoder: {
  prototype: TextDecoder;
  new (label?: string): TextDecoder;
};

declare function atob(data: string): string;
declare function btoa(data: string): string;

type BufferSource = ArrayBufferView<ArrayBuffer> | ArrayBuffer;
type KeyUsage = 'decrypt' | 'deriveBits' | 'deriveKey' | 'encrypt' | 'sign' | 'unwrapKey' | 'verify' | 'wrapKey';

interface JsonWebKey {
  crv?: string;
  d?: string;
  ext?: boolean;
  key_ops?: string[];
  kty?: string;
  x?: string;
  y?: string;
}

interface CryptoKey {
  readonly algorithm: { readonly name: string };
  readonly extractable: boolean;
  readonly type: 'private' | 'public' | 'secret';
  readonly usages: KeyUsage[];
}

interface CryptoKeyPair {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
}

interface EcKeyGenParams {
  name: string;
  namedCurve: string;
}

interface EcdsaParams {
  name: string;
  hash: string;
}

interface SubtleCrypto {
  digest(algorithm: string, data: BufferSource): Promise<ArrayBuffer>;
  generateKey(algorithm: EcKeyGenParams, extractable: boolean, keyUsages: readonly KeyUsage[]): Promise<CryptoKeyPair>;
  exportKey(format: 'jwk', key: CryptoKey): Promise<JsonWebKey>;
  exportKey(format: 'pkcs8' | 'raw' | 'spki', key: CryptoKey): Promise<ArrayBuffer>;
  importKey(format: 'jwk', keyData: JsonWebKey, algorithm: EcKeyGenParams, extractable: boolean, keyUsages: readonly KeyUsage[]): Promise<CryptoKey>;
  importKey(format: 'pkcs8' | 'raw' | 'spki', keyData: BufferSource, algorithm: EcKeyGenParams, extractable: boolean, keyUsages: readonly KeyUsage[]): Promise<CryptoKey>;
  sign(algorithm: EcdsaParams, key: CryptoKey, data: BufferSource): Promise<ArrayBuffer>;
  verify(algorithm: EcdsaParams, key: CryptoKey, signature: BufferSource, data: BufferSource): Promise<boolean>;
}

interface Crypto {
  readonly subtle: SubtleCrypto;
  getRandomValues<T extends ArrayBufferView>(array: T): T;
  randomUUID(): `${string}-${string}-${string}-${string}-${string}`;
}
declare var crypto: Crypto;
