/**
 * What each tool takes, and the line of the command language it becomes. The
 * schemas advertise the vocabulary's canonical values, but any string is let
 * through to the parser, as Discord's options are: an alias ("ts", "golang")
 * works, and a wrong value gets the bots' own "did you mean" reply instead of
 * a schema error.
 */
import { z } from 'zod';
import { Criterion, Language, MAX_COMPARE, MustHave, ProjectType, Scale, TeamExperience, commandSpec } from '../../core/index.js';

/** Longer words never name anything; the bound keeps arguments small. */
const MAX_WORD = 200;
/** Arrays are bounded too: far more than any question needs, so "too many" still gets the bots' reply. */
const MAX_ITEMS = 20;

const word = z.string().max(MAX_WORD);

/** A canonical value from the vocabulary, or another spelling for the parser to judge. */
const spelled = <T extends z.ZodEnum>(values: T) => z.union([values, word]);
const spelledList = <T extends z.ZodEnum>(values: T) => z.array(spelled(values)).max(MAX_ITEMS);

const option = (command: 'recommend' | 'top' | 'list', name: string) => commandSpec(command).options.find((o) => o.name === name)?.description ?? name;

export const compareInput = {
  frameworks: z
    .array(word)
    .max(MAX_ITEMS)
    .meta({ minItems: 2, maxItems: MAX_COMPARE })
    .describe(`${commandSpec('compare').summary}: names as people write them ("django", "ruby on rails", "asp.net")`),
  weights: z
    .partialRecord(z.union([Criterion, word]), z.number())
    .optional()
    .describe('How much each criterion counts, 0 to 10 (as in the weights command: {"performance": 3, "security": 2}); criteria not named count 1, equal weights when absent'),
};

export const recommendInput = {
  project: spelled(ProjectType).optional().describe(option('recommend', 'project')),
  languages: spelledList(Language).optional().describe('Languages the team can use; none, or "any", for no limit'),
  priorities: spelledList(Criterion).optional().describe(option('recommend', 'priorities')),
  builtins: spelledList(MustHave).optional().describe('Must-haves the framework has to bring built in (admin, orm, auth, realtime)'),
  scale: spelled(Scale).optional().describe('How many users'),
  team: spelled(TeamExperience).optional().describe("The team's backend experience"),
};

export const profileInput = {
  framework: word.describe("The framework to describe, by name or alias (\"nest\", \"ror\", \"dotnet\")"),
};

export const listInput = {
  language: spelled(Language).optional().describe(option('list', 'language')),
};

export const rankInput = {
  criterion: spelled(z.enum(['overall', ...Criterion.options])).optional().describe(option('top', 'criterion')),
  language: spelled(Language).optional().describe(option('top', 'language')),
};

export const askInput = {
  question: z.string().max(2000).describe('A question for the advisor, in the command language: "compare django fastapi", "recommend language=go scale=millions", "top security"'),
};

type Args<T extends z.ZodRawShape> = z.infer<z.ZodObject<T>>;

/** A value as one word of the command language: blanks inside it would split it into two. */
const oneWord = (value: string) => value.trim().replace(/\s+/g, '-');
const joined = (values: readonly string[]) => values.map(oneWord).filter(Boolean).join(',');

export function compareCommand(args: Args<typeof compareInput>): string {
  return `compare ${args.frameworks.map((f) => f.trim()).filter(Boolean).join(', ')}`;
}

/** The channel-defaults command whose priorities a comparison with weights uses. */
export function weightsCommand(weights: NonNullable<Args<typeof compareInput>['weights']>): string {
  return `weights ${Object.entries(weights).map(([criterion, value]) => `${oneWord(criterion)}=${value}`).join(' ')}`;
}

export function recommendCommand(args: Args<typeof recommendInput>): string {
  const answers: Array<[string, string | undefined]> = [
    ['project', args.project],
    ['language', args.languages && (args.languages.length > 0 ? joined(args.languages) : 'any')],
    ['priorities', args.priorities && joined(args.priorities)],
    ['builtins', args.builtins && (args.builtins.length > 0 ? joined(args.builtins) : 'none')],
    ['scale', args.scale],
    ['team', args.team],
  ];
  const given = answers.filter((a): a is [string, string] => a[1] !== undefined).map(([key, value]) => `${key}=${oneWord(value)}`);
  return ['recommend', ...given].join(' ');
}

export function profileCommand(args: Args<typeof profileInput>): string {
  return `info ${args.framework}`;
}

export function listCommand(args: Args<typeof listInput>): string {
  return args.language === undefined ? 'list' : `list ${oneWord(args.language)}`;
}

export function rankCommand(args: Args<typeof rankInput>): string {
  const words = ['top'];
  if (args.criterion !== undefined) words.push(`criterion=${oneWord(args.criterion)}`);
  if (args.language !== undefined) words.push(`language=${oneWord(args.language)}`);
  return words.join(' ');
}
