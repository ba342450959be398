import { createHash } from 'node:crypto';

/**
 * Deterministic ids: a hash of (label, jurisdiction, document key, normalised key…).
 * The same fact from the same input always gets the same id, so reloading changes nothing.
 */
export function makeId(label: string, ...parts: Array<string | number | null | undefined>): string {
  const h = createHash('sha1').update([label, ...parts.map((p) => (p == null ? '' : String(p)))].join('\u0001')).digest('hex');
  return `${label.slice(0, 3).toLowerCase()}_${h.slice(0, 20)}`;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
