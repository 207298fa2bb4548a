/**
 * What needs refreshing in the knowledge base: facts older than their
 * threshold and support lines about to end. Age is never an error; only
 * invalid data (which fails to load) is.
 */
import type { KnowledgeBase } from './knowledge-base.js';
import { lastDayOf, lineStatus, ENDING_SOON_DAYS } from './releases.js';

export const MAX_AGE_MONTHS = { versions: 6, adoption: 12 } as const;

export interface DataCheckReport {
  stale: string[];
  endingSoon: string[];
  benchmarks: string[];
}

function monthsBetween(from: Date, to: Date): number {
  return (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
}

/** A partial date counts from its last day, so "2025-02" is as fresh as it can be. */
const olderThan = (date: string, months: number, today: Date) => monthsBetween(lastDayOf(date), today) > months;

export function checkData(kb: KnowledgeBase, today: Date): DataCheckReport {
  const stale: string[] = [];
  const endingSoon: string[] = [];
  const rounds = new Map<string, string[]>();
  for (const f of kb.frameworks) {
    if (olderThan(f.releases.asOf, MAX_AGE_MONTHS.versions, today)) stale.push(`${f.name}: versions read ${f.releases.asOf} (refresh every ${MAX_AGE_MONTHS.versions} months)`);
    for (const a of f.adoption) {
      if (olderThan(a.asOf, MAX_AGE_MONTHS.adoption, today)) stale.push(`${f.name}: ${a.measure} ${a.value}${a.slice ? ` (${a.slice})` : ''} as of ${a.asOf} (refresh every ${MAX_AGE_MONTHS.adoption} months)`);
    }
    for (const line of f.releases.lines) {
      if (lineStatus(line, today) === 'ending-soon') endingSoon.push(`${f.name} ${line.line}${line.lts ? ' LTS' : ''}: security support ends ${line.endOfLife}`);
    }
    const s = f.scores.performance;
    const key = s.derivation.method === 'benchmark' ? `TechEmpower Round ${s.derivation.round} (${s.date})` : 'no benchmark (our own estimate)';
    rounds.set(key, [...(rounds.get(key) ?? []), f.name]);
  }
  const benchmarks = [...rounds].map(([round, names]) => `${round}: ${names.join(', ')}`);
  return { stale, endingSoon, benchmarks };
}

export function formatReport(report: DataCheckReport, today: Date): string {
  const section = (title: string, items: string[]) => [`${title} (${items.length})`, ...(items.length > 0 ? items.map((i) => `  - ${i}`) : ['  none'])];
  return [
    `Knowledge base check, ${today.toISOString().slice(0, 10)}`,
    ...section('Facts older than their threshold', report.stale),
    ...section(`Support lines ending within ${ENDING_SOON_DAYS} days`, report.endingSoon),
    ...section('Performance scores by benchmark round', report.benchmarks),
  ].join('\n');
}
