import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import * as opentypeModule from 'opentype.js'
import type { Font } from 'opentype.js'
import { RenderError } from './errors'

/** The family every chart is drawn in: it covers Latin and Simplified Chinese. */
export const FONT_FAMILY = 'Source Han Sans SC'
/**
 * The font named in rendered SVG: ours first (the one labels are measured in and PNGs are drawn
 * with), then the same design or its look-alikes for browsers that show the SVG without it.
 */
export const FONT_STACK = `${FONT_FAMILY}, Noto Sans CJK SC, Noto Sans SC, PingFang SC, Microsoft YaHei, `
  + 'Helvetica Neue, Arial, sans-serif'

const FONT_PACKAGE = 'node-source-han-sans-sc'
const FONT_FILE = 'SourceHanSansSC-Regular.otf'

/**
 * Where the chart font lives. In order:
 * 1. `FONT_PATH`, for deployments that ship the font elsewhere;
 * 2. the npm package, resolved from this module, which works from the source tree and from a
 *    Nitro build whose traced node_modules include the .otf (Nitro traces only what code
 *    imports, so the build must list the file, e.g. `nitro.externals.traceInclude`);
 * 3. the package under the working directory's node_modules.
 */
export function resolveFontPath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.FONT_PATH) {
    if (existsSync(env.FONT_PATH)) return env.FONT_PATH
    throw new RenderError('font_missing', 'FONT_PATH does not exist')
  }
  const bases = [import.meta.url, join(process.cwd(), 'noop.js')]
  for (const base of bases) {
    try {
      const pkg = createRequire(base).resolve(`${FONT_PACKAGE}/package.json`)
      const file = join(dirname(pkg), FONT_FILE)
      if (existsSync(file)) return file
    }
    catch {
      // Not resolvable from this base: try the next one.
    }
  }
  throw new RenderError('font_missing', `install ${FONT_PACKAGE} or set FONT_PATH`)
}

type OpenType = typeof import('opentype.js')
// Node loads the package's UMD build (one default export); bundlers pick its ESM build (named
// exports only). Accept either shape.
const opentype: OpenType = 'parse' in opentypeModule
  ? opentypeModule
  : (opentypeModule as unknown as { default: OpenType }).default

let fontPath: string | undefined
let fontLoad: Promise<Font> | undefined

export function chartFontPath(): string {
  fontPath ??= resolveFontPath()
  return fontPath
}

/** Parses the 17 MB font once per process, on first use. */
export function loadChartFont(): Promise<Font> {
  fontLoad ??= readFile(chartFontPath()).then((buf) => {
    const bytes = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength)
    // lowMemory defers glyph outlines; only advance widths are needed here.
    return opentype.parse(bytes, { lowMemory: true })
  })
  fontLoad.catch(() => { fontLoad = undefined })
  return fontLoad
}
