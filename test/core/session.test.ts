/** The terminal session, driven as a person would: typed lines in, printed cards out. */
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/core/vocabulary.js';
import { cliRunner } from '../support/cli.js';

const advisorWithInput = cliRunner().withInput;

describe('npm run advisor (interactive session)', () => {
  it('runs the guided flow with numbered choices, shares the result and shows it in the history', () => {
    const lines = [
      'recommend',
      '2', // AI/ML service
      '3', // Python (picked, not yet confirmed)
      'd', // Done: Python
      '1', // Performance
      'd', // Done: Performance
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
    expect(r.out).toMatch(/Selected: Python\. Press Done[\s\S]*\[d\] Done: Python/);
    expect(r.out).toMatch(/6\/6 · What is the team's experience\?/);
    expect(r.out).toMatch(/\(in the thread\)\nRecommended: FastAPI/);
    expect(r.out).toMatch(/\(posted to the channel\)\nRecommended: FastAPI/);
    // The shared card names who asked and lists the answers once.
    const shared = r.out.slice(r.out.indexOf('(posted to the channel)'), r.out.indexOf('This channel\'s framework decisions')).replace(/\s+/g, ' ');
    expect(shared).toContain('Shared by alice · answers: AI/ML service · Python · priorities: performance');
    expect(shared.split('AI/ML service · Python').length - 1).toBe(1);
    expect(r.out).toMatch(/This channel's framework decisions[\s\S]*alice shared a recommendation: FastAPI/);
    expect(r.out).toMatch(/Bye\.\n$/);
  });

  it('runs a ranked vote with a deadline by numbers: one menu per rank, the ranking told back, the rounds when closed', () => {
    const lines = [
      'vote django fastapi flask ranked closes in 2d',
      '3', // Your 1st choice: Flask
      '4', // Your 2nd choice: Django (FastAPI is then implied last)
      '7', // Close vote
      'quit',
    ];
    const r = advisorWithInput(`${lines.join('\n')}\n`);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\(posted to the channel\)\nTeam vote \(ranked\): which framework should we use\?/);
    expect(r.out).toMatch(/Closes by itself at \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC; alice can close it sooner\./);
    expect(r.out).toMatch(/Your 1st choice\n  \[1\] Django\n  \[2\] FastAPI\n  \[3\] Flask\n  Your 2nd choice\n  \[4\] Django/);
    expect(r.out.replace(/\s+/g, ' ')).toContain('1. Flask, 2. Django, 3. FastAPI.');
    expect(r.out).toMatch(/Vote closed: Flask wins[\s\S]*Round 1: Django 0, FastAPI 0, Flask 1: Flask has a majority of the 1 counted and wins\./);
  });

  it('explains a number that is not on offer, and keeps going', () => {
    const r = advisorWithInput('7\ncompare django\nlist go\n');
    expect(r.code).toBe(0);
    expect(r.out).toContain('There is nothing to choose here');
    expect(r.out).toContain('A comparison needs a second framework');
    expect(r.out).toMatch(/Frameworks in Go/);
  });

  it('keeps Done, Skip, Back, Start over and Keep on the same letters, and takes names and several numbers', () => {
    const lines = [
      'recommend',
      'JSON/REST API', // a label, typed
      'typescript', // a value, typed
      '3', // Python: added to TypeScript, not replacing it
      'd',
      'd', // Done with nothing picked yet
      '1,3', // Performance and Ease of use
      'd',
      'b', // back to priorities, which now has Keep
      'k',
      's', // skip must-haves
      'quit',
    ];
    const r = advisorWithInput(`${lines.join('\n')}\n`);
    expect(r.code).toBe(0);
    const steps = r.out.split('(updated)\n');
    const step = (title: RegExp) => steps.filter((s) => title.test(s));
    // The same control on the same letter at every step, whatever its label there.
    expect(r.out).toMatch(/1\/6 · What are you building\?[\s\S]*\[s\] Not sure yet {3}\[r\] Start over\n/);
    const languages = step(/^2\/6 · Which languages/);
    expect(languages[0]).toMatch(/So far: JSON\/REST API/);
    // Done is on offer from the start of a multi-select, before anything is picked.
    // Every language the vocabulary knows can be picked (12 since scala joined).
    expect(languages[0]).toMatch(new RegExp(`\\(up to ${LANGUAGES.length}: numbers like 1,3 or names; d when done\\)[\\s\\S]*\\[d\\] Done {3}\\[s\\] Skip {3}\\[b\\] Back {3}\\[r\\] Start over\\n`));
    expect(languages[1]).toMatch(/Selected: TypeScript\./);
    expect(languages[2]).toMatch(/Selected: TypeScript, Python\.[\s\S]*\[d\] Done: TypeScript, Python/);
    expect(r.out).toContain('Pick at least one first: numbers like 1,3 or names, then d. Or s to skip.');
    const priorities = step(/^3\/6 · What matters most/);
    expect(priorities[0]).toMatch(/\[d\] Done {3}\[s\] All equally {3}\[b\] Back {3}\[r\] Start over\n/);
    expect(priorities[1]).toMatch(/Selected: Performance, Ease of use/);
    expect(priorities.at(-1)).toMatch(/\[k\] Keep: Performance, Ease of use/);
    expect(r.out).toMatch(/So far: JSON\/REST API · TypeScript or Python · priorities: performance and ease of use\n[\s\S]*4\/6 · What must come out of the box\?/);
    expect(r.out).toMatch(/5\/6 · What scale do you expect\?/);
    expect(r.out).not.toContain('Sorry');
  });
});
