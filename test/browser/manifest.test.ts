/** The attributes custom-elements.json lists are the ones the defined element observes. */
import { expect } from '@open-wc/testing';
import { SlaStatement } from '../../src/sla-statement.js';

describe('custom elements manifest', () => {
  it('lists every attribute the element observes, and no other', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as {
      modules: { declarations: { tagName?: string; attributes?: { name: string; fieldName?: string }[] }[] }[];
    };
    const declaration = manifest.modules.flatMap((module) => module.declarations).find((d) => d.tagName === 'sla-statement')!;
    const listed = declaration.attributes!.map((attribute) => attribute.name).sort();
    expect(listed).to.deep.equal([...SlaStatement.observedAttributes].sort());
    expect(listed).to.include.members(['src', 'expanded', 'timeout', 'page-size', 'no-structured-data']);
  });
});
