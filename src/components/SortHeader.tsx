import { TableCell, TableSortLabel } from '@mui/material';
import type { ReactNode } from 'react';
import type { SortDirection } from './use-sort';

export interface SortState {
  sortBy: string;
  direction: SortDirection;
  toggle: (id: string) => void;
}

/** A column header that sorts its table (aria-sort says how it is sorted now). */
export function SortHeader({ id, sort, align, children }: { id: string; sort: SortState; align?: 'right'; children: ReactNode }) {
  const active = sort.sortBy === id;
  return (
    <TableCell component="th" scope="col" align={align} aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}>
      <TableSortLabel
        active={active}
        direction={active ? sort.direction : 'asc'}
        onClick={() => sort.toggle(id)}
        // Only the sorting column shows its arrow: narrow tables keep Status in view at 768 px.
        hideSortIcon
        sx={{ '& .MuiTableSortLabel-icon': { mx: 0.25 } }}
      >
        {children}
      </TableSortLabel>
    </TableCell>
  );
}
