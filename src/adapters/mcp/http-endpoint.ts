/**
 * POST /mcp: the MCP server over Streamable HTTP, for a remote assistant.
 * Stateless (a fresh server and transport per request, no session), so any
 * replica can answer any request, as with Slack. A caller must send
 * `Authorization: Bearer <MCP_TOKEN>`; the SDK's DNS-rebinding protection
 * refuses a Host header that is not ours. The token is compared in constant
 * time and never logged.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { Logger } from 'pino';
import type { Asker } from '../../core/index.js';
import { type AdvisorMcpOptions, createAdvisorMcpServer } from './advisor-mcp-server.js';

export const MCP_PATH = '/mcp';

/** Hosts a local deployment answers to when MCP_ALLOWED_HOSTS is not set. */
export const LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

export interface McpEndpointOptions {
  token: string;
  /** Host names (with or without a port) the Host header may carry. */
  hosts: readonly string[];
  port: number;
  core: AdvisorMcpOptions['core'];
  logger: Logger;
}

export interface McpEndpoint {
  path: string;
  methods: readonly string[];
  handler(req: IncomingMessage, res: ServerResponse): void;
}

/** Host headers as clients send them: a bare name behind a proxy on 443, "name:port" when talking to us directly. */
export function allowedHostHeaders(hosts: readonly string[], port: number): string[] {
  return [...new Set(hosts.flatMap((h) => (/:\d+$/.test(h) ? [h] : [h, `${h}:${port}`])))];
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Hashing first gives equal lengths, so timingSafeEqual does not leak the token's length either. */
function bearerMatches(header: string | undefined, expected: Buffer): boolean {
  const presented = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1] ?? '';
  return timingSafeEqual(digest(presented), expected);
}

/**
 * Each remote address is one caller: it gets the bots' per-person rate limit.
 * Tenants allow only a few characters, so an IPv6 address's colons are replaced.
 */
export function callerOf(req: IncomingMessage): Asker {
  const address = (req.socket.remoteAddress ?? 'unknown').replace(/[^A-Za-z0-9._-]/g, '-').slice(0, 64);
  return { tenant: `mcp:${address}`, channel: 'assistant', user: { id: address, name: 'AI assistant' } };
}

function jsonRpcError(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify({ jsonrpc: '2.0', error: { code: -32000, message }, id: null }));
}

export function mcpEndpoint(options: McpEndpointOptions): McpEndpoint {
  const expected = digest(options.token);
  const allowedHosts = allowedHostHeaders(options.hosts, options.port);
  const logger = options.logger.child({ platform: 'mcp' });

  const serve = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const server = createAdvisorMcpServer({ core: options.core, asker: callerOf(req), logger });
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true, enableDnsRebindingProtection: true, allowedHosts });
    res.on('close', () => {
      void transport.close();
      void server.close();
    });
    await server.connect(transport);
    await transport.handleRequest(req, res);
  };

  return {
    path: MCP_PATH,
    methods: ['POST', 'GET', 'DELETE'],
    handler(req, res) {
      if (!bearerMatches(req.headers.authorization, expected)) {
        logger.info({ remote: req.socket.remoteAddress }, 'MCP request without the right bearer token refused');
        return jsonRpcError(res, 401, 'Unauthorized: send Authorization: Bearer <MCP_TOKEN>', { 'www-authenticate': 'Bearer' });
      }
      // Stateless: no session to stream to (GET) or end (DELETE).
      if (req.method !== 'POST') return jsonRpcError(res, 405, 'Method not allowed: this server is stateless, use POST', { allow: 'POST' });
      serve(req, res).catch((error: unknown) => {
        logger.error({ err: error }, 'an MCP request failed');
        if (!res.headersSent) jsonRpcError(res, 500, 'Internal server error');
        else res.end();
      });
    },
  };
}
