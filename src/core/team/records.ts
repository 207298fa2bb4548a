/**
 * What the bot remembers, as zod schemas: stores validate what they read back,
 * so a damaged row becomes a clear error, never a wrong card.
 */
import { z } from 'zod';
import { Criterion } from '../vocabulary.js';
import { Answers } from './answers.js';

/**
 * The name of the platform a tenant lives on, as its adapter gives it ("slack",
 * "discord", "terminal", "mcp"): the core keeps no list of platforms, so a new
 * surface needs no change here.
 */
export const Platform = z.string().regex(/^[a-z][a-z0-9-]{0,23}$/, 'a lower-case platform name such as slack');
export type Platform = z.infer<typeof Platform>;

/** A workspace (Slack), a guild (Discord), the local terminal or an AI assistant's connection (MCP), as platform:id. Data never crosses tenants. */
export const Tenant = z.string().regex(/^[a-z][a-z0-9-]{0,23}:[A-Za-z0-9._-]{1,64}$/, 'platform:id, such as slack:T0123');
export type Tenant = z.infer<typeof Tenant>;

/** The tenant for an id on a platform, or undefined when either part is not usable (empty, too long, odd characters). */
export function tenantOf(platform: Platform, id: string): Tenant | undefined {
  if (!Platform.safeParse(platform).success) return undefined;
  const parsed = Tenant.safeParse(`${platform}:${id}`);
  return parsed.success ? parsed.data : undefined;
}

export const Person = z.object({ id: z.string().min(1).max(64), name: z.string().max(120) }).strict();
export type Person = z.infer<typeof Person>;


export const FLOW_STEPS = ['project', 'languages', 'priorities', 'mustHaves', 'scale', 'team'] as const;
export const FlowStep = z.enum(FLOW_STEPS);
export type FlowStep = z.infer<typeof FlowStep>;

/** Ids are short, so that action ids built from them fit Discord's 100 characters. */
export const RecordId = z.string().regex(/^[A-Za-z0-9_-]{6,24}$/);

export const FlowRecord = z
  .object({
    id: RecordId,
    tenant: Tenant,
    channel: z.string().min(1).max(64),
    owner: Person,
    answers: Answers,
    /** Steps answered or skipped, in order: Back pops the last one. */
    visited: z.array(FlowStep),
    /** Choices picked so far on a multi-choice step, before "Done". */
    pending: z.array(z.string().max(32)).max(12),
    /** Increases with every change, for optimistic updates across replicas. */
    version: z.number().int().nonnegative(),
    createdAt: z.number().int(),
    expiresAt: z.number().int(),
  })
  .strict();
export type FlowRecord = z.infer<typeof FlowRecord>;

export const VoteRecord = z
  .object({
    id: RecordId,
    tenant: Tenant,
    channel: z.string().min(1).max(64),
    startedBy: Person,
    /** The framework ids on the ballot, in the order shown. */
    options: z.array(z.string().min(1).max(40)).min(2).max(5),
    /** What the vote was about: the answers of the recommendation it came from, if any. */
    answers: Answers.optional(),
    /** User id -> framework id (ranked: the order, "a>b>c"); one ballot per person, replaced when they change it. */
    ballots: z.record(z.string(), z.string()),
    /** Display names of voters, for the tally. */
    voters: z.record(z.string(), z.string()),
    closedAt: z.number().int().optional(),
    createdAt: z.number().int(),
    /** When the vote closes by itself (whichever replica claims it first). */
    closesAt: z.number().int().optional(),
    /** The tally shows counts without names. */
    anonymous: z.boolean().optional(),
    /** Ranked: each ballot orders the options ("a>b>c") and instant runoff counts them. */
    method: z.enum(['plurality', 'ranked']).optional(),
    /** The channel's decision number this vote settles (proposed while open). */
    decisionNumber: z.number().int().positive().optional(),
  })
  .strict();
export type VoteRecord = z.infer<typeof VoteRecord>;

export const DecisionStatus = z.enum(['proposed', 'accepted', 'superseded', 'deprecated']);
export type DecisionStatus = z.infer<typeof DecisionStatus>;

