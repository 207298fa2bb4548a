/**
 * Where someone asked, as the platform reports it, and what the bot can do
 * there. Most places are ones the bot belongs to. A Discord user install also
 * reaches servers and group chats that never added the bot: there it can
 * answer the person who asked and nothing more, so what posts for others
 * (the guided flow's thread, shared results, votes) or keeps a channel's
 * state (decisions, channel settings) is unavailable, and the person is told
 * why and answered privately instead.
 */

export type AskPlace =
  /** A channel the bot is a member of: every Slack channel, a channel of a Discord server that added the bot. */
  | 'shared-channel'
  /** The person's direct messages with the bot. */
  | 'direct-message'
  /** Somewhere the bot was not added (a server or group chat reached through a user install): only the asker sees its answers. */
  | 'private';

/** Whether the bot is a member where it was asked, so it can post there and keep the channel's state. */
const BOT_IS_MEMBER: Record<AskPlace, boolean> = {
  'shared-channel': true,
  'direct-message': true,
  private: false,
};

/** What needs the bot to be a member where it was asked. */
export type MemberFeature = 'guided-flow' | 'share' | 'vote' | 'decisions' | 'channel-settings';

/** True where every feature works; an absent place is a channel the bot belongs to (adapters that never report one). */
export function botIsMember(place: AskPlace | undefined): boolean {
  return place === undefined || BOT_IS_MEMBER[place];
}
