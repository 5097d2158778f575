// Preloaded into a benchmarked process (`node --require`) when GNU time is
// not installed: writes the process's peak memory (KB) and CPU seconds (user,
// system) on exit, as `/usr/bin/time -f '%M %U %S'` would.
'use strict'
process.on('exit', () => {
  const usage = process.resourceUsage()
  require('node:fs').writeFileSync(
    process.env.STORYDECK_BENCH_FIGURES,
    `${usage.maxRSS} ${usage.userCPUTime / 1e6} ${usage.systemCPUTime / 1e6}\n`,
  )
})
