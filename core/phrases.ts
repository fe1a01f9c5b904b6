/**
 * Every language-specific phrase the rules know, in one place. Each concept lists, per language
 * (BCP 47), the words a news page uses for that kind of clutter. Matching folds case and
 * diacritics (see text.ts), so "Citeste si" finds "Citește și" and "Σχολια" finds "Σχόλια";
 * a trailing `*` makes a stem ("horoscop*" also matches "horoscopul").
 *
 * Languages: ro, el, ar, it, en, fr, de, es, pt, pl (required), plus nl, ru, uk, bg, cs, sk, hu,
 * tr, sv, hr/sr, he, fa where the phrases are common on news sites.
 */

export type PhraseTable = Readonly<Record<string, readonly string[]>>;

/** Words for "comment(s)" — used with counters, headings and login prompts. */
export const COMMENT_WORDS: PhraseTable = {
  en: ['comment*', 'discussion', 'reader comments', 'responses', 'replies', 'reactions'],
  ro: ['comentari*', 'comenteaz*', 'comentez*', 'comenta'],
  el: ['σχολι*', 'σχολιαστε', 'σχολιασμ*'],
  ar: ['تعليق*', 'التعليق*', 'تعليقات*', 'التعليقات'],
  it: ['comment*', 'commenta*'],
  fr: ['commentaire*', 'commenter', 'reactions', 'réagir', 'réagissez'],
  de: ['kommentar*', 'kommentier*', 'leserkommentar*', 'diskussion'],
  es: ['comentario*', 'comentar', 'comenta'],
  pt: ['comentario*', 'comentários', 'comentar', 'comente'],
  pl: ['komentarz*', 'skomentuj', 'komentuj'],
  nl: ['reactie*', 'reageer', 'reageren'],
  ru: ['комментари*', 'комментировать'],
  uk: ['коментар*', 'коментувати'],
  bg: ['коментари*', 'коментирай'],
  cs: ['komentář*', 'diskuse', 'diskuze'],
  sk: ['komentár*', 'diskusia'],
  hu: ['hozzászólás*', 'komment*'],
  tr: ['yorum*'],
  sv: ['kommentar*'],
  hr: ['komentar*'],
  he: ['תגובות', 'תגובה'],
  fa: ['نظرات', 'دیدگاه*'],
};

/** Links and buttons inside a comment widget. Short lines that are exactly (or start with) these. */
export const COMMENT_ACTIONS: PhraseTable = {
  en: ['see all comments', 'view all comments', 'show all comments', 'load more comments', 'show comments', 'view comments', 'read comments', 'read all comments', 'leave a comment', 'leave a reply', 'add a comment', 'post a comment', 'write a comment', 'join the discussion', 'join the conversation', 'reply', 'report', 'report abuse', 'be the first to comment', 'no comments yet', 'cancel reply', 'sort by', 'newest', 'oldest'],
  ro: ['vezi toate comentariile', 'vezi comentariile', 'toate comentariile', 'incarca mai multe comentarii', 'adauga un comentariu', 'lasa un comentariu', 'scrie un comentariu', 'comenteaza', 'raspunde', 'raporteaza', 'fii primul care comenteaza'],
  el: ['δειτε ολα τα σχολια', 'ολα τα σχολια', 'περισσοτερα σχολια', 'προσθεστε σχολιο', 'γραψτε σχολιο', 'αφηστε σχολιο', 'σχολιαστε', 'απαντηση', 'αναφορα'],
  ar: ['عرض كل التعليقات', 'عرض جميع التعليقات', 'كل التعليقات', 'المزيد من التعليقات', 'اضف تعليق', 'أضف تعليقك', 'اكتب تعليق', 'اترك تعليقا', 'رد', 'ابلاغ'],
  it: ['vedi tutti i commenti', 'mostra tutti i commenti', 'mostra i commenti', 'leggi i commenti', 'carica altri commenti', 'lascia un commento', 'scrivi un commento', 'aggiungi un commento', 'commenta', 'rispondi', 'segnala'],
  fr: ['voir tous les commentaires', 'afficher les commentaires', 'voir les commentaires', 'lire les commentaires', 'laisser un commentaire', 'ajouter un commentaire', 'écrire un commentaire', 'répondre', 'signaler', 'réagir', 'soyez le premier à commenter'],
  de: ['alle kommentare anzeigen', 'alle kommentare', 'kommentare anzeigen', 'weitere kommentare', 'mehr kommentare', 'kommentar schreiben', 'kommentar verfassen', 'jetzt kommentieren', 'antworten', 'melden', 'diskutieren sie mit'],
  es: ['ver todos los comentarios', 'ver comentarios', 'mostrar comentarios', 'cargar más comentarios', 'deja un comentario', 'escribe un comentario', 'añadir comentario', 'comentar', 'responder', 'denunciar', 'sé el primero en comentar'],
  pt: ['ver todos os comentários', 'ver comentários', 'mostrar comentários', 'carregar mais comentários', 'deixe um comentário', 'escreva um comentário', 'adicionar comentário', 'comentar', 'responder', 'denunciar', 'seja o primeiro a comentar'],
  pl: ['zobacz wszystkie komentarze', 'pokaż wszystkie komentarze', 'pokaż komentarze', 'wszystkie komentarze', 'więcej komentarzy', 'dodaj komentarz', 'napisz komentarz', 'skomentuj', 'odpowiedz', 'zgłoś'],
  nl: ['bekijk alle reacties', 'alle reacties', 'plaats een reactie', 'reageer', 'beantwoorden'],
  ru: ['все комментарии', 'показать комментарии', 'оставить комментарий', 'добавить комментарий', 'ответить', 'пожаловаться'],
  tr: ['tüm yorumlar', 'yorumları göster', 'yorum yap', 'yorum yaz', 'yanıtla'],
};

