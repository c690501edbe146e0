import { lazy, Suspense } from 'react';
import type { Dataset } from '../dataset/model.ts';
import { PresentPage } from '../features/present/present-page.tsx';
import { focusYear, visibleYears } from '../model/series.ts';
import type { Route } from '../settings/route.ts';
import { useFocusYearSetting, useRangeSetting, useTheme } from '../settings/settings-store.ts';
import { useLang } from '../settings/use-lang.ts';
import { ChartThemeContext } from '../ui/chart/tokens.ts';
import { DatasetGate } from './dataset-gate.tsx';
import { useViewTitle } from './view-title.ts';

type PresentRoute = Extract<Route, { name: 'present' | 'presentNotes' }>;

// The speaker's second window needs its notes; the room's window never does.
const SpeakerView = lazy(() =>
  import('../features/present/speaker-view.tsx').then((m) => ({ default: m.SpeakerView })),
);

function Presentation({ route, dataset }: { route: PresentRoute; dataset: Dataset }) {
  const year = focusYear(dataset, useFocusYearSetting());
  const { from, to } = useRangeSetting();
  useViewTitle(route, dataset, year, useLang());
  const props = { dataset, year, years: visibleYears(dataset, from, to), slide: route.slide ?? 1 };
  return route.name === 'present' ? (
    <PresentPage {...props} />
  ) : (
    <Suspense fallback={null}>
      <SpeakerView {...props} />
    </Suspense>
  );
}

/** A meeting's slides, or the speaker's window beside them: no header, no navigation. */
export default function PresentShell({ route }: { route: PresentRoute }) {
  return (
    <ChartThemeContext value={useTheme()}>
      <main id="main" className="present-main">
        <DatasetGate>{(dataset) => <Presentation route={route} dataset={dataset} />}</DatasetGate>
      </main>
    </ChartThemeContext>
  );
}
