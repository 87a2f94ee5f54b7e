// Words that carry no field meaning in a chart request; they never match a field on their own.

const EN = `a an the of in on at to for from with by and or as is are was were be been it its
this that these those there their them they me my i you your we our us please could would can
will do does did want like show shows showing shown display displayed give gives draw plot plotted
visualize visualise visualization create make return list find get see tell compute what which who
whose where when how about using use into along then also just each every all any some other
different corresponding correspond respectively their chart charts graph graphs diagram figure
bar bars line lines pie point points versus vs per than more less most least between over under
axis x y data record records information info details detail it's let's note
attribute attributes kind kinds group grouped groups bin binning binned interval order ordered
sort sorted rank ranked by ascending descending asc desc high low higher lower top bottom
number numbers count counts total how many much whole overall trend change changes
distribution proportion comparison compare correlation relationship relation ratio percentage
i'd want need show me respective separately one two three only just`

const ZH = `的 了 吗 呢 吧 啊 把 将 给 我 我们 请 帮 帮我 看 看看 显示 展示 画 画出 绘制 生成 做 做个 一个
个 张 图 图表 统计 查看 列出 哪些 什么 如何 怎么 怎样 所有 全部 情况 数据 一下 出来 下 中 里 上 并 并且
想 想要 要 需要 可以 能 有 有多少 是否 其 它们 他们 这些 那些 对应 分别 进行 表示 用于 之 以 及其 位 名`

export const STOPWORDS: ReadonlySet<string> = new Set(
  [...EN.split(/\s+/), ...ZH.split(/\s+/)].filter(Boolean),
)

/** Words skipped when looking for the field a cue ("average of the ...") points at. */
export const FILLERS: ReadonlySet<string> = new Set(
  `the a an of all each every different their its his her for in on to about attribute
  attributes corresponding respective given various whole`.split(/\s+/),
)
