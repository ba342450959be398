import { EVIDENCE, type Evidence, gql } from '../api.js';
import { clear, empty, errorBox, h, href, link, loading, section } from '../dom.js';
import { MODE, MODE_HELP, confidenceWord, docLabel } from '../words.js';

const EXAMPLES = [
  '住建局今年负责哪些目标？',
  '清洁取暖由谁牵头？',
  '周立明分管哪些单位？',
  '新增城镇就业目标由哪个部门负责？',
];
const AROUND = 60;

interface Answer {
  question: string;
  answer: string;
  mode: string;
  confidence: number;
  family: string | null;
  query: string | null;
  citations: Evidence[];
  error: { code: string; message: string } | null;
}

export async function askPage(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const q = params.get('q') ?? '';
  const input = h('input', {
    type: 'search',
    id: 'question',
    name: 'q',
    class: 'wide',
    value: q,
    placeholder: '例如：住建局今年负责哪些目标？',
    'aria-label': '问题',
    autocomplete: 'off',
  });
  const form = h(
    'form',
    {
      class: 'bar',
      role: 'search',
      onsubmit: (e: Event) => {
        e.preventDefault();
        location.hash = href('ask', { q: input.value.trim() });
      },
    },
    h('label', { for: 'question' }, '用中文提问', input),
    h('button', { type: 'submit' }, '提问'),
  );
  const examples = h(
    'div',
    { class: 'chips examples', 'aria-label': '示例问题' },
    '示例：',
    EXAMPLES.map((x) =>
      h(
        'button',
        {
          type: 'button',
          onclick: () => {
            location.hash = href('ask', { q: x });
          },
        },
        x,
      ),
    ),
  );
  const out = h('div', { id: 'answer', 'aria-live': 'polite' });
  main.append(h('h1', null, '问答'), form, examples, out);
  if (!q) {
    input.focus();
    return;
  }
  out.append(loading());
  try {
    const { ask } = await gql<{ ask: Answer }>(
      `query($q: String!) { ask(question: $q) { question answer mode confidence family query citations { ${EVIDENCE} } error { code message } } }`,
      { q },
    );
    const texts = await documentTexts(ask.citations);
    clear(out);
    renderAnswer(out, ask, texts);
  } catch (e) {
    clear(out);
    out.append(errorBox(e));
  }
}

/** The full text of each cited document, in one request. */
async function documentTexts(citations: Evidence[]): Promise<Map<string, string>> {
  const ids = [...new Set(citations.map((c) => c.document.id))].slice(0, 12);
  if (!ids.length) return new Map();
  const vars = Object.fromEntries(ids.map((id, i) => [`i${i}`, id]));
  const query = `query(${ids.map((_, i) => `$i${i}: ID`).join(', ')}) { ${ids.map((_, i) => `d${i}: document(id: $i${i}) { id text }`).join(' ')} }`;
  const data = await gql<Record<string, { id: string; text: string | null } | null>>(query, vars);
  return new Map(
    Object.values(data)
      .filter((d): d is { id: string; text: string } => !!d?.text)
      .map((d) => [d.id, d.text]),
  );
}

function renderAnswer(out: HTMLElement, a: Answer, texts: Map<string, string>): void {
  const card = h(
    'div',
    { class: 'card' },
    h('p', { class: 'answer', id: 'answer-text' }, a.answer || '没有找到答案。'),
    h(
      'div',
      { class: 'meta' },
      h(
        'span',
        { 'data-tip': MODE_HELP[a.mode] ?? '', tabindex: 0 },
        '查找方式：',
        h('b', { id: 'answer-mode' }, MODE[a.mode] ?? a.mode),
      ),
      h(
        'span',
        null,
        '可信度：',
        h('b', { id: 'answer-confidence' }, confidenceWord(a.confidence)),
        `（${Math.round(a.confidence * 100)}%）`,
      ),
      a.mode === 'SEARCH' && h('span', null, '以下为相关原文，不是计算出的结论'),
    ),
    a.error && h('p', { class: 'muted' }, `说明：${a.error.message}`),
  );
  out.append(card);
  const seen = new Set<string>();
  const cites = a.citations.filter((c) => {
    const k = `${c.document.id}:${c.start}:${c.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  out.append(
    section(
      `引用原文（${cites.length}）`,
      cites.length
        ? h(
            'ol',
            { class: 'citations' },
            cites.map((c) => h('li', { class: 'card cite' }, citation(c, texts.get(c.document.id)))),
          )
        : empty('这个答案没有引用原文。'),
    ),
  );
  if (a.query)
    out.append(
      h(
        'details',
        { class: 'noprint' },
        h('summary', null, `使用的查询${a.family ? `（${a.family}）` : ''}`),
        h('pre', null, a.query),
      ),
    );
}

/** document title, section path, and the quote highlighted inside the sentence around it */
export function citation(c: Evidence, text: string | undefined): HTMLElement[] {
  const before = text ? text.slice(Math.max(0, c.start - AROUND), c.start) : '';
  const after = text ? text.slice(c.end, c.end + AROUND) : '';
  return [
    h('div', null, link('doc', { id: c.document.id, at: `${c.start}-${c.end}` }, docLabel(c.document))),
    c.sectionPath?.length ? h('div', { class: 'path' }, c.sectionPath.join(' › ')) : null,
    h('p', { class: 'context' }, before && `…${before}`, h('mark', { class: 'q' }, c.quote), after && `${after}…`),
  ] as HTMLElement[];
}
