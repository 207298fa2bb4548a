import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliRunner } from '../support/cli.js';
import { advisor as coreAdvisor } from '../support/knowledge.js';

const advisor = cliRunner().run;

describe('npm run advisor', () => {
  it('prints a comparison as readable text and exits 0', () => {
    const r = advisor('compare', 'django', 'fastapi');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Django vs FastAPI\n/);
    expect(r.out).toMatch(/Performance\s+4\.8\s+7\.1 ★/);
    expect(r.out).not.toMatch(/\u001b\[/); // no colour when piped
  });

  it('prints the helpful reply on standard error and exits 2 when the input was not understood', () => {
    const r = advisor('compare', 'djnago', 'fastapi');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Did you mean Django\?/);
    expect(r.out).toBe('');
  });

  it('ends a one-shot answer with where its buttons work, not with numbers nobody can press', () => {
    const r = advisor('compare', 'django', 'fastapi');
    expect(r.out).not.toMatch(/\[\d+\]/);
    expect(r.out).toMatch(/\(Share to channel: run `npm run advisor` for the interactive session\.\)\n$/);
  });

  it('explains the guided flow for recommend without answers, instead of ranking on equal weights', () => {
    const r = advisor('recommend');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^A recommendation needs your answers\n/);
    expect(r.err).toContain('The guided flow asks six questions');
    expect(r.err).toContain('recommend language=python project=api priorities=performance');
    expect(r.err).toContain('Start the guided flow: run `npm run advisor` for the interactive session');
  });

  it.each(['--help', '-h'])('prints its usage for %s', (flag) => {
    const r = advisor(flag);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage:\n/);
    expect(r.out).toMatch(/--chart <file> .*\.png or \.svg/);
    expect(r.out).toContain('--output <file>');
  });

  it('says a help topic is unknown instead of printing general help', () => {
    const r = advisor('help', 'nonsense');
    expect(r.code).toBe(2);
    expect(r.err.replace(/\s+/g, ' ')).toContain('There is no help topic "nonsense". Topics: compare, recommend, info, top, list, history, decide, decision, radar, alerts, vote, weights, help.');
    expect(advisor('help', 'recomend').err.replace(/\s+/g, ' ')).toContain('Did you mean help recommend?');
    expect(advisor('help', 'recommend').out).toMatch(/^recommend: /);
  });

  it('refuses a chart file it cannot write, naming the formats it writes', () => {
    const r = advisor('compare', 'django', 'fastapi', '--chart', 'x.jpg');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--chart writes PNG or SVG: give a file ending in \.png or \.svg \(not x\.jpg\)/);
  });

  it('prints the neutral reply as JSON', () => {
    const compare = JSON.parse(advisor('--json', 'compare', 'django', 'fastapi').out);
    expect(compare.kind).toBe('compare');
    expect(compare.ranking.map((r: { id: string }) => r.id).sort()).toEqual(['django', 'fastapi']);

    const rec = JSON.parse(advisor('--json', 'recommend', 'language=typescript', 'project=api').out);
    expect(rec.kind).toBe('recommend');
    expect(rec.ranking[0]).toEqual({ id: expect.any(String), score: expect.any(Number) });
    expect(rec.excluded).toContainEqual({ id: 'django', reason: 'written in Python; the team can use TypeScript' });
    expect(rec.flip).toEqual({ criterion: expect.any(String), from: expect.any(Number), to: expect.any(Number), challenger: expect.any(String) });
    expect(rec.confidence.share).toBeGreaterThan(0);

    const list = JSON.parse(advisor('--json', 'list', 'python').out);
    expect(list.frameworks).toContainEqual({ id: 'django', name: 'Django', languages: ['python'] });

    const bad = advisor('--json', 'info', 'laravell');
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.out).error.suggestions).toContain('laravel');
  });

  it('keeps channel priorities between one-shot commands and uses them', () => {
    expect(advisor('weights', 'performance=4', 'security=1').out).toMatch(/alice set this channel's default priorities\n[\s\S]*performance 4, security 1, the others 1 \(Performance 50%/);
    expect(advisor('compare', 'django', 'gin').out).toMatch(/Under this channel's priorities \(performance 4, security 1, the others 1\)/);
    expect(advisor('weights', 'reset').code).toBe(0);
  });

  it('answers recommend at once from the answers given', () => {
    const r = advisor('recommend', 'language=python', 'project=ai-ml');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Recommended: FastAPI\n/);
  });

  it('rejects an unknown option with exit 2', () => {
    const r = advisor('--colour', 'list');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Unknown option --colour/);
  });
});

describe('the tests themselves', () => {
  it("never use the person's own store: every test file and CLI run gets a temporary one", () => {
    expect(process.env.DATABASE_URL).toContain(tmpdir());
    const runner = cliRunner();
    expect(runner.databaseUrl).toContain(tmpdir());
    expect(runner.run('weights', 'performance=2').code).toBe(0);
    expect(existsSync(runner.databaseUrl)).toBe(true);
  });
});

describe('npm run advisor -- history export', () => {
  const cli = cliRunner();
  const shareARecommendation = () =>
    cli.withInput('recommend language=python project=api priorities=performance builtins=none scale=thousands team=mixed\n2\nquit\n');

  it('exits 2 with a message on standard error when there is nothing to export', () => {
    const r = cli.run('history', 'export');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/No decisions to export yet/);
  });

  it('writes the record alone to standard output: Markdown from its first line, no card, no npm banner', () => {
    expect(shareARecommendation().out).toMatch(/\(posted to the channel\)/);
    const r = cli.run('history', 'export');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^---\nstatus: \"proposed\"\n[^]*\n---\n\n# Use FastAPI as our backend framework\n/);
    expect(r.out).toContain('* Decided in: the terminal\n');
    expect(r.out).not.toContain('Architecture Decision Record');
  });

  it('writes it to a file with --output', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'advisor-adr-')), 'adr.md');
    const r = cli.run('history', 'export', '--output', path);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(r.err).toContain(`Decision record written to ${path}`);
    expect(readFileSync(path, 'utf8')).toMatch(/^---\n[^]*\n# Use FastAPI as our backend framework\n/);
  });

  it("gives a valid file for the README's example, `npm run --silent advisor -- history export > adr.md`", () => {
    const r = spawnSync('npm', ['run', '--silent', 'advisor', '--', 'history', 'export'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', DATABASE_URL: cli.databaseUrl } });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^---\n[^]*\n# Use FastAPI as our backend framework\n/);
  });
});

describe('help topics, on every platform', () => {
  it('answers an unknown topic with the topics there are', () => {
    const reply = coreAdvisor().answer('help nonsense');
    expect(reply.understood).toBe(false);
    expect(JSON.stringify(reply.card)).toContain('There is no help topic');
  });
});
