/**
 * The question that separates two tied frameworks, chosen from their largest
 * real difference, in the order teams weigh them (scoring.md, "What teams ask"):
 *
 * 1. language: the team's languages and hiring decide before anything else;
 * 2. a must-have built-in one has and the other lacks (unless the team already
 *    said which built-ins it needs);
 * 3. kind: full-stack against micro or modular;
 * 4. project fit, when no project was given: the project type they suit most differently;
 * 5. maturity: first releases five or more years apart;
 * 6. otherwise the trade-off between the criteria each is stronger on.
 */
import type { FrameworkProfile } from '../knowledge/schema.js';
import { CRITERIA, CRITERION_LABEL, type Criterion, LANGUAGE_LABEL, MUST_HAVES, MUST_HAVE_LABEL, PROJECT_LABEL, PROJECT_TYPES } from '../vocabulary.js';
import type { Preferences } from './preferences.js';
import { hasMustHave } from './rank.js';

const KIND_PHRASE: Record<FrameworkProfile['kind'], string> = {
  'full-stack': 'a full-stack framework with most pieces included',
  micro: 'a micro framework you assemble yourself',
  modular: 'a structured, modular framework',
  api: 'a framework focused on APIs',
};

/** Project fit must differ by at least this much (0-10) to be worth asking about. */
const FIT_GAP = 1;
/** First releases this many years apart make maturity a real difference. */
const MATURITY_GAP_YEARS = 5;

const languagesOf = (f: FrameworkProfile) => f.languages.map((l) => LANGUAGE_LABEL[l]).join('/');

function byLanguage(a: FrameworkProfile, b: FrameworkProfile): string | undefined {
  if (a.languages.some((l) => b.languages.includes(l))) return undefined;
  return `Which language does your team know best and can hire for: ${languagesOf(a)} (${a.name}) or ${languagesOf(b)} (${b.name})?`;
}

function byBuiltIn(a: FrameworkProfile, b: FrameworkProfile, prefs: Pick<Preferences, 'mustHavesAnswered'>): string | undefined {
  if (prefs.mustHavesAnswered) return undefined;
  const builtin = MUST_HAVES.find((m) => hasMustHave(a, m) !== hasMustHave(b, m));
  if (!builtin) return undefined;
  const [has, lacks] = hasMustHave(a, builtin) ? [a, b] : [b, a];
  return `Do you need ${MUST_HAVE_LABEL[builtin]} out of the box? ${has.name} has it; ${lacks.name} does not.`;
}

function byKind(a: FrameworkProfile, b: FrameworkProfile): string | undefined {
  if (a.kind === b.kind) return undefined;
  return `Do you want ${KIND_PHRASE[a.kind]} (${a.name}) or ${KIND_PHRASE[b.kind]} (${b.name})?`;
}

function byProjectFit(a: FrameworkProfile, b: FrameworkProfile, prefs: Pick<Preferences, 'project'>): string | undefined {
  if (prefs.project) return undefined;
  const gap = (p: (typeof PROJECT_TYPES)[number]) => Math.abs(a.projectFit[p].value - b.projectFit[p].value);
  const project = [...PROJECT_TYPES].sort((x, y) => gap(y) - gap(x))[0]!;
  if (gap(project) < FIT_GAP) return undefined;
  return `Is your project of the kind "${PROJECT_LABEL[project]}"? For that, ${a.name} fits ${a.projectFit[project].value}/10 and ${b.name} ${b.projectFit[project].value}/10.`;
}

function byMaturity(a: FrameworkProfile, b: FrameworkProfile): string | undefined {
  const [older, younger] = a.firstRelease.value <= b.firstRelease.value ? [a, b] : [b, a];
  if (younger.firstRelease.value - older.firstRelease.value < MATURITY_GAP_YEARS) return undefined;
  return `How much does a long track record matter? ${older.name} dates from ${older.firstRelease.value}, ${younger.name} from ${younger.firstRelease.value}.`;
}

function byTradeOff(a: FrameworkProfile, b: FrameworkProfile): string {
  const gap = (c: Criterion) => a.scores[c].value - b.scores[c].value;
  const forA = [...CRITERIA].sort((x, y) => gap(y) - gap(x))[0]!;
  const forB = [...CRITERIA].sort((x, y) => gap(x) - gap(y))[0]!;
  if (gap(forA) <= 0 || gap(forB) >= 0) return `Is there a project need that only one of ${a.name} and ${b.name} meets?`;
  const label = (c: Criterion) => CRITERION_LABEL[c].toLowerCase();
  return `Which matters more: ${label(forA)} (stronger in ${a.name}) or ${label(forB)} (stronger in ${b.name})?`;
}

export function separatingQuestion(a: FrameworkProfile, b: FrameworkProfile, prefs: Pick<Preferences, 'project' | 'mustHavesAnswered'> = {}): string {
  return byLanguage(a, b) ?? byBuiltIn(a, b, prefs) ?? byKind(a, b) ?? byProjectFit(a, b, prefs) ?? byMaturity(a, b) ?? byTradeOff(a, b);
}
