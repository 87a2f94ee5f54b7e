// Drizzle wraps driver errors (DrizzleQueryError.cause), so the code sits somewhere down the
// cause chain: PostgreSQL's SQLSTATE or better-sqlite3's extended result code.
const UNIQUE_CODES = new Set(['23505', 'SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY'])

/** True when a write failed because a unique value (email, handle, slug) is taken. */
export function isUniqueViolation(error: unknown): boolean {
  for (let e = error; e instanceof Error || isObject(e); e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code
    if (typeof code === 'string' && UNIQUE_CODES.has(code)) return true
  }
  return false
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null
}
