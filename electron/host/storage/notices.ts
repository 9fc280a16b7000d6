import type { Notice } from '@shared/model/notices';
import { formatDateTime } from '@shared/dates/format';

/**
 * The words the trainee reads when the host has repaired something. Each says what was wrong, what was
 * done, and what they may have lost; damaged files are always "set aside" (moved to the quarantine
 * folder), never deleted.
 */
const QUARANTINE = 'It has been moved to the "quarantine" folder in the app\'s data folder, not deleted.';

function quoted(title: string): string {
  return `“${title}”`;
}

export const noticeText = {
  settingsRestored: (takenAt: Date) =>
    `Your settings file was damaged and has been set aside. Your previous settings from ${formatDateTime(takenAt)} were restored. ${QUARANTINE}`,
  settingsReset: () =>
    `Your settings file was damaged and has been set aside. No earlier copy was found, so the standard settings are in use; you can change them in Settings. ${QUARANTINE}`,
  settingsTooNewRestored: (takenAt: Date) =>
    `Your settings were saved by a newer version of Casework Practice, which this version cannot read, so they have been set aside. Your previous settings from ${formatDateTime(takenAt)} were restored. ${QUARANTINE}`,
  settingsTooNewReset: () =>
    `Your settings were saved by a newer version of Casework Practice, which this version cannot read, so they have been set aside and the standard settings are in use. ${QUARANTINE}`,
  libraryRebuilt: (found: number, cause: 'damaged' | 'newer') =>
    `${cause === 'damaged' ? 'The list of your attempts was damaged' : 'The list of your attempts was saved by a newer version of Casework Practice'} and has been set aside. It has been rebuilt from your saved attempts (${found} found), so nothing in them is lost. ${QUARANTINE}`,
  libraryMissing: (found: number) =>
    `The list of your attempts was missing. It has been rebuilt from your saved attempts (${found} found).`,
  attemptRestored: (title: string, takenAt: Date) =>
    `Your attempt ${quoted(title)} could not be opened because its file was damaged. The file has been set aside and the copy saved on ${formatDateTime(takenAt)} was restored; changes made after that time are not in it. ${QUARANTINE}`,
  attemptLost: (title: string | null) =>
    `${title ? `Your attempt ${quoted(title)}` : 'A saved attempt'} could not be opened because its file was damaged, and no earlier copy was found, so it is no longer in your list. ${QUARANTINE}`,
  attemptTooNew: (title: string | null) =>
    `${title ? `Your attempt ${quoted(title)}` : 'A saved attempt'} was saved by a newer version of Casework Practice and cannot be opened by this one, so it is not in your list. Its file has been left as it is; a newer version of the app will open it.`,
  attemptAddedBack: (title: string) =>
    `Your attempt ${quoted(title)} was missing from your list of attempts and has been added back.`,
  attemptFileMissingRestored: (title: string, takenAt: Date) =>
    `The file for your attempt ${quoted(title)} was missing. The copy saved on ${formatDateTime(takenAt)} was restored; changes made after that time are not in it.`,
  attemptFileMissingRemoved: (title: string) =>
    `Your attempt ${quoted(title)} was in your list, but its file was missing and no copy was found, so it has been removed from the list.`,
};

export type NoticeLevel = Notice['level'];

export function makeNotice(id: string, level: NoticeLevel, message: string, at: Date): Notice {
  return { id, level, message, at: at.toISOString() };
}
