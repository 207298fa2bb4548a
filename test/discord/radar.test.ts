/**
 * The radar and the exports through the real discord.js client against the
 * fake Discord: `/framework radar` answers with the card showing the picture
 * (attached, alt text as the attachment's description), `radar export`
 * attaches the CSV or Backstage JSON, and `history export all` attaches a tar
 * that the system's tar lists.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordUsers, type SeenMessage } from '../fakes/discord-users.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let discord: DiscordUsers;
beforeAll(async () => {
  discord = await DiscordUsers.start();
});
afterAll(async () => {
  await discord?.stop();
});

const fileOf = (message: SeenMessage) => {
  const [attachment] = message.raw.attachments;
  return { attachment, file: discord.fake.files.get(message.id)?.find((f) => f.name === attachment?.filename) };
};

describe('radar on Discord', () => {
  it('says how to record a decision before there is one', async () => {
    const seen = await discord.slash('radar', {});
    expect(seen.reply).toMatchObject({ ephemeral: true, title: "This channel's tech radar" });
    expect(seen.reply!.text).toContain('No decisions in this channel yet');
    expect(seen.reply!.raw.attachments).toEqual([]);
  });

  it('shows the radar picture on the card, and attaches the exports and the archive', async () => {
    const bob = discord.bob;
    await discord.slash('compare', { first: 'django', second: 'flask' }, { as: bob }).then((s) => discord.click(s.reply!, 'Share to channel', { as: bob }));
    await discord.slash('decide', { framework: 'django' }, { as: bob });

    const radar = (await discord.slash('radar', {})).reply!;
    expect(radar).toMatchObject({ ephemeral: false, title: "This channel's tech radar" });
    expect(radar.text).toMatch(/Adopt \(1\)[^]*Django[^]*Assess \(1\)[^]*Flask/);
    const { attachment, file } = fileOf(radar);
    expect(attachment).toMatchObject({ filename: 'tech-radar.png', description: expect.stringMatching(/Adopt: 1\. Django[^]*latest one that chose it wins/) });
    expect(file!.data.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(radar.raw.embeds[0]!.image!.url).toMatch(/tech-radar\.png/);

    const json = (await discord.slash('radar', { export: true, format: 'backstage' })).reply!;
    expect(JSON.parse(fileOf(json).file!.text).entries.map((e: { id: string; timeline: Array<{ ringId: string }> }) => [e.id, e.timeline[0]!.ringId])).toEqual([
      ['django', 'adopt'],
      ['flask', 'assess'],
    ]);
    const csv = (await discord.slash('radar', { export: true })).reply!;
    expect(fileOf(csv).attachment!.filename).toBe('tech-radar.csv');

    const archive = (await discord.slash('history', { export: true, all: true })).reply!;
    const { attachment: tar, file: bytes } = fileOf(archive);
    expect(tar!.filename).toBe('decision-records.tar');
    const path = join(mkdtempSync(join(tmpdir(), 'advisor-discord-tar-')), 'records.tar');
    writeFileSync(path, bytes!.data);
    expect(execFileSync('tar', ['-tf', path], { encoding: 'utf8' }).trim().split('\n')).toEqual(['0001-use-django-as-our-backend-framework.md', '0002-use-django-as-our-backend-framework.md']);
  });
});
