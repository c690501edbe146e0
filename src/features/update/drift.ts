/**
 * The wording-drift rule of the README ("Edit the dataset"): a series breaks when the act
 * counted, the statistic or the scope changes between two years' quotes. The word lists
 * below are small and explicit on purpose: they hold the words the shipped file's breaks
 * turned on, and a flag is only a prompt for the editor to read both quotes.
 */

export type DriftKind = 'countedNoun' | 'statistic' | 'scope';

export interface Drift {
  kind: DriftKind;
  /** The word of the group in the earlier quote ('' when it had none). */
  before: string;
  /** The word of the group in the new quote ('' when it has none). */
  after: string;
}

/** Each group holds words that answer the same question differently; longer words first. */
const GROUPS: readonly { kind: DriftKind; words: readonly string[]; absentIsDrift: boolean }[] = [
  // The act counted.
  {
    kind: 'countedNoun',
    words: ['受理', '办理', '办结', '收到', '接收', '立案'],
    absentIsDrift: false,
  },
  // The statistic.
  {
    kind: 'statistic',
    words: ['平均', '月均', '日均', '年度', '累计', '全年'],
    absentIsDrift: false,
  },
  // The scope: who or what is counted.
  { kind: 'scope', words: ['主动公开', '依申请公开'], absentIsDrift: true },
  { kind: 'scope', words: ['特色专题'], absentIsDrift: true },
  {
    kind: 'scope',
    words: ['区政府本级', '区级', '全区', '区、街', '街道', '社区', '全市'],
    absentIsDrift: false,
  },
  { kind: 'scope', words: ['网站', '门户'], absentIsDrift: true },
];

function firstWord(text: string, words: readonly string[]): string {
  let best = '';
  let at = Infinity;
  for (const word of words) {
    const i = text.indexOf(word);
    if (i >= 0 && (i < at || (i === at && word.length > best.length))) {
      best = word;
      at = i;
    }
  }
  return best;
}

/** What changed in the wording between the metric's latest earlier quote and the new one. */
export function wordingDrift(previousQuote: string, newQuote: string): Drift[] {
  const drift: Drift[] = [];
  for (const group of GROUPS) {
    const before = firstWord(previousQuote, group.words);
    const after = firstWord(newQuote, group.words);
    if (before === after) continue;
    if ((before === '' || after === '') && !group.absentIsDrift) continue;
    drift.push({ kind: group.kind, before, after });
  }
  return drift;
}
