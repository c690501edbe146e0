import { useEffect } from 'react';
import type { Dataset } from '../dataset/model.ts';
import { formatDate } from '../i18n/format.ts';
import { pick } from '../i18n/translate.ts';
import { focusYear } from '../model/series.ts';
import { useFocusYearSetting } from '../settings/settings-store.ts';
import { useLang, useT } from '../settings/use-lang.ts';
import { pageRule } from '../ui/print-page.ts';

/**
 * The printed page's rule, with a running footer naming the region, the focus year and the
 * date the data was compiled on every page. Its words change with the data and the language,
 * so it is a constructed stylesheet (CSSOM, which a strict `style-src 'self'` allows), adopted
 * while a full page is shown: the slides print on pages of their own.
 */
export function PrintSheet({ dataset }: { dataset: Dataset }) {
  const lang = useLang();
  const t = useT();
  const year = focusYear(dataset, useFocusYearSetting());
  const footer = t('printFooter', {
    region: pick(dataset.region, lang),
    year,
    date: formatDate(dataset.updated, lang),
  });
  const pageOf = t('printPageOf', { page: '{page}', pages: '{pages}' });
  useEffect(() => {
    if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(pageRule(footer, pageOf));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [footer, pageOf]);
  return null;
}
