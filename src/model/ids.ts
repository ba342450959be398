import { createHash } from 'node:crypto';

/**
 * Deterministic ids: a hash of (label, jurisdiction, document key, normalised key…).
 * The same fact from the same input always gets the same id, so reloading changes nothing.
 */
export function makeId(label: string, ...parts: Array<string | number | null | undefined>): string {
  const h = createHash('sha1')
    .update([label, ...parts.map((p) => (p == null ? '' : String(p)))].join('\u0001'))
    .digest('hex');
  return `${idPrefix(label)}${h.slice(0, 20)}`;
}

/** The start of every id makeId gives a label (Organization → org_): the store reads labels back from it. */
export function idPrefix(label: string): string {
  return PREFIX_OVERRIDES[label] ?? `${label.slice(0, 3).toLowerCase()}_`;
}
/** labels whose first three letters another label already has (Project → pro_) */
const PREFIX_OVERRIDES: Record<string, string> = { Provision: 'prv_' };

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
