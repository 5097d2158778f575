#!/usr/bin/env node
import module from 'node:module'

// Note: Node ≥ 22.1 can keep compiled code between runs (a faster cold start, see docs/performance.md); older Node has no such cache.
module.enableCompileCache?.()
const { run } = await import('../lib/cli.js')
process.exitCode = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() })
