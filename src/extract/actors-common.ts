/**
 * Shared pieces of the actor extractors: a builder that collects nodes and relationships with
 * evidence (deduplicated, in first-seen order), and the split of a written post
 * (旗住房和城乡建设局局长) into its organisation and post word.
 */
import type { Evidence, GraphNode, GraphRelationship, RelType } from '../model/index.js';
import { makeId, relationshipKey } from '../model/index.js';
import { evidenceOf, type ParsedDocument, type Span } from '../gazette/types.js';
import { compact, trimSpan } from '../text/spans.js';
import type { NameResolver, ResolvedOrg } from './mentions.js';

/** Evidence kept on an organisation node: its first few mentions in a document are enough. */
const MAX_NODE_EVIDENCE = 3;

export class ActorBuilder {
  private nodes = new Map<string, GraphNode>();
  private rels = new Map<string, GraphRelationship>();

  constructor(
    readonly doc: ParsedDocument,
    readonly resolver: NameResolver,
    readonly jurisdiction: string | null,
  ) {}

  evidence(start: number, end: number): Evidence | null {
    // past surrounding whitespace so quotes are tidy; none when nothing is left
    const span = trimSpan(this.doc.clean, start, end);
    return span.end > span.start ? evidenceOf(this.doc, span) : null;
  }

  private addEvidence(list: Evidence[], ev: Evidence | null, cap = Infinity): void {
    if (!ev || list.length >= cap) return;
    if (!list.some((e) => e.start === ev.start && e.end === ev.end)) list.push(ev);
  }

  /** Add (or extend) an organisation node; its bracket/name parent becomes PART_OF. */
  org(o: ResolvedOrg, span: Span, mention?: string): string {
    const ev = this.evidence(span.start, span.end);
    const existing = this.nodes.get(o.id);
    if (existing && existing.label === 'Organization') {
      const aliases = new Set([...existing.props.aliases, ...o.aliases]);
      if (mention) aliases.add(mention.replace(/\s+/g, ''));
      aliases.delete(existing.props.name);
      existing.props.aliases = [...aliases].sort();
      this.addEvidence(existing.evidence, ev, MAX_NODE_EVIDENCE);
    } else {
      const aliases = new Set(o.aliases);
      if (mention) aliases.add(mention.replace(/\s+/g, ''));
      aliases.delete(o.name);
      this.nodes.set(o.id, {
        label: 'Organization',
        props: { id: o.id, name: o.name, aliases: [...aliases].sort(), kind: o.kind, jurisdiction: o.jurisdiction },
        evidence: ev ? [ev] : [],
      });
    }
    if (o.parent) {
      const pid = this.org(o.parent, span);
      this.rel('PART_OF', o.id, pid, { basis: 'name' }, [ev]);
    }
    return o.id;
  }

  /** Resolve a mention and add it; null when it is not an organisation. */
  orgMention(mention: string, span: Span): string | null {
    const o = this.resolver.resolve(mention);
    return o ? this.org(o, span, mention) : null;
  }

  person(name: string, span: Span, portfolio: string[] = []): string {
    const clean = compact(name);
    const id = this.resolver.personId(clean);
    const ev = this.evidence(span.start, span.end);
    const existing = this.nodes.get(id);
    if (existing && existing.label === 'Person') {
      existing.props.portfolio = [...new Set([...existing.props.portfolio, ...portfolio])];
      this.addEvidence(existing.evidence, ev, MAX_NODE_EVIDENCE);
    } else {
      this.nodes.set(id, {
        label: 'Person',
        props: { id, name: clean, jurisdiction: this.jurisdiction, portfolio: [...portfolio] },
        evidence: ev ? [ev] : [],
      });
    }
    return id;
  }

  group(name: string, span: Span): string {
    const clean = name.replace(/\s+/g, '');
    const id = makeId('Group', this.doc.id, clean);
    const ev = this.evidence(span.start, span.end);
    const existing = this.nodes.get(id);
    if (existing) this.addEvidence(existing.evidence, ev, MAX_NODE_EVIDENCE);
    else
      this.nodes.set(id, {
        label: 'Group',
        props: { id, name: clean, documentId: this.doc.id },
        evidence: ev ? [ev] : [],
      });
    return id;
  }

  contact(phone: string, purpose: string | null, organizationId: string | null, span: Span): string {
    const id = makeId('Contact', this.doc.id, organizationId ?? '', phone);
    const ev = this.evidence(span.start, span.end);
    if (!this.nodes.has(id)) {
      this.nodes.set(id, {
        label: 'Contact',
        props: { id, phone, purpose, documentId: this.doc.id, organizationId },
        evidence: ev ? [ev] : [],
      });
    }
    return id;
  }

