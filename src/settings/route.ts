export type Route =
  | { name: 'overview' }
  | { name: 'category'; id: string }
  | { name: 'metric'; id: string }
  | { name: 'trends' }
  | { name: 'coverage' }
  | { name: 'notFound'; hash: string };

/** Reads the view from the hash, e.g. `#/metric/licensing_items`. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '');
  if (path === '' || path === '/') return { name: 'overview' };
  if (path === '/trends') return { name: 'trends' };
  if (path === '/coverage') return { name: 'coverage' };
  const [, section, id, ...rest] = path.split('/');
  if (rest.length === 0 && id) {
    const decoded = decodeURIComponent(id);
    if (section === 'category') return { name: 'category', id: decoded };
    if (section === 'metric') return { name: 'metric', id: decoded };
  }
  return { name: 'notFound', hash };
}

export function routeHash(route: Route): string {
  switch (route.name) {
    case 'overview':
      return '#/';
    case 'trends':
      return '#/trends';
    case 'coverage':
      return '#/coverage';
    case 'category':
    case 'metric':
      return `#/${route.name}/${encodeURIComponent(route.id)}`;
    case 'notFound':
      return route.hash;
  }
}
