import { useDeferredValue, useId, useState } from 'react';
import type { Dataset } from '../../dataset/model.ts';
import { pick } from '../../i18n/translate.ts';
import { publishedYearCount, tooFewYearsForTrend } from '../../model/coverage.ts';
import { useLang, useT } from '../../settings/use-lang.ts';

interface MetricPickerProps {
  dataset: Dataset;
  selected: readonly string[];
  onChange: (ids: string[]) => void;
}

const normalise = (text: string) => text.normalize('NFKC').toLowerCase();

/** Search metrics by Chinese or English name, grouped by category; the choice lives in the URL. */
export function MetricPicker({ dataset, selected, onChange }: MetricPickerProps) {
  const lang = useLang();
  const t = useT();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(normalise(query.trim()));
  const searchId = useId();
  const chosen = new Set(selected);
  const matches = (id: string) => {
    const metric = dataset.metricById.get(id);
    if (!metric || deferred === '') return true;
    return normalise(`${metric.name.zh} ${metric.name.en ?? ''} ${metric.id}`).includes(deferred);
  };
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...selected, id] : selected.filter((s) => s !== id));

  return (
    <details className="picker">
      <summary>{t('chooseMetrics', { count: selected.length })}</summary>
      <div className="picker-body">
        <label htmlFor={searchId}>{t('searchMetrics')}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          autoComplete="off"
        />
        <button type="button" className="link-button" onClick={() => onChange([])}>
          {t('clearSelection')}
        </button>
        {dataset.categories.map((category) => {
          const ids = category.metricIds.filter(matches);
          if (ids.length === 0) return null;
          return (
            <fieldset key={category.id}>
              <legend>{pick(category.name, lang)}</legend>
              {ids.map((id) => {
                const metric = dataset.metricById.get(id);
                if (!metric) return null;
                const inputId = `${searchId}-${id}`;
                // Too few years make no trend, but a reader may still want the one figure.
                const tooFew = tooFewYearsForTrend(metric);
                return (
                  <div key={id} className={`picker-option${tooFew ? ' too-few-years' : ''}`}>
                    <input
                      id={inputId}
                      type="checkbox"
                      checked={chosen.has(id)}
                      onChange={(e) => toggle(id, e.target.checked)}
                      aria-describedby={tooFew ? `${inputId}-years` : undefined}
                    />
                    <label htmlFor={inputId}>{pick(metric.name, lang)}</label>
                    {tooFew && (
                      <span id={`${inputId}-years`} className="picker-note">
                        {t(publishedYearCount(metric) === 1 ? 'pickerOneYear' : 'pickerNoYears')}
                      </span>
                    )}
                  </div>
                );
              })}
            </fieldset>
          );
        })}
      </div>
    </details>
  );
}
