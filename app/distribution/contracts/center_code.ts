import { codeField } from '#core/validation/code'

export const CENTER_CODE_MAX_LENGTH = 16

/**
 * A center code as every module accepts it (distribution when a center is
 * made or re-coded, shipping when a transport names its route): trimmed,
 * 1 to 16 characters of the code format routes reach (#core/validation/code).
 */
export const centerCodeField = () => codeField().minLength(1).maxLength(CENTER_CODE_MAX_LENGTH)
