/** What `npm run bench` writes to bench/results.json; sections are absent when BENCH_ONLY left them out. */
import type { ChartTiming } from './charts.js';
import type { CompareStage, CoreCase } from './core.js';
import type { DiscordTiming } from './discord.js';
import type { Timing } from './measure.js';
import type { MemoryFigures } from './memory.js';
import type { SlackLevel } from './slack.js';
import type { TargetCheck } from './targets.js';

export interface Machine {
  cpus: number;
  cpu_model: string;
  node: string;
  /** 1-minute load average before and after the run: above the core count, other work was competing. */
  load_average_before: number;
  load_average_after: number;
}

export interface Results {
  measured_at: string;
  machine: Machine;
  settings: Record<string, number | boolean | string>;
  core?: Record<CoreCase, Timing> & { compare_stages: Record<CompareStage, Timing> };
  slack?: Record<string, SlackLevel>;
  discord?: DiscordTiming & { without_chart: DiscordTiming };
  startup_ms?: number;
  startup?: { slack_ready_ms: number; runs: number };
  rss_mb_after_10k?: number;
  rss_growth_mb_5k_to_10k?: number;
  memory?: MemoryFigures;
  charts?: ChartTiming & { cases: Record<string, ChartTiming> };
  targets?: TargetCheck[];
}
