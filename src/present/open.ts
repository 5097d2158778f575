/**
 * Open an address in the default browser (the presenter's deck). Failing to
 * open is not an error: the address is printed anyway.
 */
import { spawn } from 'node:child_process'

/** Open `url` with the system's opener (`open`, `xdg-open` or `start`). */
export function openInBrowser(url: string): void {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url.replaceAll('&', '^&')]]
        : ['xdg-open', [url]]
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true })
    child.on('error', () => undefined)
    child.unref()
  } catch {
    // Note: no opener on this system; the address is in the terminal.
  }
}
