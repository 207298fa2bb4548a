/**
 * The service (`src/main.ts`) with MCP_TOKEN set serves /mcp over Streamable
 * HTTP: a remote assistant with the token gets the same answers as the CLI,
 * one without gets 401, a foreign Host header is refused, the token never
 * reaches the log, and a caller is held to the bots' rate limit.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliRunner } from '../support/cli.js';
import { type ServiceProcess, startService } from '../support/service-process.js';
import { type AdvisorClient, httpClient, textOf, TOOL_NAMES } from './mcp-clients.js';

const TOKEN = 'mcp-test-token-0123456789abcdef';
const PER_MINUTE = 8;
let service: ServiceProcess;
let mcp: AdvisorClient;
/** Tool calls made so far: each counts against the caller's limit, as each command does for a person. */
let calls = 0;

const call = (name: string, args: Record<string, unknown>) => {
  calls++;
  return mcp.call(name, args);
};

const initialize = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } } });
const post = (headers: Record<string, string>) =>
  fetch(`${service.url}/mcp`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers }, body: initialize });

/** fetch will not send a Host header of our choosing; node:http will. */
function postWithHost(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${service.url}/mcp`, { method: 'POST', headers: { host, authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', accept: 'application/json, text/event-stream' } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.once('error', reject).end(initialize);
  });
}

/** The CLI's answer, taken before any client connects: its run blocks this process for seconds. */
let expectedRecommendation: unknown;

beforeAll(async () => {
  const cli = cliRunner().run('--json', 'recommend', 'language=typescript', 'project=api');
  expect(cli.code, cli.err).toBe(0);
  expectedRecommendation = JSON.parse(cli.out);
  service = await startService({ MCP_TOKEN: TOKEN, RATE_LIMIT_PER_MINUTE: String(PER_MINUTE) });
  mcp = await httpClient(service.url, TOKEN);
}, 90_000);
afterAll(async () => {
  await mcp?.close();
  await service?.stop();
});

describe('the MCP server over Streamable HTTP in the service', () => {
  it('refuses a request without the token, or with a wrong one, with 401', async () => {
    const none = await post({});
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    expect((await post({ authorization: `Bearer ${TOKEN}x` })).status).toBe(401);
    expect((await post({ authorization: TOKEN })).status).toBe(401);
    await expect(httpClient(service.url, 'not-the-token-at-all-0000000000')).rejects.toThrow();
    expect((await post({ authorization: `Bearer ${TOKEN}` })).status).toBe(200);
  });

  it('refuses a Host header that is not its own (DNS rebinding), even with the token', async () => {
    expect(await postWithHost('attacker.example')).toBe(403);
    expect(await postWithHost(new URL(service.url).host)).toBe(200);
  });

  it('lists the tools and resources and answers as the CLI does', async () => {
    expect([...mcp.tools.keys()].sort()).toEqual([...TOOL_NAMES].sort());
    const { resources } = await mcp.client.listResources();
    expect(resources.map((r) => r.uri)).toContain('framework://fastapi');
    const sources = await mcp.client.readResource({ uri: 'framework://sources' });
    expect(sources.contents[0]!.mimeType).toBe('application/json');

    const result = await call('recommend_framework', { languages: ['typescript'], project: 'api' });
    expect(result.structuredContent).toEqual(expectedRecommendation);

    const bad = await call('compare_frameworks', { frameworks: ['django', 'fastapy'] });
    expect(bad.isError).toBe(true);
    expect(textOf(bad)).toContain('Did you mean FastAPI');
  });

  it('calls every tool', async () => {
    const answers = await Promise.all([
      call('compare_frameworks', { frameworks: ['gin', 'echo'] }),
      call('framework_profile', { framework: 'phoenix' }),
      call('list_frameworks', { language: 'elixir' }),
      call('rank_frameworks', { criterion: 'performance' }),
      call('ask_advisor', { question: 'info rails' }),
    ]);
    for (const answer of answers) expect(answer.isError, textOf(answer)).toBeFalsy();
    expect(answers.map((a) => a.structuredContent?.kind)).toEqual(['compare', 'info', 'list', 'top', 'info']);
  });

  it("holds a caller to the bots' rate limit, answering with the bots' 'slow down'", async () => {
    while (calls < PER_MINUTE) expect((await call('list_frameworks', {})).isError).toBeFalsy();
    const over = await call('list_frameworks', {});
    expect(over.isError).toBe(true);
    expect(textOf(over)).toContain('Slow down a little');
  });

  it('never writes the token to its log, and reports /mcp in its health', async () => {
    expect(service.output()).not.toContain(TOKEN);
    expect((await service.health()).adapters.mcp).toBe('running');
  });
});
