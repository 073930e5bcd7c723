/**
 * schema.org JSON-LD for a statement, so search engines can list the agency's services:
 * the provider as a GovernmentOrganization and each service as a GovernmentService
 * (https://schema.org/GovernmentService) whose terms of service are this statement.
 */
import type { Channel, Statement } from './schema.js';

type Thing = Record<string, unknown>;

/** Only channels a reader can use from the web page carry the service URL. */
const ONLINE_CHANNELS: ReadonlySet<Channel> = new Set(['web', 'app']);

/**
 * At most this many services are described, the first in published order. Chromium reads a page's
 * JSON-LD again on the main thread whenever it changes: on the benchmark's machine ~50 ms for
 * 500 KB (1,000 services) and over 300 ms for 10 MB (20,000). 500 services, ~250 KB, stay well
 * under a long task, and are more than most agencies list.
 */
export const JSON_LD_SERVICE_LIMIT = 500;

export function statementJsonLd(statement: Statement, statementUrl: string): Thing {
  const { provider } = statement;
  const providerId = provider.url ?? `${statementUrl}#provider`;
  const organization: Thing = {
    '@type': 'GovernmentOrganization',
    '@id': providerId,
    name: provider.name,
    ...(provider.url ? { url: provider.url } : {}),
    ...(provider.parent ? { parentOrganization: { '@type': 'GovernmentOrganization', name: provider.parent } } : {}),
  };
  const service = (name: string, extra: Thing = {}): Thing => ({
    '@type': 'GovernmentService',
    name,
    provider: { '@id': providerId },
    termsOfService: statementUrl,
    ...extra,
  });
  const services = (statement.services?.items ?? []).slice(0, JSON_LD_SERVICE_LIMIT).map((item) =>
    service(item.name, {
      ...(item.id ? { identifier: item.id } : {}),
      ...(item.unit ? { serviceOperator: { '@type': 'GovernmentOrganization', name: item.unit } } : {}),
      ...(item.audience ? { audience: item.audience.map((code) => ({ '@type': 'Audience', audienceType: code })) } : {}),
      ...(item.channels
        ? {
            availableChannel: item.channels.map((channel) => ({
              '@type': 'ServiceChannel',
              name: channel,
              ...(item.url && ONLINE_CHANNELS.has(channel) ? { serviceUrl: item.url } : {}),
              ...(item.duration ? { processingTime: item.duration } : {}),
            })),
          }
        : {}),
      ...(item.url ? { url: item.url } : {}),
    }),
  );
  const single = statement.service?.name
    ? [service(statement.service.name, statement.service.id ? { identifier: statement.service.id } : {})]
    : [];
  return {
    '@context': 'https://schema.org',
    '@graph': [organization, ...single, ...services],
  };
}
