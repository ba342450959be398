import { TARGET_ROW, type Target, directory, gql, supports } from '../api.js';
import { clear, empty, h, href, link, loading } from '../dom.js';
import { basisBadge, orgLink, ownersOf, personLink, statusBadge, value } from '../common.js';
import { COLUMNS, downloadCsv, downloadXlsx, exportRows } from '../export.js';
import { STATUS, docLabel } from '../words.js';

const PAGE = 20;
const FILTERS = ['year', 'status', 'org', 'leader', 'doc', 'text', 'jur'] as const;
type Filters = Partial<Record<(typeof FILTERS)[number], string>>;

interface Page { targets: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Target[] } }

/** every target the filter selects, 100 a request (the API's page limit) */
async function fetchAll(f: Filters, fields: string): Promise<Target[]> {
  const filter: Record<string, unknown> = {};
  if (f.year) filter.year = Number(f.year);
  if (f.status) filter.status = f.status;
  if (f.org) filter.organization = f.org;
  if (f.leader) filter.supervisor = f.leader;
  if (f.doc) filter.document = f.doc;
  if (f.text) filter.text = f.text;
  if (f.jur) filter.jurisdiction = f.jur;
  const out: Target[] = [];
  let after: string | null = null;
  for (let i = 0; i < 50; i++) {
    const r: Page = await gql<Page>(`query($f: TargetFilter, $a: String) { targets(filter: $f, first: 100, after: $a) { totalCount pageInfo { hasNextPage endCursor } nodes { ${fields} } } }`, { f: filter, a: after });
    out.push(...r.targets.nodes);
    if (!r.targets.pageInfo.hasNextPage) break;
    after = r.targets.pageInfo.endCursor;
  }
  return out;
}

let cache: { key: string; rows: Target[] } | undefined;
let years: Promise<number[]> | undefined;

type SortKey = 'index' | 'text' | 'value' | 'year' | 'status' | 'lead' | 'leader' | 'doc';
const collator = new Intl.Collator('zh-Hans-CN');
const SORTERS: Record<SortKey, (a: Target, b: Target) => number> = {
  index: () => 0,
  text: (a, b) => collator.compare(a.text, b.text),
  value: (a, b) => (a.value ?? -Infinity) - (b.value ?? -Infinity),
  year: (a, b) => (a.year ?? 0) - (b.year ?? 0),
  status: (a, b) => collator.compare(a.status, b.status),
  lead: (a, b) => collator.compare(ownersOf(a, 'LEAD').join(), ownersOf(b, 'LEAD').join()),
  leader: (a, b) => collator.compare(a.accountableLeaders.map((p) => p.name).join(), b.accountableLeaders.map((p) => p.name).join()),
  doc: (a, b) => collator.compare(a.document.title, b.document.title),
};

