import { useMemo, useState } from 'react';
import { caseThemes, difficultyLabels } from '@shared/cases';
import type { PracticeCase } from '@shared/cases';
import { HostError } from '@shared/contract';
import { libraryEntryFor } from '@shared/model/library';
import { hrefs, navigate } from '../../app/routes';
import { host } from '../../host';
import { libraryStore, useLibrary } from '../../state/app-stores';
import { describeShown, difficultiesIn, filterCases, noFilter, themesIn } from './case-filter';
import type { CaseFilter } from './case-filter';
import { attemptsByCase, estimatedTimeText, startCaseRequest } from './start-case';
import { startableCasesFrom, useCases } from '../cases/cases-store';
import { startableFrom, useTemplates } from '../templates/template-store';
import { FilterSelect } from './FilterFields';

function CaseCard({
  practiceCase,
  attempts,
}: {
  practiceCase: PracticeCase;
  attempts: { total: number; finished: number } | undefined;
}) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const custom = useTemplates((s) => s.custom);
  const available = useMemo(() => startableFrom(custom), [custom]);
  const titleId = `case-${practiceCase.id}-title`;
  const start = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const titles = libraryStore.getState().entries.map((entry) => entry.title);
      const attempt = await host.createAttempt(startCaseRequest(practiceCase, available, titles));
      libraryStore.getState().actions.upsert(libraryEntryFor(attempt, 0));
      navigate(hrefs.attempt(attempt.id));
    } catch (caught) {
      setProblem(
        caught instanceof HostError ? caught.message : 'This case could not be started. Please try again.',
      );
      setBusy(false);
    }
  };
  return (
    <li className="case-card" aria-labelledby={titleId} data-testid={`case-${practiceCase.id}`}>
      <h3 className="heading-s case-card__title" id={titleId}>
        {practiceCase.title}
      </h3>
      <dl className="case-card__facts">
        <div>
          <dt className="visually-hidden">Difficulty</dt>
          <dd>
            <strong className={`tag case-card__difficulty case-card__difficulty--${practiceCase.difficulty}`}>
              {difficultyLabels[practiceCase.difficulty]}
            </strong>
          </dd>
        </div>
        <div>
          <dt className="visually-hidden">Estimated time</dt>
          <dd>{estimatedTimeText(practiceCase.estimatedMinutes)}</dd>
        </div>
        <div>
          <dt className="visually-hidden">Case file</dt>
          <dd>{practiceCase.documents.length} documents</dd>
        </div>
      </dl>
      <p className="body case-card__summary">{practiceCase.summary}</p>
      <ul className="case-card__themes" aria-label="Themes">
        {practiceCase.themes.map((theme) => (
          <li key={theme} className="case-card__theme">
            {caseThemes[theme]}
          </li>
        ))}
      </ul>
      {problem ? (
        <p className="error-message" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="case-card__footer">
        <button
          type="button"
          className="button button--secondary case-card__start"
          disabled={busy}
          aria-describedby={titleId}
          onClick={() => void start()}
        >
          {attempts ? 'Start another attempt' : 'Start this case'}
        </button>
        {attempts ? (
          <span className="case-card__attempts">
            {attempts.total === 1 ? '1 attempt' : `${attempts.total} attempts`}
            {attempts.finished > 0 ? `, ${attempts.finished} finished` : ''}
          </span>
        ) : null}
      </div>
    </li>
  );
}

function CaseFilterForm({
  cases,
  filter,
  onChange,
}: {
  cases: readonly PracticeCase[];
  filter: CaseFilter;
  onChange: (next: CaseFilter) => void;
}) {
  return (
    <form className="case-filter" aria-label="Choose cases" onSubmit={(event) => event.preventDefault()}>
      <FilterSelect
        id="case-filter-difficulty"
        label="Difficulty"
        anyLabel="Any difficulty"
        options={difficultiesIn(cases).map((difficulty) => ({
          value: difficulty,
          label: difficultyLabels[difficulty],
        }))}
        value={filter.difficulty}
        onChange={(difficulty) => onChange({ ...filter, difficulty })}
      />
      <FilterSelect
        id="case-filter-theme"
        label="Theme"
        anyLabel="Any theme"
        options={themesIn(cases).map((theme) => ({ value: theme, label: caseThemes[theme] }))}
        value={filter.theme}
        onChange={(theme) => onChange({ ...filter, theme })}
      />
    </form>
  );
}

/** The practice cases: what each is about, its themes, difficulty and time, and a way to start it. */
export function CaseLibrary() {
  const entries = useLibrary((s) => s.entries);
  const complete = useLibrary((s) => s.complete);
  // Counts from the newest page alone would be wrong: they wait for the whole list.
  const counts = complete ? attemptsByCase(entries) : new Map<string, { total: number; finished: number }>();
  const [filter, setFilter] = useState<CaseFilter>(noFilter);
  const caseEntries = useCases((s) => s.entries);
  const caseVersions = useCases((s) => s.versions);
  const caseLibrary = useMemo(
    () => startableCasesFrom(caseEntries, caseVersions),
    [caseEntries, caseVersions],
  );
  const shown = filterCases(caseLibrary, filter);
  return (
    <section aria-labelledby="case-library-title" data-testid="case-library">
      <h2 className="heading-l" id="case-library-title">
        Practice cases
      </h2>
      <p className="body">
        Each case is a fictional case file to read and assess: a risk of serious harm analysis, a risk
        management plan, a sentence plan and a reflective log. New information may arrive as you work. Tutor
        notes open when you finish.
      </p>
      <CaseFilterForm cases={caseLibrary} filter={filter} onChange={setFilter} />
      <p className="case-filter__status">
        <span role="status">{describeShown(shown.length, caseLibrary.length)}</span>
        {shown.length < caseLibrary.length ? (
          <>
            {' '}
            <button type="button" className="link-button" onClick={() => setFilter(noFilter)}>
              Show all cases
            </button>
          </>
        ) : null}
      </p>
      <ul className="case-list">
        {shown.map((practiceCase) => (
          <CaseCard
            key={practiceCase.id}
            practiceCase={practiceCase}
            attempts={counts.get(practiceCase.id)}
          />
        ))}
      </ul>
    </section>
  );
}
