import type { Evidence, Owner, Target } from './api.js';
import { h, href, link } from './dom.js';
import { BASIS, ROLE, STATUS, confidenceWord, docLabel, valueText } from './words.js';

export const orgLink = (name: string) => h('a', { href: href('org', { name }), class: 'chip org' }, name);
export const personLink = (name: string) => h('a', { href: href('person', { name }), class: 'chip person' }, name);
export const docLink = (d: { id: string; title: string; docNumber?: string | null }) =>
  h('a', { href: href('doc', { id: d.id }), class: 'k-doc' }, docLabel(d));
export const graphLink = (kind: string, key: string, label = '在关系图中查看') =>
  h('a', { href: href('graph', { kind, key }), class: 'noprint' }, label);

export const statusBadge = (s: string) => h('span', { class: `badge ${s}` }, STATUS[s] ?? s);
export const roleBadge = (r: string) => h('span', { class: `badge ${r}` }, ROLE[r] ?? r);
export const basisBadge = (o: Pick<Owner, 'basis' | 'confidence'>) =>
  h(
    'span',
    {
      class: `badge ${o.basis}`,
      'data-tip': `可信度：${confidenceWord(o.confidence)}${o.confidence != null ? `（${Math.round(o.confidence * 100)}%）` : ''}`,
      tabindex: 0,
    },
    BASIS[o.basis] ?? o.basis,
  );

/** a quote with a link to where it stands in its document */
export function quoteLink(e: Evidence): HTMLElement {
  return h(
    'div',
    { class: 'ev' },
    link(
      'doc',
      { id: e.document.id, at: `${e.start}-${e.end}` },
      `「${e.quote.length > 90 ? `${e.quote.slice(0, 88)}…` : e.quote}」`,
    ),
    h('span', { class: 'path' }, ` ${e.document.title}`),
  );
}

export const value = (t: Target) => valueText(t);

export function ownersOf(t: Target, role: 'LEAD' | 'SUPPORT'): string[] {
  return [...new Set(t.owners.filter((o) => o.role === role).map((o) => o.organization.name))];
}

export function byYearDesc<T extends { year: number | null }>(list: T[]): Array<[string, T[]]> {
  const groups = new Map<string, T[]>();
  for (const t of [...list].sort((a, b) => (b.year ?? 0) - (a.year ?? 0))) {
    const k = t.year == null ? '未注明年份' : `${t.year}年`;
    groups.set(k, [...(groups.get(k) ?? []), t]);
  }
  return [...groups];
}
