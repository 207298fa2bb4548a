/**
 * `npm run register:discord`: registers /framework and the message action for DISCORD_GUILD_ID when it
 * is set (instant), otherwise globally. `-- --write-manifest` instead rewrites
 * manifests/discord-commands.json from the command spec, without contacting Discord.
 */
import 'dotenv/config';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ConfigError, readConfig } from '../../config.js';
import { manifestText } from './commands.js';
import { registerCommands } from './register-commands.js';

const MANIFEST_PATH = fileURLToPath(new URL('../../../manifests/discord-commands.json', import.meta.url));

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--write-manifest')) {
    writeFileSync(MANIFEST_PATH, manifestText());
    process.stdout.write(`Wrote ${MANIFEST_PATH}\n`);
    return 0;
  }
  const config = readConfig(process.env);
  if (!config.DISCORD_TOKEN || !config.DISCORD_APPLICATION_ID) {
    process.stderr.write('Set DISCORD_TOKEN and DISCORD_APPLICATION_ID to register the commands (see README.md).\n');
    return 1;
  }
  const registered = await registerCommands({
    token: config.DISCORD_TOKEN,
    applicationId: config.DISCORD_APPLICATION_ID,
    guildId: config.DISCORD_GUILD_ID,
    apiUrl: config.DISCORD_API_URL,
  });
  process.stdout.write(`Registered ${registered.shown} (${registered.scope}).\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    // The message only: a REST error's request details are not for a terminal that may be logged.
    process.stderr.write(`${error instanceof ConfigError ? error.message : `Registration failed: ${error instanceof Error ? error.message : String(error)}`}\n`);
    process.exitCode = 1;
  },
);
