/** `npm run data:check`: what needs refreshing, and a non-zero exit only for invalid data. */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkData } from '../../src/core/knowledge/data-check.js';
import { DATA_DIR } from '../../src/paths.js';
import { knowledge } from '../support/knowledge.js';

const ROOT = new URL('../../', import.meta.url).pathname;

describe('data check', () => {
  it('passes on the shipped data and names what to refresh', () => {
    const out = execFileSync('npm', ['run', '-s', 'data:check', '--', '--today', '2026-11-29'], { cwd: ROOT, encoding: 'utf8' });
    expect(out).toMatch(/Facts older than their threshold \(\d+\)/);
    expect(out).toMatch(/Django: github-stars 82300 as of 2025-02/);
    expect(out).toMatch(/Symfony 8\.1: security support ends 2027-01-31/);
    expect(out).toMatch(/TechEmpower Round 23 \(2025-02-24\): .*Django/);
    expect(out).toMatch(/TechEmpower Round 22 \(2023-11-15\): Actix Web/);
  });

  it('flags versions read more than six months ago and lines ending within 90 days, by the date given', () => {
    const later = checkData(knowledge(), new Date('2027-07-01T00:00:00Z'));
    expect(later.stale.some((s) => /^Django: versions read 2026-11-29/.test(s))).toBe(true);
    const now = checkData(knowledge(), new Date('2026-11-29T00:00:00Z'));
    expect(now.stale.some((s) => /versions read/.test(s))).toBe(false);
    expect(now.endingSoon).toContain('Spring Boot 4.0: security support ends 2026-12-31');
  });

  it('exits 1 with the file and field when the data is invalid', () => {
    const dir = mkdtempSync(join(tmpdir(), 'advisor-kb-'));
    cpSync(DATA_DIR, dir, { recursive: true });
    const path = join(dir, 'frameworks', 'koa.json');
    const json = JSON.parse(readFileSync(path, 'utf8'));
    json.releases.current.released = 'last spring';
    writeFileSync(path, JSON.stringify(json));
    const r = spawnSync('npm', ['run', '-s', 'data:check', '--', '--data', dir], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/koa\.json[\s\S]*releases\.current\.released/);
  });
});
