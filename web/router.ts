/** Hash routing: `#/path?query` → a view function rendering into the main element. */

/** A parsed route. */
export interface Route {
  path: string[];
  params: URLSearchParams;
}

/** Read the current route from location.hash. */
export function currentRoute(): Route {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path = '/', search = ''] = hash.split('?', 2);
  return { path: path.split('/').filter((part) => part !== '').map((part) => safeDecode(part)), params: new URLSearchParams(search) };
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** Build a hash route from path parts and parameters. */
export function routeTo(path: string[], params: Record<string, string | undefined> = {}): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) search.set(name, value);
  const text = search.toString();
  return `/${path.map((part) => encodeURIComponent(part)).join('/')}${text ? `?${text}` : ''}`;
}

/** Navigate to a route. */
export function navigate(route: string): void {
  location.hash = route;
}
