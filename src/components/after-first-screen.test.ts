import { QueryClient } from '@tanstack/react-query';
import { afterFirstScreen } from './after-first-screen';

describe('afterFirstScreen', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits until the reads in flight have answered, then for an idle moment', async () => {
    const client = new QueryClient();
    let answer = (_: string[]) => {};
    void client.prefetchQuery({ queryKey: ['clusters'], queryFn: () => new Promise<string[]>((resolve) => (answer = resolve)) });
    const task = vi.fn();
    afterFirstScreen(client, task);

    await vi.advanceTimersByTimeAsync(5_000);
    expect(task).not.toHaveBeenCalled();

    answer(['mycluster']);
    await vi.advanceTimersByTimeAsync(0);
    expect(task).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(task).toHaveBeenCalledTimes(1);

    // Later reads don't run it again.
    const refetched = client.refetchQueries();
    answer(['mycluster']);
    await refetched;
    await vi.advanceTimersByTimeAsync(5_000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs when idle at once if nothing is being read, and not at all once cancelled', async () => {
    const client = new QueryClient();
    const task = vi.fn();
    afterFirstScreen(client, task);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(task).toHaveBeenCalledTimes(1);

    const cancelled = vi.fn();
    afterFirstScreen(client, cancelled)();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(cancelled).not.toHaveBeenCalled();
  });
});
