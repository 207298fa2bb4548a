/**
 * Sends the command mix (command-mix.ts) to a Slack bot over HTTP, signed as
 * Slack signs it, a few requests at a time, and counts what did not get a 2xx.
 */
import { BOT_USER_ID, type FakeSlackApi, TEAM_ID } from '../test/fakes/slack-api.js';
import { FORM, sendSigned, slashCommandBody } from '../test/fakes/slack-requests.js';
import { type MixedCommand, mixedCommand } from './command-mix.js';

export const CHANNEL = 'C0GENERAL';

export interface TrafficOptions {
  eventsUrl: string;
  signingSecret: string;
  /** Registers response_urls and receives the bot's Web API calls. */
  api: FakeSlackApi;
}

let events = 0;

function requestOf(command: MixedCommand, api: FakeSlackApi): { body: string; type: string } {
  if (command.kind === 'slash') {
    const responseUrl = api.responseUrl({ channel: CHANNEL, user: command.user });
    const body = slashCommandBody({ team_id: TEAM_ID, channel_id: CHANNEL, user_id: command.user, user_name: command.user.toLowerCase(), command: '/framework', text: command.text, response_url: responseUrl, trigger_id: `trigger.${events}` });
    return { body, type: FORM };
  }
  events += 1;
  const ts = api.nextTs();
  const event = { type: 'app_mention', user: command.user, text: `<@${BOT_USER_ID}> ${command.text}`, ts, channel: CHANNEL, event_ts: ts };
  const body = { team_id: TEAM_ID, api_app_id: 'A0TEST01', event, type: 'event_callback', event_id: `Ev${String(events).padStart(9, '0')}`, event_time: Math.floor(Date.now() / 1000) };
  return { body: JSON.stringify(body), type: 'application/json' };
}

/** Sends commands `from` .. `to - 1` of the mix, `concurrency` at a time; resolves with how many failed. */
export async function sendMix(options: TrafficOptions, from: number, to: number, concurrency = 8): Promise<number> {
  let next = from;
  let failed = 0;
  const worker = async () => {
    while (next < to) {
      const { body, type } = requestOf(mixedCommand(next++), options.api);
      const answer = await sendSigned(options.eventsUrl, body, type, { secret: options.signingSecret }).catch(() => ({ status: 0 }));
      if (answer.status < 200 || answer.status >= 300) failed += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return failed;
}
