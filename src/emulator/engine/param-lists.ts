import type { Params } from './query-protocol';

/**
 * Query-protocol lists: `Prefix.Member.1`, `Prefix.Member.2`… (member names from the
 * model, e.g. `SecurityGroupIds.SecurityGroupId.1`); undefined when the list is absent.
 */
export function stringList(params: Params, prefix: string): string[] | undefined {
  const values: string[] = [];
  for (let i = 1; ; i++) {
    const value = params.raw(`${prefix}.${i}`);
    if (value === undefined) break;
    values.push(value);
  }
  return values.length > 0 ? values : undefined;
}

/** A list of structures: each entry's fields read under `Prefix.Member.N.`. */
export function structList<T>(params: Params, prefix: string, read: (at: string) => T | undefined): T[] | undefined {
  const values: T[] = [];
  for (let i = 1; ; i++) {
    const value = read(`${prefix}.${i}.`);
    if (value === undefined) break;
    values.push(value);
  }
  return values.length > 0 ? values : undefined;
}
