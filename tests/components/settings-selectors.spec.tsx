import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  useFocusYearSetting,
  useRangeSetting,
  useSettings,
} from '../../src/settings/settings-store.ts';

const settings = () => useSettings.getState();

describe('settings selectors', () => {
  it('give the focus year and range, and follow their changes', () => {
    const { result: year } = renderHook(() => useFocusYearSetting());
    const { result: range } = renderHook(() => useRangeSetting());
    expect(year.current).toBeNull();
    expect(range.current).toEqual({ from: null, to: null });
    act(() => {
      settings().setFocusYear(2023);
      settings().setRange(2021, null);
    });
    expect(year.current).toBe(2023);
    expect(range.current).toEqual({ from: 2021, to: null });
  });

  it('do not re-render for a setting they do not select', () => {
    let commits = 0;
    renderHook(() => {
      commits += 1;
      return useRangeSetting();
    });
    const before = commits;
    act(() => {
      settings().setLang('en');
      settings().setFocusYear(2020);
    });
    expect(commits).toBe(before);
  });
});
