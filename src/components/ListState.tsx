import { Alert, Box, Button, CircularProgress, Typography } from '@mui/material';
import { groupDigits } from './TablePager';

interface ListStateProps {
  /** Plural noun: "backups". */
  noun: string;
  isPending: boolean;
  /** While loading: how many items the pages read so far hold (a long listing says how far it got). */
  progress?: number;
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
  const { noun, isPending, progress, error, onRetry, retrying, empty, emptyText, noMatchText, onClearFilter } = props;
  if (isPending) {
    return (
      <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 0.5, p: 4 }}>
        <Box role="status" sx={{ display: 'flex', gap: 1.5, alignItems: 'center', justifyContent: 'center' }}>
          <CircularProgress size={20} aria-hidden />
          <Typography>Loading {noun}</Typography>
        </Box>
        {/* Outside the live region: a page every few hundred milliseconds would be read out each time. */}
        {progress ? (
          <Typography variant="body2" color="text.secondary">
            {groupDigits(progress)} read so far
          </Typography>
        ) : null}
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
