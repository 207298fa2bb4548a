/**
 * The shape of one framework file in data/frameworks/ and of the source
 * register data/sources.json. Every number carries where it came from, when,
 * and how sure we are, so a card can always say "according to whom, as of when".
 */
import { z } from 'zod';
import { Builtin, BUILTINS, Criterion, CRITERIA, Language, PROJECT_TYPES, ProjectType } from '../vocabulary.js';

/** A date as precise as the source allows: 2025, 2025-06 or 2025-06-17. */
export const FactDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date written YYYY, YYYY-MM or YYYY-MM-DD');

export const Confidence = z.enum(['high', 'medium', 'low']);
export type Confidence = z.infer<typeof Confidence>;

/** Id of an entry in data/sources.json; checked against the register when loading. */
export const SourceId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a source id from data/sources.json');

/** Provenance shared by every fact. */
const provenance = {
  source: SourceId,
  date: FactDate,
  confidence: Confidence,
  /** How the figure was derived, or, for our own ratings, the reasoning behind it. */
  note: z.string().min(1).optional(),
};

/** A 0-10 rating with its provenance. Our own ratings must give their reasoning. */
export const Rating = z
  .object({ value: z.number().min(0).max(10), ...provenance })
  .strict()
  .refine((r) => r.source !== 'advisor' || (r.note !== undefined && r.note.length >= 15), {
    message: 'a rating of our own (source "advisor") needs its reasoning in "note"',
    path: ['note'],
  });
export type Rating = z.infer<typeof Rating>;

export const Fact = <T extends z.ZodType>(value: T) => z.object({ value, ...provenance }).strict();

/** How much of a capability ships with the framework. */
export const Support = z.enum([
  'built-in', // in the framework itself
  'first-party', // an official package of the same project
  'community', // a third-party package
  'none',
]);
export type Support = z.infer<typeof Support>;

export const Benchmark = z
  .object({
    suite: z.literal('techempower'),
    /** Name the round or run: figures of different runs are never compared. */
    run: z.string().min(3),
    test: z.enum(['json', 'single-query', 'multiple-queries', 'fortunes', 'updates', 'plaintext']),
    requestsPerSecond: z.number().positive(),
    variant: z.string().min(1),
    ormClass: z.enum(['raw', 'micro', 'full']).optional(),
    ...provenance,
  })
  .strict();
export type Benchmark = z.infer<typeof Benchmark>;

export const Adoption = z
  .object({
    measure: z.enum(['stackoverflow-survey', 'github-stars', 'npm-weekly-downloads']),
    value: z.number().nonnegative(),
    unit: z.enum(['% of respondents', 'stars', 'downloads/week']),
    /** For surveys: which slice of respondents (all or professional) and which year. */
    slice: z.string().optional(),
    ...provenance,
  })
  .strict();
export type Adoption = z.infer<typeof Adoption>;

const exhaustive = <K extends string, V extends z.ZodType>(keys: readonly K[], value: V) =>
  z.object(Object.fromEntries(keys.map((k) => [k, value])) as { [P in K]: V }).strict();

export const FrameworkProfile = z
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
    currentVersion: Fact(z.string().min(1)),
    homepage: z.url(),
    repository: z.url(),
    kind: z.enum(['full-stack', 'micro', 'modular', 'api']),
    concurrency: z.string().min(1),
    builtins: exhaustive(BUILTINS, Support),
    strengths: z.array(z.string().min(1)).min(2),
    watchouts: z.array(z.string().min(1)).min(2),
    bestFit: z.array(z.string().min(1)).min(1),
    notableUsers: z.array(z.string().min(1)),
    scores: exhaustive(CRITERIA, Rating),
    projectFit: exhaustive(PROJECT_TYPES, Rating),
    benchmarks: z.array(Benchmark).default([]),
    adoption: z.array(Adoption).default([]),
  })
  .strict();
export type FrameworkProfile = z.infer<typeof FrameworkProfile>;

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
