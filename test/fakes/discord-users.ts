/**
 * Tests at the level of the people in the Discord server: Alice runs
 * `/framework compare`, Bob clicks a button, Carol mentions the bot; each
 * call returns what they saw. Underneath, the real discord.js client (through
 * startDiscord) talks to the fake Discord (discord-server.ts) on 127.0.0.1.
 *
 * Knowing when the bot is done never depends on time: after each action a
 * sentinel autocomplete request follows it down the same gateway connection;
 * once that is answered, the action has been received, and bot.idle()
 * resolves when its handling has finished.
 */
import { Writable } from 'node:stream';
import type { APIChannel, APIEmbed, APIMessage, APIUser } from 'discord.js';
import { type DiscordBot, type ShardPlan, startDiscord } from '../../src/adapters/discord/app.js';
import type { Store } from '../../src/core/conversations/store.js';
import { TeamAdvisor } from '../../src/core/team-advisor.js';
import type { DrawChart } from '../../src/adapters/discord/outbox.js';
import { createLogger } from '../../src/logger.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { knowledge } from '../support/knowledge.js';
import * as fixtures from './discord-fixtures.js';
import { FakeDiscord, type InteractionRecord, snowflake, type StoredMessage } from './discord-server.js';

export interface SeenMessage {
  id: string;
  channelId: string;
  /** Only the person who acted sees it. */
  ephemeral: boolean;
  title: string;
  description: string;
  fields: Array<{ name: string; value: string }>;
  footer: string;
  content: string;
  /** Everything readable in the message, markdown escapes removed, for `toContain`. */
  text: string;
  buttons: Array<{ label: string; id: string }>;
  selects: Array<{ id: string; placeholder: string; options: Array<{ label: string; value: string }>; maxValues: number }>;
  raw: APIMessage;
}

export interface Seen {
  /** The answer to the interaction itself: the reply, or the clicked message as updated. */
  reply?: SeenMessage;
  /** Every message this action created or changed, latest version, in order of first change. */
  messages: SeenMessage[];
  /** Threads this action started. */
  threads: Array<{ id: string; name: string; parentId: string }>;
}

/** Who acts, and where: a channel of the test server (default #backend), their DM with the bot, or a place the bot was not added. */
export interface Ask {
  as?: APIUser;
  in?: string;
  dm?: boolean;
  outside?: Outside;
  /** Their Discord language (default en-GB). */
  locale?: string;
}

export interface StartOptions {
  /** Build the core over the store (default: the real TeamAdvisor); the fake is there for cores that wait on it. */
  teamAdvisor?: (store: Store, fake: FakeDiscord) => TeamAdvisor;
  deferAfterMs?: number;
  messageContent?: boolean;
  /** In place of the real chart renderer (one that fails, or waits for the fake). */
  drawChart?: (fake: FakeDiscord) => DrawChart;
  /** The store (default: a fresh MemoryStore), for a bot sharing one with another replica. */
  store?: Store;
  /** The bot's shards (default: one), when another replica holds the others. */
  shards?: ShardPlan;
}

/** Distinctive, so a test can prove it never reaches the logs. */
export const BOT_TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.fake.bot-token-never-logged';
export const APPLICATION_ID = '110000000000000001';
export const GUILD_ID = '120000000000000001';
export const BACKEND_CHANNEL = '130000000000000001';
/** A server that never added the bot, where Alice uses it through her user install. */
export const OUTSIDE_GUILD_ID = '120000000000000077';
export const OUTSIDE_CHANNEL = '130000000000000077';
export const GROUP_DM = '130000000000000078';

/** Where the bot was not added: a channel of another server, or a group DM. */
export type Outside = 'server' | 'group-dm';

const unescape = (text: string) => text.replace(/\\(.)/g, '$1').replace(/\u200b/g, '');

