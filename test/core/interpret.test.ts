import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interpret, type Reading } from '../../src/core/commands/interpret.js';
import { readingLine, understoodData, unusedLine } from '../../src/core/commands/reading.js';
import { understand } from '../../src/core/commands/understand.js';
import type { Answers } from '../../src/core/team/answers.js';
import { LANGUAGES, type Language } from '../../src/core/vocabulary.js';
import { advisor, knowledge } from '../support/knowledge.js';

const kb = knowledge();
const read = (text: string): Reading => {
  const r = interpret(kb, text);
  if (!r) throw new Error(`not read: ${text}`);
  return r;
};
const allBut = (...not: Language[]): Language[] => LANGUAGES.filter((l) => !not.includes(l));
/**
 * A language's first framework as `top <language>` ranks it: what "compare go rust"
 * must pick for Go, whatever the evidence currently says (the leaders move with the data).
 */
const leading = (language: Language): string => {
  const data = advisor().top('overall', [language]).data;
  const first = data.kind === 'top' ? data.ranking?.[0] : undefined;
  if (!first) throw new Error(`no ranking for ${language}`);
  return first.id;
};
const nameOf = (id: string): string => kb.get(id)?.name ?? id;

interface Expected {
  command: Reading['command']['kind'];
  frameworks?: string[];
  answers?: Answers;
  unused?: string[];
}

