/**
 * Slack end to end over loopback HTTP: the advisor's Bolt app, a bare Bolt
 * app and a bare node:http server, each in its own process, under the same
 * autocannon load at each concurrency. Runs are interleaved (round by round,
 * the order rotating) so a noisy minute hits all three alike, and each ratio
 * is taken within a round, then the median over rounds is reported. Beside
 * latency, each server's CPU time per request is recorded: on a shared
 * machine it moves far less than latency does.
 */
import { FORM, sendSigned, slashCommandBody } from '../test/fakes/slack-requests.js';
import { type Child, startChild } from './child.js';
import { median, round } from './measure.js';
import { COMMAND_TEXT, loadSlack, type LoadResult } from './slack-load.js';
import { serviceNodeFlags } from './service-flags.js';
import { BENCH_SIGNING_SECRET } from './slack-service.js';
import type { SlackTarget } from './slack-target.js';

const TARGETS: SlackTarget[] = ['advisor', 'bare-bolt', 'bare-http'];
export const SLACK_CONCURRENCY = [1, 50, 200] as const;

export interface TargetFigures {
  rps: number;
  p50_ms: number;
  p99_ms: number;
  /** The server's CPU time (user + system) per answered request. */
  cpu_us_per_request: number;
  /** Failed, timed out or non-2xx requests, summed over the rounds. */
  failed: number;
}

export interface SlackLevel {
  advisor: TargetFigures;
  bare_bolt: TargetFigures;
  bare_http: TargetFigures;
  throughput_ratio_vs_bare_bolt: number;
  p99_ratio_vs_bare_bolt: number;
  cpu_ratio_vs_bare_bolt: number;
  throughput_ratio_vs_bare_http: number;
  p99_ratio_vs_bare_http: number;
}

export interface SlackOptions {
  rounds: number;
  durationSeconds: number;
}

type Run = LoadResult & { cpu_us_per_request: number };
type RoundResult = Record<SlackTarget, Run>;

interface Target {
  child: Child;
  port: number;
}

/** The advisor answers in the ack with the comparison itself; a benchmark of anything else would be meaningless. */
async function checkAdvisorAnswers(port: number): Promise<void> {
  const body = slashCommandBody({ team_id: 'T0BENCH01', channel_id: 'C0BENCH01', user_id: 'U0CHECK', command: '/framework', text: COMMAND_TEXT, response_url: 'http://127.0.0.1:9/unused' });
  const answer = await sendSigned(`http://127.0.0.1:${port}/slack/events`, body, FORM, { secret: BENCH_SIGNING_SECRET });
  const blocks = (answer.body as { blocks?: unknown[] } | undefined)?.blocks;
  if (answer.status !== 200 || !Array.isArray(blocks) || !JSON.stringify(blocks).includes('Django vs FastAPI')) {
    throw new Error(`the advisor did not answer the comparison in its ack: ${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`);
  }
}

async function run(target: Target, connections: number, durationSeconds: number): Promise<Run> {
  const before = await target.child.ask<{ cpuMicros: number }>('cpu');
  const result = await loadSlack(target.port, connections, durationSeconds);
  const after = await target.child.ask<{ cpuMicros: number }>('cpu');
  return { ...result, cpu_us_per_request: (after.cpuMicros - before.cpuMicros) / Math.max(1, result.answered) };
}

function medianOf(runs: Run[]): TargetFigures {
  return {
    rps: Math.round(median(runs.map((r) => r.rps))),
    p50_ms: round(median(runs.map((r) => r.p50_ms)), 2),
    p99_ms: round(median(runs.map((r) => r.p99_ms)), 2),
    cpu_us_per_request: Math.round(median(runs.map((r) => r.cpu_us_per_request))),
    failed: runs.reduce((sum, r) => sum + r.failed, 0),
  };
}

const ratio = (rounds: RoundResult[], of: (r: RoundResult) => number) => round(median(rounds.map(of)), 2);

function summarise(rounds: RoundResult[]): SlackLevel {
  return {
    advisor: medianOf(rounds.map((r) => r.advisor)),
    bare_bolt: medianOf(rounds.map((r) => r['bare-bolt'])),
    bare_http: medianOf(rounds.map((r) => r['bare-http'])),
    throughput_ratio_vs_bare_bolt: ratio(rounds, (r) => r.advisor.rps / r['bare-bolt'].rps),
    p99_ratio_vs_bare_bolt: ratio(rounds, (r) => r.advisor.p99_ms / r['bare-bolt'].p99_ms),
    cpu_ratio_vs_bare_bolt: ratio(rounds, (r) => r.advisor.cpu_us_per_request / r['bare-bolt'].cpu_us_per_request),
    throughput_ratio_vs_bare_http: ratio(rounds, (r) => r.advisor.rps / r['bare-http'].rps),
    p99_ratio_vs_bare_http: ratio(rounds, (r) => r.advisor.p99_ms / r['bare-http'].p99_ms),
  };
}

const describe = (target: SlackTarget, r: Run) => `${target} ${Math.round(r.rps)} rps p99 ${r.p99_ms.toFixed(2)} ms cpu ${Math.round(r.cpu_us_per_request)} µs/req`;

export async function benchSlack({ rounds, durationSeconds }: SlackOptions, progress: (line: string) => void = () => {}): Promise<Record<string, SlackLevel>> {
  const targets = new Map<SlackTarget, Target>();
  try {
    const children = TARGETS.map((name) => [name, startChild('./slack-target.ts', [name], name === 'advisor' ? serviceNodeFlags() : [])] as const);
    for (const [name, child] of children) targets.set(name, { child, port: (await child.next<{ port: number }>()).port });
    await checkAdvisorAnswers(targets.get('advisor')!.port);
    // Warm-up: JIT and connection handling, not measured.
    for (const target of targets.values()) await loadSlack(target.port, 50, Math.min(2, durationSeconds));

    const byLevel = new Map<number, RoundResult[]>(SLACK_CONCURRENCY.map((c) => [c, []]));
    for (let r = 0; r < rounds; r++) {
      for (const connections of SLACK_CONCURRENCY) {
        const result = {} as RoundResult;
        const order = TARGETS.map((_, i) => TARGETS[(i + r) % TARGETS.length]!);
        for (const name of order) result[name] = await run(targets.get(name)!, connections, durationSeconds);
        byLevel.get(connections)!.push(result);
        progress(`slack round ${r + 1}/${rounds} c${connections}: ${order.map((name) => describe(name, result[name])).join(' · ')}`);
      }
    }
    return Object.fromEntries([...byLevel].map(([c, results]) => [`c${c}`, summarise(results)]));
  } finally {
    await Promise.all([...targets.values()].map((t) => t.child.stop()));
  }
}
