/**
 * One framework's profile: facts with their dates, releases and support lines,
 * each score with how it was derived, others' published ratings beside ours,
 * built-ins with their support level, and the evidence itself.
 */
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { DerivedScore, FrameworkProfile } from '../knowledge/profile.js';
import type { Benchmark } from '../knowledge/schema.js';
import { releaseSummary } from '../knowledge/releases.js';
import { BUILTINS, BUILTIN_LABEL, CRITERIA, CRITERION_LABEL, LANGUAGE_LABEL, PROJECT_LABEL, PROJECT_TYPES, type Criterion } from '../vocabulary.js';
import { type Action, type Block, type Card, fallbackOf, formatScore } from './card.js';
import { sourceLabel, sourceReference } from './sources.js';

function facts(f: FrameworkProfile) {
  return [
    { label: 'Language', value: f.languages.map((l) => LANGUAGE_LABEL[l]).join(', ') },
    { label: 'Runtime', value: f.runtime },
    { label: 'Kind', value: f.kind },
    { label: 'License', value: f.license },
    { label: 'First release', value: `${f.firstRelease.value}` },
    { label: 'Current version', value: `${f.releases.current.version}, released ${f.releases.current.released} (as of ${f.releases.asOf})` },
    { label: 'Concurrency', value: f.concurrency },
    { label: 'Links', value: `${f.homepage} · ${f.repository}` },
  ];
}

/** "from TechEmpower Round 23", "from our rubric", "no benchmark: our own estimate". */
function howDerived(kb: KnowledgeBase, s: DerivedScore): string {
  if (s.noBenchmark) return 'no benchmark, our own estimate';
  if (s.derivation.method === 'rubric') return `our own rating from ${s.derivation.items.length} rubric items`;
  if (s.derivation.method === 'adoption') return `derived from adoption figures (${sourceLabel(kb, s.source)} and others)`;
  return `derived from ${sourceLabel(kb, s.source)} Round ${s.derivation.round}`;
}

function scoreLines(kb: KnowledgeBase, f: FrameworkProfile): string[] {
  return CRITERIA.map((c) => {
    const s = f.scores[c];
    return `${CRITERION_LABEL[c]} ${formatScore(s.value)}: ${howDerived(kb, s)}, as of ${s.date}, ${s.confidence} confidence. ${s.note}`;
  });
}

function publishedLines(kb: KnowledgeBase, f: FrameworkProfile): string[] {
  return f.publishedRatings.map((r) => {
    const source = kb.source(r.source);
    const who = source?.publisher ?? source?.title ?? 'A published ranking';
    const numbers = CRITERIA.map((c: Criterion) => `${CRITERION_LABEL[c].toLowerCase()} ${formatScore(r.scores[c])}`).join(', ');
    const overall = r.overall !== undefined ? `, overall ${formatScore(r.overall)}` : '';
    const when = source?.published ? ` (published ${source.published})` : '';
    return `${who} rates: ${numbers}${overall}${when}. An opinion shown for comparison; it does not enter our scores.`;
  });
}

const LEVEL_LABEL = { framework: 'in the framework', official: 'official package', community: 'community package' } as const;

function builtinLines(f: FrameworkProfile): string[] {
  return BUILTINS.flatMap((b) => {
    const s = f.builtinSupport[b];
    if (s.level === 'none') return [];
    const paid = s.paid ? ', paid' : '';
    return [`${BUILTIN_LABEL[b]}: ${LEVEL_LABEL[s.level]} (${s.package}${paid})`];
  });
}

function benchmarkLine(b: Benchmark): string {
  const run = b.round === 23 ? `run ${b.run.slice(0, 8)}` : b.run;
  return `TechEmpower Round ${b.round} (${run}), ${b.test}: ${b.requestsPerSecond.toLocaleString('en-US')} requests/s, variant ${b.variant} (${b.database}, ORM ${b.orm})`;
}

function evidence(f: FrameworkProfile): string[] {
  const bench = f.benchmarks.map(benchmarkLine);
  const caveat = bench.length > 0 ? ['Benchmark implementations are tuned for the test: read them as direction, not as your application\'s speed'] : [];
  const adoption = f.adoption.map((a) => {
    const what = a.measure === 'stackoverflow-survey' ? 'Stack Overflow survey' : a.measure === 'github-stars' ? `GitHub stars (${a.repository ?? 'main repository'})` : `Weekly downloads (${a.registry} ${a.package})`;
    return `${what}: ${a.value.toLocaleString('en-US')} ${a.unit}${a.slice ? ` (${a.slice})` : ''}, as of ${a.asOf}`;
  });
  return [...bench, ...caveat, ...adoption];
}

export function profileCard(kb: KnowledgeBase, f: FrameworkProfile, actions: Action[], today = new Date()): Card {
  const goodFor = [...PROJECT_TYPES].sort((a, b) => f.projectFit[b].value - f.projectFit[a].value).slice(0, 3);
  const releases = releaseSummary(f, today);
  const blocks: Block[] = [
    { type: 'fields', fields: facts(f) },
    { type: 'text', heading: 'Releases', text: releases.text },
  ];
  if (releases.warnings.length > 0) blocks.push({ type: 'list', heading: 'Support warnings', items: releases.warnings });
  blocks.push({ type: 'list', heading: 'Scores (0-10)', items: scoreLines(kb, f) });
  const published = publishedLines(kb, f);
  if (published.length > 0) blocks.push({ type: 'list', heading: 'Published ratings', items: published });
  const builtins = builtinLines(f);
  blocks.push(
    { type: 'list', heading: 'Built in or available', items: builtins.length > 0 ? builtins : ['Little: you assemble the stack from packages'] },
    { type: 'list', heading: 'Strengths', items: f.strengths },
    { type: 'list', heading: 'Watch out for', items: f.watchouts },
    { type: 'list', heading: 'Best fit', items: [...f.bestFit, `Strongest project types here: ${goodFor.map((p) => `${PROJECT_LABEL[p]} ${formatScore(f.projectFit[p].value)}`).join(', ')}`] },
  );
  if (f.notableUsers.length > 0) blocks.push({ type: 'text', heading: 'Used by', text: f.notableUsers.join(', ') });
  const ev = evidence(f);
  if (ev.length > 0) blocks.push({ type: 'list', heading: 'Evidence', items: ev });
  const used = [...new Set([...CRITERIA.map((c) => f.scores[c].source), ...f.publishedRatings.map((r) => r.source), f.firstRelease.source, f.releases.source])].filter((id) => id !== 'advisor');
    blocks.push({ type: 'notes', items: used.map((id) => `Source: ${sourceReference(kb, id)}`) });
  return { title: f.name, subtitle: f.summary, blocks, actions, fallback: fallbackOf(f.name, f.summary, blocks.slice(1, 3)) };
}
