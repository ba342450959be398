import { directory, gql } from '../api.js';
import { clear, empty, h, href } from '../dom.js';

type Kind = 'org' | 'person' | 'target' | 'doc' | 'task';
interface GNode {
  id: string;
  kind: Kind;
  key: string;
  label: string;
  full: string;
}
interface GEdge {
  source: string;
  target: string;
  label: string;
}
const COLOR: Record<Kind, string> = {
  org: '#1d4ed8',
  person: '#b45309',
  target: '#15803d',
  task: '#7e22ce',
  doc: '#475569',
};
const KIND_WORD: Record<Kind, string> = { org: '单位', person: '人员', target: '目标', task: '任务', doc: '文件' };
const CAP = 12;
const short = (s: string, n = 14) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const nid = (kind: Kind, key: string) => `${kind}:${key}`;
const node = (kind: Kind, key: string, full: string): GNode => ({
  id: nid(kind, key),
  kind,
  key,
  label: short(full, 11),
  full,
});

/** the neighbours of one node, through the public API */
async function neighbours(
  kind: Kind,
  key: string,
): Promise<{ self: GNode; nodes: GNode[]; edges: GEdge[]; more: number }> {
  const nodes: GNode[] = [];
  const edges: GEdge[] = [];
  let more = 0;
  let self: GNode;
  const add = (n: GNode, label: string, outward = true) => {
    nodes.push(n);
    edges.push(outward ? { source: self.id, target: n.id, label } : { source: n.id, target: self.id, label });
  };
  const capped = <T>(list: T[]) => {
    more += Math.max(0, list.length - CAP);
    return list.slice(0, CAP);
  };
  if (kind === 'person') {
    const { person: p } = await gql(
      `query($n: String!) { person(name: $n) { name supervises { name } liaisesWith { name } backups { name } assists { name } titles { title organization { name } } } }`,
      { n: key },
    );
    if (!p) throw new Error(`没有找到“${key}”`);
    self = node('person', p.name, p.name);
    for (const o of p.supervises) add(node('org', o.name, o.name), '分管');
    for (const o of p.liaisesWith) add(node('org', o.name, o.name), '联系');
    for (const b of p.backups) add(node('person', b.name, b.name), 'AB角');
    for (const b of p.assists) add(node('person', b.name, b.name), '协助');
    const held = new Set(p.supervises.map((o: any) => o.name));
    for (const t of p.titles)
      if (!held.has(t.organization.name)) {
        held.add(t.organization.name);
        add(node('org', t.organization.name, t.organization.name), t.title);
      }
  } else if (kind === 'org') {
    const { organization: o } = await gql(
      `query($n: String!) { organization(name: $n) { name supervisors { name } liaisons { name } parent { name } units { name } targets { id text } tasks { id title } } }`,
      { n: key },
    );
    if (!o) throw new Error(`没有找到“${key}”`);
    self = node('org', o.name, o.name);
    for (const p of o.supervisors) add(node('person', p.name, p.name), '分管', false);
    for (const p of o.liaisons) add(node('person', p.name, p.name), '联系', false);
    if (o.parent) add(node('org', o.parent.name, o.parent.name), '下属', false);
    for (const u of o.units) add(node('org', u.name, u.name), '下属');
    for (const t of capped(o.targets as Array<{ id: string; text: string }>)) add(node('target', t.id, t.text), '负责');
    for (const t of capped(o.tasks as Array<{ id: string; title: string }>)) add(node('task', t.id, t.title), '负责');
  } else if (kind === 'target') {
    const { target: t } = await gql(
      `query($id: ID!) { target(id: $id) { id text owners { role organization { name } } accountableLeaders { name } document { id title } task { id title } implements { id title } } }`,
      { id: key },
    );
    if (!t) throw new Error('没有找到这个目标');
    self = node('target', t.id, t.text);
    for (const o of t.owners)
      add(node('org', o.organization.name, o.organization.name), o.role === 'LEAD' ? '牵头' : '配合', false);
    for (const p of t.accountableLeaders) add(node('person', p.name, p.name), '分管领导', false);
    add(node('doc', t.document.id, t.document.title), '出自');
    if (t.task) add(node('task', t.task.id, t.task.title), '属于');
    for (const x of t.implements) add(node('task', x.id, x.title), '落实');
  } else if (kind === 'task') {
    const { task: t } = await gql(
      `query($id: ID!) { task(id: $id) { id title document { id title } responsible { role organization { name } } targets { id text } subtasks { id title } implements { id title } } }`,
      { id: key },
    );
    if (!t) throw new Error('没有找到这个任务');
    self = node('task', t.id, t.title);
    for (const o of t.responsible)
      add(node('org', o.organization.name, o.organization.name), o.role === 'LEAD' ? '牵头' : '配合', false);
    add(node('doc', t.document.id, t.document.title), '出自');
    for (const x of capped(t.targets as Array<{ id: string; text: string }>)) add(node('target', x.id, x.text), '目标');
    for (const x of capped(t.subtasks as Array<{ id: string; title: string }>))
      add(node('task', x.id, x.title), '子任务');
    for (const x of t.implements) add(node('task', x.id, x.title), '落实');
  } else {
    const { document: d } = await gql(
      `query($id: ID!) { document(id: $id) { id title promulgates { id title } cites { id title } citedBy { id title } targets { id text } tasks { id title } } }`,
      { id: key },
    );
    if (!d) throw new Error('没有找到这份文件');
    self = node('doc', d.id, d.title);
    for (const x of d.promulgates) add(node('doc', x.id, x.title), '印发');
    for (const x of d.cites) add(node('doc', x.id, x.title), '引用');
    for (const x of d.citedBy) add(node('doc', x.id, x.title), '引用', false);
    for (const x of capped(d.targets as Array<{ id: string; text: string }>)) add(node('target', x.id, x.text), '目标');
    for (const x of capped(d.tasks as Array<{ id: string; title: string }>)) add(node('task', x.id, x.title), '任务');
  }
  return { self: self!, nodes, edges, more };
}

