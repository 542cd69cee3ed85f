import { describe, expect, it } from 'vitest';
import { AUDIENCE_LABELS, audienceLabel, dmBoxLabel, LANGUAGES, labelIs, looksLikeProfileField, looksLikeSearch, normalise, relationLabel, RELATIONS } from './labels';

const REQUIRED = ['en', 'cy', 'fr', 'de', 'es', 'pl', 'pt', 'it', 'nl', 'ro', 'tr', 'ar', 'ur'];

describe('label data', () => {
  it('covers every language staff use, with each kind of label', () => {
    for (const lang of REQUIRED) {
      const l = LANGUAGES[lang];
      expect(l, lang).toBeDefined();
      for (const kind of ['submit', 'nextStep', 'enterSends', 'postBox'] as const) expect(l![kind].length, `${lang} ${kind}`).toBeGreaterThan(0);
    }
  });

  it('never files one label under two kinds that decide differently', () => {
    for (const [lang, l] of Object.entries(LANGUAGES)) {
      for (const s of l.nextStep) expect(labelIs('submit', s), `${lang}: next "${s}" is also a submit`).toBe(false);
      for (const s of l.notSubmit) expect(labelIs('submit', s), `${lang}: not-submit "${s}" is also a submit`).toBe(false);
      for (const s of l.postBox) expect(labelIs('enterSends', s), `${lang}: post box "${s}" also sends on Enter`).toBe(false);
    }
  });

  it('recognises submit buttons in many languages, including strings seen on the live sites', () => {
    for (const label of ['Post', 'Reply', 'Share', 'Send', 'Comment', 'Post all', 'Postio', 'Rhannu', 'Publier', 'Posten', 'Veröffentlichen', 'Publicar', 'Comentar', 'Opublikuj', 'Wyślij', 'Udostępnij', 'Partilhar', 'Pubblica', 'Plaatsen', 'Postează', 'Paylaş', 'نشر', 'إرسال', 'پوسٹ کریں', 'بھیجیں', 'Đăng bình luận', '分享', 'اشتراک‌گذاری', 'โพสต์']) {
      expect(labelIs('submit', label), label).toBe(true);
    }
  });

  it('does not take look-alikes for a submit', () => {
    for (const label of ['Post settings', 'Reposts', 'Share this post to a group', 'Sending', 'Next', 'Nesaf', 'Dalej', 'التالي', 'Posts', 'Comments', '', 'Publié', 'Wiadomość']) {
      expect(labelIs('submit', label), label).toBe(false);
    }
  });

  it('knows a step on to another screen, and does not take "Next story" or "Continue reading" for one', () => {
    for (const label of ['Next', 'Continue', 'Nesaf', 'Suivant', 'Weiter', 'Siguiente', 'Dalej', 'Avançar', 'Avanti', 'Volgende', 'Înainte', 'İleri', 'التالي', 'اگلا']) expect(labelIs('nextStep', label), label).toBe(true);
    for (const label of ['Next story', 'Continue reading', 'Post', '']) expect(labelIs('nextStep', label), label).toBe(false);
  });

  it('knows which boxes send on Enter, with the person\'s name in the label', () => {
    for (const label of ['Write a comment…', 'Comment as Sam Taylor', 'Reply to Alex', 'Message', 'Aa', 'Add a comment…', 'Write to Alex Morgan', 'Ysgrifennwch sylw…', 'Écrivez un commentaire...', 'Napisz komentarz…', 'Napisz do Alex', 'Wiadomość', 'اكتب تعليقًا…', 'رسالة', 'Alex kişisine yaz', 'تبصرہ لکھیں…', 'Scrie-i lui Alex']) {
      expect(labelIs('enterSends', label), label).toBe(true);
    }
    for (const label of ["What's on your mind, Sam?", 'Write a caption...', 'Post text', 'Write something…', 'Search Facebook']) expect(labelIs('enterSends', label), label).toBe(false);
  });

  it('knows post composers, where Enter is a new line', () => {
    for (const label of ["What's on your mind, Sam?", 'Write something...', 'Write a caption…', 'O czym myślisz, Sam?', 'Beth sydd ar eich meddwl, Sam?', 'بم تفكر يا سام؟']) expect(labelIs('postBox', label), label).toBe(true);
  });

  it('folds case, accents, Arabic vowel marks, ellipses and curly apostrophes', () => {
    expect(normalise('  Écrivez un  commentaire…')).toBe('ecrivez un commentaire');
    expect(normalise('Write a comment...')).toBe('write a comment');
    expect(normalise('اكتب تعليقًا…')).toBe(normalise('اكتب تعليقا'));
    expect(normalise('What’s on your mind?')).toBe("what's on your mind");
    expect(normalise('İleri')).toBe('ileri');
  });
});

