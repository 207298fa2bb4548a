/** cardToBlocks: the exact Block Kit for a card, escaping of user text, tables, selects, and shortening to Slack's limits. */
import { describe, expect, it } from 'vitest';
import type { Card } from '../../src/core/cards/card.js';
import { cardToBlocks, type SlackBlock } from '../../src/adapters/slack/render.js';
import { limitProblems, SLACK_LIMITS } from '../../src/adapters/slack/limits.js';
import { escapeMrkdwn, truncate } from '../../src/adapters/slack/text.js';

const card = (over: Partial<Card>): Card => ({ title: 'Title', blocks: [], actions: [], fallback: 'Title', ...over });
const texts = (blocks: SlackBlock[]) => JSON.stringify(blocks);

/** Every mrkdwn text object in the blocks: the only text Slack parses for pings, links and formatting. */
function mrkdwnObjects(blocks: SlackBlock[]): Array<{ text: string; verbatim?: boolean }> {
  const found: Array<{ text: string; verbatim?: boolean }> = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if (o.type === 'mrkdwn' && typeof o.text === 'string') found.push(o as { text: string; verbatim?: boolean });
      Object.values(o).forEach(visit);
    }
  };
  visit(blocks);
  return found;
}

const mrkdwnTexts = (blocks: SlackBlock[]) => mrkdwnObjects(blocks).map((o) => o.text);

describe('cardToBlocks', () => {
  it('renders each kind of card block as Block Kit', () => {
    const message = cardToBlocks({
      title: 'Django vs FastAPI',
      subtitle: 'Both Python',
      blocks: [
        { type: 'text', heading: 'Why', text: 'Django scores higher.' },
        { type: 'fields', heading: 'Facts', fields: [{ label: 'License', value: 'BSD-3-Clause' }] },
        { type: 'list', heading: 'Strengths', items: ['Admin', 'ORM'] },
        { type: 'table', heading: 'Scores', columns: ['Django', 'FastAPI'], rows: [{ label: 'Speed', cells: ['8', '9'], best: [1] }] },
        { type: 'divider' },
        { type: 'notes', items: ['Source: seed 002', 'as of 2025-06-17'] },
      ],
      actions: [
        { type: 'button', id: 'share:cmp:django,fastapi', label: 'Share to channel', style: 'primary' },
        { type: 'select', id: 'flow:abcdef123456:languages', placeholder: 'Which languages?', options: [{ label: 'Python', value: 'python' }, { label: 'Go', value: 'go' }], maxChoices: 2 },
        { type: 'select', id: 'flow:abcdef123456:scale', placeholder: 'Scale?', options: [{ label: 'Millions', value: 'millions' }] },
      ],
      fallback: 'Django vs FastAPI: Django 9.35, FastAPI 7.80',
    });
    expect(message).toEqual({
      text: 'Django vs FastAPI: Django 9.35, FastAPI 7.80',
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'Django vs FastAPI', emoji: true } },
        { type: 'context', elements: [{ type: 'mrkdwn', text: 'Both Python', verbatim: true }] },
        { type: 'section', text: { type: 'mrkdwn', text: '*Why*\nDjango scores higher.', verbatim: true } },
        { type: 'section', text: { type: 'mrkdwn', text: '*Facts*', verbatim: true }, fields: [{ type: 'mrkdwn', text: '*License*\nBSD-3-Clause', verbatim: true }] },
        { type: 'section', text: { type: 'mrkdwn', text: '*Strengths*\n• Admin\n• ORM', verbatim: true } },
        { type: 'section', text: { type: 'mrkdwn', text: '*Scores*\n```\n       Django  FastAPI\nSpeed  8       9 ★\n```', verbatim: true } },
        { type: 'divider' },
        { type: 'context', elements: [{ type: 'mrkdwn', text: 'Source: seed 002\nas of 2025-06-17', verbatim: true }] },
        {
          type: 'actions',
          elements: [{ type: 'button', text: { type: 'plain_text', text: 'Share to channel', emoji: true }, action_id: 'share:cmp:django,fastapi', value: 'share:cmp:django,fastapi', style: 'primary' }],
        },
        // Slack takes a multi-select only as a section's accessory (or in an input block), never in an actions block.
        {
          type: 'section',
          text: { type: 'mrkdwn', text: 'Which languages?', verbatim: true },
          accessory: {
            type: 'multi_static_select',
            action_id: 'flow:abcdef123456:languages',
            placeholder: { type: 'plain_text', text: 'Which languages?', emoji: true },
            options: [
              { text: { type: 'plain_text', text: 'Python', emoji: true }, value: 'python' },
              { text: { type: 'plain_text', text: 'Go', emoji: true }, value: 'go' },
            ],
            max_selected_items: 2,
          },
        },
        {
          type: 'actions',
          elements: [
            {
              type: 'static_select',
              action_id: 'flow:abcdef123456:scale',
              placeholder: { type: 'plain_text', text: 'Scale?', emoji: true },
              options: [{ text: { type: 'plain_text', text: 'Millions', emoji: true }, value: 'millions' }],
            },
          ],
        },
      ],
    });
  });

  it('lays a table too wide for a grid out as one field per row, best cells marked', () => {
    const columns = ['ASP.NET Core', 'Spring Boot', 'Ruby on Rails', 'Django REST'];
    const { blocks } = cardToBlocks(card({ blocks: [{ type: 'table', heading: 'Built in', columns, rows: [{ label: 'Dependency injection', cells: ['yes', 'official package', 'community', 'no'], best: [0] }] }] }));
    expect(blocks[1]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: '*Built in*', verbatim: true },
      fields: [{ type: 'mrkdwn', text: '*Dependency injection*\nASP.NET Core: yes ★\nSpring Boot: official package\nRuby on Rails: community\nDjango REST: no', verbatim: true }],
    });
  });
});

