// Lit's development build (what Node resolves `lit` to in the suites) says "Lit is in dev mode" once
// per test file. Lit skips a warning whose code is in `litIssuedWarnings`: this one only, so its
// other development warnings still reach the output.
(globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings ??= new Set();
(globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings!.add('dev-mode');
