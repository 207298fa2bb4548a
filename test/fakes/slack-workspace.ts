/**
 * A Slack workspace at the level of its people: `alice.command('compare
 * django fastapi')`, `bob.click(message, 'Vote')`, `carol.mention(...)`.
 * Each sends the signed request Slack would send to the bot, waits until the
 * bot has finished answering, and returns what that person saw appear or
 * change. Messages live in the fake Slack API (slack-api.ts).
 */
import { BOT_ID, BOT_USER_ID, type FakeMessage, type FakeSlackApi, type FakeView, type SlackBlockJson, TEAM_ID } from './slack-api.js';
import { FORM, interactivityBody, sendSigned, type SlackHttpAnswer, slashCommandBody } from './slack-requests.js';

export const GENERAL = 'C0GENERAL';

export interface Seen {
  status: number;
  /** The body of the bot's HTTP answer (a slash command's ack may carry the reply). */
  ack: unknown;
  /** Messages this person can see that appeared or changed, oldest first. */
  messages: FakeMessage[];
}

export interface EventDelivery {
  body: Record<string, unknown>;
}

export interface WorkspaceOptions {
  eventsUrl: string;
  signingSecret: string;
  /** Resolves when the bot has finished all work it accepted. */
  settle: () => Promise<void>;
  /** The workspace's team id (several workspaces can share one fake Slack); TEAM_ID when absent. */
  teamId?: string;
  /** The bot user of the app in this workspace; BOT_USER_ID when absent. */
  botUserId?: string;
}

interface Element {
  type: string;
  action_id?: string;
  value?: string;
  /** A string on context elements, a text object on buttons. */
  text?: { text: string } | string;
  placeholder?: { text: string };
  options?: Array<{ text: { text: string }; value: string }>;
}

const labelOf = (element: Element) => (typeof element.text === 'string' ? element.text : element.text?.text);

const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The text a person reads in a message: header, sections, fields, context, buttons; entities decoded. */
export function readable(message: FakeMessage): string {
  if (message.blocks.length === 0) return decode(message.text);
  const parts: string[] = [];
  for (const block of message.blocks) {
    const b = block as { text?: { text: string }; fields?: Array<{ text: string }>; elements?: Element[] };
    if (b.text) parts.push(b.text.text);
    for (const field of b.fields ?? []) parts.push(field.text);
    for (const element of b.elements ?? []) parts.push(labelOf(element) ?? element.placeholder?.text ?? '');
  }
  return decode(parts.join('\n'));
}

/** Every interactive element a person can use: those of actions blocks and sections' accessories. */
function elements(message: FakeMessage): Array<{ block: SlackBlockJson; element: Element }> {
  return message.blocks.flatMap((block) => {
    if (block.type === 'actions') return ((block.elements as Element[]) ?? []).map((element) => ({ block, element }));
    if (block.type === 'section' && block.accessory) return [{ block, element: block.accessory as Element }];
    return [];
  });
}

export function buttonLabels(message: FakeMessage): string[] {
  return elements(message)
    .filter(({ element }) => element.type === 'button')
    .map(({ element }) => labelOf(element)!);
}

export class SlackWorkspace {
  #events = 0;
  #triggers = 0;

  constructor(
    readonly api: FakeSlackApi,
    readonly options: WorkspaceOptions,
  ) {}

  get teamId(): string {
    return this.options.teamId ?? TEAM_ID;
  }

  get botUserId(): string {
    return this.options.botUserId ?? BOT_USER_ID;
  }

  person(id: string, name: string): SlackPerson {
    return new SlackPerson(this, id, name);
  }

  /** Sends a signed request, waits for the bot to finish, and returns its HTTP answer. */
  async send(rawBody: string, contentType: string, extra: { headers?: Record<string, string>; timestamp?: number; secret?: string } = {}): Promise<SlackHttpAnswer> {
    const answer = await sendSigned(this.options.eventsUrl, rawBody, contentType, {
      secret: extra.secret ?? this.options.signingSecret,
      ...(extra.timestamp !== undefined ? { timestamp: extra.timestamp } : {}),
      ...(extra.headers ? { headers: extra.headers } : {}),
    });
    await this.options.settle();
    return answer;
  }

  /** Delivers an Events API body again, as Slack does when an ack was slow. */
  async redeliver(delivery: EventDelivery, retryNum: number): Promise<SlackHttpAnswer> {
    return this.send(JSON.stringify(delivery.body), 'application/json', { headers: { 'x-slack-retry-num': String(retryNum), 'x-slack-retry-reason': 'http_timeout' } });
  }

  nextEventId(): string {
    this.#events += 1;
    // Slack's event ids are unique across workspaces; the team id keeps two fake workspaces' ids apart.
    return this.options.teamId ? `Ev0${this.options.teamId}${String(this.#events).padStart(4, '0')}` : `Ev0TEST${String(this.#events).padStart(4, '0')}`;
  }

