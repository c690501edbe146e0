export const languages = ['zh', 'en'] as const;
export type Lang = (typeof languages)[number];
