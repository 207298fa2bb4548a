import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/core/commands/parse.js';
import type { Command } from '../../src/core/commands/command.js';
import { knowledge } from '../support/knowledge.js';

const parse = (text: string) => parseCommand(knowledge(), text);
const command = (text: string): Command => {
  const r = parse(text);
  if (!r.ok) throw new Error(`not understood: ${text}: ${r.problem.message}`);
  return r.command;
};
const problem = (text: string) => {
  const r = parse(text);
  if (r.ok) throw new Error(`unexpectedly understood: ${text}`);
  return r.problem;
};

describe('compare', () => {
  it.each([
    ['compare django fastapi', ['django', 'fastapi']],
    ['django vs fastapi', ['django', 'fastapi']],
    ['compare django vs. fastapi', ['django', 'fastapi']],
    ['compare django, fastapi and flask', ['django', 'fastapi', 'flask']],
    ['compare ruby on rails with laravel', ['rails', 'laravel']],
    ['compare spring boot django', ['spring-boot', 'django']],
    ['compare asp.net core & dotnet & express', ['aspnet-core', 'express']],
    ['/framework compare Express NestJS Fastify Koa', ['express', 'nestjs', 'fastify', 'koa']],
  ])('reads "%s"', (text, ids) => {
    expect(command(text)).toEqual({ kind: 'compare', frameworks: ids });
  });

  it('asks for a second framework when given one', () => {
    expect(problem('compare django').message).toMatch(/second framework: compare Django with what/);
  });

  it('states the limit when given more than four', () => {
    expect(problem('compare django flask fastapi express koa').message).toMatch(/at most 4 frameworks.*you named 5/);
  });

  it('names an unknown framework and suggests close ones', () => {
    const p = problem('compare djnago fastapi');
    expect(p.message).toMatch(/"djnago".*Did you mean Django\?/);
    expect(p.suggestions).toContain('django');
  });
});

describe('recommend', () => {
  it('reads every answer inline, with aliases', () => {
    expect(command('recommend language=py,ts project=ai priorities=perf,security scale=large team=senior builtins=admin,auth')).toEqual({
      kind: 'recommend',
      answers: { languages: ['python', 'typescript'], project: 'ai-ml', priorities: ['performance', 'security'], scale: 'millions', team: 'senior', mustHaves: ['admin', 'auth'] },
    });
  });

  it.each([
    ['language=c#', { languages: ['csharp'] }],
    ['language=dotnet', { languages: ['csharp'] }],
    ['language=golang', { languages: ['go'] }],
    ['language=any', { languages: [] }],
    ['builtins=none', { mustHaves: [] }],
    ['language = python', { languages: ['python'] }],
  ])('reads recommend %s', (text, answers) => {
    expect(command(`recommend ${text}`)).toEqual({ kind: 'recommend', answers });
  });

  it('names an unknown key with the accepted ones', () => {
    expect(problem('recommend colour=blue').message).toMatch(/"colour" is not an answer I know.*Accepted: project, language, priorities, builtins, scale, team/);
  });

  it('names an unknown value with the accepted ones', () => {
    const p = problem('recommend language=cobol');
    expect(p.message).toMatch(/"cobol" is not a value I know for language.*Accepted: javascript, typescript, python/);
  });

  it('allows at most two priorities', () => {
    expect(problem('recommend priorities=performance,security,ease').message).toMatch(/at most two priorities/);
  });

  it('names words that are not key=value', () => {
    expect(problem('recommend python please').message).toMatch(/"python", "please"/);
  });
});

describe('other commands', () => {
  it.each<[string, Command]>([
    ['', { kind: 'help' }],
    ['   ', { kind: 'help' }],
    ['help', { kind: 'help' }],
    ['help compare', { kind: 'help', topic: 'compare' }],
    ['info nestjs', { kind: 'info', framework: 'nestjs' }],
    ['Phoenix', { kind: 'info', framework: 'phoenix' }],
    ['ruby on rails', { kind: 'info', framework: 'rails' }],
    ['top', { kind: 'top', criterion: 'overall', languages: [] }],
    ['top performance', { kind: 'top', criterion: 'performance', languages: [] }],
    ['top security language=python', { kind: 'top', criterion: 'security', languages: ['python'] }],
    ['list', { kind: 'list', languages: [] }],
    ['list go', { kind: 'list', languages: ['go'] }],
    ['history', { kind: 'history', export: false }],
    ['history export', { kind: 'history', export: true }],
    ['weights', { kind: 'weights', change: { action: 'show' } }],
    ['weights reset', { kind: 'weights', change: { action: 'reset' } }],
    ['weights performance=3 security=2', { kind: 'weights', change: { action: 'set', importance: { performance: 3, security: 2 } } }],
  ])('reads "%s"', (text, expected) => {
    expect(command(text)).toEqual(expected);
  });

  it('explains words it did not understand, with the usage line', () => {
    const p = problem('florp the database');
    expect(p.message).toMatch(/I didn't understand "florp the database"/);
    expect(p.usage).toMatch(/compare <a> <b>/);
  });

  it('rejects weights outside 0-10', () => {
    expect(problem('weights performance=11').message).toMatch(/number from 0 to 10/);
  });
});

describe('the parser never throws', () => {
  const alphabet = fc.constantFrom(...'compare recommend info top list help history weights django fastapi , vs and = language python priorities < > @ ! # * _ ` ~ & | \u0000 \u202e é 😀 \n\t'.split(' '));

  it('returns a command or a problem with a message for any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.array(alphabet, { maxLength: 40 }).map((w) => w.join(' '))), (text) => {
        const r = parse(text);
        if (r.ok) expect(r.command.kind).toBeTruthy();
        else expect(r.problem.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('handles a 10 KB string', () => {
    const r = parse(`compare ${'x'.repeat(10_000)}`);
    expect(r.ok).toBe(false);
  });
});
