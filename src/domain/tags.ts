import { z } from './zod';

/**
 * Cost-allocation tags as the service limits them (ElastiCache User Guide, "Tagging your
 * ElastiCache resources"): at most 50 per resource, keys 1–128 characters, values up to
 * 256, and the `aws:` prefix reserved for AWS. The console's forms and the emulator both
 * apply these.
 */
export const MAX_TAGS = 50;
export const MAX_TAG_KEY = 128;
export const MAX_TAG_VALUE = 256;

export const TAG_KEY_LENGTH = `Tag keys must be between 1 and ${MAX_TAG_KEY} characters long.`;
export const TAG_KEY_RESERVED = 'Tag keys can\'t begin with "aws:", which is reserved for AWS.';
export const TAG_VALUE_LENGTH = `Tag values must be at most ${MAX_TAG_VALUE} characters long.`;

/** What is wrong with one tag, in the service's order, or null. */
export function tagProblem(key: string, value: string): string | null {
  if (key.length < 1 || key.length > MAX_TAG_KEY) return TAG_KEY_LENGTH;
  if (value.length > MAX_TAG_VALUE) return TAG_VALUE_LENGTH;
  if (/^aws:/i.test(key)) return TAG_KEY_RESERVED;
  return null;
}

/** A form's tag rows: the same rules, each at its box; a key given twice is refused (it would replace). */
export const tagRowsSchema = z
  .array(
    z.object({
      key: z.string().min(1, TAG_KEY_LENGTH).max(MAX_TAG_KEY, TAG_KEY_LENGTH).refine((k) => !/^aws:/i.test(k), TAG_KEY_RESERVED),
      value: z.string().max(MAX_TAG_VALUE, TAG_VALUE_LENGTH),
    }),
  )
  .max(MAX_TAGS, `A resource can have at most ${MAX_TAGS} tags.`)
  .superRefine((rows, ctx) => {
    rows.forEach((row, i) => {
      if (rows.findIndex((r) => r.key === row.key) < i) ctx.addIssue({ code: 'custom', path: [i, 'key'], message: 'This key is already used.' });
    });
  });

export type TagRow = z.infer<typeof tagRowsSchema>[number];

/** The rows as the API's Tags (undefined for none, so the request leaves the parameter out). */
export function toApiTags(rows: readonly TagRow[]): { Key: string; Value: string }[] | undefined {
  return rows.length > 0 ? rows.map((r) => ({ Key: r.key, Value: r.value })) : undefined;
}
