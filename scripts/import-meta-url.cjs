// Injected into the CommonJS scripts of lib/ (scripts/compile.mjs): their `import.meta.url`.
export const __sdImportMetaUrl = require('node:url').pathToFileURL(__filename).href
