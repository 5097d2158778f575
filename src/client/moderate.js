/*
 * storydeck town hall, moderation page (presenter only): every question,
 * ranked, with buttons to show it to the room, hide it or mark it answered,
 * and to put the top five on the screen. A classic script; questions are
 * set with textContent only.
 */
;(function () {
  'use strict'

  var labels = JSON.parse(document.getElementById('sd-labels').textContent)
  var list = document.getElementById('sd-questions')
  var none = document.getElementById('sd-none')
  var status = document.getElementById('sd-status')
  var questions = {}
  var socket = null
  var retry = 0
  var counter = 0
  var STATES = { new: 'stateNew', shown: 'stateShown', hidden: 'stateHidden' }

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

  function send(message) {
    if (socket && socket.readyState === 1) socket.send(JSON.stringify(message))
  }

  function button(text, action, id) {
    var b = document.createElement('button')
    b.type = 'button'
    b.textContent = text
    b.setAttribute('data-action', action)
    b.addEventListener('click', function () {
      send({ type: 'moderate', id: id, action: action, nonce: 'm' + ++counter })
    })
    return b
  }

  function render() {
    var all = Object.keys(questions).map(function (id) {
      return questions[id]
    })
    all.sort(function (a, b) {
      return (
        Number(a.answered) - Number(b.answered) || b.votes - a.votes || Number(a.id.slice(1)) - Number(b.id.slice(1))
      )
    })
    var items = all.map(function (q) {
      var li = document.createElement('li')
      li.className = 'question is-' + q.state + (q.answered ? ' is-answered' : '')
      li.setAttribute('data-id', q.id)
      var text = document.createElement('p')
      text.className = 'q-text'
      text.textContent = q.text
      var meta = document.createElement('p')
      meta.className = 'q-meta'
      var parts = [q.name || labels.anonymous, count(labels.votes, q.votes), labels[STATES[q.state]]]
      if (q.answered) parts.push(labels.answered)
      meta.textContent = parts.join(' · ')
      var actions = document.createElement('p')
      actions.className = 'q-actions'
      if (q.state !== 'shown') actions.append(button(labels.show, 'show', q.id), ' ')
      if (q.state !== 'hidden') actions.append(button(labels.hide, 'hide', q.id), ' ')
      if (!q.answered) actions.append(button(labels.answer, 'answer', q.id))
      li.append(text, meta, actions)
      return li
    })
    var focused = document.activeElement
    var keep = focused?.closest?.('li') ? focused.closest('li').getAttribute('data-id') : null
    var action = focused?.getAttribute ? focused.getAttribute('data-action') : null
    list.replaceChildren.apply(list, items)
    none.hidden = items.length > 0
    if (keep) {
      var again = list.querySelector('li[data-id="' + keep + '"] button')
      var same = list.querySelector('li[data-id="' + keep + '"] button[data-action="' + action + '"]')
      if (same || again) (same || again).focus()
    }
  }

  function connect() {
    socket = new WebSocket('ws://' + location.host + location.pathname.replace(/[^/]*$/, '') + 'ws')
    socket.onopen = function () {
      retry = 0
      status.textContent = labels.moderateConnected
    }
    socket.onmessage = function (event) {
      var message = JSON.parse(event.data)
      if (message.type === 'hello' || message.type === 'top') {
        topOn.setAttribute('aria-pressed', (message.type === 'hello' ? message.top : message.items) ? 'true' : 'false')
      }
      if (message.type === 'hello') {
        questions = {}
        ;(message.questions || []).forEach(function (q) {
          questions[q.id] = q
        })
        render()
      } else if (message.type === 'questions') {
        message.items.forEach(function (q) {
          questions[q.id] = q
        })
        render()
      }
    }
    socket.onclose = function () {
      status.textContent = labels.reconnecting
      socket = null
      setTimeout(connect, Math.min(5000, 400 * 2 ** retry++))
    }
  }

  var topOn = document.getElementById('sd-top-on')
  topOn.addEventListener('click', function () {
    send({ type: 'top', show: true })
  })
  document.getElementById('sd-top-off').addEventListener('click', function () {
    send({ type: 'top', show: false })
  })
  connect()
})()
