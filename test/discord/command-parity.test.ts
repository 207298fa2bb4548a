/**
 * One command language on both platforms: every option the language has is a
 * /framework option on Discord, generated from the command spec, and each
 * reaches the core when used through the real discord.js client.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slashCommand } from '../../src/adapters/discord/commands.js';
import { commandText } from '../../src/core/commands/command-text.js';
import { parseCommand } from '../../src/core/commands/parse.js';
import { COMMANDS } from '../../src/core/commands/spec.js';
import type { Input } from '../../src/core/conversations/effects.js';
import { TeamAdvisor } from '../../src/core/team-advisor.js';
import { DiscordUsers } from '../fakes/discord-users.js';
import { knowledge } from '../support/knowledge.js';

type Sub = { name: string; options?: Array<{ name: string; type: number; choices?: Array<{ value: string }> }> };
const sub = (name: string) => (slashCommand().options as unknown as Sub[]).find((s) => s.name === name)!;
const optionNames = (name: string) => (sub(name).options ?? []).map((o) => o.name);

/** The words a usage line names as options: "key=..." answers and bracketed words such as "[export]" or "[command]". */
function usageOptions(usage: string): string[] {
  const keys = [...usage.matchAll(/\[?(\w+)=\.\.\.\]?/g)].map((m) => m[1]!);
  const words = [...usage.matchAll(/\[(\w+)\]/g)].map((m) => m[1]!);
  return [...keys, ...words];
}

describe('/framework has every option of the command language', () => {
  it('recommend takes all six answers; history can export; help takes a topic', () => {
    expect(optionNames('recommend')).toEqual(['language', 'project', 'priorities', 'builtins', 'scale', 'team']);
    expect(sub('recommend').options!.find((o) => o.name === 'scale')!.choices!.map((c) => c.value)).toEqual(['prototype', 'thousands', 'millions']);
    expect(sub('recommend').options!.find((o) => o.name === 'team')!.choices!.map((c) => c.value)).toEqual(['junior', 'mixed', 'senior']);
    // A yes/no switch: "/framework history export:True".
    expect(sub('history').options).toEqual([
      expect.objectContaining({ name: 'export', type: 5 }),
      expect.objectContaining({ name: 'format', choices: [expect.objectContaining({ value: 'madr' }), expect.objectContaining({ value: 'nygard' })] }),
      expect.objectContaining({ name: 'all', type: 5 }),
    ]);
    expect(sub('radar').options).toEqual([
      expect.objectContaining({ name: 'workspace', type: 5 }),
      expect.objectContaining({ name: 'export', type: 5 }),
      expect.objectContaining({ name: 'format', choices: [expect.objectContaining({ value: 'csv' }), expect.objectContaining({ value: 'backstage' })] }),
    ]);
    expect(sub('help').options![0]!.choices!.map((c) => c.value)).toEqual(COMMANDS.map((c) => c.name));
  });

  it('every option a usage line names is a Discord option', () => {
    const alias: Record<string, string> = { command: 'topic', criterion: 'criterion', language: 'language' };
    for (const spec of COMMANDS) {
      for (const word of usageOptions(spec.usage)) {
        if (spec.name === 'weights') continue; // criterion=number pairs, typed into its one "set" box
        expect(optionNames(spec.name), `${spec.name}: ${word}`).toContain(alias[word] ?? word);
      }
    }
  });

  it('the new options become command text the parser reads as meant', () => {
    const text = (name: string, options: Record<string, string>) => commandText(name, new Map(Object.entries(options)));
    expect(text('history', { export: 'true' })).toBe('history export');
    expect(text('history', { export: 'false' })).toBe('history');
    expect(text('help', { topic: 'recommend' })).toBe('help recommend');
    const line = text('recommend', { language: 'go', project: 'api', priorities: 'performance', builtins: 'orm auth', scale: 'millions', team: 'senior' });
    expect(parseCommand(knowledge(), line)).toEqual({
      ok: true,
      command: { kind: 'recommend', answers: { languages: ['go'], project: 'api', priorities: ['performance'], mustHaves: ['orm', 'auth'], scale: 'millions', team: 'senior' } },
    });
    expect(parseCommand(knowledge(), text('history', { export: 'true' }))).toEqual({ ok: true, command: { kind: 'history', export: true } });
    expect(parseCommand(knowledge(), text('help', { topic: 'top' }))).toEqual({ ok: true, command: { kind: 'help', topic: 'top' } });
    expect(text('history', { export: 'true', all: 'true' })).toBe('history export all');
    expect(parseCommand(knowledge(), text('history', { export: 'true', all: 'true' }))).toEqual({ ok: true, command: { kind: 'history', export: true, all: true } });
    expect(text('radar', { workspace: 'true', export: 'true', format: 'backstage' })).toBe('radar workspace export backstage');
    expect(parseCommand(knowledge(), text('radar', { workspace: 'true', export: 'true', format: 'backstage' }))).toEqual({ ok: true, command: { kind: 'radar', scope: 'workspace', export: 'backstage' } });
    expect(parseCommand(knowledge(), text('radar', {}))).toEqual({ ok: true, command: { kind: 'radar', scope: 'channel' } });
  });
});

