/**
 * Slack's Block Kit rules as data, written from Slack's reference pages (each
 * rule names its page), in the spirit of discord.js builders' Assertions.ts.
 * The fake Slack checks every message, view and response_url body against
 * these (slack-block-kit.ts) and refuses what real Slack refuses, so a test
 * cannot pass with a payload Slack would answer with invalid_blocks.
 *
 * Lengths are counted in UTF-16 code units (String.length): never fewer than
 * the characters Slack counts, so the fake is never more lenient than Slack.
 */

const DOCS = 'https://docs.slack.dev/reference/block-kit';
export const PAGES = {
  blocks: `${DOCS}/blocks`,
  section: `${DOCS}/blocks/section-block`,
  actions: `${DOCS}/blocks/actions-block`,
  context: `${DOCS}/blocks/context-block`,
  header: `${DOCS}/blocks/header-block`,
  divider: `${DOCS}/blocks/divider-block`,
  image: `${DOCS}/blocks/image-block`,
  input: `${DOCS}/blocks/input-block`,
  richText: `${DOCS}/blocks/rich-text-block`,
  table: `${DOCS}/blocks/table-block`,
  button: `${DOCS}/block-elements/button-element`,
  select: `${DOCS}/block-elements/select-menu-element`,
  multiSelect: `${DOCS}/block-elements/multi-select-menu-element`,
  overflow: `${DOCS}/block-elements/overflow-menu-element`,
  imageElement: `${DOCS}/block-elements/image-element`,
  checkboxes: `${DOCS}/block-elements/checkboxes-element`,
  radio: `${DOCS}/block-elements/radio-button-group-element`,
  datepicker: `${DOCS}/block-elements/date-picker-element`,
  timepicker: `${DOCS}/block-elements/time-picker-element`,
  textInput: `${DOCS}/block-elements/plain-text-input-element`,
  text: `${DOCS}/composition-objects/text-object`,
  option: `${DOCS}/composition-objects/option-object`,
  optionGroup: `${DOCS}/composition-objects/option-group-object`,
  confirm: `${DOCS}/composition-objects/confirmation-dialog-object`,
  postMessage: 'https://docs.slack.dev/reference/methods/chat.postMessage',
} as const;

/** Where an element is placed: a section's accessory, an actions block, an input block, a context block. */
export type Slot = 'section' | 'actions' | 'input' | 'context';
export type TextType = 'plain_text' | 'mrkdwn';

export type Rule =
  | { kind: 'string'; max: number; min?: number; oneOf?: readonly string[] }
  | { kind: 'boolean' }
  | { kind: 'integer'; min?: number; max?: number }
  /** A text object (composition object), of one type only when `only` is set. */
  | { kind: 'text'; max: number; only?: TextType }
  | { kind: 'list'; of: Rule; min: number; max: number }
  /** A block element that must work in this slot. */
  | { kind: 'element'; slot: Slot }
  | { kind: 'shape'; shape: Shape }
  /** Allowed and not checked further (a rich text tree, a Slack file reference). */
  | { kind: 'opaque' };

export interface Shape {
  /** The reference page the rule is written from. */
  page: string;
  fields: Record<string, Rule>;
  required?: readonly string[];
  /** At least one of these must be present. */
  anyOf?: readonly string[];
  /** Exactly one of these must be present. */
  oneOf?: readonly string[];
}

export interface ElementShape extends Shape {
  /** The blocks the element "works with", from its reference page. */
  worksWith: readonly Slot[];
}

const str = (max: number, min = 0): Rule => ({ kind: 'string', max, min });
const text = (max: number, only?: TextType): Rule => ({ kind: 'text', max, ...(only ? { only } : {}) });
const list = (of: Rule, min: number, max: number): Rule => ({ kind: 'list', of, min, max });
const bool: Rule = { kind: 'boolean' };
const opaque: Rule = { kind: 'opaque' };

/** "Maximum length for this field is 255 characters" (every block's block_id). */
const BLOCK_ID = str(255, 1);
/** "Maximum length is 255 characters" (every interactive element's action_id). */
const ACTION_ID = str(255, 1);

export const LIMITS = {
  /** "You can include up to 50 blocks in each message, and 100 blocks in modals or Home tabs." (PAGES.blocks) */
  blocksPerMessage: 50,
  blocksPerView: 100,
  /** "Maximum of one table block per message" (PAGES.table). */
  tablesPerMessage: 1,
} as const;

