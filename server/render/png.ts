import { Resvg } from '@resvg/resvg-js'
import { RenderError } from './errors'
import { chartFontPath, FONT_FAMILY } from './font'

// Each side may reach maxSize × maxScale, but the pixel buffer (4 bytes a pixel) is capped so
// one PNG cannot take gigabytes.
export const MAX_PNG_PIXELS = 40_000_000

// TODO(#5): only the Regular weight is bundled, so bold titles are drawn in Regular.
/** Phase 6 of a PNG render: rasterize the SVG with the chart font and no system fonts. */
export function svgToPng(svg: string, size: { width: number, height: number }, scale: number) {
  const pixels = size.width * scale * size.height * scale
  if (pixels > MAX_PNG_PIXELS) throw new RenderError('too_large', 'PNG over 40 megapixels')
  const resvg = new Resvg(svg, {
    fitTo: scale === 1 ? { mode: 'original' } : { mode: 'zoom', value: scale },
    font: {
      fontFiles: [chartFontPath()],
      loadSystemFonts: false,
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
  })
  const image = resvg.render()
  return { png: image.asPng() as Uint8Array, width: image.width, height: image.height }
}
