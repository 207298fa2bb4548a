/** One framework's profile: facts with their dates, sourced scores with reasons, built-ins, evidence. */
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { FrameworkProfile } from '../knowledge/schema.js';
import { BUILTINS, BUILTIN_LABEL, CRITERIA, CRITERION_LABEL, LANGUAGE_LABEL, PROJECT_LABEL, PROJECT_TYPES } from '../vocabulary.js';
import { type Action, type Block, type Card, fallbackOf, formatScore } from './card.js';
import { sourceLabel, sourceReference } from './sources.js';

function facts(f: FrameworkProfile) {
  return [
    { label: 'Language', value: f.languages.map((l) => LANGUAGE_LABEL[l]).join(', ') },
    { label: 'Runtime', value: f.runtime },
    { label: 'Kind', value: f.kind },
    { label: 'License', value: f.license },
    { label: 'First release', value: `${f.firstRelease.value}` },
    { label: 'Current version', value: `${f.releases.current.version}, released ${f.releases.current.released}` },
    { label: 'Concurrency', value: f.concurrency },
    { label: 'Links', value: `${f.homepage} · ${f.repository}` },
  ];
}

function scoreLines(kb: KnowledgeBase, f: FrameworkProfile): string[] {
  return CRITERIA.map((c) => {
    const r = f.scores[c];
    const reason = r.note ? `. ${r.note}` : '';
    return `${CRITERION_LABEL[c]} ${formatScore(r.value)}: ${sourceLabel(kb, r.source)}, ${r.date}, ${r.confidence} confidence${reason}`;
  });
}

function evidence(f: FrameworkProfile): string[] {
  const bench = f.benchmarks.map(
    (b) => `TechEmpower ${b.run}, ${b.test}: ${b.requestsPerSecond.toLocaleString('en-US')} requests/s (${b.variant}); tuned for the benchmark, so read it as direction, not as your app's speed`,
  );
  const adoption = f.adoption.map((a) => `${a.measure === 'stackoverflow-survey' ? 'Stack Overflow survey' : a.measure === 'github-stars' ? 'GitHub' : 'npm'}: ${a.value.toLocaleString('en-US')} ${a.unit}${a.slice ? ` (${a.slice})` : ''}, as of ${a.asOf}`);
  return [...bench, ...adoption];
}

export function profileCard(kb: KnowledgeBase, f: FrameworkProfile, actions: Action[]): Card {
  const supported = BUILTINS.filter((b) => f.builtins[b] === 'built-in' || f.builtins[b] === 'first-party').map((b) => BUILTIN_LABEL[b]);
  const goodFor = [...PROJECT_TYPES].sort((a, b) => f.projectFit[b].value - f.projectFit[a].value).slice(0, 3);
  const blocks: Block[] = [
    { type: 'fields', fields: facts(f) },
    { type: 'list', heading: 'Scores (0-10)', items: scoreLines(kb, f) },
    { type: 'text', heading: 'Built in', text: supported.length > 0 ? supported.join(', ') : 'Little: you assemble the stack from packages' },
    { type: 'list', heading: 'Strengths', items: f.strengths },
    { type: 'list', heading: 'Watch out for', items: f.watchouts },
    { type: 'list', heading: 'Best fit', items: [...f.bestFit, `Strongest project types here: ${goodFor.map((p) => `${PROJECT_LABEL[p]} ${formatScore(f.projectFit[p].value)}`).join(', ')}`] },
  ];
  if (f.notableUsers.length > 0) blocks.push({ type: 'text', heading: 'Used by', text: f.notableUsers.join(', ') });
  const ev = evidence(f);
  if (ev.length > 0) blocks.push({ type: 'list', heading: 'Evidence', items: ev });
  const used = [...new Set([...CRITERIA.map((c) => f.scores[c].source), f.firstRelease.source, f.releases.source])].filter((id) => id !== 'advisor');
  const note = (id: string) => (sourceLabel(kb, id) === sourceReference(kb, id) ? sourceReference(kb, id) : `${sourceLabel(kb, id)}: ${sourceReference(kb, id)}`);
  blocks.push({ type: 'notes', items: used.map(note) });
  return { title: f.name, subtitle: f.summary, blocks, actions, fallback: fallbackOf(f.name, f.summary, []) };
}
