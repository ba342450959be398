import { TARGET_ROW, type Target, directory, gql, targetFacets } from '../api.js';
import { clear, empty, h, href, link, loading } from '../dom.js';
import { basisBadge, orgLink, ownersOf, personLink, statusBadge, value } from '../common.js';
import { COLUMNS, downloadCsv, downloadXlsx, exportRows } from '../export.js';
import { OUTCOME, STATUS, docLabel } from '../words.js';

const PAGE = 20;
const FILTERS = ['jur', 'year', 'status', 'ind', 'outcome', 'org', 'leader', 'doc', 'text'] as const;
type Filters = Partial<Record<(typeof FILTERS)[number], string>>;

interface Page {
  targets: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Target[] };
}

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
  if (f.ind) filter.indicator = f.ind;
  if (f.outcome) filter.outcome = f.outcome;
  const out: Target[] = [];
  let after: string | null = null;
  for (let i = 0; i < 50; i++) {
    const r: Page = await gql<Page>(
      `query($f: TargetFilter, $a: String) { targets(filter: $f, first: 100, after: $a) { totalCount pageInfo { hasNextPage endCursor } nodes { ${fields} } } }`,
      { f: filter, a: after },
    );
    out.push(...r.targets.nodes);
    if (!r.targets.pageInfo.hasNextPage) break;
    after = r.targets.pageInfo.endCursor;
  }
  return out;
}

let cache: { key: string; rows: Target[] } | undefined;
let years: Promise<number[]> | undefined;

type SortKey = 'index' | 'text' | 'indicator' | 'value' | 'year' | 'status' | 'outcome' | 'lead' | 'leader' | 'doc';
const collator = new Intl.Collator('zh-Hans-CN');
/** met, not met, undecided, then no result */
const outcomeRank = (t: Target) => (t.outcome ? ['MET', 'NOT_MET', 'UNKNOWN'].indexOf(t.outcome.status) : 3);
const SORTERS: Record<SortKey, (a: Target, b: Target) => number> = {
  index: () => 0,
  text: (a, b) => collator.compare(a.text, b.text),
  indicator: (a, b) =>
    (a.indicator ? 0 : 1) - (b.indicator ? 0 : 1) || collator.compare(a.indicator?.name ?? '', b.indicator?.name ?? ''),
  outcome: (a, b) => outcomeRank(a) - outcomeRank(b),
  value: (a, b) => (a.value ?? -Infinity) - (b.value ?? -Infinity),
  year: (a, b) => (a.year ?? 0) - (b.year ?? 0),
  status: (a, b) => collator.compare(a.status, b.status),
  lead: (a, b) => collator.compare(ownersOf(a, 'LEAD').join(), ownersOf(b, 'LEAD').join()),
  leader: (a, b) =>
    collator.compare(a.accountableLeaders.map((p) => p.name).join(), b.accountableLeaders.map((p) => p.name).join()),
  doc: (a, b) => collator.compare(a.document.title, b.document.title),
};