describe('profile fields and search boxes by their hints, in many languages', () => {
  it('knows a bio, a workplace or a school field', () => {
    for (const hint of ['Bio', 'Describe who you are', 'Bywgraffiad', 'Cwmni', 'Swydd', 'Firma', 'Stanowisko', 'Miejsce pracy', 'الشركة', 'أدخل نص السيرة الذاتية', 'Entreprise', 'Schule', 'Empresa', 'Şirket', 'کمپنی']) {
      expect(looksLikeProfileField(hint), hint).toBe(true);
    }
  });

  it('does not take a comment box, a caption or a chat for one', () => {
    for (const hint of ['Write a comment…', 'Dodaj opis...', 'Poster un commentaire', 'Neges', 'رسالة', 'Napisz komentarz…', "What's on your mind, Sam?", '']) {
      expect(looksLikeProfileField(hint), hint).toBe(false);
    }
  });

  it('knows a search box by the word, not by letters inside another word', () => {
    for (const hint of ['Search Facebook', 'Chwilio Facebook', 'Szukaj na Facebooku', 'بحث', 'Ara']) expect(looksLikeSearch(hint), hint).toBe(true);
    for (const hint of ['Sarah', 'Caractères', 'Add a comment…', 'Paramètres']) expect(looksLikeSearch(hint), hint).toBe(false);
  });
});

describe('connection labels (issue 13)', () => {
  it('every language has befriend, follow and message labels', () => {
    for (const lang of REQUIRED) for (const kind of ['befriend', 'follow', 'message'] as const) expect(RELATIONS[lang]?.[kind].length, `${lang} ${kind}`).toBeGreaterThan(0);
  });

  it('reads the action, and the @handle X puts in its label', () => {
    expect(relationLabel('Add friend')).toEqual({ action: 'befriend', name: null });
    expect(relationLabel('Follow back')).toEqual({ action: 'follow', name: null });
    expect(relationLabel('Follow @Priya_Shah10')).toEqual({ action: 'follow', name: '@priya_shah10' });
    expect(relationLabel('Obserwuj @priya')).toEqual({ action: 'follow', name: '@priya' });
    expect(relationLabel('Dilyn yn ôl')?.action).toBe('follow');
    expect(relationLabel('Cadarnhau')?.action).toBe('befriend');
    expect(relationLabel('إضافة صديق')?.action).toBe('befriend');
    expect(relationLabel('Neges')?.action).toBe('message');
  });

  it('leaves states that undo, and other buttons, alone', () => {
    for (const label of ['Following', 'Following @priya', 'Friends', 'Request sent', 'Cancel request', 'Delete', 'Unfollow', 'Post', 'Send', '']) expect(relationLabel(label), label).toBeNull();
  });

  it('knows direct-message boxes by their placeholder, with the name a pop-up chat carries', () => {
    expect(dmBoxLabel('Start a new message')).toEqual({ action: 'message', name: null });
    expect(dmBoxLabel('Write to Priya Shah')).toEqual({ action: 'message', name: 'priya shah' });
    expect(dmBoxLabel('Napisz do Priya Shah')?.name).toBe('priya shah');
    expect(dmBoxLabel('Write a comment…')).toBeNull();
  });
});

describe('audience labels (issue 14)', () => {
  it('say "public", "friends" and a locked account in every language staff use, and each word means one thing', () => {
    for (const lang of REQUIRED) {
      const l = AUDIENCE_LABELS[lang];
      expect(l, lang).toBeDefined();
      for (const kind of ['public', 'friends', 'locked'] as const) {
        expect(l![kind].length, `${lang} ${kind}`).toBeGreaterThan(0);
        for (const w of l![kind]) expect(audienceLabel(w), `${lang} ${kind} "${w}"`).toBe(kind);
      }
    }
  });
});
