import { describe, expect, it } from 'vitest'
import { CUES } from '../../../../shared/engine/lexicon/keywords'
import { hasCjk, splitName, stem } from '../../../../shared/engine/lexicon/stem'
import { canon } from '../../../../shared/engine/lexicon/synonyms'
import { ZH_FIELD_WORDS, ZH_VALUE_WORDS } from '../../../../shared/engine/lexicon/zh'

describe('lexicon/stem', () => {
  it('folds plurals without touching short words or numbers', () => {
    expect(stem('employees')).toBe('employee')
    expect(stem('categories')).toBe('category')
    expect(stem('boxes')).toBe('box')
    expect(stem('status')).toBe('status')
    expect(stem('gas')).toBe('gas')
    expect(stem('2020s')).toBe('2020s')
  })

  it('splits snake_case, camelCase and spaced names into words', () => {
    expect(splitName('Date_in_Location_From')).toEqual(['date', 'in', 'location', 'from'])
    expect(splitName('milesPerGallon')).toEqual(['miles', 'per', 'gallon'])
    expect(splitName('IMDB Rating')).toEqual(['imdb', 'rating'])
    expect(splitName('Beak Length (mm)')).toEqual(['beak', 'length', 'mm'])
  })

  it('recognizes Chinese text', () => {
    expect(hasCjk('销售额')).toBe(true)
    expect(hasCjk('sales')).toBe(false)
  })
})

describe('lexicon/synonyms', () => {
  it('maps abbreviations to one canonical word', () => {
    expect(canon('hp')).toBe('horsepower')
    expect(canon('qty')).toBe(canon('quantity'))
    expect(canon('sales')).toBe('sales')
    expect(canon('crs')).toBe('course')
    expect(canon('cust')).toBe(canon('customer'))
  })
})

describe('lexicon/keywords', () => {
  it('knows chart words in both languages', () => {
    expect(CUES.get('scatter plot')).toContainEqual({ kind: 'chart', value: 'point' })
    expect(CUES.get('折线图')).toContainEqual({ kind: 'chart', value: 'line' })
    expect(CUES.get('饼图')).toContainEqual({ kind: 'chart', value: 'arc' })
  })

  it('keeps both meanings of an ambiguous word', () => {
    const kinds = CUES.get('over')!.map((c) => c.kind)
    expect(kinds).toEqual(expect.arrayContaining(['over', 'cmp']))
  })
})

describe('lexicon/zh', () => {
  it('gives English senses for Chinese field and value words', () => {
    expect(ZH_FIELD_WORDS.get('销售额')).toContain('sales')
    expect(ZH_FIELD_WORDS.get('年份')).toContain('year')
    expect(ZH_VALUE_WORDS.get('日本')).toContain('japan')
  })
})
