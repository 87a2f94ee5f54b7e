// Node 20 lacks Object.groupBy (Node 21+), which the lint toolchain calls. Loaded only by `npm run lint`.
if (typeof Object.groupBy !== 'function') {
  Object.groupBy = (items, key) => {
    const groups = Object.create(null)
    let index = 0
    for (const item of items) (groups[key(item, index++)] ??= []).push(item)
    return groups
  }
}
