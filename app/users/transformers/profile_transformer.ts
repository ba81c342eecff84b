import type User from '#users/models/user'
import type UserProfile from '#users/models/user_profile'
import type { UserProfile as ProfileJson } from '#users/contracts/users'

/**
 * A user's profile in the reference API's shape. The type decides the
 * shape: staff get `permission_group`, drivers `dob`. Empty strings become
 * null, as the reference does.
 */
export class ProfileTransformer {
  static toJson(user: User, profile: UserProfile | null, imageUrl: string | null): ProfileJson {
    const fullname = profile?.fullname || null
    const identity = {
      uuid: user.uuid,
      phonenumber: user.phonenumber || null,
      username: user.username,
    }
    if (user.type === 'DRIVER') {
      const dob = profile?.dob?.toISODate() ?? null
      return { fullname, dob, image: imageUrl, ...identity, type: 'DRIVER' }
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
