import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import type { ChartSpec } from '../../model/chart-spec/chart-spec.ts';
import { useT } from '../../settings/use-lang.ts';
import { useExportColours } from './export-colours.ts';
import { useChartExports } from './use-chart-exports.ts';
import './export.css';

const ratios = [1, 2, 3] as const;

/** Closes the panel on a click outside it, and on Escape with the focus back on its button. */
function useDismiss(
  open: boolean,
  setOpen: (open: boolean) => void,
  box: RefObject<HTMLElement | null>,
  toggle: RefObject<HTMLElement | null>,
) {
  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false);
    };
    const escape = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !box.current?.contains(document.activeElement)) return;
      setOpen(false);
      toggle.current?.focus();
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('keydown', escape);
    };
  }, [open, setOpen, box, toggle]);
}

/**
 * A chart's export controls behind one small "Export" button: PNG (1×, 2×, 3×), a 16:9 slide,
 * SVG, CSV, and copying the image with or without its caption.
 */
export function ExportActions({ spec }: { spec: ChartSpec }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  // The panel's controls are made on its first opening, then kept (with their status): a page
  // of charts does not carry a few hundred hidden buttons it may never show.
  const [opened, setOpened] = useState(false);
  const [ratio, setRatio] = useState<number>(2);
  const exports = useChartExports(spec, ratio);
  const colours = useExportColours((s) => s.colours);
  const setColours = useExportColours((s) => s.setColours);
  const panelId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLDivElement>(null);
  useDismiss(open, setOpen, box, toggle);
  const action = (label: string, act: () => unknown) => (
    <button type="button" className="button" onClick={() => void act()}>
      {label}
    </button>
  );

  return (
    <div className="export-actions" ref={box}>
      <button
        type="button"
        ref={toggle}
        className="link-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpened(true);
          setOpen((v) => !v);
        }}
      >
        {t('exportMenu')}
      </button>
      <div
        id={panelId}
        className="export-panel"
        role="group"
        aria-label={t('exportMenuOf', { title: spec.title })}
        aria-busy={exports.busy}
        hidden={!open}
      >
        {opened && (
          <>
            <div className="export-png">
              {action(t('downloadPng'), exports.downloadPng)}
              <label>
                {t('pixelRatio')}
                <select value={ratio} onChange={(e) => setRatio(Number(e.target.value))}>
                  {ratios.map((r) => (
                    <option key={r} value={r}>
                      {t('pixelRatioOption', { ratio: r })}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            <label className="export-colours">
              {t('exportColours')}
              <select
                value={colours}
                onChange={(e) => setColours(e.target.value === 'screen' ? 'screen' : 'report')}
              >
                <option value="report">{t('exportColoursReport')}</option>
                <option value="screen">{t('exportColoursScreen')}</option>
              </select>
            </label>
            {action(t('downloadSlidePng'), exports.downloadSlide)}
            {action(t('downloadSvg'), exports.downloadSvg)}
            {action(t('downloadCsv'), exports.downloadCsv)}
            {action(t('copyImage'), exports.copyImage)}
            {action(t('copyWithCaption'), exports.copyWithCaption)}
            <p role="status" className="export-status">
              {exports.status?.text}
            </p>
            {exports.status?.offerDownload && action(t('downloadPngInstead'), exports.downloadPng)}
          </>
        )}
      </div>
    </div>
  );
}
