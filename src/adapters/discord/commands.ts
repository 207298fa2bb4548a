/**
 * The /framework command, generated from the core's command spec, and the way
 * back: a subcommand with its options becomes one line of the command language
 * ("compare django, fastapi", "recommend language=python project=api"), so the
 * core's parser stays the only parser.
 */
import type {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  APIApplicationCommandBasicOption,
  APIApplicationCommandSubcommandOption,
  InteractionContextType,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { COMMANDS, SLASH_COMMAND, type CommandSpec, type OptionSpec } from '../../core/commands/spec.js';
import { shorten } from '../../core/text/shorten.js';
import { DISCORD_LIMITS } from './limits.js';

// Numeric API values, typed against discord-api-types (see render-components.ts).
const CHAT_INPUT: ApplicationCommandType.ChatInput = 1;
const SUBCOMMAND: ApplicationCommandOptionType.Subcommand = 1;
const STRING: ApplicationCommandOptionType.String = 3;
const BOOLEAN: ApplicationCommandOptionType.Boolean = 5;
const IN_GUILDS: InteractionContextType.Guild = 0;
const IN_BOT_DMS: InteractionContextType.BotDM = 1;
const GUILD_INSTALL: ApplicationIntegrationType.GuildInstall = 0;

const description = (text: string) => shorten(text, DISCORD_LIMITS.commandDescription, { atWord: 'always' });

function option(spec: OptionSpec): APIApplicationCommandBasicOption {
  // A flag is a yes/no switch in Discord's picker ("history export:True").
  if (spec.kind === 'flag') return { type: BOOLEAN, name: spec.name, description: description(spec.description), required: spec.required };
  const base = { type: STRING, name: spec.name, description: description(spec.description), required: spec.required };
  if (spec.choices) return { ...base, choices: spec.choices.slice(0, DISCORD_LIMITS.commandChoices).map((c) => ({ name: c, value: c })) };
  // Framework names come from the knowledge base, too many (and too changeable) for fixed choices.
  if (spec.kind === 'framework') return { ...base, autocomplete: true };
  return base;
}

function subcommand(spec: CommandSpec): APIApplicationCommandSubcommandOption {
  // Discord requires required options before optional ones.
  const options = [...spec.options].sort((a, b) => Number(b.required) - Number(a.required)).map(option);
  return { type: SUBCOMMAND, name: spec.name, description: description(spec.summary), ...(options.length > 0 ? { options } : {}) };
}

/** The one application command, as registered and as committed in manifests/discord-commands.json. */
export function discordCommands(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return [
    {
      type: CHAT_INPUT,
      name: SLASH_COMMAND.name,
      description: description(SLASH_COMMAND.description),
      contexts: [IN_GUILDS, IN_BOT_DMS],
      integration_types: [GUILD_INSTALL],
      options: COMMANDS.map(subcommand),
    },
  ];
}

/** manifests/discord-commands.json, byte for byte. */
export const manifestText = () => `${JSON.stringify(discordCommands(), null, 2)}\n`;

/** Options the parser reads by position; a flag is its own name when set; every other option is written as key=value. */
const POSITIONAL = new Set<OptionSpec['kind']>(['framework', 'criterion', 'topic', 'text']);

function optionWord(o: OptionSpec, value: string): string | undefined {
  if (o.kind === 'flag') return value === 'true' ? o.name : undefined;
  if (POSITIONAL.has(o.kind)) return value;
  return `${o.name}=${value.split(/[\s,]+/).filter(Boolean).join(',')}`;
}

/**
 * One subcommand's options as command text. Frameworks are joined with commas,
 * which the parser reads as separators, so names of several words stay whole;
 * list values have their blanks turned into commas so "python go" stays one value.
 */
export function commandText(name: string, options: ReadonlyMap<string, string>): string {
  const spec = COMMANDS.find((c) => c.name === name);
  if (!spec) return name;
  const given = spec.options.filter((o) => (options.get(o.name) ?? '').trim() !== '');
  const value = (o: OptionSpec) => options.get(o.name)!.trim();
  const frameworks = given.filter((o) => o.kind === 'framework').map(value).join(', ');
  const words = given.filter((o) => o.kind !== 'framework').map((o) => optionWord(o, value(o)));
  return [spec.name, frameworks, ...words].filter(Boolean).join(' ');
}
