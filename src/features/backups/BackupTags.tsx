import { Alert, Button, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { toApiError } from '../../api/errors';
import { snapshotQueries } from '../../api/snapshots';

/** A backup's page, Tags section: ListTagsForResource by the backup's ARN. */
export function BackupTags({ arn }: { arn: string | undefined }) {
  const query = useQuery({ ...snapshotQueries.tags(arn ?? ''), enabled: arn !== undefined });
  const tags = query.data ?? [];
  return (
    <Paper variant="outlined">
      <Typography variant="h2" sx={{ p: 2, pb: 1 }}>
        Tags{query.data ? ` (${tags.length})` : ''}
      </Typography>
      {query.isError ? (
        <Alert severity="error" sx={{ m: 2 }} action={<Button onClick={() => void query.refetch()}>Retry</Button>}>
          Couldn't load the tags: {toApiError(query.error).message}
        </Alert>
      ) : (
        <Table size="small" aria-label="Tags">
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col">Key</TableCell>
              <TableCell component="th" scope="col">Value</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {tags.map((t) => (
              <TableRow key={t.Key}>
                <TableCell sx={{ overflowWrap: 'anywhere' }}>{t.Key}</TableCell>
                <TableCell sx={{ overflowWrap: 'anywhere' }}>{t.Value}</TableCell>
              </TableRow>
            ))}
            {tags.length === 0 ? (
              <TableRow>
                <TableCell colSpan={2}>{arn === undefined ? 'This backup has no ARN to list tags by.' : query.data ? 'No tags.' : 'Loading tags'}</TableCell>
              </TableRow>
            ) : null}
          </TableBody>
        </Table>
      )}
    </Paper>
  );
}