/** Sign-in words: a short line with one of these and a comment word is a login-to-comment prompt. */
export const LOGIN_WORDS: PhraseTable = {
  en: ['log in', 'login', 'sign in', 'sign up', 'logged in', 'register', 'create an account', 'your account'],
  ro: ['logheaza*', 'autentific*', 'conecteaz*', 'contul tau', 'inregistreaz*', 'cont nou'],
  el: ['συνδεθειτε', 'συνδεση', 'εισοδος', 'λογαριασμο', 'εγγραφη', 'εγγραφειτε'],
  ar: ['تسجيل الدخول', 'سجل الدخول', 'سجل دخولك', 'الدخول', 'حسابك', 'تسجيل'],
  it: ['accedi', 'accesso', 'effettua il login', 'registrati', 'il tuo account', 'loggati'],
  fr: ['connectez-vous', 'connexion', 'se connecter', 'identifiez-vous', 'inscrivez-vous', 'votre compte', 'abonné*'],
  de: ['anmelden', 'melden sie sich an', 'einloggen', 'registrieren', 'login', 'ihr konto', 'angemeldet'],
  es: ['inicia sesión', 'iniciar sesión', 'regístrate', 'identifícate', 'tu cuenta', 'conéctate'],
  pt: ['faça login', 'fazer login', 'entre', 'entrar', 'inicie sessão', 'registe-se', 'cadastre-se', 'sua conta'],
  pl: ['zaloguj*', 'logowanie', 'zarejestruj*', 'twoje konto'],
  nl: ['log in', 'inloggen', 'registreer'],
  ru: ['войдите', 'войти', 'авторизуйтесь', 'зарегистрируйтесь'],
  tr: ['giriş yap*', 'üye ol'],
};

/** Headings and inline labels of "read also / related / recommended / more" blocks. */
export const RELATED: PhraseTable = {
  en: ['you might also be interested in', 'similar articles', 'see more', 'related reading', 'read also', 'also read', 'read more', 'see also', 'related', 'related articles', 'related stories', 'related posts', 'related news', 'related content', 'related coverage', 'recommended', 'recommended for you', 'recommended stories', 'you may also like', 'you might also like', 'you may be interested in', 'more stories', 'more from', 'more news', 'more on this', 'more on this story', "don't miss", 'most read', 'most popular', 'popular now', 'trending', 'trending now', 'latest news', 'top stories', 'editor\'s picks', 'what to read next', 'read next', 'up next', 'around the web', 'from the web', 'further reading', 'in other news', 'also on'],
  ro: ['citeste si', 'citeste mai mult', 'citeste mai multe', 'citeste continuarea', 'vezi si', 'vezi mai mult', 'vezi mai multe', 'vezi galeria', 'recomandari', 'recomandarea video', 'recomandarea redactiei', 'recomandat', 'stiri similare', 'stiri recomandate', 'articole similare', 'articole recomandate', 'cele mai citite', 'cele mai noi', 'ultimele stiri', 'nu rata', 'mai multe stiri', 'pe aceeasi tema', 'urmareste cel mai nou video', 'din aceeasi categorie', 'de acelasi autor', 'te-ar putea interesa', 'iti recomandam'],
  el: ['διαβαστε επισης', 'διαβαστε ακομα', 'διαβαστε περισσοτερα', 'δειτε επισης', 'δειτε ακομα', 'δειτε ακομη', 'σχετικα αρθρα', 'σχετικα θεματα', 'σχετικες ειδησεις', 'σχετικα', 'περισσοτερα', 'τα πιο δημοφιλη', 'δημοφιλη', 'πιο διαβασμενα', 'τελευταιες ειδησεις', 'προτεινομενα', 'μην χασετε', 'ροη ειδησεων', 'επιλογες συντακτων'],
  ar: ['اقرا ايضا', 'اقرأ أيضاً', 'اقرأ أيضا', 'اقرأ المزيد', 'إقرأ أيضا', 'شاهد أيضا', 'شاهد ايضا', 'اخبار ذات صلة', 'أخبار ذات صلة', 'مواضيع ذات صلة', 'مقالات ذات صلة', 'ذات صلة', 'الأكثر قراءة', 'الاكثر قراءة', 'الأكثر مشاهدة', 'آخر الأخبار', 'اخر الاخبار', 'قد يعجبك أيضا', 'قد يهمك', 'المزيد', 'مختارات'],
  it: ['leggi anche', 'leggi pure', 'leggi di più', 'vedi anche', 'guarda anche', 'potrebbe interessarti', 'ti potrebbe interessare', 'potrebbe interessarti anche', 'articoli correlati', 'notizie correlate', 'correlati', 'i più letti', 'più letti', 'più lette', 'da non perdere', 'ultime notizie', 'altre notizie', 'consigliati', 'ti consigliamo', 'approfondisci', 'sullo stesso argomento'],
  fr: ['et videos sur le sujet', 'a voir aussi', 'lire egalement', 'lire aussi', 'à lire aussi', 'a lire aussi', 'à lire également', 'lire la suite', 'voir aussi', 'voir plus', 'sur le même sujet', 'les plus lus', 'les plus lues', 'articles similaires', 'articles liés', 'à découvrir', 'à découvrir aussi', 'vous aimerez aussi', 'vous pourriez aussi aimer', 'nos recommandations', 'dernières actualités', 'toute l\'actualité', 'ne manquez pas', 'en continu', 'sélectionné pour vous'],
  de: ['lesen sie hier', 'auch lesen', 'schon gelesen', 'zum weiterlesen', 'lesen sie auch die folgenden beitrage', 'weitere beitrage', 'weitere beitrage aus der kolumne', 'mehr themen', 'beitrage zum thema', 'das konnte sie auch interessieren', 'empfohlene beitrage', 'weiterfuhrende links', 'weiterfuhrender link', 'das thema konnte dich auch interessieren', 'das konnte dich auch interessieren', 'originalartikel', 'lesen sie auch', 'lesen sie mehr', 'mehr lesen', 'auch interessant', 'das könnte sie auch interessieren', 'das könnte sie interessieren', 'mehr zum thema', 'mehr zum thema', 'weitere artikel', 'weitere nachrichten', 'ähnliche artikel', 'verwandte artikel', 'meistgelesen', 'meistgelesene artikel', 'am meisten gelesen', 'empfehlungen', 'unsere empfehlung', 'top-themen', 'neueste artikel', 'auch lesenswert', 'zum thema', 'siehe auch', 'dazu passend'],
  es: ['lea mas', 'lea', 'lea tambien', 'vea tambien', 'puedes ver', 'mira', 'mire', 'mira tambien', 'te recomendamos leer', 'lee también', 'leer también', 'lea también', 'leer más', 'te puede interesar', 'también te puede interesar', 'le puede interesar', 'noticias relacionadas', 'artículos relacionados', 'relacionado', 'relacionados', 'lo más leído', 'lo más visto', 'más leídas', 'más noticias', 'últimas noticias', 'te recomendamos', 'recomendados', 'no te pierdas', 'ver también', 'ver más', 'mira también'],
  pt: ['leia também', 'leia mais', 'veja também', 'veja mais', 'saiba mais', 'notícias relacionadas', 'artigos relacionados', 'relacionadas', 'mais lidas', 'mais lidos', 'mais vistos', 'você também pode gostar', 'pode te interessar', 'pode interessar', 'recomendados', 'últimas notícias', 'não perca', 'mais notícias'],
  pl: ['dowiedz sie wiecej', 'czytaj także', 'czytaj też', 'czytaj również', 'czytaj więcej', 'przeczytaj także', 'przeczytaj również', 'przeczytaj też', 'zobacz także', 'zobacz też', 'zobacz również', 'polecamy', 'polecane', 'najczęściej czytane', 'najpopularniejsze', 'powiązane artykuły', 'podobne artykuły', 'najnowsze', 'więcej informacji', 'może cię zainteresować', 'to może cię zainteresować'],
  nl: ['lees ook', 'lees meer', 'bekijk ook', 'gerelateerd', 'meest gelezen', 'aanbevolen', 'meer nieuws'],
  ru: ['читайте также', 'читать также', 'смотрите также', 'по теме', 'похожие новости', 'похожие статьи', 'самое читаемое', 'популярное', 'рекомендуем', 'новости партнеров', 'другие новости', 'последние новости'],
  uk: ['читайте також', 'дивіться також', 'за темою', 'популярне', 'новини партнерів'],
  bg: ['прочетете още', 'още по темата', 'най-четени', 'свързани новини', 'вижте още'],
  cs: ['čtěte také', 'přečtěte si také', 'související články', 'nejčtenější', 'mohlo by vás zajímat'],
  sk: ['čítajte aj', 'súvisiace články', 'najčítanejšie'],
  hu: ['olvassa el ezt is', 'ezt is ajánljuk', 'kapcsolódó cikkek', 'legolvasottabb', 'ajánló'],
  tr: ['ilginizi çekebilir', 'ayrıca okuyun', 'benzer haberler', 'ilgili haberler', 'en çok okunanlar', 'diğer haberler', 'sonraki haber'],
  sv: ['läs också', 'läs även', 'relaterat', 'mest läst'],
  hr: ['pročitajte još', 'pročitajte i', 'povezane vijesti', 'najčitanije', 'preporučujemo'],
  he: ['קראו גם', 'כתבות נוספות', 'עוד באתר', 'הנקראים ביותר'],
  fa: ['بیشتر بخوانید', 'مطالب مرتبط', 'اخبار مرتبط', 'پربازدیدترین'],
};

