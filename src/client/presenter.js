/*
 * storydeck town hall, presenter's deck: tells the server which slide is
 * showing, shows the join address and QR code on the title slide and on
 * demand (key Q), and the top questions when the moderation page puts them
 * on the screen. A classic script loaded after deck.js. Does nothing inside
 * the speaker view's preview frames.
 */
;(function () {
  'use strict'

  var Reveal = window.Reveal

  /*
   * The live deck presents one language version (each phone picks its own).
   * The deck's language menu and its key L would open a version this server
   * does not serve: both go, whether deck.js has set them up already or not
   * (it does once reveal.js is ready, after this listener).
   */
  function dropLanguageMenu() {
    document.querySelectorAll('nav.languages, button.languages-toggle').forEach(function (node) {
      node.remove()
    })
    // Note: not removed but replaced: without a binding reveal.js's own L (next slide, vim style) would move every phone.
    Reveal.addKeyBinding(76, function () {})
  }
  dropLanguageMenu()
  if (!Reveal.isReady()) Reveal.on('ready', dropLanguageMenu)

  if (window.parent !== window || /receiver/.test(location.search)) return
  var template = document.getElementById('sd-live-template')
  var labels = JSON.parse(document.getElementById('sd-labels').textContent)
  document.body.appendChild(template.content.cloneNode(true))
  var join = document.querySelector('.sd-join')
  var top = document.querySelector('.sd-top')
  var socket = null
  var retry = 0
  var joinMode = 'auto'
  var plural = new Intl.PluralRules(document.documentElement.lang || 'en')

  /** "1 vote", "2 votes": the label's form for the number, as the page's language needs. */
  function count(n) {
    return (plural.select(n) === 'one' ? labels.votes.one : labels.votes.other).replace('{n}', String(n))
  }

  function index() {
    return Reveal.getIndices().h
  }

  function send(message) {
    if (socket && socket.readyState === 1) socket.send(JSON.stringify(message))
  }

  function placeJoin() {
    var first = index() === 0
    var visible = joinMode === 'shown' || (joinMode === 'auto' && first)
    join.hidden = !visible
    join.classList.toggle('is-big', visible && joinMode === 'shown')
  }

  function showTop(items) {
    var ol = top.querySelector('ol')
    if (!items) {
      top.hidden = true
      ol.replaceChildren()
      return
    }
    ol.replaceChildren.apply(
      ol,
      items.map(function (q) {
        var li = document.createElement('li')
        var text = document.createElement('p')
        text.className = 'q-text'
        text.textContent = q.text
        var meta = document.createElement('p')
        meta.className = 'q-meta'
        meta.textContent = (q.name || labels.anonymous) + ' · ' + count(q.votes)
        li.append(text, meta)
        return li
      })
    )
    top.hidden = false
  }

  function connect() {
    socket = new WebSocket('ws://' + location.host + location.pathname.replace(/[^/]*$/, '') + 'ws')
    socket.onopen = function () {
      retry = 0
      send({ type: 'goto', index: index() })
    }
    socket.onmessage = function (event) {
      var message = JSON.parse(event.data)
      if (message.type === 'top' || (message.type === 'hello' && 'top' in message)) showTop(message.top || message.items)
    }
    socket.onclose = function () {
      socket = null
      setTimeout(connect, Math.min(5000, 400 * 2 ** retry++))
    }
  }

  function start() {
    placeJoin()
    Reveal.on('slidechanged', function () {
      joinMode = 'auto'
      placeJoin()
      send({ type: 'goto', index: index() })
    })
    Reveal.addKeyBinding({ keyCode: 81, key: 'Q', description: labels.joinKey }, function () {
      joinMode = join.hidden ? 'shown' : 'hidden'
      placeJoin()
    })
    connect()
  }

  if (Reveal.isReady()) start()
  else Reveal.on('ready', start)
})()
