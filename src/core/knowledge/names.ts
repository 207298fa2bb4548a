/**
 * How people write framework names. "ASP.NET", "asp net" and "aspnet" are one
 * key; suggestions use edit distance on those keys.
 */

/** Lower case, with everything but letters and digits removed ("Ruby on Rails" -> "rubyonrails"). */
export function nameKey(text: string): string {
  return text.normalize('NFKD').toLowerCase().replace(/[^a-z0-9#+]/g, '').replace(/#/g, 'sharp').replace(/\+/g, 'plus');
}

/** Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * Keys close enough to `key` to be worth suggesting, nearest first. A typo of
 * about a third of the word is allowed, and a key that starts the same way counts.
 */
export function closestKeys(key: string, candidates: Iterable<string>, limit = 3): string[] {
  if (key.length === 0) return [];
  const allowed = Math.max(1, Math.floor(key.length / 3));
  const scored: Array<{ candidate: string; distance: number }> = [];
  for (const candidate of candidates) {
    const prefix = candidate.startsWith(key) && key.length >= 3;
    // The distance is at least the difference in length: skip the full computation when that already rules it out.
    if (!prefix && Math.abs(candidate.length - key.length) > allowed) continue;
    const distance = prefix ? 0.5 : editDistance(key, candidate);
    if (distance <= allowed) scored.push({ candidate, distance });
  }
  return scored
    .sort((x, y) => x.distance - y.distance || x.candidate.localeCompare(y.candidate))
    .slice(0, limit)
    .map((s) => s.candidate);
}
