import fs from 'node:fs';
import path from 'node:path';
import type { CreateJsonStore, FileIo, JsonStore, JsonStoreOptions } from '../ports';
import { defaultFileIo, MAX_DATA_FILE_BYTES } from '../storage/file-system';
import {
  decryptDocument,
  encryptDocument,
  EncryptedStoreError,
  isEncryptedEnvelope,
} from './encrypted-store';
import type { KeyProvider } from './encrypted-store';
import { KEY_FILE_NAME, keyStoreProblem, KeyUnavailableError, loadOrCreateDataKey } from './key-file';
import type { KeyProtector } from './key-file';
import { replaceFileSync } from './replace-file';
import { WINDOW_STATE_FILE } from '../shell/window-state';

/**
 * The "encrypt my saved work" setting. Whether it is on is whether the sealed key file exists: there is no
 * separate flag that could disagree with the files. Settings stay readable (they hold no casework and the app
 * needs them before anything else); every other file in the data folder, backups included, is written
 * encrypted while the setting is on. Quarantined files are left exactly as they were found.
 */
export interface EncryptionStatus {
  /** Whether this computer has a key store that can protect the key. */
  available: boolean;
  enabled: boolean;
  /** Why encryption cannot be switched on here, in plain words; null when it can. */
  unavailableReason: string | null;
}

export interface AtRestEncryption {
  /** The store factory every host service uses: encrypts on write while enabled, decrypts on read. */
  createStore: CreateJsonStore;
  status(): EncryptionStatus;
  /** Makes a key and rewrites every file encrypted. Answers how many files were rewritten. */
  enable(): number;
  /** Rewrites every file readable, then removes the key. Answers how many files were rewritten. */
  disable(): number;
}

const SETTINGS_FILE = 'settings';
/**
 * Kept plain in the data folder: the settings (needed before any key) and the shell's window size and place
 * (no casework in it, and the shell reads it without the host).
 */
const PLAIN_FILES: ReadonlySet<string> = new Set([SETTINGS_FILE, WINDOW_STATE_FILE]);
const LIBRARY_FILE = 'library.json';
const LEFT_ALONE_FOLDERS = new Set(['quarantine']);

