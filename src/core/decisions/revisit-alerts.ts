/**
 * Revisit alerts: when the release line a channel adopted in an accepted
 * decision is within 90 days of losing security support, or has lost it, the
 * channel hears about it once, with a way to ask the question again and a way
 * to record a new decision. Each alert is claimed in the store before it is
 * returned, so several replicas checking at once send it once between them;
 * the alert carries its claim, given back when its post fails
 * (conversations/undelivered.ts), so a later check sends it rather than losing it.
 */
import type { TeamContext } from '../conversations/context.js';
import type { Announcement } from '../conversations/effects.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { lineStatus } from '../knowledge/releases.js';
import type { ReleaseLine } from '../knowledge/schema.js';
import type { DecisionRecord, Tenant } from '../team/records.js';
import { detailsOf } from './reasoning.js';
import { revisitReply } from './revisit-card.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A claim outlives any line's end of support by years, so an alert is never
 * repeated; each event has its own key, so "ending soon" and "ended" are
 * each said once.
 */
export const REVISIT_CLAIM_TTL_MS = 10 * 366 * DAY_MS;

/** Accepted decisions looked at per check; far more than any deployment holds today. */
const DECISIONS_CHECKED = 10_000;

export type RevisitEvent = 'ending-soon' | 'ended';

/** Why a decision is due for a revisit: its adopted line, when support ends, and whether it has. */
export interface RevisitReason {
  framework: string;
  /** The line as the knowledge base writes it ("6.1"), and as people read it ("6.1 LTS"). */
  line: string;
  lineName: string;
  endOfLife: string;
  event: RevisitEvent;
  /** Where the date comes from: the knowledge base's source and when it was read; absent when only the record's own copy was left. */
  source?: { id: string; asOf: string };
}

export interface RevisitOptions {
  /** Only tenants the caller can deliver to are claimed (a service without Discord leaves Discord's alerts for one with it). */
  reaches?: (tenant: Tenant) => boolean;
}

/**
 * The line the decision adopted, as the knowledge base knows it today (its
 * date may have moved since), or as the record froze it when the knowledge
 * base has dropped the line.
 */
function adoptedLine(kb: KnowledgeBase, d: DecisionRecord): { line: ReleaseLine; source?: RevisitReason['source'] } | undefined {
  const framework = d.decision ? kb.get(d.decision) : undefined;
  const { line, supportedUntil } = detailsOf(kb, d).consequences;
  if (!framework || !line) return undefined;
  const known = framework.releases.lines.find((l) => l.line === line);
  if (known) return { line: known, source: { id: framework.releases.source, asOf: framework.releases.asOf } };
  return supportedUntil ? { line: { line, released: supportedUntil, endOfLife: supportedUntil, lts: false } } : undefined;
}

/** Why this decision is due for a revisit at `now`, or undefined while its line is safely supported (or has no end date). */
export function revisitReason(kb: KnowledgeBase, d: DecisionRecord, now: number): RevisitReason | undefined {
  const adopted = adoptedLine(kb, d);
  if (!adopted?.line.endOfLife) return undefined;
  const status = lineStatus(adopted.line, new Date(now));
  if (status !== 'ending-soon' && status !== 'ended') return undefined;
  const { line } = adopted;
  return {
    framework: d.decision!,
    line: line.line,
    lineName: `${line.line}${line.lts ? ' LTS' : ''}`,
    endOfLife: line.endOfLife!,
    event: status,
    ...(adopted.source ? { source: adopted.source } : {}),
  };
}

/** One key per decision, line and event: the same alert is claimed once across replicas. */
export const revisitKey = (d: DecisionRecord, reason: RevisitReason) => `revisit:${d.tenant}:${d.id}:${reason.line}:${reason.event}`;

/**
 * The alerts due at `now` that this caller won: each accepted decision whose
 * adopted line ends within 90 days or has ended, in channels that have not
 * turned alerts off, claimed so no other check (here or on another replica)
 * sends it again.
 */
export async function revisitAlerts(ctx: TeamContext, now: number, options: RevisitOptions = {}): Promise<Announcement[]> {
  const alerts: Announcement[] = [];
  for (const d of await ctx.store.acceptedDecisions(DECISIONS_CHECKED)) {
    if (options.reaches && !options.reaches(d.tenant)) continue;
    const reason = revisitReason(ctx.kb, d, now);
    if (!reason) continue;
    // Checked before claiming: a channel that turns alerts back on still hears about a line that is ending.
    if (await ctx.store.alertsOff(d.tenant, d.channel)) continue;
    const claim = revisitKey(d, reason);
    if (!(await ctx.store.claimOnce(claim, REVISIT_CLAIM_TTL_MS, now))) continue;
    alerts.push({ tenant: d.tenant, channel: d.channel, reply: revisitReply(ctx.kb, d, reason, now), about: 'revisit-alert', claim });
  }
  return alerts;
}
