/**
 * `npm run bench`: every benchmark of issue 7 in one run, one table on
 * stdout, and bench/results.json (gitignored). Progress goes to stderr.
 *
 * Every figure is a median over repeated runs, and every comparison a ratio
 * of figures measured in the same run. Settings from the environment:
 * BENCH_ONLY=core,slack,discord,startup,memory,charts runs some sections;
 * BENCH_QUICK=1 runs fewer and shorter rounds (a smoke test, not a measurement);
 * BENCH_ROUNDS and BENCH_SECONDS set the Slack load rounds and their length.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { loadKnowledgeBase } from '../src/core/knowledge/load.js';
import { DATA_DIR } from '../src/paths.js';
import { benchChartRendering } from './charts.js';
import { benchCompareStages, benchCore } from './core.js';
import { benchDiscord } from './discord.js';
import { benchMemory } from './memory.js';
import type { Results } from './results.js';
import { benchSlack } from './slack.js';
import { benchStartup } from './startup.js';
import { resultTable } from './table.js';
import { checkTargets } from './targets.js';

const SECTIONS = ['startup', 'core', 'charts', 'discord', 'slack', 'memory'] as const;
type Section = (typeof SECTIONS)[number];

const RESULTS_FILE = fileURLToPath(new URL('./results.json', import.meta.url));

function settings() {
  const quick = process.env.BENCH_QUICK === '1';
  const only = (process.env.BENCH_ONLY ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = only.filter((s) => !SECTIONS.includes(s as Section));
  if (unknown.length > 0) throw new Error(`BENCH_ONLY: unknown section ${unknown.join(', ')}; known: ${SECTIONS.join(', ')}`);
  return {
    quick,
    sections: (only.length > 0 ? only : [...SECTIONS]) as Section[],
    slackRounds: Number(process.env.BENCH_ROUNDS ?? (quick ? 2 : 5)),
    slackSeconds: Number(process.env.BENCH_SECONDS ?? (quick ? 2 : 3)),
    startupRuns: quick ? 3 : 7,
    discordRuns: quick ? 3 : 5,
  };
}

const progress = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<void> {
  const s = settings();
  const kb = loadKnowledgeBase(DATA_DIR);
  const results: Results = {
    measured_at: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu_model: cpus()[0]?.model ?? 'unknown', node: process.version, load_average_before: loadavg()[0]!, load_average_after: 0 },
    settings: { quick: s.quick, sections: s.sections.join(','), slack_rounds: s.slackRounds, slack_seconds: s.slackSeconds, startup_runs: s.startupRuns, discord_runs: s.discordRuns },
  };
  const run = async <T>(section: Section, work: () => Promise<T> | T, keep: (value: T) => void) => {
    if (!s.sections.includes(section)) return;
    progress(`bench: ${section}...`);
    keep(await work());
  };

  await run('startup', () => benchStartup({ runs: s.startupRuns }), (t) => {
    results.startup_ms = t.startup_ms;
    results.startup = { slack_ready_ms: t.slack_ready_ms, runs: t.runs };
  });
  await run('core', () => ({ ...benchCore(kb), compare_stages: benchCompareStages(kb) }), (core) => (results.core = core));
  await run('charts', () => benchChartRendering(kb), (charts) => (results.charts = charts));
  await run('discord', () => benchDiscord(kb, { runs: s.discordRuns }), (discord) => (results.discord = discord));
  await run('slack', () => benchSlack({ rounds: s.slackRounds, durationSeconds: s.slackSeconds }, progress), (slack) => (results.slack = slack));
  await run('memory', () => benchMemory(), (memory) => {
    results.memory = memory;
    results.rss_mb_after_10k = memory.rss_mb_after_10k;
    results.rss_growth_mb_5k_to_10k = memory.rss_growth_mb_5k_to_10k;
  });

  results.machine.load_average_after = loadavg()[0]!;
  results.targets = checkTargets(results);
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  const load = `${results.machine.cpus} × ${results.machine.cpu_model}, Node ${results.machine.node}, load average ${results.machine.load_average_before.toFixed(1)} before / ${results.machine.load_average_after.toFixed(1)} after`;
  process.stdout.write(`${resultTable(results, results.targets)}\n\n${load}\nWritten to ${RESULTS_FILE}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
