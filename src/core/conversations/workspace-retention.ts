/**
 * What happens to a workspace's data when it removes the app: nothing at
 * once (people reinstall after a mistake, or to change scopes), and all of
 * it once the grace period has passed without the app coming back. The
 * platform adapter says when the app went or came back; the store keeps the
 * mark, so a restart or another replica forgets nothing.
 */
import type { ErasureRecord, Tenant } from '../team/records.js';
import type { Store } from './store.js';

export const DAY_MS = 24 * 3_600_000;

export interface WorkspaceRetentionOptions {
  store: Pick<Store, 'scheduleErasure' | 'cancelErasure' | 'dueErasures' | 'eraseTenant'>;
  /** How long data is kept after an uninstall. */
  graceMs: number;
  now?: () => number;
}

export class WorkspaceRetention {
  readonly #store: WorkspaceRetentionOptions['store'];
  readonly #graceMs: number;
  readonly #now: () => number;

  constructor(options: WorkspaceRetentionOptions) {
    this.#store = options.store;
    this.#graceMs = options.graceMs;
    this.#now = options.now ?? Date.now;
  }

  /** The app was removed: the tenant's data goes at the returned time unless it comes back first. */
  async removed(tenant: Tenant): Promise<ErasureRecord> {
    const erasure = { tenant, dueAt: this.#now() + this.#graceMs };
    await this.#store.scheduleErasure(erasure);
    return erasure;
  }

  /** The app is (back) in: true when this kept data that was waiting to be erased. */
  async installed(tenant: Tenant): Promise<boolean> {
    return this.#store.cancelErasure(tenant);
  }

  /** Erases every tenant whose grace period is over; returns those erased. */
  async eraseDue(): Promise<ErasureRecord[]> {
    const due = await this.#store.dueErasures(this.#now());
    for (const erasure of due) await this.#store.eraseTenant(erasure.tenant);
    return due;
  }
}
