/**
 * Registers /framework and the "Ask Framework Advisor" message action with
 * one bulk overwrite (PUT), so Discord ends up with exactly the generated
 * commands and nothing stale. A guild registration shows at once (use it
 * while developing); a global one is for every server and every user install.
 */
import { type ApplicationCommandType, REST, Routes } from 'discord.js';
import { discordCommands } from './commands.js';

const MESSAGE: ApplicationCommandType.Message = 3;

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
  /** As people find them: "/framework", and a message action by its quoted name. */
  shown: string;
}

export async function registerCommands(options: RegisterOptions): Promise<Registered> {
  const rest = new REST({ version: '10', ...(options.apiUrl ? { api: options.apiUrl } : {}) }).setToken(options.token);
  const route = options.guildId ? Routes.applicationGuildCommands(options.applicationId, options.guildId) : Routes.applicationCommands(options.applicationId);
  const saved = (await rest.put(route, { body: discordCommands() })) as Array<{ name: string; type?: number }>;
  const shown = saved.map((c) => (c.type === MESSAGE ? `the message action "${c.name}"` : `/${c.name}`)).join(' and ');
  return { scope: options.guildId ? `guild ${options.guildId}` : 'global', names: saved.map((c) => c.name), shown };
}
