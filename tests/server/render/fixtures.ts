// Small specs shared by the render tests.
export const barSpec = (data: Record<string, unknown>) => ({
  data,
  mark: 'bar',
  encoding: {
    x: { field: 'fruit', type: 'nominal' },
    y: { field: 'sold', type: 'quantitative' },
  },
})

export const fruitRows = [
  { fruit: 'apple', sold: 28 },
  { fruit: 'pear', sold: 55 },
  { fruit: 'plum', sold: 43 },
]

export const textSpec = (text: string) => ({
  data: { values: [{ t: text }] },
  mark: { type: 'text', fontSize: 40 },
  encoding: { text: { field: 't' } },
  width: 120,
  height: 60,
})
