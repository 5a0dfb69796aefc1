import { Table, TableCell, TableHead, TableRow, TableSortLabel } from '@mui/material';
import { PLAIN_TABLE } from '../../components/plain-rows';
import { PlainCell } from '../../components/PlainCell';
import { SelectCell } from '../../components/SelectCell';
import { ScrollableTable } from '../../components/ScrollableTable';
import { PlainRouterLink } from '../../components/RouterLink';
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
      <Table size="small" aria-label="Backups" sx={PLAIN_TABLE}>
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
        {/* Plain elements styled once by PLAIN_TABLE, as the caches table's (src/components/plain-rows.ts). */}
        <tbody>
          {backups.map((backup) => {
            const isSelected = selected === backup.name;
            return (
              <tr key={backup.name} aria-selected={isSelected}>
                <SelectCell name="backup" value={backup.name} label={`Select ${backup.name}`} id={backupRadioId(backup.name)} checked={isSelected} onSelect={() => onSelect(backup.name)} />
                <th scope="row">
                  <PlainRouterLink href={paths.backup(backup.name)}>{backup.name}</PlainRouterLink>
                </th>
                {backupColumns.map((col) => (
                  <PlainCell key={col.id} align={col.align} wrap={col.wrap}>
                    {col.cell(backup)}
                  </PlainCell>
                ))}
                <PlainCell>{formatTime(backup.createdAt, false)}</PlainCell>
              </tr>
            );
          })}
        </tbody>
      </Table>
    </ScrollableTable>
  );
}
