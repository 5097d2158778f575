/**
 * A link -> QR code as a small inline SVG, made at build time (no network,
 * no script). Dark modules become one path of horizontal runs, which keeps
 * the SVG to a few kilobytes.
 */
import QRCode from 'qrcode'
import { escapeHtml } from './escape.ts'

/** Modules of white border the QR standard asks for around the code. */
const QUIET_ZONE = 4

/** Options of {@link qrSvg}. */
export interface QrOptions {
  /** Accessible name of the image (`aria-label`). */
  label: string
}

/**
 * Render `text` as a QR code (error correction level M).
 *
 * @returns an `<svg>` element string with `role="img"` and the given label;
 *   it scales to whatever size CSS gives it.
 */
export function qrSvg(text: string, options: Readonly<QrOptions>): string {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' })
  const size = modules.size
  const full = size + QUIET_ZONE * 2
  let path = ''
  for (let row = 0; row < size; row++) {
    let column = 0
    while (column < size) {
      if (!modules.get(row, column)) {
        column++
        continue
      }
      const start = column
      while (column < size && modules.get(row, column)) column++
      path += `M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${column - start}v1h-${column - start}z`
    }
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${full} ${full}" role="img" aria-label="${escapeHtml(options.label)}" shape-rendering="crispEdges">` +
    `<rect width="${full}" height="${full}" fill="#fff"/><path fill="#000" d="${path}"/></svg>`
  )
}

/**
 * Render `text` as a QR code for a terminal: two rows of modules per line
 * with half-block characters, black on a white background (ANSI colours),
 * so it scans from a dark or a light terminal alike.
 *
 * @returns lines joined with `\n`, each reset to the terminal's own colours at its end.
 */
export function qrTerminal(text: string): string {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' })
  const quiet = 2
  const size = modules.size + quiet * 2
  const dark = (row: number, column: number): boolean => {
    const r = row - quiet
    const c = column - quiet
    return r >= 0 && c >= 0 && r < modules.size && c < modules.size && Boolean(modules.get(r, c))
  }
  const lines: string[] = []
  for (let row = 0; row < size; row += 2) {
    let line = ''
    for (let column = 0; column < size; column++) {
      const top = dark(row, column)
      const bottom = dark(row + 1, column)
      line += top && bottom ? '█' : top ? '▀' : bottom ? '▄' : ' '
    }
    lines.push(`\u001b[30;47m${line}\u001b[0m`)
  }
  return lines.join('\n')
}
