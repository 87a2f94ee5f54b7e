import { readFile } from 'node:fs/promises'
import { resolve, sep } from 'node:path'
import { RenderError } from './errors'

// Links in the SVG stay clickable for these schemes; anything else (javascript:, data:...) is
// dropped from the markup. Links are written out, never fetched.
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:'])

// The only local names a trusted data directory serves: `data/<file>` as in vega's examples.
const TRUSTED_NAME = /^data\/([\w-][\w.-]*)$/

export interface LoaderOptions {
  /** Trusted data directory for the conformance benchmark; the app never sets it. */
  baseDir?: string
  /** Every refusal is recorded here: vega swallows loader errors into its log. */
  refusals: RenderError[]
}

export interface SafeLoader {
  load(uri: string, options?: unknown): Promise<string>
  sanitize(uri: string, options?: { context?: string }): Promise<{ href: string | null }>
  http(uri: string, options?: unknown): Promise<string>
  file(filename: string): Promise<string>
}

function schemeOf(uri: string): string | undefined {
  const match = /^([a-z][a-z\d+.-]*):/i.exec(uri.trim())
  return match?.[1] ? `${match[1].toLowerCase()}:` : undefined
}

/**
 * Why a data URL is refused, or undefined when it names a file in the trusted directory.
 * Local paths (absolute, relative, file:) are files; every other scheme is a URL.
 */
export function refusalFor(uri: unknown, baseDir?: string): RenderError | undefined {
  if (typeof uri !== 'string') return new RenderError('refused_url', 'non-text URL')
  if (baseDir && TRUSTED_NAME.test(uri)) return undefined
  // Protocol-relative: the scheme comes from the page, so it is still a network URL.
  if (uri.trim().startsWith('//')) return new RenderError('refused_url', 'protocol-relative')
  const scheme = schemeOf(uri)
  // One-letter "schemes" are Windows drive letters.
  if (!scheme || scheme === 'file:' || scheme.length === 2) {
    return new RenderError('refused_file')
  }
  return new RenderError('refused_url', `scheme ${scheme}`)
}

async function readTrusted(baseDir: string, uri: string): Promise<string> {
  const name = TRUSTED_NAME.exec(uri)?.[1] ?? ''
  const root = resolve(baseDir)
  const path = resolve(root, name)
  if (!path.startsWith(root + sep)) throw new RenderError('refused_file')
  return readFile(path, 'utf8')
}

/**
 * A vega loader that fetches nothing: every network and file entry point refuses, so the only
 * data a chart sees is what the app passed in (named datasets, inline values).
 */
export function createSafeLoader({ baseDir, refusals }: LoaderOptions): SafeLoader {
  const refuse = (error: RenderError): Promise<never> => {
    refusals.push(error)
    return Promise.reject(error)
  }

  return {
    load(uri) {
      const refusal = refusalFor(uri, baseDir)
      if (refusal || !baseDir) return refuse(refusal ?? new RenderError('refused_file'))
      return readTrusted(baseDir, uri)
    },
    sanitize(uri, options) {
      if (options?.context === 'href') {
        const scheme = typeof uri === 'string' ? schemeOf(uri) : undefined
        return Promise.resolve({ href: scheme && LINK_SCHEMES.has(scheme) ? uri : null })
      }
      if (options?.context === 'image') {
        // Trusted example images keep their name; with no DOM Image class nothing is loaded.
        if (baseDir && TRUSTED_NAME.test(uri)) return Promise.resolve({ href: uri })
        return refuse(new RenderError('refused_image'))
      }
      return refuse(refusalFor(uri, undefined) ?? new RenderError('refused_url'))
    },
    http: () => refuse(new RenderError('refused_url', 'scheme http:')),
    file: () => refuse(new RenderError('refused_file')),
  }
}
