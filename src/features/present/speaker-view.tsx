import { useEffect, useState } from 'react';
import { formatClock, formatDuration } from '../../i18n/format.ts';
import { useLang, useT } from '../../settings/use-lang.ts';
import { useDeckSync } from './deck-channel.ts';
import { goToNotes } from './navigation.ts';
import { slideNotes } from './notes.ts';
import type { PresentProps } from './present-page.tsx';
import { SlideView } from './slide-view.tsx';
import { Stage } from './stage.tsx';
import { useDeck } from './use-deck.ts';
import { useSlideKeys } from './use-slide-keys.ts';
import './speaker-view.css';

function useNow(everyMs: number) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/**
 * The speaker's window: the slide shown and the next one, the sentences to read out, the
 * time of day and the time elapsed; it moves the slides in the other window and follows them.
 */
export function SpeakerView({ dataset, year, years, slide }: PresentProps) {
  const t = useT();
  const lang = useLang();
  const deck = useDeck(dataset, year, years).slides;
  const total = deck.length;
  const current = Math.min(slide, total);
  const now = useNow(1000);
  const [started, setStarted] = useState(() => Date.now());
  useSlideKeys({ go: goToNotes, current, total });
  useDeckSync(current, total, goToNotes);
  const shown = deck[current - 1];
  const next = deck[current];
  if (!shown) return null;
  const frame = { dataset, year, years, total };
  return (
    <div className="speaker">
      <header className="speaker-bar">
        <h1>{t('speakerViewTitle')}</h1>
        <p className="speaker-clock">
          <span>{t('clock', { time: formatClock(now, lang) })}</span>{' '}
          <span>{t('elapsed', { time: formatDuration(now - started) })}</span>{' '}
          <button type="button" className="link-button" onClick={() => setStarted(Date.now())}>
            {t('resetTimer')}
          </button>
        </p>
        <nav aria-label={t('presentControls')} className="speaker-controls">
          <button type="button" onClick={() => goToNotes(current - 1)} disabled={current <= 1}>
            {t('previousSlide')}
          </button>
          <span>{t('slideOf', { number: current, total })}</span>
          <button type="button" onClick={() => goToNotes(current + 1)} disabled={current >= total}>
            {t('nextSlide')}
          </button>
        </nav>
      </header>
      <section className="speaker-current" aria-label={t('currentSlide')}>
        <div className="speaker-screen">
          <Stage>
            <SlideView slide={shown} number={current} {...frame} />
          </Stage>
        </div>
      </section>
      <section className="speaker-next" aria-label={t('nextSlidePreview')}>
        <h2>{t('nextSlidePreview')}</h2>
        {next ? (
          <div className="speaker-screen">
            <Stage>
              <SlideView slide={next} number={current + 1} {...frame} />
            </Stage>
          </div>
        ) : (
          <p>{t('lastSlide')}</p>
        )}
      </section>
      <section className="speaker-notes" aria-labelledby="speaker-notes">
        <h2 id="speaker-notes">{t('speakerNotes')}</h2>
        {slideNotes(shown, dataset, year, years, lang).map((note, i) => (
          <div key={i} className="speaker-note">
            {note.heading && <h3>{note.heading}</h3>}
            {note.lines.map((line, j) => (
              <p key={j}>{line}</p>
            ))}
          </div>
        ))}
      </section>
    </div>
  );
}
