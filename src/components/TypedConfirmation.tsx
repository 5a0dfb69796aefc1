import { TextField } from '@mui/material';

/** Today's console's guard on deleting a cache: the user types its name; the action waits for it. */
export function TypedConfirmation({ name, value, onChange, disabled }: { name: string; value: string; onChange: (v: string) => void; disabled?: boolean }) {
  const typedWrong = value !== '' && value !== name;
  return (
    <TextField
      label={`Type ${name} to confirm deletion`}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      disabled={disabled}
      autoComplete="off"
      size="small"
      fullWidth
      slotProps={{ htmlInput: { spellCheck: false } }}
      helperText={typedWrong ? `Type the name exactly: ${name}.` : ' '}
    />
  );
}
