import { afterEach, describe, expect, it } from 'vitest';
import { addAction, createSupervisionRecord } from '@shared/supervision/record';
import { hosts, person, startAttempt } from '../review/__fixtures__/two-hosts';

afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close();
});

describe('supervision files on disk', () => {
  it('saves, lists and deletes supervision records, newest session first', async () => {
    const trainee = await person('Sam Okafor', 'sam');
    const own = await startAttempt(trainee);
    const ctx = { now: trainee.now, newId: trainee.ids };
    const first = addAction(
      createSupervisionRecord(
        {
          date: '2026-11-02',
          participants: 'Sam, Dana',
          model: 'gibbs',
          attempts: [{ attemptId: own.id, title: own.title }],
        },
        ctx,
      ),
      { text: 'Request the call-out log', owner: 'Sam', dueDate: '2026-11-06' },
      ctx,
    );
    const second = createSupervisionRecord(
      {
        date: '2026-11-16',
        participants: 'Sam, Dana',
        model: 'rolfe',
        attempts: [{ attemptId: own.id, title: own.title }],
      },
      ctx,
      first,
    );
    await trainee.call('saveSupervisionRecord', { record: first });
    await trainee.call('saveSupervisionRecord', { record: second });
    const listed = await trainee.call<{ records: Array<{ id: string }> }>('listSupervisionRecords', {});
    expect(listed.records.map((record) => record.id)).toEqual([second.id, first.id]);
    await trainee.call('deleteSupervisionRecord', { id: first.id });
    expect((await trainee.call<{ records: unknown[] }>('listSupervisionRecords', {})).records).toHaveLength(
      1,
    );
    const gone = await trainee.attempt('deleteSupervisionRecord', { id: first.id });
    expect(gone.ok === false && gone.error.code).toBe('not-found');
  });
});
