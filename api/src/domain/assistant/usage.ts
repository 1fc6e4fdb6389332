/** AI usage metering: every AI response counted per workspace and day (UTC), with tokens. */
import type { ServiceDeps } from '../deps.js';

export interface UsageRow {
  period: string;
  responses: number;
  promptTokens: number;
  completionTokens: number;
}

export class UsageService {
  constructor(private readonly deps: ServiceDeps) {}

  async record(workspaceId: string, tokens: { promptTokens?: number; completionTokens?: number } = {}): Promise<void> {
    const day = new Date(new Date().toISOString().slice(0, 10));
    const prompt = tokens.promptTokens ?? 0;
    const completion = tokens.completionTokens ?? 0;
    await this.deps.prisma.aiUsage.upsert({
      where: { workspaceId_day: { workspaceId, day } },
      create: { workspaceId, day, responses: 1, promptTokens: prompt, completionTokens: completion },
      update: {
        responses: { increment: 1 },
        promptTokens: { increment: prompt },
        completionTokens: { increment: completion },
      },
    });
  }

  /** Per day (`YYYY-MM-DD`) or per month (`YYYY-MM`), oldest first, for the last `days` days. */
  async report(workspaceId: string, granularity: 'DAY' | 'MONTH', days: number): Promise<UsageRow[]> {
    const since = new Date(Date.now() - days * 24 * 3600 * 1000);
    const rows = await this.deps.prisma.aiUsage.findMany({
      where: { workspaceId, day: { gte: new Date(since.toISOString().slice(0, 10)) } },
      orderBy: { day: 'asc' },
    });
    const periods = new Map<string, UsageRow>();
    for (const row of rows) {
      const period = row.day.toISOString().slice(0, granularity === 'DAY' ? 10 : 7);
      const acc = periods.get(period) ?? { period, responses: 0, promptTokens: 0, completionTokens: 0 };
      acc.responses += row.responses;
      acc.promptTokens += row.promptTokens;
      acc.completionTokens += row.completionTokens;
      periods.set(period, acc);
    }
    return [...periods.values()];
  }
}
