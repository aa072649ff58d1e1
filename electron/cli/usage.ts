// The `s117 --help` text, one block per command. Kept apart from the commands so that printing it
// loads none of them (nor the services, SQLite or the letter renderers they bring). It imports
// nothing: scripts/build-cli.mjs also builds it alone into dist/cli/usage.mjs, which the launcher
// (packages/s117-cli/s117.js) prints for `s117`, `s117 --help` and `s117 -h` without the CLI.
export const CASES_USAGE = `s117 cases list [--search TEXT] [--stage STAGE] [--due-for-deletion] [--json]
s117 cases show CASE [--json]
s117 cases create --title TITLE --received YYYY-MM-DD [--reference "NN NNN NNN"] [--stage STAGE] [--json]`;
export const CHECK_USAGE = 's117 check FILE|CASE [--json] [--as-at YYYY-MM-DD]';
export const REMEDY_USAGE = 's117 remedy FILE|CASE [--json] [--as-at YYYY-MM-DD]';
export const IMPORT_USAGE = 's117 import FILE.s117.json|FILE.s117case [--as-new]';
export const EXPORT_USAGE = 's117 export CASE --out FILE.s117.json';
export const LETTER_USAGE =
  's117 letter FILE|CASE --template draft|final|council-response --format pdf|docx --out PATH [--anonymise] [--as-at YYYY-MM-DD] [--date YYYY-MM-DD] [--investigator NAME] [--allow-errors] [--review FILE] [--review-template FILE]';
export const CHRONOLOGY_USAGE =
  's117 chronology FILE|CASE --format pdf|docx --out PATH [--anonymise] [--date YYYY-MM-DD] [--review FILE] [--review-template FILE]';
export const EVIDENCE_USAGE = `s117 evidence add CASE FILE…
s117 evidence list CASE [--json]
s117 search QUERY [--case CASE] [--json]`;

export const USAGE = `Usage: s117 [--data-dir DIR] [--user NAME] COMMAND …

The workspace is encrypted: its passphrase comes from $S117_PASSPHRASE, else it is asked for.

${CASES_USAGE}
${CHECK_USAGE}
${REMEDY_USAGE}
${IMPORT_USAGE}
${EXPORT_USAGE}
${LETTER_USAGE}
${CHRONOLOGY_USAGE}
${EVIDENCE_USAGE}

Exit codes: 0 ok, 1 failure, 2 bad usage.`;
