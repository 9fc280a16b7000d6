import type { HandlerTable } from '../handler-types';
import type { TemplateService } from './service';

export type TemplateHandlers = Pick<HandlerTable, 'listTemplates' | 'importTemplate' | 'deleteTemplate'>;

/** This area's part of the handler table; the service itself is built with the host (services.ts). */
export function createTemplateHandlers(services: { templates: TemplateService }): TemplateHandlers {
  const { templates } = services;
  return {
    listTemplates: () => templates.listTemplates(),
    importTemplate: () => templates.importTemplate(),
    deleteTemplate: (payload) => templates.deleteTemplate(payload.templateId),
  };
}
