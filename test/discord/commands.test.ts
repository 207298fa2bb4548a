/** /framework: generated from the spec, committed as a manifest, registered with one bulk PUT. */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discordCommands, manifestText, slashCommand } from '../../src/adapters/discord/commands.js';
import { commandText } from '../../src/core/commands/command-text.js';
import { registerCommands } from '../../src/adapters/discord/register-commands.js';
import { COMMANDS } from '../../src/core/commands/spec.js';
import { parseCommand } from '../../src/core/commands/parse.js';
import { FakeDiscord } from '../fakes/discord-server.js';
import { user } from '../fakes/discord-fixtures.js';
import { knowledge } from '../support/knowledge.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TOKEN = 'register-test-token';
const APP = '110000000000000009';
const GUILD = '120000000000000009';

type Sub = { name: string; options?: Array<{ name: string; required?: boolean; autocomplete?: boolean; choices?: Array<{ value: string }> }> };
const subcommands = () => slashCommand().options as unknown as Sub[];
const sub = (name: string) => subcommands().find((s) => s.name === name)!;

describe('the /framework command', () => {
  it('has one subcommand per command in the spec, in order', () => {
    expect(discordCommands().map((c) => c.name)).toEqual(['framework', 'Ask Framework Advisor']);
    expect(subcommands().map((s) => s.name)).toEqual(['compare', 'recommend', 'info', 'top', 'list', 'history', 'decide', 'decision', 'radar', 'alerts', 'vote', 'weights', 'help']);
    expect(subcommands().map((s) => s.name)).toEqual(COMMANDS.map((c) => c.name));
  });

  it('autocompletes framework names and offers fixed choices where the spec has them', () => {
    expect(sub('compare').options!.map((o) => [o.name, o.required, o.autocomplete])).toEqual([
      ['first', true, true],
      ['second', true, true],
      ['third', false, true],
      ['fourth', false, true],
    ]);
    expect(sub('info').options).toEqual([expect.objectContaining({ name: 'framework', required: true, autocomplete: true })]);
    const criterion = sub('top').options!.find((o) => o.name === 'criterion')!;
    expect(criterion.choices!.map((c) => c.value)).toEqual(['overall', 'performance', 'scalability', 'ease', 'security', 'community']);
    expect(sub('recommend').options!.map((o) => o.name)).toEqual(['language', 'project', 'priorities', 'builtins', 'scale', 'team']);
    expect(sub('weights').options!.map((o) => o.name)).toEqual(['set']);
    expect(sub('history').options!.map((o) => o.name)).toEqual(['export', 'format', 'all']);
    expect(sub('radar').options!.map((o) => o.name)).toEqual(['workspace', 'export', 'format']);
    expect(sub('help').options!.map((o) => o.name)).toEqual(['topic']);
  });

  it('is what manifests/discord-commands.json holds (regenerate: npm run register:discord -- --write-manifest)', () => {
    expect(readFileSync(`${ROOT}manifests/discord-commands.json`, 'utf8')).toBe(manifestText());
  });
});

describe('subcommand options as command text', () => {
  const text = (name: string, options: Record<string, string>) => commandText(name, new Map(Object.entries(options)));

  it('joins frameworks with commas, so names of several words stay whole', () => {
    expect(text('compare', { first: 'spring boot', second: 'django', third: 'ruby on rails' })).toBe('compare spring boot, django, ruby on rails');
    expect(parseCommand(knowledge(), text('compare', { first: 'spring boot', second: 'django', third: 'ruby on rails' }))).toEqual({
      ok: true,
      command: { kind: 'compare', frameworks: ['spring-boot', 'django', 'rails'] },
    });
  });

  it('writes answers as key=value, list values without blanks', () => {
    expect(text('recommend', { language: 'python go', project: 'api', priorities: 'performance, security' })).toBe('recommend language=python,go project=api priorities=performance,security');
    expect(text('top', { criterion: 'security', language: 'python' })).toBe('top security language=python');
    expect(text('list', {})).toBe('list');
    expect(text('weights', { set: 'performance=3 security=2' })).toBe('weights performance=3 security=2');
    for (const line of ['recommend language=python,go project=api priorities=performance,security', 'top security language=python', 'list language=go']) {
      expect(parseCommand(knowledge(), line).ok, line).toBe(true);
    }
  });
});

describe('registration', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await FakeDiscord.start({ token: TOKEN, applicationId: APP, guildId: GUILD, botUser: user('Bot', { bot: true }) });
  });
  afterAll(async () => {
    await fake?.close();
  });

  it('overwrites the guild\'s commands in one PUT when a guild is given', async () => {
    const registered = await registerCommands({ token: TOKEN, applicationId: APP, guildId: GUILD, apiUrl: fake.apiUrl });
    expect(registered).toEqual({ scope: `guild ${GUILD}`, names: ['framework', 'Ask Framework Advisor'], shown: '/framework and the message action "Ask Framework Advisor"' });
    const put = fake.calls.filter((c) => c.method === 'PUT');
    expect(put.map((c) => [c.path, c.authorised])).toEqual([[`/applications/${APP}/guilds/${GUILD}/commands`, true]]);
    expect(put[0]!.body).toEqual(discordCommands());
  });

  it('npm run register:discord registers globally without DISCORD_GUILD_ID, through DISCORD_API_URL', async () => {
    const env = { ...process.env, DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP, DISCORD_GUILD_ID: '', DISCORD_API_URL: fake.apiUrl, NO_COLOR: '1' };
    const child = spawn('npm', ['run', '--silent', 'register:discord'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const [code] = await once(child, 'exit');
    expect(output).toContain('Registered /framework and the message action "Ask Framework Advisor" (global).');
    expect(code).toBe(0);
    expect(output).not.toContain(TOKEN);
    expect(fake.calls.filter((c) => c.method === 'PUT').at(-1)!.path).toBe(`/applications/${APP}/commands`);
  });
});
