// Preloaded by tests into a CLI process (`node --require`): on exit, writes
// every module the process asked `require` for (one a line) to the file
// named by STORYDECK_REQUIRES. Shows what a command loads.
'use strict'
const Module = require('node:module')
const requested = new Set()
const load = Module._load
Module._load = function (request, ...rest) {
  requested.add(request)
  return load.call(this, request, ...rest)
}
process.on('exit', () => require('node:fs').writeFileSync(process.env.STORYDECK_REQUIRES, [...requested].join('\n')))
