import { mkdirSync } from 'node:fs'
import { dirname, isAbsolute } from 'node:path'
import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/lucid'

const migrations = { naturalSort: true, paths: ['database/migrations'] }

/**
 * SQLITE_FILE is a file name under tmp/ or an absolute path; its folder is
 * created on boot so a fresh checkout (or build/) can open it.
 */
const sqliteFile = env.get('SQLITE_FILE', 'waybill.sqlite3')
const sqlitePath = isAbsolute(sqliteFile) ? sqliteFile : app.tmpPath(sqliteFile)
if (env.get('DB_CONNECTION', 'sqlite') === 'sqlite')
  mkdirSync(dirname(sqlitePath), { recursive: true })

/**
 * SQLite (a file under tmp/) is the embedded default for trying the app;
 * PostgreSQL (DB_CONNECTION=pg) is what production and CI run.
 */
const dbConfig = defineConfig({
  connection: env.get('DB_CONNECTION', 'sqlite'),
  prettyPrintDebugQueries: true,

  connections: {
    sqlite: {
      client: 'better-sqlite3',
      connection: {
        filename: sqlitePath,
      },
      useNullAsDefault: true,
      pool: {
        // One writer at a time is SQLite's model: WAL lets readers proceed, the
        // busy timeout makes writers wait instead of failing with SQLITE_BUSY.
        afterCreate(connection: any, done: (error: Error | null, connection: any) => void) {
          connection.pragma('journal_mode = WAL')
          connection.pragma('foreign_keys = ON')
          connection.pragma('busy_timeout = 5000')
          done(null, connection)
        },
      },
      migrations,
    },

    pg: {
      client: 'pg',
      connection: {
        host: env.get('PG_HOST', '127.0.0.1'),
        port: env.get('PG_PORT', 5432),
        user: env.get('PG_USER', 'postgres'),
        password: env.get('PG_PASSWORD')?.release() ?? '',
        database: env.get('PG_DB_NAME', 'waybill'),
      },
      pool: { min: 0, max: 10 },
      migrations,
      // The events benchmark's own table (bench/events.ts) is no model: a
      // migration:run on a bench database must not add it to schema.ts.
      schemaGeneration: { excludeTables: ['bench_event_deliveries'] },
    },
  },
})

export default dbConfig
