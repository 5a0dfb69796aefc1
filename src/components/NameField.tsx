import { TextField } from '@mui/material';
import { useEffect, useRef } from 'react';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { fieldMessages } from './field-messages';

interface NameFieldProps<T extends FieldValues> {
  control: Control<T>;
  name: Path<T>;
  label: string;
  /** The rule in words, shown while the value is valid. */
  constraint: string;
  disabled?: boolean;
  autoFocus?: boolean;
}

/**
 * An identifier box validated as the user types: one line per broken rule, in the
 * space the constraint text holds, so the dialog never jumps.
 */
export function NameField<T extends FieldValues>({ control, name, label, constraint, disabled, autoFocus }: NameFieldProps<T>) {
  const input = useRef<HTMLInputElement | null>(null);
  // Focused by an effect, not the autoFocus attribute: under StrictMode (`npm start`) the dialog's
  // focus trap gives focus back to the opener and takes it itself after the attribute has acted.
  // Selected, so typing replaces a suggested name rather than appending to it.
  useEffect(() => {
    if (!autoFocus) return;
    input.current?.focus();
    input.current?.select();
  }, [autoFocus]);
  return (
    <Controller
      name={name}
      control={control}
      render={({ field, fieldState }) => {
        const messages = fieldMessages(fieldState.error);
        return (
          <TextField
            name={field.name}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            // The input itself takes focus when a service fault is set on the field.
            inputRef={(element: HTMLInputElement | null) => {
              field.ref(element);
              input.current = element;
            }}
            label={label}
            required
            error={messages.length > 0}
            autoComplete="off"
            // Read-only, not disabled, while a call runs: the field keeps focus, so a fault can focus it.
            slotProps={{ htmlInput: { spellCheck: false, readOnly: disabled, 'aria-invalid': messages.length > 0 } }}
            helperText={
              messages.length > 0 ? (
                <span role="alert">
                  {messages.map((m) => (
                    <span key={m} style={{ display: 'block' }}>
                      {m}
                    </span>
                  ))}
                </span>
              ) : (
                constraint
              )
            }
          />
        );
      }}
    />
  );
}
