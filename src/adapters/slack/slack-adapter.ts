/**
 * The Slack front end: turns a slash command, a click, a mention or a direct
 * message into the core's Input and Asker, asks the core, and has the effects
 * carried out in Slack. No product logic lives here: what is said, and whether
 * it is private or public, is the core's decision.
 */
import type {
  AllMiddlewareArgs,
  App,
  RespondArguments,
  SlackActionMiddlewareArgs,
  SlackCommandMiddlewareArgs,
  SlackEventMiddlewareArgs,
  SlackShortcutMiddlewareArgs,
  SlackViewMiddlewareArgs,
} from '@slack/bolt';
import type { Logger } from 'pino';
import { shorten, tenantOf, type Asker, type Effect, type Input, type Reply, type Store, type TeamAdvisor, type Tenant } from '../../core/index.js';
import { APOLOGY } from '../kit/apology.js';
import { Delivery, type DeliveryJob } from '../kit/delivery.js';
import { UNREADABLE_CLICK } from './apology.js';
import { DisplayNames } from './display-names.js';
import { incomingText } from './incoming-text.js';
import { cardToBlocks } from './render.js';
import { ASK_SHORTCUT } from './manifest.js';
import { formToModal, formValues } from './modal.js';
import { BlockActionsPayload, type ClickedAction, HomeOpenedPayload, MessageEventPayload, MessageShortcutPayload, SlashCommandPayload, ViewSubmissionPayload } from './payloads.js';
import { type Place, SlackReplies, slackMessage } from './replies.js';

/** Slack wants an ack within 3 s; past this the ack goes out empty and the answer follows through response_url. */
const ACK_DEADLINE_MS = 2_000;
/** Slack retries an event delivery for a few minutes; a claim outlives that. */
const EVENT_CLAIM_TTL_MS = 60 * 60 * 1000;
const MAX_NAME = 120;
/** The message shortcut's callback id, as the manifest declares it. */
export const ASK_SHORTCUT_ID = ASK_SHORTCUT.callback_id;

export interface SlackAdapterOptions {
  /** The Home tab and the forms are served when the core offers them (TeamAdvisor does). */
  teamAdvisor: Pick<TeamAdvisor, 'handle'> & Partial<Pick<TeamAdvisor, 'home' | 'openForm' | 'submitForm'>>;
  store: Pick<Store, 'claimOnce'>;
  logger: Logger;
  now?: () => number;
  /** Names for mentions and DMs (default: looked up with users.info and kept an hour). */
  displayNames?: DisplayNames;
}

type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;
type ActionArgs = SlackActionMiddlewareArgs & AllMiddlewareArgs;
type MentionArgs = SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs;
type MessageArgs = SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs;
type ShortcutArgs = SlackShortcutMiddlewareArgs & AllMiddlewareArgs;
type HomeArgs = SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs;
type SubmissionArgs = SlackViewMiddlewareArgs & AllMiddlewareArgs;

/** Buttons that open a form (a modal) instead of answering in the conversation. */
const FORM_ACTION = /^form:[a-z]+$/;

function slackTenant(teamId: string | undefined | null, enterpriseId: string | undefined | null): Tenant | undefined {
  return tenantOf('slack', teamId ?? enterpriseId ?? '');
}

const person = (id: string, name: string | undefined) => ({ id, name: shorten(name || id, MAX_NAME) });

/** What a click means to the core: the action id, plus the picks of a select. */
function clickInput(action: ClickedAction): Input {
  const picks = action.selected_options?.map((o) => o.value) ?? (action.selected_option ? [action.selected_option.value] : undefined);
  return picks ? { type: 'action', id: action.action_id, values: picks } : { type: 'action', id: action.action_id };
}

export class SlackAdapter {
  readonly #core: SlackAdapterOptions['teamAdvisor'];
  readonly #logger: Logger;
  readonly #names: DisplayNames;
  readonly #delivery: Delivery;

  constructor(options: SlackAdapterOptions) {
    const now = options.now ?? Date.now;
    this.#core = options.teamAdvisor;
    this.#logger = options.logger;
    this.#names = options.displayNames ?? new DisplayNames({ now });
    this.#delivery = new Delivery({ store: options.store, claimTtlMs: EVENT_CLAIM_TTL_MS, now });
  }