  nextTriggerId(): string {
    this.#triggers += 1;
    return `trigger.${this.#triggers}`;
  }

  /** What a person sees in a conversation: public messages and their own ephemeral ones, threads included. */
  visibleTo(userId: string, channel = GENERAL): FakeMessage[] {
    return this.api.messages.filter((m) => m.channel === channel && !m.deleted && (!m.ephemeralTo || m.ephemeralTo === userId));
  }

  /** A thread: its parent and replies, public ones only. */
  thread(channel: string, ts: string): FakeMessage[] {
    return this.api.messages.filter((m) => m.channel === channel && !m.deleted && !m.ephemeralTo && (m.ts === ts || m.thread_ts === ts));
  }

  /** Top-level public messages of a channel. */
  channelMessages(channel = GENERAL): FakeMessage[] {
    return this.api.messages.filter((m) => m.channel === channel && !m.deleted && !m.ephemeralTo && (!m.thread_ts || m.thread_ts === m.ts));
  }

  seenBy(userId: string, since: number): FakeMessage[] {
    return this.api.messages.filter((m) => m.seq > since && !m.deleted && (!m.ephemeralTo || m.ephemeralTo === userId)).sort((a, b) => a.seq - b.seq);
  }
}

export class SlackPerson {
  constructor(
    readonly workspace: SlackWorkspace,
    readonly id: string,
    readonly name: string,
  ) {}

  private get api(): FakeSlackApi {
    return this.workspace.api;
  }

  /** Types `/framework <text>` in a channel. */
  async command(text: string, { channel = GENERAL, command = '/framework' } = {}): Promise<Seen> {
    const since = this.api.seq;
    const context = { channel, user: this.id };
    const responseUrl = this.api.responseUrl(context);
    const body = slashCommandBody({
      token: 'legacy-verification-token',
      team_id: this.workspace.teamId,
      team_domain: 'test',
      channel_id: channel,
      channel_name: 'general',
      user_id: this.id,
      user_name: this.name,
      command,
      text,
      api_app_id: 'A0TEST01',
      is_enterprise_install: 'false',
      response_url: responseUrl,
      trigger_id: this.workspace.nextTriggerId(),
    });
    const answer = await sendSignedAndAck(this.workspace, body, (ack) => {
      // Slack shows an ack that carries a message as the command's answer: ephemeral unless in_channel.
      const message = this.api.addMessage({
        channel,
        text: String(ack.text ?? ''),
        blocks: (ack.blocks as SlackBlockJson[] | undefined) ?? [],
        author: BOT_USER_ID,
        via: 'ack',
        ...(ack.response_type === 'in_channel' ? {} : { ephemeralTo: this.id }),
      });
      (context as { original?: FakeMessage }).original = message;
    });
    return { status: answer.status, ack: answer.body, messages: this.workspace.seenBy(this.id, since) };
  }

  /** Clicks the button labelled `label` on a message. */
  async click(message: FakeMessage, label: string): Promise<Seen> {
    const found = elements(message).find(({ element }) => element.type === 'button' && labelOf(element) === label);
    if (!found) throw new Error(`No button "${label}" on the message; it has: ${buttonLabels(message).join(', ') || 'none'}`);
    const { block, element } = found;
    return this.act(message, { action_id: element.action_id, block_id: block.block_id ?? 'b1', text: element.text, value: element.value, type: 'button' });
  }

  /** Picks options (by label) in the select whose placeholder is `placeholder`. */
  async choose(message: FakeMessage, placeholder: string, labels: string[]): Promise<Seen> {
    const found = elements(message).find(({ element }) => element.type.endsWith('select') && element.placeholder?.text === placeholder);
    if (!found) throw new Error(`No select "${placeholder}" on the message`);
    const { block, element } = found;
    const picked = labels.map((label) => {
      const option = element.options?.find((o) => o.text.text === label);
      if (!option) throw new Error(`No option "${label}" in "${placeholder}"`);
      return option;
    });
    const selection = element.type === 'multi_static_select' ? { selected_options: picked } : { selected_option: picked[0] };
    return this.act(message, { action_id: element.action_id, block_id: block.block_id ?? 'b1', type: element.type, placeholder: element.placeholder, ...selection });
  }

