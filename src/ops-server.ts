/**
 * /healthz and /metrics on PORT when no Slack HTTP server is there to carry
 * them (Discord only, for instance).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Another adapter's HTTP endpoint served on the same port (MCP's /mcp). */
export interface ExtraRoute {
  path: string;
  methods: readonly string[];
  handler(req: IncomingMessage, res: ServerResponse): void;
}

export interface OpsRoutes {
  health: () => Promise<unknown>;
  metrics: () => Promise<{ contentType: string; body: string }>;
  extra?: readonly ExtraRoute[];
}

export async function startOpsServer(port: number, routes: OpsRoutes, host?: string): Promise<{ port: number; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const answer = (status: number, type: string, body: string) => res.writeHead(status, { 'content-type': type }).end(body);
    const path = (req.url ?? '').split('?')[0];
    const extra = routes.extra?.find((r) => r.path === path && r.methods.includes(req.method ?? ''));
    if (extra) return extra.handler(req, res);
    if (req.method !== 'GET') return answer(405, 'text/plain', 'Method not allowed');
    if (path === '/healthz') return void routes.health().then((b) => answer(200, 'application/json', JSON.stringify(b)), () => answer(500, 'text/plain', 'health check failed'));
    if (path === '/metrics') return void routes.metrics().then((m) => answer(200, m.contentType, m.body), () => answer(500, 'text/plain', 'metrics failed'));
    return answer(404, 'text/plain', 'Not found');
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, host, resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
