/**
 * Sätteri hast plugin for GFM tables: each table goes into a scrolling box (so a wide table scrolls on
 * a phone instead of widening the page, while the table itself keeps `display: table` and its header
 * row), and the cells of a column that holds only numbers get the class `num` (right-aligned, tabular
 * figures, in prose.css). The box is focusable and named, so keyboard users can scroll it too (axe:
 * scrollable-region-focusable).
 */
import { defineHastPlugin } from 'satteri';

interface Cell {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Cell[];
}

/** "1,234", "-3.5", "80%", "₩12,000", "2017", "10~15": a number, possibly with a unit sign or a range. */
const NUMERIC = /^[+\-−]?[₩$€£¥]?\d[\d,.]*\s*(?:[~–-]\s*\d[\d,.]*)?\s*(?:%|배|원|명|개|년|건|점)?$/u;

const text = (node: Cell): string =>
  node.type === 'text' ? String((node as { value?: string }).value ?? '') : (node.children ?? []).map(text).join('');

const elements = (node: Cell, tag: string): Cell[] =>
  (node.children ?? []).flatMap((child) => (child.tagName === tag ? [child] : elements(child, tag)));

/** The column indexes whose body cells are all numbers (and which have at least one body cell). */
export function numericColumns(rows: string[][]): Set<number> {
  const numeric = new Set<number>();
  const width = Math.max(0, ...rows.map((r) => r.length));
  for (let col = 0; col < width; col++) {
    const cells = rows.map((r) => (r[col] ?? '').trim()).filter((c) => c !== '');
    if (cells.length > 0 && cells.every((c) => NUMERIC.test(c))) numeric.add(col);
  }
  return numeric;
}

/** `label(n)` names the n-th table's scrolling box ("표 1"), so boxes of one page have distinct names. */
export const proseTables = (label: (n: number) => string) => () => {
  let count = 0;
  return defineHastPlugin({
    name: 'prose-tables',
    element: {
      filter: ['table'],
      visit(node, ctx) {
        const table = node as Cell;
        const bodyRows = elements(table, 'tbody').flatMap((body) => elements(body, 'tr'));
        const columns = numericColumns(bodyRows.map((row) => elements(row, 'td').map(text)));
        for (const row of elements(table, 'tr')) {
          (row.children ?? [])
            .filter((c) => c.tagName === 'td' || c.tagName === 'th')
            .forEach((cell, i) => {
              const existing = cell.properties?.['className'];
              const classes = Array.isArray(existing) ? existing.map(String) : [];
              // GFM writes a column's alignment (`---:`) as a style attribute, which the CSP blocks: a class.
              const align = /text-align:\s*(left|center|right)/.exec(String(cell.properties?.['style'] ?? ''))?.[1];
              if (align) ctx.setProperty(cell as never, 'style', undefined);
              const added = [...(align ? [`align-${align}`] : []), ...(columns.has(i) ? ['num'] : [])];
              if (added.length > 0) ctx.setProperty(cell as never, 'className', [...classes, ...added]);
            });
        }
        ctx.wrapNode(node, {
          type: 'element',
          tagName: 'div',
          properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: label(++count) },
          children: [],
        });
      },
    },
  });
};
