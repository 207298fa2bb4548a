/**
 * Gateway payloads as Discord sends them (discord-api-types shapes): slash
 * commands, autocomplete, clicks on buttons and selects (with the full
 * message they were on), and messages in channels, threads and DMs.
 */
import type {
  APIApplicationCommandInteractionDataOption,
  APIChannel,
  APIGuildMember,
  APIMessage,
  APIUser,
} from 'discord.js';
import { snowflake } from './discord-server.js';

export function user(name: string, options: { bot?: boolean } = {}): APIUser {
  return { id: snowflake(), username: name.toLowerCase(), global_name: name, discriminator: '0', avatar: null, ...(options.bot ? { bot: true } : {}) };
}

function member(person: APIUser): APIGuildMember {
  return { user: person, roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0 } as unknown as APIGuildMember;
}

/** All permissions a member of the test guild has (enough to see and click everything). */
const PERMISSIONS = '2248473465835073';

export interface Where {
  channel: APIChannel;
  guildId?: string;
  /**
   * Reached only through the person's user install: a server that did not
   * add the bot (with guildId), or a group DM or a DM between people (without).
   */
  userInstall?: boolean;
  /** The person's Discord language (default en-GB). */
  locale?: string;
}

/** Who installed the app for this interaction, as Discord names them: the server (guild install), the person (user install). */
function owners(where: Where, person: APIUser) {
  if (where.userInstall) return { authorizing_integration_owners: { '1': person.id } };
  return { authorizing_integration_owners: where.guildId !== undefined ? { '0': where.guildId } : { '1': person.id } };
}

/** The context Discord reports: 0 a server, 1 a DM with the bot, 2 a group DM or a DM between people. */
function context(where: Where): number {
  if (where.guildId !== undefined) return 0;
  return where.userInstall ? 2 : 1;
}

/** The fields every interaction carries; who and where differ between guilds and DMs. */
function base(type: number, where: Where, person: APIUser, applicationId: string) {
  const partialChannel = { ...where.channel };
  const inGuild = where.guildId !== undefined;
  return {
    id: snowflake(),
    application_id: applicationId,
    type,
    token: `interaction-token-${snowflake()}`,
    version: 1,
    // Where the bot was not added, Discord reports only what any external app may do.
    app_permissions: where.userInstall ? '0' : PERMISSIONS,
    locale: where.locale ?? 'en-GB',
    entitlements: [],
    attachment_size_limit: 10_485_760,
    channel: partialChannel,
    channel_id: where.channel.id,
    ...owners(where, person),
    context: context(where),
    ...(inGuild
      ? { guild_id: where.guildId, guild: { id: where.guildId, locale: 'en-US', features: [] }, guild_locale: 'en-US', member: { ...member(person), permissions: PERMISSIONS } }
      : { user: person }),
  };
}

/** A string option is type 3, a boolean one (a yes/no switch) type 5, as Discord sends them. */
export function slashCommand(where: Where, person: APIUser, applicationId: string, sub: string, options: Record<string, string | boolean>) {
  const subOptions = Object.entries(options).map(([name, value]) => (typeof value === 'boolean' ? { type: 5, name, value } : { type: 3, name, value })) as APIApplicationCommandInteractionDataOption[];
  return {
    ...base(2, where, person, applicationId),
    data: { id: '200000000000000001', name: 'framework', type: 1, options: [{ type: 1, name: sub, options: subOptions }] },
  };
}

/** "Ask Framework Advisor" in the Apps menu of `target`; Discord sends the whole message, content included, as resolved data. */
export function messageAction(where: Where, person: APIUser, applicationId: string, target: APIMessage) {
  return {
    ...base(2, where, person, applicationId),
    data: { id: '200000000000000002', name: 'Ask Framework Advisor', type: 3, target_id: target.id, resolved: { messages: { [target.id]: target } } },
  };
}

export function autocomplete(where: Where, person: APIUser, applicationId: string, sub: string, focused: string, typed: string, others: Record<string, string> = {}) {
  const subOptions = [...Object.entries(others).map(([name, value]) => ({ type: 3, name, value })), { type: 3, name: focused, value: typed, focused: true }];
  return {
    ...base(4, where, person, applicationId),
    data: { id: '200000000000000001', name: 'framework', type: 1, options: [{ type: 1, name: sub, options: subOptions }] },
  };
}

export function click(where: Where, person: APIUser, applicationId: string, message: APIMessage, customId: string, values?: string[]) {
  return {
    ...base(3, where, person, applicationId),
    message,
    data: values ? { custom_id: customId, component_type: 3, values } : { custom_id: customId, component_type: 2 },
  };
}

export function chatMessage(where: Where, author: APIUser, content: string, mentions: APIUser[] = []): APIMessage & { guild_id?: string; member?: unknown; channel_type: number } {
  return {
    id: snowflake(),
    channel_id: where.channel.id,
    channel_type: where.channel.type,
    author,
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions,
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: 0,
    flags: 0,
    components: [],
    ...(where.guildId ? { guild_id: where.guildId, member: { roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0 } } : {}),
  } as unknown as APIMessage & { channel_type: number };
}
