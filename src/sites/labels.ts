// What the sites' controls and boxes are called, in the languages school staff use. This is the
// LAST line of recognition: structure (a button the draft enabled, a form's submit, stable hooks)
// comes first, because labels are translated and reworded without notice. Each string is matched
// on the whole accessible name after normalise(); `{name}` stands for a person's or Page's name.
//
// Sources, where a public one exists: sites.md ("Added 2026-12": Facebook/Instagram button texts
// seen in public posting scripts, e.g. Spanish/Portuguese "Comentar"); the rest are the usual
// translations of Facebook, Instagram and X interface strings and may differ from a live site.

export interface LanguageLabels {
  /** Controls that send what was written: post, share, send, reply, comment, publish, save, tweet. */
  submit: string[];
  /** Controls that move a composer to its next step, where the site may take the editor away. */
  nextStep: string[];
  /** Controls that look like a submit but only open something (a comment box, a share menu). */
  notSubmit: string[];
  /** Placeholders and labels of boxes where a plain Enter sends (comments, replies, chats). */
  enterSends: string[];
  /** Placeholders and labels of post composers, where Enter is a new line. */
  postBox: string[];
}

export const LANGUAGES: Record<string, LanguageLabels> = {
  en: {
    submit: ['post', 'post all', 'tweet', 'tweet all', 'reply', 'reply all', 'share', 'share now', 'send', 'comment', 'post comment', 'save', 'save changes', 'publish', 'update', 'done', 'submit', 'press enter to send'],
    nextStep: ['next', 'continue'],
    notSubmit: ['leave a comment', 'send this to friends or post it on your profile', 'post settings', 'share to', 'reposts'],
    enterSends: ['comment', 'comment as {name}', 'reply', 'reply to {name}', 'reply as {name}', 'write a comment', 'write a public comment', 'write a reply', 'answer as {name}', 'add a comment', 'message', 'message {name}', 'aa', 'send a message', 'start a new message', 'write to {name}'],
    postBox: ["what's on your mind", "what's on your mind, {name}", 'write something', 'create a public post', 'what is happening', "what's happening", 'write a caption', 'post text', 'post your reply', 'add another post'],
  },
  // Cymraeg: Facebook offers a Welsh interface (sites.md).
  cy: {
    submit: ['postio', 'postiwch', 'rhannu', 'rhannwch', 'anfon', 'anfonwch', 'ateb', 'atebwch', 'ymateb', 'sylw', 'rhoi sylw', 'cyhoeddi', 'cyhoeddwch', 'cadw', 'cadwch', 'trydar', 'postio sylw'],
    nextStep: ['nesaf', 'ymlaen', 'parhau'],
    notSubmit: ['gadael sylw', 'gosodiadau postio'],
    enterSends: ['ysgrifennwch sylw', 'ysgrifennu sylw', 'ysgrifennwch sylw cyhoeddus', 'ysgrifennwch ateb', 'rhoi sylw fel {name}', 'sylw fel {name}', 'ateb {name}', 'ychwanegu sylw', 'ychwanegwch sylw', 'neges', 'ysgrifennu at {name}', 'ysgrifennwch at {name}', 'anfon neges'],
    postBox: ['beth sydd ar eich meddwl', 'beth sydd ar eich meddwl, {name}', 'ysgrifennwch rywbeth', 'ysgrifennwch gapsiwn', 'beth sy’n digwydd'],
  },
  fr: {
    submit: ['publier', 'poster', 'tweeter', 'répondre', 'partager', 'envoyer', 'commenter', 'publier le commentaire', 'enregistrer', 'enregistrer les modifications', 'mettre à jour', 'terminé'],
    nextStep: ['suivant', 'continuer'],
    notSubmit: ['laisser un commentaire', 'paramètres de publication'],
    enterSends: ['écrivez un commentaire', 'écrire un commentaire', 'écrivez un commentaire public', 'écrivez une réponse', 'commenter en tant que {name}', 'répondre à {name}', 'ajouter un commentaire', 'ajoutez un commentaire', 'votre commentaire', 'message', 'écrire à {name}', 'écrivez à {name}', 'envoyer un message', 'démarrer un nouveau message'],
    postBox: ['que voulez-vous dire', 'que voulez-vous dire, {name}', 'exprimez-vous', 'écrivez quelque chose', 'écrivez une légende', 'quoi de neuf'],
  },
  de: {
    submit: ['posten', 'veröffentlichen', 'twittern', 'antworten', 'teilen', 'senden', 'kommentieren', 'kommentar posten', 'speichern', 'änderungen speichern', 'aktualisieren', 'fertig', 'jetzt teilen'],
    nextStep: ['weiter', 'fortfahren'],
    notSubmit: ['beitragseinstellungen'],
    enterSends: ['schreibe einen kommentar', 'schreibe einen öffentlichen kommentar', 'schreibe eine antwort', 'als {name} kommentieren', 'antworten an {name}', '{name} antworten', 'kommentar hinzufügen', 'kommentieren', 'nachricht', 'nachricht an {name}', 'nachricht senden', 'neue nachricht beginnen'],
    postBox: ['was machst du gerade', 'was machst du gerade, {name}', 'schreib etwas', 'schreibe etwas', 'bildunterschrift verfassen', 'was gibt’s neues', 'was passiert gerade'],
  },
  es: {
    submit: ['publicar', 'postear', 'twittear', 'responder', 'compartir', 'enviar', 'comentar', 'publicar comentario', 'guardar', 'guardar cambios', 'actualizar', 'listo', 'compartir ahora'],
    nextStep: ['siguiente', 'continuar'],
    notSubmit: ['dejar un comentario', 'configuración de la publicación'],
    enterSends: ['escribe un comentario', 'escribe un comentario público', 'escribe una respuesta', 'comentar como {name}', 'responder a {name}', 'agrega un comentario', 'añade un comentario', 'añadir un comentario', 'mensaje', 'escribe a {name}', 'escribir a {name}', 'enviar un mensaje', 'iniciar un nuevo mensaje'],
    postBox: ['¿qué estás pensando', '¿qué estás pensando, {name}', 'escribe algo', 'escribe un pie de foto', '¿qué está pasando'],
  },
  pl: {
    submit: ['opublikuj', 'publikuj', 'postuj', 'wyślij', 'udostępnij', 'odpowiedz', 'skomentuj', 'komentarz', 'opublikuj komentarz', 'zapisz', 'zapisz zmiany', 'aktualizuj', 'gotowe', 'tweetnij'],
    nextStep: ['dalej', 'kontynuuj', 'następny', 'następne'],
    notSubmit: ['ustawienia posta'],
    enterSends: ['napisz komentarz', 'napisz publiczny komentarz', 'napisz odpowiedź', 'skomentuj jako {name}', 'odpowiedz {name}', 'odpowiedz użytkownikowi {name}', 'dodaj komentarz', 'wiadomość', 'napisz do {name}', 'napisz wiadomość', 'wyślij wiadomość', 'rozpocznij nową wiadomość'],
    postBox: ['o czym myślisz', 'o czym myślisz, {name}', 'napisz coś', 'dodaj opis', 'napisz podpis', 'co się dzieje'],
  },
  pt: {
    submit: ['publicar', 'postar', 'tweetar', 'responder', 'compartilhar', 'partilhar', 'enviar', 'comentar', 'publicar comentário', 'salvar', 'guardar', 'salvar alterações', 'atualizar', 'concluir', 'concluído'],
    nextStep: ['avançar', 'seguinte', 'próximo', 'continuar'],
    notSubmit: ['deixar um comentário', 'configurações da publicação', 'definições da publicação'],
    enterSends: ['escreva um comentário', 'escreve um comentário', 'escreva um comentário público', 'escreva uma resposta', 'comentar como {name}', 'responder a {name}', 'adicione um comentário', 'adicionar um comentário', 'adiciona um comentário', 'mensagem', 'escreva para {name}', 'escrever para {name}', 'enviar uma mensagem', 'iniciar uma nova mensagem'],
    postBox: ['no que você está pensando', 'no que você está pensando, {name}', 'em que estás a pensar', 'em que estás a pensar, {name}', 'escreva algo', 'escreva uma legenda', 'o que está acontecendo'],
  },
  it: {
    submit: ['pubblica', 'posta', 'twitta', 'rispondi', 'condividi', 'invia', 'commenta', 'pubblica commento', 'salva', 'salva modifiche', 'aggiorna', 'fine', 'fatto'],
    nextStep: ['avanti', 'continua', 'successivo'],
    notSubmit: ['lascia un commento', 'impostazioni del post'],
    enterSends: ['scrivi un commento', 'scrivi un commento pubblico', 'scrivi una risposta', 'commenta come {name}', 'rispondi a {name}', 'aggiungi un commento', 'messaggio', 'scrivi a {name}', 'invia un messaggio', 'inizia un nuovo messaggio'],
    postBox: ['a cosa stai pensando', 'a cosa stai pensando, {name}', 'scrivi qualcosa', 'scrivi una didascalia', 'cosa succede'],
  },
  nl: {
    submit: ['plaatsen', 'posten', 'publiceren', 'tweeten', 'beantwoorden', 'antwoorden', 'reageren', 'delen', 'verzenden', 'versturen', 'reactie plaatsen', 'opslaan', 'wijzigingen opslaan', 'bijwerken', 'klaar', 'nu delen'],
    nextStep: ['volgende', 'doorgaan', 'verder'],
    notSubmit: ['een reactie achterlaten', 'berichtinstellingen'],
    enterSends: ['schrijf een opmerking', 'schrijf een reactie', 'schrijf een openbare reactie', 'schrijf een antwoord', 'reageren als {name}', 'antwoorden aan {name}', 'voeg een reactie toe', 'reactie toevoegen', 'bericht', 'schrijf aan {name}', 'schrijf naar {name}', 'een bericht sturen', 'nieuw bericht starten'],
    postBox: ['wat ben je aan het doen', 'wat ben je aan het doen, {name}', 'schrijf iets', 'schrijf een bijschrift', 'wat gebeurt er'],
  },
  ro: {
    submit: ['postează', 'publică', 'trimite', 'distribuie', 'răspunde', 'comentează', 'comentariu', 'postează comentariul', 'salvează', 'salvează modificările', 'actualizează', 'gata'],
    nextStep: ['înainte', 'următorul', 'următoarea', 'continuă', 'continuare'],
    notSubmit: ['lasă un comentariu', 'setările postării'],
    enterSends: ['scrie un comentariu', 'scrie un comentariu public', 'scrie un răspuns', 'comentează ca {name}', 'răspunde-i lui {name}', 'adaugă un comentariu', 'mesaj', 'scrie-i lui {name}', 'scrie către {name}', 'trimite un mesaj', 'începe un mesaj nou'],
    postBox: ['la ce te gândești', 'la ce te gândești, {name}', 'scrie ceva', 'scrie o descriere', 'ce se întâmplă'],
  },
  tr: {
    submit: ['paylaş', 'gönder', 'yayınla', 'tweetle', 'yanıtla', 'cevapla', 'yorum yap', 'yorum', 'yorumu paylaş', 'kaydet', 'değişiklikleri kaydet', 'güncelle', 'bitti', 'şimdi paylaş'],
    nextStep: ['ileri', 'sonraki', 'devam', 'devam et'],
    notSubmit: ['yorum bırak', 'gönderi ayarları'],
    enterSends: ['yorum yaz', 'herkese açık yorum yaz', 'yanıt yaz', '{name} olarak yorum yap', '{name} adlı kişiye yanıt ver', 'yorum ekle', 'mesaj', '{name} kişisine yaz', "{name}'a yaz", 'mesaj gönder', 'yeni bir mesaj başlat'],
    postBox: ['aklından neler geçiyor', 'aklından neler geçiyor, {name}', 'bir şeyler yaz', 'açıklama yaz', 'neler oluyor'],
  },
  ar: {
    submit: ['نشر', 'انشر', 'مشاركة', 'شارك', 'إرسال', 'ارسال', 'أرسل', 'رد', 'الرد', 'تعليق', 'علق', 'نشر التعليق', 'حفظ', 'حفظ التغييرات', 'تحديث', 'تم', 'غرد', 'تغريد'],
    nextStep: ['التالي', 'متابعة', 'استمرار'],
    notSubmit: ['اترك تعليقا', 'إعدادات المنشور'],
    enterSends: ['اكتب تعليقا', 'اكتب تعليقا عاما', 'اكتب ردا', 'التعليق باسم {name}', 'الرد على {name}', 'أضف تعليقا', 'إضافة تعليق', 'رسالة', 'اكتب إلى {name}', 'الكتابة إلى {name}', 'إرسال رسالة', 'بدء رسالة جديدة'],
    postBox: ['بم تفكر', 'بم تفكر يا {name}', 'بماذا تفكر', 'اكتب شيئا', 'اكتب تعليقا توضيحيا', 'ماذا يحدث'],
  },
  ur: {
    submit: ['پوسٹ کریں', 'پوسٹ', 'شائع کریں', 'شیئر کریں', 'بھیجیں', 'ارسال کریں', 'جواب دیں', 'جواب', 'تبصرہ کریں', 'تبصرہ', 'تبصرہ پوسٹ کریں', 'محفوظ کریں', 'اپ ڈیٹ کریں', 'ہو گیا', 'ٹویٹ کریں'],
    nextStep: ['اگلا', 'آگے', 'جاری رکھیں'],
    notSubmit: ['تبصرہ چھوڑیں', 'پوسٹ کی ترتیبات'],
    enterSends: ['تبصرہ لکھیں', 'عوامی تبصرہ لکھیں', 'جواب لکھیں', '{name} کے بطور تبصرہ کریں', '{name} کو جواب دیں', 'تبصرہ شامل کریں', 'پیغام', '{name} کو لکھیں', 'پیغام بھیجیں', 'نیا پیغام شروع کریں'],
    postBox: ['آپ کے ذہن میں کیا ہے', 'آپ کے ذہن میں کیا ہے، {name}', 'کچھ لکھیں', 'کیپشن لکھیں', 'کیا ہو رہا ہے'],
  },
  // Strings seen in public posting scripts (sites.md), beyond the languages above.
  seen: {
    submit: ['โพสต์', 'đăng', 'đăng bình luận', '分享', '发布', 'اشتراک‌گذاری', '投稿する', 'シェア'],
    nextStep: [],
    notSubmit: [],
    enterSends: [],
    postBox: ['キャプションを入力'],
  },
};

