import type { Attempt } from '@shared/model/attempt';
import { dispatch } from '../../dispatch';
import type { HostDeps } from '../../ports';
import { createHost } from '../../services';
import type { Host } from '../../services';

/**
 * Starts hosts for a test file and closes whichever are still open: call `closeAll` from `afterEach`.
 * `call` goes through the dispatcher, as the window's requests do.
 */
export function testHosts() {
  const hosts: Host[] = [];
  async function start(deps: HostDeps) {
    const host = await createHost(deps);
    hosts.push(host);
    const call = (method: string, payload: unknown) =>
      dispatch(host.handlers, method, payload, { transport: 'harness' }, () => undefined);
    return { host, call };
  }
  async function stop(host: Host) {
    await host.close();
    hosts.splice(hosts.indexOf(host), 1);
  }
  async function closeAll() {
    for (const host of hosts.splice(0)) await host.close();
  }
  return { start, stop, closeAll };
}

/** A reflective-log attempt whose one answer is `what`, saved through storage: the casework a test looks for. */
export async function seedAttempt(host: Host, what: string, title = 'Practice'): Promise<Attempt> {
  const created = await host.storage.createAttempt({
    title,
    caseId: null,
    templateIds: ['reflective-log'],
    templateVersions: { 'reflective-log': 1 },
    releasedDocumentIds: [],
  });
  await host.storage.saveAttempt({
    attempt: { ...created, answers: { 'reflective-log': { what } } },
    progress: 0.1,
  });
  return host.storage.getAttempt(created.id);
}
