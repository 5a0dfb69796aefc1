import { Radio, Table, TableBody, TableCell, TableHead, TableRow, TableSortLabel } from '@mui/material';
import { ScrollableTable } from '../../components/ScrollableTable';
import { RouterLink } from '../../components/RouterLink';
import type { Backup } from '../../domain/backup';
import { backupColumns, backupRadioId, formatTime } from './backup-columns';
import { paths } from '../../components/paths';

interface BackupsTableProps {
  backups: Backup[];
  selected: string | null;
  onSelect: (name: string) => void;
  order: 'asc' | 'desc';
  onToggleOrder: () => void;
}

/** One row per backup; a radio per row because every action acts on one backup. */
export function BackupsTable({ backups, selected, onSelect, order, onToggleOrder }: BackupsTableProps) {
  return (
    <ScrollableTable>
      <Table size="small" aria-label="Backups" sx={{ '& th, & td': { px: 1.25 } }}>
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox">
              <span className="visually-hidden">Select</span>
            </TableCell>
            <TableCell component="th" scope="col">
              Name
            </TableCell>
            {backupColumns.map((col) => (
              <TableCell key={col.id} component="th" scope="col" align={col.align}>
                {col.header}
              </TableCell>
            ))}
            <TableCell component="th" scope="col" sortDirection={order}>
              <TableSortLabel active direction={order} onClick={onToggleOrder}>
                Created (UTC)
                <span className="visually-hidden">{order === 'desc' ? ', newest first' : ', oldest first'}</span>
              </TableSortLabel>
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {backups.map((backup) => {
            const isSelected = selected === backup.name;
            return (
              <TableRow key={backup.name} hover selected={isSelected} aria-selected={isSelected}>
                <TableCell padding="checkbox">
                  <Radio
                    checked={isSelected}
                    onChange={() => onSelect(backup.name)}
                    name="backup"
                    value={backup.name}
                    slotProps={{ input: { 'aria-label': `Select ${backup.name}`, id: backupRadioId(backup.name) } }}
                  />
                </TableCell>
                <TableCell component="th" scope="row" sx={{ fontWeight: 600 }}>
                  <RouterLink href={paths.backup(backup.name)}>{backup.name}</RouterLink>
                </TableCell>
                {backupColumns.map((col) => (
                  <TableCell key={col.id} align={col.align} sx={{ whiteSpace: col.wrap ? 'normal' : 'nowrap' }}>
                    {col.cell(backup)}
                  </TableCell>
                ))}
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatTime(backup.createdAt, false)}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </ScrollableTable>
  );
}
