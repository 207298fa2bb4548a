/**
 * What to fetch: for each framework, the requests its `registry` mapping and
 * repository call for, limited by --only and --sources. Release facts come
 * from one place per framework, in this order: endoflife.date when it covers
 * the framework, else the main package's registry, else GitHub's latest
 * release; the planner leaves out requests whose answer would not be used.
 */
import type { FrameworkFile, RegistryNames } from '../core/knowledge/schema.js';
import type { Reading } from './readings.js';
import type { SourceContext } from './sources/context.js';
import { readCrates } from './sources/crates.js';
import { readEndoflife } from './sources/endoflife.js';
import { githubRepositoryOf, readGithubLatestRelease, readGithubStars } from './sources/github.js';
import { readHex } from './sources/hex.js';
import { readMaven } from './sources/maven.js';
import { readNpmDownloads, readNpmLatest } from './sources/npm.js';
import { readNuget } from './sources/nuget.js';
import { readPackagist } from './sources/packagist.js';
import { readPypiDownloads, readPypiLatest } from './sources/pypi.js';
import { readRubygems } from './sources/rubygems.js';

export const SOURCE_NAMES = ['endoflife', 'github', 'npm', 'pypi', 'packagist', 'rubygems', 'crates', 'nuget', 'hex', 'maven'] as const;
export type SourceName = (typeof SOURCE_NAMES)[number];

export const SOURCE_HELP: Record<SourceName, string> = {
  endoflife: 'release lines, support and end-of-life dates, current version (registry.endoflife)',
  github: 'stars, archived flag and licence of the repository; latest release when nothing else gives one',
  npm: 'weekly downloads; latest version (registry.npm)',
  pypi: 'latest version from PyPI, weekly downloads from pypistats (registry.pypi)',
  packagist: 'latest version, downloads (30-day count scaled to a week) (registry.packagist)',
  rubygems: 'latest version (registry.rubygems)',
  crates: 'latest version, downloads (90-day count scaled to a week), 1 request a second (registry.crates)',
  nuget: 'latest version, undated: a cross-check only (registry.nuget)',
  hex: 'latest version, weekly downloads (registry.hex)',
  maven: 'latest version on Maven Central through deps.dev (registry.maven)',
};

export interface Task {
  framework: string;
  source: SourceName;
  /** What is asked, for the summary: "symfony", "symfony/symfony (stars)". */
  subject: string;
  run: (ctx: SourceContext) => Promise<Reading[]>;
}

export interface PlanRequest {
  only?: readonly string[];
  sources: readonly SourceName[];
}

export interface Plan {
  tasks: Task[];
  /** Frameworks asked for with nothing to fetch, and why. */
  nothingToFetch: string[];
}

const one = (read: (ctx: SourceContext) => Promise<Reading>) => async (ctx: SourceContext) => [await read(ctx)];

/** Registries that give a dated latest version, in the order they are trusted. */
const DATED_REGISTRIES = ['npm', 'pypi', 'packagist', 'rubygems', 'crates', 'hex', 'maven'] as const;

function tasksFor(f: Pick<FrameworkFile, 'id' | 'repository' | 'registry'>, sources: ReadonlySet<SourceName>): Task[] {
  const r: RegistryNames = f.registry ?? {};
  const tasks: Task[] = [];
  const add = (source: SourceName, subject: string, run: Task['run']) => {
    if (sources.has(source)) tasks.push({ framework: f.id, source, subject, run });
  };
  const fromEndoflife = r.endoflife !== undefined && sources.has('endoflife');
  const fromRegistry = !fromEndoflife && DATED_REGISTRIES.some((name) => r[name] !== undefined && sources.has(name));

  if (r.endoflife) add('endoflife', r.endoflife, one((ctx) => readEndoflife(ctx, r.endoflife!)));
  const repository = githubRepositoryOf(f.repository);
  if (repository) {
    add('github', `${repository} (stars)`, one((ctx) => readGithubStars(ctx, repository)));
    if (!fromEndoflife && !fromRegistry) add('github', `${repository} (latest release)`, one((ctx) => readGithubLatestRelease(ctx, repository)));
  }
  if (r.npm) {
    add('npm', `${r.npm} (downloads)`, one((ctx) => readNpmDownloads(ctx, r.npm!)));
    if (!fromEndoflife) add('npm', `${r.npm} (latest version)`, one((ctx) => readNpmLatest(ctx, r.npm!)));
  }
  if (r.pypi) {
    add('pypi', `${r.pypi} (downloads)`, one((ctx) => readPypiDownloads(ctx, r.pypi!)));
    if (!fromEndoflife) add('pypi', `${r.pypi} (latest version)`, one((ctx) => readPypiLatest(ctx, r.pypi!)));
  }
  if (r.packagist) add('packagist', r.packagist, (ctx) => readPackagist(ctx, r.packagist!));
  if (r.rubygems && !fromEndoflife) add('rubygems', r.rubygems, one((ctx) => readRubygems(ctx, r.rubygems!)));
  if (r.crates) add('crates', r.crates, (ctx) => readCrates(ctx, r.crates!));
  if (r.nuget && !fromEndoflife) add('nuget', r.nuget, one((ctx) => readNuget(ctx, r.nuget!)));
  if (r.hex) add('hex', r.hex, (ctx) => readHex(ctx, r.hex!));
  if (r.maven && !fromEndoflife) add('maven', r.maven, one((ctx) => readMaven(ctx, r.maven!)));
  return tasks;
}

export class UnknownFrameworkError extends Error {
  override name = 'UnknownFrameworkError';
}

export function plan(frameworks: ReadonlyArray<Pick<FrameworkFile, 'id' | 'repository' | 'registry'>>, request: PlanRequest): Plan {
  const known = new Set(frameworks.map((f) => f.id));
  const unknown = (request.only ?? []).filter((id) => !known.has(id));
  if (unknown.length > 0) throw new UnknownFrameworkError(`no framework with id ${unknown.join(', ')} in data/frameworks (ids are file names, e.g. spring-boot)`);
  const chosen = request.only ? frameworks.filter((f) => request.only!.includes(f.id)) : frameworks;
  const sources = new Set(request.sources);
  const tasks: Task[] = [];
  const nothingToFetch: string[] = [];
  for (const f of chosen) {
    const own = tasksFor(f, sources);
    if (own.length === 0) nothingToFetch.push(`${f.id}: no ${request.sources.join('/')} name in its registry mapping`);
    tasks.push(...own);
  }
  return { tasks, nothingToFetch };
}
