import { createExternalStore } from '../components/external-store';

/**
 * How many items each listing has read so far while its pages come in: every page is needed
 * before the table can sort, and through a real Region 1,000 clusters take seconds, so the
 * loading state says how far it has got. Keyed by listing ("clusters").
 */
const store = createExternalStore<Readonly<Record<string, number>>>({});

export const listProgress = {
  report: (listing: string, read: number) => store.update((all) => ({ ...all, [listing]: read })),
  done: (listing: string) => store.update(({ [listing]: _, ...rest }) => rest),
  /** The count read so far, or undefined when the listing isn't loading. */
  useRead: (listing: string): number | undefined => store.useValue()[listing],
};
