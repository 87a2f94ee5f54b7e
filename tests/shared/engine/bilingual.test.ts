// The same request in English and in Chinese must give the same chart.
import { beforeAll, describe, expect, it } from 'vitest'
import { generate } from '../../../shared/engine/index'
import { profileTable } from '../../../shared/engine/profile/index'
import type { ChartIntent, Profile } from '../../../shared/engine/types'
import { sampleTable } from './choose/samples'

const FILES = {
  cars: 'cars.json', movies: 'movies.json', weather: 'seattle-weather.csv',
  stocks: 'stocks.csv', gapminder: 'gapminder.json', penguins: 'penguins.json',
} as const

type Dataset = keyof typeof FILES

const CASES: [Dataset, string, string, Partial<ChartIntent>][] = [
  ['cars', 'average horsepower by origin', '按产地的平均马力',
    { chart: 'bar', x: 'Origin', y: 'Horsepower', aggregate: 'mean' }],
  ['cars', 'mpg vs horsepower', '油耗与马力',
    { chart: 'point', x: 'Miles_per_Gallon', y: 'Horsepower' }],
  ['cars', 'number of cars by cylinders', '按气缸数统计汽车数量',
    { chart: 'bar', x: 'Cylinders', aggregate: 'count' }],
  ['cars', 'histogram of weight', '重量的直方图', { chart: 'histogram', x: 'Weight_in_lbs' }],
  ['cars', 'horsepower vs weight for cars from Japan', '日本汽车的马力与重量',
    { chart: 'point', filters: [{ field: 'Origin', op: 'equal', value: 'Japan' }] }],
  ['cars', 'average acceleration per year as a line chart', '每年平均加速度的折线图',
    { chart: 'line', x: 'Year', y: 'Acceleration', aggregate: 'mean' }],
  ['cars', 'count of cars by origin except Europe', '除了欧洲，各产地的汽车数量',
    { x: 'Origin', filters: [{ field: 'Origin', op: 'equal', value: 'Europe', not: true }] }],
  ['cars', 'top 5 names by horsepower', '马力最高的前5个车型',
    { x: 'Name', y: 'Horsepower', top: { n: 5, order: 'descending' } }],
  ['cars', 'top 10 cars by horsepower', '马力最高的前十名车型',
    { chart: 'bar', x: 'Name', y: 'Horsepower', top: { n: 10, order: 'descending' } }],
  ['cars', 'top 10 cars by mpg', '油耗最高的10辆车',
    { chart: 'bar', x: 'Name', y: 'Miles_per_Gallon', top: { n: 10, order: 'descending' } }],
  ['cars', 'average horsepower by origin for cars with more than 4 cylinders', '气缸数超过4的汽车按产地的平均马力',
    { x: 'Origin', y: 'Horsepower', aggregate: 'mean', color: undefined,
      filters: [{ field: 'Cylinders', op: 'gt', value: 4 }] }],
  ['weather', 'precipitation total per month since 2014', '2014年以后每月的降水总量',
    { x: 'date', timeUnit: 'month', y: 'precipitation', aggregate: 'sum' }],
  ['weather', 'count of weather types by month, stacked', '按月统计各天气类型的天数，堆叠',
    { chart: 'bar', x: 'date', timeUnit: 'month', color: 'weather', aggregate: 'count' }],
  ['cars', 'weight by origin as a box plot', '按产地的重量箱线图',
    { chart: 'boxplot', x: 'Origin', y: 'Weight_in_lbs' }],
  ['cars', 'average mpg by cylinders for horsepower over 100', '马力超过100的汽车按气缸数的平均油耗',
    { x: 'Cylinders', y: 'Miles_per_Gallon', aggregate: 'mean',
      filters: [{ field: 'Horsepower', op: 'gt', value: 100 }] }],
  ['movies', 'average IMDB rating by major genre', '各类型电影的平均IMDB评分',
    { x: 'Major Genre', y: 'IMDB Rating', aggregate: 'mean' }],
  ['movies', 'production budget vs worldwide gross', '预算与全球票房',
    { chart: 'point', x: 'Production Budget', y: 'Worldwide Gross' }],
  ['movies', 'number of movies per year', '每年的电影数量',
    { x: 'Release Date', timeUnit: 'year', aggregate: 'count' }],
  ['movies', 'total US gross by distributor, top 10', '美国票房总和最高的前10个发行商',
    { x: 'Distributor', y: 'US Gross', aggregate: 'sum', top: { n: 10, order: 'descending' } }],
  ['movies', 'share of movies by MPAA rating as a pie chart', '各MPAA评级的电影占比饼图',
    { chart: 'arc', x: 'MPAA Rating', aggregate: 'count' }],
  ['movies', 'worldwide gross of comedies and dramas by year', '喜剧和剧情片每年的全球票房',
    { x: 'Release Date', y: 'Worldwide Gross',
      filters: [{ field: 'Major Genre', op: 'oneOf', value: ['Comedy', 'Drama'] }] }],
  ['weather', 'average max temperature by month', '每月平均最高气温',
    { x: 'date', timeUnit: 'month', y: 'temp_max', aggregate: 'mean' }],
  ['weather', 'precipitation over time', '降水量随时间的变化',
    { chart: 'line', x: 'date', y: 'precipitation' }],
  ['weather', 'count of days by weather type', '各天气类型的天数',
    { chart: 'bar', x: 'weather', aggregate: 'count' }],
  ['weather', 'max temperature vs min temperature colored by weather',
    '最高气温与最低气温的散点图，按天气着色',
    { chart: 'point', x: 'temp_max', y: 'temp_min', color: 'weather' }],
  ['weather', 'total precipitation by weather as a pie chart', '各天气的降水总量饼图',
    { chart: 'arc', x: 'weather', y: 'precipitation', aggregate: 'sum' }],
  ['weather', 'rainy days per year', '每年的下雨天数',
    { x: 'date', timeUnit: 'year', filters: [{ field: 'weather', op: 'equal', value: 'rain' }] }],
  ['stocks', 'price over time by symbol', '各股票价格随时间的走势',
    { chart: 'line', x: 'date', y: 'price', color: 'symbol' }],
  ['stocks', 'price of each stock since 2008', '2008年以后每只股票的价格',
    { chart: 'line', x: 'date', y: 'price', color: 'symbol',
      filters: [{ field: 'date', op: 'gte', value: 2008, timeUnit: 'year' }] }],
  ['stocks', 'AAPL vs MSFT price over time', 'AAPL和MSFT的价格走势',
    { chart: 'line', x: 'date', y: 'price', color: 'symbol',
      filters: [{ field: 'symbol', op: 'oneOf', value: ['AAPL', 'MSFT'] }] }],
  ['penguins', 'average body mass by species and sex', '按物种和性别的平均体重',
    { chart: 'bar', x: 'Species', y: 'Body Mass (g)', aggregate: 'mean', color: 'Sex' }],
  ['movies', 'average rating by genre', '各类型的平均评分',
    { x: 'Major Genre', y: 'IMDB Rating', aggregate: 'mean' }],
  ['movies', 'max director', '导演的最大值',
    { x: 'Director', aggregate: 'count', y: undefined }],
  ['stocks', 'average price per symbol', '每个股票代码的平均价格',
    { x: 'symbol', y: 'price', aggregate: 'mean' }],
  ['stocks', 'trend of the AAPL price', '苹果的股价走势',
    { chart: 'line', x: 'date', y: 'price',
      filters: [{ field: 'symbol', op: 'equal', value: 'AAPL' }] }],
  ['stocks', 'maximum price by symbol since 2005', '2005年以后各股票的最高价格',
    { x: 'symbol', y: 'price', aggregate: 'max',
      filters: [{ field: 'date', op: 'gte', value: 2005, timeUnit: 'year' }] }],
  ['gapminder', 'life expectancy vs fertility colored by cluster', '预期寿命与生育率的散点图，按聚类着色',
    { chart: 'point', x: 'life_expect', y: 'fertility', color: 'cluster' }],
  ['gapminder', 'average life expectancy per year', '每年的平均预期寿命',
    { x: 'year', y: 'life_expect', aggregate: 'mean' }],
  ['gapminder', 'total population by year as a line chart', '每年总人口的折线图',
    { chart: 'line', x: 'year', y: 'pop', aggregate: 'sum' }],
  ['gapminder', 'trend of the population of China', '中国的人口变化趋势',
    { chart: 'line', y: 'pop', filters: [{ field: 'country', op: 'equal', value: 'China' }] }],
  ['penguins', 'flipper length vs body mass by species', '各物种的鳍长与体重散点图',
    { chart: 'point', x: 'Flipper Length (mm)', y: 'Body Mass (g)', color: 'Species' }],
  ['penguins', 'count of penguins by island and species', '按岛屿和物种统计企鹅数量',
    { x: 'Island', color: 'Species', aggregate: 'count' }],
  ['penguins', 'average beak length per species', '各物种的平均喙长',
    { x: 'Species', y: 'Beak Length (mm)', aggregate: 'mean' }],
  ['penguins', 'body mass by sex as a box plot', '按性别的体重箱线图',
    { chart: 'boxplot', x: 'Sex', y: 'Body Mass (g)' }],
]

const profiles = new Map<Dataset, Profile>()

beforeAll(() => {
  for (const [name, file] of Object.entries(FILES)) {
    profiles.set(name as Dataset, profileTable(sampleTable(file)))
  }
})

function chart(dataset: Dataset, prompt: string): ChartIntent {
  const result = generate({ profile: profiles.get(dataset)!, prompts: [prompt] })
  if (!result.ok) throw new Error(`${prompt}: ${result.error.message}`)
  const { sort: _sort, layout: _layout, ...intent } = result.state.intent
  return intent
}

describe('bilingual', () => {
  it('has at least thirty request pairs', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30)
  })

  it.each(CASES)('%s: "%s" = "%s"', (dataset, en, zh, expected) => {
    const english = chart(dataset, en)
    expect(english).toMatchObject(expected)
    expect(chart(dataset, zh)).toEqual(english)
  })
})
