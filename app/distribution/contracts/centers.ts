import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type { UserProfile } from '#users/contracts/users'

/**
 * The distribution module's public surface. Other modules refer to a center
 * by its `center_code` and ask here whether it exists and what it looks
 * like; every method is batch-capable.
 */

/** A staff member as callers who may not see personal data see them: the name only. */
export type StaffMemberName = { fullname: string | null }

/**
 * A center in the reference API's shape: `staff_members` resolved to
 * profiles, or to names only for callers who may not see personal data
 * (`withoutPersonalData`).
 */
export type CenterView = {
  uuid: string
  center_code: string
  name: string
  staff_members: UserProfile[] | StaffMemberName[]
}

/** The center as a driver sees it: its staff by name only. */
export function withoutPersonalData(center: CenterView): CenterView {
  return {
    ...center,
    staff_members: center.staff_members.map((member) => ({ fullname: member.fullname })),
  }
}

export abstract class CenterDirectory {
  /**
   * Which of `codes` name no center. Inside a caller's transaction the
   * existing centers are share-locked, so none can be deleted or re-coded
   * before that transaction ends.
   */
  abstract missingCenters(
    codes: string[],
    options?: { trx?: TransactionClientContract }
  ): Promise<string[]>

  async centersExist(codes: string[], options?: { trx?: TransactionClientContract }) {
    const missing = await this.missingCenters(codes, options)
    return missing.length === 0
  }

  /** Centers by code; unknown codes are absent from the map. */
  abstract getCenters(codes: string[]): Promise<Map<string, CenterView>>

  /**
   * Every center's code and name, by name, for pickers (a network has tens
   * or hundreds of centers, not millions).
   */
  abstract centerNames(): Promise<CenterName[]>
}

export type CenterName = { center_code: string; name: string }

/**
 * Says why a center code may not go away (deleted or re-coded), or null. A
 * module that stores center codes registers one, so distribution never has
 * to know who refers to it. Runs in the deleting transaction, after the
 * center row is locked.
 */
export type CenterReferenceCheck = (
  centerCode: string,
  trx: TransactionClientContract
) => Promise<string | null>

export abstract class CenterReferences {
  abstract register(check: CenterReferenceCheck): void

  /** The first registered check's reason, or null when nothing refers to the code. */
  abstract referenceTo(centerCode: string, trx: TransactionClientContract): Promise<string | null>
}
