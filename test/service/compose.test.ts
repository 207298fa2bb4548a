/**
 * docker-compose.yml cannot be run here (no Docker), so it is read the way
 * Compose reads it (YAML with merge keys) and checked for what the README
 * promises: two bot replicas built from the Dockerfile and started with
 * `npm start`, on the postgres service, which keeps its data in a volume and
 * is healthy before they start.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';

interface Service {
  build?: string | { context?: string; dockerfile?: string };
  image?: string;
  command?: string | string[];
  environment?: Record<string, string> | string[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  volumes?: string[];
  healthcheck?: { test?: string[] | string };
}

const compose = parse(readFileSync('docker-compose.yml', 'utf8'), { merge: true }) as { services: Record<string, Service>; volumes?: Record<string, unknown> };
const services = compose.services;

/** Environment as a map, whichever of Compose's two spellings is used. */
function environmentOf(service: Service): Record<string, string> {
  const env = service.environment ?? {};
  if (!Array.isArray(env)) return env;
  return Object.fromEntries(env.map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
}

const bots = Object.entries(services).filter(([, service]) => service.build !== undefined);
const [postgresName, postgres] = Object.entries(services).find(([, service]) => service.image?.startsWith('postgres')) ?? [];

/** What ${VAR:?message} becomes once .env has set VAR. */
const interpolated = (value: string) => value.replace(/\$\{(\w+)(:\?[^}]*)?\}/g, (_all, name: string) => `${name.toLowerCase()}-value`);

describe('docker-compose.yml', () => {
  it('has two bot replicas built from the Dockerfile and started with npm start', () => {
    expect(bots).toHaveLength(2);
    for (const [, bot] of bots) {
      const build = typeof bot.build === 'string' ? { context: bot.build } : bot.build!;
      expect(build.context).toBe('.');
      expect(build.dockerfile ?? 'Dockerfile').toBe('Dockerfile');
      expect(([] as string[]).concat(bot.command ?? []).join(' ')).toBe('npm start');
    }
  });

  it('points every bot at the postgres service, with settings the service accepts', () => {
    expect(postgresName).toBeDefined();
    for (const [, bot] of bots) {
      const env = environmentOf(bot);
      const database = new URL(interpolated(env.DATABASE_URL ?? ''));
      expect(database.protocol).toBe('postgres:');
      expect(database.hostname).toBe(postgresName);
      const postgresEnv = environmentOf(postgres!);
      expect(database.pathname).toBe(`/${postgresEnv.POSTGRES_DB}`);
      expect(database.username).toBe(postgresEnv.POSTGRES_USER);
      // The whole environment passes the service's own validation (shards included).
      expect(() => readConfig(Object.fromEntries(Object.entries(env).map(([k, v]) => [k, interpolated(v)])))).not.toThrow();
    }
  });

  it('splits the Discord shards between the replicas, each shard held once', () => {
    const held = bots.flatMap(([, bot]) => readConfig(environmentOf(bot)).DISCORD_SHARD_IDS ?? []);
    const total = readConfig(environmentOf(bots[0]![1])).DISCORD_SHARDS;
    expect(held.sort()).toEqual(Array.from({ length: Number(total) }, (_, id) => id));
  });

  it('keeps the database in a volume, checks its health, and starts the bots only once it is healthy', () => {
    const volume = postgres!.volumes?.find((v) => v.endsWith(':/var/lib/postgresql/data'));
    expect(volume).toBeDefined();
    expect(Object.keys(compose.volumes ?? {})).toContain(volume!.split(':')[0]);
    expect(([] as string[]).concat(postgres!.healthcheck?.test ?? []).join(' ')).toMatch(/pg_isready/);
    for (const [, bot] of bots) {
      expect(bot.depends_on).toMatchObject({ [postgresName!]: { condition: 'service_healthy' } });
    }
  });
});

describe('README "Running at scale"', () => {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.split(/^## /m).find((part) => part.startsWith('Running at scale'));

  it('comes right after "Running the bot" and explains the compose file', () => {
    const headings = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings[headings.indexOf('Running the bot') + 1]).toBe('Running at scale');
    expect(section).toContain('docker-compose.yml');
    expect(section).toContain('docker compose up');
  });

  it('names every setting it relies on, and the table lists the sharding ones', () => {
    for (const name of ['DATABASE_URL', 'DISCORD_SHARDS', 'DISCORD_SHARD_IDS', 'SHUTDOWN_TIMEOUT_MS']) expect(section).toContain(name);
    expect(readme).toMatch(/^\| `DISCORD_SHARDS` \|/m);
    expect(readme).toMatch(/^\| `DISCORD_SHARD_IDS` \|/m);
    expect(section).toContain('2,500');
  });
});
