import { afterEach, describe, expect, it } from 'vitest';
import { buttonLabels, readable } from '../fakes/slack-workspace.js';
import { type BotOptions, type BotUnderTest, startBot } from './slack-bot.js';

let bot: BotUnderTest | undefined;
async function start(options: BotOptions = {}): Promise<BotUnderTest> {
  bot = await startBot(options);
  return bot;
}
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

describe('/framework', () => {
  it('answers a comparison privately in the ack itself, with the blocks and a Share button', async () => {
    const { alice, api } = await start();
    const seen = await alice.command('compare django fastapi');
    expect(seen.status).toBe(200);
    expect(seen.ack).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('Django vs FastAPI'), blocks: expect.any(Array) });
    expect(seen.messages).toHaveLength(1);
    const answer = seen.messages[0]!;
    expect(answer.ephemeralTo).toBe('U0ALICE');
    expect(answer.via).toBe('ack');
    expect(readable(answer)).toContain('Django vs FastAPI');
    expect(readable(answer)).toMatch(/Performance +4\.8 +7\.1 ★/);
    expect(buttonLabels(answer)).toEqual(['Share to channel']);
    expect(api.callsTo('chat.postMessage')).toEqual([]);
    // A file in the channel would be public: a private answer goes without its chart.
    expect(api.callsTo('files.getUploadURLExternal')).toEqual([]);
  });

  it('fits a comparison of four frameworks in one message', async () => {
    const { alice } = await start();
    const [answer] = (await alice.command('compare django, fastapi, nestjs and spring boot')).messages;
    expect(readable(answer!)).toMatch(/Django vs FastAPI vs NestJS vs Spring Boot/);
    expect(readable(answer!)).toMatch(/Overall +7\.94 +7\.34 +7\.24 +8\.96 ★/);
  });

  it('helps privately with a misspelt framework', async () => {
    const { alice, bob, workspace } = await start();
    const seen = await alice.command('compare djnago fastapi');
    expect(seen.status).toBe(200);
    expect(seen.messages).toHaveLength(1);
    expect(seen.messages[0]!.ephemeralTo).toBe('U0ALICE');
    expect(readable(seen.messages[0]!)).toMatch(/Did you mean Django\?/);
    expect(workspace.visibleTo(bob.id)).toEqual([]);
  });

  it('shows what a user typed as text, never as a ping or a link', async () => {
    const { alice } = await start();
    // Slack delivers a typed "<" as "&lt;".
    const [answer] = (await alice.command('info &lt;!channel&gt;')).messages;
    expect(readable(answer!)).toContain('I don\'t know "<!channel>" as a framework');
    expect(JSON.stringify(answer!.blocks)).not.toContain('<!channel>');
    expect(answer!.text).not.toContain('<!channel>');
  });

  it('answers GET /healthz with the state the main program reports', async () => {
    const { slack } = await start();
    const response = await fetch(`http://127.0.0.1:${slack.port}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ slack: 'running' });
  });

  it('apologises privately, and logs the error, when the advisor fails', async () => {
    const { alice, problems } = await start({ core: async () => Promise.reject(new Error('knowledge base unreadable')) });
    const seen = await alice.command('compare django fastapi');
    expect(seen.status).toBe(200);
    expect(seen.messages).toHaveLength(1);
    expect(seen.messages[0]!.ephemeralTo).toBe('U0ALICE');
    expect(readable(seen.messages[0]!)).toMatch(/^Sorry, something went wrong/);
    expect(problems()).toContainEqual(expect.objectContaining({ msg: 'the advisor failed to answer', err: expect.objectContaining({ message: 'knowledge base unreadable' }) }));
  });

  it('acks an answer that is slow in coming at once, and sends the answer through response_url', async () => {
    const { alice } = await start({
      // Slower than the ack deadline: the ack must not wait for it.
      core: async (input, asker, real) => {
        await new Promise((resolve) => setTimeout(resolve, 2_500));
        return real.handle(input, asker);
      },
    });
    const seen = await alice.command('compare django fastapi');
    expect(seen.ack).toBe('');
    expect(seen.messages).toHaveLength(1);
    expect(seen.messages[0]!.via).toBe('response_url');
    expect(seen.messages[0]!.ephemeralTo).toBe('U0ALICE');
    expect(readable(seen.messages[0]!)).toContain('Django vs FastAPI');
  });
});
