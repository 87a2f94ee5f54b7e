import type { Given, Parser } from './parse'
import type { FieldItem } from './scan'

/** The field a cue points at: the next field within reach, not yet given a role. */
export function claimField(p: Parser, k: number, given: Given, skip: number): number | undefined {
  let j = p.next(k, skip)
  // "by major genres Location_Code": unknown words may sit between a cue and its field.
  for (let hops = 0; j !== undefined && hops < 2 && p.items[j]!.kind === 'word'; hops++) {
    j = p.next(j, 1)
  }
  if (j === undefined || p.items[j]!.kind !== 'field' || p.assigned.has(j)) return undefined
  // "average song rating", "each decor type": of nouns in a row, the one naming a field
  // exactly wins, else the last (the head noun); the others only qualify it.
  const run = [j]
  while (p.items[run.at(-1)! + 1]?.kind === 'field'
    && p.items[run.at(-1)! + 1]!.from === p.items[run.at(-1)!]!.to) run.push(run.at(-1)! + 1)
  const exact = run.filter((i) => !(p.items[i] as FieldItem).guessed)
  // "each employee's salary", Chinese "各股票价格": the group is the first noun (the owner);
  // the rest is said about it and stays a field of its own.
  const first = p.tokens[p.items[j]!.to - 1]!
  const owner = first.kind === 'cjk' || /'s?$/.test(p.prompt.slice(first.start, first.end))
  if (owner && given.role === 'group' && run.length > 1) {
    p.assigned.set(j, given)
    return j
  }
  j = exact.length === 1 ? exact[0]! : run.at(-1)!
  for (const i of run) if (i !== j) p.assigned.set(i, { role: 'modifier' })
  p.assigned.set(j, given)
  return j
}
