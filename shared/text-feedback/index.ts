export {
  analyseAttemptText,
  keyEvidenceReferences,
  textFindingKinds,
  type EvidenceReference,
  type EvidenceToWeigh,
  type TextFeedbackInput,
  type TextFinding,
  type TextFindingKind,
} from './analyse';
export {
  bringFindingBack,
  setAsideReason,
  setFindingAside,
  withReasons,
  type FindingWithReason,
} from './set-aside';
