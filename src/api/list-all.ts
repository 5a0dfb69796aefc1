/**
 * Follows Marker pagination to the end (docs/reference/README.md, "Pagination"); a
 * marker seen twice would loop forever, so it stops with an error instead.
 */
export async function listAll<T>(fetchPage: (marker: string | undefined) => Promise<{ items?: T[]; marker?: string }>, onPage?: (items: readonly T[]) => void) {
  const all: T[] = [];
  const seen = new Set<string>();
  let marker: string | undefined;
  do {
    const page = await fetchPage(marker);
    all.push(...(page.items ?? []));
    onPage?.(page.items ?? []);
    marker = page.marker || undefined;
    if (marker !== undefined) {
      if (seen.has(marker)) throw new Error(`The endpoint returned the marker ${marker} twice.`);
      seen.add(marker);
    }
  } while (marker !== undefined);
  return all;
}
