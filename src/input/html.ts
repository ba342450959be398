/**
 * HTML → gazette text: one line per block (paragraph, heading, list item), data tables as
 * "| a | b |" rows (the form the gazette stage reads tables in). For a web page only the main
 * content is kept: navigation, headers, footers, sidebars, share bars and scripts are dropped, and
 * the main content is the element holding the most Chinese text directly.
 */
import * as cheerio from 'cheerio';
import type { AnyNode, Element, Text } from 'domhandler';

// domhandler's own isText/isTag, as type guards on the node's type (domhandler is cheerio's, not a dependency of ours)
const isText = (n: AnyNode): n is Text => n.type === 'text';
const isElement = (n: AnyNode): n is Element => n.type === 'tag' || n.type === 'script' || n.type === 'style';

const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'table',
  'tr',
  'center',
  'body',
  'header',
  'footer',
  'address',
  'figure',
  'figcaption',
  'hr',
  'caption',
  'tbody',
  'thead',
  'tfoot',
]);
/** never content */
const DROP_TAGS =
  'script, style, noscript, template, iframe, object, svg, canvas, nav, form, button, select, input, textarea, map, audio, video, head';
/** page chrome named by class or id: nav-bar, breadcrumb, footer, sidebar, share … (a whole token, or its first part) */
const CHROME =
  /^(?:nav|navbar|menu|breadcrumbs?|crumbs?|bread|position|location|footer|foot|header|head|topbar|top-bar|toolbar|sidebar|side|aside|share|bdshare|search|copyright|related|relate|prev-?next|pager|pagination|fontsize|font-size|print|tools?|skip|banner|logo|login|qrcode|ewm)(?:$|[-_])/i;
/** elements that are page chrome by their role */
const CHROME_TAGS = new Set(['header', 'footer', 'aside']);

const CJK = /[\u3400-\u9fff]/g;
const cjkCount = (s: string) => s.match(CJK)?.length ?? 0;

function isChrome(el: Element): boolean {
  if (CHROME_TAGS.has(el.tagName)) return true;
  const names = `${el.attribs?.class ?? ''} ${el.attribs?.id ?? ''}`.split(/\s+/).filter(Boolean);
  return (
    names.some((n) => CHROME.test(n)) || el.attribs?.role === 'navigation' || el.attribs?.['aria-hidden'] === 'true'
  );
}

/**
 * Whitespace as a browser renders it: runs collapse to one space, and a line break between two
 * wide (CJK) characters disappears (CSS Text 3 segment-break rule), so pretty-printed HTML does not
 * put spaces inside Chinese words.
 */
function collapse(s: string, keepTabs = false): string {
  return s
    .replace(/([\u3000-\u9fff\uff00-\uffef])[ \t]*[\r\n]+[ \t\r\n]*(?=[\u3000-\u9fff\uff00-\uffef])/g, '$1')
    .replace(keepTabs ? /[ \r\n\f]+/g : /[ \t\r\n\f]+/g, ' ');
}

const cellText = ($: cheerio.CheerioAPI, el: AnyNode) => collapse($(el).text()).replace(/\|/g, '｜').trim();

/** A table of data (not page layout): no nested table and no cell holding a long passage. */
function isDataTable($: cheerio.CheerioAPI, table: Element): boolean {
  if ($(table).find('table').length) return false;
  return $(table)
    .find('td, th')
    .toArray()
    .every((c) => cellText($, c).length <= 200);
}

/** Lines of text of an element, block by block. */
function blockLines($: cheerio.CheerioAPI, root: AnyNode, keepTabs: boolean): string[] {
  const lines: string[] = [];
  let cur = '';
  const flush = () => {
    const t = cur.replace(/^[ \u00a0]+|[ \u00a0\t]+$/g, '');
    if (t.replace(/[\s\u3000\u00a0]/g, '')) lines.push(t);
    cur = '';
  };
  const walk = (node: AnyNode) => {
    if (isText(node)) {
      cur += collapse(node.data, keepTabs);
      return;
    }
    if (!isElement(node)) return;
    const el = node;
    const tag = el.tagName.toLowerCase();
    if (tag === 'br') {
      flush();
      return;
    }
    if (tag === 'table' && isDataTable($, el)) {
      flush();
      for (const tr of $(el).find('tr').toArray()) {
        const cells = $(tr)
          .children('td, th')
          .toArray()
          .map((c) => cellText($, c));
        if (cells.some(Boolean)) lines.push(`| ${cells.join(' | ')} |`);
      }
      return;
    }
    const block = BLOCK.has(tag) || tag === 'td' || tag === 'th';
    if (block) flush();
    for (const c of el.children) walk(c);
    if (block) flush();
  };
  walk(root);
  flush();
  return lines;
}

/** The element with the most Chinese text in its own children (text and inline or paragraph blocks). */
function mainContent($: cheerio.CheerioAPI): Element | null {
  let best: Element | null = null;
  let bestScore = 0;
  $('body *').each((_, el) => {
    if (el.type !== 'tag') return;
    let score = 0;
    for (const c of el.children) {
      if (isText(c)) score += cjkCount(c.data);
      else if (c.type === 'tag' && !['div', 'section', 'article', 'main', 'td', 'tbody', 'body'].includes(c.tagName))
        score += cjkCount($(c).text());
    }
    if (score > bestScore) {
      bestScore = score;
      best = el;
    }
  });
  return best;
}

/** A line that is a document title (the page's own heading, printed in the body). */
const TITLE_LIKE = /(?:通知|报告|方案|意见|办法|决定|公报|规划|预案|通报|批复|公告|通告|细则|规定|纲要|要点|函|令)$/;

export interface HtmlOptions {
  /** a whole web page: keep only the main content (a converted Word file has no chrome) */
  page: boolean;
}

export function htmlText(html: string, opts: HtmlOptions): string {
  const $ = cheerio.load(html);
  $(DROP_TAGS).remove();
  // a tab in a Word paragraph is a column stop (a roster); in a web page it is only whitespace
  if (!opts.page) return blockLines($, $('body')[0] ?? $.root()[0], true).join('\n');
  const h1 = collapse($('h1').first().text()).trim();
  $('body *')
    .filter((_, el) => el.type === 'tag' && isElement(el) && isChrome(el))
    .remove();
  const main = mainContent($);
  const lines = blockLines($, main ?? $('body')[0] ?? $.root()[0], false);
  // the page heading is often outside the content block: put it back unless the body prints it
  const first = lines.find((l) => l.trim())?.trim() ?? '';
  const squeeze = (s: string) => s.replace(/[\s\u3000]/g, '');
  if (h1 && !squeeze(lines.slice(0, 8).join('')).includes(squeeze(h1)) && !TITLE_LIKE.test(first)) lines.unshift(h1);
  return lines.join('\n');
}
