/** Help and "I didn't understand" replies, both generated from the command spec. */
import type { ParseProblem } from '../commands/command.js';
import { COMMANDS, commandSpec, type CommandName } from '../commands/spec.js';
import type { CardLanguage } from '../text/language.js';
import { type Card, fallbackOf } from './card.js';

/** Plain questions work wherever commands do (issue 14): two to show it. */
export const PLAIN_QUESTION_EXAMPLES = ['which is better for a startup, rails or django?', 'should we use go or rust for our API?'] as const;

/** The help card's opening in each card language; the commands themselves are English words, and the card says so. */
const OPENING: Record<CardLanguage, { title: string; subtitle: string }> = {
  en: {
    title: 'Framework Advisor: choose a backend framework with your team',
    subtitle: 'Every score is sourced and dated; every recommendation says why, what would change it, and how sure it is.',
  },
  de: {
    title: 'Framework Advisor: das passende Backend-Framework im Team wählen',
    subtitle:
      'Jede Bewertung hat Quelle und Datum; jede Empfehlung sagt, warum, was sie ändern würde und wie sicher sie ist. Befehle und Fragen verstehe ich auf Englisch, wie unten gezeigt.',
  },
};

export function helpCard(topic?: CommandName, language: CardLanguage = 'en'): Card {
  if (topic) {
    const spec = commandSpec(topic);
    const title = `${spec.name}: ${spec.summary}`;
    return {
      title,
      blocks: [
        { type: 'text', heading: 'Usage', text: spec.usage },
        { type: 'list', heading: 'Examples', items: [...spec.examples] },
      ],
      actions: [],
      fallback: fallbackOf(title, spec.usage, []),
    };
  }
  const { title, subtitle } = OPENING[language];
  const fields = COMMANDS.map((c) => ({ label: c.usage, value: c.summary }));
  return {
    title,
    subtitle,
    blocks: [
      { type: 'fields', fields },
      { type: 'list', heading: 'Try', items: ['compare django fastapi', 'recommend', 'recommend language=typescript project=api priorities=performance', 'info phoenix', 'top security language=python'] },
      { type: 'list', heading: 'Or ask in plain words', items: PLAIN_QUESTION_EXAMPLES.map((q) => `${q} (I say how I read it, then answer)`) },
    ],
    actions: [],
    fallback: fallbackOf(title, COMMANDS.map((c) => c.usage).join(' | '), []),
  };
}

export function problemCard(problem: ParseProblem): Card {
  const title = "I didn't catch that";
  const blocks: Card['blocks'] = [{ type: 'text', text: problem.message }];
  if (problem.usage) blocks.push({ type: 'text', heading: 'Usage', text: problem.usage });
  return { title, blocks, actions: [], fallback: fallbackOf(title, problem.message, []) };
}
