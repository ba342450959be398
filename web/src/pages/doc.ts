import { directory, gql } from '../api.js';
import { empty, h, href, section } from '../dom.js';
import { type Fact, highlighted } from '../highlight.js';
import { docLink } from '../common.js';
import { APPOINT, DOC_KIND, ROLE, STATUS, BASIS, valueText } from '../words.js';

interface Span {
  start: number;
  end: number;
  quote?: string;
  document: { id: string };
}
interface Resp {
  role: string;
  basis: string;
  organization: { name: string };
  evidence: Span[];
}
interface Doc {
  id: string;
  title: string;
  docNumber: string | null;
  kind: string;
  issuer: string | null;
  issuedOn: string | null;
  reportYear: number | null;
  text: string | null;
  promulgates: Ref[];
  cites: Ref[];
  citedBy: Ref[];
  targets: Array<{
    id: string;
    text: string;
    metric: string;
    value: number | null;
    valueMax: number | null;
    unit: string | null;
    modifier: string | null;
    measure: string;
    year: number | null;
    status: string;
    evidence: Span[];
    owners: Resp[];
  }>;
  tasks: Array<{ id: string; title: string; evidence: Span[]; responsible: Resp[] }>;
  provisions: Provision[];
}
interface Provision {
  kind: string;
  condition: string;
  amountText: string;
  modifier: string;
  per: string | null;
  scope: string | null;
  evidence: Span[];
}
interface Ref {
  id: string;
  title: string;
  docNumber: string | null;
}
interface People {
  people: Array<{
    name: string;
    titles: Array<{ title: string; evidence: Span[] }>;
    appointments: Array<{ action: string; position: string | null; evidence: Span[] }>;
    memberships: Array<{ group: { name: string }; role: string | null; evidence: Span[] }>;
  }>;
}

const SPAN = 'start end document { id }';
let promulgators:
  | Promise<Array<{ id: string; title: string; docNumber: string | null; promulgates: Array<{ id: string }> }>>
  | undefined;

