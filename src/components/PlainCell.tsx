import type { ReactNode } from 'react';

/** A body cell of a list's table (PLAIN_TABLE, plain-rows.ts): right-aligned or not, kept on one line unless it may wrap. */
export function PlainCell({ align, wrap, children }: { align?: 'right'; wrap?: boolean; children: ReactNode }) {
  return (
    <td data-align={align} data-nowrap={wrap ? undefined : true}>
      {children}
    </td>
  );
}
