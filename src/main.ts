/**
 * `npm start`: the bot service. Starts every platform whose credentials are
 * present; with none, says which variables to set and points at the CLI.
 */
import 'dotenv/config';
import { ConfigError, readConfig, type Config } from './config.js';

export function configuredPlatforms(config: Config): string[] {
  const platforms: string[] = [];
  if (config.SLACK_BOT_TOKEN && config.SLACK_SIGNING_SECRET) platforms.push('slack');
  if (config.DISCORD_TOKEN && config.DISCORD_APPLICATION_ID) platforms.push('discord');
  return platforms;
}

export const NOTHING_CONFIGURED = [
  'No platform is configured, so there is nothing to start.',
  '  Slack:   set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (and SLACK_APP_TOKEN for Socket Mode)',
  '  Discord: set DISCORD_TOKEN and DISCORD_APPLICATION_ID',
  'See README.md for setup. To try the advisor without an account, run: npm run advisor',
].join('\n');

function main(): number {
  let config: Config;
  try {
    config = readConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const platforms = configuredPlatforms(config);
  if (platforms.length === 0) {
    process.stderr.write(`${NOTHING_CONFIGURED}\n`);
    return 1;
  }
  process.stderr.write(`Platforms configured (${platforms.join(', ')}), but their adapters are not built yet.\n`);
  return 1;
}

process.exitCode = main();
