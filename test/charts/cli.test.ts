import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src/adapters/terminal/cli-args.js';
import { cliRunner } from '../support/cli.js';

const advisor = cliRunner().run;
const dir = mkdtempSync(join(tmpdir(), 'advisor-chart-'));
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('npm run advisor -- ... --chart <path>', () => {
  it('writes a PNG, still prints the card, and says where the chart went', () => {
    const path = join(dir, 'out.png');
    const r = advisor('compare', 'django', 'fastapi', '--chart', path);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Django vs FastAPI\n/);
    expect(r.err).toContain(`Chart (PNG) written to ${path}`);
    const png = readFileSync(path);
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(800); // IHDR width
    expect(png.readUInt32BE(20)).toBeGreaterThan(300); // IHDR height
    expect(png.length).toBeGreaterThan(10_000);
  });

  it('writes an SVG when the path ends in .svg, and keeps --json output clean', () => {
    const path = join(dir, 'rec.svg');
    const r = advisor('--json', 'recommend', 'language=typescript', 'project=api', `--chart=${path}`);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).kind).toBe('recommend');
    expect(r.err).toContain(`Chart (SVG) written to ${path}`);
    const svg = readFileSync(path, 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1000"/);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).toContain('class="segment"');
  });

  it('says so on stderr, writes nothing and still exits 0 when the reply has no chart', () => {
    const path = join(dir, 'none.png');
    const r = advisor('info', 'django', '--chart', path);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Django/);
    expect(r.err).toMatch(/No chart for this reply: only compare, recommend and radar draw one/);
    expect(existsSync(path)).toBe(false);
  });

  it('fails clearly when the file cannot be written', () => {
    const r = advisor('compare', 'django', 'fastapi', '--chart', join(dir, 'missing', 'out.png'));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^Django vs FastAPI\n/);
    expect(r.err).toMatch(/could not write the chart to .*missing\/out\.png/);
  });
});

describe('--chart option', () => {
  const parse = (...argv: string[]) => parseCliArgs(argv, ['text', 'json']);

  it('takes a path, as the next word or after =', () => {
    expect(parse('compare', 'django', 'fastapi', '--chart', 'out.png')).toEqual({ ok: true, args: { format: 'text', text: 'compare django fastapi', chart: 'out.png' } });
    expect(parse('--chart=a b.svg', 'compare', 'django', 'fastapi')).toMatchObject({ ok: true, args: { chart: 'a b.svg' } });
    expect(parse('compare', 'django', 'fastapi')).toEqual({ ok: true, args: { format: 'text', text: 'compare django fastapi' } });
  });

  it('needs a path and a command', () => {
    expect(parse('compare', 'django', 'fastapi', '--chart')).toMatchObject({ ok: false, message: expect.stringMatching(/--chart takes a file path/) });
    expect(parse('compare', 'django', '--chart', '--json')).toMatchObject({ ok: false });
    expect(parse('--chart', 'out.png')).toMatchObject({ ok: false, message: expect.stringMatching(/--chart goes with a command/) });
  });
});

describe("a command's own --format", () => {
  const parse = (...argv: string[]) => parseCliArgs(argv, ['text', 'json']);

  it('goes to the command when it is not an output format, so the terminal takes the chat spelling', () => {
    expect(parse('radar', 'export', '--format', 'backstage')).toEqual({ ok: true, args: { format: 'text', text: 'radar export --format backstage' } });
    expect(parse('history', 'export', '--format=nygard', '--json')).toEqual({ ok: true, args: { format: 'json', text: 'history export --format nygard' } });
    expect(parse('--format', 'backstage', 'radar')).toMatchObject({ ok: false, message: expect.stringMatching(/--format takes one of/) });
  });
});
