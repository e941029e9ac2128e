import '../clone-safe-failures.js';
import { expect } from '@open-wc/testing';
import '../../components/define.js';

// custom-elements.json (written by `npm run build`) must describe the real elements: editors and
// IDEs autocomplete from it, and the README tables come from the same JSDoc.
interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string; description?: string }[];
  events?: { name: string; description?: string }[];
  cssParts?: { name: string; description?: string }[];
  cssProperties?: { name: string; description?: string }[];
  members?: { name: string; kind: string; privacy?: string; description?: string; static?: boolean }[];
}

describe('custom-elements.json', () => {
  let elements: Declaration[] = [];
  before(async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    elements = manifest.modules.flatMap((m: { declarations?: Declaration[] }) => m.declarations ?? []).filter((d: Declaration) => d.tagName);
  });

  it('has every tag', () => {
    expect(elements.map((e) => e.tagName).sort()).to.deep.equal(['tn-gauge', 'tn-indicator', 'tn-milestones', 'tn-resolution', 'tn-timeline']);
  });

  it('lists exactly the attributes each element observes', () => {
    for (const e of elements) {
      const observed = [...((customElements.get(e.tagName!) as unknown as { observedAttributes: string[] }).observedAttributes)].sort();
      expect((e.attributes ?? []).map((a) => a.name).sort(), e.tagName).to.deep.equal(observed);
    }
  });

  it('describes every attribute, public property, event, part and custom property', () => {
    for (const e of elements) {
      const described = [
        ...(e.attributes ?? []),
        ...(e.events ?? []),
        ...(e.cssParts ?? []),
        ...(e.cssProperties ?? []),
        ...(e.members ?? []).filter((m) => m.kind === 'field' && m.privacy !== 'private' && m.privacy !== 'protected' && !m.static),
      ];
      for (const item of described) expect(item.description, `${e.tagName} ${item.name}`).to.be.a('string').and.not.equal('');
    }
  });

  it('documents tn-load and tn-error on every data element, and the parts in the house vocabulary', () => {
    const parts = new Set(['card', 'title', 'value', 'target', 'status', 'verdict', 'gauge', 'chart', 'break', 'table', 'error', 'placeholder', 'as-of']);
    for (const e of elements) {
      if (e.tagName !== 'tn-gauge') expect((e.events ?? []).map((v) => v.name).sort(), e.tagName).to.deep.equal(['tn-error', 'tn-load']);
      for (const p of e.cssParts ?? []) expect(parts.has(p.name), `${e.tagName} ::part(${p.name})`).to.equal(true);
      expect((e.cssProperties ?? []).map((p) => p.name)).to.include('--tn-color-behind');
    }
  });
});
