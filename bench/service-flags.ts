/**
 * The node flags `npm start` runs the bot with, read from package.json's
 * start script, so the benchmark's bot processes (Slack load, memory) run as
 * the shipped one does and the two cannot drift apart.
 */
import { readFileSync } from 'node:fs';

export function serviceNodeFlags(): string[] {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: { start: string } };
  return pkg.scripts.start.split(/\s+/).filter((word) => word.startsWith('--'));
}
