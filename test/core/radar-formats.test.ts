/**
 * The radar's placement rules on hand-made decision records, and its two
 * export formats read back the way their tools read them (checks in
 * test/support/radar-format.ts): the CSV parsed as RFC 4180 with BYOR's
 * columns and values, the JSON checked against the shape of Backstage's
 * Tech Radar plugin.
 */
import { describe, expect, it } from 'vitest';
import { backstageRadar, backstageRadarJson } from '../../src/core/decisions/backstage-radar.js';
import { byorCsv } from '../../src/core/decisions/byor-csv.js';
import { teamRadar } from '../../src/core/decisions/radar.js';
import type { DecisionRecord, DecisionStatus } from '../../src/core/team/records.js';
import { knowledge } from '../support/knowledge.js';
import { checkBackstageRadar, checkByorCsv } from '../support/radar-format.js';

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 5, 1);
const kb = knowledge();

let ids = 0;
function record(channel: string, number: number, status: DecisionStatus, daysAgo: number, options: string[], decision?: string, extra: Partial<NonNullable<DecisionRecord['details']>> = {}): DecisionRecord {
  return {
    id: `decision${String(++ids).padStart(4, '0')}`,
    tenant: 'slack:T1',
    channel,
    kind: 'decided',
    number,
    status,
    by: { id: 'U1', name: 'Alice' },
    options: options.map((id, i) => ({ id, score: 8 - i })),
    ...(decision ? { decision } : {}),
    weights: { performance: 1 },
    createdAt: NOW - daysAgo * DAY,
    details: {
      title: decision ? `Use ${kb.get(decision)?.name ?? decision} as our backend framework` : 'Choose',
      decisionMakers: [],
      consulted: [],
      reason: { why: [] },
      evidence: {},
      consequences: { watchouts: [] },
      ...extra,
    },
  };
}

const ringsOf = (decisions: DecisionRecord[], scope: 'channel' | 'workspace' = 'channel') =>
  Object.fromEntries(teamRadar(kb, decisions, scope, NOW).entries.map((e) => [e.id, e.ring]));

describe('radar placement', () => {
  it('moves a superseded choice to Hold on the day it was superseded, and its successor to Adopt', () => {
    const old = record('C1', 1, 'superseded', 200, ['express', 'fastify'], 'express', { supersededBy: 2 });
    const next = record('C1', 2, 'accepted', 10, ['fastify', 'express'], 'fastify', { supersedes: 1 });
    const radar = teamRadar(kb, [next, old], 'channel', NOW);
    const express = radar.entries.find((e) => e.id === 'express')!;
    const fastify = radar.entries.find((e) => e.id === 'fastify')!;
    expect([fastify.ring, express.ring]).toEqual(['Adopt', 'Hold']);
    // Express was adopted 200 days ago and held since ADR-0002: it moved out, and is not new.
    expect(express.timeline.map((s) => [s.ring, s.moved, s.date])).toEqual([
      ['Hold', -1, '2025-05-22'],
      ['Adopt', 0, '2024-11-13'],
    ]);
    expect(express.timeline[0]!.description).toBe('Chosen in ADR-0001, superseded by ADR-0002. Shortlisted in ADR-0002 (accepted), which chose Fastify.');
    expect(express).toMatchObject({ isNew: false, movement: 'Moved Out', status: 'superseded', description: 'Chosen in ADR-0001, superseded by ADR-0002.' });
    expect(fastify).toMatchObject({ isNew: false, movement: 'Moved In', status: 'accepted' });
    expect(fastify.decisions.map((d) => [d.adr, d.role])).toEqual([['ADR-0002', 'chosen'], ['ADR-0001', 'shortlisted']]);
  });

  it('lets the latest choice win across channels, and a choice outrank a later mention', () => {
    const decisions = [
      record('C1', 1, 'accepted', 30, ['django', 'flask'], 'django'),
      record('C2', 1, 'deprecated', 20, ['django', 'fastapi'], 'django'),
      record('C3', 1, 'accepted', 5, ['fastapi', 'django'], 'fastapi'),
      record('C3', 2, 'proposed', 1, ['flask', 'litestar']),
    ];
    // Django: adopted in C1, then held by C2's deprecated choice (later), merely mentioned by C3 after that.
    expect(ringsOf(decisions, 'workspace')).toEqual({ fastapi: 'Adopt', flask: 'Assess', litestar: 'Assess', django: 'Hold' });
    const radar = teamRadar(kb, decisions, 'workspace', NOW);
    expect(radar.entries.map((e) => e.ring)).toEqual(['Adopt', 'Assess', 'Assess', 'Hold']);
    expect(radar.entries.every((e) => e.isNew && e.movement === 'New')).toBe(true);
  });

  it('is empty without decisions', () => {
    expect(teamRadar(kb, [], 'channel', NOW).entries).toEqual([]);
  });
});

const tricky = [
  record('C1', 1, 'superseded', 100, ['express', 'koa'], 'express', { title: 'Use "Express", for now,\nthen see', supersededBy: 2 }),
  record('C1', 2, 'accepted', 3, ['fastify', 'express'], 'fastify'),
];

describe('BYOR CSV', () => {
  it('has the header BYOR reads, one row per framework, and quotes commas, quotes and line breaks', () => {
    const csv = byorCsv(teamRadar(kb, tricky, 'channel', NOW));
    expect(csv).toContain('""Express""');
    const byName = checkByorCsv(csv);
    expect(Object.keys(byName)).toEqual(['Fastify', 'Koa', 'Express']);
    expect(byName.Express).toMatchObject({ ring: 'Hold', quadrant: 'Languages & Frameworks', isNew: 'FALSE', status: 'Moved Out' });
    expect(byName.Express!.description).toContain('Use "Express", for now,\nthen see');
    expect(byName.Fastify).toMatchObject({ ring: 'Adopt', isNew: 'TRUE', status: 'New' });
  });
});

describe('Backstage Tech Radar JSON', () => {
  it("matches the plugin's shape, refers only to its own quadrants and rings, and puts the current ring first in each timeline", () => {
    const radar = teamRadar(kb, tricky, 'channel', NOW);
    const json = checkBackstageRadar(backstageRadarJson(radar));
    // The plugin shows timeline[0] as the entry's ring: it must be the radar's.
    expect(json.entries.map((e) => [e.id, e.timeline[0]!.ringId])).toEqual(radar.entries.map((e) => [e.id, e.ring.toLowerCase()]));
    expect(backstageRadar(radar).entries.find((e) => e.id === 'express')!.timeline.map((s) => s.moved)).toEqual([-1, 0]);
  });
});
