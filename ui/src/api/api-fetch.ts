import { ApiError } from './api-error';
import type { Problem } from './problem';

/** Method and body of an API call: JSON (`body`) or a BPMN diagram sent as `application/xml` (`xml`). */
export interface ApiRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  xml?: string;
}

/** The request body and its content type, if there is one. */
function bodyOf(request: ApiRequest): { contentType: string; text: string } | undefined {
  if (request.xml !== undefined) return { contentType: 'application/xml', text: request.xml };
  if (request.body !== undefined) return { contentType: 'application/json', text: JSON.stringify(request.body) };
  return undefined;
}

/** The session's CSRF token, from the cookie the server sets at sign-in (api/csrf.ts). */
function csrfToken(): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === 'icj_csrf') return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

let onUnauthorized: () => void = () => {};

/** Sets what happens when any call answers 401 (the session provider sends the user to /login). */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

function toProblem(json: unknown, res: Response): Problem {
  if (json && typeof json === 'object' && 'title' in json) {
    const p = json as Partial<Problem>;
    return { ...p, title: String(p.title), status: typeof p.status === 'number' ? p.status : res.status };
  }
  return { title: res.statusText || `HTTP ${res.status}`, status: res.status };
}

/**
 * Calls the API with the session cookie and returns the parsed JSON. Failures throw an
 * {@link ApiError} with the problem document; a 401 (other than a failed login) also fires the
 * unauthorized handler.
 */
export async function apiFetch<T>(path: string, request: ApiRequest = {}): Promise<T> {
  // The UI language (kept on <html lang> by I18nProvider), should the server localize its messages.
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': document.documentElement.lang || 'ru',
  };
  const body = bodyOf(request);
  if (body) headers['Content-Type'] = body.contentType;
  const method = request.method ?? 'GET';
  // a request that changes something proves it comes from this page: the server refuses it otherwise (403 csrf)
  const csrf = method === 'GET' ? undefined : csrfToken();
  if (csrf) headers['X-CSRF-Token'] = csrf;
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers,
      body: body?.text,
    });
  } catch {
    throw new ApiError({ title: 'Network error', status: 0 });
  }
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (!res.ok) {
    if (res.status === 401 && path !== '/api/auth/login') onUnauthorized();
    throw new ApiError(toProblem(json, res));
  }
  return json as T;
}
