/**
 * The pages a person's browser sees while installing the app: the install
 * page (what the app does, each scope and why, Slack's Add to Slack button),
 * the page after a finished install, and the page after a refused one. Plain
 * HTML that works without JavaScript, with a landmark, headings, and text
 * alternatives, so it reads well in a screen reader too. Every value put in
 * the HTML is escaped.
 */
import { SLASH_COMMAND } from '../../../core/index.js';
import { APP_NAME, BOT_SCOPES } from '../manifest.js';
import { INSTALL_PATH } from '../routes.js';

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const STYLE = `
  body { font: 16px/1.5 system-ui, sans-serif; color: #1d1c1d; background: #fff; margin: 0; }
  main { max-width: 40rem; margin: 2rem auto; padding: 0 1rem; }
  h1 { font-size: 1.75rem; margin-bottom: .25rem; }
  dt { font-family: ui-monospace, monospace; font-weight: 600; margin-top: .75rem; }
  dd { margin-left: 1rem; }
  a:focus-visible { outline: 3px solid #1264a3; outline-offset: 2px; }
  .install { margin: 1.5rem 0; }`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<link rel="icon" href="data:,">
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

/** Slack's own Add to Slack button markup (https://docs.slack.dev/legacy/legacy-slack-button), pointing at the install URL Bolt made. */
function addToSlackButton(installUrl: string): string {
  return `<a class="install" id="add-to-slack" href="${escape(installUrl)}"><img alt="Add to Slack" height="40" width="139" src="https://platform.slack-edge.com/img/add_to_slack.png" srcset="https://platform.slack-edge.com/img/add_to_slack.png 1x, https://platform.slack-edge.com/img/add_to_slack@2x.png 2x"></a>`;
}

/** The install page; `installUrl` is Slack's authorize URL with client_id, scope, redirect_uri and state. */
export function installPage(installUrl: string): string {
  const scopes = Object.entries(BOT_SCOPES)
    .map(([scope, why]) => `<dt>${escape(scope)}</dt>\n<dd>${escape(why)}</dd>`)
    .join('\n');
  return page(
    `Install ${APP_NAME} in Slack`,
    `<h1>${escape(APP_NAME)}</h1>
<p>${escape(SLASH_COMMAND.description)}. Put two to four side by side, answer six questions for a ranked recommendation that explains itself, then share it, vote on it as a team, and keep the decision.</p>
<p class="install">${addToSlackButton(installUrl)}</p>
<p>The button takes you to Slack, which asks whether to allow the permissions below in your workspace.</p>
<h2>Permissions, and why each is needed</h2>
<dl>
${scopes}
</dl>
<p>Workspace tokens are stored encrypted. If you remove the app, its data for your workspace is deleted after a grace period.</p>`,
  );
}

export function installedPage(workspace: string, openInSlack: string): string {
  return page(
    `${APP_NAME} is installed`,
    `<h1>${escape(APP_NAME)} is installed in ${escape(workspace)}</h1>
<p>Try <code>/${escape(SLASH_COMMAND.name)} compare django fastapi</code> in any channel, or open the app's Home tab.</p>
<p><a href="${escape(openInSlack)}">Open Slack</a></p>`,
  );
}

/** Why an install was not finished, in words for the person in front of the browser. */
export function installFailedPage(heading: string, explanation: string): string {
  return page(
    `${APP_NAME}: install not finished`,
    `<h1>${escape(heading)}</h1>
<p>${escape(explanation)}</p>
<p><a href="${escape(INSTALL_PATH)}">Start the install again</a></p>`,
  );
}
