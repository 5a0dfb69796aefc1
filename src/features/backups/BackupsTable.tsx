import { Table, TableCell, TableHead, TableRow, TableSortLabel } from '@mui/material';
import { PLAIN_ROWS } from '../../components/plain-rows';
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

const TABLE_SX = { '& th, & td': { px: 1.25 }, ...PLAIN_ROWS };

/** One row per backup; a radio per row because every action acts on one backup. */
export function BackupsTable({ backups, selected, onSelect, order, onToggleOrder }: BackupsTableProps) {
  return (
    <ScrollableTable>
      <Table size="small" aria-label="Backups" sx={TABLE_SX}>
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
        {/* Plain elements styled once by TABLE_SX, as the caches table's (src/components/plain-rows.ts). */}
        <tbody>
          {backups.map((backup) => {
            const isSelected = selected === backup.name;
            return (
              <tr key={backup.name} aria-selected={isSelected}>
                <td data-select>
                  <input
                    type="radio"
                    checked={isSelected}
                    onChange={() => onSelect(backup.name)}
                    name="backup"
                    value={backup.name}
                    aria-label={`Select ${backup.name}`}
                    id={backupRadioId(backup.name)}
                  />
                </td>
                <th scope="row">
                  <PlainRouterLink href={paths.backup(backup.name)}>{backup.name}</PlainRouterLink>
                </th>
                {backupColumns.map((col) => (
                  <td key={col.id} data-align={col.align} data-nowrap={col.wrap ? undefined : true}>
                    {col.cell(backup)}
                  </td>
                ))}
                <td data-nowrap>{formatTime(backup.createdAt, false)}</td>
              </tr>
            );
          })}
        </tbody>
      </Table>
    </ScrollableTable>
  );
}
