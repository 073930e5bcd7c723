/**
 * The words of a sorted table's status (service-sort.ts), apart from messages.ts because only a
 * reader who sorts fetches that module, and no table is sorted without it. The same rules as there.
 */
import { msg, str } from '@lit/localize';

export const sortUi = {
  sortedAscending: (column: string) => msg(str`مرتب‌شده بر اساس ${column}، صعودی`, { id: 'ui.sortedAscending' }),
  sortedDescending: (column: string) => msg(str`مرتب‌شده بر اساس ${column}، نزولی`, { id: 'ui.sortedDescending' }),
};
