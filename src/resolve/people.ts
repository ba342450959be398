import { makeId } from '../model/index.js';
import { compact } from '../text/spans.js';

/** People are identified by name within a jurisdiction; typeset names pad with spaces (刘 萌 is 刘萌). */
export function personId(jurisdiction: string | null, name: string): string {
  return makeId('Person', jurisdiction ?? '', compact(name));
}
