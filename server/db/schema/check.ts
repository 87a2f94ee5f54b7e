// Compile-time guard: both dialect schemas must infer identical row and insert types, because
// repositories run the same query-builder code against either one. Nothing here runs.
import type * as pg from './pg'
import type * as sqlite from './sqlite'

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
type Select<T> = T extends { $inferSelect: infer R } ? R : never
type Insert<T> = T extends { $inferInsert: infer R } ? R : never

type TableName = keyof typeof sqlite & keyof typeof pg

export type SchemasAgree = {
  [K in TableName]: [
    Same<Select<(typeof sqlite)[K]>, Select<(typeof pg)[K]>>,
    Same<Insert<(typeof sqlite)[K]>, Insert<(typeof pg)[K]>>,
  ]
}

const agree: { [K in TableName]: [true, true] } = {} as SchemasAgree
void agree
