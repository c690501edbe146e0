import type { Dataset } from '../../dataset/model.ts';
import type { Slide } from './deck.ts';
import { EarlierKpisSlide, KpiSlide, ScoreboardSlide, TitleSlide } from './headline-slides.tsx';
import {
  ChartsSlide,
  FiguresSlide,
  FindingsSlide,
  KeyChangesSlide,
  SourcesSlide,
} from './list-slides.tsx';
import { SlideFootnote } from './slide-parts.tsx';
import { useT } from '../../settings/use-lang.ts';
import { Boundary } from '../../ui/boundary.tsx';
import { FailurePanel } from '../../ui/failure-panel.tsx';

export interface SlideViewProps {
  slide: Slide;
  dataset: Dataset;
  year: number;
  years: readonly number[];
  number: number;
  total: number;
}

function SlideContent({ slide, dataset, year, years }: SlideViewProps) {
  switch (slide.kind) {
    case 'title':
      return <TitleSlide dataset={dataset} year={year} />;
    case 'scoreboard':
      return <ScoreboardSlide dataset={dataset} year={year} />;
    case 'kpi':
      return <KpiSlide dataset={dataset} year={year} years={years} metric={slide.metric} />;
    case 'earlierKpis':
      return <EarlierKpisSlide dataset={dataset} year={year} metrics={slide.metrics} />;
    case 'charts':
      return <ChartsSlide dataset={dataset} years={years} {...slide} />;
    case 'figures':
      return <FiguresSlide dataset={dataset} years={years} {...slide} />;
    case 'keyChanges':
      return <KeyChangesSlide year={year} {...slide} />;
    case 'findings':
      return <FindingsSlide dataset={dataset} {...slide} />;
    case 'sources':
      return <SourcesSlide {...slide} />;
  }
}

/** One slide on the stage: its content above, its sources and number below. */
export function SlideView(props: SlideViewProps) {
  const t = useT();
  return (
    <article className={`slide slide-kind-${props.slide.kind}`}>
      <div className="slide-content">
        {/* One slide's failure stays on it: the meeting goes on to the next. */}
        <Boundary
          what={t('slideFailedTitle')}
          resetKey={props.slide.id}
          fallback={<FailurePanel title={t('slideFailedTitle')} body={t('slideFailedBody')} />}
        >
          <SlideContent {...props} />
        </Boundary>
      </div>
      <SlideFootnote {...props} />
    </article>
  );
}
