/**
 * Registers /framework with one bulk overwrite (PUT), so Discord ends up with
 * exactly the generated commands and nothing stale. A guild registration shows
 * at once (use it while developing); a global one is for every server the bot is in.
 */
import { REST, Routes } from 'discord.js';
import { discordCommands } from './commands.js';

export interface RegisterOptions {
  token: string;
  applicationId: string;
  /** Register in this guild only; otherwise globally. */
  guildId?: string | undefined;
  /** REST base URL such as https://discord.com/api (DISCORD_API_URL); the API version is appended. */
  apiUrl?: string | undefined;
}

export interface Registered {
  scope: string;
  names: string[];
}

export async function registerCommands(options: RegisterOptions): Promise<Registered> {
  const rest = new REST({ version: '10', ...(options.apiUrl ? { api: options.apiUrl } : {}) }).setToken(options.token);
  const route = options.guildId ? Routes.applicationGuildCommands(options.applicationId, options.guildId) : Routes.applicationCommands(options.applicationId);
  const saved = (await rest.put(route, { body: discordCommands() })) as Array<{ name: string }>;
  return { scope: options.guildId ? `guild ${options.guildId}` : 'global', names: saved.map((c) => c.name) };
}
