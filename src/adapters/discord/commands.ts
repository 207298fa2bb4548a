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
import { COMMANDS, SLASH_COMMAND, shorten, type CommandSpec, type OptionSpec } from '../../core/index.js';
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
