import { SaxesParser } from 'saxes';

/**
 * Whether a text is a well-formed XML 1.0 document, by a strict parser (saxes, which also
 * refuses characters XML 1.0 does not allow). The SDK's and the browser's parsers are
 * more lenient or fail later; this is the check the emulator's answers must pass.
 */
export function xmlProblem(text: string): string | undefined {
  const parser = new SaxesParser();
  let problem: string | undefined;
  parser.on('error', (error) => {
    problem ??= error.message;
  });
  try {
    parser.write(text).close();
  } catch (error) {
    problem ??= error instanceof Error ? error.message : String(error);
  }
  return problem;
}
