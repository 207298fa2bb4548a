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
