import { ApiError } from '../api/api-error';

/**
 * Fetches an indicator's answer as CSV (`Accept: text/csv`, the session cookie) and hands it to
 * the browser as a download named as the server names it; a refusal is thrown as an ApiError.
 */
export async function downloadIndicatorCsv(id: string, query: string): Promise<void> {
  let res: Response;
  try {
    res = await fetch(`/api/statistics/indicators/${encodeURIComponent(id)}${query}`, { headers: { accept: 'text/csv' }, credentials: 'same-origin' });
  } catch {
    throw new ApiError({ title: 'Network error', status: 0 });
  }
  if (!res.ok) {
    const problem = await res.json().catch(() => ({ title: res.statusText }));
    throw new ApiError({ ...problem, status: res.status });
  }
  const name = /filename="?([^";]+)"?/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? `${id}.csv`;
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}
