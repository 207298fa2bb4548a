/**
 * A fake Discord on 127.0.0.1 for the real discord.js client: the REST API
 * (node:http) and the gateway (discord-gateway.ts) on one port.
 *
 * REST keeps what Discord would: messages per channel (ephemeral ones
 * included, with their edits), threads, interaction responses, and the
 * registered commands. Every call is recorded. Calls can be scripted to
 * answer 429 (with retry_after in the body and the headers discord.js reads)
 * or 500. Like Discord, an interaction callback is answered 204 with no body,
 * and a second callback for the same interaction is refused (40060).
 *
 * Files come as Discord takes them: multipart/form-data with the JSON in
 * payload_json and the files in files[n], described by attachments[n]. Like
 * Discord, an embed image `attachment://<name>` is resolved to the URL of
 * the file of that name, so a reference to a file that was not sent stays
 * unresolved and shows; an edit's `attachments` list says which files stay.
 */
import { once } from 'node:events';
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIChannel, APIMessage, APIUser } from 'discord.js';
import { FakeGateway } from './discord-gateway.js';

export interface RecordedCall {
  method: string;
  /** Path after /api/v10, without the query. */
  path: string;
  query: URLSearchParams;
  body: unknown;
  status: number;
  /** Whether the request carried the bot token. */
  authorised: boolean;
}

export interface ScriptedFailure {
  method?: string;
  path: RegExp;
  /** 429 rate limited, 403 missing permissions, 500 Discord failing, 'stall' never answering (the client must time out). */
  status: 429 | 403 | 500 | 'stall';
  /** Seconds, for 429. */
  retryAfter?: number;
  times: number;
}

/** A message as stored: the API object plus what only the fake knows. */
export interface StoredMessage extends APIMessage {
  guild_id?: string;
  ephemeral: boolean;
  /** The user an ephemeral message is shown to. */
  visibleTo?: string;
  deleted?: boolean;
}

export interface InteractionRecord {
  id: string;
  token: string;
  channelId: string;
  guildId?: string;
  userId: string;
  /** For clicks: the message the component was on. */
  messageId?: string;
  /** The message that @original refers to, once there is one. */
  originalId?: string;
  acknowledged: boolean;
  autocomplete?: Array<{ name: string; value: string }>;
}

export interface Change {
  kind: 'created' | 'edited' | 'deleted';
  messageId: string;
}

export interface FakeDiscordOptions {
  token: string;
  applicationId: string;
  guildId: string;
  botUser: APIUser;
}

let nextSnowflake = 1_300_000_000_000_000_000n;
export const snowflake = (): string => String(nextSnowflake++);

const JSON_HEADERS = { 'content-type': 'application/json' };

export class FakeDiscord extends EventEmitter {
  readonly calls: RecordedCall[] = [];
  readonly messages = new Map<string, StoredMessage>();
  readonly channels = new Map<string, APIChannel>();
  /** Channels the bot was not added to (a server or group DM reached through a user install): it may not post there. */
  readonly outside = new Map<string, APIChannel>();
  readonly interactions = new Map<string, InteractionRecord>();
  readonly changes: Change[] = [];
  readonly registered = new Map<string, unknown>();
  readonly gateway: FakeGateway;
  readonly options: FakeDiscordOptions;
  readonly #server: Server;
  readonly #failures: ScriptedFailure[] = [];
  /** Files of the request being handled (multipart uploads). */
  #uploads: Upload[] = [];
  /** Attached files by message id, with their bytes and text, for tests to read. */
  readonly files = new Map<string, Upload[]>();

  private constructor(server: Server, options: FakeDiscordOptions) {
    super();
    this.#server = server;
    this.options = options;
    this.gateway = new FakeGateway(server, {
      token: options.token,
      bot: options.botUser,
      applicationId: options.applicationId,
      guilds: () => this.#guildIds().map((id) => ({ guild: { id }, channels: [...this.channels.values()].filter((c) => 'guild_id' in c && c.guild_id === id && c.type === 0) })),
    });
  }

