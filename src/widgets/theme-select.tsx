import { themes, useSettings, useTheme, type Theme } from '../settings/settings-store.ts';
import { useT } from '../settings/use-lang.ts';

/** Each theme's name in the catalogues. */
export const themeLabel = {
  light: 'themeLight',
  dark: 'themeDark',
  contrast: 'themeContrast',
} as const;

/** The theme shown (light, dark, high contrast), written to the settings and so to the link. */
export function ThemeSelect() {
  const t = useT();
  const theme = useTheme();
  const setTheme = useSettings((s) => s.setTheme);
  return (
    <label>
      {t('theme')}
      <select value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
        {themes.map((th) => (
          <option key={th} value={th}>
            {t(themeLabel[th])}
          </option>
        ))}
      </select>
    </label>
  );
}
