/**
 * Records <-> rows, for both SQL stores: SQLite and PostgreSQL share the same
 * tables and column names (sqlite-migrations.ts, postgres-migrations.ts), and
 * the PostgreSQL pool hands JSON columns back as text (postgres-pool.ts), so
 * one mapping and one validation serve both. Encoding flattens people into
 * id/name columns and nested values into JSON text; decoding rebuilds the
 * record and validates it with records.ts, turning bad JSON or a schema
 * mismatch into a DamagedRowError that names the table and the row.
 */
import { z } from 'zod';
import { ChannelSettings, DecisionRecord, ErasureRecord, FlowRecord, InstallationRecord, LastAnswers, VoteRecord } from '../core/team/records.js';
import { DamagedRowError } from './store-errors.js';

export interface FlowRow {
  tenant: string;
  id: string;
  channel: string;
  owner_id: string;
  owner_name: string;
  answers: string;
  visited: string;
  pending: string;
  version: number;
  created_at: number;
  expires_at: number;
}

export interface VoteRow {
  tenant: string;
  id: string;
  channel: string;
  started_by_id: string;
  started_by_name: string;
  options: string;
  answers: string | null;
  closed_at: number | null;
  created_at: number;
  closes_at: number | null;
  anonymous: number | null;
  method: string | null;
  decision_number: number | null;
}

export interface BallotRow {
  voter_id: string;
  voter_name: string;
  choice: string;
}

export interface DecisionRow {
  tenant: string;
  id: string;
  channel: string;
  kind: string;
  by_id: string;
  by_name: string;
  answers: string | null;
  options: string;
  decision: string | null;
  tally: string | null;
  weights: string;
  created_at: number;
  number: number | null;
  status: string | null;
  details: string | null;
}

export interface SettingsRow {
  tenant: string;
  channel: string;
  importance: string;
  set_by_id: string;
  set_by_name: string;
  updated_at: number;
}

export interface InstallationRow {
  key: string;
  tenant: string;
  sealed: string;
  updated_at: number;
}

export interface LastAnswersRow {
  tenant: string;
  user_id: string;
  answers: string;
  updated_at: number;
}

export interface ErasureRow {
  tenant: string;
  due_at: number;
}

/** Which row is being decoded, for error messages. */
interface RowAt {
  table: string;
  key: string;
}

const json = (value: unknown): string => JSON.stringify(value);
const jsonOrNull = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));

export function flowParams(flow: FlowRecord) {
  return {
    tenant: flow.tenant,
    id: flow.id,
    channel: flow.channel,
    ownerId: flow.owner.id,
    ownerName: flow.owner.name,
    answers: json(flow.answers),
    visited: json(flow.visited),
    pending: json(flow.pending),
    version: flow.version,
    createdAt: flow.createdAt,
    expiresAt: flow.expiresAt,
  };
}

export function flowFromRow(row: FlowRow): FlowRecord {
  const at = { table: 'flows', key: `tenant ${row.tenant}, id ${row.id}` };
  return validated(FlowRecord, at, () => ({
    id: row.id,
    tenant: row.tenant,
    channel: row.channel,
    owner: { id: row.owner_id, name: row.owner_name },
    answers: parseColumn(at, 'answers', row.answers),
    visited: parseColumn(at, 'visited', row.visited),
    pending: parseColumn(at, 'pending', row.pending),
    version: row.version,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  }));
}

export function voteParams(vote: VoteRecord) {
  return {
    tenant: vote.tenant,
    id: vote.id,
    channel: vote.channel,
    startedById: vote.startedBy.id,
    startedByName: vote.startedBy.name,
    options: json(vote.options),
    answers: jsonOrNull(vote.answers),
    closedAt: vote.closedAt ?? null,
    createdAt: vote.createdAt,
    closesAt: vote.closesAt ?? null,
    anonymous: vote.anonymous === undefined ? null : Number(vote.anonymous),
    method: vote.method ?? null,
    decisionNumber: vote.decisionNumber ?? null,
  };
}

/** The ballots of a new vote, one row per voter (the caller has checked ballots and voters match). */
export function ballotParams(vote: VoteRecord) {
  return Object.entries(vote.ballots).map(([voterId, choice]) => ({
    tenant: vote.tenant,
    voteId: vote.id,
    voterId,
    voterName: vote.voters[voterId] ?? '',
    choice,
  }));
}

