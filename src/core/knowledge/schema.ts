/**
 * The shape of one framework file in data/frameworks/ (schema v2) and of the
 * source register data/sources.json.
 *
 * A file holds evidence, not scores: benchmark figures, adoption signals and
 * rubric items, each with where it came from and when we read it. The five
 * criterion scores are derived from them at load (see derive.ts), so a file
 * cannot carry a score typed by hand: the schema has no place for one.
 *
 * Dates come in two kinds and are never mixed: `asOf` is when we read a fact;
 * `released`, `endOfLife` and `published` are the dates of the event itself.
 */
import { z } from 'zod';
import { Builtin, BUILTINS, Criterion, CRITERIA, Language, PROJECT_TYPES, ProjectType } from '../vocabulary.js';

/** A date as precise as the source allows: 2025, 2025-06 or 2025-06-17. */
export const FactDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date written YYYY, YYYY-MM or YYYY-MM-DD');
/** When we read something, as precisely as we know it. */
export const ReadDate = FactDate;

export const Confidence = z.enum(['high', 'medium', 'low']);
export type Confidence = z.infer<typeof Confidence>;

/** Id of an entry in data/sources.json; checked against the register when loading. */
export const SourceId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a source id from data/sources.json');

/** Provenance of a fact we read somewhere. */
const provenance = {
  source: SourceId,
  asOf: ReadDate,
  confidence: Confidence,
  /** Where exactly it was read (a page, a file in a repository), when the source is larger than one page. */
  readAt: z.string().min(3).optional(),
  note: z.string().min(1).optional(),
};

export const Fact = <T extends z.ZodType>(value: T) => z.object({ value, ...provenance }).strict();

// ---------- built-ins ----------

/**
 * How much of a capability comes with the framework. Defined once:
 * - framework: ships in the framework's own package(s);
 * - official: maintained by the same project, including its auto-configuration of a
 *   third-party library (Spring Boot's Flyway support);
 * - community: one widely used package that the framework's documentation points to;
 * - none: nothing standard.
 */
export const SUPPORT_LEVELS = ['framework', 'official', 'community', 'none'] as const;
export const SupportLevel = z.enum(SUPPORT_LEVELS);
export type SupportLevel = z.infer<typeof SupportLevel>;

export const BuiltinSupport = z
  .object({
    level: SupportLevel,
    /** The package that provides it ("django.contrib.admin", "socket.io"); required unless level is none. */
    package: z.string().min(1).optional(),
    /** A paid add-on (Laravel Nova). */
    paid: z.boolean().default(false),
    note: z.string().min(1).optional(),
    /** Where the level was checked (a documentation page). */
    readAt: z.string().min(3).optional(),
  })
  .strict()
  .refine((b) => b.level === 'none' || b.package !== undefined, { message: 'name the package that provides it', path: ['package'] });
export type BuiltinSupport = z.infer<typeof BuiltinSupport>;

// ---------- releases ----------

export const ReleaseLine = z
  .object({
    /** "8.1", "7.4", "v4". */
    line: z.string().min(1),
    released: FactDate.optional(),
    /** End of security support (the line's end of life). Absent: not announced yet. */
    endOfLife: FactDate.optional(),
    /** End of bug fixes when it comes before the end of security support. */
    bugfixUntil: FactDate.optional(),
    lts: z.boolean().default(false),
  })
  .strict();
export type ReleaseLine = z.infer<typeof ReleaseLine>;

export const Releases = z
  .object({
    current: z.object({ version: z.string().min(1), released: FactDate }).strict(),
    /** Supported lines, and lines that ended recently (a team may still be on them). */
    lines: z.array(ReleaseLine).min(1),
    ...provenance,
  })
  .strict();
export type Releases = z.infer<typeof Releases>;

// ---------- performance evidence ----------

export const BENCHMARK_TESTS = ['json', 'single-query', 'multiple-queries', 'fortunes', 'updates', 'plaintext'] as const;
export const BenchmarkTest = z.enum(BENCHMARK_TESTS);
export type BenchmarkTest = z.infer<typeof BenchmarkTest>;

