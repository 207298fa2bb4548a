/**
 * The radar and the exports over the real Bolt app against the fake Slack:
 * `/framework radar` posts the card in the channel and uploads the picture
 * with its alt text; `radar export` and `history export all` upload their
 * files; an empty channel gets a private card saying how to decide, no upload.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GENERAL, readable } from '../fakes/slack-workspace.js';
import { type BotUnderTest, startBot } from './slack-bot.js';

let bot: BotUnderTest;
beforeEach(async () => {
  bot = await startBot();
});
afterEach(async () => {
  await bot.close();
});

const title = (text: string) => text.split('\n')[0];

async function decideRails(): Promise<void> {
  const [mine] = (await bot.alice.command('compare rails laravel')).messages;
  await bot.alice.click(mine!, 'Share to channel');
  await bot.bob.command('decide rails');
}

describe('radar on Slack', () => {
  it('posts the radar card with the picture uploaded beside it, alt text naming the rings', async () => {
    await decideRails();
    const uploadsBefore = bot.api.callsTo('files.getUploadURLExternal').length;
    const seen = await bot.carol.command('radar');
    const [card, file] = seen.messages;
    expect(card!.ephemeralTo).toBeUndefined();
    expect(title(readable(card!))).toBe("This channel's tech radar");
    expect(readable(card!)).toMatch(/Adopt \(1\)[^]*Ruby on Rails[^]*Assess \(1\)[^]*Laravel/);
    expect(file!.via).toBe('files.completeUploadExternal');
    expect(file!.channel).toBe(GENERAL);
    expect(file!.files).toEqual([{ id: expect.any(String), title: expect.stringContaining('Tech radar'), content: expect.stringContaining('PNG') }]);
    const upload = bot.api.callsTo('files.getUploadURLExternal')[uploadsBefore]!.body;
    expect(upload).toMatchObject({ filename: 'tech-radar.png', alt_text: expect.stringMatching(/Adopt: 1\. Ruby on Rails[^]*Assess: 2\. Laravel[^]*the latest one that chose it wins/) });
  });

  it('uploads the CSV, the Backstage JSON and the archive of records as files', async () => {
    await decideRails();
    const csv = (await bot.carol.command('radar export')).messages[1]!;
    expect(csv.files).toEqual([{ id: expect.any(String), title: 'tech-radar.csv', content: expect.stringContaining('name,ring,quadrant,isNew,description,status\r\nRuby on Rails,Adopt,Languages & Frameworks,TRUE,') }]);
    const json = (await bot.carol.command('radar export --format backstage')).messages[1]!;
    expect(json.files).toEqual([{ id: expect.any(String), title: 'tech-radar.json', content: expect.stringContaining('"ringId": "adopt"') }]);
    const archive = (await bot.carol.command('history export all')).messages;
    expect(title(readable(archive[0]!))).toBe('2 decision records: decision-records.tar');
    expect(archive[1]!.files).toEqual([{ id: expect.any(String), title: 'decision-records.tar', content: expect.stringMatching(/0001-use-ruby-on-rails-as-our-backend-framework\.md\u0000[^]*ustar\u000000[^]*0002-use-ruby-on-rails-as-our-backend-framework\.md/) }]);
  });

  it('answers an empty channel privately with how to record a decision, and uploads nothing', async () => {
    const seen = await bot.carol.command('radar');
    expect(seen.messages).toHaveLength(1);
    expect(seen.messages[0]!.ephemeralTo).toBeDefined();
    expect(readable(seen.messages[0]!)).toMatch(/No decisions in this channel yet/);
    expect(bot.api.callsTo('files.getUploadURLExternal')).toEqual([]);
  });
});
