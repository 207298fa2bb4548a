/**
 * Card actions as Discord action rows: consecutive buttons share rows of up
 * to five; each select takes a row of its own. Labels are plain text on
 * Discord (no markdown), so they are only shortened, never escaped.
 */
import type { ButtonStyle, ComponentType } from 'discord.js';
import type { Action, ButtonStyle as CardButtonStyle } from '../../core/index.js';
import { DISCORD_LIMITS, type DiscordActionRow, type DiscordComponent } from './limits.js';
import { truncate } from './text.js';

// Numeric API values, typed against discord-api-types so a wrong number does not compile,
// without loading the client library into this pure module.
const ACTION_ROW: ComponentType.ActionRow = 1;
const BUTTON: ComponentType.Button = 2;
const STRING_SELECT: ComponentType.StringSelect = 3;
const STYLE: Record<CardButtonStyle | 'default', ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Danger> = {
  primary: 1,
  default: 2,
  danger: 4,
};

function button(action: Extract<Action, { type: 'button' }>): DiscordComponent {
  return {
    type: BUTTON,
    style: STYLE[action.style ?? 'default'],
    custom_id: action.id,
    label: truncate(action.label, DISCORD_LIMITS.buttonLabel) || '…',
  };
}

function select(action: Extract<Action, { type: 'select' }>): DiscordComponent | undefined {
  // A value is sent back verbatim when picked, so one too long to send is left out rather than cut.
  const options = action.options
    .filter((o) => o.value.length > 0 && o.value.length <= DISCORD_LIMITS.optionValue)
    .slice(0, DISCORD_LIMITS.selectOptions)
    .map((o) => ({ label: truncate(o.label, DISCORD_LIMITS.optionLabel) || '…', value: o.value }));
  if (options.length === 0) return undefined;
  return {
    type: STRING_SELECT,
    custom_id: action.id,
    placeholder: truncate(action.placeholder, DISCORD_LIMITS.placeholder),
    options,
    min_values: 1,
    max_values: Math.min(Math.max(1, action.maxChoices ?? 1), options.length),
  };
}

/** Ids the core wrote always fit; anything else is dropped, since Discord would reject the whole message. */
function sendable(action: Action, seen: Set<string>): boolean {
  if (action.id.length === 0 || action.id.length > DISCORD_LIMITS.customId || seen.has(action.id)) return false;
  seen.add(action.id);
  return true;
}

export function actionsToRows(actions: readonly Action[]): DiscordActionRow[] {
  const rows: DiscordActionRow[] = [];
  const seen = new Set<string>();
  let buttons: DiscordComponent[] = [];
  const flush = () => {
    if (buttons.length > 0) rows.push({ type: ACTION_ROW, components: buttons });
    buttons = [];
  };
  for (const action of actions) {
    if (!sendable(action, seen)) continue;
    if (action.type === 'button') {
      if (buttons.length === DISCORD_LIMITS.buttonsPerRow) flush();
      buttons.push(button(action));
      continue;
    }
    const menu = select(action);
    if (!menu) continue;
    flush();
    rows.push({ type: ACTION_ROW, components: [menu] });
  }
  flush();
  return rows.slice(0, DISCORD_LIMITS.actionRows);
}
