/**
 * No internal error text reaches a person. When no framework meets the
 * must-haves the card offers no Share or vote (there is nothing to share)
 * and says which must-have to drop; a Share or vote button crafted for such a
 * result gets a plain answer; and a validation error thrown while handling a
 * click is logged and answered with a short apology on Slack, on Discord and
 * in the terminal session, never with zod issues or a stack.
 */
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { APOLOGY as DISCORD_APOLOGY, APOLOGY as SLACK_APOLOGY } from '../../src/adapters/kit/apology.js';
import { printers } from '../../src/formats.js';
import { runSession } from '../../src/adapters/terminal/session.js';
import { sessionDisplay, TerminalChat } from '../../src/adapters/terminal/replies.js';
import { shareAction, startVoteAction, type Subject } from '../../src/core/actions.js';
import { DecisionRecord } from '../../src/core/team/records.js';
import type { Asker, Input } from '../../src/core/conversations/effects.js';
import { TeamAdvisor } from '../../src/core/team-advisor.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { DiscordUsers } from '../fakes/discord-users.js';
import { GENERAL, readable } from '../fakes/slack-workspace.js';
import { advisor, knowledge } from '../support/knowledge.js';
import { type BotUnderTest, startBot } from '../slack/slack-bot.js';

/** Go with an ORM built in: no framework the advisor knows qualifies. */
const NOTHING_QUALIFIES = { kind: 'recommend', answers: { project: 'api', languages: ['go'], priorities: ['performance'], mustHaves: ['orm'], scale: 'millions', team: 'senior' } } satisfies Subject;
const TYPED = 'recommend project=api language=go priorities=performance builtins=orm scale=millions team=senior';

/**
 * The way out the card must offer: dropping the ORM admits Go's frameworks, best first by the
 * same answers without the must-have (which ones and in what order follows the knowledge base).
 */
function dropOrmAdmits(): string {
  const { rec } = advisor().recommendation({ ...NOTHING_QUALIFIES.answers, mustHaves: [] });
  const names = rec.ranked.map((r) => r.framework.name);
  // Five Go frameworks since net/http and chi joined: three named, "and 2 more".
  expect(names.length).toBeGreaterThan(4);
  return `Drop ORM and migrations: ${names.slice(0, 3).join(', ')} and ${names.length - 3} more qualify.`;
}

