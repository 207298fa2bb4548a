/**
 * A fake Discord gateway speaking the real protocol (JSON frames, API v10):
 * HELLO on connect, IDENTIFY -> READY (+ GUILD_CREATE for each guild),
 * heartbeat -> ACK, RESUME -> replay of missed dispatches and RESUMED, and
 * dispatches with increasing sequence numbers. It can drop the connection
 * the way a network does, so a test can watch the client resume.
 */
import { EventEmitter } from 'node:events';
import type { Server } from 'node:http';
import type { APIChannel, APIGuild, APIUser } from 'discord.js';
import { WebSocket, WebSocketServer } from 'ws';

export interface GatewayOptions {
  token: string;
  bot: APIUser;
  applicationId: string;
  /** Guilds sent after READY as GUILD_CREATE, with their channels. */
  guilds: () => Array<{ guild: Partial<APIGuild> & { id: string }; channels: APIChannel[] }>;
  /** Short, so heartbeats and their ACKs happen during tests too. */
  heartbeatIntervalMs?: number;
}

interface Frame {
  op: number;
  d: unknown;
  s: number | null;
  t: string | null;
}

export class FakeGateway extends EventEmitter {
  readonly identifies: Array<{ intents: number }> = [];
  readonly resumes: Array<{ session_id: string; seq: number }> = [];
  heartbeats = 0;
  readonly #wss: WebSocketServer;
  readonly #options: GatewayOptions;
  /** Every dispatch of the session, for replay on RESUME. */
  readonly #sent: Frame[] = [];
  #seq = 0;
  #sessionId = '';
  #live: WebSocket | undefined;
  #resumeUrl = '';

  constructor(server: Server, options: GatewayOptions) {
    super();
    this.#options = options;
    this.#wss = new WebSocketServer({ server });
    this.#wss.on('connection', (socket) => this.#connected(socket));
  }

  set resumeUrl(url: string) {
    this.#resumeUrl = url;
  }

  get sessionId(): string {
    return this.#sessionId;
  }

  /** Sends an event to the client now, or on its resume if it is disconnected. */
  dispatch(t: string, d: unknown): number {
    const frame: Frame = { op: 0, t, s: ++this.#seq, d };
    this.#sent.push(frame);
    if (this.#live?.readyState === WebSocket.OPEN) this.#live.send(JSON.stringify(frame));
    return frame.s!;
  }

  /** Cuts the connection without a close frame, like a network failure (the client sees 1006). */
  drop(): void {
    this.#live?.terminate();
    this.#live = undefined;
  }

  async close(): Promise<void> {
    for (const client of this.#wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
  }

  #connected(socket: WebSocket): void {
    this.#send(socket, { op: 10, d: { heartbeat_interval: this.#options.heartbeatIntervalMs ?? 1000 }, s: null, t: null });
    socket.on('message', (data) => this.#received(socket, JSON.parse(String(data)) as Frame));
  }

  #send(socket: WebSocket, frame: Frame): void {
    if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(frame));
  }

  #received(socket: WebSocket, frame: Frame): void {
    switch (frame.op) {
      case 1:
        this.heartbeats++;
        this.#send(socket, { op: 11, d: null, s: null, t: null });
        this.emit('heartbeat', frame.d);
        return;
      case 2:
        return this.#identify(socket, frame.d as { token: string; intents: number });
      case 6:
        return this.#resume(socket, frame.d as { token: string; session_id: string; seq: number });
      default:
        return;
    }
  }

  #identify(socket: WebSocket, d: { token: string; intents: number }): void {
    if (d.token !== this.#options.token) return void socket.close(4004, 'Authentication failed.');
    this.identifies.push({ intents: d.intents });
    this.#sessionId = `session-${this.identifies.length}`;
    this.#sent.length = 0;
    this.#live = socket;
    const guilds = this.#options.guilds();
    this.dispatch('READY', {
      v: 10,
      user: this.#options.bot,
      guilds: guilds.map(({ guild }) => ({ id: guild.id, unavailable: true })),
      session_id: this.#sessionId,
      resume_gateway_url: this.#resumeUrl,
      shard: [0, 1],
      application: { id: this.#options.applicationId, flags: 0 },
    });
    for (const { guild, channels } of guilds) this.dispatch('GUILD_CREATE', fullGuild(guild, channels, this.#options.bot));
  }

  #resume(socket: WebSocket, d: { token: string; session_id: string; seq: number }): void {
    this.resumes.push({ session_id: d.session_id, seq: d.seq });
    if (d.token !== this.#options.token || d.session_id !== this.#sessionId) return this.#send(socket, { op: 9, d: false, s: null, t: null });
    this.#live = socket;
    for (const frame of this.#sent.filter((f) => f.s! > d.seq)) this.#send(socket, frame);
    this.dispatch('RESUMED', {});
    this.emit('resumed');
  }
}

function fullGuild(guild: Partial<APIGuild> & { id: string }, channels: APIChannel[], bot: APIUser) {
  return {
    name: 'Backend team',
    icon: null,
    owner_id: '100000000000000001',
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [{ id: guild.id, name: '@everyone', color: 0, hoist: false, icon: null, unicode_emoji: null, position: 0, permissions: '2248473465835073', managed: false, mentionable: false, flags: 0 }],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    preferred_locale: 'en-US',
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    safety_alerts_channel_id: null,
    joined_at: new Date(0).toISOString(),
    large: false,
    unavailable: false,
    member_count: 4,
    members: [{ user: bot, roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0 }],
    channels,
    threads: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    ...guild,
  };
}
