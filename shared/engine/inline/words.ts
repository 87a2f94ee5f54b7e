// Words around typed data that ask for a chart rather than name a value.
const englishFiller = new Set([
  'show', 'plot', 'draw', 'make', 'create', 'give', 'visualize', 'visualise', 'chart', 'graph',
  'me', 'please', 'a', 'an', 'the', 'of', 'for', 'as', 'in', 'with', 'using', 'to', 'and', 'by',
  'was', 'were', 'bar', 'bars', 'line', 'lines', 'pie', 'donut', 'scatter', 'area', 'column',
  'columns',
  'chart:', 'data', 'values', 'numbers', 'here', 'are', 'is', 'this', 'these', 'my',
])

const chineseFiller = new RegExp(
  '请|帮我|给我|画出?|绘制|生成|做|显示|展示|一个|一张|一幅|个|张|用|把|成|为|的'
  + '|饼图|柱状图|条形图|折线图|散点图|面积图|图表?|数据',
  'g',
)

/** The words left once chart requests are removed: a measure name such as "sales" or "销量". */
export function contentWords(text: string): string {
  const latin = text
    .split(/\s+/)
    .filter(w => w !== '' && !englishFiller.has(w.toLowerCase().replace(/[:：,，]$/, '')))
    .join(' ')
  return latin.replace(chineseFiller, '').replace(/[\s:：,，、;；]+/g, ' ').trim()
}

const edges = /^(?:[\s,，、;；:：=|/\-–—]|and\b|&|和|与|及|以及|还有|是|为)+|[\s,，、;；:：=|/\-–—]+$/gu

/** A label with the separators and joining words around it removed. */
export function cleanLabel(text: string): string {
  let previous = ''
  let label = text
  while (label !== previous) {
    previous = label
    label = label.replace(edges, '')
  }
  return label.trim()
}

/** Hard separators between items of a list. */
export const separator = /[,，;；、\n]|\s(?:and|&)\s|和|与/
