/**
 * The /framework command and the "Ask Framework Advisor" message action,
 * generated from the core's command spec and its translations, and the way
 * back: a subcommand with its options becomes one line of the command language
 * ("compare django, fastapi", "recommend language=python project=api"), so the
 * core's parser stays the only parser.
 *
 * Both are installable to servers and to users, and usable in servers, in DMs
 * with the bot and in other private chats: with a user install people take the
 * bot anywhere, and the core decides what works where the bot was not added.
 */
import {
  type ApplicationCommandOptionType,
  type ApplicationCommandType,
  type ApplicationIntegrationType,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandOption,
  type InteractionContextType,
  Locale,
  type LocalizationMap,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import {
  COMMANDS,
  MESSAGE_ACTION,
  SLASH_COMMAND,
  SPEC_TRANSLATIONS,
  TRANSLATED_LANGUAGES,
  shorten,
  type CommandSpec,
  type OptionSpec,
  type SpecTranslation,
  type TranslatedLanguage,
  type Wording,
} from '../../core/index.js';
import { DISCORD_LIMITS } from './limits.js';

// Numeric API values, typed against discord-api-types (see render-components.ts).
const CHAT_INPUT: ApplicationCommandType.ChatInput = 1;
const MESSAGE: ApplicationCommandType.Message = 3;
const SUBCOMMAND: ApplicationCommandOptionType.Subcommand = 1;
const STRING: ApplicationCommandOptionType.String = 3;
const BOOLEAN: ApplicationCommandOptionType.Boolean = 5;
const IN_GUILDS: InteractionContextType.Guild = 0;
const IN_BOT_DMS: InteractionContextType.BotDM = 1;
const IN_PRIVATE_CHANNELS: InteractionContextType.PrivateChannel = 2;
const GUILD_INSTALL: ApplicationIntegrationType.GuildInstall = 0;
const USER_INSTALL: ApplicationIntegrationType.UserInstall = 1;

/** Installable to a server and to a person; usable in servers, the bot's DMs, and group or other DMs. */
const EVERYWHERE = { integration_types: [GUILD_INSTALL, USER_INSTALL], contexts: [IN_GUILDS, IN_BOT_DMS, IN_PRIVATE_CHANNELS] };

/** Discord's locales for each translated language (Spanish, say, would be es-ES and es-419). */
const DISCORD_LOCALES: Record<TranslatedLanguage, readonly Locale[]> = {
  de: [Locale.German],
};

const description = (text: string) => shorten(text, DISCORD_LIMITS.commandDescription, { atWord: 'always' });

/** One text per Discord locale, from each translation that has it. */
function localized(pick: (t: SpecTranslation) => string | undefined, shape: (text: string) => string = (t) => t): LocalizationMap {
  const map: LocalizationMap = {};
  for (const language of TRANSLATED_LANGUAGES) {
    const text = pick(SPEC_TRANSLATIONS[language]);
    if (text !== undefined) for (const locale of DISCORD_LOCALES[language]) map[locale] = shape(text);
  }
  return map;
}

/** name_localizations and description_localizations for one spec entry, or nothing when no translation has it. */
function localizations(pick: (t: SpecTranslation) => Wording | undefined) {
  const names = localized((t) => pick(t)?.name);
  if (Object.keys(names).length === 0) return {};
  return { name_localizations: names, description_localizations: localized((t) => pick(t)?.description, description) };
}

function option(command: CommandSpec, spec: OptionSpec): APIApplicationCommandBasicOption {
  const words = { name: spec.name, description: description(spec.description), ...localizations((t) => t.commands[command.name].options[spec.name]) };
  // A flag is a yes/no switch in Discord's picker ("history export:True").
  if (spec.kind === 'flag') return { type: BOOLEAN, ...words, required: spec.required };
  const base = { type: STRING, ...words, required: spec.required };
  if (spec.choices) return { ...base, choices: spec.choices.slice(0, DISCORD_LIMITS.commandChoices).map((c) => ({ name: c, value: c })) };
  // Framework names come from the knowledge base, too many (and too changeable) for fixed choices.
  if (spec.kind === 'framework') return { ...base, autocomplete: true };
  return base;
}

function subcommand(spec: CommandSpec): APIApplicationCommandSubcommandOption {
  // Discord requires required options before optional ones.
  const options = [...spec.options].sort((a, b) => Number(b.required) - Number(a.required)).map((o) => option(spec, o));
  return {
    type: SUBCOMMAND,
    name: spec.name,
    description: description(spec.summary),
    ...localizations((t) => t.commands[spec.name]),
    ...(options.length > 0 ? { options } : {}),
  };
}

/** /framework and its subcommands. */
export function slashCommand(): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return {
    type: CHAT_INPUT,
    name: SLASH_COMMAND.name,
    description: description(SLASH_COMMAND.description),
    ...localizations((t) => t.slashCommand),
    ...EVERYWHERE,
    options: COMMANDS.map(subcommand),
  };
}

/** "Ask Framework Advisor" in a message's Apps menu. Context menu commands have a name and no description. */
export function messageAction(): RESTPostAPIContextMenuApplicationCommandsJSONBody {
  return { type: MESSAGE, name: MESSAGE_ACTION.name, name_localizations: localized((t) => t.messageAction), ...EVERYWHERE };
}

/** The application's commands, as registered and as committed in manifests/discord-commands.json. */
export function discordCommands(): Array<RESTPostAPIChatInputApplicationCommandsJSONBody | RESTPostAPIContextMenuApplicationCommandsJSONBody> {
  return [slashCommand(), messageAction()];
}

/** manifests/discord-commands.json, byte for byte. */
export const manifestText = () => `${JSON.stringify(discordCommands(), null, 2)}\n`;
