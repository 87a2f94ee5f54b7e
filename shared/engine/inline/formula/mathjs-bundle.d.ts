// The single-file build of mathjs is the same library as the package root, without types.
declare module 'mathjs/lib/browser/math.js' {
  import type { MathJsInstance } from 'mathjs'

  const math: MathJsInstance
  export default math
}
