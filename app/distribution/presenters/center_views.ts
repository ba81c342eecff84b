import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import { inListCondition } from '#core/db/id_lists'
import { preparedRows } from '#core/db/prepared'
import { CenterTransformer, type CenterFacts } from '#distribution/transformers/center_transformer'
import { UserDirectory } from '#users/contracts/users'
import type { CenterView } from '#distribution/contracts/centers'

/**
 * Centers with their staff resolved to profiles: one membership query and
 * one profile batch for any number of centers. Every transport a list shows
 * embeds its two centers, so the membership query is a prepared statement
 * read as plain rows.
 */
@inject()
export class CenterViews {
  constructor(private users: UserDirectory) {}

  async of(centers: CenterFacts[]): Promise<CenterView[]> {
    if (centers.length === 0) return []
    const client = db.connection()
    const list = inListCondition(
      client,
      '"center_id"',
      centers.map((center) => center.id)
    )
    const members = await preparedRows<{ center_id: number; user_uuid: string }>(
      'select "center_id", "user_uuid" from "distribution_center_staff" ' +
        `where ${list.sql} order by "created_at", "user_uuid"`,
      [list.binding],
      client
    )
    const profiles = await this.users.profiles(members.map((member) => member.user_uuid))
    return centers.map((center) =>
      CenterTransformer.toJson(
        center,
        members
          .filter((member) => member.center_id === center.id)
          .flatMap((member) => profiles.get(member.user_uuid) ?? [])
      )
    )
  }

  async one(center: CenterFacts): Promise<CenterView> {
    const [view] = await this.of([center])
    return view
  }
}
