/**
 * The stateful use cases: guided flows, sharing, votes, history and channel
 * settings, over a Store. Adapters call handle() for every text and click and
 * carry out the effects it returns.
 */
import { randomBytes } from 'node:crypto';
import { Advisor } from './advisor.js';
import { type ActionRequest, newFlowAction, parseAction, shareAction, startVoteAction, type Subject } from './actions.js';
import type { Action } from './cards/card.js';
import { noticeCard } from './cards/flow-card.js';
import { unavailableCard } from './cards/unavailable-card.js';
import type { Command } from './commands/command.js';
import type { Reading } from './commands/interpret.js';
import { understand } from './commands/understand.js';
import { commandSpec } from './commands/spec.js';
import { type TeamContext, tellPrivately } from './conversations/context.js';
import type { Announcement, Asker, Effect, Input } from './conversations/effects.js';
import { closeDueVotes, type DueVoteOptions } from './conversations/vote-deadlines.js';
import { undelivered } from './conversations/undelivered.js';
import { botIsMember, type MemberFeature } from './conversations/place.js';
import { languageOf } from './text/language.js';
import type { Reply } from './reply.js';
import { GuidedFlow } from './conversations/guided-flow.js';
import { channelImportance, decide, hasResult } from './conversations/results.js';
import { type AdviceResult, shortlistOf } from './result.js';
import { resultReply } from './result-reply.js';
import type { Store } from './conversations/store.js';
import { stepsAnswered } from './team/steps.js';
import { TeamChannel } from './conversations/team-channel.js';
import { TeamVote } from './conversations/team-vote.js';
import { TeamHome } from './conversations/team-home.js';
import { type FormOutcome, TeamForms, WHERE_FIELD } from './conversations/team-forms.js';
import type { Card } from './cards/card.js';
import type { Form, FormValues } from './cards/form.js';
import type { Person, Tenant } from './team/records.js';
import { TeamDecisions } from './decisions/team-decisions.js';
import { adrNumber } from './decisions/lifecycle.js';
import { revisitAlerts, type RevisitOptions } from './decisions/revisit-alerts.js';
import { TeamRadarCase } from './decisions/team-radar.js';
import { FLOW_STEPS } from './team/records.js';
import { RateLimiter } from './conversations/rate-limit.js';
import { guardStore, StoreUnavailableError } from './conversations/store-guard.js';
import type { KnowledgeBase } from './knowledge/knowledge-base.js';
import { type ChoiceLimits, frameworkChoices, type NameChoice } from './knowledge/name-choices.js';
import { parseCommand } from './commands/parse.js';
import { Memo } from './memo.js';
import { channelWeights } from './scoring/weights.js';

export const DEFAULT_FLOW_TTL_MS = 24 * 3_600_000;
export const DEFAULT_COMMANDS_PER_MINUTE = 20;

export interface TeamAdvisorOptions {
  store: Store;
  /** How long a guided flow waits for its next answer. */
  flowTtlMs?: number;
  /** Commands one person may send a minute; clicks are not limited. */
  commandsPerMinute?: number;
  now?: () => number;
  newId?: () => string;
}

export interface HandleOptions {
  /**
   * False where no conversation can follow (a one-shot CLI command): `recommend`
   * then answers at once from what was given instead of asking the rest.
   */
  guided?: boolean;
}

/** 12 url-safe characters: 72 bits, unguessable, and short enough for action ids. */
export function newId(): string {
  return randomBytes(9).toString('base64url');
}

/** What people see while the database is unreachable: what still works, and that it is temporary. */
const STORE_DOWN = noticeCard(
  'Briefly unavailable',
  'Guided recommendations, votes, history and channel settings need the database, which is not answering right now. compare, info, top and list still work. Please try again in a minute.',
);

/** `recommend` with no answers where no conversation can follow: how to give them. */
const NEEDS_ANSWERS: Reply = {
  kind: 'recommend',
  understood: false,
  visibility: 'private',
  card: noticeCard(
    'A recommendation needs your answers',
    'The guided flow asks six questions one at a time: what you build, languages, priorities, must-haves, scale and experience. ' +
      'Or answer in one line, skipping what does not matter to you: recommend language=python project=api priorities=performance',
    [{ type: 'button', id: newFlowAction(), label: 'Start the guided flow', style: 'primary' }],
  ),
  data: { kind: 'recommend', error: { message: 'recommend needs at least one answer, or the guided flow', suggestions: [], usage: commandSpec('recommend').usage } },
};

