/**
 * The architecture, checked on every run: data flows from an adapter into the
 * core's face and back, never sideways between platforms, and the core knows
 * nothing of Slack, Discord, databases or chart drawing. Each rule is also run
 * on a small tree with one forbidden import, to show that it would catch one.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { adapterImportsAdapter, adapterPassesTheFace, coreReachesOut, importCycles, importGraph, SERVICE_WIRING, wiringPassesTheFace } from './import-graph.js';

const src = importGraph(join(import.meta.dirname, '../../src'));

const fixtures: string[] = [];
afterAll(() => fixtures.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A tiny src/ tree: a core with its face, a Slack and a Discord adapter, the kit, and `extra` files on top. */
function tree(extra: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'architecture-'));
  fixtures.push(root);
  const files: Record<string, string> = {
    'core/index.ts': "export { advise } from './advisor.js';\n",
    'core/advisor.ts': "import { z } from 'zod';\nexport const advise = () => z.string();\n",
    'adapters/kit/deliver.ts': "export const deliver = () => 1;\n",
    'adapters/slack/app.ts': "import { advise } from '../../core/index.js';\nimport { deliver } from '../kit/deliver.js';\nimport { App } from '@slack/bolt';\nexport const app = () => [advise, deliver, App];\n",
    'adapters/discord/app.ts': "import type { Client } from 'discord.js';\nimport { advise } from '../../core/index.js';\nexport const bot = (c: Client) => [c, advise];\n",
    'store/sqlite-store.ts': "import Database from 'better-sqlite3';\nexport const open = () => new Database(':memory:');\n",
    ...extra,
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return importGraph(root);
}

describe('the source tree', () => {
  it('reads the imports of every file', () => {
    expect(src.edges.get('core/index.ts')).toContain('core/team-advisor.ts');
    expect(src.edges.get('main.ts')).toContain('adapters/slack/app.ts');
  });

  it('keeps the core free of adapters, store drivers, chart drawing, Bolt, discord.js, pg and better-sqlite3', () => {
    expect(coreReachesOut(src)).toEqual([]);
  });

  it('has no adapter importing another (the kit is shared)', () => {
    expect(adapterImportsAdapter(src)).toEqual([]);
  });

  it("has adapters reaching the core only through its face, src/core/index.ts", () => {
    expect(adapterPassesTheFace(src)).toEqual([]);
  });

  it('has the service wiring (main.ts, service.ts, metrics, health) reaching the core only through its face too', () => {
    for (const file of SERVICE_WIRING) expect(src.edges.has(file), file).toBe(true);
    expect(wiringPassesTheFace(src)).toEqual([]);
  });

  it('builds the service in one place: main.ts, the terminal and the MCP server over stdio all use service.ts, and only it constructs TeamAdvisor', () => {
    for (const root of ['main.ts', 'adapters/terminal/main.ts', 'adapters/mcp/stdio.ts']) expect(src.edges.get(root), root).toContain('service.ts');
    const builders = [...src.edges.keys()].filter((file) => !file.startsWith('core/') && /new TeamAdvisor\(/.test(readFileSync(join(src.root, file), 'utf8')));
    expect(builders).toEqual(['service.ts']);
  });

  it('has no import cycle', () => {
    expect(importCycles(src)).toEqual([]);
  });
});

describe('each rule catches a forbidden import', () => {
  it('a tidy tree passes every rule', () => {
    const tidy = tree({});
    expect([...coreReachesOut(tidy), ...adapterImportsAdapter(tidy), ...adapterPassesTheFace(tidy), ...wiringPassesTheFace(tidy), ...importCycles(tidy)]).toEqual([]);
  });

  it('the core importing an adapter, a store driver, chart drawing or a platform library', () => {
    const bad = tree({
      'core/reply.ts': [
        "import { app } from '../adapters/slack/app.js';",
        "import { open } from '../store/sqlite-store.js';",
        "import { draw } from '../charts/chart-image.js';",
        "import type { Client } from 'discord.js';",
        "import { Pool } from 'pg';",
        "const lazy = () => import('@slack/bolt');",
        '',
      ].join('\n'),
      'charts/chart-image.ts': 'export const draw = 1;\n',
    });
    expect(coreReachesOut(bad)).toEqual([
      'core/reply.ts -> adapters/slack/app.ts',
      'core/reply.ts -> store/sqlite-store.ts',
      'core/reply.ts -> charts/chart-image.ts',
      'core/reply.ts -> discord.js',
      'core/reply.ts -> pg',
      'core/reply.ts -> @slack/bolt',
    ]);
  });

  it('an adapter importing another adapter', () => {
    const bad = tree({ 'adapters/terminal/formats.ts': "import { app } from '../slack/app.js';\nimport { deliver } from '../kit/deliver.js';\nexport const f = [app, deliver];\n" });
    expect(adapterImportsAdapter(bad)).toEqual(['adapters/terminal/formats.ts -> adapters/slack/app.ts']);
  });

  it('an adapter importing a core file other than the face', () => {
    const bad = tree({ 'adapters/discord/autocomplete.ts': "import { advise } from '../../core/advisor.js';\nexport const a = advise;\n" });
    expect(adapterPassesTheFace(bad)).toEqual(['adapters/discord/autocomplete.ts -> core/advisor.ts']);
  });

  it('the service wiring importing a core file other than the face', () => {
    const bad = tree({
      'main.ts': "import { app } from './adapters/slack/app.js';\nimport { advise } from './core/index.js';\nexport const m = [app, advise];\n",
      'metrics.ts': "import type { Advisor } from './core/advisor.js';\nexport type M = Advisor;\n",
    });
    expect(wiringPassesTheFace(bad)).toEqual(['metrics.ts -> core/advisor.ts']);
  });

  it('an import cycle', () => {
    const bad = tree({
      'core/cards/card.ts': "import { step } from '../conversations/flow.js';\nexport const card = () => step;\n",
      'core/conversations/flow.ts': "import { card } from '../cards/card.js';\nexport const step = () => card;\n",
    });
    expect(importCycles(bad)).toEqual(['core/cards/card.ts -> core/conversations/flow.ts -> core/cards/card.ts']);
  });

  it('but not a loop of type imports, which are erased when compiled', () => {
    const typesOnly = tree({
      'core/cards/card.ts': "import type { Step } from '../conversations/flow.js';\nexport type Card = { step: Step };\n",
      'core/conversations/flow.ts': "import type { Card } from '../cards/card.js';\nexport type Step = { card?: Card };\n",
    });
    expect(importCycles(typesOnly)).toEqual([]);
  });
});
