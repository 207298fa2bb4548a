/**
 * Small record builders for the store tests: each gives a valid record that
 * reads like the conversation it stands for, with overrides for what a test is about.
 */
import type { ChannelSettings, DecisionRecord, FlowRecord, InstallationRecord, Person, Tenant, VoteRecord } from '../../src/core/team/records.js';

export const ACME: Tenant = 'slack:TACME01';
export const GLOBEX: Tenant = 'discord:424242';
export const GENERAL = 'C-general';
export const BACKEND = 'C-backend';

/** A fixed clock, so expiry is checked to the millisecond. */
export const T0 = 1_700_000_000_000;
export const HOUR = 3_600_000;

export const alice: Person = { id: 'U-alice', name: 'Alice' };
export const bob: Person = { id: 'U-bob', name: 'Bob' };
export const carol: Person = { id: 'U-carol', name: 'Carol' };

/** Alice, half-way through the questions: she picked an API project and is choosing languages. */
export function aFlow(overrides: Partial<FlowRecord> = {}): FlowRecord {
  return {
    id: 'flow-0001',
    tenant: ACME,
    channel: GENERAL,
    owner: alice,
    answers: { project: 'api' },
    visited: ['project'],
    pending: ['typescript'],
    version: 0,
    createdAt: T0,
    expiresAt: T0 + 24 * HOUR,
    ...overrides,
  };
}

/** Bob asks the channel to vote between three frameworks; nobody has voted yet. */
export function aVote(overrides: Partial<VoteRecord> = {}): VoteRecord {
  return {
    id: 'vote-0001',
    tenant: ACME,
    channel: GENERAL,
    startedBy: bob,
    options: ['fastify', 'nestjs', 'django'],
    answers: { project: 'api', scale: 'thousands' },
    ballots: {},
    voters: {},
    createdAt: T0,
    ...overrides,
  };
}

/** Alice shared a recommendation of Fastify in #general. */
export function aDecision(overrides: Partial<DecisionRecord> = {}): DecisionRecord {
  return {
    id: 'dec-0001',
    tenant: ACME,
    channel: GENERAL,
    kind: 'shared-recommendation',
    by: alice,
    answers: { project: 'api', priorities: ['performance'] },
    options: [
      { id: 'fastify', score: 8.4 },
      { id: 'express', score: 6.9 },
    ],
    decision: 'fastify',
    weights: { performance: 0.4, scalability: 0.15, ease: 0.15, security: 0.15, community: 0.15 },
    createdAt: T0,
    ...overrides,
  };
}

/** The tally a closed vote leaves behind. */
export function aClosedVoteDecision(overrides: Partial<DecisionRecord> = {}): DecisionRecord {
  const { answers: _noAnswers, ...shared } = aDecision({ kind: 'closed-vote', by: bob, tally: { fastify: 2, nestjs: 1 } });
  return { ...shared, ...overrides };
}

/** The team said security matters most in this channel. */
export function someSettings(overrides: Partial<ChannelSettings> = {}): ChannelSettings {
  return {
    importance: { security: 9, performance: 3 },
    setBy: carol,
    updatedAt: T0,
    ...overrides,
  };
}

/** `count` distinct people, for crowds casting at once. */
export function people(count: number, prefix = 'U-voter'): Person[] {
  return Array.from({ length: count }, (_, i) => ({ id: `${prefix}-${i}`, name: `Voter ${i}` }));
}

/** Acme installed the app; its tokens are sealed (the store only ever sees this opaque text). */
export function anInstallation(overrides: Partial<InstallationRecord> = {}): InstallationRecord {
  return { key: 'slack:team:TACME01', tenant: ACME, sealed: 'v1.c2VhbGVkLXRva2Vucw', updatedAt: T0, ...overrides };
}