/** Commands that need the bot to be a member where they are used, and what for. */
const MEMBER_COMMANDS: Partial<Record<Command['kind'], MemberFeature>> = {
  weights: 'channel-settings',
  history: 'decisions',
  decide: 'decisions',
  decision: 'decisions',
  alerts: 'decisions',
};

/** Buttons that need it: they start a thread, post for the channel, or keep a vote. */
const MEMBER_ACTIONS: Partial<Record<ActionRequest['kind'], MemberFeature>> = {
  'flow-new': 'guided-flow',
  share: 'share',
  'vote-start': 'vote',
  'vote-cast': 'vote',
  'vote-close': 'vote',
};

/** Comparison replies kept: 2 to 4 of some 50 frameworks under a handful of channel priorities; a few KB each. */
const COMPARISONS_KEPT = 500;

/** The channel's priorities as a key, in their stored order (the card names them in that order). */
const importanceKey = (importance: Partial<Record<string, number>> | undefined): string => (importance ? JSON.stringify(importance) : '');

const shareButton = (subject: Subject): Action => ({ type: 'button', id: shareAction(subject), label: 'Share to channel', style: 'primary' });
const voteButton = (subject: Subject, result: AdviceResult): Action => ({ type: 'button', id: startVoteAction(subject, shortlistOf(result)), label: 'Start a team vote' });

/** What the knowledge base holds, read-only: for surfaces that list or serve profiles (an assistant's resources). */
export type Knowledge = Pick<KnowledgeBase, 'frameworks' | 'get' | 'resolve' | 'sources'>;

/** Everything an adapter may call on the core: TeamAdvisor's public methods (a measured wrapper offers the same). */
export type AdvisorFace = Pick<TeamAdvisor, 'handle' | 'compareWeighted' | 'knowledge' | 'frameworkChoices' | 'home' | 'openForm' | 'submitForm'>;

export class TeamAdvisor {
  readonly #advisor: Advisor;
  readonly #ctx: TeamContext;
  readonly #flow: GuidedFlow;
  readonly #vote: TeamVote;
  readonly #channel: TeamChannel;
  readonly #decisions: TeamDecisions;
  readonly #radar: TeamRadarCase;
  readonly #limiter: RateLimiter;
  readonly #commandsPerMinute: number;
  readonly #home: TeamHome;
  readonly #forms: TeamForms;
  /** Comparison replies by frameworks and channel priorities: the most asked-for answer, and a pure one. */
  readonly #comparisons = new Memo<Reply>(COMPARISONS_KEPT);

