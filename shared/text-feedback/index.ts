export {
  analyseAttemptText,
  textFindingKinds,
  type EvidenceToWeigh,
  type TextFeedbackInput,
  type TextFinding,
  type TextFindingKind,
} from './analyse';
