import { makeId } from '../model/index.js';

/** 刘 萌 → 刘萌: typeset names pad two-character names with a space. */
export function normalizePersonName(name: string): string {
  return name.replace(/[\s\u3000]+/g, '');
}

/** People are identified by name within a jurisdiction. */
export function personId(jurisdiction: string | null, name: string): string {
  return makeId('Person', jurisdiction ?? '', normalizePersonName(name));
}
