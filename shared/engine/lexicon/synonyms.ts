// Abbreviations and synonyms found in column names. Each group maps to its first word, so
// "hp" and "Horsepower" meet on one canonical form.

const GROUPS = `horsepower hp
quantity qty
amount amt
number num nbr
average avg
department dept
employee emp employe
year yr
temperature temp
precipitation precip
population pop
percent pct percentage
address addr
information info
identifier id ids
location loc
latitude lat
longitude lon lng
revenue rev
gender sex
nation country
telephone phone tel
minimum min
maximum max
description descr
category cat
manufacturer mfr maker
acceleration accel
displacement displ
cylinder cyl
budget budg
apartment apt
gross box_office
course crs
symbol ticker stock
professor prof
customer cust
account acct
document doc
organization org
professional prof`

const CANON = new Map<string, string>()
for (const line of GROUPS.split('\n')) {
  const [head, ...rest] = line.trim().split(/\s+/) as [string, ...string[]]
  for (const word of [head, ...rest]) CANON.set(word, head)
}

/** Canonical form of a stemmed word. */
export function canon(word: string): string {
  return CANON.get(word) ?? word
}

/** Coded values and the words people use for them ("female" for "F"). */
export const VALUE_ALIASES: ReadonlyMap<string, string[]> = new Map([
  ['m', ['male', 'man', 'men']],
  ['f', ['female', 'woman', 'women']],
  ['male', ['man', 'men']],
  ['female', ['woman', 'women']],
])

/** Multi-word phrases that stand for one word in column names (compared without spaces). */
export const PHRASES: ReadonlyMap<string, string> = new Map([
  ['milepergallon', 'mpg'],
  ['boxoffice', 'gross'],
  ['dateofbirth', 'dob'],
  ['birthdate', 'dob'],
  ['birthday', 'dob'],
  ['howold', 'age'],
])
