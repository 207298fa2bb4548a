/**
 * Hostile input over the real Discord transport: 120 slash commands whose
 * options hold hostile text (sent by people with hostile display names) and
 * 80 mentions, dispatched by the fake gateway to the real discord.js client.
 * Every message body the bot sends to Discord (interaction callbacks, webhook
 * edits, channel posts) fits Discord's limits, says that nothing may ping,
 * and pings or formats nothing; Discord never refuses one, and nobody gets
 * the apology.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APOLOGY } from '../../src/adapters/kit/apology.js';
import { type DiscordMessagePayload, limitProblems } from '../../src/adapters/discord/limits.js';
import { COMMANDS } from '../../src/core/commands/spec.js';
import * as fixtures from '../fakes/discord-fixtures.js';
import type { RecordedCall } from '../fakes/discord-server.js';
import { DiscordUsers } from '../fakes/discord-users.js';
import { hostileName, hostileTexts } from './hostile-text.js';
import { discordEscapingProblems } from './mention-safety.js';

const SLASH = 120;
const MENTIONS = 80;
const SEED = 2_027;

let discord: DiscordUsers;
beforeAll(async () => {
  discord = await DiscordUsers.start();
});
afterAll(async () => {
  await discord?.stop();
});

/** The message a call sends, if it sends one: a callback carries it in `data`, posts and edits in the body. */
function messageOf(call: RecordedCall): DiscordMessagePayload | undefined {
  const body = call.body as { data?: unknown } | undefined;
  const message = (call.path.endsWith('/callback') ? body?.data : body) as Partial<DiscordMessagePayload> | undefined;
  if (!message || typeof message !== 'object' || !('embeds' in message || 'content' in message)) return undefined;
  return { embeds: [], components: [], ...message } as DiscordMessagePayload;
}

/** How many message bodies were checked, so a test can tell that its checks ran. */
let checked = 0;

function problemsSince(index: number): string[] {
  return discord.calls.slice(index).flatMap((call) => {
    const problems = call.status >= 400 ? [`${call.method} ${call.path} answered ${call.status}`] : [];
    const message = messageOf(call);
    if (!message) return problems;
    checked += 1;
    if (message.content === APOLOGY) problems.push('the bot apologised');
    return [...problems, ...limitProblems(message), ...discordEscapingProblems(message)];
  });
}

describe('hostile text over Discord', () => {
  it(`answers ${SLASH} slash commands with hostile options, from people with hostile names`, async () => {
    checked = 0;
    const texts = hostileTexts(SLASH, SEED);
    const names = fc.sample(hostileName, { numRuns: SLASH, seed: SEED });
    const failures: unknown[] = [];
    for (const [i, text] of texts.entries()) {
      const spec = COMMANDS[i % COMMANDS.length]!;
      // Discord would refuse an empty option value; a blank one stands for "not given".
      const options = Object.fromEntries(spec.options.map((o) => [o.name, text.slice(0, 6000) || ' ']));
      const before = discord.calls.length;
      const seen = await discord.slash(spec.name, options, { as: fixtures.user(names[i]!) });
      const problems = problemsSince(before);
      if (!seen.reply && seen.messages.length === 0) problems.push('no answer');
      if (problems.length > 0) failures.push({ command: spec.name, text: text.slice(0, 200), problems: problems.slice(0, 3) });
    }
    expect(failures.slice(0, 5)).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(SLASH);
  });

  it(`answers ${MENTIONS} hostile mentions`, async () => {
    const failures: unknown[] = [];
    for (const [i, text] of hostileTexts(MENTIONS, SEED + 1).entries()) {
      const before = discord.calls.length;
      const seen = await discord.mention(text, { as: fixtures.user(`Mentioner ${i}`) });
      const problems = problemsSince(before);
      if (seen.messages.length === 0) problems.push('no answer');
      if (problems.length > 0) failures.push({ text: text.slice(0, 200), problems: problems.slice(0, 3) });
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });
});
