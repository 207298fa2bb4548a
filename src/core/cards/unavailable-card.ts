/**
 * "Not available here": what a feature that needs the bot in the channel says
 * where the bot was not added (see conversations/place.ts), with what the
 * person can do instead. Kept in every card language: it is the first thing
 * someone meets when they use the bot somewhere new.
 */
import type { MemberFeature } from '../conversations/place.js';
import type { CardLanguage } from '../text/language.js';
import { noticeCard } from './flow-card.js';
import type { Card } from './card.js';

interface Wording {
  title: string;
  /** Why the feature cannot work here. */
  why: Record<MemberFeature, string>;
  /** What works instead, for every feature. */
  instead: string;
  /** For the guided flow: the one-line way to get a recommendation here. */
  oneLine: string;
}

const WORDING: Record<CardLanguage, Wording> = {
  en: {
    title: 'Not available here',
    why: {
      'guided-flow': 'The guided recommendation runs in a thread, and Framework Advisor has not been added here, so it cannot start one.',
      share: 'Sharing posts the result in the channel, and Framework Advisor has not been added here, so only you can see its answers.',
      vote: 'A team vote is a message the whole channel clicks, and Framework Advisor has not been added here, so it cannot post one.',
      decisions: 'Decisions and revisit alerts are kept for a channel that added Framework Advisor; it has not been added here.',
      'channel-settings': "A channel's default priorities are kept for a channel that added Framework Advisor; it has not been added here.",
    },
    instead: 'compare, info, top, list and recommend with your answers still work here, answered privately to you. For the team features, add Framework Advisor to the server, or use it in a direct message with the bot.',
    oneLine: 'Give your answers in one line and I answer privately: /framework recommend language=python project=api priorities=performance',
  },
  de: {
    title: 'Hier nicht verfügbar',
    why: {
      'guided-flow': 'Die geführte Empfehlung läuft in einem Thread, und Framework Advisor wurde hier nicht hinzugefügt, kann also keinen starten.',
      share: 'Teilen postet das Ergebnis im Kanal, und Framework Advisor wurde hier nicht hinzugefügt: Seine Antworten siehst nur du.',
      vote: 'Eine Team-Abstimmung ist eine Nachricht für den ganzen Kanal, und Framework Advisor wurde hier nicht hinzugefügt, kann also keine posten.',
      decisions: 'Entscheidungen und Hinweise werden für einen Kanal gespeichert, der Framework Advisor hinzugefügt hat; das ist hier nicht der Fall.',
      'channel-settings': 'Die Standard-Prioritäten eines Kanals werden für einen Kanal gespeichert, der Framework Advisor hinzugefügt hat; das ist hier nicht der Fall.',
    },
    instead: 'compare, info, top, list und recommend mit deinen Antworten funktionieren hier weiter, nur für dich sichtbar. Für die Team-Funktionen füge Framework Advisor dem Server hinzu oder schreib dem Bot eine Direktnachricht.',
    oneLine: 'Gib deine Antworten in einer Zeile an, und ich antworte nur dir: /framework recommend language=python project=api priorities=performance',
  },
};

export function unavailableCard(feature: MemberFeature, language: CardLanguage): Card {
  const w = WORDING[language];
  const offer = feature === 'guided-flow' ? w.oneLine : w.instead;
  return noticeCard(w.title, `${w.why[feature]} ${offer}`);
}
