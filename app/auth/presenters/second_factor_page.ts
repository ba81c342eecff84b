import QRCode from 'qrcode'
import type { SecondFactorStatus } from '#auth/queries/second_factor_status'

/**
 * The security settings page's props. The enrolment QR code is drawn here,
 * on the server, as an SVG data URL: no QR library in the browser bundle.
 */
export async function presentSecondFactorPage(
  status: SecondFactorStatus,
  recoveryCodes: string[] | null
) {
  return {
    status: {
      enabled: status.enabled,
      enabledAt: status.enabledAt?.toISOString() ?? null,
      recoveryCodesLeft: status.recoveryCodesLeft,
      required: status.required,
    },
    enrolment: status.pending
      ? {
          // Grouped by four for reading aloud or typing; apps ignore the spaces.
          secret: status.pending.secret.match(/.{1,4}/g)!.join(' '),
          qrCode: await qrDataUrl(status.pending.uri),
          // The same, as a link: an app on the device that shows the page opens it.
          uri: status.pending.uri,
        }
      : null,
    recoveryCodes,
    disable: { allowed: status.disableRefused === null, reason: status.disableRefused },
  }
}

async function qrDataUrl(uri: string) {
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
}
