/**
 * Row counts of every table: a bad request must leave them exactly as they were. Presence rows
 * (`AgentConnection`) are left out: an agent's open socket keeps its own row whatever it sends.
 */
import type { BatonServer } from '../../api/src/server.js';

export async function tableCounts(server: BatonServer): Promise<Record<string, number>> {
  const tables = await server.db.prisma.$queryRawUnsafe<Array<{ table_name: string }>>(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('_prisma_migrations', 'AgentConnection')
      ORDER BY table_name`,
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const rows = await server.db.prisma.$queryRawUnsafe<Array<{ n: bigint | number }>>(
      `SELECT count(*) AS n FROM "${table_name}"`,
    );
    counts[table_name] = Number(rows[0]?.n ?? 0);
  }
  return counts;
}

/**
 * Runs `action` and asserts that no table gained or lost a row — including through anything it
 * set off in the background (the assistant's replies are awaited before and after).
 */
export async function expectNoWrites<T>(server: BatonServer, action: () => Promise<T>): Promise<T> {
  await server.assistant.idle();
  const before = await tableCounts(server);
  const result = await action();
  await server.assistant.idle();
  const after = await tableCounts(server);
  if (JSON.stringify(before) !== JSON.stringify(after)) {
    throw new Error(`Expected no writes, but row counts changed:\n${JSON.stringify({ before, after }, null, 1)}`);
  }
  return result;
}
