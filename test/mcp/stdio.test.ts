/**
 * The MCP server as Claude Desktop, Cursor or VS Code run it: `npm run mcp`'s
 * entry over stdio, driven by the SDK's own Client. What it answers must be
 * what the CLI's --json answers for the same question, and what it says to
 * bad input must be what the bots say.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliRunner } from '../support/cli.js';
import { type AdvisorClient, stdioClient, textOf, TOOL_NAMES } from './mcp-clients.js';

let mcp: AdvisorClient & { stderr(): string };
const cli = cliRunner();

/** The CLI's --json for a command, which exits 0 for an answer. */
function cliJson(...words: string[]): unknown {
  const r = cli.run('--json', ...words);
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out);
}

beforeAll(async () => {
  mcp = await stdioClient({ RATE_LIMIT_PER_MINUTE: '10000' });
});
afterAll(async () => {
  await mcp?.close();
});

describe('the MCP server over stdio', () => {
  it('lists the six tools, each with an input and an output schema, and the profiles and the source register as resources', async () => {
    expect([...mcp.tools.keys()].sort()).toEqual([...TOOL_NAMES].sort());
    for (const tool of mcp.tools.values()) {
      expect(tool.outputSchema?.type, tool.name).toBe('object');
      expect(tool.description, tool.name).toBeTruthy();
    }
    // The vocabulary reaches the assistant through the schemas.
    expect(JSON.stringify(mcp.tools.get('recommend_framework')!.inputSchema)).toContain('"millions"');
    expect(mcp.tools.get('compare_frameworks')!.inputSchema.properties!.frameworks).toMatchObject({ minItems: 2, maxItems: 4 });

    const { resources } = await mcp.client.listResources();
    const uris = resources.map((r) => r.uri);
    expect(uris).toContain('framework://django');
    expect(uris).toContain('framework://spring-boot');
    expect(uris.length).toBeGreaterThanOrEqual(27);
    const { resourceTemplates } = await mcp.client.listResourceTemplates();
    expect(resourceTemplates.map((t) => t.uriTemplate)).toContain('framework://{id}');
  });

  it('compares with the same data as the CLI, and renders the card with its sources and dates', async () => {
    const result = await mcp.call('compare_frameworks', { frameworks: ['django', 'fast api'] });
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toEqual(cliJson('compare', 'django', 'fastapi'));
    const text = textOf(result);
    expect(text).toContain('Django vs FastAPI');
    expect(text).toMatch(/as of \d{4}-\d{2}-\d{2}/);
    // Buttons are for people in a chat; an assistant gets none.
    expect(text).not.toContain('Share to channel');
  }, 60_000);

  it('compares under given weights as the CLI does under the same channel defaults', async () => {
    const result = await mcp.call('compare_frameworks', { frameworks: ['express', 'nestjs', 'fastify'], weights: { performance: 3, ease: 0, community: 1 } });
    expect(result.isError).toBeFalsy();
    const weighted = cli.run('weights', 'performance=3', 'ease=0', 'community=1');
    expect(weighted.code, weighted.err).toBe(0);
    expect(result.structuredContent).toEqual(cliJson('compare', 'express', 'nestjs', 'fastify'));
    expect(cli.run('weights', 'reset').code).toBe(0);
    expect(result.structuredContent).not.toEqual(cliJson('compare', 'express', 'nestjs', 'fastify'));
    expect(textOf(result)).toContain('the weights you gave');
  }, 120_000);

  it('recommends, ranks, lists and profiles with the same data as the CLI', async () => {
    const rec = await mcp.call('recommend_framework', { project: 'ai-ml', languages: ['python'], priorities: ['performance'], scale: 'millions', team: 'senior', builtins: [] });
    expect(rec.structuredContent).toEqual(cliJson('recommend', 'project=ai-ml', 'language=python', 'priorities=performance', 'builtins=none', 'scale=millions', 'team=senior'));
    expect(textOf(rec)).toMatch(/Recommended: /);

    const top = await mcp.call('rank_frameworks', { criterion: 'security', language: 'golang' });
    expect(top.structuredContent).toEqual(cliJson('top', 'security', 'language=go'));

    const list = await mcp.call('list_frameworks', { language: 'python' });
    expect(list.structuredContent).toEqual(cliJson('list', 'python'));
    expect((await mcp.call('list_frameworks', {})).structuredContent).toEqual(cliJson('list'));

    const profile = await mcp.call('framework_profile', { framework: 'nest' });
    expect(profile.structuredContent).toEqual(cliJson('info', 'nestjs'));
    // The whole profile comes along as JSON, sources and releases included.
    const embedded = profile.content.find((c) => c.type === 'resource');
    expect(embedded?.type === 'resource' && embedded.resource.uri).toBe('framework://nestjs');
    const json = embedded?.type === 'resource' && 'text' in embedded.resource ? JSON.parse(embedded.resource.text) : undefined;
    expect(json).toMatchObject({ id: 'nestjs', releases: { current: { version: expect.any(String), released: expect.any(String) }, source: expect.any(String), asOf: expect.any(String) } });
  }, 120_000);

  it('answers a question in the command language as the CLI does', async () => {
    const result = await mcp.call('ask_advisor', { question: 'compare rails, laravel and django' });
    expect(result.structuredContent).toEqual(cliJson('compare', 'rails,', 'laravel', 'and', 'django'));
    const help = await mcp.call('ask_advisor', { question: 'help' });
    expect(help.isError).toBeFalsy();
    expect(help.structuredContent).toEqual({ kind: 'help' });
  }, 60_000);

  it('answers bad input with a tool error carrying the message the CLI and the bots give, suggestions included', async () => {
    const cases: Array<[string, Record<string, unknown>, string[]]> = [
      ['compare_frameworks', { frameworks: ['djngo', 'fastapi'] }, ['compare', 'djngo,', 'fastapi']],
      ['compare_frameworks', { frameworks: ['django', 'flask', 'rails', 'laravel', 'express'] }, ['compare', 'django', 'flask', 'rails', 'laravel', 'express']],
      ['compare_frameworks', { frameworks: ['django', 'flask'], weights: { security: 11 } }, ['weights', 'security=11']],
      ['recommend_framework', { scale: 'gigantic' }, ['recommend', 'scale=gigantic']],
      ['framework_profile', { framework: 'laravell' }, ['info', 'laravell']],
      ['ask_advisor', { question: 'compair django flask' }, ['compair', 'django', 'flask']],
    ];
    for (const [tool, args, command] of cases) {
      const result = await mcp.call(tool, args);
      const cli = cliRunner().run(...command);
      expect(cli.code, command.join(' ')).toBe(2);
      expect(result.isError, `${tool} ${JSON.stringify(args)}`).toBe(true);
      // The CLI prints a reply it could not act on to standard error (and nothing to standard output).
      expect(cli.out, command.join(' ')).toBe('');
      expect(textOf(result), `${tool} ${JSON.stringify(args)}`).toBe(cli.err);
    }
    const unknown = await mcp.call('compare_frameworks', { frameworks: ['djngo', 'fastapi'] });
    expect(textOf(unknown)).toContain('Did you mean Django?');
    const tooMany = await mcp.call('compare_frameworks', { frameworks: ['django', 'flask', 'rails', 'laravel', 'express'] });
    expect(textOf(tooMany)).toContain('at most 4 frameworks');
    // The rest of the vocabulary answers the same way (the CLI comparison above covers the wording).
    const more: Array<[string, Record<string, unknown>, string]> = [
      ['compare_frameworks', { frameworks: ['django'] }, 'compare Django with what?'],
      ['compare_frameworks', { frameworks: ['django', 'flask'], weights: { perfomance: 3 } }, 'Did you mean performance'],
      ['recommend_framework', { priorities: ['performance', 'security', 'ease'] }, 'at most two priorities'],
      ['list_frameworks', { language: 'pyton' }, 'Did you mean python'],
      ['rank_frameworks', { criterion: 'securty' }, 'Did you mean security'],
    ];
    for (const [tool, args, says] of more) {
      const result = await mcp.call(tool, args);
      expect(result.isError, `${tool} ${JSON.stringify(args)}`).toBe(true);
      expect(textOf(result)).toContain(says);
    }
  }, 120_000);

  it('answers arguments of the wrong type with a tool error, not a protocol error', async () => {
    const result = await mcp.call('compare_frameworks', { frameworks: 'django fastapi' });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toContain('frameworks');
  });

  it('serves every profile and the source register as JSON resources, seeds cited by title rather than file', async () => {
    const profile = await mcp.client.readResource({ uri: 'framework://phoenix' });
    const content = profile.contents[0]!;
    expect(content.mimeType).toBe('application/json');
    expect(JSON.parse('text' in content ? content.text : '')).toMatchObject({ id: 'phoenix', name: 'Phoenix' });

    const sources = await mcp.client.readResource({ uri: 'framework://sources' });
    const register = JSON.parse('text' in sources.contents[0]! ? sources.contents[0].text : '[]') as Array<Record<string, unknown>>;
    expect(register.find((s) => s.id === 'techempower-r23')).toMatchObject({ publisher: 'TechEmpower', url: expect.stringContaining('techempower.com') });
    expect(register.find((s) => s.id === 'seed-002')).toMatchObject({ title: expect.any(String), publisher: 'Index.dev' });
    expect(register.every((s) => !('file' in s))).toBe(true);

    await expect(mcp.client.readResource({ uri: 'framework://djang' })).rejects.toThrow(/framework:\/\/django/);
  });

  it('keeps stdout for the protocol: its log goes to stderr', () => {
    expect(mcp.stderr()).toContain('MCP server ready on stdio');
  });
});
