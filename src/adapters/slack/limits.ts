/**
 * Slack's Block Kit limits for one message, in one place. The renderer keeps
 * within them by construction and the limit check (limit-check.ts) verifies
 * every rendered message against the same numbers; Slack rejects a whole
 * message (invalid_blocks) when any one of them is exceeded.
 */
export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  /** The top-level `text` (the notification and screen-reader fallback) we send with blocks. */
  fallbackText: 3000,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  /** Each text element of a context block. */
  contextText: 3000,
  contextElements: 10,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  blockId: 255,
  selectOptions: 100,
  optionText: 75,
  optionValue: 75,
  placeholderText: 150,
} as const;

export type SlackLimit = keyof typeof SLACK_LIMITS;
