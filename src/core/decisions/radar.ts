/**
 * The team's tech radar, computed from its decision records as data: which
 * ring each framework is in, why, since when, and which decisions put it
 * there. The card, the picture and the BYOR / Backstage exports all read this.
 *
 * Placement, in the words the legend uses:
 * - a framework an accepted decision chose is in Adopt;
 * - one a decision chose that was later superseded or deprecated is in Hold;
 * - one only ever shortlisted (considered, not chosen, or on a proposal that
 *   nobody accepted yet) is in Assess;
 * - when several decisions name a framework, the latest decision that CHOSE it
 *   wins, and a choice outranks a mere mention: after "ADR-1 chose Express"
 *   was superseded by "ADR-2 chose Fastify over Express", Express is on Hold,
 *   not back in Assess because ADR-2 listed it.
 * Trial stays empty: a decision adopts, shortlists or holds; the advisor
 * records no trials. The ring is kept because BYOR and Backstage expect all four.
 */
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { DecisionRecord, DecisionStatus } from '../team/records.js';
import { adrNumber, statusOf } from './lifecycle.js';

export const RADAR_RINGS = ['Adopt', 'Trial', 'Assess', 'Hold'] as const;
export type RadarRing = (typeof RADAR_RINGS)[number];

/** BYOR's four quadrant names (its default QUADRANTS); every framework decision lands in the last. */
export const BYOR_QUADRANTS = ['Techniques', 'Platforms', 'Tools', 'Languages & Frameworks'] as const;
export const FRAMEWORKS_QUADRANT = 'Languages & Frameworks' as const;

/** "New" and the movement marks compare today's radar with the radar of this many days ago. */
export const RADAR_NEW_DAYS = 90;
const DAY_MS = 86_400_000;

/** BYOR's `status` column: the blip's movement since the previous radar. */
export type RadarMovement = 'New' | 'Moved In' | 'Moved Out' | 'No Change';

/** The one-sentence rule, for the legend, the alt text and the card. */
export const PLACEMENT_RULE =
  'Adopt: chosen by an accepted decision. Assess: shortlisted, never chosen. Hold: chosen, then superseded or deprecated. ' +
  'When several decisions name a framework, the latest one that chose it wins.';

/** A decision that names the framework, newest first on an entry. */
export interface RadarDecisionLink {
  channel: string;
  number: number;
  /** "ADR-0002". */
  adr: string;
  status: DecisionStatus;
  /** yyyy-mm-dd, the day it was recorded. */
  date: string;
  title: string;
  role: 'chosen' | 'shortlisted';
}

/** The framework's ring after one decision counted, newest first on an entry (Backstage's timeline). */
export interface RadarSnapshot {
  date: string;
  ring: RadarRing;
  /** 1 moved in (towards Adopt), -1 moved out, 0 no change or first seen. */
  moved: -1 | 0 | 1;
  description: string;
}

export interface RadarEntry {
  /** The framework id. */
  id: string;
  name: string;
  ring: RadarRing;
  quadrant: typeof FRAMEWORKS_QUADRANT;
  /** First placed within the last RADAR_NEW_DAYS days. */
  isNew: boolean;
  movement: RadarMovement;
  /** Why it is in its ring, naming the deciding record. */
  description: string;
  /** The status of the decision that placed it. */
  status: DecisionStatus;
  /** The decision that placed it. */
  placedBy: RadarDecisionLink;
  decisions: RadarDecisionLink[];
  timeline: RadarSnapshot[];
}