  register(app: App): void {
    // Any command name: a workspace may install a dev copy as /framework-dev.
    app.command(/.*/, (args) => this.onCommand(args));
    app.action({ type: 'block_actions' }, (args) => this.onAction(args));
    app.event('app_mention', (args) => this.onMention(args));
    app.message((args) => this.onDirectMessage(args));
    app.shortcut({ callback_id: ASK_SHORTCUT_ID, type: 'message_action' }, (args) => this.onAskShortcut(args));
    app.event('app_home_opened', (args) => this.onHomeOpened(args));
    app.view({ type: 'view_submission', callback_id: FORM_ACTION }, (args) => this.onFormSubmitted(args));
    app.error(async (error) => {
      this.#logger.error({ err: error }, 'Bolt could not process a Slack request');
    });
  }

  async onCommand({ body, ack, respond, client }: CommandArgs): Promise<void> {
    const parsed = SlashCommandPayload.safeParse(body);
    const tenant = parsed.success ? slackTenant(parsed.data.team_id, parsed.data.enterprise_id) : undefined;
    if (!parsed.success || !tenant) {
      this.#logger.warn({ issues: parsed.error?.issues.slice(0, 3) }, 'unreadable slash command');
      await ack({ response_type: 'ephemeral', text: APOLOGY });
      return;
    }
    const command = parsed.data;
    const asker: Asker = { tenant, channel: command.channel_id, user: person(command.user_id, command.user_name) };
    const log = this.#logger.child({ via: 'command', tenant, channel: command.channel_id, user: command.user_id });
    const replies = new SlackReplies(client, { channel: command.channel_id, respond }, log);

    const job = this.job(replies, { type: 'text', text: incomingText(command.text) }, () => asker, log);
    // A late answer: the ack goes out empty within Slack's 3 s, and the answer follows through response_url.
    await this.#delivery.run({ ...job, deadline: { ms: ACK_DEADLINE_MS, late: () => ack(), inTime: (effects) => this.ackWith(effects, ack, replies, log) } });
  }

  /** Acks a slash command whose answer came in time; returns the effects the ack could not carry. */
  private async ackWith(effects: readonly Effect[] | undefined, ack: CommandArgs['ack'], replies: SlackReplies, log: Logger): Promise<readonly Effect[]> {
    const [first, ...rest] = effects ?? [];
    // The common case, a plain answer, travels in the ack itself: one round trip, inside the 3 s.
    if (first?.type === 'respond' || first?.type === 'update') {
      await ack(this.ackBody(first.reply, log));
      await replies.followAck(first.reply).catch((error: unknown) => log.error({ err: error }, 'could not deliver the files of a reply to Slack'));
      return rest;
    }
    // The core failed: the apology is the ack.
    await ack(effects ? undefined : { response_type: 'ephemeral', text: APOLOGY });
    return effects ?? [];
  }

  async onAction({ body, ack, respond, client }: ActionArgs): Promise<void> {
    await ack();
    const parsed = BlockActionsPayload.safeParse(body);
    const tenant = parsed.success ? slackTenant(parsed.data.team?.id ?? parsed.data.user.team_id, parsed.data.enterprise?.id) : undefined;
    // A click in the Home tab has no channel of its own: it acts in the app's DM, which the tab carries.
    const channel = parsed.success ? (parsed.data.channel?.id ?? parsed.data.container.channel_id ?? (parsed.data.view?.type === 'home' ? parsed.data.view.private_metadata : undefined)) : undefined;
    if (!parsed.success || !tenant || !channel) {
      this.#logger.warn({ issues: parsed.error?.issues.slice(0, 3) }, 'unreadable block_actions payload');
      // Bolt sets respond() only when the payload carried a response_url.
      if (typeof (body as { response_url?: unknown }).response_url === 'string') await this.tell(respond, UNREADABLE_CLICK);
      return;
    }
    const click = parsed.data;
    const action = click.actions[0]!;
    const asker: Asker = { tenant, channel, user: person(click.user.id, click.user.name ?? click.user.username) };
    const log = this.#logger.child({ via: 'action', tenant, channel, user: click.user.id, action: action.action_id });
    if (FORM_ACTION.test(action.action_id)) return this.openForm(client, action.action_id, click.trigger_id, asker, click.view ? undefined : channel, log);
    const replies = new SlackReplies(client, this.clickPlace(click, channel, respond), log);
    await this.#delivery.run(this.job(replies, clickInput(action), () => asker, log));
  }

