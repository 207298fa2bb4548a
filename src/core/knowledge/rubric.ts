/**
 * Security, scalability and ease of use (and performance or community when
 * no figure exists) are our own ratings, made checkable: each is arithmetic over rubric
 * items recorded in the framework's file, every item 0-4 with its reasoning.
 *
 *   score = 10 * sum(w_i * value_i) / (4 * sum(w_i))
 */
import type { DerivedScore, ItemScore } from './profile.js';
import { RUBRIC_ITEMS, type RubricItem, type RubricName } from './schema.js';
import { lowest, roundScore } from './score-arithmetic.js';

/** Item weights. Security and ease weigh their items equally; scalability leans on the concurrency model. */
export const RUBRIC_WEIGHTS: { [K in RubricName]: Record<(typeof RUBRIC_ITEMS)[K][number], number> } = {
  security: { csrf: 1, escaping: 1, parameterisedQueries: 1, authAndHashing: 1, securityHeaders: 1, securityPolicy: 1, supportedLine: 1 },
  scalability: { concurrencyModel: 0.4, statelessScaling: 0.3, largeDeployments: 0.3 },
  ease: { conventions: 1, batteries: 1, documentation: 1, typingAndTooling: 1, learningCurve: 1 },
  performance: { runtime: 0.4, ioModel: 0.3, frameworkOverhead: 0.3 },
  community: { ecosystem: 0.4, maintainers: 0.3, helpAvailable: 0.3 },
};

export const ITEM_LABEL: Record<string, string> = {
  csrf: 'CSRF protection',
  escaping: 'output escaped by default',
  parameterisedQueries: 'parameterised queries',
  authAndHashing: 'auth and password hashing',
  securityHeaders: 'security headers',
  securityPolicy: 'security policy and advisories',
  supportedLine: 'supported line with security fixes',
  concurrencyModel: 'concurrency model',
  statelessScaling: 'stateless horizontal scaling',
  largeDeployments: 'very large deployments',
  conventions: 'conventions and generators',
  batteries: 'batteries included',
  documentation: 'documentation',
  typingAndTooling: 'typing and tooling',
  learningCurve: 'learning curve',
  runtime: 'runtime',
  ioModel: 'I/O model',
  frameworkOverhead: 'framework overhead',
  ecosystem: 'ecosystem of packages',
  maintainers: 'maintainer base',
  helpAvailable: 'answers and examples available',
};

export function rubricScore<K extends RubricName>(name: K, rubric: Record<(typeof RUBRIC_ITEMS)[K][number], RubricItem>): Omit<DerivedScore, 'date'> {
  const weights = RUBRIC_WEIGHTS[name] as Record<string, number>;
  const entries = Object.entries(rubric) as Array<[string, RubricItem]>;
  const items: ItemScore[] = entries.map(([item, r]) => ({ item, value: r.value, weight: weights[item]!, note: r.note }));
  const totalWeight = items.reduce((sum, i) => sum + i.weight, 0);
  const value = (10 * items.reduce((sum, i) => sum + i.weight * i.value, 0)) / (4 * totalWeight);
  const summary = items.map((i) => `${ITEM_LABEL[i.item] ?? i.item} ${i.value}/4`).join(', ');
  return {
    value: roundScore(value),
    source: 'advisor',
    confidence: lowest(entries.map(([, r]) => r.confidence)),
    note: `Rubric: ${summary}`,
    derivation: { method: 'rubric', rubric: name, items },
    noBenchmark: false,
  };
}
