/**
 * Reading and writing the knowledge files as the repository keeps them
 * (two-space JSON, a final newline), staging a changed copy of data/ to
 * validate it before anything is written, and writing each file atomically
 * (a temporary file renamed over the old one) so a failed run never leaves a
 * half-written file behind.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SourceEntry } from '../core/knowledge/schema.js';

export type RawFile = Record<string, unknown>;

export const serialise = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export function readFrameworkFiles(dataDir: string): Map<string, RawFile> {
  const dir = join(dataDir, 'frameworks');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  return new Map(files.map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, f), 'utf8')) as RawFile]));
}

export function readSources(dataDir: string): SourceEntry[] {
  return JSON.parse(readFileSync(join(dataDir, 'sources.json'), 'utf8')) as SourceEntry[];
}

/** The register with any source not yet in it appended, or undefined when nothing is new. */
export function withSources(register: SourceEntry[], used: readonly SourceEntry[]): SourceEntry[] | undefined {
  const known = new Set(register.map((s) => s.id));
  const added = used.filter((s, i) => !known.has(s.id) && used.findIndex((u) => u.id === s.id) === i);
  return added.length > 0 ? [...register, ...added] : undefined;
}

/** Relative path (from the data dir) -> new content. */
export type Writes = Map<string, string>;

/** A scratch copy of data/ with the writes applied, for validation; removed by the caller. */
export function stage(dataDir: string, writes: Writes): string {
  const dir = mkdtempSync(join(tmpdir(), 'advisor-refresh-'));
  cpSync(dataDir, dir, { recursive: true });
  for (const [path, content] of writes) writeFileSync(join(dir, path), content);
  return dir;
}

export function unstage(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export function writeAtomically(dataDir: string, writes: Writes): void {
  for (const [path, content] of writes) {
    const target = join(dataDir, path);
    const temporary = `${target}.refresh-${process.pid}.tmp`;
    writeFileSync(temporary, content);
    renameSync(temporary, target);
  }
}
