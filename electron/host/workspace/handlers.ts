import type { HandlerTable } from '../handler-types';
import type { WorkspaceService } from './service';

export type WorkspaceMethod = 'duplicateAttempt' | 'renameAttempt';
export type WorkspaceHandlers = Pick<HandlerTable, WorkspaceMethod>;

/** This area's part of the handler table, from the service `createHost` built. */
export function createWorkspaceHandlers(services: { workspace: WorkspaceService }): WorkspaceHandlers {
  const { workspace } = services;
  return {
    duplicateAttempt: (payload) => workspace.duplicateAttempt(payload),
    renameAttempt: (payload) => workspace.renameAttempt(payload),
  };
}
