import type { Target } from './api.js';
import { BASIS, OUTCOME, docLabel, valueText } from './words.js';

/** The shape of a 任务分解表, then the indicator and the outcome (added after, so the old columns keep their places). */
export const COLUMNS = [
  '序号',
  '目标/任务',
  '指标值',
  '牵头单位',
  '配合单位',
  '分管领导',
  '依据',
  '原文',
  '文件',
  '指标',
  '完成情况',
] as const;
const WIDTHS = [6, 40, 14, 22, 28, 12, 14, 60, 36, 16, 40];

const uniq = (xs: string[]) => [...new Set(xs.filter(Boolean))];

export function basisText(t: Target): string {
  if (!t.owners.length) return '未确定（原文未写明，也无法推断）';
  return uniq(t.owners.map((o) => BASIS[o.basis] ?? o.basis)).join('、');
}

/** 未完成：目标增长6.5%左右，实际增长6.1%，未完成 — empty when no result is loaded (or the target is itself a result) */
export function outcomeText(t: Target): string {
  const o = t.outcome;
  return o ? `${OUTCOME[o.status] ?? o.status}：${o.explanation}` : '';
}

export function exportRows(list: Target[]): string[][] {
  return list.map((t, i) => [
    String(i + 1),
    t.text,
    valueText(t),
    uniq(t.owners.filter((o) => o.role === 'LEAD').map((o) => o.organization.name)).join('、'),
    uniq(t.owners.filter((o) => o.role === 'SUPPORT').map((o) => o.organization.name)).join('、'),
    uniq(t.accountableLeaders.map((p) => p.name)).join('、'),
    basisText(t),
    uniq(t.evidence.map((e) => e.quote)).join('\n'),
    docLabel(t.document),
    t.indicator?.name ?? '',
    outcomeText(t),
  ]);
}

const stamp = () => {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}`;
};

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function toCsv(rows: string[][]): string {
  const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return `\ufeff${[[...COLUMNS], ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

export function downloadCsv(rows: string[][], base: string): void {
  download(new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }), `${base}-${stamp()}.csv`);
}

export async function downloadXlsx(rows: string[][], base: string, subtitle: string): Promise<void> {
  // loaded on demand: the spreadsheet writer is most of the console's weight
  const mod: any = await import('exceljs');
  const ExcelJS = mod.default ?? mod;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'report-graph';
  wb.created = new Date();
  const ws = wb.addWorksheet('目标任务分解表', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = COLUMNS.map((header, i) => ({ header, key: `c${i}`, width: WIDTHS[i] }));
  for (const r of rows) ws.addRow(r.map((v, i) => (i === 0 ? Number(v) : v)));
  ws.getRow(1).font = { bold: true };
  ws.eachRow((row: any) => {
    row.alignment = { vertical: 'top', wrapText: true };
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  const info = wb.addWorksheet('说明');
  info.addRow(['导出条件', subtitle]);
  info.addRow(['导出时间', new Date().toLocaleString('zh-CN')]);
  info.addRow([
    '来源',
    '政府公报知识图谱；“原文”列为文件原句，“依据”说明责任单位从何得知；“指标”为统一的统计指标，“完成情况”按同一辖区文件中该年度的实际数据判断，空白表示尚无实际数据',
  ]);
  info.getColumn(1).width = 12;
  info.getColumn(2).width = 80;
  const buf = await wb.xlsx.writeBuffer();
  download(
    new Blob([buf], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
    `${base}-${stamp()}.xlsx`,
  );
}
