import { hash, verify } from '@node-rs/argon2'

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane): under 100 ms per hash on one core,
// which keeps sign-in cheap for people and expensive for offline guessing.
// The algorithm is left at the library default (argon2id) because `Algorithm` is a
// const enum that isolated-module builds (tsx, Vite) cannot inline.
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS)
}

/** False for a wrong password and for a stored hash that is not a valid argon2 string. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  if (!passwordHash.startsWith('$argon2')) return false
  return verify(passwordHash, password)
}

// Verifying against this keeps sign-in timing the same whether or not the email exists.
let dummyHash: Promise<string> | undefined

export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword('wanwu-timing-equalizer')
  await verify(await dummyHash, password)
}
