import './style.css';
import { clear, errorBox, h } from './dom.js';
import { askPage } from './pages/ask.js';
import { orgPage } from './pages/org.js';
import { personPage } from './pages/person.js';
import { targetsPage } from './pages/targets.js';
import { docPage } from './pages/doc.js';
import { graphPage } from './pages/graph.js';
import { initTips } from './tip.js';

type Page = (main: HTMLElement, params: URLSearchParams) => Promise<void> | void;
const PAGES: Record<string, { title: string; render: Page }> = {
  ask: { title: '问答', render: askPage },
  org: { title: '单位', render: orgPage },
  person: { title: '领导', render: personPage },
  targets: { title: '目标', render: targetsPage },
  doc: { title: '文件', render: docPage },
  graph: { title: '关系图', render: graphPage },
};

let generation = 0;
/** the current render's number: pages drop results that arrive after the user moved on */
export const currentGeneration = () => generation;

async function route(): Promise<void> {
  const raw = location.hash.replace(/^#\/?/, '');
  const [name, query = ''] = raw.split('?');
  const key = name && PAGES[name] ? name : 'ask';
  const page = PAGES[key];
  const main = document.getElementById('main')!;
  const gen = ++generation;
  document.title = `${page.title} · 政府公报知识图谱`;
  for (const a of document.querySelectorAll<HTMLAnchorElement>('nav a[data-route]')) {
    if (a.dataset.route === key) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  clear(main);
  main.dataset.page = key;
  try {
    await page.render(main, new URLSearchParams(query));
  } catch (e) {
    if (gen === generation) main.append(errorBox(e));
  }
}

window.addEventListener('hashchange', () => void route());
initTips();
void route();

// the console says which build it is in the page, for support
document.body.append(h('footer', { class: 'foot' }, '数据来自政府公报原文；每条事实均可点击查看原文出处。'));
