/**
 * The fake Slack's Block Kit validator refuses what Slack refuses: the old
 * multi-select-in-actions step that stalled the guided flow, and the other
 * shapes Slack's reference rules out, over the Web API as Slack answers
 * (invalid_blocks with a pointer per problem) and over a response_url (400).
 */
import { webApi } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blockProblems, messageRefusal } from '../fakes/slack-block-kit.js';
import { FakeSlackApi } from '../fakes/slack-api.js';

const plain = (text: string) => ({ type: 'plain_text', text });
const mrkdwn = (text: string) => ({ type: 'mrkdwn', text });
const option = (label: string, value = label.toLowerCase()) => ({ text: plain(label), value });
const section = (text: string) => ({ type: 'section', text: mrkdwn(text) });

/** Step 2 of the guided flow as the bot rendered it before: Slack answered invalid_blocks. */
const OLD_LANGUAGES_STEP = [
  { type: 'header', text: { type: 'plain_text', text: '2/6 · Which languages can the team use?', emoji: true } },
  {
    type: 'actions',
    elements: [
      { type: 'multi_static_select', action_id: 'flow:abcdef123456:languages', placeholder: plain('Which languages can the team use?'), options: [option('Python'), option('Go')], max_selected_items: 3 },
      { type: 'button', text: plain('Skip'), action_id: 'flow:abcdef123456:languages:skip', value: 'flow:abcdef123456:languages:skip' },
    ],
  },
];

