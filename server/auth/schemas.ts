import { z } from 'zod'

// Imported by the account pages too, so the browser checks the same limits as the server.
export const PASSWORD_MIN = 8
export const PASSWORD_MAX = 128
export const NAME_MIN = 3
export const NAME_MAX = 32
export const NAME_PATTERN = /^[a-z0-9_-]+$/
export const DISPLAY_NAME_MAX = 64
export const LOCALES = ['en', 'zh-CN'] as const

export type Locale = (typeof LOCALES)[number]

export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value)
}

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email().max(254))
export const passwordSchema = z.string().min(PASSWORD_MIN).max(PASSWORD_MAX)
export const nameSchema = z.string().trim().toLowerCase()
  .pipe(z.string().min(NAME_MIN).max(NAME_MAX).regex(NAME_PATTERN))
export const displayNameSchema = z.string().trim().min(1).max(DISPLAY_NAME_MAX)
export const localeSchema = z.enum(LOCALES)

export const registerBodySchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  name: nameSchema.optional(),
  displayName: displayNameSchema.optional(),
  locale: localeSchema.optional(),
})

// No length rules on sign-in: a too-short password is simply wrong, not a malformed request.
export const loginBodySchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(1024),
})

export const accountPatchSchema = z.object({
  displayName: displayNameSchema.nullable().optional(),
  locale: localeSchema.optional(),
}).refine(body => body.displayName !== undefined || body.locale !== undefined)

export const passwordChangeSchema = z.object({
  currentPassword: z.string().min(1).max(1024),
  newPassword: passwordSchema,
})

export const accountDeleteSchema = z.object({
  password: z.string().min(1).max(1024),
})

export type RegisterBody = z.infer<typeof registerBodySchema>
export type LoginBody = z.infer<typeof loginBodySchema>
export type AccountPatch = z.infer<typeof accountPatchSchema>
