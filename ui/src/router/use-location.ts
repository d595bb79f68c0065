import { useMemo, useSyncExternalStore } from 'react';
import { NAVIGATE_EVENT } from './navigate';

/** The current URL as the router sees it. */
export interface AppLocation {
  pathname: string;
  searchParams: URLSearchParams;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

function snapshot(): string {
  return window.location.pathname + window.location.search;
}

/** Re-renders the caller on every navigation (links, back/forward) and returns the location. */
export function useLocation(): AppLocation {
  const url = useSyncExternalStore(subscribe, snapshot);
  return useMemo(() => {
    const parsed = new URL(url, window.location.origin);
    return { pathname: parsed.pathname, searchParams: parsed.searchParams };
  }, [url]);
}
