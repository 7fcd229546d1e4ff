import { expect } from '@open-wc/testing';
import { pickText, primarySubtag, resolveLocale } from '../../src/core/locale.js';
import { fill, messages, programStatusText, statusText, textLocale } from '../../src/core/messages.js';
import type { Text } from '../../src/data/schema.js';

describe('locale', () => {
  describe('resolveLocale', () => {
    it('canonicalizes a valid tag', () => {
      expect(resolveLocale('id')).to.equal('id');
      expect(resolveLocale('EN-gb')).to.equal('en-GB');
      expect(resolveLocale(' id-ID ')).to.equal('id-ID');
      expect(resolveLocale('zh-hant-tw')).to.equal('zh-Hant-TW');
    });

    it('maps the legacy code in to id and reads an underscore as a hyphen', () => {
      expect(resolveLocale('in')).to.equal('id');
      expect(resolveLocale('en_US')).to.equal('en-US');
    });

    it('falls back to en for a missing, empty, undetermined or invalid tag', () => {
      for (const tag of [undefined, null, '', '   ', 'und', 'x', '123', 'en--US', 'not a tag', '<script>']) {
        expect(resolveLocale(tag), String(tag)).to.equal('en');
      }
      expect(resolveLocale(42 as unknown as string)).to.equal('en');
    });

    it('gives the primary subtag in lower case', () => {
      expect(primarySubtag('EN-GB')).to.equal('en');
      expect(primarySubtag('id')).to.equal('id');
    });
  });

  describe('pickText', () => {
    const both: Text = { id: 'Kemiskinan', en: 'Poverty' };

    it('returns a plain string with an unknown language, to be inherited', () => {
      expect(pickText('Kabupaten Musi Banyuasin', 'en')).to.deep.equal({ text: 'Kabupaten Musi Banyuasin', lang: '' });
    });

    it('picks the exact tag first', () => {
      expect(pickText({ en: 'colour', 'en-US': 'color' }, 'en-US')).to.deep.equal({ text: 'color', lang: 'en-US' });
      expect(pickText(both, 'id')).to.deep.equal({ text: 'Kemiskinan', lang: 'id' });
    });

    it('falls back to the primary subtag, then to a key sharing it', () => {
      expect(pickText(both, 'id-ID')).to.deep.equal({ text: 'Kemiskinan', lang: 'id' });
      expect(pickText({ 'en-GB': 'colour', id: 'warna' }, 'en-US')).to.deep.equal({ text: 'colour', lang: 'en-GB' });
    });

    it('falls back to en, then to the first key, and says which language it gave', () => {
      expect(pickText(both, 'fr')).to.deep.equal({ text: 'Poverty', lang: 'en' });
      expect(pickText({ id: 'Kemiskinan', ms: 'Kemiskinan (ms)' }, 'fr')).to.deep.equal({ text: 'Kemiskinan', lang: 'id' });
      expect(pickText({ en: 'Only English' }, 'id')).to.deep.equal({ text: 'Only English', lang: 'en' });
    });

    it('matches keys regardless of case and returns the canonical tag', () => {
      expect(pickText({ 'EN-gb': 'colour' } as Text, 'en-GB')).to.deep.equal({ text: 'colour', lang: 'en-GB' });
    });

    it('skips values that are not non-empty strings', () => {
      const hostile = { id: { nodeType: 1 }, en: 42, ms: '', 'en-GB': 'safe' } as unknown as Text;
      expect(pickText(hostile, 'id')).to.deep.equal({ text: 'safe', lang: 'en-GB' });
      expect(pickText({ id: null, en: ['x'] } as unknown as Text, 'id')).to.equal(undefined);
    });

    it('returns undefined for a missing, empty or non-text value', () => {
      expect(pickText(undefined, 'id')).to.equal(undefined);
      expect(pickText('', 'id')).to.equal(undefined);
      expect(pickText({} as Text, 'id')).to.equal(undefined);
      expect(pickText(['a', 'b'] as unknown as Text, 'id')).to.equal(undefined);
      expect(pickText(7 as unknown as Text, 'id')).to.equal(undefined);
      expect(pickText(null as unknown as Text, 'id')).to.equal(undefined);
    });

    it('ignores inherited keys', () => {
      const text = Object.create({ id: 'inherited' }) as Record<string, string>;
      text.en = 'own';
      expect(pickText(text, 'id')).to.deep.equal({ text: 'own', lang: 'en' });
    });

    it('treats an invalid requested tag as en', () => {
      expect(pickText(both, 'not a tag')).to.deep.equal({ text: 'Poverty', lang: 'en' });
    });
  });
});

