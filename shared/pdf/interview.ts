import type { Content } from 'pdfmake/interfaces';
import type { BuildContext } from './context';
import { keepWithStart, partOpening, textBlocks } from './layout';
import { wrappableText } from './text';

/**
 * The interview's transcript as a part of the attempt PDF: each question the trainee asked, then the reply,
 * in the order asked, numbered as the screen's list is. Printed whenever a question was asked.
 */
export function interviewContent(ctx: BuildContext): Content[] {
  const transcript = ctx.input.caseInfo?.interview;
  if (!transcript || transcript.turns.length === 0) return [];
  const content = partOpening(
    'The interview',
    `${transcript.title}. The questions you chose, in the order you asked them, with the answers given.`,
  );
  content.push(...textBlocks(transcript.setting));
  transcript.turns.forEach((turn, index) => {
    content.push(
      ...keepWithStart(
        [
          {
            text: [`${index + 1}. `, { text: 'You: ', bold: true }, wrappableText(turn.ask)],
            style: 'prompt',
          } as Content,
        ],
        [
          {
            text: [{ text: `${transcript.person}: `, bold: true }, wrappableText(turn.reply)],
            style: 'answer',
            margin: [12, 0, 0, 5],
          } as Content,
        ],
      ),
    );
  });
  if (transcript.ended) content.push({ text: 'The interview ended here.', style: 'muted' });
  return content;
}