/** Text objects: type plain_text or mrkdwn, text 1-3000; `emoji` only on plain_text, `verbatim` only on mrkdwn (PAGES.text). */
export const TEXT_OBJECTS: Record<TextType, Shape> = {
  plain_text: { page: PAGES.text, fields: { text: str(3000, 1), emoji: bool }, required: ['text'] },
  mrkdwn: { page: PAGES.text, fields: { text: str(3000, 1), verbatim: bool }, required: ['text'] },
};

/** Option: text plain_text up to 75 for selects and overflow menus, value up to 150, description up to 75; url only in overflow menus (PAGES.option). */
const OPTION: Shape = { page: PAGES.option, fields: { text: text(75, 'plain_text'), value: str(150, 1), description: text(75, 'plain_text') }, required: ['text', 'value'] };
const OVERFLOW_OPTION: Shape = { ...OPTION, fields: { ...OPTION.fields, url: str(3000, 1) } };
/** Checkboxes and radio buttons may use mrkdwn option text (PAGES.option). */
const CHOICE_OPTION: Shape = { ...OPTION, fields: { ...OPTION.fields, text: text(75) } };
/** Option group: label plain_text up to 75, 1-100 options (PAGES.optionGroup). */
const OPTION_GROUP: Shape = { page: PAGES.optionGroup, fields: { label: text(75, 'plain_text'), options: list({ kind: 'shape', shape: OPTION }, 1, 100) }, required: ['label', 'options'] };
/** Confirmation dialog: title 100, text 300, confirm and deny 30, all plain_text (PAGES.confirm). */
const CONFIRM: Rule = {
  kind: 'shape',
  shape: {
    page: PAGES.confirm,
    fields: { title: text(100, 'plain_text'), text: text(300, 'plain_text'), confirm: text(30, 'plain_text'), deny: text(30, 'plain_text'), style: { kind: 'string', max: 7, oneOf: ['primary', 'danger'] } },
    required: ['title', 'text', 'confirm', 'deny'],
  },
};

const option = (shape: Shape): Rule => ({ kind: 'shape', shape });
const selectFields = {
  action_id: ACTION_ID,
  placeholder: text(150, 'plain_text'),
  options: list(option(OPTION), 1, 100),
  option_groups: list(option(OPTION_GROUP), 1, 100),
  confirm: CONFIRM,
  focus_on_load: bool,
};

export const ELEMENTS: Record<string, ElementShape> = {
  /** Button: text plain_text up to 75, value 2000, url 3000, style primary or danger; works with Section, Actions. */
  button: {
    page: PAGES.button,
    worksWith: ['section', 'actions'],
    fields: { text: text(75, 'plain_text'), action_id: ACTION_ID, url: str(3000, 1), value: str(2000, 1), style: { kind: 'string', max: 7, oneOf: ['primary', 'danger'] }, confirm: CONFIRM, accessibility_label: str(75, 1) },
    required: ['text'],
  },
  /** Select menu of static options: placeholder 150, up to 100 options or option groups; works with Section, Actions, Input. */
  static_select: { page: PAGES.select, worksWith: ['section', 'actions', 'input'], fields: { ...selectFields, initial_option: option(OPTION) }, oneOf: ['options', 'option_groups'] },
  /**
   * Multi-select menu of static options: works with Section and Input only.
   * (docs.slack.dev's actions-block page now lists multi-select menus too, but
   * Slack refuses them there with invalid_blocks: slackapi/java-slack-sdk#680,
   * slackapi/python-slack-sdk#1631, slackapi/node-slack-sdk#1299.)
   */
  multi_static_select: {
    page: PAGES.multiSelect,
    worksWith: ['section', 'input'],
    fields: { ...selectFields, initial_options: list(option(OPTION), 1, 100), max_selected_items: { kind: 'integer', min: 1 } },
    oneOf: ['options', 'option_groups'],
  },
  /** Select menu of conversations: placeholder 150; works with Section, Actions, Input (same page as static_select). */
  conversations_select: {
    page: PAGES.select,
    worksWith: ['section', 'actions', 'input'],
    fields: { action_id: ACTION_ID, placeholder: text(150, 'plain_text'), initial_conversation: str(64, 1), default_to_current_conversation: bool, confirm: CONFIRM, response_url_enabled: bool, filter: opaque, focus_on_load: bool },
  },
  /** Overflow menu: 1-5 options (which may carry a url); works with Section, Actions. */
  overflow: { page: PAGES.overflow, worksWith: ['section', 'actions'], fields: { action_id: ACTION_ID, options: list(option(OVERFLOW_OPTION), 1, 5), confirm: CONFIRM }, required: ['options'] },
  /** Image element: alt_text required, image_url (3000) or slack_file; works with Section, Context. */
  image: { page: PAGES.imageElement, worksWith: ['section', 'context'], fields: { alt_text: str(2000, 1), image_url: str(3000, 1), slack_file: opaque }, required: ['alt_text'], oneOf: ['image_url', 'slack_file'] },
  /** Checkboxes and radio buttons: up to 10 options; work with Section, Actions, Input. */
  checkboxes: { page: PAGES.checkboxes, worksWith: ['section', 'actions', 'input'], fields: { action_id: ACTION_ID, options: list(option(CHOICE_OPTION), 1, 10), initial_options: list(option(CHOICE_OPTION), 1, 10), confirm: CONFIRM, focus_on_load: bool }, required: ['options'] },
  radio_buttons: { page: PAGES.radio, worksWith: ['section', 'actions', 'input'], fields: { action_id: ACTION_ID, options: list(option(CHOICE_OPTION), 1, 10), initial_option: option(CHOICE_OPTION), confirm: CONFIRM, focus_on_load: bool }, required: ['options'] },
  datepicker: { page: PAGES.datepicker, worksWith: ['section', 'actions', 'input'], fields: { action_id: ACTION_ID, initial_date: str(10, 10), placeholder: text(150, 'plain_text'), confirm: CONFIRM, focus_on_load: bool } },
  timepicker: { page: PAGES.timepicker, worksWith: ['section', 'actions', 'input'], fields: { action_id: ACTION_ID, initial_time: str(5, 5), placeholder: text(150, 'plain_text'), confirm: CONFIRM, focus_on_load: bool, timezone: str(64, 1) } },
  /** Plain-text input: works with Input only. */
  plain_text_input: {
    page: PAGES.textInput,
    worksWith: ['input'],
    fields: { action_id: ACTION_ID, initial_value: str(3000, 1), multiline: bool, min_length: { kind: 'integer', min: 0, max: 3000 }, max_length: { kind: 'integer', min: 1, max: 3000 }, placeholder: text(150, 'plain_text'), focus_on_load: bool, dispatch_action_config: opaque },
  },
};

