/**
 * People's names for events that carry only a user id (a mention, a direct
 * message), so a card says "Alice is choosing a backend framework" and not
 * "U0ALICE is choosing ...". Looked up with users.info (the users:read scope)
 * and kept a while per person in a bounded map. A lookup that fails, or takes
 * longer than a reply should wait, leaves the id in the name's place: a name
 * is a nicety, never a reason to fail or hold up an answer.
 */
import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import { LATE, within } from '../kit/deadline.js';

export interface DisplayNamesOptions {
  now?: () => number;
  /** How long a name is kept before it is looked up again. */
  keepMs?: number;
  /** How many people's names are kept; the least recently asked for goes first. */
  maxPeople?: number;
  /** How long a reply waits for a name it does not have (the lookup carries on and is kept for next time). */
  waitMs?: number;
}

/** Names rarely change: an hour saves calls without showing an old name for long. */
const KEEP_MS = 60 * 60 * 1000;
/** A failed lookup (a missing scope, Slack down) is tried again after a while, not on every message. */
const KEEP_FAILURE_MS = 5 * 60 * 1000;
/** Far more people than talk to the bot in an hour, in a few hundred kilobytes at most. */
const MAX_PEOPLE = 5_000;
/** Well inside a reply's budget; users.info usually answers in a tenth of that. */
const WAIT_MS = 1_500;

interface Kept {
  name: Promise<string | undefined>;
  until: number;
}

type SlackUser = NonNullable<webApi.UsersInfoResponse['user']>;

/** What Slack itself shows: the display name, else the full name, else the handle. */
function shownName(user: SlackUser | undefined): string | undefined {
  const candidates = [user?.profile?.display_name, user?.profile?.real_name, user?.real_name, user?.name];
  return candidates.map((c) => c?.trim()).find((c) => c) || undefined;
}

export class DisplayNames {
  readonly #kept = new Map<string, Kept>();
  readonly #now: () => number;
  readonly #keepMs: number;
  readonly #maxPeople: number;
  readonly #waitMs: number;

  constructor(options: DisplayNamesOptions = {}) {
    this.#now = options.now ?? Date.now;
    this.#keepMs = options.keepMs ?? KEEP_MS;
    this.#maxPeople = options.maxPeople ?? MAX_PEOPLE;
    this.#waitMs = options.waitMs ?? WAIT_MS;
  }

  /** The person's name as Slack shows it; undefined when it cannot be had (soon enough), so the caller uses the id. */
  async of(client: webApi.WebClient, tenant: string, userId: string, log: Logger): Promise<string | undefined> {
    // Keyed by workspace too: the same id in another install may be looked up with another token.
    const key = `${tenant}/${userId}`;
    const kept = this.#recall(key) ?? this.#lookUp(client, key, userId, log);
    return this.#atMostWaiting(kept.name);
  }

  #recall(key: string): Kept | undefined {
    const kept = this.#kept.get(key);
    if (!kept) return undefined;
    this.#kept.delete(key);
    if (kept.until <= this.#now()) return undefined;
    // Put back last: the map's order is the order of use, so the oldest entry is the least recently used.
    this.#kept.set(key, kept);
    return kept;
  }

  #lookUp(client: webApi.WebClient, key: string, userId: string, log: Logger): Kept {
    const kept: Kept = { name: Promise.resolve(undefined), until: this.#now() + this.#keepMs };
    kept.name = client.users.info({ user: userId }).then(
      (answer) => shownName(answer.user),
      (error: unknown) => {
        log.warn({ err: error, user: userId }, 'could not look up the name with users.info; using the user id');
        kept.until = Math.min(kept.until, this.#now() + KEEP_FAILURE_MS);
        return undefined;
      },
    );
    this.#kept.set(key, kept);
    for (const oldest of this.#kept.keys()) {
      if (this.#kept.size <= this.#maxPeople) break;
      this.#kept.delete(oldest);
    }
    return kept;
  }

  async #atMostWaiting(name: Promise<string | undefined>): Promise<string | undefined> {
    const found = await within(name, this.#waitMs);
    return found === LATE ? undefined : found;
  }
}
