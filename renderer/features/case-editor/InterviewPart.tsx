import { useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import {
  askedQuestions,
  askQuestion,
  availableQuestions,
  emptyInterviewState,
  interviewQuestionStyles,
  interviewReleasedDocumentIds,
  interviewReplyKinds,
  interviewSchema,
  interviewTime,
  personSpeaker,
  PRACTITIONER_SPEAKER,
  uncoveredFactIds,
} from '@shared/cases';
import type { CaseInterview, InterviewQuestion } from '@shared/cases';
import type { InterviewState } from '@shared/model/attempt';
import { Checkboxes, SingleCheckbox } from '../../components/form';
import type { ChoiceOption } from '../../components/form';
import { blankInterview, blankInterviewQuestion, numberedId } from './draft';
import type { CaseDraft, DraftInterview } from './draft';
import { useEditor, useEditorStore } from './editor-context';
import { fieldId } from './field-ids';
import {
  GroupProblem,
  NumberField,
  pathString,
  SelectField,
  TextAreaField,
  TextField,
  useSet,
  useValue,
} from './fields';
import type { Path } from './fields';

/**
 * The interview part of the case editor: the appointment's setting and time, topics, facts the questions
 * can uncover, the questions themselves (with follow-ups, reveals and releases chosen from the case's own
 * ids), the tutor note, and a preview that runs the same interview engine the trainee's screen does.
 */

const styleOptions = Object.entries(interviewQuestionStyles).map(([value, label]) => ({ value, label }));
const replyKindOptions = Object.entries(interviewReplyKinds).map(([value, label]) => ({ value, label }));

const base = ['interview'] as const;

/** The first problem at this path or inside it (`unlocks[2]` shows at the unlocks group). */
function useProblemWithin(path: Path): string | undefined {
  const at = pathString(path);
  return useEditor(
    (state) => state.errors?.find((error) => error.path === at || error.path.startsWith(`${at}[`))?.problem,
  );
}

/**
 * Ids chosen from the case's own (questions, facts, documents) as checkboxes. An id the case no longer has
 * stays listed, marked, so it can be unticked; an empty choice is left out of the case.
 */
function IdsField({
  path,
  legend,
  hint,
  options,
}: {
  path: Path;
  legend: string;
  hint?: string;
  options: ChoiceOption[];
}) {
  const values = useValue<string[] | undefined>(path) ?? [];
  const problem = useProblemWithin(path);
  const set = useSet();
  const known = new Set(options.map((option) => option.value));
  const stale = values
    .filter((value) => !known.has(value))
    .map((value) => ({ value, label: `‘${value}’ (not in this case any more)` }));
  const all = [...options, ...stale];
  if (all.length === 0) return null;
  return (
    <Checkboxes
      id={fieldId(pathString(path))}
      legend={legend}
      hint={hint}
      error={problem}
      options={all}
      values={values}
      legendClassName="fieldset__legend--s"
      onChange={(next) => set(path, next.length === 0 ? undefined : next)}
    />
  );
}

/**
 * Choices drawn from the draft (its documents, questions, facts, topics), compared as text so that typing
 * in one question's reply does not redraw every other question.
 */
function useOptions(pick: (draft: CaseDraft) => { value: string; label: string }[]) {
  const text = useEditor((state) => (state.draft ? JSON.stringify(pick(state.draft)) : '[]'));
  return useMemo(() => JSON.parse(text) as { value: string; label: string }[], [text]);
}

function TopicEditor({ index }: { index: number }) {
  const path = [...base, 'topics', index] as const;
  const actions = useEditorStore().getState().actions;
  return (
    <div className="case-editor__item">
      <GroupProblem path={path} />
      <div className="case-editor__pair">
        <TextField path={[...path, 'label']} label={`Topic ${index + 1}`} width={20} />
        <TextField path={[...path, 'id']} label="Topic id" width={10} />
      </div>
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => actions.removeAt([...base, 'topics'], index)}
      >
        Remove<span className="visually-hidden"> topic {index + 1}</span>
      </button>
    </div>
  );
}

