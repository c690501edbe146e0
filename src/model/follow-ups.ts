import type { Finding, FollowUp, FollowUpStatus } from '../dataset/model.ts';
import type { Lang } from '../i18n/lang.ts';
import { pick, type Translate } from '../i18n/translate.ts';

/**
 * The one rule for "recurring": a shortcoming of year Y recurs when the findings of year Y + 1
 * again list a shortcoming in the same category that names at least one of the same metrics.
 * A shortcoming naming no metric is never marked: there is nothing to tell it is the same one.
 */
export function isRecurring(finding: Finding, findings: readonly Finding[]): boolean {
  if (finding.type !== 'shortcoming' || finding.metricIds.length === 0) return false;
  return findings.some(
    (other) =>
      other.type === 'shortcoming' &&
      other.year === finding.year + 1 &&
      other.categoryId === finding.categoryId &&
      other.metricIds.some((id) => finding.metricIds.includes(id)),
  );
}

/** The catalogue's word for each status, wherever a follow-up's status is shown or chosen. */
export const statusKey = {
  done: 'followUpDone',
  progress: 'followUpProgress',
  notReported: 'followUpNotReported',
} as const satisfies Record<FollowUpStatus, string>;

/** "2024年报告：有进展" / "2024 report: progress made": a follow-up's year and status in words. */
export function followUpHeading(followUp: FollowUp, t: Translate): string {
  return t('followUpLine', { year: followUp.year, status: t(statusKey[followUp.status]) });
}

/** A follow-up in one line: its year, status, the verbatim quote and the source's title. */
export function followUpLine(followUp: FollowUp, t: Translate, lang: Lang): string {
  return `${followUpHeading(followUp, t)}${t('colon')}${t('quoted', { text: followUp.quote })}${t('aside', { text: pick(followUp.source.title, lang) })}`;
}
