import {
  and, count, eq, getTableColumns, ne, or, sql, type SQL, type SQLWrapper,
} from 'drizzle-orm'
import type { Chart } from '../../db/types'
import type { Db, Tables } from './context'

export interface ChartWithOwner extends Chart {
  ownerName: string
  ownerDisplayName: string | null
}

/** Chart columns plus the owner's public handle, for pages that show who made a chart. */
export function chartWithOwnerColumns(t: Tables) {
  return {
    ...getTableColumns(t.charts),
    ownerName: t.users.name,
    ownerDisplayName: t.users.displayName,
  }
}

/** Private charts exist only for their owner; unlisted and public ones for anyone with a link. */
export function visibleTo(t: Tables, viewerId: string | null): SQL {
  const shared = ne(t.charts.visibility, 'private')
  return viewerId ? or(shared, eq(t.charts.ownerId, viewerId))! : shared
}

export function ownedBy(t: Tables, id: string, ownerId: string): SQL {
  return and(eq(t.charts.id, id), eq(t.charts.ownerId, ownerId))!
}

/** Case-insensitive substring match with LIKE wildcards in the needle taken literally. */
export function containsText(column: SQLWrapper, needle: string): SQL {
  const escaped = needle.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)
  return sql`lower(${column}) like ${`%${escaped}%`} escape '\\'`
}

/** How many of the owner's charts were made from the dataset. */
export async function countOwnerChartsUsing(
  db: Db, t: Tables, datasetId: string, ownerId: string,
): Promise<number> {
  const [usage] = await db.select({ n: count() }).from(t.charts)
    .where(and(eq(t.charts.datasetId, datasetId), eq(t.charts.ownerId, ownerId)))
  return usage?.n ?? 0
}
