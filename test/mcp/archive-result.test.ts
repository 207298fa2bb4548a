/** An assistant asking for `history export all` reads the records as text, not the tar's bytes. */
import { describe, expect, it } from 'vitest';
import { toolResult } from '../../src/adapters/mcp/tool-results.js';
import { TeamAdvisor } from '../../src/core/team-advisor.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { knowledge } from '../support/knowledge.js';
import { TeamChat } from '../support/team-chat.js';

describe('an archive through MCP', () => {
  it('is one text per record', async () => {
    const chat = new TeamChat(new TeamAdvisor(knowledge(), { store: new MemoryStore() }), 'mcp:local', 'assistant');
    const [compared] = await chat.say('Alice', 'compare django flask');
    await chat.click('Alice', compared!, 'Share to channel');
    await chat.say('Alice', 'decide flask');
    const [archive] = await chat.say('Alice', 'history export all');
    const result = toolResult(archive!.reply);
    const texts = result.content.map((c) => (c.type === 'text' ? c.text : ''));
    expect(texts.slice(1).map((t) => t.split('\n')[0])).toEqual(['0001-use-django-as-our-backend-framework.md', '0002-use-flask-as-our-backend-framework.md']);
    expect(texts.join('')).not.toContain('\u0000');
  });
});
