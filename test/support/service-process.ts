/** The real bot service (`src/main.ts`) as a child process, for tests that need the whole thing. */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Asks `check` until it returns something other than undefined, at most
 * `attempts` times `intervalMs` apart, then fails naming `what`. For waiting
 * on another process, which a test cannot await directly.
 */
export async function pollUntil<T>(what: string, check: () => Promise<T | undefined> | T | undefined, { attempts = 200, intervalMs = 50 } = {}): Promise<T> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const found = await check();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`gave up waiting for ${what}`);
}

export interface Health {
  status: 'ok' | 'degraded';
  adapters: Record<string, string>;
  store: 'ok' | 'unreachable';
}

export type LogEntry = Record<string, unknown> & { msg?: string };

export interface ServiceProcess {
  url: string;
  /** Where Slack posts events, commands and clicks. */
  eventsUrl: string;
  child: ChildProcess;
  output(): string;
  /** The JSON log lines so far. */
  logs(): LogEntry[];
  health(): Promise<Health>;
  /** Requests accepted and not yet answered, as /metrics reports them. */
  inFlight(): Promise<number>;
  /** Resolves once nothing is in flight (bounded). */
  idle(): Promise<void>;
  /** Resolves with the first log entry that matches, waiting for it if need be (bounded). */
  waitForLog(match: (entry: LogEntry) => boolean, what: string): Promise<LogEntry>;
  /** Resolves with the exit code once the process has exited. */
  exited: Promise<number | null>;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}

function jsonLines(output: string): LogEntry[] {
  return output.split('\n').flatMap((line) => {
    if (!line.startsWith('{')) return [];
    try {
      return [JSON.parse(line) as LogEntry];
    } catch {
      return [];
    }
  });
}

/** Starts the service and waits until /healthz answers (bounded: it gives up after about 30 s). */
export async function startService(env: Record<string, string>): Promise<ServiceProcess> {
  const port = await freePort();
  const child = spawn('node_modules/.bin/tsx', ['src/main.ts'], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', HOST: '127.0.0.1', PORT: String(port), DATABASE_URL: join(mkdtempSync(join(tmpdir(), 'advisor-svc-')), 'advisor.db'), LOG_LEVEL: 'info', NODE_ENV: 'production', DOTENV_CONFIG_PATH: '/nonexistent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  await pollUntil(
    'the service to answer /healthz',
    async () => {
      if (child.exitCode !== null) throw new Error(`service exited with ${child.exitCode}:\n${output}`);
      return (await fetch(`${url}/healthz`).then((r) => r.ok, () => false)) || undefined;
    },
    { attempts: 300, intervalMs: 100 },
  );
  const inFlight = async () => {
    const metrics = await (await fetch(`${url}/metrics`)).text();
    const counts = [...metrics.matchAll(/^advisor_requests_in_flight\{[^}]*\} (\d+)$/gm)].map((m) => Number(m[1]));
    return counts.reduce((sum, n) => sum + n, 0);
  };
  return {
    url,
    eventsUrl: `${url}/slack/events`,
    child,
    exited,
    output: () => output,
    logs: () => jsonLines(output),
    health: async () => (await fetch(`${url}/healthz`)).json() as Promise<Health>,
    inFlight,
    idle: async () => void (await pollUntil('the service to finish its requests', async () => ((await inFlight()) === 0 ? true : undefined), { attempts: 400, intervalMs: 25 })),
    waitForLog: (match, what) => pollUntil(what, () => jsonLines(output).find(match)),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
