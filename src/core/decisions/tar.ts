/**
 * A minimal POSIX ustar writer for `history export all`: regular files only,
 * short ASCII names, mode 0644. No package needed, and tar, 7-Zip, Windows'
 * tar.exe and every unarchiver read it.
 *
 * An archive of UTF-8 text files is itself valid UTF-8: headers are ASCII
 * digits and names, padding is NUL bytes. So the archive travels as the
 * reply document's text and comes back byte for byte from Buffer.from(text, 'utf8').
 */
const BLOCK = 512;

export interface ArchiveFile {
  /** At most 100 ASCII bytes: decision file names are well under. */
  filename: string;
  text: string;
}

function field(header: Buffer, offset: number, length: number, value: string): void {
  header.write(value, offset, Math.min(length, Buffer.byteLength(value, 'ascii')), 'ascii');
}

/** An octal number in `length` bytes: digits then a NUL, as ustar writes it. */
const octal = (value: number, length: number) => value.toString(8).padStart(length - 1, '0');

function headerOf(filename: string, size: number, mtimeSeconds: number): Buffer {
  if (!/^[\x20-\x7e]{1,100}$/.test(filename)) throw new Error(`tar member names are 1-100 ASCII characters: ${filename}`);
  const header = Buffer.alloc(BLOCK, 0);
  field(header, 0, 100, filename);
  field(header, 100, 8, octal(0o644, 8));
  field(header, 108, 8, octal(0, 8));
  field(header, 116, 8, octal(0, 8));
  field(header, 124, 12, octal(size, 12));
  field(header, 136, 12, octal(mtimeSeconds, 12));
  field(header, 148, 8, '        '); // the checksum counts its own field as spaces
  field(header, 156, 1, '0');
  field(header, 257, 6, 'ustar');
  field(header, 263, 2, '00');
  let sum = 0;
  for (const byte of header) sum += byte;
  field(header, 148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
  return header;
}

/** The archive: a header and the padded content per file, then two empty blocks. */
export function ustar(files: readonly ArchiveFile[], mtimeMs: number): Buffer {
  const mtime = Math.max(0, Math.floor(mtimeMs / 1000));
  const parts = files.flatMap((f) => {
    const content = Buffer.from(f.text, 'utf8');
    const padding = Buffer.alloc((BLOCK - (content.length % BLOCK)) % BLOCK, 0);
    return [headerOf(f.filename, content.length, mtime), content, padding];
  });
  return Buffer.concat([...parts, Buffer.alloc(2 * BLOCK, 0)]);
}
