/**
 * A fake Discord gateway speaking the real protocol (JSON frames, API v10):
 * HELLO on connect, IDENTIFY -> READY (+ GUILD_CREATE for each guild),
 * heartbeat -> ACK, RESUME -> replay of missed dispatches and RESUMED, and
 * dispatches with increasing sequence numbers. It can drop the connection
 * the way a network does, so a test can watch the client resume.
 *
 * Sharded like Discord: each IDENTIFY names its shard [id, count], gets the
 * guilds whose (guild_id >> 22) % count is its id, and a dispatch goes to the
 * session of the shard its guild belongs to (direct messages: shard 0).
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

/** One shard's session: what it was sent (for replay on RESUME) and the socket it is on. */
interface Session {
  id: string;
  shard: [number, number];
  sent: Frame[];
  seq: number;
  live: WebSocket | undefined;
}

/** Discord's rule for which shard receives a guild's events. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

export class FakeGateway extends EventEmitter {
  readonly identifies: Array<{ intents: number }> = [];
  /** The `shard` of each IDENTIFY, in order ([0, 1] when the client sent none). */
  readonly identifiedShards: Array<[number, number]> = [];
  readonly resumes: Array<{ session_id: string; seq: number }> = [];
  /** Close codes the clients sent (1000 when a client shuts down cleanly). */
  readonly closes: number[] = [];
  heartbeats = 0;
  readonly #wss: WebSocketServer;
  readonly #options: GatewayOptions;
  /** The live session of each shard id. */
  readonly #sessions = new Map<number, Session>();
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

  /** The session id of shard 0 (the only shard of an unsharded bot). */
  get sessionId(): string {
    return this.#sessions.get(0)?.id ?? '';
  }

  /**
   * Sends an event to the shard its guild belongs to (DMs: shard 0), now, or
   * on its resume if that shard is disconnected.
   */
  dispatch(t: string, d: unknown): number {
    const session = this.#sessionFor(d);
    return this.#dispatchTo(session, t, d);
  }

  /** Cuts the connections (or one shard's) without a close frame, like a network failure (the client sees 1006). */
  drop(shard?: number): void {
    for (const session of this.#sessions.values()) {
      if (shard !== undefined && session.shard[0] !== shard) continue;
      session.live?.terminate();
      session.live = undefined;
    }
  }

  /**
   * Closes the connections (or one shard's) with a close code, as Discord
   * does: 4000 or 1001 are resumable, 4009 (session timed out) needs a new
   * IDENTIFY and ends the session here too, 4004 (authentication failed) is final.
   */
  closeWith(code: number, shard?: number): void {
    for (const [id, session] of this.#sessions) {
      if (shard !== undefined && session.shard[0] !== shard) continue;
      session.live?.close(code, `fake gateway closed with ${code}`);
      session.live = undefined;
      if (code === 4009) this.#sessions.delete(id);
    }
  }

  async close(): Promise<void> {
    for (const client of this.#wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
  }

  #connected(socket: WebSocket): void {
    this.#send(socket, { op: 10, d: { heartbeat_interval: this.#options.heartbeatIntervalMs ?? 1000 }, s: null, t: null });
    socket.on('message', (data) => this.#received(socket, JSON.parse(String(data)) as Frame));
    socket.on('close', (code) => this.closes.push(code));
  }

  #sessionFor(d: unknown): Session {
    const guildId = (d as { guild_id?: string } | null)?.guild_id;
    const any = this.#sessions.values().next().value;
    if (!any) throw new Error('fake gateway: no client has identified yet');
    const shard = guildId ? shardOf(guildId, any.shard[1]) : 0;
    const session = this.#sessions.get(shard);
    if (!session) throw new Error(`fake gateway: no client holds shard ${shard} (guild ${guildId ?? 'none: a DM'})`);
    return session;
  }

  #dispatchTo(session: Session, t: string, d: unknown): number {
    const frame: Frame = { op: 0, t, s: ++session.seq, d };
    session.sent.push(frame);
    if (session.live?.readyState === WebSocket.OPEN) session.live.send(JSON.stringify(frame));
    return frame.s!;
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
        return this.#identify(socket, frame.d as { token: string; intents: number; shard?: [number, number] });
      case 6:
        return this.#resume(socket, frame.d as { token: string; session_id: string; seq: number });
      default:
        return;
    }
  }

  #identify(socket: WebSocket, d: { token: string; intents: number; shard?: [number, number] }): void {
    if (d.token !== this.#options.token) return void socket.close(4004, 'Authentication failed.');
    const shard = d.shard ?? [0, 1];
    if (!(shard[1] >= 1 && shard[0] >= 0 && shard[0] < shard[1])) return void socket.close(4010, 'Invalid shard.');
    this.identifies.push({ intents: d.intents });
    this.identifiedShards.push(shard);
    const session: Session = { id: `session-${this.identifies.length}`, shard, sent: [], seq: 0, live: socket };
    this.#sessions.set(shard[0], session);
    const guilds = this.#options.guilds().filter(({ guild }) => shardOf(guild.id, shard[1]) === shard[0]);
    this.#dispatchTo(session, 'READY', {
      v: 10,
      user: this.#options.bot,
      guilds: guilds.map(({ guild }) => ({ id: guild.id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: this.#resumeUrl,
      shard,
      application: { id: this.#options.applicationId, flags: 0 },
    });
    for (const { guild, channels } of guilds) this.#dispatchTo(session, 'GUILD_CREATE', fullGuild(guild, channels, this.#options.bot));
  }

  #resume(socket: WebSocket, d: { token: string; session_id: string; seq: number }): void {
    this.resumes.push({ session_id: d.session_id, seq: d.seq });
    const session = [...this.#sessions.values()].find((s) => s.id === d.session_id);
    if (d.token !== this.#options.token || !session) return this.#send(socket, { op: 9, d: false, s: null, t: null });
    session.live = socket;
    for (const frame of session.sent.filter((f) => f.s! > d.seq)) this.#send(socket, frame);
    this.#dispatchTo(session, 'RESUMED', {});
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
