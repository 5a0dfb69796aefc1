import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ListHeader } from './ListHeader';

describe('ListHeader', () => {
  it('keeps keyboard focus on Refresh while the list loads, and ignores it meanwhile', async () => {
    const user = userEvent.setup();
    const onRefresh = vi.fn();
    const header = (fetching: boolean) => (
      <ListHeader title="Redis OSS caches" count={6} noun="caches" fetching={fetching} onRefresh={onRefresh}>
        <button type="button">Actions</button>
      </ListHeader>
    );
    const { rerender } = render(header(false));
    const refresh = screen.getByRole('button', { name: 'Refresh caches' });
    refresh.focus();
    await user.keyboard('{Enter}');
    expect(onRefresh).toHaveBeenCalledTimes(1);

    rerender(header(true));
    // Busy, not disabled: focus stays where the user was (a disabled button drops it to the page).
    expect(refresh).toBeEnabled();
    expect(refresh).toHaveAttribute('aria-disabled', 'true');
    expect(refresh).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onRefresh).toHaveBeenCalledTimes(1);

    rerender(header(false));
    await user.keyboard('{Enter}');
    expect(onRefresh).toHaveBeenCalledTimes(2);
  });
});
