import { Table, TableCell, TableHead, TableRow } from '@mui/material';
import { paths } from '../../components/paths';
import { PLAIN_ROWS } from '../../components/plain-rows';
import { PlainRouterLink } from '../../components/RouterLink';
import { ScrollableTable } from '../../components/ScrollableTable';
import { SortHeader, type SortState } from '../../components/SortHeader';
import { isEngine } from '../../domain/engines';
import { clusterKey, type RedisCluster } from '../../domain/cluster';
import { clusterCheckboxId, type ClusterColumn } from './cluster-columns';

interface ClustersTableProps {
  /** The table's name: "Redis OSS caches". */
  label: string;
  clusters: RedisCluster[];
  /** The selected row's clusterKey; no selection column when the list is read-only. */
  selectedKey: string | null;
  onSelect?: (key: string) => void;
  sort: SortState;
  /** The columns after Name (columnsFor: each engine's). */
  columns: ClusterColumn[];
}

const TABLE_SX = { '& th, & td': { px: 1.25 }, ...PLAIN_ROWS };

export function ClustersTable({ label, clusters, selectedKey, onSelect, sort, columns }: ClustersTableProps) {
  return (
    <ScrollableTable>
      <Table size="small" aria-label={label} sx={TABLE_SX}>
        <TableHead>
          <TableRow>
            {onSelect ? (
              <TableCell padding="checkbox">
                <span className="visually-hidden">Select</span>
              </TableCell>
            ) : null}
            <SortHeader id="name" sort={sort}>
              Name
            </SortHeader>
            {columns.map((col) =>
              col.sortValue ? (
                <SortHeader key={col.id} id={col.id} sort={sort} align={col.align}>
                  {col.header}
                </SortHeader>
              ) : (
                <TableCell key={col.id} component="th" scope="col" align={col.align}>
                  {col.header}
                </TableCell>
              ),
            )}
          </TableRow>
        </TableHead>
        {/* Plain elements, styled once by TABLE_SX: the rows are most of the first screen's rendering. */}
        <tbody>
          {clusters.map((cluster) => {
            const key = clusterKey(cluster);
            const isSelected = selectedKey === key;
            return (
              <tr key={key} aria-selected={onSelect ? isSelected : undefined}>
                {onSelect ? (
                  <td data-select>
                    <input
                      type="radio"
                      checked={isSelected}
                      onChange={() => onSelect(key)}
                      name="cache-selection"
                      aria-label={`Select ${cluster.id}`}
                      id={clusterCheckboxId(cluster)}
                    />
                  </td>
                ) : null}
                <th scope="row">
                  {isEngine(cluster.engine) ? <PlainRouterLink href={paths.cache(cluster.engine, cluster.id)}>{cluster.id}</PlainRouterLink> : cluster.id}
                </th>
                {columns.map((col) => (
                  <td key={col.id} data-align={col.align} data-nowrap={col.wrap ? undefined : true}>
                    {col.cell(cluster)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </Table>
    </ScrollableTable>
  );
}