  static async start(options: FakeDiscordOptions): Promise<FakeDiscord> {
    const server = createServer();
    const fake = new FakeDiscord(server, options);
    server.on('request', (req, res) => void fake.#request(req, res));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    fake.gateway.resumeUrl = `${fake.gatewayUrl}/resume`;
    return fake;
  }

  get port(): number {
    return (this.#server.address() as AddressInfo).port;
  }

  /** The shard count GET /gateway/bot recommends (discord.js uses it for `shards: 'auto'`). */
  recommendedShards = 1;

  /** The test guild, and any other guild a channel was added to. */
  #guildIds(): string[] {
    const others = [...this.channels.values()].flatMap((c) => ('guild_id' in c && c.guild_id ? [c.guild_id] : []));
    return [...new Set([this.options.guildId, ...others])];
  }

  /** For the client's `rest.api` and DISCORD_API_URL. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  addTextChannel(id: string, name: string, guildId = this.options.guildId): APIChannel {
    const channel = { id, type: 0, guild_id: guildId, name, position: 0, permission_overwrites: [], nsfw: false, parent_id: null, topic: null, last_message_id: null, rate_limit_per_user: 0 } as APIChannel;
    this.channels.set(id, channel);
    return channel;
  }

  /** A text channel of a server that did not add the bot; not sent on the gateway. */
  addOutsideTextChannel(id: string, name: string, guildId: string): APIChannel {
    const channel = { id, type: 0, guild_id: guildId, name, position: 0, permission_overwrites: [], nsfw: false, parent_id: null, topic: null, last_message_id: null, rate_limit_per_user: 0 } as APIChannel;
    this.outside.set(id, channel);
    return channel;
  }

  /** A group DM between people, which a bot can never join. */
  addGroupDm(id: string, people: APIUser[]): APIChannel {
    const channel = { id, type: 3, recipients: people, name: null, icon: null, owner_id: people[0]!.id, last_message_id: null } as unknown as APIChannel;
    this.outside.set(id, channel);
    return channel;
  }

  addDmChannel(id: string, user: APIUser): APIChannel {
    const channel = { id, type: 1, recipients: [user], last_message_id: null } as unknown as APIChannel;
    this.channels.set(id, channel);
    return channel;
  }

  /** The next `times` calls matching get this answer instead. */
  fail(failure: ScriptedFailure): void {
    this.#failures.push({ ...failure });
  }

  /** Resolves with the first recorded call (past or future) that matches. */
  waitForCall(match: (call: RecordedCall) => boolean): Promise<RecordedCall> {
    const found = this.calls.find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve) => {
      const listener = (call: RecordedCall) => {
        if (!match(call)) return;
        this.off('call', listener);
        resolve(call);
      };
      this.on('call', listener);
    });
  }

  async close(): Promise<void> {
    await this.gateway.close();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  // ---------- messages ----------

  createMessage(channelId: string, data: Partial<APIMessage>, extra: { ephemeral?: boolean; visibleTo?: string; author?: APIUser } = {}): StoredMessage {
    const channel = this.channels.get(channelId);
    const message: StoredMessage = {
      id: snowflake(),
      channel_id: channelId,
      author: extra.author ?? this.options.botUser,
      content: '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      type: 0,
      flags: extra.ephemeral ? 64 : 0,
      components: [],
      ...(channel && 'guild_id' in channel && channel.guild_id ? { guild_id: channel.guild_id } : {}),
      ...data,
      ephemeral: extra.ephemeral ?? false,
      ...(extra.visibleTo ? { visibleTo: extra.visibleTo } : {}),
    } as StoredMessage;
    if (this.#uploads.length > 0) this.#attach(message, []);
    this.messages.set(message.id, message);
    this.changes.push({ kind: 'created', messageId: message.id });
    return message;
  }

  #edit(id: string, data: Record<string, unknown>): StoredMessage | undefined {
    const message = this.messages.get(id);
    if (!message || message.deleted) return undefined;
    for (const key of ['content', 'embeds', 'components'] as const) if (key in data) (message as unknown as Record<string, unknown>)[key] = data[key] ?? (key === 'content' ? '' : []);
    // Without an attachments list an edit keeps the files; with one, only those listed by id stay, and new files join them.
    const listed = Array.isArray(data.attachments) ? new Set((data.attachments as Array<{ id: unknown }>).map((a) => String(a.id))) : undefined;
    const kept = listed ? message.attachments.filter((a) => listed.has(a.id)) : message.attachments;
    if (listed || this.#uploads.length > 0) this.#attach(message, kept);
    else resolveEmbedImages(message);
    message.edited_timestamp = new Date().toISOString();
    this.changes.push({ kind: 'edited', messageId: id });
    return message;
  }

  /** Gives the message the files kept plus this request's uploads, and points its embed images at them. */
  #attach(message: StoredMessage, kept: StoredMessage['attachments']): void {
    const keptFiles = (this.files.get(message.id) ?? []).filter((f) => kept.some((a) => a.filename === f.name));
    const added = this.#uploads.map((u) => ({
      id: snowflake(),
      filename: u.name,
      size: u.data.length,
      content_type: u.contentType,
      url: `https://cdn.fake/attachments/${message.channel_id}/${message.id}/${u.name}`,
      proxy_url: `https://media.fake/attachments/${message.channel_id}/${message.id}/${u.name}`,
      ...(u.description ? { description: u.description } : {}),
    }));
    message.attachments = [...kept, ...added];
    this.files.set(message.id, [...keptFiles, ...this.#uploads]);
    this.#uploads = [];
    resolveEmbedImages(message);
  }

  /** What the API returns for a message: without the fake's own fields. */
  apiMessage(message: StoredMessage): APIMessage {
    const { ephemeral: _e, visibleTo: _v, deleted: _d, ...api } = message;
    return api;
  }

  // ---------- HTTP ----------

  async #request(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const { body, files } = await readBody(req);
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    const method = req.method ?? 'GET';
    const call: RecordedCall = { method, path, query: url.searchParams, body, status: 0, authorised: req.headers.authorization === `Bot ${this.options.token}` };
    const answer = (status: number, json?: unknown, headers: Record<string, string> = {}) => {
      call.status = status;
      this.calls.push(call);
      if (json === undefined) res.writeHead(status, headers).end();
      else res.writeHead(status, { ...JSON_HEADERS, ...headers }).end(JSON.stringify(json));
      this.emit('call', call);
    };
    const failure = this.#failures.find((f) => f.times > 0 && f.path.test(path) && (!f.method || f.method === method));
    if (failure) {
      failure.times--;
      // Held until the client gives up (or close() cuts it): recorded with status 0.
      if (failure.status === 'stall') return void this.calls.push(call);
      if (failure.status === 500) return answer(500, { message: '500: Internal Server Error', code: 0 });
      if (failure.status === 403) return answer(403, { message: 'Missing Permissions', code: 50013 });
      const after = String(failure.retryAfter ?? 0.05);
      return answer(429, { message: 'You are being rate limited.', retry_after: failure.retryAfter ?? 0.05, global: false }, {
        'retry-after': after,
        'x-ratelimit-limit': '5',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset-after': after,
        'x-ratelimit-bucket': 'fake-bucket',
        'x-ratelimit-scope': 'user',
      });
    }
    try {
      this.#uploads = described(files, body);
      const [status, json] = this.#route(method, path, url.searchParams, body as Record<string, unknown>, call.authorised);
      answer(status, json);
    } catch (error) {
      answer(500, { message: `fake: ${(error as Error).message}`, code: 0 });
    }
  }

  #route(method: string, path: string, query: URLSearchParams, body: Record<string, unknown>, authorised: boolean): [number, unknown?] {
    let m: RegExpMatchArray | null;
    if ((m = path.match(/^\/interactions\/(\d+)\/([^/]+)\/callback$/)) && method === 'POST') return this.#callback(m[1]!, m[2]!, body, query);
    if ((m = path.match(/^\/webhooks\/(\d+)\/([^/]+)\/messages\/([^/]+)$/))) return this.#webhookMessage(method, m[2]!, m[3]!, body);
    if ((m = path.match(/^\/webhooks\/(\d+)\/([^/]+)$/)) && method === 'POST') return this.#followUp(m[2]!, body);
    if (!authorised) return [401, { message: '401: Unauthorized', code: 0 }];
    if (path === '/gateway/bot' && method === 'GET') {
      // max_concurrency 16 (as for large bots) lets every shard identify at once instead of 5 s apart.
      return [200, { url: this.gatewayUrl, shards: this.recommendedShards, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 16 } }];
    }
    // Like Discord, a bot cannot post or start threads where it was not added.
    if ((m = path.match(/^\/channels\/(\d+)\//)) && this.outside.has(m[1]!)) return [403, { message: 'Missing Access', code: 50001 }];
    if ((m = path.match(/^\/channels\/(\d+)\/messages$/)) && method === 'POST') return this.#channelMessage(m[1]!, body);
    if ((m = path.match(/^\/channels\/(\d+)\/messages\/(\d+)$/)) && method === 'PATCH') {
      const edited = this.#edit(m[2]!, body);
      return edited ? [200, this.apiMessage(edited)] : [404, { message: 'Unknown Message', code: 10008 }];
    }
    if ((m = path.match(/^\/channels\/(\d+)\/messages\/(\d+)\/threads$/)) && method === 'POST') return this.#thread(m[1]!, m[2]!, body);
    if ((m = path.match(/^\/applications\/(\d+)\/(?:guilds\/(\d+)\/)?commands$/)) && method === 'PUT') {
      const commands = (body as unknown as Array<Record<string, unknown>>).map((c) => ({ ...c, id: snowflake(), application_id: m![1], version: snowflake(), ...(m![2] ? { guild_id: m![2] } : {}) }));
      this.registered.set(path, commands);
      return [200, commands];
    }
    return [404, { message: '404: Not Found', code: 0 }];
  }

  #callback(id: string, token: string, body: Record<string, unknown>, query: URLSearchParams): [number, unknown?] {
    const interaction = this.interactions.get(token);
    if (!interaction || interaction.id !== id) return [404, { message: 'Unknown interaction', code: 10062 }];
    if (interaction.acknowledged) return [400, { message: 'Interaction has already been acknowledged.', code: 40060 }];
    interaction.acknowledged = true;
    const data = (body.data ?? {}) as Record<string, unknown>;
    const ephemeral = ((Number(data.flags ?? 0) & 64) === 64);
    switch (body.type) {
      case 4:
      case 5: {
        const message = this.createMessage(interaction.channelId, { content: String(data.content ?? ''), embeds: (data.embeds ?? []) as never, components: (data.components ?? []) as never, flags: body.type === 5 ? (ephemeral ? 64 : 0) | 128 : ephemeral ? 64 : 0 }, { ephemeral, visibleTo: ephemeral ? interaction.userId : undefined });
        interaction.originalId = message.id;
        break;
      }
      case 6:
        interaction.originalId = interaction.messageId;
        break;
      case 7:
        interaction.originalId = interaction.messageId;
        if (interaction.messageId) this.#edit(interaction.messageId, data);
        break;
      case 8:
        interaction.autocomplete = (data.choices ?? []) as InteractionRecord['autocomplete'];
        break;
      default:
        return [400, { message: `fake: callback type ${String(body.type)} not supported`, code: 0 }];
    }
    if (query.get('with_response') === 'true') {
      const message = interaction.originalId ? this.messages.get(interaction.originalId) : undefined;
      return [200, { interaction: { id, type: 2 }, resource: { type: body.type, ...(message ? { message: this.apiMessage(message) } : {}) } }];
    }
    return [204];
  }

  #webhookMessage(method: string, token: string, which: string, body: Record<string, unknown>): [number, unknown?] {
    const interaction = this.interactions.get(token);
    const id = which === '@original' ? interaction?.originalId : which;
    const message = id ? this.messages.get(id) : undefined;
    if (!interaction || !message || message.deleted) return [404, { message: 'Unknown Message', code: 10008 }];
    if (method === 'GET') return [200, this.apiMessage(message)];
    if (method === 'DELETE') {
      message.deleted = true;
      this.changes.push({ kind: 'deleted', messageId: message.id });
      return [204];
    }
    if (method === 'PATCH') {
      // Filling a deferred reply clears its "thinking" flag.
      message.flags = (message.flags ?? 0) & ~128;
      return [200, this.apiMessage(this.#edit(message.id, body)!)];
    }
    return [405, { message: '405: Method Not Allowed', code: 0 }];
  }

  #followUp(token: string, body: Record<string, unknown>): [number, unknown?] {
    const interaction = this.interactions.get(token);
    if (!interaction?.acknowledged) return [404, { message: 'Unknown Webhook', code: 10015 }];
    const ephemeral = (Number(body.flags ?? 0) & 64) === 64;
    const message = this.createMessage(interaction.channelId, { content: String(body.content ?? ''), embeds: (body.embeds ?? []) as never, components: (body.components ?? []) as never }, { ephemeral, visibleTo: ephemeral ? interaction.userId : undefined });
    return [200, this.apiMessage(message)];
  }

  #channelMessage(channelId: string, body: Record<string, unknown>): [number, unknown?] {
    if (!this.channels.has(channelId)) return [404, { message: 'Unknown Channel', code: 10003 }];
    const reference = body.message_reference as { message_id: string } | undefined;
    const message = this.createMessage(channelId, {
      content: String(body.content ?? ''),
      embeds: (body.embeds ?? []) as never,
      components: (body.components ?? []) as never,
      ...(reference ? { type: 19, message_reference: { message_id: reference.message_id, channel_id: channelId } } : {}),
    });
    // Discord echoes the bot's own messages on the gateway; the bot must ignore them.
    this.gateway.dispatch('MESSAGE_CREATE', { ...this.apiMessage(message), ...(message.guild_id ? { member: { roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0 } } : {}) });
    return [200, this.apiMessage(message)];
  }

  #thread(channelId: string, messageId: string, body: Record<string, unknown>): [number, unknown?] {
    const parent = this.channels.get(channelId);
    const message = this.messages.get(messageId);
    if (!parent || !message || message.channel_id !== channelId) return [404, { message: 'Unknown Message', code: 10008 }];
    if (parent.type !== 0) return [400, { message: 'Cannot start a thread here', code: 50024 }];
    if (message.thread) return [400, { message: 'A thread has already been created for this message', code: 160004 }];
    const name = String(body.name ?? '');
    if (name.length < 1 || name.length > 100) return [400, { message: 'Invalid Form Body', code: 50035 }];
    const thread = {
      id: messageId,
      type: 11,
      guild_id: 'guild_id' in parent ? parent.guild_id : this.options.guildId,
      parent_id: channelId,
      name,
      owner_id: this.options.botUser.id,
      last_message_id: null,
      rate_limit_per_user: 0,
      message_count: 0,
      member_count: 1,
      thread_metadata: { archived: false, auto_archive_duration: Number(body.auto_archive_duration ?? 1440), archive_timestamp: new Date().toISOString(), locked: false },
      total_message_sent: 0,
      flags: 0,
    } as unknown as APIChannel;
    this.channels.set(thread.id, thread);
    message.thread = thread as never;
    this.gateway.dispatch('THREAD_CREATE', { ...thread, newly_created: true });
    return [201, thread];
  }
}

