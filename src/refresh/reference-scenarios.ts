/**
 * A few fixed team situations (data/reference-scenarios.json) run through the
 * core's recommend before and after a refresh, so a reviewer sees when fresh
 * numbers change which framework a team would be told to pick.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { KnowledgeBase } from '../core/knowledge/knowledge-base.js';
import { preferencesFrom } from '../core/scoring/preferences.js';
import { recommend } from '../core/scoring/recommendation.js';
import { Answers } from '../core/team/answers.js';

export const ReferenceScenarios = z
  .object({
    note: z.string().optional(),
    scenarios: z
      .array(
        z
          .object({
            name: z.string().min(3),
            answers: Answers,
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
export type ReferenceScenario = z.infer<typeof ReferenceScenarios>['scenarios'][number];

export const SCENARIOS_FILE = 'reference-scenarios.json';

export function loadReferenceScenarios(dataDir: string): ReferenceScenario[] {
  return ReferenceScenarios.parse(JSON.parse(readFileSync(join(dataDir, SCENARIOS_FILE), 'utf8'))).scenarios;
}

/** The #1 for each scenario ("(none)" when every framework is filtered out). */
export function leaders(kb: KnowledgeBase, scenarios: readonly ReferenceScenario[]): Map<string, string> {
  return new Map(scenarios.map((s) => [s.name, recommend(kb.frameworks, preferencesFrom(s.answers)).ranked[0]?.framework.id ?? '(none)']));
}

export interface LeaderChange {
  scenario: string;
  from: string;
  to: string;
}

export function leaderChanges(before: KnowledgeBase, after: KnowledgeBase, scenarios: readonly ReferenceScenario[]): LeaderChange[] {
  const [was, now] = [leaders(before, scenarios), leaders(after, scenarios)];
  return scenarios.flatMap((s) => (was.get(s.name) === now.get(s.name) ? [] : [{ scenario: s.name, from: was.get(s.name)!, to: now.get(s.name)! }]));
}