export function seenMessage(message: StoredMessage): SeenMessage {
  const embed: APIEmbed = message.embeds[0] ?? {};
  const fields = (embed.fields ?? []).map((f) => ({ name: f.name, value: f.value }));
  const rows = (message.components ?? []) as unknown as Array<{ components: Array<Record<string, unknown>> }>;
  const components = rows.flatMap((r) => r.components);
  const buttons = components.filter((c) => c.type === 2).map((c) => ({ label: String(c.label), id: String(c.custom_id) }));
  const selects = components
    .filter((c) => c.type === 3)
    .map((c) => ({ id: String(c.custom_id), placeholder: String(c.placeholder ?? ''), options: c.options as Array<{ label: string; value: string }>, maxValues: Number(c.max_values ?? 1) }));
  const parts = [message.content, embed.title, embed.description, ...fields.flatMap((f) => [f.name, f.value]), embed.footer?.text];
  return {
    id: message.id,
    channelId: message.channel_id,
    ephemeral: message.ephemeral,
    title: unescape(embed.title ?? ''),
    description: unescape(embed.description ?? ''),
    fields,
    footer: embed.footer?.text ?? '',
    content: message.content,
    text: unescape(parts.filter(Boolean).join('\n')),
    buttons,
    selects,
    raw: message,
  };
}

export class DiscordUsers {
  readonly fake: FakeDiscord;
  readonly bot: DiscordBot;
  readonly store: Store;
  readonly botUser: APIUser;
  readonly logs: string[];
  readonly alice = fixtures.user('Alice');
  readonly bob = fixtures.user('Bob');
  readonly carol = fixtures.user('Carol');
  readonly #sentinels = new Set<string>();

  private constructor(fake: FakeDiscord, bot: DiscordBot, store: Store, logs: string[]) {
    this.fake = fake;
    this.bot = bot;
    this.store = store;
    this.botUser = fake.options.botUser;
    this.logs = logs;
  }

