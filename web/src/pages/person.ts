import { type Target, directory, gql } from '../api.js';
import { empty, h, link, section } from '../dom.js';
import { byYearDesc, docLink, graphLink, orgLink, ownersOf, personLink, statusBadge, value } from '../common.js';
import { APPOINT } from '../words.js';
import { searchForm } from './org.js';

interface Person {
  name: string;
  titles: Array<{ title: string; organization: { name: string }; asOf: string | null }>;
  supervises: Array<{ name: string }>;
  liaisesWith: Array<{ name: string }>;
  portfolio: string[];
  backups: Array<{ name: string }>;
  assists: Array<{ name: string }>;
  appointments: Array<{
    action: string;
    position: string | null;
    organization: { name: string } | null;
    docNumber: string | null;
    date: string | null;
    probation: string | null;
    document: { id: string; title: string; docNumber: string | null } | null;
  }>;
  memberships: Array<{ group: { name: string }; role: string | null }>;
  targets: Target[];
}

export async function personPage(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const name = params.get('name') ?? '';
  const dir = await directory();
  main.append(
    h('h1', null, '领导'),
    searchForm(
      'person',
      '姓名',
      name,
      dir.people.map((p) => p.name),
      '例如：周立明',
    ),
  );
  if (!name) {
    main.append(
      section(
        `全部人员（${dir.people.length}）`,
        h(
          'ul',
          { class: 'chips' },
          dir.people.map((p) => h('li', null, personLink(p.name))),
        ),
      ),
    );
    (main.querySelector('input') as HTMLInputElement).focus();
    return;
  }
  const { person: p } = await gql<{ person: Person | null }>(
    `query($n: String!) { person(name: $n) {
    name titles { title organization { name } asOf } supervises { name } liaisesWith { name } portfolio
    backups { name } assists { name }
    appointments { action position organization { name } docNumber date probation document { id title docNumber } }
    memberships { group { name } role }
    targets { id text value valueMax unit modifier measure metric year status document { id title docNumber } evidence { start end quote document { id title } }
      owners { role basis confidence organization { name } evidence { start end quote document { id title } } } accountableLeaders { name } } } }`,
    { n: name },
  );
  if (!p) {
    main.append(empty(`没有找到“${name}”。`));
    return;
  }
  const posts = [...p.titles].sort((a, b) => (b.asOf ?? '').localeCompare(a.asOf ?? ''));
  const view = h(
    'article',
    { id: 'person-view' },
    h('h1', null, h('span', { class: 'k-person' }, p.name), posts[0] ? ` · ${posts[0].title}` : ''),
    h(
      'dl',
      { class: 'facts' },
      h('dt', null, '分管领域'),
      h(
        'dd',
        null,
        p.portfolio.length
          ? h(
              'span',
              { class: 'chips' },
              p.portfolio.map((x) => h('span', { class: 'chip' }, x)),
            )
          : '—',
      ),
      h('dt', null, 'AB角'),
      h('dd', { id: 'person-backups' }, p.backups.length ? p.backups.map((b) => personLink(b.name)) : '—'),
      h('dt', null, '协助的领导'),
      h('dd', null, p.assists.length ? p.assists.map((b) => personLink(b.name)) : '—'),
      h('dt', null, '小组任职'),
      h(
        'dd',
        null,
        p.memberships.length
          ? p.memberships.map((m) => h('div', null, `${m.group.name}${m.role ? ` ${m.role}` : ''}`))
          : '—',
      ),
    ),
    h(
      'p',
      { class: 'noprint' },
      graphLink('person', p.name),
      ' · ',
      link('targets', { leader: p.name }, '在目标表中查看、导出'),
    ),
    h(
      'div',
      { class: 'cols' },
      section(
        `分管单位（${p.supervises.length}）`,
        p.supervises.length
          ? h(
              'ul',
              { class: 'chips', id: 'person-supervises' },
              p.supervises.map((o) => h('li', null, orgLink(o.name))),
            )
          : empty('无'),
      ),
      section(
        `联系单位（${p.liaisesWith.length}）`,
        p.liaisesWith.length
          ? h(
              'ul',
              { class: 'chips' },
              p.liaisesWith.map((o) => h('li', null, orgLink(o.name))),
            )
          : empty('无'),
      ),
    ),
    section(
      '职务（按时间）',
      posts.length
        ? h(
            'table',
            null,
            h(
              'thead',
              null,
              h(
                'tr',
                null,
                ['日期', '职务', '单位'].map((c) => h('th', { scope: 'col' }, c)),
              ),
            ),
            h(
              'tbody',
              null,
              posts.map((t) =>
                h(
                  'tr',
                  null,
                  h('td', null, t.asOf ?? '—'),
                  h('td', null, t.title),
                  h('td', null, orgLink(t.organization.name)),
                ),
              ),
            ),
          )
        : empty('无'),
    ),
    section(
      '任免',
      p.appointments.length
        ? h(
            'table',
            null,
            h(
              'thead',
              null,
              h(
                'tr',
                null,
                ['日期', '事项', '职务', '单位', '文号'].map((c) => h('th', { scope: 'col' }, c)),
              ),
            ),
            h(
              'tbody',
              null,
              p.appointments.map((a) =>
                h(
                  'tr',
                  null,
                  h('td', null, a.date ?? '—'),
                  h('td', null, APPOINT[a.action] ?? a.action, a.probation ? `（试用期${a.probation}）` : ''),
                  h('td', null, a.position ?? '—'),
                  h('td', null, a.organization ? orgLink(a.organization.name) : '—'),
                  h(
                    'td',
                    null,
                    a.document
                      ? docLink({ ...a.document, title: a.docNumber ?? a.document.title, docNumber: null })
                      : (a.docNumber ?? '—'),
                  ),
                ),
              ),
            ),
          )
        : empty('无'),
    ),
  );
  const targets = section(`分管单位的目标（${p.targets.length}）`);
  for (const [year, list] of byYearDesc(p.targets)) {
    targets.append(
      h('h3', null, `${year}（${list.length}）`),
      h(
        'table',
        null,
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            ['目标', '指标值', '状态', '牵头单位', '配合单位'].map((c) => h('th', { scope: 'col' }, c)),
          ),
        ),
        h(
          'tbody',
          null,
          list.map((t) =>
            h(
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
              h('td', null, ownersOf(t, 'LEAD').map(orgLink)),
              h('td', null, ownersOf(t, 'SUPPORT').map(orgLink)),
            ),
          ),
        ),
      ),
    );
  }
  if (!p.targets.length) targets.append(empty('无'));
  view.append(targets);
  main.append(view);
}
