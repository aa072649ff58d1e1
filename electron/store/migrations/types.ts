// A numbered schema migration: applied once, in order, inside a transaction; its version
// becomes the database's user_version.
export interface Migration {
  version: number;
  name: string;
  sql: string;
}
