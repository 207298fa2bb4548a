/**
 * Writes readings into a framework file: release facts, star counts and
 * weekly downloads, each with the new asOf, source and the URL it was read
 * at. Nothing else in the file is touched: rubric judgements, benchmark
 * figures, survey shares, built-ins and project fit stay as they are.
 *
 * Works on the file's JSON as written (key order kept), not on the parsed
 * profile, so defaults the schema fills in never appear in the file.
 */
import type { Adoption, ReleaseLine, Releases } from '../core/knowledge/schema.js';
import { formatCount, type Change } from './changes.js';
import type { LineReading, Reading } from './readings.js';
import { compareVersions } from './versions.js';

type Raw = Record<string, unknown>;
type RawReleases = Omit<Releases, 'lines'> & { lines: Array<Partial<ReleaseLine> & { line: string }> };

export interface Applied {
  file: Raw;
  changes: Change[];
  /** Things a reviewer should look at that the refresh does not change (an archived repository, a licence mismatch). */
  notices: string[];
  /** Source ids the file now cites. */
  sourcesUsed: Reading['source'][];
}

/** Lines that ended more than this long ago are dropped: a team is unlikely to still be on them. */
const KEEP_ENDED_DAYS = 365;

const daysBefore = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

const describeLine = (l: Partial<ReleaseLine> & { line: string }) =>
  [l.line + (l.lts ? ' LTS' : ''), l.released && `released ${l.released}`, l.bugfixUntil && `bug fixes until ${l.bugfixUntil}`, l.endOfLife && `end of life ${l.endOfLife}`]
    .filter(Boolean)
    .join(', ');

const describeCurrent = (c: { version: string; released: string }) => `${c.version} (${c.released})`;

function lineFrom(l: LineReading): ReleaseLine {
  return {
    line: l.line,
    ...(l.released ? { released: l.released } : {}),
    ...(l.endOfLife ? { endOfLife: l.endOfLife } : {}),
    ...(l.bugfixUntil ? { bugfixUntil: l.bugfixUntil } : {}),
    lts: l.lts,
  };
}

function lineChanges(framework: string, before: RawReleases['lines'], after: ReleaseLine[]): Change[] {
  const changes: Change[] = [];
  const old = new Map(before.map((l) => [l.line, l]));
  const now = new Map(after.map((l) => [l.line, l]));
  for (const l of after) {
    const was = old.get(l.line);
    if (!was) changes.push({ framework, fact: 'releases.lines', from: '(none)', to: `+ ${describeLine(l)}` });
    else if (describeLine(was) !== describeLine(l)) changes.push({ framework, fact: `releases.lines ${l.line}`, from: describeLine(was), to: describeLine(l) });
  }
  for (const l of before) if (!now.has(l.line)) changes.push({ framework, fact: 'releases.lines', from: describeLine(l), to: '- dropped (ended over a year ago or no longer listed)' });
  return changes;
}

class FileUpdate {
  readonly file: Raw;
  readonly changes: Change[] = [];
  readonly notices: string[] = [];
  readonly sourcesUsed: Reading['source'][] = [];
  readonly #id: string;
  readonly #today: string;

  constructor(original: Raw, today: string) {
    this.file = structuredClone(original);
    this.#id = String(original.id);
    this.#today = today;
  }