  /** Sends a block_actions payload for `action` on `message`, as Slack does on a click. */
  async act(message: FakeMessage, action: Record<string, unknown>): Promise<Seen> {
    const since = this.api.seq;
    const ephemeral = message.ephemeralTo !== undefined;
    const thread = message.thread_ts ? { thread_ts: message.thread_ts } : {};
    const responseUrl = this.api.responseUrl({ channel: message.channel, user: this.id, original: message, ...thread });
    const payload = {
      type: 'block_actions',
      user: { id: this.id, username: this.name, name: this.name, team_id: this.workspace.teamId },
      api_app_id: 'A0TEST01',
      token: 'legacy-verification-token',
      container: { type: 'message', message_ts: message.ts, channel_id: message.channel, is_ephemeral: ephemeral, ...thread },
      trigger_id: this.workspace.nextTriggerId(),
      team: { id: this.workspace.teamId, domain: 'test' },
      enterprise: null,
      is_enterprise_install: false,
      channel: { id: message.channel, name: 'general' },
      // Slack leaves the message out when it was ephemeral.
      ...(ephemeral ? {} : { message: { type: 'message', ts: message.ts, ...thread, text: message.text, blocks: message.blocks, user: BOT_USER_ID, bot_id: BOT_ID } }),
      state: { values: {} },
      response_url: responseUrl,
      actions: [{ ...action, action_ts: String(Date.now() / 1000) }],
    };
    const answer = await this.workspace.send(interactivityBody(payload), FORM);
    return { status: answer.status, ack: answer.body, messages: this.workspace.seenBy(this.id, since) };
  }

  /** Opens the app's Home tab: Slack sends app_home_opened; returns the Home view the bot published. */
  async openHome(dm = 'D0HOME001'): Promise<FakeView | undefined> {
    await this.deliver({ type: 'app_home_opened', user: this.id, channel: dm, tab: 'home', event_ts: String(Date.now() / 1000) }, this.api.seq);
    return this.api.homeOf(this.id);
  }

  /** Clicks a button in a view (the Home tab, a modal); returns what they saw and the trigger_id Slack gave the click. */
  async clickInView(view: FakeView, label: string): Promise<Seen & { trigger: string }> {
    const since = this.api.seq;
    const fake = { channel: '', ts: '', text: '', blocks: view.blocks, author: '', via: 'view', seq: 0 } as FakeMessage;
    const found = elements(fake).find(({ element }) => element.type === 'button' && labelOf(element) === label);
    if (!found) throw new Error(`No button "${label}" in the view; it has: ${buttonLabels(fake).join(', ') || 'none'}`);
    const trigger = this.workspace.nextTriggerId();
    const payload = {
      type: 'block_actions',
      user: { id: this.id, username: this.name, name: this.name, team_id: this.workspace.teamId },
      api_app_id: 'A0TEST01',
      token: 'legacy-verification-token',
      container: { type: 'view', view_id: 'V0HOME' },
      trigger_id: trigger,
      team: { id: this.workspace.teamId, domain: 'test' },
      enterprise: null,
      is_enterprise_install: false,
      view: { id: 'V0HOME', type: view.type, private_metadata: view.private_metadata ?? '', callback_id: view.callback_id ?? '', blocks: view.blocks, state: { values: {} } },
      actions: [{ action_id: found.element.action_id, block_id: found.block.block_id ?? 'b1', text: found.element.text, value: found.element.value, type: 'button', action_ts: String(Date.now() / 1000) }],
    };
    const answer = await this.workspace.send(interactivityBody(payload), FORM);
    return { status: answer.status, ack: answer.body, messages: this.workspace.seenBy(this.id, since), trigger };
  }

  /**
   * Submits a modal with the given picks (field block_id -> option values,
   * or a channel id for a conversations select); fields not given keep the
   * modal's initial values, as Slack sends them. Returns the bot's ack (which
   * may carry response_action: errors) and what the person saw afterwards.
   */
  async submit(view: FakeView, picks: Record<string, string[]>): Promise<Seen> {
    const since = this.api.seq;
    const values: Record<string, Record<string, unknown>> = {};
    for (const block of view.blocks) {
      if (block.type !== 'input') continue;
      const element = block.element as { type: string; action_id: string; options?: Array<{ text: unknown; value: string }>; initial_option?: { value: string }; initial_options?: Array<{ value: string }>; initial_conversation?: string };
      const blockId = String(block.block_id);
      const chosen = picks[blockId] ?? (element.initial_options?.map((o) => o.value) ?? (element.initial_option ? [element.initial_option.value] : element.initial_conversation ? [element.initial_conversation] : []));
      const option = (value: string) => element.options?.find((o) => o.value === value) ?? { text: { type: 'plain_text', text: value }, value };
      const value =
        element.type === 'conversations_select'
          ? { type: element.type, selected_conversation: chosen[0] ?? null }
          : element.type === 'multi_static_select'
            ? { type: element.type, selected_options: chosen.map(option) }
            : { type: element.type, selected_option: chosen[0] ? option(chosen[0]) : null };
      values[blockId] = { [element.action_id]: value };
    }
    const payload = {
      type: 'view_submission',
      team: { id: this.workspace.teamId, domain: 'test' },
      user: { id: this.id, username: this.name, name: this.name, team_id: this.workspace.teamId },
      api_app_id: 'A0TEST01',
      token: 'legacy-verification-token',
      trigger_id: this.workspace.nextTriggerId(),
      enterprise: null,
      is_enterprise_install: false,
      view: { id: 'V0MODAL', type: 'modal', callback_id: view.callback_id, private_metadata: view.private_metadata ?? '', blocks: view.blocks, state: { values } },
    };
    const answer = await this.workspace.send(interactivityBody(payload), FORM);
    return { status: answer.status, ack: answer.body, messages: this.workspace.seenBy(this.id, since) };
  }

