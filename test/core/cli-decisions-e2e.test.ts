/**
 * Issue 16's first "done when", end to end in the terminal, through the real
 * CLI (`npm run advisor`) as child processes on one SQLite file: a ranked
 * vote with a deadline started and ranked in a session; once the deadline
 * has passed, the next sessions close it by themselves, exactly one of two
 * started at once announcing it; `history export` writes ADR-0001 as MADR 4;
 * a second vote supersedes it, linked both ways in `decision 1` and in the
 * records `history export all` writes; `radar export` writes a BYOR CSV and
 * a Backstage JSON that read back as their tools read them.
 *
 * The terminal has no clock a test can move (it reads the system's), so two
 * days are not waited for: the test moves the stored deadline into the past,
 * which is what the clock passing it amounts to. For the same reason the
 * revisit alert's window cannot be reached with a decision made today; the
 * terminal's alert is covered by session-alerts.test.ts on a planted record.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cliRunner } from '../support/cli.js';
import { BACKSTAGE_ADR_FILE } from '../support/decision-files.js';
import { checkMadr } from '../support/madr-format.js';
import { expectStoryRadar } from '../support/replica-story.js';

const ANNOUNCED = '(posted to the channel by the advisor)\nVote closed: Django wins';

/** The two days pass: the open votes' deadline is moved to a minute ago. */
function deadlinePasses(databaseUrl: string): void {
  const db = new Database(databaseUrl);
  try {
    expect(db.prepare('UPDATE votes SET closes_at = ? WHERE closed_at IS NULL AND closes_at IS NOT NULL').run(Date.now() - 60_000).changes).toBe(1);
  } finally {
    db.close();
  }
}

