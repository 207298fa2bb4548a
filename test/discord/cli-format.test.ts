/** `npm run advisor -- --format discord <command>`: the message body the bot would send. */
import { describe, expect, it } from 'vitest';
import { type DiscordMessagePayload, limitProblems } from '../../src/adapters/discord/limits.js';
import { cliRunner } from '../support/cli.js';

describe('npm run advisor -- --format discord', () => {
  const cli = cliRunner();

  it('prints the embeds, action rows and allowed mentions, within Discord limits', () => {
    const r = cli.run('--format', 'discord', 'compare', 'django', 'fastapi', 'express', 'nestjs');
    expect(r.code).toBe(0);
    const message = JSON.parse(r.out) as DiscordMessagePayload;
    expect(Object.keys(message)).toEqual(['embeds', 'components', 'allowed_mentions']);
    expect(message.embeds[0]!.title).toBe('Django vs FastAPI vs Express vs NestJS');
    expect(message.allowed_mentions).toEqual({ parse: [] });
    expect(limitProblems(message)).toEqual([]);
  });

  it('prints the "did you mean" payload for text it does not understand, exiting 2', () => {
    const r = cli.run('--format', 'discord', 'info', 'djangoo');
    expect(r.code).toBe(2);
    expect((JSON.parse(r.out) as DiscordMessagePayload).embeds[0]!.description).toContain('Did you mean Django?');
  });
});
