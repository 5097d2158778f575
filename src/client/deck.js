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
  }).then(fitAll)

  Reveal.on('slidechanged', function (event) {
    if (event.currentSlide) fit(event.currentSlide)
  })
})()
