// Cue words of chart requests, English and Chinese. Each line: "kind:value = phrase | phrase".
// Phrases are lower-case surface words separated by spaces; Chinese phrases are single entries.

export type CueKind =
  | 'chart' | 'agg' | 'group' | 'color' | 'facet' | 'axis' | 'over' | 'bin' | 'unit'
  | 'dir' | 'sort' | 'top' | 'neg' | 'cmp' | 'between' | 'layout' | 'swap' | 'replace'
  | 'add' | 'only' | 'and' | 'where' | 'task' | 'to' | 'reset'

export interface Cue {
  kind: CueKind
  value: string
}

const TABLE = `
chart:bar = bar | bars | bar chart | bar charts | bar graph | bar plot | column chart | columns
  | column graph | 柱状图 | 柱形图 | 条形图 | 柱图 | 柱状 | 条形
chart:histogram = histogram | histograms | 直方图
chart:line = line | lines | line chart | line graph | line plot | 折线图 | 线图 | 折线 | 曲线图 | 曲线
chart:area = area | area chart | area graph | 面积图
chart:point = scatter | scatter plot | scatterplot | scatter chart | scatter graph | scatterplots
  | dot plot | points | bubble chart | 散点图 | 散点 | 气泡图
chart:arc = pie | pie chart | pie graph | pies | 饼图 | 饼状图 | 扇形图
chart:donut = donut | doughnut | donut chart | doughnut chart | ring chart | 环形图 | 圆环图 | 甜甜圈图
chart:heatmap = heatmap | heat map | heatmaps | 热力图 | 热图
chart:boxplot = box plot | boxplot | box plots | boxplots | box and whisker | 箱线图 | 箱形图 | 盒须图
chart:tick = strip plot | strip chart | tick plot | ticks | 带状图
agg:count = count | counts | number of | numbers of | how many | frequency | frequencies
  | total number | total numbers | count of | amount of | 数量 | 个数 | 计数 | 多少 | 几个 | 总数 | 次数
  | 频数 | 频次 | 数目
agg:sum = sum | sums | total | totals | summed | sum of | total amount of | 总和 | 合计 | 总计 | 总 | 总额
  | 求和 | 之和 | 累计
agg:mean = average | averages | avg | mean | means | averaged | 平均 | 平均值 | 均值 | 平均数
agg:median = median | medians | 中位数 | 中值
agg:min = min | minimum | minimal | smallest | lowest | least | fewest | youngest | earliest
  | cheapest | shortest | lightest
  | 最小 | 最小值 | 最低 | 最少 | 最早
agg:max = max | maximum | maximal | largest | biggest | highest | most | oldest | latest
  | longest | tallest | heaviest | priciest
  | 最大 | 最大值 | 最高 | 最多 | 最晚
agg:distinct = distinct | unique | 去重
group = by | per | each | for each | every | across | among | group by | grouped by | grouping by
  | broken down by | break down by | breakdown by | for different | in different | of different
  | by different | across different | among different | 按 | 按照 | 每 | 各 | 每个 | 各个 | 分组
  | 各自 | 不同
color = color by | colored by | colour by | coloured by | color | colour | colors | colored | hue
  | 颜色 | 着色 | 按颜色 | 颜色区分 | 上色
facet = facet by | faceted by | facet | facets | small multiples | one chart per | panel by
  | split by | split into
  | separate charts | 分面 | 分开画 | 分图
axis:x = x axis | x-axis | horizontal axis | the x | x | 横轴 | 横坐标 | x轴
axis:y = y axis | y-axis | vertical axis | the y | y | 纵轴 | 纵坐标 | y轴
over = over | over time | against | along | 随 | 随着
bin = bin | bins | binning | binned | bucket | 分箱
unit:year = year | years | yearly | annual | annually | 按年 | 每年 | 年度 | 逐年 | 年份
unit:quarter = quarter | quarters | quarterly | 季度 | 按季度 | 每季度
unit:month = month | months | monthly | month of year | 按月 | 每月 | 月度 | 逐月 | 月份
unit:yearmonth = year month | 年月
unit:auto = by time | time interval | 按时间
unit:day = weekday | weekdays | day of week | day of the week | week day | weekly day | 星期 | 周几
  | 星期几 | 按星期
unit:yearmonthdate = daily | per day | every day | by day | 每天 | 按天 | 按日 | 逐日 | 每日
unit:date = day of month | day of the month | 日期几号 | 几号
unit:hours = hour | hours | hourly | hour of day | 小时 | 按小时 | 每小时
dir:ascending = ascending | asc | increasing | from low to high | low to high
  | from lowest to highest
  | lowest to highest | smallest to largest | from small to large | alphabetical | alphabetically
  | a to z | from a to z | least to most | 升序 | 从低到高 | 从小到大 | 由低到高 | 由小到大 | 递增
dir:descending = descending | desc | decreasing | from high to low | high to low
  | from highest to lowest
  | highest to lowest | largest to smallest | from large to small | from big to small | z to a
  | most to least | reverse | 降序 | 从高到低 | 从大到小 | 由高到低 | 由大到小 | 递减 | 倒序
sort = sort | sorted | sorting | order | ordered | ordering | rank | ranked | ranking | arrange
  | arranged | 排序 | 排列 | 排名 | 排行
top:descending = top | highest | largest | biggest | best | first | 前 | 最高的 | 最大的
top:ascending = bottom | lowest | smallest | worst | last | 后 | 最低的 | 最小的
neg = not | except | excluding | exclude | without | remove | drop | other than | but not | isn't
  | aren't | no | never | excludes | removing | hide | 不 | 非 | 除了 | 排除 | 去掉 | 去除 | 不要
  | 不含 | 不包括 | 除去 | 剔除 | 不是
reset = clear the filters | clear filters | clear the filter | clear filter | remove the filters
  | remove all filters | remove the filter | remove filters | no filters | no filter | without filters
  | show all | show everything | all data | all rows | everything again | all of the data
  | 清除筛选 | 取消筛选 | 去掉筛选 | 清除过滤 | 取消过滤 | 显示全部 | 全部显示 | 所有数据 | 全部数据
cmp:gt = more than | greater than | above | larger than | bigger than | higher than | exceeds
  | exceeding | exceed | over | > | 超过 | 大于 | 高于 | 多于 | 以上
cmp:gte = at least | no less than | >= | or more | 不少于 | 至少 | 不低于 | 起
cmp:lt = under | less than | below | fewer than | smaller than | lower than | < | 低于 | 小于
  | 少于 | 以下 | 不到 | 不足
cmp:lte = at most | no more than | <= | 不超过 | 至多 | 不高于
cmp:since = since | starting | onwards | onward | 以后 | 之后 | 以来 | 后
cmp:after = after | later than
cmp:before = before | until | prior to | earlier than | 以前 | 之前 | 前
cmp:eq = equal to | equals | equal | = | is | are | was | 等于 | 为 | 是
between = between | from | 介于 | 在
to = to | through | and | 到 | 至 | 之间 | -
layout:stacked = stacked | stack | stacking | 堆叠 | 堆积
layout:grouped = side by side | grouped bar | grouped bars | clustered | dodged | 并排 | 分组柱状图
layout:normalized = normalized | normalised | percent stacked | 100% | 百分比堆叠 | 归一化
swap = swap | swap axes | flip | flip axes | transpose | switch axes | 交换 | 互换 | 调换 | 转置
  | 交换坐标轴 | 交换轴
replace = instead | instead of | change to | switch to | turn into | make it | as a | as an
  | 换成 | 改成 | 改为 | 换为 | 变成 | 用 | 改用
add = add | also show | include | plus | 加上 | 添加 | 增加 | 加入 | 再加
only = only | just | 只看 | 只 | 仅 | 仅看 | 只显示 | 只要
and = and | or | & | 和 | 与 | 及 | 以及 | 或 | 、
where = where | whose | who | which | that | with | for those | for all | 其中
task:trend = trend | trends | tendency | change | changes | over time | evolution | 趋势 | 变化 | 走势
task:part = proportion | proportions | share | shares | percentage | composition | breakdown
  | 占比 | 比例 | 构成 | 份额 | 组成
task:corr = correlation | relationship | relation | correlate | correlated | vs | versus | 相关
  | 关系 | 相关性
task:dist = distribution | spread | 分布
task:compare = compare | comparison | 比较 | 对比
`

/** Phrase → cues (a phrase may carry several meanings, e.g. "over" is a comparison or an axis). */
export const CUES: ReadonlyMap<string, Cue[]> = buildCues()

function buildCues(): Map<string, Cue[]> {
  const map = new Map<string, Cue[]>()
  const entries = TABLE.replace(/\n\s+\|/g, ' |').split('\n').filter((l) => l.includes('='))
  for (const entry of entries) {
    const [head, body] = entry.split(' = ') as [string, string]
    const [kind, value = ''] = head.trim().split(':') as [CueKind, string?]
    for (const phrase of body.split('|').map((p) => p.trim()).filter(Boolean)) {
      const list = map.get(phrase) ?? []
      list.push({ kind, value })
      map.set(phrase, list)
    }
  }
  return map
}

/** Aggregate words long enough to recognize with a typo ("averag", "taotal"). */
export const TYPO_CUES: readonly string[] = [...CUES.keys()].filter((phrase) => {
  const kinds = CUES.get(phrase)!.map((c) => c.kind)
  return /^[a-z]{5,}$/.test(phrase) && kinds.includes('agg')
})

/** Longest phrase, in words (Chinese phrases count as one word). */
export const MAX_CUE_WORDS = 5
