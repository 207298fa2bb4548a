/**
 * `--chart <path>`: writes the picture of the command's reply to a file once
 * the card has been printed. A path ending in .svg gets the SVG, .png a PNG
 * (cli-args refuses any other ending). Notes go to stderr so `--json --chart`
 * still prints clean JSON.
 */
import { writeFileSync } from 'node:fs';
import { chartToPng } from '../../charts/chart-to-png.js';
import { chartToSvg } from '../../charts/chart-to-svg.js';
import type { ChartData, Reply } from '../../core/index.js';
import type { Printer } from '../../formats.js';

export class ChartFile {
  private chart: ChartData | undefined;

  /** `path` is absolute: npm runs scripts from the package root, so main resolves it against where the user typed the command. */
  constructor(private readonly path: string) {}

  /** The same printer, noting the chart of each reply it prints; the last one is written. */
  alongside(print: Printer): Printer {
    return (reply: Reply) => {
      if (reply.chart) this.chart = reply.chart;
      return print(reply);
    };
  }

  /** Writes the chart and says where it went, or says there was none (not an error: the answer was still printed). */
  write(note: (text: string) => void): void {
    if (!this.chart) {
      note(`No chart for this reply: only compare, recommend and radar draw one. Nothing was written to ${this.path}.\n`);
      return;
    }
    const svg = chartToSvg(this.chart);
    const asSvg = this.path.toLowerCase().endsWith('.svg');
    try {
      writeFileSync(this.path, asSvg ? svg : chartToPng(svg));
    } catch (error) {
      throw new Error(`could not write the chart to ${this.path}: ${(error as Error).message}`);
    }
    note(`Chart (${asSvg ? 'SVG' : 'PNG'}) written to ${this.path}\n`);
  }
}
