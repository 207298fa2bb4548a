/**
 * The command language, defined once. Help text, the Slack manifest's slash
 * command and the Discord subcommands are all generated from this table.
 */
import { CRITERIA, LANGUAGES, PROJECT_TYPES, SCALES, TEAM_EXPERIENCE } from '../vocabulary.js';

/**
 * What an option holds. Platforms read the kind to present it: a framework is
 * autocompleted, a flag is a yes/no switch, a topic or a criterion is a word
 * of its own, every other kind is an answer written key=value.
 */
export type OptionKind = 'framework' | 'criterion' | 'language' | 'project' | 'priorities' | 'builtins' | 'scale' | 'team' | 'topic' | 'flag' | 'text';

export interface OptionSpec {
  name: string;
  description: string;
  kind: OptionKind;
  required: boolean;
  /** Fixed choices, when the option has a short closed list. */
  choices?: readonly string[];
}

export const COMMAND_NAMES = ['compare', 'recommend', 'info', 'top', 'list', 'history', 'decide', 'decision', 'radar', 'alerts', 'vote', 'weights', 'help'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

export interface CommandSpec {
  name: CommandName;
  /** One line, at most 100 characters (Discord's description limit). */
  summary: string;
  usage: string;
  examples: readonly string[];
  options: readonly OptionSpec[];
}

const frameworkOption = (name: string, description: string, required: boolean): OptionSpec => ({
  name,
  description,
  kind: 'framework',
  required,
});

export const SLASH_COMMAND = {
  name: 'framework',
  description: 'Compare backend web frameworks and get an explained recommendation',
  usageHint: 'compare django fastapi | recommend | info nestjs | top performance | help',
} as const;

/** The action on a message (Discord's message context menu): the message, read as a question. */
export const MESSAGE_ACTION = {
  name: 'Ask Framework Advisor',
} as const;

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'compare',
    summary: 'Compare 2 to 4 frameworks side by side',
    usage: 'compare <framework> <framework> [<framework>] [<framework>]',
    examples: ['compare django fastapi', 'compare express vs nestjs', 'compare rails, laravel and django'],
    options: [
      frameworkOption('first', 'A framework to compare', true),
      frameworkOption('second', 'Another framework to compare', true),
      frameworkOption('third', 'A third framework (optional)', false),
      frameworkOption('fourth', 'A fourth framework (optional)', false),
    ],
  },
  {
    name: 'recommend',
    summary: 'Get a ranked, explained recommendation for your team',
    usage: 'recommend [project=...] [language=...] [priorities=...] [builtins=...] [scale=...] [team=...]',
    examples: ['recommend', 'recommend language=python project=ai-ml priorities=performance scale=millions team=senior builtins=none'],
    options: [
      { name: 'language', description: 'Languages the team can use, comma-separated, or any', kind: 'language', required: false },
      { name: 'project', description: 'What you are building', kind: 'project', required: false, choices: PROJECT_TYPES },
      { name: 'priorities', description: 'Up to two of: performance, scalability, ease, security, community', kind: 'priorities', required: false },
      { name: 'builtins', description: 'Must come built in, comma-separated: admin, orm, auth, realtime, or none', kind: 'builtins', required: false },
      { name: 'scale', description: 'The scale you expect', kind: 'scale', required: false, choices: SCALES },
      { name: 'team', description: "The team's experience with backend work", kind: 'team', required: false, choices: TEAM_EXPERIENCE },
    ],
  },
  {
    name: 'info',
    summary: "One framework's profile, with sourced scores",
    usage: 'info <framework>',
    examples: ['info nestjs', 'phoenix'],
    options: [frameworkOption('framework', 'The framework to describe', true)],
  },
  {
    name: 'top',
    summary: 'Rank frameworks by one criterion, or overall',
    usage: 'top [criterion] [language=...] [source=seed-002]',
    examples: ['top', 'top performance', 'top security language=python', 'top source=seed-002'],
    options: [
      { name: 'criterion', description: 'What to rank by', kind: 'criterion', required: false, choices: ['overall', ...CRITERIA] },
      { name: 'language', description: 'Only frameworks in this language', kind: 'language', required: false, choices: LANGUAGES },
    ],
  },
  {
    name: 'list',
    summary: 'List the frameworks the advisor knows',
    usage: 'list [language]',
    examples: ['list', 'list python'],
    options: [{ name: 'language', description: 'Only frameworks in this language', kind: 'language', required: false, choices: LANGUAGES }],
  },
  {
    name: 'history',
    summary: "This channel's recent decisions, or an exported decision record",
    usage: 'history [export [all] [--format madr|nygard]]',
    examples: ['history', 'history export', 'history export --format nygard', 'history export all'],
    options: [
      { name: 'export', description: 'Export the latest decision as a MADR 4 decision record (ADR)', kind: 'flag', required: false },
      { name: 'format', description: 'The record format: madr (MADR 4, the default) or nygard', kind: 'text', required: false, choices: ['madr', 'nygard'] },
      { name: 'all', description: "Export every decision of this channel, as an archive of records", kind: 'flag', required: false },
    ],
  },
  {
    name: 'decide',
    summary: 'Record the team\'s decision for a framework from a shared result',
    usage: 'decide <framework>',
    examples: ['decide fastify'],
    options: [frameworkOption('framework', 'The framework the team chose', true)],
  },
  {
    name: 'decision',
    summary: 'Show a numbered decision, or mark it superseded or deprecated',
    usage: 'decision <number> [supersede|deprecate]',
    examples: ['decision 1', 'decision 3 supersede', 'decision 3 deprecate'],
    options: [
      { name: 'number', description: 'The decision number, as in ADR-0003', kind: 'text', required: true },
      { name: 'action', description: 'supersede or deprecate', kind: 'text', required: false, choices: ['supersede', 'deprecate'] },
    ],
  },
  {
    name: 'radar',
    summary: "The team's tech radar drawn from its decisions, or exported for BYOR or Backstage",
    usage: 'radar [workspace] [export [--format csv|backstage]]',
    examples: ['radar', 'radar workspace', 'radar export', 'radar export --format backstage'],
    options: [
      { name: 'workspace', description: 'Every channel of this workspace, not only this one', kind: 'flag', required: false },
      { name: 'export', description: 'Write the radar as a file: a Build Your Own Radar CSV, or Backstage JSON', kind: 'flag', required: false },
      { name: 'format', description: 'The export format: csv (Build Your Own Radar, the default) or backstage', kind: 'text', required: false, choices: ['csv', 'backstage'] },
    ],
  },
  {
    name: 'alerts',
    summary: 'Turn revisit alerts (a chosen framework\'s support ending) on or off here',
    usage: 'alerts on|off',
    examples: ['alerts off', 'alerts on'],
    options: [{ name: 'state', description: 'on or off', kind: 'text', required: true, choices: ['on', 'off'] }],
  },
  {
    name: 'vote',
    summary: 'Start a team vote (with a deadline, ranked or anonymous), or add an option to the open one',
    usage: 'vote [<framework> ...] [closes in 2d|12h|3 days|friday] [ranked] [anonymous] | vote add <framework>',
    examples: ['vote', 'vote closes in 2d', 'vote django fastapi flask closes in 3 days ranked anonymous', 'vote add fastify'],
    options: [
      frameworkOption('framework', 'A framework on the ballot (leave all out: the latest shared result)', false),
      frameworkOption('second', 'Another framework on the ballot', false),
      frameworkOption('third', 'A third framework (optional)', false),
      frameworkOption('fourth', 'A fourth framework (optional)', false),
      frameworkOption('fifth', 'A fifth framework (optional)', false),
      { name: 'closes', description: 'When it closes by itself: 2d, 12h, in 3 days or friday (at most 30 days)', kind: 'text', required: false },
      { name: 'ranked', description: 'Voters order the options; counted by instant runoff', kind: 'flag', required: false },
      { name: 'anonymous', description: 'The tally shows counts without names', kind: 'flag', required: false },
      { name: 'add', description: 'Add the framework to the open vote instead (before the first ballot)', kind: 'flag', required: false },
    ],
  },
  {
    name: 'weights',
    summary: "Show or set this channel's default priorities",
    usage: 'weights [performance=3 security=2 ... | reset]',
    examples: ['weights', 'weights performance=3 security=2', 'weights reset'],
    options: [{ name: 'set', description: 'Priorities such as performance=3 security=2, or reset', kind: 'text', required: false }],
  },
  {
    name: 'help',
    summary: 'How to use the advisor',
    usage: 'help [command]',
    examples: ['help', 'help recommend'],
    options: [{ name: 'topic', description: 'The command to explain', kind: 'topic', required: false, choices: COMMAND_NAMES }],
  },
];

export function commandSpec(name: CommandName): CommandSpec {
  return COMMANDS.find((c) => c.name === name)!;
}
