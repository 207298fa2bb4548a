/**
 * Discord's limits, in one table. The renderer fits every card inside them and
 * the tests check every rendered payload against them, so a number changes in
 * one place. Lengths are compared with String#length (UTF-16 units), which is
 * never less than what Discord counts, so a payload that passes here passes there.
 */
import type { APIActionRowComponent, APIButtonComponentWithCustomId, APIEmbed, APIStringSelectComponent } from 'discord.js';

export const DISCORD_LIMITS = {
  content: 2000,
  embeds: 10,
  /** Title, description, field names and values, footer and author of all embeds together. */
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  actionRows: 5,
  buttonsPerRow: 5,
  /** A select fills its row alone. */
  selectsPerRow: 1,
  customId: 100,
  buttonLabel: 80,
  selectOptions: 25,
  optionLabel: 100,
  optionValue: 100,
  optionDescription: 100,
  placeholder: 150,
  /** Application commands (registration and autocomplete). */
  commandName: 32,
  commandDescription: 100,
  commandOptions: 25,
  commandChoices: 25,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  threadName: 100,
} as const;

/** The only components the bot sends: buttons that come back as interactions, and string selects. */
export type DiscordComponent = APIButtonComponentWithCustomId | APIStringSelectComponent;
export type DiscordActionRow = APIActionRowComponent<DiscordComponent>;

/** What cardToDiscordPayload produces: the body of a message, in API (snake_case) shape. */
export interface DiscordMessagePayload {
  content?: string;
  embeds: APIEmbed[];
  components: DiscordActionRow[];
  allowed_mentions: { parse: [] };
}

/** The characters an embed contributes to the 6000 total. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0)
  );
}

function within(problems: string[], what: string, length: number, max: number, min = 0): void {
  if (length > max || length < min) problems.push(`${what} has ${length} characters (allowed ${min}-${max})`);
}

function embedProblems(embed: APIEmbed, at: string, problems: string[]): void {
  if (embed.title !== undefined) within(problems, `${at}.title`, embed.title.length, DISCORD_LIMITS.title, 1);
  if (embed.description !== undefined) within(problems, `${at}.description`, embed.description.length, DISCORD_LIMITS.description, 1);
  if (embed.footer) within(problems, `${at}.footer`, embed.footer.text.length, DISCORD_LIMITS.footer, 1);
  if (embed.author) within(problems, `${at}.author`, embed.author.name.length, DISCORD_LIMITS.author, 1);
  const fields = embed.fields ?? [];
  if (fields.length > DISCORD_LIMITS.fields) problems.push(`${at} has ${fields.length} fields`);
  fields.forEach((f, i) => {
    within(problems, `${at}.fields[${i}].name`, f.name.length, DISCORD_LIMITS.fieldName, 1);
    within(problems, `${at}.fields[${i}].value`, f.value.length, DISCORD_LIMITS.fieldValue, 1);
  });
}

function rowProblems(row: DiscordActionRow, at: string, problems: string[], ids: Set<string>): void {
  const selects = row.components.filter((c) => c.type === 3);
  if (selects.length > 0 && row.components.length > DISCORD_LIMITS.selectsPerRow) problems.push(`${at} mixes a select with other components`);
  if (row.components.length > DISCORD_LIMITS.buttonsPerRow || row.components.length === 0) problems.push(`${at} has ${row.components.length} components`);
  row.components.forEach((c, i) => {
    const where = `${at}[${i}]`;
    within(problems, `${where}.custom_id`, c.custom_id.length, DISCORD_LIMITS.customId, 1);
    if (ids.has(c.custom_id)) problems.push(`${where}.custom_id ${c.custom_id} is not unique`);
    ids.add(c.custom_id);
    if (c.type === 2 && c.label !== undefined) within(problems, `${where}.label`, c.label.length, DISCORD_LIMITS.buttonLabel, 1);
    if (c.type === 3) {
      if (c.placeholder !== undefined) within(problems, `${where}.placeholder`, c.placeholder.length, DISCORD_LIMITS.placeholder);
      within(problems, `${where}.options`, c.options.length, DISCORD_LIMITS.selectOptions, 1);
      if ((c.max_values ?? 1) > c.options.length || (c.min_values ?? 1) > (c.max_values ?? 1)) problems.push(`${where} has min/max values outside its options`);
      c.options.forEach((o, j) => {
        within(problems, `${where}.options[${j}].label`, o.label.length, DISCORD_LIMITS.optionLabel, 1);
        within(problems, `${where}.options[${j}].value`, o.value.length, DISCORD_LIMITS.optionValue, 1);
        if (o.description !== undefined) within(problems, `${where}.options[${j}].description`, o.description.length, DISCORD_LIMITS.optionDescription, 1);
      });
    }
  });
}

/** Every way a message payload breaks the table above; empty when it fits. */
export function limitProblems(payload: DiscordMessagePayload): string[] {
  const problems: string[] = [];
  if (payload.content !== undefined) within(problems, 'content', payload.content.length, DISCORD_LIMITS.content);
  if (payload.embeds.length > DISCORD_LIMITS.embeds) problems.push(`${payload.embeds.length} embeds`);
  payload.embeds.forEach((e, i) => embedProblems(e, `embeds[${i}]`, problems));
  const total = payload.embeds.reduce((sum, e) => sum + embedLength(e), 0);
  if (total > DISCORD_LIMITS.embedTotal) problems.push(`embeds total ${total} characters`);
  if (payload.components.length > DISCORD_LIMITS.actionRows) problems.push(`${payload.components.length} action rows`);
  const ids = new Set<string>();
  payload.components.forEach((row, i) => rowProblems(row, `components[${i}]`, problems, ids));
  if (!payload.content && payload.embeds.length === 0) problems.push('an empty message');
  return problems;
}
