/**
 * Checks a message or view body against Slack's Block Kit rules
 * (slack-block-rules.ts) and answers as Slack does: the error code, and one
 * line per problem with a JSON pointer to where it is, like Slack's
 * `"must be less than 151 characters [json-pointer:/blocks/0/text/text]"`.
 */
import { BLOCKS, ELEMENTS, LIMITS, PAGES, type Rule, type Shape, type Slot, TEXT_OBJECTS, type TextType } from './slack-block-rules.js';

export interface Refusal {
  /** invalid_blocks for the blocks; no_text or invalid_arguments for the top-level text alone. */
  error: 'invalid_blocks' | 'no_text' | 'invalid_arguments';
  errors: string[];
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isTextType = (type: unknown): type is TextType => type === 'plain_text' || type === 'mrkdwn';
const SLOT_NAMES: Record<Slot, string> = { section: "a section's accessory", actions: 'an actions block', input: 'an input block', context: 'a context block' };

class Checker {
  readonly errors: string[] = [];

  fail(path: string, message: string): void {
    this.errors.push(`${message} [json-pointer:${path}]`);
  }

  rule(value: unknown, rule: Rule, path: string): void {
    switch (rule.kind) {
      case 'string':
        if (typeof value !== 'string') return this.fail(path, 'must provide a string');
        if (value.length < (rule.min ?? 0)) this.fail(path, `must be more than ${(rule.min ?? 0) - 1} characters`);
        if (value.length > rule.max) this.fail(path, `must be less than ${rule.max + 1} characters`);
        if (rule.oneOf && !rule.oneOf.includes(value)) this.fail(path, `must be one of ${rule.oneOf.join(', ')}`);
        return;
      case 'boolean':
        if (typeof value !== 'boolean') this.fail(path, 'must provide a boolean');
        return;
      case 'integer':
        if (!Number.isInteger(value)) return this.fail(path, 'must provide an integer');
        if (rule.min !== undefined && (value as number) < rule.min) this.fail(path, `must be at least ${rule.min}`);
        if (rule.max !== undefined && (value as number) > rule.max) this.fail(path, `must be at most ${rule.max}`);
        return;
      case 'text':
        return this.textObject(value, path, rule.max, rule.only);
      case 'list':
        if (!Array.isArray(value)) return this.fail(path, 'must provide an array');
        if (value.length < rule.min) this.fail(path, `must provide at least ${rule.min} items`);
        if (value.length > rule.max) this.fail(path, `must provide no more than ${rule.max} items`);
        value.forEach((item, i) => this.rule(item, rule.of, `${path}/${i}`));
        return;
      case 'element':
        return this.element(value, path, rule.slot);
      case 'shape':
        return this.shape(value, path, rule.shape, false);
      case 'opaque':
        return;
    }
  }

