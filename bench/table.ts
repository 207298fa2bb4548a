/** The one table `npm run bench` prints: every figure of a run, with its target where it has one. */
import type { Timing } from './measure.js';
import type { Results } from './results.js';
import type { TargetCheck } from './targets.js';

type Row = [area: string, what: string, result: string, target: string];

const timing = (t: Timing) => `${t.ops_per_s.toLocaleString('en')} ops/s · p50 ${t.p50_us} µs · p99 ${t.p99_us} µs`;
const verdict = (checks: TargetCheck[], name: string) => {
  const check = checks.find((c) => c.name === name);
  return check ? `${check.target} ${check.met ? 'met' : 'MISSED'}` : '';
};

function coreRows(results: Results, checks: TargetCheck[]): Row[] {
  const core = results.core;
  if (!core) return [];
  const rows: Row[] = [
    ['core', 'compare 2 (parse+score+card+Slack+Discord)', timing(core.compare), `p99 ${verdict(checks, 'core.compare.p99_us')}`],
    ['core', 'compare 4', timing(core.compare4), ''],
    ['core', 'recommend (flip point + confidence)', timing(core.recommend), ''],
    ['core', 'top performance', timing(core.top), ''],
    ...(core.interpret ? [['core', 'interpret a 200-character plain question', timing(core.interpret), 'p99 < 1 ms (issue 14)'] as Row] : []),
  ];
  for (const [stage, t] of Object.entries(core.compare_stages)) rows.push(['core', `  compare 2, ${stage.replace(/_/g, ' ')} alone`, `p50 ${t.p50_us} µs · p99 ${t.p99_us} µs`, '']);
  return rows;
}

function slackRows(results: Results, checks: TargetCheck[]): Row[] {
  return Object.entries(results.slack ?? {}).flatMap(([level, l]): Row[] => [
    ['slack', `${level} advisor`, `${l.advisor.rps} rps · p50 ${l.advisor.p50_ms} ms · p99 ${l.advisor.p99_ms} ms · ${l.advisor.cpu_us_per_request} µs CPU/req`, ''],
    ['slack', `${level} bare Bolt`, `${l.bare_bolt.rps} rps · p50 ${l.bare_bolt.p50_ms} ms · p99 ${l.bare_bolt.p99_ms} ms · ${l.bare_bolt.cpu_us_per_request} µs CPU/req`, ''],
    ['slack', `${level} bare node:http`, `${l.bare_http.rps} rps · p50 ${l.bare_http.p50_ms} ms · p99 ${l.bare_http.p99_ms} ms · ${l.bare_http.cpu_us_per_request} µs CPU/req`, ''],
    ['slack', `${level} advisor / bare Bolt`, `throughput ${l.throughput_ratio_vs_bare_bolt} · p99 ${l.p99_ratio_vs_bare_bolt} · CPU/req ${l.cpu_ratio_vs_bare_bolt}`, level === 'c50' ? `throughput ${verdict(checks, 'slack.c50.throughput_ratio_vs_bare_bolt')}; p99 ${verdict(checks, 'slack.c50.p99_ratio_vs_bare_bolt')}` : ''],
    ['slack', `${level} advisor / bare node:http`, `throughput ${l.throughput_ratio_vs_bare_http} · p99 ${l.p99_ratio_vs_bare_http}`, ''],
  ]);
}

function otherRows(results: Results, checks: TargetCheck[]): Row[] {
  const rows: Row[] = [];
  const d = results.discord;
  if (d) {
    rows.push(['discord', 'INTERACTION_CREATE to callback (compare, chart attached)', `p50 ${d.p50_ms} ms · p99 ${d.p99_ms} ms`, '']);
    rows.push(['discord', '  the same without a chart', `p50 ${d.without_chart.p50_ms} ms · p99 ${d.without_chart.p99_ms} ms`, '']);
  }
  if (results.startup_ms !== undefined) rows.push(['start-up', 'process start to knowledge base loaded and validated', `${results.startup_ms} ms`, verdict(checks, 'startup_ms')]);
  if (results.startup) rows.push(['start-up', 'process start to Slack app listening', `${results.startup.slack_ready_ms} ms`, '']);
  const m = results.memory;
  if (m) {
    rows.push(['memory', 'RSS at start / after 5k / after 10k commands', `${m.rss_mb_at_start} / ${m.rss_mb_after_5k} / ${m.rss_mb_after_10k} MB`, `after 10k ${verdict(checks, 'rss_mb_after_10k')}`]);
    rows.push(['memory', 'growth 5k to 10k: RSS / JS heap', `${m.rss_growth_mb_5k_to_10k} / ${m.heap_growth_mb_5k_to_10k} MB (heap ${m.heap_mb_after_10k} MB)`, `RSS ${verdict(checks, 'rss_growth_mb_5k_to_10k')}`]);
  }
  const c = results.charts;
  if (c) for (const [name, t] of Object.entries(c.cases)) rows.push(['charts', `${name} chart`, `SVG p50 ${t.svg_p50_us} µs · PNG p50 ${t.png_p50_ms} ms`, '']);
  return rows;
}

export function resultTable(results: Results, checks: TargetCheck[]): string {
  const rows: Row[] = [['area', 'what', 'result (medians over runs)', 'target'], ...coreRows(results, checks), ...slackRows(results, checks), ...otherRows(results, checks)];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: Row) => `| ${r.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(rows[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}
