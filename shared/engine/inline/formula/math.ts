// A mathjs instance that can only do arithmetic on x. Expressions come from users, so the
// instance follows mathjs' security advice: functions that parse, evaluate or extend are
// replaced by ones that throw, and every parsed tree is checked against an allow list.
import type { MathNode } from 'mathjs'
// The single-file build loads in a fraction of the time the ESM tree (hundreds of modules)
// takes, which matters for every CLI run and cold server start.
import bundled from 'mathjs/lib/browser/math.js'

export const FUNCTIONS = [
  'sin', 'cos', 'tan', 'sec', 'csc', 'cot', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh',
  'exp', 'log', 'log10', 'log2', 'sqrt', 'cbrt', 'abs', 'sign', 'floor', 'ceil', 'round',
  'min', 'max', 'pow', 'mod',
] as const
export const TRIG = new Set(['sin', 'cos', 'tan', 'sec', 'csc', 'cot'])
const CONSTANTS = new Set(['pi', 'e', 'tau'])
const allowedFunctions = new Set<string>(FUNCTIONS)
const allowedNodes = new Set([
  'OperatorNode', 'ParenthesisNode', 'ConstantNode', 'SymbolNode', 'FunctionNode',
])

let instance: { parse: typeof bundled.parse } | undefined

/**
 * The bundle's instance is private to this module: it is configured once, here, and only
 * reached through the parse function kept before the lockdown.
 */
function limitedMath() {
  if (instance) return instance
  // predictable: sqrt(-1) is NaN (a gap), not a complex number.
  bundled.config({ predictable: true })
  const parse = bundled.parse
  const disabled = (name: string) => () => { throw new Error(`[inline] ${name} is disabled`) }
  const names = ['import', 'createUnit', 'reviver', 'evaluate', 'parse', 'compile', 'simplify',
    'derivative', 'resolve']
  bundled.import(Object.fromEntries(names.map(n => [n, disabled(n)])), { override: true })
  instance = { parse }
  return instance
}

/** The name node of a call (`sin` in sin(x)), as opposed to its arguments. */
function isCallee(node: MathNode, parent: MathNode | null): boolean {
  return parent?.type === 'FunctionNode' && (parent as unknown as { fn: MathNode }).fn === node
}

export type Checked =
  | { ok: true; node: MathNode; functions: string[]; usesX: boolean }
  | { ok: false; reason: 'syntax' | 'function' | 'symbol' | 'node'; name?: string }

/** Parses and checks one expression without evaluating anything. */
export function checkExpression(text: string): Checked {
  let node: MathNode
  try {
    node = limitedMath().parse(text)
  }
  catch {
    return { ok: false, reason: 'syntax' }
  }
  const functions: string[] = []
  let usesX = false
  let problem: Checked | undefined
  node.traverse((child, _path, parent) => {
    if (problem) return
    if (!allowedNodes.has(child.type)) problem = { ok: false, reason: 'node', name: child.type }
    else if (child.type === 'FunctionNode') {
      const name = (child as unknown as { fn: { name?: string } }).fn.name ?? ''
      if (!allowedFunctions.has(name)) problem = { ok: false, reason: 'function', name }
      else functions.push(name)
    }
    else if (child.type === 'SymbolNode' && !isCallee(child, parent)) {
      const name = (child as unknown as { name: string }).name
      if (name === 'x') usesX = true
      else if (!CONSTANTS.has(name)) problem = { ok: false, reason: 'symbol', name }
    }
  })
  return problem ?? { ok: true, node, functions, usesX }
}

/** A function of x from a checked tree; anything but a finite real number becomes null. */
export function toFunction(node: MathNode): (x: number) => number | null {
  const compiled = node.compile()
  return (x) => {
    try {
      const y: unknown = compiled.evaluate({ x })
      return typeof y === 'number' && Number.isFinite(y) ? y : null
    }
    catch {
      // Domain errors inside mathjs (e.g. mod by zero) are gaps in the curve, not failures.
      return null
    }
  }
}

/** A constant such as "2pi" or "-3/2" for a range bound; null if it is not one. */
export function evaluateConstant(text: string): number | null {
  const checked = checkExpression(text)
  if (!checked.ok || checked.usesX) return null
  return toFunction(checked.node)(0)
}
