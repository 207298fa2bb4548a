/**
 * Slack's Block Kit limits for one message, in one place, and the check of a
 * rendered message against every one of them. Slack rejects a whole message
 * (invalid_blocks) when any one limit is exceeded. The renderer keeps within
 * them by construction; the check is the independent one the property test
 * runs on every card, and that the adapter logs (rather than sending a
 * message Slack would reject) if a renderer bug slips by.
 */
import type { SlackMessage } from './render.js';

export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  /** The top-level `text` (the notification and screen-reader fallback) we send with blocks. */
  fallbackText: 3000,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  /** Each text element of a context block. */
  contextText: 3000,
  contextElements: 10,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  blockId: 255,
  selectOptions: 100,
  optionText: 75,
  optionValue: 75,
  placeholderText: 150,
} as const;

export type SlackLimit = keyof typeof SLACK_LIMITS;

export interface LimitProblem {
  limit: SlackLimit | 'unique' | 'non-empty';
  where: string;
  detail: string;
}

interface TextLike {
  text?: string | { text?: string };
}

/** The fields of an interactive element that have limits; other element kinds are not rendered. */
interface Checked {
  type: string;
  action_id?: string;
  text?: { text: string };
  value?: string;
  placeholder?: { text: string };
  options?: Array<{ text: { text: string }; value?: string }>;
}

const textOf = (t: TextLike['text']): string => (typeof t === 'string' ? t : (t?.text ?? ''));

export function limitProblems(message: SlackMessage): LimitProblem[] {
  const problems: LimitProblem[] = [];
  const over = (limit: SlackLimit, where: string, size: number) => {
    if (size > SLACK_LIMITS[limit]) problems.push({ limit, where, detail: `${size} > ${SLACK_LIMITS[limit]}` });
  };
  const empty = (where: string, text: string) => {
    if (text.trim().length === 0) problems.push({ limit: 'non-empty', where, detail: 'empty text' });
  };
  const actionIds = new Set<string>();
  const actionId = (where: string, id: string | undefined) => {
    if (!id) return problems.push({ limit: 'non-empty', where, detail: 'no action_id' });
    over('actionId', where, id.length);
    if (actionIds.has(id)) problems.push({ limit: 'unique', where, detail: `action_id ${id} repeats` });
    actionIds.add(id);
    return undefined;
  };

  const element = (where: string, e: Checked) => {
    if (e.type === 'button') {
      over('buttonText', where, e.text?.text.length ?? 0);
      empty(where, e.text?.text ?? '');
      over('buttonValue', where, e.value?.length ?? 0);
      actionId(where, e.action_id);
    } else if (e.type === 'static_select' || e.type === 'multi_static_select') {
      actionId(where, e.action_id);
      over('placeholderText', where, e.placeholder?.text.length ?? 0);
      const options = e.options ?? [];
      over('selectOptions', where, options.length);
      if (options.length === 0) problems.push({ limit: 'non-empty', where, detail: 'no options' });
      options.forEach((o, j) => {
        over('optionText', `${where}.options[${j}]`, o.text.text.length);
        over('optionValue', `${where}.options[${j}]`, o.value?.length ?? 0);
      });
    }
  };

  over('fallbackText', 'text', message.text.length);
  empty('text', message.text);
  over('blocksPerMessage', 'blocks', message.blocks.length);
  const blockIds = new Set<string>();

  message.blocks.forEach((block, b) => {
    const at = `blocks[${b}] (${block.type})`;
    if (block.block_id !== undefined) {
      over('blockId', at, block.block_id.length);
      if (blockIds.has(block.block_id)) problems.push({ limit: 'unique', where: at, detail: `block_id ${block.block_id} repeats` });
      blockIds.add(block.block_id);
    }
    switch (block.type) {
      case 'header':
        over('headerText', at, block.text.text.length);
        empty(at, block.text.text);
        break;
      case 'section': {
        const fields = block.fields ?? [];
        if (!block.text && fields.length === 0) problems.push({ limit: 'non-empty', where: at, detail: 'neither text nor fields' });
        if (block.text) {
          over('sectionText', at, block.text.text.length);
          empty(at, block.text.text);
        }
        over('sectionFields', at, fields.length);
        fields.forEach((f, i) => {
          over('fieldText', `${at}.fields[${i}]`, f.text.length);
          empty(`${at}.fields[${i}]`, f.text);
        });
        if (block.accessory) element(`${at}.accessory (${block.accessory.type})`, block.accessory as Checked);
        break;
      }
      case 'context':
        over('contextElements', at, block.elements.length);
        block.elements.forEach((e, i) => {
          const text = textOf((e as TextLike).text);
          over('contextText', `${at}.elements[${i}]`, text.length);
          empty(`${at}.elements[${i}]`, text);
        });
        break;
      case 'actions':
        over('actionsElements', at, block.elements.length);
        block.elements.forEach((e, i) => element(`${at}.elements[${i}] (${e.type})`, e as Checked));
        break;
      case 'divider':
        break;
    }
  });
  return problems;
}
