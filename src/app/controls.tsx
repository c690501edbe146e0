import { useOptimistic, useTransition } from 'react';
import type { Dataset } from '../dataset/model.ts';
import { languageNames, languages, type Lang } from '../i18n/lang.ts';
import { loadCatalogue } from '../i18n/load-catalogue.ts';
import { useT } from '../settings/use-lang.ts';
import { defaultFocusYear, focusYear, orderedRange, publishedYears } from '../model/series.ts';
import { useFocusYearSetting, useRangeSetting, useSettings } from '../settings/settings-store.ts';
import { ThemeSelect } from '../widgets/theme-select.tsx';
import './controls.css';

interface YearSelectProps {
  label: string;
  years: readonly number[];
  value: number;
  onChange: (year: number) => void;
  allowed?: (year: number) => boolean;
}

function YearSelect({ label, years, value, onChange, allowed = () => true }: YearSelectProps) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {years.map((y) => (
          <option key={y} value={y} disabled={!allowed(y)}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Focus year and chart range; each writes to the settings store, which writes the URL. */
export function YearControls({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const year = useFocusYearSetting();
  const { from, to } = useRangeSetting();
  const setFocusYear = useSettings((s) => s.setFocusYear);
  const setRange = useSettings((s) => s.setRange);
  const years = dataset.years;
  const first = years[0] ?? 0;
  const last = years.at(-1) ?? 0;
  const range = orderedRange(from, to);
  const shownFrom = range.from ?? first;
  const shownTo = range.to ?? last;
  const byDefault = defaultFocusYear(dataset);
  return (
    <div className="controls">
      <YearSelect
        label={t('focusYear')}
        years={publishedYears(dataset).reverse()}
        value={focusYear(dataset, year)}
        onChange={(y) => setFocusYear(y === byDefault ? null : y)}
      />
      <fieldset className="range">
        <legend>{t('yearRange')}</legend>
        <div className="range-selects">
          <YearSelect
            label={t('from')}
            years={years}
            value={shownFrom}
            allowed={(y) => y <= shownTo}
            onChange={(y) => setRange(y === first ? null : y, range.to)}
          />
          <YearSelect
            label={t('to')}
            years={years}
            value={shownTo}
            allowed={(y) => y >= shownFrom}
            onChange={(y) => setRange(range.from, y === last ? null : y)}
          />
        </div>
      </fieldset>
    </div>
  );
}

/** Language and theme: available even when the data failed to load. */
export function DisplayControls() {
  const t = useT();
  const lang = useSettings((s) => s.lang);
  const setLang = useSettings((s) => s.setLang);
  // English loads when first chosen: the select shows the choice while the page waits for its
  // words, then the whole page switches at once. Offline, it returns to the language shown.
  const [chosen, showChosen] = useOptimistic(lang);
  const [switching, startSwitch] = useTransition();
  const choose = (next: Lang) =>
    startSwitch(async () => {
      showChosen(next);
      try {
        await loadCatalogue(next);
      } catch {
        return;
      }
      setLang(next);
    });
  return (
    <div className="controls">
      <label>
        {t('language')}
        <select
          value={chosen}
          aria-busy={switching}
          onChange={(e) => choose(e.target.value as Lang)}
        >
          {languages.map((l) => (
            <option key={l} value={l} lang={l}>
              {languageNames[l]}
            </option>
          ))}
        </select>
      </label>
      <ThemeSelect />
    </div>
  );
}
