import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { datasetText } from '../../dataset/load.ts';
import type { Dataset, Metric, Qualifier } from '../../dataset/model.ts';
import { parseDataset } from '../../dataset/parse.ts';
import { DatasetError } from '../../dataset/problems.ts';
import { kinds, qualifiers, type DatasetFile, type Kind } from '../../dataset/schema.ts';
import { formatQualified } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/lang.ts';
import { problemText } from '../../i18n/problem-text.ts';
import { pick, type Translate } from '../../i18n/translate.ts';
import { documentFileName } from '../../model/export/file-name.ts';
import { useDatasetSource } from '../../settings/dataset-source.ts';
import { useLang, useT } from '../../settings/use-lang.ts';
import { saveFile } from '../../ui/export/save-file.ts';
import {
  applyReport,
  type AcceptedFigure,
  type AcceptedFollowUp,
  type FileChange,
  type FollowUpStatus,
  type SourceInput,
} from './edit-file.ts';
import { statusKey } from '../../model/follow-ups.ts';
import { proposeFollowUps, type FollowUpProposal } from './follow-up-proposals.ts';
import { proposeFigures, type Proposal } from './propose.ts';
import './update-page.css';

/** A report is some tens of thousands of characters; past this the text is not a report. */
const MOST_CHARACTERS = 2_000_000;

type Status = 'pending' | 'accepted' | 'rejected';

/** What the editor decided for one proposal; nothing enters the file until it is accepted. */
interface Decision {
  status: Status;
  /** '' for a new metric. */
  metricId: string;
  value: number;
  qualifier: Qualifier;
  /** Whether the series breaks here; null until the editor answers where the wording drifted. */
  breaks: boolean | null;
  newId: string;
  newName: string;
  /** The figure's unit word as the report writes it, unless the editor changes it. */
  newUnit: string;
  newKind: Kind;
  newCategory: string;
}

interface FollowUpDecision {
  status: FollowUpStatus | '';
  /** The chosen sentence's place among the candidates. */
  candidate: number;
}

const kindKeys = {
  count: 'kindCount',
  percent: 'kindPercent',
  score: 'kindScore',
  rank: 'kindRank',
} as const satisfies Record<Kind, string>;

const qualifierKeys = { exact: 'csvExact', atLeast: 'csvAtLeast', approx: 'csvApprox' } as const;

function firstDecision(proposal: Proposal, dataset: Dataset, index: number): Decision {
  const { figure } = proposal;
  const kind: Kind = figure.unit === '%' ? 'percent' : /名$/.test(figure.unit) ? 'rank' : 'count';
  return {
    status: 'pending',
    metricId: proposal.metricId ?? '',
    value: figure.value,
    qualifier: figure.qualifier,
    breaks: proposal.drift.length > 0 ? null : false,
    newId: `new_metric_${index + 1}`,
    newName: '',
    newUnit: figure.unit,
    newKind: kind,
    newCategory: dataset.categories[0]?.id ?? '',
  };
}

const today = () => new Date().toISOString().slice(0, 10);

/** What an id may be (CONTRACT §1): lowercase letters, digits, "-" and "_", from a letter. */
const ID = /^[a-z][a-z0-9_-]*$/;

/**
 * Whether a proposal can be accepted: a metric it continues, with the question of a break
 * answered where the wording drifted; or a new metric with a name and a well-formed id.
 */
function ready(decision: Decision): boolean {
  if (decision.metricId !== '') return decision.breaks !== null;
  return decision.newName.trim() !== '' && ID.test(decision.newId);
}

/** The page's words for one line of the change list. */
function changeText(change: FileChange, dataset: Dataset, lang: Lang, t: Translate): string {
  const name = (id: string) => {
    const metric = dataset.metricById.get(id);
    return metric ? pick(metric.name, lang) : id;
  };
  switch (change.kind) {
    case 'added':
      return t('changeAdded', {
        metric: name(change.metric),
        year: change.year,
        figure: formatQualified(change.value, change.qualifier, lang),
      });
    case 'corrected':
      return t('changeCorrected', {
        metric: name(change.metric),
        year: change.year,
        before: formatQualified(change.before, change.beforeQualifier, lang),
        figure: formatQualified(change.value, change.qualifier, lang),
      });
    case 'newMetric':
      return t('changeNewMetric', { metric: change.metric });
    case 'break':
      return t('changeBreak', { metric: name(change.metric), year: change.year });
    case 'followUp': {
      const finding = dataset.findings[change.finding];
      return t('changeFollowUp', {
        finding: finding ? pick(finding.text, lang) : String(change.finding),
        status: t(statusKey[change.status]),
      });
    }
  }
}

