// Sample datasets offered to everyone, copied from the vega-datasets package on first start.
export interface SampleDefinition {
  slug: string
  /** File name inside vega-datasets/data. */
  file: string
  title: string
  titleZh: string
}

export const SAMPLES: SampleDefinition[] = [
  { slug: 'seattle-weather', file: 'seattle-weather.csv',
    title: 'Seattle weather 2012–2015', titleZh: '西雅图天气 2012–2015' },
  { slug: 'gapminder-health-income', file: 'gapminder-health-income.csv',
    title: 'Health and income of nations', titleZh: '各国健康与收入' },
  { slug: 'gapminder', file: 'gapminder.json',
    title: 'Gapminder: life expectancy and fertility', titleZh: 'Gapminder：预期寿命与生育率' },
  { slug: 'cars', file: 'cars.json',
    title: 'Cars of the 1970s and 80s', titleZh: '七八十年代的汽车' },
  { slug: 'stocks', file: 'stocks.csv',
    title: 'Tech stock prices', titleZh: '科技股价格' },
  { slug: 'penguins', file: 'penguins.json',
    title: 'Palmer penguins', titleZh: '帕尔默企鹅' },
  { slug: 'iowa-electricity', file: 'iowa-electricity.csv',
    title: 'Iowa electricity by source', titleZh: '爱荷华州各来源发电量' },
  { slug: 'barley', file: 'barley.json',
    title: 'Barley yields in Minnesota', titleZh: '明尼苏达州大麦产量' },
  { slug: 'movies', file: 'movies.json',
    title: 'Movies: budgets, grosses and ratings', titleZh: '电影：预算、票房与评分' },
]
