/**
 * The core decides what works where someone asked (Asker.place): where the
 * bot was not added, only answers to the asker; every click that would post
 * for the channel or keep its state says why not, in the asker's language.
 */
import { describe, expect, it } from 'vitest';
import type { Action } from '../../src/core/cards/card.js';
import type { Asker, Effect } from '../../src/core/conversations/effects.js';
import type { Reply } from '../../src/core/reply.js';
import { TeamAdvisor } from '../../src/core/team-advisor.js';
import { languageOf } from '../../src/core/text/language.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { knowledge } from '../support/knowledge.js';

const team = () => new TeamAdvisor(knowledge(), { store: new MemoryStore() });
const inChannel: Asker = { tenant: 'discord:1', channel: '2', user: { id: 'alice', name: 'Alice' } };
const outside: Asker = { tenant: 'discord:dm-alice', channel: '9', user: { id: 'alice', name: 'Alice' }, place: 'private' };
const replyOf = (effects: Effect[]): Reply => {
  expect(effects.map((e) => e.type)).toEqual(['respond']);
  return (effects[0] as Extract<Effect, { type: 'respond' }>).reply;
};
const button = (reply: Reply, label: string) => reply.card.actions.find((a): a is Extract<Action, { type: 'button' }> => a.type === 'button' && a.label === label)!;

describe('where the bot was not added', () => {
  it('a Share, vote or new-flow button made elsewhere explains itself instead of posting', async () => {
    const advisor = team();
    const result = replyOf(await advisor.handle({ type: 'text', text: 'recommend language=python project=api priorities=performance scale=millions team=senior builtins=none' }, inChannel));
    for (const label of ['Share to channel', 'Start a team vote']) {
      const answer = replyOf(await advisor.handle({ type: 'action', id: button(result, label).id }, outside));
      expect(answer).toMatchObject({ visibility: 'private', understood: false, card: { title: 'Not available here' } });
    }
    const flow = replyOf(await advisor.handle({ type: 'action', id: 'flow:new' }, outside));
    expect(flow.card.title).toBe('Not available here');
  });

  it('a vague plain question gets the one-line way to ask instead of a flow', async () => {
    const answer = replyOf(await team().handle({ type: 'text', text: 'which backend framework should we use?' }, outside));
    expect(answer.card.fallback).toContain('The guided recommendation runs in a thread');
  });
});

describe('the card language of a locale', () => {
  it('is German for German locales and English for everything else', () => {
    expect(['de', 'de-AT', 'DE_ch'].map(languageOf)).toEqual(['de', 'de', 'de']);
    expect(['en-GB', 'fr', 'pt-BR', '', undefined, '💥'].map(languageOf)).toEqual(['en', 'en', 'en', 'en', 'en', 'en']);
  });
});