describe('messages', () => {
  it('speaks Indonesian for id and its regional tags, English for every other language', () => {
    expect(messages('id').statusMissed).to.equal('tidak tercapai');
    expect(messages('id-ID').showTable).to.equal('tampilkan sebagai tabel');
    expect(messages('in').retry).to.equal('coba lagi');
    expect(messages('en').statusMissed).to.equal('missed');
    expect(messages('fr').statusMissed).to.equal('missed');
    expect(messages('').statusMissed).to.equal('missed');
  });

  it('writes text in the locale when its language has strings, else in English', () => {
    expect(textLocale('id-ID')).to.equal('id-ID');
    expect(textLocale('en-GB')).to.equal('en-GB');
    expect(textLocale('id')).to.equal('id');
    expect(textLocale('in')).to.equal('id');
    expect(textLocale('fr-FR')).to.equal('en');
    expect(textLocale('')).to.equal('en');
  });

  it('has the same keys with non-empty strings in both languages', () => {
    const id = messages('id');
    const en = messages('en');
    expect(Object.keys(id).sort()).to.deep.equal(Object.keys(en).sort());
    for (const [key, value] of [...Object.entries(id), ...Object.entries(en)]) {
      expect(value, key).to.be.a('string').and.not.equal('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    const id = messages('id') as Record<string, string>;
    const en = messages('en') as Record<string, string>;
    const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(en)) expect(names(id[key]!), key).to.deep.equal(names(en[key]!));
  });

  it('gives the contract status words', () => {
    const id = messages('id');
    const en = messages('en');
    const words = ['achieved', 'missed', 'on-track', 'off-track', 'wrong-direction', 'no-data'] as const;
    expect(words.map((w) => statusText(id, w))).to.deep.equal([
      'tercapai',
      'tidak tercapai',
      'sesuai jalur',
      'tidak sesuai jalur',
      'berbalik arah',
      'data belum cukup',
    ]);
    expect(words.map((w) => statusText(en, w))).to.deep.equal(['achieved', 'missed', 'on track', 'off track', 'wrong direction', 'not enough data']);
    expect(statusText(id, null)).to.equal('belum ada target');
    expect(statusText(en, null)).to.equal('no target set');
  });

  it('has a sentence for every error code and a word for every programme status', () => {
    for (const locale of ['id', 'en']) {
      const m = messages(locale);
      for (const key of ['errorFetch', 'errorTimeout', 'errorTooLarge', 'errorParse', 'errorInvalid', 'errorAdapter'] as const) {
        expect(m[key], key).to.match(/^\p{Lu}.*\.$/u);
      }
      for (const s of ['planned', 'active', 'completed', 'suspended'] as const) {
        expect(programStatusText(m, s)).to.be.a('string').and.not.equal('');
      }
    }
    expect(messages('id').errorHeading).to.equal('Data tidak dapat dimuat');
    expect(messages('en').errorHeading).to.equal('The data could not be loaded');
  });

  it('cannot be changed by a caller', () => {
    const m = messages('en') as Record<string, string>;
    expect(() => {
      m.retry = 'pwned';
    }).to.throw();
    expect(messages('en').retry).to.equal('retry');
  });

  it('fills placeholders and leaves unknown ones as written', () => {
    expect(fill(messages('id').dataUpTo, { period: '2024' })).to.equal('data sampai 2024');
    expect(fill(messages('en').pageOf, { n: 2, m: 5 })).to.equal('page 2 of 5');
    expect(fill('{a} {missing}', { a: 'x' })).to.equal('x {missing}');
    expect(fill('{toString}', {})).to.equal('{toString}');
    expect(fill('{a}', { a: '{b}', b: 'no' })).to.equal('{b}');
  });
});
