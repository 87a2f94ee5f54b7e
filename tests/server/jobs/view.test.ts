import { describe, expect, it } from 'vitest'
import { jobView } from '../../../server/jobs/view'

describe('jobs/view', () => {
  it('leaves the owner out and spells the failure in the reader\'s language', () => {
    const job = { id: 'j', owner: 'ann', state: 'failed' as const, error: 'timeout', createdAt: 1 }
    expect(jobView(job, 'zh-CN')).toEqual({
      id: 'j', state: 'failed', createdAt: 1,
      error: { code: 'timeout', message: '生成图表耗时过长，请尝试更简单的描述。' },
    })
    expect(jobView({ ...job, error: 'weird' }, 'en').error?.code).toBe('weird')
    expect(jobView({ ...job, error: 'weird' }, 'en').error?.message).toMatch(/went wrong/)
  })
})
