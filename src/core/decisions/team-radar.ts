/**
 * The radar use cases: draw the channel's (or the workspace's) decisions as a
 * tech radar, or export it for Build Your Own Radar (CSV) or Backstage (JSON).
 * Every query is by the asker's tenant, so a workspace radar never reads
 * another workspace's decisions.
 */
import { noticeCard } from '../cards/flow-card.js';
import { radarCard, radarSubtitle, radarTitle } from '../cards/radar-card.js';
import { radarChartData } from '../charts/chart-data.js';
import { type TeamContext, privateReply, publicReply } from '../conversations/context.js';
import type { Asker, Effect } from '../conversations/effects.js';
import type { Reply, ReplyDocument } from '../reply.js';
import { backstageRadarJson } from './backstage-radar.js';
import { byorCsv } from './byor-csv.js';
import { type TeamRadar, teamRadar } from './radar.js';

/** Decisions read for one radar: far more than a team records, and a bound on the work. */
export const RADAR_DECISIONS_READ = 1000;

export class TeamRadarCase {
  constructor(private readonly ctx: TeamContext) {}

  private async radar(asker: Asker, scope: TeamRadar['scope']): Promise<TeamRadar> {
    const decisions =
      scope === 'workspace'
        ? await this.ctx.store.listTenantDecisions(asker.tenant, RADAR_DECISIONS_READ)
        : await this.ctx.store.listDecisions(asker.tenant, asker.channel, RADAR_DECISIONS_READ);
    return teamRadar(this.ctx.kb, decisions, scope, this.ctx.now());
  }

  /** The picture and the card; an empty radar is a friendly card on how to record a decision. */
  async show(asker: Asker, scope: TeamRadar['scope']): Promise<Effect[]> {
    const radar = await this.radar(asker, scope);
    const card = radarCard(radar);
    if (radar.entries.length === 0) return [{ type: 'respond', reply: privateReply('radar', card) }];
    const chart = radarChartData(radar, radarTitle(scope), radarSubtitle(radar));
    const data = {
      kind: 'radar' as const,
      radar: radar.entries.map((e) => ({ id: e.id, name: e.name, ring: e.ring, quadrant: e.quadrant, isNew: e.isNew, movement: e.movement, status: e.status, decidedIn: `${e.placedBy.channel}/${e.placedBy.adr}` })),
    };
    return [{ type: 'respond', reply: { ...publicReply('radar', card), data, ...(chart ? { chart } : {}) } }];
  }

  /** The radar as a file: one format per reply, so each platform's one-document path carries it and each tool gets the one file it loads. */
  async export(asker: Asker, scope: TeamRadar['scope'], format: 'csv' | 'backstage'): Promise<Effect[]> {
    const radar = await this.radar(asker, scope);
    if (radar.entries.length === 0) {
      const card = radarCard(radar);
      const reply: Reply = { ...privateReply('radar', card), understood: false, data: { kind: 'radar', error: { message: 'No decisions to put on a radar yet.', suggestions: [] } } };
      return [{ type: 'respond', reply }];
    }
    const base = scope === 'workspace' ? 'tech-radar-workspace' : 'tech-radar';
    const document: ReplyDocument =
      format === 'csv'
        ? { filename: `${base}.csv`, mimeType: 'text/csv', text: byorCsv(radar) }
        : { filename: `${base}.json`, mimeType: 'application/json', text: backstageRadarJson(radar) };
    const tool = format === 'csv' ? 'Build Your Own Radar (radar.thoughtworks.com: "Build my radar" with the CSV)' : "Backstage's Tech Radar plugin (serve it from your TechRadarApi)";
    const other = format === 'csv' ? '"radar export --format backstage" writes it for Backstage.' : '"radar export" writes the CSV for Build Your Own Radar.';
    const card = noticeCard(`${radarTitle(scope)}: ${document.filename}`, `${radar.entries.length} frameworks from ${radar.decisionCount} decisions, for ${tool}. ${other}`);
    return [{ type: 'respond', reply: { ...publicReply('radar', card), document } }];
  }
}
