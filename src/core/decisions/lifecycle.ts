/**
 * How a decision moves: proposed while its vote is open, accepted when
 * settled, superseded when a later decision on the same question is accepted
 * (linked both ways), deprecated by hand. The store numbers it per channel.
 */
import type { TeamContext } from '../conversations/context.js';
import type { DecisionRecord, DecisionStatus } from '../team/records.js';
import { detailsOf } from './reasoning.js';

/** How far back a new decision looks for the one it replaces. */
const LOOK_BACK = 200;

/** ADR-0007. */
export const adrNumber = (n: number | undefined) => `ADR-${String(n ?? 0).padStart(4, '0')}`;

/** The decision's status; records from before numbering have none, and read as they were taken. */
export function statusOf(d: DecisionRecord): DecisionStatus {
  return d.status ?? (d.kind === 'closed-vote' && d.decision ? 'accepted' : 'proposed');
}

/**
 * The same question: asked with the same answers, or (for comparisons, which
 * have no answers) about frameworks that overlap.
 */
export function sameQuestion(a: DecisionRecord, b: DecisionRecord): boolean {
  if (a.answers && b.answers) return JSON.stringify(sortKeys(a.answers)) === JSON.stringify(sortKeys(b.answers));
  const ids = new Set(a.options.map((o) => o.id));
  return b.options.some((o) => ids.has(o.id));
}

function sortKeys(value: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).sort(([x], [y]) => x.localeCompare(y)));
}

/** Records a new decision; when it is accepted, the channel's earlier accepted decision on the same question is superseded. */
export async function recordDecision(ctx: TeamContext, decision: DecisionRecord): Promise<DecisionRecord> {
  const stored = await ctx.store.addDecision(decision);
  return statusOf(stored) === 'accepted' ? supersedeEarlier(ctx, stored) : stored;
}

/** A proposed decision becomes accepted (its vote closed), superseding the earlier one on the same question. */
export async function acceptDecision(ctx: TeamContext, decision: DecisionRecord): Promise<DecisionRecord> {
  const accepted: DecisionRecord = { ...decision, status: 'accepted' };
  await ctx.store.updateDecision(accepted);
  return supersedeEarlier(ctx, accepted);
}

async function supersedeEarlier(ctx: TeamContext, latest: DecisionRecord): Promise<DecisionRecord> {
  const earlier = (await ctx.store.listDecisions(latest.tenant, latest.channel, LOOK_BACK)).find(
    (d) => d.id !== latest.id && (d.number ?? 0) < (latest.number ?? 0) && statusOf(d) === 'accepted' && sameQuestion(d, latest),
  );
  return earlier ? (await link(ctx, earlier, latest)).newer : latest;
}

/** Marks `older` superseded by `newer`, each naming the other. */
export async function link(ctx: TeamContext, older: DecisionRecord, newer: DecisionRecord): Promise<{ older: DecisionRecord; newer: DecisionRecord }> {
  const o: DecisionRecord = { ...older, status: 'superseded', details: { ...detailsOf(ctx.kb, older), supersededBy: newer.number! } };
  const n: DecisionRecord = { ...newer, details: { ...detailsOf(ctx.kb, newer), supersedes: older.number! } };
  await ctx.store.updateDecision(o);
  await ctx.store.updateDecision(n);
  return { older: o, newer: n };
}

/** Sets a status by hand (`decision 3 deprecate`). */
export async function setStatus(ctx: TeamContext, d: DecisionRecord, status: DecisionStatus): Promise<DecisionRecord> {
  const next = { ...d, status };
  await ctx.store.updateDecision(next);
  return next;
}
