/**
 * A problem is one reason the dataset must not ship. Every validation step returns
 * a list of them (empty = fine); data:build prints them all and exits 1 on any.
 */
export interface Problem {
  /** Which rule found it: `schema`, `file-format`, `unique-ids`, `references`, … */
  readonly check: string;
  /** The file and/or record id it is about. */
  readonly where: string;
  readonly message: string;
}

export function problem(check: string, where: string, message: string): Problem {
  return { check, where, message };
}

/** One line per problem, for a terminal or a CI log. */
export function formatProblem(p: Problem): string {
  return `[${p.check}] ${p.where}: ${p.message}`;
}