/** What zod and stacks look like; none of it may be shown. */
const INTERNAL = /too_small|"origin"|"code"|"path"|ZodError|\bat .*\.ts:\d+|\[\{/;

/** The real check the store applies to a decision, failing as it did for an empty shortlist. */
function failValidation(): never {
  DecisionRecord.parse({ id: 'dec123456', tenant: 'slack:T1', channel: 'C1', kind: 'shared-recommendation', by: { id: 'U1', name: 'a' }, options: [], weights: {}, createdAt: 0 });
  throw new Error('the record was expected to be refused');
}

describe('in the core', () => {
  it('an empty result offers no Share or vote, and says which must-have to drop and what it admits', async () => {
    const team = new TeamAdvisor(knowledge(), { store: new MemoryStore() });
    const asker: Asker = { tenant: 'slack:T1', channel: 'C1', user: { id: 'U1', name: 'alice' } };
    const [effect] = await team.handle({ type: 'text', text: TYPED }, asker);
    const card = effect?.type === 'respond' ? effect.reply.card : undefined;
    expect(card!.title).toBe('No framework meets every must-have');
    expect(card!.actions).toEqual([]);
    expect(card!.blocks).toContainEqual({ type: 'list', heading: 'What dropping a must-have would admit', items: [dropOrmAdmits()] });
  });
});

describe('on Slack', () => {
  let bot: BotUnderTest | undefined;
  afterEach(async () => {
    await bot?.close();
    bot = undefined;
  });

  it('a crafted Share or vote for a result with nothing in it gets a plain answer', async () => {
    bot = await startBot();
    const [card] = (await bot.alice.command(TYPED)).messages;
    expect(readable(card!)).toContain(dropOrmAdmits());
    for (const [id, answer] of [[shareAction(NOTHING_QUALIFIES), 'Nothing to share'], [startVoteAction(NOTHING_QUALIFIES), 'Nothing to vote on']] as const) {
      const seen = await bot.alice.act(card!, { action_id: id, block_id: 'b1', type: 'button', value: 'x', text: { type: 'plain_text', text: 'Share' } });
      expect(seen.messages.map((m) => readable(m)).join('\n')).toContain(answer);
      for (const m of seen.messages) expect(readable(m)).not.toMatch(INTERNAL);
    }
    expect(bot.workspace.channelMessages(GENERAL)).toEqual([]);
  });

  it('a validation error in a button handler is logged and answered with the apology', async () => {
    bot = await startBot({ core: async (input: Input, asker: Asker, real: TeamAdvisor) => (input.type === 'action' ? failValidation() : real.handle(input, asker)) });
    const [card] = (await bot.alice.command('compare django fastapi')).messages;
    const seen = await bot.alice.click(card!, 'Share to channel');
    expect(seen.messages.map((m) => m.text)).toEqual([SLACK_APOLOGY]);
    expect(bot.logs.join('\n')).toContain('too_small');
  });
});

describe('on Discord', () => {
  let discord: DiscordUsers | undefined;
  afterEach(async () => {
    await discord?.stop();
    discord = undefined;
  });

  it('a crafted Share or vote for a result with nothing in it gets a plain answer', async () => {
    discord = await DiscordUsers.start();
    const card = (await discord.slash('recommend', { language: 'go', project: 'api', priorities: 'performance', builtins: 'orm', scale: 'millions', team: 'senior' })).reply!;
    expect(card.buttons).toEqual([]);
    expect(card.text).toContain(dropOrmAdmits());
    for (const [id, answer] of [[shareAction(NOTHING_QUALIFIES), 'Nothing to share'], [startVoteAction(NOTHING_QUALIFIES), 'Nothing to vote on']] as const) {
      const seen = await discord.clickId(card, id);
      expect(seen.reply!.title).toBe(answer);
      expect(seen.reply!.text).not.toMatch(INTERNAL);
    }
  });

  it('a validation error in a button handler is logged and answered with the apology', async () => {
    discord = await DiscordUsers.start({
      teamAdvisor: (store) => {
        const real = new TeamAdvisor(knowledge(), { store });
        const handle = real.handle.bind(real);
        real.handle = (input, asker) => (input.type === 'action' ? Promise.resolve().then(failValidation) : handle(input, asker));
        return real;
      },
    });
    // A comparison has a chart: this file also loads Bolt, so this checks files still reach Discord with Slack in the process.
    const card = (await discord.slash('compare', { first: 'django', second: 'fastapi' })).reply!;
    const seen = await discord.click(card, 'Share to channel');
    expect(seen.reply).toMatchObject({ ephemeral: true, content: DISCORD_APOLOGY });
    expect(discord.logs.join('\n')).toContain('too_small');
  });
});

describe('in the terminal session', () => {
  async function session(team: TeamAdvisor, lines: string[]): Promise<string> {
    let out = '';
    const chat = new TerminalChat(team, { tenant: 'terminal:local', channel: 'terminal', user: { id: 'you', name: 'you' } }, sessionDisplay(printers(false, 100).text!, (t) => (out += t)), true);
    const input = new PassThrough();
    input.end(`${lines.join('\n')}\n`);
    await runSession(chat, input, (t) => (out += t));
    return out;
  }

  it('an empty result shows no Share or vote to press', async () => {
    const out = await session(new TeamAdvisor(knowledge(), { store: new MemoryStore() }), [TYPED]);
    expect(out).toContain('No framework meets every must-have');
    expect(out).toContain(dropOrmAdmits());
    expect(out).not.toMatch(/Share to channel|Start a team vote/);
  });

  it('a validation error in a button handler is answered with an apology, not the error', async () => {
    const team = new TeamAdvisor(knowledge(), { store: new MemoryStore() });
    const handle = team.handle.bind(team);
    team.handle = (input, asker, options) => (input.type === 'action' ? Promise.resolve().then(failValidation) : handle(input, asker, options));
    const out = await session(team, ['compare django fastapi', '1']);
    expect(out).toMatch(/\n> Sorry, something went wrong/);
    // The same words as on Slack and Discord: the apology is the adapter kit's.
    expect(out).toContain(`> ${SLACK_APOLOGY}\n`);
    expect(out).not.toMatch(INTERNAL);
  });
});
