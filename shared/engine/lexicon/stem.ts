// Word forms shared by field names and prompts, so "employees" meets "Employee_ID".

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/

export function hasCjk(text: string): boolean {
  return CJK.test(text)
}

/** Light English stemmer: plural and a few verb endings; enough to compare words, not to parse. */
export function stem(word: string): string {
  const w = word.toLowerCase()
  if (w.length <= 3 || hasCjk(w) || /\d/.test(w)) return w
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`
  if (/(ss|us|is)$/.test(w)) return w
  if (/(sses|xes|ches|shes|zes)$/.test(w)) return w.slice(0, -2)
  if (w.endsWith('s')) return w.slice(0, -1)
  return w
}

/** "Date_in_Location_From" → [date, in, location, from]; "milesPerGallon" → [miles, per, gallon] */
export function splitName(name: string): string[] {
  return name
    .normalize('NFKC')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9\u3400-\u9fff]+/)
    .filter(Boolean)
}
