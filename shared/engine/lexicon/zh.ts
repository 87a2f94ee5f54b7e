// Chinese words for common column names and values: each maps to English words that are then
// compared with the table's own (English) headers and values.

const TABLE = `
销售额 sales | revenue | sale amount
销售 sales
销量 sales | quantity | units sold
收入 income | revenue
营收 revenue
利润 profit
成本 cost
价格 price
单价 unit price | price
金额 amount
数额 amount
预算 budget | production budget
票房 gross | worldwide gross | us gross
全球票房 worldwide gross
国内票房 us gross
地区 region | area
区域 region | area
城市 city
国家 country | nation
省份 province | state
州 state
年份 year
年 year
月份 month
日期 date
时间 time | date
星期 weekday
类别 category | type
类型 genre | type | category
种类 type | kind | species
品类 category
产品 product
名称 name
名字 name
姓名 name
标题 title
人口 population | pop
年龄 age
性别 sex | gender
工资 salary
薪水 salary
薪资 salary
部门 department
员工 employee
职位 job | position
得分 score | points
分数 score
评分 rating | score
评级 rating
数量 quantity | count
重量 weight | weight in lbs
体重 body mass | weight
马力 horsepower
油耗 miles per gallon | mpg
排量 displacement
气缸 cylinders
气缸数 cylinders
加速 acceleration
加速度 acceleration
产地 origin
来源 origin | source
车型 name
汽车 car
电影 movie
美国票房 us gross
每加仑英里 miles per gallon
每加仑英里数 miles per gallon
英里每加仑 miles per gallon
片名 title
导演 director
发行商 distributor
发行公司 distributor
发行日期 release date
上映日期 release date
上映时间 release date
时长 running time | duration
片长 running time
评分人数 votes
题材 genre
风格 genre
温度 temp | temperature
最高温度 temp max
最高气温 temp max
最低温度 temp min
最低气温 temp min
气温 temp | temperature
降水 precipitation
降水量 precipitation
降雨 precipitation
降雨量 precipitation
风速 wind
风力 wind
天气 weather
股票 symbol | stock
股价 price
代码 symbol | code
寿命 life expect | life expectancy
预期寿命 life expect | life expectancy
生育率 fertility
聚类 cluster
物种 species
岛屿 island
岛 island
喙长 beak length
嘴长 beak length
喙深 beak depth
鳍长 flipper length
脚蹼长度 flipper length
体重 body mass
`

const VALUES = `
日本 japan
美国 usa | us | united states
欧洲 europe
中国 china
英国 uk | united kingdom
法国 france
德国 germany
印度 india
喜剧 comedy
剧情 drama
动作 action
恐怖 horror
惊悚 thriller
冒险 adventure
爱情 romantic comedy | romance
纪录片 documentary
音乐剧 musical
西部 western
黑色电影 black comedy
晴 sun
晴天 sun
雨 rain
雨天 rain
下雨 rain
雪 snow
下雪 snow
雾 fog
雾天 fog
毛毛雨 drizzle
男 male
男性 male
女 female
女性 female
雄性 male
雌性 female
阿德利 adelie
阿德利企鹅 adelie
巴布亚 gentoo
巴布亚企鹅 gentoo
帽带 chinstrap
帽带企鹅 chinstrap
微软 msft
苹果 aapl
亚马逊 amzn
谷歌 goog
`

function parse(table: string): Map<string, string[]> {
  const map = new Map<string, string[]>()
  for (const line of table.trim().split('\n')) {
    const [zh, rest] = line.split(/ (.*)/s) as [string, string]
    const list = map.get(zh) ?? []
    list.push(...rest.split('|').map((w) => w.trim()))
    map.set(zh, list)
  }
  return map
}

/** Chinese word → English words it may stand for in column names. */
export const ZH_FIELD_WORDS: ReadonlyMap<string, string[]> = parse(TABLE)

/** Chinese word → English data values it may stand for. */
export const ZH_VALUE_WORDS: ReadonlyMap<string, string[]> = parse(VALUES)
