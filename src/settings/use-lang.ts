import type { Lang } from '../i18n/lang.ts';
import { translator, type Translate } from '../i18n/translate.ts';
import { useSettings } from './settings-store.ts';

/** The reader's language, from the settings. */
export function useLang(): Lang {
  return useSettings((s) => s.lang);
}

/** The message catalogue in the reader's language. */
export function useT(): Translate {
  return translator(useLang());
}
