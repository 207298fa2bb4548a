/**
 * One refresh: plan the requests, fetch them politely, write the readings
 * into a staged copy of data/, load that copy through the core's loader (it
 * must validate), compare scores and reference scenarios before and after,
 * then write the changed files unless this is a dry run.
 */
import type { KnowledgeBase } from '../core/knowledge/knowledge-base.js';
import { loadKnowledgeBase } from '../core/knowledge/load.js';
import { applyReadings } from './apply-readings.js';
import type { Change } from './changes.js';
import type { RefreshConfig } from './config.js';
import { readFrameworkFiles, readSources, serialise, stage, unstage, withSources, writeAtomically, type Writes } from './data-files.js';
import { plan, type SourceName, type Task } from './planner.js';
import { PoliteHttp } from './polite-http.js';
import type { Reading } from './readings.js';
import { leaderChanges, loadReferenceScenarios, type LeaderChange } from './reference-scenarios.js';
import { scoreMoves, type ScoreMove } from './score-moves.js';
import { SourceFailure } from './source-failure.js';
import { CRATES_MIN_GAP_MS } from './sources/crates.js';
import { githubRepositoryOf } from './sources/github.js';

export interface RefreshOptions {
  dataDir: string;
  only?: string[];
  sources: SourceName[];
  dryRun: boolean;
  /** The read date recorded as asOf (YYYY-MM-DD). */
  today: string;
}

export interface Failure {
  framework: string;
  source: SourceName;
  subject: string;
  reason: string;
}

export interface RefreshReport {
  options: RefreshOptions;
  requests: number;
  answered: number;
  failures: Failure[];
  nothingToFetch: string[];
  changes: Change[];
  notices: string[];
  scoreMoves: ScoreMove[];
  leaderChanges: LeaderChange[];
  /** Files written (or, in a dry run, that would be), relative to the data directory. */
  files: string[];
  /** Why the result was not written: it did not validate. */
  invalid?: string;
  exitCode: 0 | 1;
}

async function fetchAll(tasks: Task[], config: RefreshConfig): Promise<{ readings: Map<string, Reading[]>; failures: Failure[]; answered: number }> {
  const cratesHost = new URL(config.baseUrls.CRATES_URL).host;
  const ctx = { http: new PoliteHttp(config, { [cratesHost]: { minGapMs: CRATES_MIN_GAP_MS } }), config };
  const results = await Promise.allSettled(tasks.map((t) => t.run(ctx)));
  const readings = new Map<string, Reading[]>();
  const failures: Failure[] = [];
  results.forEach((result, i) => {
    const task = tasks[i]!;
    if (result.status === 'fulfilled') readings.set(task.framework, [...(readings.get(task.framework) ?? []), ...result.value]);
    else {
      // Only a SourceFailure's reason is shown; anything else is a bug in a client, named as such.
      const reason = result.reason instanceof SourceFailure ? result.reason.reason : `unexpected error in the ${task.source} client`;
      failures.push({ framework: task.framework, source: task.source, subject: task.subject, reason });
    }
  });
  return { readings, failures, answered: results.filter((r) => r.status === 'fulfilled').length };
}

function compare(dataDir: string, before: KnowledgeBase, after: KnowledgeBase, notices: string[]): { moves: ScoreMove[]; leaders: LeaderChange[] } {
  const moves = scoreMoves(before, after);
  try {
    return { moves, leaders: leaderChanges(before, after, loadReferenceScenarios(dataDir)) };
  } catch (error) {
    notices.push(`reference scenarios not compared: ${(error as Error).message.split('\n')[0]}`);
    return { moves, leaders: [] };
  }
}

export async function refresh(options: RefreshOptions, config: RefreshConfig): Promise<RefreshReport> {
  const before = loadKnowledgeBase(options.dataDir);
  const { tasks, nothingToFetch } = plan(before.frameworks, { ...(options.only ? { only: options.only } : {}), sources: options.sources });
  const { readings, failures, answered } = await fetchAll(tasks, config);

  const raw = readFrameworkFiles(options.dataDir);
  const writes: Writes = new Map();
  const changes: Change[] = [];
  const notices: string[] = [];
  const used: Reading['source'][] = [];
  for (const [id, found] of readings) {
    const original = raw.get(id)!;
    const applied = applyReadings(original, found, options.today, githubRepositoryOf);
    changes.push(...applied.changes);
    notices.push(...applied.notices);
    used.push(...applied.sourcesUsed);
    if (serialise(applied.file) !== serialise(original)) writes.set(`frameworks/${id}.json`, serialise(applied.file));
  }
  const register = writes.size > 0 ? withSources(readSources(options.dataDir), used) : undefined;
  if (register) writes.set('sources.json', serialise(register));

  const report = { options, requests: tasks.length, answered, failures, nothingToFetch, changes, notices, files: [...writes.keys()] };
  const nothingFetched = tasks.length === 0 || answered === 0;
  const staged = stage(options.dataDir, writes);
  try {
    let after: KnowledgeBase;
    try {
      after = loadKnowledgeBase(staged);
    } catch (error) {
      return { ...report, scoreMoves: [], leaderChanges: [], invalid: (error as Error).message, exitCode: 1 };
    }
    const { moves, leaders } = compare(options.dataDir, before, after, notices);
    if (!options.dryRun) writeAtomically(options.dataDir, writes);
    return { ...report, scoreMoves: moves, leaderChanges: leaders, exitCode: nothingFetched ? 1 : 0 };
  } finally {
    unstage(staged);
  }
}
