/**
 * A gate on 127.0.0.1 in front of the fake Slack Web API: calls to a method
 * the test holds wait at the gate until it releases them, so the bot has a
 * request in flight for exactly as long as the test wants. Everything else
 * passes straight through.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

async function bodyOf(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export class HeldSlackCalls {
  readonly #held = new Set<string>();
  readonly #waiting: Array<() => void> = [];
  #arrived: Array<(method: string) => void> = [];

  private constructor(
    private readonly server: Server,
    private readonly target: string,
  ) {}

  /** `target`: the fake's base URL (FakeSlackApi.url). */
  static async start(target: string): Promise<HeldSlackCalls> {
    let gate: HeldSlackCalls | undefined;
    const server = createServer((req, res) => void gate!.pass(req, res));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    gate = new HeldSlackCalls(server, target);
    return gate;
  }

  /** The base URL the bot is given as SLACK_API_URL. */
  get apiUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api/`;
  }

  /** From now on, calls to `method` wait at the gate. */
  hold(method: string): void {
    this.#held.add(method);
  }

  /** Resolves once a call to a held method is waiting. */
  arrival(): Promise<string> {
    return new Promise((resolve) => this.#arrived.push(resolve));
  }

  /** Lets the waiting calls through, and stops holding. */
  release(): void {
    this.#held.clear();
    for (const go of this.#waiting.splice(0)) go();
  }

  async close(): Promise<void> {
    this.release();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async pass(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await bodyOf(req);
    const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0]!;
    if (this.#held.has(method)) {
      const released = new Promise<void>((resolve) => this.#waiting.push(resolve));
      for (const tell of this.#arrived.splice(0)) tell(method);
      await released;
    }
    try {
      const headers = Object.fromEntries(Object.entries(req.headers).filter((e): e is [string, string] => typeof e[1] === 'string' && e[0] !== 'host' && e[0] !== 'content-length'));
      const withBody = req.method !== 'GET' && req.method !== 'HEAD';
      const answer = await fetch(`${this.target}${req.url ?? '/'}`, { method: req.method ?? 'POST', headers, ...(withBody ? { body } : {}) });
      res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
      res.end(Buffer.from(await answer.arrayBuffer()));
    } catch {
      res.destroy();
    }
  }
}
