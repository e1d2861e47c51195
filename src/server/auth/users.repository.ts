import type { Kysely } from 'kysely';
import type { DB, UsersTable } from '../db/schema.ts';

type UserRow = Omit<UsersTable, 'created_at'> & { created_at: Date };

const COLUMNS = ['id', 'email', 'password_hash', 'name', 'role', 'created_at'] as const;

/** SQL for the users table. */
export const usersRepository = {
  async insert(db: Kysely<DB>, user: Omit<UsersTable, 'created_at'> & { created_at: Date }): Promise<void> {
    await db.insertInto('users').values(user).execute();
  },

  findByEmail(db: Kysely<DB>, email: string): Promise<UserRow | undefined> {
    return db.selectFrom('users').select(COLUMNS).where('email', '=', email).executeTakeFirst();
  },

  findById(db: Kysely<DB>, id: string): Promise<UserRow | undefined> {
    return db.selectFrom('users').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  },

  async setPasswordHash(db: Kysely<DB>, id: string, passwordHash: string): Promise<void> {
    await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', id).execute();
  },

  /** Erase a person; every personal table cascades from users(id). */
  async delete(db: Kysely<DB>, id: string): Promise<void> {
    await db.deleteFrom('users').where('id', '=', id).execute();
  },
};
