// The Mantine theme: indigo, system fonts, and colours that pass WCAG AA (4.5:1). Mantine's own
// shades 8 and 9 of orange, yellow, green and others are under 4.5:1 as text on white (and
// behind white text), and its dimmed grey is 3.3:1: each is darkened here until it passes.
import {
  Badge,
  DEFAULT_THEME,
  Modal,
  Notification,
  createTheme,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';

/** What text in the shade must reach on white: 4.5:1 with room for light tints on grey rows. */
const TEXT_ON_WHITE = 5.6;

const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const toHex = (rgb: number[]) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
const luminance = (hex: string) => {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};

/** Contrast of a colour against white (WCAG's ratio). */
export const contrastOnWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

/** The colour darkened in small steps until text in it reaches TEXT_ON_WHITE on white. */
export function readable(hex: string): string {
  let rgb = channels(hex);
  while (contrastOnWhite(toHex(rgb)) < TEXT_ON_WHITE) rgb = rgb.map((c) => c * 0.95);
  return toHex(rgb);
}

const colors = Object.fromEntries(
  Object.entries(DEFAULT_THEME.colors)
    .filter(([name]) => name !== 'dark')
    .map(([name, shades]) => [name, shades.map((s, i) => (i >= 8 ? readable(s) : s)) as unknown as MantineColorsTuple]),
);

export const theme = createTheme({
  primaryColor: 'indigo',
  // Filled buttons, light badges and links use shade 8 (made readable above), not Mantine's 6.
  primaryShade: { light: 8, dark: 8 },
  colors,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'sm',
  components: {
    // A badge (a status, a method) is never squeezed to "Dra…" by a narrow column or row.
    Badge: Badge.extend({ styles: { root: { minWidth: 'max-content', flexShrink: 0 } } }),
    // Mantine's close buttons have no name of their own: a screen reader would say only "button".
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
    Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close notification' } } }),
  },
});

// Mantine's dimmed grey (#868e96) is 3.3:1 on white; gray.7 is over 7:1, also on light tints.
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});
