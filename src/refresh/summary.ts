/**
 * The reviewable summary of a refresh, in Markdown so the scheduled job can
 * use it as a pull request's body and a maintainer can read it in a terminal:
 * what changed per framework (old -> new), the derived scores that moved, the
 * reference scenarios whose #1 changed, what failed and why.
 */
import { CRITERION_LABEL } from '../core/vocabulary.js';
import type { Change } from './changes.js';
import type { RefreshReport } from './refresh.js';

const signed = (n: number) => `${n > 0 ? '+' : ''}${n.toFixed(1)}`;

function changeLines(changes: Change[]): string[] {
  const byFramework = new Map<string, Change[]>();
  for (const c of changes) byFramework.set(c.framework, [...(byFramework.get(c.framework) ?? []), c]);
  const lines: string[] = [];
  for (const [framework, own] of [...byFramework].sort(([a], [b]) => a.localeCompare(b))) {
    const moved = own.filter((c) => !c.confirmedOnly);
    const confirmed = own.filter((c) => c.confirmedOnly);
    lines.push(`- **${framework}**`);
    for (const c of moved) lines.push(`  - ${c.fact}: ${c.from} -> ${c.to}`);
    if (confirmed.length > 0) lines.push(`  - read again, same value (asOf now ${confirmed[0]!.to.replace('as of ', '')}): ${confirmed.map((c) => c.fact).join('; ')}`);
  }
  return lines;
}

export function formatSummary(report: RefreshReport): string {
  const { options } = report;
  const moved = report.changes.filter((c) => !c.confirmedOnly);
  const out: string[] = [];
  out.push(`## Knowledge refresh, ${options.today}${options.dryRun ? ' (dry run: nothing written)' : ''}`);
  out.push('');
  out.push(`Sources: ${options.sources.join(', ')}. Frameworks: ${options.only ? options.only.join(', ') : 'all'}.`);
  out.push(`Requests answered: ${report.answered} of ${report.requests}${report.failures.length > 0 ? `; ${report.failures.length} failed (listed below)` : ''}.`);
  if (report.invalid) {
    out.push('', '### Not written: the result does not validate', '', '```', report.invalid, '```');
  }
  out.push('', `### What changed (${moved.length} ${moved.length === 1 ? 'fact' : 'facts'})`, '');
  out.push(...(report.changes.length > 0 ? changeLines(report.changes) : ['No changes.']));
  out.push('', '### Derived scores that moved', '');
  out.push(
    ...(report.scoreMoves.length > 0
      ? report.scoreMoves.map((m) => `- ${m.framework} ${CRITERION_LABEL[m.criterion]}: ${m.from} -> ${m.to} (${signed(m.to - m.from)})${m.confidence ? `, confidence ${m.confidence}` : ''}`)
      : ['None.']),
  );
  out.push('', '### Reference scenarios whose #1 changed', '');
  out.push(...(report.leaderChanges.length > 0 ? report.leaderChanges.map((l) => `- "${l.scenario}": ${l.from} -> ${l.to}`) : ['None: every reference scenario keeps its #1.']));
  if (report.failures.length > 0) {
    out.push('', '### Failed (nothing written for these)', '');
    out.push(...report.failures.map((f) => `- ${f.framework}, ${f.source} ${f.subject}: ${f.reason}`));
  }
  const notes = [...report.notices, ...report.nothingToFetch.map((n) => `nothing to fetch for ${n}`)];
  if (notes.length > 0) out.push('', '### For the reviewer', '', ...notes.map((n) => `- ${n}`));
  out.push('', '### Files', '');
  out.push(report.files.length > 0 ? `${options.dryRun ? 'Would write' : 'Written'}: ${report.files.map((f) => `data/${f}`).join(', ')}` : 'No file changed.');
  out.push('', 'Rubric judgements, benchmark figures, survey shares, built-ins and project fit are never changed by a refresh.');
  return `${out.join('\n')}\n`;
}
