/**
 * GET a JSON document the way public APIs ask to be called: a User-Agent that
 * names the project, at most four requests in flight per host (and a gap
 * between requests where a host asks for one), a timeout on every request,
 * 429 and Retry-After honoured, 5xx retried with back-off, a bounded number
 * of attempts. Every answer is checked against the API's documented shape.
 */
import type { z } from 'zod';
import type { RefreshConfig } from './config.js';
import { HostLimiter } from './host-limiter.js';
import { SourceFailure } from './source-failure.js';

export const MAX_IN_FLIGHT_PER_HOST = 4;

export interface HostRule {
  /** Minimum time between two request starts to this host. */
  minGapMs: number;
}

export interface GetOptions {
  headers?: Record<string, string>;
}

type Attempt = { kind: 'done'; body: unknown } | { kind: 'retry'; waitMs: number; failure: SourceFailure } | { kind: 'fail'; failure: SourceFailure };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Retry-After as seconds or an HTTP date; GitHub's x-ratelimit-reset as epoch seconds. */
export function retryAfterMs(headers: Headers, now = Date.now()): number | undefined {
  const value = headers.get('retry-after');
  if (value !== null) {
    if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
    const date = Date.parse(value);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const reset = headers.get('x-ratelimit-reset');
  if (headers.get('x-ratelimit-remaining') === '0' && reset !== null && /^\d+$/.test(reset)) return Math.max(0, Number(reset) * 1000 - now);
  return undefined;
}

/** "ECONNREFUSED", "ENOTFOUND", "bad port": what undici says went wrong, without a stack. */
function connectionProblem(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? 'network error';
}

function describeShape(error: z.ZodError): string {
  const first = error.issues[0];
  const where = first && first.path.length > 0 ? first.path.join('.') : 'the document';
  return `the answer does not have the documented shape (${where}: ${first?.message ?? 'invalid'})`;
}

export class PoliteHttp {
  readonly #config: RefreshConfig;
  readonly #rules: Record<string, HostRule>;
  readonly #limiters = new Map<string, HostLimiter>();

  /** @param rules per-host manners keyed by host ("crates.io"), beyond the common ones. */
  constructor(config: RefreshConfig, rules: Record<string, HostRule> = {}) {
    this.#config = config;
    this.#rules = rules;
  }

  async getJson<S extends z.ZodType>(url: string, schema: S, options: GetOptions = {}): Promise<z.infer<S>> {
    const { attempts } = this.#config;
    let last: SourceFailure | undefined;
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
      const outcome = await this.#limiterFor(url).run(() => this.#attempt(url, options, attempt));
      if (outcome.kind === 'done') return this.#validated(outcome.body, schema);
      if (outcome.kind === 'fail') throw outcome.failure;
      last = outcome.failure;
      if (attempt < attempts) await sleep(outcome.waitMs);
    }
    throw new SourceFailure(last!.code, `${last!.reason}, ${attempts} attempts`);
  }

  #limiterFor(url: string): HostLimiter {
    const host = new URL(url).host;
    let limiter = this.#limiters.get(host);
    if (!limiter) {
      const rule = this.#rules[host] ?? this.#rules[new URL(url).hostname];
      limiter = new HostLimiter(MAX_IN_FLIGHT_PER_HOST, rule?.minGapMs ?? 0);
      this.#limiters.set(host, limiter);
    }
    return limiter;
  }

  #backoff(attempt: number): number {
    return this.#config.backoffMs * 2 ** (attempt - 1);
  }

  async #attempt(url: string, options: GetOptions, attempt: number): Promise<Attempt> {
    const { timeoutMs, userAgent, maxRetryAfterS } = this.#config;
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { 'user-agent': userAgent, accept: 'application/json', ...options.headers },
        signal: AbortSignal.timeout(timeoutMs),
        redirect: 'follow',
      });
    } catch (error) {
      const timedOut = (error as Error).name === 'TimeoutError' || (error as Error).name === 'AbortError';
      const failure = timedOut
        ? new SourceFailure('timeout', `no answer within ${timeoutMs / 1000} s`)
        : new SourceFailure('network', `could not connect (${connectionProblem(error)})`);
      return { kind: 'retry', waitMs: this.#backoff(attempt), failure };
    }
    if (response.ok) return this.#readBody(response);
    await response.body?.cancel();
    const status = response.status;
    const wait = retryAfterMs(response.headers);
    const rateLimited = status === 429 || (status === 403 && wait !== undefined);
    if (rateLimited) {
      const said = wait !== undefined ? `, Retry-After ${Math.ceil(wait / 1000)} s` : '';
      if (wait !== undefined && wait > maxRetryAfterS * 1000) {
        return { kind: 'fail', failure: new SourceFailure('rate-limited', `rate limited (HTTP ${status}${said}, longer than the ${maxRetryAfterS} s we wait)`) };
      }
      return { kind: 'retry', waitMs: wait ?? this.#backoff(attempt), failure: new SourceFailure('rate-limited', `rate limited (HTTP ${status}${said})`) };
    }
    if (status === 404 || status === 410) return { kind: 'fail', failure: new SourceFailure('not-found', `not found there (HTTP ${status})`) };
    if (status >= 500) return { kind: 'retry', waitMs: wait ?? this.#backoff(attempt), failure: new SourceFailure('server-error', `server error (HTTP ${status})`) };
    return { kind: 'fail', failure: new SourceFailure('http-error', `refused (HTTP ${status})`) };
  }

  async #readBody(response: Response): Promise<Attempt> {
    let text: string;
    try {
      text = await response.text();
    } catch {
      return { kind: 'retry', waitMs: this.#backoff(1), failure: new SourceFailure('timeout', `the answer stopped before its end (over ${this.#config.timeoutMs / 1000} s)`) };
    }
    try {
      return { kind: 'done', body: JSON.parse(text) };
    } catch {
      return { kind: 'fail', failure: new SourceFailure('malformed', 'the answer is not JSON') };
    }
  }

  #validated<S extends z.ZodType>(body: unknown, schema: S): z.infer<S> {
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw new SourceFailure('malformed', describeShape(parsed.error));
    return parsed.data;
  }
}
