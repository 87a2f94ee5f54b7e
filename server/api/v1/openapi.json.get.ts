import { defineV1Handler } from '../../v1/handler'
import { openApiDocument } from '../../v1/openapi'
import { useAppSettings } from '../../utils/services'

// Public, like any API reference: it describes the routes, it grants nothing.
export default defineV1Handler(async () => openApiDocument(useAppSettings().siteUrl))
