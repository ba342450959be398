/**
 * parseGazette: source text → documents with metadata, clean text, offset maps and section trees.
 * Pure: the same text always gives the same result.
 */
import { AppError, must } from '../errors.js';
import { makeId, sha256, type NodeProps } from '../model/index.js';
import { detectRunningHeader, keyOf, normalize } from './normalize.js';
import { documentMeta, reportTitle, splitDocuments } from './documents.js';
import { DATE, isoDate, jurisdictionOf } from './patterns.js';
import { kindSpec } from '../kinds/index.js';
import { buildSections } from './sections.js';
import { pagesOf, type ParsedDocument, type ParsedGazette } from './types.js';

export * from './types.js';
export { findDocNumbers, jurisdictionOf } from './patterns.js';
export { kindOfTitle } from '../kinds/index.js';
export { keyOf } from './normalize.js';
export { isNotesSection, NOTES_HEADING } from './sections.js';
export { tablesOf, columnOf, cellAt, type Table, type TableRow, type Cell } from './tables.js';

/** Document ids: by 文号 when there is one (so a citation elsewhere finds it), else by title. */
export function documentId(
  docNumber: string | null,
  jurisdiction: string | null,
  title: string,
  issuedOn: string | null,
): string {
  return docNumber
    ? makeId('Document', 'docNumber', docNumber)
    : makeId('Document', jurisdiction, keyOf(title), issuedOn);
}

function slice(
  original: string,
  map: Int32Array,
  cs: number,
  ce: number,
): { text: string; os: number; oe: number; local: Int32Array } {
  const os = map[cs];
  const oe = ce > cs ? map[ce - 1] + 1 : os;
  const local = new Int32Array(ce - cs + 1);
  for (let i = cs; i < ce; i++) local[i - cs] = map[i] - os;
  local[ce - cs] = oe - os;
  return { text: original.slice(os, oe), os, oe, local };
}

export function parseGazette(text: string, sourceFile: string): ParsedGazette {
  const header = detectRunningHeader(text);
  const { clean, map } = normalize(text, header);
  const { docs, frontEnd, hasToc } = splitDocuments(clean, header);
  if (!docs.length) {
    throw new AppError(
      'BAD_INPUT_FILE',
      `${sourceFile}: no recognisable document (no 目录 entries, notice titles with a 文号, or 政府工作报告 found)`,
      { sourceFile },
    );
  }
  const documents: ParsedDocument[] = [];
  docs.forEach((d) => {
    const s = slice(text, map, d.start, d.end);
    const docClean = clean.slice(d.start, d.end);
    const meta = documentMeta(docClean, d.title, d.kind);
    const promulgator = d.promulgatedBy != null ? documents[d.promulgatedBy] : null;
    const issuer = meta.issuer ?? promulgator?.props.issuer ?? null;
    const issuedOn = meta.issuedOn ?? promulgator?.props.issuedOn ?? null;
    // a report whose header names no county is the county's whose gazette prints it
    const report = kindSpec(d.kind).report;
    const jurisdiction =
      meta.jurisdiction ??
      promulgator?.props.jurisdiction ??
      (report && header ? jurisdictionOf(header.replace(/公报$/, '')) : null);
    // the id keeps the printed title, so ids do not move when a title is completed
    const id = documentId(meta.docNumber, jurisdiction, d.title, issuedOn);
    const props: NodeProps<'Document'> = {
      id,
      title: report ? reportTitle(d.title, jurisdiction, meta.reportYear) : d.title,
      docNumber: meta.docNumber,
      kind: d.kind,
      category: d.category,
      issuer,
      issuedOn,
      jurisdiction,
      reportYear: report ? meta.reportYear : null,
      text: s.text,
      gazetteStart: s.os,
      gazetteEnd: s.oe,
    };
    const titleEnd = d.titleEnd - d.start;
    const sections = buildSections(id, docClean, titleEnd, report, props.reportYear);
    documents.push({
      id,
      props,
      clean: docClean,
      toOriginal: s.local,
      sections,
      promulgatedBy: promulgator ? promulgator.id : null,
      titleSpan: { start: 0, end: Math.max(1, Math.min(titleEnd, docClean.length)) },
      ...withPages(text, s.os, s.oe),
    });
  });
  // the masthead: 伊金霍洛旗人民政府办公室 2024年第1-2期(总第46期) 2024年3月10日
  const front = clean.slice(0, frontEnd);
  const issueM = /(\d{4}年第[\d\-—－]+期(?:[（(]总第\d+期[）)])?)/.exec(front);
  const issueLine = issueM ? (front.split('\n').find((l) => l.includes(issueM[1])) ?? '') : '';
  const pub = DATE.exec(issueLine.slice(issueLine.indexOf(issueM?.[1] ?? '') + (issueM?.[1].length ?? 0)));
  const hostM = /主办[：:]\s*(\S+)/.exec(front) ?? /^(\S+?(?:办公室|办公厅|人民政府))\s/m.exec(issueLine);
  const first = documents[0].props;
  const title = header ?? first.title;
  const jurisdiction =
    jurisdictionOf(header ? header.replace(/公报$/, '') : null) ??
    mostCommon(documents.map((d) => d.props.jurisdiction)) ??
    '未知';
  const issue = issueM ? issueM[1] : null;
  const props: NodeProps<'Gazette'> = {
    id: makeId('Gazette', jurisdiction, keyOf(title), issue ?? first.issuedOn ?? sourceFile.split('/').pop()),
    title,
    issuer: hostM ? hostM[1] : first.issuer,
    issue,
    publishedOn: pub ? isoDate(pub) : first.issuedOn,
    jurisdiction,
    sourceFile,
    checksum: sha256(text),
  };
  // the masthead and editorial board as a document of their own, so their facts have evidence
  if (hasToc && front.trim()) {
    const s = slice(text, map, 0, frontEnd - 1 > 0 ? frontEnd - 1 : frontEnd);
    const fid = makeId('Document', jurisdiction, keyOf(title), props.issue, 'FRONT');
    const fclean = clean.slice(0, Math.max(frontEnd - 1, 0));
    if (fclean.trim()) {
      documents.unshift({
        id: fid,
        props: {
          id: fid,
          title: `${title}（刊首：目录与编辑委员会）`,
          docNumber: null,
          kind: 'OTHER',
          category: null,
          issuer: props.issuer,
          issuedOn: props.publishedOn,
          jurisdiction,
          reportYear: null,
          text: s.text,
          gazetteStart: s.os,
          gazetteEnd: s.oe,
        },
        clean: fclean,
        toOriginal: s.local,
        sections: [],
        promulgatedBy: null,
        ...withPages(text, s.os, s.oe),
        titleSpan: { start: 0, end: Math.max(1, fclean.indexOf('\n') < 0 ? fclean.length : fclean.indexOf('\n')) },
      });
    }
  }
  return { props, documents };
}

/** the pages field only for paginated text, so batches of plain text stay byte-identical */
function withPages(text: string, from: number, to: number): Pick<ParsedDocument, 'pages'> {
  const pages = pagesOf(text, from, to);
  return pages ? { pages } : {};
}

function mostCommon(xs: Array<string | null>): string | null {
  const counts = new Map<string, number>();
  for (const x of xs) if (x) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best: string | null = null;
  for (const [k, n] of counts) if (!best || n > must(counts, best)) best = k;
  return best;
}
