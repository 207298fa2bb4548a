/** Version strings as the registries write them: comparison and "is this a release, not a preview". */

/** Dev branches, release candidates, betas, alphas, previews and snapshots are not releases. */
export function isStable(version: string): boolean {
  return /^\d+(\.\d+)*$/.test(version);
}

const parts = (v: string) => v.replace(/^v/, '').split(/[.+-]/).map((p) => (/^\d+$/.test(p) ? Number(p) : p));

/** Negative when a is older than b. Numeric parts compare as numbers; a pre-release sorts before its release. */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i += 1) {
    const [p, q] = [x[i], y[i]];
    if (p === q) continue;
    if (p === undefined) return typeof q === 'number' ? -1 : 1;
    if (q === undefined) return typeof p === 'number' ? 1 : -1;
    if (typeof p === 'number' && typeof q === 'number') return p - q;
    if (typeof p === 'number') return 1;
    if (typeof q === 'number') return -1;
    return p < q ? -1 : 1;
  }
  return 0;
}
