import { UserProfileSchema } from '#database/schema'

export default class UserProfile extends UserProfileSchema {
  static table = 'user_profiles'
}
