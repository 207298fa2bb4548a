/**
 * Where something happened on Discord, and who did it, in the core's terms.
 * A thread belongs to its parent channel: a flow started in #backend and
 * answered in its thread, and the votes and decisions made there, are the
 * channel's. Guilds that added the bot are tenants; each person is a tenant
 * of their own in their DMs with the bot, and wherever they use it through
 * their user install in a server or chat that did not add it.
 */
import { ApplicationIntegrationType, ChannelType, InteractionContextType, type BaseInteraction, type Channel, type User } from 'discord.js';
import { shorten, type Asker, type AskPlace } from '../../core/index.js';

/** Room for any real name, short enough that a tally of many voters stays readable. */
const NAME_MAX = 120;

export interface Place {
  guildId: string | null;
  /** Where the event happened: a channel, a thread or a DM. */
  channelId: string;
  /** The thread's parent channel, when channelId is a thread. */
  parentId: string | null;
  /** Threads can be started on messages in guild text and announcement channels only, of a guild that added the bot. */
  canStartThread: boolean;
  /** What Discord says about the bot's presence there; the core decides what works. */
  kind: AskPlace;
}

export function placeOf(guildId: string | null, channelId: string, channel: Channel | null, kind: AskPlace): Place {
  const thread = channel?.isThread() ? channel : null;
  const type = channel?.type;
  return {
    guildId,
    channelId,
    parentId: thread?.parentId ?? null,
    canStartThread: kind === 'shared-channel' && guildId !== null && (type === ChannelType.GuildText || type === ChannelType.GuildAnnouncement),
    kind,
  };
}

/**
 * The kind of place an interaction came from, as Discord reports it: its
 * context (a server, a DM with the bot, another private chat) and whether the
 * server itself installed the app. A user install reaches servers that never
 * added the bot; Discord then leaves the server out of
 * authorizing_integration_owners, and the bot can answer only the person.
 */
export function interactionPlaceKind(interaction: Pick<BaseInteraction, 'context' | 'guildId' | 'authorizingIntegrationOwners'>): AskPlace {
  if (interaction.context === InteractionContextType.PrivateChannel) return 'private';
  if (interaction.context === InteractionContextType.BotDM || interaction.guildId === null) return 'direct-message';
  return interaction.authorizingIntegrationOwners[ApplicationIntegrationType.GuildInstall] === interaction.guildId ? 'shared-channel' : 'private';
}

/** Messages reach the bot only where it is a member: a server's channel, or its own DMs. */
export function messagePlaceKind(guildId: string | null): AskPlace {
  return guildId ? 'shared-channel' : 'direct-message';
}

/** "thread" is where the event happened; "channel" is the top level (the parent, from inside a thread). */
export function channelFor(place: Place, where: 'thread' | 'channel'): string {
  return where === 'channel' ? (place.parentId ?? place.channelId) : place.channelId;
}

export function askerOf(place: Place, user: User, locale?: string): Asker {
  const guildTenant = place.kind === 'shared-channel' && place.guildId;
  return {
    tenant: guildTenant ? `discord:${place.guildId}` : `discord:dm-${user.id}`,
    channel: place.parentId ?? place.channelId,
    user: { id: user.id, name: shorten(user.globalName ?? user.username, NAME_MAX) },
    place: place.kind,
    ...(locale ? { locale } : {}),
  };
}
