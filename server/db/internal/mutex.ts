/** Runs async critical sections one at a time, in arrival order. */
export function createMutex() {
  let tail: Promise<unknown> = Promise.resolve()

  return function runExclusive<T>(fn: () => Promise<T>): Promise<T> {
    const result = tail.then(fn)
    // The next caller waits for this one to settle, whether it failed or not.
    tail = result.catch(() => undefined)
    return result
  }
}
