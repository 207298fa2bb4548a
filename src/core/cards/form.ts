/**
 * The platform-neutral form: a few questions on one screen (a Slack modal).
 * Like cards, forms are built by the core and rendered by adapters; what a
 * person submits comes back as the picked values per field, and the core
 * answers with the effects or, per field, what to fix.
 */
import type { SelectOption } from './card.js';

export type FormField =
  /** Pick from options: one (`max` 1) or several. */
  | { type: 'choice'; id: string; label: string; options: SelectOption[]; max: number; initial: string[]; optional: boolean; hint?: string }
  /** A channel (or conversation) of the workspace. */
  | { type: 'channel'; id: string; label: string; initial?: string; hint?: string };

export interface Form {
  /** Which form, for the submission to find its way back: `form:recommend`, `form:weights`. */
  id: string;
  title: string;
  submit: string;
  intro?: string;
  fields: FormField[];
}

/** What was submitted: field id -> the values picked (one channel id for a channel field). */
export type FormValues = Record<string, string[]>;
