import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import { Button, ListItemText, Menu, MenuItem } from '@mui/material';
import { useId, useState } from 'react';

export interface ActionItem {
  label: string;
  /** Why the action can't run now (shown under it), or null when it can. */
  disabledReason: string | null;
  onSelect: () => void;
}

/**
 * Today's console "Actions ▾" button: a menu of the resource's actions, each unavailable one
 * disabled with its reason in view (a disabled item can't show a tooltip to keyboard users).
 */
export function ActionsMenu({ items, label = 'Actions' }: { items: ActionItem[]; label?: string }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const id = useId();
  const close = () => setAnchor(null);
  return (
    <>
      <Button
        id={`${id}-button`}
        variant="outlined"
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        aria-controls={anchor ? `${id}-menu` : undefined}
        endIcon={<ArrowDropDownIcon aria-hidden />}
        onClick={(e) => setAnchor(e.currentTarget)}
      >
        {label}
      </Button>
      <Menu id={`${id}-menu`} anchorEl={anchor} open={anchor !== null} onClose={close} slotProps={{ list: { 'aria-labelledby': `${id}-button` } }}>
        {items.map((item) => (
          <MenuItem
            key={item.label}
            disabled={item.disabledReason !== null}
            onClick={() => {
              close();
              item.onSelect();
            }}
            sx={{ '&.Mui-disabled': { opacity: 1, color: 'text.secondary' }, maxWidth: 360, whiteSpace: 'normal' }}
          >
            <ListItemText primary={item.label} secondary={item.disabledReason} slotProps={{ secondary: { color: 'text.secondary' } }} />
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
