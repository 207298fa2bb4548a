/**
 * What happens to something the bot meant to say on its own when the
 * platform would not take it (down, rate limited). An announcement that was
 * claimed so it is said once (a revisit alert) gives its claim back: the next
 * check, on whichever replica claims it first, says it. Still at most once
 * when delivered, since only a post that failed gives its claim back.
 */
import type { TeamContext } from './context.js';
import type { Announcement } from './effects.js';

/** Gives the announcement's claim back; true when a later check will say it again, false when there was nothing to give back. */
export async function undelivered(ctx: TeamContext, announcement: Announcement): Promise<boolean> {
  if (announcement.claim === undefined) return false;
  await ctx.store.releaseClaim(announcement.claim);
  return true;
}
