/**
 * The radar's placement rules on hand-made decision records, and its two
 * export formats read back the way their tools read them: the CSV parsed as
 * RFC 4180 with BYOR's columns and values, the JSON checked against the shape
 * of Backstage's Tech Radar plugin (TechRadarLoaderResponseParser in
 * @backstage-community/plugin-tech-radar-common, rewritten here in zod).
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { backstageRadar, backstageRadarJson } from '../../src/core/decisions/backstage-radar.js';
import { BYOR_HEADER, byorCsv } from '../../src/core/decisions/byor-csv.js';
import { BYOR_QUADRANTS, RADAR_RINGS, teamRadar } from '../../src/core/decisions/radar.js';
import type { DecisionRecord, DecisionStatus } from '../../src/core/team/records.js';
import { knowledge } from '../support/knowledge.js';

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

/** RFC 4180: fields separated by commas, records by CRLF, quoted fields may hold commas, CRLF and doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), i++;
    } else {
      expect(c === '"' || c === '\r' || c === '\n', `an unquoted ${JSON.stringify(c)} at ${i}`).toBe(false);
      field += c;
    }
  }
  expect(quoted, 'every quote closed').toBe(false);
  expect(field === '' && row.length === 0, 'ends with CRLF').toBe(true);
  return rows;
}

const tricky = [
  record('C1', 1, 'superseded', 100, ['express', 'koa'], 'express', { title: 'Use "Express", for now,\nthen see', supersededBy: 2 }),
  record('C1', 2, 'accepted', 3, ['fastify', 'express'], 'fastify'),
];

describe('BYOR CSV', () => {
  it('has the header BYOR reads, one row per framework, and quotes commas, quotes and line breaks', () => {
    const csv = byorCsv(teamRadar(kb, tricky, 'channel', NOW));
    expect(csv.startsWith('name,ring,quadrant,isNew,description,status\r\n')).toBe(true);
    expect(csv).toContain('""Express""');
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual([...BYOR_HEADER]);
    const byName = Object.fromEntries(rows.map((r) => [r[0], Object.fromEntries(header!.map((h, i) => [h, r[i]]))]));
    expect(Object.keys(byName)).toEqual(['Fastify', 'Koa', 'Express']);
    expect(byName.Express).toMatchObject({ ring: 'Hold', quadrant: 'Languages & Frameworks', isNew: 'FALSE', status: 'Moved Out' });
    expect(byName.Express!.description).toContain('Use "Express", for now,\nthen see');
    expect(byName.Fastify).toMatchObject({ ring: 'Adopt', isNew: 'TRUE', status: 'New' });
    for (const row of rows) {
      expect(row).toHaveLength(BYOR_HEADER.length);
      expect(RADAR_RINGS).toContain(row[1]);
      expect(BYOR_QUADRANTS).toContain(row[2]);
      expect(['TRUE', 'FALSE']).toContain(row[3]);
      // BYOR's movement words (case-insensitive there): New, Moved In, Moved Out, No Change.
      expect(['New', 'Moved In', 'Moved Out', 'No Change']).toContain(row[5]);
    }
  });
});

/** @backstage-community/plugin-tech-radar-common's TechRadarLoaderResponseParser, strict so no misspelt field slips by. */
const MovedState = z.union([z.literal(-1), z.literal(0), z.literal(1)]);
const BackstageRadar = z
  .object({
    quadrants: z.array(z.object({ id: z.string(), name: z.string() }).strict()).min(1).max(4),
    rings: z.array(z.object({ id: z.string(), name: z.string(), color: z.string().regex(/^#[0-9A-F]{6}$/i), description: z.string().optional() }).strict()),
    entries: z.array(
      z
        .object({
          key: z.string(),
          id: z.string(),
          quadrant: z.string(),
          title: z.string(),
          url: z.string().optional(),
          timeline: z.array(z.object({ date: z.coerce.date(), ringId: z.string(), description: z.string().optional(), moved: MovedState.optional() }).strict()).min(1),
          description: z.string().optional(),
          links: z.array(z.object({ url: z.string(), title: z.string() }).strict()).optional(),
        })
        .strict(),
    ),
  })
  .strict();

describe('Backstage Tech Radar JSON', () => {
  it("matches the plugin's shape, refers only to its own quadrants and rings, and puts the current ring first in each timeline", () => {
    const radar = teamRadar(kb, tricky, 'channel', NOW);
    const json = BackstageRadar.parse(JSON.parse(backstageRadarJson(radar)));
    expect(json.rings.map((r) => r.id)).toEqual(['adopt', 'trial', 'assess', 'hold']);
    const quadrants = new Set(json.quadrants.map((q) => q.id));
    const rings = new Set(json.rings.map((r) => r.id));
    for (const entry of json.entries) {
      expect(quadrants.has(entry.quadrant)).toBe(true);
      for (const snapshot of entry.timeline) expect(rings.has(snapshot.ringId)).toBe(true);
      expect(Number.isNaN(entry.timeline[0]!.date.getTime())).toBe(false);
    }
    // The plugin shows timeline[0] as the entry's ring: it must be the radar's.
    expect(json.entries.map((e) => [e.id, e.timeline[0]!.ringId])).toEqual(radar.entries.map((e) => [e.id, e.ring.toLowerCase()]));
    expect(backstageRadar(radar).entries.find((e) => e.id === 'express')!.timeline.map((s) => s.moved)).toEqual([-1, 0]);
  });
});