export interface TeamRadar {
  scope: 'channel' | 'workspace';
  /** yyyy-mm-dd: "as of". */
  date: string;
  /** Decisions read. */
  decisionCount: number;
  /** Ring order (Adopt first), then by name. */
  entries: RadarEntry[];
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const ringIndex = (ring: RadarRing) => RADAR_RINGS.indexOf(ring);

/** One decision's effect on one framework at one moment. */
interface Placement {
  at: number;
  /** Orders placements recorded in the same millisecond. */
  order: number;
  framework: string;
  ring: RadarRing;
  /** A choice (Adopt or Hold) outranks a mention (Assess). */
  strong: boolean;
  description: string;
  link: RadarDecisionLink;
}

function linkOf(kb: KnowledgeBase, d: DecisionRecord, role: RadarDecisionLink['role']): RadarDecisionLink {
  const name = (id: string) => kb.get(id)?.name ?? id;
  const title = d.details?.title ?? (d.decision ? `Use ${name(d.decision)} as our backend framework` : `Choose between ${d.options.map((o) => name(o.id)).join(', ')}`);
  return { channel: d.channel, number: d.number ?? 0, adr: adrNumber(d.number), status: statusOf(d), date: day(d.createdAt), title, role };
}

/**
 * What one decision says, as dated placements. A decision that was accepted
 * and later superseded counts twice: Adopt on its own day, Hold on the day of
 * the decision that superseded it. A deprecation has no date of its own, so a
 * deprecated choice is on Hold from its decision's day.
 */
function placementsOf(kb: KnowledgeBase, d: DecisionRecord, all: readonly DecisionRecord[], order: number): Placement[] {
  const status = statusOf(d);
  const where = (x: DecisionRecord) => adrNumber(x.number);
  const chosen = status !== 'proposed' ? d.decision : undefined;
  const name = (id: string) => kb.get(id)?.name ?? id;
  const mentions: Placement[] = d.options
    .filter((o) => o.id !== chosen)
    .map((o) => ({
      at: d.createdAt,
      order,
      framework: o.id,
      ring: 'Assess',
      strong: false,
      description: chosen ? `Shortlisted in ${where(d)} (${status}), which chose ${name(chosen)}.` : `Shortlisted in ${where(d)} (${status}), not chosen yet.`,
      link: linkOf(kb, d, 'shortlisted'),
    }));
  if (!chosen) return mentions;
  const link = linkOf(kb, d, 'chosen');
  const others = d.options.filter((o) => o.id !== chosen).map((o) => name(o.id));
  const over = others.length > 0 ? ` over ${others.join(', ')}` : '';
  const adopted: Placement = { at: d.createdAt, order, framework: chosen, ring: 'Adopt', strong: true, description: `Chosen${over} in ${where(d)}.`, link };
  if (status === 'accepted') return [adopted, ...mentions];
  if (status === 'deprecated') return [{ ...adopted, ring: 'Hold', description: `Chosen${over} in ${where(d)}, since deprecated.` }, ...mentions];
  const by = d.details?.supersededBy;
  const newer = by ? all.find((x) => x.channel === d.channel && x.number === by) : undefined;
  const held: Placement = { ...adopted, ring: 'Hold', description: `Chosen in ${where(d)}, superseded${newer ? ` by ${where(newer)}` : ''}.` };
  return newer && newer.createdAt >= d.createdAt ? [adopted, { ...held, at: newer.createdAt, order: order + 0.5 }, ...mentions] : [held, ...mentions];
}

/** The ring after each placement, given the strongest-latest rule. */
function ringSteps(placements: readonly Placement[]): Array<Placement & { ringNow: RadarRing; placedBy: Placement }> {
  let strong: Placement | undefined;
  let weak: Placement | undefined;
  return placements.map((p) => {
    if (p.strong) strong = p;
    else weak = p;
    const placedBy = strong ?? weak!;
    return { ...p, ringNow: placedBy.ring, placedBy };
  });
}

function movementOf(steps: ReturnType<typeof ringSteps>, since: number): RadarMovement {
  const before = steps.filter((s) => s.at < since).at(-1);
  const now = steps.at(-1)!;
  if (!before) return 'New';
  const diff = ringIndex(before.ringNow) - ringIndex(now.ringNow);
  return diff > 0 ? 'Moved In' : diff < 0 ? 'Moved Out' : 'No Change';
}

function entryOf(kb: KnowledgeBase, framework: string, placements: readonly Placement[], now: number): RadarEntry {
  const steps = ringSteps(placements);
  const last = steps.at(-1)!;
  // One snapshot per day: two decisions of one day (a supersede and the new choice) are one move.
  const timeline: RadarSnapshot[] = [];
  for (const s of steps) {
    const date = day(s.at);
    const same = timeline.at(-1)?.date === date ? timeline.pop() : undefined;
    const previous = timeline.at(-1)?.ring;
    const moved = previous === undefined ? 0 : (Math.sign(ringIndex(previous) - ringIndex(s.ringNow)) as -1 | 0 | 1);
    timeline.push({ date, ring: s.ringNow, moved, description: same ? `${same.description} ${s.description}` : s.description });
  }
  const links = new Map<string, RadarDecisionLink>();
  for (const p of [...placements].reverse()) {
    const key = `${p.link.channel}#${p.link.number}`;
    if (!links.has(key) || p.link.role === 'chosen') links.set(key, p.link);
  }
  const movement = movementOf(steps, now - RADAR_NEW_DAYS * DAY_MS);
  return {
    id: framework,
    name: kb.get(framework)?.name ?? framework,
    ring: last.ringNow,
    quadrant: FRAMEWORKS_QUADRANT,
    isNew: movement === 'New',
    movement,
    description: last.placedBy.description,
    status: last.placedBy.link.status,
    placedBy: last.placedBy.link,
    decisions: [...links.values()],
    timeline: timeline.reverse(),
  };
}

/** The radar of these decisions (any order), as of `now`. */
export function teamRadar(kb: KnowledgeBase, decisions: readonly DecisionRecord[], scope: TeamRadar['scope'], now: number): TeamRadar {
  // Oldest first; numbers break ties within a channel, so "latest" is well defined.
  const ordered = [...decisions].sort((a, b) => a.createdAt - b.createdAt || (a.number ?? 0) - (b.number ?? 0) || a.channel.localeCompare(b.channel));
  const placements = ordered
    .flatMap((d, i) => placementsOf(kb, d, ordered, i))
    .sort((a, b) => a.at - b.at || a.order - b.order);
  const byFramework = new Map<string, Placement[]>();
  for (const p of placements) byFramework.set(p.framework, [...(byFramework.get(p.framework) ?? []), p]);
  const entries = [...byFramework].map(([id, ps]) => entryOf(kb, id, ps, now));
  entries.sort((a, b) => ringIndex(a.ring) - ringIndex(b.ring) || a.name.localeCompare(b.name));
  return { scope, date: day(now), decisionCount: decisions.length, entries };
}

/** The entries of one ring, in radar order. */
export function inRing(radar: TeamRadar, ring: RadarRing): RadarEntry[] {
  return radar.entries.filter((e) => e.ring === ring);
}