/** Plain questions as people write them in chat, and what each must be read as. */
const TABLE: Array<[string, Expected]> = [
  // ---- the issue's own examples ----
  ['which is better for a startup, rails or django?', { command: 'compare', frameworks: ['rails', 'django'], answers: { project: 'mvp' } }],
  ['should we use go or rust for our API', { command: 'recommend', answers: { project: 'api', languages: ['go', 'rust'] } }],
  ["what's best for realtime chat?", { command: 'recommend', answers: { project: 'realtime' } }],
  ['what framework should I use', { command: 'flow', answers: {} }],
  ["we're a .NET shop", { command: 'recommend', answers: { languages: ['csharp'] } }],
  ['our team knows Java and Kotlin', { command: 'recommend', answers: { languages: ['java', 'kotlin'] } }],
  ['something in python for an internal tool', { command: 'recommend', answers: { project: 'internal-tool', languages: ['python'] } }],
  ['node backend for a mobile app', { command: 'recommend', answers: { project: 'api', languages: ['javascript', 'typescript'] } }],
  ['TS, low latency, millions of users', { command: 'recommend', answers: { languages: ['typescript'], priorities: ['performance', 'scalability'], scale: 'millions' } }],
  ['rails or django for a marketplace', { command: 'compare', frameworks: ['rails', 'django'], answers: { project: 'ecommerce' } }],
  ['compare go rust', { command: 'compare', frameworks: [leading('go'), leading('rust')], answers: { languages: ['go', 'rust'] } }],
  ['info python', { command: 'list', answers: { languages: ['python'] } }],
  ['top fastest', { command: 'top', answers: { priorities: ['performance'] } }],
  ['top 5', { command: 'top', answers: {} }],
  ['top realtime', { command: 'top', answers: { project: 'realtime' } }],
  ['best framework for python', { command: 'top', answers: { languages: ['python'] } }],
  ['we need websockets and auth, junior team, millions of users', { command: 'recommend', answers: { project: 'realtime', priorities: ['scalability'], mustHaves: ['realtime', 'auth'], scale: 'millions', team: 'junior' } }],
  ['kubernetes-ready backend in TS?', { command: 'recommend', answers: { languages: ['typescript'] }, unused: ['kubernetes-ready'] }],

  // ---- projects ----
  ['building an MVP, what do you suggest', { command: 'recommend', answers: { project: 'mvp' } }],
  ['prototype for a hackathon this weekend', { command: 'recommend', answers: { project: 'mvp' }, unused: ['weekend'] }],
  ['a side project, nothing serious', { command: 'recommend', answers: { project: 'mvp' }, unused: ['nothing', 'serious'] }],
  ['REST API for our mobile app', { command: 'recommend', answers: { project: 'api' } }],
  ['multiplayer game server with live notifications', { command: 'recommend', answers: { project: 'realtime' }, unused: ['game'] }],
  ['LLM inference service, python', { command: 'recommend', answers: { project: 'ai-ml', languages: ['python'] } }],
  ['model serving for our ML team', { command: 'recommend', answers: { project: 'ai-ml' } }],
  ['an online store with payments', { command: 'recommend', answers: { project: 'ecommerce' } }],
  ['e-commerce site in PHP', { command: 'recommend', answers: { project: 'ecommerce', languages: ['php'] } }],
  ['a blog / CMS for our news team', { command: 'recommend', answers: { project: 'content' } }],
  ['admin panel for the back office', { command: 'recommend', answers: { project: 'internal-tool' } }],
  ['dashboard for ops, quick to build', { command: 'recommend', answers: { project: 'internal-tool', priorities: ['ease'] }, unused: ['ops'] }],
  ['enterprise app for a bank, must be secure', { command: 'recommend', answers: { project: 'enterprise', priorities: ['security'] } }],
  ['insurance company, regulated, compliance matters', { command: 'recommend', answers: { project: 'enterprise', priorities: ['security'] }, unused: ['company', 'matters'] }],
  ['microservices in Go', { command: 'recommend', answers: { project: 'microservices', languages: ['go'] } }],

  // ---- priorities, must-haves, scale, team ----
  ['fastest thing in rust?', { command: 'top', answers: { languages: ['rust'], priorities: ['performance'] } }],
  ['high throughput api, performance is everything', { command: 'recommend', answers: { project: 'api', priorities: ['performance'] }, unused: ['everything'] }],
  ['easy and simple, for bootcamp grads', { command: 'recommend', answers: { priorities: ['ease'], team: 'junior' } }],
  ['popular, easy to hire for', { command: 'recommend', answers: { priorities: ['community'] } }],
  ['needs auth and an ORM', { command: 'recommend', answers: { mustHaves: ['auth', 'orm'] } }],
  ['with an admin please, for internal tools', { command: 'recommend', answers: { project: 'internal-tool', mustHaves: ['admin'] } }],
  ['a few hundred users, senior engineers', { command: 'recommend', answers: { scale: 'prototype', team: 'senior' } }],
  ['maybe 50k users, mixed team', { command: 'recommend', answers: { scale: 'thousands', team: 'mixed' } }],
  ['scalable to 2M users', { command: 'recommend', answers: { priorities: ['scalability'], scale: 'millions' } }],

  // ---- negation ----
  ['not Java, something fast', { command: 'recommend', answers: { languages: allBut('java'), priorities: ['performance'] } }],
  ['anything but PHP for a marketplace', { command: 'recommend', answers: { project: 'ecommerce', languages: allBut('php') } }],
  ['no Python please', { command: 'recommend', answers: { languages: allBut('python') } }],
  ['no java or php, we want an api', { command: 'recommend', answers: { project: 'api', languages: allBut('java', 'php') } }],
  ['typescript or go, not rust', { command: 'recommend', answers: { languages: ['typescript', 'go'] } }],
  ["we don't want ruby, blog", { command: 'recommend', answers: { project: 'content', languages: allBut('ruby') } }],
  ['not a startup, an enterprise', { command: 'recommend', answers: { project: 'enterprise' } }],
  ['rails or django, not laravel', { command: 'compare', frameworks: ['rails', 'django'], unused: ['not Laravel'] }],

  // ---- framework names, aliases, chat markup, emoji, case, typos ----
  ['<@U123ABC> which is better, Express or Fastify? 🤔', { command: 'compare', frameworks: ['express', 'fastify'] }],
  ['<@!123456789> django vs fastapi for an AI thing', { command: 'compare', frameworks: ['django', 'fastapi'], answers: { project: 'ai-ml' } }],
  ['hey <@U0BOT>, spring boot or quarkus for microservices? :thinking_face:', { command: 'compare', frameworks: ['spring-boot', 'quarkus'], answers: { project: 'microservices' } }],
  ['RUBY ON RAILS VS LARAVEL VS DJANGO!!!', { command: 'compare', frameworks: ['rails', 'laravel', 'django'] }],
  ['asp.net core or nestjs, our team knows C# and TS', { command: 'compare', frameworks: ['aspnet-core', 'nestjs'], answers: { languages: ['csharp', 'typescript'] } }],
  ['is phoenix good for chat? 🚀', { command: 'info', frameworks: ['phoenix'], answers: { project: 'realtime' } }],
  ['tell me about FastAPI', { command: 'info', frameworks: ['fastapi'] }],
  ['shoud we use rials or djagno for a startup', { command: 'compare', frameworks: ['rails', 'django'], answers: { project: 'mvp' } }],
  ['Echo or Gin?', { command: 'compare', frameworks: ['echo', 'gin'] }],
  ['echo or gin for a go api', { command: 'compare', frameworks: ['echo', 'gin'], answers: { project: 'api', languages: ['go'] } }],
  ['Spring or Micronaut', { command: 'compare', frameworks: ['spring-boot', 'micronaut'] }],
  ['flask or something in go?', { command: 'compare', frameworks: ['flask', leading('go')], answers: { languages: ['go'] } }],
  ['flask, django, rails, laravel or fastapi?', { command: 'compare', frameworks: ['flask', 'django', 'rails', 'laravel'], unused: ['FastAPI'] }],
  ['compare django with the leading go framework', { command: 'compare', frameworks: ['django', leading('go')], answers: { languages: ['go'] }, unused: ['leading'] }],
  ['compare python', { command: 'compare', answers: { languages: ['python'] } }],
  ['which frameworks do you know for elixir', { command: 'list', answers: { languages: ['elixir'] } }],
  ['top 3 for go', { command: 'top', answers: { languages: ['go'] } }],
  ['most popular python framework', { command: 'top', answers: { languages: ['python'], priorities: ['community'] } }],

  // ---- English that only looks like a name ----
  ["let's go with django", { command: 'info', frameworks: ['django'] }],
  ['this spring we launch, rails or django?', { command: 'compare', frameworks: ['rails', 'django'], unused: ['spring'] }],
  ['we go live next week, need something for a chat app', { command: 'recommend', answers: { project: 'realtime' } }],
  ['to store files, what should a python shop use', { command: 'recommend', answers: { languages: ['python'] }, unused: ['files'] }],
];

