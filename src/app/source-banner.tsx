import { checkDataAddress } from '../dataset/data-address.ts';
import type { Dataset } from '../dataset/model.ts';
import { DEFAULT_DATASET, type DatasetSource } from '../dataset/query.ts';
import { pick } from '../i18n/translate.ts';
import { useLang, useT } from '../settings/use-lang.ts';

/** A long address keeps its start (the site) and its end (the file name). */
function shortened(text: string, head = 64, tail = 32): string {
  return text.length > head + tail + 1 ? `${text.slice(0, head)}…${text.slice(-tail)}` : text;
}

/** The address the dataset came from, absolute; null when it is the build's own file. */
export function foreignAddress(source: DatasetSource, page = window.location.href): string | null {
  if (!('url' in source)) return null;
  const asked = checkDataAddress(source.url, page);
  const own = checkDataAddress(DEFAULT_DATASET, page);
  if (!asked.allowed || !own.allowed) return source.url;
  return asked.url === own.url ? null : asked.url;
}

/**
 * Says where the figures on screen come from whenever they are not the build's own file, on
 * every view, slide and embed: a reader must never take another file's figures for the
 * district's own. The dataset's title is the file's own claim, so it is quoted as such.
 */
export function SourceBanner({
  dataset,
  source,
  onBackToDefault,
}: {
  dataset: Dataset;
  source: DatasetSource;
  onBackToDefault: () => void;
}) {
  const t = useT();
  const lang = useLang();
  const address = foreignAddress(source);
  if ('url' in source && address === null) return null;
  const title = shortened(pick(dataset.title, lang), 100, 0);
  // The address or file name is set apart as code, left to right and untranslated, in the words.
  const MARK = '\u0000';
  const [before = '', after = ''] = (
    'file' in source
      ? t('sourceLocalFile', { file: MARK, title })
      : t('sourceOtherAddress', { address: MARK, title })
  ).split(MARK);
  const named = 'file' in source ? shortened(source.file.name) : shortened(address ?? '');
  return (
    <p className="banner source-banner" role="note" aria-label={t('sourceBannerLabel')}>
      {before}
      <code dir="ltr" translate="no">
        {named}
      </code>
      {after}{' '}
      <button type="button" className="link-button" onClick={onBackToDefault}>
        {t('backToDefault')}
      </button>
    </p>
  );
}
