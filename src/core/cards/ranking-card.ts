/** Ranked lists (top) and the plain catalogue (list). */
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { FrameworkProfile } from '../knowledge/schema.js';
import type { RankedFramework } from '../scoring/rank.js';
import { levelAtTop, TIE_MARGIN } from '../scoring/ties.js';
import { describeWeights, type Weights } from '../scoring/weights.js';
import { LANGUAGE_LABEL, LANGUAGES, type Language } from '../vocabulary.js';
import { type Action, type Card, fallbackOf, formatPoints } from './card.js';
import { scoreSourceNotes, sourceReference } from './sources.js';
import { disagrees, type PublishedPlace } from '../knowledge/published-ranking.js';

export const TOP_SHOWN = 10;

const languageNames = (f: FrameworkProfile) => f.languages.map((l) => LANGUAGE_LABEL[l]).join('/');

export interface TopCardInput {
  ranked: readonly RankedFramework[];
  /** What the ranking is by, e.g. "performance" or "overall score (equal weights on the five criteria)". */
  heading: string;
  weights: Weights;
  /** Where the weights came from: "equal weights", "this channel's priorities (performance 3, the others 1)". */
  weightsOrigin: string;
  languages: Language[];
  actions: Action[];
  /** How many to show ("top 5"); the rest are counted, not listed. */
  limit?: number;
}

export function topCard(kb: KnowledgeBase, input: TopCardInput): Card {
  const { ranked, heading, weights, languages } = input;
  const shown = ranked.slice(0, input.limit ?? TOP_SHOWN);
  const more = ranked.length - shown.length;
  const level = levelAtTop(ranked);
  const title = `Top frameworks by ${heading}`;
  const subtitle = languages.length > 0 ? `Only ${languages.map((l) => LANGUAGE_LABEL[l]).join(' or ')}` : `All ${ranked.length} frameworks`;
  // Frameworks level with the first share its place ("1="): a tie is not a ranking.
  const place = (r: RankedFramework, i: number) => (level.length > 1 && level.includes(r) ? '1=' : `${i + 1}.`);
  const items = shown.map((r, i) => `${place(r, i)} ${r.framework.name} ${formatPoints(r.total)} (${languageNames(r.framework)})`);
  const tieText = `Too close to call for first: ${level.map((r) => r.framework.name).join(', ')} (within ${TIE_MARGIN} points).`;
  return {
    title,
    subtitle,
    blocks: [
      ...(level.length > 1 ? [{ type: 'text' as const, text: tieText }] : []),
      { type: 'list', items: more > 0 ? [...items, `… and ${more} more; \`list\` shows all`] : items },
      { type: 'notes', items: [`Weights (${input.weightsOrigin}): ${describeWeights(weights)}`, ...scoreSourceNotes(kb, shown.map((r) => r.framework))] },
    ],
    actions: input.actions,
    fallback: fallbackOf(title, items.slice(0, 5).join(', '), []),
  };
}

export function listCard(frameworks: readonly FrameworkProfile[], languages: Language[]): Card {
  const title = languages.length > 0 ? `Frameworks in ${languages.map((l) => LANGUAGE_LABEL[l]).join(' or ')}` : `The ${frameworks.length} frameworks I know`;
  const fields = LANGUAGES.flatMap((l) => {
    // Grouped by each framework's main (first) language, so each appears once.
    const here = frameworks.filter((f) => f.languages[0] === l);
    return here.length > 0 ? [{ label: LANGUAGE_LABEL[l], value: here.map((f) => f.name).join(', ') }] : [];
  });
  const text = frameworks.map((f) => f.name).join(', ');
  return {
    title,
    blocks: [{ type: 'fields', fields }, { type: 'notes', items: ['Ask "info <name>" for a profile or "compare <a> <b>" for a side-by-side.'] }],
    actions: [],
    fallback: fallbackOf(title, text, []),
  };
}

/** A published ranking reproduced from its own numbers, with the places where its printed overall differs. */
export function publishedTopCard(kb: KnowledgeBase, places: readonly PublishedPlace[], sourceId: string, languages: Language[]): Card {
  const source = kb.source(sourceId);
  const who = source?.publisher ?? source?.title ?? 'A published ranking';
  const title = `${who}'s ranking`;
  const subtitle = `${source?.title ?? ''}${source?.published ? `, published ${source.published}` : ''}${languages.length > 0 ? ` · only ${languages.map((l) => LANGUAGE_LABEL[l]).join(' or ')}` : ''}`;
  const items = places.map((p, i) => `${i + 1}. ${p.framework.name} ${formatPoints(p.mean)} (${languageNames(p.framework)})${disagrees(p) ? `; it printed ${p.printed} as the overall` : ''}`);
  return {
    title,
    subtitle,
    blocks: [
      { type: 'list', items },
      {
        type: 'notes',
        items: [
          `The mean of the five numbers ${who} gives each framework (performance, scalability, ease of use, security, community). They are its opinions, not evidence, and never enter our scores.`,
          `Source: ${sourceReference(kb, sourceId)}`,
        ],
      },
    ],
    actions: [],
    fallback: fallbackOf(title, items.slice(0, 5).join(', '), []),
  };
}
