import { TARGET_FIELDS, type Target, directory, gql } from '../api.js';
import { empty, h, href, link, section } from '../dom.js';
import {
  basisBadge,
  byYearDesc,
  docLink,
  graphLink,
  orgLink,
  personLink,
  quoteLink,
  roleBadge,
  statusBadge,
  value,
} from '../common.js';
import { ORG_KIND } from '../words.js';

interface TaskRef {
  id: string;
  title: string;
  document: { id: string; title: string; docNumber: string | null };
}
interface Org {
  id: string;
  name: string;
  aliases: string[];
  kind: string;
  jurisdiction: string | null;
  supervisors: Array<{ name: string; backups: Array<{ name: string }>; assists: Array<{ name: string }> }>;
  liaisons: Array<{ name: string }>;
  parent: { name: string } | null;
  units: Array<{ name: string }>;
  targets: Target[];
  lead: TaskRef[];
  support: TaskRef[];
}

export function searchForm(
  page: string,
  label: string,
  value: string,
  options: string[],
  placeholder: string,
): HTMLFormElement {
  const listId = `${page}-names`;
  const input = h('input', {
    type: 'search',
    id: `${page}-search`,
    name: 'name',
    value,
    list: listId,
    placeholder,
    autocomplete: 'off',
  });
  const form = h(
    'form',
    {
      class: 'bar',
      role: 'search',
      onsubmit: (e: Event) => {
        e.preventDefault();
        location.hash = href(page, { name: input.value.trim() });
      },
    },
    h('label', { for: `${page}-search` }, label, input),
    h('button', { type: 'submit' }, '查找'),
    h(
      'datalist',
      { id: listId },
      options.map((o) => h('option', { value: o })),
    ),
  );
  return form;
}

export async function orgPage(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const name = params.get('name') ?? '';
  const dir = await directory();
  const names = [...new Set(dir.organizations.flatMap((o) => [o.name, ...o.aliases]))].sort();
  main.append(h('h1', null, '单位'), searchForm('org', '单位名称或任一简称', name, names, '例如：住建局'));
  if (!name) {
    main.append(
      section(
        `全部单位（${dir.organizations.length}）`,
        h(
          'ul',
          { class: 'chips' },
          dir.organizations.map((o) => h('li', null, orgLink(o.name))),
        ),
      ),
    );
    (main.querySelector('input') as HTMLInputElement).focus();
    return;
  }
  const { organization: o } = await gql<{ organization: Org | null }>(
    `query($n: String!) { organization(name: $n) {
    id name aliases kind jurisdiction
    supervisors { name backups { name } assists { name } } liaisons { name } parent { name } units { name }
    targets { ${TARGET_FIELDS} }
    lead: tasks(role: LEAD) { id title document { id title docNumber } }
    support: tasks(role: SUPPORT) { id title document { id title docNumber } } } }`,
    { n: name },
  );
  if (!o) {
    const { organizations } = await gql<{ organizations: Array<{ name: string }> }>(
      'query($n: String) { organizations(filter: {name: $n}) { name } }',
      { n: name },
    );
    main.append(
      organizations.length
        ? section(
            `没有名为“${name}”的单位，名称相近的有`,
            h(
              'ul',
              { class: 'chips' },
              organizations.map((x) => h('li', null, orgLink(x.name))),
            ),
          )
        : empty(`没有找到“${name}”。`),
    );
    return;
  }
  const view = h('article', { id: 'org-view' });
  view.append(
    h(
      'h1',
      null,
      h('span', { class: 'k-org' }, o.name),
      ' ',
      h('span', { class: 'badge' }, ORG_KIND[o.kind] ?? o.kind),
    ),
    h(
      'dl',
      { class: 'facts' },
      h('dt', null, '辖区'),
      h('dd', null, o.jurisdiction ?? '—'),
      h('dt', null, '别名'),
      h('dd', null, o.aliases.join('、') || '—'),
      o.parent && [h('dt', null, '上级单位'), h('dd', null, orgLink(o.parent.name))],
      o.units.length > 0 && [
        h('dt', null, '下属单位'),
        h(
          'dd',
          null,
          h(
            'span',
            { class: 'chips' },
            o.units.map((u) => orgLink(u.name)),
          ),
        ),
      ],
      h('dt', null, '分管领导'),
      h(
        'dd',
        { id: 'org-supervisors' },
        o.supervisors.length
          ? o.supervisors.map((p) =>
              h(
                'div',
                null,
                personLink(p.name),
                p.backups.length > 0 && [' AB角：', p.backups.map((b) => personLink(b.name))],
                p.assists.length > 0 && [' 协助', p.assists.map((b) => personLink(b.name)), '工作'],
              ),
            )
          : '未找到',
      ),
      o.liaisons.length > 0 && [
        h('dt', null, '联系领导'),
        h(
          'dd',
          null,
          o.liaisons.map((p) => personLink(p.name)),
        ),
      ],
    ),
    h(
      'p',
      { class: 'noprint' },
      graphLink('org', o.name),
      ' · ',
      link('targets', { org: o.name }, '在目标表中查看、导出'),
    ),
  );
  const own = (t: Target) => {
    const mine = t.owners.filter((x) => x.organization.name === o.name);
    return mine.length ? mine : t.owners;
  };
  const years = byYearDesc(o.targets);
  const targets = section(`目标（${o.targets.length}）`);
  targets.id = 'org-targets';
  if (!years.length) targets.append(empty('没有找到由该单位负责的目标。'));
  for (const [year, list] of years) {
    targets.append(
      h('h3', null, `${year}（${list.length}）`),
      h(
        'table',
        { 'data-year': year },
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            ['目标', '指标值', '状态', '职责', '依据', '证据'].map((c) => h('th', { scope: 'col' }, c)),
          ),
        ),
        h(
          'tbody',
          null,
          list.map((t) => {
            const resp = own(t);
            return h(
              'tr',
              null,
              h(
                'td',
                null,
                link(
                  'doc',
                  { id: t.document.id, at: t.evidence[0] ? `${t.evidence[0].start}-${t.evidence[0].end}` : null },
                  t.text,
                ),
              ),
              h('td', { class: 'num' }, value(t)),
              h('td', null, statusBadge(t.status)),
              h(
                'td',
                null,
                resp.map((r) =>
                  h('div', null, roleBadge(r.role), r.organization.name !== o.name ? ` ${r.organization.name}` : ''),
                ),
              ),
              h(
                'td',
                { class: 'basis' },
                resp.map((r) => h('div', null, basisBadge(r))),
              ),
              h(
                'td',
                { class: 'quote' },
                resp
                  .flatMap((r) => r.evidence)
                  .slice(0, 4)
                  .map(quoteLink),
              ),
            );
          }),
        ),
      ),
    );
  }
  const tasks = (list: TaskRef[]) =>
    list.length
      ? h(
          'ul',
          null,
          list.map((t) => h('li', null, t.title, ' ', h('span', { class: 'path' }, '— '), docLink(t.document))),
        )
      : empty('无');
  view.append(
    targets,
    h(
      'div',
      { class: 'cols' },
      section(`牵头任务（${o.lead.length}）`, tasks(o.lead)),
      section(`配合任务（${o.support.length}）`, tasks(o.support)),
    ),
  );
  main.append(view);
}
