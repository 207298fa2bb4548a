/**
 * What the service does on its own, on a clock rather than in answer to
 * anyone: each job is checked once at start-up and then every `everyMs`, and
 * returns what is to be said (posted by the announcer). The list is data, so
 * a new kind of due work is one more line here.
 */
import type { Announcement, TeamAdvisor, Tenant } from '../core/index.js';

export const MINUTE_MS = 60_000;
export const DAY_MS = 24 * 60 * MINUTE_MS;

export interface DueJob {
  name: string;
  /** How often it is checked after the check at start-up. */
  everyMs: number;
  /** What became due at `now`, for tenants the service `reaches` (has a platform to post on). */
  run(now: number, reaches: (tenant: Tenant) => boolean): Promise<Announcement[]>;
  /** Told that one of its announcements could not be posted; true when a later check will return it again. */
  undelivered(announcement: Announcement): Promise<boolean>;
}

export type DueWork = Pick<TeamAdvisor, 'revisitAlerts' | 'closeDueVotes' | 'undelivered'>;

export function dueJobs(core: DueWork): DueJob[] {
  const undelivered = (announcement: Announcement) => core.undelivered(announcement);
  // In this order where they run one after the other (the terminal): an alert may name the decision a vote just recorded.
  return [
    // A vote with a deadline should close within a minute of it, on whichever replica checks first.
    { name: 'vote deadlines', everyMs: MINUTE_MS, run: (now, reaches) => core.closeDueVotes(now, { reaches }), undelivered },
    // A release line's support window moves by days: once a day is often enough, and a restart checks at once.
    { name: 'revisit alerts', everyMs: DAY_MS, run: (now, reaches) => core.revisitAlerts(now, { reaches }), undelivered },
  ];
}
