import type { Font } from 'opentype.js'
import * as vega from 'vega'
import { FONT_FAMILY } from './font'

interface TextItem {
  font?: string
  fontSize?: number
  limit?: number
  text?: unknown
}

type WidthFn = (item: TextItem, text?: unknown) => number

// vega-scenegraph's measuring hooks; vega re-exports them but its typings leave them out.
const textMetrics = (vega as unknown as {
  textMetrics: { width: WidthFn }
}).textMetrics

// Vega without a canvas guesses widths as 0.8 em per character, which makes Latin labels too
// wide and leaves axis room wrong once resvg draws the real glyphs. These widths come from the
// font resvg uses, so layout and drawing agree.
const LINE_CACHE_LIMIT = 50_000

let installed = false

/**
 * Points vega's text measuring at the chart font for items drawn in it. Items in any other font
 * keep vega's estimate, so views created elsewhere in the process behave as before.
 */
export function installTextMetrics(font: Font): void {
  if (installed) return
  installed = true

  const scale = 1 / font.unitsPerEm
  const advances = new Map<string, number>()
  const lines = new Map<string, number>()

  const advance = (char: string): number => {
    let width = advances.get(char)
    if (width === undefined) {
      width = font.charToGlyph(char).advanceWidth ?? font.unitsPerEm / 2
      advances.set(char, width)
    }
    return width
  }

  const measure = (text: string, size: number): number => {
    const key = `${size}|${text}`
    let width = lines.get(key)
    if (width === undefined) {
      let units = 0
      for (const char of text) units += advance(char)
      width = units * scale * size
      if (lines.size >= LINE_CACHE_LIMIT) lines.clear()
      lines.set(key, width)
    }
    return width
  }

  const width: WidthFn = (item, text) => {
    const size = item.fontSize != null ? +item.fontSize || 0 : 11
    const value = text == null ? '' : String(text).trim()
    if (size <= 0 || !value) return 0
    // Other fonts keep vega's own guess. vega's estimateWidth cannot be called from here: for
    // labels with a `limit` it truncates through this very function.
    const full = item.font && !item.font.includes(FONT_FAMILY)
      ? Math.floor(0.8 * value.length * size)
      : measure(value, size)
    // A label with `limit` is cut to fit by vega's truncation loop, which calls back here.
    return item.limit && item.limit > 0 ? Math.min(full, item.limit) : full
  }

  textMetrics.width = width
}
