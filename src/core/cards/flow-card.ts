/** Cards of the guided flow: a step with its choices, and the notices around it. */
import { flowAnswerAction, flowControlAction, flowSelectAction, newFlowAction } from '../actions.js';
import type { FlowRecord, FlowStep } from '../team/records.js';
import { describeStepAnswer, STEPS } from '../team/steps.js';
import { FLOW_STEPS } from '../team/records.js';
import type { Answers } from '../team/answers.js';
import { shorten } from '../text/shorten.js';
import { type Action, type Card, fallbackOf } from './card.js';
import { describeAnswers } from '../team/answers.js';

/** Buttons show a short label on both platforms (Slack's limit is 75, Discord's 80). */
const LABEL_MAX = 60;

function pendingLabel(flow: FlowRecord, step: FlowStep): string {
  return flow.pending.map((v) => STEPS[step].choices.find((c) => c.value === v)?.label ?? v).join(', ');
}

function stepActions(flow: FlowRecord, step: FlowStep): Action[] {
  const def = STEPS[step];
  const actions: Action[] =
    def.max === 1
      ? def.choices.map((c) => ({ type: 'button', id: flowAnswerAction(flow.id, step, c.value), label: c.label }))
      : [{ type: 'select', id: flowSelectAction(flow.id, step), placeholder: def.question, options: def.choices.map((c) => ({ label: c.label, value: c.value })), maxChoices: def.max }];
  if (flow.pending.length > 0) actions.push({ type: 'button', id: flowAnswerAction(flow.id, step, 'done'), label: shorten(`Done: ${pendingLabel(flow, step)}`, LABEL_MAX, { atWord: 'near' }), style: 'primary' });
  if (def.shortcut) actions.push({ type: 'button', id: flowAnswerAction(flow.id, step, def.shortcut.value), label: def.shortcut.label });
  const current = describeStepAnswer(flow.answers, step);
  if (current !== undefined) actions.push({ type: 'button', id: flowAnswerAction(flow.id, step, 'keep'), label: shorten(`Keep: ${current}`, LABEL_MAX, { atWord: 'near' }), style: 'primary' });
  actions.push({ type: 'button', id: flowAnswerAction(flow.id, step, 'skip'), label: def.skipLabel });
  if (flow.visited.length > 0) actions.push({ type: 'button', id: flowControlAction(flow.id, 'back'), label: 'Back' });
  actions.push({ type: 'button', id: flowControlAction(flow.id, 'restart'), label: 'Start over', style: 'danger' });
  return actions;
}

export function stepCard(flow: FlowRecord, step: FlowStep): Card {
  const number = FLOW_STEPS.indexOf(step) + 1;
  const title = `${number}/${FLOW_STEPS.length} · ${STEPS[step].question}`;
  const current = describeStepAnswer(flow.answers, step);
  const subtitle = `${flow.owner.name}'s recommendation${current !== undefined ? ` · currently: ${current}` : ''}`;
  const blocks: Card['blocks'] = [];
  if (STEPS[step].max > 1) {
    const picked = flow.pending.length > 0 ? `Selected: ${pendingLabel(flow, step)}. Press Done to go on, or change the selection.` : `Pick up to ${STEPS[step].max} in the list, then press Done.`;
    blocks.push({ type: 'text', text: picked });
  }
  blocks.push({ type: 'notes', items: [`So far: ${describeAnswers(flow.answers)}`] });
  return { title, subtitle, blocks, actions: stepActions(flow, step), fallback: fallbackOf(title, subtitle, []) };
}

/** What the step message becomes once every question is answered. */
export function answeredCard(flow: FlowRecord): Card {
  const title = `${flow.owner.name}'s answers`;
  const text = describeAnswers(flow.answers);
  return { title, blocks: [{ type: 'text', text }], actions: [], fallback: fallbackOf(title, text, []) };
}

/** The public message a thread hangs from. */
export function flowParentCard(owner: string, answers: Answers): Card {
  const title = `${owner} is choosing a backend framework`;
  const given = Object.keys(answers).length > 0 ? ` Already answered: ${describeAnswers(answers)}.` : '';
  const text = `Follow along in the thread; teammates can vote on the result.${given}`;
  return { title, blocks: [{ type: 'text', text }], actions: [], fallback: `${title}. ${text}` };
}

export function expiredCard(ttlHours: number): Card {
  const title = 'This recommendation has expired';
  const text = `Guided recommendations wait ${ttlHours} hours for an answer. Start a new one; it takes six clicks.`;
  return { title, blocks: [{ type: 'text', text }], actions: [{ type: 'button', id: newFlowAction(), label: 'Start a new recommendation', style: 'primary' }], fallback: `${title}. ${text}` };
}

export function strangerCard(owner: string): Card {
  const title = `This is ${owner}'s recommendation`;
  const text = 'Only they can answer its questions. Start your own with /framework recommend; you can still vote on shared results.';
  return { title, blocks: [{ type: 'text', text }], actions: [{ type: 'button', id: newFlowAction(), label: 'Start my own' }], fallback: `${title}. ${text}` };
}

export function noticeCard(title: string, text: string, actions: Action[] = []): Card {
  return { title, blocks: [{ type: 'text', text }], actions, fallback: `${title}. ${text}` };
}
