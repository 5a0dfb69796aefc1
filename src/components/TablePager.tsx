import KeyboardArrowLeft from '@mui/icons-material/KeyboardArrowLeft';
import KeyboardArrowRight from '@mui/icons-material/KeyboardArrowRight';
import { Box, IconButton } from '@mui/material';
import { useId, type ReactNode } from 'react';

export interface TablePagerProps {
  count: number;
  /** Zero-based. */
  page: number;
  rowsPerPage: number;
  rowsPerPageOptions: readonly number[];
  onPageChange: (page: number) => void;
  onRowsPerPageChange: (size: number) => void;
}

/** "5,000" without Intl, whose first use costs 10–15 ms of ICU setup before the first rows. */
export const groupDigits = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

const PAGER_SX = {
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'flex-end',
  // On a narrow screen the page buttons wrap to a second line rather than off the edge.
  flexWrap: 'wrap',
  columnGap: 2,
  minHeight: 52,
  px: 2,
  fontSize: '0.875rem',
  '& select': { font: 'inherit', p: '4px 8px', border: '1px solid rgba(0, 0, 0, 0.23)', borderRadius: 1, bgcolor: '#fff', color: 'inherit' },
  '& select:focus-visible': { outline: '2px solid #0972d3', outlineOffset: 2 },
} as const;

/**
 * Rows per page, the rows shown and the page buttons, under a table: what MUI's
 * TablePagination showed, with a native select. TablePagination brought a menu, a popover
 * and a modal to the first screen's render, and Intl to its modules' start (issue 17).
 */
export function TablePager({ count, page, rowsPerPage, rowsPerPageOptions, onPageChange, onRowsPerPageChange }: TablePagerProps) {
  const id = useId();
  const from = count === 0 ? 0 : page * rowsPerPage + 1;
  const to = Math.min(count, (page + 1) * rowsPerPage);
  const lastPage = Math.max(0, Math.ceil(count / rowsPerPage) - 1);
  return (
    <Box sx={PAGER_SX}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <label htmlFor={id}>Rows per page:</label>
        <select id={id} value={rowsPerPage} onChange={(event) => onRowsPerPageChange(Number(event.target.value))}>
          {rowsPerPageOptions.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </Box>
      <span>
        {groupDigits(from)}–{groupDigits(to)} of {groupDigits(count)}
      </span>
      {/* At either end a button is marked unavailable, not disabled: pressing Next onto the last
          page would otherwise drop keyboard focus to the page (WCAG 2.4.3). */}
      <span>
        <PageButton label="Go to previous page" unavailable={page === 0} onClick={() => onPageChange(page - 1)}>
          <KeyboardArrowLeft />
        </PageButton>
        <PageButton label="Go to next page" unavailable={page >= lastPage} onClick={() => onPageChange(page + 1)}>
          <KeyboardArrowRight />
        </PageButton>
      </span>
    </Box>
  );
}

function PageButton({ label, unavailable, onClick, children }: { label: string; unavailable: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <IconButton aria-label={label} aria-disabled={unavailable || undefined} onClick={unavailable ? undefined : onClick} sx={unavailable ? { color: 'action.disabled' } : undefined}>
      {children}
    </IconButton>
  );
}
