/**
 * A Discord payload rebuilt through discord.js's own builders (from
 * @discordjs/builders), which validate every part they are given against
 * Discord's rules: title, description, field and footer lengths, 25 fields,
 * button labels and styles, custom ids, select options and their counts.
 * A part the builders refuse throws; a part they would change shows as a
 * difference from the original. The 6000-character embed total, which the
 * builders leave alone, and the 2000-character content are checked here.
 * Registered commands go through the command builders the same way.
 */
import {
  ActionRowBuilder,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ButtonBuilder,
  ContextMenuCommandBuilder,
  EmbedBuilder,
  SlashCommandBuilder,
  type SlashCommandSubcommandBuilder,
  StringSelectMenuBuilder,
  StringSelectMenuOptionBuilder,
  embedLength,
  type APIApplicationCommandBasicOption,
  type APIEmbed,
  type LocalizationMap,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import type { DiscordActionRow, DiscordComponent, DiscordMessagePayload } from '../../src/adapters/discord/limits.js';

const EMBED_TOTAL = 6000;
const CONTENT_MAX = 2000;

function rebuildEmbed(embed: APIEmbed): APIEmbed {
  const known = new Set(['title', 'description', 'color', 'fields', 'footer', 'image']);
  const unknown = Object.keys(embed).filter((k) => !known.has(k));
  if (unknown.length > 0) throw new Error(`embed parts this check does not know: ${unknown.join(', ')}`);
  const builder = new EmbedBuilder();
  if (embed.title !== undefined) builder.setTitle(embed.title);
  if (embed.description !== undefined) builder.setDescription(embed.description);
  if (embed.color !== undefined) builder.setColor(embed.color);
  if (embed.fields !== undefined) builder.setFields(embed.fields);
  if (embed.footer !== undefined) builder.setFooter(embed.footer);
  if (embed.image !== undefined) builder.setImage(embed.image.url);
  const json = builder.toJSON();
  if (embedLength(json) > EMBED_TOTAL) throw new Error(`embed holds ${embedLength(json)} characters; Discord allows ${EMBED_TOTAL}`);
  return json;
}

function rebuildComponent(component: DiscordComponent): ButtonBuilder | StringSelectMenuBuilder {
  const c = component as unknown as Record<string, unknown>;
  if (c.type === 2) {
    return new ButtonBuilder().setCustomId(String(c.custom_id)).setLabel(String(c.label)).setStyle(Number(c.style));
  }
  if (c.type === 3) {
    const options = (c.options as Array<{ label: string; value: string }>).map((o) => new StringSelectMenuOptionBuilder().setLabel(o.label).setValue(o.value));
    const menu = new StringSelectMenuBuilder().setCustomId(String(c.custom_id)).addOptions(options);
    if (c.placeholder !== undefined) menu.setPlaceholder(String(c.placeholder));
    if (c.min_values !== undefined) menu.setMinValues(Number(c.min_values));
    if (c.max_values !== undefined) menu.setMaxValues(Number(c.max_values));
    return menu;
  }
  throw new Error(`component type ${String(c.type)} is not one this bot sends`);
}

function rebuildRow(row: DiscordActionRow): DiscordActionRow {
  const builder = new ActionRowBuilder<ButtonBuilder | StringSelectMenuBuilder>().addComponents(row.components.map(rebuildComponent));
  return builder.toJSON() as unknown as DiscordActionRow;
}

/** The payload as the builders make it: equal to the original when every part is valid, else an error or a difference. */
export function rebuiltThroughBuilders(payload: DiscordMessagePayload): DiscordMessagePayload {
  if (payload.content !== undefined && payload.content.length > CONTENT_MAX) throw new Error(`content holds ${payload.content.length} characters; Discord allows ${CONTENT_MAX}`);
  if (payload.embeds.length > 10) throw new Error('more than 10 embeds');
  if (payload.components.length > 5) throw new Error('more than 5 action rows');
  const ids = payload.components.flatMap((r) => r.components.map((c) => (c as unknown as { custom_id: string }).custom_id));
  if (new Set(ids).size !== ids.length) throw new Error(`custom ids repeat within the message: ${ids.join(', ')}`);
  return {
    ...(payload.content !== undefined ? { content: payload.content } : {}),
    embeds: payload.embeds.map(rebuildEmbed),
    components: payload.components.map(rebuildRow),
    allowed_mentions: payload.allowed_mentions,
  };
}

type CommandJSON = RESTPostAPIChatInputApplicationCommandsJSONBody | RESTPostAPIContextMenuApplicationCommandsJSONBody;

/** Names and descriptions, with their localizations, set through the builder's validating setters. */
function named<B extends { setName(n: string): B; setNameLocalizations(m: LocalizationMap | null): B }>(builder: B, json: { name: string; name_localizations?: LocalizationMap | null }): B {
  builder.setName(json.name);
  if (json.name_localizations) builder.setNameLocalizations(json.name_localizations);
  return builder;
}

function described<B extends { setDescription(d: string): B; setDescriptionLocalizations(m: LocalizationMap | null): B }>(builder: B, json: { description: string; description_localizations?: LocalizationMap | null }): B {
  builder.setDescription(json.description);
  if (json.description_localizations) builder.setDescriptionLocalizations(json.description_localizations);
  return builder;
}

function rebuildOption(sub: SlashCommandSubcommandBuilder, option: APIApplicationCommandBasicOption): void {
  if (option.type === ApplicationCommandOptionType.Boolean) {
    sub.addBooleanOption((o) => described(named(o, option), option).setRequired(option.required ?? false));
    return;
  }
  if (option.type !== ApplicationCommandOptionType.String) throw new Error(`option type ${option.type} is not one this bot registers`);
  sub.addStringOption((o) => {
    described(named(o, option), option).setRequired(option.required ?? false);
    if (option.autocomplete) o.setAutocomplete(true);
    if ('choices' in option && option.choices) o.addChoices(...option.choices);
    return o;
  });
}

/**
 * Registered commands rebuilt through discord.js's command builders
 * (SlashCommandBuilder, ContextMenuCommandBuilder), which check every name
 * (lowercase letters, digits, - and _, at most 32), every localized name and
 * description, the locales, the contexts and the integration types. Equal to
 * the input when Discord would take it as it is.
 */
export function rebuiltCommands(commands: CommandJSON[]): unknown[] {
  return commands.map((command) => {
    if (command.type === ApplicationCommandType.Message || command.type === ApplicationCommandType.User) {
      const menu = named(new ContextMenuCommandBuilder(), command).setType(command.type);
      if (command.contexts) menu.setContexts(command.contexts);
      if (command.integration_types) menu.setIntegrationTypes(command.integration_types);
      return menu.toJSON();
    }
    const chat = command as RESTPostAPIChatInputApplicationCommandsJSONBody;
    const slash = described(named(new SlashCommandBuilder(), chat), chat);
    if (chat.contexts) slash.setContexts(chat.contexts);
    if (chat.integration_types) slash.setIntegrationTypes(chat.integration_types);
    for (const option of chat.options ?? []) {
      if (option.type !== ApplicationCommandOptionType.Subcommand) throw new Error(`top-level option type ${option.type} is not one this bot registers`);
      slash.addSubcommand((sub) => {
        described(named(sub, option), option);
        for (const inner of option.options ?? []) rebuildOption(sub, inner);
        return sub;
      });
    }
    return slash.toJSON();
  });
}
