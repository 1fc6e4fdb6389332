/**
 * AI usage metering: every AI response counted per workspace and day (UTC), with tokens; and
 * the spend cap on it (the workspace's daily / monthly limits in its assistant settings), the
 * one check the assistant makes before it calls the provider.
 */
import type { AssistantSettings } from '../../generated/prisma/client.js';
import type { ServiceDeps } from '../deps.js';

export interface UsageRow {
  period: string;
  responses: number;
  promptTokens: number;
  completionTokens: number;
}

export interface SpendCap {
  /** AI responses allowed today (UTC) / this calendar month (UTC); null: no cap. */
  dailyLimit: number | null;
  monthlyLimit: number | null;
  /** AI responses metered today / this month. */
  dailyUsed: number;
  monthlyUsed: number;
  dailyReached: boolean;
  monthlyReached: boolean;
  /** Either cap is reached: the assistant offers the handoff instead of calling the provider. */
  reached: boolean;
}

function utcDay(now: Date): Date {
  return new Date(now.toISOString().slice(0, 10));
}

function utcMonthStart(now: Date): Date {
  return new Date(`${now.toISOString().slice(0, 7)}-01`);
}

export class UsageService {
  constructor(private readonly deps: ServiceDeps) {}

  async record(workspaceId: string, tokens: { promptTokens?: number; completionTokens?: number } = {}): Promise<void> {
    const day = utcDay(new Date());
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

  /** The assistant's check before each provider call: is either cap reached? (No read without a cap.) */
  async capReached(workspaceId: string, settings: Pick<AssistantSettings, 'aiDailyLimit' | 'aiMonthlyLimit'>) {
    if (settings.aiDailyLimit === null && settings.aiMonthlyLimit === null) return false;
    return (await this.spendCap(workspaceId, settings)).reached;
  }

  /**
   * How much of the workspace's spend cap is used. Answers counted while others are still being
   * generated are not known yet, so concurrent replies can pass a cap by the number in flight.
   */
  async spendCap(
    workspaceId: string,
    settings: Pick<AssistantSettings, 'aiDailyLimit' | 'aiMonthlyLimit'>,
    now = new Date(),
  ): Promise<SpendCap> {
    const { aiDailyLimit: dailyLimit, aiMonthlyLimit: monthlyLimit } = settings;
    const today = utcDay(now);
    const rows = await this.deps.prisma.aiUsage.findMany({
      where: { workspaceId, day: { gte: utcMonthStart(now) } },
      select: { day: true, responses: true },
    });
    const monthlyUsed = rows.reduce((sum, r) => sum + r.responses, 0);
    const dailyUsed = rows.find((r) => r.day.getTime() === today.getTime())?.responses ?? 0;
    const dailyReached = dailyLimit !== null && dailyUsed >= dailyLimit;
    const monthlyReached = monthlyLimit !== null && monthlyUsed >= monthlyLimit;
    return {
      dailyLimit,
      monthlyLimit,
      dailyUsed,
      monthlyUsed,
      dailyReached,
      monthlyReached,
      reached: dailyReached || monthlyReached,
    };
  }
}
