/**
 * Decision records as a platform delivered them: Backstage's ADR file-name
 * filter, and the records inside a `history export all` tar (POSIX ustar:
 * a 512-byte header per file naming it and its octal size, then the bytes,
 * padded to 512), read without the system's tar so any test can use it.
 */
import { expect } from 'vitest';

/** @backstage-community/plugin-adr's default file filter: an ADR is NNNN-something.md, in any folder. */
export const BACKSTAGE_ADR_FILE = /^(?:.*\/)?\d{4}-.+\.md$/;

/** The files of a tar, by name, as text; fails the test on a header that is not ustar. */
export function untar(bytes: Buffer): Map<string, string> {
  const files = new Map<string, string>();
  for (let at = 0; at + 512 <= bytes.length; ) {
    const header = bytes.subarray(at, at + 512);
    if (header.every((b) => b === 0)) break; // the two empty blocks that end the archive
    expect(header.subarray(257, 262).toString('latin1'), 'a ustar header').toBe('ustar');
    const name = header.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '');
    const size = parseInt(header.subarray(124, 136).toString('latin1').replace(/\0.*$/s, '').trim(), 8);
    files.set(name, bytes.subarray(at + 512, at + 512 + size).toString('utf8'));
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}
