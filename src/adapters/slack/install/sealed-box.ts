/**
 * Encryption at rest for workspace tokens: AES-256-GCM through node:crypto,
 * with a fresh 12-byte nonce per seal. The text stored is
 * `v1.<nonce>.<tag>.<ciphertext>` (base64url). The installation's key is
 * bound in as associated data, so a sealed row copied under another
 * workspace's key does not open. GCM's tag makes a wrong key fail loudly
 * instead of yielding garbage.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const NONCE_BYTES = 12;
const KEY_BYTES = 32;

/** The sealed text cannot be opened: a different key, or damaged text. */
export class UnsealError extends Error {
  override name = 'UnsealError';
}

export class SealedBox {
  readonly #key: Buffer;

  /** `base64Key` is INSTALLATION_ENCRYPTION_KEY: 32 bytes in base64. */
  constructor(base64Key: string) {
    const key = Buffer.from(base64Key, 'base64');
    if (key.length !== KEY_BYTES) throw new RangeError(`the encryption key must be ${KEY_BYTES} bytes (base64), got ${key.length}`);
    this.#key = key;
  }

  seal(plaintext: string, boundTo: string): string {
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.#key, nonce);
    cipher.setAAD(Buffer.from(boundTo, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [VERSION, nonce, cipher.getAuthTag(), body].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
  }

  open(sealed: string, boundTo: string): string {
    const [version, nonce, tag, body] = sealed.split('.');
    if (version !== VERSION || nonce === undefined || tag === undefined || body === undefined) throw new UnsealError('not a sealed value this build knows');
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.#key, Buffer.from(nonce, 'base64url'));
      decipher.setAAD(Buffer.from(boundTo, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      throw new UnsealError('the sealed value does not open with this key');
    }
  }
}
