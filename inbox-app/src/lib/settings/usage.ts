/** Usage figures as the usage screen shows them: UTC days and months. */

export interface UsageRow {
  /** `YYYY-MM-DD` (a UTC day) or `YYYY-MM` (a UTC month). */
  period: string;
  responses: number;
  promptTokens: number;
  completionTokens: number;
}

export const dayLabel = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });
export const longDayLabel = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});
export const monthLabel = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });

export function utcDate(period: string): Date {
  return new Date(period.length === 7 ? `${period}-01T00:00:00Z` : `${period}T00:00:00Z`);
}

/** The last `days` UTC days, oldest first, with zeros where nothing was used. */
export function dailySeries(daily: readonly UsageRow[], days: number, now = Date.now()): UsageRow[] {
  const byDay = new Map(daily.map((r) => [r.period, r]));
  const today = new Date(new Date(now).toISOString().slice(0, 10) + 'T00:00:00Z');
  const out: UsageRow[] = [];
  for (let i = days - 1; i >= 0; i--) {
    const period = new Date(today.getTime() - i * 86400_000).toISOString().slice(0, 10);
    out.push(byDay.get(period) ?? { period, responses: 0, promptTokens: 0, completionTokens: 0 });
  }
  return out;
}
