/**
 * The terminal session shows a revisit alert for its own decisions once, after
 * the greeting, with the alert's buttons as its first choices; the next
 * session does not repeat it.
 */
import { describe, expect, it } from 'vitest';
import { decisionDetails } from '../../src/core/decisions/reasoning.js';
import { lineStatus } from '../../src/core/knowledge/releases.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { cliRunner } from '../support/cli.js';
import { knowledge } from '../support/knowledge.js';

const kb = knowledge();
const django = kb.get('django')!;
/** A Django line the knowledge base says has ended (or ends within 90 days) today: a team that adopted it should hear about it. */
const due = django.releases.lines.find((l) => ['ended', 'ending-soon'].includes(lineStatus(l, new Date())));

describe.skipIf(!due)('revisit alerts in the terminal', () => {
  it('shows the alert once at the start of a session, and its buttons are the choices', async () => {
    const cli = cliRunner();
    const store = SqliteStore.open(cli.databaseUrl);
    const options = [{ id: 'django', score: 7.9 }, { id: 'fastapi', score: 7.3 }];
    const weights = { performance: 0.2, scalability: 0.2, ease: 0.2, security: 0.2, community: 0.2 };
    const details = decisionDetails(kb, { options, weights, chosen: 'django', decisionMakers: [{ id: 'alice', name: 'alice' }], consulted: [] });
    await store.addDecision({
      id: 'decided-django-1',
      tenant: 'terminal:local',
      channel: 'terminal',
      kind: 'decided',
      status: 'accepted',
      by: { id: 'alice', name: 'alice' },
      options,
      decision: 'django',
      weights,
      details: { ...details, consequences: { ...details.consequences, line: due!.line } },
      createdAt: Date.UTC(2024, 0, 15),
    });
    await store.close();

    const first = cli.withInput('1\nquit\n');
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/\(posted to the channel by the advisor\)\nTime to revisit ADR-0001: Use Django as our backend framework/);
    expect(first.out).toContain(`Django ${due!.line}${due!.lts ? ' LTS' : ''}`);
    expect(first.out).toMatch(/\[1\] Re-run the comparison[\s\S]*\[2\] Record a new decision/);
    // 1: the re-run, posted for the channel.
    expect(first.out).toMatch(/\(in the thread\)\nDjango vs FastAPI/);

    const second = cli.withInput('quit\n');
    expect(second.out).not.toContain('Time to revisit');
  });
});
