import { schema } from '#core/openapi/schema'
import type User from '#users/models/user'
import type { UserProfile as ProfileJson } from '#users/contracts/users'

/** What a profile is made of: the account's fields, and the profile's (null without one). */
export type ProfileFacts = Pick<User, 'uuid' | 'username' | 'phonenumber' | 'type' | 'isAdmin'> & {
  fullname: string | null
  /** `yyyy-MM-dd` */
  dob: string | null
}

/**
 * A user's profile in the reference API's shape. The type decides the
 * shape: staff get `permission_group`, drivers `dob`. Empty strings become
 * null, as the reference does.
 */
export class ProfileTransformer {
  /** The answer's shape (API reference); contract tests hold `toJson` to it. */
  static schema = schema.oneOf(
    schema.object({
      fullname: schema.nullable(schema.string()),
      image: schema.nullable(schema.string({ format: 'uri' })),
      permission_group: schema.array(schema.choice(['admin'])),
      uuid: schema.uuid(),
      phonenumber: schema.nullable(schema.string()),
      username: schema.string(),
      type: schema.choice(['STAFF']),
    }),
    schema.object({
      fullname: schema.nullable(schema.string()),
      dob: schema.nullable(schema.date()),
      image: schema.nullable(schema.string({ format: 'uri' })),
      uuid: schema.uuid(),
      phonenumber: schema.nullable(schema.string()),
      username: schema.string(),
      type: schema.choice(['DRIVER']),
    })
  )

  static toJson(user: ProfileFacts, imageUrl: string | null): ProfileJson {
    const fullname = user.fullname || null
    const identity = {
      uuid: user.uuid,
      phonenumber: user.phonenumber || null,
      username: user.username,
    }
    if (user.type === 'DRIVER') {
      return { fullname, dob: user.dob, image: imageUrl, ...identity, type: 'DRIVER' }
    }
    const permissionGroup = user.isAdmin ? ['admin'] : []
    return {
      fullname,
      image: imageUrl,
      permission_group: permissionGroup,
      ...identity,
      type: 'STAFF',
    }
  }
}
