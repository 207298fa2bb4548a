/**
 * A vitest reporter that adds one line under the summary when the PostgreSQL
 * tests were skipped, so "64 skipped" is not mistaken for a pass of them:
 * how many, and the variable that runs them. Listed after the default reporter.
 */
import { readFileSync } from 'node:fs';
import type { Reporter, TestModule, Vitest } from 'vitest/node';
import { SKIP_NOTE } from '../store/postgres-schemas.js';

/** A test file needs PostgreSQL when it reads TEST_POSTGRES_URL. */
function needsPostgres(module: TestModule): boolean {
  try {
    return readFileSync(module.moduleId, 'utf8').includes('TEST_POSTGRES_URL');
  } catch {
    return false;
  }
}

export default class PostgresSkipNotice implements Reporter {
  private vitest: Vitest | undefined;

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    if (process.env.TEST_POSTGRES_URL?.trim()) return;
    const skipped = modules
      .filter(needsPostgres)
      .flatMap((m) => [...m.children.allTests()])
      .filter((t) => t.result().state === 'skipped' && t.name !== SKIP_NOTE).length;
    if (skipped === 0) return;
    this.vitest?.logger.log(`   PostgreSQL  ${skipped} tests skipped: TEST_POSTGRES_URL is not set (e.g. TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/test npm test)\n`);
  }
}
