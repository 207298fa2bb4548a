/**
 * Every kind of card the advisor shows, produced by the real core the way a
 * team meets them (commands, a guided flow with its multi-select steps,
 * sharing, a vote opened and closed, history, the decision record, errors),
 * rendered to Block Kit and checked against Slack's rules in the fake. Then
 * the guided flow end to end over the real Bolt app against the fake that
 * refuses what Slack refuses.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cardToBlocks, documentToBlocks } from '../../src/adapters/slack/render.js';
import type { Card } from '../../src/core/cards/card.js';
import { expiredCard, strangerCard } from '../../src/core/cards/flow-card.js';
import type { Asker, Effect, Input } from '../../src/core/conversations/effects.js';
import type { Reply } from '../../src/core/reply.js';
import { TeamAdvisor } from '../../src/core/team-advisor.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { messageRefusal } from '../fakes/slack-block-kit.js';
import type { FakeMessage } from '../fakes/slack-api.js';
import { GENERAL, readable } from '../fakes/slack-workspace.js';
import { knowledge } from '../support/knowledge.js';
import { type BotUnderTest, startBot } from './slack-bot.js';

const person = (id: string, name: string): Asker => ({ tenant: 'slack:T0TEST01' as Asker['tenant'], channel: 'C0GENERAL', user: { id, name } });
const alice = person('U0ALICE', 'alice 👩🏽‍💻');
const bob = person('U0BOB', 'bob');
const carol = person('U0CAROL', 'Carol ✨ <!here>');

const repliesOf = (effects: Effect[]): Reply[] => effects.flatMap((e) => (e.type === 'start-thread' ? [e.parent, e.first] : [e.reply]));

/** The core, with every card it produces rendered for Slack and checked against Slack's rules. */
class Journey {
  readonly core = new TeamAdvisor(knowledge(), { store: new MemoryStore() });
  readonly seen: Array<{ title: string; refusal: unknown }> = [];

  async say(asker: Asker, input: Input): Promise<Reply[]> {
    const replies = repliesOf(await this.core.handle(input, asker));
    for (const reply of replies) {
      this.check(reply.card);
      if (reply.document) this.seen.push({ title: `document ${reply.document.filename}`, refusal: messageRefusal(documentToBlocks(reply.document)) });
    }
    return replies;
  }

  check(card: Card): void {
    this.seen.push({ title: card.title, refusal: messageRefusal(cardToBlocks(card)) });
  }

  text(asker: Asker, text: string): Promise<Reply[]> {
    return this.say(asker, { type: 'text', text });
  }

  /** Presses the action labelled `label` (a button, or the select whose placeholder it is, with `values`). */
  press(asker: Asker, card: Card, label: string | RegExp, values?: string[]): Promise<Reply[]> {
    const action = card.actions.find((a) => (a.type === 'button' ? a.label : a.placeholder).match(label));
    if (!action) throw new Error(`No "${String(label)}" on "${card.title}": ${card.actions.map((a) => (a.type === 'button' ? a.label : a.placeholder)).join(', ')}`);
    return this.say(asker, { type: 'action', id: action.id, ...(values ? { values } : {}) });
  }
}

const last = (replies: Reply[]) => replies[replies.length - 1]!.card;
/** The mrkdwn of sections: where Slack reads <#C…> as a channel link. */
const mrkdwnOf = (blocks: Array<{ type: string }>) => blocks.map((b) => (b as { text?: { text?: string } }).text?.text ?? '').join('\n');

