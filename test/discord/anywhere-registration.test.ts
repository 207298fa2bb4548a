/**
 * Issue 17, Discord: the commands are installable to servers and to users,
 * usable in servers, DMs and group DMs, and carry German names and
 * descriptions generated from the core's spec; discord.js's own command
 * builders (validators we did not write) take them unchanged.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ApplicationIntegrationType, ContextMenuCommandBuilder, InteractionContextType, Locale, SlashCommandBuilder } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discordCommands, messageAction, slashCommand } from '../../src/adapters/discord/commands.js';
import { registerCommands } from '../../src/adapters/discord/register-commands.js';
import { COMMANDS } from '../../src/core/commands/spec.js';
import { FakeDiscord } from '../fakes/discord-server.js';
import { user } from '../fakes/discord-fixtures.js';
import { rebuiltCommands } from '../support/discord-builders.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

type Named = { name: string; name_localizations?: Record<string, string>; description_localizations?: Record<string, string>; options?: Named[] };
const subcommands = () => slashCommand().options as unknown as Named[];

describe('where the commands can be installed and used', () => {
  it('/framework and the message action install to servers and to users, and work in servers, the bot\'s DMs and private chats', () => {
    for (const command of discordCommands()) {
      expect(command.integration_types, command.name).toEqual([ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall]);
      expect(command.contexts, command.name).toEqual([InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel]);
    }
  });

  it('"Ask Framework Advisor" is a message context menu command', () => {
    expect(messageAction()).toMatchObject({ type: 3, name: 'Ask Framework Advisor' });
  });
});

describe('German names and descriptions', () => {
  it('every subcommand and every option has them, generated from the spec', () => {
    expect(slashCommand().name_localizations).toEqual({ [Locale.German]: 'framework' });
    expect(subcommands().map((s) => s.name_localizations?.[Locale.German])).toEqual(['vergleichen', 'empfehlen', 'info', 'rangliste', 'liste', 'verlauf', 'entscheiden', 'entscheidung', 'hinweise', 'gewichte', 'hilfe']);
    for (const spec of COMMANDS) {
      const sub = subcommands().find((s) => s.name === spec.name)!;
      expect(sub.description_localizations?.[Locale.German], spec.name).toBeTruthy();
      for (const option of spec.options) {
        const registered = sub.options!.find((o) => o.name === option.name)!;
        expect(registered.name_localizations?.[Locale.German], `${spec.name} ${option.name}`).toMatch(/^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$/u);
        expect(registered.description_localizations?.[Locale.German], `${spec.name} ${option.name}`).toBeTruthy();
      }
    }
    expect(messageAction().name_localizations).toEqual({ [Locale.German]: 'Framework Advisor fragen' });
  });

  it('are distinct among their siblings, as Discord requires', () => {
    const german = (list: Named[]) => list.map((n) => n.name_localizations?.[Locale.German]);
    expect(new Set(german(subcommands())).size).toBe(subcommands().length);
    for (const sub of subcommands()) expect(new Set(german(sub.options ?? [])).size, sub.name).toBe((sub.options ?? []).length);
  });

  it('are in the committed manifest', () => {
    const manifest = JSON.parse(readFileSync(`${ROOT}manifests/discord-commands.json`, 'utf8')) as Named[];
    const compare = manifest[0]!.options!.find((o) => o.name === 'compare')!;
    expect(compare.name_localizations).toEqual({ de: 'vergleichen' });
    expect(compare.options!.map((o) => o.name_localizations?.de)).toEqual(['erstes', 'zweites', 'drittes', 'viertes']);
    expect(manifest[1]).toMatchObject({ type: 3, name: 'Ask Framework Advisor', name_localizations: { de: 'Framework Advisor fragen' }, integration_types: [0, 1], contexts: [0, 1, 2] });
  });
});

describe("discord.js's command builders", () => {
  it('take both commands unchanged: names, localized names and descriptions, locales, contexts and integration types', () => {
    const commands = discordCommands();
    expect(commands.map((c) => c.name)).toEqual(['framework', 'Ask Framework Advisor']);
    expect(rebuiltCommands(commands)).toEqual(commands);
  });

  it('refuse what Discord refuses, so the check above can fail', () => {
    const slash = slashCommand();
    const first = slash.options![0]!;
    expect(() => rebuiltCommands([{ ...slash, options: [{ ...first, name_localizations: { de: 'Vergleichen' } } as typeof first] }])).toThrow();
    expect(() => rebuiltCommands([{ ...slash, options: [{ ...first, name_localizations: { de: 'zwei wörter' } } as typeof first] }])).toThrow();
    expect(() => rebuiltCommands([{ ...slash, options: [{ ...first, name_localizations: { 'de-DE': 'vergleichen' } } as unknown as typeof first] }])).toThrow();
    expect(() => rebuiltCommands([{ ...slash, contexts: [3 as InteractionContextType] }])).toThrow();
    expect(() => new SlashCommandBuilder().setIntegrationTypes(2 as ApplicationIntegrationType)).toThrow();
    expect(() => new ContextMenuCommandBuilder().setName('x'.repeat(33))).toThrow();
  });
});

describe('registration', () => {
  const TOKEN = 'anywhere-register-token';
  const APP = '110000000000000019';
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await FakeDiscord.start({ token: TOKEN, applicationId: APP, guildId: '120000000000000019', botUser: user('Bot', { bot: true }) });
  });
  afterAll(async () => {
    await fake?.close();
  });

  it('sends Discord both commands with their install types, contexts and German names', async () => {
    await registerCommands({ token: TOKEN, applicationId: APP, apiUrl: fake.apiUrl });
    const body = fake.calls.find((c) => c.method === 'PUT')!.body as Array<Named & { type: number; contexts: number[]; integration_types: number[] }>;
    expect(body.map((c) => [c.type, c.name, c.integration_types, c.contexts])).toEqual([
      [1, 'framework', [0, 1], [0, 1, 2]],
      [3, 'Ask Framework Advisor', [0, 1], [0, 1, 2]],
    ]);
    expect(body[0]!.options!.find((o) => o.name === 'help')!.name_localizations).toEqual({ de: 'hilfe' });
  });
});
