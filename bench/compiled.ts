/**
 * The benchmark's own build: src, bench and the fakes compiled to JavaScript
 * under var/bench-build (gitignored), so start-up and memory are measured on
 * plain `node`, as `npm start` runs the bot, and not through tsx, whose
 * loader adds a few hundred milliseconds and about 28 MB. Type checking is
 * left to `npm test` (noCheck): this only emits.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const CONFIG = fileURLToPath(new URL('./tsconfig.compiled.json', import.meta.url));
const OUT = fileURLToPath(new URL('../var/bench-build/', import.meta.url));

let built = false;

/** Compiles once per run; returns the compiled bench directory. */
export function compiledBench(): string {
  if (!built) {
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const result = spawnSync(process.execPath, [tsc, '-p', CONFIG], { stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`compiling the benchmark failed (tsc exited ${result.status})`);
    // src/paths.ts finds the knowledge base at ../data from the compiled src/.
    if (!existsSync(`${OUT}data`)) symlinkSync('../../data', `${OUT}data`);
    built = true;
  }
  return `${OUT}bench/`;
}