function FactEditor({ index }: { index: number }) {
  const path = [...base, 'facts', index] as const;
  const actions = useEditorStore().getState().actions;
  return (
    <div className="case-editor__item">
      <GroupProblem path={path} />
      <TextField
        path={[...path, 'label']}
        label={`Fact ${index + 1}`}
        hint="A short statement, for the tutor notes: “Ryan has been staying at Fenton Walk most nights”."
      />
      <TextField
        path={[...path, 'id']}
        label="Fact id"
        hint="Rules read it as interview.uncovered.<fact id>."
        width={20}
      />
      <TextAreaField
        path={[...path, 'significance']}
        label="Why it matters"
        hint="Shown in the tutor notes when no question the trainee asked uncovered it."
        rows={2}
      />
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => actions.removeAt([...base, 'facts'], index)}
      >
        Remove<span className="visually-hidden"> fact {index + 1}</span>
      </button>
    </div>
  );
}

function QuestionEditor({ index, count }: { index: number; count: number }) {
  const path = [...base, 'questions', index] as const;
  const question = useValue<DraftInterview['questions'][number]>(path);
  const documentOptions = useOptions((draft) =>
    draft.documents.map((doc) => ({
      value: doc.id,
      label: `${doc.title || doc.id}${doc.release.kind === 'interview' ? ' (released by the interview)' : ''}`,
    })),
  );
  const questionOptions = useOptions((draft) =>
    (draft.interview?.questions ?? []).map((other) => ({ value: other.id, label: other.ask || other.id })),
  );
  const facts = useOptions((draft) =>
    (draft.interview?.facts ?? []).map((fact) => ({ value: fact.id, label: fact.label || fact.id })),
  );
  const topics = useOptions((draft) =>
    (draft.interview?.topics ?? []).map((topic) => ({ value: topic.id, label: topic.label || topic.id })),
  );
  const actions = useEditorStore().getState().actions;
  const set = useSet();
  const otherQuestions = questionOptions.filter((other) => other.value !== question.id);
  const isKey = question.key !== undefined;
  const keyId = `case-interview-question-${index}-key`;
  return (
    <fieldset className="fieldset case-editor__item" data-testid={`interview-question-${index}`}>
      <legend className="fieldset__legend fieldset__legend--s">
        Question {index + 1}
        {question.ask ? `: ${question.ask}` : ''}
      </legend>
      <GroupProblem path={path} />
      <TextAreaField path={[...path, 'ask']} label="What the trainee asks" rows={2} />
      <div className="case-editor__pair">
        <SelectField path={[...path, 'topic']} label="Topic" options={topics} empty="Choose a topic" />
        <SelectField
          path={[...path, 'style']}
          label="Kind of question"
          hint="Poor and leading questions belong in the list too."
          options={styleOptions}
        />
      </div>
      <TextAreaField path={[...path, 'reply']} label="The reply" rows={3} />
      <SelectField
        path={[...path, 'replyKind']}
        label="Kind of reply"
        hint="For the tutor notes: the transcript never labels it."
        options={replyKindOptions}
      />
      {question.replyKind === 'contradicted' || (question.contradictedBy?.length ?? 0) > 0 ? (
        <IdsField
          path={[...path, 'contradictedBy']}
          legend="Records that contradict the reply"
          options={documentOptions}
        />
      ) : null}
      <IdsField
        path={[...path, 'unlocks']}
        legend="Follow-up questions it opens"
        hint="A follow-up is closed until a question that opens it is asked."
        options={otherQuestions}
      />
      <IdsField
        path={[...path, 'reveals']}
        legend="Facts it uncovers"
        hint={facts.length === 0 ? undefined : 'Reveal facts only through questions a good interviewer asks.'}
        options={facts}
      />
      <IdsField
        path={[...path, 'releases']}
        legend="Documents it puts in the case file"
        hint="A check the trainee now knows to make. Release such a document “by an interview question” on the Documents part."
        options={documentOptions}
      />
      <TextField
        path={[...path, 'id']}
        label="Question id"
        hint="Rules read it as interview.asked.<question id>."
        width={20}
      />
      <NumberField
        path={[...path, 'minutes']}
        label="Minutes it takes"
        hint="Counts only against the appointment’s length."
      />
      <SingleCheckbox
        id={keyId}
        label="A key question: one a tutor would expect asked"
        checked={isKey}
        onChange={(checked) => set([...path, 'key'], checked ? { why: '' } : undefined)}
      />
      {isKey ? (
        <div className="case-editor__nested">
          <TextAreaField
            path={[...path, 'key', 'why']}
            label="Why it matters"
            hint="Shown in the tutor notes after finishing, with whether it was asked."
            rows={2}
          />
        </div>
      ) : null}
      <div className="button-group">
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={index === 0}
          onClick={() => actions.move([...base, 'questions'], index, -1)}
        >
          Move up<span className="visually-hidden"> question {index + 1}</span>
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={index === count - 1}
          onClick={() => actions.move([...base, 'questions'], index, 1)}
        >
          Move down<span className="visually-hidden"> question {index + 1}</span>
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => actions.removeAt([...base, 'questions'], index)}
        >
          Remove<span className="visually-hidden"> question {index + 1}</span>
        </button>
      </div>
    </fieldset>
  );
}

