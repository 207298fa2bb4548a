/**
 * Loopback fakes of the public APIs data:refresh reads, answering with the
 * recorded fixtures (test/fixtures/refresh), or with faults: a status with
 * headers, a body that is not the documented shape, or no answer at all.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BASE_URLS, type BaseUrlName } from '../../src/refresh/config.js';

export type Answer = { status?: number; json?: unknown; text?: string; headers?: Record<string, string>; delayMs?: number } | 'no answer';
export type Route = Answer | ((count: number) => Answer);

export const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`../fixtures/refresh/${name}`, import.meta.url), 'utf8'));

export class FakeApi {
  readonly requests: Array<{ path: string; headers: IncomingHttpHeaders }> = [];
  readonly #server: Server;
  readonly #routes: Map<string, Route>;
  readonly #hanging = new Set<ServerResponse>();
  #inFlight = 0;
  /** The most requests this fake had open at once. */
  mostAtOnce = 0;

  private constructor(server: Server, routes: Record<string, Route>) {
    this.#server = server;
    this.#routes = new Map(Object.entries(routes));
  }

  /** @param routes keyed by path (with the query string when there is one). */
  static async start(routes: Record<string, Route>): Promise<FakeApi> {
    const server = createServer();
    const api = new FakeApi(server, routes);
    server.on('request', (req, res) => api.#answer(req.url ?? '/', req.headers, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return api;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  route(path: string, route: Route): void {
    this.#routes.set(path, route);
  }

  #answer(path: string, headers: IncomingHttpHeaders, res: ServerResponse): void {
    this.requests.push({ path, headers });
    const route = this.#routes.get(path);
    const count = this.requests.filter((r) => r.path === path).length;
    const answer: Answer = route === undefined ? { status: 404, json: { message: 'Not Found' } } : typeof route === 'function' ? route(count) : route;
    if (answer === 'no answer') {
      this.#hanging.add(res);
      return;
    }
    this.#inFlight += 1;
    this.mostAtOnce = Math.max(this.mostAtOnce, this.#inFlight);
    const send = () => {
      this.#inFlight -= 1;
      res.writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...answer.headers });
      res.end(answer.text ?? JSON.stringify(answer.json ?? {}));
    };
    if (answer.delayMs) setTimeout(send, answer.delayMs);
    else send();
  }

  async close(): Promise<void> {
    for (const res of this.#hanging) res.destroy();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}

/**
 * An environment whose every base URL is on 127.0.0.1: the fakes given, and a
 * closed loopback port for the rest, so a test can never reach the internet.
 */
export function loopbackEnvironment(fakes: Partial<Record<BaseUrlName, string>>, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1' };
  for (const name of Object.keys(BASE_URLS) as BaseUrlName[]) env[name] = fakes[name] ?? 'http://127.0.0.1:9/not-served';
  return { REFRESH_TIMEOUT_MS: '2000', REFRESH_ATTEMPTS: '2', REFRESH_BACKOFF_MS: '20', REFRESH_REPOSITORY_URL: 'https://github.com/example/framework-advisor', ...env, ...extra };
}

export function assertLoopbackOnly(baseUrls: Record<string, string>): void {
  for (const [name, url] of Object.entries(baseUrls)) {
    if (new URL(url).hostname !== '127.0.0.1') throw new Error(`${name} points at ${url}: tests must stay on loopback`);
  }
}
