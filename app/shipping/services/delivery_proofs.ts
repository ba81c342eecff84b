import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import type { MultipartFile } from '@adonisjs/core/bodyparser'
import drive from '@adonisjs/drive/services/main'
import type { Sharp } from 'sharp'
import env from '#start/env'
import { FieldError, FieldErrors } from '#core/exceptions/domain_error'

/** The parts of a proof of delivery, as the form and the API name them. */
export const PROOF_PARTS = ['photo', 'signature', 'name'] as const
export type ProofPart = (typeof PROOF_PARTS)[number]

/** What the driver sent: files as uploaded, the name as typed. */
export type ProofInput = { photo?: MultipartFile; signature?: MultipartFile; name?: string }

/** A proof ready to store: the files re-encoded, under the keys they will have. */
export type PreparedProof = {
  receiverName: string | null
  photo: { key: string; bytes: Buffer } | null
  signature: { key: string; bytes: Buffer } | null
}

/** Longest side of a stored photo: enough to read a label, not a phone camera's 4000 px. */
const PHOTO_MAX_SIDE = 1600

/**
 * Which parts a driver must give (PROOF_OF_DELIVERY_REQUIRED). A class so
 * tests can swap it in the container.
 */
export class ProofRequirements {
  required(): ProofPart[] {
    return env.get('PROOF_OF_DELIVERY_REQUIRED')
  }
}

const MISSING: Record<ProofPart, string> = {
  photo: 'Take a photo of the delivered goods.',
  signature: 'Ask the receiver to sign.',
  name: "Enter the receiver's name.",
}

/** Refuses a proof that lacks a required part: one 400 entry per missing part. */
export function refuseIncomplete(proof: PreparedProof | null, required: ProofPart[]) {
  const given: Record<ProofPart, boolean> = {
    photo: Boolean(proof?.photo),
    signature: Boolean(proof?.signature),
    name: Boolean(proof?.receiverName),
  }
  const missing = required.filter((part) => !given[part])
  if (missing.length > 0) {
    throw new FieldErrors(
      missing.map((part) => ({ field: part, code: 'required', message: MISSING[part] }))
    )
  }
}

/**
 * Checks and re-encodes what was sent, before any transaction: only what
 * sharp re-encodes is kept (the photo turned upright as JPEG, the signature
 * as PNG), so metadata (EXIF: GPS, device) and bytes around the image do not
 * reach the disk. Null when nothing was given.
 */
export async function prepareProof(input: ProofInput): Promise<PreparedProof | null> {
  const receiverName = input.name?.trim() || null
  const stem = `proofs/${randomBytes(12).toString('hex')}`
  const photo = input.photo
    ? {
        key: `${stem}/photo.jpg`,
        bytes: await reencode(input.photo, 'photo', (image) =>
          image
            .rotate()
            .resize(PHOTO_MAX_SIDE, PHOTO_MAX_SIDE, { fit: 'inside', withoutEnlargement: true })
            .jpeg({ quality: 82 })
        ),
      }
    : null
  const signature = input.signature
    ? {
        key: `${stem}/signature.png`,
        bytes: await reencode(input.signature, 'signature', (image) => image.png()),
      }
    : null
  if (!receiverName && !photo && !signature) return null
  return { receiverName, photo, signature }
}

async function reencode(
  file: MultipartFile,
  field: 'photo' | 'signature',
  convert: (image: Sharp) => Sharp
) {
  // Loaded on the first upload: libvips is ~19 MiB of resident memory that
  // a web process which never receives a proof does not need.
  const { default: sharp } = await import('sharp')
  try {
    const bytes = await readFile(file.tmpPath!)
    const { format } = await sharp(bytes).metadata()
    if (!format || !['jpeg', 'png', 'webp', 'heif', 'avif'].includes(format)) {
      throw new Error(`unsupported format ${format}`)
    }
    return await convert(sharp(bytes)).toBuffer()
  } catch {
    throw new FieldError(
      field,
      `Upload a valid image for the ${field}. The file is not an image or is corrupted.`,
      'invalid_image'
    )
  }
}

/** Writes a prepared proof's files; returns a function that removes them again. */
export async function storeProofFiles(proof: PreparedProof) {
  const files = [proof.photo, proof.signature].filter((file) => file !== null)
  for (const file of files) await drive.use().put(file.key, file.bytes)
  return async () => {
    await Promise.allSettled(files.map((file) => drive.use().delete(file.key)))
  }
}

/** Public URL of a stored proof file. */
export async function proofFileUrl(key: string | null) {
  return key ? drive.use().getUrl(key) : null
}
