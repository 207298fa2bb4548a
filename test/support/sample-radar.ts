/**
 * A sample team's radar, built the way a team builds one: votes and decisions
 * over seven months on a controlled clock, so the picture is the same on
 * every run. Used by the radar picture test and by `npm run charts:radar-sample`
 * (the README's sample picture).
 */
import type { Reply } from '../../src/core/reply.js';
import { TeamAdvisor } from '../../src/core/team-advisor.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { knowledge } from './knowledge.js';
import { TeamChat } from './team-chat.js';

const DAY = 86_400_000;
export const SAMPLE_START = Date.UTC(2025, 0, 6, 10);

const TYPESCRIPT = 'language=typescript project=microservices priorities=scalability builtins=none scale=millions team=mixed';
const PYTHON = 'language=python project=api priorities=performance builtins=none scale=millions team=senior';

export async function sampleTeamRadar(text = 'radar'): Promise<Reply> {
  let now = SAMPLE_START;
  const chat = new TeamChat(new TeamAdvisor(knowledge(), { store: new MemoryStore(), now: () => now, commandsPerMinute: 1000 }), 'slack:T0SAMPLE', 'C0PLATFORM');
  const vote = async (answers: string, pick: string) => {
    const [own] = await chat.say('Alice', `recommend ${answers}`);
    const [ballot] = await chat.click('Alice', own!, 'Start a team vote');
    await chat.click('Bob', ballot!, pick);
    await chat.click('Carol', ballot!, pick);
    await chat.click('Alice', ballot!, 'Close vote');
  };
  await vote(TYPESCRIPT, 'NestJS'); // ADR-0001, superseded in July
  now += 90 * DAY;
  await vote(PYTHON, 'FastAPI'); // ADR-0002
  now += 40 * DAY;
  const [compared] = await chat.say('Dan', 'compare gin echo');
  await chat.click('Dan', compared!, 'Share to channel'); // ADR-0003, proposed: both to assess
  now += 30 * DAY;
  await vote(TYPESCRIPT, 'Fastify'); // ADR-0004 supersedes ADR-0001
  now += 25 * DAY;
  return (await chat.say('Erin', text))[0]!.reply;
}
