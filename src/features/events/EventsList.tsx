import { Alert, Box, Button, CircularProgress, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { toApiError } from '../../api/errors';
import { eventQueries } from '../../api/events';
import { ScrollableTable } from '../../components/ScrollableTable';
import { TablePager } from '../../components/TablePager';
import { usePagination } from '../../components/use-pagination';
import { EVENT_PERIODS, EVENT_SOURCE_TYPES, type EventFilter, type EventPeriod, type EventSourceType } from '../../domain/events';

const when = (d: Date | undefined) => (d ? `${d.toISOString().slice(0, 19).replace('T', ' ')} UTC` : '–');

interface EventsListProps {
  /** The table's accessible name. */
  label: string;
  /** A cache's own events: its id and source type, no source type choice. */
  source?: { id: string; type: EventSourceType; memberIds?: readonly string[] };
}

/** DescribeEvents as a table (type, source, date, message), filtered by period and, without a fixed source, by source type. */
export function EventsList({ label, source }: EventsListProps) {
  const [period, setPeriod] = useState<EventPeriod>('day');
  const [sourceType, setSourceType] = useState<EventSourceType | 'all'>('all');
  const filter: EventFilter = source ? { period, sourceType: source.type, sourceId: source.id, memberIds: source.memberIds } : { period, sourceType: sourceType === 'all' ? undefined : sourceType };
  const query = useQuery(eventQueries.list(filter));
  const events = query.data ?? [];
  // A page at a time, as the AWS console's Events table (a 14-day period can hold thousands).
  const { rows, paginationProps } = usePagination(events, 25, 'events');
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <TextField select size="small" label="Period" value={period} onChange={(e) => setPeriod(EVENT_PERIODS.find((p) => p.id === e.target.value)?.id ?? 'day')} sx={{ minWidth: 180 }}>
          {EVENT_PERIODS.map((p) => (
            <MenuItem key={p.id} value={p.id}>
              {p.label}
            </MenuItem>
          ))}
        </TextField>
        {source ? null : (
          <TextField select size="small" label="Source type" value={sourceType} onChange={(e) => setSourceType(EVENT_SOURCE_TYPES.find((t) => t === e.target.value) ?? 'all')} sx={{ minWidth: 200 }}>
            <MenuItem value="all">All source types</MenuItem>
            {EVENT_SOURCE_TYPES.map((t) => (
              <MenuItem key={t} value={t}>
                {t}
              </MenuItem>
            ))}
          </TextField>
        )}
        <Button variant="outlined" onClick={() => void query.refetch()} disabled={query.isFetching}>
          Refresh events
        </Button>
        <Typography variant="body2" color="text.secondary" role="status">
          {query.isFetching ? 'Loading events' : query.data ? `${events.length} ${events.length === 1 ? 'event' : 'events'}` : ''}
        </Typography>
      </Stack>
      {query.isError ? (
        <Alert severity="error" action={<Button color="inherit" onClick={() => void query.refetch()}>Retry</Button>}>
          Couldn't load events: {toApiError(query.error).message}
        </Alert>
      ) : null}
      <ScrollableTable>
        <Table size="small" aria-label={label}>
          <TableHead>
            <TableRow>
              {['Source', 'Type', 'Date', 'Message'].map((h) => (
                <TableCell key={h} component="th" scope="col">
                  {h}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {query.isPending ? (
              <TableRow>
                <TableCell colSpan={4}>
                  <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
                    <CircularProgress size={16} aria-hidden /> Loading events
                  </Box>
                </TableCell>
              </TableRow>
            ) : events.length === 0 ? (
              <TableRow>
                {/* A failed read says so (the alert above has why): it never reads as "none". */}
                <TableCell colSpan={4}>{query.isError ? "Events couldn't be loaded." : 'No events in this period.'}</TableCell>
              </TableRow>
            ) : (
              rows.map((e, i) => (
                // Two events may share source, date and message: the position keeps rows apart.
                <TableRow key={`${paginationProps.page * paginationProps.rowsPerPage + i}:${e.sourceId}:${e.date?.getTime() ?? ''}`}>
                  <TableCell component="th" scope="row">
                    {e.sourceId}
                  </TableCell>
                  <TableCell>{e.sourceType}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{when(e.date)}</TableCell>
                  <TableCell>{e.message}</TableCell>
                </TableRow>
              ))
            )}
          </TableBody>
        </Table>
      </ScrollableTable>
      {events.length > 0 ? <TablePager {...paginationProps} /> : null}
    </Stack>
  );
}