/** The sentence with the figure marked, as plain text (markup in a report stays text). */
function Marked({
  text,
  from,
  to,
  mark,
}: {
  text: string;
  from: number;
  to: number;
  mark: { start: number; end: number };
}) {
  return (
    <bdi className="update-sentence">
      {text.slice(from, mark.start)}
      <mark>{text.slice(mark.start, mark.end)}</mark>
      {text.slice(mark.end, to)}
    </bdi>
  );
}

function Field({
  label,
  wide = false,
  children,
}: {
  label: string;
  /** Two columns where there is room: a report's title is long. */
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <label className={wide ? 'update-field update-field-wide' : 'update-field'}>
      <span>{label}</span>
      {children}
    </label>
  );
}

function EarlierFigures({ metric, lang }: { metric: Metric | undefined; lang: Lang }) {
  const t = useT();
  if (!metric || metric.observations.length === 0) return <p>{t('noEarlierFigures')}</p>;
  return (
    <ul className="update-earlier">
      {metric.observations.slice(-3).map((o) => (
        <li key={o.year}>
          <strong>
            {t('yearOf', { year: o.year })} {formatQualified(o.value, o.qualifier, lang)}
          </strong>{' '}
          <bdi>{o.quote}</bdi>
        </li>
      ))}
    </ul>
  );
}