  rel(
    type: RelType,
    from: string,
    to: string,
    props: GraphRelationship['props'],
    evidence: Array<Evidence | null>,
  ): void {
    // a fact with no quotable source is not stated: leave it out rather than emit it bare
    if (!evidence.some((e) => e)) return;
    const r: GraphRelationship = { type, from, to, props, evidence: [] };
    const key = relationshipKey(r);
    const existing = this.rels.get(key);
    const target = existing ?? r;
    for (const ev of evidence) this.addEvidence(target.evidence, ev);
    if (!existing) this.rels.set(key, r);
    else if (type === 'MEMBER_OF' && typeof props.role === 'string' && existing.props.role !== props.role) {
      // one membership, several roles (成员 and 办公室主任): the key has no role, so keep them all
      const roles = Array.isArray(existing.props.roles)
        ? existing.props.roles.map(String)
        : [String(existing.props.role)];
      if (!roles.includes(props.role)) existing.props.roles = [...roles, props.role];
    }
  }

  result(): { nodes: GraphNode[]; relationships: GraphRelationship[] } {
    return { nodes: [...this.nodes.values()], relationships: [...this.rels.values()] };
  }
}

// Post words, longest first; an optional rank or 代 may precede them (副科级侦查员, 三级调研员, 代旗长).
const POSTS = [
  '纪检监察组组长',
  '监事会主席',
  '纪委书记',
  '监察专员',
  '副董事长',
  '董事长',
  '监事',
  '董事',
  '副总经理',
  '总经理',
  '经理',
  '副书记',
  '书记',
  '副局长',
  '局长',
  '副主任',
  '主任',
  '副所长',
  '所长',
  '教导员',
  '副科长',
  '科长',
  '副镇长',
  '镇长',
  '副乡长',
  '乡长',
  '副旗长',
  '旗长',
  '副县长',
  '县长',
  '副区长',
  '区长',
  '副市长',
  '市长',
  '副省长',
  '省长',
  '副部长',
  '部长',
  '副组长',
  '组长',
  '副队长',
  '队长',
  '大队长',
  '副站长',
  '站长',
  '副院长',
  '院长',
  '副校长',
  '校长',
  '副主席',
  '主席',
  '秘书长',
  '调研员',
  '巡视员',
  '侦查员',
  '常委',
  '委员',
  '政委',
  '指导员',
  '总工程师',
  '总会计师',
  '副总指挥',
  '总指挥',
  '专员',
  '副馆长',
  '馆长',
  '副社长',
  '社长',
  '副会长',
  '会长',
  '副理事长',
  '理事长',
  '党组书记',
  '党组成员',
  '副厅长',
  '厅长',
  '苏木达',
  '嘎查达',
];
const POST_RE = new RegExp(`((?:副?[科处]级|[一二三四]级|代|常务)?(?:${POSTS.join('|')}))$`);
/** A post written with an internal section of its unit: 历史研究科科长, 纪检监察组组长. */
const SECTION_TAIL = /^(.*(?:中心|局|公司|委员会|办公室|政府|委))([\u4e00-\u9fa5]{2,8}(?:科|股|组))$/;

/** 旗住房和城乡建设局局长 → {org: 旗住房和城乡建设局, post: 局长}; 副旗长(挂职) → {org: null, post: 副旗长}. */
export function splitPost(text: string): { org: string | null; post: string } | null {
  const t = text.replace(/[\s\u3000]+/g, '').replace(/[(（][^()（）]*[)）]$/, '');
  const m = POST_RE.exec(t);
  if (!m) return null;
  let org = t.slice(0, m.index);
  let post = m[1];
  const sec = SECTION_TAIL.exec(org);
  if (sec) {
    org = sec[1];
    post = sec[2] + post;
  }
  return { org: org || null, post };
}

/** Every title that names no organisation, or names the government itself, is held at the government. */
function governmentOrg(b: ActorBuilder): ResolvedOrg | null {
  return b.resolver.resolve('人民政府');
}

/** The org a written post belongs to: 旗委副书记 → 旗委, 政府代旗长 / 副旗长 → the government. */
export function postOrg(b: ActorBuilder, title: string): ResolvedOrg | null {
  const sp = splitPost(title);
  if (!sp || !sp.org) return governmentOrg(b);
  return b.resolver.resolve(sp.org) ?? governmentOrg(b);
}

/** A person's name at the start of a roster line: 刘 萌 / 乌丽娅素 / 李 贵; the rest is returned. */
export function leadingName(text: string): { name: string; nameEnd: number; rest: string; restStart: number } | null {
  const m =
    /^([\u4e00-\u9fa5])[ \u3000]([\u4e00-\u9fa5]{1,2})(?=[\s\u3000|]|$)|^([\u4e00-\u9fa5]{2,5})(?=[\s\u3000|\t]|$)/.exec(
      text,
    );
  if (!m) return null;
  const raw = m[0];
  const name = compact(raw);
  if (name.length < 2 || name.length > 5) return null;
  const after = text.slice(raw.length);
  const lead = after.length - after.replace(/^[\s\u3000|]+/, '').length;
  return { name, nameEnd: raw.length, rest: after.slice(lead), restStart: raw.length + lead };
}
