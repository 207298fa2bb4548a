/**
 * The radar and the decision archive in the terminal, through the real CLI
 * (`npm run advisor -- ...`) on a scratch SQLite store: the radar's card in
 * words with --chart writing the picture, `radar export` writing the CSV or
 * Backstage JSON with --output, and `history export all --output dir/` one
 * record per file.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { BACKSTAGE_ADR_FILE } from '../../src/core/decisions/decision-file.js';
import { cliRunner } from '../support/cli.js';
import { checkMadr } from '../support/madr-format.js';

const scratch = () => mkdtempSync(join(tmpdir(), 'advisor-radar-'));

describe('npm run advisor -- radar, radar export, history export all', () => {
  const cli = cliRunner();

  it('says how to record a decision when there is none, and exits 2 for exports', () => {
    const radar = cli.run('radar');
    expect(radar.code).toBe(0);
    expect(radar.out).toMatch(/No decisions in this channel yet/);
    const exported = cli.run('radar', 'export');
    expect(exported.code).toBe(2);
    expect(exported.out).toBe('');
    const all = cli.run('history', 'export', 'all', '--output', `${scratch()}/adrs/`);
    expect(all.code).toBe(2);
    expect(all.err).toMatch(/No decisions to export yet/);
  });

  it('draws, exports and archives what the terminal decided', () => {
    expect(cli.withInput('recommend language=python project=api priorities=performance builtins=none scale=thousands team=mixed\n2\nquit\n').out).toMatch(/\(posted to the channel\)/);
    expect(cli.run('decide', 'fastapi').code).toBe(0);
    const dir = scratch();

    const radar = cli.run('radar', '--chart', join(dir, 'radar.png'));
    expect(radar.code).toBe(0);
    expect(radar.out).toMatch(/^This channel's tech radar\n/);
    expect(radar.out).toMatch(/Adopt \(1\)[^]*FastAPI: Chosen over/);
    expect(radar.err).toContain(`Chart (PNG) written to ${join(dir, 'radar.png')}`);
    expect(PNG.sync.read(readFileSync(join(dir, 'radar.png'))).width).toBe(1000);

    // --json: the rings as data, for scripts.
    const rings = JSON.parse(cli.run('radar', '--json').out).radar as Array<{ ring: string }>;
    expect(rings[0]).toEqual(expect.objectContaining({ id: 'fastapi', ring: 'Adopt', quadrant: 'Languages & Frameworks', isNew: true, movement: 'New', status: 'accepted', decidedIn: expect.stringMatching(/\/ADR-0002$/) }));
    expect(rings.slice(1).map((r) => r.ring)).toEqual(Array(rings.length - 1).fill('Assess'));

    const csv = cli.run('radar', 'export', '--output', join(dir, 'radar.csv'));
    expect(csv.code).toBe(0);
    expect(csv.err).toContain(`tech-radar.csv written to ${join(dir, 'radar.csv')}`);
    expect(readFileSync(join(dir, 'radar.csv'), 'utf8')).toMatch(/^name,ring,quadrant,isNew,description,status\r\nFastAPI,Adopt,Languages & Frameworks,TRUE,/);
    // --format after a command, with a value that is not an output format, is the command's own.
    const json = cli.run('radar', 'export', '--format', 'backstage');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out).entries[0]).toMatchObject({ id: 'fastapi', timeline: [expect.objectContaining({ ringId: 'adopt' })] });

    const all = cli.run('history', 'export', 'all', '--output', `${dir}/adrs/`);
    expect(all.code).toBe(0);
    expect(all.err).toContain(`2 decision records written to ${join(dir, 'adrs')}/`);
    const files = readdirSync(join(dir, 'adrs')).sort();
    expect(files).toEqual(['0001-use-fastapi-as-our-backend-framework.md', '0002-use-fastapi-as-our-backend-framework.md']);
    for (const file of files) {
      expect(file).toMatch(BACKSTAGE_ADR_FILE);
      checkMadr(readFileSync(join(dir, 'adrs', file), 'utf8'));
    }
    // A file path instead of a directory: the archive itself.
    expect(cli.run('history', 'export', 'all', '--output', join(dir, 'adrs.tar')).code).toBe(0);
    expect(existsSync(join(dir, 'adrs.tar'))).toBe(true);
  }, 120_000); // ten runs of the real CLI, each starting Node and tsx
});

describe('an archive on a terminal', () => {
  it('shows the records as text and says how to get the file; piped, it is the archive itself', async () => {
    const { OneShotDisplay } = await import('../../src/adapters/terminal/one-shot.js');
    const document = { filename: 'decision-records.tar', mimeType: 'application/x-tar' as const, text: 'TAR BYTES', files: [{ filename: '0001-a.md', text: '# A' }] };
    const reply = { kind: 'history' as const, understood: true, visibility: 'public' as const, card: { title: 't', blocks: [], actions: [], fallback: 't' }, data: { kind: 'history' as const }, document };
    for (const terminal of [true, false]) {
      const out: string[] = [];
      const err: string[] = [];
      new OneShotDisplay({ print: () => '', forPeople: true, terminal, out: (t) => out.push(t), err: (t) => err.push(t) }).show(reply, '');
      expect(out.join('')).toBe(terminal ? '0001-a.md\n\n# A' : 'TAR BYTES');
      expect(err.join('')).toMatch(terminal ? /redirect to a file, e\.g\. > decision-records\.tar/ : /^$/);
    }
  });
});
