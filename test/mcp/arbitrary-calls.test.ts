/**
 * Whatever an assistant sends, the server answers: arbitrary arguments (right
 * and wrong types, unknown keys, hostile text) to every tool always come back
 * as a tool result, an answer that fits its declared output schema or an error
 * with a message. No protocol error, no crash: the server still answers after.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdvisorClient, stdioClient, textOf, TOOL_NAMES } from './mcp-clients.js';

let mcp: AdvisorClient;

beforeAll(async () => {
  mcp = await stdioClient({ RATE_LIMIT_PER_MINUTE: '10000' });
});
afterAll(async () => {
  await mcp?.close();
});

const words = fc.oneof(
  fc.constantFrom('django', 'fast api', 'nest', 'ror', 'python', 'ts', 'golang', 'performance', 'security', 'millions', 'senior', 'ai-ml', 'admin', 'none', 'any', 'overall'),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom('<@U123>', '@everyone', '*bold*', '\u202e', 'x'.repeat(300), 'compare a, b and c', 'weights performance=3'),
);
const value = fc.oneof(words, fc.array(words, { maxLength: 6 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.dictionary(words, fc.oneof(fc.integer({ min: -5, max: 15 }), words), { maxKeys: 4 }));
const keys = fc.constantFrom('frameworks', 'weights', 'project', 'languages', 'priorities', 'builtins', 'scale', 'team', 'framework', 'language', 'criterion', 'question', 'unknown');
const args = fc.dictionary(keys, value, { maxKeys: 5 });

describe('arbitrary tool arguments', () => {
  it('always get a tool result, never a protocol error or a crash', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...TOOL_NAMES), args, async (tool, input) => {
        const result = await mcp.call(tool, input);
        expect(result.content.length).toBeGreaterThan(0);
        if (result.isError) expect(textOf(result).length).toBeGreaterThan(0);
        else expect(result.structuredContent).toBeDefined();
        expect(textOf(result)).not.toMatch(/at .*\.(ts|js):\d+|TypeError|ReferenceError/);
      }),
      { numRuns: 150 },
    );
    expect((await mcp.call('list_frameworks', {})).isError).toBeFalsy();
  }, 120_000);
});
