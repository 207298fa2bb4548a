/**
 * The store for tests and `DATABASE_URL=memory`: plain maps, nothing survives
 * a restart. Records are validated and deep-copied on the way in and out, so
 * a caller mutating what it passed or got back cannot change stored state.
 */
import { ChannelSettings, DecisionRecord, ErasureRecord, FlowRecord, InstallationRecord, LastAnswers, Person, type Tenant, VoteRecord } from '../core/team/records.js';
import type { CastResult, CloseResult, Store } from '../core/conversations/store.js';
import { checkBallotsMatchVoters, checkLimit, checkTtl } from './store-arguments.js';
import { DuplicateRecordError } from './store-errors.js';
import { validChoice } from '../core/decisions/ballot.js';
import { SweepSchedule } from './sweep-schedule.js';

/** Tenants match `platform:id` (no spaces), so a space cannot make two keys collide. */
const keyOf = (tenant: Tenant, id: string): string => `${tenant} ${id}`;

const copy = <T>(value: T): T => structuredClone(value);

export class MemoryStore implements Store {
  private readonly flows = new Map<string, FlowRecord>();
  private readonly votes = new Map<string, VoteRecord>();
  /** In insertion order, which breaks ties between equal createdAt. */
  private readonly decisions: DecisionRecord[] = [];
  private readonly settings = new Map<string, ChannelSettings>();
  private readonly installations = new Map<string, InstallationRecord>();
  private readonly erasures = new Map<Tenant, ErasureRecord>();
  private readonly lastAnswers = new Map<string, LastAnswers>();
  /** Channels (tenant + channel keys) that turned revisit alerts off. */
  private readonly quietChannels = new Set<string>();
  /** Dedupe key -> expiresAt. */
  private readonly claims = new Map<string, number>();
  private readonly sweep = new SweepSchedule();
  private closed = false;

  async createFlow(flow: FlowRecord): Promise<void> {
    this.ensureOpen();
    const record = copy(FlowRecord.parse(flow));
    const key = keyOf(record.tenant, record.id);
    if (this.flows.has(key)) throw new DuplicateRecordError('flow', record.tenant, record.id);
    this.flows.set(key, record);
  }

  async getFlow(tenant: Tenant, id: string, now: number): Promise<FlowRecord | undefined> {
    this.ensureOpen();
    this.sweepExpired(now);
    const flow = this.flows.get(keyOf(tenant, id));
    return flow && now < flow.expiresAt ? copy(flow) : undefined;
  }

  async updateFlow(next: FlowRecord): Promise<boolean> {
    this.ensureOpen();
    const record = copy(FlowRecord.parse(next));
    const key = keyOf(record.tenant, record.id);
    if (this.flows.get(key)?.version !== record.version - 1) return false;
    this.flows.set(key, record);
    return true;
  }

  async createVote(vote: VoteRecord): Promise<void> {
    this.ensureOpen();
    const record = copy(VoteRecord.parse(vote));
    checkBallotsMatchVoters(record);
    const key = keyOf(record.tenant, record.id);
    if (this.votes.has(key)) throw new DuplicateRecordError('vote', record.tenant, record.id);
    this.votes.set(key, record);
  }

  async getVote(tenant: Tenant, id: string): Promise<VoteRecord | undefined> {
    this.ensureOpen();
    const vote = this.votes.get(keyOf(tenant, id));
    return vote && copy(vote);
  }

  async castVote(tenant: Tenant, id: string, voter: { id: string; name: string }, choice: string): Promise<CastResult> {
    this.ensureOpen();
    const person = Person.parse(voter);
    const vote = this.votes.get(keyOf(tenant, id));
    if (!vote) return { outcome: 'missing' };
    if (vote.closedAt !== undefined) return { outcome: 'closed', vote: copy(vote) };
    if (!validChoice(vote, choice)) return { outcome: 'not-an-option', vote: copy(vote) };
    // Computed keys define own properties, so even a voter id like "__proto__" stays a plain entry.
    vote.ballots = { ...vote.ballots, [person.id]: choice };
    vote.voters = { ...vote.voters, [person.id]: person.name };
    return { outcome: 'counted', vote: copy(vote) };
  }

