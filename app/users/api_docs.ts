import { defineApiDocs } from '#core/openapi/api_docs'
import { schema } from '#core/openapi/schema'
import { ProfileTransformer } from '#users/transformers/profile_transformer'
import { updateProfileValidator } from '#users/validators/profile_validator'

const profile = schema.ref('UserProfile')

export default defineApiDocs({
  tag: { name: 'users', description: 'Profiles of staff members and drivers.' },
  schemas: { UserProfile: ProfileTransformer.schema },
  operations: {
    'api.users.self.show': {
      summary: "The caller's own profile",
      responses: { 200: profile },
    },
    'api.users.self.update': {
      summary: "Change the caller's fullname, date of birth (drivers) or image",
      description:
        'A multipart form when it carries an `image` (jpg, jpeg, png or webp, at most 5 MB).',
      body: updateProfileValidator,
      bodyEncoding: 'multipart',
      responses: { 200: profile },
      errorCodes: { 400: ['invalid_image'] },
    },
    'api.users.lookup': {
      summary: "Another user's profile, by uuid (staff only)",
      responses: { 200: profile },
    },
  },
})
