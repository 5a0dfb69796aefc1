import { ListItemText, Menu, MenuItem } from '@mui/material';
import type { ActionItem } from './ActionsMenu';

/** The open menu of an ActionsMenu: its own chunk, loaded on first opening or ahead of it. */
export function ActionsMenuList({ id, anchor, items, onClose }: { id: string; anchor: HTMLElement; items: ActionItem[]; onClose: () => void }) {
  return (
    <Menu id={`${id}-menu`} anchorEl={anchor} open onClose={onClose} slotProps={{ list: { 'aria-labelledby': `${id}-button` } }}>
      {items.map((item) => (
        <MenuItem
          key={item.label}
          disabled={item.disabledReason !== null}
          onClick={() => {
            onClose();
            item.onSelect();
          }}
          sx={{ '&.Mui-disabled': { opacity: 1, color: 'text.secondary' }, maxWidth: 360, whiteSpace: 'normal' }}
        >
          <ListItemText primary={item.label} secondary={item.disabledReason} slotProps={{ secondary: { color: 'text.secondary' } }} />
        </MenuItem>
      ))}
    </Menu>
  );
}
