/**
 * Tables that PDF extraction flattened into lines of tab- or pipe-separated cells (序号 工作任务 责任单位
 * 完成时限 …): a header row, then the rows that follow it. Offsets are in the text given (clean text).
 */
import { HEADING_START } from './normalize.js';
import { linesOf } from '../text/lines.js';

export interface Cell {
  text: string;
  start: number;
  end: number;
}
export interface TableRow {
  start: number;
  end: number;
  cells: Cell[];
}
export interface Table {
  header: TableRow;
  rows: TableRow[];
}

function cellsOf(line: string, at: number, inTable: boolean): Cell[] | null {
  const pipes = (line.match(/[|｜]/g) ?? []).length;
  // a lone pipe in prose is not a table; inside a table a row may have lost its other cells
  if (!line.includes('\t') && pipes < (inTable ? 1 : 2)) return null;
  const sep = line.includes('\t') ? /\t+/g : /[|｜]/g;
  const cells: Cell[] = [];
  let from = 0;
  const push = (s: number, e: number) => {
    let a = s;
    let b = e;
    while (a < b && /\s/.test(line[a])) a++;
    while (b > a && /\s/.test(line[b - 1])) b--;
    cells.push({ text: line.slice(a, b), start: at + a, end: at + b });
  };
  for (const m of line.matchAll(sep)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, line.length);
  // a pipe table written |a|b| has empty edge cells
  while (cells.length && !cells[0].text) cells.shift();
  while (cells.length && !cells[cells.length - 1].text) cells.pop();
  return cells.length >= 2 ? cells : null;
}

/** A header is a row of short labels (no sentence punctuation, no figures). */
const isHeader = (cells: Cell[]) =>
  cells.every((c) => c.text.length > 0 && c.text.length <= 10 && !/[，。；,;\d]/.test(c.text));

export function tablesOf(text: string): Table[] {
  const out: Table[] = [];
  let cur: Table | null = null;
  let wrapped = 0;
  for (const { text: line, start } of linesOf(text)) {
    if (!line.trim()) continue;
    const cells = cellsOf(line, start, cur !== null);
    if (!cells) {
      // a cell wrapped onto a line of its own (…政务服务事项网上 / 可办率达到95%以上): the row goes on
      const last = cur?.rows[cur.rows.length - 1];
      if (
        last &&
        wrapped < 2 &&
        line.trim().length <= 40 &&
        !HEADING_START.test(line.trim()) &&
        !/[。！？]$/.test(line.trim())
      ) {
        last.end = start + line.length;
        wrapped++;
        continue;
      }
      cur = null;
      continue;
    }
    wrapped = 0;
    const row = { start, end: start + line.length, cells };
    // a row far from the header's width ends the table
    if (cur && Math.abs(cells.length - cur.header.cells.length) > 1) cur = null;
    if (!cur) {
      if (isHeader(cells)) {
        cur = { header: row, rows: [] };
        out.push(cur);
      }
      continue;
    }
    if (
      /^-+$/.test(
        cells
          .map((c) => c.text)
          .join('')
          .replace(/[:：\s]/g, ''),
      )
    )
      continue; // |---|---| rule
    cur.rows.push(row);
  }
  return out.filter((t) => t.rows.length > 0);
}

/** The column whose header matches, or -1. */
export function columnOf(table: Table, re: RegExp): number {
  return table.header.cells.findIndex((c) => re.test(c.text.replace(/\s+/g, '')));
}

/** A row's cell for a header column; rows that lost a cell are aligned from the right (序号 dropped). */
export function cellAt(table: Table, row: TableRow, col: number): Cell | null {
  const n = table.header.cells.length;
  if (row.cells.length === n) return row.cells[col] ?? null;
  if (row.cells.length === n - 1 && col > 0) return row.cells[col - 1] ?? null;
  return null;
}
