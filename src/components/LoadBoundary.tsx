import { Alert, Backdrop, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { Component, Suspense, useId, type ReactNode } from 'react';
import { retryFailedLoads } from './lazy-with-preload';

interface BoundaryProps {
  fallback: (error: Error, retry: () => void) => ReactNode;
  children: ReactNode;
}

/** Catches a part of the console that failed to load or render, and offers to try again. */
export class LoadBoundary extends Component<BoundaryProps, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    const { error } = this.state;
    return error ? this.props.fallback(error, this.retry) : this.props.children;
  }

  private retry = () => {
    retryFailedLoads();
    this.setState({ error: null });
  };
}

/** A page's fallback: says what failed, keeps the console shell, and retries. */
export function pageLoadFailure(error: Error, retry: () => void) {
  return (
    <Alert severity="error" action={<Button color="inherit" onClick={retry}>Retry</Button>}>
      This page couldn't load: {error.message}. Check the connection to the console's server and retry.
    </Alert>
  );
}

/**
 * A lazily loaded dialog: a spinner over the page while its code arrives (shown only
 * after a moment, so a preloaded dialog never flashes it), and a dialog of its own that
 * says so when the code can't be loaded, with Retry and Close.
 */
export function LazyDialog({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const titleId = useId();
  return (
    <LoadBoundary
      fallback={(error, retry) => (
        <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
          <DialogTitle id={titleId}>{title}</DialogTitle>
          <DialogContent>
            <Alert severity="error">
              The {title} dialog couldn't load: {error.message}. Check the connection to the console's server and retry.
            </Alert>
          </DialogContent>
          <DialogActions sx={{ px: 3, pb: 2 }}>
            <Button onClick={onClose}>Close</Button>
            <Button variant="contained" onClick={retry}>
              Retry
            </Button>
          </DialogActions>
        </Dialog>
      )}
    >
      <Suspense
        fallback={
          <Backdrop open sx={{ zIndex: 'modal', animation: 'lazy-dialog-appear 0s 300ms both', '@keyframes lazy-dialog-appear': { from: { visibility: 'hidden' } } }}>
            <CircularProgress role="progressbar" aria-label={`Loading ${title}`} />
          </Backdrop>
        }
      >
        {children}
      </Suspense>
    </LoadBoundary>
  );
}
