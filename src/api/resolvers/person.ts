import { evidenceFromLists } from '../../store/index.js';
import type {
  AppointmentResolvers,
  GroupResolvers,
  MembershipResolvers,
  PersonResolvers,
  SupervisionResolvers,
  TitleResolvers,
} from '../generated/resolvers.js';
import type { SupervisionRel } from '../rows.js';
import { nodes, required } from '../util.js';
import { PROPERTIES, nodesOnly } from './fields.js';

export const Person: PersonResolvers = {
  /** the areas the latest division-of-work notice gives (a later 调整 may move some), else all stated */
  portfolio: async (p, _, ctx) => {
    const notices = await ctx.loaders.out('Person', 'ASSIGNED_IN', 'Document').load(p.id);
    const latest = [...notices]
      .sort((a, b) => String(a.node.issuedOn ?? '').localeCompare(String(b.node.issuedOn ?? '')))
      .at(-1);
    return latest?.rel.areas ?? p.portfolio ?? [];
  },
  titles: async (p, _, ctx) =>
    (await ctx.loaders.out('Person', 'HOLDS', 'Organization').load(p.id)).map(({ node, rel }) => ({
      organization: node,
      rel,
    })),
  supervises: (p, _, ctx, info) =>
    nodes(ctx.loaders.out('Person', 'SUPERVISES', 'Organization', nodesOnly(PROPERTIES.Organization, info)).load(p.id)),
  supervisions: async (p, _, ctx) =>
    (await ctx.loaders.named('person-supervisions').load(p.id)).map(({ node, rel }) => ({
      organization: node,
      ...supervisionPeriod(rel),
      rel,
    })),
  liaisesWith: (p, _, ctx) => nodes(ctx.loaders.out('Person', 'LIAISES_WITH', 'Organization').load(p.id)),
  backups: (p, _, ctx) => nodes(ctx.loaders.out('Person', 'BACKUP_OF', 'Person').load(p.id)),
  assists: (p, _, ctx) => nodes(ctx.loaders.out('Person', 'ASSISTS', 'Person').load(p.id)),
  appointments: async (p, _, ctx) =>
    (await ctx.loaders.out('Person', 'APPOINTED', 'Organization').load(p.id)).map(({ node, rel }) => ({
      organization: node,
      rel,
    })),
  memberships: async (p, _, ctx) =>
    (await ctx.loaders.out('Person', 'MEMBER_OF', 'Group').load(p.id)).map(({ node, rel }) => ({ group: node, rel })),
  targets: async (p, args, ctx) =>
    (await nodes(ctx.loaders.named('person-targets').load(p.id))).filter(
      (t) => args.year == null || t.year === args.year,
    ),
};

/**
 * The period a supervision is stated for: from the earliest dated notice that states it to the
 * first later notice of the same jurisdiction that does not (null: still in force).
 */
function supervisionPeriod(rel: SupervisionRel): { since: string | null; until: string | null; documentIds: string[] } {
  const stating = new Set<string>(rel.evidenceDocumentIds ?? []);
  const notices = (rel.notices ?? [])
    .flatMap((n) => (n.issuedOn ? [{ id: n.id, issuedOn: n.issuedOn }] : []))
    .sort((a, b) => (a.issuedOn < b.issuedOn ? -1 : a.issuedOn > b.issuedOn ? 1 : 0));
  const dated = notices.filter((n) => stating.has(n.id));
  const since = dated[0]?.issuedOn ?? null;
  const last = dated.at(-1)?.issuedOn ?? null;
  const until = last ? (notices.find((n) => n.issuedOn > last && !stating.has(n.id))?.issuedOn ?? null) : null;
  return { since, until, documentIds: [...stating].sort() };
}

export const Supervision: SupervisionResolvers = {
  scope: (s) => s.rel.scope ?? null,
  documents: async (s, _, ctx) =>
    (await Promise.all(s.documentIds.map((id) => ctx.loaders.node('Document').load(id)))).filter((d) => d != null),
  evidence: (s) => evidenceFromLists(s.rel),
};

/** HOLDS {title, asOf} */
export const Title: TitleResolvers = {
  title: (t) => t.rel.title ?? '',
  asOf: (t) => t.rel.asOf ?? null,
  evidence: (t) => evidenceFromLists(t.rel),
};

/** APPOINTED {action, position, docNumber, date, probation} */
export const Appointment: AppointmentResolvers = {
  action: (a) => a.rel.action,
  position: (a) => a.rel.position ?? null,
  docNumber: (a) => a.rel.docNumber ?? null,
  date: (a) => a.rel.date ?? null,
  probation: (a) => (a.rel.probation == null ? null : String(a.rel.probation)),
  document: (a, _, ctx) => {
    const id = a.rel.evidenceDocumentIds?.[0];
    return id ? ctx.loaders.node('Document').load(id) : null;
  },
  evidence: (a) => evidenceFromLists(a.rel),
};

export const Membership: MembershipResolvers = {
  role: (m) => m.rel.role ?? null,
  evidence: (m) => evidenceFromLists(m.rel),
};

export const Group: GroupResolvers = {
  document: (g, _, ctx, info) => required(ctx.loaders.node('Document').load(g.documentId), info),
};
