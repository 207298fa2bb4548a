/**
 * The decision use cases of a channel: record the team's choice from a shared
 * result (`decide`), show or change a numbered decision (`decision 3
 * deprecate`), export records (MADR 4 or Nygard), and turn revisit alerts on
 * or off.
 */
import { noticeCard } from '../cards/flow-card.js';
import type { Card } from '../cards/card.js';
import { describeDecision } from '../cards/history-card.js';
import { type TeamContext, privateReply, publicReply, tellPrivately } from '../conversations/context.js';
import type { Asker, Effect } from '../conversations/effects.js';
import type { DecisionRecord } from '../team/records.js';
import type { Reply } from '../reply.js';
import { decisionFileName } from './decision-file.js';
import { adrNumber, link, recordDecision, setStatus, statusOf } from './lifecycle.js';
import { madrMarkdown, madrTitle } from './madr.js';
import { nygardMarkdown } from './nygard.js';
import { decisionDetails } from './reasoning.js';
import { ustar } from './tar.js';

const LOOK_BACK = 200;
/** Every decision a channel is likely to have; the archive stays a few hundred kilobytes. */
const ARCHIVE_LOOK_BACK = 1000;
/** Files named on the card; the archive holds them all. */
const FILES_LISTED = 10;

/** Not an answer (the CLI exits 2): the record asked for does not exist yet. */
function notThere(title: string, text: string): Effect[] {
  const reply: Reply = { ...privateReply('history', noticeCard(title, text)), understood: false, data: { kind: 'history', error: { message: `${title}. ${text}`, suggestions: [] } } };
  return [{ type: 'respond', reply }];
}

export class TeamDecisions {
  constructor(private readonly ctx: TeamContext) {}

  /** The record as a file: `decision` (default the latest accepted, else the latest). */
  async export(asker: Asker, format: 'madr' | 'nygard', number?: number): Promise<Effect[]> {
    const decisions = await this.ctx.store.listDecisions(asker.tenant, asker.channel, LOOK_BACK);
    const chosen = number !== undefined ? decisions.find((d) => d.number === number) : (decisions.find((d) => statusOf(d) === 'accepted') ?? decisions[0]);
    if (!chosen) return notThere('No decisions to export yet', 'Share a result to the channel, close a team vote, or "decide <framework>" first.');
    return [{ type: 'respond', reply: this.recordReply(chosen, format) }];
  }

  /**
   * `history export all`: every decision of the channel, oldest first, one
   * NNNN-slug.md each, packed in a tar (a chat takes one file per message); the
   * members ride along so the terminal can write them one by one.
   */
  async exportAll(asker: Asker, format: 'madr' | 'nygard'): Promise<Effect[]> {
    const decisions = (await this.ctx.store.listDecisions(asker.tenant, asker.channel, ARCHIVE_LOOK_BACK)).sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
    if (decisions.length === 0) return notThere('No decisions to export yet', 'Share a result to the channel, close a team vote, or "decide <framework>" first; then "history export all" writes every record.');
    const files = decisions.map((d) => ({
      filename: decisionFileName(d, madrTitle(this.ctx.kb, d)),
      text: format === 'nygard' ? nygardMarkdown(this.ctx.kb, d) : madrMarkdown(this.ctx.kb, d),
    }));
    const filename = format === 'nygard' ? 'decision-records-nygard.tar' : 'decision-records.tar';
    const form = format === 'nygard' ? 'Nygard' : 'MADR 4';
    const shown = files.slice(0, FILES_LISTED).map((f) => f.filename);
    const more = files.length > FILES_LISTED ? [`and ${files.length - FILES_LISTED} more`] : [];
    const title = `${files.length} decision record${files.length === 1 ? '' : 's'}: ${filename}`;
    const card: Card = {
      title,
      blocks: [
        { type: 'text', text: `Every decision of this channel as a ${form} record, one file each, in a tar archive (open it with tar -xf, 7-Zip or your file manager).` },
        { type: 'list', heading: 'Files', items: [...shown, ...more] },
      ],
      actions: [],
      fallback: `${title}: ${shown.join(', ')}`,
    };
    const text = ustar(files, this.ctx.now()).toString('utf8');
    return [{ type: 'respond', reply: { ...publicReply('history', card), document: { filename, mimeType: 'application/x-tar', text, files } } }];
  }

