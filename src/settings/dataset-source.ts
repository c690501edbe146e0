import { useQuery } from '@tanstack/react-query';
import { create } from 'zustand';
import { datasetQuery, type DatasetSource } from '../dataset/query.ts';
import { useSettings } from './settings-store.ts';

interface OpenedFile {
  /** A JSON file the reader opened from their own machine; it stands in for `?data=` until closed. */
  file: File | null;
  openFile: (file: File) => void;
  closeFile: () => void;
}

/** Not in the link, unlike the other settings: a file on someone's machine cannot be shared by one. */
export const useOpenedFile = create<OpenedFile>()((set) => ({
  file: null,
  openFile: (file) => set({ file }),
  closeFile: () => set({ file: null }),
}));

/** Where the dataset comes from: the opened file if there is one, else the link's `?data=`. */
export function useDatasetSource(): DatasetSource {
  const url = useSettings((s) => s.data);
  const file = useOpenedFile((s) => s.file);
  return file ? { file } : { url };
}

/** The dataset, for any component that shows part of it: one query, fetched once, shared. */
export function useDatasetQuery() {
  return useQuery(datasetQuery(useDatasetSource()));
}