describe('a decision from vote to exports in the terminal', () => {
  it('closes the vote by itself once at the next sessions, exports MADR 4 and the radar, and supersedes', async () => {
    const cli = cliRunner();
    const dir = mkdtempSync(join(tmpdir(), 'advisor-e2e16-'));

    // A ranked vote with a deadline, and one ranked ballot: Django, then Flask.
    const started = cli.withInput(['vote django fastapi flask ranked closes in 2d', '1', '6', 'quit'].join('\n') + '\n');
    expect(started.code).toBe(0);
    expect(started.out).toMatch(/\(posted to the channel\)\nTeam vote \(ranked\): which framework should we use\?/);
    expect(started.out).toMatch(/Closes by itself at \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC; alice can close it sooner\./);
    expect(started.out.replace(/\s+/g, ' ')).toContain('1. Django, 2. Flask, 3. FastAPI.');

    // Before the deadline a session closes nothing.
    expect(cli.withInput('quit\n').out).not.toContain('Vote closed');

    // Past it, two sessions start at once on the same store: the vote closes by itself, announced in exactly one.
    deadlinePasses(cli.databaseUrl);
    const sessions = await Promise.all([cli.started('quit\n'), cli.started('quit\n')]);
    expect(sessions.map((s) => s.code)).toEqual([0, 0]);
    expect(sessions.filter((s) => s.out.includes(ANNOUNCED))).toHaveLength(1);
    expect(sessions.filter((s) => s.out.includes('Vote closed'))).toHaveLength(1);
    const announced = sessions.find((s) => s.out.includes(ANNOUNCED))!.out;
    expect(announced).toContain('Round 1: Django 1, FastAPI 0, Flask 0: Django has a majority of the 1 counted and wins.');
    expect(cli.withInput('quit\n').out).not.toContain('Vote closed');

    // ADR-0001 as MADR 4, written where asked, named for Backstage.
    const first = cli.run('history', 'export', '--output', `${dir}/first/`);
    expect(first.code, first.err).toBe(0);
    expect(readdirSync(join(dir, 'first'))).toEqual(['0001-use-django-as-our-backend-framework.md']);
    expect('0001-use-django-as-our-backend-framework.md').toMatch(BACKSTAGE_ADR_FILE);
    const madr = readFileSync(join(dir, 'first', '0001-use-django-as-our-backend-framework.md'), 'utf8');
    expect(checkMadr(madr)).toMatchObject({ status: 'accepted', 'decision-makers': 'alice', consulted: 'alice' });
    expect(madr).toMatch(/^# Use Django as our backend framework$/m);
    expect(madr).toMatch(/Chosen option: "Django", because .*won the team's ranked vote by instant runoff/);

    // A second decision on the same question: a vote closed by hand. It supersedes ADR-0001.
    const second = cli.withInput(['vote django fastapi', '1', '3', 'quit'].join('\n') + '\n');
    expect(second.out).toMatch(/Vote closed: Django wins/);

    // `decision 1` in a session: the card says superseded by ADR-0002, the record below it too.
    const shown = cli.withInput('decision 1\nquit\n').out;
    expect(shown).toMatch(/ADR-0001: Use Django as our backend framework\n[^]*ADR-0001 \(superseded by ADR-0002\)/);
    expect(shown).toContain('status: "superseded by ADR-0002"');
    expect(shown).toContain('* Superseded by ADR-0002.');
    // One-shot, the record alone, written into a directory under its own name.
    const one = cli.run('decision', '1', '--output', `${dir}/one/`);
    expect(one.code).toBe(0);
    expect(one.err).toContain(`Decision record written to ${join(dir, 'one', '0001-use-django-as-our-backend-framework.md')}`);
    const oneRecord = readFileSync(join(dir, 'one', '0001-use-django-as-our-backend-framework.md'), 'utf8');
    expect(checkMadr(oneRecord)).toMatchObject({ status: 'superseded by ADR-0002' });
    expect(oneRecord).toContain('* Superseded by ADR-0002.');

    const all = cli.run('history', 'export', 'all', '--output', `${dir}/adrs/`);
    expect(all.code).toBe(0);
    const names = readdirSync(join(dir, 'adrs')).sort();
    expect(names).toEqual(['0001-use-django-as-our-backend-framework.md', '0002-use-django-as-our-backend-framework.md']);
    for (const name of names) expect(name).toMatch(BACKSTAGE_ADR_FILE);
    const [adr1, adr2] = names.map((name) => readFileSync(join(dir, 'adrs', name), 'utf8'));
    expect(adr1).toBe(oneRecord);
    expect(checkMadr(adr2!)).toMatchObject({ status: 'accepted' });
    expect(adr2).toContain('* Supersedes ADR-0001.');

    // The radar's exports, read back as BYOR and Backstage read them.
    expect(cli.run('radar', 'export', '--output', join(dir, 'radar.csv')).code).toBe(0);
    expect(cli.run('radar', 'export', '--format', 'backstage', '--output', join(dir, 'radar.json')).code).toBe(0);
    expectStoryRadar(readFileSync(join(dir, 'radar.csv'), 'utf8'), readFileSync(join(dir, 'radar.json'), 'utf8'));
  }, 180_000); // a dozen runs of the real CLI, each starting Node and tsx

  it('a one-shot command after the deadline closes the vote first, saying so on stderr, and answers from the settled history', async () => {
    const cli = cliRunner();
    const dir = mkdtempSync(join(tmpdir(), 'advisor-e2e16-oneshot-'));
    expect(cli.withInput(['vote django fastapi closes in 2d', '1', 'quit'].join('\n') + '\n').code).toBe(0);
    deadlinePasses(cli.databaseUrl);

    const exported = cli.run('history', 'export', '--output', `${dir}/`);
    expect(exported.code, exported.err).toBe(0);
    expect(exported.err).toMatch(/A vote closed at its deadline:\nVote closed: Django wins/);
    // The record is the settled decision, not the proposal it was a moment before.
    expect(checkMadr(readFileSync(join(dir, '0001-use-django-as-our-backend-framework.md'), 'utf8'))).toMatchObject({ status: 'accepted' });
    // Closed once: the next command has nothing to announce.
    expect(cli.run('history').err).not.toContain('A vote closed');
  }, 60_000);
});
