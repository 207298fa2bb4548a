/**
 * A published article's ranking, reproduced from the numbers we keep as its
 * published rating: the mean of its five criterion numbers, best first. Where
 * the article printed an overall that is not that mean, both are kept so a
 * card can say so.
 */
import { CRITERIA } from '../vocabulary.js';
import type { FrameworkProfile } from './profile.js';
import type { PublishedRating } from './schema.js';

export interface PublishedPlace {
  framework: FrameworkProfile;
  /** The mean of the five numbers, to two decimals. */
  mean: number;
  /** The overall the publisher printed, when it gave one. */
  printed?: number;
}

export function meanOf(rating: PublishedRating): number {
  const sum = CRITERIA.reduce((total, c) => total + rating.scores[c], 0);
  return Math.round((sum / CRITERIA.length) * 100) / 100;
}

export function publishedRanking(frameworks: readonly FrameworkProfile[], source: string): PublishedPlace[] {
  return frameworks
    .flatMap((framework) => {
      const rating = framework.publishedRatings.find((r) => r.source === source);
      if (!rating) return [];
      return [{ framework, mean: meanOf(rating), ...(rating.overall !== undefined ? { printed: rating.overall } : {}) }];
    })
    .sort((a, b) => b.mean - a.mean || a.framework.name.localeCompare(b.framework.name));
}

/** Does the printed overall differ from the mean of the five numbers? */
export function disagrees(place: PublishedPlace): boolean {
  return place.printed !== undefined && Math.abs(place.printed - place.mean) >= 0.005;
}
