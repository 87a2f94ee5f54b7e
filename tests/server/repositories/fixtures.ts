import type { User } from '../../../server/db/types'
import type { NewChartInput, Repositories } from '../../../server/repositories'

export const sampleProfile = {
  rowCount: 3,
  fields: [{
    name: 'sales', type: 'quantitative' as const, cardinality: 3, missing: 0, samples: [1, 2],
    idLike: false, parse: 'number' as const,
  }],
}

export async function makeUser(repos: Repositories, name: string): Promise<User> {
  const user = await repos.users.create({ email: `${name}@example.com`, name })
  if (!user) throw new Error(`[test] user ${name} already exists`)
  return user
}

export function chartInput(ownerId: string, patch: Partial<NewChartInput> = {}): NewChartInput {
  return {
    ownerId,
    title: 'Weather by month',
    prompt: 'seattle weather by month',
    spec: { mark: 'bar', encoding: { x: { field: 'month', type: 'ordinal' } } },
    mark: 'bar',
    dataKey: 'samples/seattle-weather.csv',
    ...patch,
  }
}
