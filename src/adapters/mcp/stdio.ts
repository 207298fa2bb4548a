/**
 * `npm run mcp`: the MCP server over stdio, for an assistant on this machine
 * (Claude Desktop, Cursor, VS Code) that starts it as a child process.
 * stdout carries the protocol and nothing else: logs go to stderr.
 *
 * An assistant has no channel to remember settings for, so the store is kept
 * in memory: `weights ...` through ask_advisor lasts as long as the process.
 */
import { config as loadDotenv } from 'dotenv';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { ConfigError, readConfig } from '../../config.js';
import type { Asker } from '../../core/index.js';
import { createLogger } from '../../logger.js';
import { buildService } from '../../service.js';
import { MemoryStore } from '../../store/memory-store.js';
import { createAdvisorMcpServer } from './advisor-mcp-server.js';

const LOCAL_ASSISTANT: Asker = { tenant: 'mcp:stdio', channel: 'assistant', user: { id: 'assistant', name: 'AI assistant' } };

async function main(): Promise<number> {
  loadDotenv({ quiet: true });
  const config = readConfig(process.env);
  const logger = createLogger({ level: config.LOG_LEVEL, pretty: false, destination: process.stderr });
  // DATABASE_URL is not used here: an assistant's settings live as long as this process.
  const service = await buildService(config, { openStore: async () => new MemoryStore() });
  const core = service.advisorFor('mcp');
  const server = createAdvisorMcpServer({ core, asker: LOCAL_ASSISTANT, logger });
  const transport = new StdioServerTransport();
  // The assistant closing our stdin (or quitting) ends the session: exit rather than linger.
  const closed = new Promise<void>((resolve) => {
    transport.onclose = resolve;
    process.stdin.once('end', resolve);
    process.once('SIGTERM', resolve);
    process.once('SIGINT', resolve);
  });
  await server.connect(transport);
  logger.info({ frameworks: core.knowledge().frameworks.length }, 'Framework Advisor MCP server ready on stdio');
  await closed;
  await server.close();
  await service.close();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof ConfigError ? error.message : `Framework Advisor MCP server failed: ${(error as Error).stack ?? String(error)}`}\n`);
    process.exit(1);
  },
);