export async function docPage(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const id = params.get('id');
  const at = params.get('at');
  const dir = await directory();
  const docs = dir.documents.filter((d) => d.kind !== 'CITED');
  const list = h(
    'ul',
    { class: 'doclist', 'aria-label': '文件列表' },
    docs.map((d) =>
      h(
        'li',
        null,
        h(
          'a',
          { href: href('doc', { id: d.id }), 'aria-current': d.id === id ? 'true' : null },
          d.title,
          d.docNumber ? h('div', { class: 'path' }, d.docNumber) : null,
        ),
      ),
    ),
  );
  const body = h('div', { id: 'doc-view' });
  main.append(h('div', { class: 'doclayout' }, h('aside', null, h('h2', null, `文件（${docs.length}）`), list), body));
  if (!id) {
    body.append(h('h1', null, '文件'), empty('从左侧选择一份文件，查看原文和从中提取的事实。'));
    return;
  }
  promulgators ??= gql('{ documents { id title docNumber promulgates { id } } }').then((r: any) => r.documents);
  const [{ document: d }, all] = await Promise.all([
    gql<{ document: Doc | null }>(
      `query($id: ID!) { document(id: $id) { id title docNumber kind issuer issuedOn reportYear text
      promulgates { id title docNumber } cites { id title docNumber } citedBy { id title docNumber }
      targets { id text metric value valueMax unit modifier measure year status evidence { ${SPAN} } owners { role basis organization { name } evidence { ${SPAN} } } }
      tasks { id title evidence { ${SPAN} } responsible { role basis organization { name } evidence { ${SPAN} } } }
      provisions { kind condition amountText modifier per scope evidence { ${SPAN} } } } }`,
      { id },
    ),
    promulgators,
  ]);
  if (!d) {
    body.append(empty('没有找到这份文件。'));
    return;
  }
  const people = await peopleFacts(d.text ?? '', d.id);
  const by = all.filter((x) => x.promulgates.some((p) => p.id === d.id));
  const text = d.text ?? '';
  const facts = collectFacts(d, people);
  let cite: [number, number] | null = null;
  if (at && /^\d+-\d+$/.test(at)) {
    const [s, e] = at.split('-').map(Number);
    if (e > s && e <= text.length) {
      cite = [s, e];
      facts.push({ start: s, end: e, kind: 'cite', tip: '引用的原文', id: 'cited', priority: 10 });
    }
  }
  const count = (k: string) => facts.filter((f) => f.kind === k).length;
  const rel = (label: string, refs: Ref[]) =>
    refs.length
      ? [
          h('dt', null, label),
          h(
            'dd',
            null,
            refs.map((r) => h('div', null, docLink(r))),
          ),
        ]
      : null;
  body.append(
    h('h1', null, d.title),
    h(
      'dl',
      { class: 'facts', id: 'doc-meta' },
      h('dt', null, '文号'),
      h('dd', null, d.docNumber ?? '—'),
      h('dt', null, '日期'),
      h('dd', null, d.issuedOn ?? '—'),
      h('dt', null, '发文机关'),
      h('dd', null, d.issuer ?? '—'),
      h('dt', null, '类型'),
      h('dd', null, DOC_KIND[d.kind] ?? d.kind, d.reportYear ? `（${d.reportYear}年）` : ''),
      rel('印发', d.promulgates),
      rel('由此文件印发', by),
      rel('引用文件', d.cites),
      rel('被引用于', d.citedBy),
    ),
    h(
      'p',
      { class: 'noprint' },
      h('a', { href: href('graph', { kind: 'doc', key: d.id }) }, '在关系图中查看'),
      ' · ',
      h('a', { href: href('targets', { doc: d.id }) }, '本文件的目标表'),
    ),
    h(
      'div',
      { class: 'legend', 'aria-label': '图例' },
      '标注：',
      h('mark', { class: 'f-target' }, `目标 ${count('target')}`),
      h('mark', { class: 'f-task' }, `任务 ${count('task')}`),
      h('mark', { class: 'f-resp' }, `责任分工 ${count('resp')}`),
      h('mark', { class: 'f-person' }, `人员 ${count('person')}`),
      count('provision') ? h('mark', { class: 'f-provision' }, `奖补标准 ${count('provision')}`) : null,
      cite && h('mark', { class: 'f-cite' }, '引用处'),
      h('span', { class: 'muted' }, '鼠标悬停或用 Tab 键聚焦标注，查看它成为了什么'),
    ),
  );
  if (d.provisions.length) {
    body.append(
      section(
        `奖励、扶持标准（${d.provisions.length}）`,
        h(
          'table',
          { id: 'doc-provisions' },
          h(
            'thead',
            null,
            h(
              'tr',
              null,
              ['条件', '标准', '计', '原文'].map((c) => h('th', { scope: 'col' }, c)),
            ),
          ),
          h(
            'tbody',
            null,
            d.provisions.map((p) =>
              h(
                'tr',
                null,
                h(
                  'td',
                  null,
                  p.kind === 'FUND' ? `（专项资金）${p.condition}` : p.condition,
                  p.scope ? h('div', { class: 'muted' }, p.scope) : null,
                ),
                h('td', null, amountText(p)),
                h('td', null, p.per ?? '—'),
                h(
                  'td',
                  null,
                  p.evidence[0]
                    ? h(
                        'a',
                        { href: href('doc', { id: d.id, at: `${p.evidence[0].start}-${p.evidence[0].end}` }) },
                        '查看',
                      )
                    : '—',
                ),
              ),
            ),
          ),
        ),
      ),
    );
  }
  const pane = h('div', { class: 'doctext', id: 'doc-text' });
  pane.append(highlighted(text, facts));
  body.append(section('原文', pane));
  if (cite) {
    const m = document.getElementById('cited');
    if (m) {
      m.scrollIntoView({ block: 'center' });
      m.focus({ preventScroll: true });
    }
  }
}

/**
 * People's posts, appointments and memberships, three requests each under the cost limit. Their
 * evidence is asked for as start + quote only (no document: that would triple the cost); a quote is
 * verbatim document text, so it belongs to this document when the text has it at that offset.
 */
async function peopleFacts(text: string, id: string): Promise<People> {
  const EV = 'evidence { start quote }';
  const [a, b, c] = await Promise.all([
    gql(`{ people { name titles { title ${EV} } } }`),
    gql(`{ people { name appointments { action position ${EV} } } }`),
    gql(`{ people { name memberships { group { name } role ${EV} } } }`),
  ]);
  const here = (list: Array<{ start: number; quote: string }>): Span[] =>
    list
      .filter((e) => e.quote && text.startsWith(e.quote, e.start))
      .map((e) => ({ start: e.start, end: e.start + e.quote.length, document: { id } }));
  const fix = <T extends { evidence: any[] }>(xs: T[]) => xs.map((x) => ({ ...x, evidence: here(x.evidence) }));
  return {
    people: a.people.map((p: any, i: number) => ({
      name: p.name,
      titles: fix(p.titles),
      appointments: b.people[i]?.name === p.name ? fix(b.people[i].appointments) : [],
      memberships: c.people[i]?.name === p.name ? fix(c.people[i].memberships) : [],
    })),
  };
}

