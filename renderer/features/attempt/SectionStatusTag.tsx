import { useAttempt } from './context';
import { statusLabels, statusTagClass } from './sections';

export function SectionStatusTag({ sectionKey, id }: { sectionKey: string; id?: string }) {
  const status = useAttempt((state) => state.sections[sectionKey]?.status ?? 'incomplete');
  return (
    <strong className={`tag ${statusTagClass[status]}`} id={id}>
      {statusLabels[status]}
    </strong>
  );
}
