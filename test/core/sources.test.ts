/** Cards and decision records name their sources as people know them: publisher, title, date. */
import { describe, expect, it } from 'vitest';
import type { Card } from '../../src/core/cards/card.js';
import { TeamAdvisor } from '../../src/core/team-advisor.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { advisor, knowledge } from '../support/knowledge.js';
import { TeamChat } from '../support/team-chat.js';

/** What only we could look up: a seed's file name ("002_d6e0ad4f7bb5f994.txt") or its id ("seed-002"). */
const INTERNAL_NAME = /\d{3}_[0-9a-f]{16}\.txt|seed-\d{3}/;
const INDEX_DEV = 'Index.dev, “What\'s the Best Backend Framework in 2026? Here\'s Our Ranking”, 2025-06-17';

const sourceLines = (card: Card) => card.blocks.flatMap((b) => (b.type === 'notes' ? b.items : []));
/**
 * The source a framework's performance score comes from, as a reader knows it: publisher,
 * title between the given quotes, date. Since knowledge v2 a seed's rating is an opinion shown
 * on the profile, not a score's source, so comparisons and records cite the evidence instead.
 */
const performanceSource = (id: string, [open, close]: [string, string]) => {
  const source = knowledge().source(knowledge().require(id).scores.performance.source)!;
  return `${source.publisher}, ${open}${source.title}${close}, ${source.published}`;
};

describe('sources on cards', () => {
  const ids = knowledge().frameworks.map((f) => f.id);
  const cards = [
    ...ids.map((id) => advisor().answer(`info ${id}`).card),
    ...Array.from({ length: Math.ceil(ids.length / 4) }, (_, i) => ids.slice(i * 4, i * 4 + 4)).filter((g) => g.length >= 2).map((g) => advisor().answer(`compare ${g.join(' ')}`).card),
    advisor().answer('top').card,
    advisor().answer('top performance').card,
    advisor().answer('recommend language=python project=ai-ml priorities=performance builtins=none scale=millions team=senior').card,
  ];

  it('never name a seed by its file or id in the sources lines', () => {
    for (const card of cards) {
      for (const line of sourceLines(card)) expect(line, card.title).not.toMatch(INTERNAL_NAME);
    }
  });

  it('cite a seed by publisher, title and date', () => {
    expect(performanceSource('django', ['“', '”'])).toMatch(/^TechEmpower, “TechEmpower Framework Benchmarks, Round \d+”, \d{4}-\d{2}-\d{2}$/);
    expect(sourceLines(advisor().answer('compare django fastapi').card).join('\n')).toContain(`Scores of Django, FastAPI: ${performanceSource('django', ['“', '”'])}`);
    expect(sourceLines(advisor().answer('info django').card)).toContain(`Source: ${INDEX_DEV}`);
  });

  it('say "undated" for a seed article that gives no date, rather than inventing one', () => {
    const lines = cards.flatMap(sourceLines).filter((l) => l.includes('Tutorials Website') || l.includes('WorkerLab'));
    for (const line of lines) expect(line).toMatch(/”, undated/);
  });
});

describe('the decision record', () => {
  async function exported(tenant?: string, channel?: string) {
    const chat = new TeamChat(new TeamAdvisor(knowledge(), { store: new MemoryStore() }), tenant, channel);
    const [own] = await chat.say('Alice', 'recommend language=python project=api priorities=performance builtins=none scale=thousands team=mixed');
    await chat.click('Alice', own!, 'Share to channel');
    const [record] = await chat.say('Alice', 'history export');
    return record!.reply.document!.text;
  }

  it('lists its sources by publisher, title in italics and date, with no file names', async () => {
    const adr = await exported();
    expect(adr).toMatch(/## Sources\n\n[^\n]+\n\n- /);
    expect(performanceSource('fastapi', ['*', '*'])).toMatch(/^TechEmpower, \*TechEmpower Framework Benchmarks, Round \d+\*, \d{4}-\d{2}-\d{2}$/);
    expect(adr).toContain(`- ${performanceSource('fastapi', ['*', '*'])}`);
    // Seed ids inside a framework's own notes (watchouts) are the knowledge base's to reword; the Sources section is ours.
    expect(adr.slice(adr.indexOf('## Sources'))).not.toMatch(INTERNAL_NAME);
  });

  it('says where it was decided in words: a Slack channel, or the terminal (not "terminal channel terminal")', async () => {
    expect(await exported('slack:T1', 'C1')).toContain('* Decided in: Slack channel C1');
    const terminal = await exported('terminal:local', 'terminal');
    expect(terminal).toContain('* Decided in: the terminal');
    expect(terminal).not.toContain('terminal channel terminal');
  });
});
