/**
 * The one-screen forms: "Recommend in one form" (every question of the
 * guided flow at once, filled in with the person's last answers) and the
 * channel's default priorities. Each submission is checked field by field;
 * what is wrong comes back as a message per field, what is right as the
 * same effects the conversation would have produced.
 */
import { RECOMMEND_FORM, WEIGHTS_FORM } from '../cards/home-card.js';
import type { Form, FormField, FormValues } from '../cards/form.js';
import type { Answers } from '../team/answers.js';
import { CRITERIA, CRITERION_LABEL, type Criterion } from '../vocabulary.js';
import type { Asker, Effect } from './effects.js';
import { FLOW_STEPS, type FlowStep } from '../team/records.js';
import { answerStep, STEPS } from '../team/steps.js';
import type { TeamContext } from './context.js';
import type { TeamChannel } from './team-channel.js';

export type FormOutcome = { type: 'errors'; errors: Record<string, string> } | { type: 'done'; channel: string; effects: Effect[] };

/** Where the result of a form goes. */
export const WHERE_FIELD = 'where';
const IMPORTANCE_LEVELS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'];
const DEFAULT_IMPORTANCE = '1';

const whereField = (label: string, initial: string | undefined): FormField => ({ type: 'channel', id: WHERE_FIELD, label, ...(initial ? { initial } : {}) });

/** The values a step's answer stands for in the form (the inverse of answerStep). */
function initialOf(answers: Answers, step: FlowStep): string[] {
  const answer = answers[step];
  if (answer === undefined) return [];
  if (!Array.isArray(answer)) return [answer];
  if (answer.length > 0) return answer;
  return STEPS[step].shortcut ? [STEPS[step].shortcut!.value] : [];
}

export class TeamForms {
  constructor(
    private readonly ctx: TeamContext,
    private readonly channel: TeamChannel,
  ) {}

  /** The form with this id for this person, or undefined for an id the core does not know. */
  async open(id: string, asker: Asker, inChannel: string | undefined): Promise<Form | undefined> {
    if (id === RECOMMEND_FORM) return this.recommendForm(asker, inChannel);
    if (id === WEIGHTS_FORM) return this.weightsForm(asker, inChannel);
    return undefined;
  }

  async submit(id: string, values: FormValues, asker: Asker): Promise<FormOutcome> {
    if (id === RECOMMEND_FORM) return this.submitRecommend(values, asker);
    if (id === WEIGHTS_FORM) return this.submitWeights(values, asker);
    return { type: 'errors', errors: {} };
  }

  private async recommendForm(asker: Asker, inChannel: string | undefined): Promise<Form> {
    const last = (await this.ctx.store.getLastAnswers(asker.tenant, asker.user.id))?.answers ?? {};
    const questions = FLOW_STEPS.map((step): FormField => {
      const def = STEPS[step];
      const options = [...(def.shortcut ? [def.shortcut] : []), ...def.choices].map((c) => ({ label: c.label, value: c.value }));
      return { type: 'choice', id: step, label: def.question, options, max: def.max, initial: initialOf(last, step), optional: true, ...(def.max > 1 ? { hint: `Up to ${def.max}. Leave empty to skip.` } : { hint: 'Leave empty to skip.' }) };
    });
    return {
      id: RECOMMEND_FORM,
      title: 'Recommend',
      submit: 'Recommend',
      intro: Object.keys(last).length > 0 ? 'Filled in with your last answers; change what is different this time.' : 'Answer what you know; every question can be left empty.',
      fields: [...questions, whereField('Post the recommendation in', inChannel)],
    };
  }

  private async submitRecommend(values: FormValues, asker: Asker): Promise<FormOutcome> {
    const errors: Record<string, string> = {};
    let answers: Answers = {};
    for (const step of FLOW_STEPS) {
      const picked = values[step] ?? [];
      if (picked.length === 0) continue;
      const next = answerStep(answers, step, picked);
      if (next) answers = next;
      else errors[step] = STEPS[step].max > 1 ? `Pick at most ${STEPS[step].max}${STEPS[step].shortcut ? `, or only "${STEPS[step].shortcut!.label}"` : ''}.` : 'Pick one of the options.';
    }
    const where = values[WHERE_FIELD]?.[0];
    if (!where) errors[WHERE_FIELD] = 'Choose where to post the recommendation.';
    if (Object.keys(errors).length > 0 || !where) return { type: 'errors', errors };
    await this.ctx.store.setLastAnswers(asker.tenant, asker.user.id, { answers, updatedAt: this.ctx.now() });
    const effects = await this.channel.share({ ...asker, channel: where }, { kind: 'recommend', answers });
    return { type: 'done', channel: where, effects };
  }

  private async weightsForm(asker: Asker, inChannel: string | undefined): Promise<Form> {
    const settings = inChannel ? await this.ctx.store.getChannelSettings(asker.tenant, inChannel) : undefined;
    const levels = IMPORTANCE_LEVELS.map((v) => ({ label: v, value: v }));
    const criteria = CRITERIA.map((c): FormField => ({ type: 'choice', id: c, label: CRITERION_LABEL[c], options: levels, max: 1, initial: [String(settings?.importance[c] ?? DEFAULT_IMPORTANCE)], optional: false }));
    return {
      id: WEIGHTS_FORM,
      title: 'Channel defaults',
      submit: 'Save',
      intro: 'How much each criterion matters in this channel, from 0 (not at all) to 10. Every comparison and recommendation there starts from these.',
      fields: [whereField('Channel', inChannel), ...criteria],
    };
  }

  private async submitWeights(values: FormValues, asker: Asker): Promise<FormOutcome> {
    const errors: Record<string, string> = {};
    const importance: Partial<Record<Criterion, number>> = {};
    for (const criterion of CRITERIA) {
      const value = values[criterion]?.[0];
      if (value === undefined || !IMPORTANCE_LEVELS.includes(value)) errors[criterion] = 'Pick a number from 0 to 10.';
      else importance[criterion] = Number(value);
    }
    if (Object.keys(errors).length === 0 && Object.values(importance).every((v) => v === 0)) errors[CRITERIA[0]] = 'At least one criterion must matter more than 0.';
    const where = values[WHERE_FIELD]?.[0];
    if (!where) errors[WHERE_FIELD] = 'Choose the channel these defaults are for.';
    if (Object.keys(errors).length > 0 || !where) return { type: 'errors', errors };
    const effects = await this.channel.weights({ ...asker, channel: where }, { action: 'set', importance });
    // A form has no conversation to answer in: the change is announced in the channel it is for.
    return { type: 'done', channel: where, effects: effects.map((e) => (e.type === 'respond' ? { type: 'post', where: 'channel', reply: e.reply } : e)) };
  }
}
