import type { Catalogue } from './catalogue.ts';
import type { Lang } from './lang.ts';
import { zh } from './zh/index.ts';

// Chinese ships with the app; another language is a chunk of its own, fetched for its readers only.
const loaders: Partial<Record<Lang, () => Promise<Catalogue>>> = {
  en: async () => (await import('./en/index.ts')).en,
};

const loaded = new Map<Lang, Catalogue>([['zh', zh]]);
const loading = new Map<Lang, Promise<void>>();

/** Whether a language's messages are here, so that it can be shown at once. */
export function hasCatalogue(lang: Lang): boolean {
  return loaded.has(lang);
}

/** Makes a language's messages available to `catalogueOf`; a load that fails can be tried again. */
export function loadCatalogue(lang: Lang): Promise<void> {
  const load = loaders[lang];
  if (loaded.has(lang) || !load) return Promise.resolve();
  let pending = loading.get(lang);
  if (!pending) {
    pending = load().then(
      (catalogue) => {
        loaded.set(lang, catalogue);
      },
      (error: unknown) => {
        loading.delete(lang);
        throw error;
      },
    );
    loading.set(lang, pending);
  }
  return pending;
}

/** A language's messages, which `loadCatalogue` must have loaded before anything shows in it. */
export function catalogueOf(lang: Lang): Catalogue {
  const catalogue = loaded.get(lang);
  if (!catalogue)
    throw new Error(`The ${lang} messages are not loaded: await loadCatalogue('${lang}') first.`);
  return catalogue;
}
