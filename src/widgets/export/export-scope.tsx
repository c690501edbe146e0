import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { ChartSpec } from '../../model/chart-spec/chart-spec.ts';

/** The charts a page shows, by id: what its "Export all" puts in the ZIP. */
export type ExportRegistry = Map<string, ChartSpec>;

const RegistryContext = createContext<ExportRegistry | null>(null);

/** Wraps a page whose charts "Export all" collects. */
export function ExportScope({ children }: { children: ReactNode }) {
  const [registry] = useState<ExportRegistry>(() => new Map());
  return <RegistryContext value={registry}>{children}</RegistryContext>;
}

export function useExportRegistry(): ExportRegistry | null {
  return useContext(RegistryContext);
}

/** Enters a chart into the page's "Export all" while it is shown. */
export function useRegisterExport(spec: ChartSpec): void {
  const registry = useExportRegistry();
  useEffect(() => {
    if (!registry) return;
    registry.set(spec.id, spec);
    return () => {
      if (registry.get(spec.id) === spec) registry.delete(spec.id);
    };
  }, [registry, spec]);
}

/** The registered charts in the order the page shows them (each page figure has its spec's id). */
export function inPageOrder(registry: ExportRegistry): ChartSpec[] {
  const position = (spec: ChartSpec) => document.getElementById(spec.id);
  return [...registry.values()].sort((a, b) => {
    const [x, y] = [position(a), position(b)];
    if (!x || !y) return x ? -1 : y ? 1 : 0;
    return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}