export async function targetsPage(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const f: Filters = {};
  for (const k of FILTERS) {
    const v = params.get(k);
    if (v) f[k] = v;
  }
  const sort = (params.get('sort') ?? 'index') as SortKey;
  const dir = params.get('dir') === 'desc' ? 'desc' : 'asc';
  const pageNo = Math.max(1, Number(params.get('page') ?? 1) || 1);
  const go = (over: Record<string, string | number | null>) => {
    const next: Record<string, string | number | null> = {
      ...f,
      sort: sort === 'index' ? null : sort,
      dir: dir === 'asc' ? null : dir,
      page: null,
      ...over,
    };
    location.hash = href('targets', next);
  };

  const [d, facets] = await Promise.all([directory(), targetFacets()]);
  years ??= fetchAll({}, 'year').then((list) =>
    [...new Set(list.map((t) => t.year).filter((y): y is number => y != null))].sort((a, b) => b - a),
  );
  const yearList = await years;

  const sel = (name: string, label: string, options: Array<[string, string]>) =>
    h(
      'label',
      null,
      label,
      h(
        'select',
        { name, id: `f-${name}` },
        h('option', { value: '' }, '全部'),
        options.map(([v, t]) => h('option', { value: v, selected: f[name as keyof Filters] === v }, t)),
      ),
    );
  const txt = (name: string, label: string, list?: string) =>
    h(
      'label',
      null,
      label,
      h('input', {
        type: 'search',
        name,
        id: `f-${name}`,
        value: f[name as keyof Filters] ?? '',
        list,
        autocomplete: 'off',
      }),
    );
  // a value from a link that the lists do not hold (an indicator by name, an old free-text 辖区) stays visible
  const withCurrent = (options: Array<[string, string]>, v: string | undefined): Array<[string, string]> =>
    v && !options.some(([o]) => o === v) ? [...options, [v, v]] : options;
  const indicators = [...facets.indicators]
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((i): [string, string] => [i.code, i.name]);
  const form = h(
    'form',
    { class: 'bar', id: 'target-filters', 'aria-label': '筛选目标' },
    (facets.jurisdictions.length > 0 || f.jur) &&
      sel(
        'jur',
        '辖区',
        withCurrent(
          facets.jurisdictions.map((j) => [j, j]),
          f.jur,
        ),
      ),
    sel(
      'year',
      '年份',
      yearList.map((y) => [String(y), `${y}年`]),
    ),
    sel('status', '状态', Object.entries(STATUS)),
    (indicators.length > 0 || f.ind) && sel('ind', '指标', withCurrent(indicators, f.ind)),
    sel('outcome', '完成情况', [
      ['MET', OUTCOME.MET],
      ['NOT_MET', OUTCOME.NOT_MET],
      ['UNKNOWN', `${OUTCOME.UNKNOWN}或暂无结果`],
    ]),
    txt('org', '责任单位', 'dl-orgs'),
    txt('leader', '分管领导', 'dl-people'),
    sel(
      'doc',
      '文件',
      d.documents.filter((x) => x.kind !== 'CITED').map((x) => [x.id, docLabel(x)]),
    ),
    txt('text', '目标文字'),
    h('button', { type: 'submit', id: 'f-submit' }, '筛选'),
    h(
      'button',
      {
        type: 'button',
        id: 'f-clear',
        class: 'secondary',
        onclick: () => {
          refocus = 'f-clear';
          location.hash = href('targets');
        },
      },
      '清除',
    ),
    h(
      'datalist',
      { id: 'dl-orgs' },
      d.organizations.map((o) => h('option', { value: o.name })),
    ),
    h(
      'datalist',
      { id: 'dl-people' },
      d.people.map((p) => h('option', { value: p.name })),
    ),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    refocus =
      document.activeElement instanceof HTMLElement && form.contains(document.activeElement)
        ? document.activeElement.id || null
        : null;
    const fd = new FormData(form);
    const over: Record<string, string | null> = {};
    for (const k of FILTERS) over[k] = String(fd.get(k) ?? '').trim() || null;
    go(over);
  });
  for (const s of form.querySelectorAll('select')) s.addEventListener('change', () => form.requestSubmit());
  const out = h('div', { id: 'targets-out' }, loading());
  main.append(h('h1', null, '目标'), form, out);
  restoreFocus();

  const key = JSON.stringify(f);
  if (cache?.key !== key) cache = { key, rows: await fetchAll(f, TARGET_ROW) };
  const rows = [...cache.rows];
  if (sort !== 'index' && SORTERS[sort]) rows.sort(SORTERS[sort]);
  if (dir === 'desc') rows.reverse();
  clear(out);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  const pg = Math.min(pageNo, pages);
  const shown = rows.slice((pg - 1) * PAGE, pg * PAGE);
  const shownValue = (k: string, v: string) =>
    k === 'doc'
      ? (d.documents.find((x) => x.id === v)?.title ?? v)
      : k === 'status'
        ? (STATUS[v] ?? v)
        : k === 'outcome'
          ? (OUTCOME[v] ?? v)
          : k === 'ind'
            ? (facets.indicators.find((i) => i.code === v)?.name ?? v)
            : v;
  const described =
    Object.entries(f)
      .map(
        ([k, v]) =>
          `${({ year: '年份', status: '状态', org: '单位', leader: '分管领导', doc: '文件', text: '文字', jur: '辖区', ind: '指标', outcome: '完成情况' } as Record<string, string>)[k]}=${shownValue(k, v!)}`,
      )
      .join('，') || '全部目标';
  out.append(
    // on paper the pager is hidden: say what the printed table holds
    h('p', { class: 'printonly' }, `共 ${rows.length} 条（${described}）`),
    h(
      'div',
      { class: 'pager' },
      h('span', { id: 'targets-count', role: 'status' }, `共 ${rows.length} 条（${described}）`),
      h(
        'button',
        {
          type: 'button',
          id: 'export-xlsx',
          disabled: !rows.length,
          onclick: () => void downloadXlsx(exportRows(rows), '目标任务分解表', described),
        },
        '导出 Excel',
      ),
      h(
        'button',
        {
          type: 'button',
          id: 'export-csv',
          class: 'secondary',
          disabled: !rows.length,
          onclick: () => downloadCsv(exportRows(rows), '目标任务分解表'),
        },
        '导出 CSV',
      ),
      h('span', { class: 'muted' }, `导出当前筛选和排序下的全部 ${rows.length} 条，列：${COLUMNS.join('、')}`),
    ),
  );
  if (!rows.length) {
    out.append(empty('没有符合条件的目标。'));
    restoreFocus(true);
    return;
  }
  const th = (label: string, k: SortKey | null) => {
    if (!k) return h('th', { scope: 'col' }, label);
    const active = sort === k;
    return h(
      'th',
      { scope: 'col', 'aria-sort': active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none' },
      h(
        'button',
        {
          type: 'button',
          class: 'sort',
          id: `sort-${k}`,
          onclick: () => {
            refocus = `sort-${k}`;
            go({ sort: k === 'index' ? null : k, dir: active && dir === 'asc' ? 'desc' : null });
          },
        },
        label,
      ),
    );
  };
  const base = (pg - 1) * PAGE;
  out.append(
    h(
      'table',
      { id: 'targets-table' },
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          th('序号', 'index'),
          th('目标/任务', 'text'),
          th('指标', 'indicator'),
          th('指标值', 'value'),
          th('年份', 'year'),
          th('状态', 'status'),
          th('完成情况', 'outcome'),
          th('牵头单位', 'lead'),
          th('配合单位', null),
          th('分管领导', 'leader'),
          th('依据', null),
          th('文件', 'doc'),
        ),
      ),
      h(
        'tbody',
        null,
        shown.map((t, i) =>
          h(
            'tr',
            { 'data-id': t.id },
            h('td', null, String(base + i + 1)),
            h(
              'td',
              null,
              link(
                'doc',
                { id: t.document.id, at: t.evidence[0] ? `${t.evidence[0].start}-${t.evidence[0].end}` : null },
                t.text,
              ),
              t.task ? h('div', { class: 'path' }, `任务：${t.task.title}`) : null,
            ),
            h(
              'td',
              { class: 'ind' },
              t.indicator
                ? h(
                    'a',
                    {
                      href: href('targets', { ...f, ind: t.indicator.code }),
                      'data-tip': `只看“${t.indicator.name}”这一指标的目标`,
                    },
                    t.indicator.name,
                  )
                : h('span', { class: 'muted' }, '—'),
            ),
            h('td', { class: 'num' }, value(t)),
            h('td', null, t.year ?? '—'),
            h('td', null, statusBadge(t.status)),
            h('td', { class: 'outcome' }, outcomeCell(t)),
            h('td', null, ownersOf(t, 'LEAD').map(orgLink)),
            h('td', null, ownersOf(t, 'SUPPORT').map(orgLink)),
            h('td', null, [...new Set(t.accountableLeaders.map((p) => p.name))].map(personLink)),
            h(
              'td',
              null,
              t.owners.length
                ? uniqBasis(t).map((o) => h('div', null, basisBadge(o)))
                : h('span', { class: 'muted' }, '未确定'),
            ),
            h('td', { class: 'path' }, docLabel(t.document)),
          ),
        ),
      ),
    ),
  );
  out.append(
    h(
      'nav',
      { class: 'pager', 'aria-label': '翻页' },
      h(
        'button',
        {
          type: 'button',
          id: 'page-prev',
          class: 'secondary',
          disabled: pg <= 1,
          onclick: () => {
            refocus = pg - 1 > 1 ? 'page-prev' : 'page-next';
            go({ sort: sort === 'index' ? null : sort, dir: dir === 'asc' ? null : dir, page: pg - 1 });
          },
        },
        '上一页',
      ),
      h('span', null, `第 ${pg} / ${pages} 页`),
      h(
        'button',
        {
          type: 'button',
          id: 'page-next',
          class: 'secondary',
          disabled: pg >= pages,
          onclick: () => {
            refocus = pg + 1 < pages ? 'page-next' : 'page-prev';
            go({ sort: sort === 'index' ? null : sort, dir: dir === 'asc' ? null : dir, page: pg + 1 });
          },
        },
        '下一页',
      ),
    ),
  );
  restoreFocus(true);
}

/** The control a keyboard user acted on, focused again once the page is drawn anew (the route redraws it). */
let refocus: string | null = null;
function restoreFocus(done = false): void {
  const el = refocus ? document.getElementById(refocus) : null;
  if (el) {
    el.focus();
    refocus = null;
  } else if (done) refocus = null;
}

/** 已完成 / 未完成 / 无法判断, with how it was judged on hover and focus (and in print, where there is no hover) */
function outcomeCell(t: Target): HTMLElement | HTMLElement[] {
  const o = t.outcome;
  if (!o) return h('span', { class: 'muted' }, t.status === 'PLANNED' ? '暂无结果' : '—');
  const tip = o.achieved?.text ? `${o.explanation}\n实际数据原文：${o.achieved.text}` : o.explanation;
  return [
    h(
      'span',
      { class: `badge out-${o.status}`, tabindex: 0, 'data-tip': tip },
      `${OUTCOME[o.status] ?? o.status}${o.preliminary ? '（初步）' : ''}`,
    ),
    h('div', { class: 'printonly path' }, o.explanation),
  ];
}

const uniqBasis = (t: Target) => {
  const seen = new Set<string>();
  return t.owners.filter((o) => (seen.has(o.basis) ? false : (seen.add(o.basis), true)));
};
