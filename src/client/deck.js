/*
 * storydeck deck script: starts reveal.js for a storydeck deck and keeps
 * long slides legible. A classic script (no modules: Chromium refuses module
 * scripts on file:// pages); loaded after reveal.js and its notes plugin.
 */
;(function () {
  'use strict'

  var MIN_ZOOM = 0.5

  /*
   * Shrink a slide whose content is taller than the slide, instead of cutting
   * it off. The theme sets a generous base size, so a shrunk slide stays
   * readable; a slide that still does not fit is what the coach warns about.
   */
  function fit(section) {
    var frame = section.querySelector('.frame')
    var box = section.querySelector('.fit')
    if (!frame || !box || section.getAttribute('data-fitted') === 'true') return
    var frameRect = frame.getBoundingClientRect()
    if (frameRect.height === 0) return
    var style = window.getComputedStyle(frame)
    var inner = frame.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)
    var available = (frameRect.height * inner) / frame.clientHeight
    var zoom = 1
    box.style.zoom = ''
    for (var step = 0; step < 8; step++) {
      var needed = box.getBoundingClientRect().height
      if (needed <= available + 1 || zoom <= MIN_ZOOM) break
      // Note: a shrunk slide may use the full width (the theme lifts its line-length limit).
      section.classList.add('is-shrunk')
      zoom = Math.max(MIN_ZOOM, zoom * Math.sqrt(available / needed) * 0.98)
      box.style.zoom = String(zoom)
    }
    section.setAttribute('data-fitted', 'true')
  }

  function fitAll() {
    var sections = document.querySelectorAll('.reveal .slides section')
    for (var index = 0; index < sections.length; index++) fit(sections[index])
  }

  /*
   * Language versions: a link to a sibling deck carries the current slide's
   * place (section and position within it, `data-place`) and number; the
   * sibling opens on its slide with that place, else the nearest earlier one
   * of the same section, else the same number. So a version with one more
   * picture slide still lands right.
   */
  function placeHash() {
    var slide = Reveal.getCurrentSlide()
    var place = (slide ? slide.getAttribute('data-place') : '') || ''
    return '#place=' + encodeURIComponent(place) + '&n=' + Reveal.getIndices().h
  }

  // Note: read before reveal.js starts: it rewrites a hash it does not know.
  var arrival = window.location.hash

  function land() {
    var match = /^#place=([^&]*)&n=(\d+)$/.exec(arrival)
    if (!match) return
    var parts = decodeURIComponent(match[1]).split('.')
    var section = parts[0]
    var position = Number(parts[1])
    var slides = Reveal.getHorizontalSlides()
    var best = -1
    var bestPosition = -1
    for (var index = 0; index < slides.length; index++) {
      var own = (slides[index].getAttribute('data-place') || '').split('.')
      var ownPosition = Number(own[1])
      if (own[0] === section && ownPosition <= position && ownPosition > bestPosition) {
        best = index
        bestPosition = ownPosition
      }
    }
    if (best === -1) best = Math.min(Number(match[2]), slides.length - 1)
    Reveal.slide(best, 0)
  }

  function languages() {
    var nav = document.querySelector('nav.languages')
    var toggle = document.querySelector('button.languages-toggle')
    if (!nav || !toggle) return
    var links = nav.querySelectorAll('a[data-key]')
    toggle.hidden = false

    function go(link) {
      window.location.href = link.getAttribute('href') + placeHash()
    }
    function open(show) {
      nav.hidden = !show
      toggle.setAttribute('aria-expanded', show ? 'true' : 'false')
      if (!show) return
      var first = nav.querySelector('a:not([aria-current])')
      if (first) first.focus()
    }

    toggle.addEventListener('click', function () {
      open(nav.hidden)
    })
    nav.addEventListener('click', function (event) {
      var link = event.target.closest ? event.target.closest('a[data-key]') : null
      if (!link) return
      event.preventDefault()
      go(link)
    })
    document.addEventListener(
      'keydown',
      function (event) {
        if (nav.hidden) return
        var key = event.key
        if (key === 'Escape') {
          open(false)
          toggle.focus()
        } else if (/^[1-9]$/.test(key) && links[Number(key) - 1]) {
          go(links[Number(key) - 1])
        } else return
        event.preventDefault()
        event.stopPropagation()
      },
      true
    )
    // Note: with two languages one key switches; with more it opens the menu (a number then picks).
    Reveal.addKeyBinding(
      { keyCode: 76, key: 'L', description: nav.getAttribute('aria-label') || 'Language' },
      function () {
        var others = nav.querySelectorAll('a[data-key]:not([aria-current])')
        if (others.length === 1) go(others[0])
        else open(nav.hidden)
      }
    )
  }

  var Reveal = window.Reveal
  Reveal.initialize({
    width: 1280,
    height: 720,
    margin: 0,
    minScale: 0.2,
    maxScale: 2,
    center: false,
    hash: true,
    slideNumber: 'c/t',
    showSlideNumber: 'all',
    progress: true,
    controls: true,
    controlsTutorial: false,
    keyboard: true,
    touch: true,
    fragments: false,
    transition: 'fade',
    backgroundTransition: 'none',
    // Keep every slide laid out, so each can be measured and fitted once.
    viewDistance: 1000,
    mobileViewDistance: 1000,
    pdfMaxPagesPerSlide: 1,
    pdfSeparateFragments: false,
    plugins: window.RevealNotes ? [window.RevealNotes] : []
  }).then(function () {
    fitAll()
    land()
    languages()
  })

  Reveal.on('slidechanged', function (event) {
    if (event.currentSlide) fit(event.currentSlide)
  })
})()
