import { readFileSync } from 'node:fs'
import jsl from 'json-schema-library'
import { describe, expect, it } from 'vitest'
import { rootedSchema, tidyLintMessage, topLevelDefinition } from '../../../app/utils/spec-lint'

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
})
