/**
 * What Slack sends, validated where it matters to us. Bolt types these loosely
 * (and cannot know what a request really carried), so each handler parses its
 * payload once here and works with exactly the fields it needs.
 */
import { z } from 'zod';

const id = z.string().min(1).max(64);

export const SlashCommandPayload = z.object({
  command: z.string(),
  text: z.string().default(''),
  user_id: id,
  user_name: z.string().optional(),
  team_id: id.optional(),
  enterprise_id: id.optional(),
  channel_id: id,
  response_url: z.string().optional(),
});
export type SlashCommandPayload = z.infer<typeof SlashCommandPayload>;

const SelectedOption = z.object({ value: z.string() });

/** The one element clicked or changed: a button, or a select with its picks. */
export const ClickedAction = z.object({
  action_id: z.string().min(1),
  type: z.string(),
  value: z.string().optional(),
  selected_option: SelectedOption.nullish(),
  selected_options: z.array(SelectedOption).optional(),
});
export type ClickedAction = z.infer<typeof ClickedAction>;

export const BlockActionsPayload = z.object({
  type: z.literal('block_actions'),
  user: z.object({ id, username: z.string().optional(), name: z.string().optional(), team_id: id.optional() }),
  team: z.object({ id }).nullish(),
  enterprise: z.object({ id }).nullish(),
  channel: z.object({ id }).optional(),
  container: z.object({
    type: z.string(),
    message_ts: z.string().optional(),
    channel_id: id.optional(),
    is_ephemeral: z.boolean().optional(),
    thread_ts: z.string().optional(),
  }),
  /** Absent when the message clicked was ephemeral. */
  message: z.object({ ts: z.string(), thread_ts: z.string().optional() }).optional(),
  actions: z.array(ClickedAction).min(1),
  response_url: z.string().optional(),
  trigger_id: z.string().optional(),
  /** Set for a click in a view: the Home tab carries its DM channel in private_metadata. */
  view: z.object({ type: z.string(), private_metadata: z.string().optional() }).optional(),
});
export type BlockActionsPayload = z.infer<typeof BlockActionsPayload>;

/** An app_mention or a message.im event, with the envelope fields we use. */
export const MessageEventPayload = z.object({
  event_id: z.string().min(1),
  team_id: id.optional(),
  enterprise_id: id.nullish(),
  event: z.object({
    type: z.enum(['app_mention', 'message']),
    user: id,
    text: z.string().default(''),
    ts: z.string(),
    thread_ts: z.string().optional(),
    channel: id,
    channel_type: z.string().optional(),
    team: id.optional(),
  }),
});
export type MessageEventPayload = z.infer<typeof MessageEventPayload>;

/** A message shortcut ("Ask Framework Advisor" on a message's menu). */
export const MessageShortcutPayload = z.object({
  type: z.literal('message_action'),
  callback_id: z.string(),
  user: z.object({ id, username: z.string().optional(), name: z.string().optional(), team_id: id.optional() }),
  team: z.object({ id }).nullish(),
  enterprise: z.object({ id }).nullish(),
  channel: z.object({ id }),
  message: z.object({ ts: z.string(), thread_ts: z.string().optional(), text: z.string().default('') }),
});
export type MessageShortcutPayload = z.infer<typeof MessageShortcutPayload>;

/** A submitted modal: who, which form, and what was picked (view.state.values). */
export const ViewSubmissionPayload = z.object({
  type: z.literal('view_submission'),
  user: z.object({ id, username: z.string().optional(), name: z.string().optional(), team_id: id.optional() }),
  team: z.object({ id }).nullish(),
  enterprise: z.object({ id }).nullish(),
  view: z.object({
    callback_id: z.string(),
    private_metadata: z.string().default(''),
    state: z.object({ values: z.record(z.string(), z.record(z.string(), z.object({ type: z.string() }).passthrough())) }),
  }),
});
export type ViewSubmissionPayload = z.infer<typeof ViewSubmissionPayload>;

/** app_home_opened: the person, which tab, and the DM channel of the app's Messages tab. */
export const HomeOpenedPayload = z.object({
  team_id: id.optional(),
  enterprise_id: id.nullish(),
  event: z.object({ type: z.literal('app_home_opened'), user: id, channel: id.optional(), tab: z.string().optional() }),
});
