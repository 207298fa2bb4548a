/**
 * Bolt's InstallationStore over our Store: Bolt hands over what Slack gave
 * at install (and after each token rotation), and asks for it again on
 * every request. The whole installation (bot token, refresh token, user
 * token if any) is sealed before it reaches the database; ids stay in the
 * clear in the key, so rows can be found and deleted.
 */
import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import { ConfigError } from '../../../config.js';
import type { Store, Tenant } from '../../../core/index.js';
import { type SealedBox, UnsealError } from './sealed-box.js';

/** A record whose only job is to prove, at start-up, that the key is the one the tokens were sealed with. */
const KEY_CHECK = { key: 'slack:key-check', tenant: 'slack:key-check', text: 'Framework Advisor installation key check' } as const;

/** A ConfigError, so main.ts prints the message (no stack) and exits 1. */
export class WrongEncryptionKeyError extends ConfigError {
  override name = 'WrongEncryptionKeyError';
  constructor() {
    super(
      'INSTALLATION_ENCRYPTION_KEY is not the key the stored Slack installations were encrypted with, so no workspace could be served. ' +
        'Set the key they were saved with (or, to start over, delete the installations and have each workspace install again).',
    );
  }
}

/** What the vault is told about installs, to keep or schedule the workspace's data. */
export interface InstallationEvents {
  installed?(tenant: Tenant): Promise<void>;
}

type Query = InstallationQuery<boolean>;
type Identified = { teamId?: string | undefined; enterpriseId?: string | undefined; isEnterpriseInstall?: boolean | undefined };

/** An org-wide (Enterprise Grid) install is one installation for every workspace of the organisation. */
export function installationKey({ teamId, enterpriseId, isEnterpriseInstall }: Identified): string {
  if (isEnterpriseInstall && enterpriseId) return `slack:enterprise:${enterpriseId}`;
  if (teamId) return `slack:team:${teamId}`;
  throw new RangeError('an installation needs a team id, or an enterprise id for an org-wide install');
}

/** The tenant whose data a workspace's requests use (as slack-adapter.ts derives it from payloads). */
export function installationTenant(found: Identified): Tenant {
  return `slack:${found.isEnterpriseInstall ? found.enterpriseId : (found.teamId ?? found.enterpriseId)}` as Tenant;
}

export class InstallationVault implements InstallationStore {
  constructor(
    private readonly store: Pick<Store, 'saveInstallation' | 'getInstallation' | 'deleteInstallation'>,
    private readonly box: SealedBox,
    private readonly events: InstallationEvents = {},
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Fails start-up with WrongEncryptionKeyError when the key cannot open what
   * an earlier run sealed; on a fresh database, seals the check for next time.
   */
  async checkKey(): Promise<void> {
    const found = await this.store.getInstallation(KEY_CHECK.key);
    if (!found) {
      await this.store.saveInstallation({ key: KEY_CHECK.key, tenant: KEY_CHECK.tenant, sealed: this.box.seal(KEY_CHECK.text, KEY_CHECK.key), updatedAt: this.now() });
      return;
    }
    try {
      if (this.box.open(found.sealed, KEY_CHECK.key) === KEY_CHECK.text) return;
    } catch (error) {
      if (!(error instanceof UnsealError)) throw error;
    }
    throw new WrongEncryptionKeyError();
  }

  async storeInstallation(installation: Installation): Promise<void> {
    const identified = { teamId: installation.team?.id, enterpriseId: installation.enterprise?.id, isEnterpriseInstall: installation.isEnterpriseInstall };
    const key = installationKey(identified);
    const tenant = installationTenant(identified);
    await this.store.saveInstallation({ key, tenant, sealed: this.box.seal(JSON.stringify(installation), key), updatedAt: this.now() });
    await this.events.installed?.(tenant);
  }

  async fetchInstallation(query: Query): Promise<Installation> {
    const key = installationKey(query);
    const found = await this.store.getInstallation(key);
    if (!found) throw new Error(`no installation for ${key}`);
    return JSON.parse(this.box.open(found.sealed, key)) as Installation;
  }

  async deleteInstallation(query: Query): Promise<void> {
    await this.store.deleteInstallation(installationKey(query));
  }
}
