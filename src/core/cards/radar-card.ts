/**
 * The radar as a card: each ring's frameworks in words, so people who do not
 * see the picture (screen readers, the terminal, a client with images off)
 * read the same radar. An empty radar says how to record a first decision.
 */
import { PLACEMENT_RULE, RADAR_RINGS, inRing, type RadarEntry, type TeamRadar } from '../decisions/radar.js';
import { type Card, fallbackOf } from './card.js';

const MOVEMENT: Record<RadarEntry['movement'], string> = { New: 'new', 'Moved In': 'moved in', 'Moved Out': 'moved out', 'No Change': '' };

export function radarTitle(scope: TeamRadar['scope']): string {
  return scope === 'workspace' ? "This workspace's tech radar" : "This channel's tech radar";
}

export function radarSubtitle(radar: TeamRadar): string {
  const where = radar.scope === 'workspace' ? 'every channel of this workspace' : 'this channel';
  return `Languages & Frameworks, from ${radar.decisionCount} decision${radar.decisionCount === 1 ? '' : 's'} in ${where}, as of ${radar.date}`;
}

function item(e: RadarEntry, scope: TeamRadar['scope']): string {
  const where = scope === 'workspace' ? ` in ${e.placedBy.channel}` : '';
  const movement = MOVEMENT[e.movement];
  return `${e.name}: ${e.description.replace(/\.$/, '')}${where}${movement ? ` (${movement})` : ''}`;
}

export function radarCard(radar: TeamRadar): Card {
  const title = radarTitle(radar.scope);
  if (radar.entries.length === 0) {
    const where = radar.scope === 'workspace' ? 'any channel of this workspace' : 'this channel';
    const text =
      `No decisions in ${where} yet, so the radar is empty. To record one: get a recommendation ("recommend") or a comparison, ` +
      'press "Share to channel", then "Start a team vote" and close it, or say "decide <framework>" after sharing. Each decision puts its frameworks on the radar.';
    return { title, blocks: [{ type: 'text', text }], actions: [], fallback: `${title}: ${text}` };
  }
  const subtitle = radarSubtitle(radar);
  const rings = RADAR_RINGS.filter((ring) => ring !== 'Trial' || inRing(radar, ring).length > 0).map((ring) => {
    const entries = inRing(radar, ring);
    return entries.length > 0
      ? ({ type: 'list', heading: `${ring} (${entries.length})`, items: entries.map((e) => item(e, radar.scope)) } as const)
      : ({ type: 'text', heading: ring, text: 'None.' } as const);
  });
  const notes = [PLACEMENT_RULE, `"New" and "moved" compare with the radar of 90 days ago. "radar export" writes it for Build Your Own Radar (CSV) or Backstage (--format backstage).`];
  return {
    title,
    subtitle,
    blocks: [...rings, { type: 'notes', items: notes }],
    actions: [],
    fallback: fallbackOf(title, subtitle, rings.map((r) => (r.type === 'list' ? { type: 'text' as const, heading: r.heading, text: r.items.map((i) => i.split(':')[0]).join(', ') } : r))),
  };
}