/** Sponsored-content labels used by promo networks and native ads. */
export const SPONSORED: PhraseTable = {
  en: ['sponsored', 'sponsored content', 'sponsored links', 'sponsored stories', 'promoted', 'promoted stories', 'promoted content', 'paid content', 'partner content', 'advertisement', 'ad', 'ads by', 'recommended by', 'from our partners', 'around the web', 'you may like', 'powered by'],
  ro: ['publicitate', 'continut sponsorizat', 'sponsorizat', 'parteneri', 'de la partenerii nostri', 'advertorial', 'stiri din partea partenerilor'],
  el: ['διαφημιση', 'χορηγουμενο', 'χορηγουμενα', 'απο τους συνεργατες μας', 'προωθημενο'],
  ar: ['إعلان', 'اعلان', 'محتوى مدفوع', 'برعاية', 'محتوى برعاية'],
  it: ['pubblicità', 'contenuto sponsorizzato', 'sponsorizzato', 'dai nostri partner', 'contenuti sponsorizzati'],
  fr: ['publicité', 'contenu sponsorisé', 'sponsorisé', 'de nos partenaires', 'contenus sponsorisés', 'annonce'],
  de: ['anzeige', 'werbung', 'gesponsert', 'sponsored', 'von unseren partnern', 'partnerinhalte'],
  es: ['publicidad', 'contenido patrocinado', 'patrocinado', 'de nuestros socios'],
  pt: ['publicidade', 'conteúdo patrocinado', 'patrocinado', 'dos nossos parceiros'],
  pl: ['reklama', 'artykuł sponsorowany', 'sponsorowane', 'materiał partnera', 'od naszych partnerów'],
  nl: ['advertentie', 'gesponsord'],
  ru: ['реклама', 'спонсорский материал', 'партнерский материал'],
  tr: ['reklam', 'sponsorlu'],
};

/** "Follow us" bars and their networks. */
export const FOLLOW: PhraseTable = {
  en: ['follow us', 'follow us on', 'follow', 'join us on', 'find us on', 'like us on facebook', 'subscribe to our channel', 'get our app', 'download our app'],
  ro: ['urmareste-ne', 'urmariti-ne', 'urmareste', 'urmareste-ne pe', 'ne gasesti pe', 'aboneaza-te la canalul', 'descarca aplicatia'],
  el: ['ακολουθηστε μας', 'ακολουθηστε', 'ακολουθηστε το', 'βρειτε μας στο', 'κατεβαστε την εφαρμογη'],
  ar: ['تابعونا', 'تابعنا', 'تابعونا على', 'تابعنا على', 'تابعوا', 'انضم إلينا', 'حمل التطبيق'],
  it: ['seguici', 'seguici su', 'segui', 'unisciti a noi', 'scarica l\'app'],
  fr: ['suivez-nous', 'suivez-nous sur', 'suivre', 'rejoignez-nous', 'téléchargez l\'application'],
  de: ['folgen sie uns', 'folge uns', 'folgen sie uns auf', 'app herunterladen', 'jetzt folgen'],
  es: ['síguenos', 'síguenos en', 'seguir', 'únete', 'descarga la app'],
  pt: ['siga-nos', 'siga-nos no', 'siga', 'acompanhe', 'baixe o app', 'siga o'],
  pl: ['obserwuj nas', 'obserwuj', 'śledź nas', 'dołącz do nas', 'pobierz aplikację'],
  nl: ['volg ons', 'volg ons op'],
  ru: ['подписывайтесь', 'подписывайтесь на нас', 'следите за нами', 'мы в'],
  tr: ['bizi takip edin', 'takip et'],
};

/**
 * Calls to follow the publisher somewhere else, as verbs that open such a call: "download the app",
 * "join our channel", "síguenos", "Únete", "abonnieren Sie". Only used together with a channel word
 * (CHANNELS or a network name) in a short line after the article's last paragraph.
 */
