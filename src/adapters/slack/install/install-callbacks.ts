/**
 * How the OAuth redirect ends, in place of Bolt's defaults: Bolt answers a
 * failed token exchange or a cancelled install with a bare 500 ("Oops,
 * Something Went Wrong!"). Here each outcome gets a page that says what
 * happened: a forged, expired or reused state is a 400 that says so; only a
 * failure on our side (the database, Slack unreachable) is a 5xx.
 */
import type { ServerResponse } from 'node:http';
import type { CallbackOptions, Installation } from '@slack/oauth';
import type { Logger } from 'pino';
import { installedPage, installFailedPage } from './install-pages.js';

interface Outcome {
  status: number;
  heading: string;
  explanation: string;
}

const BAD_LINK: Outcome = {
  status: 400,
  heading: 'This install link is not valid',
  explanation:
    'It did not start on this install page in this browser, it has expired (links last 10 minutes), or it has already been used. Nothing was installed. Start again from the install page.',
};

/** By the coded errors of @slack/oauth and @slack/web-api. */
const OUTCOMES: Record<string, Outcome> = {
  slack_oauth_missing_state: BAD_LINK,
  slack_oauth_invalid_state: BAD_LINK,
  slack_oauth_missing_code: { status: 400, heading: 'Slack did not send an install code', explanation: 'The address is missing the code Slack adds after you allow the app. Nothing was installed.' },
  // Bolt raises this when the person pressed Cancel on Slack's permission page.
  slack_oauth_installer_authorization_error: { status: 200, heading: 'Install cancelled', explanation: 'You chose not to allow the app, so nothing was installed.' },
  // oauth.v2.access answered ok: false (a code expired or used twice, a redirect address that does not match).
  slack_webapi_platform_error: { status: 400, heading: 'Slack did not accept the install', explanation: 'The install code was refused, usually because it expired or was already used. Nothing was installed.' },
};

const OUR_FAULT: Outcome = { status: 503, heading: 'The install could not be finished', explanation: 'Something on our side did not answer. Nothing was installed; please try again in a minute.' };

function send(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(html);
}

/** Slack's deep link into the app (or the organisation's app page for an org-wide install). */
function openInSlack(installation: Installation): string {
  if (installation.isEnterpriseInstall) return installation.enterpriseUrl ?? 'slack://open';
  return installation.appId && installation.team ? `slack://app?team=${installation.team.id}&id=${installation.appId}` : 'slack://open';
}

export function installCallbacks(logger: Logger): CallbackOptions {
  return {
    success(installation, _options, _req, res) {
      const workspace = installation.team?.name ?? installation.enterprise?.name ?? 'your workspace';
      logger.info({ team: installation.team?.id, enterprise: installation.enterprise?.id, orgWide: installation.isEnterpriseInstall === true }, 'installed in a workspace');
      send(res, 200, installedPage(workspace, openInSlack(installation)));
    },
    failure(error, _options, _req, res) {
      const outcome = OUTCOMES[error.code] ?? OUR_FAULT;
      logger[outcome.status >= 500 ? 'error' : 'warn']({ code: error.code, reason: error.message }, 'an install was not finished');
      send(res, outcome.status, installFailedPage(outcome.heading, outcome.explanation));
    },
  };
}
