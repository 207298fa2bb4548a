/** MADR 4.0's template (adr/madr, template/adr-template.md): its front-matter fields and headings, in order, checked on a record. */
import { expect } from 'vitest';
import { parse as parseYaml } from 'yaml';

export const MADR_FIELDS = ['status', 'date', 'decision-makers', 'consulted', 'informed'];
export const MADR_HEADINGS = [
  '## Context and Problem Statement',
  '## Decision Drivers',
  '## Considered Options',
  '## Decision Outcome',
  '### Consequences',
  '### Confirmation',
  '## Pros and Cons of the Options',
  '## More Information',
];

/** Fails the test unless `text` is a MADR 4 record; returns its front matter. */
export function checkMadr(text: string): Record<string, unknown> {
  const match = /^---\n([^]*?)\n---\n\n# .+\n/.exec(text);
  expect(match, 'front matter, then one title').not.toBeNull();
  const front = parseYaml(match![1]!) as Record<string, unknown>;
  expect(Object.keys(front)).toEqual(MADR_FIELDS);
  expect(String(front.date)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const headings = text.split('\n').filter((l) => /^#{2,3} /.test(l) && MADR_HEADINGS.includes(l));
  expect(headings).toEqual(MADR_HEADINGS);
  return front;
}