export const CALLS: PhraseTable = {
  en: ['follow', 'follow us', 'download', 'subscribe', 'join', 'join us', 'get the app', 'get our app', 'check out our', 'visit our', 'send us', 'get the latest', 'stay up to date', 'stay informed'],
  ro: ['urmareste-ne', 'urmariti-ne', 'urmareste', 'descarca', 'aboneaza-te', 'alatura-te', 'intra pe', 'fii la curent', 'afla primul'],
  el: ['ακολουθηστε', 'κατεβαστε', 'εγγραφειτε', 'γινετε μελος', 'μεινετε ενημερωμενοι'],
  ar: ['تابعونا', 'تابعنا', 'حمل', 'حملوا', 'اشترك', 'اشتركوا', 'انضم', 'انضموا', 'ابق على اطلاع'],
  it: ['seguici', 'segui', 'scarica', 'iscriviti', 'unisciti', 'resta aggiornato', 'rimani aggiornato'],
  fr: ['suivez-nous', 'suivez', 'telechargez', 'abonnez-vous', 'rejoignez-nous', 'rejoignez', 'restez informe'],
  de: ['folgen sie', 'folge uns', 'laden sie', 'abonnieren sie', 'abonniere', 'besuchen sie', 'bleiben sie informiert', 'bleib informiert'],
  es: ['siguenos', 'sigue', 'unete', 'descarga', 'descargue', 'suscribete', 'mira', 'visita', 'mantente informado'],
  pt: ['siga-nos', 'siga', 'baixe', 'inscreva-se', 'acompanhe', 'fique por dentro'],
  pl: ['obserwuj', 'pobierz', 'subskrybuj', 'dolacz', 'badz na biezaco'],
};

/** Where such calls send the reader, besides the networks in SOCIAL_NETWORKS: apps, channels, newsletters. */
export const CHANNELS: PhraseTable = {
  en: ['app', 'apps', 'channel', 'newsletter', 'podcast'],
  ro: ['aplicatia', 'aplicatie', 'canalul', 'canal'],
  el: ['εφαρμογη', 'καναλι'],
  ar: ['التطبيق', 'تطبيق', 'قناتنا', 'قناة'],
  it: ['app', 'canale'],
  fr: ['application', 'appli', 'chaine'],
  de: ['app', 'apps', 'kanal'],
  es: ['app', 'aplicacion', 'canal'],
  pt: ['app', 'aplicativo', 'canal'],
  pl: ['aplikacje', 'aplikacja', 'kanal'],
};

/** Share buttons' labels. */
export const SHARE: PhraseTable = {
  en: ['share', 'share this', 'share this article', 'share on', 'tweet', 'email', 'print', 'copy link', 'link copied', 'save', 'shares'],
  ro: ['distribuie', 'distribuiti', 'partajeaza', 'trimite', 'printeaza', 'copiaza link', 'distribuiri'],
  el: ['κοινοποιηση', 'κοινοποιηστε', 'μοιραστειτε', 'εκτυπωση', 'αντιγραφη συνδεσμου'],
  ar: ['شارك', 'مشاركة', 'شارك على', 'طباعة', 'نسخ الرابط', 'شارك الخبر'],
  it: ['condividi', 'condividi su', 'stampa', 'copia link', 'invia'],
  fr: ['partager', 'partager sur', 'partagez', 'imprimer', 'copier le lien', 'envoyer'],
  de: ['teilen', 'teilen sie', 'drucken', 'link kopieren', 'per e-mail', 'artikel teilen', 'merken'],
  es: ['compartir', 'comparte', 'compartir en', 'imprimir', 'copiar enlace', 'enviar'],
  pt: ['compartilhar', 'partilhar', 'compartilhe', 'imprimir', 'copiar link', 'enviar'],
  pl: ['udostępnij', 'podziel się', 'drukuj', 'kopiuj link', 'wyślij', 'udostępnienia'],
  nl: ['delen', 'deel', 'printen'],
  ru: ['поделиться', 'распечатать', 'скопировать ссылку'],
  tr: ['paylaş', 'yazdır'],
};

/** Network and messenger names that make up share and follow bars (language-neutral). */
export const SOCIAL_NETWORKS: readonly string[] = [
  // Stems, so inflected forms count too ("na Facebooku", "w Twitterze").
  'facebook*', 'twitter*', 'x', 'whatsapp*', 'linkedin*', 'telegram*', 'pinterest*', 'reddit*', 'email', 'e-mail',
  'mail', 'messenger*', 'viber*', 'google news', 'google', 'instagram*', 'youtube*', 'tiktok*', 'flipboard*',
  'print', 'tumblr', 'vk', 'vkontakte', 'threads', 'bluesky', 'mastodon', 'rss', 'skype', 'sms', 'line',
  'wechat', 'weibo', 'odnoklassniki', 'pocket', 'copy', 'link', 'google+', 'gmail', 'outlook', 'digg',
  // The same networks in other scripts.
  'فيسبوك', 'فيس بوك', 'تويتر', 'انستغرام', 'انستجرام', 'إنستغرام', 'يوتيوب', 'تلغرام', 'تيليجرام', 'تليجرام', 'واتساب',
  'واتس اب', 'تيك توك', 'لينكد إن', 'جوجل نيوز', 'اخبار جوجل', 'фейсбук*', 'твиттер*', 'телеграм*', 'вконтакте', 'ютуб*',
  'одноклассники', 'инстаграм*', 'φεισμπουκ', 'γιουτιουμπ',
];

/** Newsletter and subscription boxes. */
export const NEWSLETTER: PhraseTable = {
  en: ['newsletter', 'subscribe', 'sign up', 'sign up for', 'get our newsletter', 'our newsletter', 'enter your email', 'your email address', 'delivered to your inbox', 'support our journalism', 'become a member'],
  ro: ['newsletter', 'aboneaza-te', 'abonează-te la newsletter', 'adresa de email', 'adresa ta de email', 'aboneaza-te acum'],
  el: ['newsletter', 'εγγραφειτε', 'εγγραφειτε στο newsletter', 'το email σας', 'συνδρομη'],
  ar: ['النشرة الإخبارية', 'النشرة البريدية', 'اشترك', 'اشترك الآن', 'بريدك الإلكتروني'],
  it: ['newsletter', 'iscriviti', 'iscriviti alla newsletter', 'la tua email', 'abbonati'],
  fr: ['newsletter', 'lettre d\'information', 'inscrivez-vous', 'inscrivez-vous à notre newsletter', 'abonnez-vous', 'votre adresse e-mail', 'votre e-mail'],
  de: ['newsletter', 'abonnieren', 'jetzt abonnieren', 'ihre e-mail-adresse', 'newsletter bestellen', 'jetzt anmelden'],
  es: ['newsletter', 'boletín', 'suscríbete', 'suscribirse', 'tu correo electrónico', 'recibe nuestro boletín'],
  pt: ['newsletter', 'assine', 'assine a newsletter', 'inscreva-se', 'seu e-mail', 'subscreva'],
  pl: ['newsletter', 'zapisz się', 'subskrybuj', 'twój adres e-mail', 'zaprenumeruj'],
  nl: ['nieuwsbrief', 'abonneer', 'schrijf je in'],
  ru: ['рассылка', 'подпишитесь', 'подписаться', 'ваш email'],
  tr: ['bülten', 'abone ol'],
};

