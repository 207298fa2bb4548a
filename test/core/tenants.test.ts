/** Tenants name their platform as data: a new surface (say Microsoft Teams) needs no change in the core. */
import { describe, expect, it } from 'vitest';
import { tenantOf } from '../../src/core/team/records.js';
import { TeamAdvisor } from '../../src/core/team-advisor.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { knowledge } from '../support/knowledge.js';

describe('tenants', () => {
  it('are platform:id for any platform an adapter names', () => {
    expect(tenantOf('slack', 'T0123')).toBe('slack:T0123');
    expect(tenantOf('teams', 'contoso-42')).toBe('teams:contoso-42');
  });

  it('refuse an empty, over-long or odd id, and a platform name that is not a plain word', () => {
    expect(tenantOf('slack', '')).toBeUndefined();
    expect(tenantOf('slack', 'x'.repeat(65))).toBeUndefined();
    expect(tenantOf('slack', 'T1/../T2')).toBeUndefined();
    expect(tenantOf('Slack', 'T1')).toBeUndefined();
    expect(tenantOf('a:b', 'T1')).toBeUndefined();
  });

  it('let a guided flow run on a platform the core has never heard of', async () => {
    const advisor = new TeamAdvisor(knowledge(), { store: new MemoryStore() });
    const asker = { tenant: tenantOf('teams', 'contoso')!, channel: 'general', user: { id: 'u1', name: 'Alice' } };
    const effects = await advisor.handle({ type: 'text', text: 'recommend' }, asker);
    expect(effects.map((e) => e.type)).toContain('start-thread');
  });
});
