/**
 * Column options shared by models. SQLite returns booleans as 0/1.
 */
export const booleanColumn = { consume: (value: unknown) => Boolean(value) }
