import { schema } from '#core/openapi/schema'
import type DistributionCenter from '#distribution/models/distribution_center'
import type { CenterView } from '#distribution/contracts/centers'
import { CENTER_CODE_MAX_LENGTH } from '#distribution/contracts/center_code'
import type { UserProfile } from '#users/contracts/users'

/** What a center's view is made of: a model fits, so does a plain row read for it. */
export type CenterFacts = Pick<DistributionCenter, 'id' | 'uuid' | 'centerCode' | 'name'>

export class CenterTransformer {
  /** The answer's shape (API reference); contract tests hold `toJson` to it. */
  static schema = schema.object({
    uuid: schema.uuid(),
    center_code: schema.string({ maxLength: CENTER_CODE_MAX_LENGTH }),
    name: schema.string({ maxLength: 64 }),
    staff_members: schema.array(
      schema.oneOf(schema.ref('UserProfile'), schema.ref('StaffMemberName'))
    ),
  })

  /** A staff member as drivers see them (`withoutPersonalData`). */
  static staffMemberNameSchema = schema.object({ fullname: schema.nullable(schema.string()) })

  static toJson(center: CenterFacts, staff: UserProfile[]): CenterView {
    return {
      uuid: center.uuid,
      center_code: center.centerCode,
      name: center.name,
      staff_members: staff,
    }
  }
}