const PAGE_OF: Record<Kind, (key: string) => string> = {
  org: (k) => href('org', { name: k }),
  person: (k) => href('person', { name: k }),
  doc: (k) => href('doc', { id: k }),
  target: (k) => href('graph', { kind: 'target', key: k }),
  task: (k) => href('graph', { kind: 'task', key: k }),
};

export async function graphPage(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const kind = (params.get('kind') ?? 'person') as Kind;
  const key = params.get('key') ?? '';
  const dir = await directory();
  const input = h('input', {
    type: 'search',
    id: 'graph-key',
    value: kind === 'org' || kind === 'person' ? key : '',
    list: 'graph-names',
    placeholder: '单位或人员名称，例如：周立明',
    autocomplete: 'off',
  });
  const form = h(
    'form',
    {
      class: 'bar',
      role: 'search',
      onsubmit: (e: Event) => {
        e.preventDefault();
        const v = input.value.trim();
        const isPerson = dir.people.some((p) => p.name === v);
        location.hash = href('graph', { kind: isPerson ? 'person' : 'org', key: v });
      },
    },
    h('label', { for: 'graph-key' }, '从谁开始', input),
    h('button', { type: 'submit' }, '画图'),
    h(
      'datalist',
      { id: 'graph-names' },
      [...dir.people.map((p) => p.name), ...dir.organizations.map((o) => o.name)].map((n) => h('option', { value: n })),
    ),
  );
  const legend = h(
    'div',
    { class: 'legend' },
    (Object.keys(COLOR) as Kind[]).map((k) =>
      h('span', null, h('span', { class: 'dot', style: `background:${COLOR[k]}` }), KIND_WORD[k]),
    ),
    h('span', { class: 'muted' }, '点击节点展开它的关系；右侧列表可用键盘操作'),
  );
  main.append(h('h1', null, '关系图'), form, legend);
  if (!key) {
    main.append(empty('输入一个单位或人员，查看它周围的关系。'));
    input.focus();
    return;
  }

  const box = h('div', { id: 'graph', role: 'img', 'aria-label': '关系图' });
  const listEl = h('ul', { class: 'nodelist', id: 'graph-nodes', 'aria-label': '图中的节点' });
  const status = h('p', { class: 'muted', role: 'status', id: 'graph-status' }, '正在加载…');
  main.append(h('div', { class: 'graphlayout' }, box, h('aside', null, status, listEl)));

  const { default: cytoscape } = await import('cytoscape');
  const cy = cytoscape({
    container: box,
    wheelSensitivity: 0.3,
    style: [
      {
        selector: 'node',
        style: {
          'background-color': 'data(color)',
          label: 'data(label)',
          color: '#111827',
          'font-size': 11,
          'text-valign': 'bottom',
          'text-margin-y': 4,
          width: 22,
          height: 22,
          'text-wrap': 'wrap',
          'text-max-width': '120px',
          'font-family': '"Noto Sans CJK SC", sans-serif',
        },
      },
      { selector: 'node[?expanded]', style: { 'border-width': 3, 'border-color': '#111827' } },
      { selector: 'node[?root]', style: { width: 34, height: 34, 'font-size': 13, 'font-weight': 'bold' } },
      {
        selector: 'edge',
        style: {
          width: 1.5,
          'line-color': '#94a3b8',
          'target-arrow-color': '#94a3b8',
          'target-arrow-shape': 'triangle',
          'curve-style': 'bezier',
          label: 'data(label)',
          'font-size': 9,
          'min-zoomed-font-size': 7,
          color: '#475569',
          'text-background-color': '#fff',
          'text-background-opacity': 0.8,
          'text-background-padding': '1px',
        },
      },
      { selector: ':selected', style: { 'overlay-color': '#f59e0b', 'overlay-opacity': 0.3 } },
    ],
  });
  (window as any).__cy = cy;
  const data = new Map<string, GNode>();
  const expanded = new Set<string>();

  const renderList = () => {
    clear(listEl);
    for (const n of [...data.values()].sort(
      (a, b) => a.kind.localeCompare(b.kind) || a.full.localeCompare(b.full, 'zh'),
    )) {
      listEl.append(
        h(
          'li',
          { 'data-kind': n.kind },
          h(
            'span',
            null,
            h('span', { class: 'dot', style: `background:${COLOR[n.kind]}` }),
            h('a', { href: PAGE_OF[n.kind](n.key), title: n.full }, short(n.full, 18)),
          ),
          h(
            'button',
            {
              type: 'button',
              class: 'secondary',
              disabled: expanded.has(n.id),
              'aria-label': `展开 ${n.full}`,
              onclick: () => void expand(n.kind, n.key),
            },
            expanded.has(n.id) ? '已展开' : '展开',
          ),
        ),
      );
    }
    status.textContent = `${cy.nodes().length} 个节点，${cy.edges().length} 条关系`;
    box.setAttribute(
      'aria-label',
      `关系图：${[...data.values()]
        .map((n) => n.full)
        .slice(0, 30)
        .join('、')}`,
    );
  };

  const expand = async (k: Kind, key2: string) => {
    if (expanded.has(nid(k, key2))) return;
    status.textContent = '正在展开…';
    try {
      const r = await neighbours(k, key2);
      expanded.add(r.self.id);
      expanded.add(nid(k, key2));
      // depth: hops from the start, so each expansion becomes the next ring out
      const addNode = (n: GNode, depth: number) => {
        if (!data.has(n.id)) {
          data.set(n.id, n);
          cy.add({
            group: 'nodes',
            data: {
              id: n.id,
              label: n.label,
              color: COLOR[n.kind],
              kind: n.kind,
              key: n.key,
              root: depth === 0,
              depth,
            },
          });
        }
      };
      addNode(r.self, 0);
      const depth = (cy.getElementById(r.self.id).data('depth') as number) + 1;
      const center = cy.getElementById(r.self.id);
      center.data('expanded', true);
      for (const n of r.nodes) addNode(n, depth);
      for (const e of r.edges) {
        const id = `${e.source}|${e.label}|${e.target}`;
        if (e.source !== e.target && cy.getElementById(id).empty())
          cy.add({ group: 'edges', data: { id, source: e.source, target: e.target, label: e.label } });
      }
      // rings around the start: its neighbours, then theirs
      cy.layout({
        name: 'concentric',
        animate: false,
        fit: true,
        padding: 30,
        avoidOverlap: true,
        minNodeSpacing: 26,
        spacingFactor: 1.05,
        concentric: (n: any) => 100 - (n.data('depth') as number),
        levelWidth: () => 1,
      } as any).run();
      renderList();
      if (r.more) status.textContent += `（另有 ${r.more} 项未画出，请在详情页查看）`;
    } catch (e) {
      status.textContent = `出错了：${(e as Error).message}`;
    }
  };
  cy.on('tap', 'node', (ev) => {
    const d = ev.target.data();
    void expand(d.kind, d.key);
  });
  await expand(kind, key);
}
