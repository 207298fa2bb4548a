/**
 * The use cases: command text in, a reply out. Adapters call this and only
 * translate; everything a user sees is decided here.
 */
import { helpCard, problemCard } from './cards/help-card.js';
import { profileCard } from './cards/profile-card.js';
import { listCard, publishedTopCard, topCard } from './cards/ranking-card.js';
import { publishedRanking } from './knowledge/published-ranking.js';
import type { Action } from './cards/card.js';
import type { Command, ParseProblem } from './commands/command.js';
import type { CommandName } from './commands/spec.js';
import type { CardLanguage } from './text/language.js';
import type { Reading } from './commands/interpret.js';
import { understoodData } from './commands/reading.js';
import { understand } from './commands/understand.js';
import { adjustButton, withReading } from './cards/reading-card.js';
import type { KnowledgeBase } from './knowledge/knowledge-base.js';
import { preferencesFrom } from './scoring/preferences.js';
import type { Answers } from './team/answers.js';
import { rank } from './scoring/rank.js';
import type { Recommendation } from './scoring/recommendation.js';
import { type ChannelImportance, channelWeights, describeImportance, equalCriteriaWeights, normalise, type Weights } from './scoring/weights.js';
import type { Reply, ReplyData } from './reply.js';
import { CRITERION_LABEL, PROJECT_LABEL, type Criterion, type Language, type ProjectType } from './vocabulary.js';
import { comparison, recommendation } from './result.js';
import { comparisonReply, firstPlace, recommendationReply } from './result-reply.js';

const round = (n: number, digits = 3) => Number(n.toFixed(digits));

function topWeights(criterion: Criterion | 'overall', channelImportance: ChannelImportance | undefined): { weights: Weights; heading: string; origin: string } {
  if (criterion !== 'overall') {
    return { weights: normalise({ [criterion]: 1 }), heading: CRITERION_LABEL[criterion].toLowerCase(), origin: `${CRITERION_LABEL[criterion].toLowerCase()} alone` };
  }
  if (channelImportance) {
    const origin = `this channel's priorities (${describeImportance(channelImportance)})`;
    return { weights: channelWeights(channelImportance), heading: `overall score under ${origin}`, origin };
  }
  return { weights: equalCriteriaWeights(), heading: 'overall score (equal weights on the five criteria)', origin: 'equal weights' };
}

export interface TopOptions {
  limit?: number;
  project?: ProjectType;
  channelImportance?: ChannelImportance;
}

export class Advisor {
  constructor(readonly kb: KnowledgeBase) {}

  /** Runs one line of the command language, or a plain question. Never throws for bad input. */
  answer(text: string): Reply {
    const understood = understand(this.kb, text);
    switch (understood.kind) {
      case 'problem':
        return this.problem(understood.problem);
      case 'command':
        return this.run(understood.command);
      case 'plain':
        return this.plain(understood.reading);
    }
  }

  problem(problem: ParseProblem): Reply {
    return {
      kind: 'problem',
      understood: false,
      card: problemCard(problem),
      visibility: 'private',
      data: { kind: 'problem', error: { message: problem.message, suggestions: problem.suggestions, ...(problem.usage ? { usage: problem.usage } : {}) } },
    };
  }

  /** A plain question answered at once (no conversation to follow): a flow becomes a recommendation from no answers. */
  plain(reading: Reading): Reply {
    const c = reading.command;
    const reply = c.kind === 'flow' ? this.recommendNow(c.answers) : c.kind === 'compare' ? this.compareFor(c.frameworks, reading.answers) : this.run(c);
    return this.withReading(reply, reading);
  }

  /** The reply, opened by the reading line, with an adjust button and `understood` for --json. */
  withReading(reply: Reply, reading: Reading, adjust = true): Reply {
    const card = withReading(this.kb, reply.card, reading, adjust ? [adjustButton(reading)] : []);
    return { ...reply, card, data: { ...reply.data, understood: understoodData(reading) } };
  }

