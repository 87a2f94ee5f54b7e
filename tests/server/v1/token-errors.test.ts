import { describe, expect, it } from 'vitest'
import { isTokenErrorCode, TOKEN_ERROR_CODES } from '../../../server/v1/token-errors'
import en from '../../../i18n/locales/en.json'
import zh from '../../../i18n/locales/zh-CN.json'

describe('v1/token-errors', () => {
  it('has an English and a Chinese text for every code, and a generic one', () => {
    for (const locale of [en, zh] as { apiTokens?: { errors?: Record<string, string> } }[]) {
      for (const code of [...TOKEN_ERROR_CODES, 'unknown']) {
        expect(locale.apiTokens?.errors?.[code], code).toBeTruthy()
      }
    }
    expect(isTokenErrorCode('token_not_found')).toBe(true)
    expect(isTokenErrorCode('constructor')).toBe(false)
  })

  it('translates every text the token list uses', () => {
    const keys = (o: object): string[] => Object.entries(o).flatMap(([k, v]) =>
      typeof v === 'object' ? keys(v).map(inner => `${k}.${inner}`) : [k])
    expect(keys(zh.apiTokens).sort()).toEqual(keys(en.apiTokens).sort())
  })
})