  static async start(options: StartOptions = {}): Promise<DiscordUsers> {
    const botUser = fixtures.user('Framework Advisor', { bot: true });
    const fake = await FakeDiscord.start({ token: BOT_TOKEN, applicationId: APPLICATION_ID, guildId: GUILD_ID, botUser });
    fake.addTextChannel(BACKEND_CHANNEL, 'backend');
    const store = options.store ?? new MemoryStore();
    const teamAdvisor = options.teamAdvisor?.(store, fake) ?? new TeamAdvisor(knowledge(), { store });
    const logs: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logs.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    });
    const logger = createLogger({ level: 'debug', pretty: false, destination });
    const bot = await startDiscord({
      config: { DISCORD_TOKEN: BOT_TOKEN, DISCORD_API_URL: fake.apiUrl },
      teamAdvisor,
      store,
      logger,
      ...(options.deferAfterMs !== undefined ? { deferAfterMs: options.deferAfterMs } : {}),
      ...(options.messageContent !== undefined ? { messageContent: options.messageContent } : {}),
      ...(options.drawChart ? { drawChart: options.drawChart(fake) } : {}),
      ...(options.shards ? { shards: options.shards } : {}),
    });
    return new DiscordUsers(fake, bot, store, logs);
  }

  async stop(): Promise<void> {
    await this.bot.stop();
    await this.fake.close();
  }

  get backend(): APIChannel {
    return this.fake.channels.get(BACKEND_CHANNEL)!;
  }

  /** A channel or thread by id, as a place to act in (one the bot was not added to is reached through a user install). */
  #where(channelId: string): fixtures.Where {
    const outside = this.fake.outside.get(channelId);
    const channel = this.fake.channels.get(channelId) ?? outside;
    if (!channel) throw new Error(`no channel ${channelId}`);
    return { channel, ...('guild_id' in channel && channel.guild_id ? { guildId: channel.guild_id } : {}), ...(outside ? { userInstall: true } : {}) };
  }

  #dmWith(person: APIUser): APIChannel {
    const existing = [...this.fake.channels.values()].find((c) => c.type === 1 && 'recipients' in c && c.recipients?.[0]?.id === person.id);
    return existing ?? this.fake.addDmChannel(snowflake(), person);
  }

  /** The latest version of a message, as everyone (or its one viewer) sees it now. */
  message(id: string): SeenMessage {
    const stored = this.fake.messages.get(id);
    if (!stored) throw new Error(`no message ${id}`);
    return seenMessage(stored);
  }

  /** What the channel or thread shows to everyone: its messages that are not ephemeral. */
  channelMessages(channelId: string): SeenMessage[] {
    return [...this.fake.messages.values()].filter((m) => m.channel_id === channelId && !m.ephemeral && !m.deleted).map(seenMessage);
  }

  // ---------- what people do ----------

  slash(sub: string, options: Record<string, string | boolean> = {}, how: Ask = {}): Promise<Seen> {
    const person = how.as ?? this.alice;
    return this.#interact(fixtures.slashCommand(this.#askedIn(how, person), person, APPLICATION_ID, sub, options), person);
  }

  /** "Ask Framework Advisor" on a message (by id, as stored in the fake), where that message is. */
  askAbout(messageId: string, how: Pick<Ask, 'as' | 'locale'> = {}): Promise<Seen> {
    const person = how.as ?? this.alice;
    const target = this.fake.messages.get(messageId);
    if (!target) throw new Error(`no message ${messageId}`);
    const where = { ...this.#where(target.channel_id), ...(how.locale ? { locale: how.locale } : {}) };
    return this.#interact(fixtures.messageAction(where, person, APPLICATION_ID, this.fake.apiMessage(target)), person);
  }

  /** A message someone wrote, without the bot hearing of it (as in a channel without the Message Content intent, or outside). */
  written(text: string, how: { as?: APIUser; in?: string; outside?: Outside } = {}): string {
    const channelId = how.outside ? this.#outside(how.outside).channel.id : (how.in ?? BACKEND_CHANNEL);
    return this.fake.createMessage(channelId, { content: text }, { author: how.as ?? this.bob }).id;
  }

  #askedIn(how: Ask, person: APIUser): fixtures.Where {
    const where = how.outside ? this.#outside(how.outside) : how.dm ? { channel: this.#dmWith(person) } : this.#where(how.in ?? BACKEND_CHANNEL);
    return { ...where, ...(how.locale ? { locale: how.locale } : {}) };
  }

  /** A place the bot was not added to, reached through Alice's user install. */
  #outside(kind: Outside): fixtures.Where {
    if (kind === 'server') {
      const channel = this.fake.outside.get(OUTSIDE_CHANNEL) ?? this.fake.addOutsideTextChannel(OUTSIDE_CHANNEL, 'general', OUTSIDE_GUILD_ID);
      return { channel, guildId: OUTSIDE_GUILD_ID, userInstall: true };
    }
    const channel = this.fake.outside.get(GROUP_DM) ?? this.fake.addGroupDm(GROUP_DM, [this.alice, this.bob, this.carol]);
    return { channel, userInstall: true };
  }

  async autocomplete(sub: string, option: string, typed: string): Promise<Array<{ name: string; value: string }>> {
    const payload = fixtures.autocomplete(this.#where(BACKEND_CHANNEL), this.alice, APPLICATION_ID, sub, option, typed);
    await this.#interact(payload, this.alice);
    return this.fake.interactions.get(payload.token)?.autocomplete ?? [];
  }

  /** Clicks the button with this label (or matching it) on the message as it is now. */
  click(message: SeenMessage | string, label: string | RegExp, how: { as?: APIUser } = {}): Promise<Seen> {
    const current = this.message(typeof message === 'string' ? message : message.id);
    const button = current.buttons.find((b) => (typeof label === 'string' ? b.label === label : label.test(b.label)));
    if (!button) throw new Error(`no button "${String(label)}" on "${current.title}"; buttons: ${current.buttons.map((b) => b.label).join(', ')}`);
    return this.clickId(current, button.id, how);
  }

  /** A click carrying any custom_id, as a stale or forged button would. */
  clickId(message: SeenMessage, customId: string, how: { as?: APIUser; values?: string[] } = {}): Promise<Seen> {
    const person = how.as ?? this.alice;
    const stored = this.fake.messages.get(message.id)!;
    const payload = fixtures.click(this.#where(stored.channel_id), person, APPLICATION_ID, this.fake.apiMessage(stored), customId, how.values);
    return this.#interact(payload, person, stored.id);
  }

  /** Picks options (by value) in the message's select (the first, or the one with this placeholder). */
  select(message: SeenMessage | string, values: string[], how: { as?: APIUser; placeholder?: string } = {}): Promise<Seen> {
    const current = this.message(typeof message === 'string' ? message : message.id);
    const menu = current.selects.find((s) => how.placeholder === undefined || s.placeholder === how.placeholder);
    if (!menu) throw new Error(`no select on "${current.title}"`);
    return this.clickId(current, menu.id, { ...(how.as ? { as: how.as } : {}), values });
  }

  /** "@Framework Advisor <text>" in a channel or thread. */
  mention(text: string, how: { as?: APIUser; in?: string } = {}): Promise<Seen> {
    const person = how.as ?? this.alice;
    const message = fixtures.chatMessage(this.#where(how.in ?? BACKEND_CHANNEL), person, `<@${this.botUser.id}> ${text}`, [this.botUser]);
    return this.#observe(() => this.fake.gateway.dispatch('MESSAGE_CREATE', message));
  }

  /** A message in the channel that does not mention the bot, or any message in a DM. */
  say(text: string, how: { as?: APIUser; dm?: boolean; in?: string } = {}): Promise<Seen> {
    const person = how.as ?? this.alice;
    const where = how.dm ? { channel: this.#dmWith(person) } : this.#where(how.in ?? BACKEND_CHANNEL);
    return this.#observe(() => this.fake.gateway.dispatch('MESSAGE_CREATE', fixtures.chatMessage(where, person, text)));
  }

  /** Sends a raw gateway dispatch (a redelivery, say) and waits for the bot to be done with it. */
  dispatchRaw(t: string, d: unknown): Promise<Seen> {
    return this.#observe(() => this.fake.gateway.dispatch(t, d));
  }

  /** Registers an interaction with the fake (so its token works) and dispatches it. */
  #interact(payload: { id: string; token: string; channel_id: string; guild_id?: string }, person: APIUser, messageId?: string): Promise<Seen> {
    const record: InteractionRecord = { id: payload.id, token: payload.token, channelId: payload.channel_id, userId: person.id, acknowledged: false, ...(payload.guild_id ? { guildId: payload.guild_id } : {}), ...(messageId ? { messageId } : {}) };
    this.fake.interactions.set(payload.token, record);
    return this.#observe(() => this.fake.gateway.dispatch('INTERACTION_CREATE', payload), record);
  }

  async #observe(act: () => void, interaction?: InteractionRecord): Promise<Seen> {
    const changesBefore = this.fake.changes.length;
    const channelsBefore = new Set(this.fake.channels.keys());
    act();
    await this.settle();
    const ids = [...new Set(this.fake.changes.slice(changesBefore).map((c) => c.messageId))];
    const messages = ids.map((id) => this.fake.messages.get(id)!).filter((m) => !m.deleted).map(seenMessage);
    const threads = [...this.fake.channels.values()]
      .filter((c) => !channelsBefore.has(c.id) && c.type === 11)
      .map((c) => ({ id: c.id, name: String(c.name), parentId: String('parent_id' in c ? c.parent_id : '') }));
    const original = interaction?.originalId ? this.fake.messages.get(interaction.originalId) : undefined;
    return { ...(original && !original.deleted ? { reply: seenMessage(original) } : {}), messages, threads };
  }

  /** Waits until the bot has received and finished everything dispatched so far. */
  async settle(): Promise<void> {
    // A token of its own, so failures scripted for "interaction-token-..." calls never hit the sentinel.
    const payload = { ...fixtures.autocomplete(this.#where(BACKEND_CHANNEL), this.alice, APPLICATION_ID, 'info', 'framework', ''), token: `sentinel-token-${snowflake()}` };
    this.#sentinels.add(payload.id);
    this.fake.interactions.set(payload.token, { id: payload.id, token: payload.token, channelId: BACKEND_CHANNEL, userId: this.alice.id, acknowledged: false });
    const answered = this.fake.waitForCall((call) => call.path.startsWith(`/interactions/${payload.id}/`) && call.status < 300);
    this.fake.gateway.dispatch('INTERACTION_CREATE', payload);
    await answered;
    await this.bot.idle();
  }

  /** Calls to the fake, without the sentinels that settle() sends. */
  get calls() {
    return this.fake.calls.filter((c) => ![...this.#sentinels].some((id) => c.path.startsWith(`/interactions/${id}/`)));
  }
}
