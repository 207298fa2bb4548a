/**
 * Sharing Discord's 6000 characters per message among the parts of an embed.
 * Short parts keep all their text; the long ones are cut to one common
 * allowance, so a comparison of four frameworks loses a little of its longest
 * prose instead of a whole section.
 */

/**
 * Allowances a[i] <= wanted[i] with sum(a) <= budget; every part that is cut
 * gets the same allowance, the largest that fits.
 */
export function shareBudget(wanted: readonly number[], budget: number): number[] {
  const order = wanted.map((w, i) => ({ w: Math.max(0, w), i })).sort((a, b) => a.w - b.w);
  const allowance = new Array<number>(wanted.length).fill(0);
  let left = Math.max(0, budget);
  order.forEach(({ w, i }, k) => {
    const share = Math.floor(left / (order.length - k));
    allowance[i] = Math.min(w, share);
    left -= allowance[i]!;
  });
  return allowance;
}
