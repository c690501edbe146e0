import type { Dataset } from '../dataset/model.ts';
import { pick } from '../i18n/translate.ts';
import { focusYear } from '../model/series.ts';
import { useFocusYearSetting } from '../settings/settings-store.ts';
import { useLang, useT } from '../settings/use-lang.ts';

/** "北京市东城区 · 2024年": whose figures these are, and for which year. */
export function Identity({ dataset }: { dataset: Dataset }) {
  const lang = useLang();
  const t = useT();
  const year = focusYear(dataset, useFocusYearSetting());
  return (
    <>
      {pick(dataset.region, lang)} · {t('yearOf', { year })}
    </>
  );
}
