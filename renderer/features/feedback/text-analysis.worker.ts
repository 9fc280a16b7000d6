import { analyseAttemptText } from '@shared/text-feedback';
import type { TextFeedbackInput, TextFinding } from '@shared/text-feedback';

/**
 * The text analysis off the main thread: loading the language model and reading a long attempt take
 * longer than a frame, so they happen here and the page only receives the findings.
 */
export interface AnalysisRequest {
  id: number;
  input: TextFeedbackInput;
}
export interface AnalysisReply {
  id: number;
  findings: TextFinding[];
}

// A dedicated worker's global scope; the renderer's DOM typings describe a window, so it is named here.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null;
  postMessage(message: AnalysisReply): void;
};

scope.onmessage = (event) => {
  const { id, input } = event.data;
  scope.postMessage({ id, findings: analyseAttemptText(input) });
};
