/** How a person is named in lists and alerts: last name and initial ("Testov A."). */
export function personLabel(lastName: string, firstName: string): string {
  return `${lastName} ${firstName.charAt(0)}.`;
}
