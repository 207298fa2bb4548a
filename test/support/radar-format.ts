/**
 * The radar exports read back the way their tools read them: the CSV parsed
 * as RFC 4180 with BYOR's columns and values, the JSON checked against the
 * shape of Backstage's Tech Radar plugin (TechRadarLoaderResponseParser in
 * @backstage-community/plugin-tech-radar-common, rewritten here in zod).
 * Shared by the format tests and the end-to-end tests of each platform.
 */
import { expect } from 'vitest';
import { z } from 'zod';
import { BYOR_HEADER } from '../../src/core/decisions/byor-csv.js';
import { BYOR_QUADRANTS, RADAR_RINGS } from '../../src/core/decisions/radar.js';

/** RFC 4180: fields separated by commas, records by CRLF, quoted fields may hold commas, CRLF and doubled quotes. */
export function parseCsv(text: string): string[][] {
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

export type ByorRow = Record<(typeof BYOR_HEADER)[number], string>;

/** Fails the test unless `csv` is a BYOR radar: its header, and every row's ring, quadrant, isNew and movement words; returns the rows by name. */
export function checkByorCsv(csv: string): Record<string, ByorRow> {
  expect(csv.startsWith('name,ring,quadrant,isNew,description,status\r\n')).toBe(true);
  const [header, ...rows] = parseCsv(csv);
  expect(header).toEqual([...BYOR_HEADER]);
  for (const row of rows) {
    expect(row).toHaveLength(BYOR_HEADER.length);
    expect(RADAR_RINGS).toContain(row[1]);
    expect(BYOR_QUADRANTS).toContain(row[2]);
    expect(['TRUE', 'FALSE']).toContain(row[3]);
    // BYOR's movement words (case-insensitive there): New, Moved In, Moved Out, No Change.
    expect(['New', 'Moved In', 'Moved Out', 'No Change']).toContain(row[5]);
  }
  return Object.fromEntries(rows.map((r) => [r[0], Object.fromEntries(header!.map((h, i) => [h, r[i]])) as ByorRow]));
}

/** @backstage-community/plugin-tech-radar-common's TechRadarLoaderResponseParser, strict so no misspelt field slips by. */
const MovedState = z.union([z.literal(-1), z.literal(0), z.literal(1)]);
export const BackstageRadar = z
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
export type BackstageRadarJson = z.infer<typeof BackstageRadar>;

/** Fails the test unless `text` is Backstage Tech Radar JSON whose entries refer only to its own quadrants and rings, with dated timelines. */
export function checkBackstageRadar(text: string): BackstageRadarJson {
  const json = BackstageRadar.parse(JSON.parse(text));
  expect(json.rings.map((r) => r.id)).toEqual(['adopt', 'trial', 'assess', 'hold']);
  const quadrants = new Set(json.quadrants.map((q) => q.id));
  const rings = new Set(json.rings.map((r) => r.id));
  for (const entry of json.entries) {
    expect(quadrants.has(entry.quadrant)).toBe(true);
    for (const snapshot of entry.timeline) expect(rings.has(snapshot.ringId)).toBe(true);
    expect(Number.isNaN(entry.timeline[0]!.date.getTime())).toBe(false);
  }
  return json;
}
