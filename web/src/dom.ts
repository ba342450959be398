/** A tiny DOM builder: text is always set as text (never parsed as HTML). */
export type Child = Node | string | number | null | undefined | false | Child[];
export type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs | null = null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v == null || v === false) continue;
      if (k.startsWith('on') && typeof v === 'function')
        el.addEventListener(k.slice(2).toLowerCase(), v as EventListener);
      else if (k === 'class') el.className = String(v);
      else if (v === true) el.setAttribute(k, '');
      else el.setAttribute(k, String(v));
    }
  }
  append(el, children);
  return el;
}

export function append(el: Node, children: Child[]): void {
  for (const c of children) {
    if (c == null || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.appendChild(typeof c === 'object' ? c : document.createTextNode(String(c)));
  }
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/** #/page?k=v → link */
export function href(page: string, params: Record<string, string | number | null | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v != null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return `#/${page}${s ? `?${s}` : ''}`;
}

export const link = (page: string, params: Record<string, string | number | null | undefined>, ...children: Child[]) =>
  h('a', { href: href(page, params) }, ...children);

export function loading(): HTMLElement {
  return h('p', { class: 'muted', role: 'status' }, '正在加载…');
}

export function errorBox(e: unknown): HTMLElement {
  return h('p', { class: 'error', role: 'alert' }, `出错了：${(e as Error)?.message ?? String(e)}`);
}

/** A labelled section with a heading. */
export function section(title: string, ...children: Child[]): HTMLElement {
  return h('section', { class: 'block' }, h('h2', null, title), ...children);
}

export function empty(text: string): HTMLElement {
  return h('p', { class: 'muted' }, text);
}
