/**
 * Requests no Slack would send, or sent at the wrong place: bodies over 1 MB,
 * form bodies and JSON that cannot be read, and clicks signed by one
 * workspace on another workspace's guided flow. Each gets a clear HTTP error
 * or a private note, never a 5xx, and changes nothing: the core is not asked,
 * nothing is posted, the flow stays where it was. (Unknown action ids and
 * unreadable click payloads are covered in test/slack/platform-failures.)
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../src/adapters/slack/app.js';
import { BOT_ID, BOT_USER_ID, type FakeMessage, TEAM_ID } from '../fakes/slack-api.js';
import { FORM, interactivityBody, slashCommandBody } from '../fakes/slack-requests.js';
import { GENERAL, readable } from '../fakes/slack-workspace.js';
import { type BotUnderTest, startBot } from '../slack/slack-bot.js';

let bot: BotUnderTest;
beforeEach(async () => {
  bot = await startBot();
});
afterEach(async () => {
  await bot.close();
});

/** Everything the bot has sent Slack besides its start-up auth.test. */
const sent = () => bot.api.calls.filter((c) => c.method !== 'auth.test').length + bot.api.responses.length;

const command = (text: string) => slashCommandBody({ command: '/framework', text, user_id: 'U0ALICE', team_id: TEAM_ID, channel_id: GENERAL, response_url: bot.api.responseUrl({ channel: GENERAL, user: 'U0ALICE' }) });

describe('bodies over 1 MB', () => {
  it('are refused with 413 before the signature is checked or the core asked', async () => {
    const huge = command(`compare django fastapi ${'x'.repeat(MAX_BODY_BYTES)}`);
    const signed = await bot.workspace.send(huge, FORM);
    const forged = await bot.workspace.send(huge, FORM, { secret: 'not-the-secret' });
    expect([signed.status, forged.status]).toEqual([413, 413]);
    expect(bot.coreCalls).toEqual([]);
    expect(sent()).toBe(0);
  });

  it('leave the bot answering the next request', async () => {
    await bot.workspace.send(command('x'.repeat(MAX_BODY_BYTES + 1)), FORM);
    const seen = await bot.alice.command('info gin');
    expect(readable(seen.messages[0]!)).toMatch(/^Gin/);
  });
});

describe('bodies that cannot be read', () => {
  it('get a 4xx, and neither the core nor Slack hears of them', async () => {
    const answers = await Promise.all([
      bot.workspace.send('{"type": "event_callback", "event": ', 'application/json'),
      bot.workspace.send('payload=%7B%22type%22%3A%22block_actions%22', FORM),
      bot.workspace.send('compare django fastapi', 'text/plain'),
      // Signed and well formed, but no kind of request Slack sends: Bolt gives up on it (after its 3 s wait).
      bot.workspace.send('%%%&&==&=%zz', FORM),
      bot.workspace.send('[1, 2, 3]', 'application/json'),
    ]);
    expect(answers.map((a) => a.status)).toEqual([400, 400, 400, 404, 404]);
    expect(bot.coreCalls).toEqual([]);
    expect(sent()).toBe(0);
  });

  it('an event without the fields the bot needs is acknowledged (so Slack does not retry it), logged, and not answered', async () => {
    const answer = await bot.workspace.send(JSON.stringify({ type: 'event_callback', team_id: TEAM_ID, event_id: 'Ev0BAD', event: { type: 'app_mention', text: 'help' } }), 'application/json');
    expect(answer.status).toBe(200);
    expect(bot.coreCalls).toEqual([]);
    expect(sent()).toBe(0);
    expect(bot.problems()).toContainEqual(expect.objectContaining({ msg: 'unreadable message event' }));
  });
});

/** A click on `label`, signed correctly but coming from another workspace (its own team and user). */
async function clickFromAnotherWorkspace(message: FakeMessage, label: string, team: string) {
  const element = message.blocks
    .flatMap((b) => (b.type === 'actions' ? (b.elements as Array<{ type: string; action_id: string; text?: { text: string } }>) : []))
    .find((e) => e.type === 'button' && e.text?.text === label)!;
  const payload = {
    type: 'block_actions',
    user: { id: 'U0MALLORY', username: 'mallory', name: 'mallory', team_id: team },
    team: { id: team, domain: 'elsewhere' },
    container: { type: 'message', message_ts: message.ts, channel_id: message.channel, is_ephemeral: false },
    channel: { id: message.channel, name: 'general' },
    message: { type: 'message', ts: message.ts, text: message.text, blocks: message.blocks, user: BOT_USER_ID, bot_id: BOT_ID },
    response_url: bot.api.responseUrl({ channel: message.channel, user: 'U0MALLORY' }),
    actions: [{ type: 'button', action_id: element.action_id, value: element.action_id, block_id: 'b1', action_ts: '1' }],
  };
  return bot.workspace.send(interactivityBody(payload), FORM);
}

describe("a click aimed at another workspace's flow", () => {
  it('finds no such flow, says so privately, and leaves the flow as it was for its owner', async () => {
    const [, step] = (await bot.alice.command('recommend')).messages;
    const before = { text: readable(step!), seq: step!.seq };

    const answer = await clickFromAnotherWorkspace(step!, 'AI/ML service', 'T0OTHER01');
    expect(answer.status).toBe(200);
    const note = bot.workspace.visibleTo('U0MALLORY').at(-1)!;
    expect(note.ephemeralTo).toBe('U0MALLORY');
    expect(readable(note)).toMatch(/^This recommendation has expired/);
    expect(bot.api.findMessage(GENERAL, step!.ts)).toMatchObject({ seq: before.seq });

    // Its owner carries on from where she was.
    const next = await bot.alice.click(step!, 'AI/ML service');
    expect(readable(next.messages.find((m) => m.ts === step!.ts)!)).toMatch(/^2\/6 · Which languages can the team use\?/);
  });
});
