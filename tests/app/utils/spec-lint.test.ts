import { readFileSync } from 'node:fs'
import jsl from 'json-schema-library'
import { describe, expect, it } from 'vitest'
import { placeErrors, rootedSchema, tidyLintMessage, topLevelDefinition } from '../../../app/utils/spec-lint'

const schema = JSON.parse(readFileSync('node_modules/vega-lite/build/vega-lite-schema.json', 'utf8'))
const unit = { data: { name: 'table' }, mark: 'bar', encoding: { x: { field: 'a', type: 'nominal' } } }

describe('spec-lint', () => {
  it('picks the top-level definition by the spec\'s composition key', () => {
    expect(topLevelDefinition(unit)).toBe('TopLevelUnitSpec')
    expect(topLevelDefinition({ layer: [] })).toBe('TopLevelLayerSpec')
    expect(topLevelDefinition({ hconcat: [] })).toBe('TopLevelHConcatSpec')
    expect(topLevelDefinition(null)).toBe('TopLevelUnitSpec')
  })

  it('roots the schema so an error points at the wrong value', () => {
    const draft = new jsl.Draft04(rootedSchema(schema, 'TopLevelUnitSpec'))
    expect(draft.validate(unit)).toEqual([])
    const errors = draft.validate({ ...unit, mark: 'barzz' })
    expect(errors.map(e => e.data?.pointer)).toEqual(['#/mark'])
  })

  it('turns a no-match message into a short one naming the path', () => {
    const message = 'Value `barzz` at `mark` does not match any schema of `[{"$ref":"#/definitions/Mark"}]`'
    expect(tidyLintMessage(message, path => `bad ${path}`)).toBe('bad mark')
    expect(tidyLintMessage('x'.repeat(300), () => '')).toHaveLength(241)
  })

  it('places each error on its value, its key, or the nearest enclosing part of the text', () => {
    const pointers = new Map([
      ['', { valueFrom: 0, valueTo: 90 }],
      ['/mark', { keyFrom: 10, keyTo: 16, valueFrom: 18, valueTo: 25 }],
      ['/encoding', { keyFrom: 30, keyTo: 40, valueFrom: 42, valueTo: 88 }],
      ['/encoding/colour', { keyFrom: 50, keyTo: 58, valueFrom: 60, valueTo: 70 }],
    ])
    const placed = placeErrors([
      { name: 'AnyOfError', message: 'Value `barzz` at `mark` does not match any schema of `[]`', data: { pointer: '#/mark' } },
      { name: 'NoAdditionalPropertiesError', message: 'extra', data: { pointer: '#/encoding', property: 'colour' } },
      { name: 'TypeError', message: 'deep', data: { pointer: '#/encoding/x/field' } },
      { name: 'RequiredPropertyError', message: 'root', data: { pointer: '#' } },
    ], pointers, path => `bad ${path}`)
    expect(placed).toEqual([
      { from: 18, to: 25, message: 'bad mark' },
      { from: 50, to: 58, message: 'extra' },
      { from: 42, to: 88, message: 'deep' },
      { from: 0, to: 90, message: 'root' },
    ])
  })
})
