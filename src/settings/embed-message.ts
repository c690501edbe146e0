/** The one message an embed sends its host (CONTRACT §3): `{ type, height }`. */
export const RESIZE_MESSAGE = 'rule-of-law-dashboard:resize';
