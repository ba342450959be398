/**
 * A named extraction rule as a record: why it exists, and examples it must keep and must reject.
 * tests/unit/rules.test.ts runs every example of every rule table through its own checker, so a
 * rule is widened or narrowed against its own examples.
 */
export interface NamedRule {
  why: string;
  keep: readonly string[];
  reject: readonly string[];
}
