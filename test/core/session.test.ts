/** The terminal session, driven as a person would: typed lines in, printed cards out. */
import { describe, expect, it } from 'vitest';
import { cliRunner } from '../support/cli.js';

const advisorWithInput = cliRunner().withInput;

describe('npm run advisor (interactive session)', () => {
  it('runs the guided flow with numbered choices, shares the result and shows it in the history', () => {
    const lines = [
      'recommend',
      '2', // AI/ML service
      '3', // Python (picked, not yet confirmed)
      '13', // Done: Python (scala made the languages twelve)
      '1', // Performance
      '6', // Done: Performance
      '5', // None of these
      '3', // Millions of users
      '3', // Senior
      '2', // Share to channel
      'history',
      'quit',
    ];
    const r = advisorWithInput(`${lines.join('\n')}\n`);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/alice is choosing a backend framework/);
    expect(r.out).toMatch(/1\/6 · What are you building\?[\s\S]*\[2\] AI\/ML service/);
    expect(r.out).toMatch(/Selected: Python\. Press Done[\s\S]*\[13\] Done: Python/);
    expect(r.out).toMatch(/6\/6 · What is the team's experience\?/);
    expect(r.out).toMatch(/\(in the thread\)\nRecommended: FastAPI/);
    expect(r.out).toMatch(/\(posted to the channel\)\nRecommended: FastAPI/);
    expect(r.out).toMatch(/This channel's framework decisions[\s\S]*alice shared a recommendation: FastAPI/);
    expect(r.out).toMatch(/Bye\.\n$/);
  });

  it('explains a number that is not on offer, and keeps going', () => {
    const r = advisorWithInput('7\ncompare django\nlist go\n');
    expect(r.code).toBe(0);
    expect(r.out).toContain('There is nothing to choose here');
    expect(r.out).toContain('A comparison needs a second framework');
    expect(r.out).toMatch(/Frameworks in Go/);
  });
});
