import { renderMessages } from './messages'
import type { RenderErrorCode, RenderLang } from './messages'

export type { RenderErrorCode } from './messages'

/**
 * A render that was refused or failed. `detail` is written by the renderer itself (a limit, a
 * URL scheme), never copied from the spec, so the message is safe to show and to log.
 */
export class RenderError extends Error {
  readonly code: RenderErrorCode
  readonly detail?: string

  constructor(code: RenderErrorCode, detail?: string, options?: { cause?: unknown }) {
    const text = renderMessages[code].en
    super(`[render] ${text}${detail ? ` (${detail})` : ''}`, options)
    this.name = 'RenderError'
    this.code = code
    this.detail = detail
  }

  /** The message in the reader's language, without the subsystem prefix. */
  localized(lang: RenderLang): string {
    return renderMessages[this.code][lang]
  }
}

export function isRenderError(error: unknown): error is RenderError {
  return error instanceof RenderError
}
