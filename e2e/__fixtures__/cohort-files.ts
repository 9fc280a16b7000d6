import fs from 'node:fs';
import path from 'node:path';
import { getCase } from '@shared/cases';
import type { RoshLevel } from '@shared/cases/schema';
import { buildSharePackage, serialiseSharePackage } from '@shared/exchange';
import type { Attempt } from '@shared/model/attempt';
import { defaultTemplateSet, getBuiltinTemplate } from '@shared/templates/builtin';
import { sampleSoundAnswers } from '@shared/templates/builtin/__fixtures__/sample-answers';

/**
 * Twelve invented trainees' work on one built-in case, each written as the app writes a share package
 * ("Export for your tutor"), with ratings and decisions that differ from trainee to trainee, and one damaged
 * file. The specs are returned beside the files so a test works out what the debrief should show from them.
 */

export const COHORT_CASE_ID = 'cotter-domestic-abuse';

export interface TraineeSpec {
  name: string;
  /** The known adult and the children, in the community. */
  knownAdult: RoshLevel;
  children: RoshLevel;
  /** Contingency response types planned (option ids of the plan's contingency lines). */
  responses: string[];
  mappaCategory: string;
  finished: boolean;
  /** Case-file documents quoted in the analysis's evidence item. */
  cites: string[];
}

const knownAdultLevels: RoshLevel[] = [
  'medium',
  'high',
  'high',
  'low',
  'medium',
  'very-high',
  'high',
  'medium',
  'low',
  'high',
  'medium',
  'high',
];
const childrenLevels: RoshLevel[] = [
  'high',
  'medium',
  'low',
  'very-high',
  'medium',
  'high',
  'high',
  'low',
  'medium',
  'medium',
  'very-high',
  'high',
];

const names = [
  'Amira Castell',
  'Bryn Holloway',
  'Callum Fenwick',
  'Delyth Arkwright',
  'Esme Tarrant',
  'Farid Okonedo',
  'Greta Llewellyn',
  'Hamish Pendry',
  'Ines Marlowe',
  'Jonah Treadwell',
  'Kezia Ormerod',
  'Lowri Baskerville',
];

const responseSets = [
  ['recall-standard', 'police-alert'],
  ['warning'],
  ['recall-emergency', 'safeguarding-referral'],
  ['breach', 'review-assessment'],
  ['warning', 'increase-contact'],
  ['recall-standard'],
];
const mappaChoices = ['not-eligible', 'category-3', 'referred-awaiting', 'not-eligible'];

export function traineeSpecs(): TraineeSpec[] {
  return names.map((name, n) => ({
    name,
    // A spread across the range (medium to high for both groups in this case) and outside it on both sides.
    knownAdult: knownAdultLevels[n]!,
    children: childrenLevels[n]!,
    responses: responseSets[n % responseSets.length]!,
    mappaCategory: mappaChoices[n % mappaChoices.length]!,
    finished: n % 5 !== 3,
    cites: [...(n % 3 === 0 ? ['cps-summary'] : []), ...(n % 2 === 0 ? ['police-da-callouts'] : [])],
  }));
}

let counter = 0;
const localId = () => `fx${Date.now().toString(36)}${(counter += 1).toString(36).padStart(4, '0')}`;

/** The trainee's attempt at a built-in case on the default template set (the Cotter case unless told). */
export function cohortAttempt(spec: TraineeSpec, at: Date, caseId = COHORT_CASE_ID): Attempt {
  const practiceCase = getCase(caseId)!;
  const answers = sampleSoundAnswers();
  const rosh = answers['rosh-analysis']!;
  rosh['rosh-grid'] = {
    children: { community: spec.children },
    public: { community: 'low' },
    'known-adult': { community: spec.knownAdult },
    staff: { community: 'low' },
  };
  rosh['mappa-category'] = spec.mappaCategory;
  if (spec.mappaCategory === 'category-3') rosh['mappa-level'] = 'level-2';
  else delete rosh['mappa-level'];
  if (spec.mappaCategory === 'referred-awaiting') rosh['mappa-referred-on'] = '2026-11-20';
  rosh['offence-evidence'] = spec.cites.map((documentId) => ({
    documentId,
    quote: 'A passage the trainee quoted from the case file.',
  }));
  const plan = answers['risk-management-plan']!;
  plan['contingency-lines'] = [
    {
      rowId: 'cont-000001',
      values: {
        'warning-sign': 'A new call-out to the address',
        action: 'Review the risk the same day and act on what it shows',
        'response-types': spec.responses,
        'who-role': 'manager',
        'how-quickly': 'same-day',
      },
    },
  ];
  const iso = at.toISOString();
  return {
    schemaVersion: 1,
    id: localId(),
    title: `${practiceCase.title}: practice attempt`,
    caseId,
    caseVersion: practiceCase.version,
    templateIds: [...defaultTemplateSet],
    templateVersions: Object.fromEntries(
      defaultTemplateSet.map((id) => [id, getBuiltinTemplate(id)!.version]),
    ),
    status: spec.finished ? 'finished' : 'in-progress',
    createdAt: iso,
    updatedAt: iso,
    finishedAt: spec.finished ? iso : null,
    revision: 3,
    answers,
    evidence: [],
    releasedDocumentIds: practiceCase.documents.filter((d) => d.release.kind === 'start').map((d) => d.id),
    timing: {
      timerEnabled: false,
      targetMinutes: null,
      totalMs: 45 * 60_000,
      perSectionMs: { 'rosh-analysis/offence': 45 * 60_000 },
    },
  };
}

export function shareFileText(spec: TraineeSpec, at: Date, caseId = COHORT_CASE_ID): string {
  return serialiseSharePackage(
    buildSharePackage({
      attempt: cohortAttempt(spec, at, caseId),
      exportedAt: at,
      appVersion: '1.0.0',
      traineeName: spec.name,
    }),
  );
}

/** Writes the twelve files and a damaged thirteenth into `folder`; answers the specs and the damaged name. */
export function writeCohortFolder(folder: string): {
  specs: TraineeSpec[];
  damaged: string;
  files: string[];
} {
  fs.mkdirSync(folder, { recursive: true });
  const specs = traineeSpecs();
  const files: string[] = [];
  specs.forEach((spec, n) => {
    const file = path.join(folder, `${spec.name.split(' ')[0]!.toLowerCase()} - cotter.casework`);
    fs.writeFileSync(file, shareFileText(spec, new Date(Date.UTC(2026, 10, 20, 9, n))));
    files.push(file);
  });
  const damaged = 'damaged - cotter.casework';
  const whole = shareFileText(specs[0]!, new Date(Date.UTC(2026, 10, 20, 8, 0)));
  fs.writeFileSync(path.join(folder, damaged), whole.slice(0, Math.floor(whole.length / 2)));
  return { specs, damaged, files };
}
