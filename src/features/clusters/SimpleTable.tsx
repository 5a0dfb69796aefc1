import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import type { ReactNode } from 'react';
import { ScrollableTable } from '../../components/ScrollableTable';
import { TablePager } from '../../components/TablePager';
import { usePagination } from '../../components/use-pagination';

const PAGE = 25;

/**
 * A read-only table of a cache page's tab: named, one header row, rows keyed by their first cell;
 * over 25 rows (a cache's backups can be hundreds), a page at a time with the tables' pager.
 */
export function SimpleTable({ label, headers, rows, empty }: { label: string; headers: string[]; rows: [string, ...ReactNode[]][]; empty: ReactNode }) {
  const { rows: shown, paginationProps } = usePagination(rows, PAGE);
  return (
    <>
    <ScrollableTable>
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            {headers.map((h) => (
              <TableCell key={h} component="th" scope="col">
                {h}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.length === 0 ? (
            <TableRow>
              <TableCell colSpan={headers.length}>{empty}</TableCell>
            </TableRow>
          ) : (
            shown.map(([key, ...cells]) => (
              <TableRow key={key}>
                <TableCell component="th" scope="row">
                  {key}
                </TableCell>
                {cells.map((cell, i) => (
                  <TableCell key={headers[i + 1] ?? i}>{cell}</TableCell>
                ))}
              </TableRow>
            ))
          )}
        </TableBody>
      </Table>
    </ScrollableTable>
    {rows.length > PAGE ? <TablePager {...paginationProps} /> : null}
    </>
  );
}
