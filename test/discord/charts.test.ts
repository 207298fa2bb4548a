/**
 * Charts on Discord: a comparison or a recommendation arrives with its chart
 * as a PNG attached to the message and shown as the embed's image
 * (`attachment://<file>`), the alt text as the attachment's description.
 * Private answers keep theirs private (the picture is part of the ephemeral
 * message). When the chart cannot be drawn, or Discord refuses the message
 * with it, the card still arrives and the failure is logged; slow drawing is
 * covered by a deferral like a slow core.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartImage } from '../../src/charts/chart-image.js';
import type { FakeDiscord, RecordedCall } from '../fakes/discord-server.js';
import { DiscordUsers, type SeenMessage } from '../fakes/discord-users.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CALLBACKS = /^\/interactions\/\d+\/interaction-token-[^/]+\/callback$/;

/** The picture a message shows: its one attachment, the bytes sent, and the embed image that points at it. */
function picture(discord: DiscordUsers, message: SeenMessage) {
  const [attachment, ...others] = message.raw.attachments;
  expect(others).toEqual([]);
  const file = discord.fake.files.get(message.id)?.find((f) => f.name === attachment?.filename);
  return { attachment, file, image: message.raw.embeds[0]?.image?.url };
}

/** The message body the bot sent in a call: payload_json, under `data` for interaction callbacks. */
const sentBody = (call: RecordedCall) => ((call.body as { data?: unknown }).data ?? call.body) as { embeds: Array<{ image?: { url: string } }>; attachments?: Array<{ id: unknown; description?: string }> };