describe('the Block Kit rules', () => {
  it('refuse a multi-select menu in an actions block, and take it as a section accessory', () => {
    expect(blockProblems(OLD_LANGUAGES_STEP, 'message')).toEqual([expect.stringMatching(/^multi_static_select is not allowed in an actions block; it works with section, input .*\[json-pointer:\/blocks\/1\/elements\/0\/type\]$/)]);
    const fixed = [OLD_LANGUAGES_STEP[0], { ...section('Which languages can the team use?'), accessory: (OLD_LANGUAGES_STEP[1] as { elements: unknown[] }).elements[0] }, { type: 'actions', elements: [(OLD_LANGUAGES_STEP[1] as { elements: unknown[] }).elements[1]] }];
    expect(blockProblems(fixed, 'message')).toEqual([]);
  });

  it("accept the examples of Slack's reference pages", () => {
    // Actions block page, example 1; context block page example.
    const actions = { type: 'actions', block_id: 'actions1', elements: [{ type: 'static_select', placeholder: plain('Which witch is the witchiest witch?'), action_id: 'select_2', options: [option('Matilda'), option('Glinda')] }, { type: 'button', text: plain('Cancel'), value: 'cancel', action_id: 'button_1' }] };
    const context = { type: 'context', elements: [{ type: 'image', image_url: 'https://image.freepik.com/free-photo/red-drawing-pin_1156-445.jpg', alt_text: 'images' }, mrkdwn('Location: **Dogpatch**')] };
    expect(blockProblems([actions, context, { type: 'divider' }, { type: 'header', text: plain('A Heartfelt Header') }], 'message')).toEqual([]);
  });

  const bad: Array<[string, unknown[], RegExp]> = [
    ['emoji on mrkdwn', [{ type: 'section', text: { type: 'mrkdwn', text: 'x', emoji: true } }], /invalid additional property: emoji .*\/blocks\/0\/text\/emoji/],
    ['verbatim on plain_text', [{ type: 'section', text: { type: 'plain_text', text: 'x', verbatim: true } }], /invalid additional property: verbatim/],
    ['a text object without its type', [{ type: 'section', text: { text: 'x' } }], /must be plain_text or mrkdwn .*\/blocks\/0\/text\/type/],
    ['a mrkdwn header', [{ type: 'header', text: mrkdwn('x') }], /must be a plain_text text object/],
    ['a section with neither text nor fields', [{ type: 'section' }], /must define either `text` or `fields`/],
    ['an empty section text', [section('')], /must be more than 0 characters .*\/blocks\/0\/text\/text/],
    ['a section text over 3000', [section('x'.repeat(3001))], /must be less than 3001 characters/],
    ['eleven fields', [{ type: 'section', fields: Array.from({ length: 11 }, () => mrkdwn('f')) }], /no more than 10 items .*\/blocks\/0\/fields/],
    ['a field over 2000', [{ type: 'section', fields: [mrkdwn('x'.repeat(2001))] }], /must be less than 2001 characters/],
    ['a header over 150', [{ type: 'header', text: plain('x'.repeat(151)) }], /must be less than 151 characters/],
    ['a button label over 75', [{ type: 'actions', elements: [{ type: 'button', text: plain('x'.repeat(76)), action_id: 'a' }] }], /must be less than 76 characters/],
    ['a button style Slack does not know', [{ type: 'actions', elements: [{ type: 'button', text: plain('x'), action_id: 'a', style: 'secondary' }] }], /must be one of primary, danger/],
    ['an image element in an actions block', [{ type: 'actions', elements: [{ type: 'image', image_url: 'https://x.example/a.png', alt_text: 'a' }] }], /image is not allowed in an actions block/],
    ['a plain-text input as an accessory', [{ ...section('x'), accessory: { type: 'plain_text_input', action_id: 'a' } }], /plain_text_input is not allowed in a section's accessory/],
    ['an overflow menu with six options', [{ type: 'actions', elements: [{ type: 'overflow', action_id: 'o', options: ['a', 'b', 'c', 'd', 'e', 'f'].map((l) => option(l)) }] }], /no more than 5 items/],
    ['a select with 101 options', [{ type: 'actions', elements: [{ type: 'static_select', action_id: 's', placeholder: plain('p'), options: Array.from({ length: 101 }, (_, i) => option(`o${i}`)) }] }], /no more than 100 items/],
    ['an option label over 75', [{ type: 'actions', elements: [{ type: 'static_select', action_id: 's', placeholder: plain('p'), options: [option('x'.repeat(76), 'v')] }] }], /must be less than 76 characters/],
    ['twenty-six elements in an actions block', [{ type: 'actions', elements: Array.from({ length: 26 }, (_, i) => ({ type: 'button', text: plain('b'), action_id: `b${i}` })) }], /no more than 25 items/],
    ['eleven context elements', [{ type: 'context', elements: Array.from({ length: 11 }, () => mrkdwn('c')) }], /no more than 10 items/],
    ['a repeated block_id', [{ ...section('a'), block_id: 'x' }, { ...section('b'), block_id: 'x' }], /duplicate block_id: x/],
    ['a repeated action_id in one block', [{ type: 'actions', elements: [{ type: 'button', text: plain('a'), action_id: 'same' }, { type: 'button', text: plain('b'), action_id: 'same' }] }], /duplicate action_id: same/],
    ['an action_id over 255', [{ type: 'actions', elements: [{ type: 'button', text: plain('a'), action_id: 'x'.repeat(256) }] }], /must be less than 256 characters/],
    ['half an emoji', [section('cut \uD83D')], /must be well-formed Unicode .*\/blocks\/0\/text\/text/],
    ['fifty-one blocks', Array.from({ length: 51 }, () => ({ type: 'divider' })), /no more than 50 items/],
    ['a block type Slack does not have', [{ type: 'card_grid' }], /unsupported type: card_grid/],
    ['a typo in a field name', [{ type: 'section', txt: mrkdwn('x') }], /invalid additional property: txt/],
  ];

  it.each(bad)('refuse %s', (_, blocks, problem) => {
    const problems = blockProblems(blocks, 'message');
    expect(problems.some((p) => problem.test(p)), problems.join('\n')).toBe(true);
  });

  it('want a fallback text with blocks, well-formed', () => {
    expect(messageRefusal({ text: '', blocks: [section('x')] })).toEqual({ error: 'no_text', errors: [expect.stringContaining('fallback text')] });
    expect(messageRefusal({ text: 'ok \uDE00', blocks: [section('x')] })).toMatchObject({ error: 'invalid_arguments' });
    expect(messageRefusal({ text: 'ok', blocks: [section('x')] })).toBeUndefined();
    expect(messageRefusal({ text: 'only text' })).toBeUndefined();
  });
});

describe('the fake Slack', () => {
  let api: FakeSlackApi;
  beforeEach(async () => {
    api = await FakeSlackApi.start();
  });
  afterEach(async () => {
    await api.close();
  });

  it('answers chat.postMessage, chat.update, chat.postEphemeral and views.open with invalid_blocks, as Slack does', async () => {
    const quiet = { debug() {}, info() {}, warn() {}, error() {}, setLevel() {}, getLevel: () => webApi.LogLevel.ERROR, setName() {} };
    const client = new webApi.WebClient('xoxb-test', { slackApiUrl: api.apiUrl, retryConfig: { retries: 0 }, logger: quiet });
    const calls: Array<() => Promise<unknown>> = [
      () => client.chat.postMessage({ channel: 'C1', text: 'step 2', blocks: OLD_LANGUAGES_STEP as never }),
      () => client.chat.update({ channel: 'C1', ts: '1.0', text: 'step 2', blocks: OLD_LANGUAGES_STEP as never }),
      () => client.chat.postEphemeral({ channel: 'C1', user: 'U1', text: 'step 2', blocks: OLD_LANGUAGES_STEP as never }),
      () => client.views.open({ trigger_id: 't', view: { type: 'modal', title: plain('x') as never, blocks: OLD_LANGUAGES_STEP as never } }),
    ];
    for (const call of calls) {
      const error = await call().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(Error);
      expect((error as webApi.WebAPIPlatformError).data).toMatchObject({ ok: false, error: 'invalid_blocks', errors: [expect.stringContaining('multi_static_select is not allowed in an actions block')] });
    }
    expect(api.refusals.map((r) => r.where)).toEqual(['chat.postMessage', 'chat.update', 'chat.postEphemeral', 'views.open']);
    expect(api.messages).toEqual([]);
  });

  it('answers a response_url with 400 invalid_blocks and leaves the conversation as it was', async () => {
    const url = api.responseUrl({ channel: 'C1', user: 'U1' });
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'step 2', blocks: OLD_LANGUAGES_STEP }) });
    expect(response.status).toBe(400);
    expect(await response.text()).toBe('invalid_blocks');
    expect(api.messages).toEqual([]);
    const fine = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'hello', blocks: [section('hello')] }) });
    expect(fine.status).toBe(200);
    expect(api.messages).toHaveLength(1);
  });
});