  get #releases(): RawReleases {
    return this.file.releases as RawReleases;
  }

  #cite(reading: Reading): { source: string; asOf: string; confidence: 'high' | 'medium'; readAt: string } {
    if (!this.sourcesUsed.some((s) => s.id === reading.source.id)) this.sourcesUsed.push(reading.source);
    const estimated = reading.kind === 'weekly-downloads' && reading.estimate !== undefined;
    return { source: reading.source.id, asOf: this.#today, confidence: estimated ? 'medium' : 'high', readAt: reading.readAt };
  }

  #setReleases(current: { version: string; released: string }, lines: RawReleases['lines'], reading: Reading): void {
    const before = this.#releases;
    if (compareVersions(current.version, before.current.version) < 0) {
      this.notices.push(`${this.#id}: ${reading.source.title.split(' (')[0]} gives ${current.version}, older than the file's ${before.current.version}; current version kept`);
      current = before.current;
    }
    if (describeCurrent(before.current) !== describeCurrent(current)) {
      this.changes.push({ framework: this.#id, fact: 'releases.current', from: describeCurrent(before.current), to: describeCurrent(current) });
    }
    this.changes.push(...lineChanges(this.#id, before.lines, lines as ReleaseLine[]));
    const { note } = before;
    this.file.releases = { current, lines, ...this.#cite(reading), ...(note ? { note } : {}) };
    this.#confirm(before, 'releases');
  }

  /** Record an asOf-only change when nothing else about the fact moved. */
  #confirm(before: { source: string; asOf: string }, fact: string): void {
    if (this.changes.some((c) => c.fact.startsWith(fact))) return;
    if (before.asOf !== this.#today || before.source !== (this.file.releases as RawReleases).source) {
      this.changes.push({ framework: this.#id, fact, from: `as of ${before.asOf} (${before.source})`, to: `as of ${this.#today}`, confirmedOnly: true });
    }
  }

  releaseLines(reading: Extract<Reading, { kind: 'release-lines' }>): void {
    const oldest = daysBefore(this.#today, KEEP_ENDED_DAYS);
    const kept = reading.lines.filter((l) => l.maintained || !l.endOfLife || l.endOfLife >= oldest);
    const newest = [...reading.lines].filter((l) => l.latest?.released).sort((a, b) => (b.released ?? '').localeCompare(a.released ?? ''))[0];
    if (kept.length === 0 || !newest?.latest?.released) {
      this.notices.push(`${this.#id}: endoflife.date lists no supported line with a dated latest release for ${reading.product}; releases left as they were`);
      return;
    }
    this.#setReleases({ version: newest.latest.version, released: newest.latest.released }, kept.map(lineFrom), reading);
  }

  latestVersion(reading: Extract<Reading, { kind: 'latest-version' }>): void {
    if (!reading.released) {
      this.notices.push(`${this.#id}: ${reading.source.title.split(' (')[0]} reports ${reading.version} without a release date; not written (file: ${this.#releases.current.version})`);
      return;
    }
    const before = this.#releases;
    const granularity = (before.lines[0]?.line ?? '1').split('.').length;
    const line = reading.version.split('.').slice(0, granularity).join('.');
    // "0.142.0" opens line 0.142, so its date is the line's; "5.0.3" does not open line 5.
    const firstOfLine = reading.version.startsWith(line) && /^(\.0)*$/.test(reading.version.slice(line.length));
    const lines = before.lines.some((l) => l.line === line)
      ? before.lines
      : [{ line, ...(firstOfLine ? { released: reading.released } : {}), lts: false }, ...before.lines];
    this.#setReleases({ version: reading.version, released: reading.released }, lines, reading);
  }

  #replaceAdoption(matches: (a: Adoption) => boolean, entry: Adoption, fact: string, show: (n: number) => string): void {
    const adoption = (this.file.adoption ?? []) as Adoption[];
    const same = adoption.filter(matches);
    const counted = [...same].sort((a, b) => b.asOf.localeCompare(a.asOf))[0];
    const position = counted ? adoption.indexOf(same[0]!) : adoption.length;
    const rest = adoption.filter((a) => !matches(a));
    rest.splice(Math.min(position, rest.length), 0, entry);
    this.file.adoption = rest;
    if (!counted) this.changes.push({ framework: this.#id, fact, from: '(none)', to: show(entry.value) });
    else if (counted.value !== entry.value) this.changes.push({ framework: this.#id, fact, from: `${show(counted.value)} (${counted.asOf})`, to: show(entry.value) });
    else if (counted.asOf !== entry.asOf || counted.source !== entry.source || same.length > 1) {
      this.changes.push({ framework: this.#id, fact, from: `as of ${counted.asOf}`, to: `as of ${entry.asOf}`, confirmedOnly: true });
    }
  }

  stars(reading: Extract<Reading, { kind: 'stars' }>, fileRepository: string | undefined, license: string): void {
    const names = new Set([reading.repository.toLowerCase(), fileRepository?.toLowerCase()]);
    const entry = { measure: 'github-stars', value: reading.stars, unit: 'stars', repository: reading.repository, ...this.#cite(reading) } as Adoption;
    this.#replaceAdoption((a) => a.measure === 'github-stars' && names.has(a.repository?.toLowerCase()), entry, `stars ${reading.repository}`, formatCount);
    if (reading.archived) this.notices.push(`${this.#id}: GitHub marks ${reading.repository} as archived`);
    if (reading.license && reading.license !== license) this.notices.push(`${this.#id}: GitHub reports licence ${reading.license}, the file says ${license} (not changed)`);
  }

  downloads(reading: Extract<Reading, { kind: 'weekly-downloads' }>): void {
    const entry = {
      measure: 'weekly-downloads',
      value: reading.perWeek,
      unit: 'downloads/week',
      registry: reading.registry,
      package: reading.package,
      ...this.#cite(reading),
      ...(reading.estimate ? { note: reading.estimate } : {}),
    } as Adoption;
    const matches = (a: Adoption) => a.measure === 'weekly-downloads' && a.registry === reading.registry && a.package?.toLowerCase() === reading.package.toLowerCase();
    this.#replaceAdoption(matches, entry, `downloads ${reading.registry} ${reading.package}`, (n) => `${formatCount(n)}/week`);
  }
}

/** Release facts come from one reading: endoflife.date first, then a dated registry version, then GitHub's latest release. */
function releaseReading(readings: readonly Reading[]): Reading | undefined {
  const lines = readings.find((r) => r.kind === 'release-lines');
  if (lines) return lines;
  const versions = readings.filter((r): r is Extract<Reading, { kind: 'latest-version' }> => r.kind === 'latest-version');
  return versions.find((r) => r.released && r.source.id !== 'github-api') ?? versions.find((r) => r.released) ?? versions[0];
}

export function applyReadings(original: Raw, readings: readonly Reading[], today: string, repositoryOf: (url: string) => string | undefined): Applied {
  const update = new FileUpdate(original, today);
  const release = releaseReading(readings);
  if (release?.kind === 'release-lines') update.releaseLines(release);
  if (release?.kind === 'latest-version') update.latestVersion(release);
  for (const r of readings) {
    if (r.kind === 'stars') update.stars(r, repositoryOf(String(original.repository)), String(original.license));
    if (r.kind === 'weekly-downloads') update.downloads(r);
  }
  return { file: update.file, changes: update.changes, notices: update.notices, sourcesUsed: update.sourcesUsed };
}

