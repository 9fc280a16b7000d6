import { useAttempt } from './context';
import { taskStatus, taskStatusLabels, taskStatusTagClass } from './sections';

export function SectionStatusTag({ sectionKey, id }: { sectionKey: string; id?: string }) {
  const status = useAttempt((state) => taskStatus(state.sections[sectionKey]));
  const tag = taskStatusTagClass[status];
  return tag ? (
    <strong className={`tag task-status ${tag}`} id={id}>
      {taskStatusLabels[status]}
    </strong>
  ) : (
    <span className="task-status task-status--completed" id={id}>
      {taskStatusLabels[status]}
    </span>
  );
}
