import {
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useLang, useT } from '../../settings/use-lang.ts';
import { buildDeck, type DeckKind, type Slide } from './deck.ts';
import { ArrangeRow, Thumbnail, useRowDrag } from './arrange-row.tsx';
import { arrangementRows, type Frame } from './arrange-rows.ts';
import { usePresentSettings } from './present-settings.ts';
import { slideTitle } from './slide-title.ts';
import './arrange-panel.css';

export interface ArrangePanelProps extends Frame {
  open: boolean;
  onClose: () => void;
  /** Ids the link asks for that the data has no slide for: left out, and said so. */
  missing: readonly string[];
  /** Buttons that take the deck as arranged away (downloads). */
  actions?: ReactNode;
}

function useDialog(open: boolean, onClose: () => void) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element || open === element.open) return;
    // jsdom has no showModal() or close(): there the attribute stands in for them.
    if (open) {
      if (typeof element.showModal === 'function') element.showModal();
      else element.open = true;
    } else if (typeof element.close === 'function') element.close();
    else element.open = false;
  }, [open]);
  const close = () => {
    const element = dialog.current;
    if (element?.open && typeof element.close === 'function') element.close();
    else onClose();
  };
  return { dialog, close };
}

/**
 * "Arrange slides": every slide the data allows, to include, leave out and reorder, by mouse
 * (drag a row) or keyboard (Move up / Move down, or Alt+↑ / Alt+↓ on a row). Each change is
 * written to the link (`?slides=`), so the arranged deck can be sent as one address.
 */
export function ArrangePanel({ open, onClose, missing, actions, ...frame }: ArrangePanelProps) {
  const t = useT();
  const headingId = useId();
  const { dialog, close } = useDialog(open, onClose);
  return (
    <dialog
      ref={dialog}
      className="arrange-panel"
      aria-labelledby={headingId}
      onClose={() => {
        if (open) onClose();
      }}
    >
      {open && (
        <>
          <header className="arrange-header">
            <h2 id={headingId}>{t('arrangeSlides')}</h2>
            <button type="button" onClick={close}>
              {t('close')}
            </button>
          </header>
          {missing.length > 0 && (
            <p className="arrange-missing" role="note">
              {t('missingSlides', { count: missing.length, ids: missing.join(t('listJoin')) })}
            </p>
          )}
          <p className="arrange-hint">{t('arrangeHint')}</p>
          <ArrangeList frame={frame} />
          {actions && <div className="arrange-actions">{actions}</div>}
        </>
      )}
    </dialog>
  );
}

const presets = [
  ['briefing', 'arrangeBriefing'],
  ['full', 'arrangeFullDeck'],
] as const satisfies readonly (readonly [DeckKind, string])[];

function ArrangeList({ frame }: { frame: Frame }) {
  const t = useT();
  const lang = useLang();
  const { dataset, year, years } = frame;
  const deckKind = usePresentSettings((s) => s.deck);
  const chosen = usePresentSettings((s) => s.slides);
  const arrange = usePresentSettings((s) => s.arrange);
  const full = useMemo(() => buildDeck(dataset, year, years, 'full'), [dataset, year, years]);
  const rows = useMemo(() => {
    const asked = chosen ?? buildDeck(dataset, year, years, deckKind).map((s) => s.id);
    return arrangementRows({ dataset, year, years }, full, asked);
  }, [dataset, year, years, full, chosen, deckKind]);
  const ids = rows.filter((r) => r.included).map((r) => r.slide.id);
  const list = useRef<HTMLOListElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const refocus = useRef<HTMLElement | null>(null);
  // React moves a row's element (or those beside it) and the focus may go: it goes back to the
  // control that had it, or to the row's other move button when that one is now disabled.
  useLayoutEffect(() => {
    const element = refocus.current;
    refocus.current = null;
    if (!element?.isConnected) return;
    const target = (element as HTMLButtonElement).disabled
      ? element.closest('li')?.querySelector<HTMLElement>('.arrange-moves button:not(:disabled)')
      : element;
    target?.focus();
  });
  const titleOf = (slide: Slide) => slideTitle(slide, dataset, year, lang);

  const moveTo = (id: string, index: number) => {
    const rest = ids.filter((x) => x !== id);
    const at = Math.max(0, Math.min(index, rest.length));
    const next = [...rest.slice(0, at), id, ...rest.slice(at)];
    if (next.join() === ids.join()) return;
    if (document.activeElement instanceof HTMLElement) refocus.current = document.activeElement;
    arrange(next);
    const slide = rows.find((r) => r.slide.id === id)?.slide;
    if (slide) setAnnouncement(t('arrangeMoved', { title: titleOf(slide), number: at + 1 }));
  };
  const setIncluded = (id: string, included: boolean) => {
    arrange(included ? [...ids, id] : ids.filter((x) => x !== id));
    setAnnouncement('');
  };
  const drag = useRowDrag(ids, moveTo);

  return (
    <>
      <div className="arrange-tools">
        <div className="arrange-presets" role="group" aria-label={t('arrangeStartFrom')}>
          <span aria-hidden="true">{t('arrangeStartFrom')}</span>
          {presets.map(([kind, key]) => (
            <button
              key={kind}
              type="button"
              aria-pressed={chosen === null && deckKind === kind}
              onClick={() => {
                arrange(null, kind);
                setAnnouncement('');
              }}
            >
              {t(key)}
            </button>
          ))}
        </div>
        <p className="arrange-count" role="status">
          {t('arrangeCount', { count: ids.length, total: rows.length })}
          {announcement && ` ${announcement}`}
        </p>
      </div>
      <ol ref={list} className="arrange-list" aria-label={t('arrangeList')}>
        {rows.map((row, index) => (
          <ArrangeRow
            key={row.slide.id}
            included={row.included}
            available={row.available}
            title={titleOf(row.slide)}
            number={ids.indexOf(row.slide.id) + 1}
            count={ids.length}
            onInclude={(included) => setIncluded(row.slide.id, included)}
            onMove={(to) => moveTo(row.slide.id, to - 1)}
            drag={drag(row.slide.id, row)}
          >
            <Thumbnail
              slide={row.slide}
              frame={frame}
              number={index + 1}
              total={rows.length}
              root={list}
            />
          </ArrangeRow>
        ))}
      </ol>
    </>
  );
}