describe('the new options, through the real discord.js client', () => {
  let discord: DiscordUsers;
  const inputs: Input[] = [];
  beforeAll(async () => {
    discord = await DiscordUsers.start({
      teamAdvisor: (store) => {
        const real = new TeamAdvisor(knowledge(), { store });
        const handle = real.handle.bind(real);
        real.handle = (input, asker) => {
          inputs.push(input);
          return handle(input, asker);
        };
        return real;
      },
    });
  });
  afterAll(async () => {
    await discord?.stop();
  });

  it('recommend with builtins, scale and team answers at once, with those answers', async () => {
    const seen = await discord.slash('recommend', { language: 'python', project: 'content', priorities: 'ease', builtins: 'orm admin', scale: 'thousands', team: 'junior' });
    expect(inputs.at(-1)).toEqual({ type: 'text', text: 'recommend language=python project=content priorities=ease builtins=orm,admin scale=thousands team=junior' });
    // All six answered: the result comes at once, no guided flow.
    expect(seen.threads).toEqual([]);
    expect(seen.reply!.title).toMatch(/^Recommended: /);
  });

  it('history export:True exports; help topic:recommend explains recommend', async () => {
    const exported = await discord.slash('history', { export: true });
    expect(inputs.at(-1)).toEqual({ type: 'text', text: 'history export' });
    expect(exported.reply!.title).toBe('No decisions to export yet');
    const listed = await discord.slash('history', { export: false });
    expect(inputs.at(-1)).toEqual({ type: 'text', text: 'history' });
    expect(listed.reply!.title).not.toBe('No decisions to export yet');
    const help = await discord.slash('help', { topic: 'recommend' });
    expect(inputs.at(-1)).toEqual({ type: 'text', text: 'help recommend' });
    expect(help.reply!.title).toBe(`recommend: ${COMMANDS.find((c) => c.name === 'recommend')!.summary}`);
  });

  it('vote with two frameworks, a deadline and ranked:True posts a ranked vote whose rank menus work through discord.js', async () => {
    const seen = await discord.slash('vote', { framework: 'Django', second: 'FastAPI', third: 'Flask', closes: 'in 2 days', ranked: true });
    expect(inputs.at(-1)).toEqual({ type: 'text', text: 'vote Django, FastAPI, Flask in 2 days ranked' });
    const vote = seen.messages.find((m) => m.title === 'Team vote (ranked): which framework should we use?')!;
    expect(vote.ephemeral).toBe(false);
    expect(vote.text).toMatch(/Closes by itself at \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
    expect(vote.selects.map((m) => m.placeholder)).toEqual(['Your 1st choice', 'Your 2nd choice', 'Add an option']);

    const picked = await discord.select(vote, ['flask'], { as: discord.bob, placeholder: 'Your 1st choice' });
    expect(picked.reply!.text).toMatch(/Flask: 1 first choice \(Bob\)/);
    const told = picked.messages.find((m) => m.title === 'Your ranking is counted')!;
    expect(told.ephemeral).toBe(true);
    expect(told.text).toMatch(/1\. Flask\./);
    // After the first ballot the ballot is fixed: no more "Add an option".
    expect(picked.reply!.selects.map((m) => m.placeholder)).toEqual(['Your 1st choice', 'Your 2nd choice']);
  });

  it('vote add:True with a framework adds it to the open vote, and an unreadable deadline is refused kindly', async () => {
    await discord.slash('vote', { framework: 'Koa', second: 'Hono' });
    const added = await discord.slash('vote', { framework: 'Express', add: true });
    expect(inputs.at(-1)).toEqual({ type: 'text', text: 'vote Express add' });
    expect(added.messages.some((m) => /added Express/.test(m.text) && m.buttons.some((b) => b.label === 'Express'))).toBe(true);
    const refused = await discord.slash('vote', { framework: 'Koa', second: 'Hono', closes: 'in 45 days' });
    expect(refused.reply!.ephemeral).toBe(true);
    expect(refused.reply!.text).toMatch(/at most 30 days/);
  });

  it('radar workspace:True reads the workspace; an empty one says how to record a decision', async () => {
    const seen = await discord.slash('radar', { workspace: true });
    expect(inputs.at(-1)).toEqual({ type: 'text', text: 'radar workspace' });
    expect(seen.reply!.title).toBe("This workspace's tech radar");
  });
});
