/**
 * What a team needs to know about versions: the current release, which lines
 * still get security fixes and until when, and which ones a team might still
 * be on although they have reached end of life.
 */
import type { FrameworkProfile } from './profile.js';
import type { ReleaseLine } from './schema.js';

/** Lines ending within this many days are flagged as ending soon. */
export const ENDING_SOON_DAYS = 90;

const DAY = 24 * 60 * 60 * 1000;

/** The last day a partial date can mean: 2027-04 -> 2027-04-30, 2027 -> 2027-12-31. */
export function lastDayOf(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (d !== undefined) return new Date(Date.UTC(y, m! - 1, d));
  if (m !== undefined) return new Date(Date.UTC(y, m, 0));
  return new Date(Date.UTC(y, 11, 31));
}

export type LineStatus = 'supported' | 'ending-soon' | 'ended' | 'no-date';

export function lineStatus(line: ReleaseLine, today: Date): LineStatus {
  if (!line.endOfLife) return 'no-date';
  const end = lastDayOf(line.endOfLife).getTime();
  if (end < today.getTime()) return 'ended';
  return end - today.getTime() <= ENDING_SOON_DAYS * DAY ? 'ending-soon' : 'supported';
}

const lineName = (l: ReleaseLine) => `${l.line}${l.lts ? ' LTS' : ''}`;

export function releaseSummary(f: FrameworkProfile, today: Date): { text: string; warnings: string[] } {
  const { current, lines } = f.releases;
  const open = lines.filter((l) => lineStatus(l, today) !== 'ended');
  const parts = open.map((l) => (l.endOfLife ? `${lineName(l)} supported until ${l.endOfLife}` : `${lineName(l)} supported, no end date announced`));
  const warnings = lines.flatMap((l) => {
    const status = lineStatus(l, today);
    if (status === 'ended') return [`${f.name} ${lineName(l)} reached end of life on ${l.endOfLife}: teams still on it get no security fixes`];
    if (status === 'ending-soon') return [`${f.name} ${lineName(l)} loses security support on ${l.endOfLife}`];
    return [];
  });
  return { text: [`${f.name} ${current.version}, released ${current.released}`, ...parts].join('; '), warnings };
}
