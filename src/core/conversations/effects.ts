/**
 * What the core asks an adapter to do, in platform-neutral terms. The core
 * decides what is said and where; the adapter only knows how to say it on its
 * platform (ephemeral message, chat.update, thread reply, interaction update).
 */
import type { Reply } from '../reply.js';
import type { Person, Tenant } from '../team/records.js';
import type { AskPlace } from './place.js';

/** Who acted, and where. */
export interface Asker {
  tenant: Tenant;
  /** Channel (or DM) id on the platform. */
  channel: string;
  user: Person;
  /**
   * What kind of place they asked in, as the platform reports it; the core
   * decides from it what works there. Absent: a channel the bot belongs to.
   */
  place?: AskPlace;
  /** Their language setting as the platform reports it ("de", "en-US"); translated cards follow it, others stay English. */
  locale?: string;
}

/** One user input: a line of the command language, or a click on a card's action. */
export type Input =
  | { type: 'text'; text: string }
  /** `values` carries the picks of a select; buttons have none. */
  | { type: 'action'; id: string; values?: string[] };

export type Effect =
  /** Answer the person who acted: private unless the reply is public, in the place they acted (thread or channel). */
  | { type: 'respond'; reply: Reply }
  /** Replace the message the action was clicked on (a flow step, a vote tally). */
  | { type: 'update'; reply: Reply }
  /** A new public message: in the thread of the message acted on ("thread"), or top level ("channel"). */
  | { type: 'post'; where: 'thread' | 'channel'; reply: Reply }
  /** A public parent message, then `first` inside a new thread on it (the guided flow). */
  | { type: 'start-thread'; parent: Reply; first: Reply; threadName: string };

/**
 * Something the bot says on its own, not in answer to anyone: a vote that
 * closed at its deadline, a revisit alert. The service hands it to the
 * adapter of the tenant's platform, which posts `reply` in `channel`.
 */
export interface Announcement {
  tenant: Tenant;
  channel: string;
  reply: Reply;
  /** What it is about, for logs and tests (never shown): 'vote-closed', 'revisit-alert'. */
  about: 'vote-closed' | 'revisit-alert';
  /**
   * The store claim taken so that it is said once across replicas. When it
   * could not be delivered the claim is given back (TeamAdvisor.undelivered),
   * so a later check, on any replica, says it instead of it being lost.
   * Absent when there is nothing to give back.
   */
  claim?: string;
}
