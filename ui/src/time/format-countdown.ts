import type { Translate } from '../i18n/messages';

/** The time between `nowMs` and `dueAt`: `in 5 h 12 min` or `overdue by 12 min`, in the UI language. */
export function formatCountdown(dueAt: string, nowMs: number, t: Translate): string {
  const diff = Date.parse(dueAt) - nowMs;
  if (Number.isNaN(diff)) return '';
  // Rounded down either way: a remaining time is never overstated.
  const totalMin = Math.floor(Math.abs(diff) / 60_000);
  const days = Math.floor(totalMin / 1440);
  const hours = Math.floor((totalMin % 1440) / 60);
  const minutes = totalMin % 60;
  let span: string;
  if (totalMin === 0) span = t('countdown.lessThanMinute');
  else if (days > 0) span = `${days} ${t('unit.d')} ${hours} ${t('unit.h')}`;
  else if (hours > 0) span = `${hours} ${t('unit.h')} ${minutes} ${t('unit.min')}`;
  else span = `${minutes} ${t('unit.min')}`;
  return diff >= 0 ? t('countdown.in', { t: span }) : t('countdown.overdue', { t: span });
}
