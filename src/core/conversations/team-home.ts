/**
 * The home use case: everything a person's home screen shows, gathered from
 * the store for their workspace only, as a card (the adapter renders it).
 */
import { homeCard } from '../cards/home-card.js';
import type { Card } from '../cards/card.js';
import { noticeCard } from '../cards/flow-card.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { rank } from '../scoring/rank.js';
import { equalCriteriaWeights } from '../scoring/weights.js';
import type { TeamContext } from './context.js';
import type { Person, Tenant } from '../team/records.js';
import { StoreUnavailableError } from './store-guard.js';

/** How far back "your recent recommendations" looks among the workspace's decisions. */
const DECISIONS_SCANNED = 50;
const SHOWN = 5;
const COMPARED = 3;

/** The frameworks `top` ranks first overall (equal weights, any language): what the home screen offers to compare. */
function overallTop(kb: KnowledgeBase, count: number): string[] {
  const ranking = rank(kb.frameworks, { weights: equalCriteriaWeights(), languages: [], mustHaves: [], licenses: [], firmness: 'none' });
  return ranking.ranked.slice(0, count).map((r) => r.framework.id);
}

export class TeamHome {
  constructor(private readonly ctx: TeamContext) {}

  async card(tenant: Tenant, person: Person): Promise<Card> {
    try {
      const [decisions, openVotes, lastAnswers] = await Promise.all([
        this.ctx.store.listTenantDecisions(tenant, DECISIONS_SCANNED),
        this.ctx.store.listOpenVotes(tenant, SHOWN),
        this.ctx.store.getLastAnswers(tenant, person.id),
      ]);
      const mine = decisions.filter((d) => d.by.id === person.id && d.kind === 'shared-recommendation');
      const compare = overallTop(this.ctx.kb, COMPARED);
      return homeCard(this.ctx.kb, { decisions: decisions.slice(0, SHOWN), openVotes, mine: mine.slice(0, SHOWN), ...(lastAnswers ? { lastAnswers } : {}), personName: person.name, compare });
    } catch (error) {
      if (!(error instanceof StoreUnavailableError)) throw error;
      return noticeCard('Briefly unavailable', 'Your team\'s decisions and votes need the database, which is not answering right now. Please open this tab again in a minute.');
    }
  }
}