/** Horoscope and zodiac vocabulary. Sign names are too ambiguous alone ("Leu", "Rac", "Toro"); these are not. */
export const HOROSCOPE: PhraseTable = {
  en: ['horoscope*', 'zodiac*', 'astrolog*', 'star sign*', 'zodiac sign*', 'tarot'],
  ro: ['horoscop*', 'zodia', 'zodiac*', 'zodie*', 'zodii*', 'zodiile', 'astrolog*', 'astral*', 'tarot'],
  el: ['ωροσκοπ*', 'ζωδι*', 'αστρολογ*', 'αστρα'],
  ar: ['ابراج', 'الابراج', 'برجك', 'حظك اليوم', 'حظك', 'الأبراج', 'توقعات الأبراج', 'الفلك', 'فلك*'],
  it: ['oroscop*', 'zodiac*', 'segni zodiacali', 'astrolog*', 'branko', 'paolo fox'],
  fr: ['horoscope*', 'zodiaque', 'signe astrologique', 'signes astrologiques', 'astrolog*'],
  de: ['horoskop*', 'sternzeichen', 'tierkreis*', 'astrolog*'],
  es: ['horóscopo*', 'zodiaco', 'zodíaco', 'signos del zodiaco', 'signo zodiacal', 'astrolog*'],
  pt: ['horóscopo*', 'zodíaco', 'signos', 'astrolog*'],
  pl: ['horoskop*', 'zodiak*', 'znak zodiaku', 'znaki zodiaku', 'astrolog*'],
  nl: ['horoscoop', 'sterrenbeeld*'],
  ru: ['гороскоп*', 'зодиак*', 'знак зодиака', 'знаки зодиака', 'астролог*'],
  uk: ['гороскоп*', 'зодіак*'],
  bg: ['хороскоп*', 'зодия', 'зодии', 'зодиак*'],
  cs: ['horoskop*', 'znamení zvěrokruhu'],
  hu: ['horoszkóp*', 'csillagjegy*'],
  tr: ['burç*', 'burc*', 'burç yorumlar*'],
  sv: ['horoskop*'],
  hr: ['horoskop*'],
  he: ['הורוסקופ', 'מזל*'],
  fa: ['طالع بینی', 'فال'],
};

/** The first crumb of a breadcrumb trail. */
export const BREADCRUMB_HOME: PhraseTable = {
  en: ['home', 'homepage', 'home page', 'front page', 'news'],
  ro: ['prima pagina', 'acasa', 'home', 'stiri'],
  el: ['αρχικη', 'αρχικη σελιδα', 'home'],
  ar: ['الرئيسية', 'الصفحة الرئيسية', 'الرئيسيه'],
  it: ['home', 'homepage', 'prima pagina'],
  fr: ['accueil', 'home'],
  de: ['startseite', 'home', 'start'],
  es: ['inicio', 'portada', 'home'],
  pt: ['início', 'inicio', 'página inicial', 'home', 'capa'],
  pl: ['strona główna', 'home'],
  nl: ['home', 'voorpagina'],
  ru: ['главная'],
  uk: ['головна'],
  tr: ['anasayfa', 'ana sayfa'],
};

/** Every phrase of a table, all languages together (pages mix languages: English labels on Greek sites). */
export function allPhrases(...tables: PhraseTable[]): string[] {
  return tables.flatMap((table) => Object.values(table).flat());
}

/**
 * Labels of an article's own meta line: "Publicat: … | Autor: … | Vizualizări: 3.214". Source
 * lines ("Πηγή: ΑΠΕ", "Sursa: Reuters") are not here: they credit the text and belong to it.
 */
export const ARTICLE_META: PhraseTable = {
  en: ['published', 'updated', 'posted', 'posted on', 'last updated', 'views', 'reads', 'author', 'written by', 'reading time', 'min read'],
  ro: ['publicat', 'actualizat', 'ultima actualizare', 'vizualizari', 'afisari', 'autor', 'scris de', 'timp de citire'],
  el: ['δημοσιευση', 'δημοσιευτηκε', 'ενημερωση', 'ενημερωθηκε', 'αναγνωσεις', 'προβολες', 'συντακτης'],
  ar: ['نشر في', 'نشر', 'تاريخ النشر', 'آخر تحديث', 'تحديث', 'مشاهدات', 'المشاهدات', 'قراءات', 'الكاتب'],
  it: ['pubblicato', 'aggiornato', 'ultimo aggiornamento', 'visualizzazioni', 'letture', 'autore', 'tempo di lettura'],
  fr: ['publié', 'publie le', 'mis à jour', 'modifié', 'vues', 'lectures', 'auteur', 'temps de lecture'],
  de: ['veröffentlicht', 'publiziert', 'aktualisiert', 'zuletzt aktualisiert', 'aufrufe', 'gelesen', 'autor', 'lesezeit', 'stand', 'erstellt am'],
  es: ['publicado', 'actualizado', 'visitas', 'lecturas', 'autor', 'tiempo de lectura'],
  pt: ['publicado', 'atualizado', 'visualizações', 'leituras', 'autor', 'tempo de leitura'],
  pl: ['opublikowano', 'aktualizacja', 'zaktualizowano', 'wyświetlenia', 'odsłony', 'autor', 'czas czytania', 'ten tekst przeczytasz'],
  nl: ['gepubliceerd', 'bijgewerkt'],
  ru: ['опубликовано', 'обновлено', 'просмотров', 'просмотры', 'автор'],
  tr: ['yayınlanma', 'güncelleme', 'okunma', 'yazar'],
};