  private recordReply(d: DecisionRecord, format: 'madr' | 'nygard'): Reply {
    const filename = decisionFileName(d, madrTitle(this.ctx.kb, d));
    const text = format === 'nygard' ? nygardMarkdown(this.ctx.kb, d) : madrMarkdown(this.ctx.kb, d);
    const form = format === 'nygard' ? 'a Nygard decision record' : 'a MADR 4 decision record';
    const card: Card = { title: `${adrNumber(d.number)}: ${madrTitle(this.ctx.kb, d)}`, blocks: [{ type: 'text', text: `${describeDecision(this.ctx.kb, d)}. Attached as ${form}: ${filename}.` }], actions: [], fallback: `${adrNumber(d.number)}: ${filename}` };
    return { ...publicReply('history', card), document: { filename, mimeType: 'text/markdown', text } };
  }

  /** `decide fastify`: the team's choice, from the latest shared result that considered it. */
  async decide(asker: Asker, framework: string): Promise<Effect[]> {
    const name = this.ctx.kb.get(framework)?.name ?? framework;
    const decisions = await this.ctx.store.listDecisions(asker.tenant, asker.channel, LOOK_BACK);
    const basis = decisions.find((d) => d.kind !== 'decided' && d.options.some((o) => o.id === framework));
    if (!basis) return tellPrivately('decide', noticeCard(`No shared result includes ${name}`, `Share a recommendation or comparison that includes ${name} to this channel first, then "decide ${framework}".`));
    const consulted = basis.details?.consulted ?? [];
    const decision = await recordDecision(this.ctx, {
      id: this.ctx.newId(),
      tenant: asker.tenant,
      channel: asker.channel,
      kind: 'decided',
      status: 'accepted',
      by: asker.user,
      ...(basis.answers ? { answers: basis.answers } : {}),
      options: basis.options,
      decision: framework,
      weights: basis.weights,
      details: decisionDetails(this.ctx.kb, { options: basis.options, weights: basis.weights, chosen: framework, decisionMakers: [asker.user], consulted }),
      createdAt: this.ctx.now(),
    });
    return [{ type: 'respond', reply: this.recordReply(decision, 'madr') }];
  }

  async decision(asker: Asker, number: number, action: 'show' | 'supersede' | 'deprecate'): Promise<Effect[]> {
    const d = await this.ctx.store.getDecision(asker.tenant, asker.channel, number);
    if (!d) return notThere(`There is no ${adrNumber(number)} in this channel`, '"history" lists the decisions recorded here.');
    if (action === 'show') return [{ type: 'respond', reply: this.recordReply(d, 'madr') }];
    if (action === 'deprecate') {
      const next = await setStatus(this.ctx, d, 'deprecated');
      return [{ type: 'respond', reply: publicReply('decision', noticeCard(`${adrNumber(number)} is deprecated`, `${asker.user.name} marked it deprecated. ${describeDecision(this.ctx.kb, next)}`)) }];
    }
    // Superseded by the channel's latest accepted decision after it, linked both ways.
    const newer = (await this.ctx.store.listDecisions(asker.tenant, asker.channel, LOOK_BACK)).find((x) => (x.number ?? 0) > number && statusOf(x) === 'accepted');
    if (!newer) return tellPrivately('decision', noticeCard(`Nothing newer supersedes ${adrNumber(number)}`, 'Record the new decision first (close a vote or "decide <framework>"), then supersede the old one.'));
    await link(this.ctx, d, newer);
    return [{ type: 'respond', reply: publicReply('decision', noticeCard(`${adrNumber(number)} is superseded by ${adrNumber(newer.number)}`, 'Both records now name each other.')) }];
  }

  async alerts(asker: Asker, on: boolean): Promise<Effect[]> {
    await this.ctx.store.setAlertsOff(asker.tenant, asker.channel, !on);
    const text = on ? 'I will post here when a framework this channel decided on nears or reaches its end of support.' : 'No more revisit alerts in this channel. "alerts on" turns them back on.';
    return [{ type: 'respond', reply: publicReply('alerts', noticeCard(on ? 'Revisit alerts are on' : 'Revisit alerts are off', text)) }];
  }
}
