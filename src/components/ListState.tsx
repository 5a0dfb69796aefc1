import { Alert, Box, Button, CircularProgress, Typography } from '@mui/material';

interface ListStateProps {
  /** Plural noun: "backups". */
  noun: string;
  isPending: boolean;
  /** Set when loading failed and nothing was loaded before. */
  error: string | null;
  onRetry: () => void;
  retrying: boolean;
  /** Nothing at all in the account (as opposed to nothing matching). */
  empty: boolean;
  emptyText: string;
  noMatchText: string;
  onClearFilter: () => void;
}

/** What a table area shows without rows: loading, failed (with retry), empty, no match. */
export function ListState(props: ListStateProps) {
  const { noun, isPending, error, onRetry, retrying, empty, emptyText, noMatchText, onClearFilter } = props;
  if (isPending) {
    return (
      <Box role="status" sx={{ display: 'flex', gap: 1.5, alignItems: 'center', justifyContent: 'center', p: 4 }}>
        <CircularProgress size={20} aria-hidden />
        <Typography>Loading {noun}</Typography>
      </Box>
    );
  }
  if (error) {
    return (
      <Box sx={{ p: 2 }}>
        <Alert
          severity="error"
          action={
            <Button color="inherit" onClick={onRetry} disabled={retrying}>
              Retry
            </Button>
          }
        >
          Couldn't load the {noun}. {error}
        </Alert>
      </Box>
    );
  }
  return (
    <Box sx={{ p: 4, textAlign: 'center' }}>
      <Typography sx={{ fontWeight: 700 }}>{empty ? `No ${noun}` : 'No matches'}</Typography>
      <Typography color="text.secondary" sx={{ mb: empty ? 0 : 1 }}>
        {empty ? emptyText : noMatchText}
      </Typography>
      {empty ? null : <Button onClick={onClearFilter}>Clear filter</Button>}
    </Box>
  );
}

/** A refresh failed but rows were loaded before: say so above them, keep them, offer Retry. */
export function StaleListWarning({ noun, error, onRetry }: { noun: string; error: string; onRetry: () => void }) {
  return (
    <Alert severity="warning" action={<Button onClick={onRetry}>Retry</Button>}>
      Couldn't refresh the {noun}: {error} Showing what was last loaded.
    </Alert>
  );
}
