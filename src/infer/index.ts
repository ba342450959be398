/**
 * infer/: who owns each target, report ↔ policy links, conflicting figures — over everything
 * loaded for a jurisdiction (county.ts). Pure and deterministic: the same stated facts give the
 * same relationships in the same order, whatever files and order they arrived in.
 */
export { LINK_THRESHOLD } from './policy.js';
export { prepareTerms } from './terms.js';
export {
  canonicalFacts,
  countyGraph,
  deriveCounty,
  jurisdictionSlice,
  jurisdictionsOf,
  mergeStated,
  SLICE_LABELS,
  SLICE_UNUSED_TYPES,
} from './county.js';
