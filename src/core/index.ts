/**
 * The core's face: the types and entry points adapters (Slack, Discord, the
 * terminal, MCP) may use. Adapters import this file and nothing else of the
 * core (test/architecture/boundaries.test.ts checks it), so the core can move
 * its insides without touching a platform.
 */
export { parseAction } from './actions.js';
export { BEST_MARK } from './cards/card.js';
export type { Action, Block, ButtonStyle, Card, ChannelItem, TableRow } from './cards/card.js';
export type { ChartData } from './charts/chart-data.js';
export type { Form, FormField, FormValues } from './cards/form.js';
export { commandText } from './commands/command-text.js';
export { MAX_COMPARE, parseCommand } from './commands/parse.js';
export { COMMANDS, COMMAND_NAMES, MESSAGE_ACTION, SLASH_COMMAND, commandSpec } from './commands/spec.js';
export type { CommandSpec, OptionSpec } from './commands/spec.js';
export { SPEC_TRANSLATIONS } from './commands/spec-translations.js';
export type { SpecTranslation, Wording } from './commands/spec-translations.js';
export type { Announcement, Asker, Effect, Input } from './conversations/effects.js';
export type { AskPlace } from './conversations/place.js';
export { storeErrorCode } from './conversations/store.js';
export type { Store, StoreErrorCode } from './conversations/store.js';
export { DAY_MS, WorkspaceRetention } from './conversations/workspace-retention.js';
export type { Resolution } from './knowledge/knowledge-base.js';
export { KnowledgeBaseError, loadKnowledgeBase } from './knowledge/load.js';
export type { Reply, ReplyData, ReplyDocument } from './reply.js';
export { channelWeights, normalise } from './scoring/weights.js';
export { TeamAdvisor } from './team-advisor.js';
export type { AdvisorFace, HandleOptions, Knowledge } from './team-advisor.js';
export { tenantOf } from './team/records.js';
export type { Tenant } from './team/records.js';
export { ELLIPSIS, shorten, wellFormed } from './text/shorten.js';
export { TRANSLATED_LANGUAGES } from './text/language.js';
export type { TranslatedLanguage } from './text/language.js';
export { Criterion, Language, MustHave, ProjectType, Scale, TeamExperience } from './vocabulary.js';
