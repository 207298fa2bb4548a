/**
 * The revisit alert as people read it: which decision, which line, the date
 * and where that date comes from, and two ways forward: ask the decision's
 * question again today, or open a team vote whose result is recorded as a new
 * decision (superseding this one, as it is the same question).
 */
import { MAX_ACTION_ID, newFlowAction, rerunAction, startVoteAction, type Subject } from '../actions.js';
import type { Action, Card } from '../cards/card.js';
import { fallbackOf } from '../cards/card.js';
import { sourceReference } from '../cards/sources.js';
import { publicReply } from '../conversations/context.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { lastDayOf } from '../knowledge/releases.js';
import type { Reply } from '../reply.js';
import { describeAnswers } from '../team/answers.js';
import type { DecisionRecord } from '../team/records.js';
import { shorten } from '../text/shorten.js';
import { adrNumber } from './lifecycle.js';
import { day } from './madr.js';
import { detailsOf } from './reasoning.js';
import type { RevisitReason } from './revisit-alerts.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const TITLE_MAX = 140;
/** A comparison button carries at most four frameworks (as compare itself takes). */
const COMPARED_MAX = 4;

export const RERUN_RECOMMENDATION = 'Re-run the recommendation with the same answers';
export const RERUN_COMPARISON = 'Re-run the comparison';
export const NEW_DECISION = 'Record a new decision';

/**
 * The question the decision answered: its answers when it came from a
 * recommendation, otherwise the frameworks it weighed (the chosen one first,
 * then the best scored), as many as fit a button.
 */
export function questionOf(d: DecisionRecord): Subject | undefined {
  if (d.answers) return { kind: 'recommend', answers: d.answers };
  const byScore = [...d.options].sort((a, b) => b.score - a.score).map((o) => o.id);
  const ids = [...new Set([...(d.decision ? [d.decision] : []), ...byScore])];
  for (let n = Math.min(ids.length, COMPARED_MAX); n >= 2; n -= 1) {
    const subject: Subject = { kind: 'compare', frameworks: ids.slice(0, n) };
    if (rerunAction(d.number ?? 1, subject).length <= MAX_ACTION_ID && startVoteAction(subject).length <= MAX_ACTION_ID) return subject;
  }
  return undefined;
}

function actionsFor(d: DecisionRecord): Action[] {
  const subject = questionOf(d);
  if (!subject) return [{ type: 'button', id: newFlowAction(), label: 'Start a new recommendation', style: 'primary' }];
  return [
    { type: 'button', id: rerunAction(d.number ?? 1, subject), label: subject.kind === 'recommend' ? RERUN_RECOMMENDATION : RERUN_COMPARISON, style: 'primary' },
    // A vote on today's shortlist: closing it records the next ADR, which supersedes this one.
    { type: 'button', id: startVoteAction(subject), label: NEW_DECISION },
  ];
}

function situation(name: string, reason: RevisitReason, now: number): string {
  if (reason.event === 'ended') return `${name} ${reason.lineName} reached the end of its security support on ${reason.endOfLife}: it gets no security fixes now.`;
  const days = Math.max(0, Math.ceil((lastDayOf(reason.endOfLife).getTime() - now) / DAY_MS));
  return `${name} ${reason.lineName} loses security support on ${reason.endOfLife}, in ${days} day${days === 1 ? '' : 's'}.`;
}

export function revisitCard(kb: KnowledgeBase, d: DecisionRecord, reason: RevisitReason, now: number): Card {
  const name = kb.get(reason.framework)?.name ?? reason.framework;
  const adr = adrNumber(d.number);
  const title = shorten(`Time to revisit ${adr}: ${detailsOf(kb, d).title}`, TITLE_MAX, { atWord: 'near' });
  const asked = d.answers ? ` for ${describeAnswers(d.answers)}` : '';
  const blocks: Card['blocks'] = [
    { type: 'text', text: `${situation(name, reason, now)} This channel adopted the ${reason.lineName} line in ${adr} on ${day(d.createdAt)}${asked}.` },
    {
      type: 'text',
      text: `Re-run the question to see whether ${name} still leads on today's evidence, or record a new decision: a team vote on today's shortlist, which supersedes ${adr} when it closes.`,
    },
    {
      type: 'notes',
      items: [
        reason.source
          ? `Support dates: ${sourceReference(kb, reason.source.id)}, as of ${reason.source.asOf}.`
          : `Support date as recorded in ${adr} on ${day(d.createdAt)}; the knowledge base no longer lists this line.`,
        '"alerts off" stops these alerts in this channel.',
      ],
    },
  ];
  return { title, blocks, actions: actionsFor(d), fallback: fallbackOf(title, undefined, blocks) };
}

export function revisitReply(kb: KnowledgeBase, d: DecisionRecord, reason: RevisitReason, now: number): Reply {
  return publicReply('alerts', revisitCard(kb, d, reason, now));
}
