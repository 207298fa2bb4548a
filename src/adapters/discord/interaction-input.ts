/**
 * An interaction as the core's Input: a slash command becomes a line of the
 * command language, "Ask Framework Advisor" on a message becomes that
 * message's text (the core reads it as a command or a plain question), a
 * click becomes the action id it carries (with the picks of a select).
 * Anything else is not for the core.
 */
import type { Interaction } from 'discord.js';
import { MESSAGE_ACTION, SLASH_COMMAND, commandText, type Input } from '../../core/index.js';

/** Mentions of people, roles and channels are Discord markup, not words of the question. */
const MENTION_MARKUP = /<(?:@[!&]?|#)\d+>/g;

export function inputOf(interaction: Interaction): Input | undefined {
  if (interaction.isChatInputCommand()) {
    if (interaction.commandName !== SLASH_COMMAND.name) return undefined;
    const sub = interaction.options.data[0];
    if (!sub) return { type: 'text', text: '' };
    const options = new Map((sub.options ?? []).map((o) => [o.name, String(o.value ?? '')]));
    return { type: 'text', text: commandText(sub.name, options) };
  }
  if (interaction.isMessageContextMenuCommand()) {
    if (interaction.commandName !== MESSAGE_ACTION.name) return undefined;
    return { type: 'text', text: interaction.targetMessage.content.replace(MENTION_MARKUP, ' ').trim() };
  }
  if (interaction.isButton()) return { type: 'action', id: interaction.customId };
  if (interaction.isStringSelectMenu()) return { type: 'action', id: interaction.customId, values: [...interaction.values] };
  return undefined;
}
