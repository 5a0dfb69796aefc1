/**
 * A list's table: its cells' side padding, and the look of MUI's small TableRow/TableCell
 * (and of our theme's links), given once by the table to plain <tr>, <td> (PlainCell),
 * <a> (PlainRouterLink) and <input type="radio"> (SelectCell) in its body. A page of 25 rows
 * as MUI components is about 750 styled components to render; as plain elements the
 * clusters table's rows render several times faster (`npm run bench`, issue 17).
 */
export const PLAIN_TABLE = {
  '& th, & td': { px: 1.25 },
  '& tbody tr': { color: 'inherit', verticalAlign: 'middle', outline: 0 },
  '& tbody tr:hover': { backgroundColor: 'rgba(0, 0, 0, 0.04)' },
  '& tbody tr[aria-selected="true"]': { backgroundColor: 'rgba(9, 114, 211, 0.08)' },
  '& tbody tr[aria-selected="true"]:hover': { backgroundColor: 'rgba(9, 114, 211, 0.12)' },
  '& tbody td, & tbody th': {
    fontSize: '0.875rem',
    lineHeight: 1.43,
    fontWeight: 400,
    color: '#000716',
    textAlign: 'left',
    verticalAlign: 'inherit',
    borderBottom: '1px solid rgb(224, 224, 224)',
    padding: '6px 10px',
  },
  '& tbody th[scope="row"]': { fontWeight: 600 },
  '& tbody td[data-align="right"]': { textAlign: 'right' },
  '& tbody td[data-nowrap]': { whiteSpace: 'nowrap' },
  '& tbody td[data-select]': { width: 48, padding: '0 10px 0 16px' },
  '& tbody a': {
    color: '#0061c2',
    textDecoration: 'underline',
    textDecorationColor: 'rgba(0, 97, 194, 0.4)',
    '&:hover': { textDecorationColor: 'inherit' },
  },
  '& tbody input[type="radio"]': { width: 16, height: 16, margin: 0, verticalAlign: 'middle', accentColor: '#0972d3', cursor: 'pointer' },
  // Keyboard users see where focus is (WCAG 2.4.7), as on the theme's buttons.
  '& tbody a:focus-visible, & tbody input:focus-visible': { outline: '2px solid #0972d3', outlineOffset: 2 },
} as const;
