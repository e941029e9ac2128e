import fc from 'fast-check';

const FROM = 2020;
const TO = 2025;

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const smallRate = fc.double({ min: -50, max: 60, noNaN: true, noDefaultInfinity: true });
const op = fc.constantFrom('>=', '>', '<=', '<');
const year = fc.integer({ min: 2015, max: 2028 });
const by = fc.option(fc.integer({ min: FROM + 1, max: TO }), { nil: undefined });
const range = fc.tuple(finite, finite).map(([a, b]) => (a <= b ? [a, b] : [b, a]));

const opValue = fc.oneof(
  fc.record({ op, value: finite }),
  fc.record({ op: fc.constant('between'), value: range }),
);

const withBy = <T extends object>(o: T, b: number | undefined) => (b === undefined ? o : { ...o, by: b });

const target = fc.oneof(
  fc.tuple(opValue, by, fc.constantFrom(undefined, 'linear', 'compound')).map(([ov, b, pace]) => withBy({ kind: 'level', ...ov, ...(pace ? { pace } : {}) }, b)),
  fc.tuple(opValue, by, fc.constantFrom(undefined, 'geometric', 'arithmetic')).map(([ov, b, method]) => withBy({ kind: 'average-growth', ...ov, ...(method ? { method } : {}) }, b)),
  opValue.map((ov) => ({ kind: 'annual', ...ov })),
  fc.tuple(opValue, by).map(([ov, b]) => withBy({ kind: 'cumulative', ...ov }, b)),
  fc.tuple(opValue, by).map(([ov, b]) => withBy({ kind: 'average-change', ...ov }, b)),
);

const observation = fc.record(
  {
    period: fc.oneof(year, fc.tuple(year, fc.integer({ min: 1, max: 5 })).map(([a, d]) => `${a}-${a + d}`)),
    value: fc.oneof(finite, smallRate, fc.constant(0), fc.constant(-0)),
    quality: fc.constantFrom('actual', 'preliminary', 'estimated', 'projected'),
    reported: fc.constantFrom('2021-03-01', '2022-06-30', '2023-12-31'),
  },
  { requiredKeys: ['period', 'value'] },
);

const indicator = (id: number) =>
  fc.record(
    {
      id: fc.constant(`i${id}`),
      title: fc.constant(`Indicator ${id}`),
      target: target,
      baseline: fc.record({ period: year, value: finite }),
      observations: fc.array(observation, { maxLength: 8 }),
      decimals: fc.integer({ min: 0, max: 6 }),
    },
    { requiredKeys: ['id', 'title'] },
  );

const milestone = (id: number) =>
  fc.record(
    {
      id: fc.constant(`m${id}`),
      title: fc.constant(`Milestone ${id}`),
      due: fc.constantFrom('2022', '2023-08', '2024-02-29'),
      done: fc.constantFrom('2023', '2023-07', '2023-09-15'),
      status: fc.constantFrom('planned', 'in-progress', 'done', 'cancelled'),
    },
    { requiredKeys: ['id', 'title'] },
  );

/** Random valid resolution documents (every cross-field rule respected). */
export const validDocument = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 3 }))
  .chain(([n, m]) =>
    fc.record({
      schemaVersion: fc.constant('1.0'),
      id: fc.constant('generated'),
      title: fc.constant({ vi: 'Nghị quyết', en: 'Resolution' }),
      term: fc.constant({ from: FROM, to: TO }),
      indicators: fc.tuple(...Array.from({ length: n }, (_, i) => indicator(i))),
      milestones: fc.tuple(...Array.from({ length: m }, (_, i) => milestone(i))),
    }),
  );