/** Words that open a byline: "By Jane Doe", "VON Sina Giebel", "de Ion Popescu". */
export const BYLINE: PhraseTable = {
  en: ['by', 'written by', 'author'], ro: ['de', 'scris de', 'autor'], el: ['απο', 'του', 'της', 'γραφει'],
  ar: ['بقلم', 'كتب', 'الكاتب'], it: ['di', 'a cura di', 'autore'], fr: ['par', 'auteur'], de: ['von', 'autor', 'autorin'],
  es: ['por', 'autor'], pt: ['por', 'autor'], pl: ['autor', 'autorka'], nl: ['door'], ru: ['автор'], tr: ['yazar'],
};

/**
 * How a blog or CMS footer line opens after the post: "This entry was posted in …", "Erstellt am … und
 * abgelegt unter …", "Dieser Text wurde veröffentlicht unter der Lizenz …".
 */
export const POST_FOOTER: PhraseTable = {
  en: ['this entry was posted', 'this entry was filed', 'this post was posted', 'this post was published', 'posted in', 'filed under', 'this article was originally published', 'originally published'],
  ro: ['acest articol a fost publicat', 'publicat in categoria', 'articol publicat in'],
  el: ['αυτο το αρθρο δημοσιευτηκε', 'δημοσιευτηκε στην κατηγορια'],
  ar: ['نشر في قسم', 'نشرت هذه المقالة'],
  it: ['questo articolo e stato pubblicato', 'questa voce e stata pubblicata', 'pubblicato in', 'archiviato in'],
  fr: ['cet article a ete publie', 'cette entree a ete publiee', 'publie dans', 'classe dans'],
  de: ['dieser beitrag wurde', 'der beitrag wurde', 'dieser text wurde veroffentlicht', 'dieser artikel erschien', 'erstellt am', 'veroffentlicht in', 'veroffentlicht unter', 'abgelegt unter'],
  es: ['esta entrada fue publicada', 'este articulo fue publicado', 'publicado en la categoria', 'archivado en'],
  pt: ['este post foi publicado', 'esta entrada foi publicada', 'publicado na categoria', 'arquivado em'],
  pl: ['ten wpis zostal opublikowany', 'wpis opublikowany', 'opublikowano w kategorii'],
};

/** The heading of a contact section under an article or press release ("Pressekontakt", "Media contact"). */
export const CONTACT: PhraseTable = {
  en: ['contact', 'contacts', 'media contact', 'press contact', 'media enquiries', 'press enquiries'],
  ro: ['contact', 'contact presa', 'date de contact', 'persoana de contact'],
  el: ['επικοινωνια', 'στοιχεια επικοινωνιας'],
  ar: ['للتواصل', 'جهات الاتصال', 'للاتصال'],
  it: ['contatti', 'contatto', 'contatti stampa', 'ufficio stampa'],
  fr: ['contact', 'contacts', 'contact presse', 'contacts presse'],
  de: ['kontakt', 'pressekontakt', 'medienkontakt', 'ansprechpartner', 'ansprechpartnerin', 'kontakt fur journalisten'],
  es: ['contacto', 'contacto de prensa', 'contacto para medios'],
  pt: ['contato', 'contacto', 'contato para imprensa', 'assessoria de imprensa'],
  pl: ['kontakt', 'kontakt dla mediow', 'kontakt dla prasy'],
};

/** "Quelle: dpa", "Sursa: Digi24", "Źródło: ISBnews": the label of a source line under an article. */
export const SOURCE: PhraseTable = {
  en: ['source', 'sources'], ro: ['sursa', 'surse'], el: ['πηγη', 'πηγες'], ar: ['المصدر', 'المصادر'], it: ['fonte', 'fonti'],
  fr: ['source', 'sources'], de: ['quelle', 'quellen'], es: ['fuente', 'fuentes'], pt: ['fonte', 'fontes'], pl: ['zrodlo', 'zrodla'],
};

/** Widgets under an article: feedback questions, "load more", tag lists, author boxes, image credits. */
export const FEEDBACK: PhraseTable = {
  en: ['we want to hear what you think about this article', 'no ratings yet', 'if you enjoyed reading this post', 'was this article helpful', 'was this helpful', 'did you find this article useful', 'rate this article', 'how useful was this post'],
  ro: ['ti-a fost util acest articol', 'a fost util acest articol', 'evalueaza articolul', 'cum ti s-a parut articolul'],
  el: ['σας φανηκε χρησιμο', 'ηταν χρησιμο αυτο το αρθρο', 'βαθμολογηστε το αρθρο'],
  ar: ['هل كان هذا المقال مفيدا', 'هل كان المقال مفيدا', 'قيم المقال'],
  it: ['ti e stato utile questo articolo', 'questo articolo ti e stato utile', 'valuta questo articolo'],
  fr: ['cet article vous a-t-il ete utile', 'cet article vous a ete utile', 'notez cet article'],
  de: ['artikel gefallen', 'artikel gefallen? vergiss nicht zu teilen', 'hat ihnen der artikel gefallen', 'noch keine bewertungen', 'hier konnen sie den artikel bewerten', 'war der artikel nutzlich', 'war dieser artikel hilfreich', 'war der beitrag hilfreich', 'wie hilfreich war dieser artikel', 'artikel bewerten', 'mochten sie den artikel teilen'],
  es: ['valora esta noticia', 'valora este articulo', 'te ha sido util este articulo', 'fue util este articulo', 'valora este articulo'],
  pt: ['este artigo foi util', 'esse artigo foi util', 'avalie este artigo'],
  pl: ['czy ten artykul byl pomocny', 'czy artykul byl pomocny', 'ocen artykul'],
};

export const LOAD_MORE: PhraseTable = {
  en: ['load more', 'show more', 'more articles', 'view more', 'next article', 'previous article', 'back to top'],
  ro: ['incarca mai mult', 'incarca mai multe', 'arata mai mult', 'articolul urmator', 'articolul anterior', 'inapoi sus'],
  el: ['φορτωση περισσοτερων', 'περισσοτερα αρθρα', 'επομενο αρθρο', 'προηγουμενο αρθρο'],
  ar: ['تحميل المزيد', 'عرض المزيد', 'المقال التالي', 'المقال السابق'],
  it: ['carica altri', 'mostra altro', 'articolo successivo', 'articolo precedente', 'torna su'],
  fr: ['charger plus', 'voir plus d\'articles', 'article suivant', 'article precedent', 'retour en haut'],
  de: ['mehr laden', 'weitere inhalte laden', 'lade weitere inhalte', 'mehr anzeigen', 'nachster artikel', 'vorheriger artikel', 'nach oben'],
  es: ['cargar mas', 'ver mas noticias', 'articulo siguiente', 'articulo anterior', 'volver arriba'],
  pt: ['carregar mais', 'ver mais noticias', 'proximo artigo', 'artigo anterior', 'voltar ao topo'],
  pl: ['zaladuj wiecej', 'pokaz wiecej', 'nastepny artykul', 'poprzedni artykul', 'do gory'],
};