export function openAtRestEncryption(options: {
  dataDir: string;
  inner: CreateJsonStore;
  protector: KeyProtector | undefined;
  /** The file system every rewrite goes through (the tests' fault layer, or Node's). */
  io?: FileIo;
}): AtRestEncryption {
  const { dataDir, inner, protector } = options;
  const io = options.io ?? defaultFileIo;
  const keyFilePath = path.join(dataDir, KEY_FILE_NAME);
  let key: KeyProvider | null = null;
  // Two flags because switching on is not one step: new writes are encrypted as soon as the key exists, but
  // the setting only reads as on once every file has been rewritten, so a rewrite cut short (a full disk)
  // says off and switching on again finishes it.
  let encryptingWrites = false;
  let enabled = false;

  if (fs.existsSync(keyFilePath)) {
    // Encrypted work and a key this computer cannot unseal: stop before anything is read, so no file is
    // mistaken for damage and quarantined. The message says the files are left as they are.
    if (!protector) throw new KeyUnavailableError('no-keychain');
    key = loadOrCreateDataKey({ keyFilePath, protector, allowCreate: false, io });
    encryptingWrites = true;
    // The index is rewritten last, so a plain index beside the key means switching on was cut short.
    const library = path.join(dataDir, LIBRARY_FILE);
    enabled = !fs.existsSync(library) || holdsEncryptedData(library);
  } else if (protector && holdsEncryptedData(path.join(dataDir, LIBRARY_FILE))) {
    throw new KeyUnavailableError('missing');
  }

  const encryptable = ({ cwd, configName }: JsonStoreOptions) =>
    !(PLAIN_FILES.has(configName) && path.resolve(cwd) === path.resolve(dataDir));

  const createStore: CreateJsonStore = (storeOptions) => {
    const store = inner(storeOptions);
    const wrapped: JsonStore = {
      path: store.path,
      get store() {
        const raw = store.store;
        if (!isEncryptedEnvelope(raw)) return raw;
        if (!key) throw new EncryptedStoreError('This file is encrypted and the key that opens it is gone.');
        return decryptDocument(raw, key);
      },
      set store(value: Record<string, unknown>) {
        store.store =
          key && encryptingWrites && encryptable(storeOptions)
            ? (encryptDocument(value, key) as unknown as Record<string, unknown>)
            : value;
      },
    };
    return wrapped;
  };

  function status(): EncryptionStatus {
    const problem = keyStoreProblem(protector);
    const unavailableReason = problem ? new KeyUnavailableError(problem).message : null;
    return { available: unavailableReason === null, enabled, unavailableReason };
  }

  /**
   * Always looks at every file, even when already on, so trying again after a failure (or after a restart
   * that followed one) rewrites whatever is still plain. Already encrypted files are left as they are.
   */
  function enable(): number {
    if (!key) {
      if (!protector) throw new KeyUnavailableError('no-keychain');
      key = loadOrCreateDataKey({ keyFilePath, protector, allowCreate: true, io });
    }
    const activeKey = key;
    encryptingWrites = true;
    const rewritten = rewriteAll(io, dataDir, encryptable, (value) =>
      isEncryptedEnvelope(value) ? null : encryptDocument(value, activeKey),
    );
    enabled = true;
    return rewritten;
  }

  function disable(): number {
    if (!key) return 0;
    encryptingWrites = false;
    enabled = false;
    const activeKey = key;
    const rewritten = rewriteAll(
      io,
      dataDir,
      () => true,
      (value) => (isEncryptedEnvelope(value) ? decryptDocument(value, activeKey) : null),
    );
    // Only once every file is readable without it: a failure above leaves the key, so nothing is stranded.
    fs.rmSync(keyFilePath, { force: true });
    key = null;
    return rewritten;
  }

  return { createStore, status, enable, disable };
}

function holdsEncryptedData(file: string): boolean {
  try {
    return isEncryptedEnvelope(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    return false;
  }
}

/**
 * Rewrites every JSON file under the data folder that `change` answers a new value for. Synchronous on
 * purpose: the stores write synchronously too, so no save can fall between reading a file and replacing it.
 * Each file is replaced by rename, so a failure leaves it whole in one form or the other, both readable
 * while the key is held.
 */
function rewriteAll(
  io: FileIo,
  dataDir: string,
  encryptable: (options: JsonStoreOptions) => boolean,
  change: (value: Record<string, unknown>) => object | null,
): number {
  let rewritten = 0;
  // The index last: whether it is encrypted tells start-up whether a switch-on finished.
  const library = path.join(dataDir, LIBRARY_FILE);
  const files = jsonFilesUnder(dataDir).filter((file) => file !== library);
  if (fs.existsSync(library)) files.push(library);
  for (const file of files) {
    const cwd = path.dirname(file);
    const configName = path.basename(file, '.json');
    if (!encryptable({ cwd, configName })) continue;
    let text: string;
    try {
      text = io.fs.readFileSync(file, MAX_DATA_FILE_BYTES).toString('utf8');
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') continue;
      // A file that cannot be read now (a failing disk, a lock) is not damage: skipping it would leave it in its
      // old form while the setting says it was rewritten, so the switch fails and a retry finishes it.
      throw error;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      continue; // Damaged: start-up's checks deal with it, not a setting change.
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
    const next = change(value as Record<string, unknown>);
    if (next === null) continue;
    replaceFileSync(file, JSON.stringify(next, null, '\t'), io);
    rewritten += 1;
  }
  return rewritten;
}

function jsonFilesUnder(dir: string): string[] {
  const found: string[] = [];
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!LEFT_ALONE_FOLDERS.has(entry.name)) found.push(...jsonFilesUnder(full));
    } else if (entry.isFile() && entry.name.endsWith('.json')) found.push(full);
  }
  return found.sort();
}