describe('every card kind, rendered for Slack', () => {
  it("passes Slack's Block Kit rules", async () => {
    const j = new Journey();
    // Answers and errors.
    const compared = last(await j.text(alice, 'compare django fastapi'));
    await j.text(alice, 'compare django @channel <!everyone> <@U0BOSS>');
    await j.text(alice, 'compare django fastapi gin phoenix');
    // Since issue 13 a recommendation is "Recommended:" only with a clear leader (FastAPI here, from its evidence);
    // Go's net/http and Echo are too close to call for these answers, the other kind of result card.
    await j.text(alice, 'recommend project=ai-ml language=python priorities=performance builtins=none scale=millions team=senior');
    await j.text(alice, 'recommend project=api language=go priorities=performance builtins=none scale=millions team=senior');
    await j.text(alice, 'recommend project=api language=go priorities=security builtins=orm,admin,auth,realtime scale=millions team=senior');
    await j.text(alice, 'info django');
    await j.text(alice, 'top performance language=python');
    await j.text(alice, 'list');
    await j.text(alice, 'help');
    await j.text(alice, 'help recommend');
    await j.text(alice, 'compare django nosuchframework');
    await j.text(alice, 'what is this 🙃 \uD83D');
    await j.text(alice, 'weights');
    await j.text(alice, 'radar'); // nothing decided yet: how to record a decision
    await j.text(alice, 'radar export --format csv-please');

    // The guided flow, every step, multi-select steps with a pick pending (Done).
    const [, first] = await j.text(alice, 'recommend');
    let step = first!.card;
    step = last(await j.press(alice, step, 'JSON/REST API'));
    step = last(await j.press(alice, step, /languages/, ['python', 'go']));
    step = last(await j.press(alice, step, /^Done/));
    step = last(await j.press(alice, step, /matters most/, ['performance']));
    step = last(await j.press(alice, step, /^Done/));
    step = last(await j.press(alice, step, /out of the box/, ['orm']));
    step = last(await j.press(alice, step, 'Back'));
    await j.press(bob, step, /./); // someone else's flow
    step = last(await j.press(alice, step, /^Keep: /));
    step = last(await j.press(alice, step, /out of the box/, ['orm', 'auth']));
    step = last(await j.press(alice, step, /^Done/));
    step = last(await j.press(alice, step, 'Millions of users'));
    const result = last(await j.press(alice, step, 'Senior'));

    // Sharing, a vote opened and closed, history and the decision record.
    const shared = last(await j.press(alice, compared, 'Share to channel'));
    let vote = last(await j.press(bob, shared, 'Start a team vote'));
    vote = last(await j.press(alice, vote, 'Django'));
    vote = last(await j.press(carol, vote, 'FastAPI'));
    await j.press(carol, vote, 'Close vote');
    await j.press(bob, vote, 'Close vote');
    await j.press(alice, result, 'Share to channel');
    // Better votes: a deadline and anonymity, an option added, a ranked vote of five (four rank selects), its rounds when closed.
    let timed = last(await j.text(alice, 'vote django fastapi closes in 2d anonymous'));
    timed = last(await j.press(bob, timed, 'Add an option', ['flask']));
    await j.press(carol, timed, 'Flask');
    let ranked = last(await j.text(alice, 'vote django fastapi flask express koa ranked closes friday'));
    ranked = last(await j.press(bob, ranked, 'Your 1st choice', ['koa']).then((r) => r.slice(0, 1)));
    ranked = last(await j.press(carol, ranked, 'Your 1st choice', ['django']).then((r) => r.slice(0, 1)));
    ranked = last(await j.press(alice, ranked, 'Your 2nd choice', ['koa']).then((r) => r.slice(0, 1)));
    await j.press(alice, ranked, 'Close vote');
    await j.text(alice, 'vote add hono');
    await j.text(alice, 'vote closes in 90 days');
    await j.text(bob, 'history');
    await j.text(bob, 'history export');
    await j.text(bob, 'history export all');
    await j.text(bob, 'radar');
    await j.text(bob, 'radar workspace');
    await j.text(bob, 'radar export');
    await j.text(bob, 'radar export --format backstage');
    // A revisit alert on an accepted decision, long after its line's support ended, and its re-run.
    await j.text(bob, 'decide django');
    const alerts = await j.core.revisitAlerts(Date.parse('2045-01-01'));
    for (const alert of alerts) j.check(alert.reply.card);
    await j.press(bob, alerts[0]!.reply.card, /^Re-run/);
    // Somewhere the bot was not added, in German: what needs the bot there is explained.
    await j.text({ ...person('U0DAVE', 'Dave'), place: 'private', locale: 'de' }, 'history');
    j.check(expiredCard(24));
    j.check(strangerCard('alice 👩🏽‍💻'));
    // The Home tab, with an open vote (its deadline) and the decisions, each linked to its channel.
    const home = await j.core.home(alice.tenant, alice.user);
    j.check(home);
    const homeText = mrkdwnOf(cardToBlocks(home).blocks);
    expect(homeText).toMatch(/• <#C0GENERAL> · Django vs FastAPI vs Flask \(anonymous\) · started by alice .* · closes \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
    expect(homeText).toMatch(/Recent decisions\*\n• <#C0GENERAL> · ADR-/);

    const titles = j.seen.map((s) => s.title);
    for (const kind of [
      /^Django vs FastAPI$/,
      /^Recommended: /,
      /^Too close to call: /,
      /^Django$/,
      /^Top frameworks by performance/,
      /^The \d+ frameworks I know$/,
      /^Framework Advisor: /,
      /^recommend: /,
      /^1\/6 /,
      /^2\/6 /,
      /^3\/6 /,
      /^4\/6 /,
      /^5\/6 /,
      /^6\/6 /,
      /answers$/,
      /is choosing a backend framework$/,
      /^This is alice/,
      /^Team vote/,
      /^Team vote \(ranked\)/,
      /^Your ranking is counted$/,
      /^Vote closed/,
      /^Vote closed: Koa wins$/,
      /^Could not add that option$/,
      /^Only bob can close/,
      /framework decisions$/,
      /^I didn't catch that$/,
      /default priorities$/,
      /^ADR-\d{4}: Use .+ as our backend framework$/,
      /^document \d{4}-.+\.md/,
      /^\d+ decision records?: decision-records\.tar$/,
      /^document decision-records\.tar$/,
      /^This channel's tech radar$/,
      /^This workspace's tech radar$/,
      /^This channel's tech radar: tech-radar\.csv$/,
      /^This channel's tech radar: tech-radar\.json$/,
      /^document tech-radar\.(csv|json)$/,
      /^This recommendation has expired$/,
      /^Framework Advisor$/,
      /^Time to revisit ADR-\d{4}: /,
      /^Hier nicht verfügbar/,
    ])
      expect(titles.some((t) => kind.test(t)), `${String(kind)} among ${titles.join(' | ')}`).toBe(true);
    expect(j.seen.filter((s) => s.refusal !== undefined)).toEqual([]);
  });
});

describe('the guided flow over the real Bolt app', () => {
  let bot: BotUnderTest;
  afterEach(async () => {
    // close() fails the test if the fake refused any body the bot sent.
    await bot.close();
  });

  it('completes with the multi-selects as section accessories, every body accepted by the rules', async () => {
    bot = await startBot();
    const [, step] = (await bot.alice.command('recommend')).messages;
    const now = () => bot.api.findMessage(GENERAL, step!.ts)!;
    await bot.alice.click(now(), 'Microservices');
    const accessory = (m: FakeMessage) => m.blocks.find((b) => b.type === 'section' && b.accessory)?.accessory as { type: string } | undefined;
    expect(accessory(now())?.type).toBe('multi_static_select');
    expect(now().blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements as Array<{ type: string }>).map((e) => e.type)).not.toContain('multi_static_select');
    await bot.alice.choose(now(), 'Which languages can the team use?', ['Go', 'Rust']);
    await bot.alice.click(now(), 'Done: Go, Rust');
    await bot.alice.choose(now(), 'What matters most? Pick up to two.', ['Performance', 'Security']);
    await bot.alice.click(now(), 'Done: Performance, Security');
    await bot.alice.choose(now(), 'What must come out of the box?', ['authentication']);
    await bot.alice.click(now(), readableDone(now()));
    await bot.alice.click(now(), 'Millions of users');
    const last = await bot.alice.click(now(), 'Senior');
    expect(last.messages.map((m) => readable(m).split('\n')[0])).toContainEqual(expect.stringMatching(/^Recommended: /));
    expect(bot.api.refusals).toEqual([]);
    expect(bot.api.callsTo('chat.update').length).toBeGreaterThanOrEqual(8);
  });
});

/** The Done button's label, whatever the picks are called. */
function readableDone(message: FakeMessage): string {
  const done = message.blocks.flatMap((b) => (b.type === 'actions' ? (b.elements as Array<{ text?: { text: string } }>) : [])).find((e) => e.text?.text.startsWith('Done'));
  if (!done) throw new Error(`No Done button on: ${readable(message)}`);
  return done.text!.text;
}
