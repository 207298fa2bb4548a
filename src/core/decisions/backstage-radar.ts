/**
 * The radar as the JSON Backstage's Tech Radar plugin loads
 * (TechRadarLoaderResponse in @backstage-community/plugin-tech-radar-common):
 * quadrants, rings with colours, and entries with a timeline whose first
 * snapshot is the current ring (the plugin reads timeline[0]).
 */
import { entryDescription } from './byor-csv.js';
import { FRAMEWORKS_QUADRANT, RADAR_RINGS, type RadarRing, type TeamRadar } from './radar.js';

/** The ring colours of the radar picture (Okabe-Ito, as every chart here), so both read alike. */
export const RING_COLOUR: Record<RadarRing, string> = { Adopt: '#009E73', Trial: '#0072B2', Assess: '#E69F00', Hold: '#D55E00' };

const RING_MEANING: Record<RadarRing, string> = {
  Adopt: 'Chosen by an accepted decision.',
  Trial: 'Unused: a decision adopts, shortlists or holds a framework.',
  Assess: 'Shortlisted by a decision, never chosen.',
  Hold: 'Chosen, then superseded or deprecated.',
};

const QUADRANT_ID = 'languages-and-frameworks';

export interface BackstageRadar {
  quadrants: Array<{ id: string; name: string }>;
  rings: Array<{ id: string; name: string; color: string; description: string }>;
  entries: Array<{
    key: string;
    id: string;
    quadrant: string;
    title: string;
    description: string;
    timeline: Array<{ moved: -1 | 0 | 1; ringId: string; date: string; description: string }>;
  }>;
}

const ringId = (ring: RadarRing) => ring.toLowerCase();

export function backstageRadar(radar: TeamRadar): BackstageRadar {
  return {
    // Only the quadrant in use: the plugin leaves unlisted sections empty, and a framework decision is never a technique, tool or platform.
    quadrants: [{ id: QUADRANT_ID, name: FRAMEWORKS_QUADRANT }],
    rings: RADAR_RINGS.map((r) => ({ id: ringId(r), name: r.toUpperCase(), color: RING_COLOUR[r], description: RING_MEANING[r] })),
    entries: radar.entries.map((e) => ({
      key: e.id,
      id: e.id,
      quadrant: QUADRANT_ID,
      title: e.name,
      description: entryDescription(e, radar.scope),
      timeline: e.timeline.map((s) => ({ moved: s.moved, ringId: ringId(s.ring), date: s.date, description: s.description })),
    })),
  };
}

export function backstageRadarJson(radar: TeamRadar): string {
  return `${JSON.stringify(backstageRadar(radar), null, 2)}\n`;
}
