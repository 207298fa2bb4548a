/**
 * Hostile input, the bulk of it: 9,600 texts (of the 10,000; the other 400
 * go over the real transports in fuzz-slack and fuzz-discord) through what
 * each platform path does in process: the Slack adapter's reading of slash
 * command and mention text, or the Discord slash command's options turned
 * into a command line, then the real core, then both renderers. One input in
 * ten is a click carrying the text as its action id. Nothing may throw, every
 * message must fit its platform's limits, and no user text may ping anyone
 * or format anything.
 */
import { describe, expect, it } from 'vitest';
import { commandText } from '../../src/core/commands/command-text.js';
import { limitProblems as discordLimitProblems } from '../../src/adapters/discord/limits.js';
import { cardToDiscordPayload } from '../../src/adapters/discord/render.js';
import { cardToBlocks } from '../../src/adapters/slack/render.js';
import { incomingText } from '../../src/adapters/slack/incoming-text.js';
import { limitProblems as slackLimitProblems } from '../../src/adapters/slack/limits.js';
import { COMMANDS } from '../../src/core/commands/spec.js';
import type { Asker, Effect, Input } from '../../src/core/conversations/effects.js';
import type { Reply } from '../../src/core/reply.js';
import { TeamAdvisor } from '../../src/core/team-advisor.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { knowledge } from '../support/knowledge.js';
import fc from 'fast-check';
import { hostileName, hostileTexts } from './hostile-text.js';
import { discordEscapingProblems, slackEscapingProblems } from './mention-safety.js';

const IN_PROCESS = 9_600;
const SEED = 7_2026;
const BOT = 'UBOT0001';

type Route = 'slack-command' | 'slack-mention' | 'discord-slash' | 'action';

/** What the core receives for this typed text on this route, as the adapter would pass it. */
function inputFor(route: Route, typed: string, i: number): Input {
  switch (route) {
    case 'slack-command':
      return { type: 'text', text: incomingText(typed) };
    case 'slack-mention':
      return { type: 'text', text: incomingText(`<@${BOT}> ${typed}`, BOT) };
    case 'discord-slash': {
      // Every option of one subcommand holds the text, as a person could type it into each box.
      const spec = COMMANDS[i % COMMANDS.length]!;
      return { type: 'text', text: commandText(spec.name, new Map(spec.options.map((o) => [o.name, typed]))) };
    }
    case 'action':
      return { type: 'action', id: typed, values: [typed] };
  }
}

const ROUTES: Route[] = ['slack-command', 'slack-mention', 'discord-slash', 'slack-command', 'slack-mention', 'discord-slash', 'slack-command', 'slack-mention', 'discord-slash', 'action'];

const repliesOf = (effects: Effect[]): Reply[] => effects.flatMap((e) => (e.type === 'start-thread' ? [e.parent, e.first] : [e.reply]));

function problemsOf(reply: Reply): string[] {
  const slack = cardToBlocks(reply.card);
  const discord = cardToDiscordPayload(reply.card);
  return [
    ...slackLimitProblems(slack).map((p) => `slack limit ${p.limit} at ${p.where}: ${p.detail}`),
    ...slackEscapingProblems(slack).map((p) => `slack escaping: ${p}`),
    ...discordLimitProblems(discord).map((p) => `discord limit: ${p}`),
    ...discordEscapingProblems(discord).map((p) => `discord escaping: ${p}`),
  ];
}

describe('hostile command text, through the core and both renderers', () => {
  it(`answers ${IN_PROCESS} texts: no crash, every message within limits, nothing pings or formats`, async () => {
    // Each text from its own person, so the rate limit (tested on its own) never answers instead.
    const core = new TeamAdvisor(knowledge(), { store: new MemoryStore() });
    const texts = hostileTexts(IN_PROCESS, SEED);
    const names = fc.sample(hostileName, { numRuns: IN_PROCESS, seed: SEED });
    const failures: Array<{ typed: string; route: Route; problems: string[] }> = [];
    let echoed = 0;
    for (const [i, typed] of texts.entries()) {
      const route = ROUTES[i % ROUTES.length]!;
      const platform = route === 'discord-slash' ? 'discord' : 'slack';
      const asker: Asker = { tenant: `${platform}:T0FUZZ`, channel: 'C0FUZZ', user: { id: `U${i}`, name: names[i]!.slice(0, 120) } };
      const effects = await core.handle(inputFor(route, typed, i), asker);
      expect(effects.length, JSON.stringify(typed)).toBeGreaterThan(0);
      for (const reply of repliesOf(effects)) {
        if (/pwned|channel|everyone|evil\.example/.test(JSON.stringify(reply.card))) echoed += 1;
        const problems = problemsOf(reply);
        if (problems.length > 0) failures.push({ typed: typed.slice(0, 200), route, problems: problems.slice(0, 3) });
      }
    }
    expect(failures.slice(0, 5)).toEqual([]);
    // The checks above mean something only if hostile text was echoed back often.
    expect(echoed).toBeGreaterThan(IN_PROCESS / 10);
  });

  it('has checks that catch unescaped text', () => {
    const slack = (text: string) => slackEscapingProblems({ text: 'fine', blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] });
    for (const text of ['hi <!channel>', 'a *pwned* b', 'R&D']) expect(slack(text), text).not.toEqual([]);
    expect(slack('a∗pwned∗ b, snake_case, a*b*c &amp; &lt;!here&gt;')).toEqual([]);
    const discord = (description: string) => discordEscapingProblems({ embeds: [{ description }], components: [], allowed_mentions: { parse: [] } });
    for (const text of ['@everyone', '<@&1>', 'a **pwned** b', '# heading']) expect(discord(text), text).not.toEqual([]);
    expect(discord('@\u200beveryone \\<@&1> \\*\\*pwned\\*\\* \\# heading')).toEqual([]);
  });
});