  async closeVote(tenant: Tenant, id: string, now: number): Promise<CloseResult> {
    this.ensureOpen();
    const vote = this.votes.get(keyOf(tenant, id));
    if (!vote) return { outcome: 'missing' };
    if (vote.closedAt !== undefined) return { outcome: 'already-closed', vote: copy(vote) };
    vote.closedAt = now;
    return { outcome: 'closed', vote: copy(vote) };
  }

  async listOpenVotes(tenant: Tenant, limit: number): Promise<VoteRecord[]> {
    this.ensureOpen();
    checkLimit(limit);
    return [...this.votes.values()]
      .filter((v) => v.tenant === tenant && v.closedAt === undefined)
      .reverse()
      .sort((a, b) => b.createdAt - a.createdAt)
      .slice(0, limit)
      .map(copy);
  }

  async addDecision(decision: DecisionRecord): Promise<DecisionRecord> {
    this.ensureOpen();
    const record = copy(DecisionRecord.parse(decision));
    if (this.decisions.some((d) => d.tenant === record.tenant && d.id === record.id)) {
      throw new DuplicateRecordError('decision', record.tenant, record.id);
    }
    const sameChannel = this.decisions.filter((d) => d.tenant === record.tenant && d.channel === record.channel);
    record.number = Math.max(0, ...sameChannel.map((d) => d.number ?? 0)) + 1;
    this.decisions.push(record);
    return copy(record);
  }

  async getDecision(tenant: Tenant, channel: string, number: number): Promise<DecisionRecord | undefined> {
    this.ensureOpen();
    const found = this.decisions.find((d) => d.tenant === tenant && d.channel === channel && d.number === number);
    return found && copy(found);
  }

  async updateDecision(decision: DecisionRecord): Promise<boolean> {
    this.ensureOpen();
    const record = copy(DecisionRecord.parse(decision));
    const at = this.decisions.findIndex((d) => d.tenant === record.tenant && d.id === record.id);
    if (at < 0) return false;
    const { number, channel } = this.decisions[at]!;
    this.decisions[at] = { ...record, channel, ...(number !== undefined ? { number } : {}) };
    return true;
  }

  async acceptedDecisions(limit: number): Promise<DecisionRecord[]> {
    this.ensureOpen();
    checkLimit(limit);
    return this.decisions.filter((d) => d.status === 'accepted').slice(0, limit).map(copy);
  }

  async dueVotes(now: number, limit: number): Promise<VoteRecord[]> {
    this.ensureOpen();
    checkLimit(limit);
    return [...this.votes.values()]
      .filter((v) => v.closedAt === undefined && v.closesAt !== undefined && v.closesAt <= now)
      .sort((a, b) => a.closesAt! - b.closesAt!)
      .slice(0, limit)
      .map(copy);
  }

  async addVoteOption(tenant: Tenant, id: string, framework: string): Promise<boolean> {
    this.ensureOpen();
    const vote = this.votes.get(keyOf(tenant, id));
    if (!vote || vote.closedAt !== undefined || Object.keys(vote.ballots).length > 0 || vote.options.includes(framework)) return false;
    const next = VoteRecord.safeParse({ ...vote, options: [...vote.options, framework] });
    if (!next.success) return false;
    vote.options = next.data.options;
    return true;
  }

  async alertsOff(tenant: Tenant, channel: string): Promise<boolean> {
    this.ensureOpen();
    return this.quietChannels.has(keyOf(tenant, channel));
  }

  async setAlertsOff(tenant: Tenant, channel: string, off: boolean): Promise<void> {
    this.ensureOpen();
    if (off) this.quietChannels.add(keyOf(tenant, channel));
    else this.quietChannels.delete(keyOf(tenant, channel));
  }

  async listDecisions(tenant: Tenant, channel: string, limit: number): Promise<DecisionRecord[]> {
    this.ensureOpen();
    checkLimit(limit);
    return this.decisions
      .filter((d) => d.tenant === tenant && d.channel === channel)
      .reverse() // latest inserted first; the stable sort below keeps that order among equal createdAt
      .sort((a, b) => b.createdAt - a.createdAt)
      .slice(0, limit)
      .map(copy);
  }

