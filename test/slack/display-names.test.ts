/** How names are kept: per workspace and person, for a while, a bounded number of them, and never waited on for long. */
import type { webApi } from '@slack/bolt';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { DisplayNames } from '../../src/adapters/slack/display-names.js';

const silent = pino({ level: 'silent' });

/** A Web API client whose users.info answers from a list of display names (the full name is "<display> Real"), counting the calls. */
function slackWith(names: Record<string, string>) {
  const asked: string[] = [];
  const client = {
    users: {
      info: async ({ user }: { user: string }) => {
        asked.push(user);
        if (!(user in names)) throw new Error('An API error occurred: user_not_found');
        return { ok: true, user: { id: user, name: user.toLowerCase(), profile: { display_name: names[user], real_name: `${names[user]} Real` } } };
      },
    },
  } as unknown as webApi.WebClient;
  return { client, asked };
}

describe('DisplayNames', () => {
  it('keeps a name for a while, then looks it up again', async () => {
    let now = 0;
    const names = new DisplayNames({ now: () => now, keepMs: 1000 });
    const slack = slackWith({ U1: 'Ada' });
    expect(await names.of(slack.client, 'slack:T1', 'U1', silent)).toBe('Ada');
    now = 999;
    expect(await names.of(slack.client, 'slack:T1', 'U1', silent)).toBe('Ada');
    expect(slack.asked).toEqual(['U1']);
    now = 1000;
    await names.of(slack.client, 'slack:T1', 'U1', silent);
    expect(slack.asked).toEqual(['U1', 'U1']);
  });

  it('keeps names per workspace', async () => {
    const names = new DisplayNames();
    const slack = slackWith({ U1: 'Ada' });
    await names.of(slack.client, 'slack:T1', 'U1', silent);
    await names.of(slack.client, 'slack:T2', 'U1', silent);
    expect(slack.asked).toEqual(['U1', 'U1']);
  });

  it('keeps at most maxPeople names, forgetting the one asked for least recently', async () => {
    const names = new DisplayNames({ maxPeople: 2 });
    const slack = slackWith({ U1: 'Ada', U2: 'Grace', U3: 'Edsger' });
    for (const user of ['U1', 'U2', 'U1', 'U3']) await names.of(slack.client, 'slack:T1', user, silent);
    // U2 was the least recently asked for when U3 came: it is the one forgotten.
    await names.of(slack.client, 'slack:T1', 'U1', silent);
    await names.of(slack.client, 'slack:T1', 'U2', silent);
    expect(slack.asked).toEqual(['U1', 'U2', 'U3', 'U2']);
  });

  it('uses the full name when there is no display name', async () => {
    const slack = slackWith({ U1: '' });
    expect(await new DisplayNames().of(slack.client, 'slack:T1', 'U1', silent)).toBe('Real');
  });

  it('gives undefined (the caller shows the id) when the lookup fails', async () => {
    const slack = slackWith({});
    expect(await new DisplayNames().of(slack.client, 'slack:T1', 'U9', silent)).toBeUndefined();
  });

  it('does not hold up a reply for a lookup that does not answer', async () => {
    const hanging = { users: { info: () => new Promise(() => {}) } } as unknown as webApi.WebClient;
    expect(await new DisplayNames({ waitMs: 1 }).of(hanging, 'slack:T1', 'U1', silent)).toBeUndefined();
  });
});
