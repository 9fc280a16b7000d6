import type { Content } from 'pdfmake/interfaces';
import { formatDate } from '../dates/format';
import type { Attempt } from '../model/attempt';
import type { BuildContext } from './context';
import { textBlocks } from './layout';
import { colours, PRACTICE_BANNER, tableLayout } from './styles';
import { wrappableText } from './text';

/** The front of the PDF: the practice banner, the cover page and the contents. */

/** "2 hours 5 minutes", "45 minutes", "less than a minute". */
export function durationLabel(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return ms > 0 ? 'less than a minute' : 'not recorded';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (hours === 0) return part(rest, 'minute');
  return rest === 0 ? part(hours, 'hour') : `${part(hours, 'hour')} ${part(rest, 'minute')}`;
}

const statusLabels: Record<Attempt['status'], string> = {
  'in-progress': 'In progress',
  finished: 'Finished',
};

export function banner(): Content {
  return {
    table: {
      widths: ['*'],
      body: [
        [
          {
            text: PRACTICE_BANNER,
            bold: true,
            fontSize: 12,
            color: '#ffffff',
            fillColor: colours.banner,
            alignment: 'center',
            margin: [6, 7, 6, 7],
          },
        ],
      ],
    },
    layout: 'noBorders',
    margin: [0, 0, 0, 20],
  };
}

export function coverPage(ctx: BuildContext): Content[] {
  const { attempt, caseInfo } = ctx.input;
  const trainee = ctx.input.traineeName.trim() || 'Not given (set your name in Settings)';
  const rows: Array<[string, string]> = [
    ['Trainee', trainee],
    ['Case', caseInfo ? caseInfo.title : 'Own case (no case file)'],
    ['Templates', ctx.templates.map((template) => template.title).join('\n')],
    ['Started', formatDate(attempt.createdAt)],
    ['Finished', attempt.finishedAt ? formatDate(attempt.finishedAt) : 'Not finished yet'],
    ['Last saved', formatDate(attempt.updatedAt)],
    ['Time spent', durationLabel(attempt.timing.totalMs)],
    ['Status', statusLabels[attempt.status]],
    ['Required questions answered', `${Math.round(ctx.evaluation.progress * 100)}%`],
  ];
  const missing = attempt.templateIds.filter(
    (id) => !ctx.input.templates.some((template) => template.id === id),
  );
  if (missing.length > 0) rows.push(['Templates not available', missing.join(', ')]);
  const content: Content[] = [
    banner(),
    { text: wrappableText(attempt.title), style: 'title' },
    { text: 'Practice assessment for review by a practice tutor', style: 'subtitle' },
    {
      table: {
        widths: [150, '*'],
        body: rows.map(([label, value]) => [
          { text: label, bold: true, fillColor: colours.headerFill },
          { text: wrappableText(value) },
        ]),
      },
      layout: tableLayout,
    },
  ];
  if (caseInfo?.summary) {
    content.push({ text: 'About the case', style: 'h3', margin: [0, 18, 0, 3] });
    content.push(...textBlocks(caseInfo.summary));
  }
  content.push({
    text: 'The case in this document is fictional and was written for training. The document records a trainee’s practice and must not be used for decisions about real people.',
    style: ['small', 'muted'],
    margin: [0, 24, 0, 0],
  });
  return content;
}

export function contents(): Content {
  return {
    toc: {
      title: { text: 'Contents', style: 'h1' },
      numberStyle: { bold: false },
      textMargin: [0, 2, 0, 2],
    },
    pageBreak: 'before',
  } as Content;
}
