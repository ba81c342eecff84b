/**
 * A case-insensitive "contains" match on any of `columns`, the same on
 * SQLite and PostgreSQL: `lower(column) like '%term%'`, with the term's own
 * `%`, `_` and `\` taken literally. For small lists and pickers (no index
 * helps a leading wildcard).
 */
export function whereContains<Query extends ContainsQuery>(
  query: Query,
  columns: string[],
  term: string
): Query {
  const escaped = term
    .trim()
    .toLowerCase()
    .replace(/[\\%_]/g, (char) => `\\${char}`)
  const pattern = `%${escaped}%`
  return query.where((inner: ContainsQuery) => {
    for (const column of columns) {
      inner.orWhereRaw(`lower(coalesce(${column}, '')) like ? escape '\\'`, [pattern])
    }
  })
}

/** What `whereContains` needs of a query: Lucid's model and database builders both fit. */
interface ContainsQuery {
  where(callback: (query: any) => void): any
  orWhereRaw(sql: string, bindings: unknown[]): any
}
