/**
 * Pieces of FTS5 MATCH expressions. Every term is a quoted string, so no
 * word a reader types (`AND`, `NEAR`, a `*`) is read as an operator.
 */
export const quote = (term: string) => `"${term.replace(/"/g, '""')}"`;

/** Any one of `terms`. */
export const anyOf = (terms: string[]) => `(${terms.map(quote).join(" OR ")})`;