  /** The fields of an object: each known and valid, the required ones present. `typed`: its `type` was checked by the caller. */
  shape(value: unknown, path: string, shape: Shape, typed: boolean): void {
    if (!isObject(value)) return this.fail(path, 'must provide an object');
    for (const [key, field] of Object.entries(value)) {
      if (typed && key === 'type') continue;
      const rule = shape.fields[key];
      if (!rule) this.fail(`${path}/${key}`, `invalid additional property: ${key} (${shape.page})`);
      else this.rule(field, rule, `${path}/${key}`);
    }
    for (const key of shape.required ?? []) if (value[key] === undefined) this.fail(path, `missing required field: ${key} (${shape.page})`);
    if (shape.anyOf && !shape.anyOf.some((key) => value[key] !== undefined)) this.fail(path, `must define either ${shape.anyOf.map((k) => `\`${k}\``).join(' or ')} (${shape.page})`);
    if (shape.oneOf && shape.oneOf.filter((key) => value[key] !== undefined).length !== 1) this.fail(path, `must define exactly one of ${shape.oneOf.join(', ')} (${shape.page})`);
  }

  textObject(value: unknown, path: string, max: number, only?: TextType): void {
    if (!isObject(value)) return this.fail(path, 'must provide a text object');
    if (!isTextType(value.type)) return this.fail(`${path}/type`, `must be plain_text or mrkdwn (${PAGES.text})`);
    if (only && value.type !== only) return this.fail(`${path}/type`, `must be a ${only} text object`);
    this.shape(value, path, TEXT_OBJECTS[value.type], true);
    if (typeof value.text === 'string' && value.text.length > max) this.fail(`${path}/text`, `must be less than ${max + 1} characters`);
  }

  element(value: unknown, path: string, slot: Slot): void {
    if (!isObject(value)) return this.fail(path, 'must provide an object');
    // A context block holds text objects beside image elements.
    if (slot === 'context' && isTextType(value.type)) return this.textObject(value, path, 3000);
    const rule = ELEMENTS[String(value.type)];
    if (!rule) return this.fail(`${path}/type`, `unsupported type: ${String(value.type)}`);
    if (!rule.worksWith.includes(slot)) return this.fail(`${path}/type`, `${String(value.type)} is not allowed in ${SLOT_NAMES[slot]}; it works with ${rule.worksWith.join(', ')} (${rule.page})`);
    this.shape(value, path, rule, true);
  }

  block(value: unknown, path: string): void {
    if (!isObject(value)) return this.fail(path, 'must provide an object');
    const rule = BLOCKS[String(value.type)];
    if (!rule) return this.fail(`${path}/type`, `unsupported type: ${String(value.type)} (${PAGES.blocks})`);
    this.shape(value, path, rule, true);
  }

  /** "block_id should be unique for each message"; action_id "should be unique among all other action_ids in the containing block". */
  identifiers(blocks: unknown[]): void {
    const blockIds = new Set<string>();
    blocks.forEach((block, b) => {
      if (!isObject(block)) return;
      if (typeof block.block_id === 'string') {
        if (blockIds.has(block.block_id)) this.fail(`/blocks/${b}/block_id`, `duplicate block_id: ${block.block_id}`);
        blockIds.add(block.block_id);
      }
      const elements = [...(Array.isArray(block.elements) ? block.elements : []), ...(block.accessory ? [block.accessory] : []), ...(block.element ? [block.element] : [])];
      const actionIds = new Set<string>();
      elements.forEach((element, e) => {
        if (!isObject(element) || typeof element.action_id !== 'string') return;
        if (actionIds.has(element.action_id)) this.fail(`/blocks/${b}/elements/${e}/action_id`, `duplicate action_id: ${element.action_id}`);
        actionIds.add(element.action_id);
      });
    });
  }

  /** Every string anywhere in the blocks must be well-formed UTF-16: a lone surrogate cannot be sent as UTF-8. */
  wellFormed(value: unknown, path: string): void {
    if (typeof value === 'string') {
      if (!value.isWellFormed()) this.fail(path, 'must be well-formed Unicode (it holds a lone surrogate)');
    } else if (Array.isArray(value)) value.forEach((item, i) => this.wellFormed(item, `${path}/${i}`));
    else if (isObject(value)) for (const [key, item] of Object.entries(value)) this.wellFormed(item, `${path}/${key}`);
  }
}

/** The problems of a list of blocks on a surface (a message holds 50 blocks, a modal or Home tab 100). */
export function blockProblems(blocks: unknown, surface: 'message' | 'view'): string[] {
  const check = new Checker();
  if (!Array.isArray(blocks)) {
    check.fail('/blocks', 'must provide an array');
    return check.errors;
  }
  const max = surface === 'message' ? LIMITS.blocksPerMessage : LIMITS.blocksPerView;
  if (blocks.length > max) check.fail('/blocks', `must provide no more than ${max} items (${PAGES.blocks})`);
  blocks.forEach((block, i) => check.block(block, `/blocks/${i}`));
  if (blocks.filter((b) => isObject(b) && b.type === 'table').length > LIMITS.tablesPerMessage) check.fail('/blocks', `only one table block per message (${PAGES.table})`);
  check.identifiers(blocks);
  check.wellFormed(blocks, '/blocks');
  return check.errors;
}

/**
 * How Slack answers a message body (chat.postMessage, chat.update,
 * chat.postEphemeral, a response_url, a slash command's ack): undefined when
 * it is accepted. A message with blocks must also carry a non-empty `text`:
 * Slack itself only warns (missing_text), but that text is all a
 * notification or a screen reader shows (PAGES.postMessage), so the fake is
 * stricter here and refuses with no_text.
 */
export function messageRefusal(body: { text?: unknown; blocks?: unknown }): Refusal | undefined {
  const hasBlocks = Array.isArray(body.blocks) && body.blocks.length > 0;
  if (body.blocks !== undefined) {
    const errors = blockProblems(body.blocks, 'message');
    if (errors.length > 0) return { error: 'invalid_blocks', errors };
  }
  const text = typeof body.text === 'string' ? body.text : '';
  if (!text.isWellFormed()) return { error: 'invalid_arguments', errors: ['must be well-formed Unicode (it holds a lone surrogate) [json-pointer:/text]'] };
  if (text.trim().length === 0) return { error: 'no_text', errors: [hasBlocks ? 'a message with blocks needs a fallback text [json-pointer:/text]' : 'no text and no blocks [json-pointer:/text]'] };
  return undefined;
}

/**
 * How Slack answers views.open / push / update / publish: the blocks, and a
 * modal's title, submit and close (plain_text, up to 24 characters; title
 * required), callback_id (255) and private_metadata (3000)
 * (https://docs.slack.dev/reference/views/modal-views, .../home-tab-views).
 */
export function viewRefusal(view: unknown): Refusal | undefined {
  if (!isObject(view)) return { error: 'invalid_arguments', errors: ['must provide a view object [json-pointer:/view]'] };
  const errors = blockProblems(view.blocks, 'view').map((e) => e.replace('[json-pointer:/blocks', '[json-pointer:/view/blocks'));
  if (view.type !== 'modal' && view.type !== 'home') errors.push('must be a modal or home view [json-pointer:/view/type]');
  const check = new Checker();
  if (view.type === 'modal') {
    if (view.title === undefined) check.fail('/view/title', 'is required for a modal');
    for (const key of ['title', 'submit', 'close'] as const) if (view[key] !== undefined) check.textObject(view[key], `/view/${key}`, 24, 'plain_text');
  }
  if (typeof view.callback_id === 'string' && view.callback_id.length > 255) check.fail('/view/callback_id', 'must be at most 255 characters');
  if (typeof view.private_metadata === 'string' && view.private_metadata.length > 3000) check.fail('/view/private_metadata', 'must be at most 3000 characters');
  errors.push(...check.errors);
  return errors.length > 0 ? { error: 'invalid_blocks', errors } : undefined;
}
