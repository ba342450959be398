/**
 * A named extraction rule as a record: why it exists, and examples it must keep and must reject.
 * Each rule table's unit test runs every example through the extractor, so a rule is widened or
 * narrowed against its own examples.
 */
export interface NamedRule {
  why: string;
  keep: readonly string[];
  reject: readonly string[];
}
