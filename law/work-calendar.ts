/** Non-working days as data: weekends, recurring holidays and each year's movable ones. */
export interface WorkCalendar {
  /** Days of the week that are not worked (0 = Sunday). */
  weekend: number[];
  recurring: Array<{ month: number; day: number; name: Record<string, string> }>;
  years: Record<string, { holidays: Array<{ date: string; confirmed: boolean; name: Record<string, string> }>; workingDays: string[] }>;
}

/** A calendar day (no time zone): year, month 1-12, day 1-31. */
export interface CalendarDay {
  y: number;
  m: number;
  d: number;
}

export function dayKey({ y, m, d }: CalendarDay): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Whether a day is not worked: a weekend or holiday, unless a decree made it a working day. */
export function isNonWorkingDay(day: CalendarDay, calendar: WorkCalendar): boolean {
  const key = dayKey(day);
  const year = calendar.years[String(day.y)];
  if (year?.workingDays.includes(key)) return false;
  if (year?.holidays.some((h) => h.date === key)) return true;
  if (calendar.recurring.some((h) => h.month === day.m && h.day === day.d)) return true;
  const weekday = new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay();
  return calendar.weekend.includes(weekday);
}
