import {
  memo,
  useId,
  useState,
  type HTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { useT } from '../../settings/use-lang.ts';
import { useNearViewport } from '../../ui/use-near-viewport.ts';
import type { Frame, Row } from './arrange-rows.ts';
import type { Slide } from './deck.ts';
import { SlideView } from './slide-view.tsx';
import { Stage } from './stage.tsx';

type RowDragProps = HTMLAttributes<HTMLLIElement> & { 'data-drag'?: 'dragged' | 'over' };

/**
 * Dragging rows with the mouse: dropped on a row of the deck, a slide takes that row's place,
 * joining the deck if it was left out. Returns the props of a row's element.
 */
export function useRowDrag(ids: readonly string[], moveTo: (id: string, index: number) => void) {
  const [dragged, setDragged] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const end = () => {
    setDragged(null);
    setOver(null);
  };
  return (id: string, { included, available }: Row): RowDragProps => ({
    draggable: available,
    'data-drag': dragged === id ? 'dragged' : over === id ? 'over' : undefined,
    onDragStart: (event) => {
      event.dataTransfer.setData('text/plain', id);
      event.dataTransfer.effectAllowed = 'move';
      setDragged(id);
    },
    onDragEnd: end,
    onDragOver: (event) => {
      if (!included || !dragged) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      setOver(id);
    },
    onDragLeave: () => setOver((o) => (o === id ? null : o)),
    onDrop: (event) => {
      event.preventDefault();
      end();
      const to = ids.indexOf(id);
      if (dragged && dragged !== id && to >= 0) moveTo(dragged, to);
    },
  });
}

interface ArrangeRowProps extends Omit<Row, 'slide'> {
  title: string;
  /** Its number in the deck, from 1; 0 when left out. */
  number: number;
  /** How many slides the deck holds. */
  count: number;
  onInclude: (included: boolean) => void;
  /** Moves the slide to this number in the deck. */
  onMove: (number: number) => void;
  drag: RowDragProps;
  /** The thumbnail. */
  children: ReactNode;
}

export function ArrangeRow(props: ArrangeRowProps) {
  const { included, available, title, number, count, onInclude, onMove } = props;
  const t = useT();
  const whyId = useId();
  const locked = included && count === 1;
  const why = locked ? t('arrangeLastSlide') : available ? '' : t('arrangeSourcesUnused');
  // On every control of the row: the row takes no focus of its own, which would add a tab stop.
  const moveKeys = (event: KeyboardEvent) => {
    if (!included || !event.altKey) return;
    const by = event.key === 'ArrowUp' ? -1 : event.key === 'ArrowDown' ? 1 : 0;
    if (!by) return;
    event.preventDefault();
    onMove(number + by);
  };
  return (
    <li className={included ? 'arrange-row' : 'arrange-row arrange-row-out'} {...props.drag}>
      <input
        type="checkbox"
        className="arrange-check"
        checked={included}
        disabled={locked || !available}
        aria-label={t('arrangeInclude', { title })}
        aria-describedby={why ? whyId : undefined}
        onKeyDown={moveKeys}
        onChange={(event) => onInclude(event.target.checked)}
      />
      {props.children}
      <div className="arrange-text">
        <span className="arrange-number">
          {included ? t('arrangeNumber', { number }) : t('arrangeLeftOut')}
        </span>
        <span className="arrange-title">{title}</span>
        {why && (
          <span className="arrange-why" id={whyId}>
            {why}
          </span>
        )}
      </div>
      {included && (
        <div className="arrange-moves">
          <button
            type="button"
            aria-label={t('arrangeMoveUpOf', { title })}
            disabled={number === 1}
            onKeyDown={moveKeys}
            onClick={() => onMove(number - 1)}
          >
            <span aria-hidden="true">↑ </span>
            {t('arrangeMoveUp')}
          </button>
          <button
            type="button"
            aria-label={t('arrangeMoveDownOf', { title })}
            disabled={number === count}
            onKeyDown={moveKeys}
            onClick={() => onMove(number + 1)}
          >
            <span aria-hidden="true">↓ </span>
            {t('arrangeMoveDown')}
          </button>
        </div>
      )}
    </li>
  );
}

interface ThumbnailProps {
  slide: Slide;
  frame: Frame;
  number: number;
  total: number;
  /** The scrolling list: a thumbnail is drawn once it comes near its visible part. */
  root: RefObject<HTMLElement | null>;
}

/**
 * A slide drawn small, for the eye only (its title is beside it). The full deck has some forty
 * slides, most with charts: each is drawn only once it scrolls near view.
 */
export const Thumbnail = memo(
  function Thumbnail({ slide, frame, number, total, root }: ThumbnailProps) {
    const { ref: box, near: seen } = useNearViewport<HTMLDivElement>({ root, margin: '200px 0px' });
    return (
      <div ref={box} className="arrange-thumb" aria-hidden="true" inert>
        {seen && (
          <Stage>
            <SlideView slide={slide} number={number} total={total} {...frame} />
          </Stage>
        )}
      </div>
    );
  },
  (a, b) =>
    a.number === b.number &&
    a.total === b.total &&
    a.root === b.root &&
    a.frame.dataset === b.frame.dataset &&
    a.frame.year === b.frame.year &&
    a.frame.years === b.frame.years &&
    sameSlide(a.slide, b.slide),
);

/** Slides are rebuilt on every change; a sources page is the same while it lists the same. */
function sameSlide(a: Slide, b: Slide): boolean {
  if (a === b) return true;
  if (a.id !== b.id || a.kind !== 'sources' || b.kind !== 'sources') return false;
  const ids = (s: typeof a) => s.list.map((x) => x.id).join();
  return a.parts === b.parts && ids(a) === ids(b);
}
