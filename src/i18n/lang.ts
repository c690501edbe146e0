export const languages = ['zh', 'en'] as const;
export type Lang = (typeof languages)[number];

/** Each language named in itself, so a reader finds theirs whatever the page shows now. */
export const languageNames = { zh: '中文', en: 'English' } as const satisfies Record<Lang, string>;
