/**
 * The pages of town hall live (`storydeck present`): the audience page, the
 * moderation page, and the presenter's deck with its join panel. Pure:
 * strings in, HTML out. Every text is printed escaped through mustache;
 * questions from the audience never pass through here (the pages' scripts
 * show them with `textContent`).
 */
import Mustache from 'mustache'
import { fillCount, fillLabel, type LiveLabels } from '../i18n/live-labels.ts'
import type { Lang } from '../types.ts'
import { joinPolicy, livePolicy, presenterDeckPolicy } from './csp.ts'
import { qrSvg } from './qr.ts'

/** Another language version of the story, offered on the audience page. */
export interface LanguageVersion {
  lang: Lang
  /** Name of the language in itself, e.g. `Deutsch`. */
  name: string
  /** Address of the audience page in that language (`?lang=de`). */
  href: string
}

/** Input of {@link renderAudiencePage} and {@link renderModeratePage}. */
export interface LivePageOptions {
  lang: Lang
  title: string
  labels: LiveLabels
  /** Other language versions of the story; an empty list shows nothing. Default: none. */
  versions?: readonly LanguageVersion[]
}

const HEAD = `<!doctype html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{{csp}}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{{documentTitle}}</title>
<link rel="stylesheet" href="{{styleUrl}}">
</head>`

const AUDIENCE = `${HEAD}
<body class="audience">
<header class="bar">
<h1>{{title}}</h1>
<p id="sd-status" class="status" role="status">{{labels.reconnecting}}</p>
{{#hasVersions}}<nav class="languages" aria-labelledby="sd-languages-label"><span id="sd-languages-label">{{labels.otherLanguages}}</span>
<ul>{{#versions}}<li><a href="{{href}}" hreflang="{{lang}}" lang="{{lang}}" data-lang="{{lang}}">{{name}}</a></li>{{/versions}}</ul></nav>{{/hasVersions}}
</header>
<main>
<section class="reading" aria-labelledby="sd-slide-label">
<p id="sd-slide-label" class="slide-label" aria-live="polite">{{labels.live}}</p>
<article id="sd-slide" class="slide"><p>{{labels.waiting}}</p></article>
<nav class="pager" aria-label="{{labels.slideNav}}">
<button type="button" id="sd-earlier" disabled>{{labels.earlier}}</button>
<button type="button" id="sd-live" hidden>{{labels.backToLive}}</button>
<button type="button" id="sd-later" disabled>{{labels.later}}</button>
</nav>
</section>
<section class="ask" aria-labelledby="sd-ask-heading">
<h2 id="sd-ask-heading">{{labels.askHeading}}</h2>
<form id="sd-ask" novalidate>
<label for="sd-question">{{labels.questionLabel}}</label>
<textarea id="sd-question" name="question" rows="3" maxlength="{{maxQuestion}}" aria-describedby="sd-left"></textarea>
<p id="sd-left" class="hint">{{charsLeft}}</p>
<label for="sd-name">{{labels.nameLabel}}</label>
<input id="sd-name" name="name" maxlength="{{maxName}}" autocomplete="name">
<button type="submit">{{labels.send}}</button>
<p id="sd-ask-status" class="ask-status" role="status"></p>
</form>
</section>
<section class="questions" aria-labelledby="sd-questions-heading">
<h2 id="sd-questions-heading">{{labels.questionsHeading}}</h2>
<p id="sd-none">{{labels.noQuestions}}</p>
<ol id="sd-questions" class="question-list"></ol>
</section>
</main>
<script type="application/json" id="sd-labels">{{{labelsJson}}}</script>
<script src="audience.js"></script>
</body>
</html>
`

const MODERATE = `${HEAD}
<body class="moderate">
<header class="bar">
<h1>{{labels.moderateTitle}}</h1>
<p class="talk-title">{{title}}</p>
{{#joinText}}<p class="talk-title">{{joinText}}</p>{{/joinText}}
<p id="sd-status" class="status" role="status">{{labels.reconnecting}}</p>
</header>
<main>
<p>{{labels.moderateIntro}}</p>
<p class="top-controls"><button type="button" id="sd-top-on" aria-pressed="false">{{labels.topOnScreen}}</button> <button type="button" id="sd-top-off">{{labels.topOffScreen}}</button></p>
<p id="sd-none">{{labels.noQuestions}}</p>
<ol id="sd-questions" class="question-list"></ol>
</main>
<script type="application/json" id="sd-labels">{{{labelsJson}}}</script>
<script src="moderate.js"></script>
</body>
</html>
`

/** The audience page: reading view, question form, the room's questions. */
export function renderAudiencePage(options: Readonly<LivePageOptions>): string {
  const versions = options.versions ?? []
  return Mustache.render(AUDIENCE, {
    ...pageView(options, `${options.title} · ${options.labels.live}`),
    charsLeft: fillCount(options.lang, options.labels.charsLeft, 280),
    maxQuestion: 280,
    maxName: 60,
    hasVersions: versions.length > 0,
    versions,
  })
}