/** Labels of tag lists and of "about the author" boxes. */
export const TAGS: PhraseTable = {
  en: ['tags', 'tagged', 'topics', 'filed under', 'categories', 'category', 'keywords', 'this entry was posted in', 'posted in'],
  ro: ['etichete', 'taguri', 'tag-uri', 'subiecte', 'categorii', 'cuvinte cheie'],
  el: ['ετικετες', 'tags', 'κατηγοριες', 'λεξεις κλειδια'],
  ar: ['الوسوم', 'وسوم', 'الكلمات المفتاحية', 'كلمات مفتاحية', 'التصنيفات'],
  it: ['tag', 'argomenti', 'categorie', 'parole chiave'],
  fr: ['mots-cles', 'tags', 'themes', 'categories', 'sujets'],
  de: ['schlagworter', 'schlagwort', 'tags', 'themen', 'kategorien', 'abgelegt unter'],
  es: ['etiquetas', 'temas', 'categorias', 'palabras clave'],
  pt: ['etiquetas', 'tags', 'temas', 'categorias', 'palavras-chave'],
  pl: ['tagi', 'tematy', 'kategorie', 'slowa kluczowe'],
  ru: ['теги', 'метки', 'рубрики'],
};

export const ABOUT_AUTHOR: PhraseTable = {
  en: ['about the author', 'about author', 'about me', 'author bio', 'the author'],
  ro: ['despre autor', 'despre mine', 'autorul'],
  el: ['σχετικα με τον συγγραφεα', 'για τον συγγραφεα', 'ο συγγραφεας'],
  ar: ['عن الكاتب', 'حول الكاتب', 'نبذة عن الكاتب', 'عن المؤلف'],
  it: ['l\'autore', 'sull\'autore', 'chi sono', 'autore'],
  fr: ['a propos de l\'auteur', 'l\'auteur', 'a propos de moi'],
  de: ['uber den autor', 'uber die autorin', 'uber mich', 'zum autor', 'zur autorin', 'der autor', 'die autorin'],
  es: ['sobre el autor', 'acerca del autor', 'sobre mi'],
  pt: ['sobre o autor', 'sobre a autora', 'sobre mim'],
  pl: ['o autorze', 'o autorce', 'o mnie'],
};

/** Photo agencies, for credit lines under pictures. */
export const PHOTO_CREDITS: readonly string[] = [
  'shutterstock', 'getty images', 'gettyimages', 'istock', 'istockphoto', 'adobe stock', 'adobestock', 'dpa', 'picture alliance',
  'picture-alliance', 'imago', 'reuters', 'afp', 'ap photo', 'associated press', 'epa', 'profimedia', 'inquam', 'agerpres',
  'ansa', 'lapresse', 'unsplash', 'pixabay', 'pexels', 'depositphotos', 'dreamstime', 'alamy', 'eurokinissi', 'intime',
  'keystone', 'efe', 'europa press', 'anadolu', 'wikimedia commons', 'wenn.com', 'istock.com', 'telam', 'foto', 'photo', 'bild', 'φωτο', 'φωτογραφια', 'صورة',
];

/** Copyright lines: "© 2020 …", "All rights reserved" in every supported language. */
export const COPYRIGHT: PhraseTable = {
  en: ['copyright*', 'written permission', 'is not responsible for the opinions', 'advertising disclaimer', '©', 'all rights reserved', 'copyright'], ro: ['toate drepturile rezervate', 'drepturi rezervate'],
  el: ['με επιφυλαξη παντος δικαιωματος', 'ολα τα δικαιωματα διατηρουνται'], ar: ['جميع الحقوق محفوظة', 'حقوق النشر'],
  it: ['tutti i diritti riservati', 'riproduzione riservata'], fr: ['tous droits reserves', 'droits reserves'],
  de: ['alle rechte vorbehalten', 'urheberrecht'], es: ['todos los derechos reservados', 'derechos reservados'],
  pt: ['todos os direitos reservados', 'direitos reservados'], pl: ['wszelkie prawa zastrzezone', 'material chroniony prawem'],
  ru: ['все права защищены'],
};

/** Paywall and "continue reading" teasers. */
export const PAYWALL: PhraseTable = {
  en: ['to view the full story', 'please subscribe', 'already a subscriber', 'subscribe now', 'continue reading', 'subscribe to continue reading', 'to read the full article', 'read the full story', 'subscribers only'],
  ro: ['continua lectura', 'citeste articolul integral', 'abonati-va pentru a citi', 'doar pentru abonati'],
  el: ['συνεχεια αναγνωσης', 'διαβαστε ολο το αρθρο', 'μονο για συνδρομητες'],
  ar: ['تابع القراءة', 'اقرأ المقال كاملا', 'للمشتركين فقط'],
  it: ['continua a leggere', 'leggi l\'articolo completo', 'riservato agli abbonati'],
  fr: ['pour lire la suite', 'lire la suite', 'reserve aux abonnes', 'la suite est reservee aux abonnes'],
  de: ['weiterlesen', 'jetzt weiterlesen', 'mehr lesen mit', 'nur fur abonnenten', 'lesen sie den ganzen artikel'],
  es: ['hazte miembro', 'cancela cuando quieras', 'suscribete ahora', 'sigue leyendo', 'seguir leyendo', 'solo para suscriptores', 'lee el articulo completo'],
  pt: ['continue lendo', 'continuar a ler', 'exclusivo para assinantes', 'leia a materia completa'],
  pl: ['czytaj dalej', 'ten tekst przeczytasz', 'tylko dla subskrybentow', 'przeczytaj caly artykul'],
};

/**
 * Paywall and membership prompts that give a short line away wherever they stand in it: "If you're
 * already a subscriber, log in", "Pour lire la suite et accéder à 3 articles, créez votre compte".
 */