const inDoc = (id: string) => (s: Span) => s.document.id === id;
const names = (rs: Resp[], role: string) =>
  [...new Set(rs.filter((r) => r.role === role).map((r) => r.organization.name))].join('、');
const respLine = (rs: Resp[]) =>
  [names(rs, 'LEAD') && `牵头：${names(rs, 'LEAD')}`, names(rs, 'SUPPORT') && `配合：${names(rs, 'SUPPORT')}`]
    .filter(Boolean)
    .join('；');

const amountText = (p: Provision) => `${p.modifier === 'AT_MOST' ? '不超过' : ''}${p.amountText}`;

function collectFacts(d: Doc, people: People): Fact[] {
  const text = d.text ?? '';
  const here = inDoc(d.id);
  const facts: Fact[] = [];
  for (const t of d.targets) {
    const owners = respLine(t.owners);
    const basis = [...new Set(t.owners.map((o) => BASIS[o.basis] ?? o.basis))].join('、');
    const tip = `目标：${t.metric} ${valueText(t)}（${t.year ?? '未注明'}年，${STATUS[t.status] ?? t.status}）\n${owners ? `${owners}（${basis}）` : '责任单位：未确定'}`;
    for (const e of t.evidence.filter(here)) facts.push({ start: e.start, end: e.end, kind: 'target', tip });
  }
  const resp = new Map<string, Resp[]>();
  const addResp = (r: Resp) => {
    for (const e of r.evidence.filter(here)) {
      const k = `${e.start}-${e.end}`;
      resp.set(k, [...(resp.get(k) ?? []), r]);
    }
  };
  for (const t of d.tasks) {
    const tip = `任务：${t.title}${t.responsible.length ? `\n${respLine(t.responsible)}` : ''}`;
    for (const e of t.evidence.filter(here)) {
      const at = text.indexOf(t.title, e.start);
      const [s, en] =
        at >= 0 && at < e.end
          ? [at, at + t.title.length]
          : e.end - e.start < 200
            ? [e.start, e.end]
            : [e.start, Math.min(e.end, text.indexOf('\n', e.start) > 0 ? text.indexOf('\n', e.start) : e.end)];
      facts.push({ start: s, end: en, kind: 'task', tip });
    }
    t.responsible.forEach(addResp);
  }
  for (const t of d.targets) t.owners.filter((o) => o.basis === 'STATED').forEach(addResp);
  for (const p of d.provisions) {
    const tip = `奖补标准：${p.condition}${p.scope ? `（${p.scope}）` : ''} → ${p.per ?? ''}${amountText(p)}`;
    for (const e of p.evidence.filter(here)) facts.push({ start: e.start, end: e.end, kind: 'provision', tip });
  }
  for (const [k, rs] of resp) {
    const [s, e] = k.split('-').map(Number);
    facts.push({
      start: s,
      end: e,
      kind: 'resp',
      tip: `责任分工：${respLine(rs)}（${ROLE.LEAD}/${ROLE.SUPPORT}，${[...new Set(rs.map((r) => BASIS[r.basis] ?? r.basis))].join('、')}）`,
    });
  }
  for (const p of people.people) {
    for (const t of p.titles)
      for (const e of t.evidence.filter(here))
        facts.push({ start: e.start, end: e.end, kind: 'person', tip: `人员：${p.name}，职务 ${t.title}` });
    for (const a of p.appointments)
      for (const e of a.evidence.filter(here))
        facts.push({
          start: e.start,
          end: e.end,
          kind: 'person',
          tip: `任免：${APPOINT[a.action] ?? a.action} ${p.name}${a.position ? ` ${a.position}` : ''}`,
        });
    for (const m of p.memberships)
      for (const e of m.evidence.filter(here))
        facts.push({
          start: e.start,
          end: e.end,
          kind: 'person',
          tip: `人员：${p.name}，${m.group.name}${m.role ? ` ${m.role}` : ''}`,
        });
  }
  return facts;
}