export const BLOCKS: Record<string, Shape> = {
  /** Section: text 1-3000, or up to 10 fields of up to 2000 each; one accessory element. */
  section: { page: PAGES.section, fields: { block_id: BLOCK_ID, text: text(3000), fields: list(text(2000), 1, 10), accessory: { kind: 'element', slot: 'section' }, expand: bool }, anyOf: ['text', 'fields'] },
  /** Actions: 1-25 interactive elements. */
  actions: { page: PAGES.actions, fields: { block_id: BLOCK_ID, elements: list({ kind: 'element', slot: 'actions' }, 1, 25) }, required: ['elements'] },
  /** Context: 1-10 image elements and text objects. */
  context: { page: PAGES.context, fields: { block_id: BLOCK_ID, elements: list({ kind: 'element', slot: 'context' }, 1, 10) }, required: ['elements'] },
  /** Header: plain_text only, up to 150. */
  header: { page: PAGES.header, fields: { block_id: BLOCK_ID, text: text(150, 'plain_text') }, required: ['text'] },
  divider: { page: PAGES.divider, fields: { block_id: BLOCK_ID } },
  /** Image: alt_text up to 2000, image_url up to 3000 or slack_file, title plain_text up to 2000. */
  image: { page: PAGES.image, fields: { block_id: BLOCK_ID, alt_text: str(2000, 1), image_url: str(3000, 1), slack_file: opaque, title: text(2000, 'plain_text') }, required: ['alt_text'], oneOf: ['image_url', 'slack_file'] },
  /** Input: label and hint plain_text up to 2000, one input element. */
  input: { page: PAGES.input, fields: { block_id: BLOCK_ID, label: text(2000, 'plain_text'), element: { kind: 'element', slot: 'input' }, hint: text(2000, 'plain_text'), optional: bool, dispatch_action: bool }, required: ['label', 'element'] },
  rich_text: { page: PAGES.richText, fields: { block_id: BLOCK_ID, elements: list(opaque, 1, 1000) }, required: ['elements'] },
  /** Table: up to 100 rows of up to 20 cells. */
  table: { page: PAGES.table, fields: { block_id: BLOCK_ID, rows: list(list(opaque, 1, 20), 1, 100), column_settings: list(opaque, 0, 20) }, required: ['rows'] },
};
