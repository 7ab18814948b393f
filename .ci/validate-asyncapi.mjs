#!/usr/bin/env node
// Validates AsyncAPI documents (YAML or JSON files) with the official @asyncapi/parser.
//
//   cd .ci && npm install && node validate-asyncapi.mjs FILE...
//
// Every diagnostic is printed with its file, severity, rule code, path and message. The exit
// code is 1 when any file has an error diagnostic or cannot be read, 2 when no file is given,
// 0 otherwise (warnings, information and hints are printed but do not fail).
import { readFile } from 'node:fs/promises';
import { Parser, DiagnosticSeverity } from '@asyncapi/parser';

const SEVERITIES = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'info',
  [DiagnosticSeverity.Hint]: 'hint',
};

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node validate-asyncapi.mjs FILE...');
  process.exit(2);
}

const parser = new Parser();
let failed = 0;

for (const file of files) {
  let source;
  try {
    source = await readFile(file, 'utf8');
  }
  catch (error) {
    console.error(`${file}: cannot read: ${error.message}`);
    failed++;
    continue;
  }
  const { document, diagnostics } = await parser.parse(source, { source: file });
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === DiagnosticSeverity.Error);
  for (const diagnostic of diagnostics) {
    const where = diagnostic.path.length > 0 ? diagnostic.path.join('.') : '(document)';
    console.log(`${file}: ${SEVERITIES[diagnostic.severity]} ${diagnostic.code} at ${where}: ${diagnostic.message}`);
  }
  if (errors.length > 0 || document === undefined) {
    console.log(`${file}: INVALID (${errors.length} errors, ${diagnostics.length - errors.length} other diagnostics)`);
    failed++;
  }
  else {
    console.log(`${file}: valid AsyncAPI ${document.version()} (${diagnostics.length} non-error diagnostics)`);
  }
}

console.log(`asyncapi validation: ${files.length} files, ${files.length - failed} valid, ${failed} invalid`);
process.exit(failed > 0 ? 1 : 0);
