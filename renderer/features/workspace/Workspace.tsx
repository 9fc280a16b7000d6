import { Fragment, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import {
  canContinue,
  documentsWithTranscript,
  INTERVIEW_TRANSCRIPT_ID,
  interviewReflection,
  interviewStateOf,
  releasedDocuments,
} from '@shared/cases';
import { caseVersionOf } from '@shared/model/attempt';
import { resolveCase } from '../cases/cases-store';
import type { PracticeCase } from '@shared/cases';
import { randomId } from '@shared/model/ids';
import type { SetAsideFinding } from '@shared/model/attempt';
import type { ItemRef } from '@shared/rules';
import { hrefs, navigate } from '../../app/routes';
import { settingsStore, useSettings } from '../../state/app-stores';
import { useAttempt, useAttemptStore } from '../attempt/context';
import { noteRender } from '../attempt/render-probe';
import type { AttemptState, AttemptStore } from '../attempt/attempt-store';
import type { Attempt } from '@shared/model/attempt';
import { CaseFile } from '../casefile/CaseFile';
import { attachPassage, attachTargetsFor, detachPassage } from '../casefile/evidence';
import { FeedbackPanel } from '../feedback/FeedbackPanel';
import { useTextAnalysis, useTextFindings } from '../feedback/text-findings';
import { bringFindingBack, setFindingAside } from '@shared/text-feedback/set-aside';
import { AttemptBar } from './AttemptBar';
import { goToItem, itemRefFromElement } from './focus';
import { InterviewPanel } from './InterviewPanel';
import { askInterviewQuestion, endTheInterview, setWorkToTime } from './interview-actions';
import { NewInformationNotice } from './NewInformationNotice';
import { documentsDueNow, documentsOnContinue, withReleased } from './new-information';
import { prefillReflectiveLog, REFLECTIVE_LOG } from './prefill';
import { updateAttempt } from './session';
import { SplitView } from './SplitView';
import { TutorNotesPanel } from './TutorNotesPanel';
import { useTimeTracker } from './useTimeTracker';
import type { TimeTracker } from './useTimeTracker';
import {
  createWorkspaceUiStore,
  useWorkspaceUi,
  useWorkspaceUiStore,
  WorkspaceUiContext,
} from './workspace-store';
import type { SidePanel, WorkspaceUiStore } from './workspace-store';
import './workspace.css';

export interface WorkspaceProps {
  templateId: string | null;
  sectionId: string | null;
  /** The form: the attempt overview or a section page. */
  children: ReactNode;
}

const noneSetAside: readonly SetAsideFinding[] = [];

interface FinishedNotice {
  decisions: number;
  prefilled: boolean;
}

function releaseWith(store: AttemptStore, ui: WorkspaceUiStore, ids: string[]): void {
  if (ids.length === 0) return;
  updateAttempt(store, (attempt) => ({
    ...attempt,
    releasedDocumentIds: withReleased(
      attempt.releasedDocumentIds,
      ids.map((id) => ({ id })),
    ),
  }));
  ui.getState().actions.announceRelease(ids);
}

/** Releases documents whose section trigger has fired, whenever the evaluation moves on. */
function useReleases(store: AttemptStore, ui: WorkspaceUiStore, practiceCase: PracticeCase | null): void {
  useEffect(() => {
    if (!practiceCase) return;
    const check = (state: AttemptState) => {
      const due = documentsDueNow(
        practiceCase,
        state.attempt.releasedDocumentIds,
        state.evaluation.sectionStatus,
      );
      releaseWith(
        store,
        ui,
        due.map((document) => document.id),
      );
    };
    check(store.getState());
    return store.subscribe((state, previous) => {
      if (state.evaluation !== previous.evaluation) check(state);
    });
  }, [store, ui, practiceCase]);
}

/** On finishing: tutor notes open beside the answers, and the reflective log starts with the attempt's decisions. */
function useOnFinish(
  store: AttemptStore,
  ui: WorkspaceUiStore,
  practiceCase: PracticeCase | null,
  tracker: TimeTracker,
  onFinished: (notice: FinishedNotice) => void,
): void {
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (previous.attempt.status === 'finished' || state.attempt.status !== 'finished') return;
        tracker.drain();
        state.actions.evaluateNow?.();
        const current = store.getState();
        const prefill = prefillReflectiveLog({
          attempt: current.attempt,
          templates: current.templates,
          visibleAnswers: current.evaluation.visibleAnswers,
          caseTitle: practiceCase?.title ?? null,
          documentTitle: (id) =>
            (practiceCase
              ? documentsWithTranscript(
                  practiceCase,
                  practiceCase.documents,
                  interviewStateOf(current.attempt),
                )
              : []
            ).find((document) => document.id === id)?.title ?? null,
          newRowId: randomId,
          interview: practiceCase
            ? interviewReflection(practiceCase, interviewStateOf(current.attempt))
            : null,
        });
        if (prefill) {
          updateAttempt(store, (attempt) => ({
            ...attempt,
            answers: { ...attempt.answers, [REFLECTIVE_LOG]: prefill.answers } as typeof attempt.answers,
          }));
          // The log was just started for the trainee: greet it with their decisions, not "There is a
          // problem" about the reasons they have yet to write (finishing anyway revealed its errors).
          const revealed = Object.fromEntries(
            Object.entries(store.getState().revealed).filter(
              ([key]) => !key.startsWith(`${REFLECTIVE_LOG}/`),
            ),
          );
          store.setState({ revealed });
        }
        if (practiceCase) ui.getState().actions.showPanel('tutor-notes');
        onFinished({ decisions: prefill?.decisionCount ?? 0, prefilled: prefill !== null });
        if (prefill) {
          const log = current.templates.find((template) => template.id === REFLECTIVE_LOG);
          const section = log?.sections.find((s) => s.id === 'decisions') ?? log?.sections[0];
          if (log && section) navigate(hrefs.attempt(current.attempt.id, log.id, section.id));
        }
      }),
    [store, ui, practiceCase, tracker, onFinished],
  );
}

