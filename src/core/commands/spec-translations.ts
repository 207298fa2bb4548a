/**
 * The command spec's words in the languages besides English: the slash
 * command, each subcommand and each option, and the message action. Platforms
 * that localize command pickers (Discord) generate their translations from
 * this table. Only the names and descriptions people read in the picker are
 * translated: what they type (choices, key=value answers) stays in the
 * command language, so one parser reads every language.
 *
 * Names follow Discord's rule for command names: lowercase, letters, digits,
 * - and _, at most 32 characters (test/discord checks them with discord.js's
 * validators). Descriptions are at most 100 characters.
 */
import type { TranslatedLanguage } from '../text/language.js';
import type { CommandName } from './spec.js';

export interface Wording {
  name: string;
  description: string;
}

export interface CommandWording extends Wording {
  /** By the option's English name, for every option the command has. */
  options: Readonly<Record<string, Wording>>;
}

export interface SpecTranslation {
  slashCommand: Wording;
  commands: Readonly<Record<CommandName, CommandWording>>;
  /** The message action's name (may hold spaces and capitals, as context menu names do). */
  messageAction: string;
}

const inLanguage = (name: string, description: string): Wording => ({ name, description });

export const SPEC_TRANSLATIONS: Readonly<Record<TranslatedLanguage, SpecTranslation>> = {
  de: {
    slashCommand: inLanguage('framework', 'Backend-Web-Frameworks vergleichen und eine begründete Empfehlung erhalten'),
    messageAction: 'Framework Advisor fragen',
    commands: {
      compare: {
        ...inLanguage('vergleichen', '2 bis 4 Frameworks nebeneinander vergleichen'),
        options: {
          first: inLanguage('erstes', 'Ein Framework zum Vergleichen'),
          second: inLanguage('zweites', 'Ein weiteres Framework zum Vergleichen'),
          third: inLanguage('drittes', 'Ein drittes Framework (optional)'),
          fourth: inLanguage('viertes', 'Ein viertes Framework (optional)'),
        },
      },
      recommend: {
        ...inLanguage('empfehlen', 'Eine begründete Rangliste für euer Team erhalten'),
        options: {
          language: inLanguage('sprache', 'Sprachen, die das Team nutzen kann, durch Kommas getrennt, oder any'),
          project: inLanguage('projekt', 'Was ihr baut'),
          priorities: inLanguage('prioritäten', 'Bis zu zwei von: performance, scalability, ease, security, community'),
          builtins: inLanguage('eingebaut', 'Muss eingebaut sein, durch Kommas getrennt: admin, orm, auth, realtime oder none'),
          scale: inLanguage('größenordnung', 'Die erwartete Größenordnung'),
          team: inLanguage('team', 'Die Erfahrung des Teams mit Backend-Arbeit'),
        },
      },
      info: {
        ...inLanguage('info', 'Das Profil eines Frameworks, mit belegten Bewertungen'),
        options: { framework: inLanguage('framework', 'Das zu beschreibende Framework') },
      },
      top: {
        ...inLanguage('rangliste', 'Frameworks nach einem Kriterium oder insgesamt ordnen'),
        options: {
          criterion: inLanguage('kriterium', 'Wonach geordnet wird'),
          language: inLanguage('sprache', 'Nur Frameworks in dieser Sprache'),
        },
      },
      list: {
        ...inLanguage('liste', 'Die Frameworks auflisten, die der Advisor kennt'),
        options: { language: inLanguage('sprache', 'Nur Frameworks in dieser Sprache') },
      },
      history: {
        ...inLanguage('verlauf', 'Die letzten Entscheidungen dieses Kanals, oder ein exportierter Entscheidungsbericht'),
        options: {
          export: inLanguage('exportieren', 'Die letzte Entscheidung als MADR-4-Entscheidungsbericht (ADR) exportieren'),
          format: inLanguage('format', 'Das Format: madr (MADR 4, Standard) oder nygard'),
          all: inLanguage('alle', 'Alle Entscheidungen dieses Kanals als Archiv von Berichten exportieren'),
        },
      },
      decide: {
        ...inLanguage('entscheiden', 'Die Entscheidung des Teams für ein Framework aus einem geteilten Ergebnis festhalten'),
        options: { framework: inLanguage('framework', 'Das Framework, das das Team gewählt hat') },
      },
      decision: {
        ...inLanguage('entscheidung', 'Eine nummerierte Entscheidung zeigen, oder als ersetzt oder veraltet markieren'),
        options: {
          number: inLanguage('nummer', 'Die Nummer der Entscheidung, wie in ADR-0003'),
          action: inLanguage('aktion', 'supersede (ersetzt) oder deprecate (veraltet)'),
        },
      },
      radar: {
        ...inLanguage('radar', 'Das Tech-Radar des Teams aus seinen Entscheidungen, oder als Export für BYOR oder Backstage'),
        options: {
          workspace: inLanguage('arbeitsbereich', 'Alle Kanäle dieses Arbeitsbereichs, nicht nur diesen'),
          export: inLanguage('exportieren', 'Das Radar als Datei: Build-Your-Own-Radar-CSV oder Backstage-JSON'),
          format: inLanguage('format', 'Das Exportformat: csv (Build Your Own Radar, Standard) oder backstage'),
        },
      },
      alerts: {
        ...inLanguage('hinweise', 'Hinweise zum Überdenken (Support eines Frameworks endet) hier an- oder abschalten'),
        options: { state: inLanguage('zustand', 'on (an) oder off (aus)') },
      },
      vote: {
        ...inLanguage('abstimmen', 'Eine Team-Abstimmung starten (mit Frist, Rangfolge oder anonym) oder eine Option hinzufügen'),
        options: {
          framework: inLanguage('framework', 'Ein Framework auf dem Stimmzettel (alle weglassen: das zuletzt geteilte Ergebnis)'),
          second: inLanguage('zweites', 'Ein weiteres Framework auf dem Stimmzettel'),
          third: inLanguage('drittes', 'Ein drittes Framework (optional)'),
          fourth: inLanguage('viertes', 'Ein viertes Framework (optional)'),
          fifth: inLanguage('fünftes', 'Ein fünftes Framework (optional)'),
          closes: inLanguage('endet', 'Wann sie von selbst endet: 2d, 12h, in 3 days oder friday (höchstens 30 Tage)'),
          ranked: inLanguage('rangfolge', 'Abstimmende ordnen die Optionen; gezählt per Instant-Runoff'),
          anonymous: inLanguage('anonym', 'Die Auszählung zeigt Stimmen ohne Namen'),
          add: inLanguage('hinzufügen', 'Das Framework stattdessen zur offenen Abstimmung hinzufügen (vor der ersten Stimme)'),
        },
      },
      weights: {
        ...inLanguage('gewichte', 'Die Standard-Prioritäten dieses Kanals zeigen oder setzen'),
        options: { set: inLanguage('setzen', 'Prioritäten wie performance=3 security=2, oder reset') },
      },
      help: {
        ...inLanguage('hilfe', 'So benutzt man den Advisor'),
        options: { topic: inLanguage('thema', 'Der Befehl, der erklärt werden soll') },
      },
    },
  },
};
