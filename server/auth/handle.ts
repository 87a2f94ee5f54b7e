import { customAlphabet } from 'nanoid'
import { NAME_MAX, NAME_MIN } from './schemas'

const suffix = customAlphabet('abcdefghijkmnpqrstuvwxyz23456789', 4)
const ATTEMPTS = 8

/** Turns the local part of an email into a handle that passes `nameSchema`. */
export function handleFromEmail(email: string): string {
  const local = email.split('@')[0] ?? ''
  const cleaned = local.toLowerCase()
    .replace(/\+.*$/, '')
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '')
    .slice(0, NAME_MAX - 5)
  return cleaned.length >= NAME_MIN ? cleaned : `${cleaned || 'user'}-${suffix()}`
}

/**
 * Finds a free handle starting from `base`: tried as is, then with short random suffixes.
 * Random rather than counting up, so two sign-ups from `anna@…` rarely race for one name.
 */
export async function pickFreeHandle(
  base: string,
  isTaken: (name: string) => Promise<boolean>,
): Promise<string> {
  const stem = base.slice(0, NAME_MAX - 5)
  let candidate = base
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (!(await isTaken(candidate))) return candidate
    candidate = `${stem}-${suffix()}`
  }
  throw new Error('[auth] could not find a free user name')
}
