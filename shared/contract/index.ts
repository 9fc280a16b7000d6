import type { z } from 'zod';
import type { ChannelDefinition } from './define';
import type { Envelope } from './errors';
import { attemptChannels } from './channels/attempts';
import { caseDocumentChannels } from './channels/case-documents';
import { caseChannels } from './channels/cases';
import { cohortChannels } from './channels/cohort';
import { encryptionChannels } from './channels/encryption';
import { importChannels } from './channels/imports';
import { pdfChannels } from './channels/pdf';
import { reviewChannels } from './channels/review';
import { settingsChannels } from './channels/settings';
import { supervisionChannels } from './channels/supervision';
import { templateChannels } from './channels/templates';
import { workspaceChannels } from './channels/workspace';

export * from './errors';
export type { ChannelDefinition } from './define';
export type { DeletedAttemptEntry } from './channels/attempts';

/**
 * The one list of everything the renderer may ask of the host. Each area adds its channels in
 * `channels/<area>.ts`; the preload, the IPC wiring and the test harness all derive from this object.
 */
export const contract = {
  ...settingsChannels,
  ...encryptionChannels,
  ...attemptChannels,
  ...pdfChannels,
  ...workspaceChannels,
  ...reviewChannels,
  ...importChannels,
  ...supervisionChannels,
  ...templateChannels,
  ...caseDocumentChannels,
  ...caseChannels,
  ...cohortChannels,
} satisfies Record<string, ChannelDefinition>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type RequestOf<M extends MethodName> = z.input<Contract[M]['request']>;
export type ParsedRequestOf<M extends MethodName> = z.output<Contract[M]['request']>;
export type ResponseOf<M extends MethodName> = z.output<Contract[M]['response']>;

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(contract, value);
}

export function methodForChannel(channel: string): MethodName | undefined {
  return methodNames.find((name) => contract[name].channel === channel);
}

/** What `window.casework` looks like: one method per channel, answering envelopes. */
export type CaseworkBridge = {
  [M in MethodName]: (payload: RequestOf<M>) => Promise<Envelope<ResponseOf<M>>>;
};
