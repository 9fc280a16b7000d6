import { describe, expect, it } from 'vitest';
import { createSupervisionStore } from './supervision-store';

const client = {
  listSupervisionRecords: async () => ({ records: [], notices: [] }),
  saveSupervisionRecord: async () => ({ savedAt: '2026-11-23T10:00:00.000Z' }),
  deleteSupervisionRecord: async () => ({ deleted: true as const }),
};

describe('the message carried to a just-saved new record', () => {
  it('is answered once, then forgotten', () => {
    const store = createSupervisionStore(client);
    expect(store.getState().actions.takeCarriedMessage()).toBeNull();
    store.getState().actions.carryMessage({ kind: 'done', text: 'Record saved: 23 November 2026.' });
    expect(store.getState().actions.takeCarriedMessage()).toEqual({
      kind: 'done',
      text: 'Record saved: 23 November 2026.',
    });
    expect(store.getState().actions.takeCarriedMessage()).toBeNull();
  });
});
