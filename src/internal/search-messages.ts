/**
 * The words of the search's results (service-search.ts), apart from messages.ts because only a
 * reader who searches fetches that module; with no search, no result can be empty. The same
 * rules as there.
 */
import { msg } from '@lit/localize';

export const searchUi = {
  noMatches: () => msg('هیچ خدمتی با این جستجو پیدا نشد.', { id: 'ui.noMatches' }),
};
