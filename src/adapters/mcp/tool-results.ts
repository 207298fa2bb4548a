/**
 * A core reply as an MCP tool result. The structured part is the reply's data,
 * exactly what `npm run advisor -- --json` prints; the text is the card as the
 * terminal prints it (sources and dates included), without the buttons an
 * assistant cannot press. A reply that did not understand its input is a tool
 * error carrying the bots' own message and suggestions.
 */
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { COMMAND_NAMES, type Card, type Reply, type ReplyData } from '../../core/index.js';
import { cardToText } from '../kit/render-text.js';

const TEXT_WIDTH = 100;

const RankingEntry = z.object({ id: z.string(), score: z.number() });
const Ranking = z.array(RankingEntry).describe('Best first, with the weighted 0-10 total');
const Excluded = z.array(z.object({ id: z.string(), reason: z.string() })).describe('Frameworks filtered out by a hard constraint, each with its reason');
const Flip = z
  .object({ criterion: z.string(), from: z.number(), to: z.number(), challenger: z.string() })
  .nullable()
  .describe('The smallest change of one weight that puts another framework first');
const Confidence = z
  .object({ leader: z.string(), share: z.number(), tie: z.boolean(), shares: z.record(z.string(), z.number()) })
  .describe('How often each framework came first under weights sampled around yours; a tie below 60%');
const FrameworkList = z.array(z.object({ id: z.string(), name: z.string(), languages: z.array(z.string()) }));
const ProblemDetail = z.object({ message: z.string(), suggestions: z.array(z.string()), usage: z.string().optional() });

/**
 * Loose at the top level: a field the core adds to its --json later reaches
 * clients without breaking their validation of the fields declared here.
 */
export const compareOutput = z.looseObject({ kind: z.literal('compare'), ranking: Ranking });
export const recommendOutput = z.looseObject({ kind: z.literal('recommend'), ranking: Ranking, excluded: Excluded, flip: Flip, confidence: Confidence });
export const profileOutput = z.looseObject({ kind: z.literal('info'), framework: z.string().describe('The framework id; read framework://<id> for the whole profile') });
export const listOutput = z.looseObject({ kind: z.literal('list'), frameworks: FrameworkList });
export const rankOutput = z.looseObject({ kind: z.literal('top'), ranking: Ranking });

/** Any reply's data: what ask_advisor answers depends on the question. */
export const anyOutput = z.looseObject({
  kind: z.enum([...COMMAND_NAMES, 'vote', 'problem']),
  ranking: Ranking.optional(),
  excluded: Excluded.optional(),
  flip: Flip.optional(),
  confidence: Confidence.optional(),
  frameworks: FrameworkList.optional(),
  framework: z.string().optional(),
  error: ProblemDetail.optional(),
}) satisfies z.ZodType<ReplyData>;

/** What an assistant reads: the card without its buttons, which only a person in a chat can press. */
export function cardText(card: Card): string {
  return cardToText({ ...card, actions: [] }, { colour: false, width: TEXT_WIDTH });
}

export function toolResult(reply: Reply, extra: CallToolResult['content'] = []): CallToolResult {
  const text = cardText(reply.card);
  if (!reply.understood || reply.kind === 'problem') return { isError: true, content: [{ type: 'text', text }] };
  // An archive (history export all) goes as its records: its bytes are no text for an assistant.
  const files = reply.document?.files ?? (reply.document ? [reply.document] : []);
  const document = files.map((f) => ({ type: 'text' as const, text: reply.document?.files ? `${f.filename}\n\n${f.text}` : f.text }));
  return { content: [{ type: 'text', text }, ...document, ...extra], structuredContent: { ...reply.data } };
}

/** Never the internal error: the assistant (and the person behind it) gets an apology. */
export const SORRY: CallToolResult = {
  isError: true,
  content: [{ type: 'text', text: 'Sorry, the advisor failed to answer that. Please try again; if it keeps failing, the service log has the details.' }],
};
