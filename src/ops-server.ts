/**
 * /healthz and /metrics on PORT when no Slack HTTP server is there to carry
 * them (Discord only, for instance).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface OpsRoutes {
  health: () => Promise<unknown>;
  metrics: () => Promise<{ contentType: string; body: string }>;
}

export async function startOpsServer(port: number, routes: OpsRoutes, host?: string): Promise<{ port: number; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const answer = (status: number, type: string, body: string) => res.writeHead(status, { 'content-type': type }).end(body);
    const path = (req.url ?? '').split('?')[0];
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
