/** RFC 4180 CSV: a header and rows, CRLF line ends, fields quoted where they hold a quote, comma or line break. */
export function csvTable(header: readonly string[], rows: ReadonlyArray<readonly unknown[]>): string {
  const cell = (v: unknown) => {
    const s = Array.isArray(v) ? v.join(' ') : String(v ?? '');
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `${[header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
