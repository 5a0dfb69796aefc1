import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';

/** All broken-rule messages of a field, from react-hook-form's `criteriaMode: 'all'`. */
export function fieldMessages(error: { message?: string; types?: Record<string, unknown> } | undefined): string[] {
  if (!error) return [];
  const fromTypes = Object.values(error.types ?? {}).flatMap((v) => (Array.isArray(v) ? v : [v]));
  const messages = fromTypes.filter((m): m is string => typeof m === 'string' && m.length > 0);
  return messages.length > 0 ? [...new Set(messages)] : error.message ? [error.message] : [];
}

/** Shows a service fault at a form field, as a rule message is shown, and focuses the field. */
export function showAtField<T extends FieldValues>(form: UseFormReturn<T>, name: Path<T>) {
  return (message: string) => form.setError(name, { type: 'server', message }, { shouldFocus: true });
}
