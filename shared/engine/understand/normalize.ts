// Prompts are compared in NFKC lower case (full-width "，" and "１００" become "," and "100"),
// but every span the engine reports must point into the prompt as the person typed it.

export interface Normalized {
  text: string
  /** map[i] = index in the original prompt of normalized character i; map[text.length] = end. */
  map: number[]
}

export function normalizePrompt(prompt: string): Normalized {
  let text = ''
  const map: number[] = []
  let offset = 0
  for (const char of prompt) {
    const norm = char.normalize('NFKC').toLowerCase()
    for (let k = 0; k < norm.length; k++) map.push(offset)
    text += norm
    offset += char.length
  }
  map.push(prompt.length)
  return { text, map }
}
