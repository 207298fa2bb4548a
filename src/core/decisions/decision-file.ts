/**
 * File names for exported records: NNNN-title-slug.md, as adr-tools writes
 * them and Backstage's ADR plugin finds them (^(?:.*\/)?\d{4}-.+\.md$).
 */
import type { DecisionRecord } from '../team/records.js';

export const BACKSTAGE_ADR_FILE = /^(?:.*\/)?\d{4}-.+\.md$/;

export function slug(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return words.slice(0, 60).replace(/-+$/, '') || 'decision';
}

export function decisionFileName(d: DecisionRecord, title: string): string {
  return `${String(d.number ?? 0).padStart(4, '0')}-${slug(title)}.md`;
}
