/**
 * Properties: every card renders within every limit in the table. First the
 * cards the product sends (comparisons of 2-4 frameworks, recommendations for
 * random answers, flow steps, profiles, rankings, lists, help, problems), then
 * arbitrary cards built to overflow every part of an embed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DiscordMessagePayload, limitProblems } from '../../src/adapters/discord/limits.js';
import { cardToDiscordPayload } from '../../src/adapters/discord/render.js';
import type { Card } from '../../src/core/cards/card.js';
import { COMMAND_NAMES } from '../../src/core/commands/spec.js';
import type { Effect } from '../../src/core/conversations/effects.js';
import type { Reply } from '../../src/core/reply.js';
import type { Answers } from '../../src/core/team/answers.js';
import { Advisor } from '../../src/core/advisor.js';
import { TeamAdvisor } from '../../src/core/team-advisor.js';
import { CRITERIA, LANGUAGES } from '../../src/core/vocabulary.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { knowledge } from '../support/knowledge.js';
import { anyAnswers } from '../support/arbitrary-answers.js';
import { anyCard as cardArb } from '../support/arbitrary-cards.js';

const kb = knowledge();
const ids = kb.frameworks.map((f) => f.id);
const team = new TeamAdvisor(kb, { store: new MemoryStore() });
const asker = { tenant: 'discord:1', channel: '2', user: { id: '3', name: 'Alice' } };

function repliesOf(effects: Effect[]): Reply[] {
  return effects.flatMap((e) => (e.type === 'start-thread' ? [e.parent, e.first] : [e.reply]));
}

/** Within every limit, and nothing the product offers is lost on the way. */
function expectSendable(card: Card): DiscordMessagePayload {
  const payload = cardToDiscordPayload(card);
  expect(limitProblems(payload), card.title).toEqual([]);
  const sent = payload.components.flatMap((r) => r.components.map((c) => c.custom_id));
  expect(sent, card.title).toEqual(card.actions.map((a) => a.id));
  return payload;
}

async function expectCommandFits(text: string): Promise<void> {
  const replies = repliesOf(await team.handle({ type: 'text', text }, asker));
  expect(replies.length).toBeGreaterThan(0);
  for (const reply of replies) expectSendable(reply.card);
}

const answersArb = anyAnswers;

function recommendText(answers: Answers): string {
  const list = (values: readonly string[] | undefined, none: string) => (values && values.length > 0 ? values.join(',') : none);
  return [
    'recommend',
    answers.project && `project=${answers.project}`,
    answers.languages && `language=${list(answers.languages, 'any')}`,
    answers.priorities && answers.priorities.length > 0 && `priorities=${answers.priorities.join(',')}`,
    answers.mustHaves && `builtins=${list(answers.mustHaves, 'none')}`,
    answers.scale && `scale=${answers.scale}`,
    answers.team && `team=${answers.team}`,
  ]
    .filter(Boolean)
    .join(' ');
}

/** The first mention Discord would render in this markdown: one not escaped by an odd run of backslashes. */
function mentionIn(markdown: string): string | undefined {
  for (let i = 0; i < markdown.length; i++) {
    if (markdown[i] === '\\') i++;
    else if (/^(<[@#]|@everyone|@here)/i.test(markdown.slice(i))) return markdown.slice(i, i + 12);
  }
  return undefined;
}

describe('the product\'s cards on Discord', () => {
  it('a comparison of any 2 to 4 frameworks fits, with its Share button', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.constantFrom(...ids), { minLength: 2, maxLength: 4 }), async (chosen) => {
        await expectCommandFits(`compare ${chosen.join(', ')}`);
      }),
      { numRuns: 150 },
    );
  });

  it('a recommendation for any answers fits, and so does each step of the guided flow', async () => {
    await fc.assert(
      fc.asyncProperty(answersArb, async (answers) => {
        expectSendable(new Advisor(kb).recommendNow(answers).card);
        await expectCommandFits(recommendText(answers));
      }),
      { numRuns: 150 },
    );
  });

  it('every profile, ranking, list and help page fits', async () => {
    for (const id of ids) await expectCommandFits(`info ${id}`);
    for (const criterion of ['overall', ...CRITERIA]) {
      await expectCommandFits(`top ${criterion}`);
      for (const language of LANGUAGES) await expectCommandFits(`top ${criterion} language=${language}`);
    }
    await expectCommandFits('list');
    for (const language of LANGUAGES) await expectCommandFits(`list ${language}`);
    await expectCommandFits('help');
    for (const topic of COMMAND_NAMES) await expectCommandFits(`help ${topic}`);
  });

  it('whatever a user types, the answer fits and cannot ping', async () => {
    const hostile = fc.constantFrom('@everyone', '@here', '<@123>', '<@&456>', '<#789>', '**', '`', '```', '\\', '||', '# ', '\n> ', 'django', 'vs', ',', '😀', 'x'.repeat(300));
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 400 }), fc.array(hostile, { maxLength: 30 }).map((w) => w.join(' '))), async (typed) => {
        for (const text of [typed, `compare ${typed}`, `info ${typed}`]) {
          for (const reply of repliesOf(await team.handle({ type: 'text', text }, asker))) {
            const embed = expectSendable(reply.card).embeds[0]!;
            for (const shown of [embed.title, embed.description, ...(embed.fields ?? []).flatMap((f) => [f.name, f.value])]) {
              expect(mentionIn(shown ?? ''), shown).toBeUndefined();
            }
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('any card on Discord', () => {
  it('renders within every limit in the table', () => {
    fc.assert(
      fc.property(cardArb, (card) => {
        expect(limitProblems(cardToDiscordPayload(card))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
