import { describe, expect, it } from 'vitest';
import { cliRunner } from '../support/cli.js';

const advisor = cliRunner().run;

describe('npm run advisor', () => {
  it('prints a comparison as readable text and exits 0', () => {
    const r = advisor('compare', 'django', 'fastapi');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Django vs FastAPI\n/);
    expect(r.out).toMatch(/Performance\s+4\.8\s+7\.1 ★/);
    expect(r.out).not.toMatch(/\u001b\[/); // no colour when piped
  });

  it('prints the helpful reply and exits 2 when the input was not understood', () => {
    const r = advisor('compare', 'djnago', 'fastapi');
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/Did you mean Django\?/);
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
    expect(advisor('weights', 'performance=4', 'security=1').out).toMatch(/alice set this channel's default priorities\n[\s\S]*Performance 80%, Security 20%/);
    expect(advisor('compare', 'django', 'gin').out).toMatch(/Under this channel's default priorities/);
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
