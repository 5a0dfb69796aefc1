import { Checkbox, FormControl, FormControlLabel, FormHelperText, FormLabel, Radio, RadioGroup, Stack } from '@mui/material';
import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import { NameField } from '../../components/NameField';
import { DURATION_CONSTRAINT, RETENTION_CONSTRAINT, START_CONSTRAINT, type BackupSettingsValues } from '../../domain/backup-settings';

interface FieldsProps {
  form: UseFormReturn<BackupSettingsValues>;
  disabled: boolean;
}

/**
 * Automatic backups on/off, retention, and the window (no preference, or start and duration).
 * The rules cross fields (a window meets the maintenance window), so every change rechecks all.
 */
export function BackupSettingsFields({ form, disabled }: FieldsProps) {
  const { control } = form;
  const values = useWatch({ control });
  const recheck = () => void form.trigger();
  return (
    <Stack spacing={2.5} onChange={recheck}>
      <Controller
        name="enabled"
        control={control}
        render={({ field }) => (
          <FormControlLabel
            label="Enable automatic backups"
            disabled={disabled}
            control={<Checkbox checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />}
          />
        )}
      />
      {values.enabled ? (
        <>
          <NameField control={control} name="retentionDays" label="Backup retention period (days)" constraint={RETENTION_CONSTRAINT} disabled={disabled} />
          <Controller
            name="windowChoice"
            control={control}
            render={({ field }) => (
              <FormControl disabled={disabled}>
                <FormLabel id="backup-window-label">Backup window</FormLabel>
                <RadioGroup aria-labelledby="backup-window-label" value={field.value} onChange={(e) => field.onChange(e.target.value)}>
                  <FormControlLabel value="custom" control={<Radio />} label="Specify a backup window" />
                  <FormControlLabel value="none" control={<Radio />} label="No preference" />
                </RadioGroup>
                <FormHelperText>The daily window must be at least 60 minutes and keep clear of the weekly maintenance window.</FormHelperText>
              </FormControl>
            )}
          />
          {values.windowChoice === 'custom' ? (
            <Stack direction="row" spacing={2}>
              <NameField control={control} name="startTime" label="Start time (UTC)" constraint={START_CONSTRAINT} disabled={disabled} />
              <NameField control={control} name="durationHours" label="Duration (hours)" constraint={DURATION_CONSTRAINT} disabled={disabled} />
            </Stack>
          ) : null}
        </>
      ) : null}
      <Controller
        name="applyImmediately"
        control={control}
        render={({ field }) => (
          <div>
            <FormControlLabel
              label="Apply immediately"
              disabled={disabled}
              control={<Checkbox checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />}
            />
            {/* AWS docs, "Modifying an ElastiCache cluster": backup settings apply at once either way. */}
            <FormHelperText>Backup settings take effect at once whether or not this is chosen.</FormHelperText>
          </div>
        )}
      />
    </Stack>
  );
}
