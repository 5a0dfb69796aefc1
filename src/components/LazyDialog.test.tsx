import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../test/render';
import { lazyWithPreload } from './lazy-with-preload';
import { LazyDialog } from './LoadBoundary';

function Greeting({ name }: { name: string }) {
  return <div role="dialog" aria-label="Greeting">Hello {name}</div>;
}

describe('LazyDialog', () => {
  it('shows a dialog whose code failed to load as a failure, and Retry loads it again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the caught error
    let online = false;
    const load = vi.fn(() =>
      online ? Promise.resolve({ Greeting }) : Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    );
    const Lazy = lazyWithPreload(load, 'Greeting');
    const onClose = vi.fn();
    const { user } = renderWithProviders(
      <LazyDialog title="Create Backup" onClose={onClose}>
        <Lazy name="world" />
      </LazyDialog>,
    );

    const failure = await screen.findByRole('dialog', { name: 'Create Backup' });
    expect(failure).toHaveTextContent("The Create Backup dialog couldn't load: Failed to fetch dynamically imported module.");
    expect(load).toHaveBeenCalledTimes(1);
    online = true;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('dialog', { name: 'Greeting' })).toHaveTextContent('Hello world');
    expect(load).toHaveBeenCalledTimes(2);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('loads once however often it is preloaded and rendered', async () => {
    const load = vi.fn(() => Promise.resolve({ Greeting }));
    const Lazy = lazyWithPreload(load, 'Greeting');
    await Promise.all([Lazy.preload(), Lazy.preload()]);
    renderWithProviders(
      <LazyDialog title="Create Backup" onClose={() => undefined}>
        <Lazy name="again" />
      </LazyDialog>,
    );
    expect(await screen.findByRole('dialog', { name: 'Greeting' })).toHaveTextContent('Hello again');
    expect(load).toHaveBeenCalledTimes(1);
  });
});
