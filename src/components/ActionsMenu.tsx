import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import { Button } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect, useId, useState } from 'react';
import { afterFirstScreen } from './after-first-screen';
import { lazyWithPreload } from './lazy-with-preload';

// The menu itself (MUI's Menu, Popover, MenuList) isn't on the first screen's path: it loads
// once the screen's reads have answered, or when first opened (issue 17).
const MenuList = lazyWithPreload(() => import('./ActionsMenuList'), 'ActionsMenuList');

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
  const queryClient = useQueryClient();
  useEffect(() => afterFirstScreen(queryClient, () => void MenuList.preload().catch(() => undefined)), [queryClient]);
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
      {anchor ? (
        <Suspense fallback={null}>
          <MenuList id={id} anchor={anchor} items={items} onClose={close} />
        </Suspense>
      ) : null}
    </>
  );
}
