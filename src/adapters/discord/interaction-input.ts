/**
 * An interaction as the core's Input: a slash command becomes a line of the
 * command language, a click becomes the action id it carries (with the picks
 * of a select). Anything else is not for the core.
 */
import type { Interaction } from 'discord.js';
import { SLASH_COMMAND, commandText, type Input } from '../../core/index.js';

export function inputOf(interaction: Interaction): Input | undefined {
  if (interaction.isChatInputCommand()) {
    if (interaction.commandName !== SLASH_COMMAND.name) return undefined;
    const sub = interaction.options.data[0];
    if (!sub) return { type: 'text', text: '' };
    const options = new Map((sub.options ?? []).map((o) => [o.name, String(o.value ?? '')]));
    return { type: 'text', text: commandText(sub.name, options) };
  }
  if (interaction.isButton()) return { type: 'action', id: interaction.customId };
  if (interaction.isStringSelectMenu()) return { type: 'action', id: interaction.customId, values: [...interaction.values] };
  return undefined;
}
