/**
 * The SDK's own Client, connected the two ways assistants connect: spawning
 * `npm run mcp`'s entry over stdio, and over Streamable HTTP to /mcp of the
 * running service. Every structured result is checked against the output
 * schema the server declared, with the SDK's own JSON Schema validator.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import { AjvJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/ajv';
import { expect } from 'vitest';

export const TOOL_NAMES = ['compare_frameworks', 'recommend_framework', 'framework_profile', 'list_frameworks', 'rank_frameworks', 'ask_advisor'] as const;
export type ToolName = (typeof TOOL_NAMES)[number];

const validator = new AjvJsonSchemaValidator();

export interface AdvisorClient {
  client: Client;
  tools: Map<string, Tool>;
  /** Calls a tool; a structured result is checked against the tool's declared output schema. */
  call(name: string, args: Record<string, unknown>): Promise<CallToolResult>;
  close(): Promise<void>;
}

export function textOf(result: CallToolResult): string {
  return result.content.flatMap((c) => (c.type === 'text' ? [c.text] : [])).join('\n');
}

async function ready(client: Client): Promise<AdvisorClient> {
  const { tools } = await client.listTools();
  const byName = new Map(tools.map((t) => [t.name, t]));
  return {
    client,
    tools: byName,
    async call(name, args) {
      const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
      const schema = byName.get(name)?.outputSchema;
      if (result.structuredContent !== undefined && schema) {
        const check = validator.getValidator(schema)(result.structuredContent);
        expect(check.valid, `${name} structuredContent against its output schema: ${check.errorMessage ?? ''}`).toBe(true);
      }
      return result;
    },
    close: () => client.close(),
  };
}

/** `npm run --silent mcp`, spawned as the README's snippets have an assistant spawn it. Its stderr (the log) is kept out of the test output. */
export async function stdioClient(env: Record<string, string> = {}): Promise<AdvisorClient & { stderr(): string }> {
  const transport = new StdioClientTransport({
    command: 'npm',
    args: ['run', '--silent', 'mcp'],
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DOTENV_CONFIG_PATH: '/nonexistent', ...env },
    stderr: 'pipe',
  });
  let stderr = '';
  transport.stderr?.on('data', (d) => (stderr += d));
  const client = new Client({ name: 'advisor-test', version: '1.0.0' });
  await client.connect(transport);
  return { ...(await ready(client)), stderr: () => stderr };
}

export async function httpClient(url: string, token: string): Promise<AdvisorClient> {
  const transport = new StreamableHTTPClientTransport(new URL('/mcp', url), { requestInit: { headers: { authorization: `Bearer ${token}` } } });
  const client = new Client({ name: 'advisor-test', version: '1.0.0' });
  await client.connect(transport);
  return ready(client);
}
