import { theme } from './theme';

const px = (size: string | number | undefined) => (typeof size === 'number' ? size : size?.endsWith('rem') ? Number.parseFloat(size) * 16 : Number.parseFloat(size ?? 'NaN'));

describe('the theme’s headings', () => {
  it('never sets a section heading larger than the page title (MUI’s own h3 is 48 px)', () => {
    const title = px(theme.typography.h1.fontSize);
    expect(title).toBe(24);
    for (const variant of ['h2', 'h3', 'h4', 'h5', 'h6'] as const) expect(px(theme.typography[variant].fontSize), variant).toBeLessThan(title);
  });

  it('keeps a dialog’s title (MUI’s DialogTitle is h6) above the dialog’s own sections (h3)', () => {
    expect(px(theme.typography.h6.fontSize)).toBeGreaterThan(px(theme.typography.h3.fontSize));
  });
});
