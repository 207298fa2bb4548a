/**
 * A fake Slack on 127.0.0.1: the Web API methods the bot calls, response_url
 * endpoints, and the conversation they build up (messages, threads, ephemeral
 * messages per user), so tests can assert on what people would see. Every
 * call is recorded; failures (429 with Retry-After, 500) can be scripted.
 * Every message and view body is checked against Slack's Block Kit rules
 * (slack-block-kit.ts) and refused as Slack refuses it; each refusal is kept
 * in `refusals`, so a test harness can fail on any.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { messageRefusal, type Refusal, viewRefusal } from './slack-block-kit.js';

export interface ApiCall {
  method: string;
  /** The form body, with JSON fields (blocks) decoded. */
  body: Record<string, unknown>;
  authorization: string | undefined;
}

export interface SlackBlockJson {
  type: string;
  [key: string]: unknown;
}

export interface FakeMessage {
  channel: string;
  ts: string;
  thread_ts?: string;
  text: string;
  blocks: SlackBlockJson[];
  /** Who posted it: the bot's user id, or a person's. */
  author: string;
  /** Set for ephemeral messages: the only person who sees them. */
  ephemeralTo?: string;
  /** How it arrived: 'ack', 'chat.postMessage', 'response_url', 'user'. */
  via: string;
  /** Increases whenever the message is created or changed. */
  seq: number;
  deleted?: boolean;
  /** Files shared with the message (files.uploadV2). */
  files?: Array<{ id: string; title: string; content: string }>;
}

/** What a response_url is bound to: the conversation, the person, and the message it may replace. */
export interface ResponseContext {
  channel: string;
  user: string;
  original?: FakeMessage;
  thread_ts?: string;
}

/** 429 with Retry-After, 500, or 'stall': the request is held unanswered until the client gives up or close() cuts it. */
type Failure = { status: 429; retryAfter: number } | { status: 500 } | { status: 'stall' };

/** A body Slack would not take: where it was sent, and why. */
export interface RecordedRefusal extends Refusal {
  /** The Web API method, 'response_url' or 'ack'. */
  where: string;
  body: Record<string, unknown>;
}

/** A modal or Home tab as the bot sent it. */
export interface FakeView {
  type: string;
  callback_id?: string;
  private_metadata?: string;
  title?: { text: string };
  blocks: SlackBlockJson[];
}

/** A member of the workspace as users.info describes them. */
export interface FakeUser {
  id: string;
  /** The handle (what slash commands send as user_name). */
  name: string;
  realName: string;
  /** What Slack shows; may be empty, and then Slack shows the real name. */
  displayName: string;
}

/** The Slack app whose installs the fake finishes (its Basic Information). */
export interface FakeSlackApp {
  appId: string;
  clientId: string;
  clientSecret: string;
  /** The OAuth redirect URL configured for the app; oauth.v2.access refuses another. */
  redirectUri: string;
}

/**
 * What Slack grants when a person allows the app in a workspace (or, for an
 * org-wide install, an Enterprise Grid organisation): the code it puts in the
 * redirect, and the bot it creates there.
 */
export interface FakeInstallGrant {
  code: string;
  team?: { id: string; name: string };
  enterprise?: { id: string; name: string };
  isEnterpriseInstall?: boolean;
  installer: string;
  botToken: string;
  botUserId: string;
  botId: string;
  scopes: string[];
  /** With token rotation on: the refresh token, and how long each access token lasts. */
  rotation?: { refreshToken: string; expiresIn: number };
}

/** A bot token Slack issued, and what auth.test says about it. */
interface IssuedToken {
  grant: FakeInstallGrant;
  revoked: boolean;
}

interface ScriptedFailure {
  target: string;
  failure: Failure;
  remaining: number;
}

export const BOT_USER_ID = 'UBOT0001';
export const BOT_ID = 'BBOT0001';
export const TEAM_ID = 'T0TEST01';

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function decodeForm(raw: string): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    body[key] = key === 'blocks' || key === 'attachments' || key === 'metadata' || key === 'files' || key === 'view' ? JSON.parse(value) : value;
  }
  return body;
}

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};

