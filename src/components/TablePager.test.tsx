import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { TablePager } from './TablePager';

function Pager() {
  const [page, setPage] = useState(0);
  return <TablePager count={30} page={page} rowsPerPage={25} rowsPerPageOptions={[10, 25]} onPageChange={setPage} onRowsPerPageChange={() => undefined} />;
}

describe('TablePager', () => {
  it('keeps focus on Next when it reaches the last page, where Next is unavailable', async () => {
    const user = userEvent.setup();
    render(<Pager />);
    expect(screen.getByText('1–25 of 30')).toBeInTheDocument();
    const next = screen.getByRole('button', { name: 'Go to next page' });
    expect(screen.getByRole('button', { name: 'Go to previous page' })).toHaveAttribute('aria-disabled', 'true');
    next.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByText('26–30 of 30')).toBeInTheDocument();
    expect(next).toHaveFocus();
    expect(next).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Enter}');
    expect(screen.getByText('26–30 of 30')).toBeInTheDocument();
  });

  it('groups thousands as the service’s counts are read: 1–25 of 5,000', () => {
    render(<TablePager count={5000} page={0} rowsPerPage={25} rowsPerPageOptions={[25]} onPageChange={() => undefined} onRowsPerPageChange={() => undefined} />);
    expect(screen.getByText('1–25 of 5,000')).toBeInTheDocument();
  });
});
