/**
 * The advisor as an MCP server: six tools and the knowledge base as
 * resources. Every tool call becomes a line of the command language handled
 * by the core exactly as the CLI's one-shot command is (same parser, same
 * rate limit, same --json data), so an assistant and a person asking the same
 * question get the same answer. Transports (stdio, HTTP) live elsewhere.
 */
import { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import { type CallToolResult, ErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js';
import type { Logger } from 'pino';
import type { AdvisorFace, Asker, Effect, Reply, Resolution } from '../../core/index.js';
import {
  askInput,
  compareCommand,
  compareInput,
  listCommand,
  listInput,
  profileCommand,
  profileInput,
  rankCommand,
  rankInput,
  recommendCommand,
  recommendInput,
  weightsCommand,
} from './tool-inputs.js';
import { anyOutput, compareOutput, listOutput, profileOutput, rankOutput, recommendOutput, SORRY, toolResult } from './tool-results.js';

export const SERVER_INFO = { name: 'framework-advisor', title: 'Framework Advisor', version: '0.1.0' } as const;

const INSTRUCTIONS = [
  'Framework Advisor compares and recommends backend web frameworks from sourced, dated evidence.',
  'Cite its sources and dates when you pass its answers on, rather than figures from memory.',
  'framework://<id> holds a framework\'s whole profile (JSON); framework://sources the source register.',
].join(' ');

export interface AdvisorMcpOptions {
  core: Pick<AdvisorFace, 'handle' | 'compareWeighted' | 'knowledge'>;
  /** Who is asking: the rate limit and any channel settings are theirs. */
  asker: Asker;
  logger: Logger;
}

const READ_ONLY = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false } as const;

export function createAdvisorMcpServer({ core, asker, logger }: AdvisorMcpOptions): McpServer {
  const kb = core.knowledge();
  const server = new McpServer(SERVER_INFO, { instructions: INSTRUCTIONS });

  /** The reply the CLI's one-shot command would print for this line. */
  const ask = async (text: string): Promise<Reply> => lastReply(await core.handle({ type: 'text', text }, asker, { guided: false }), text);

  /** Any failure of ours is logged and answered with an apology: the caller never sees internals. */
  const safely =
    <A>(tool: string, run: (args: A) => Promise<CallToolResult>) =>
    async (args: A): Promise<CallToolResult> => {
      try {
        return await run(args);
      } catch (error) {
        logger.error({ err: error, tool }, 'an MCP tool call failed');
        return SORRY;
      }
    };

  server.registerTool(
    'compare_frameworks',
    {
      title: 'Compare frameworks',
      description: 'Put 2 to 4 backend frameworks side by side: the five sourced scores, built-ins, strengths, watchouts and the leader, with sources and dates. Optional weights say how much each criterion counts.',
      inputSchema: compareInput,
      outputSchema: compareOutput,
      annotations: READ_ONLY,
    },
    safely('compare_frameworks', async (args) => {
      const text = compareCommand(args);
      if (!args.weights || Object.keys(args.weights).length === 0) return toolResult(await ask(text));
      // The core reads the weights as the weights command does, so a wrong one gets the same reply.
      return toolResult(lastReply(await core.compareWeighted(text, weightsCommand(args.weights), asker), text));
    }),
  );

  server.registerTool(
    'recommend_framework',
    {
      title: 'Recommend a framework',
      description: 'A ranked, explained recommendation from what you know about the project: exclusions with reasons, why the leader leads, why not the runner-up, the flip point and how sure it is. Every answer is optional.',
      inputSchema: recommendInput,
      outputSchema: recommendOutput,
      annotations: READ_ONLY,
    },
    safely('recommend_framework', async (args) => toolResult(await ask(recommendCommand(args)))),
  );

  server.registerTool(
    'framework_profile',
    {
      title: 'Framework profile',
      description: "One framework's profile: facts with dates, each score with its source and confidence, benchmarks by named run, releases and adoption. The whole profile comes as JSON too.",
      inputSchema: profileInput,
      outputSchema: profileOutput,
      annotations: READ_ONLY,
    },
    safely('framework_profile', async (args) => {
      const reply = await ask(profileCommand(args));
      const profile = reply.understood && reply.data.framework ? kb.get(reply.data.framework) : undefined;
      const embedded = profile ? [{ type: 'resource' as const, resource: profileContents(profile.id, profile) }] : [];
      return toolResult(reply, embedded);
    }),
  );

  server.registerTool(
    'list_frameworks',
    { title: 'List frameworks', description: 'The frameworks the advisor knows, optionally only those in one language.', inputSchema: listInput, outputSchema: listOutput, annotations: READ_ONLY },
    safely('list_frameworks', async (args) => toolResult(await ask(listCommand(args)))),
  );

  server.registerTool(
    'rank_frameworks',
    { title: 'Rank frameworks', description: 'Rank frameworks overall (equal weights) or by one criterion, optionally in one language.', inputSchema: rankInput, outputSchema: rankOutput, annotations: READ_ONLY },
    safely('rank_frameworks', async (args) => toolResult(await ask(rankCommand(args)))),
  );

  server.registerTool(
    'ask_advisor',
    {
      title: 'Ask the advisor',
      description: 'Ask in the advisor\'s command language (as in Slack or Discord): "compare rails, laravel and django", "recommend language=python project=ai-ml", "top performance language=go", "help".',
      inputSchema: askInput,
      outputSchema: anyOutput,
      // "weights ..." changes this caller's default priorities.
      annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false },
    },
    safely('ask_advisor', async (args) => toolResult(await ask(args.question))),
  );

  server.registerResource(
    'framework',
    new ResourceTemplate('framework://{id}', {
      list: () => ({
        resources: kb.frameworks.map((f) => ({ uri: `framework://${f.id}`, name: f.id, title: f.name, description: f.summary, mimeType: 'application/json' })),
      }),
      complete: { id: (value) => kb.frameworks.map((f) => f.id).filter((id) => id.startsWith(value)) },
    }),
    { title: 'Framework profile', description: "A framework's whole profile: every fact with its source, date and confidence", mimeType: 'application/json' },
    (uri, { id }) => {
      const profile = typeof id === 'string' ? kb.get(id) : undefined;
      if (!profile) throw notFound(uri.href, kb.resolve(String(id)));
      return { contents: [profileContents(profile.id, profile)] };
    },
  );

  server.registerResource(
    'sources',
    'framework://sources',
    { title: 'Source register', description: 'Every source the profiles cite, by the id they cite it with', mimeType: 'application/json' },
    (uri) => ({
      // Seeds are cited by title and publisher, never by their file name.
      contents: [{ uri: uri.href, mimeType: 'application/json', text: JSON.stringify(kb.sources().map(({ file: _file, ...cited }) => cited), null, 2) }],
    }),
  );

  return server;
}

/** The last reply among the effects (a flow's first question after its parent), as the CLI prints it. */
function lastReply(effects: readonly Effect[], text: string): Reply {
  const reply = effects.flatMap((e) => (e.type === 'start-thread' ? [e.parent, e.first] : [e.reply])).at(-1);
  if (!reply) throw new Error(`no reply to "${text}"`);
  return reply;
}

function profileContents(id: string, profile: unknown) {
  return { uri: `framework://${id}`, mimeType: 'application/json', text: JSON.stringify(profile, null, 2) };
}

/** MCP's "resource not found", with the names the advisor would suggest. */
function notFound(uri: string, resolution: Resolution): McpError {
  const guesses = resolution.found ? [] : resolution.suggestions.map((f) => `framework://${f.id}`);
  const hint = guesses.length > 0 ? ` Did you mean ${guesses.join(', ')}?` : ' list_frameworks names them all.';
  return new McpError(-32002 as ErrorCode, `No framework profile at ${uri}.${hint}`, { uri });
}