  /** Writes a message of their own in a channel (no bot involved), for shortcuts to act on. */
  say(text: string, { channel = GENERAL, thread_ts }: { channel?: string; thread_ts?: string } = {}): FakeMessage {
    return this.api.addMessage({ channel, text, blocks: [], author: this.id, via: 'user', ...(thread_ts ? { thread_ts } : {}) });
  }

  /** Picks a message shortcut (`callbackId`) from a message's menu, as Slack sends it: a message_action. */
  async shortcut(message: FakeMessage, callbackId: string): Promise<Seen> {
    const since = this.api.seq;
    const payload = {
      type: 'message_action',
      callback_id: callbackId,
      trigger_id: this.workspace.nextTriggerId(),
      action_ts: String(Date.now() / 1000),
      token: 'legacy-verification-token',
      team: { id: this.workspace.teamId, domain: 'test' },
      enterprise: null,
      is_enterprise_install: false,
      user: { id: this.id, username: this.name, name: this.name, team_id: this.workspace.teamId },
      channel: { id: message.channel, name: 'general' },
      message: { type: 'message', user: message.author, ts: message.ts, text: message.text, ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}) },
      response_url: this.api.responseUrl({ channel: message.channel, user: this.id }),
    };
    const answer = await this.workspace.send(interactivityBody(payload), FORM);
    return { status: answer.status, ack: answer.body, messages: this.workspace.seenBy(this.id, since) };
  }

  /** Writes `@Framework Advisor <text>` in a channel, or in a thread when `thread_ts` is given. */
  async mention(text: string, { channel = GENERAL, thread_ts }: { channel?: string; thread_ts?: string } = {}): Promise<Seen & EventDelivery> {
    const typed = `<@${this.workspace.botUserId}> ${text}`;
    const own = this.api.addMessage({ channel, text: typed, blocks: [], author: this.id, via: 'user', ...(thread_ts ? { thread_ts } : {}) });
    return this.deliver({ type: 'app_mention', user: this.id, text: typed, ts: own.ts, channel, event_ts: own.ts, ...(thread_ts ? { thread_ts } : {}) }, own.seq - 1);
  }

  /** Writes a direct message to the bot. */
  async dm(text: string, channel = 'D0DIRECT'): Promise<Seen & EventDelivery> {
    const own = this.api.addMessage({ channel, text, blocks: [], author: this.id, via: 'user' });
    return this.deliver({ type: 'message', channel_type: 'im', user: this.id, text, ts: own.ts, channel, event_ts: own.ts }, own.seq - 1);
  }

  private async deliver(event: Record<string, unknown>, since: number): Promise<Seen & EventDelivery> {
    const body = {
      token: 'legacy-verification-token',
      team_id: this.workspace.teamId,
      api_app_id: 'A0TEST01',
      event,
      type: 'event_callback',
      event_id: this.workspace.nextEventId(),
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [{ enterprise_id: null, team_id: this.workspace.teamId, user_id: this.workspace.botUserId, is_bot: true, is_enterprise_install: false }],
      is_ext_shared_channel: false,
    };
    const answer = await this.workspace.send(JSON.stringify(body), 'application/json');
    return { status: answer.status, ack: answer.body, messages: this.workspace.seenBy(this.id, since).filter((m) => m.author !== this.id), body };
  }
}

/** Sends a slash command and, like Slack, shows the message its ack carries before anything the bot sends later. */
async function sendSignedAndAck(workspace: SlackWorkspace, body: string, show: (ack: Record<string, unknown>) => void): Promise<SlackHttpAnswer> {
  const answer = await sendSigned(workspace.options.eventsUrl, body, FORM, { secret: workspace.options.signingSecret });
  const ack = answer.status === 200 && answer.body && typeof answer.body === 'object' ? (answer.body as Record<string, unknown>) : undefined;
  // An ack that carries a message is held to the same rules as any message; Slack does not show one it refuses.
  if (ack && !workspace.api.refusal('ack', ack)) show(ack);
  await workspace.options.settle();
  return answer;
}
