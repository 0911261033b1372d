// Runs ESLint's Node API with the project's own eslint.config.mjs, for test/lint/layers.test.ts.
// It runs in a child process because jest's module sandbox cannot import an ES module config
// (ESLint loads it with a dynamic import()). Reads {cwd, probes} as JSON on stdin, where a probe
// is {code, filePath} (lintText) or {files} (lintFiles); writes one result list per probe.
import { ESLint } from 'eslint';

let text = '';
for await (const chunk of process.stdin) text += chunk;
const { cwd, probes } = JSON.parse(text);
const eslint = new ESLint({ cwd });
const answers = [];
for (const probe of probes) {
  const results = probe.files ? await eslint.lintFiles(probe.files) : await eslint.lintText(probe.code, { filePath: probe.filePath });
  answers.push(
    results.map((result) => ({
      filePath: result.filePath,
      messages: result.messages.map(({ ruleId, message, fatal }) => ({ ruleId, message, fatal: fatal === true })),
    })),
  );
}
process.stdout.write(JSON.stringify(answers));
