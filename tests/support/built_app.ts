import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { promisify } from 'node:util'
import app from '@adonisjs/core/services/app'
import env from '#start/env'
import queueConfig from '#config/queue'
import { entryChunk } from '#start/hooks/entry_chunk_budget'
import { waitUntilServing } from '#tests/support/network'
import { SmsCapture } from '#tests/support/sms_capture'

const run = promisify(execFile)

let build: Promise<ReturnType<typeof entryChunk>> | undefined

/**
 * `node ace build`, once per test run: every file of the built suite shares
 * it. Prints the entry chunk's size as the build reports it.
 */
export function buildOnce() {
  build ??= (async () => {
    const { stdout } = await run(process.execPath, ['ace', 'build'], {
      cwd: app.makePath(),
      env: { ...process.env, NODE_ENV: undefined },
      maxBuffer: 16 * 1024 * 1024,
    }).catch((error) => {
      throw new Error(`node ace build failed:\n${error.stdout}\n${error.stderr}`)
    })
    const line = stdout.split('\n').find((text) => text.includes('entry JS'))
    console.log(`  built: ${line?.replace(/^.*entry JS/, 'entry JS') ?? 'no entry size line'}`)
    return entryChunk(app.makePath())
  })()
  return build
}

/**
 * The environment of a built process (NODE_ENV=production) on this test
 * run's database, Redis and queue prefix. Processes given the same
 * `APP_KEY` read each other's cookies, as one deployment's processes do.
 */
export function productionEnv(overrides: Record<string, string | undefined> = {}) {
  return {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    APP_KEY: randomBytes(32).toString('base64url'),
    LOG_LEVEL: process.env.BUILT_LOG_LEVEL ?? 'warn',
    SESSION_DRIVER: 'redis',
    DB_CONNECTION: env.get('DB_CONNECTION', 'sqlite'),
    SQLITE_FILE: app.config.get<string>('database.connections.sqlite.connection.filename'),
    PG_HOST: env.get('PG_HOST'),
    PG_PORT: env.get('PG_PORT')?.toString(),
    PG_USER: env.get('PG_USER'),
    PG_PASSWORD: env.get('PG_PASSWORD')?.release(),
    PG_DB_NAME: env.get('PG_DB_NAME'),
    REDIS_HOST: env.get('REDIS_HOST'),
    REDIS_PORT: String(env.get('REDIS_PORT')),
    REDIS_PASSWORD: env.get('REDIS_PASSWORD')?.release(),
    REDIS_DB: env.get('REDIS_DB')?.toString(),
    QUEUE_PREFIX: queueConfig.prefix,
    QUEUE_WORKERS_EXPECTED: 'false',
    ...overrides,
  }
}

/**
 * The app as production runs it: `node ace build`, then the built web server
 * (NODE_ENV=production) and a built queue worker, on this test run's
 * database and queue prefix. SMS go out through the real http driver to a
 * capture server here, so a driver can sign in with the code they carry.
 */
export class BuiltApp {
  readonly sms = new SmsCapture()
  #processes: ChildProcess[] = []
  #output = ''

  /** The last output of the built processes (for a failing test's message). */
  get output() {
    return this.#output
  }

  constructor(readonly port = env.get('PORT') + 1) {}

  get url() {
    return `http://127.0.0.1:${this.port}`
  }

  /** Builds the app (once per test run); prints the entry chunk's size. */
  build() {
    return buildOnce()
  }

  async start() {
    const smsUrl = await this.sms.start()
    const childEnv = productionEnv({
      PORT: String(this.port),
      SMS_DRIVER: 'http',
      SMS_HTTP_URL: smsUrl,
    })
    this.#spawn(['build/bin/server.js'], childEnv)
    this.#spawn(
      ['build/ace.js', 'queue:work', '--queue=notifications', '--no-schedulers'],
      childEnv
    )
    await waitUntilServing(`${this.url}/health/live`, this.#processes, () => this.#output)
  }

  /** The code in the last SMS sent to this number (waits for the worker). */
  codeSentTo(phonenumber: string) {
    return this.sms.codeSentTo(phonenumber, 20_000, () => this.#output)
  }

  async stop() {
    await Promise.all(
      this.#processes.map(async (child) => {
        if (child.exitCode !== null || child.signalCode !== null) return
        const exited = once(child, 'exit')
        child.kill('SIGTERM')
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
        await exited
        clearTimeout(timer)
      })
    )
    this.sms.stop()
  }

  #spawn(args: string[], childEnv: Record<string, string | undefined>) {
    const child = spawn(process.execPath, args, { cwd: app.makePath(), env: childEnv })
    const keep = (chunk: Buffer) => (this.#output = (this.#output + chunk).slice(-20_000))
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    this.#processes.push(child)
  }
}
