/**
 * `storydeck dev [folder]`: the live preview. Runs until interrupted.
 */
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { startDevServer } from '../../vite/dev.ts'
import { UsageError, booleanFlag, numberFlag, type Parsed } from '../args.ts'
import type { Io } from '../io.ts'
import { devLines } from '../../messages/catalogue/cli.ts'
import { tell } from '../../messages/text.ts'

/** Run `storydeck dev`; resolves with 0 once the server is closed by Ctrl+C or SIGTERM. */
export async function runDev(parsed: Parsed, io: Io): Promise<number> {
  const [folder, ...extra] = parsed.positionals
  // Note: before the project is read, only the language asked for is known; the server then speaks the stories'.
  const asked = io.messages ?? 'en'
  if (extra.length > 0) throw new UsageError(tell(devLines.oneFolder, asked))
  const root = path.resolve(io.cwd, folder ?? '.')
  if (!(await stat(root).catch(() => undefined))?.isDirectory()) {
    io.stderr.write(`${tell(devLines.noFolder, asked, { folder: folder ?? '.' })}\n`)
    return 1
  }
  const port = numberFlag(parsed, 'port')
  if (port !== undefined && port > 65535) throw new UsageError(tell(devLines.badPort, asked, { port }))
  const server = await startDevServer({
    root,
    messages: io.messages,
    ...(port === undefined ? {} : { port }),
    host: booleanFlag(parsed, 'host'),
  })
  server.printUrls()
  server.bindCLIShortcuts({ print: true })
  await new Promise<void>((resolve) => {
    const stop = (): void => resolve()
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
    server.httpServer?.once('close', stop)
  })
  await server.close()
  return 0
}
