/**
 * The use cases: command text in, a reply out. Adapters call this and only
 * translate; everything a user sees is decided here.
 */
import { helpCard, problemCard } from './cards/help-card.js';
import { compareCard } from './cards/compare-card.js';
import { profileCard } from './cards/profile-card.js';
import { listCard, publishedTopCard, topCard } from './cards/ranking-card.js';
import { publishedRanking } from './knowledge/published-ranking.js';
import { recommendationCard } from './cards/recommendation-card.js';
import type { Action } from './cards/card.js';
import type { Command } from './commands/command.js';
import { parseCommand } from './commands/parse.js';
import type { KnowledgeBase } from './knowledge/knowledge-base.js';
import { preferencesFrom, type Answers } from './scoring/preferences.js';
import { byTotal, rank, scoreFramework } from './scoring/rank.js';
import { recommend, type Recommendation } from './scoring/recommendation.js';
import { equalCriteriaWeights, normalise, type Weights } from './scoring/weights.js';
import type { Reply, ReplyData } from './reply.js';
import { CRITERION_LABEL, type Criterion, type Language } from './vocabulary.js';
import { compareAction } from './actions.js';
import { comparisonChartData, recommendationChartData } from './charts/chart-data.js';

const round = (n: number, digits = 3) => Number(n.toFixed(digits));

export function recommendationData(rec: Recommendation): ReplyData {
  const leader = rec.ranked[0];
  return {
    kind: 'recommend',
    ranking: rec.ranked.map((r) => ({ id: r.framework.id, score: round(r.total) })),
    excluded: rec.excluded.map((e) => ({ id: e.framework.id, reason: e.reason })),
    flip: rec.flip ? { criterion: rec.flip.dimension, from: round(rec.flip.from), to: round(rec.flip.to), challenger: rec.flip.challenger.framework.id } : null,
    confidence: {
      leader: leader?.framework.id ?? '',
      share: round(rec.leaderShare),
      tie: rec.tie,
      shares: Object.fromEntries([...rec.confidence.firstShare].map(([id, s]) => [id, round(s)])),
    },
  };
}

export class Advisor {
  constructor(readonly kb: KnowledgeBase) {}

  /** Runs one line of the command language. Never throws for bad input. */
  answer(text: string): Reply {
    const parsed = parseCommand(this.kb, text);
    if (!parsed.ok) {
      return {
        kind: 'problem',
        understood: false,
        card: problemCard(parsed.problem),
        visibility: 'private',
        data: { kind: 'problem', error: { message: parsed.problem.message, suggestions: parsed.problem.suggestions, ...(parsed.problem.usage ? { usage: parsed.problem.usage } : {}) } },
      };
    }
    return this.run(parsed.command);
  }

  run(command: Command): Reply {
    switch (command.kind) {
      case 'compare':
        return this.compare(command.frameworks);
      case 'recommend':
        return this.recommendNow(command.answers);
      case 'info':
        return this.info(command.framework);
      case 'top':
        return command.source ? this.publishedTop(command.source, command.languages) : this.top(command.criterion, command.languages);
      case 'list':
        return this.list(command.languages);
      case 'help':
        return this.reply('help', helpCard(command.topic), { kind: 'help' });
      case 'weights':
      case 'history':
        return this.reply(command.kind, { title: 'Not available here', blocks: [{ type: 'text', text: `${command.kind} needs a team channel and its stored settings.` }], actions: [], fallback: `${command.kind} is not available here` }, { kind: command.kind });
    }
  }

  compare(ids: readonly string[], weights: Weights = equalCriteriaWeights(), weightsOrigin = 'equal weights', actions: Action[] = []): Reply {
    const scored = ids.map((id) => scoreFramework(this.kb.require(id), { weights }));
    const card = compareCard(this.kb, { scored, weights, weightsOrigin, actions });
    const ranking = [...scored].sort(byTotal).map((r) => ({ id: r.framework.id, score: round(r.total) }));
    return { ...this.reply('compare', card, { kind: 'compare', ranking }), chart: comparisonChartData(scored, weights, weightsOrigin) };
  }

  /** The recommendation and its card; `actions` go after "Compare top 3". */
  recommendation(answers: Answers, channelImportance?: Partial<Record<Criterion, number>>, actions: Action[] = []): { rec: Recommendation; reply: Reply } {
    const prefs = preferencesFrom(answers, channelImportance);
    const rec = recommend(this.kb.frameworks, prefs);
    const top3 = rec.ranked.slice(0, 3).map((r) => r.framework.id);
    const compare: Action[] = top3.length >= 2 ? [{ type: 'button', id: compareAction(top3), label: `Compare top ${top3.length}` }] : [];
    const origin = channelImportance ? "this channel's defaults adjusted by your answers" : 'from your answers';
    const card = recommendationCard(this.kb, rec, answers, origin, [...compare, ...actions]);
    const chart = recommendationChartData(rec.ranked, rec.weights, origin);
    return { rec, reply: { ...this.reply('recommend', card, recommendationData(rec)), ...(chart ? { chart } : {}) } };
  }

  recommendNow(answers: Answers): Reply {
    return this.recommendation(answers).reply;
  }

  info(id: string): Reply {
    const framework = this.kb.require(id);
    return this.reply('info', profileCard(this.kb, framework, []), { kind: 'info', framework: id, profile: framework });
  }

  /** A published ranking reproduced from its own numbers (`top source=seed-002`). */
  publishedTop(source: string, languages: Language[]): Reply {
    const places = publishedRanking(this.kb.inLanguages(languages), source);
    const card = publishedTopCard(this.kb, places, source, languages);
    return this.reply('top', card, { kind: 'top', ranking: places.map((p) => ({ id: p.framework.id, score: round(p.mean) })) });
  }

  top(criterion: Criterion | 'overall', languages: Language[]): Reply {
    const weights = criterion === 'overall' ? equalCriteriaWeights() : normalise({ [criterion]: 1 });
    const ranking = rank(this.kb.frameworks, { weights, languages, mustHaves: [], licenses: [], firmness: 'none' });
    const heading = criterion === 'overall' ? 'overall score (equal weights on the five criteria)' : CRITERION_LABEL[criterion].toLowerCase();
    const card = topCard(this.kb, ranking.ranked, heading, weights, languages, []);
    return this.reply('top', card, { kind: 'top', ranking: ranking.ranked.map((r) => ({ id: r.framework.id, score: round(r.total) })) });
  }

  list(languages: Language[]): Reply {
    const frameworks = this.kb.inLanguages(languages);
    return this.reply('list', listCard(frameworks, languages), {
      kind: 'list',
      frameworks: frameworks.map((f) => ({ id: f.id, name: f.name, languages: [...f.languages] })),
    });
  }

  private reply(kind: Reply['kind'], card: Reply['card'], data: ReplyData): Reply {
    return { kind, understood: true, card, visibility: 'private', data };
  }
}