describe('plain questions are read as commands with answers', () => {
  it('has at least 60 questions', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(60);
  });

  it.each(TABLE)('%s', (text, expected) => {
    const r = read(text);
    expect(r.command.kind).toBe(expected.command);
    if (expected.frameworks) expect(r.frameworks).toEqual(expected.frameworks);
    expect(r.answers).toEqual(expected.answers ?? {});
    expect(r.unused).toEqual(expected.unused ?? []);
  });
});

describe('languages the vocabulary may not have yet', () => {
  it('reads Scala as a language once the vocabulary knows it, and names it as unused until then', () => {
    const r = read('our team writes Scala, what should we use for an api?');
    if ((LANGUAGES as readonly string[]).includes('scala')) expect(r.answers.languages).toEqual(['scala']);
    else expect(r.unused).toEqual(['scala']);
    expect(r.answers.project).toBe('api');
  });
});

describe('what the reader says back', () => {
  it('opens with one line naming the command, the answers and the frameworks', () => {
    expect(readingLine(kb, read('which is better for a startup, rails or django?'))).toBe('I read this as: compare · project: MVP · comparing Ruby on Rails and Django');
    expect(readingLine(kb, read('should we use go or rust for our API'))).toBe('I read this as: recommend · project: API · languages: Go, Rust');
    expect(readingLine(kb, read('anything but PHP'))).toBe('I read this as: recommend · languages: any but PHP');
  });

  it('says which framework it chose for a language, and which typo it read through', () => {
    const [go, rust] = [nameOf(leading('go')), nameOf(leading('rust'))];
    expect(readingLine(kb, read('compare go rust'))).toBe(`I read this as: compare · languages: Go, Rust · comparing ${go} and ${rust} (I chose ${go} for Go and ${rust} for Rust: the leading frameworks for your answers)`);
    expect(readingLine(kb, read('rials or django'))).toContain('reading "rials" as Ruby on Rails');
  });

  it('names the words it did not use, and nothing when every word was placed', () => {
    expect(unusedLine(read('which framework for kubernetes, in go?'))).toBe("I did not use: 'kubernetes'");
    expect(unusedLine(read('rails or django?'))).toBeUndefined();
  });

  it('gives --json an understood object with only the answers it read', () => {
    expect(understoodData(read('<@U1> flask or fastapi for an LLM thing, no ORM needed'))).toEqual({ command: 'compare', frameworks: ['flask', 'fastapi'], answers: { project: 'ai-ml' }, unused: [] });
    expect(understoodData(read('what framework should I use?'))).toEqual({ command: 'flow', frameworks: [], answers: {}, unused: [] });
    expect(understoodData(read('go or rust, high throughput, senior team'))).toEqual({
      command: 'recommend',
      frameworks: [],
      answers: { language: ['go', 'rust'], priorities: ['performance'], team: 'senior' },
      unused: [],
    });
  });
});

