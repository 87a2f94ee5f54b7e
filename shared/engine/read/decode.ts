// Bytes to text. Spreadsheet exports on Chinese Windows are GBK, a subset of GB18030,
// so a file that is not valid UTF-8 is tried as GB18030 before giving up.
import { ReadError } from './messages'

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes)
  try {
    // The decoder drops a UTF-8 byte order mark by itself.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  }
  catch {
    // Not UTF-8: fall through to GB18030, which maps every byte sequence it accepts.
  }
  try {
    return new TextDecoder('gb18030', { fatal: true }).decode(bytes)
  }
  catch {
    throw new ReadError('encoding')
  }
}