export const Benchmark = z
  .object({
    suite: z.literal('techempower'),
    /** The official round: figures of different rounds are never compared or combined. */
    round: z.number().int().min(1),
    /** The round's results run id. */
    run: z.string().min(8),
    test: BenchmarkTest,
    /** Best requests per second over the concurrency levels (20 queries per request for multiple-queries and updates). */
    requestsPerSecond: z.number().positive(),
    /** The implementation's folder in TechEmpower/FrameworkBenchmarks ("django"). */
    implementation: z.string().min(1),
    /** The test's display name in TechEmpower's metadata ("django", "express-mongodb"). */
    variant: z.string().min(1),
    /** As TechEmpower's metadata names them: database ("MySQL", "Postgres", "MongoDB", "None"), ORM class ("Full", "Micro", "Raw"). */
    database: z.string().min(1),
    orm: z.string().min(1),
    ...provenance,
  })
  .strict();
export type Benchmark = z.infer<typeof Benchmark>;

// ---------- adoption evidence ----------

export const ADOPTION_MEASURES = ['stackoverflow-survey', 'github-stars', 'weekly-downloads'] as const;
export const Adoption = z
  .object({
    measure: z.enum(ADOPTION_MEASURES),
    value: z.number().nonnegative(),
    unit: z.enum(['% of respondents', 'stars', 'downloads/week']),
    /** Surveys: year and slice ("2025, all respondents"). */
    slice: z.string().optional(),
    /** Downloads: the registry and the package counted ("npm express", "PyPI django"). */
    registry: z.enum(['npm', 'pypi', 'rubygems', 'packagist', 'nuget', 'crates', 'hex', 'maven', 'go']).optional(),
    package: z.string().min(1).optional(),
    /** Stars: the repository counted. */
    repository: z.string().min(3).optional(),
    ...provenance,
  })
  .strict()
  .refine((a) => a.measure !== 'weekly-downloads' || (a.registry !== undefined && a.package !== undefined), {
    message: 'downloads name their registry and package',
    path: ['package'],
  });
export type Adoption = z.infer<typeof Adoption>;

// ---------- rubrics ----------

/** One checkable item: 0 (absent) to 4 (fully present), with the reasoning written for this framework. */
export const RubricItem = z
  .object({
    value: z.number().int().min(0).max(4),
    note: z.string().min(15, 'say why, for this framework'),
    confidence: Confidence.default('medium'),
  })
  .strict();
export type RubricItem = z.infer<typeof RubricItem>;

export const RUBRIC_ITEMS = {
  security: ['csrf', 'escaping', 'parameterisedQueries', 'authAndHashing', 'securityHeaders', 'securityPolicy', 'supportedLine'],
  scalability: ['concurrencyModel', 'statelessScaling', 'largeDeployments'],
  ease: ['conventions', 'batteries', 'documentation', 'typingAndTooling', 'learningCurve'],
  /** Used only when no official benchmark round has a figure for the framework. */
  performance: ['runtime', 'ioModel', 'frameworkOverhead'],
  /** Used only when the framework has no adoption signal at all. */
  community: ['ecosystem', 'maintainers', 'helpAvailable'],
} as const;
export type RubricName = keyof typeof RUBRIC_ITEMS;

const rubricOf = <K extends RubricName>(name: K) =>
  z.object(Object.fromEntries(RUBRIC_ITEMS[name].map((item) => [item, RubricItem])) as { [P in (typeof RUBRIC_ITEMS)[K][number]]: typeof RubricItem }).strict();

export const Rubrics = z
  .object({
    security: rubricOf('security'),
    scalability: rubricOf('scalability'),
    ease: rubricOf('ease'),
    performance: rubricOf('performance').optional(),
    community: rubricOf('community').optional(),
    /** When we wrote the items. */
    asOf: ReadDate,
  })
  .strict();
export type Rubrics = z.infer<typeof Rubrics>;

// ---------- published ratings and our project fit ----------

/** Someone else's published numbers, kept beside ours and never used as our score. */
export const PublishedRating = z
  .object({
    source: SourceId,
    scores: z.object(Object.fromEntries(CRITERIA.map((c) => [c, z.number().min(0).max(10)])) as Record<Criterion, z.ZodNumber>).strict(),
    /** The overall the publisher printed, which may not be the mean of its own numbers. */
    overall: z.number().min(0).max(10).optional(),
    asOf: ReadDate,
  })
  .strict();
