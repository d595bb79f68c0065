/** The board's filters (`GET /api/escalations` query parameters); a missing one shows everything. */
export interface BoardFilter {
  status?: 'open' | 'acknowledged';
  severity?: 'warning' | 'expired' | 'alert';
  /** A rulebook limit id. */
  limit?: string;
  /** The case's investigative unit. */
  unit?: string;
}

/** How many escalations the server shows unless asked, and the most it shows (domain/list-page.ts; the UI imports the server's types only). */
export const BOARD_PAGE = 100;
export const BOARD_MAX = 500;

export const BOARD_STATUSES = ['open', 'acknowledged'] as const;
export const BOARD_SEVERITIES = ['expired', 'alert', 'warning'] as const;
const NAMES = ['status', 'severity', 'limit', 'unit'] as const;
// what the server accepts (domain/escalations.ts escalationFilter): anything else would be a 400
const LIMIT_ID = /^[a-z0-9.-]{1,80}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The filters in a URL's query (the board keeps them there, so a filtered board can be bookmarked); unknown values are dropped. */
export function boardFilterOf(params: URLSearchParams): BoardFilter {
  const out: BoardFilter = {};
  const status = params.get('status');
  if (status && (BOARD_STATUSES as readonly string[]).includes(status)) out.status = status as BoardFilter['status'];
  const severity = params.get('severity');
  if (severity && (BOARD_SEVERITIES as readonly string[]).includes(severity)) out.severity = severity as BoardFilter['severity'];
  const limit = params.get('limit');
  if (limit && LIMIT_ID.test(limit)) out.limit = limit;
  const unit = params.get('unit');
  if (unit && UUID.test(unit)) out.unit = unit;
  return out;
}

/** The query string of the filters set, in a fixed order (`?status=open&unit=…`), or '' for none. */
export function boardQuery(filter: BoardFilter): string {
  const params = new URLSearchParams();
  for (const name of NAMES) {
    const value = filter[name];
    if (value) params.set(name, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