  async onMention({ body, client, context }: MentionArgs): Promise<void> {
    await this.onConversationMessage(body, client, context.botUserId, 'mention');
  }

  async onDirectMessage({ body, message, client, context }: MessageArgs): Promise<void> {
    // Only people's own messages in a DM: not edits, joins or bot posts (including this bot's replies).
    if (message.channel_type !== 'im' || message.subtype !== undefined || 'bot_id' in message) return;
    await this.onConversationMessage(body, client, context.botUserId, 'dm');
  }

  private async onConversationMessage(body: unknown, client: AllMiddlewareArgs['client'], botUserId: string | undefined, via: 'mention' | 'dm'): Promise<void> {
    const parsed = MessageEventPayload.safeParse(body);
    const tenant = parsed.success ? slackTenant(parsed.data.team_id ?? parsed.data.event.team, parsed.data.enterprise_id) : undefined;
    if (!parsed.success || !tenant) {
      this.#logger.warn({ via, issues: parsed.error?.issues.slice(0, 3) }, 'unreadable message event');
      return;
    }
    const { event, event_id: eventId } = parsed.data;
    const log = this.#logger.child({ via, tenant, channel: event.channel, user: event.user, eventId });
    // A mention is answered in a thread on it; a DM at the top of the conversation is answered there.
    const place: Place = { channel: event.channel, ...(event.thread_ts ? { thread: event.thread_ts } : via === 'mention' ? { replyThread: event.ts } : {}) };
    const replies = new SlackReplies(client, place, log);
    // Slack sends only the user id with an event; the name is looked up, and the id stands in when it cannot be.
    const asker = async (): Promise<Asker> => ({ tenant, channel: event.channel, user: person(event.user, await this.#names.of(client, tenant, event.user, log)) });
    // Slack re-delivers an event whose ack was slow: the event id is claimed so that it is answered once.
    await this.#delivery.run({ ...this.job(replies, { type: 'text', text: incomingText(event.text, botUserId) }, asker, log), claim: `slack:event:${eventId}` });
  }

  /**
   * "Ask Framework Advisor" on any message: its text goes to the core as if
   * the person had typed it to the bot (the same entry mentions use), and the
   * answer goes in the message's thread.
   */
  async onAskShortcut({ body, ack, client }: ShortcutArgs): Promise<void> {
    await ack();
    const parsed = MessageShortcutPayload.safeParse(body);
    const tenant = parsed.success ? slackTenant(parsed.data.team?.id ?? parsed.data.user.team_id, parsed.data.enterprise?.id) : undefined;
    if (!parsed.success || !tenant) {
      this.#logger.warn({ issues: parsed.error?.issues.slice(0, 3) }, 'unreadable message shortcut');
      return;
    }
    const { channel, message, user } = parsed.data;
    const log = this.#logger.child({ via: 'shortcut', tenant, channel: channel.id, user: user.id });
    // Everything goes in the message's thread, a guided flow included (posted there rather than in the channel).
    const replies = new SlackReplies(client, { channel: channel.id, thread: message.thread_ts ?? message.ts }, log);
    const asker: Asker = { tenant, channel: channel.id, user: person(user.id, user.name ?? user.username) };
    await this.#delivery.run(this.job(replies, { type: 'text', text: incomingText(message.text) }, () => asker, log));
  }

  /** A form asked for by a button: opened as a modal on the click's trigger_id (valid 3 seconds). */
  private async openForm(client: AllMiddlewareArgs['client'], id: string, triggerId: string | undefined, asker: Asker, inChannel: string | undefined, log: Logger): Promise<void> {
    try {
      const form = await this.#core.openForm?.(id, asker, inChannel);
      if (!form || !triggerId) {
        log.warn({ form: id, hasTrigger: triggerId !== undefined }, 'a form that cannot be opened');
        return;
      }
      await client.views.open({ trigger_id: triggerId, view: formToModal(form, inChannel ?? '') });
    } catch (error) {
      log.error({ err: error, form: id }, 'could not open a form');
    }
  }

  /**
   * A submitted form: per-field problems go back in the ack (response_action:
   * errors, the modal stays open); otherwise the modal closes and the
   * result is carried out in the channel the person chose.
   */
  async onFormSubmitted({ body, ack, client }: SubmissionArgs): Promise<void> {
    const parsed = ViewSubmissionPayload.safeParse(body);
    const tenant = parsed.success ? slackTenant(parsed.data.team?.id ?? parsed.data.user.team_id, parsed.data.enterprise?.id) : undefined;
    if (!parsed.success || !tenant) {
      this.#logger.warn({ issues: parsed.error?.issues.slice(0, 3) }, 'unreadable view submission');
      await ack();
      return;
    }
    const { user, view } = parsed.data;
    const asker: Asker = { tenant, channel: view.private_metadata || user.id, user: person(user.id, user.name ?? user.username) };
    const log = this.#logger.child({ via: 'form', tenant, user: user.id, form: view.callback_id });
    const submit = this.#core.submitForm?.bind(this.#core);
    if (!submit) return void (await ack());
    let outcome: Awaited<ReturnType<typeof submit>>;
    try {
      outcome = await submit(view.callback_id, formValues(view.state.values as Parameters<typeof formValues>[0]), asker);
    } catch (error) {
      log.error({ err: error }, 'the advisor failed to take a form');
      await ack({ response_action: 'errors', errors: { where: APOLOGY } });
      return;
    }
    if (outcome.type === 'errors') {
      await ack({ response_action: 'errors', errors: outcome.errors });
      return;
    }
    await ack();
    await new SlackReplies(client, { channel: outcome.channel }, log.child({ channel: outcome.channel })).carryOut(outcome.effects);
  }

  /** The Home tab, published for this person each time they open it. */
  async onHomeOpened({ body, client }: HomeArgs): Promise<void> {
    const parsed = HomeOpenedPayload.safeParse(body);
    const tenant = parsed.success ? slackTenant(parsed.data.team_id, parsed.data.enterprise_id) : undefined;
    const home = this.#core.home?.bind(this.#core);
    if (!home || !parsed.success || !tenant || parsed.data.event.tab === 'messages') return;
    const { event } = parsed.data;
    const log = this.#logger.child({ via: 'home', tenant, user: event.user });
    try {
      const name = await this.#names.of(client, tenant, event.user, log);
      const card = await home(tenant, person(event.user, name));
      const { blocks } = cardToBlocks(card);
      await client.views.publish({ user_id: event.user, view: { type: 'home', blocks, private_metadata: event.channel ?? '' } });
    } catch (error) {
      log.error({ err: error }, 'could not publish the Home tab');
    }
  }

  private clickPlace(click: BlockActionsPayload, channel: string, respond: ActionArgs['respond']): Place {
    const ephemeral = click.container.is_ephemeral === true;
    const ts = click.message?.ts ?? click.container.message_ts;
    const thread = click.message?.thread_ts ?? click.container.thread_ts;
    return {
      channel,
      ...(thread && thread !== ts ? { thread } : {}),
      ...(ts ? { clicked: { ts, ephemeral } } : {}),
      ...(click.response_url ? { respond } : {}),
    };
  }

  /** Asking the core for `input` and carrying its answer out through `replies` (the kit's runner does the rest). */
  private job(replies: SlackReplies, input: Input, asker: () => Asker | Promise<Asker>, log: Logger): DeliveryJob {
    return {
      log,
      ask: async () => this.#core.handle(input, await asker()),
      carryOut: (effects) => replies.carryOut(effects),
      apologise: (error) => replies.apologise(error),
    };
  }

  private ackBody(reply: Reply, log: Logger): RespondArguments {
    const message = slackMessage(reply, log);
    return {
      response_type: reply.visibility === 'public' ? 'in_channel' : 'ephemeral',
      text: message.text,
      ...(message.blocks.length > 0 ? { blocks: message.blocks } : {}),
    };
  }

  private async tell(respond: NonNullable<ActionArgs['respond']>, text: string): Promise<void> {
    try {
      await respond({ response_type: 'ephemeral', replace_original: false, text });
    } catch (error) {
      this.#logger.error({ err: error }, 'could not answer through response_url');
    }
  }
}