  async listTenantDecisions(tenant: Tenant, limit: number): Promise<DecisionRecord[]> {
    this.ensureOpen();
    checkLimit(limit);
    return this.decisions
      .filter((d) => d.tenant === tenant)
      .reverse()
      .sort((a, b) => b.createdAt - a.createdAt)
      .slice(0, limit)
      .map(copy);
  }

  async getLastAnswers(tenant: Tenant, userId: string): Promise<LastAnswers | undefined> {
    this.ensureOpen();
    const last = this.lastAnswers.get(keyOf(tenant, userId));
    return last && copy(last);
  }

  async setLastAnswers(tenant: Tenant, userId: string, last: LastAnswers): Promise<void> {
    this.ensureOpen();
    this.lastAnswers.set(keyOf(tenant, userId), copy(LastAnswers.parse(last)));
  }

  async saveInstallation(installation: InstallationRecord): Promise<void> {
    this.ensureOpen();
    const record = copy(InstallationRecord.parse(installation));
    this.installations.set(record.key, record);
  }

  async getInstallation(key: string): Promise<InstallationRecord | undefined> {
    this.ensureOpen();
    const found = this.installations.get(key);
    return found && copy(found);
  }

  async deleteInstallation(key: string): Promise<boolean> {
    this.ensureOpen();
    return this.installations.delete(key);
  }

  async scheduleErasure(erasure: ErasureRecord): Promise<void> {
    this.ensureOpen();
    const record = ErasureRecord.parse(erasure);
    this.erasures.set(record.tenant, copy(record));
  }

  async cancelErasure(tenant: Tenant): Promise<boolean> {
    this.ensureOpen();
    return this.erasures.delete(tenant);
  }

  async dueErasures(now: number): Promise<ErasureRecord[]> {
    this.ensureOpen();
    return [...this.erasures.values()].filter((e) => e.dueAt <= now).sort((a, b) => a.dueAt - b.dueAt).map(copy);
  }

  async eraseTenant(tenant: Tenant): Promise<void> {
    this.ensureOpen();
    const ofTenant = (key: string) => key.startsWith(`${tenant} `);
    for (const map of [this.flows, this.votes, this.settings, this.lastAnswers]) for (const key of [...map.keys()]) if (ofTenant(key)) map.delete(key);
    for (let i = this.decisions.length - 1; i >= 0; i--) if (this.decisions[i]!.tenant === tenant) this.decisions.splice(i, 1);
    for (const key of [...this.quietChannels]) if (ofTenant(key)) this.quietChannels.delete(key);
    this.erasures.delete(tenant);
  }

  async getChannelSettings(tenant: Tenant, channel: string): Promise<ChannelSettings | undefined> {
    this.ensureOpen();
    const settings = this.settings.get(keyOf(tenant, channel));
    return settings && copy(settings);
  }

  async setChannelSettings(tenant: Tenant, channel: string, settings: ChannelSettings | undefined): Promise<void> {
    this.ensureOpen();
    const key = keyOf(tenant, channel);
    if (settings === undefined) this.settings.delete(key);
    else this.settings.set(key, copy(ChannelSettings.parse(settings)));
  }

  async claimOnce(key: string, ttlMs: number, now: number): Promise<boolean> {
    this.ensureOpen();
    checkTtl(ttlMs);
    this.sweepExpired(now);
    const expiresAt = this.claims.get(key);
    if (expiresAt !== undefined && now < expiresAt) return false;
    this.claims.set(key, now + ttlMs);
    return true;
  }

  async releaseClaim(key: string): Promise<void> {
    this.ensureOpen();
    this.claims.delete(key);
  }

  async ping(): Promise<boolean> {
    return !this.closed;
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  /** Behave like a closed database connection, so tests against this store catch use-after-close too. */
  private ensureOpen(): void {
    if (this.closed) throw new Error('The store is closed');
  }

  private sweepExpired(now: number): void {
    if (!this.sweep.due(now)) return;
    for (const [key, flow] of this.flows) if (flow.expiresAt <= now) this.flows.delete(key);
    for (const [key, expiresAt] of this.claims) if (expiresAt <= now) this.claims.delete(key);
  }
}
