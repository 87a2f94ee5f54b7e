// A chart reduced to its shape, for the small previews of alternative answers.
const BARE = {
  axis: { labels: false, title: false, ticks: false, domain: false, grid: false },
  legend: { disable: true },
  header: { labels: false, title: false },
  view: { stroke: null },
}

export function thumbnailSpec(spec: Record<string, unknown>, width = 160, height = 64): Record<string, unknown> {
  const { title: _title, ...rest } = spec
  const config = (spec.config ?? {}) as Record<string, unknown>
  // Titles set on a channel win over the config, so they are dropped one by one.
  const encoding = Object.fromEntries(Object.entries((spec.encoding ?? {}) as Record<string, unknown>)
    .map(([channel, def]) => [channel, def && typeof def === 'object' ? { ...def, title: null } : def]))
  return {
    ...rest, ...(spec.encoding ? { encoding } : {}), width, height,
    autosize: { type: 'fit', contains: 'padding' }, config: { ...config, ...BARE },
  }
}
