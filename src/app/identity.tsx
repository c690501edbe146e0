import { pick } from '../i18n/translate.ts';
import { focusYear } from '../model/series.ts';
import { useDatasetQuery } from '../settings/dataset-source.ts';
import { useFocusYearSetting } from '../settings/settings-store.ts';
import { useLang, useT } from '../settings/use-lang.ts';

/** "北京市东城区 · 2024年": whose figures these are, and for which year, once the data is in. */
export function Identity() {
  const lang = useLang();
  const t = useT();
  const { data: dataset } = useDatasetQuery();
  const asked = useFocusYearSetting();
  if (!dataset) return null;
  return (
    <>
      {pick(dataset.region, lang)} · {t('yearOf', { year: focusYear(dataset, asked) })}
    </>
  );
}
