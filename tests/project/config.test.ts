/**
 * `storydeck.config.json` messages from the catalogue: an unknown key names
 * the keys and the closest one, a value of the wrong kind says what the key
 * takes, in the project's language.
 */
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { localise } from '../../src/messages/say.ts'
import { parseConfig } from '../../src/project/config.ts'
import { makeProject, runCli } from '../util/cli.ts'
import { SPINE } from '../util/story.ts'

function parsed(value: string): VFile {
  const file = new VFile({ path: 'storydeck.config.json', value })
  parseConfig(file)
  return file
}

describe('configuration messages', () => {
  it('says what a key of the wrong kind takes, with an example, in English and Danish', () => {
    const file = parsed('{\n  "html": "yes",\n  "lint": ["off"]\n}\n')
    expect(file.messages.map((said) => [String(said), said.note, said.ruleId, said.fatal])).toEqual([
      [
        'storydeck.config.json:2:3: The value of `html` in the configuration must be yes or no (`true` or `false`).',
        'Change it, for example to `"html": false`.',
        'config/type',
        true,
      ],
      [
        'storydeck.config.json:3:3: The value of `lint` in the configuration must be rule ids, each set to `off`, `info`, `warn` or `error`.',
        'Change it, for example to `"lint": { "jargon/acronym": "off" }`.',
        'config/type',
        true,
      ],
    ])
    localise(file, 'da')
    expect([file.messages[0]?.reason, file.messages[0]?.note, file.messages[0]?.url]).toEqual([
      'Værdien af `html` i konfigurationen skal være ja eller nej (`true` eller `false`).',
      'Ret den, f.eks. til `"html": false`.',
      'docs/messages/da.md#config-type',
    ])
  })

  it('names the languages `messages` takes', () => {
    expect(parsed('{ "messages": "fr" }').messages.map((said) => [said.reason, said.note])).toEqual([
      [
        'The value of `messages` in the configuration must be one of the language codes `"en"`, `"da"`, `"nb"`, `"nn"`, `"sv"` or `"de"`.',
        'Change it, for example to `"messages": "da"`.',
      ],
    ])
  })

  it('names an unknown key, suggests the closest and lists them all', () => {
    const file = parsed('{ "theem": "nordic", "colours": {} }')
    expect(file.messages.map((said) => [said.reason, said.note, said.expected])).toEqual([
      [
        'The configuration has a key `theem` that storydeck does not know.',
        expect.stringMatching(/^Did you mean `theme`\? The configuration takes these keys: `theme`, `brand`, .+\.$/),
        ['theme'],
      ],
      [
        'The configuration has a key `colours` that storydeck does not know.',
        expect.stringMatching(/^Remove it, or use one of the keys the configuration takes: `theme`, `brand`, .+\.$/),
        expect.arrayContaining(['theme', 'brand', 'words']),
      ],
    ])
    localise(file, 'de')
    expect(file.messages[0]?.reason).toBe('Die Konfiguration enthält den Schlüssel `theem`, den storydeck nicht kennt.')
    expect(file.messages[0]?.note).toMatch(/^Meinten Sie `theme`\? Die Konfiguration kennt diese Schlüssel: `theme`, /)
  })

  it('points at broken JSON and at a file that is not a group of settings', () => {
    const broken = parsed('{\n  "theme": "nordic"\n  "html": true\n}')
    expect(broken.messages.map(String)).toEqual([
      'storydeck.config.json:3:3: From here on, `storydeck.config.json` is not valid JSON.',
    ])
    // V8 names no place for an unexpected character; the comma after the last item is the usual mistake.
    expect(parsed('{\n  "words": ["Nordlys", "Klarbrev",]\n}\n').messages.map(String)).toEqual([
      'storydeck.config.json:2:35: From here on, `storydeck.config.json` is not valid JSON.',
    ])
    expect(parsed('{\n  "theme": \'nordic\'\n}').messages.map(String)).toEqual([
      'storydeck.config.json:2:12: From here on, `storydeck.config.json` is not valid JSON.',
    ])
    expect(parsed('').messages.map(String)).toEqual([
      'storydeck.config.json:1:1: From here on, `storydeck.config.json` is not valid JSON.',
    ])
    expect(parsed('["nordic"]').messages.map((said) => [said.reason, said.note])).toEqual([
      [
        '`storydeck.config.json` must hold its settings between braces.',
        'Write it like this: `{ "theme": "nordic" }`.',
      ],
    ])
  })
})

describe('configuration messages from the command line', () => {
  it('are shown in the language the project’s stories are written in', async () => {
    const root = await makeProject({
      'storydeck.config.json': '{\n  "html": "ja"\n}\n',
      'stories/s.md': `---\ntitle: Historie\nlang: da\n---\n\n${SPINE}`,
    })
    const result = await runCli(['check'], root)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      'storydeck.config.json:2:3: fejl: Værdien af `html` i konfigurationen skal være ja eller nej (`true` eller `false`).  [config/type]\n' +
        '    Ret den, f.eks. til `"html": false`.\n',
    )
  })
})
