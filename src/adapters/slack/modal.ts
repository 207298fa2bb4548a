/**
 * A core form as a Slack modal (views.open), and a view_submission's state
 * read back as the form's values. Each field is an input block whose
 * block_id and action_id are the field's id, so Slack's per-field errors
 * (response_action: errors) land under the right question. Modal titles and
 * buttons are at most 24 characters (https://docs.slack.dev/reference/views).
 */
import type { types } from '@slack/bolt';
import type { Form, FormField, FormValues } from '../../core/index.js';
import { escapeMrkdwn, neutraliseBroadcasts, truncate } from './text.js';

const VIEW_TEXT = 24;
const LABEL = 2000;
const OPTION_TEXT = 75;
/** What a modal carries back to the submission: the private_metadata limit is 3000 characters. */
const METADATA = 3000;

const plain = (text: string, max: number) => ({ type: 'plain_text' as const, text: truncate(neutraliseBroadcasts(text), max), emoji: true });

function element(field: FormField): Record<string, unknown> {
  if (field.type === 'channel') {
    return {
      type: 'conversations_select',
      action_id: field.id,
      placeholder: plain('Choose a channel', 150),
      ...(field.initial ? { initial_conversation: field.initial } : {}),
      filter: { include: ['public', 'private'], exclude_bot_users: true },
    };
  }
  const options = field.options.map((o) => ({ text: plain(o.label, OPTION_TEXT), value: o.value }));
  const initial = options.filter((o) => field.initial.includes(o.value));
  if (field.max === 1) return { type: 'static_select', action_id: field.id, placeholder: plain('Choose one', 150), options, ...(initial[0] ? { initial_option: initial[0] } : {}) };
  return {
    type: 'multi_static_select',
    action_id: field.id,
    placeholder: plain('Choose', 150),
    options,
    max_selected_items: field.max,
    ...(initial.length > 0 ? { initial_options: initial } : {}),
  };
}

function inputBlock(field: FormField): Record<string, unknown> {
  return {
    type: 'input',
    block_id: field.id,
    label: plain(field.label, LABEL),
    element: element(field),
    optional: field.type === 'choice' ? field.optional : false,
    ...(field.hint ? { hint: plain(field.hint, LABEL) } : {}),
  };
}

export function formToModal(form: Form, privateMetadata: string): types.ModalView {
  const intro = form.intro ? [{ type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(form.intro), verbatim: true } }] : [];
  return {
    type: 'modal',
    callback_id: form.id,
    title: plain(form.title, VIEW_TEXT),
    submit: plain(form.submit, VIEW_TEXT),
    close: plain('Cancel', VIEW_TEXT),
    private_metadata: privateMetadata.slice(0, METADATA),
    blocks: [...intro, ...form.fields.map(inputBlock)],
  } as types.ModalView;
}

interface StateValue {
  type: string;
  selected_option?: { value: string } | null;
  selected_options?: Array<{ value: string }>;
  selected_conversation?: string | null;
}

/** The picked values per field (block_id), from view.state.values. */
export function formValues(state: Record<string, Record<string, StateValue>>): FormValues {
  const values: FormValues = {};
  for (const [blockId, actions] of Object.entries(state)) {
    const value = Object.values(actions)[0];
    if (!value) continue;
    if (value.selected_options) values[blockId] = value.selected_options.map((o) => o.value);
    else if (value.selected_option) values[blockId] = [value.selected_option.value];
    else if (value.selected_conversation) values[blockId] = [value.selected_conversation];
    else values[blockId] = [];
  }
  return values;
}
