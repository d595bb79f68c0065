/**
 * How a person is named in lists and alerts: last name and initial ("Testov A."); a dash once a
 * retention rule has removed the name (its key destroyed: privacy/retention-run.ts).
 */
export function personLabel(lastName: string | null, firstName: string | null): string {
  if (lastName === null || firstName === null) return '—';
  return `${lastName} ${firstName.charAt(0)}.`;
}
