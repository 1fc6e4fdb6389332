/** Helpers for running the suite against a PostgreSQL server (DATABASE_URL). */

/** The same server, database `postgres`, for CREATE/DROP DATABASE. */
export function adminUrl(baseUrl: string): string {
  return databaseUrlFor(baseUrl, 'postgres');
}

export function databaseUrlFor(baseUrl: string, database: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
