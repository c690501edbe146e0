/** What an embed shows: one metric, one category, or the headline KPIs (CONTRACT §3). */
export type EmbedTarget =
  { view: 'metric'; id: string } | { view: 'category'; id: string } | { view: 'kpis' };

export type Route =
  | { name: 'overview' }
  | { name: 'category'; id: string }
  | { name: 'metric'; id: string }
  | { name: 'trends' }
  | { name: 'coverage' }
  /** Adding a year's report to the loaded dataset (CONTRACT §2): for the person who keeps it. */
  | { name: 'update' }
  | { name: 'embed'; target: EmbedTarget }
  /** A meeting's slides (CONTRACT §4); `slide` counts from 1, null for the first. */
  | { name: 'present'; slide: number | null }
  /** The speaker's window beside the slides: current and next slide, notes, clock. */
  | { name: 'presentNotes'; slide: number | null }
  | { name: 'notFound'; hash: string };

/** Reads the view from the hash, e.g. `#/metric/licensing_items`; a malformed one is not found. */
export function parseRoute(hash: string): Route {
  try {
    return readRoute(hash);
  } catch (error) {
    // `#/metric/%` cannot be decoded: before React mounts, a throw would leave the loading line up.
    if (error instanceof URIError) return { name: 'notFound', hash };
    throw error;
  }
}

function readRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '');
  if (path === '' || path === '/') return { name: 'overview' };
  if (path === '/trends') return { name: 'trends' };
  if (path === '/coverage') return { name: 'coverage' };
  if (path === '/update') return { name: 'update' };
  const present = /^\/present(\/notes)?(?:\/(\d{1,4}))?$/.exec(path);
  if (present)
    return {
      name: present[1] ? 'presentNotes' : 'present',
      slide: present[2] ? Math.max(1, Number(present[2])) : null,
    };
  if (path === '/embed/kpis') return { name: 'embed', target: { view: 'kpis' } };
  const embedded = /^\/embed\/(metric|category)\/([^/]+)$/.exec(path);
  if (embedded?.[1] && embedded[2])
    return {
      name: 'embed',
      target: {
        view: embedded[1] === 'metric' ? 'metric' : 'category',
        id: decodeURIComponent(embedded[2]),
      },
    };
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
    case 'update':
      return '#/update';
    case 'category':
    case 'metric':
      return `#/${route.name}/${encodeURIComponent(route.id)}`;
    case 'embed':
      return route.target.view === 'kpis'
        ? '#/embed/kpis'
        : `#/embed/${route.target.view}/${encodeURIComponent(route.target.id)}`;
    case 'present':
    case 'presentNotes': {
      const base = route.name === 'present' ? '#/present' : '#/present/notes';
      return route.slide === null ? base : `${base}/${route.slide}`;
    }
    case 'notFound':
      return route.hash;
  }
}

/** The full dashboard's view of what an embed shows. */
export function fullViewOf(target: EmbedTarget): Route {
  return target.view === 'kpis' ? { name: 'overview' } : { name: target.view, id: target.id };
}
