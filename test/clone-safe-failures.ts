// A failed assertion about a DOM node (expect(el).to.equal(null)) must fail, not hang the run.
// @web/test-runner sends each failure's `actual` and `expected` to the server with structuredClone,
// which throws for DOM nodes, so the results never arrive and the file times out after 300 s with
// no message (modernweb-dev/web#2967). After each failed test, a value that cannot be cloned is
// replaced by its description: the node's opening tag, or String(value).
const describeValue = (value: unknown) =>
  value instanceof Element ? value.outerHTML.slice(0, 200) : value instanceof Node ? value.nodeName : String(value);

const cloneable = (value: unknown) => {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
};

afterEach(function () {
  const err = this.currentTest?.err as { actual?: unknown; expected?: unknown } | undefined;
  if (!err) return;
  for (const key of ['actual', 'expected'] as const) {
    if (key in err && !cloneable(err[key])) err[key] = describeValue(err[key]);
  }
});
