import type { CaseDocument, PracticeCase } from '@shared/cases';
import type { ItemRef } from '@shared/rules';
import { catalogueTemplate } from '@shared/templates';
import type { Template } from '@shared/templates';
import { answersToRevisit } from './new-information';

export interface NewInformationNoticeProps {
  practiceCase: PracticeCase;
  documentIds: readonly string[];
  templates: readonly Template[];
  onOpenDocument: (documentId: string) => void;
  onGoToItem: (ref: ItemRef) => void;
  onDismiss: () => void;
}

function itemLabel(templates: readonly Template[], ref: ItemRef): string | null {
  const template = templates.find((candidate) => candidate.id === ref.templateId);
  const entry = template ? catalogueTemplate(template).items.get(ref.itemId) : undefined;
  if (!template || !entry) return null;
  const prompt = entry.item.kind === 'guidance' ? (entry.item.title ?? entry.item.id) : entry.item.prompt;
  return `${prompt.replace(/[?.:]$/, '')} (${entry.section.title})`;
}

/**
 * What has just arrived in the case file, and which answers may need another look because of it. The
 * words are also put in a live region by the workspace, so a screen reader hears the news where it is.
 */
export function NewInformationNotice({
  practiceCase,
  documentIds,
  templates,
  onOpenDocument,
  onGoToItem,
  onDismiss,
}: NewInformationNoticeProps) {
  const documents = documentIds
    .map((id) => practiceCase.documents.find((document) => document.id === id))
    .filter((document): document is CaseDocument => document !== undefined);
  if (documents.length === 0) return null;
  const revisit = answersToRevisit(practiceCase, documents)
    .map((ref) => ({ ref, label: itemLabel(templates, ref) }))
    .filter((entry): entry is { ref: typeof entry.ref; label: string } => entry.label !== null);

  return (
    <section
      className="new-information"
      aria-labelledby="new-information-title"
      data-testid="new-information"
    >
      <div className="new-information__header">
        <h2 className="new-information__title" id="new-information-title">
          New information in the case file
        </h2>
      </div>
      <div className="new-information__content">
        <ul className="new-information__documents">
          {documents.map((document) => (
            <li key={document.id}>
              <p className="body new-information__headline">
                {document.newInformation?.headline ?? document.title}
              </p>
              <button type="button" className="link-button" onClick={() => onOpenDocument(document.id)}>
                Read “{document.title}”
              </button>
            </li>
          ))}
        </ul>
        {revisit.length > 0 ? (
          <>
            <p className="body new-information__revisit-intro">
              In practice, new information means looking again at your assessment. These answers may need
              revisiting:
            </p>
            <ul className="new-information__revisit">
              {revisit.map(({ ref, label }) => (
                <li key={`${ref.templateId}/${ref.itemId}`}>
                  <button type="button" className="link-button" onClick={() => onGoToItem(ref)}>
                    {label}
                  </button>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <button type="button" className="button button--secondary button--small" onClick={onDismiss}>
          Hide this message
        </button>
      </div>
    </section>
  );
}
