/*
 * storydeck town hall, audience page: follows the presenter's slides as a
 * reading view, lets a person page back through the slides shown so far,
 * ask questions and vote. The story's other language versions are links to
 * this page in that language (`?lang=da`); the choice is remembered on the
 * device, and the server sends each phone its own language's slides. A phone
 * that has not chosen opens the version in the first of its own languages
 * that the story has (else the presenter's). A question being typed survives
 * the switch. A classic script (like deck.js). Text from other
 * people is only ever set with textContent; the one innerHTML is the slide,
 * which the server made with storydeck's sanitising renderer.
 */
;(function () {
  'use strict'

  var STORE = 'storydeck.audience.lang'
  var DRAFT = 'storydeck.audience.draft'
  var lang = document.documentElement.lang
  var languageLinks = Array.prototype.slice.call(document.querySelectorAll('nav.languages a[data-lang]'))

  // Note: storage may be refused (a private window, a strict setting): the page then simply forgets.
  function remembered() {
    try {
      return window.localStorage.getItem(STORE)
    } catch (_error) {
      return null
    }
  }
  function remember(value) {
    try {
      window.localStorage.setItem(STORE, value)
    } catch (_error) {
      // Note: nothing to do; the link still leads to that language.
    }
  }

  /** The version link for a language, if the story has that version. */
  function linkFor(wanted) {
    return languageLinks.filter(function (each) {
      return each.getAttribute('data-lang') === wanted
    })[0]
  }

  /** The phone's own languages as the story's codes, most preferred first (`no` and `nb-NO` are Bokmål). */
  function ownLanguages() {
    var list = navigator.languages?.length ? navigator.languages : [navigator.language || '']
    return Array.prototype.map.call(list, function (tag) {
      var code = String(tag).toLowerCase().split('-')[0]
      return code === 'no' ? 'nb' : code
    })
  }

  var asked = new URLSearchParams(location.search).get('lang')
  if (asked === null) {
    // Note: the plain join address opens a language chosen before on this device; else the first of the phone's
    // own languages that the story has, as long as it comes before the presenter's; else the presenter's.
    var chosen = remembered()
    var link = linkFor(chosen)
    if (!link && chosen !== lang) {
      var own = ownLanguages()
      for (var index = 0; index < own.length && !link && own[index] !== lang; index++) link = linkFor(own[index])
    }
    if (link) {
      location.replace(link.href)
      return
    }
  } else if (asked === lang) remember(lang)
  languageLinks.forEach(function (each) {
    each.addEventListener('click', function () {
      remember(each.getAttribute('data-lang'))
      // Note: the other version is another page; a question being typed goes with the phone (this tab only).
      try {
        var question = document.getElementById('sd-question')
        var name = document.getElementById('sd-name')
        if (question && question.value.trim() !== '')
          window.sessionStorage.setItem(DRAFT, JSON.stringify({ question: question.value, name: name ? name.value : '' }))
      } catch (_error) {
        // Note: storage refused; the question is lost as before.
      }
    })
  })

  var labels = JSON.parse(document.getElementById('sd-labels').textContent)
  var el = {
    status: document.getElementById('sd-status'),
    label: document.getElementById('sd-slide-label'),
    slide: document.getElementById('sd-slide'),
    earlier: document.getElementById('sd-earlier'),
    later: document.getElementById('sd-later'),
    live: document.getElementById('sd-live'),
    form: document.getElementById('sd-ask'),
    question: document.getElementById('sd-question'),
    name: document.getElementById('sd-name'),
    left: document.getElementById('sd-left'),
    askStatus: document.getElementById('sd-ask-status'),
    list: document.getElementById('sd-questions'),
    none: document.getElementById('sd-none')
  }
  var MAX = 280
  var slides = {}
  var current = -1
  var viewing = -1
  var following = true
  var questions = {}
  var mine = {}
  var voted = {}
  var asking = {}
  var voting = {}
  var items = {}
  var socket = null
  var retry = 0
  var counter = 0

  var plural = new Intl.PluralRules(document.documentElement.lang || 'en')

  /** The label's form for the count `n` ("1 vote", "2 votes"), as the page's language needs. */
  function count(label, n) {
    return fill(plural.select(n) === 'one' ? label.one : label.other, { n: n })
  }

  function fill(label, values) {
    return label.replace(/\{(\w+)\}/g, function (slot, key) {
      return  Object.hasOwn(values, key) ? String(values[key]) : slot
    })
  }

  function reached() {
    return Object.keys(slides)
      .map(Number)
      .sort(function (a, b) {
        return a - b
      })
  }

  function show(index) {
    viewing = index
    if (index < 0 || slides[index] === undefined) {
      var wait = document.createElement('p')
      wait.textContent = labels.waiting
      el.slide.replaceChildren(wait)
      el.label.textContent = labels.live
    } else {
      // Note: made by the server from the story (sanitised); never text from the audience.
      el.slide.innerHTML = slides[index]
      el.label.textContent = fill(labels.slide, { n: index + 1 }) + (index === current ? ' · ' + labels.live : '')
    }
    var list = reached()
    var at = list.indexOf(index)
    el.earlier.disabled = at <= 0
    el.later.disabled = at === -1 || at >= list.length - 1
    el.live.hidden = following || current < 0
  }

  function step(by) {
    var list = reached()
    var at = list.indexOf(viewing)
    var next = list[at + by]
    if (next === undefined) return
    following = next === current
    show(next)
  }

  function rank(a, b) {
    return (
      Number(a.answered) - Number(b.answered) || b.votes - a.votes || Number(a.id.slice(1)) - Number(b.id.slice(1))
    )
  }

  function item(id) {
    var li = items[id]
    if (li) return li
    li = document.createElement('li')
    li.className = 'question'
    li.innerHTML = '<p class="q-text"></p><p class="q-meta"></p><button type="button" class="vote"></button>'
    li.querySelector('.vote').addEventListener('click', function () {
      vote(id)
    })
    items[id] = li
    return li
  }

  function renderQuestions() {
    var list = Object.keys(questions).map(function (id) {
      return questions[id]
    })
    list.sort(rank)
    var pending = Object.keys(mine).filter(function (id) {
      return !questions[id]
    })
    var wanted = []
    pending.forEach(function (id) {
      var li = item(id)
      li.classList.add('is-pending')
      li.querySelector('.q-text').textContent = mine[id].text
      li.querySelector('.q-meta').textContent = (mine[id].name || labels.anonymous) + ' · ' + labels.pending
      li.querySelector('.vote').hidden = true
      wanted.push(li)
    })
    list.forEach(function (q) {
      var li = item(q.id)
      li.classList.remove('is-pending')
      li.classList.toggle('is-answered', q.answered)
      li.querySelector('.q-text').textContent = q.text
      var meta = [q.name || labels.anonymous, count(labels.votes, q.votes)]
      if (q.answered) meta.push(labels.answered)
      li.querySelector('.q-meta').textContent = meta.join(' · ')
      var button = li.querySelector('.vote')
      button.hidden = false
      button.textContent = voted[q.id] ? labels.voted : labels.vote
      button.setAttribute('aria-pressed', voted[q.id] ? 'true' : 'false')
      button.disabled = Boolean(voted[q.id]) || q.answered
      wanted.push(li)
    })
    Object.keys(items).forEach(function (id) {
      if (wanted.indexOf(items[id]) === -1) {
        items[id].remove()
        delete items[id]
      }
    })
    // Note: move only what is out of place, so a focused button keeps its focus.
    wanted.forEach(function (li, index) {
      if (el.list.children[index] !== li) el.list.insertBefore(li, el.list.children[index] || null)
    })
    el.none.hidden = wanted.length > 0
  }

  function send(message) {
    if (socket?.readyState !== 1) return false
    socket.send(JSON.stringify(message))
    return true
  }

  function vote(id) {
    if (voted[id]) return
    var nonce = 'v' + ++counter
    voted[id] = true
    voting[nonce] = id
    if (!send({ type: 'vote', id: id, nonce: nonce })) delete voted[id]
    renderQuestions()
  }

  var reasons = {
    rate: 'refusedRate',
    size: 'refusedSize',
    empty: 'refusedEmpty'
  }

  function receive(message) {
    if (message.type === 'hello') {
      slides = {}
      ;(message.slides || []).forEach(function (pair) {
        slides[pair[0]] = pair[1]
      })
      current = message.current
      questions = {}
      ;(message.questions || []).forEach(function (q) {
        questions[q.id] = q
      })
      ;(message.mine || []).forEach(function (q) {
        mine[q.id] = q
      })
      ;(message.voted || []).forEach(function (id) {
        voted[id] = true
      })
      show(following || slides[viewing] === undefined ? current : viewing)
      renderQuestions()
    } else if (message.type === 'slide') {
      ;(message.add || []).forEach(function (pair) {
        slides[pair[0]] = pair[1]
      })
      current = message.current
      show(following ? current : viewing)
    } else if (message.type === 'questions') {
      message.items.forEach(function (q) {
        if (q.gone) delete questions[q.id]
        else questions[q.id] = q
      })
      renderQuestions()
    } else if (message.type === 'ack' && voting[message.nonce]) {
      delete voting[message.nonce]
    } else if (message.type === 'ack' && asking[message.nonce]) {
      mine[message.id] = asking[message.nonce]
      delete asking[message.nonce]
      el.question.value = ''
      updateLeft()
      el.askStatus.textContent = labels.sent
      renderQuestions()
    } else if (message.type === 'refused') {
      if (asking[message.nonce]) {
        delete asking[message.nonce]
        el.askStatus.textContent = labels[reasons[message.reason] || 'refusedClosed']
      } else if (voting[message.nonce]) {
        if (message.reason !== 'already-voted') delete voted[voting[message.nonce]]
        delete voting[message.nonce]
        renderQuestions()
      }
    }
  }

  function connect() {
    var url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host
    socket = new WebSocket(url + location.pathname.replace(/[^/]*$/, '') + 'ws?lang=' + encodeURIComponent(lang))
    socket.onopen = function () {
      retry = 0
      el.status.textContent = labels.connected
    }
    socket.onmessage = function (event) {
      try {
        receive(JSON.parse(event.data))
      } catch (_error) {
        // Note: a message this page does not understand is ignored.
      }
    }
    socket.onclose = function () {
      el.status.textContent = labels.reconnecting
      socket = null
      var wait = Math.min(5000, 400 * 2 ** retry++) + Math.random() * 400
      setTimeout(connect, wait)
    }
  }

  function updateLeft() {
    el.left.textContent = count(labels.charsLeft, Math.max(0, MAX - Array.from(el.question.value).length))
  }

  // A question typed before switching language comes back (once).
  try {
    var draft = JSON.parse(window.sessionStorage.getItem(DRAFT) || 'null')
    window.sessionStorage.removeItem(DRAFT)
    if (draft && typeof draft.question === 'string' && el.question.value === '') {
      // Note: a value set by script is not held to the field's maxlength, so it is cut here.
      el.question.value = draft.question.slice(0, el.question.maxLength > 0 ? el.question.maxLength : MAX)
      if (typeof draft.name === 'string' && el.name.value === '')
        el.name.value = draft.name.slice(0, el.name.maxLength > 0 ? el.name.maxLength : draft.name.length)
      updateLeft()
    }
  } catch (_error) {
    // Note: nothing kept, or storage refused.
  }
  el.question.addEventListener('input', updateLeft)
  el.form.addEventListener('submit', function (event) {
    event.preventDefault()
    var text = el.question.value.trim()
    if (text === '') el.askStatus.textContent = labels.refusedEmpty
    else if (Array.from(text).length > MAX) el.askStatus.textContent = labels.refusedSize
    else {
      var nonce = 'a' + ++counter
      asking[nonce] = { text: text, name: el.name.value.trim() }
      if (!send({ type: 'ask', text: text, name: el.name.value, nonce: nonce })) {
        delete asking[nonce]
        el.askStatus.textContent = labels.refusedClosed
      }
    }
  })
  el.earlier.addEventListener('click', function () {
    step(-1)
  })
  el.later.addEventListener('click', function () {
    step(1)
  })
  el.live.addEventListener('click', function () {
    following = true
    show(current)
    el.slide.focus()
  })
  el.slide.setAttribute('tabindex', '-1')
  connect()
})()