describe('commands first, questions second', () => {
  it('leaves the command language to the parser', () => {
    expect(understand(kb, 'compare django fastapi')).toEqual({ kind: 'command', command: { kind: 'compare', frameworks: ['django', 'fastapi'] } });
    expect(understand(kb, 'recommend language=python')).toMatchObject({ kind: 'command' });
  });

  it('reads a plain question when the text is not a command', () => {
    expect(understand(kb, 'should we use go or rust for our API')).toMatchObject({ kind: 'plain', reading: { command: { kind: 'recommend' } } });
    expect(understand(kb, 'compare go rust')).toMatchObject({ kind: 'plain', reading: { command: { kind: 'compare', frameworks: [leading('go'), leading('rust')] } } });
    expect(understand(kb, '/framework which is better for a startup, rails or django?')).toMatchObject({ kind: 'plain', reading: { command: { kind: 'compare' } } });
  });

  it('keeps the parser\'s "did you mean" for a command with a misspelt name', () => {
    const r = understand(kb, 'compare djnago fastapi');
    expect(r).toMatchObject({ kind: 'problem', problem: { message: expect.stringContaining('Did you mean Django?') } });
    expect(understand(kb, 'compair django flask')).toMatchObject({ kind: 'problem', problem: { message: expect.stringContaining('Did you mean compare') } });
    expect(understand(kb, 'info djangoo')).toMatchObject({ kind: 'problem', problem: { message: expect.stringContaining('Did you mean Django?') } });
    // Five names after "compare" get the parser's "at most 4", not a comparison of the first four.
    expect(understand(kb, 'compare django, flask, rails, laravel, express')).toMatchObject({ kind: 'problem', problem: { message: expect.stringContaining('at most 4 frameworks') } });
    // A typo the reader would silently read through ("recomend" as the recommend verb) is a guess too.
    expect(understand(kb, 'help recomend')).toMatchObject({ kind: 'problem', problem: { message: expect.stringContaining('Did you mean help recommend?') } });
  });

  it('asks about a leftover word close to a framework name instead of answering without it', () => {
    const r = understand(kb, 'which is better for an api, flsk or fastapi?');
    expect(r).toMatchObject({ kind: 'problem', problem: { message: 'I don\'t know "flsk" as a framework. Did you mean Flask?', suggestions: ['flask'] } });
  });

  it('still says it did not understand text with nothing about frameworks in it', () => {
    expect(understand(kb, 'florp the database')).toMatchObject({ kind: 'problem', problem: { message: expect.stringMatching(/I didn't understand "florp the database"/) } });
  });

  it('does not start a guided flow for a question about something else', () => {
    for (const text of ['lunch at noon?', 'what time is the standup?', 'which room is free?']) {
      expect(understand(kb, text).kind, text).toBe('problem');
    }
    expect(understand(kb, 'which backend should we use?')).toMatchObject({ kind: 'plain', reading: { command: { kind: 'flow' } } });
  });
});

describe('known confusions are never offered as "did you mean"', () => {
  const offered = (text: string) => {
    const r = kb.resolve(text);
    return r.found ? [r.framework.id] : r.suggestions.map((f) => f.id);
  };

  it.each([
    ['next', 'nestjs'],
    ['nextjs', 'nestjs'],
    ['Next.js', 'nestjs'],
    ['nuxt', 'nextjs'],
    ['nuxtjs', 'nestjs'],
    ['expressive', 'express'],
    ['sprint', 'spring-boot'],
    ['spring cloud', 'spring-boot'],
  ])('"%s" is never offered %s', (text, never) => {
    expect(offered(text)).not.toContain(never);
  });

  it('while the names themselves still resolve ("spring" is Spring Boot, "nest" is NestJS, "express" is Express)', () => {
    expect(offered('spring')).toEqual(['spring-boot']);
    expect(offered('nest')).toEqual(['nestjs']);
    expect(offered('express')).toEqual(['express']);
  });

  it('and a plain question does not read them through a typo either', () => {
    const r = interpret(kb, 'nextjs or nuxt for a blog?');
    expect(r?.frameworks ?? []).not.toContain('nestjs');
    expect(r?.corrected ?? []).toEqual([]);
  });

  it('while a one-letter typo of an ordinary name is still a "did you mean"', () => {
    expect(offered('nestt')).toContain('nestjs');
  });
});

describe('bounded and safe', () => {
  it('never cuts a long question mid-word into a guess', () => {
    const long = `${'a '.repeat(498)}django`; // "django" straddles the 1,000-character cut
    const r = interpret(kb, long);
    expect(r?.frameworks ?? []).toEqual([]);
    expect(JSON.stringify(r ?? {})).not.toMatch(/"dj"|"djan/);
    expect(JSON.stringify(understand(kb, long))).not.toMatch(/djan|Django/);
    const p = understand(kb, `compare ${'x '.repeat(300)}djangoproject`);
    expect(p.kind).toBe('problem');
  });

  it('never lets a stray quote, mention or markup into what it says back', () => {
    const r = read('which is better "rails or django"? `kubernetes` <@U123> <#C1|general> <https://evil.example|click> \'"yaml"');
    expect(r.frameworks).toEqual(['rails', 'django']);
    expect(r.unused).toEqual(['kubernetes', 'yaml']);
    for (const w of r.unused) expect(w).toMatch(/^[\p{L}\p{N}.#+ -]+$/u);
  });

  it('never throws, and everything it hands back is made of safe characters', () => {
    const words = fc.constantFrom(...'rails django go rust not no or , vs ? top 5 python <@U1> <@!2> :rocket: 😀 " \' ` \u0000 \u202e é for a startup websocket millions junior spring Echo'.split(' '));
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 300 }), fc.array(words, { maxLength: 60 }).map((w) => w.join(' '))), (text) => {
        const r = interpret(kb, text);
        if (!r) return;
        expect(['compare', 'recommend', 'info', 'list', 'top', 'flow']).toContain(r.command.kind);
        expect(r.unused.length).toBeLessThanOrEqual(10);
        for (const w of r.unused) expect(w).toMatch(/^[\p{L}\p{N}.#+ -…]{1,31}$/u);
        // A typo is echoed in quotes of the reader's own ('reading "rials" as Ruby on Rails'), the word inside made of safe characters.
        for (const c of r.corrected) expect(c.written).toMatch(/^[\p{L}\p{N}.#+ -…]{1,31}$/u);
        expect(readingLine(kb, r).replaceAll(/"[\p{L}\p{N}.#+ -…]*"/gu, '')).not.toMatch(/[<>`"@]|:rocket:/);
        understand(kb, text);
      }),
      { numRuns: 1500 },
    );
  });

  it('cuts a long unused word between characters, never inside a surrogate pair', () => {
    const [word] = read(`rails or django ${'𝕰'.repeat(20)}`).unused;
    expect(word).toBe(`${'𝕰'.repeat(14)}…`);
    expect(word!.isWellFormed()).toBe(true);
  });

  it('reads 100 KB of text without trouble, looking only at the first kilobyte', () => {
    expect(() => interpret(kb, `rails or django ${'lorem ipsum '.repeat(10_000)}`)).not.toThrow();
    expect(read(`rails or django ${'lorem ipsum '.repeat(10_000)}`).frameworks).toEqual(['rails', 'django']);
  });
});
