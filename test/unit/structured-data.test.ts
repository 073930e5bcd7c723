/**
 * The JSON-LD describes the provider and the services, linked to the statement, and stops at a
 * limit: browsers re-read a page's JSON-LD on the main thread, so a huge list would cost every
 * reader (src/format/structured-data.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Statement } from '../../src/format/schema.js';
import { JSON_LD_SERVICE_LIMIT, statementJsonLd } from '../../src/format/structured-data.js';
import { validateStatement } from '../../src/format/validate.js';

type Thing = Record<string, unknown>;
const URL_ = 'https://www.ostan-hm.ir/sla';
const hamedan = validateStatement(
  JSON.parse(readFileSync(new URL('../../demo/data/001-hamedan.json', import.meta.url), 'utf8')),
).statement!;

function withServices(count: number): Statement {
  return {
    ...hamedan,
    services: {
      items: Array.from({ length: count }, (_, index) => ({
        name: `خدمت «${index}»`,
        id: String(1000 + index),
        unit: index % 2 ? 'دفتر اتباع' : 'حراست',
        channels: ['web', 'in-person'],
        url: `https://example.ir/s/${index}`,
      })),
    },
  };
}

const graphOf = (statement: Statement) => statementJsonLd(statement, URL_)['@graph'] as Thing[];

describe('statementJsonLd', () => {
  it('describes the provider and every service, linked to the statement', () => {
    const [organization, ...services] = graphOf(withServices(5));
    expect(organization).toMatchObject({ '@type': 'GovernmentOrganization', name: hamedan.provider.name });
    expect(services.map((service) => service.name)).toEqual([0, 1, 2, 3, 4].map((index) => `خدمت «${index}»`));
    expect(services[1]).toMatchObject({
      '@type': 'GovernmentService',
      identifier: '1001',
      provider: { '@id': organization!['@id'] },
      termsOfService: URL_,
      serviceOperator: { '@type': 'GovernmentOrganization', name: 'دفتر اتباع' },
      availableChannel: [
        { '@type': 'ServiceChannel', name: 'web', serviceUrl: 'https://example.ir/s/1' },
        { '@type': 'ServiceChannel', name: 'in-person' },
      ],
      url: 'https://example.ir/s/1',
    });
  });

  it(`describes the first ${JSON_LD_SERVICE_LIMIT} services of a longer list, in published order`, () => {
    const services = graphOf(withServices(JSON_LD_SERVICE_LIMIT + 500)).slice(1);
    expect(services).toHaveLength(JSON_LD_SERVICE_LIMIT);
    expect(services.at(-1)!.name).toBe(`خدمت «${JSON_LD_SERVICE_LIMIT - 1}»`);
    expect(graphOf(withServices(JSON_LD_SERVICE_LIMIT)).slice(1)).toHaveLength(JSON_LD_SERVICE_LIMIT);
  });
});
