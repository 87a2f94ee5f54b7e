import type { ApiTokenRepository } from '../repositories/api-tokens'
import type { SessionRepository } from '../repositories/sessions'
import type { UserRepository } from '../repositories/users'

/** The slice of the data layer that accounts need; tests can hand in any store that fits. */
export interface AuthRepos {
  users: Pick<UserRepository,
    'create' | 'findById' | 'findByEmail' | 'findByName' | 'update' | 'delete'>
  sessions: Pick<SessionRepository, 'create' | 'find' | 'extend' | 'delete' | 'deleteAllForUser'>
  apiTokens: Pick<ApiTokenRepository, 'findByHash'>
}
