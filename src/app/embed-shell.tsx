import { useEffect, useRef } from 'react';
import { EmbedView } from '../features/embed/embed-view.tsx';
import { fullDashboardAddress } from '../features/embed/full-dashboard-link.ts';
import { useReportHeight } from '../features/embed/report-height.ts';
import type { Dataset } from '../dataset/model.ts';
import { focusYear } from '../model/series.ts';
import { fullViewOf, type EmbedTarget } from '../settings/route.ts';
import { useFocusYearSetting, useSettings, useTheme } from '../settings/settings-store.ts';
import { useLang, useT } from '../settings/use-lang.ts';
import { ChartThemeContext } from '../ui/chart/tokens.ts';
import { DatasetGate } from './dataset-gate.tsx';
import { Identity } from './identity.tsx';
import { viewName } from './view-title.ts';
import './embed-shell.css';

/** The embed's one top heading, for screen readers: the view's name, as the window title has it. */
function EmbedHeading({ dataset, target }: { dataset: Dataset; target: EmbedTarget }) {
  const year = focusYear(dataset, useFocusYearSetting());
  const name = viewName({ name: 'embed', target }, dataset, year, useLang());
  return <h1 className="visually-hidden">{name}</h1>;
}

/** An embed: the view alone, no navigation, sized to its content in the host's iframe. */
export default function EmbedShell({ target }: { target: EmbedTarget }) {
  const t = useT();
  const theme = useTheme();
  const chrome = useSettings((s) => s.chrome);
  const transparent = useSettings((s) => s.transparent);
  const parentOrigin = useSettings((s) => s.parentOrigin);
  const content = useRef<HTMLDivElement>(null);
  useReportHeight(content, parentOrigin);
  useEffect(() => {
    document.documentElement.dataset.embed = transparent ? 'transparent' : 'opaque';
    return () => void delete document.documentElement.dataset.embed;
  }, [transparent]);
  return (
    <div ref={content} className={chrome === 'none' ? 'embed embed-bare' : 'embed'}>
      <ChartThemeContext value={theme}>
        <main id="main">
          <DatasetGate>
            {(dataset) => (
              <>
                <EmbedHeading dataset={dataset} target={target} />
                {chrome === 'full' && (
                  <p className="embed-identity">
                    <Identity />
                  </p>
                )}
                <EmbedView dataset={dataset} target={target} />
                {/* With the view, not before it: a link waiting under the loading line
                    would jump down when the chart arrives. */}
                <p className="embed-open">
                  <a
                    href={fullDashboardAddress(new URL(window.location.href), fullViewOf(target))}
                    target="_blank"
                    rel="noopener noreferrer"
                  >
                    {t('openFullDashboard')}
                  </a>
                </p>
              </>
            )}
          </DatasetGate>
        </main>
      </ChartThemeContext>
    </div>
  );
}
