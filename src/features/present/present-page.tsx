import { lazy, Suspense, useState } from 'react';
import type { Dataset } from '../../dataset/model.ts';
import { ThemeSelect } from '../../widgets/theme-select.tsx';
import { pick } from '../../i18n/translate.ts';
import { useLang, useT } from '../../settings/use-lang.ts';
import { useDeckSync } from './deck-channel.ts';
import { DeckDownloads } from './deck-downloads.tsx';
import { exitPresentation, goToSlide, speakerViewUrl, toggleFullScreen } from './navigation.ts';
import { usePresentSettings } from './present-settings.ts';
import { PrintDeck, usePrintDeck } from './print-deck.tsx';
import { SlideView } from './slide-view.tsx';
import { Stage } from './stage.tsx';
import { useAutoAdvance } from './use-auto-advance.ts';
import { useDeck } from './use-deck.ts';
import { useIdle } from './use-idle.ts';
import { useSlideKeys } from './use-slide-keys.ts';
import './present.css';

export interface PresentProps {
  dataset: Dataset;
  year: number;
  years: readonly number[];
  /** The slide asked for in the hash, from 1; past the end means the last. */
  slide: number;
}

const CONTROLS_FADE_MS = 3000;

// Arranging is done once, before the meeting: its code loads when the panel is first opened.
const ArrangePanel = lazy(() =>
  import('./arrange-panel.tsx').then((m) => ({ default: m.ArrangePanel })),
);

/** The slides of a meeting, one at a time on a 16:9 stage, driven by keys, clicker or buttons. */
export function PresentPage({ dataset, year, years, slide }: PresentProps) {
  const t = useT();
  const lang = useLang();
  const interval = usePresentSettings((s) => s.interval);
  const { slides: deck, missing } = useDeck(dataset, year, years);
  const [arranging, setArranging] = useState(false);
  const [printing, printDeck] = usePrintDeck();
  const total = deck.length;
  const current = Math.min(slide, total);
  const shown = deck[current - 1] ?? deck[0];
  const { idle, lastActivity } = useIdle(CONTROLS_FADE_MS);
  const digits = useSlideKeys({
    go: goToSlide,
    current,
    total,
    fullScreen: toggleFullScreen,
    exit: exitPresentation,
  });
  useDeckSync(current, total, goToSlide);
  const auto = useAutoAdvance(
    interval,
    () => goToSlide(current >= total ? 1 : current + 1),
    lastActivity,
    current,
  );
  if (!shown) return null;
  const frame = { dataset, year, years };
  const downloads = <DeckDownloads {...frame} slides={deck} printDeck={printDeck} />;
  // The controls sit on the band at the foot of the stage that no slide writes in.
  const controls = (
    <nav className="present-controls" aria-label={t('presentControls')}>
      <div className="present-controls-group">
        <button type="button" onClick={() => goToSlide(current - 1)} disabled={current <= 1}>
          {t('previousSlide')}
        </button>
        <span className="present-count">{t('slideOf', { number: current, total })}</span>
        <button type="button" onClick={() => goToSlide(current + 1)} disabled={current >= total}>
          {t('nextSlide')}
        </button>
        {interval !== null && (
          <span className="present-auto">
            {t(auto.paused ? 'autoPaused' : 'autoRunning', { seconds: interval })}
          </span>
        )}
      </div>
      <div className="present-controls-group">
        <button type="button" onClick={() => setArranging(true)}>
          {t('arrangeSlides')}
        </button>
        {downloads}
        <ThemeSelect />
        <a href={speakerViewUrl(current)} target="rule-of-law-speaker-view">
          {t('speakerView')}
        </a>
        <button type="button" onClick={toggleFullScreen}>
          {t('fullScreen')}
        </button>
        <button type="button" onClick={exitPresentation}>
          {t('exitPresentation')}
        </button>
      </div>
    </nav>
  );
  return (
    <div className={idle && !arranging ? 'present present-idle' : 'present'}>
      <h1 className="visually-hidden">
        {t('presentTitle')} · {pick(dataset.title, lang)}
      </h1>
      <Stage label={t('slideOf', { number: current, total })} overlay={controls}>
        <SlideView key={shown.id} slide={shown} number={current} total={total} {...frame} />
      </Stage>
      {interval !== null && (
        <div className="present-progress" aria-hidden="true">
          <div style={{ width: `${auto.left * 100}%` }} />
        </div>
      )}
      {digits && (
        <p className="present-jump" role="status">
          {t('jumpTo', { number: digits })}
        </p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {t('slideOf', { number: current, total })}
      </p>
      {arranging && (
        <Suspense fallback={null}>
          <ArrangePanel
            open
            onClose={() => setArranging(false)}
            missing={missing}
            actions={downloads}
            {...frame}
          />
        </Suspense>
      )}
      {printing && <PrintDeck slides={deck} {...frame} />}
    </div>
  );
}
