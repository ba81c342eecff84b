import { defineApiDocs, filter, listQuery, pageOf } from '#core/openapi/api_docs'
import { schema } from '#core/openapi/schema'
import { CenterTransformer } from '#distribution/transformers/center_transformer'
import { CenterCodeTaken, CenterInUse, NotAStaffUser } from '#distribution/exceptions/center_errors'
import {
  centerChangesValidator,
  centerStaffValidator,
  centerValidator,
} from '#distribution/validators/center_validators'
import { CENTER_ORDERING } from '#distribution/validators/list_validators'

const center = schema.ref('DistributionCenter')
const inUse = new CenterInUse('ICN', 'an open transport leaves from it')
const MANAGE = 'Administrators only.'

export default defineApiDocs({
  tag: { name: 'distribution', description: 'Distribution centers and their staff.' },
  schemas: {
    DistributionCenter: CenterTransformer.schema,
    StaffMemberName: CenterTransformer.staffMemberNameSchema,
  },
  operations: {
    'api.distribution.centers.index': {
      summary: 'List distribution centers',
      description:
        "Drivers see each center's staff by name only (`StaffMemberName`), as in the centers inside their transports.",
      scope: 'distribution:read',
      query: listQuery({
        ordering: Object.keys(CENTER_ORDERING),
        defaultOrder: 'by center code',
        filters: [
          filter('center_code', 'Exact center code.', schema.string()),
          filter('name', 'Exact name.', schema.string()),
          filter('search', 'Part of the center code or name, in any case.', schema.string()),
        ],
      }),
      responses: { 200: pageOf(center) },
    },
    'api.distribution.centers.store': {
      summary: 'Create a distribution center',
      description: MANAGE,
      scope: 'distribution:write',
      body: centerValidator,
      responses: { 201: center },
      errors: [CenterCodeTaken],
    },
    'api.distribution.centers.show': {
      summary: 'One distribution center',
      scope: 'distribution:read',
      responses: { 200: center },
    },
    'api.distribution.centers.replace': {
      summary: 'Replace a center’s code and name',
      description: `${MANAGE} A center still used by an open transport or an item keeps its code (409).`,
      scope: 'distribution:write',
      body: centerValidator,
      responses: { 200: center },
      errors: [CenterCodeTaken, inUse],
    },
    'api.distribution.centers.update': {
      summary: 'Change a center’s code or name',
      description: `${MANAGE} \`null\` or \`""\` is refused.`,
      scope: 'distribution:write',
      body: centerChangesValidator,
      responses: { 200: center },
      errors: [CenterCodeTaken, inUse],
    },
    'api.distribution.centers.destroy': {
      summary: 'Delete a center that nothing uses',
      description: MANAGE,
      scope: 'distribution:write',
      responses: { 204: null },
      errors: [inUse],
    },
    'api.distribution.centers.staff.add': {
      summary: 'Add a staff member to a center',
      description: `${MANAGE} Only active STAFF users can be members.`,
      scope: 'distribution:write',
      body: centerStaffValidator,
      responses: { 200: center },
      errors: [NotAStaffUser],
    },
    'api.distribution.centers.staff.remove': {
      summary: 'Remove a staff member from a center',
      description: MANAGE,
      scope: 'distribution:write',
      body: centerStaffValidator,
      responses: { 200: center },
    },
  },
})
