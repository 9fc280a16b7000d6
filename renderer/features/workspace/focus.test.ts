import { describe, expect, it } from 'vitest';
import { builtinTemplates } from '@shared/templates';
import { fieldIdOf, itemRefFromFieldId, sectionOfItem } from './focus';

describe('which question a form control belongs to', () => {
  it('reads top-level fields and their parts', () => {
    expect(itemRefFromFieldId('f--rosh-analysis--persons-account', builtinTemplates)).toEqual({
      templateId: 'rosh-analysis',
      itemId: 'persons-account',
    });
    expect(itemRefFromFieldId('f--rosh-analysis--rosh-grid--children--community', builtinTemplates)).toEqual({
      templateId: 'rosh-analysis',
      itemId: 'rosh-grid',
    });
  });

  it('reads a field inside a repeating group row as its group', () => {
    expect(
      itemRefFromFieldId(
        'f--risk-management-plan--0b9d2c1e-5a4f-4c1a-9b0e-3f2a1d4c5b6a--warning-sign',
        builtinTemplates,
      ),
    ).toEqual({ templateId: 'risk-management-plan', itemId: 'contingency-lines' });
  });

  it('ignores ids that are not form fields', () => {
    expect(itemRefFromFieldId('own-case-title', builtinTemplates)).toBeNull();
    expect(itemRefFromFieldId('f--no-such-template--x', builtinTemplates)).toBeNull();
    expect(itemRefFromFieldId('f--rosh-analysis--nothing-here', builtinTemplates)).toBeNull();
  });

  it('finds the section of a question and builds its field id', () => {
    expect(sectionOfItem(builtinTemplates, { templateId: 'rosh-analysis', itemId: 'rosh-grid' })).toBe(
      'rosh-levels',
    );
    expect(fieldIdOf({ templateId: 'rosh-analysis', itemId: 'rosh-grid' })).toBe(
      'f--rosh-analysis--rosh-grid',
    );
  });
});
