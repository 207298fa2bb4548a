/**
 * The radar as a CSV that ThoughtWorks' Build Your Own Radar reads: the
 * columns name, ring, quadrant, isNew, description and the optional status
 * (BYOR's movement: New, Moved In, Moved Out, No Change). Quoted per RFC 4180
 * with CRLF line ends, which BYOR's d3 CSV parser reads.
 */
import { type RadarEntry, type TeamRadar } from './radar.js';

export const BYOR_HEADER = ['name', 'ring', 'quadrant', 'isNew', 'description', 'status'] as const;

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(',');
}

/** The description BYOR shows when a blip is opened: why it is here, then every decision naming it. */
export function entryDescription(entry: RadarEntry, scope: TeamRadar['scope']): string {
  const where = (channel: string) => (scope === 'workspace' ? ` in channel ${channel}` : '');
  const records = entry.decisions.map((d) => `${d.adr}${where(d.channel)} (${d.status}, ${d.date}, ${d.role}): ${d.title}`);
  return `${entry.description} Decisions: ${records.join('; ')}.`;
}

export function byorCsv(radar: TeamRadar): string {
  const rows = radar.entries.map((e) => csvLine([e.name, e.ring, e.quadrant, e.isNew ? 'TRUE' : 'FALSE', entryDescription(e, radar.scope), e.movement]));
  return [csvLine(BYOR_HEADER), ...rows].join('\r\n') + '\r\n';
}