describe('user text in mrkdwn', () => {
  const hostile = '<!channel> <!here> <@U0BOSS> <#C0SECRET> <https://evil.example|click me> & *bold* _italic_ ~strike~ `code` ```block```';

  it('cannot ping, link or format', () => {
    const { text, blocks } = cardToBlocks(card({ title: hostile, subtitle: hostile, blocks: [{ type: 'text', heading: hostile, text: hostile }, { type: 'list', items: [hostile] }, { type: 'fields', fields: [{ label: hostile, value: hostile }] }, { type: 'notes', items: [hostile] }, { type: 'table', columns: [hostile], rows: [{ label: hostile, cells: [hostile] }] }], fallback: hostile }));
    const parsed = [text, ...mrkdwnTexts(blocks)];
    expect(parsed).toHaveLength(7);
    for (const rendered of parsed) {
      // Our own bold headings are the only formatting left.
      const body = rendered.replace(/^\*[^\n]*\*$/gm, '');
      expect(body).not.toMatch(/<[!@#h]/);
      expect(body).not.toMatch(/(^|\s)[*_~`][^\s]/);
    }
    // Plain-text fields (the header) are never parsed by Slack, so they keep the text as typed.
    expect(blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: hostile, emoji: true } });
    expect(escapeMrkdwn(hostile)).toBe('&lt;!channel&gt; &lt;!here&gt; &lt;@U0BOSS&gt; &lt;#C0SECRET&gt; &lt;https://evil.example|click me&gt; &amp; ∗bold∗ ＿italic＿ ∼strike∼ ˋcodeˋ ˋˋˋblockˋˋˋ');
  });

  it('links a channel item to its channel only by the id Slack gave, never by text in the item or a channel that is no id', () => {
    const { blocks } = cardToBlocks(
      card({
        blocks: [
          {
            type: 'channel-items',
            heading: 'Open votes',
            items: [
              { text: hostile, channel: 'C0GENERAL' },
              { text: 'private', channel: 'G0PRIVATE' },
              { text: 'forged', channel: 'C999> <!channel' },
              { text: 'in a DM', channel: 'D0ALICEDM' },
            ],
          },
        ],
      }),
    );
    expect(mrkdwnTexts(blocks)[0]!.split('\n')).toEqual([
      '*Open votes*',
      `• <#C0GENERAL> · ${escapeMrkdwn(hostile)}`,
      '• <#G0PRIVATE> · private',
      '• #C999&gt; &lt;!channel · forged',
      '• a direct message · in a DM',
    ]);
  });

  it('leaves ordinary text alone, and makes a web address an explicit link (verbatim text is not auto-linked)', () => {
    expect(escapeMrkdwn('C++ and snake_case in node_modules, 2*3, see https://example.com/a_b_c.')).toBe('C++ and snake_case in node_modules, 2*3, see <https://example.com/a_b_c>.');
    expect(escapeMrkdwn('Index.dev, https://www.index.dev/blog/best?a=1&b=2 (2025)')).toBe('Index.dev, <https://www.index.dev/blog/best?a=1&amp;b=2> (2025)');
  });

  it('makes @channel, @here and @everyone unable to notify, however they are written', () => {
    const typed = 'compare django @channel @HERE @everyone and <!channel> <!here|here> <!subteam^S0TEAM|@devs> <@U0BOSS>';
    const rendered = escapeMrkdwn(typed);
    expect(rendered).not.toMatch(/@(channel|here|everyone)/i);
    expect(rendered).not.toMatch(/<[!@#]/);
    // What people read is unchanged: the word joiner is invisible.
    expect(rendered.replaceAll('\u2060', '')).toBe('compare django @channel @HERE @everyone and &lt;!channel&gt; &lt;!here|here&gt; &lt;!subteam^S0TEAM|@devs&gt; &lt;@U0BOSS&gt;');
    const { text, blocks } = cardToBlocks(card({ title: typed, blocks: [{ type: 'text', text: typed }], actions: [{ type: 'button', id: 'x', label: '@here' }], fallback: typed }));
    expect(JSON.stringify({ text, blocks })).not.toMatch(/@(channel|here|everyone)/i);
    expect(mrkdwnObjects(blocks).every((o) => o.verbatim === true)).toBe(true);
  });

  it('does not turn a leading ">" into a quote', () => {
    expect(escapeMrkdwn('> quoted')).toBe('\u203A quoted');
  });

  it('never cuts an entity in half when shortening', () => {
    const cut = truncate(escapeMrkdwn('&'.repeat(100)), 50);
    expect(cut.length).toBeLessThanOrEqual(50);
    expect(cut).toMatch(/^(&amp;)+…$/);
  });
});

describe('staying within Slack limits', () => {
  it('splits long text over sections and shortens what cannot be split', () => {
    const long = Array.from({ length: 2000 }, (_, i) => `word${i}`).join(' ');
    const { blocks } = cardToBlocks(card({ blocks: [{ type: 'text', text: long }] }));
    const sections = blocks.filter((b) => b.type === 'section');
    expect(sections.length).toBeGreaterThan(4);
    expect(sections.map((s) => (s.type === 'section' ? s.text!.text : '')).join(' ')).toBe(long);
  });

  it('keeps at most 50 blocks, says it shortened the card, and keeps the buttons', () => {
    const blocks = Array.from({ length: 80 }, (_, i) => ({ type: 'text' as const, text: `Paragraph ${i}` }));
    const actions = Array.from({ length: 30 }, (_, i) => ({ type: 'button' as const, id: `cmp:a${i},b${i}`, label: `Button ${i}` }));
    const message = cardToBlocks(card({ blocks, actions }));
    expect(message.blocks).toHaveLength(SLACK_LIMITS.blocksPerMessage);
    expect(message.blocks.filter((b) => b.type === 'actions').flatMap((b) => (b.type === 'actions' ? b.elements : []))).toHaveLength(30);
    expect(texts(message.blocks)).toContain('shortened to fit in Slack');
    expect(limitProblems(message)).toEqual([]);
  });

  it('shortens labels, headers and fallbacks, and leaves out what cannot be shortened safely', () => {
    const message = cardToBlocks(
      card({
        title: 'T'.repeat(400),
        fallback: 'F'.repeat(5000),
        actions: [
          { type: 'button', id: 'info:django', label: 'L'.repeat(200) },
          { type: 'button', id: 'info:django', label: 'the same id again' },
          { type: 'button', id: `info:${'x'.repeat(300)}`, label: 'an id Slack would refuse' },
          { type: 'select', id: 'pick', placeholder: 'P'.repeat(300), options: [...Array.from({ length: 150 }, (_, i) => ({ label: `Option ${i} ${'o'.repeat(100)}`, value: `v${i}` })), { label: 'long value', value: 'v'.repeat(80) }] },
        ],
      }),
    );
    expect(limitProblems(message)).toEqual([]);
    expect(message.text).toHaveLength(3000);
    const header = message.blocks[0]!;
    expect(header.type === 'header' && header.text.text).toMatch(/^T+…$/);
    const elements = message.blocks.flatMap((b) => (b.type === 'actions' ? b.elements : []));
    expect(elements.map((e) => e.action_id)).toEqual(['info:django', 'pick']);
    const select = elements[1]!;
    expect(select.type === 'static_select' && select.options!.length).toBe(100);
    expect(select.type === 'static_select' && select.options!.some((o) => o.value === 'v'.repeat(80))).toBe(false);
  });

  it('splits more than ten fields over sections', () => {
    const fields = Array.from({ length: 23 }, (_, i) => ({ label: `Field ${i}`, value: 'v'.repeat(2500) }));
    const message = cardToBlocks(card({ blocks: [{ type: 'fields', heading: 'Many', fields }] }));
    expect(message.blocks.filter((b) => b.type === 'section')).toHaveLength(3);
    expect(limitProblems(message)).toEqual([]);
  });
});
