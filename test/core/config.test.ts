import { spawnSync } from 'node:child_process';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { scratchDatabase } from '../support/cli.js';

describe('configuration', () => {
  it('has working defaults with nothing set', () => {
    const config = readConfig({});
    expect(config).toMatchObject({ PORT: 3000, DATABASE_URL: './var/advisor.db', FLOW_TTL_HOURS: 24, LOG_LEVEL: 'info' });
  });

  it('treats empty values as unset, as in a copied .env.example', () => {
    expect(readConfig({ SLACK_BOT_TOKEN: '', PORT: '' }).SLACK_BOT_TOKEN).toBeUndefined();
  });

  it.each([
    ['PORT', 'eighty', /PORT/],
    ['FLOW_TTL_HOURS', '-1', /FLOW_TTL_HOURS/],
    ['SLACK_BOT_TOKEN', 'xoxp-user-token', /SLACK_BOT_TOKEN: a bot token starting with xoxb-/],
    ['RATE_LIMIT_PER_MINUTE', 'lots', /RATE_LIMIT_PER_MINUTE: commands per person per minute, a whole number from 1 to 10000 \(it is "lots"\)/],
    ['SLACK_API_URL', 'not a url', /SLACK_API_URL/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL/],
  ])('stops on a bad %s with a message naming it', (name, value, message) => {
    expect(() => readConfig({ [name]: value })).toThrowError(ConfigError);
    expect(() => readConfig({ [name]: value })).toThrowError(message);
  });

  describe('multi-workspace mode (SLACK_CLIENT_ID)', () => {
    const complete = {
      SLACK_CLIENT_ID: '1111111111.2222222222',
      SLACK_CLIENT_SECRET: 'client-secret',
      SLACK_SIGNING_SECRET: 'signing-secret',
      SLACK_STATE_SECRET: 'a-random-state-secret-0123456789',
      INSTALLATION_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
      PUBLIC_URL: 'https://advisor.example.com/',
    };

    it('takes a complete set, with the grace period defaulting to 30 days', () => {
      expect(readConfig(complete)).toMatchObject({ SLACK_CLIENT_ID: complete.SLACK_CLIENT_ID, PUBLIC_URL: 'https://advisor.example.com', UNINSTALL_GRACE_DAYS: 30 });
    });

    it('refuses to start without the encryption key, naming it', () => {
      const { INSTALLATION_ENCRYPTION_KEY: _key, ...withoutKey } = complete;
      expect(() => readConfig(withoutKey)).toThrowError(/INSTALLATION_ENCRYPTION_KEY: needed with SLACK_CLIENT_ID/);
    });

    it('refuses a key that is not 32 bytes of base64, without echoing it', () => {
      const attempt = () => readConfig({ ...complete, INSTALLATION_ENCRYPTION_KEY: 'c2hvcnQta2V5LXNlY3JldA==' });
      expect(attempt).toThrowError(/INSTALLATION_ENCRYPTION_KEY: 32 random bytes in base64/);
      try {
        attempt();
      } catch (error) {
        expect((error as Error).message).not.toContain('c2hvcnQta2V5LXNlY3JldA');
      }
    });

    it('names every companion that is missing, and refuses a bot token beside a client id', () => {
      expect(() => readConfig({ SLACK_CLIENT_ID: complete.SLACK_CLIENT_ID })).toThrowError(/SLACK_CLIENT_SECRET[\s\S]*SLACK_SIGNING_SECRET[\s\S]*SLACK_STATE_SECRET[\s\S]*INSTALLATION_ENCRYPTION_KEY[\s\S]*PUBLIC_URL/);
      expect(() => readConfig({ ...complete, SLACK_BOT_TOKEN: 'xoxb-1-2-3' })).toThrowError(/SLACK_BOT_TOKEN: set either/);
    });
  });

  it('never echoes a secret value in its message', () => {
    try {
      readConfig({ SLACK_BOT_TOKEN: 'xoxp-very-secret-1234' });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).not.toContain('very-secret');
    }
  });
});

describe('logging', () => {
  it('redacts tokens and secrets wherever they appear in a log line', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const log = createLogger({ level: 'info', pretty: false, destination: sink });
    log.info({ config: { SLACK_BOT_TOKEN: 'xoxb-secret-1', SLACK_SIGNING_SECRET: 'sign-secret-2', DISCORD_TOKEN: 'disc-secret-3' }, client: { token: 'xoxb-secret-4' } }, 'starting');
    log.info({ req: { headers: { authorization: 'Bearer xoxb-secret-5' } } }, 'request');
    const output = lines.join('');
    expect(output).toContain('starting');
    expect(output).not.toMatch(/secret-\d/);
    expect(output).toContain('[redacted]');
  });
});

describe('npm start', () => {
  const start = (vars: Record<string, string>) => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SLACK_') && !k.startsWith('DISCORD_')));
    return spawnSync('node_modules/.bin/tsx', ['src/main.ts'], { encoding: 'utf8', env: { ...env, DATABASE_URL: scratchDatabase('advisor-start-'), DOTENV_CONFIG_PATH: '/nonexistent', ...vars } });
  };

  it.each([
    [{ SLACK_BOT_TOKEN: 'xoxb-half' }, 'SLACK_SIGNING_SECRET is missing: Slack needs SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET'],
    [{ SLACK_SIGNING_SECRET: 'half-secret' }, 'SLACK_BOT_TOKEN is missing: Slack needs SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET'],
    [{ SLACK_APP_TOKEN: 'xapp-half' }, 'SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET are missing'],
    [{ DISCORD_TOKEN: 'half-token' }, 'DISCORD_APPLICATION_ID is missing: Discord needs DISCORD_TOKEN and DISCORD_APPLICATION_ID'],
  ])('names the missing variable of a half-configured platform (%o)', (vars, message) => {
    const r = start(vars);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toContain('No platform is configured');
    for (const value of Object.values(vars)) expect(r.stderr).not.toContain(value);
  });

  it('answers PORT=abc with a sentence, not a validation dump', () => {
    const r = start({ PORT: 'abc' });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('Invalid configuration:\n  PORT: the port to listen on, a whole number from 0 to 65535 (it is "abc")\n');
  });

  it('exits 1 naming the variables to set when no platform is configured', () => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SLACK_') && !k.startsWith('DISCORD_')));
    const r = spawnSync('node_modules/.bin/tsx', ['src/main.ts'], { encoding: 'utf8', env: { ...env, DATABASE_URL: scratchDatabase('advisor-start-'), DOTENV_CONFIG_PATH: '/nonexistent' } });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET/);
    expect(r.stderr).toMatch(/DISCORD_TOKEN and DISCORD_APPLICATION_ID/);
    expect(r.stderr).toMatch(/npm run advisor/);
  });
});