  constructor(kb: KnowledgeBase, options: TeamAdvisorOptions) {
    this.#advisor = new Advisor(kb);
    this.#ctx = {
      kb,
      store: guardStore(options.store),
      now: options.now ?? Date.now,
      newId: options.newId ?? newId,
      flowTtlMs: options.flowTtlMs ?? DEFAULT_FLOW_TTL_MS,
    };
    this.#flow = new GuidedFlow(this.#ctx);
    this.#vote = new TeamVote(this.#ctx);
    this.#channel = new TeamChannel(this.#ctx);
    this.#decisions = new TeamDecisions(this.#ctx);
    this.#radar = new TeamRadarCase(this.#ctx);
    this.#home = new TeamHome(this.#ctx);
    this.#forms = new TeamForms(this.#ctx, this.#channel);
    this.#commandsPerMinute = options.commandsPerMinute ?? DEFAULT_COMMANDS_PER_MINUTE;
    this.#limiter = new RateLimiter({ perMinute: this.#commandsPerMinute });
  }

  async handle(input: Input, asker: Asker, options: HandleOptions = {}): Promise<Effect[]> {
    try {
      return await this.dispatch(input, asker, options);
    } catch (error) {
      if (error instanceof StoreUnavailableError) return tellPrivately('problem', STORE_DOWN);
      throw error;
    }
  }

  /** A person's home screen in their workspace (Slack's Home tab). */
  home(tenant: Tenant, person: Person): Promise<Card> {
    return this.#home.card(tenant, person);
  }

  /** The form a button asked for (`form:recommend`, `form:weights`), for a person in `inChannel` if they were in one; undefined for an unknown id. */
  openForm(id: string, asker: Asker, inChannel: string | undefined): Promise<Form | undefined> {
    return this.#forms.open(id, asker, inChannel);
  }

  /** A submitted form: what to fix per field, or the effects to carry out in the chosen channel. */
  async submitForm(id: string, values: FormValues, asker: Asker): Promise<FormOutcome> {
    try {
      return await this.#forms.submit(id, values, asker);
    } catch (error) {
      // Shown under the form's channel field: the form stays open, so nothing typed is lost.
      if (error instanceof StoreUnavailableError) return { type: 'errors', errors: { [WHERE_FIELD]: 'The database is not answering right now, so this cannot be saved. Please try again in a minute.' } };
      throw error;
    }
  }

  /**
   * Revisit alerts due at `now`, each claimed in the store so that every
   * replica may check and each alert is still said once; the caller posts them.
   */
  revisitAlerts(now: number, options: RevisitOptions = {}): Promise<Announcement[]> {
    return revisitAlerts(this.#ctx, now, options);
  }

  /**
   * Told that an announcement could not be posted: gives back its claim, if
   * it has one, so a later check (on any replica) says it instead of losing
   * it. True when it will be said again; false when there was nothing to give back.
   */
  undelivered(announcement: Announcement): Promise<boolean> {
    return undelivered(this.#ctx, announcement);
  }

  /**
   * Closes the votes whose deadline has passed (by `now`), records their
   * decisions and returns what to post where. Safe on every replica at once:
   * each vote is closed and announced by exactly one.
   */
  closeDueVotes(now: number = this.#ctx.now(), options: DueVoteOptions = {}): Promise<Announcement[]> {
    return closeDueVotes(this.#ctx, now, options);
  }

  /** The knowledge base, read-only (it never changes while the service runs). */
  knowledge(): Knowledge {
    return this.#ctx.kb;
  }

  /**
   * `compare ...` under weights given with the request (an assistant's tool
   * call) instead of the channel's defaults. The weights line is read as
   * `weights ...` reads it, so a wrong one gets that command's reply; a line
   * that is not a comparison, or weights that set nothing, are answered as
   * the line alone would be. Counts against the rate limit like any command.
   */
  async compareWeighted(compareText: string, weightsText: string, asker: Asker): Promise<Effect[]> {
    const weights = parseCommand(this.#ctx.kb, weightsText);
    if (!weights.ok) return [{ type: 'respond', reply: this.#advisor.answer(weightsText) }];
    const compare = parseCommand(this.#ctx.kb, compareText);
    const change = weights.command.kind === 'weights' ? weights.command.change : undefined;
    if (!compare.ok || compare.command.kind !== 'compare' || change?.action !== 'set') return this.handle({ type: 'text', text: compareText }, asker, { guided: false });
    const who = `${asker.tenant}/${asker.user.id}`;
    if (!this.#limiter.allow(who, this.#ctx.now())) return this.slowDown(who);
    return [{ type: 'respond', reply: this.#advisor.compare(compare.command.frameworks, channelWeights(change.importance), 'the weights you gave') }];
  }

  /** Framework names matching what someone has typed so far, for a platform's autocomplete. */
  frameworkChoices(typed: string, limits: ChoiceLimits): NameChoice[] {
    return frameworkChoices(this.#ctx.kb, typed, limits);
  }

  private async dispatch(input: Input, asker: Asker, options: HandleOptions): Promise<Effect[]> {
    if (input.type === 'text') {
      const who = `${asker.tenant}/${asker.user.id}`;
      if (!this.#limiter.allow(who, this.#ctx.now())) return this.slowDown(who);
      // The guided flow needs a thread: where the bot was not added, recommend answers at once from what was given.
      return this.command(input.text, asker, (options.guided ?? true) && botIsMember(asker.place));
    }
    const action = parseAction(input.id);
    if (!action) return tellPrivately('problem', noticeCard("I don't recognise that button", 'It may come from an older version of the advisor. Try the command again, or "help".'));
    return this.action(action, input.values ?? [], asker);
  }

  private slowDown(who: string): Effect[] {
    const seconds = this.#limiter.retryAfterSeconds(who, this.#ctx.now());
    return tellPrivately('problem', noticeCard('Slow down a little', `That is more than ${this.#commandsPerMinute} commands in a minute. Try again in ${seconds} seconds.`));
  }

  private async command(text: string, asker: Asker, guided: boolean): Promise<Effect[]> {
    const understood = understand(this.#ctx.kb, text);
    switch (understood.kind) {
      case 'problem':
        return [{ type: 'respond', reply: this.#advisor.problem(understood.problem) }];
      case 'command':
        return this.run(understood.command, asker, guided);
      case 'plain':
        return this.plain(understood.reading, asker, guided);
    }
  }

  /** A plain question: answered at once (a flow only when there was too little to go on), opened by how it was read. */
  private async plain(reading: Reading, asker: Asker, guided: boolean): Promise<Effect[]> {
    const c = reading.command;
    if (c.kind === 'flow' && guided) {
      // The flow's parent message carries the reading; the flow itself is the way to adjust it.
      const effects = await this.#flow.start(asker, c.answers);
      return effects.map((e) => (e.type === 'start-thread' ? { ...e, parent: this.#advisor.withReading(e.parent, reading, false) } : e));
    }
    // Too little to go on, and no thread to ask the rest in: how to ask in one line beats a ranking that answers nobody.
    if (c.kind === 'flow' && !botIsMember(asker.place) && stepsAnswered(c.answers).length === 0) return this.unavailable('recommend', 'guided-flow', asker);
    let reply;
    if (c.kind === 'compare') {
      const importance = await channelImportance(this.#ctx, asker.tenant, asker.channel);
      reply = this.#advisor.compareFor(c.frameworks, reading.answers, importance, this.#shareable(asker, [shareButton({ kind: 'compare', frameworks: c.frameworks })]));
    } else if (c.kind === 'help') {
      reply = this.#advisor.help(c.topic, languageOf(asker.locale));
    } else if (c.kind === 'recommend' || c.kind === 'flow') {
      reply = await this.result(asker, { kind: 'recommend', answers: c.answers });
    } else if (c.kind === 'weights' || c.kind === 'history' || c.kind === 'decide' || c.kind === 'decision' || c.kind === 'alerts' || c.kind === 'vote' || c.kind === 'radar') {
      return this.run(c, asker, guided);
    } else reply = this.#advisor.run(c);
    return [{ type: 'respond', reply: this.#advisor.withReading(reply, reading, guided) }];
  }

  private async run(command: Command, asker: Asker, guided: boolean): Promise<Effect[]> {
    const needs = MEMBER_COMMANDS[command.kind];
    if (needs && !botIsMember(asker.place)) return this.unavailable(command.kind, needs, asker);
    switch (command.kind) {
      case 'compare':
        return this.respondWithResult(asker, { kind: 'compare', frameworks: command.frameworks });
      case 'recommend': {
        const answered = stepsAnswered(command.answers).length;
        if (guided && answered < FLOW_STEPS.length) return this.#flow.start(asker, command.answers);
        // With nothing answered every framework ties on equal weights: that ranking would answer nobody.
        if (answered === 0) return botIsMember(asker.place) ? [{ type: 'respond', reply: NEEDS_ANSWERS }] : this.unavailable('recommend', 'guided-flow', asker);
        return this.respondWithResult(asker, { kind: 'recommend', answers: command.answers });
      }
      case 'weights':
        return this.#channel.weights(asker, command.change);
      case 'history':
        if (command.all) return this.#decisions.exportAll(asker, command.format ?? 'madr');
        return command.export ? this.#decisions.export(asker, command.format ?? 'madr') : this.#channel.history(asker);
      case 'radar':
        return command.export ? this.#radar.export(asker, command.scope, command.export) : this.#radar.show(asker, command.scope);
      case 'decide':
        return this.#decisions.decide(asker, command.framework);
      case 'decision':
        return this.#decisions.decision(asker, command.number, command.action);
      case 'alerts':
        return this.#decisions.alerts(asker, command.on);
      case 'vote':
        if (command.action === 'add') return this.#vote.addFromCommand(asker, command.framework);
        return this.#vote.startFromCommand(asker, command.frameworks, { ...(command.deadline ? { deadline: command.deadline } : {}), ranked: command.ranked, anonymous: command.anonymous });
      case 'top': {
        if (command.source) return [{ type: 'respond', reply: this.#advisor.publishedTop(command.source, command.languages) }];
        // The overall ranking follows the channel's priorities, as comparisons do; the card names them.
        const importance = await channelImportance(this.#ctx, asker.tenant, asker.channel);
        return [{ type: 'respond', reply: this.#advisor.top(command.criterion, command.languages, { ...(command.limit ? { limit: command.limit } : {}), ...(command.project ? { project: command.project } : {}), ...(importance ? { channelImportance: importance } : {}) }) }];
      }
      case 'help':
        return [{ type: 'respond', reply: this.#advisor.help(command.topic, languageOf(asker.locale)) }];
      case 'info':
      case 'list':
      case 'help':
        return [{ type: 'respond', reply: this.#advisor.run(command) }];
    }
  }

  /** A private result for the asker, under the channel's defaults, with Share (and Vote) buttons. */
  private async respondWithResult(asker: Asker, subject: Subject): Promise<Effect[]> {
    return [{ type: 'respond', reply: await this.result(asker, subject) }];
  }

  private async result(asker: Asker, subject: Subject): Promise<Reply> {
    const importance = await channelImportance(this.#ctx, asker.tenant, asker.channel);
    if (subject.kind === 'compare') {
      // The frameworks, the channel's priorities and whether it can be shared decide the whole reply, so it is built once.
      const actions = this.#shareable(asker, [shareButton(subject)]);
      const key = `${subject.frameworks.join(',')}|${importanceKey(importance)}|${actions.length > 0 ? 'shareable' : 'private'}`;
      return this.#comparisons.get(key, () => resultReply(this.#ctx.kb, decide(this.#ctx, subject, importance), { actions }));
    }
    const result = decide(this.#ctx, subject, importance);
    return resultReply(this.#ctx.kb, result, { onResult: this.#shareable(asker, [shareButton(subject), voteButton(subject, result)]) });
  }

  /** Share and vote buttons, where the bot can post for the channel; none where only the asker sees its answers. */
  #shareable(asker: Asker, buttons: Action[]): Action[] {
    return botIsMember(asker.place) ? buttons : [];
  }

  /** Why a feature does not work where the bot was not added, and what does, in the person's language. */
  private unavailable(kind: Reply['kind'], feature: MemberFeature, asker: Asker): Effect[] {
    const reply: Reply = { kind, understood: false, visibility: 'private', card: unavailableCard(feature, languageOf(asker.locale)), data: { kind } };
    return [{ type: 'respond', reply }];
  }

  private async action(action: ActionRequest, values: string[], asker: Asker): Promise<Effect[]> {
    const needs = MEMBER_ACTIONS[action.kind];
    // A button from elsewhere (or an old card) clicked where the bot was not added.
    if (needs && !botIsMember(asker.place)) return this.unavailable(action.kind === 'share' ? action.subject.kind : action.kind === 'flow-new' ? 'recommend' : 'vote', needs, asker);
    switch (action.kind) {
      case 'compare':
        return this.respondWithResult(asker, { kind: 'compare', frameworks: action.frameworks });
      case 'flow-new':
        return this.#flow.start(asker, action.answers ?? {}, { review: action.answers !== undefined });
      case 'flow-answer':
        return this.#flow.move(asker, action.flow, action.choice === 'done' ? { kind: 'done', step: action.step } : { kind: 'answer', step: action.step, picked: [action.choice] });
      case 'flow-select':
        return this.#flow.move(asker, action.flow, { kind: 'pick', step: action.step, picked: values });
      case 'flow-back':
        return this.#flow.move(asker, action.flow, { kind: 'back' });
      case 'flow-restart':
        return this.#flow.move(asker, action.flow, { kind: 'restart' });
      case 'flow-adjust':
        return this.#flow.move(asker, action.flow, { kind: 'adjust' });
      case 'share':
        return this.#channel.share(asker, action.subject);
      case 'vote-start':
        return this.#vote.start(asker, action.subject, action.shortlist);
      case 'vote-cast':
        return this.#vote.cast(asker, action.vote, action.framework);
      case 'vote-close':
        return this.#vote.close(asker, action.vote);
      case 'rerun':
        return this.rerun(asker, action.decision, action.subject);
      case 'vote-rank':
        return this.#vote.rank(asker, action.vote, action.rank, values[0]);
      case 'vote-add':
        return this.#vote.addFromCard(asker, action.vote, values[0]);
    }
  }

  /** A revisit alert's question asked again: posted in the alert's thread for the whole team, with a vote to settle it anew. */
  private async rerun(asker: Asker, decision: number, subject: Subject): Promise<Effect[]> {
    const importance = await channelImportance(this.#ctx, asker.tenant, asker.channel);
    const result = decide(this.#ctx, subject, importance);
    if (!hasResult(result)) return tellPrivately('recommend', noticeCard('No framework qualifies any more', 'No framework meets every must-have in these answers today. Start a new recommendation with "recommend".'));
    const vote: Action = { type: 'button', id: startVoteAction(subject, shortlistOf(result)), label: 'Start a team vote', style: 'primary' };
    const sharedBy = `Re-run by ${asker.user.name} for ${adrNumber(decision)}`;
    return [{ type: 'post', where: 'thread', reply: resultReply(this.#ctx.kb, result, { actions: [vote], visibility: 'public', sharedBy }) }];
  }
}
