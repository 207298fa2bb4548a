/**
 * A card as terminal text. Colour is optional (a TTY that allows it); the
 * layout is the same without, so piped output stays readable and testable.
 */
import { styleText } from 'node:util';
import { type Action, type Block, type Card, type TableRow } from '../../core/index.js';
import { keyChoices } from './choices.js';
import { cellText, gridLayout } from './grid.js';

export interface TextStyle {
  colour: boolean;
  width: number;
}

type Format = Parameters<typeof styleText>[0];

function paint(style: TextStyle, format: Format, text: string): string {
  return style.colour ? styleText(format, text) : text;
}

function wrap(text: string, width: number, indent = ''): string {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line.length > 0 && line.length + 1 + word.length > width - indent.length) {
        out.push(indent + line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(indent + line);
  }
  return out.join('\n');
}

function table(style: TextStyle, columns: string[], rows: TableRow[]): string {
  const { labelWidth, widths } = gridLayout(columns, rows);
  // Long cells (sources with reasons) are not padded into columns: they are listed under the label instead.
  if (widths.some((w) => w > 40)) {
    return rows.map((r) => `  ${paint(style, 'bold', r.label)}\n${r.cells.map((_, i) => wrap(`${columns[i]}: ${cellText(r, i)}`, style.width, '    ')).join('\n')}`).join('\n');
  }
  const header = `  ${' '.repeat(labelWidth)}  ${columns.map((c, i) => paint(style, 'bold', c.padEnd(widths[i]!))).join('  ')}`;
  const body = rows.map((r) => {
    const cells = r.cells.map((_, i) => {
      const text = cellText(r, i).padEnd(widths[i]!);
      return r.best?.includes(i) ? paint(style, 'green', text) : text;
    });
    return `  ${r.label.padEnd(labelWidth)}  ${cells.join('  ')}`;
  });
  return [header, ...body].join('\n');
}

function block(style: TextStyle, b: Block): string {
  const heading = 'heading' in b && b.heading ? `${paint(style, ['bold', 'cyan'], b.heading)}\n` : '';
  switch (b.type) {
    case 'text':
      return heading + wrap(b.text, style.width, '  ');
    case 'fields':
      return heading + b.fields.map((f) => wrap(`${paint(style, 'bold', f.label)}: ${f.value}`, style.width, '  ')).join('\n');
    case 'table':
      return heading + table(style, b.columns, b.rows);
    case 'list':
      return heading + b.items.map((item) => wrap(`- ${item}`, style.width, '  ')).join('\n');
    case 'channel-items':
      return heading + b.items.map((item) => wrap(`- #${item.channel} · ${item.text}`, style.width, '  ')).join('\n');
    case 'notes':
      return b.items.map((item) => paint(style, 'dim', wrap(item, style.width, '  '))).join('\n');
    case 'divider':
      return paint(style, 'dim', '-'.repeat(Math.min(style.width, 60)));
  }
}

/**
 * Actions as choices: numbered options, then the flow's controls on fixed
 * letters. A multi-select shows Done from the start: its picks are finished with d.
 */
export function actionLines(style: TextStyle, actions: readonly Action[]): string[] {
  const { options, controls, multiSelect } = keyChoices(actions);
  const lines: string[] = [];
  let selectShown = '';
  for (const option of options) {
    const select = option.value !== undefined ? actions.find((a) => a.id === option.actionId) : undefined;
    if (select?.type === 'select' && selectShown !== select.id) {
      selectShown = select.id;
      const several = select.maxChoices && select.maxChoices > 1 ? ` (up to ${select.maxChoices}: numbers like 1,3 or names; d when done)` : '';
      lines.push(`  ${paint(style, 'bold', select.placeholder)}${several}`);
    }
    lines.push(`  [${option.key}] ${option.label}`);
  }
  const shown = multiSelect && !controls.some((c) => c.key === 'd') ? [{ key: 'd', label: 'Done' }, ...controls] : controls;
  if (shown.length > 0) lines.push(`  ${shown.map((c) => `[${c.key}] ${c.label}`).join('   ')}`);
  return lines;
}

export function cardToText(card: Card, style: TextStyle): string {
  const parts = [paint(style, ['bold', 'underline'], card.title)];
  if (card.subtitle) parts.push(paint(style, 'italic', wrap(card.subtitle, style.width)));
  for (const b of card.blocks) parts.push(block(style, b));
  const actions = actionLines(style, card.actions);
  if (actions.length > 0) parts.push(actions.join('\n'));
  return `${parts.join('\n\n')}\n`;
}
