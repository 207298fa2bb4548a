/**
 * The answer values people type, with their common aliases. Keys are compared
 * after nameKey(), so "C#", "c-sharp" and "csharp" are one spelling.
 */
import { nameKey } from '../knowledge/names.js';
import type { Criterion, Language, MustHave, ProjectType, Scale, TeamExperience } from '../vocabulary.js';

type AliasTable<T extends string> = Record<T, readonly string[]>;

export const LANGUAGE_ALIASES: AliasTable<Language | 'any'> = {
  javascript: ['js', 'node', 'nodejs', 'ecmascript'],
  typescript: ['ts'],
  python: ['py', 'python3'],
  java: ['jvm'],
  kotlin: ['kt'],
  csharp: ['c#', 'cs', 'dotnet', '.net', 'c-sharp'],
  php: [],
  ruby: ['rb'],
  go: ['golang'],
  elixir: ['ex', 'erlang', 'beam'],
  rust: ['rs'],
  scala: ['scala3', 'scala 3', 'scala2', 'scala 2'],
  any: ['all', 'anything', 'whatever'],
};

export const PROJECT_ALIASES: AliasTable<ProjectType> = {
  api: ['rest', 'json', 'rest-api', 'json-api', 'http-api', 'backend'],
  'ai-ml': ['ai', 'ml', 'aiml', 'machine-learning', 'inference', 'llm', 'data'],
  enterprise: ['regulated', 'corporate', 'banking', 'fintech'],
  realtime: ['real-time', 'websockets', 'websocket', 'chat', 'live'],
  content: ['cms', 'content-site', 'blog', 'news'],
  ecommerce: ['e-commerce', 'shop', 'store', 'commerce'],
  'internal-tool': ['internal', 'admin', 'backoffice', 'back-office', 'dashboard', 'crud'],
  mvp: ['startup', 'poc'],
  microservices: ['microservice', 'services', 'service'],
};

export const PRIORITY_ALIASES: AliasTable<Criterion> = {
  performance: ['perf', 'speed', 'fast', 'throughput', 'latency'],
  scalability: ['scale', 'scaling', 'scalable'],
  ease: ['ease-of-use', 'easy', 'dx', 'delivery', 'speed-of-delivery', 'productivity', 'simplicity'],
  security: ['secure', 'safety', 'compliance'],
  community: ['ecosystem', 'hiring', 'popularity', 'support'],
};

export const MUST_HAVE_ALIASES: AliasTable<MustHave | 'none'> = {
  admin: ['admin-ui', 'admin-panel'],
  orm: ['migrations', 'database', 'db', 'orm-and-migrations'],
  auth: ['authentication', 'login'],
  realtime: ['real-time', 'websockets', 'websocket', 'ws'],
  none: ['nothing', 'no'],
};

export const SCALE_ALIASES: AliasTable<Scale> = {
  prototype: ['small', 'tiny', 'hundreds'],
  thousands: ['medium', 'thousand', 'k'],
  millions: ['large', 'big', 'huge', 'million', 'm'],
};

export const TEAM_ALIASES: AliasTable<TeamExperience> = {
  junior: ['new', 'beginner', 'beginners', 'novice', 'juniors'],
  mixed: ['mid', 'intermediate', 'mix'],
  senior: ['expert', 'experienced', 'seniors'],
};

export interface ValueLookup<T extends string> {
  find(text: string): T | undefined;
  /** Canonical values, for "accepted: ..." replies. */
  accepted: readonly T[];
  /** Every spelling, for suggestions. */
  spellings(): Map<string, T>;
}

export function lookup<T extends string>(table: AliasTable<T>): ValueLookup<T> {
  const byKey = new Map<string, T>();
  for (const [value, aliases] of Object.entries(table) as Array<[T, readonly string[]]>) {
    for (const spelling of [value, ...aliases]) byKey.set(nameKey(spelling), value);
  }
  return {
    find: (text) => byKey.get(nameKey(text)),
    accepted: Object.keys(table) as T[],
    spellings: () => byKey,
  };
}

export const languages = lookup(LANGUAGE_ALIASES);
export const projects = lookup(PROJECT_ALIASES);
export const priorities = lookup(PRIORITY_ALIASES);
export const mustHaves = lookup(MUST_HAVE_ALIASES);
export const scales = lookup(SCALE_ALIASES);
export const teams = lookup(TEAM_ALIASES);