/** `shown` is the panel on screen: the one asked for, or the first there is (an own case has no case file). */
function PanelTabs({ tabs, shown }: { tabs: Array<{ id: SidePanel; label: string }>; shown: SidePanel }) {
  const actions = useWorkspaceUi((s) => s.actions);
  return (
    <div className="side-tabs" role="tablist" aria-label="Beside your answers">
      {tabs.map((tab, index) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          id={`side-tab-${tab.id}`}
          className="side-tabs__tab"
          aria-selected={shown === tab.id}
          aria-controls="side-panel"
          tabIndex={shown === tab.id ? 0 : -1}
          onClick={() => actions.showPanel(tab.id)}
          onKeyDown={(event) => {
            const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
            const to =
              event.key === 'Home' ? 0 : event.key === 'End' ? tabs.length - 1 : step ? index + step : null;
            if (to === null) return;
            event.preventDefault();
            const next = tabs[(to + tabs.length) % tabs.length]!;
            actions.showPanel(next.id);
            document.getElementById(`side-tab-${next.id}`)?.focus();
          }}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}

function WorkspaceInner({ templateId, sectionId, children }: WorkspaceProps) {
  noteRender('workspace');
  const store = useAttemptStore();
  const ui = useWorkspaceUiStore();
  const attemptId = useAttempt((s) => s.attempt.id);
  const caseId = useAttempt((s) => s.attempt.caseId);
  const status = useAttempt((s) => s.attempt.status);
  const releasedIds = useAttempt((s) => s.attempt.releasedDocumentIds);
  const templates = useAttempt((s) => s.templates);
  const evaluation = useAttempt((s) => s.evaluation);
  const evidence = useAttempt((s) => s.attempt.evidence);
  const timing = useAttempt((s) => s.attempt.timing);
  const interviewState = useAttempt((s) => s.attempt.interview);
  const panel = useWorkspaceUi((s) => s.panel);
  const sideShown = useWorkspaceUi((s) => s.sideShown);
  const target = useWorkspaceUi((s) => s.target);
  const notice = useWorkspaceUi((s) => s.notice);
  const unreadCount = useWorkspaceUi((s) => s.unread.length);
  const uiActions = useWorkspaceUi((s) => s.actions);
  const split = useSettings((s) => s.settings.caseFileSplit);
  const [finished, setFinished] = useState<FinishedNotice | null>(null);
  const [formEpoch, setFormEpoch] = useState(0);

  const caseVersion = useAttempt((s) => s.attempt.caseVersion);
  const practiceCase = useMemo(
    () => (caseId ? (resolveCase(caseId, caseVersionOf({ caseId, caseVersion })) ?? null) : null),
    [caseId, caseVersion],
  );
  // The interview's transcript heads the case file once a question is asked: listed, searched and quoted
  // like any document, and rebuilt from the questions asked whenever the attempt opens.
  const documents = useMemo(
    () =>
      practiceCase
        ? documentsWithTranscript(
            practiceCase,
            releasedDocuments(practiceCase, releasedIds),
            interviewStateOf({ interview: interviewState }),
          )
        : [],
    [practiceCase, releasedIds, interviewState],
  );
  const lateIds = useMemo(
    () => new Set(documents.filter((d) => d.release.kind !== 'start').map((d) => d.id)),
    [documents],
  );
  const sectionKey = templateId && sectionId ? `${templateId}/${sectionId}` : null;
  const tracker = useTimeTracker(store, sectionKey);
  useTextAnalysis(store, practiceCase);
  const textFindings = useTextFindings(store);
  const setAside = useAttempt((s) => s.attempt.findingsSetAside) ?? noneSetAside;

  useReleases(store, ui, practiceCase);
  useOnFinish(store, ui, practiceCase, tracker, setFinished);

  const template = templates.find((t) => t.id === templateId);
  const targets = useMemo(
    () => (template && sectionId ? attachTargetsFor(template, sectionId, evaluation) : []),
    [template, sectionId, evaluation],
  );
  const chosenTarget =
    targets.find((t) => t.templateId === target?.templateId && t.itemId === target?.itemId) ??
    targets[0] ??
    null;
  // The attach panel reads an answer only where quotes live in it (an evidence question; other questions
  // keep theirs as links). Subscribing to all the answers, or to the text question being typed in, drew the
  // whole workspace again, case file and panels included, on every key typed in the form.
  const targetAnswer = useAttempt((s) =>
    chosenTarget?.home === 'answer'
      ? s.attempt.answers[chosenTarget.templateId]?.[chosenTarget.itemId]
      : undefined,
  );
  const attachedAnswers = useMemo(
    () =>
      (chosenTarget && targetAnswer !== undefined
        ? { [chosenTarget.templateId]: { [chosenTarget.itemId]: targetAnswer } }
        : {}) as Attempt['answers'],
    [chosenTarget, targetAnswer],
  );

  const go = (ref: ItemRef) => goToItem(attemptId, templates, ref);
  /**
   * The form's quote fields keep their rows on screen from when they were drawn, so a quote added to an
   * answer from the case file would not show (and the next edit there would drop it). Drawing the form
   * afresh shows it; focus stays where the trainee was, in the case file.
   */
  const redrawForm = () => {
    const hadFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setFormEpoch((n) => n + 1);
    requestAnimationFrame(() => requestAnimationFrame(() => hadFocus?.isConnected && hadFocus.focus()));
  };
  const openDocument = (id: string) => uiActions.openDocument(id);
  const documentTitle = (id: string) => documents.find((d) => d.id === id)?.title ?? null;

  const tabs: Array<{ id: SidePanel; label: string }> = [];
  if (practiceCase)
    tabs.push({ id: 'casefile', label: unreadCount > 0 ? `Case file (${unreadCount} new)` : 'Case file' });
  if (practiceCase?.interview) tabs.push({ id: 'interview', label: 'Interview' });
  tabs.push({
    id: 'feedback',
    label: evaluation.ruleResults.length > 0 ? `Feedback (${evaluation.ruleResults.length})` : 'Feedback',
  });
  if (practiceCase && status === 'finished') tabs.push({ id: 'tutor-notes', label: 'Tutor notes' });
  const shownPanel = tabs.some((tab) => tab.id === panel) ? panel : tabs[0]!.id;
  // Another panel starts at its top, not where the last one was scrolled to.
  useEffect(() => {
    document.getElementById('workspace-side')?.scrollTo({ top: 0 });
  }, [shownPanel]);

  const attach = {
    targets,
    target: chosenTarget,
    onChooseTarget: (t: ItemRef) => uiActions.setTarget({ templateId: t.templateId, itemId: t.itemId }),
    attempt: { answers: attachedAnswers, evidence },
    onAttach: (t: Parameters<typeof attachPassage>[1], picked: { documentId: string; quote: string }) => {
      const outcome = attachPassage(store.getState().attempt, t, picked.documentId, picked.quote, {
        now: () => new Date(),
        newId: randomId,
      });
      if (!outcome.ok) return outcome.message;
      updateAttempt(store, () => outcome.attempt);
      uiActions.pick(null);
      if (outcome.home === 'answer') redrawForm();
      return null;
    },
    onDetach: (t: Parameters<typeof detachPassage>[1], passage: Parameters<typeof detachPassage>[2]) => {
      updateAttempt(store, (attempt) => detachPassage(attempt, t, passage));
      if (t.home === 'answer') redrawForm();
    },
  };

  const side = (
    <aside className="workspace__side" aria-label="Case file and feedback">
      <PanelTabs tabs={tabs} shown={shownPanel} />
      <div className="side-panel" id="side-panel" role="tabpanel" aria-labelledby={`side-tab-${shownPanel}`}>
        {shownPanel === 'casefile' && practiceCase ? (
          <CaseFile documents={documents} lateIds={lateIds} attach={attach} />
        ) : null}
        {shownPanel === 'interview' && practiceCase?.interview ? (
          <InterviewPanel
            practiceCase={{ person: practiceCase.person, interview: practiceCase.interview }}
            state={interviewStateOf({ interview: interviewState })}
            canAsk={status !== 'finished'}
            onAsk={(questionId) => {
              const outcome = askInterviewQuestion(store, practiceCase.interview!, questionId);
              if (outcome.ok && outcome.newDocumentIds.length > 0)
                uiActions.announceRelease(outcome.newDocumentIds);
              return outcome;
            }}
            onEnd={() => endTheInterview(store)}
            onSetTimed={(timed) => setWorkToTime(store, timed)}
            onOpenTranscript={() => openDocument(INTERVIEW_TRANSCRIPT_ID)}
          />
        ) : null}
        {shownPanel === 'feedback' ? (
          <FeedbackPanel
            results={evaluation.ruleResults}
            templates={templates}
            documentTitle={documentTitle}
            onGoToItem={go}
            onGoToSection={(t, s) => navigate(hrefs.attempt(attemptId, t, s))}
            onOpenDocument={openDocument}
            text={{
              findings: textFindings,
              setAside,
              ...(status === 'finished'
                ? {}
                : {
                    onSetAside: (findingId: string, reason: string) =>
                      updateAttempt(store, (attempt) =>
                        setFindingAside(attempt, findingId, reason, new Date()),
                      ),
                    onBringBack: (findingId: string) =>
                      updateAttempt(store, (attempt) => bringFindingBack(attempt, findingId)),
                  }),
            }}
          />
        ) : null}
        {shownPanel === 'tutor-notes' && practiceCase && status === 'finished' ? (
          <TutorNotesPanel
            practiceCase={practiceCase}
            templates={templates}
            visibleAnswers={evaluation.visibleAnswers}
            releasedIds={releasedIds}
            timing={timing}
            interview={interviewState}
            onOpenDocument={openDocument}
          />
        ) : null}
      </div>
    </aside>
  );

  return (
    <div className="workspace" data-testid="workspace">
      <AttemptBar
        practiceCase={practiceCase}
        tracker={tracker}
        canContinueCase={
          practiceCase !== null && status !== 'finished' && canContinue(practiceCase, releasedIds)
        }
        onContinueCase={() => {
          if (!practiceCase) return 0;
          const state = store.getState();
          const due = documentsOnContinue(
            practiceCase,
            state.attempt.releasedDocumentIds,
            state.evaluation.sectionStatus,
          );
          releaseWith(
            store,
            ui,
            due.map((d) => d.id),
          );
          return due.length;
        }}
      />
      <div className="visually-hidden" role="status" aria-live="polite" data-testid="workspace-announcer">
        {notice && practiceCase
          ? `New information in the case file: ${notice.documentIds
              .map((id) => practiceCase.documents.find((d) => d.id === id)?.newInformation?.headline ?? '')
              .join(' ')}`
          : ''}
      </div>
      {finished ? (
        <div className="finished-notice" role="status" data-testid="finished-notice">
          <h2 className="heading-s finished-notice__title">You have finished this practice</h2>
          <p className="body">
            {practiceCase
              ? 'The tutor notes are open beside your answers. Read them as points for discussion, not as the answer.'
              : 'Well done for working it through.'}{' '}
            {finished.prefilled
              ? finished.decisions > 0
                ? `Your reflective log has been started with ${finished.decisions === 1 ? 'one decision' : `${finished.decisions} decisions`} from your attempt: say why you made each one and what you would do differently.`
                : 'Your reflective log has been started for you.'
              : ''}
          </p>
          <button type="button" className="link-button" onClick={() => setFinished(null)}>
            Hide this message
          </button>
        </div>
      ) : null}
      {notice && practiceCase ? (
        <NewInformationNotice
          key={notice.serial}
          practiceCase={practiceCase}
          documentIds={notice.documentIds}
          templates={templates}
          onOpenDocument={openDocument}
          onGoToItem={go}
          onDismiss={() => uiActions.dismissNotice()}
        />
      ) : null}
      <SplitView
        sideShare={split}
        sideShown={sideShown}
        sideId="workspace-side"
        onCommit={(share) =>
          settingsStore.getState().actions.update({ caseFileSplit: share }, { immediate: true })
        }
        main={
          <div
            className="workspace__main"
            onFocusCapture={(event) => {
              const ref = itemRefFromElement(event.target as Element, templates);
              if (ref) uiActions.setTarget(ref);
            }}
          >
            <Fragment key={formEpoch}>{children}</Fragment>
          </div>
        }
        side={side}
      />
    </div>
  );
}

/**
 * The workspace around an open attempt: the form beside the case file (resizable), quality feedback, new
 * information as it arrives, the practice timer, attempt actions, and tutor notes after finishing.
 * Must sit inside the attempt's store context (features/attempt).
 */
export function Workspace(props: WorkspaceProps) {
  const store = useAttemptStore();
  // A finished case attempt opens with the tutor notes beside the answers, as it did on finishing.
  const [ui] = useState(() => {
    const { status, caseId } = store.getState().attempt;
    return createWorkspaceUiStore(status === 'finished' && caseId !== null ? { panel: 'tutor-notes' } : {});
  });
  return (
    <WorkspaceUiContext.Provider value={ui}>
      <WorkspaceInner {...props} />
    </WorkspaceUiContext.Provider>
  );
}
