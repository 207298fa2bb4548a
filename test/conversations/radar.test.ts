/**
 * The team's radar as a channel meets it: votes and decisions put frameworks
 * in rings (a superseded choice in Hold, the new choice in Adopt, the other
 * shortlisted options in Assess), the card says the rings in words beside the
 * picture, an empty channel is told how to record a decision, and a workspace
 * radar reads every channel of its own workspace and none of another's.
 */
import { describe, expect, it } from 'vitest';
import type { ChartData, RadarChart } from '../../src/core/charts/chart-data.js';
import { TeamAdvisor } from '../../src/core/team-advisor.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { knowledge } from '../support/knowledge.js';
import { TeamChat } from '../support/team-chat.js';

const ANSWERS = 'language=typescript project=microservices priorities=scalability builtins=none scale=millions team=mixed';
const PYTHON = 'language=python project=api priorities=performance builtins=none scale=millions team=senior';

async function voteOn(chat: TeamChat, answers: string, pick: string) {
  const [own] = await chat.say('Alice', `recommend ${answers}`);
  const [vote] = await chat.click('Alice', own!, 'Start a team vote');
  await chat.click('Bob', vote!, pick);
  await chat.click('Alice', vote!, 'Close vote');
}

/** Framework name -> ring, as the picture places them. */
function rings(chart: ChartData | undefined): Record<string, string> {
  expect(chart?.kind).toBe('radar');
  return Object.fromEntries((chart as RadarChart).blips.map((b) => [b.name, b.ring]));
}

const radarOf = async (chat: TeamChat, text = 'radar') => (await chat.say('Dan', text))[0]!.reply;

describe('radar', () => {
  it('puts a superseded choice in Hold, the choice that superseded it in Adopt, and the other shortlisted options in Assess', async () => {
    const chat = new TeamChat(new TeamAdvisor(knowledge(), { store: new MemoryStore() }));
    await voteOn(chat, ANSWERS, 'NestJS');
    expect(rings((await radarOf(chat)).chart)).toEqual({ NestJS: 'Adopt', Fastify: 'Assess', Hono: 'Assess' });

    await voteOn(chat, ANSWERS, 'Fastify');
    const reply = await radarOf(chat);
    expect(rings(reply.chart)).toEqual({ Fastify: 'Adopt', Hono: 'Assess', NestJS: 'Hold' });
    expect(reply.visibility).toBe('public');
    // The card reads the same radar in words, for anyone without the picture.
    const lists = Object.fromEntries(reply.card.blocks.flatMap((b) => (b.type === 'list' ? [[b.heading, b.items]] : [])));
    expect(lists['Adopt (1)']).toEqual([expect.stringMatching(/^Fastify: Chosen over NestJS, Hono in ADR-0002/)]);
    expect(lists['Hold (1)']).toEqual([expect.stringMatching(/^NestJS: Chosen in ADR-0001, superseded by ADR-0002/)]);
    expect(lists['Assess (1)']).toEqual([expect.stringMatching(/^Hono: /)]);
    expect(reply.card.fallback).toContain('Hold (1): NestJS');
    expect(JSON.stringify(reply.card)).toContain('the latest one that chose it wins');
  });

  it('puts a deprecated choice in Hold, and a framework only ever on an open vote in Assess', async () => {
    const chat = new TeamChat(new TeamAdvisor(knowledge(), { store: new MemoryStore() }));
    await voteOn(chat, ANSWERS, 'NestJS');
    await chat.say('Bob', 'decision 1 deprecate');
    const [own] = await chat.say('Alice', `recommend ${PYTHON}`);
    await chat.click('Alice', own!, 'Start a team vote');
    expect(rings((await radarOf(chat)).chart)).toEqual({ NestJS: 'Hold', Fastify: 'Assess', Hono: 'Assess', FastAPI: 'Assess', Litestar: 'Assess', Starlette: 'Assess' });
  });

  it('tells an empty channel how to record a decision, privately and without a picture', async () => {
    const chat = new TeamChat(new TeamAdvisor(knowledge(), { store: new MemoryStore() }));
    const reply = await radarOf(chat);
    expect(reply.chart).toBeUndefined();
    expect(reply.visibility).toBe('private');
    expect(reply.card.title).toBe("This channel's tech radar");
    expect(reply.card.fallback).toMatch(/No decisions in this channel yet[^]*Share to channel[^]*decide <framework>/);
    const exported = await radarOf(chat, 'radar export');
    expect(exported.document).toBeUndefined();
    expect(exported.understood).toBe(false);
  });

  it('answers a bad radar word with what it takes', async () => {
    const chat = new TeamChat(new TeamAdvisor(knowledge(), { store: new MemoryStore() }));
    const reply = await radarOf(chat, 'radar export --format xml');
    expect(reply.understood).toBe(false);
    expect(reply.card.fallback).toMatch(/radar export --format backstage/);
  });

  it("draws the workspace's radar from all its channels, and never from another workspace", async () => {
    const store = new MemoryStore();
    const acme = new TeamChat(new TeamAdvisor(knowledge(), { store }), 'slack:T1', 'C1');
    const acmeApi = new TeamChat(new TeamAdvisor(knowledge(), { store }), 'slack:T1', 'C2');
    const globex = new TeamChat(new TeamAdvisor(knowledge(), { store }), 'slack:T2', 'C1');
    await voteOn(acme, ANSWERS, 'NestJS');
    await voteOn(acmeApi, PYTHON, 'FastAPI');
    await voteOn(globex, ANSWERS, 'Hono');

    expect(rings((await radarOf(acme)).chart)).toEqual({ NestJS: 'Adopt', Fastify: 'Assess', Hono: 'Assess' });
    const workspace = await radarOf(acme, 'radar workspace');
    expect(rings(workspace.chart)).toEqual({ NestJS: 'Adopt', FastAPI: 'Adopt', Fastify: 'Assess', Hono: 'Assess', Litestar: 'Assess', Starlette: 'Assess' });
    expect(workspace.card.title).toBe("This workspace's tech radar");
    expect(workspace.chart!.kind === 'radar' && workspace.chart!.blips.find((b) => b.name === 'FastAPI')!.decidedIn).toBe('ADR-0001 (C2) accepted');

    // Same channel id, other workspace: only its own vote, Hono adopted.
    expect(rings((await radarOf(globex, 'radar workspace')).chart)).toEqual({ Hono: 'Adopt', NestJS: 'Assess', Fastify: 'Assess' });
    const csv = (await radarOf(globex, 'radar workspace export')).document!.text;
    expect(csv).not.toMatch(/FastAPI/);
  });

  it('exports the CSV by default and the Backstage JSON on request, as files named for what they are', async () => {
    const chat = new TeamChat(new TeamAdvisor(knowledge(), { store: new MemoryStore() }));
    await voteOn(chat, ANSWERS, 'NestJS');
    const csv = await radarOf(chat, 'radar export');
    expect(csv.document).toMatchObject({ filename: 'tech-radar.csv', mimeType: 'text/csv' });
    expect(csv.document!.text.split('\r\n')[0]).toBe('name,ring,quadrant,isNew,description,status');
    const json = await radarOf(chat, 'radar export --format backstage');
    expect(json.document).toMatchObject({ filename: 'tech-radar.json', mimeType: 'application/json' });
    expect(JSON.parse(json.document!.text).entries.map((e: { id: string }) => e.id)).toEqual(['nestjs', 'fastify', 'hono']);
    expect((await radarOf(chat, 'radar workspace export json')).document!.filename).toBe('tech-radar-workspace.json');
  });
});