function expectChart(discord: DiscordUsers, message: SeenMessage, filename: RegExp, altText: RegExp): void {
  const { attachment, file, image } = picture(discord, message);
  expect(attachment).toMatchObject({ filename: expect.stringMatching(filename), content_type: 'image/png', description: expect.stringMatching(altText) });
  expect(file!.data.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  // The fake resolves `attachment://<name>` the way Discord does: only a file sent with the message matches.
  expect(image).toBe(attachment!.url);
}

describe('charts with comparisons and recommendations', () => {
  let discord: DiscordUsers;
  beforeAll(async () => {
    discord = await DiscordUsers.start();
  });
  afterAll(async () => {
    await discord?.stop();
  });

  it('/framework compare answers privately with the chart attached and shown as the embed image', async () => {
    const seen = await discord.slash('compare', { first: 'django', second: 'fastapi' });
    expect(seen.reply).toMatchObject({ ephemeral: true, title: 'Django vs FastAPI' });
    expectChart(discord, seen.reply!, /^compare-django-fastapi\.png$/, /^Bar chart of scores out of 10 per criterion\. .*FastAPI/);
    const call = discord.calls.filter((c) => CALLBACKS.test(c.path)).at(-1)!;
    expect(sentBody(call).embeds[0]!.image).toEqual({ url: 'attachment://compare-django-fastapi.png' });
  });

  it('a comparison asked in a mention is posted in the channel with its chart', async () => {
    const seen = await discord.mention('compare rails vs laravel vs phoenix', { as: discord.carol });
    expect(seen.messages.map((m) => [m.title, m.ephemeral])).toEqual([['Ruby on Rails vs Laravel vs Phoenix', false]]);
    expectChart(discord, seen.messages[0]!, /^compare-rails-laravel-phoenix\.png$/, /Phoenix/);
    const call = discord.calls.filter((c) => c.method === 'POST' && c.path === `/channels/${discord.backend.id}/messages`).at(-1)!;
    expect(sentBody(call).attachments).toEqual([{ id: 0, filename: 'compare-rails-laravel-phoenix.png', description: expect.stringContaining('Phoenix') }]);
  });

  it('the result of a guided flow arrives in its thread with its chart, and keeps it when shared', async () => {
    const started = await discord.mention('recommend language=python project=api priorities=performance builtins=none scale=millions', { as: discord.bob });
    const step = seen(started.messages, "6/6 · What is the team's experience?");
    const answered = await discord.click(step, 'Senior', { as: discord.bob });
    const result = answered.messages.find((m) => m.title.startsWith('Recommended'))!;
    expect(result).toMatchObject({ channelId: started.threads[0]!.id, ephemeral: false });
    expectChart(discord, result, /^recommend-[a-z0-9-]+\.png$/, /^Stacked bar chart of the points each priority contributes\./);
    // The step message it replaced carries no picture.
    expect(discord.message(step.id).raw.attachments).toEqual([]);

    const shared = await discord.click(result, 'Share to channel', { as: discord.bob });
    const post = shared.messages.find((m) => m.channelId === discord.backend.id)!;
    expectChart(discord, post, /^recommend-[a-z0-9-]+\.png$/, /Stacked bar chart/);
  });

  it('replies without a chart carry no files', async () => {
    const seen = await discord.slash('info', { framework: 'koa' });
    expect(seen.reply!.raw.attachments).toEqual([]);
    expect(seen.reply!.raw.embeds[0]!.image).toBeUndefined();
  });

  it('when Discord refuses the message with its picture, sends the card without it and logs why', async () => {
    discord.fake.fail({ method: 'POST', path: new RegExp(`^/channels/${discord.backend.id}/messages$`), status: 403, times: 1 });
    const seen = await discord.mention('compare gin vs echo');
    expect(seen.messages.map((m) => m.title)).toEqual(['Gin vs Echo']);
    expect(seen.messages[0]!.raw.attachments).toEqual([]);
    expect(seen.messages[0]!.raw.embeds[0]!.image).toBeUndefined();
    expect(discord.logs.some((l) => l.includes('the message was refused with its chart; sending it without') && l.includes('Missing Permissions'))).toBe(true);
  });
});

function seen(messages: SeenMessage[], title: string): SeenMessage {
  const found = messages.find((m) => m.title === title);
  if (!found) throw new Error(`no "${title}" among ${messages.map((m) => m.title).join(', ')}`);
  return found;
}

describe('a chart that cannot be drawn', () => {
  let discord: DiscordUsers;
  beforeAll(async () => {
    discord = await DiscordUsers.start({ drawChart: () => () => Promise.reject(new Error('resvg could not draw this')) });
  });
  afterAll(async () => {
    await discord?.stop();
  });

  it('still delivers the comparison, without a picture, and logs the failure', async () => {
    const seen = await discord.slash('compare', { first: 'nestjs', second: 'express' });
    expect(seen.reply).toMatchObject({ ephemeral: true, title: 'NestJS vs Express' });
    expect(seen.reply!.raw.attachments).toEqual([]);
    expect(seen.reply!.raw.embeds[0]!.image).toBeUndefined();
    const logged = discord.logs.map((l) => JSON.parse(l) as { msg: string; err?: { message: string } }).find((e) => e.msg === 'discord: could not draw the chart; sending the card without it');
    expect(logged?.err?.message).toBe('resvg could not draw this');
  });
});

/** Draws for real, but only once Discord has seen the interaction deferred, as a busy renderer would. */
const drawAfterDeferral = (fake: FakeDiscord) => async (reply: Parameters<typeof chartImage>[0]) => {
  await fake.waitForCall((c) => CALLBACKS.test(c.path) && (c.body as { type: number }).type === 5);
  return chartImage(reply);
};

describe('slow chart drawing', () => {
  let discord: DiscordUsers;
  beforeAll(async () => {
    discord = await DiscordUsers.start({ drawChart: drawAfterDeferral, deferAfterMs: 10 });
  });
  afterAll(async () => {
    await discord?.stop();
  });

  it('defers the interaction, then fills in the answer with its chart', async () => {
    const seen = await discord.slash('compare', { first: 'spring-boot', second: 'aspnet-core' });
    expect(discord.calls.filter((c) => CALLBACKS.test(c.path)).map((c) => (c.body as { type: number }).type)).toEqual([5]);
    expect(seen.reply).toMatchObject({ ephemeral: true, title: 'Spring Boot vs ASP.NET Core' });
    expectChart(discord, seen.reply!, /^compare-spring-boot-aspnet-core\.png$/, /ASP\.NET Core/);
  });
});
