import { z } from './zod';

/**
 * ElastiCache's naming rule for backups, replication groups and clusters
 * (docs/reference/README.md, "Names"), with one message per broken rule in the
 * order AWS lists them. The same schema validates the console's forms and the
 * emulator's requests, so the two can never disagree.
 */
export function awsIdentifierSchema(maxLength: number) {
  return z.string().superRefine((value, ctx) => {
    for (const message of identifierProblems(value, maxLength)) {
      ctx.addIssue({ code: 'custom', message });
    }
  });
}

/** Every rule the value breaks, in AWS's order; empty when the value is valid. */
export function identifierProblems(value: string, maxLength: number): string[] {
  const problems: string[] = [];
  if (value.length === 0) {
    problems.push(`Must contain 1 to ${maxLength} characters.`);
    return problems;
  }
  if (value.length > maxLength) {
    problems.push(`Must contain 1 to ${maxLength} characters (this has ${value.length}).`);
  }
  const invalid = [...new Set(value.replace(/[A-Za-z0-9-]/g, ''))];
  if (invalid.length > 0) {
    const shown = invalid.slice(0, 3).map(describeCharacter).join(', ');
    problems.push(`Can only contain ASCII letters, digits and hyphens (not ${shown}).`);
  }
  if (!/^[A-Za-z]/.test(value)) problems.push('Must begin with a letter.');
  if (value.includes('--')) problems.push("Can't contain two consecutive hyphens.");
  if (value.endsWith('-')) problems.push("Can't end with a hyphen.");
  return problems;
}

function describeCharacter(char: string): string {
  if (char === ' ') return 'spaces';
  if (/\s/.test(char)) return 'whitespace';
  return `“${char}”`;
}

/** The rule as one sentence, shown under a valid field (the seed's wording). */
export function identifierConstraintText(maxLength: number): string {
  return `1–${maxLength} letters, digits or hyphens; begins with a letter; no two consecutive hyphens; doesn't end with a hyphen.`;
}
