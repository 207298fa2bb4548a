/** Start-up time to ready, the median over fresh processes (startup-child.ts), compiled and on plain node as in production. */
import { startChild } from './child.js';
import { compiledBench } from './compiled.js';
import { median, round } from './measure.js';

export interface StartupTiming {
  /** Process start to knowledge base loaded and validated. */
  startup_ms: number;
  /** Process start to the Slack app listening (the knowledge base, the store and Bolt's auth.test included). */
  slack_ready_ms: number;
  runs: number;
}

export async function benchStartup({ runs = 7 } = {}): Promise<StartupTiming> {
  const kb: number[] = [];
  const slack: number[] = [];
  for (let i = 0; i < runs; i++) {
    const child = startChild('./startup-child.ts', [], [], compiledBench());
    try {
      const ready = await child.next<{ kb_ready_ms: number; slack_ready_ms: number }>();
      kb.push(ready.kb_ready_ms);
      slack.push(ready.slack_ready_ms);
    } finally {
      await child.stop();
    }
  }
  return { startup_ms: Math.round(median(kb)), slack_ready_ms: Math.round(median(slack)), runs };
}
