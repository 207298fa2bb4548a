/**
 * Where something happened on Discord, and who did it, in the core's terms.
 * A thread belongs to its parent channel: a flow started in #backend and
 * answered in its thread, and the votes and decisions made there, are the
 * channel's. Guilds are tenants; each DM is a tenant of its own.
 */
import { ChannelType, type Channel, type User } from 'discord.js';
import { shorten, type Asker } from '../../core/index.js';

/** Room for any real name, short enough that a tally of many voters stays readable. */
const NAME_MAX = 120;

export interface Place {
  guildId: string | null;
  /** Where the event happened: a channel, a thread or a DM. */
  channelId: string;
  /** The thread's parent channel, when channelId is a thread. */
  parentId: string | null;
  /** Threads can be started on messages in guild text and announcement channels only. */
  canStartThread: boolean;
}

export function placeOf(guildId: string | null, channelId: string, channel: Channel | null): Place {
  const thread = channel?.isThread() ? channel : null;
  const type = channel?.type;
  return {
    guildId,
    channelId,
    parentId: thread?.parentId ?? null,
    canStartThread: guildId !== null && (type === ChannelType.GuildText || type === ChannelType.GuildAnnouncement),
  };
}

/** "thread" is where the event happened; "channel" is the top level (the parent, from inside a thread). */
export function channelFor(place: Place, where: 'thread' | 'channel'): string {
  return where === 'channel' ? (place.parentId ?? place.channelId) : place.channelId;
}

export function askerOf(place: Place, user: User): Asker {
  return {
    tenant: place.guildId ? `discord:${place.guildId}` : `discord:dm-${user.id}`,
    channel: place.parentId ?? place.channelId,
    user: { id: user.id, name: shorten(user.globalName ?? user.username, NAME_MAX) },
  };
}