/**
 * One spelling for comparing labels: case, accents and Arabic short vowels folded, ellipses and
 * closing punctuation dropped, so "Write a comment…", "write a comment..." and "Écrivez" meet.
 */
export function normalise(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\p{M}\u0640\u200b-\u200f\u2066-\u2069\u00ad]/gu, '')
    .toLowerCase()
    .replace(/[’ʼ`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(?:\.{2,}|…|[.:!?؟،,])+$/u, '')
    .trim();
}

/** Search boxes are not drafts: the word "search" in the languages above, as a whole word of a hint. */
const SEARCH_WORDS = new Set(['search', 'chwilio', 'chwiliwch', 'rechercher', 'recherche', 'suche', 'suchen', 'buscar', 'busca', 'szukaj', 'wyszukaj', 'pesquisar', 'pesquisa', 'cerca', 'zoeken', 'zoek', 'cauta', 'ara', 'arama', 'بحث', 'ابحث', 'البحث', 'تلاش', 'سرچ']
  .map((w) => normalise(w)));

export function looksLikeSearch(hint: string): boolean {
  return normalise(hint).split(/[^\p{L}\p{N}]+/u).some((w) => SEARCH_WORDS.has(w));
}

/**
 * Words that mark a profile field (bio, about, work, school, city, website) in the languages above:
 * naming the school or a teaching job there is a finding on save. Stems, matched at the start of
 * any word of the field's name, label or placeholder (Polish and Welsh inflect; Arabic takes "ال").
 */
const PROFILE_STEMS = [
  // en
  'bio', 'about', 'descri', 'intro', 'job', 'position', 'workplace', 'employer', 'company', 'education', 'school', 'college', 'universit', 'occupation', 'profession', 'city', 'town', 'website',
  // cy
  'bywgraff', 'amdana', 'disgrif', 'cyflwyniad', 'swydd', 'gweithle', 'cyflogwr', 'cwmni', 'addysg', 'ysgol', 'coleg', 'prifysgol', 'galwedigaeth', 'dinas', 'tref', 'gwefan',
  // fr
  'biograph', 'a propos', 'entreprise', 'emploi', 'employeur', 'lieu de travail', 'ecole', 'etudes', 'ville', 'site web',
  // de
  'uber mich', 'beschreib', 'firma', 'unternehmen', 'arbeitgeber', 'arbeitsplatz', 'beruf', 'ausbildung', 'schule', 'hochschule', 'stadt', 'wohnort', 'webseite', 'website',
  // es / pt / it
  'biografia', 'acerca de', 'sobre', 'descripcion', 'descricao', 'descrizione', 'empresa', 'azienda', 'puesto', 'cargo', 'posizione', 'empleo', 'lavoro', 'trabalho', 'escuela', 'escola', 'scuola', 'universidad', 'universidade', 'universita', 'ciudad', 'cidade', 'citta', 'sitio web', 'sito web',
  // pl
  'biogram', 'o mnie', 'firma', 'stanowisk', 'praca', 'pracy', 'pracodaw', 'zawod', 'wyksztalc', 'szkol', 'szkoł', 'uczelni', 'miasto', 'miejscowosc',
  // nl / ro / tr
  'over mij', 'beschrijving', 'bedrijf', 'functie', 'werkgever', 'opleiding', 'stad', 'despre', 'descriere', 'companie', 'functia', 'angajator', 'scoala', 'educatie', 'oras', 'hakkinda', 'hakkında', 'aciklama', 'açıklama', 'sirket', 'şirket', 'pozisyon', 'meslek', 'okul', 'egitim', 'eğitim', 'sehir', 'şehir',
  // ar / ur (substrings: these scripts join the article to the word)
  'نبذة', 'سيرة', 'وصف', 'صف نفسك', 'شركة', 'منصب', 'وظيفة', 'مكان العمل', 'مدرسة', 'كلية', 'جامعة', 'تعليم', 'مدينة', 'موقع الويب', 'تعارف', 'کمپنی', 'عہدہ', 'ملازمت', 'اسکول', 'تعلیم', 'شہر', 'ویب سائٹ',
].map((w) => normalise(w));

export function looksLikeProfileField(hint: string): boolean {
  const n = normalise(hint);
  if (!n) return false;
  const words = ` ${n.replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return PROFILE_STEMS.some((stem) => (/[\u0600-\u06ff]/u.test(stem) ? words.includes(stem) : words.includes(` ${stem}`)));
}

export type LabelKind = keyof LanguageLabels;

const compiled = new Map<LabelKind, { exact: Set<string>; named: RegExp | null }>();

function table(kind: LabelKind) {
  let t = compiled.get(kind);
  if (!t) {
    const exact = new Set<string>();
    const named: string[] = [];
    for (const lang of Object.values(LANGUAGES)) {
      for (const s of lang[kind]) {
        const n = normalise(s);
        if (n.includes('{name}')) named.push(n.split('{name}').map(escape).join('.+'));
        else exact.add(n);
      }
    }
    t = { exact, named: named.length ? new RegExp(`^(?:${named.join('|')})$`, 'u') : null };
    compiled.set(kind, t);
  }
  return t;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether a whole label is one of this kind, in any language we know. */
export function labelIs(kind: LabelKind, label: string | null | undefined): boolean {
  if (!label) return false;
  const n = normalise(label);
  if (!n) return false;
  const t = table(kind);
  return t.exact.has(n) || !!t.named?.test(n);
}

// ---- Actions towards another person (issue 13) ------------------------------------------------
// Buttons that make a connection: befriend (add a friend, confirm or accept a request), follow
// (follow, follow back) and message (open a conversation from a profile). Whole labels after
// normalise(); `{name}` is the person's name or @handle, as X puts it in "Follow @handle".
// "Following", "Friends" and "Request sent" are states (pressing them undoes) and are left out.

export type RelationAction = 'befriend' | 'follow' | 'message';
type RelationLabels = Record<RelationAction, string[]>;

export const RELATIONS: Record<string, RelationLabels> = {
  en: {
    befriend: ['add friend', 'add as friend', 'add {name} as a friend', 'confirm', 'confirm request', 'confirm friend request', 'accept', 'accept request', 'accept friend request'],
    follow: ['follow', 'follow back', 'follow {name}', 'follow back {name}'],
    message: ['message', 'send message', 'message {name}'],
  },
  cy: {
    befriend: ['ychwanegu ffrind', 'ychwanegwch ffrind', 'ychwanegu fel ffrind', 'cadarnhau', 'cadarnhewch', 'cadarnhau cais', 'derbyn', 'derbyn cais'],
    follow: ['dilyn', 'dilynwch', 'dilyn yn ôl', 'dilyn {name}', 'dilynwch {name}'],
    message: ['neges', 'anfon neges', 'negesu', 'neges at {name}'],
  },
  fr: {
    befriend: ['ajouter', 'ajouter en ami', 'ajouter à mes amis', 'confirmer', 'confirmer la demande', 'accepter'],
    follow: ['suivre', 'suivre en retour', 's’abonner', 'suivre {name}'],
    message: ['message', 'envoyer un message', 'écrire'],
  },
  de: {
    befriend: ['freund hinzufügen', 'freund/in hinzufügen', 'als freund hinzufügen', 'bestätigen', 'anfrage bestätigen', 'annehmen'],
    follow: ['folgen', 'zurückfolgen', 'auch folgen', '{name} folgen'],
    message: ['nachricht', 'nachricht senden'],
  },
  es: {
    befriend: ['agregar a amigos', 'añadir a amigos', 'agregar amigo', 'confirmar', 'confirmar solicitud', 'aceptar'],
    follow: ['seguir', 'seguir también', 'seguir {name}'],
    message: ['mensaje', 'enviar mensaje'],
  },
  pl: {
    befriend: ['dodaj do znajomych', 'dodaj znajomego', 'potwierdź', 'zatwierdź', 'akceptuj', 'przyjmij', 'potwierdź zaproszenie'],
    follow: ['obserwuj', 'obserwuj też', 'obserwuj również', 'obserwuj {name}', 'śledź'],
    message: ['wiadomość', 'wyślij wiadomość', 'napisz wiadomość'],
  },
  pt: {
    befriend: ['adicionar amigo', 'adicionar aos amigos', 'adicionar como amigo', 'confirmar', 'confirmar pedido', 'aceitar'],
    follow: ['seguir', 'seguir de volta', 'seguir também', 'seguir {name}'],
    message: ['mensagem', 'enviar mensagem'],
  },
  it: {
    befriend: ['aggiungi agli amici', 'aggiungi amico', 'conferma', 'conferma richiesta', 'accetta'],
    follow: ['segui', 'segui anche tu', 'ricambia', 'segui {name}'],
    message: ['messaggio', 'invia messaggio'],
  },
  nl: {
    befriend: ['vriend toevoegen', 'toevoegen als vriend', 'bevestigen', 'verzoek bevestigen', 'accepteren'],
    follow: ['volgen', 'terugvolgen', '{name} volgen'],
    message: ['bericht', 'bericht sturen'],
  },
  ro: {
    befriend: ['adaugă prieten', 'adaugă la prieteni', 'confirmă', 'confirmă cererea', 'acceptă'],
    follow: ['urmărește', 'urmărește și tu', 'urmărește-l', 'urmărește {name}'],
    message: ['mesaj', 'trimite mesaj'],
  },
  tr: {
    befriend: ['arkadaş ekle', 'arkadaşlara ekle', 'onayla', 'isteği onayla', 'kabul et'],
    follow: ['takip et', 'sen de takip et', 'geri takip et', '{name} takip et'],
    message: ['mesaj', 'mesaj gönder'],
  },
  ar: {
    befriend: ['إضافة صديق', 'أضف صديقا', 'إضافة إلى الأصدقاء', 'تأكيد', 'تأكيد الطلب', 'قبول', 'قبول الطلب'],
    follow: ['متابعة', 'تابع', 'متابعة بالمثل', 'تابع أيضا', 'رد المتابعة', 'متابعة {name}', 'تابع {name}'],
    message: ['رسالة', 'مراسلة', 'إرسال رسالة'],
  },
  ur: {
    befriend: ['دوست شامل کریں', 'دوست بنائیں', 'تصدیق کریں', 'قبول کریں', 'درخواست قبول کریں'],
    follow: ['فالو کریں', 'واپس فالو کریں', 'فالو', '{name} کو فالو کریں'],
    message: ['پیغام', 'پیغام بھیجیں'],
  },
};

let relationTable: { exact: Map<string, RelationAction>; named: { re: RegExp; action: RelationAction }[] } | null = null;

/** Which connection a control's whole label asks for, with the name or @handle it carries if any. */
export function relationLabel(label: string | null | undefined): { action: RelationAction; name: string | null } | null {
  if (!label) return null;
  const n = normalise(label);
  if (!n) return null;
  if (!relationTable) {
    const exact = new Map<string, RelationAction>();
    const named: { re: RegExp; action: RelationAction }[] = [];
    for (const lang of Object.values(RELATIONS)) {
      for (const action of ['befriend', 'follow', 'message'] as const) {
        for (const s of lang[action]) {
          const k = normalise(s);
          if (k.includes('{name}')) named.push({ re: new RegExp(`^${k.split('{name}').map(escape).join('(.+)')}$`, 'u'), action });
          else if (!exact.has(k)) exact.set(k, action);
        }
      }
    }
    relationTable = { exact, named };
  }
  const action = relationTable.exact.get(n);
  if (action) return { action, name: null };
  for (const { re, action: a } of relationTable.named) {
    const m = re.exec(n);
    if (m) return { action: a, name: m[1]!.trim() };
  }
  return null;
}

/** Placeholders and labels of direct-message boxes beyond the plain word "Message" (RELATIONS.message). */
const DM_BOXES = [
  // en
  'start a new message', 'write to {name}', 'send a message', 'message {name}', 'aa', 'write a message',
  // cy
  'dechrau neges newydd', 'ysgrifennu at {name}', 'ysgrifennwch at {name}', 'anfon neges', 'ysgrifennu neges',
  // fr / de / es / pt / it / nl / ro / tr
  'démarrer un nouveau message', 'écrire à {name}', 'écrivez à {name}', 'neue nachricht beginnen', 'nachricht an {name}', 'iniciar un nuevo mensaje', 'escribe a {name}',
  'iniciar uma nova mensagem', 'escreva para {name}', 'inizia un nuovo messaggio', 'scrivi a {name}', 'nieuw bericht starten', 'schrijf aan {name}', 'începe un mesaj nou', 'scrie-i lui {name}', 'yeni bir mesaj başlat', '{name} kişisine yaz',
  // pl
  'rozpocznij nową wiadomość', 'napisz do {name}', 'napisz wiadomość', 'wyślij wiadomość',
  // ar / ur
  'ابدأ رسالة جديدة', 'بدء رسالة جديدة', 'اكتب إلى {name}', 'الكتابة إلى {name}', 'اكتب رسالة', 'نیا پیغام شروع کریں', '{name} کو لکھیں',
];
let dmTable: { exact: Set<string>; named: RegExp[] } | null = null;

/** A direct-message box's label, with the name it carries ("Write to {name}"), or null. */
export function dmBoxLabel(label: string): { action: 'message'; name: string | null } | null {
  const n = normalise(label);
  if (!n) return null;
  dmTable ??= {
    exact: new Set(DM_BOXES.filter((s) => !s.includes('{name}')).map(normalise)),
    named: DM_BOXES.filter((s) => s.includes('{name}')).map((s) => new RegExp(`^${normalise(s).split('{name}').map(escape).join('(.+)')}$`, 'u')),
  };
  if (dmTable.exact.has(n)) return { action: 'message', name: null };
  for (const re of dmTable.named) { const m = re.exec(n); if (m) return { action: 'message', name: m[1]!.trim() }; }
  return null;
}

/**
 * Who can see a post, as the sites name it: Facebook's audience button in the composer ("Public",
 * "Friends", its aria-label "Edit privacy. Sharing with Public."), and the icon X puts on a protected
 * account and Instagram on a private one ("Protected account", "Private account"). Matched as whole
 * words inside a label, after normalise(). Usual translations of the sites' strings, unverified on
 * the live sites like the rest of this file.
 */
export interface AudienceLabels { public: string[]; friends: string[]; locked: string[] }

export const AUDIENCE_LABELS: Record<string, AudienceLabels> = {
  en: { public: ['public'], friends: ['friends', 'friends except', 'specific friends', 'friends of friends'], locked: ['protected account', 'private account', 'protected', 'private'] },
  cy: { public: ['cyhoeddus'], friends: ['ffrindiau', 'ffrindiau ac eithrio', 'ffrindiau penodol'], locked: ["cyfrif wedi'i ddiogelu", 'cyfrif preifat', "wedi'i ddiogelu", 'preifat'] },
  fr: { public: ['public', 'publique'], friends: ['amis', 'amis sauf', 'amis spécifiques'], locked: ['compte protégé', 'compte privé'] },
  de: { public: ['öffentlich'], friends: ['freunde', 'freunde außer', 'bestimmte freunde'], locked: ['geschützter account', 'privates konto', 'geschütztes konto'] },
  es: { public: ['público', 'pública'], friends: ['amigos', 'amigos excepto', 'amigos concretos'], locked: ['cuenta protegida', 'cuenta privada'] },
  pl: { public: ['publiczne', 'publiczny', 'publiczna'], friends: ['znajomi', 'znajomi oprócz', 'wybrani znajomi'], locked: ['konto chronione', 'konto prywatne', 'chronione konto', 'prywatne konto'] },
  pt: { public: ['público', 'pública'], friends: ['amigos', 'amigos exceto', 'amigos específicos'], locked: ['conta protegida', 'conta privada'] },
  it: { public: ['pubblico', 'pubblica'], friends: ['amici', 'amici tranne', 'amici specifici'], locked: ['account protetto', 'account privato'] },
  nl: { public: ['openbaar'], friends: ['vrienden', 'vrienden behalve', 'specifieke vrienden'], locked: ['beschermd account', 'privéaccount', 'privé-account'] },
  ro: { public: ['public', 'publică'], friends: ['prieteni', 'prieteni cu excepția', 'anumiți prieteni'], locked: ['cont protejat', 'cont privat'] },
  tr: { public: ['herkese açık', 'herkes'], friends: ['arkadaşlar', 'şunlar hariç arkadaşlar', 'belirli arkadaşlar'], locked: ['korumalı hesap', 'gizli hesap'] },
  ar: { public: ['عام', 'العامة', 'عامة', 'الجمهور'], friends: ['الأصدقاء', 'أصدقاء'], locked: ['حساب محمي', 'حساب خاص', 'محمي'] },
  ur: { public: ['عوامی', 'عوام'], friends: ['دوست', 'دوستوں'], locked: ['محفوظ اکاؤنٹ', 'نجی اکاؤنٹ'] },
};

let audienceTable: { kind: 'public' | 'friends' | 'locked'; words: string[] }[] | null = null;

/** The audience a label names ('public', 'friends'), or that it marks a locked account ('locked'); null if none. */
export function audienceLabel(label: string | null | undefined): 'public' | 'friends' | 'locked' | null {
  if (!label) return null;
  // Whole words: punctuation inside the label ("Sharing with Public.") separates words too.
  const text = ` ${normalise(label).replace(/[^\p{L}\p{N}']+/gu, ' ').trim()} `;
  audienceTable ??= (['public', 'friends', 'locked'] as const).map((kind) => ({
    kind,
    words: Object.values(AUDIENCE_LABELS).flatMap((l) => l[kind]).map((w) => ` ${normalise(w).replace(/[^\p{L}\p{N}']+/gu, ' ').trim()} `),
  }));
  // A locked account's icon first (its label may say "private"); then friends before public, so
  // "Friends except…" and "Public" never meet in one label by accident.
  for (const { kind, words } of audienceTable) if (kind === 'locked' && words.some((w) => text === w)) return kind;
  for (const kind of ['friends', 'public'] as const) if (audienceTable.find((t) => t.kind === kind)!.words.some((w) => text.includes(w))) return kind;
  return null;
}