export const PAYWALL_PROMPTS: PhraseTable = {
  en: ['to view the full story', 'please subscribe', 'already a subscriber', 'subscribe to continue reading', 'subscribers only', 'become a member', 'support independent journalism'],
  ro: ['doar pentru abonati', 'abonati-va pentru a citi', 'esti deja abonat', 'sustine jurnalismul independent'],
  el: ['μονο για συνδρομητες', 'ειστε ηδη συνδρομητης', 'γινετε συνδρομητης'],
  ar: ['للمشتركين فقط', 'اشترك للمتابعة', 'هل أنت مشترك بالفعل'],
  it: ['riservato agli abbonati', 'sei gia abbonato', 'abbonati per continuare', 'sostieni il giornalismo indipendente'],
  fr: ['pour lire la suite', 'reserve aux abonnes', 'deja abonne', 'soutenez le journalisme independant'],
  de: ['nur fur abonnenten', 'bereits abonnent', 'schon abonnent', 'unterstutzen sie unabhangigen journalismus'],
  es: ['hazte miembro', 'cancela cuando quieras', 'solo para suscriptores', 'ya eres suscriptor', 'apoya el periodismo independiente'],
  pt: ['exclusivo para assinantes', 'ja e assinante', 'apoie o jornalismo independente'],
  pl: ['tylko dla subskrybentow', 'masz juz subskrypcje', 'wesprzyj niezalezne dziennikarstwo'],
};

/** Labels that open a picture credit: "Credit:", "Photograph by", "Bild via", "Crédits photos :". */
export const CREDIT_LABELS: readonly string[] = [
  'credit', 'credits', 'photo credit', 'photograph by', 'photo by', 'image by', 'image credit', 'bild via', 'bild',
  'foto', 'fotos', 'bildquelle', 'credits photos', 'credit photo', 'photo', 'φωτο', 'φωτογραφια', 'صورة', 'الصورة',
  'fotografia', 'zdjecie', 'fot', 'sursa foto', 'imagen', 'credito', 'crédito', 'bildnachweis',
];

/** Advertising and affiliate disclosures, as the label that opens the line ("ANZEIGE -", "*Werbung.", "Advertising disclosure:"). */
export const DISCLOSURE: PhraseTable = {
  en: ['advertising disclosure', 'advertisement', 'sponsored', 'affiliate disclosure', 'disclosure', 'ad'],
  ro: ['publicitate', 'advertorial', 'articol sponsorizat'], el: ['διαφημιση', 'χορηγουμενο'], ar: ['إعلان', 'اعلان', 'محتوى مدفوع'],
  it: ['pubblicita', 'contenuto sponsorizzato', 'pubbliredazionale'], fr: ['publicite', 'contenu sponsorise', 'partenariat'],
  de: ['anzeige', 'werbung', 'affiliate-links', 'sponsored post'], es: ['publicidad', 'contenido patrocinado'],
  pt: ['publicidade', 'conteudo patrocinado'], pl: ['reklama', 'artykul sponsorowany', 'materialy partnera'],
};

/**
 * Month names as dates print them ("September 4, 2025", "4. März 2025", "4 settembre 2025"), January
 * first, full and short forms, folded like every phrase. Built from each language's calendar (CLDR
 * month names, format and stand-alone forms; Polish, Greek and Russian in the genitive a date uses).
 */
export const MONTHS: PhraseTable = {
  en: ['january jan', 'february feb', 'march mar', 'april apr', 'may', 'june jun', 'july jul', 'august aug', 'september sep sept', 'october oct', 'november nov', 'december dec'],
  ro: ['ianuarie ian', 'februarie feb', 'martie mar', 'aprilie apr', 'mai', 'iunie iun', 'iulie iul', 'august aug', 'septembrie sep', 'octombrie oct', 'noiembrie noi', 'decembrie dec'],
  el: ['ιανουαριου ιανουαριος ιαν', 'φεβρουαριου φεβρουαριος φεβ', 'μαρτιου μαρτιος μαρ', 'απριλιου απριλιος απρ', 'μαιου μαιος μαι', 'ιουνιου ιουνιος ιουν', 'ιουλιου ιουλιος ιουλ', 'αυγουστου αυγουστος αυγ', 'σεπτεμβριου σεπτεμβριος σεπ', 'οκτωβριου οκτωβριος οκτ', 'νοεμβριου νοεμβριος νοε', 'δεκεμβριου δεκεμβριος δεκ'],
  it: ['gennaio gen', 'febbraio feb', 'marzo mar', 'aprile apr', 'maggio mag', 'giugno giu', 'luglio lug', 'agosto ago', 'settembre set', 'ottobre ott', 'novembre nov', 'dicembre dic'],
  fr: ['janvier janv', 'fevrier fevr', 'mars', 'avril avr', 'mai', 'juin', 'juillet juil', 'aout', 'septembre sept', 'octobre oct', 'novembre nov', 'decembre dec'],
  de: ['januar janner jan', 'februar feb', 'marz mar', 'april apr', 'mai', 'juni jun', 'juli jul', 'august aug', 'september sep sept', 'oktober okt', 'november nov', 'dezember dez'],
  es: ['enero ene', 'febrero feb', 'marzo mar', 'abril abr', 'mayo may', 'junio jun', 'julio jul', 'agosto ago', 'septiembre setiembre sep sept', 'octubre oct', 'noviembre nov', 'diciembre dic'],
  pt: ['janeiro jan', 'fevereiro fev', 'marco mar', 'abril abr', 'maio mai', 'junho jun', 'julho jul', 'agosto ago', 'setembro set', 'outubro out', 'novembro nov', 'dezembro dez'],
  nl: ['januari jan', 'februari feb', 'maart mrt', 'april apr', 'mei', 'juni jun', 'juli jul', 'augustus aug', 'september sep', 'oktober okt', 'november nov', 'december dec'],
  pl: ['stycznia styczen sty', 'lutego luty lut', 'marca marzec mar', 'kwietnia kwiecien kwi', 'maja maj', 'czerwca czerwiec cze', 'lipca lipiec lip', 'sierpnia sierpien sie', 'wrzesnia wrzesien wrz', 'pazdziernika pazdziernik paz', 'listopada listopad lis', 'grudnia grudzien gru'],
  ru: ['января январь янв', 'февраля февраль фев', 'марта март мар', 'апреля апрель апр', 'мая май', 'июня июнь июн', 'июля июль июл', 'августа август авг', 'сентября сентябрь сен', 'октября октябрь окт', 'ноября ноябрь ноя', 'декабря декабрь дек'],
};