export interface Upload {
  name: string;
  contentType: string;
  data: Buffer;
  /** The bytes as UTF-8, for text files. */
  text: string;
  /** The alt text given in attachments[n].description. */
  description?: string;
}

/** files[n] with the description of attachments[n] (for interaction callbacks the message is under data). */
function described(files: Upload[], body: unknown): Upload[] {
  const json = (body ?? {}) as { attachments?: unknown; data?: { attachments?: unknown } };
  const list = (Array.isArray(json.attachments) ? json.attachments : Array.isArray(json.data?.attachments) ? json.data.attachments : []) as Array<{ id: unknown; description?: string }>;
  return files.map((file, index) => {
    const description = list.find((a) => String(a.id) === String(index))?.description;
    return description ? { ...file, description } : file;
  });
}

/** Discord shows `attachment://name` in an embed as the file of that name sent with the message. */
function resolveEmbedImages(message: StoredMessage): void {
  message.embeds = message.embeds.map((embed) => {
    const url = embed.image?.url;
    const file = url?.startsWith('attachment://') ? message.attachments.find((a) => a.filename === url.slice('attachment://'.length)) : undefined;
    return file ? { ...embed, image: { ...embed.image, url: file.url, proxy_url: file.proxy_url } } : embed;
  });
}

/** JSON, or multipart/form-data as discord.js sends files: the JSON in payload_json, files in files[n]. */
async function readBody(req: IncomingMessage): Promise<{ body: unknown; files: Upload[] }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const type = req.headers['content-type'] ?? '';
  if (type.startsWith('multipart/form-data')) {
    const form = await new Response(raw, { headers: { 'content-type': type } }).formData();
    const files: Upload[] = [];
    for (const [key, value] of form.entries()) {
      if (!key.startsWith('files[') || typeof value === 'string') continue;
      const data = Buffer.from(await value.arrayBuffer());
      files.push({ name: value.name, contentType: value.type, data, text: data.toString('utf8') });
    }
    const json = form.get('payload_json');
    return { body: typeof json === 'string' ? JSON.parse(json) : undefined, files };
  }
  const text = raw.toString('utf8');
  return { body: text && type.includes('json') ? JSON.parse(text) : text || undefined, files: [] };
}
