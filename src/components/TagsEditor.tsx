import { Box, Button, Stack, TextField, Typography } from '@mui/material';
import type { FieldErrors } from 'react-hook-form';
import { MAX_TAGS, type TagRow } from '../domain/tags';

interface TagsEditorProps {
  rows: TagRow[];
  onChange: (rows: TagRow[]) => void;
  /** The form's errors for its `tags` field (tagRowsSchema's messages, at each box). */
  errors: FieldErrors<{ tags: TagRow[] }>['tags'];
  disabled?: boolean;
}

/** Today's console's tag rows: a key and a value each, Remove, and Add new tag up to the service's limit. */
export function TagsEditor({ rows, onChange, errors, disabled }: TagsEditorProps) {
  const set = (i: number, change: Partial<TagRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
  const left = MAX_TAGS - rows.length;
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
      <Typography component="legend" variant="subtitle1" sx={{ fontWeight: 600 }}>
        Tags - optional
      </Typography>
      <Typography variant="body2" color="text.secondary" gutterBottom>
        A tag is a label you assign to the resource: a key and an optional value.
      </Typography>
      <Stack spacing={1.5} sx={{ mt: 1 }}>
        {rows.map((row, i) => {
          const keyError = errors?.[i]?.key?.message;
          const valueError = errors?.[i]?.value?.message;
          return (
            <Stack key={i} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
              <TextField
                size="small"
                label={`Key ${i + 1}`}
                value={row.key}
                onChange={(e) => set(i, { key: e.target.value })}
                error={keyError !== undefined}
                helperText={keyError ?? ' '}
                disabled={disabled}
                autoComplete="off"
                sx={{ flex: 1 }}
              />
              <TextField
                size="small"
                label={`Value ${i + 1}`}
                value={row.value}
                onChange={(e) => set(i, { value: e.target.value })}
                error={valueError !== undefined}
                helperText={valueError ?? ' '}
                disabled={disabled}
                autoComplete="off"
                sx={{ flex: 1 }}
              />
              <Button onClick={() => onChange(rows.filter((_, j) => j !== i))} disabled={disabled} aria-label={`Remove tag ${i + 1}`}>
                Remove
              </Button>
            </Stack>
          );
        })}
      </Stack>
      <Button onClick={() => onChange([...rows, { key: '', value: '' }])} disabled={disabled || left <= 0} sx={{ mt: 1 }}>
        Add new tag
      </Button>
      <Typography variant="body2" color={errors?.message ? 'error' : 'text.secondary'}>
        {errors?.message ?? `You can add up to ${left} more ${left === 1 ? 'tag' : 'tags'}.`}
      </Typography>
    </Box>
  );
}
