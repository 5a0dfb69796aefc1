import { useMemo, useState } from 'react';
import { naturalCompare } from '../domain/natural-compare';

export type SortDirection = 'asc' | 'desc';
export interface Sortable<T> {
  id: string;
  /** What the column sorts by; a column without one doesn't sort. */
  sortValue?: (item: T) => string | number;
}

const compare = (a: string | number, b: string | number) =>
  typeof a === 'number' && typeof b === 'number' ? a - b : naturalCompare(String(a), String(b));

/** Today's console tables sort by any column: one click ascending, the next descending. */
export function useSort<T>(items: readonly T[], columns: readonly Sortable<T>[], initial: string) {
  const [sort, setSort] = useState<{ by: string; direction: SortDirection }>({ by: initial, direction: 'asc' });
  const sorted = useMemo(() => {
    const value = columns.find((c) => c.id === sort.by)?.sortValue;
    if (!value) return items;
    const sign = sort.direction === 'asc' ? 1 : -1;
    return [...items].sort((a, b) => sign * compare(value(a), value(b)));
  }, [items, columns, sort]);
  const toggle = (by: string) =>
    setSort((prev) => ({ by, direction: prev.by === by && prev.direction === 'asc' ? 'desc' : 'asc' }));
  return { sorted, sortBy: sort.by, direction: sort.direction, toggle };
}
