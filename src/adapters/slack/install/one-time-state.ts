/**
 * The OAuth `state` parameter, as Bolt's own ClearStateStore makes it (a
 * token signed with SLACK_STATE_SECRET that expires after ten minutes), plus
 * one rule it lacks: each state finishes at most one install. The first
 * callback to present it claims it in the shared store, so a replay (the
 * same callback URL sent again, on this replica or another) is refused.
 */
import { createHash } from 'node:crypto';
import type { InstallURLOptions, StateStore } from '@slack/oauth';
// @slack/oauth is CommonJS whose state stores are re-exported with `export *`, which Node's ESM
// loader cannot see as named exports (vitest can, so only the real service failed): take them
// from the default export.
import oauth from '@slack/oauth';
import type { Store } from '../../../core/index.js';

const { ClearStateStore, InvalidStateError } = oauth;

/** How long an install link stays valid; Bolt's cookie for it lasts as long. */
export const STATE_LIFETIME_SECONDS = 600;

export class OneTimeStateStore implements StateStore {
  readonly #signed: InstanceType<typeof ClearStateStore>;

  constructor(
    stateSecret: string,
    private readonly store: Pick<Store, 'claimOnce'>,
  ) {
    this.#signed = new ClearStateStore(stateSecret, STATE_LIFETIME_SECONDS);
  }

  generateStateParam(installOptions: InstallURLOptions, now: Date): Promise<string> {
    return this.#signed.generateStateParam(installOptions, now);
  }

  /** Throws InvalidStateError (a 400 page) for a forged, expired or already used state. */
  async verifyStateParam(now: Date, state: string): Promise<InstallURLOptions> {
    const options = await this.#signed.verifyStateParam(now, state);
    // Only the digest is kept: the claim key is not a secret, and keys stay short.
    const digest = createHash('sha256').update(state).digest('base64url');
    const first = await this.store.claimOnce(`slack:oauth-state:${digest}`, STATE_LIFETIME_SECONDS * 1000, now.getTime());
    if (!first) throw new InvalidStateError('This install link has already been used');
    return options;
  }
}