const Line = z.string().max(600);

/**
 * What a decision record says beyond the numbers, frozen when it is made, so
 * a later change to the knowledge base does not rewrite a past decision.
 */
export const DecisionDetails = z
  .object({
    title: z.string().min(1).max(200),
    decisionMakers: z.array(Person).max(20),
    consulted: z.array(Person).max(500),
    /** The advisor's reasoning: why, why not the runner-up, the flip point, the confidence. */
    reason: z.object({ why: z.array(Line).max(10), whyNotRunnerUp: Line.optional(), flipPoint: Line.optional(), confidence: Line.optional() }).strict(),
    /** Per option: what speaks for and against it, from the knowledge base. */
    evidence: z.record(z.string(), z.object({ pros: z.array(Line).max(10), cons: z.array(Line).max(10) }).strict()),
    /** The chosen framework's watchouts and support window (the release line current when decided). */
    consequences: z.object({ watchouts: z.array(Line).max(10), line: z.string().max(40).optional(), supportedUntil: z.string().max(20).optional() }).strict(),
    supersedes: z.number().int().positive().optional(),
    supersededBy: z.number().int().positive().optional(),
    /** How a ranked vote was counted, round by round. */
    rounds: z.array(Line).max(10).optional(),
  })
  .strict();
export type DecisionDetails = z.infer<typeof DecisionDetails>;

export const DecisionRecord = z
  .object({
    id: RecordId,
    tenant: Tenant,
    channel: z.string().min(1).max(64),
    kind: z.enum(['shared-recommendation', 'shared-comparison', 'closed-vote', 'team-vote', 'decided']),
    /** ADR-0001, 0002, ...: numbered per channel by the store when recorded. */
    number: z.number().int().positive().optional(),
    status: DecisionStatus.optional(),
    details: DecisionDetails.optional(),
    /** Who asked (shared results) or who started the vote. */
    by: Person,
    answers: Answers.optional(),
    /** Options considered with their scores (0-10) under the weights used. */
    options: z.array(z.object({ id: z.string(), score: z.number() }).strict()).min(1),
    /** The framework chosen: the shared pick or the vote's winner; absent when a vote ended level or empty. */
    decision: z.string().optional(),
    /** Vote tallies, for closed votes: framework id -> votes. */
    tally: z.record(z.string(), z.number().int().nonnegative()).optional(),
    weights: z.record(z.string(), z.number()),
    createdAt: z.number().int(),
  })
  .strict();
export type DecisionRecord = z.infer<typeof DecisionRecord>;

export const ChannelSettings = z
  .object({
    /** Raw importances as the team typed them (`performance=3`); normalised when used. */
    importance: z.partialRecord(Criterion, z.number().min(0).max(10)),
    setBy: Person,
    updatedAt: z.number().int(),
  })
  .strict();
export type ChannelSettings = z.infer<typeof ChannelSettings>;

/**
 * A platform installation: what the platform handed over when a workspace
 * installed the app, sealed (encrypted) by the adapter before it reaches the
 * store, so no token is ever stored in the clear. One per key: a workspace,
 * or a whole organisation for an org-wide install.
 */
export const InstallationRecord = z
  .object({
    key: z.string().regex(/^[a-z]+:[A-Za-z0-9:._-]{1,128}$/, 'platform:kind:id, such as slack:team:T0123'),
    tenant: Tenant,
    sealed: z.string().min(1).max(64_000),
    updatedAt: z.number().int(),
  })
  .strict();
export type InstallationRecord = z.infer<typeof InstallationRecord>;

/** The answers a person gave last, to fill in the one-form recommendation next time. */
export const LastAnswers = z.object({ answers: Answers, updatedAt: z.number().int() }).strict();
export type LastAnswers = z.infer<typeof LastAnswers>;

/** A tenant whose data is to be erased once the app has been gone for the grace period. */
export const ErasureRecord = z.object({ tenant: Tenant, dueAt: z.number().int() }).strict();
export type ErasureRecord = z.infer<typeof ErasureRecord>;
