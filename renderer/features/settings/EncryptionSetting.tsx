import { useEffect, useId, useRef, useState } from 'react';
import type { ResponseOf } from '@shared/contract';
import { HostError } from '@shared/contract';
import { host } from '../../host';

type Status = ResponseOf<'getEncryption'>;

type Phase =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | {
      kind: 'ready';
      status: Status;
      confirming: boolean;
      busy: boolean;
      outcome: string | null;
      error: string | null;
    };

const messageOf = (error: unknown) =>
  error instanceof HostError ? error.message : 'Something went wrong. Nothing was changed; please try again.';

/**
 * Encryption at rest is not an ordinary preference: switching it on makes the key store part of the trainee's
 * data, so it is asked for with the consequence in view, and it rewrites every file before answering.
 */
export function EncryptionSetting() {
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const warningId = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    let live = true;
    host
      .getEncryption({})
      .then((status) => {
        if (live)
          setPhase({ kind: 'ready', status, confirming: false, busy: false, outcome: null, error: null });
      })
      .catch((error: unknown) => {
        if (live) setPhase({ kind: 'failed', message: messageOf(error) });
      });
    return () => {
      live = false;
    };
  }, []);

  const confirming = phase.kind === 'ready' && phase.confirming;
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  if (phase.kind === 'loading') return <p className="body">Checking whether your saved work is encrypted…</p>;
  if (phase.kind === 'failed')
    return (
      <div className="inset-text inset-text--error" role="alert">
        {phase.message}
      </div>
    );

  const { status } = phase;
  const change = async (enabled: boolean) => {
    setPhase({ ...phase, busy: true, error: null, outcome: null });
    try {
      const next = await host.setEncryption({ enabled });
      const { filesRewritten, ...rest } = next;
      const files = filesRewritten === 1 ? '1 file' : `${filesRewritten} files`;
      setPhase({
        kind: 'ready',
        status: rest,
        confirming: false,
        busy: false,
        error: null,
        outcome: enabled
          ? `Encryption is on. ${files} rewritten encrypted.`
          : `Encryption is off. ${files} rewritten as ordinary files, and the key has been removed.`,
      });
    } catch (error) {
      setPhase({ ...phase, busy: false, confirming: false, error: messageOf(error) });
    }
  };

  return (
    <section aria-labelledby="encryption-heading" className="settings-encryption">
      <h2 className="heading-m" id="encryption-heading">
        Encrypt saved work on this computer
      </h2>
      <p className="body">
        Status:{' '}
        <strong data-testid="encryption-status">{status.enabled ? 'Encrypted' : 'Not encrypted'}</strong>
      </p>
      <div className="inset-text" id={warningId}>
        <p className="body">
          Your work is locked with a key that this computer’s account keeps in its key store. If that key is
          lost (the key store is reset, you change computer or user account, or the data folder is copied
          somewhere else) <strong>nobody can open your encrypted work, including you</strong>. Export anything
          you want to keep as a .casework file or a PDF first.
        </p>
        <p className="body">
          Your settings are not encrypted: the app needs them before it can unlock anything.
        </p>
      </div>
      {!status.available && !status.enabled ? (
        <p className="body" data-testid="encryption-unavailable">
          {status.unavailableReason}
        </p>
      ) : null}
      {phase.error ? (
        <div className="inset-text inset-text--error" role="alert">
          {phase.error}
        </div>
      ) : null}
      <p className="body" role="status" aria-live="polite">
        {phase.busy ? 'Rewriting your saved files…' : (phase.outcome ?? '')}
      </p>
      {status.enabled ? (
        <button
          type="button"
          className="button button--secondary"
          disabled={phase.busy}
          onClick={() => void change(false)}
        >
          Stop encrypting my saved work
        </button>
      ) : phase.confirming ? (
        <div className="button-group">
          <button
            ref={confirmRef}
            type="button"
            className="button button--warning"
            aria-describedby={warningId}
            disabled={phase.busy}
            onClick={() => void change(true)}
          >
            I understand: encrypt my saved work
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={phase.busy}
            onClick={() => setPhase({ ...phase, confirming: false })}
          >
            Cancel
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="button button--secondary"
          disabled={!status.available || phase.busy}
          onClick={() => setPhase({ ...phase, confirming: true, outcome: null })}
        >
          Encrypt my saved work
        </button>
      )}
    </section>
  );
}
