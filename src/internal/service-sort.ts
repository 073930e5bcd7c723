/**
 * The service table's sort, a module of its own (see on-demand.ts), fetched at the first sort or
 * for a shared link's `sla-sort`: the services' order by a column (src/services/service-order.ts,
 * in slices for a long list) and the words of a sorted table's status.
 */
export { orderServices } from '../services/service-order.js';
export { sortUi } from './sort-messages.js';
