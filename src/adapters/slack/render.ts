/**
 * The neutral card as a Slack message: Block Kit blocks plus the `text`
 * fallback that notifications and screen readers show. A pure function that
 * stays within SLACK_LIMITS for every card: long text is split or shortened
 * with an ellipsis, never sent over a limit (Slack would reject the message).
 */
import type { types } from '@slack/bolt';
import { type Action, type Block, type Card, type ReplyDocument, type TableRow } from '../../core/index.js';
import { cellText, gridLayout, gridLines } from '../kit/grid.js';
import { SLACK_LIMITS as LIMIT } from './limits.js';
import { bold, channelLink, escapeEntities, escapeMrkdwn, neutraliseBroadcasts, splitText, truncate } from './text.js';

export type SlackBlock = types.HeaderBlock | types.SectionBlock | types.ContextBlock | types.DividerBlock | types.ActionsBlock;

export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

type ActionElement = types.Button | types.StaticSelect | types.MultiStaticSelect;

/** A grid wider than this wraps on phones and narrow windows; such tables are laid out as fields. */
const GRID_MAX_WIDTH = 60;
const SHORTENED_NOTE = '… shortened to fit in Slack';

/**
 * Text people typed may hold half an emoji (a lone surrogate): Slack cannot
 * take it, and the Web API client throws on it before sending. Every text
 * object and fallback is made well-formed (U+FFFD in its place), which keeps
 * its length.
 */
const wellFormed = (text: string) => text.toWellFormed();
/** Card text is plain and may come from users: verbatim keeps Slack from parsing mentions and names in it (escapeMrkdwn explains). */
const mrkdwn = (text: string): types.MrkdwnElement => ({ type: 'mrkdwn', text: wellFormed(text), verbatim: true });
const plain = (text: string, max: number): types.PlainTextElement => ({ type: 'plain_text', text: wellFormed(truncate(neutraliseBroadcasts(text), max)), emoji: true });

/** A heading line above escaped body text; empty when both are blank. */
const headed = (heading: string | undefined, body: string) => [heading ? bold(heading) : '', body].filter((part) => part.trim()).join('\n');

function sections(text: string): SlackBlock[] {
  return splitText(text, LIMIT.sectionText).map((piece) => ({ type: 'section', text: mrkdwn(piece) }));
}

function fieldSections(heading: string | undefined, fields: string[]): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  const shown = fields.filter((f) => f.trim());
  for (let i = 0; i < shown.length; i += LIMIT.sectionFields) {
    const chunk = shown.slice(i, i + LIMIT.sectionFields).map((f) => mrkdwn(truncate(f, LIMIT.fieldText)));
    const title = i === 0 && heading ? bold(heading) : '';
    blocks.push(title ? { type: 'section', text: mrkdwn(truncate(title, LIMIT.sectionText)), fields: chunk } : { type: 'section', fields: chunk });
  }
  if (blocks.length === 0 && heading) blocks.push(...sections(bold(heading)));
  return blocks;
}

/** Inside a code block only entities and backticks matter: mrkdwn formatting is off there. */
const codeSafe = (text: string) => escapeEntities(text).replace(/`/g, '\u02CB');

/** A monospace grid, or undefined when it would be too wide to read. */
function grid(columns: string[], rows: TableRow[]): string[] | undefined {
  const layout = gridLayout(columns, rows);
  if (layout.width > GRID_MAX_WIDTH) return undefined;
  return gridLines(columns, rows, layout).map(codeSafe);
}

function gridSection(heading: string | undefined, lines: string[]): SlackBlock[] {
  const top = heading ? `${bold(heading)}\n` : '';
  const room = LIMIT.sectionText - top.length - '```\n\n```'.length - SHORTENED_NOTE.length - 1;
  const kept: string[] = [];
  let size = 0;
  for (const l of lines) {
    if (size + l.length + 1 > room) {
      kept.push('…');
      break;
    }
    kept.push(l);
    size += l.length + 1;
  }
  return [{ type: 'section', text: mrkdwn(truncate(`${top}\`\`\`\n${kept.join('\n')}\n\`\`\``, LIMIT.sectionText)) }];
}

/** One field per row, one line per column: readable in Slack's two-column field layout, even for four frameworks. */
function rowFields(columns: string[], rows: TableRow[]): string[] {
  return rows.map((r) => [bold(r.label), ...columns.map((c, i) => `${escapeMrkdwn(c)}: ${escapeMrkdwn(cellText(r, i))}`)].filter((line) => line.trim()).join('\n'));
}

function tableBlocks(heading: string | undefined, columns: string[], rows: TableRow[]): SlackBlock[] {
  const lines = grid(columns, rows);
  return lines ? gridSection(heading, lines) : fieldSections(heading, rowFields(columns, rows));
}

function notesBlock(items: string[]): SlackBlock[] {
  const pieces = splitText(items.map(escapeMrkdwn).join('\n'), LIMIT.contextText);
  if (pieces.length === 0) return [];
  const kept = pieces.slice(0, LIMIT.contextElements);
  if (pieces.length > kept.length) kept[kept.length - 1] = truncate(`${kept[kept.length - 1]!}\n${SHORTENED_NOTE}`, LIMIT.contextText);
  return [{ type: 'context', elements: kept.map(mrkdwn) }];
}

