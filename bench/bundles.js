// What an import of the package costs in a developer's bundle (esbuild, minified, gzip -9), from
// the built dist/ through package.json's exports: `npm run bench:bundles`. Figures go to BENCHMARKS.md.
import { consumerBundle } from '../scripts/consumer-bundle.mjs';

const cases = [
  ['formatValue', "import { formatValue } from 'tn-indicators'; console.log(formatValue);"],
  ['safeParseResolution + assess', "import { safeParseResolution, assess } from 'tn-indicators'; console.log(safeParseResolution, assess);"],
  ['the whole core', "import * as core from 'tn-indicators'; console.log(core);"],
  ['tn-indicators/schema (zod)', "import * as schema from 'tn-indicators/schema'; console.log(schema);"],
  ['TnGauge (tn-indicators/gauge)', "import { TnGauge } from 'tn-indicators/gauge'; console.log(TnGauge);"],
  ['TnIndicator (tn-indicators/indicator)', "import { TnIndicator } from 'tn-indicators/indicator'; console.log(TnIndicator);"],
  ['every element (tn-indicators/components)', "import * as all from 'tn-indicators/components'; console.log(all);"],
];
console.log('| import | bytes | gzip |\n|---|---:|---:|');
for (const [name, code] of cases) {
  const { bytes, gzip, warnings } = await consumerBundle(code);
  console.log(`| ${name} | ${bytes.toLocaleString('en')} | ${gzip.toLocaleString('en')} |${warnings.length ? ` ${warnings.length} warnings` : ''}`);
}
