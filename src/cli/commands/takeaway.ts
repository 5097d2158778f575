// Note: a static re-export on purpose. `build` imports this module lazily; in
// the CLI script (lib/cli.cjs) the import below becomes a `require` of
// lib/takeaway.cjs, a script of its own (scripts/compile.mjs).
export { addTakeaways } from '../../export/takeaway.ts'
