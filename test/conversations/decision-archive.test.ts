/**
 * `history export all`: every decision of the channel as one tar archive of
 * NNNN-slug.md records, which the system's own tar lists and unpacks, each
 * file a MADR 4 record with a name Backstage's ADR plugin finds. The archive
 * travels as the document's text; Buffer.from(text, 'utf8') gives its bytes back.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKSTAGE_ADR_FILE } from '../../src/core/decisions/decision-file.js';
import { ustar } from '../../src/core/decisions/tar.js';
import { TeamAdvisor } from '../../src/core/team-advisor.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { knowledge } from '../support/knowledge.js';
import { checkMadr } from '../support/madr-format.js';
import { TeamChat } from '../support/team-chat.js';

const ANSWERS = 'language=typescript project=microservices priorities=scalability builtins=none scale=millions team=mixed';

async function voteOn(chat: TeamChat, pick: string) {
  const [own] = await chat.say('Alice', `recommend ${ANSWERS}`);
  const [vote] = await chat.click('Alice', own!, 'Start a team vote');
  await chat.click('Bob', vote!, pick);
  await chat.click('Alice', vote!, 'Close vote');
}

function unpack(bytes: Buffer): { listed: string[]; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'advisor-archive-'));
  const path = join(dir, 'records.tar');
  writeFileSync(path, bytes);
  const listed = execFileSync('tar', ['-tf', path], { encoding: 'utf8' }).trim().split('\n');
  execFileSync('tar', ['-xf', path, '-C', dir]);
  return { listed, dir };
}

describe('history export all', () => {
  it('is a tar of every decision, one MADR 4 record each, that tar lists and unpacks', async () => {
    const chat = new TeamChat(new TeamAdvisor(knowledge(), { store: new MemoryStore() }));
    await voteOn(chat, 'NestJS');
    await voteOn(chat, 'Fastify');
    const [reply] = await chat.say('Dan', 'history export all');
    const document = reply!.reply.document!;
    expect(document).toMatchObject({ filename: 'decision-records.tar', mimeType: 'application/x-tar' });
    expect(reply!.reply.card.title).toBe('2 decision records: decision-records.tar');

    const { listed, dir } = unpack(Buffer.from(document.text, 'utf8'));
    expect(listed).toEqual(['0001-use-nestjs-as-our-backend-framework.md', '0002-use-fastify-as-our-backend-framework.md']);
    for (const name of listed) {
      expect(name).toMatch(BACKSTAGE_ADR_FILE);
      checkMadr(readFileSync(join(dir, name), 'utf8'));
    }
    expect(checkMadr(readFileSync(join(dir, listed[0]!), 'utf8')).status).toBe('superseded by ADR-0002');
    // The members ride along for the terminal, identical to what the archive holds.
    expect(document.files!.map((f) => f.filename)).toEqual(listed);
    expect(readFileSync(join(dir, listed[1]!), 'utf8')).toBe(document.files![1]!.text);
  });

  it('writes Nygard records on request', async () => {
    const chat = new TeamChat(new TeamAdvisor(knowledge(), { store: new MemoryStore() }));
    await voteOn(chat, 'NestJS');
    const [reply] = await chat.say('Dan', 'history export all --format nygard');
    expect(reply!.reply.document!.filename).toBe('decision-records-nygard.tar');
    const { listed, dir } = unpack(Buffer.from(reply!.reply.document!.text, 'utf8'));
    expect(readFileSync(join(dir, listed[0]!), 'utf8')).toMatch(/^# 1\. Use NestJS[^]*## Status/);
  });

  it('keeps non-ASCII text byte for byte, sized in bytes', () => {
    const text = 'Décision: 👩🏽‍💻 choisit Phoenix\n';
    const bytes = ustar([{ filename: '0001-décision.md'.normalize('NFKD').replace(/[^\x20-\x7e]/g, ''), text }], Date.UTC(2025, 0, 1));
    expect(bytes.length % 512).toBe(0);
    expect(Buffer.from(bytes.toString('utf8'), 'utf8').equals(bytes)).toBe(true);
    const { listed, dir } = unpack(bytes);
    expect(readFileSync(join(dir, listed[0]!), 'utf8')).toBe(text);
  });

  it('says how to record a decision when there is none', async () => {
    const chat = new TeamChat(new TeamAdvisor(knowledge(), { store: new MemoryStore() }));
    const [reply] = await chat.say('Dan', 'history export all');
    expect(reply!.reply.document).toBeUndefined();
    expect(reply!.reply.understood).toBe(false);
    expect(reply!.reply.card.title).toBe('No decisions to export yet');
  });
});
