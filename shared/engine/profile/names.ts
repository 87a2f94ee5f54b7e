// What a column's name suggests about its values. Names are split at camelCase boundaries
// first, so "StuID" and "FoundedYear" read like "Stu_ID" and "Founded_Year".
function words(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase()
}

const yearWords = /(?:^|[^a-z])(?:year|yr|yyyy|season)s?(?:[^a-z]|$)|年份|年度|^年$|年$/
const idWords = /(?:^|[^a-z])(?:id|key|code|uuid|no)$|^(?:id|key|code)(?:[^a-z]|$)|编号|代码|序号|学号|工号/
const codeWords = /zip|postal|postcode|phone|tel(?:ephone)?(?:[^a-z]|$)|fax|邮编|电话|手机/
const measureWords = new RegExp(
  'price|amount|count|total|salary|sum|number|score|point|height|weight|population|sales'
  + '|revenue|cost|capacity|enrol|budget|age|size|rank|area|length|speed|vote|money|income'
  + '|value|quantity|qty|fee|rate|pay|价|额|数|量|分',
)

const dateWords = /date|day|time|birth|dob|日期|时间|生日/

export const isDateName = (name: string) => dateWords.test(words(name))
export const isYearName = (name: string) => yearWords.test(words(name))
export const isIdName = (name: string) => idWords.test(words(name))
export const isCodeName = (name: string) => codeWords.test(words(name))
export const isMeasureName = (name: string) => measureWords.test(words(name))
