/**
 * Community and ecosystem from three adoption signals, each on a fixed log
 * scale, combined by a weighted mean over the signals present:
 *
 *   Stack Overflow 2025 share of all respondents: 10 at 25 %, 0 at 0.25 %   weight 0.6
 *   GitHub stars of the main repository:          10 at 100,000, 0 at 1,000  weight 0.2
 *   weekly registry downloads of the main package: 10 at 100M, 0 at 10,000  weight 0.2
 *
 * The survey counts most because it measures use by people, where stars
 * measure attention and downloads include CI machines. A missing signal is
 * left out and the weights renormalised; each missing signal lowers the
 * confidence one step (three signals: high, two: medium, one: low).
 */
import type { DerivedScore, SignalScore } from './profile.js';
import { ADOPTION_MEASURES, type Adoption, type Confidence, type FrameworkFile } from './schema.js';
import { lowered, roundScore } from './score-arithmetic.js';
import { rubricScore } from './rubric.js';

type Measure = Adoption['measure'];

export const SIGNAL_SCALES: Record<Measure, { top: number; floor: number; weight: number }> = {
  'stackoverflow-survey': { top: 25, floor: 0.25, weight: 0.6 },
  'github-stars': { top: 100_000, floor: 1_000, weight: 0.2 },
  'weekly-downloads': { top: 100_000_000, floor: 10_000, weight: 0.2 },
};

/** The survey slice that counts: 2025, all respondents. */
export const SURVEY_SLICE = '2025, all respondents';

export function signalScore(measure: Measure, value: number): number {
  const { top, floor } = SIGNAL_SCALES[measure];
  if (value <= floor) return 0;
  return Math.min(10, (10 * Math.log10(value / floor)) / Math.log10(top / floor));
}

/** The one figure per measure that counts, or none. */
export function countedSignal(adoption: readonly Adoption[], measure: Measure): Adoption | undefined {
  const candidates = adoption.filter((a) => a.measure === measure && (measure !== 'stackoverflow-survey' || a.slice === SURVEY_SLICE));
  // Stars: the latest reading. Downloads: the framework's main (most downloaded) package.
  const key = (a: Adoption) => (measure === 'weekly-downloads' ? a.value : Date.parse(a.asOf));
  return [...candidates].sort((a, b) => key(b) - key(a))[0];
}

const MEASURE_LABEL: Record<Measure, string> = {
  'stackoverflow-survey': 'Stack Overflow 2025',
  'github-stars': 'GitHub stars',
  'weekly-downloads': 'weekly downloads',
};

const formatValue = (a: Adoption) => (a.measure === 'stackoverflow-survey' ? `${a.value} %` : a.value.toLocaleString('en-US'));

export function communityScore(file: FrameworkFile): DerivedScore {
  const counted = ADOPTION_MEASURES.map((m) => countedSignal(file.adoption, m)).filter((a): a is Adoption => a !== undefined);
  if (counted.length === 0) return withoutSignals(file);
  const missing = ADOPTION_MEASURES.filter((m) => !counted.some((a) => a.measure === m));
  const signals: SignalScore[] = counted.map((a) => ({ measure: a.measure, value: a.value, score: signalScore(a.measure, a.value), weight: SIGNAL_SCALES[a.measure].weight }));
  const totalWeight = signals.reduce((sum, s) => sum + s.weight, 0);
  const value = signals.reduce((sum, s) => sum + s.weight * s.score, 0) / totalWeight;
  // Three signals: high; two: medium; one: low. A signal read with low confidence costs one more step.
  const byCount: Confidence = counted.length === 3 ? 'high' : counted.length === 2 ? 'medium' : 'low';
  const confidence = counted.some((a) => a.confidence === 'low') ? lowered(byCount) : byCount;
  const parts = counted.map((a, i) => `${MEASURE_LABEL[a.measure]} ${formatValue(a)} = ${roundScore(signals[i]!.score)}`);
  const gaps = missing.length > 0 ? `; no ${missing.map((m) => MEASURE_LABEL[m]).join(' or ')} figure` : '';
  const lead = counted.find((a) => a.measure === 'stackoverflow-survey') ?? counted[0]!;
  return {
    value: roundScore(value),
    source: lead.source,
    date: counted.map((a) => a.asOf).sort().at(-1)!,
    confidence,
    note: `${parts.join(', ')}; weighted mean on fixed log scales${gaps}`,
    derivation: { method: 'adoption', signals, missing },
    noBenchmark: false,
  };
}

/** No survey share, stars or downloads at all: our own rating from the community rubric, at low confidence. */
function withoutSignals(file: FrameworkFile): DerivedScore {
  const rubric = file.rubrics.community;
  if (!rubric) throw new Error(`${file.id} has no adoption signal and no community rubric to fall back on`);
  const score = rubricScore('community', rubric);
  return { ...score, date: file.rubrics.asOf, confidence: 'low', note: `No adoption figure: our own estimate. ${score.note}` };
}
