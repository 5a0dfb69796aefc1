/** A row's selection radio, in its cell: the look is the table's (PLAIN_TABLE, plain-rows.ts). */
export function SelectCell({ name, value, label, id, checked, onSelect }: { name: string; value?: string; label: string; id: string; checked: boolean; onSelect: () => void }) {
  return (
    <td data-select>
      <input type="radio" checked={checked} onChange={onSelect} name={name} value={value} aria-label={label} id={id} />
    </td>
  );
}
