/**
 * Multi-workspace mode: Bolt's own OAuth support (InstallProvider inside the
 * HTTP receiver) serves /slack/install and /slack/oauth_redirect, exchanges
 * the code with oauth.v2.access, rotates tokens when the app has token
 * rotation on, and authorizes each request with its workspace's token from
 * the installation store. This file only supplies our parts: the store
 * (sealed tokens in our database), a state that works once, the pages, and
 * what an uninstall does.
 */
import type { App, HTTPReceiverOptions } from '@slack/bolt';
import type { Logger } from 'pino';
import { DAY_MS, type Store, WorkspaceRetention } from '../../../core/index.js';
import { BOT_SCOPES } from '../manifest.js';
import { INSTALL_PATH, OAUTH_REDIRECT_PATH } from '../routes.js';
import { installCallbacks } from './install-callbacks.js';
import { installPage } from './install-pages.js';
import { installationTenant, InstallationVault } from './installation-vault.js';
import { STATE_LIFETIME_SECONDS, OneTimeStateStore } from './one-time-state.js';
import { SealedBox } from './sealed-box.js';

export interface MultiWorkspaceSettings {
  clientId: string;
  clientSecret: string;
  stateSecret: string;
  /** INSTALLATION_ENCRYPTION_KEY. */
  encryptionKey: string;
  /** PUBLIC_URL: where Slack sends browsers back after an install. */
  publicUrl: string;
  graceDays: number;
}

export type InstallerParts = Pick<HTTPReceiverOptions, 'clientId' | 'clientSecret' | 'stateSecret' | 'scopes' | 'redirectUri' | 'installationStore' | 'installerOptions'>;

export class MultiWorkspace {
  readonly vault: InstallationVault;
  readonly retention: WorkspaceRetention;

  constructor(
    private readonly settings: MultiWorkspaceSettings,
    private readonly store: Store,
    private readonly logger: Logger,
    now: () => number = Date.now,
  ) {
    this.retention = new WorkspaceRetention({ store, graceMs: settings.graceDays * DAY_MS, now });
    this.vault = new InstallationVault(store, new SealedBox(settings.encryptionKey), { installed: (tenant) => this.onInstalled(tenant) }, now);
  }

  /** The receiver's OAuth options; `clientOptions` points oauth.v2.access where the Web API goes. */
  receiverOptions(clientOptions: NonNullable<HTTPReceiverOptions['installerOptions']>['clientOptions']): InstallerParts {
    const { clientId, clientSecret, stateSecret, publicUrl } = this.settings;
    return {
      clientId,
      clientSecret,
      stateSecret,
      scopes: Object.keys(BOT_SCOPES),
      redirectUri: `${publicUrl}${OAUTH_REDIRECT_PATH}`,
      installationStore: this.vault,
      installerOptions: {
        installPath: INSTALL_PATH,
        redirectUriPath: OAUTH_REDIRECT_PATH,
        stateStore: new OneTimeStateStore(stateSecret, this.store),
        stateCookieExpirationSeconds: STATE_LIFETIME_SECONDS,
        renderHtmlForInstallPath: installPage,
        callbackOptions: installCallbacks(this.logger),
        ...(clientOptions ? { clientOptions } : {}),
      },
    };
  }

  /**
   * app_uninstalled, and tokens_revoked for the bot's token: the workspace's
   * installation goes at once (its tokens are useless now), its data after
   * the grace period. Bolt delivers both without authorizing, since the
   * tokens no longer work.
   */
  register(app: App): void {
    app.event('app_uninstalled', async ({ context }) => this.removed(context, 'app_uninstalled'));
    app.event('tokens_revoked', async ({ event, context }) => {
      if ((event.tokens.bot ?? []).length > 0) await this.removed(context, 'tokens_revoked');
    });
  }

  /** Erases the data of workspaces whose grace period is over. */
  async eraseDue(): Promise<void> {
    for (const erased of await this.retention.eraseDue()) {
      this.logger.info({ tenant: erased.tenant, dueAt: new Date(erased.dueAt).toISOString() }, "erased an uninstalled workspace's data after the grace period");
    }
  }

  private async removed(context: { teamId?: string | undefined; enterpriseId?: string | undefined; isEnterpriseInstall?: boolean | undefined }, why: string): Promise<void> {
    const query = { teamId: context.teamId, enterpriseId: context.enterpriseId, isEnterpriseInstall: context.isEnterpriseInstall === true };
    await this.vault.deleteInstallation(query as Parameters<InstallationVault['deleteInstallation']>[0]);
    const erasure = await this.retention.removed(installationTenant(query));
    this.logger.info({ tenant: erasure.tenant, why, eraseAt: new Date(erasure.dueAt).toISOString(), graceDays: this.settings.graceDays }, 'the app was removed from a workspace: installation deleted, data kept until the grace period ends');
  }

  private async onInstalled(tenant: Parameters<WorkspaceRetention['installed']>[0]): Promise<void> {
    if (await this.retention.installed(tenant)) this.logger.info({ tenant }, 'a workspace installed the app again within the grace period: its data is kept');
  }
}
