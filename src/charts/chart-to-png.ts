/**
 * SVG to PNG with resvg, using only the DejaVu fonts installed from npm and
 * never the system's: the same SVG gives the same pixels on a laptop, in CI
 * and in the Docker image (which has no fonts of its own).
 */
import { createRequire } from 'node:module';
import { Resvg, renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);

/** Resolved through the package, not a path relative to this file, so it works from src/ (tsx) and dist/ alike. */
export const FONT_FILES = [require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'), require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')];

const RENDER_OPTIONS: ResvgRenderOptions = {
  font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
  fitTo: { mode: 'original' },
  background: '#FFFFFF',
  logLevel: 'off',
};

export function chartToPng(svg: string): Buffer {
  return new Resvg(svg, RENDER_OPTIONS).render().asPng();
}

/** The same picture rendered on libuv's thread pool, for bots that should not block other conversations while drawing. */
export async function chartToPngAsync(svg: string): Promise<Buffer> {
  return (await renderAsync(svg, RENDER_OPTIONS)).asPng();
}
