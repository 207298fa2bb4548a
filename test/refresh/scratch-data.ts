/** A temporary copy of data/ for a refresh to write into. */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATA_DIR } from '../../src/paths.js';

export function scratchData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'refresh-data-'));
  cpSync(DATA_DIR, dir, { recursive: true });
  return dir;
}

export const frameworkText = (dataDir: string, id: string) => readFileSync(join(dataDir, 'frameworks', `${id}.json`), 'utf8');
export const frameworkJson = (dataDir: string, id: string) => JSON.parse(frameworkText(dataDir, id)) as Record<string, any>;