  /** A comparison weighted for the project and priorities a question named ("rails or django for a marketplace"). */
  compareFor(ids: readonly string[], answers: Answers, channelImportance?: Partial<Record<Criterion, number>>, actions: Action[] = []): Reply {
    if (!answers.project && !answers.priorities?.length) {
      const weights = channelImportance ? normalise(channelImportance) : undefined;
      return this.compare(ids, weights, channelImportance ? "this channel's default priorities" : 'equal weights', actions);
    }
    const weighting = { ...(answers.project ? { project: answers.project } : {}), ...(answers.priorities ? { priorities: answers.priorities } : {}) };
    const prefs = preferencesFrom(weighting, channelImportance);
    const origin = [answers.project ? `the weights for ${PROJECT_LABEL[answers.project].toLowerCase()}` : undefined, answers.priorities?.length ? `with ${answers.priorities.map((p) => CRITERION_LABEL[p].toLowerCase()).join(' and ')} first` : undefined].filter(Boolean).join(', ');
    return this.compare(ids, prefs.weights, origin, actions, answers.project);
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
        return command.source ? this.publishedTop(command.source, command.languages) : this.top(command.criterion, command.languages, { ...(command.limit ? { limit: command.limit } : {}), ...(command.project ? { project: command.project } : {}) });
      case 'list':
        return this.list(command.languages);
      case 'help':
        return this.help(command.topic);
      case 'weights':
      case 'history':
      case 'decide':
      case 'decision':
      case 'alerts':
      case 'vote':
      case 'radar':
        return this.reply(command.kind, { title: 'Not available here', blocks: [{ type: 'text', text: `${command.kind} needs a team channel and its stored settings.` }], actions: [], fallback: `${command.kind} is not available here` }, { kind: command.kind });
    }
  }

  /** The help card, its opening in the person's language when translated. */
  help(topic?: CommandName, language: CardLanguage = 'en'): Reply {
    return this.reply('help', helpCard(topic, language), { kind: 'help' });
  }

  compare(ids: readonly string[], weights: Weights = equalCriteriaWeights(), weightsOrigin = 'equal weights', actions: Action[] = [], project?: ProjectType): Reply {
    return comparisonReply(this.kb, comparison(this.kb, ids, weights, weightsOrigin, project), { actions });
  }

  /**
   * The recommendation and its card. After "Compare top 3" come `onResult`
   * (Share, Start a team vote), offered only when some framework qualifies,
   * since there is nothing to share or vote on otherwise; then `actions`.
   */
  recommendation(given: Answers, channelImportance?: ChannelImportance, actions: Action[] = [], onResult: Action[] = []): { rec: Recommendation; reply: Reply } {
    const result = recommendation(this.kb, given, channelImportance);
    return { rec: result.recommendation, reply: recommendationReply(this.kb, result, { actions, onResult }) };
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

  /**
   * A ranking by one criterion, or overall: under the channel's priorities
   * when it has some (the card says so), else under equal weights. `project`
   * ("top realtime") ranks by fit for it as a recommendation would; `limit`
   * ("top 5") shortens the list.
   */
  top(criterion: Criterion | 'overall', languages: Language[], options: TopOptions = {}): Reply {
    const { limit, project, channelImportance } = options;
    const base = topWeights(criterion, channelImportance);
    const weights = project ? preferencesFrom({ project, ...(criterion === 'overall' ? {} : { priorities: [criterion] }) }).weights : base.weights;
    const heading = project ? `fit for ${PROJECT_LABEL[project].toLowerCase()}${criterion === 'overall' ? '' : ` and ${base.heading}`}` : base.heading;
    const origin = project ? `fit for ${PROJECT_LABEL[project].toLowerCase()}` : base.origin;
    const ranking = rank(this.kb.frameworks, { weights, languages, mustHaves: [], licenses: [], firmness: 'none', ...(project ? { project } : {}) });
    const card = topCard(this.kb, { ranked: ranking.ranked, heading, weights, weightsOrigin: origin, languages, actions: [], ...(limit ? { limit } : {}) });
    const shown = ranking.ranked.slice(0, limit);
    const data: ReplyData = { kind: 'top', ranking: shown.map((r) => ({ id: r.framework.id, score: round(r.total) })), ...firstPlace(ranking.ranked) };
    return this.reply('top', card, data);
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

