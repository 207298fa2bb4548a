/** cardToDiscordPayload on cards the product sends, and on text chosen to break things. */
import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS, embedLength, limitProblems } from '../../src/adapters/discord/limits.js';
import { escapeMarkdown } from '../../src/adapters/discord/text.js';
import { cardToDiscordPayload } from '../../src/adapters/discord/render.js';
import type { Action, Card } from '../../src/core/cards/card.js';
import { advisor } from '../support/knowledge.js';

const card = (over: Partial<Card>): Card => ({ title: 'T', blocks: [], actions: [], fallback: 'T', ...over });
const button = (id: string, label = id): Action => ({ type: 'button', id, label });

describe('cardToDiscordPayload', () => {
  it('renders a small card as one embed with the title, the description and a field per block', () => {
    const payload = cardToDiscordPayload(
      card({
        title: 'Django',
        subtitle: 'A Python framework',
        blocks: [
          { type: 'text', text: 'Batteries included.' },
          { type: 'list', heading: 'Strengths', items: ['Admin site', 'ORM'] },
          { type: 'fields', heading: 'Facts', fields: [{ label: 'Language', value: 'Python' }] },
          { type: 'notes', items: ['Source: docs, as of 2025-01-01'] },
        ],
        actions: [{ type: 'button', id: 'share:cmp:django,flask', label: 'Share to channel', style: 'primary' }],
      }),
    );
    expect(payload).toEqual({
      embeds: [
        {
          title: 'Django',
          color: 0x5865f2,
          description: 'A Python framework\n\nBatteries included.',
          fields: [
            { name: 'Strengths', value: '• Admin site\n• ORM' },
            { name: 'Facts', value: '**Language**: Python' },
          ],
          footer: { text: 'Source: docs, as of 2025-01-01' },
        },
      ],
      components: [{ type: 1, components: [{ type: 2, style: 1, custom_id: 'share:cmp:django,flask', label: 'Share to channel' }] }],
      allowed_mentions: { parse: [] },
    });
  });

  it('shows a narrow table as a code block with the best cells starred', () => {
    const payload = cardToDiscordPayload(
      card({ blocks: [{ type: 'table', heading: 'Scores', columns: ['Django', 'Flask'], rows: [{ label: 'Speed', cells: ['8', '9'], best: [1] }] }] }),
    );
    expect(payload.embeds[0]!.fields).toEqual([{ name: 'Scores', value: '```\n       Django  Flask\nSpeed  8       9 ★\n```' }]);
  });

  it('puts wide tables one row per line, so they wrap cleanly on a phone', () => {
    const columns = ['Spring Boot', 'ASP.NET Core', 'Ruby on Rails', 'Phoenix'];
    const payload = cardToDiscordPayload(
      card({ blocks: [{ type: 'table', heading: 'Built in', columns, rows: [{ label: 'ORM', cells: ['official package', 'yes', 'yes', 'official package'], best: [1, 2] }] }] }),
    );
    expect(payload.embeds[0]!.fields![0]!.value).toBe('**ORM**: Spring Boot official package · ASP.NET Core yes ★ · Ruby on Rails yes ★ · Phoenix official package');
  });

  it('puts consecutive buttons in rows of five and every select in a row of its own', () => {
    const select: Action = { type: 'select', id: 'flow:abcdef:languages', placeholder: 'Languages?', options: [{ label: 'Go', value: 'go' }, { label: 'Rust', value: 'rust' }], maxChoices: 11 };
    const actions = [...['a:1', 'a:2', 'a:3', 'a:4', 'a:5', 'a:6'].map((id) => button(id)), select, button('a:7')];
    const rows = cardToDiscordPayload(card({ actions })).components;
    expect(rows.map((r) => r.components.map((c) => c.custom_id))).toEqual([['a:1', 'a:2', 'a:3', 'a:4', 'a:5'], ['a:6'], ['flow:abcdef:languages'], ['a:7']]);
    expect(rows[2]!.components[0]).toMatchObject({ type: 3, min_values: 1, max_values: 2, placeholder: 'Languages?' });
  });

  it('leaves out an action id Discord would refuse rather than sending a message Discord rejects', () => {
    const rows = cardToDiscordPayload(card({ actions: [button('x'.repeat(101)), button('ok:1'), button('ok:1')] })).components;
    expect(rows.flatMap((r) => r.components.map((c) => c.custom_id))).toEqual(['ok:1']);
  });

  it('fits a comparison of four frameworks, keeping every section', () => {
    const reply = advisor().answer('compare django, fastapi, express, nestjs');
    const payload = cardToDiscordPayload(reply.card);
    expect(limitProblems(payload)).toEqual([]);
    const names = payload.embeds[0]!.fields!.map((f) => f.name);
    for (const heading of ['Scores (0-10)', 'Built in', 'Best fit', 'Strengths', 'Watch out for']) expect(names).toContain(heading);
    expect(payload.embeds[0]!.fields![0]!.value).toContain('★');
  });

  it('shares the 6000 characters: long sections are cut, short ones kept whole', () => {
    const long = 'word '.repeat(400).trim();
    const blocks = Array.from({ length: 10 }, (_, i) => ({ type: 'text' as const, heading: `Section ${i}`, text: i === 0 ? 'short and whole' : long }));
    const embed = cardToDiscordPayload(card({ title: 'Big', blocks })).embeds[0]!;
    expect(embedLength(embed)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
    expect(embed.fields![0]).toEqual({ name: 'Section 0', value: 'short and whole' });
    expect(embed.fields).toHaveLength(10);
    expect(embed.fields![9]!.value.endsWith('…')).toBe(true);
  });
});

describe('user text in Discord markdown', () => {
  it('cannot ping anyone or anything', () => {
    const escaped = escapeMarkdown('@everyone @here <@123> <@!123> <@&456> <#789> </framework:1>');
    expect(escaped).not.toMatch(/@(everyone|here)/);
    expect(escaped).not.toMatch(/(^|[^\\])<[@#/]/);
  });

  it('links a channel item only by its channel id (a snowflake), never by text in the item or a channel that is no id', () => {
    const typed = '@everyone <#789> <@&456> **x**';
    const embed = cardToDiscordPayload(
      card({
        blocks: [
          {
            type: 'channel-items',
            heading: 'Open votes',
            items: [
              { text: typed, channel: '987654321098765432' },
              { text: 'forged', channel: '1> <@&456' },
            ],
          },
        ],
      }),
    ).embeds[0]!;
    expect(embed.fields).toEqual([{ name: 'Open votes', value: `• <#987654321098765432> · ${escapeMarkdown(typed)}\n• \\#1> \\<@&456 · forged` }]);
  });

  it('cannot change formatting: bold, links, code, spoilers, headings, quotes and lists show as typed', () => {
    expect(escapeMarkdown('**bold** _it_ ~~s~~ `c` ||spoiler|| [link](https://x.test)')).toBe(
      '\\*\\*bold\\*\\* \\_it\\_ \\~\\~s\\~\\~ \\`c\\` \\|\\|spoiler\\|\\| \\[link\\](https://x.test)',
    );
    expect(escapeMarkdown('# title\n> quote\n- item\n1. first\n-# small')).toBe('\\# title\n\\> quote\n\\- item\n1\\. first\n\\-# small');
  });

  it('escapes what a user typed in an "I don\'t know" reply, and sends no mentions', () => {
    const payload = cardToDiscordPayload(advisor().answer('info @everyone <@&42> **x**').card);
    expect(payload.allowed_mentions).toEqual({ parse: [] });
    expect(payload.embeds[0]!.description).toContain('@\u200beveryone \\<@&42> \\*\\*x\\*\\*');
  });
});
