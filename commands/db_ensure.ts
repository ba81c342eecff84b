import { mkdir } from 'node:fs/promises'
import { BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import pg from 'pg'

/**
 * Makes sure the configured database can be migrated: the tmp/ folder for
 * SQLite, the database itself for PostgreSQL (created through the
 * `postgres` maintenance database with the same credentials). Idempotent.
 */
export default class DbEnsure extends BaseCommand {
  static commandName = 'db:ensure'
  static description =
    'Create the configured database (PostgreSQL) or its folder (SQLite) if missing'
  static options: CommandOptions = { startApp: true }

  async run() {
    const { default: db } = await import('@adonisjs/lucid/services/db')
    const name = db.primaryConnectionName
    const config = db.getRawConnection(name)!.config

    if (config.client === 'better-sqlite3' || config.client === 'sqlite3') {
      await mkdir(this.app.tmpPath(), { recursive: true })
      this.logger.success(`SQLite database folder ready (${this.app.tmpPath()})`)
      return
    }

    if (config.client !== 'pg') {
      this.logger.info(`Nothing to prepare for ${config.client}`)
      return
    }

    const { database, ...server } = config.connection as pg.ClientConfig
    const client = new pg.Client({ ...server, database: 'postgres' })
    await client.connect()
    try {
      const found = await client.query('select 1 from pg_database where datname = $1', [database])
      if (found.rowCount) {
        this.logger.info(`PostgreSQL database "${database}" exists`)
      } else {
        await client.query(`create database ${client.escapeIdentifier(database!)}`)
        this.logger.success(`Created PostgreSQL database "${database}"`)
      }
    } finally {
      await client.end()
    }
  }
}
