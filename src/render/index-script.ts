/**
 * The story index's filter box and page buttons: a small classic script
 * (Chromium refuses module scripts on file:// pages), inlined into the page
 * and allowed by its hash, so it runs offline, from a file share and under
 * any sub-path, and nothing else can run. Without it (scripts blocked) the
 * page simply lists every story. Pure data.
 */
import { createHash } from 'node:crypto'

/** The script's source. It reads its words from `data-…` attributes, so it is the same for every language. */
export const INDEX_SCRIPT = `(function () {
  'use strict'
  var list = document.getElementById('stories')
  var input = document.getElementById('filter')
  var status = document.getElementById('filter-status')
  var pager = document.getElementById('pager')
  var previous = document.getElementById('pager-previous')
  var next = document.getElementById('pager-next')
  var where = document.getElementById('pager-where')
  if (!list || !input || !status || !pager || !previous || !next || !where) return
  var cards = Array.prototype.slice.call(list.children)
  var size = Number(list.getAttribute('data-page-size')) || 24
  var page = 1
  function fill(template, values) {
    return template.replace(/\\{(\\w+)\\}/g, function (match, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : match
    })
  }
  function show() {
    var terms = input.value.toLowerCase().split(/\\s+/).filter(Boolean)
    var hits = cards.filter(function (card) {
      var text = card.getAttribute('data-search') || ''
      return terms.every(function (term) { return text.indexOf(term) !== -1 })
    })
    var pages = Math.max(1, Math.ceil(hits.length / size))
    if (page > pages) page = pages
    var from = (page - 1) * size
    cards.forEach(function (card) { card.hidden = true })
    hits.slice(from, from + size).forEach(function (card) { card.hidden = false })
    status.textContent = hits.length === 0
      ? status.getAttribute('data-none')
      : fill(status.getAttribute(cards.length === 1 ? 'data-count-one' : 'data-count') || '', {
          shown: hits.length,
          total: cards.length,
        })
    pager.hidden = pages <= 1
    previous.disabled = page <= 1
    next.disabled = page >= pages
    where.textContent = fill(where.getAttribute('data-page') || '', { page: page, pages: pages })
  }
  function turn(step) {
    page += step
    show()
    window.scrollTo(0, 0)
  }
  input.addEventListener('input', function () { page = 1; show() })
  previous.addEventListener('click', function () { turn(-1) })
  next.addEventListener('click', function () { turn(1) })
  document.getElementById('finder').hidden = false
  show()
})()
`

/** The CSP hash source of {@link INDEX_SCRIPT} (`sha256-…`). */
export const INDEX_SCRIPT_HASH = `sha256-${createHash('sha256').update(INDEX_SCRIPT, 'utf8').digest('base64')}`
