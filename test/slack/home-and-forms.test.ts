/**
 * The Home tab and the two forms (modals), end to end over the real Bolt app
 * against the fake Slack, which checks every view against Slack's rules.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { FakeView } from '../fakes/slack-api.js';
import { GENERAL, readable } from '../fakes/slack-workspace.js';
import { type BotUnderTest, startBot } from './slack-bot.js';

let bot: BotUnderTest | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

/** All the text a person reads in a view. */
const viewText = (view: FakeView | undefined) => (view ? readable({ channel: '', ts: '', text: '', blocks: view.blocks, author: '', via: 'view', seq: 0 }) : '');
const inputIds = (view: FakeView) => view.blocks.filter((b) => b.type === 'input').map((b) => b.block_id);

describe('the Home tab', () => {
  it("shows the workspace's decisions with their status, the open votes, the person's own recommendations, and buttons to start", async () => {
    bot = await startBot();
    const shared = await bot.alice.command('recommend project=api languages=python priorities=performance builtins=none scale=thousands team=mixed');
    await bot.alice.click(shared.messages.at(-1)!, 'Share to channel');
    const compared = await bot.bob.command('compare django fastapi');
    const posted = await bot.bob.click(compared.messages.at(-1)!, 'Share to channel');
    const withVote = posted.messages.find((m) => m.blocks.some((b) => JSON.stringify(b).includes('Start a team vote')))!;
    await bot.bob.click(withVote, 'Start a team vote');

    const home = await bot.alice.openHome();
    expect(home?.type).toBe('home');
    const text = viewText(home);
    expect(text).toMatch(/Recent decisions/);
    expect(text).toMatch(/ADR-0001 \(proposed\) · \d{4}-\d\d-\d\d · Alice shared a recommendation/i);
    expect(text).toMatch(/Open votes[\s\S]*Django vs FastAPI · started by bob/);
    expect(text).toMatch(/Your recent recommendations[\s\S]*alice shared a recommendation/i);
    const buttons = home!.blocks.flatMap((b) => ((b.elements as Array<{ type: string; text: { text: string } }>) ?? []).filter((e) => e.type === 'button').map((e) => e.text.text));
    expect(buttons).toEqual(expect.arrayContaining(['Recommend in one form', 'Step by step', 'Channel defaults']));
    expect(buttons.some((b) => /^Compare the top 3$/.test(b))).toBe(true);
    expect(home!.blocks.length).toBeLessThanOrEqual(100);
  });

  it('links every open vote and decision to its channel and shows when each vote closes', async () => {
    bot = await startBot();
    const ADR_ROOM = 'C0ADRROOM';
    const compared = await bot.bob.command('compare django fastapi', { channel: ADR_ROOM });
    await bot.bob.click(compared.messages.at(-1)!, 'Share to channel');
    const started = await bot.carol.command('vote flask express closes in 2d ranked anonymous');
    const ballot = started.messages.find((m) => /Team vote/.test(readable(m)))!;
    const closes = /Closes by itself at (\d{4}-\d\d-\d\d \d\d:\d\d UTC)/.exec(readable(ballot))![1]!;

    const home = await bot.alice.openHome();
    // Raw mrkdwn: <#C…> is Slack's channel link, shown as a clickable "#name" in the reader's Slack.
    const raw = home!.blocks.map((b) => (b.text as { text?: string } | undefined)?.text ?? '').join('\n');
    expect(raw).toMatch(/Open votes\*\n• <#C0GENERAL> · Flask vs Express \(ranked, anonymous\) · started by carol · 0 ballots so far · closes (\S+ \S+ UTC)/);
    expect(/closes (\S+ \S+ UTC)/.exec(raw)![1]).toBe(closes);
    expect(raw).toMatch(/Recent decisions\*\n(• .*\n)*• <#C0ADRROOM> · ADR-0001 \(proposed\) · .* bob shared a comparison of Django, FastAPI/);
    expect(bot.api.refusals).toEqual([]);
  });

  it("keeps people's own words inert beside the links: a name like <#C999> or <!channel> is shown, never linked or broadcast", async () => {
    bot = await startBot();
    const mallory = bot.workspace.person('U0MALLORY', '<#C999> <!channel> @here');
    await mallory.command('vote django fastapi closes in 3h');
    const home = await bot.alice.openHome();
    const raw = home!.blocks.map((b) => (b.text as { text?: string } | undefined)?.text ?? '').join('\n');
    expect(raw).toMatch(/• <#C0GENERAL> · Django vs FastAPI · started by &lt;#C999&gt; &lt;!channel&gt; @\u2060here · 0 votes so far · closes /);
    // The only channel markup is what the bot placed, from the stored channel id (the vote and its proposed decision).
    expect(new Set(raw.match(/<#[^>]*>/g))).toEqual(new Set(['<#C0GENERAL>']));
    expect(raw).toMatch(/Team vote started by &lt;#C999&gt; &lt;!channel&gt; @\u2060here on Django, FastAPI/);
    expect(raw).not.toMatch(/<!channel>/);
  });

  it("shows nothing of another workspace's decisions", async () => {
    bot = await startBot();
    const compared = await bot.bob.command('compare django fastapi');
    await bot.bob.click(compared.messages.at(-1)!, 'Share to channel');
    // Same people, another workspace: a second fake workspace on the same bot.
    const { SlackWorkspace } = await import('../fakes/slack-workspace.js');
    const other = new SlackWorkspace(bot.api, { ...bot.workspace.options, teamId: 'T0OTHER01' });
    const home = await other.person('U0ALICE', 'alice').openHome();
    expect(viewText(home)).toMatch(/Recent decisions\*\nNone yet/);
    expect(viewText(home)).not.toMatch(/shared a comparison/);
  });

  it('starts a guided recommendation in the app\'s messages from "Step by step"', async () => {
    bot = await startBot();
    const home = await bot.alice.openHome('D0ALICEDM');
    const seen = await bot.alice.clickInView(home!, 'Step by step');
    expect(seen.messages.some((m) => m.channel === 'D0ALICEDM' && /What are you building\?/.test(readable(m)))).toBe(true);
  });
});

describe('"Recommend in one form"', () => {
  it('asks every question of the guided flow on one modal and posts the recommendation in the chosen channel', async () => {
    bot = await startBot();
    const home = await bot.alice.openHome();
    const { trigger } = await bot.alice.clickInView(home!, 'Recommend in one form');
    const modal = bot.api.modalFor(trigger)!;
    expect(modal.type).toBe('modal');
    expect(inputIds(modal)).toEqual(['project', 'languages', 'priorities', 'mustHaves', 'scale', 'team', 'where']);
    const seen = await bot.alice.submit(modal, { project: ['api'], languages: ['python'], priorities: ['performance'], where: [GENERAL] });
    expect(seen.ack).toBeFalsy();
    const posted = seen.messages.filter((m) => m.channel === GENERAL && !m.ephemeralTo);
    expect(posted.map(readable).join('\n')).toMatch(/Recommended: /);
    expect(posted.map(readable).join('\n')).toMatch(/Shared by alice/);
  });

  it("fills the form in with the person's last answers next time", async () => {
    bot = await startBot();
    let home = await bot.alice.openHome();
    let { trigger } = await bot.alice.clickInView(home!, 'Recommend in one form');
    await bot.alice.submit(bot.api.modalFor(trigger)!, { project: ['ai-ml'], languages: ['python', 'go'], scale: ['millions'], where: [GENERAL] });
    home = await bot.alice.openHome();
    expect(viewText(home)).toMatch(/Your last answers: /);
    ({ trigger } = await bot.alice.clickInView(home!, 'Recommend in one form'));
    const again = bot.api.modalFor(trigger)!;
    const initial = (id: string) => {
      const element = again.blocks.find((b) => b.block_id === id)!.element as { initial_option?: { value: string }; initial_options?: Array<{ value: string }> };
      return element.initial_options?.map((o) => o.value) ?? (element.initial_option ? [element.initial_option.value] : []);
    };
    expect(initial('project')).toEqual(['ai-ml']);
    expect(initial('languages')).toEqual(['python', 'go']);
    expect(initial('scale')).toEqual(['millions']);
    expect(initial('team')).toEqual([]);
  });

  it('keeps the modal open with a message under each field to fix (response_action: errors)', async () => {
    bot = await startBot();
    const home = await bot.alice.openHome();
    const { trigger } = await bot.alice.clickInView(home!, 'Recommend in one form');
    const seen = await bot.alice.submit(bot.api.modalFor(trigger)!, { priorities: ['performance', 'security', 'ease'], where: [] });
    expect(seen.ack).toEqual({ response_action: 'errors', errors: { priorities: expect.stringMatching(/at most 2/), where: expect.stringMatching(/where to post/) } });
    expect(seen.messages.filter((m) => !m.ephemeralTo)).toEqual([]);
  });
});

describe("the channel's defaults form", () => {
  it("edits the channel's weights, starting from the current ones, and announces the change in the channel", async () => {
    bot = await startBot();
    await bot.carol.command('weights security=5 performance=2');
    const home = await bot.alice.openHome();
    const { trigger } = await bot.alice.clickInView(home!, 'Channel defaults');
    const modal = bot.api.modalFor(trigger)!;
    expect(inputIds(modal)).toEqual(['where', 'performance', 'scalability', 'ease', 'security', 'community']);
    const seen = await bot.alice.submit(modal, { where: [GENERAL], performance: ['4'], security: ['1'] });
    expect(seen.ack).toBeFalsy();
    expect(seen.messages.map(readable).join('\n')).toMatch(/performance/i);
    const shown = await bot.alice.command('weights');
    expect(readable(shown.messages.at(-1)!)).toMatch(/Set by alice/);
  });

  it('refuses all zeros with a message on the form', async () => {
    bot = await startBot();
    const home = await bot.alice.openHome();
    const { trigger } = await bot.alice.clickInView(home!, 'Channel defaults');
    const zeros = { where: [GENERAL], performance: ['0'], scalability: ['0'], ease: ['0'], security: ['0'], community: ['0'] };
    const seen = await bot.alice.submit(bot.api.modalFor(trigger)!, zeros);
    expect(seen.ack).toEqual({ response_action: 'errors', errors: { performance: expect.stringMatching(/more than 0/) } });
  });
});