export async function targetsPage(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const f: Filters = {};
  for (const k of FILTERS) { const v = params.get(k); if (v) f[k] = v; }
  const sort = (params.get('sort') ?? 'index') as SortKey;
  const dir = params.get('dir') === 'desc' ? 'desc' : 'asc';
  const pageNo = Math.max(1, Number(params.get('page') ?? 1) || 1);
  const go = (over: Record<string, string | number | null>) => {
    const next: Record<string, string | number | null> = { ...f, sort: sort === 'index' ? null : sort, dir: dir === 'asc' ? null : dir, page: null, ...over };
    location.hash = href('targets', next);
  };

  const [d, hasJur] = await Promise.all([directory(), supports('{ targets(filter: {jurisdiction: "-"}, first: 0) { totalCount } }')]);
  years ??= fetchAll({}, 'year').then((list) => [...new Set(list.map((t) => t.year).filter((y): y is number => y != null))].sort((a, b) => b - a));
  const yearList = await years;

  const sel = (name: string, label: string, options: Array<[string, string]>) =>
    h('label', null, label, h('select', { name, id: `f-${name}` }, h('option', { value: '' }, '全部'),
      options.map(([v, t]) => h('option', { value: v, selected: f[name as keyof Filters] === v }, t))));
  const txt = (name: string, label: string, list?: string) =>
    h('label', null, label, h('input', { type: 'search', name, id: `f-${name}`, value: f[name as keyof Filters] ?? '', list, autocomplete: 'off' }));
  const form = h('form', { class: 'bar', id: 'target-filters', 'aria-label': '筛选目标' },
    hasJur && txt('jur', '辖区'),
    sel('year', '年份', yearList.map((y) => [String(y), `${y}年`])),
    sel('status', '状态', Object.entries(STATUS)),
    txt('org', '责任单位', 'dl-orgs'),
    txt('leader', '分管领导', 'dl-people'),
    sel('doc', '文件', d.documents.filter((x) => x.kind !== 'CITED').map((x) => [x.id, docLabel(x)])),
    txt('text', '目标文字'),
    h('button', { type: 'submit' }, '筛选'),
    h('button', { type: 'button', class: 'secondary', onclick: () => { location.hash = href('targets'); } }, '清除'),
    h('datalist', { id: 'dl-orgs' }, d.organizations.map((o) => h('option', { value: o.name }))),
    h('datalist', { id: 'dl-people' }, d.people.map((p) => h('option', { value: p.name }))));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const fd = new FormData(form);
    const over: Record<string, string | null> = {};
    for (const k of FILTERS) over[k] = String(fd.get(k) ?? '').trim() || null;
    go(over);
  });
  for (const s of form.querySelectorAll('select')) s.addEventListener('change', () => form.requestSubmit());
  const out = h('div', { id: 'targets-out' }, loading());
  main.append(h('h1', null, '目标'), form, out);

  const key = JSON.stringify(f);
  if (cache?.key !== key) cache = { key, rows: await fetchAll(f, TARGET_ROW) };
  const rows = [...cache.rows];
  if (sort !== 'index' && SORTERS[sort]) rows.sort(SORTERS[sort]);
  if (dir === 'desc') rows.reverse();
  clear(out);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  const pg = Math.min(pageNo, pages);
  const shown = rows.slice((pg - 1) * PAGE, pg * PAGE);
  const described = Object.entries(f).map(([k, v]) => `${({ year: '年份', status: '状态', org: '单位', leader: '分管领导', doc: '文件', text: '文字', jur: '辖区' } as Record<string, string>)[k]}=${k === 'doc' ? (d.documents.find((x) => x.id === v)?.title ?? v) : k === 'status' ? STATUS[v!] : v}`).join('，') || '全部目标';
  out.append(
    h('div', { class: 'pager' },
      h('span', { id: 'targets-count', role: 'status' }, `共 ${rows.length} 条（${described}）`),
      h('button', { type: 'button', id: 'export-xlsx', disabled: !rows.length, onclick: () => void downloadXlsx(exportRows(rows), '目标任务分解表', described) }, '导出 Excel'),
      h('button', { type: 'button', id: 'export-csv', class: 'secondary', disabled: !rows.length, onclick: () => downloadCsv(exportRows(rows), '目标任务分解表') }, '导出 CSV'),
      h('span', { class: 'muted' }, `导出当前筛选和排序下的全部 ${rows.length} 条，列：${COLUMNS.join('、')}`)),
  );
  if (!rows.length) { out.append(empty('没有符合条件的目标。')); return; }
  const th = (label: string, k: SortKey | null) => {
    if (!k) return h('th', { scope: 'col' }, label);
    const active = sort === k;
    return h('th', { scope: 'col', 'aria-sort': active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none' },
      h('button', { type: 'button', class: 'sort', onclick: () => go({ sort: k === 'index' ? null : k, dir: active && dir === 'asc' ? 'desc' : null }) }, label));
  };
  const base = (pg - 1) * PAGE;
  out.append(h('table', { id: 'targets-table' },
    h('thead', null, h('tr', null, th('序号', 'index'), th('目标/任务', 'text'), th('指标值', 'value'), th('年份', 'year'), th('状态', 'status'),
      th('牵头单位', 'lead'), th('配合单位', null), th('分管领导', 'leader'), th('依据', null), th('文件', 'doc'))),
    h('tbody', null, shown.map((t, i) => h('tr', { 'data-id': t.id },
      h('td', null, String(base + i + 1)),
      h('td', null, link('doc', { id: t.document.id, at: t.evidence[0] ? `${t.evidence[0].start}-${t.evidence[0].end}` : null }, t.text), t.task ? h('div', { class: 'path' }, `任务：${t.task.title}`) : null),
      h('td', { class: 'num' }, value(t)),
      h('td', null, t.year ?? '—'),
      h('td', null, statusBadge(t.status)),
      h('td', null, ownersOf(t, 'LEAD').map(orgLink)),
      h('td', null, ownersOf(t, 'SUPPORT').map(orgLink)),
      h('td', null, [...new Set(t.accountableLeaders.map((p) => p.name))].map(personLink)),
      h('td', null, t.owners.length ? uniqBasis(t).map((o) => h('div', null, basisBadge(o))) : h('span', { class: 'muted' }, '未确定')),
      h('td', { class: 'path' }, docLabel(t.document)))))));
  out.append(h('nav', { class: 'pager', 'aria-label': '翻页' },
    h('button', { type: 'button', class: 'secondary', disabled: pg <= 1, onclick: () => go({ sort: sort === 'index' ? null : sort, dir: dir === 'asc' ? null : dir, page: pg - 1 }) }, '上一页'),
    h('span', null, `第 ${pg} / ${pages} 页`),
    h('button', { type: 'button', class: 'secondary', disabled: pg >= pages, onclick: () => go({ sort: sort === 'index' ? null : sort, dir: dir === 'asc' ? null : dir, page: pg + 1 }) }, '下一页')));
}

const uniqBasis = (t: Target) => {
  const seen = new Set<string>();
  return t.owners.filter((o) => (seen.has(o.basis) ? false : (seen.add(o.basis), true)));
};