/**
 * The moderation page (served to the presenter only).
 *
 * @param join the audience's join address and code, shown at the top (default: not shown).
 */
export function renderModeratePage(
  options: Readonly<LivePageOptions>,
  join?: Readonly<{ url: string; code: string }>,
): string {
  return Mustache.render(MODERATE, {
    ...pageView(options, `${options.labels.moderateTitle} · ${options.title}`),
    joinText: join === undefined ? '' : fillLabel(options.labels.cliJoin, join),
  })
}

function pageView(options: Readonly<LivePageOptions>, documentTitle: string): Record<string, unknown> {
  return {
    styleUrl: 'live.css',
    lang: options.lang,
    csp: livePolicy(),
    documentTitle,
    title: options.title,
    labels: { ...options.labels, slideNav: options.labels.slide.replace(/\s*\{n\}\s*/, '') },
    labelsJson: jsonForScript(options.labels),
  }
}

const JOIN_PAGE = `${HEAD}
<body class="audience">
<main>
<h1>{{labels.joinHeading}}</h1>
{{#wrong}}<p class="ask-status" role="alert">{{labels.joinWrong}}</p>{{/wrong}}
<form class="ask" method="get" action="/join">
<label for="sd-code">{{labels.joinCodeLabel}}</label>
<input id="sd-code" name="code" maxlength="12" autocomplete="off" autocapitalize="characters" spellcheck="false" required>
<button type="submit">{{labels.joinButton}}</button>
</form>
</main>
</body>
</html>
`

/**
 * The page at `/`, for people who typed only the computer's address: a form
 * for the code shown on the screen. No script; it names no talk, so the
 * address alone tells nothing.
 *
 * @param styleUrl URL of `live.css` from `/` (it lives under the talk's folder).
 * @param wrong whether the code typed was not right.
 */
export function renderJoinPage(
  options: Readonly<Pick<LivePageOptions, 'lang' | 'labels'>>,
  styleUrl: string,
  wrong: boolean,
): string {
  return Mustache.render(JOIN_PAGE, {
    lang: options.lang,
    csp: joinPolicy(),
    documentTitle: options.labels.joinHeading,
    styleUrl,
    labels: options.labels,
    wrong,
  })
}

/** Input of {@link renderPresenterDeck}. */
export interface PresenterDeckOptions {
  /** The deck as `buildStory` wrote it. */
  deckHtml: string
  /** CSP hash sources of the deck (see `RenderContext.scriptHashes`). */
  scriptHashes: readonly string[]
  /** The address the audience opens. */
  joinUrl: string
  /** The short code in the join address. */
  code: string
  labels: LiveLabels
}

const JOIN = `<template id="sd-live-template">
<aside class="sd-join" aria-label="{{labels.joinHeading}}">
<div class="sd-qr">{{{qr}}}</div>
<div class="sd-join-text"><p class="sd-join-heading">{{labels.joinHeading}}</p>
<p class="sd-join-url">{{joinText}}</p>
<p class="sd-join-code">{{labels.code}}: <strong>{{code}}</strong></p></div>
</aside>
<aside class="sd-top" aria-label="{{labels.topHeading}}" hidden><h2>{{labels.topHeading}}</h2><ol></ol></aside>
</template>
<script type="application/json" id="sd-labels">{{{labelsJson}}}</script>
<link rel="stylesheet" href="live.css">
<script src="presenter.js"></script>
`

/**
 * The presenter's deck for a live talk: the built deck with a policy that
 * lets it reach the server, the join panel (address, code, QR code) and the
 * presenter script. Speaker notes stay as they are: this page is served
 * only to the presenter.
 *
 * @throws Error when the deck has no Content-Security-Policy meta tag or no `</body>` (a theme template without them).
 */
export function renderPresenterDeck(options: Readonly<PresenterDeckOptions>): string {
  const csp = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/
  const end = options.deckHtml.lastIndexOf('</body>')
  if (!csp.test(options.deckHtml) || end === -1)
    throw new Error('The deck template has no Content-Security-Policy meta tag or no </body>, expected both')
  const policy = Mustache.render('{{policy}}', { policy: presenterDeckPolicy(options.scriptHashes) })
  const join = Mustache.render(JOIN, {
    labels: options.labels,
    code: options.code,
    joinText: fillLabel(options.labels.joinOpen, { url: options.joinUrl }),
    qr: qrSvg(options.joinUrl, { label: options.joinUrl }),
    labelsJson: jsonForScript(options.labels),
  })
  const html = options.deckHtml.replace(csp, () => `<meta http-equiv="Content-Security-Policy" content="${policy}">`)
  const close = html.lastIndexOf('</body>')
  return `${html.slice(0, close)}${join}${html.slice(close)}`
}

/** JSON safe inside a `<script type="application/json">` element. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c').replaceAll('>', '\\u003e').replaceAll('&', '\\u0026')
}