function contentBlocks(block: Block): SlackBlock[] {
  switch (block.type) {
    case 'text':
      return sections(headed(block.heading, escapeMrkdwn(block.text)));
    case 'list':
      return sections(headed(block.heading, block.items.map((item) => `• ${escapeMrkdwn(item)}`).join('\n')));
    case 'channel-items':
      // The link leads each line: splitText breaks between lines (or spaces), never inside the <#C123> markup.
      return sections(headed(block.heading, block.items.map((item) => `• ${channelLink(item.channel)} · ${escapeMrkdwn(item.text)}`).join('\n')));
    case 'fields':
      return fieldSections(
        block.heading,
        block.fields.map((f) => headed(f.label, escapeMrkdwn(f.value))),
      );
    case 'table':
      return tableBlocks(block.heading, block.columns, block.rows);
    case 'notes':
      return notesBlock(block.items);
    case 'divider':
      return [{ type: 'divider' }];
  }
}

function actionElement(action: Action): ActionElement | undefined {
  if (action.type === 'button') {
    if (!action.label.trim()) return undefined;
    return {
      type: 'button',
      text: plain(action.label, LIMIT.buttonText),
      action_id: action.id,
      // The value repeats the action id, so a click is understood from either.
      value: action.id,
      ...(action.style ? { style: action.style } : {}),
    };
  }
  // An option value is the answer itself: cutting it would send a different answer, so an overlong one is left out.
  const options = action.options
    .filter((o) => o.value.length > 0 && o.value.length <= LIMIT.optionValue && o.label.trim())
    .slice(0, LIMIT.selectOptions)
    .map((o) => ({ text: plain(o.label, LIMIT.optionText), value: o.value }));
  if (options.length === 0) return undefined;
  const placeholder = plain(action.placeholder.trim() || '…', LIMIT.placeholderText);
  if (action.maxChoices !== undefined && action.maxChoices > 1) {
    return { type: 'multi_static_select', action_id: action.id, placeholder, options, max_selected_items: action.maxChoices };
  }
  return { type: 'static_select', action_id: action.id, placeholder, options };
}

/**
 * Multi-select menus work only as a section's accessory or in an input block
 * (Slack's multi-select menu element reference, "Works with blocks: Section,
 * Input"): inside an actions block Slack refuses the whole message with
 * invalid_blocks. Each one gets a section of its own, its placeholder as the
 * text beside it; every other element goes in actions blocks, in card order.
 */
function placeElements(elements: ActionElement[]): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  let row: ActionElement[] = [];
  const flush = () => {
    for (let i = 0; i < row.length; i += LIMIT.actionsElements) blocks.push({ type: 'actions', elements: row.slice(i, i + LIMIT.actionsElements) });
    row = [];
  };
  for (const element of elements) {
    if (element.type !== 'multi_static_select') {
      row.push(element);
      continue;
    }
    flush();
    blocks.push({ type: 'section', text: mrkdwn(escapeMrkdwn(element.placeholder?.text ?? '…')), accessory: element });
  }
  flush();
  return blocks;
}

function actionBlocks(actions: readonly Action[]): SlackBlock[] {
  const seen = new Set<string>();
  const elements: ActionElement[] = [];
  for (const action of actions) {
    // Slack rejects a message whose action ids repeat or run long; such an action could not be answered anyway.
    if (action.id.length === 0 || action.id.length > LIMIT.actionId || seen.has(action.id)) continue;
    const element = actionElement(action);
    if (!element) continue;
    seen.add(action.id);
    elements.push(element);
  }
  return placeElements(elements);
}

/** Keeps at most `room` blocks, the last of them saying that the rest was left out. */
function fit(blocks: SlackBlock[], room: number): SlackBlock[] {
  if (blocks.length <= room) return blocks;
  if (room <= 0) return [];
  return [...blocks.slice(0, room - 1), { type: 'context', elements: [mrkdwn(SHORTENED_NOTE)] }];
}

export function cardToBlocks(card: Card): SlackMessage {
  const header: SlackBlock[] = card.title.trim() ? [{ type: 'header', text: plain(card.title, LIMIT.headerText) }] : [];
  const subtitle = card.subtitle ? notesBlock([card.subtitle]) : [];
  const top = [...header, ...subtitle];
  // Buttons are what people act on: they are kept, and the body is shortened instead.
  const actions = actionBlocks(card.actions).slice(0, Math.max(0, LIMIT.blocksPerMessage - top.length - 1));
  const body = fit(card.blocks.flatMap(contentBlocks), LIMIT.blocksPerMessage - top.length - actions.length);
  // Slack refuses an empty text; a card with no words at all still gets a visible mark.
  const text = wellFormed(truncate(escapeMrkdwn(card.fallback.trim() || card.title.trim() || '…'), LIMIT.fallbackText));
  return { text, blocks: [...top, ...body, ...actions] };
}

/**
 * A document (the decision record) as a message, for when it cannot be
 * uploaded as a file: its name, then its text in code blocks, cut at line
 * breaks to fit each section.
 */
export function documentToBlocks(document: ReplyDocument): SlackMessage {
  const fence = '```';
  const room = LIMIT.sectionText - 2 * fence.length - 2;
  // An archive cannot be read as text; its files can.
  const text = document.files ? document.files.map((f) => `${f.filename}\n\n${f.text}`).join('\n') : document.text;
  const pieces = splitText(codeSafe(text), room).map((piece) => `${fence}\n${piece}\n${fence}`);
  const body: SlackBlock[] = pieces.map((piece) => ({ type: 'section', text: mrkdwn(piece) }));
  const title = truncate(bold(document.filename), LIMIT.sectionText);
  return {
    text: wellFormed(truncate(escapeMrkdwn(document.filename.trim() || '…'), LIMIT.fallbackText)),
    blocks: [{ type: 'section', text: mrkdwn(title || '…') }, ...fit(body, LIMIT.blocksPerMessage - 1)],
  };
}