export function voteFromRows(row: VoteRow, ballots: readonly BallotRow[]): VoteRecord {
  const at = { table: 'votes', key: `tenant ${row.tenant}, id ${row.id}` };
  return validated(VoteRecord, at, () => ({
    id: row.id,
    tenant: row.tenant,
    channel: row.channel,
    startedBy: { id: row.started_by_id, name: row.started_by_name },
    options: parseColumn(at, 'options', row.options),
    ...optional('answers', row.answers === null ? undefined : parseColumn(at, 'answers', row.answers)),
    // fromEntries defines own properties, so no voter id can reach a prototype.
    ballots: Object.fromEntries(ballots.map((b) => [b.voter_id, b.choice])),
    voters: Object.fromEntries(ballots.map((b) => [b.voter_id, b.voter_name])),
    ...optional('closedAt', row.closed_at ?? undefined),
    createdAt: row.created_at,
    ...optional('closesAt', row.closes_at ?? undefined),
    ...optional('anonymous', row.anonymous === null ? undefined : row.anonymous === 1),
    ...optional('method', row.method ?? undefined),
    ...optional('decisionNumber', row.decision_number ?? undefined),
  }));
}

export function decisionParams(decision: DecisionRecord) {
  return {
    tenant: decision.tenant,
    id: decision.id,
    channel: decision.channel,
    kind: decision.kind,
    byId: decision.by.id,
    byName: decision.by.name,
    answers: jsonOrNull(decision.answers),
    options: json(decision.options),
    decision: decision.decision ?? null,
    tally: jsonOrNull(decision.tally),
    weights: json(decision.weights),
    createdAt: decision.createdAt,
    status: decision.status ?? null,
    details: jsonOrNull(decision.details),
  };
}

export function decisionFromRow(row: DecisionRow): DecisionRecord {
  const at = { table: 'decisions', key: `tenant ${row.tenant}, id ${row.id}` };
  return validated(DecisionRecord, at, () => ({
    id: row.id,
    tenant: row.tenant,
    channel: row.channel,
    kind: row.kind,
    by: { id: row.by_id, name: row.by_name },
    ...optional('answers', row.answers === null ? undefined : parseColumn(at, 'answers', row.answers)),
    options: parseColumn(at, 'options', row.options),
    ...optional('decision', row.decision ?? undefined),
    ...optional('tally', row.tally === null ? undefined : parseColumn(at, 'tally', row.tally)),
    weights: parseColumn(at, 'weights', row.weights),
    createdAt: row.created_at,
    ...optional('number', row.number ?? undefined),
    ...optional('status', row.status ?? undefined),
    ...optional('details', row.details === null ? undefined : parseColumn(at, 'details', row.details)),
  }));
}

export function settingsParams(tenant: string, channel: string, settings: ChannelSettings) {
  return {
    tenant,
    channel,
    importance: json(settings.importance),
    setById: settings.setBy.id,
    setByName: settings.setBy.name,
    updatedAt: settings.updatedAt,
  };
}

export function settingsFromRow(row: SettingsRow): ChannelSettings {
  const at = { table: 'channel_settings', key: `tenant ${row.tenant}, channel ${row.channel}` };
  return validated(ChannelSettings, at, () => ({
    importance: parseColumn(at, 'importance', row.importance),
    setBy: { id: row.set_by_id, name: row.set_by_name },
    updatedAt: row.updated_at,
  }));
}

export function installationParams(installation: InstallationRecord) {
  return { key: installation.key, tenant: installation.tenant, sealed: installation.sealed, updatedAt: installation.updatedAt };
}

export function installationFromRow(row: InstallationRow): InstallationRecord {
  const at = { table: 'installations', key: `key ${row.key}` };
  return validated(InstallationRecord, at, () => ({ key: row.key, tenant: row.tenant, sealed: row.sealed, updatedAt: row.updated_at }));
}

export function lastAnswersParams(tenant: string, userId: string, last: LastAnswers) {
  return { tenant, userId, answers: json(last.answers), updatedAt: last.updatedAt };
}

export function lastAnswersFromRow(row: LastAnswersRow): LastAnswers {
  const at = { table: 'last_answers', key: `tenant ${row.tenant}, user ${row.user_id}` };
  return validated(LastAnswers, at, () => ({ answers: parseColumn(at, 'answers', row.answers), updatedAt: row.updated_at }));
}

export function erasureFromRow(row: ErasureRow): ErasureRecord {
  const at = { table: 'erasures', key: `tenant ${row.tenant}` };
  return validated(ErasureRecord, at, () => ({ tenant: row.tenant, dueAt: row.due_at }));
}

/** NULL columns become absent keys, not `key: undefined`: the schemas are strict and callers compare records. */
function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

function parseColumn(at: RowAt, column: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new DamagedRowError(at.table, at.key, `column ${column} is not valid JSON`);
  }
}

function validated<T>(schema: z.ZodType<T>, at: RowAt, build: () => unknown): T {
  const result = schema.safeParse(build());
  if (!result.success) throw new DamagedRowError(at.table, at.key, describeIssues(result.error));
  return result.data;
}

/** One line per problem, naming the field: `visited.1: Invalid option ...`. */
function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.map(String).join('.') || 'row'}: ${issue.message}`).join('; ');
}