export type PublishedRating = z.infer<typeof PublishedRating>;

/** A project-fit rating of our own, with its reasoning. */
export const FitRating = z
  .object({
    value: z.number().min(0).max(10),
    asOf: ReadDate,
    confidence: Confidence,
    note: z.string().min(15, 'a rating of our own needs its reasoning'),
  })
  .strict();
export type FitRating = z.infer<typeof FitRating>;

const exhaustive = <K extends string, V extends z.ZodType>(keys: readonly K[], value: V) =>
  z.object(Object.fromEntries(keys.map((k) => [k, value])) as { [P in K]: V }).strict();

// ---------- where the refresh looks a framework up ----------

/**
 * The framework's names in the public catalogues `npm run data:refresh` reads:
 * its endoflife.date product and its main package in each registry. Data, not
 * code, so adding a framework never means editing the refresh.
 */
export const REGISTRIES = ['npm', 'pypi', 'packagist', 'rubygems', 'crates', 'nuget', 'hex', 'maven', 'go'] as const;
export const RegistryNames = z
  .object({
    /** The product slug in endoflife.date's API ("symfony", "ruby-on-rails"). */
    endoflife: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/).optional(),
    npm: z.string().min(1).optional(),
    pypi: z.string().min(1).optional(),
    /** vendor/package. */
    packagist: z.string().regex(/^[a-z0-9_.-]+\/[a-z0-9_.-]+$/).optional(),
    rubygems: z.string().min(1).optional(),
    crates: z.string().min(1).optional(),
    nuget: z.string().min(1).optional(),
    hex: z.string().min(1).optional(),
    /** groupId:artifactId. */
    maven: z.string().regex(/^[\w.-]+:[\w.-]+$/).optional(),
    /** The Go module path. */
    go: z.string().min(1).optional(),
  })
  .strict();
export type RegistryNames = z.infer<typeof RegistryNames>;

export const FrameworkFile = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lowercase slug such as spring-boot'),
    name: z.string().min(1),
    /** Other names people type: "ror", "dotnet". Matching ignores case, spaces and punctuation. */
    aliases: z.array(z.string().min(1)),
    summary: z.string().min(10),
    languages: z.array(Language).min(1),
    runtime: z.string().min(1),
    firstRelease: Fact(z.number().int().min(1990).max(2030)),
    license: z.string().min(1),
    releases: Releases,
    homepage: z.url(),
    repository: z.url(),
    registry: RegistryNames.optional(),
    kind: z.enum(['full-stack', 'micro', 'modular', 'api']),
    concurrency: z.string().min(1),
    builtins: exhaustive(BUILTINS, BuiltinSupport),
    strengths: z.array(z.string().min(1)).min(2),
    watchouts: z.array(z.string().min(1)).min(2),
    bestFit: z.array(z.string().min(1)).min(1),
    notableUsers: z.array(z.string().min(1)),
    benchmarks: z.array(Benchmark).default([]),
    adoption: z.array(Adoption).default([]),
    rubrics: Rubrics,
    publishedRatings: z.array(PublishedRating).default([]),
    projectFit: exhaustive(PROJECT_TYPES, FitRating),
  })
  .strict();
export type FrameworkFile = z.infer<typeof FrameworkFile>;

export const SourceEntry = z
  .object({
    id: SourceId,
    title: z.string().min(3),
    /** A seed article by file name, or a public source by URL. */
    file: z.string().optional(),
    url: z.url().optional(),
    publisher: z.string().optional(),
    published: FactDate.optional(),
  })
  .strict()
  .refine((s) => s.file !== undefined || s.url !== undefined || s.id === 'advisor' || s.id === 'project-docs', {
    message: 'a source needs a seed file name or a URL',
  });
export type SourceEntry = z.infer<typeof SourceEntry>;

export const SourceRegister = z.array(SourceEntry).min(1);

export type { Builtin, Criterion, Language, ProjectType };

/** The loaded profile (file plus derived scores), re-exported here where the rest of the core has always imported it. */
export type { FrameworkProfile, Rating, DerivedScore, Support } from './profile.js';
