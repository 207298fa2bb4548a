/** `info`: the profile card and `--json info`, as the knowledge base holds the framework. */
import { describe, expect, it } from 'vitest';
import type { Block, Card } from '../../src/core/cards/card.js';
import { profileCard } from '../../src/core/cards/profile-card.js';
import { advisor, knowledge } from '../support/knowledge.js';

const list = (card: Card, heading: string) => (card.blocks.find((b) => 'heading' in b && b.heading === heading) as Extract<Block, { type: 'list' }> | undefined)?.items ?? [];
const text = (card: Card, heading: string) => (card.blocks.find((b) => b.type === 'text' && b.heading === heading) as Extract<Block, { type: 'text' }>).text;
const ON = new Date('2026-11-29T00:00:00Z');

describe('profile card', () => {
  const symfony = profileCard(knowledge(), knowledge().require('symfony'), [], ON);

  it('shows the current release and the supported lines with their end of support', () => {
    expect(text(symfony, 'Releases')).toMatch(/^Symfony 8\.1\.4, released 2026-08-07; 8\.1 supported until 2027-01-31; 7\.4 LTS supported until 2029-11-30/);
  });

  it('warns about lines past their end of life and lines about to lose support', () => {
    const warnings = list(symfony, 'Support warnings');
    expect(warnings).toContain('Symfony 8.0 reached end of life on 2026-07-31: teams still on it get no security fixes');
    expect(warnings).toContain('Symfony 8.1 loses security support on 2027-01-31');
  });

  it('shows Index.dev\'s published rating beside ours, for the frameworks it rates', () => {
    const django = profileCard(knowledge(), knowledge().require('django'), [], ON);
    expect(list(django, 'Published ratings')[0]).toMatch(/^Index\.dev rates: performance 8\.75, scalability 10, ease of use 9, security 9, community & ecosystem 10, overall 9\.35 \(published 2025-06-17\)\. An opinion/);
    expect(list(symfony, 'Published ratings')).toEqual([]);
  });

  it('gives each score with its derivation, date and confidence, and says "no benchmark" where there is none', () => {
    const scores = list(symfony, 'Scores (0-10)');
    expect(scores[0]).toMatch(/^Performance \d+(\.\d)?: derived from TechEmpower Round 23, as of 2025-02-24, high confidence\. TechEmpower Round 23, variant symfony: json 63,237 req\/s/);
    const flask = profileCard(knowledge(), knowledge().require('flask'), [], ON);
    expect(list(flask, 'Scores (0-10)')[0]).toMatch(/^Performance \d+(\.\d)?: no benchmark, our own estimate, as of 2026-11-29, low confidence/);
  });

  it('lists built-ins by support level with the package, marking paid add-ons', () => {
    const laravel = profileCard(knowledge(), knowledge().require('laravel'), [], ON);
    expect(list(laravel, 'Built in or available')).toContain('Admin UI: official package (laravel/nova, paid)');
    const django = profileCard(knowledge(), knowledge().require('django'), [], ON);
    expect(list(django, 'Built in or available')).toContain('Real-time: official package (channels)');
  });
});

describe('--json info', () => {
  it('prints the whole profile: scores with derivation, published rating, releases, benchmarks with run and variant, adoption', () => {
    const data = JSON.parse(JSON.stringify(advisor().answer('info django').data));
    expect(data.kind).toBe('info');
    const p = data.profile;
    expect(p.scores.performance).toMatchObject({ source: 'techempower-r23', date: '2025-02-24', confidence: 'high', derivation: { method: 'benchmark', round: 23, run: '91a66052-9d86-446c-b31a-eadbd669ed08' } });
    expect(p.scores.security.derivation.items).toHaveLength(7);
    expect(p.publishedRatings[0]).toMatchObject({ source: 'seed-002', overall: 9.35 });
    expect(p.releases.current).toEqual({ version: '6.1', released: '2026-08-05' });
    expect(p.releases.lines.find((l: { line: string }) => l.line === '5.2')).toMatchObject({ lts: true, endOfLife: '2028-04-30' });
    expect(p.benchmarks[0]).toMatchObject({ round: 23, variant: 'Django', database: 'MySQL', orm: 'Full' });
    expect(p.adoption.find((a: { measure: string }) => a.measure === 'stackoverflow-survey').value).toBe(12.6);
  });
});
