/**
 * Key terms of a text by Chinese word segmentation (jieba with its default dictionary plus a
 * user dictionary of the field vocabulary, metric and unit names), without the verbs and
 * filler every plan repeats (推进、加快、实施、建设、工作…).
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import metrics from '../../seed/lexicon/metrics.json' with { type: 'json' };
import { areasLexicon } from './lexicon.js';

const STOP = new Set([
  '推进',
  '推动',
  '加快',
  '加快推进',
  '实施',
  '建设',
  '工作',
  '持续',
  '开展',
  '提升',
  '完善',
  '加强',
  '全面',
  '积极',
  '深入',
  '打造',
  '一批',
  '确保',
  '新增',
  '新建',
  '完成',
  '达到',
  '以上',
  '以下',
  '左右',
  '不少',
  '不低于',
  '力争',
  '实现',
  '进一步',
  '大力',
  '着力',
  '坚持',
  '强化',
  '健全',
  '优化',
  '提高',
  '扩大',
  '做好',
  '抓好',
  '落实',
  '促进',
  '支持',
  '引导',
  '鼓励',
  '构建',
  '形成',
  '发展',
  '工程',
  '行动',
  '项目',
  '体系',
  '机制',
  '能力',
  '水平',
  '质量',
  '服务',
  '管理',
  '保障',
  '重点',
  '重要',
  '主要',
  '相关',
  '各类',
  '有效',
  '不断',
  '逐步',
  '同时',
  '通过',
  '围绕',
  '按照',
  '结合',
  '根据',
  '全旗',
  '全县',
  '全市',
  '全区',
  '我旗',
  '我县',
  '我市',
  '今年',
  '年内',
  '全年',
  '每年',
  '年底',
  '到位',
  '达标',
  '基本',
  '明显',
  '显著',
  '更加',
  '一体',
  '一体化',
  '统筹',
  '系统',
  '一是',
  '二是',
  '三是',
  '四是',
  '五是',
  '六是',
  '一方面',
  '另一方面',
  '等',
  '和',
  '与',
  '及',
  '的',
  '了',
  '在',
  '对',
  '为',
  '城市',
  '中心',
  '城区',
  '镇',
  '旗',
  '县',
  '个',
  '座',
  '处',
  '家',
  '万',
  '亿元',
  '万元',
  '公里',
  '平方米',
  '万亩',
  '亩',
  '户',
  '人',
  '要求',
  '任务',
  '目标',
  '措施',
  '方式',
  '方面',
  '领域',
  '作用',
  '基础',
  '条件',
  '需求',
  '问题',
  '功能',
  '力度',
  '规模',
  '牵头',
  '单位',
  '配合',
  '部门',
  '政府',
  '人民政府',
  '公报',
  // measures and filler that say how much or how, not what about
  '面积',
  '平方米',
  '万平方米',
  '立方米',
  '突破',
  '率先',
  '扎实',
  '布局',
  '环境',
  '标准',
  '建立',
  '解决',
  '提供',
  '综合',
  '探索',
  '推广',
  '应用',
  '技术',
  '集中',
  '整治',
  '治理',
  '融合',
  '信息',
  '资源',
  '试点',
  '设施',
  '运行',
  '短板',
  '补齐',
  '消除',
  '维护',
  '改造',
  '提质',
  '改建',
  '新建改造',
  '能源',
  '安全',
  '监管',
  '深入开展',
  '多样化',
  '智能化',
  '示范',
  '创建',
  '加快完善',
  '启动',
  '投入使用',
  '建成',
  '投用',
  '开工',
  '开工建设',
  '运营',
  '生产',
  '企业',
  '产业',
  '经济',
  '社会',
  '群众',
  '居民',
  '人民',
]);

let jieba: Jieba | null = null;

/** One segmenter per process: loading the dictionary is the slow part, the result is deterministic. */
function segmenter(): Jieba {
  if (!jieba) {
    jieba = Jieba.withDict(dict);
    const words = new Set<string>();
    for (const f of areasLexicon.fields) for (const w of [...f.keywords, ...f.areas]) words.add(w);
    const entries: ReadonlyArray<{ name: string; aliases?: string[] }> = metrics.metrics;
    for (const m of entries) {
      for (const w of [m.name, ...(m.aliases ?? [])]) if (w.length >= 2 && w.length <= 12) words.add(w);
    }
    jieba.loadDict(
      Buffer.from(
        [...words]
          .sort()
          .map((w) => `${w} 100000 n`)
          .join('\n') + '\n',
      ),
    );
  }
  return jieba;
}

/** Loads the segmenter's dictionary now (0.2 s, once per process), so the first keyTerms does not wait for it. */
export function prepareTerms(): void {
  segmenter();
}

/**
 * keyTerms of texts seen before: a county's derivation segments the same tasks and targets again at
 * every load of one of its gazettes (a county-year's 12 loads: 0.35 s of segmenting). Bounded by
 * entries; emptied when full, which changes nothing but speed.
 */
const termsOf = new Map<string, readonly string[]>();
const TERMS_CACHE_ENTRIES = 50_000;

/** Key terms in text order; `repeats` keeps every occurrence (for term frequency). */
export function keyTerms(text: string, repeats = false): readonly string[] {
  const key = `${repeats ? 1 : 0}${text}`;
  let terms = termsOf.get(key);
  if (!terms) {
    if (termsOf.size >= TERMS_CACHE_ENTRIES) termsOf.clear();
    termsOf.set(key, (terms = Object.freeze(segmentTerms(text, repeats))));
  }
  return terms;
}

function segmentTerms(text: string, repeats: boolean): string[] {
  const clean = text.replace(/\s+/g, '');
  const out: string[] = [];
  const words = segmenter().cut(clean, false);
  for (const w of repeats ? words : new Set(words)) {
    if (w.length < 2 || STOP.has(w)) continue;
    if (!/[\u4e00-\u9fff]/.test(w) && !/^[A-Za-z]{2,}$/.test(w)) continue;
    if (/^[\d.%]+/.test(w)) continue;
    out.push(w);
  }
  return out;
}
