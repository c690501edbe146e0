import { useEffect, useRef } from 'react';
import { formatDate } from '../i18n/format.ts';
import { pick } from '../i18n/translate.ts';
import { useRoute, useTheme } from '../settings/settings-store.ts';
import { useLang, useT } from '../settings/use-lang.ts';
import { ChartThemeContext } from '../ui/chart/tokens.ts';
import { rememberReturn } from '../features/present/navigation.ts';
import { routeHash } from '../settings/route.ts';
import { DisplayControls, YearControls } from './controls.tsx';
import { DatasetGate } from './dataset-gate.tsx';
import { Identity } from './identity.tsx';
import { PrintSheet } from './print-sheet.tsx';
import { Routes } from './routes.tsx';
import './full-shell.css';

/** The whole dashboard: header, navigation, year controls, the view, the footer. */
export default function FullShell() {
  const t = useT();
  const lang = useLang();
  const route = useRoute();
  const theme = useTheme();
  // On a phone the view pills scroll sideways: keep the current one in sight.
  const nav = useRef<HTMLElement>(null);
  useEffect(() => {
    nav.current
      ?.querySelector('[aria-current="page"]')
      ?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [route]);
  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-title">
          <h1>
            <a href="#/">{t('appTitle')}</a>
          </h1>
          <p className="app-identity">
            <Identity />
          </p>
        </div>
        <div className="header-actions">
          <a
            className="button present-link"
            href={routeHash({ name: 'present', slide: null })}
            onClick={() => rememberReturn(window.location.hash || '#/')}
          >
            {t('present')}
          </a>
          <DisplayControls />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <ChartThemeContext value={theme}>
          <DatasetGate>
            {(dataset) => (
              <>
                <PrintSheet dataset={dataset} />
                <div className="toolbar">
                  <nav aria-label={t('navCategories')} ref={nav}>
                    <ul>
                      <li>
                        <a href="#/" aria-current={route.name === 'overview' ? 'page' : undefined}>
                          {t('navOverview')}
                        </a>
                      </li>
                      <li>
                        <a
                          href="#/trends"
                          aria-current={route.name === 'trends' ? 'page' : undefined}
                        >
                          {t('navTrends')}
                        </a>
                      </li>
                      <li>
                        <a
                          href="#/coverage"
                          aria-current={route.name === 'coverage' ? 'page' : undefined}
                        >
                          {t('navCoverage')}
                        </a>
                      </li>
                      {dataset.categories.map((c) => (
                        <li key={c.id}>
                          <a
                            href={`#/category/${c.id}`}
                            aria-current={
                              route.name === 'category' && route.id === c.id ? 'page' : undefined
                            }
                          >
                            {pick(c.name, lang)}
                          </a>
                        </li>
                      ))}
                    </ul>
                  </nav>
                  <YearControls dataset={dataset} />
                </div>
                <Routes dataset={dataset} />
                <footer className="app-footer">
                  <p>
                    {pick(dataset.title, lang)} · {pick(dataset.region, lang)} ·{' '}
                    {t('updated', { date: formatDate(dataset.updated, lang) })}
                  </p>
                  <p>{t('compiledFrom')}</p>
                  {/* For the person who keeps the data: next year's report, added in the browser. */}
                  <p>
                    <a href="#/update">{t('addReport')}</a>
                  </p>
                </footer>
              </>
            )}
          </DatasetGate>
        </ChartThemeContext>
      </main>
    </>
  );
}