function ProposalCard({
  number,
  proposal,
  decision,
  dataset,
  text,
  onChange,
}: {
  number: number;
  proposal: Proposal;
  decision: Decision;
  dataset: Dataset;
  text: string;
  onChange: (next: Decision) => void;
}) {
  const t = useT();
  const lang = useLang();
  const headingId = useId();
  const { figure } = proposal;
  const metric = dataset.metricById.get(decision.metricId);
  const set = (patch: Partial<Decision>) => onChange({ ...decision, ...patch });
  const waiting = !ready(decision);
  return (
    <li className={`update-proposal update-${decision.status}`} aria-labelledby={headingId}>
      <h4 id={headingId}>
        {t('proposalOf', { number })} · {t(decision.status)}
      </h4>
      <p>
        <Marked
          text={text}
          from={figure.sentence.start}
          to={figure.sentence.end}
          mark={figure.span}
        />
      </p>
      <div className="update-fields">
        <Field label={t('proposedMetric')}>
          <select
            value={decision.metricId}
            onChange={(e) =>
              set({
                metricId: e.target.value,
                breaks:
                  e.target.value === proposal.metricId && proposal.drift.length ? null : false,
              })
            }
          >
            <option value="">{t('newMetric')}</option>
            {dataset.metrics.map((m) => (
              <option key={m.id} value={m.id}>
                {pick(m.name, lang)}
                {t('aside', { text: pick(m.unit, lang) })}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('proposalValue')}>
          <input
            type="number"
            value={decision.value}
            onChange={(e) => set({ value: Number(e.target.value) })}
          />
        </Field>
        <Field label={t('proposalQualifier')}>
          <select
            value={decision.qualifier}
            onChange={(e) => set({ qualifier: e.target.value as Qualifier })}
          >
            {qualifiers.map((q) => (
              <option key={q} value={q}>
                {t(qualifierKeys[q])}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {decision.metricId === '' && (
        <div className="update-fields">
          <Field label={t('newMetricId')}>
            <input value={decision.newId} onChange={(e) => set({ newId: e.target.value })} />
          </Field>
          <Field label={t('newMetricName')}>
            <input value={decision.newName} onChange={(e) => set({ newName: e.target.value })} />
          </Field>
          <Field label={t('newMetricUnit')}>
            <input value={decision.newUnit} onChange={(e) => set({ newUnit: e.target.value })} />
          </Field>
          <Field label={t('newMetricKind')}>
            <select
              value={decision.newKind}
              onChange={(e) => set({ newKind: e.target.value as Kind })}
            >
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {t(kindKeys[k])}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('newMetricCategory')}>
            <select
              value={decision.newCategory}
              onChange={(e) => set({ newCategory: e.target.value })}
            >
              {dataset.categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {pick(c.name, lang)}
                </option>
              ))}
            </select>
          </Field>
        </div>
      )}
      {proposal.statedChanges.map((c, i) => (
        <p key={i}>{t('statedChangeFound', { quote: text.slice(c.quote.start, c.quote.end) })}</p>
      ))}
      {decision.metricId !== '' && (
        <details open>
          <summary>{t('earlierFigures')}</summary>
          <EarlierFigures metric={metric} lang={lang} />
        </details>
      )}
      {decision.metricId !== '' &&
        decision.metricId === proposal.metricId &&
        proposal.drift.length > 0 && (
          <p className="update-drift">
            {t('driftFound', {
              words: proposal.drift
                .map((d) => t('driftWords', { before: d.before, after: d.after }))
                .join(t('listSeparator')),
            })}
          </p>
        )}
      {decision.metricId !== '' && (
        <fieldset className="update-series">
          <legend>{t('seriesQuestion')}</legend>
          <label>
            <input
              type="radio"
              name={`${headingId}-series`}
              checked={decision.breaks === false}
              onChange={() => set({ breaks: false })}
            />
            {t('seriesContinues')}
          </label>
          <label>
            <input
              type="radio"
              name={`${headingId}-series`}
              checked={decision.breaks === true}
              onChange={() => set({ breaks: true })}
            />
            {t('seriesBreaks')}
          </label>
        </fieldset>
      )}
      <div className="update-actions">
        {decision.status === 'pending' ? (
          <>
            <button
              type="button"
              className="button"
              disabled={waiting}
              onClick={() => set({ status: 'accepted' })}
            >
              {t('accept')}
            </button>
            <button type="button" className="button" onClick={() => set({ status: 'rejected' })}>
              {t('reject')}
            </button>
          </>
        ) : (
          <button type="button" className="button" onClick={() => set({ status: 'pending' })}>
            {t('undo')}
          </button>
        )}
      </div>
    </li>
  );
}

function FollowUps({
  proposals,
  decisions,
  text,
  year,
  onChange,
}: {
  proposals: readonly FollowUpProposal[];
  decisions: readonly FollowUpDecision[];
  text: string;
  year: number;
  onChange: (index: number, next: FollowUpDecision) => void;
}) {
  const t = useT();
  const lang = useLang();
  return (
    <section className="update-section" aria-labelledby="update-follow-ups">
      <h3 id="update-follow-ups">{t('followUpsTitle')}</h3>
      {proposals.length === 0 ? (
        <p>{t('followUpsNone', { year })}</p>
      ) : (
        <ul className="update-follow-ups">
          {proposals.map((p, i) => {
            const decision = decisions[i] ?? { status: '', candidate: 0 };
            return (
              <li key={p.index}>
                <p>
                  <strong>{t(p.finding.type)}</strong> {pick(p.finding.text, lang)}
                </p>
                {p.candidates.length === 0 ? (
                  <p>{t('followUpNoCandidate')}</p>
                ) : (
                  <fieldset>
                    <legend>{t('followUpCandidates')}</legend>
                    {p.candidates.map((span, j) => (
                      <label key={span.start}>
                        <input
                          type="radio"
                          name={`follow-up-${p.index}`}
                          checked={decision.candidate === j}
                          onChange={() => onChange(i, { ...decision, candidate: j })}
                        />
                        <bdi>{text.slice(span.start, span.end)}</bdi>
                      </label>
                    ))}
                  </fieldset>
                )}
                <Field label={t('followUpStatus')}>
                  <select
                    value={decision.status}
                    onChange={(e) =>
                      onChange(i, { ...decision, status: e.target.value as FollowUpStatus | '' })
                    }
                  >
                    <option value="">{t('pending')}</option>
                    {/* A follow-up quotes the report (CONTRACT §1): with no sentence, none is recorded. */}
                    {(p.candidates.length ? (['done', 'progress'] as const) : []).map((s) => (
                      <option key={s} value={s}>
                        {t(statusKey[s])}
                      </option>
                    ))}
                  </select>
                </Field>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** The figures and follow-ups the editor accepted, as the file takes them. */
function accepted(
  proposals: readonly Proposal[],
  decisions: readonly Decision[],
  text: string,
  fresh: FollowUpProposal[],
  followUpDecisions: readonly FollowUpDecision[],
) {
  const figures: AcceptedFigure[] = proposals.flatMap((p, i) => {
    const d = decisions[i];
    if (!d || d.status !== 'accepted') return [];
    const metricId = d.metricId || d.newId;
    return [
      {
        metricId,
        newMetric: d.metricId
          ? undefined
          : {
              id: d.newId,
              name: d.newName,
              unit: d.newUnit,
              kind: d.newKind,
              category: d.newCategory,
            },
        value: d.value,
        qualifier: d.qualifier,
        quote: text.slice(p.figure.quote.start, p.figure.quote.end),
        comparableWithPrevious: d.breaks !== true,
        statedChanges: p.statedChanges.map((c) => ({
          value: c.value,
          measure: c.measure,
          qualifier: c.qualifier,
          quote: text.slice(c.quote.start, c.quote.end),
        })),
      },
    ];
  });
  const followUps: AcceptedFollowUp[] = fresh.flatMap((p, i) => {
    const d = followUpDecisions[i];
    if (!d?.status) return [];
    const span = p.candidates[d.candidate];
    if (!span) return [];
    return [{ finding: p.index, status: d.status, quote: text.slice(span.start, span.end) }];
  });
  return { figures, followUps };
}

/**
 * Add a report (#/update): paste the new year's report, confirm the figures it holds and
 * what it says of last year's plans, and download the dataset file with them added, checked
 * by the app's own rules. Works on the loaded dataset, in the browser only.
 */
export function UpdatePage({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const lang = useLang();
  const source = useDatasetSource();
  const original = useQuery({
    queryKey: ['dataset-text', 'url' in source ? source.url : source.file.name],
    queryFn: ({ signal }) => datasetText(source, signal),
    staleTime: Infinity,
  });
  const [text, setText] = useState('');
  const [year, setYear] = useState((dataset.years.at(-1) ?? new Date().getFullYear() - 1) + 1);
  const [input, setInput] = useState<SourceInput>({
    title: '',
    publisher: '',
    published: '',
    url: '',
  });
  const [message, setMessage] = useState('');
  const [found, setFound] = useState<{
    text: string;
    year: number;
    proposals: Proposal[];
    followUps: FollowUpProposal[];
  } | null>(null);
  const [decisions, setDecisions] = useState<Decision[]>([]);
  const [followUpDecisions, setFollowUpDecisions] = useState<FollowUpDecision[]>([]);

  const find = () => {
    setMessage('');
    if (!text.trim()) return setMessage(t('updateEmpty'));
    if (text.length > MOST_CHARACTERS)
      return setMessage(t('updateTooLong', { length: text.length, limit: MOST_CHARACTERS }));
    if (!Number.isInteger(year) || year < 1949 || year > 2100)
      return setMessage(t('updateYearInvalid'));
    if (!input.title.trim()) return setMessage(t('updateNoTitle'));
    const proposals = proposeFigures(dataset, text, year);
    const followUps = proposeFollowUps(dataset.findings, text, year);
    setFound({ text, year, proposals, followUps });
    setDecisions(proposals.map((p, i) => firstDecision(p, dataset, i)));
    setFollowUpDecisions(followUps.map(() => ({ status: '', candidate: 0 })));
  };

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      setText(new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer()));
    } catch (error) {
      setMessage(
        t('updateFileUnreadable', {
          name: file.name,
          reason: error instanceof Error ? error.message : String(error),
        }),
      );
    }
  };

  const result = useMemo(() => {
    if (!found || original.data === undefined) return null;
    const { figures, followUps } = accepted(
      found.proposals,
      decisions,
      found.text,
      found.followUps,
      followUpDecisions,
    );
    const raw = JSON.parse(original.data) as DatasetFile;
    const { file, changes } = applyReport(raw, found.year, input, figures, followUps, today());
    const json = `${JSON.stringify(file, null, 2)}\n`;
    try {
      parseDataset(json, 'new.json');
      return { json, changes, problems: [] as string[] };
    } catch (error) {
      const problems =
        error instanceof DatasetError
          ? error.problems.map((p) => `${p.path} ${problemText(p, t)}`)
          : [String(error)];
      return { json, changes, problems };
    }
  }, [found, decisions, followUpDecisions, input, original.data, t]);

  const counts = found && {
    count: found.proposals.length,
    proposed: found.proposals.filter((p) => p.metricId !== null).length,
    fresh: found.proposals.filter((p) => p.metricId === null).length,
  };

  return (
    <div className="update-page">
      <div className="page-head">
        <h2>{t('addReport')}</h2>
        <p>{t('updateIntro')}</p>
      </div>
      <section className="update-section" aria-label={t('reportText')}>
        <Field label={t('reportText')}>
          <textarea
            rows={10}
            value={text}
            spellCheck={false}
            onChange={(e) => setText(e.target.value)}
          />
        </Field>
        <Field label={t('openTextFile')}>
          <input
            type="file"
            accept=".txt,text/plain"
            onChange={(e) => void openFile(e.target.files?.[0])}
          />
        </Field>
        <div className="update-fields">
          <Field label={t('reportYear')}>
            <input type="number" value={year} onChange={(e) => setYear(Number(e.target.value))} />
          </Field>
          <Field label={t('sourceTitle')} wide>
            <input
              value={input.title}
              onChange={(e) => setInput({ ...input, title: e.target.value })}
            />
          </Field>
          <Field label={t('sourcePublisher')}>
            <input
              value={input.publisher}
              onChange={(e) => setInput({ ...input, publisher: e.target.value })}
            />
          </Field>
          <Field label={t('sourcePublished')}>
            <input
              type="date"
              value={input.published}
              onChange={(e) => setInput({ ...input, published: e.target.value })}
            />
          </Field>
          <Field label={t('sourceUrl')}>
            <input
              type="url"
              value={input.url}
              onChange={(e) => setInput({ ...input, url: e.target.value })}
            />
          </Field>
        </div>
        <button type="button" className="button primary" onClick={find}>
          {t('findFigures')}
        </button>
        <p role="status" className="update-message">
          {message}
        </p>
      </section>
      {found && counts && (
        <section className="update-section" aria-labelledby="update-proposals">
          <h3 id="update-proposals">
            {counts.count ? t('proposalsFound', counts) : t('noFiguresFound')}
          </h3>
          {counts.count > 0 && (
            <button
              type="button"
              className="button"
              onClick={() =>
                setDecisions(
                  decisions.map((d) =>
                    d.status === 'pending' && ready(d) ? { ...d, status: 'accepted' } : d,
                  ),
                )
              }
            >
              {t('acceptAll')}
            </button>
          )}
          <ol className="update-proposals">
            {found.proposals.map((proposal, i) => (
              <ProposalCard
                key={`${proposal.figure.span.start}`}
                number={i + 1}
                proposal={proposal}
                decision={decisions[i] ?? firstDecision(proposal, dataset, i)}
                dataset={dataset}
                text={found.text}
                onChange={(next) => setDecisions(decisions.map((d, j) => (j === i ? next : d)))}
              />
            ))}
          </ol>
        </section>
      )}
      {found && (
        <FollowUps
          proposals={found.followUps}
          decisions={followUpDecisions}
          text={found.text}
          year={found.year}
          onChange={(i, next) =>
            setFollowUpDecisions(followUpDecisions.map((d, j) => (j === i ? next : d)))
          }
        />
      )}
      {found && result && (
        <section className="update-section" aria-labelledby="update-changes">
          <h3 id="update-changes">{t('changesTitle')}</h3>
          {result.changes.length === 0 ? (
            <p>{t('changesNone')}</p>
          ) : (
            <ul className="update-changes">
              {result.changes.map((c, i) => (
                <li key={i}>{changeText(c, dataset, lang, t)}</li>
              ))}
            </ul>
          )}
          {result.problems.length === 0 ? (
            <p>{t('validationPassed')}</p>
          ) : (
            <div role="alert">
              <p>{t('validationFailed')}</p>
              <ul>
                {result.problems.map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
              </ul>
            </div>
          )}
          <div className="update-actions">
            <button
              type="button"
              className="button primary"
              disabled={result.problems.length > 0 || result.changes.length === 0}
              onClick={() =>
                saveFile(
                  new Blob([result.json], { type: 'application/json' }),
                  'url' in source
                    ? (source.url.split('/').pop() ?? 'dataset.json')
                    : source.file.name,
                )
              }
            >
              {t('downloadDataset')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() =>
                saveFile(
                  new Blob([found.text], { type: 'text/plain;charset=utf-8' }),
                  documentFileName(dataset, found.year, 'rule-of-law-report.zh.txt'),
                )
              }
            >
              {t('downloadSourceText')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
