/**
 * `npm run convert -- --edition zh-tw`: reads Simplified text on standard input and prints
 * it as that edition's pages show it (same converter and glossary as the build).
 */
import { converterFor } from '../src/editions/convert/converters.ts';
import { editions } from '../src/editions/editions.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--edition');
const edition = at >= 0 ? args[at + 1] : undefined;
if (!edition || !editions.some((e) => e.id === edition)) {
  process.stderr.write(
    `usage: npm run convert -- --edition <${editions.map((e) => e.id).join('|')}>  (text on standard input)\n`,
  );
  process.exit(2);
}
let input = '';
process.stdin.setEncoding('utf8');
for await (const chunk of process.stdin) input += chunk;
process.stdout.write(converterFor(edition).convert(input));
