import { dark } from 'vega-themes'
import type { Config } from 'vega-lite'
import { FONT_STACK } from './font'

export type ThemeName = 'light' | 'dark'

// Guides a step quieter than the marks, so the data reads first.
const light: Config = {
  background: '#ffffff',
  font: FONT_STACK,
  title: { color: '#111827', subtitleColor: '#4b5563', fontSize: 15 },
  axis: {
    labelColor: '#4b5563',
    titleColor: '#1f2937',
    gridColor: '#e5e7eb',
    domainColor: '#9ca3af',
    tickColor: '#9ca3af',
  },
  legend: { labelColor: '#4b5563', titleColor: '#1f2937' },
}

// vega-themes' dark, on a deeper background with softer grid lines than its defaults.
const darkTheme: Config = {
  ...(dark as Config),
  background: '#18181b',
  font: FONT_STACK,
  title: { color: '#f4f4f5', subtitleColor: '#a1a1aa', fontSize: 15 },
  axis: {
    labelColor: '#d4d4d8',
    titleColor: '#f4f4f5',
    gridColor: '#3f3f46',
    domainColor: '#71717a',
    tickColor: '#71717a',
  },
  legend: { labelColor: '#d4d4d8', titleColor: '#f4f4f5' },
  view: { stroke: '#52525b' },
}

/** The base config for a theme; a spec's own `config` is layered over it by the compiler. */
export function themeConfig(theme: ThemeName): Config {
  return theme === 'dark' ? darkTheme : light
}