/** What asking a question did, in words, for the author (the trainee's transcript never says so). */
function effectsOf(question: InterviewQuestion, interview: CaseInterview, titleOf: (id: string) => string) {
  const label = (id: string, list: readonly { id: string; label?: string; ask?: string }[]) => {
    const found = list.find((entry) => entry.id === id);
    return found?.label ?? found?.ask ?? id;
  };
  return [
    `${interviewQuestionStyles[question.style]}; ${interviewReplyKinds[question.replyKind].toLowerCase()}`,
    question.key ? 'a key question' : null,
    question.unlocks?.length
      ? `opens ${question.unlocks.map((id) => `“${label(id, interview.questions)}”`).join(', ')}`
      : null,
    question.reveals?.length
      ? `uncovers ${question.reveals.map((id) => `“${label(id, interview.facts)}”`).join(', ')}`
      : null,
    question.releases?.length ? `releases ${question.releases.map(titleOf).join(', ')}` : null,
    `${question.minutes} min`,
  ].filter((part): part is string => part !== null);
}

/**
 * The interview as the trainee would hold it, with what each question does shown beside it. It runs on the
 * interview's own checks (its format), so it works while the rest of the case is still being written.
 */
function InterviewPreview() {
  const draftInterview = useEditor((s) => s.draft?.interview);
  const person = useEditor((s) => s.draft?.person);
  const documents = useEditor((s) => s.draft?.documents) ?? [];
  const parsed = useMemo(() => interviewSchema.safeParse(draftInterview), [draftInterview]);
  const [state, setState] = useState<InterviewState>(emptyInterviewState);
  const [announcement, setAnnouncement] = useState('');
  const questionsHeading = useRef<HTMLHeadingElement>(null);
  const [askedCount, setAskedCount] = useState(0);
  useEffect(() => {
    if (askedCount > 0) questionsHeading.current?.focus();
  }, [askedCount]);

  if (!parsed.success)
    return (
      <section className="case-editor__preview" aria-labelledby="interview-preview-title">
        <h3 className="heading-m" id="interview-preview-title">
          Try the interview
        </h3>
        <p className="body">
          The preview starts once every topic and question has an id, every question has a topic, what the
          trainee asks and a reply, and the interview has a title and a setting.
        </p>
      </section>
    );

  const interview = parsed.data;
  const speaker = (person && person.name.trim() ? personSpeaker({ person }) : '') || 'The person';
  const titleOf = (id: string) => `“${documents.find((doc) => doc.id === id)?.title || id}”`;
  const asked = askedQuestions(interview, state);
  const available = availableQuestions(interview, state);
  const time = interviewTime(interview, state);
  const uncovered = new Set(uncoveredFactIds(interview, state));
  const released = interviewReleasedDocumentIds(interview, state);
  const ask = (questionId: string) => {
    const outcome = askQuestion(interview, state, questionId, new Date());
    if (!outcome.ok) {
      setAnnouncement(outcome.message);
      return;
    }
    setState(outcome.state);
    setAnnouncement(`${speaker}: ${outcome.question.reply}`);
    setAskedCount((n) => n + 1);
  };
  const topicsWithQuestions = interview.topics
    .map((topic) => ({ topic, questions: available.filter((q) => q.topic === topic.id) }))
    .filter((group) => group.questions.length > 0);

  return (
    <section
      className="case-editor__preview"
      aria-labelledby="interview-preview-title"
      data-testid="interview-preview"
    >
      <h3 className="heading-m" id="interview-preview-title">
        Try the interview
      </h3>
      <p className="body hint">{interview.setting}</p>
      <p className="body" data-testid="interview-preview-time">
        {time.budget === null
          ? `${time.used} minutes so far (no time budget).`
          : `${time.used} of ${time.budget} minutes${time.over ? ': over the appointment’s time' : ''}.`}
      </p>
      <h4 className="heading-s">Transcript</h4>
      {asked.length === 0 ? (
        <p className="body">Nothing asked yet.</p>
      ) : (
        <ol className="case-editor__transcript" aria-label="Preview transcript">
          {asked.map((question) => (
            <li key={question.id}>
              <p className="body">
                <strong>{PRACTITIONER_SPEAKER}:</strong> {question.ask}
              </p>
              <p className="body">
                <strong>{speaker}:</strong> {question.reply}
              </p>
              <p className="body secondary-text">{effectsOf(question, interview, titleOf).join(' · ')}</p>
            </li>
          ))}
        </ol>
      )}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      <h4 className="heading-s" ref={questionsHeading} tabIndex={-1}>
        Questions the trainee can ask now
      </h4>
      {topicsWithQuestions.length === 0 ? (
        <p className="body">No questions left to ask.</p>
      ) : (
        topicsWithQuestions.map(({ topic, questions }) => (
          <div key={topic.id}>
            <p className="body">
              <strong>{topic.label}</strong>
            </p>
            <ul className="case-editor__ask-list">
              {questions.map((question) => (
                <li key={question.id}>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => ask(question.id)}
                  >
                    <span className="visually-hidden">Ask: </span>
                    {question.ask}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
      <h4 className="heading-s">Uncovered so far</h4>
      <ul className="list list--bullet" data-testid="interview-preview-facts">
        {interview.facts.map((fact) => (
          <li key={fact.id}>
            {uncovered.has(fact.id) ? 'Uncovered: ' : 'Not yet: '}
            {fact.label}
          </li>
        ))}
        {released.map((id) => (
          <li key={id}>Released: {titleOf(id)}</li>
        ))}
      </ul>
      <p className="body">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setState(emptyInterviewState);
            setAnnouncement('The preview starts again.');
          }}
        >
          Start the preview again
        </button>
      </p>
    </section>
  );
}

const idsOf = (list: readonly { id: string }[]) => list.map((entry) => entry.id);

/** One of the interview's lists: its heading, any problem with the list as a whole, its items, and "Add". */
function ListSection({
  title,
  list,
  count,
  addLabel,
  editor,
  onAdd,
}: {
  title: string;
  list: 'topics' | 'facts' | 'questions';
  count: number;
  addLabel: string;
  editor: (index: number) => ReactNode;
  /** The list with one more item, read from the draft at the moment of the click. */
  onAdd: () => unknown[];
}) {
  const set = useSet();
  return (
    <>
      <h3 className="heading-m">{title}</h3>
      <GroupProblem path={[...base, list]} />
      {Array.from({ length: count }, (_, index) => editor(index))}
      <p className="body">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => set([...base, list], onAdd())}
        >
          {addLabel}
        </button>
      </p>
    </>
  );
}

export function InterviewPart() {
  const has = useEditor((s) => s.draft?.interview !== undefined);
  const topicCount = useEditor((s) => s.draft?.interview?.topics.length ?? 0);
  const factCount = useEditor((s) => s.draft?.interview?.facts.length ?? 0);
  const questionCount = useEditor((s) => s.draft?.interview?.questions.length ?? 0);
  const store = useEditorStore();
  const set = useSet();
  const [confirmRemove, setConfirmRemove] = useState(false);
  /** The interview as it is at the moment of a click, for the buttons that add to its lists. */
  const current = () => store.getState().draft!.interview!;
  if (!has)
    return (
      <>
        <h2 className="heading-l">Interview</h2>
        <p className="body">
          A case can carry a scripted interview: the trainee chooses questions and what they learn depends on
          what they ask. Replies can be partial, evasive or contradicted by the records; good questions open
          follow-ups, uncover facts the file never states, and release checks the trainee now knows to make.
        </p>
        <p className="body">
          <button type="button" className="button" onClick={() => set(base, blankInterview())}>
            Add an interview
          </button>
        </p>
      </>
    );
  return (
    <>
      <h2 className="heading-l">Interview</h2>
      <p className="inset-text">
        Questions open at the start unless another question opens them as a follow-up. Every question must be
        reachable, every fact uncovered by some question, and every document released “by an interview
        question” released by one; the checks say where if not.
      </p>
      <div className="case-editor__columns">
        <div>
          <GroupProblem path={base} />
          <TextField path={[...base, 'title']} label="Title of the interview" />
          <TextAreaField
            path={[...base, 'setting']}
            label="Setting"
            hint="Where and when the appointment happens, and anything the trainee would notice on arrival."
            rows={3}
          />
          <NumberField
            path={[...base, 'timeBudgetMinutes']}
            label="Length of the appointment, in minutes (optional)"
            hint="The trainee may choose to work to it; it is never imposed."
            optional
          />

          <ListSection
            title="Topics"
            list="topics"
            count={topicCount}
            addLabel="Add a topic"
            editor={(index) => <TopicEditor key={index} index={index} />}
            onAdd={() => {
              const { topics } = current();
              return [...topics, { id: numberedId('topic', idsOf(topics)), label: '' }];
            }}
          />
          <ListSection
            title="Facts the interview can uncover"
            list="facts"
            count={factCount}
            addLabel="Add a fact"
            editor={(index) => <FactEditor key={index} index={index} />}
            onAdd={() => {
              const { facts } = current();
              return [...facts, { id: numberedId('fact', idsOf(facts)), label: '', significance: '' }];
            }}
          />
          <ListSection
            title="Questions"
            list="questions"
            count={questionCount}
            addLabel="Add a question"
            editor={(index) => <QuestionEditor key={index} index={index} count={questionCount} />}
            onAdd={() => {
              const { questions, topics } = current();
              return [...questions, blankInterviewQuestion(idsOf(questions), topics[0]?.id ?? '')];
            }}
          />

          <TextAreaField
            path={[...base, 'tutorNote']}
            label="Note for the tutor (optional)"
            hint="Why the questions were written as they were, for example to fit the person’s communication needs."
            rows={3}
            optional
          />
          {confirmRemove ? (
            <div className="inset-text" role="group" aria-label="Remove the interview">
              <p className="body">Remove the interview and all its questions and facts?</p>
              <div className="button-group">
                <button type="button" className="button button--warning" onClick={() => set(base, undefined)}>
                  Yes, remove it
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => setConfirmRemove(false)}
                >
                  Keep it
                </button>
              </div>
            </div>
          ) : (
            <p className="body">
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setConfirmRemove(true)}
              >
                Remove the interview
              </button>
            </p>
          )}
        </div>
        <InterviewPreview />
      </div>
    </>
  );
}
