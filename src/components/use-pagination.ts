import { useState } from 'react';

export const PAGE_SIZES = [10, 25, 50, 100];

/**
 * A page of `items` and the props for its TablePager. Tables render one page, as
 * the AWS console's do: 5,000 clusters cost 25 rows of DOM, not 5,000.
 */
export function usePagination<T>(items: readonly T[], initialSize = 25, preferenceKey?: string) {
  const [page, setPage] = useState(0);
  const [pageSize, setPageSize] = useState(() => savedPageSize(preferenceKey) ?? initialSize);
  const lastPage = Math.max(0, Math.ceil(items.length / pageSize) - 1);
  // A filter or a deletion may leave fewer pages than the one shown.
  const shown = Math.min(page, lastPage);
  return {
    rows: items.slice(shown * pageSize, (shown + 1) * pageSize),
    firstPage: () => setPage(0),
    paginationProps: {
      count: items.length,
      page: shown,
      rowsPerPage: pageSize,
      rowsPerPageOptions: PAGE_SIZES,
      onPageChange: (next: number) => setPage(next),
      onRowsPerPageChange: (size: number) => {
        setPageSize(size);
        setPage(0);
        // A preference, as today's console keeps it: the next visit shows as many rows.
        if (preferenceKey) storage()?.setItem(`page-size:${preferenceKey}`, String(size));
      },
    },
  };
}

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function savedPageSize(key: string | undefined): number | undefined {
  const saved = key ? Number(storage()?.getItem(`page-size:${key}`)) : NaN;
  return PAGE_SIZES.includes(saved) ? saved : undefined;
}
