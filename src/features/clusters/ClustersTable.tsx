import { Checkbox, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { ScrollableTable } from '../../components/ScrollableTable';
import { clusterKey, type RedisCluster } from '../../domain/cluster';
import { clusterCheckboxId, clusterColumns } from './cluster-columns';

interface ClustersTableProps {
  clusters: RedisCluster[];
  /** Selected rows by clusterKey. */
  selected: ReadonlySet<string>;
  onToggle: (key: string) => void;
}

export function ClustersTable({ clusters, selected, onToggle }: ClustersTableProps) {
  return (
    <ScrollableTable>
      <Table size="small" aria-label="Redis clusters" sx={{ '& th, & td': { px: 1.25 } }}>
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox">
              <span className="visually-hidden">Select</span>
            </TableCell>
            <TableCell component="th" scope="col">Name</TableCell>
            {clusterColumns.map((col) => (
              <TableCell key={col.id} component="th" scope="col" align={col.align}>
                {col.header}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {clusters.map((cluster) => {
            const key = clusterKey(cluster);
            const isSelected = selected.has(key);
            return (
              <TableRow key={key} hover selected={isSelected} aria-selected={isSelected}>
                <TableCell padding="checkbox">
                  <Checkbox
                    checked={isSelected}
                    onChange={() => onToggle(key)}
                    slotProps={{ input: { 'aria-label': `Select ${cluster.id}`, id: clusterCheckboxId(cluster) } }}
                  />
                </TableCell>
                <TableCell component="th" scope="row" sx={{ fontWeight: 600 }}>
                  {cluster.id}
                </TableCell>
                {clusterColumns.map((col) => (
                  <TableCell key={col.id} align={col.align} sx={{ whiteSpace: col.wrap ? 'normal' : 'nowrap' }}>
                    {col.cell(cluster)}
                  </TableCell>
                ))}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </ScrollableTable>
  );
}