export class FakeSlackApi {
  readonly calls: ApiCall[] = [];
  readonly responses: Array<{ id: string; body: Record<string, unknown> }> = [];
  readonly messages: FakeMessage[] = [];
  /** Every body refused for breaking Slack's Block Kit rules, in order. */
  readonly refusals: RecordedRefusal[] = [];
  /** Where apps.connections.open sends a Socket Mode client (see slack-socket.ts). */
  socketUrl: string | undefined;
  /** Views the bot opened (modals, by trigger) and published (Home tabs, by person), latest last. */
  readonly views: Array<{ method: string; view: FakeView; trigger?: string; user?: string }> = [];
  /** Channels the bot may not post in (chat.postMessage answers not_in_channel). */
  readonly closedChannels = new Set<string>();
  #seq = 0;
  #clock = 1_700_000_000;
  #failures: ScriptedFailure[] = [];
  readonly #refusals = new Map<string, string>();
  readonly #contexts = new Map<string, ResponseContext>();
  readonly #people = new Map<string, FakeUser>();
  /** The app installs are finished for (oauth.v2.access answers invalid_client_id until set). */
  app: FakeSlackApp | undefined;
  readonly #grants = new Map<string, FakeInstallGrant & { used: boolean }>();
  readonly #tokens = new Map<string, IssuedToken>();
  readonly #refreshTokens = new Map<string, FakeInstallGrant>();
  #rotations = 0;
  /** Uploaded file bodies by file id (the raw multipart body, which contains the content). */
  readonly #uploads = new Map<string, { filename: string; content: string }>();

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<FakeSlackApi> {
    let fake: FakeSlackApi | undefined;
    const server = createServer((req, res) => {
      fake!.route(req, res).catch((error: unknown) => json(res, 500, { ok: false, error: String(error) }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    fake = new FakeSlackApi(server, `http://127.0.0.1:${port}`);
    return fake;
  }

  /** The base URL the bot is given as SLACK_API_URL. */
  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((e) => (e ? reject(e) : resolve())));
  }

  /** The next `times` calls to a Web API method (or to any response_url: 'response_url') fail this way. */
  failNext(target: string, failure: Failure, times = 1): void {
    this.#failures.push({ target, failure, remaining: times });
  }

  /** The next call to a Web API method answers {ok: false, error}, as when a scope is missing. */
  refuseNext(method: string, error: string): void {
    this.#refusals.set(method, error);
  }

  callsTo(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  nextSeq(): number {
    this.#seq += 1;
    return this.#seq;
  }

  get seq(): number {
    return this.#seq;
  }

  /** A new message timestamp, unique and increasing like Slack's. */
  nextTs(): string {
    this.#clock += 1;
    return `${this.#clock}.000100`;
  }

  /** Registers what a response_url answers for, and returns the URL. */
  responseUrl(context: ResponseContext): string {
    const id = `R${this.#contexts.size + 1}`;
    this.#contexts.set(id, context);
    return `${this.url}/respond/${id}`;
  }

  /** Slack will redirect back with this grant's code once a person allows the app; oauth.v2.access then answers for it. */
  grantInstall(grant: FakeInstallGrant): void {
    this.#grants.set(grant.code, { ...grant, used: false });
  }

  /** What Slack does when a workspace removes the app: its bot token stops working. */
  revokeTokensOf(teamOrEnterpriseId: string): void {
    for (const issued of this.#tokens.values()) {
      if (issued.grant.team?.id === teamOrEnterpriseId || issued.grant.enterprise?.id === teamOrEnterpriseId) issued.revoked = true;
    }
  }

  /** The Home tab last published for a person. */
  homeOf(user: string): FakeView | undefined {
    return this.views.filter((v) => v.method === 'views.publish' && v.user === user).at(-1)?.view;
  }

  /** The modal last opened with a trigger. */
  modalFor(trigger: string): FakeView | undefined {
    return this.views.filter((v) => v.method === 'views.open' && v.trigger === trigger).at(-1)?.view;
  }

  /** The bot token a Web API call carried. */
  static tokenOf(call: ApiCall): string | undefined {
    return call.authorization?.replace(/^Bearer /, '');
  }

  /** Makes a person known to users.info; anyone else is user_not_found. */
  addUser(user: FakeUser): void {
    this.#people.set(user.id, user);
  }

  addMessage(message: Omit<FakeMessage, 'seq' | 'ts'> & { ts?: string }): FakeMessage {
    const stored: FakeMessage = { ...message, ts: message.ts ?? this.nextTs(), seq: this.nextSeq() };
    this.messages.push(stored);
    return stored;
  }

  findMessage(channel: string, ts: string): FakeMessage | undefined {
    return this.messages.find((m) => m.channel === channel && m.ts === ts && !m.deleted);
  }

  private takeFailure(target: string): Failure | undefined {
    const scripted = this.#failures.find((f) => f.target === target && f.remaining > 0);
    if (!scripted) return undefined;
    scripted.remaining -= 1;
    return scripted.failure;
  }

  private fail(res: ServerResponse, failure: Failure): void {
    if (failure.status === 'stall') return;
    if (failure.status === 429) json(res, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(failure.retryAfter) });
    else {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('Internal Server Error');
    }
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const path = new URL(req.url ?? '/', this.url).pathname;
    if (path.startsWith('/api/')) {
      const method = path.slice('/api/'.length);
      const body = (req.headers['content-type'] ?? '').includes('json') ? (JSON.parse(raw) as Record<string, unknown>) : decodeForm(raw);
      this.calls.push({ method, body, authorization: req.headers.authorization });
      const failure = this.takeFailure(method);
      if (failure) return this.fail(res, failure);
      const refusal = this.#refusals.get(method);
      if (refusal) {
        this.#refusals.delete(method);
        return json(res, 200, { ok: false, error: refusal });
      }
      const tokenProblem = this.tokenProblem(method, req.headers.authorization);
      if (tokenProblem) return json(res, 200, { ok: false, error: tokenProblem });
      const refused = this.refusal(method, body);
      if (refused) return json(res, 200, { ok: false, error: refused.error, errors: refused.errors, response_metadata: { messages: refused.errors.map((e) => `[ERROR] ${e}`) } });
      return json(res, 200, this.answer(method, body, req.headers.authorization));
    }
    if (path.startsWith('/upload/')) {
      const upload = this.#uploads.get(path.slice('/upload/'.length));
      if (!upload) return json(res, 404, { ok: false });
      upload.content = raw;
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(`OK - ${raw.length}`);
      return;
    }
    if (path.startsWith('/respond/')) {
      const id = path.slice('/respond/'.length);
      const body = JSON.parse(raw) as Record<string, unknown>;
      this.responses.push({ id, body });
      const failure = this.takeFailure('response_url');
      if (failure) return this.fail(res, failure);
      const context = this.#contexts.get(id);
      if (!context) return json(res, 404, { ok: false, error: 'expired_url' });
      // A response_url answers a bad body with HTTP 400 and the bare error code.
      const refused = this.refusal('response_url', body);
      if (refused) {
        res.writeHead(400, { 'content-type': 'text/plain' });
        res.end(refused.error);
        return;
      }
      this.respondTo(context, body);
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('ok');
      return;
    }
    json(res, 404, { ok: false, error: 'not_found' });
  }

  /**
   * Checks a body that carries a message or a view, as Slack does before
   * taking it; records and returns the refusal, if any. A response_url body
   * that only deletes the original carries no message.
   */
  refusal(where: string, body: Record<string, unknown>): Refusal | undefined {
    let refused: Refusal | undefined;
    if (where.startsWith('views.')) refused = viewRefusal(body.view);
    else if (where === 'chat.postMessage' || where === 'chat.update' || where === 'chat.postEphemeral' || where === 'ack') refused = messageRefusal(body);
    else if (where === 'response_url' && body.delete_original !== true) refused = messageRefusal(body);
    if (refused) this.refusals.push({ where, body, ...refused });
    return refused;
  }

  /**
   * A token Slack issued through an install is checked as Slack checks it;
   * any other token is the single-workspace bot token of the older tests.
   */
  private tokenProblem(method: string, authorization: string | undefined): string | undefined {
    if (method.startsWith('oauth.')) return undefined;
    const issued = this.#tokens.get(authorization?.replace(/^Bearer /, '') ?? '');
    if (issued?.revoked) return 'token_revoked';
    return undefined;
  }

  /** oauth.v2.access, as https://docs.slack.dev/reference/methods/oauth.v2.access describes it: a code, or a refresh token. */
  private oauthAccess(body: Record<string, unknown>): Record<string, unknown> {
    const app = this.app;
    if (!app || body.client_id !== app.clientId) return { ok: false, error: 'invalid_client_id' };
    if (body.client_secret !== app.clientSecret) return { ok: false, error: 'bad_client_secret' };
    if (body.grant_type === 'refresh_token') return this.rotate(String(body.refresh_token ?? ''));
    const grant = this.#grants.get(String(body.code ?? ''));
    if (!grant) return { ok: false, error: 'invalid_code' };
    if (grant.used) return { ok: false, error: 'code_already_used' };
    if (body.redirect_uri !== undefined && body.redirect_uri !== app.redirectUri) return { ok: false, error: 'bad_redirect_uri' };
    grant.used = true;
    return this.issue(grant, grant.botToken);
  }

  private rotate(refreshToken: string): Record<string, unknown> {
    const grant = this.#refreshTokens.get(refreshToken);
    if (!grant?.rotation) return { ok: false, error: 'invalid_refresh_token' };
    this.#refreshTokens.delete(refreshToken);
    this.#rotations += 1;
    const rotated = { ...grant, rotation: { ...grant.rotation, refreshToken: `${grant.rotation.refreshToken}-r${this.#rotations}` } };
    return this.issue(rotated, `${grant.botToken}-r${this.#rotations}`);
  }

  /** Records a new bot token and answers with it (and a refresh token when rotation is on). */
  private issue(grant: FakeInstallGrant, token: string): Record<string, unknown> {
    this.#tokens.set(token, { grant, revoked: false });
    if (grant.rotation) this.#refreshTokens.set(grant.rotation.refreshToken, { ...grant, botToken: token });
    return {
      ok: true,
      app_id: this.app?.appId,
      authed_user: { id: grant.installer },
      scope: grant.scopes.join(','),
      token_type: 'bot',
      access_token: token,
      bot_user_id: grant.botUserId,
      team: grant.isEnterpriseInstall ? null : (grant.team ?? null),
      enterprise: grant.enterprise ?? null,
      is_enterprise_install: grant.isEnterpriseInstall === true,
      ...(grant.rotation ? { refresh_token: grant.rotation.refreshToken, expires_in: grant.rotation.expiresIn } : {}),
    };
  }

  private authTest(authorization: string | undefined): Record<string, unknown> {
    const issued = this.#tokens.get(authorization?.replace(/^Bearer /, '') ?? '');
    if (!issued) return { ok: true, url: 'https://test.slack.com/', team: 'Test', user: 'framework_advisor', team_id: TEAM_ID, user_id: BOT_USER_ID, bot_id: BOT_ID };
    const { grant } = issued;
    const url = grant.isEnterpriseInstall ? `https://${grant.enterprise?.id.toLowerCase()}.enterprise.slack.com/` : `https://${grant.team?.id.toLowerCase()}.slack.com/`;
    return {
      ok: true,
      url,
      team: grant.team?.name ?? grant.enterprise?.name,
      user: 'framework_advisor',
      team_id: grant.team?.id ?? grant.enterprise?.id,
      user_id: grant.botUserId,
      bot_id: grant.botId,
      ...(grant.enterprise ? { enterprise_id: grant.enterprise.id } : {}),
      is_enterprise_install: grant.isEnterpriseInstall === true,
    };
  }

  private answer(method: string, body: Record<string, unknown>, authorization?: string): Record<string, unknown> {
    const channel = String(body.channel ?? '');
    const content = { text: String(body.text ?? ''), blocks: (body.blocks as SlackBlockJson[] | undefined) ?? [] };
    switch (method) {
      case 'apps.connections.open':
        return this.socketUrl ? { ok: true, url: this.socketUrl } : { ok: false, error: 'not_allowed_token_type' };
      case 'auth.test':
        return this.authTest(authorization);
      case 'oauth.v2.access':
        return this.oauthAccess(body);
      case 'chat.postMessage': {
        if (this.closedChannels.has(channel)) return { ok: false, error: 'not_in_channel' };
        const thread = typeof body.thread_ts === 'string' ? body.thread_ts : undefined;
        const message = this.addMessage({ channel, ...content, author: BOT_USER_ID, via: method, ...(thread ? { thread_ts: thread } : {}) });
        return { ok: true, channel, ts: message.ts, message: { ...content, ts: message.ts } };
      }
      case 'chat.update': {
        const message = this.findMessage(channel, String(body.ts));
        if (!message || message.ephemeralTo) return { ok: false, error: 'message_not_found' };
        message.text = content.text;
        if (body.blocks !== undefined) message.blocks = content.blocks;
        message.seq = this.nextSeq();
        return { ok: true, channel, ts: message.ts, text: message.text };
      }
      case 'chat.postEphemeral': {
        const thread = typeof body.thread_ts === 'string' ? body.thread_ts : undefined;
        const message = this.addMessage({ channel, ...content, author: BOT_USER_ID, via: method, ephemeralTo: String(body.user), ...(thread ? { thread_ts: thread } : {}) });
        return { ok: true, message_ts: message.ts };
      }
      case 'views.open':
      case 'views.push':
      case 'views.update':
      case 'views.publish': {
        const view = body.view as FakeView;
        this.views.push({ method, view, ...(typeof body.trigger_id === 'string' ? { trigger: body.trigger_id } : {}), ...(typeof body.user_id === 'string' ? { user: body.user_id } : {}) });
        return { ok: true, view: { id: `V${this.nextSeq()}`, ...view } };
      }
      case 'users.info': {
        const user = this.#people.get(String(body.user));
        if (!user) return { ok: false, error: 'user_not_found' };
        return { ok: true, user: { id: user.id, team_id: TEAM_ID, name: user.name, real_name: user.realName, profile: { display_name: user.displayName, real_name: user.realName } } };
      }
      case 'files.getUploadURLExternal': {
        const id = `F${String(this.#uploads.size + 1).padStart(6, '0')}`;
        this.#uploads.set(id, { filename: String(body.filename), content: '' });
        return { ok: true, upload_url: `${this.url}/upload/${id}`, file_id: id };
      }
      case 'files.completeUploadExternal': {
        const files = (body.files as Array<{ id: string; title?: string }>).map((f) => ({ id: f.id, title: f.title ?? '', content: this.#uploads.get(f.id)?.content ?? '' }));
        const thread = typeof body.thread_ts === 'string' ? body.thread_ts : undefined;
        this.addMessage({ channel: String(body.channel_id), text: String(body.initial_comment ?? ''), blocks: [], author: BOT_USER_ID, via: method, files, ...(thread ? { thread_ts: thread } : {}) });
        return { ok: true, files: files.map((f) => ({ id: f.id, title: f.title })) };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  /** What Slack does with a message posted to a response_url. */
  private respondTo(context: ResponseContext, body: Record<string, unknown>): void {
    const content = { text: String(body.text ?? ''), blocks: (body.blocks as SlackBlockJson[] | undefined) ?? [] };
    const original = context.original;
    if (body.delete_original === true && original) {
      original.deleted = true;
      original.seq = this.nextSeq();
      return;
    }
    if (body.replace_original === true && original) {
      original.text = content.text;
      original.blocks = content.blocks;
      original.seq = this.nextSeq();
      return;
    }
    const thread = context.thread_ts ? { thread_ts: context.thread_ts } : {};
    const publicly = body.response_type === 'in_channel';
    const message = this.addMessage({ channel: context.channel, ...content, author: BOT_USER_ID, via: 'response_url', ...thread, ...(publicly ? {} : { ephemeralTo: context.user }) });
    // Like Slack, a later replace_original through a command's response_url replaces its last answer.
    context.original ??= message;
  }
}
