import { describe, expect, it } from 'vitest'
import { detectDateOrder, parseDate } from '../../../../shared/engine/profile/dates'

describe('profile/dates', () => {
  it.each([
    ['2024-01-05', '2024-01-05', 'day'],
    ['2024-01-05T08:30:00Z', '2024-01-05T08:30:00', 'datetime'],
    ['2015-08-21 17:03:09', '2015-08-21T17:03:09', 'datetime'],
    ['8/21/2015 17:03', '2015-08-21T17:03:00', 'datetime'],
    ['8/21/2015 5:03 PM', '2015-08-21T17:03:00', 'datetime'],
    ['1/5/24', '2024-01-05', 'day'],
    ['1/5/95', '1995-01-05', 'day'],
    ['2024/1/5', '2024-01-05', 'day'],
    ['2024年1月5日', '2024-01-05', 'day'],
    ['2024年3月', '2024-03-01', 'month'],
    ['2024-01', '2024-01-01', 'month'],
    ['Jan 5, 2024', '2024-01-05', 'day'],
    ['5 March 2024', '2024-03-05', 'day'],
    ['Sept 2023', '2023-09-01', 'month'],
    ['28-AUG-2011', '2011-08-28', 'day'],
    ['2009', '2009-01-01', 'year'],
    ['2018年', '2018-01-01', 'year'],
  ])('reads %s', (text, iso, granularity) => {
    expect(parseDate(text)).toEqual({ iso, granularity })
  })

  it.each(['2024-02-30', '13/13/2020', '2023-13', 'Foo 5, 2024', '12', '25:00'])(
    'rejects %s', (text) => { expect(parseDate(text)).toBeNull() })

  it('reads day-first dates when told so', () => {
    expect(parseDate('3/4/2024', 'dmy')?.iso).toBe('2024-04-03')
    expect(detectDateOrder(['3/4/2024', '25/4/2024'])).toBe('dmy')
    expect(detectDateOrder(['3/4/2024', '4/25/2024'])).toBe('mdy')
  })
})
