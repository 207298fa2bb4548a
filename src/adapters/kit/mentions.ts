/**
 * A message addressed to the bot starts (or ends) with the bot's mention;
 * the command is what remains. Each platform writes a mention its own way,
 * so the adapter says how (`form`), given the bot's id.
 */

/** The pattern of one mention of `id` in a platform's message text, as regex source. */
export type MentionForm = (id: string) => string;

/** The text without the bot's mentions, trimmed; as it was when the bot's id is not known. */
export function withoutMention(text: string, botId: string | undefined, form: MentionForm): string {
  // Ids are letters and digits on every platform; anything else would be read as regex.
  const id = botId?.replace(/[^A-Za-z0-9]/g, '');
  if (!id) return text;
  return text.replace(new RegExp(form(id), 'g'), ' ').trim();
}
