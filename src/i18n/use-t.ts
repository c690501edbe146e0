import { useSettings } from '../settings/settings-store.ts';
import type { Lang } from './lang.ts';
import { translator, type Translate } from './translate.ts';

export function useLang(): Lang {
  return useSettings((s) => s.lang);
}

export function useT(): Translate {
  return translator(useLang());
}
