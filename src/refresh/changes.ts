/** One fact the refresh changed (or only re-dated) in a framework file, as the summary shows it. */
export interface Change {
  framework: string;
  /** "releases.current", "releases.lines", "stars symfony/symfony", "downloads npm express". */
  fact: string;
  from: string;
  to: string;
  /** Same value read again: only its asOf moved. */
  confirmedOnly?: boolean;
}

export const formatCount = (n: number) => n.toLocaleString('en-US');
