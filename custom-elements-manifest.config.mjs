// npm run build writes custom-elements.json from the JSDoc on the element classes.

/** Tidies what the analyzer infers: events it sees dispatched are documented by name with @fires, and
 * every element (tn-gauge too) shares the --tn- custom properties documented on TnDataElement. */
function tidy() {
  return {
    name: 'tn-tidy',
    packageLinkPhase({ customElementsManifest }) {
      const declarations = customElementsManifest.modules.flatMap((m) => m.declarations ?? []);
      const shared = declarations.find((d) => d.name === 'TnDataElement')?.cssProperties ?? [];
      for (const d of declarations) {
        if (d.events) d.events = d.events.filter((e) => e.name);
        if (d.customElement && d.name !== 'TnDataElement') {
          const have = new Set((d.cssProperties ?? []).map((p) => p.name));
          d.cssProperties = [...(d.cssProperties ?? []), ...shared.filter((p) => !have.has(p.name))];
        }
      }
    },
  };
}

export default {
  globs: ['components/**/tn-*.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [tidy()],
};
