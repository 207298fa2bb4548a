/** A temporary directory per test file, so SQLite tests never write into the repository. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export class TempFiles {
  private dir: string | undefined;
  private count = 0;

  /** A fresh, not yet existing path inside the directory. */
  path(name = 'advisor'): string {
    this.dir ??= mkdtempSync(join(tmpdir(), 'advisor-store-'));
    this.count += 1;
    return join(this.dir, `${name}-${this.count}.db`);
  }

  remove(): void {
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = undefined;
  }
}
