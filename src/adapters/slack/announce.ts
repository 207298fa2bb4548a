/**
 * Posting what the bot says on its own (a revisit alert, a vote closed at its
 * deadline) in a Slack channel, with no request to answer: chat.postMessage
 * with the workspace's bot token. With one workspace that is SLACK_BOT_TOKEN;
 * with many it is the installation's token, found (and refreshed, when token
 * rotation is on) the way Bolt authorizes each request.
 */
import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Announcement, Tenant } from '../../core/index.js';
import { slackMessage } from './replies.js';
import { withRateLimitWait } from './web-api.js';

/** The bot token for a workspace (or an organisation, for an org-wide install). */
export type TokenFor = (tenant: Tenant) => Promise<string>;

type Query = { teamId: string; enterpriseId: undefined; isEnterpriseInstall: false } | { teamId: undefined; enterpriseId: string; isEnterpriseInstall: true };

/** An org-wide install's tenant is its enterprise id (E...), a workspace's its team id (T...): see installationTenant. */
export function installationQuery(tenant: Tenant): Query {
  const id = tenant.slice(tenant.indexOf(':') + 1);
  return id.startsWith('E') ? { teamId: undefined, enterpriseId: id, isEnterpriseInstall: true } : { teamId: id, enterpriseId: undefined, isEnterpriseInstall: false };
}

/** Multi-workspace tokens through the installer's authorize (Bolt's InstallProvider). */
export function installedToken(authorize: (query: Query) => Promise<{ botToken?: string }>): TokenFor {
  return async (tenant) => {
    const { botToken } = await authorize(installationQuery(tenant));
    if (!botToken) throw new Error('the installation has no bot token');
    return botToken;
  };
}

export async function announceInSlack(client: webApi.WebClient, tokenFor: TokenFor, announcement: Announcement, logger: Logger): Promise<void> {
  const { tenant, channel, reply } = announcement;
  if (!tenant.startsWith('slack:')) throw new RangeError('not a Slack tenant');
  const token = await tokenFor(tenant);
  const message = slackMessage(reply, logger);
  await withRateLimitWait(() =>
    client.chat.postMessage({
      token,
      channel,
      text: message.text,
      ...(message.blocks.length > 0 ? { blocks: message.blocks } : {}),
      unfurl_links: false,
      unfurl_media: false,
    }),
  );
}
