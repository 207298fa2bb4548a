/**
 * The way back from a platform's structured command (a Discord subcommand
 * with named options) to one line of the command language, generated from the
 * command spec, so the core's parser stays the only parser.
 */
import { COMMANDS, type OptionSpec } from './spec.js';

/** Options the parser reads by position; a flag is its own name when set; every other option is written as key=value. */
const POSITIONAL = new Set<OptionSpec['kind']>(['framework', 'criterion', 'topic', 'text']);

function optionWord(o: OptionSpec, value: string): string | undefined {
  if (o.kind === 'flag') return value === 'true' ? o.name : undefined;
  if (POSITIONAL.has(o.kind)) return value;
  return `${o.name}=${value.split(/[\s,]+/).filter(Boolean).join(',')}`;
}

/**
 * One subcommand's options as command text. Frameworks are joined with commas,
 * which the parser reads as separators, so names of several words stay whole;
 * list values have their blanks turned into commas so "python go" stays one value.
 */
export function commandText(name: string, options: ReadonlyMap<string, string>): string {
  const spec = COMMANDS.find((c) => c.name === name);
  if (!spec) return name;
  const given = spec.options.filter((o) => (options.get(o.name) ?? '').trim() !== '');
  const value = (o: OptionSpec) => options.get(o.name)!.trim();
  const frameworks = given.filter((o) => o.kind === 'framework').map(value).join(', ');
  const words = given.filter((o) => o.kind !== 'framework').map((o) => optionWord(o, value(o)));
  return [spec.name, frameworks, ...words].filter(Boolean).join(' ');
}
