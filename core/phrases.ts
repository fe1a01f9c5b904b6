/**
 * Every language-specific phrase the rules know, in one place. Each concept lists, per language
 * (BCP 47), the words a news page uses for that kind of clutter. Matching folds case and
 * diacritics (see text.ts), so "Citeste si" finds "Citește și" and "Σχολια" finds "Σχόλια";
 * a trailing `*` makes a stem ("horoscop*" also matches "horoscopul"), and a word in brackets at
 * the end is one that must follow ("hier [à]": French "hier à 18:05", not German "hier"). A table
 * is one line per language: a new language is one line, and test/phrases.test.ts checks that every
 * phrase of every table makes the rules that use it remove a minimal page's line.
 *
 * Languages: ro, el, ar, it, en, fr, de, es, pt, pl (required), plus nl, ru, uk, bg, cs, sk, hu,
 * tr, sv, hr/sr, he, fa where the phrases are common on news sites.
 *
 * How the lists are built: for each concept and each of the ten required languages, the forms a
 * native reader meets on that language's big news sites, written out along the ways a language
 * varies them — synonyms, noun and verb, singular and plural, the informal and the formal address
 * (citește / citiți, διάβασε / διαβάστε, lee / lea, Sie / du), masculine and feminine — not a sample
 * of one site's wording. Diacritics and case need no second entry (matching folds them). A phrase
 * that is also an everyday word stays out of a table whose rule matches it anywhere in a line; each
 * table's comment says what it holds. test/vocabulary.test.ts checks the common ways in every language.
 */

export type PhraseTable = Readonly<Record<string, readonly string[]>>;

/**
 * Words for "comment(s)" — used with counters, headings and login prompts.
 * Built from the noun, its plural and the verb ("comment", "to comment", imperative) in each language;
 * stems where the language inflects.
 */
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

/**
 * Links and buttons inside a comment widget. Short lines that are exactly (or start with) these.
 * Built from the buttons of the comment systems news sites use (their own, Disqus, Facebook, WordPress)
 * in each language: show / load / hide comments, add / write / leave / post a comment, reply, report, in
 * the informal and the formal imperative.
 */
export const COMMENT_ACTIONS: PhraseTable = {
  en: ['see all comments', 'view all comments', 'show all comments', 'load more comments', 'show comments', 'view comments', 'read comments', 'read all comments', 'leave a comment', 'leave a reply', 'add a comment', 'post a comment', 'write a comment', 'join the discussion', 'join the conversation', 'reply', 'report', 'report abuse', 'be the first to comment', 'no comments yet', 'cancel reply', 'sort by', 'newest', 'oldest', 'post comment', 'submit comment', 'add your comment', 'show more comments', 'hide comments', 'load comments', 'view replies', 'show replies', 'comment on this article', 'comment on this story'],
  ro: ['vezi toate comentariile', 'vezi comentariile', 'toate comentariile', 'incarca mai multe comentarii', 'adauga un comentariu', 'lasa un comentariu', 'scrie un comentariu', 'comenteaza', 'raspunde', 'raporteaza', 'fii primul care comenteaza', 'adaugă comentariu', 'adaugă comentariul tău', 'lasă un răspuns', 'scrie comentariul tău', 'trimite comentariul', 'publică comentariul', 'vezi mai multe comentarii', 'arată comentariile', 'afișează comentariile', 'ascunde comentariile', 'citește comentariile', 'comentează articolul', 'comentează știrea', 'răspunsuri'],
  el: ['δειτε ολα τα σχολια', 'ολα τα σχολια', 'περισσοτερα σχολια', 'προσθεστε σχολιο', 'γραψτε σχολιο', 'αφηστε σχολιο', 'σχολιαστε', 'απαντηση', 'αναφορα', 'δείτε τα σχόλια', 'εμφάνιση σχολίων', 'προβολή σχολίων', 'απόκρυψη σχολίων', 'γράψτε το σχόλιό σας', 'αφήστε το σχόλιό σας', 'προσθήκη σχολίου', 'υποβολή σχολίου', 'απαντήστε', 'απαντήσεις'],
  ar: ['عرض كل التعليقات', 'عرض جميع التعليقات', 'كل التعليقات', 'المزيد من التعليقات', 'اضف تعليق', 'أضف تعليقك', 'اكتب تعليق', 'اترك تعليقا', 'رد', 'ابلاغ', 'أضف تعليقا', 'اكتب تعليقك', 'شارك برأيك', 'أرسل تعليقك', 'إرسال التعليق', 'عرض التعليقات', 'اظهار التعليقات', 'إخفاء التعليقات', 'الرد', 'ردود'],
  it: ['vedi tutti i commenti', 'mostra tutti i commenti', 'mostra i commenti', 'leggi i commenti', 'carica altri commenti', 'lascia un commento', 'scrivi un commento', 'aggiungi un commento', 'commenta', 'rispondi', 'segnala', 'invia commento', 'pubblica commento', 'lascia una risposta', 'scrivi il tuo commento', 'mostra commenti', 'nascondi commenti', 'leggi tutti i commenti', 'risposte'],
  fr: ['voir tous les commentaires', 'afficher les commentaires', 'voir les commentaires', 'lire les commentaires', 'laisser un commentaire', 'ajouter un commentaire', 'écrire un commentaire', 'répondre', 'signaler', 'réagir', 'soyez le premier à commenter', 'publier un commentaire', 'poster un commentaire', 'envoyer le commentaire', 'afficher plus de commentaires', 'masquer les commentaires', 'voir les réponses', 'donnez votre avis', 'réagissez à cet article'],
  de: ['alle kommentare anzeigen', 'alle kommentare', 'kommentare anzeigen', 'weitere kommentare', 'mehr kommentare', 'kommentar schreiben', 'kommentar verfassen', 'jetzt kommentieren', 'antworten', 'melden', 'diskutieren sie mit', 'kommentar abschicken', 'kommentar absenden', 'kommentare ausblenden', 'kommentare einblenden', 'kommentare laden', 'alle kommentare lesen', 'antwort schreiben', 'schreiben sie einen kommentar', 'hinterlasse einen kommentar', 'kommentar hinterlassen', 'jetzt mitdiskutieren', 'mitdiskutieren'],
  es: ['ver todos los comentarios', 'ver comentarios', 'mostrar comentarios', 'cargar más comentarios', 'deja un comentario', 'escribe un comentario', 'añadir comentario', 'comentar', 'responder', 'denunciar', 'sé el primero en comentar', 'publicar comentario', 'enviar comentario', 'deja tu comentario', 'deje su comentario', 'escribe tu comentario', 'ocultar comentarios', 'ver respuestas', 'comenta esta noticia', 'deja una respuesta'],
  pt: ['ver todos os comentários', 'ver comentários', 'mostrar comentários', 'carregar mais comentários', 'deixe um comentário', 'escreva um comentário', 'adicionar comentário', 'comentar', 'responder', 'denunciar', 'seja o primeiro a comentar', 'publicar comentário', 'enviar comentário', 'deixe o seu comentário', 'deixe seu comentário', 'escreva o seu comentário', 'ocultar comentários', 'ver respostas', 'deixe uma resposta', 'comente esta notícia'],
  pl: ['zobacz wszystkie komentarze', 'pokaż wszystkie komentarze', 'pokaż komentarze', 'wszystkie komentarze', 'więcej komentarzy', 'dodaj komentarz', 'napisz komentarz', 'skomentuj', 'odpowiedz', 'zgłoś', 'wyślij komentarz', 'opublikuj komentarz', 'ukryj komentarze', 'pokaż odpowiedzi', 'zobacz odpowiedzi', 'napisz odpowiedź', 'skomentuj artykuł', 'czytaj komentarze'],
  nl: ['bekijk alle reacties', 'alle reacties', 'plaats een reactie', 'reageer', 'beantwoorden'],
  ru: ['все комментарии', 'показать комментарии', 'оставить комментарий', 'добавить комментарий', 'ответить', 'пожаловаться'],
  tr: ['tüm yorumlar', 'yorumları göster', 'yorum yap', 'yorum yaz', 'yanıtla'],
};

/**
 * Sign-in words: a short line with one of these and a comment word is a login-to-comment prompt.
 * Built from log in, sign in, register and create an account as verbs (both imperatives) and nouns, and
 * "your account".
 */
export const LOGIN_WORDS: PhraseTable = {
  en: ['log in', 'login', 'sign in', 'sign up', 'logged in', 'register', 'create an account', 'your account'],
  ro: ['logheaza*', 'autentific*', 'conecteaz*', 'contul tau', 'inregistreaz*', 'cont nou', 'intră în cont', 'creează cont', 'creează un cont'],
  el: ['συνδεθειτε', 'συνδεση', 'εισοδος', 'λογαριασμο', 'εγγραφη', 'εγγραφειτε', 'συνδέσου', 'δημιουργία λογαριασμού'],
  ar: ['تسجيل الدخول', 'سجل الدخول', 'سجل دخولك', 'الدخول', 'حسابك', 'تسجيل', 'أنشئ حسابا', 'إنشاء حساب'],
  it: ['accedi', 'accesso', 'effettua il login', 'registrati', 'il tuo account', 'loggati', 'crea un account', 'accedi al tuo account'],
  fr: ['connectez-vous', 'connexion', 'se connecter', 'identifiez-vous', 'inscrivez-vous', 'votre compte', 'abonné*', 's\'identifier', 'créer un compte'],
  de: ['anmelden', 'melden sie sich an', 'einloggen', 'registrieren', 'login', 'ihr konto', 'angemeldet', 'registrieren sie sich', 'melde dich an', 'konto erstellen'],
  es: ['inicia sesión', 'iniciar sesión', 'regístrate', 'identifícate', 'tu cuenta', 'conéctate', 'crear cuenta', 'crea una cuenta'],
  pt: ['faça login', 'fazer login', 'entre', 'entrar', 'inicie sessão', 'registe-se', 'cadastre-se', 'sua conta', 'iniciar sessão', 'criar conta', 'faça o login'],
  pl: ['zaloguj*', 'logowanie', 'zarejestruj*', 'twoje konto', 'załóż konto'],
  nl: ['log in', 'inloggen', 'registreer'],
  ru: ['войдите', 'войти', 'авторизуйтесь', 'зарегистрируйтесь'],
  tr: ['giriş yap*', 'üye ol'],
};

/** "Comment by Jane", "Kommentar von Naru-chan": the word between a comment word and its author. */
export const COMMENT_BY: PhraseTable = {
  en: ['by', 'from'], de: ['von'], ro: ['de'], es: ['de', 'por'], pt: ['de', 'por'], it: ['di'], fr: ['par'], pl: ['od'],
  el: ['απο'], ru: ['от'], ar: ['من'], nl: ['door', 'van'],
};

/** "Jane says:", "Ion a scris:": the verb of a WordPress-style comment attribution. */
export const SAYS: PhraseTable = {
  en: ['says', 'said', 'wrote'], de: ['schreibt', 'sagt', 'meint'], ro: ['a scris', 'a spus'], it: ['dice', 'scrive'],
  fr: ['dit', 'ecrit'], es: ['escribe', 'dijo'], pt: ['diz', 'disse', 'escreveu'], pl: ['pisze', 'napisał', 'napisala'],
  ru: ['пишет', 'написал'], el: ['γραφει', 'ειπε'], ar: ['كتب', 'قال'],
};

/** Counters and buttons of a comment that are a single word: "12 likes", "Reply". */
export const COMMENT_COUNTERS: PhraseTable = {
  en: ['like', 'likes', 'reply'],
};

/**
 * Dates as comment widgets print them, matched in the page's own text (as written, not folded):
 * the word before the number in "acum 2 ore", "il y a 3 jours", "vor 5 Minuten" …
 */
export const AGO_BEFORE: PhraseTable = {
  ro: ['acum'], el: ['πριν', 'πριν απο'], ar: ['منذ'], fr: ['il y a'], de: ['vor'], es: ['hace'], pt: ['há', 'ha'], it: ['fa'], pl: ['temu'],
};

/** … the word after it in "2 hours ago", "2 ore fa", "2 godziny temu" … */
export const AGO_AFTER: PhraseTable = {
  en: ['ago'], it: ['fa'], pl: ['temu'], ru: ['назад'], tr: ['önce'],
};

/** … and "yesterday" (French "hier" only before "à": German and Dutch "hier" means "here"). */
export const YESTERDAY: PhraseTable = {
  en: ['yesterday'], ro: ['ieri'], el: ['χθες'], ar: ['أمس'], de: ['gestern'], es: ['ayer'], pt: ['ontem'], pl: ['wczoraj'], fr: ['hier [à]'],
};

/**
 * Headings and inline labels of "read also / related / recommended / more" blocks.
 * Built from every way the big news sites of each language label a list of other articles: "read also" /
 * "see also" in the informal and the formal imperative (citește / citiți, διάβασε / διαβάστε, lee / lea),
 * "you may (also) be interested" said with each verb and address form, "suggested", "recommended",
 * "similar", "related", "most read / viewed / shared / commented", "latest", "more from", "don't miss",
 * "editor's picks", with and without diacritics.
 */
export const RELATED: PhraseTable = {
  en: ['you might also be interested in', 'similar articles', 'see more', 'related reading', 'read also', 'also read', 'read more', 'see also', 'related', 'related articles', 'related stories', 'related posts', 'related news', 'related content', 'related coverage', 'recommended', 'recommended for you', 'recommended stories', 'you may also like', 'you might also like', 'you may be interested in', 'more stories', 'more from', 'more news', 'more on this', 'more on this story', "don't miss", 'most read', 'most popular', 'popular now', 'trending', 'trending now', 'latest news', 'top stories', 'editor\'s picks', 'what to read next', 'read next', 'up next', 'around the web', 'from the web', 'further reading', 'in other news', 'also on', 'you may also be interested in', 'you might be interested in', 'you may also be interested', 'you might also be interested', 'you might also enjoy', 'you may also enjoy', 'you might like', 'you may like', 'we recommend', 'recommended reading', 'recommended articles', 'recommended posts', 'recommended videos', 'suggested articles', 'suggested reading', 'suggested stories', 'suggested for you', 'suggested posts', 'more like this', 'more to read', 'more to explore', 'keep reading', 'read this next', 'related topics', 'related links', 'related video', 'related videos', 'more from this author', 'more by this author', 'more from the author', 'latest stories', 'latest articles', 'most viewed', 'most shared', 'most commented', 'popular stories', 'popular articles', 'popular posts', 'recent posts', 'recent articles', 'recent stories', 'top picks', 'editors picks', 'editor\'s choice', 'staff picks', 'also see', 'other stories', 'other news', 'in case you missed it', 'icymi', 'you might have missed', 'you may have missed', 'explore more', 'discover more', 'trending stories', 'more headlines'],
  ro: ['citeste si', 'citeste mai mult', 'citeste mai multe', 'citeste continuarea', 'vezi si', 'vezi mai mult', 'vezi mai multe', 'vezi galeria', 'recomandari', 'recomandarea video', 'recomandarea redactiei', 'recomandat', 'stiri similare', 'stiri recomandate', 'articole similare', 'articole recomandate', 'cele mai citite', 'cele mai noi', 'ultimele stiri', 'nu rata', 'mai multe stiri', 'pe aceeasi tema', 'urmareste cel mai nou video', 'din aceeasi categorie', 'de acelasi autor', 'te-ar putea interesa', 'iti recomandam', 'citiți și', 'citiți mai mult', 'citește și asta', 'citește și despre', 'vezi și video', 'vezi video', 'urmărește și', 'te-ar mai putea interesa', 'v-ar putea interesa', 'v-ar mai putea interesa', 'ar putea să te intereseze', 'ar putea să vă intereseze', 's-ar putea să te intereseze', 's-ar putea să vă intereseze', 'poate te interesează', 'vă recomandăm', 'îți mai recomandăm', 'vă mai recomandăm', 'recomandările redacției', 'recomandarea editorului', 'alegerea redacției', 'recomandate', 'recomandate pentru tine', 'recomandat pentru tine', 'articole sugerate', 'știri sugerate', 'sugestii', 'sugestii de lectură', 'articole asemănătoare', 'știri asemănătoare', 'articole conexe', 'știri conexe', 'subiecte conexe', 'articole pe aceeași temă', 'știri pe aceeași temă', 'mai multe articole', 'alte articole', 'alte știri', 'cele mai citite articole', 'cele mai citite știri', 'cele mai vizualizate', 'cele mai comentate', 'cele mai populare', 'populare', 'știrile zilei', 'în aceeași categorie', 'articole din aceeași categorie', 'mai multe de la același autor', 'alte articole de același autor', 'articole recente', 'știri recente', 'ultimele articole', 'ultima oră', 'nu ratați', 'să nu ratezi', 'mai multe despre', 'mai mult despre', 'află mai multe', 'află mai mult'],
  el: ['διαβαστε επισης', 'διαβαστε ακομα', 'διαβαστε περισσοτερα', 'δειτε επισης', 'δειτε ακομα', 'δειτε ακομη', 'σχετικα αρθρα', 'σχετικα θεματα', 'σχετικες ειδησεις', 'σχετικα', 'περισσοτερα', 'τα πιο δημοφιλη', 'δημοφιλη', 'πιο διαβασμενα', 'τελευταιες ειδησεις', 'προτεινομενα', 'μην χασετε', 'ροη ειδησεων', 'επιλογες συντακτων', 'δείτε περισσότερα', 'δείτε και', 'διαβάστε και', 'δες επίσης', 'δες ακόμα', 'δες και', 'διάβασε επίσης', 'διάβασε ακόμα', 'διάβασε και', 'σχετικά νέα', 'σχετικές αναρτήσεις', 'μπορεί να σας ενδιαφέρει', 'μπορεί να σε ενδιαφέρει', 'ίσως σας ενδιαφέρει', 'ίσως σε ενδιαφέρει', 'θα σας ενδιαφέρει', 'θα σε ενδιαφέρει', 'σας προτείνουμε', 'σου προτείνουμε', 'προτεινόμενα άρθρα', 'προτεινόμενες ειδήσεις', 'προτάσεις', 'οι προτάσεις μας', 'προτάσεις ανάγνωσης', 'επιλογές της σύνταξης', 'επιλογή σύνταξης', 'η επιλογή της σύνταξης', 'τα πιο πρόσφατα', 'πρόσφατα άρθρα', 'πιο πρόσφατα', 'δημοφιλή άρθρα', 'τα πιο δημοφιλή άρθρα', 'τα πιο διαβασμένα', 'πιο διαβασμένα άρθρα', 'περισσότερα άρθρα', 'περισσότερες ειδήσεις', 'άλλες ειδήσεις', 'τελευταία νέα', 'όλες οι ειδήσεις', 'μη χάσετε', 'μην το χάσετε', 'μη χάσεις', 'στο ίδιο θέμα', 'από την ίδια κατηγορία', 'του ίδιου συντάκτη', 'περισσότερα για', 'περισσότερα από'],
  ar: ['اقرا ايضا', 'اقرأ أيضاً', 'اقرأ أيضا', 'اقرأ المزيد', 'إقرأ أيضا', 'شاهد أيضا', 'شاهد ايضا', 'اخبار ذات صلة', 'أخبار ذات صلة', 'مواضيع ذات صلة', 'مقالات ذات صلة', 'ذات صلة', 'الأكثر قراءة', 'الاكثر قراءة', 'الأكثر مشاهدة', 'آخر الأخبار', 'اخر الاخبار', 'قد يعجبك أيضا', 'قد يهمك', 'المزيد', 'مختارات', 'اقرأ كذلك', 'طالع أيضا', 'طالع ايضا', 'شاهد المزيد', 'ذات علاقة', 'مواضيع متعلقة', 'مقالات متعلقة', 'أخبار متعلقة', 'مقالات مشابهة', 'أخبار مشابهة', 'مواضيع مشابهة', 'قد يهمك أيضا', 'قد يعجبك', 'ربما يهمك', 'ربما يعجبك', 'قد تهمك', 'قد يثير اهتمامك', 'ننصحك بقراءة', 'نرشح لك', 'مقترحات', 'مقالات مقترحة', 'مواضيع مقترحة', 'أخبار مقترحة', 'اخترنا لك', 'اخترنا لكم', 'المزيد من الأخبار', 'مزيد من الأخبار', 'المزيد من المقالات', 'الأكثر تداولا', 'الأكثر تعليقا', 'الأكثر شعبية', 'الأكثر قراءة اليوم', 'الأحدث', 'أحدث الأخبار', 'أخبار أخرى', 'مقالات أخرى', 'لا تفوتك', 'لا يفوتك', 'لا تفوت', 'من نفس القسم', 'من نفس الكاتب', 'المزيد من الكاتب'],
  it: ['leggi anche', 'leggi pure', 'leggi di più', 'vedi anche', 'guarda anche', 'potrebbe interessarti', 'ti potrebbe interessare', 'potrebbe interessarti anche', 'articoli correlati', 'notizie correlate', 'correlati', 'i più letti', 'più letti', 'più lette', 'da non perdere', 'ultime notizie', 'altre notizie', 'consigliati', 'ti consigliamo', 'approfondisci', 'sullo stesso argomento', 'leggi altro', 'guarda il video', 'ti potrebbe interessare anche', 'potrebbero interessarti', 'ti potrebbero interessare', 'potrebbe interessarvi', 'vi potrebbe interessare', 'le potrebbe interessare', 'ti può interessare', 'può interessarti', 'potrebbe anche interessarti', 'articoli consigliati', 'articoli suggeriti', 'suggeriti per te', 'consigliati per te', 'ti suggeriamo', 'vi consigliamo', 'vi suggeriamo', 'notizie consigliate', 'articoli simili', 'notizie simili', 'contenuti correlati', 'articoli collegati', 'notizie collegate', 'collegati', 'correlate', 'i più visti', 'più visti', 'i più condivisi', 'più condivisi', 'i più commentati', 'ultim\'ora', 'ultimi articoli', 'ultime news', 'altri articoli', 'altre news', 'dello stesso autore', 'della stessa categoria', 'sullo stesso tema', 'non perdere', 'da leggere', 'scelti per te', 'selezionati per te', 'potresti esserti perso', 'per approfondire', 'leggi l\'approfondimento', 'leggi gli altri articoli'],
  fr: ['et videos sur le sujet', 'a voir aussi', 'lire egalement', 'lire aussi', 'à lire aussi', 'a lire aussi', 'à lire également', 'lire la suite', 'voir aussi', 'voir plus', 'sur le même sujet', 'les plus lus', 'les plus lues', 'articles similaires', 'articles liés', 'à découvrir', 'à découvrir aussi', 'vous aimerez aussi', 'vous pourriez aussi aimer', 'nos recommandations', 'dernières actualités', 'toute l\'actualité', 'ne manquez pas', 'en continu', 'sélectionné pour vous', 'à lire', 'à voir', 'à voir également', 'voir également', 'à regarder', 'à regarder aussi', 'vous pourriez aimer', 'vous aimerez peut-être', 'vous aimerez peut-être aussi', 'ceci pourrait vous intéresser', 'cela pourrait vous intéresser', 'ça pourrait vous intéresser', 'pourrait vous intéresser', 'ces articles pourraient vous intéresser', 'ces articles peuvent vous intéresser', 'à lire sur le même sujet', 'sur le même thème', 'dans la même rubrique', 'du même auteur', 'articles recommandés', 'articles suggérés', 'nos suggestions', 'recommandé pour vous', 'recommandés pour vous', 'articles connexes', 'articles associés', 'contenus associés', 'sujets associés', 'les plus partagés', 'les plus commentés', 'les plus populaires', 'les plus vus', 'les plus consultés', 'plus lus', 'plus d\'articles', 'plus d\'actualités', 'autres articles', 'autres actualités', 'dernières infos', 'dernières nouvelles', 'à ne pas manquer', 'à ne pas rater', 'ne ratez pas', 'pour aller plus loin', 'aller plus loin', 'découvrez aussi', 'découvrez également', 'notre sélection'],
  de: ['lesen sie hier', 'auch lesen', 'schon gelesen', 'zum weiterlesen', 'lesen sie auch die folgenden beitrage', 'weitere beitrage', 'weitere beitrage aus der kolumne', 'mehr themen', 'beitrage zum thema', 'das konnte sie auch interessieren', 'empfohlene beitrage', 'weiterfuhrende links', 'weiterfuhrender link', 'das thema konnte dich auch interessieren', 'das konnte dich auch interessieren', 'originalartikel', 'lesen sie auch', 'lesen sie mehr', 'mehr lesen', 'auch interessant', 'das könnte sie auch interessieren', 'das könnte sie interessieren', 'mehr zum thema', 'mehr zum thema', 'weitere artikel', 'weitere nachrichten', 'ähnliche artikel', 'verwandte artikel', 'meistgelesen', 'meistgelesene artikel', 'am meisten gelesen', 'empfehlungen', 'unsere empfehlung', 'top-themen', 'neueste artikel', 'auch lesenswert', 'zum thema', 'siehe auch', 'dazu passend', 'lesen sie dazu', 'lesen sie dazu auch', 'lesen sie mehr zum thema', 'lies auch', 'mehr dazu', 'mehr aus dem ressort', 'weitere themen', 'weitere meldungen', 'weitere news', 'weitere artikel zum thema', 'ähnliche beiträge', 'ähnliche themen', 'verwandte themen', 'passend zum thema', 'passende artikel', 'das könnte dich interessieren', 'könnte sie auch interessieren', 'könnte dich auch interessieren', 'ebenfalls interessant', 'empfohlene artikel', 'unsere empfehlungen', 'für sie empfohlen', 'empfehlungen der redaktion', 'redaktionsempfehlung', 'meistgelesene', 'meist gelesen', 'meistkommentiert', 'meistgeteilt', 'beliebteste artikel', 'top-artikel', 'neueste beiträge', 'aktuelle artikel', 'neueste nachrichten', 'nicht verpassen', 'verpassen sie nicht', 'außerdem interessant', 'weiterlesen zum thema', 'auch spannend', 'das interessiert sie vielleicht auch'],
  es: ['lea mas', 'lea', 'lea tambien', 'vea tambien', 'puedes ver', 'mira', 'mire', 'mira tambien', 'te recomendamos leer', 'lee también', 'leer también', 'lea también', 'leer más', 'te puede interesar', 'también te puede interesar', 'le puede interesar', 'noticias relacionadas', 'artículos relacionados', 'relacionado', 'relacionados', 'lo más leído', 'lo más visto', 'más leídas', 'más noticias', 'últimas noticias', 'te recomendamos', 'recomendados', 'no te pierdas', 'ver también', 'ver más', 'mira también', 'lee más', 'te podría interesar', 'le podría interesar', 'puede interesarte', 'podría interesarte', 'quizá te interese', 'quizás te interese', 'tal vez te interese', 'también te puede gustar', 'te puede gustar', 'le recomendamos', 'recomendado para ti', 'recomendados para ti', 'artículos recomendados', 'noticias recomendadas', 'artículos sugeridos', 'sugerencias', 'artículos similares', 'noticias similares', 'contenido relacionado', 'temas relacionados', 'más sobre', 'lo último', 'lo más compartido', 'lo más comentado', 'lo más popular', 'más vistas', 'más vistos', 'más leídos', 'más populares', 'otras noticias', 'otros artículos', 'más artículos', 'no te lo pierdas', 'no se pierda', 'del mismo autor', 'en la misma sección', 'sobre el mismo tema'],
  pt: ['leia também', 'leia mais', 'veja também', 'veja mais', 'saiba mais', 'notícias relacionadas', 'artigos relacionados', 'relacionadas', 'mais lidas', 'mais lidos', 'mais vistos', 'você também pode gostar', 'pode te interessar', 'pode interessar', 'recomendados', 'últimas notícias', 'não perca', 'mais notícias', 'leia ainda', 'leia a seguir', 'ler também', 'ler mais', 'veja ainda', 'vê também', 'ver também', 'ver mais', 'pode interessar-lhe', 'pode interessar-te', 'pode lhe interessar', 'você pode gostar', 'também pode gostar', 'talvez você goste', 'talvez te interesse', 'recomendamos', 'recomendado para você', 'recomendados para você', 'artigos recomendados', 'notícias recomendadas', 'artigos sugeridos', 'sugestões', 'artigos semelhantes', 'notícias semelhantes', 'conteúdo relacionado', 'matérias relacionadas', 'mais partilhadas', 'mais compartilhadas', 'mais comentadas', 'mais populares', 'mais recentes', 'outras notícias', 'outros artigos', 'mais artigos', 'não deixe de ler', 'do mesmo autor', 'na mesma secção', 'na mesma seção', 'sobre o mesmo tema', 'em destaque'],
  pl: ['dowiedz sie wiecej', 'czytaj także', 'czytaj też', 'czytaj również', 'czytaj więcej', 'przeczytaj także', 'przeczytaj również', 'przeczytaj też', 'zobacz także', 'zobacz też', 'zobacz również', 'polecamy', 'polecane', 'najczęściej czytane', 'najpopularniejsze', 'powiązane artykuły', 'podobne artykuły', 'najnowsze', 'więcej informacji', 'może cię zainteresować', 'to może cię zainteresować', 'przeczytaj więcej', 'zobacz więcej', 'sprawdź też', 'sprawdź także', 'sprawdź również', 'warto przeczytać', 'polecamy również', 'polecamy także', 'polecane artykuły', 'polecane dla ciebie', 'rekomendowane', 'proponowane artykuły', 'sugerowane artykuły', 'może cię też zainteresować', 'może państwa zainteresować', 'mogą cię zainteresować', 'może ci się spodobać', 'mogą ci się spodobać', 'podobne wpisy', 'powiązane', 'powiązane tematy', 'najchętniej czytane', 'najczęściej komentowane', 'najpopularniejsze artykuły', 'najnowsze artykuły', 'najnowsze wiadomości', 'więcej artykułów', 'więcej wiadomości', 'więcej na ten temat', 'inne artykuły', 'pozostałe artykuły', 'tego samego autora', 'nie przegap', 'nie przegapcie', 'na ten sam temat'],
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

/**
 * Sponsored-content labels used by promo networks and native ads.
 * Built from labels of sponsored, promoted, partner and paid content and of advertising in each language,
 * as noun and adjective, singular and plural ("Εμπορική επικοινωνία", "Contenuto a pagamento", "Materiał
 * promocyjny").
 */
export const SPONSORED: PhraseTable = {
  en: ['sponsored', 'sponsored content', 'sponsored links', 'sponsored stories', 'promoted', 'promoted stories', 'promoted content', 'paid content', 'partner content', 'advertisement', 'ad', 'ads by', 'recommended by', 'from our partners', 'around the web', 'you may like', 'powered by', 'paid post', 'paid partnership', 'sponsored post', 'promoted by', 'presented by', 'brought to you by', 'in partnership with', 'ad feature', 'advertorial', 'partner stories', 'paid promotion', 'advertisements'],
  ro: ['publicitate', 'continut sponsorizat', 'sponsorizat', 'parteneri', 'de la partenerii nostri', 'advertorial', 'stiri din partea partenerilor', 'conținut plătit', 'material promoțional', 'promovat', 'conținut promovat', 'advertoriale', 'sponsorizate', 'conținut susținut de'],
  el: ['διαφημιση', 'χορηγουμενο', 'χορηγουμενα', 'απο τους συνεργατες μας', 'προωθημενο', 'χορηγούμενο περιεχόμενο', 'χορηγούμενη καταχώρηση', 'προωθημένο περιεχόμενο', 'εμπορική επικοινωνία', 'διαφημίσεις'],
  ar: ['إعلان', 'اعلان', 'محتوى مدفوع', 'برعاية', 'محتوى برعاية', 'إعلانات', 'إعلان ممول', 'ممول', 'محتوى ممول', 'محتوى إعلاني', 'مساحة إعلانية'],
  it: ['pubblicità', 'contenuto sponsorizzato', 'sponsorizzato', 'dai nostri partner', 'contenuti sponsorizzati', 'contenuto a pagamento', 'contenuti a pagamento', 'sponsorizzati', 'promosso da', 'contenuto promosso', 'contenuti promossi', 'informazione pubblicitaria', 'in collaborazione con'],
  fr: ['publicité', 'contenu sponsorisé', 'sponsorisé', 'de nos partenaires', 'contenus sponsorisés', 'annonce', 'contenu partenaire', 'contenus partenaires', 'publi-rédactionnel', 'publireportage', 'en partenariat avec', 'sponsorisés', 'proposé par', 'présenté par', 'annonces'],
  de: ['anzeige', 'werbung', 'gesponsert', 'sponsored', 'von unseren partnern', 'partnerinhalte', 'anzeigen', 'gesponserter inhalt', 'gesponserte inhalte', 'präsentiert von', 'in kooperation mit', 'werbeanzeige', 'paid content', 'partnerangebot', 'partner-inhalte', 'advertorial'],
  es: ['publicidad', 'contenido patrocinado', 'patrocinado', 'de nuestros socios', 'contenido de marca', 'patrocinados', 'contenido promocionado', 'promocionado', 'presentado por', 'en colaboración con', 'anuncio', 'anuncios'],
  pt: ['publicidade', 'conteúdo patrocinado', 'patrocinado', 'dos nossos parceiros', 'conteúdo de marca', 'conteúdo pago', 'patrocinados', 'oferecido por', 'em parceria com', 'anúncio', 'anúncios', 'publieditorial'],
  pl: ['reklama', 'artykuł sponsorowany', 'sponsorowane', 'materiał partnera', 'od naszych partnerów', 'materiał sponsorowany', 'materiał promocyjny', 'treści sponsorowane', 'artykuł partnera', 'materiały partnerów', 'reklamy', 'we współpracy z'],
  nl: ['advertentie', 'gesponsord'],
  ru: ['реклама', 'спонсорский материал', 'партнерский материал'],
  tr: ['reklam', 'sponsorlu'],
};

/**
 * "Follow us" bars and their networks.
 * Built from "follow us / find us / join us" in both imperatives, with the prepositions that name the
 * network after them.
 */
export const FOLLOW: PhraseTable = {
  en: ['follow us', 'follow us on', 'follow', 'join us on', 'find us on', 'like us on facebook', 'subscribe to our channel', 'get our app', 'download our app', 'follow us on social media', 'connect with us', 'stay connected', 'like us', 'join our community', 'join our channel'],
  ro: ['urmareste-ne', 'urmariti-ne', 'urmareste', 'urmareste-ne pe', 'ne gasesti pe', 'aboneaza-te la canalul', 'descarca aplicatia', 'urmăriți-ne pe', 'ne găsiți pe', 'ne găsești și pe', 'urmărește-ne și pe', 'dă like', 'intră în comunitatea', 'alătură-te comunității'],
  el: ['ακολουθηστε μας', 'ακολουθηστε', 'ακολουθηστε το', 'βρειτε μας στο', 'κατεβαστε την εφαρμογη', 'ακολουθήστε μας στο', 'ακολουθήστε μας σε', 'ακολουθήστε μας στα', 'ακολούθησέ μας', 'ακολουθήστε μας και στο', 'κάντε like'],
  ar: ['تابعونا', 'تابعنا', 'تابعونا على', 'تابعنا على', 'تابعوا', 'انضم إلينا', 'حمل التطبيق', 'تابعونا عبر', 'تابعنا عبر', 'تابعونا أيضا على', 'انضموا', 'انضم إلى قناتنا', 'اشترك في قناتنا'],
  it: ['seguici', 'seguici su', 'segui', 'unisciti a noi', 'scarica l\'app', 'seguici sui social', 'seguiteci', 'seguici anche su', 'metti mi piace', 'iscriviti al canale', 'unisciti al canale'],
  fr: ['suivez-nous', 'suivez-nous sur', 'suivre', 'rejoignez-nous', 'téléchargez l\'application', 'retrouvez-nous sur', 'rejoignez-nous sur', 'suivez-nous aussi sur'],
  de: ['folgen sie uns', 'folge uns', 'folgen sie uns auf', 'app herunterladen', 'jetzt folgen', 'folge uns auf', 'folgt uns', 'folgt uns auf', 'finden sie uns auf', 'folgen sie uns bei'],
  es: ['síguenos', 'síguenos en', 'seguir', 'únete', 'descarga la app', 'síganos', 'síganos en', 'únete a nuestro canal', 'encuéntranos en', 'síguenos también en'],
  pt: ['siga-nos', 'siga-nos no', 'siga', 'acompanhe', 'baixe o app', 'siga o', 'sigam-nos', 'siga-nos nas redes sociais', 'acompanhe-nos', 'encontre-nos', 'siga-nos também'],
  pl: ['obserwuj nas', 'obserwuj', 'śledź nas', 'dołącz do nas', 'pobierz aplikację', 'obserwuj nas na', 'obserwuj nas w', 'śledź nas na', 'polub nas', 'dołącz do nas na', 'subskrybuj nasz kanał'],
  nl: ['volg ons', 'volg ons op'],
  ru: ['подписывайтесь', 'подписывайтесь на нас', 'следите за нами', 'мы в'],
  tr: ['bizi takip edin', 'takip et'],
};

/**
 * Calls to follow the publisher somewhere else, as verbs that open such a call: "download the app",
 * "join our channel", "síguenos", "Únete", "abonnieren Sie". Only used together with a channel word
 * (CHANNELS or a network name) in a short line after the article's last paragraph.
 * Built from the verbs that open a call to follow, download, subscribe, join or watch, in both
 * imperatives.
 */
export const CALLS: PhraseTable = {
  en: ['follow', 'follow us', 'download', 'subscribe', 'join', 'join us', 'get the app', 'get our app', 'check out our', 'visit our', 'send us', 'get the latest', 'stay up to date', 'stay informed', 'install', 'sign up', 'tune in', 'listen to', 'watch'],
  ro: ['urmareste-ne', 'urmariti-ne', 'urmareste', 'descarca', 'aboneaza-te', 'alatura-te', 'intra pe', 'fii la curent', 'afla primul', 'urmăriți', 'descarcă aplicația', 'instalează', 'abonați-vă', 'înscrie-te', 'intrați pe', 'alăturați-vă'],
  el: ['ακολουθηστε', 'κατεβαστε', 'εγγραφειτε', 'γινετε μελος', 'μεινετε ενημερωμενοι', 'ακολουθήστε μας', 'κατεβάστε την εφαρμογή', 'εγγραφείτε στο', 'γραφτείτε', 'μπείτε στο'],
  ar: ['تابعونا', 'تابعنا', 'حمل', 'حملوا', 'اشترك', 'اشتركوا', 'انضم', 'انضموا', 'ابق على اطلاع', 'تابعوا', 'تابع', 'نزل', 'نزّل', 'اشترك في', 'انضم إلى'],
  it: ['seguici', 'segui', 'scarica', 'iscriviti', 'unisciti', 'resta aggiornato', 'rimani aggiornato', 'seguiteci', 'scaricate', 'iscrivetevi', 'unisciti al', 'entra nel'],
  fr: ['suivez-nous', 'suivez', 'telechargez', 'abonnez-vous', 'rejoignez-nous', 'rejoignez', 'restez informe', 'retrouvez-nous', 'inscrivez-vous', 'téléchargez l\'application', 'rejoignez notre'],
  de: ['folgen sie', 'folge uns', 'laden sie', 'abonnieren sie', 'abonniere', 'besuchen sie', 'bleiben sie informiert', 'bleib informiert', 'folgt uns', 'lade dir', 'laden sie sich', 'melden sie sich', 'abonniert'],
  es: ['siguenos', 'sigue', 'unete', 'descarga', 'descargue', 'suscribete', 'mira', 'visita', 'mantente informado', 'síganos', 'únase', 'suscríbase', 'descarga nuestra', 'sigue a'],
  pt: ['siga-nos', 'siga', 'baixe', 'inscreva-se', 'acompanhe', 'fique por dentro', 'sigam-nos', 'junte-se', 'assine', 'descarregue', 'subscreva'],
  pl: ['obserwuj', 'pobierz', 'subskrybuj', 'dolacz', 'badz na biezaco', 'obserwujcie', 'śledź', 'dołączcie', 'zapisz się', 'zasubskrybuj'],
};

/**
 * Where such calls send the reader, besides the networks in SOCIAL_NETWORKS: apps, channels, newsletters.
 * Built from the words for app, channel, newsletter and podcast, with the inflected forms the calls use.
 */
export const CHANNELS: PhraseTable = {
  en: ['app', 'apps', 'channel', 'newsletter', 'podcast', 'podcasts', 'channels', 'newsletters'],
  ro: ['aplicatia', 'aplicatie', 'canalul', 'canal', 'aplicației', 'canalului', 'newsletterul', 'podcastul', 'contul de'],
  el: ['εφαρμογη', 'καναλι', 'κανάλι μας', 'newsletter', 'podcast'],
  ar: ['التطبيق', 'تطبيق', 'قناتنا', 'قناة', 'النشرة', 'بودكاست'],
  it: ['app', 'canale', 'newsletter', 'podcast', 'canale whatsapp', 'canale telegram'],
  fr: ['application', 'appli', 'chaine', 'newsletter', 'podcast'],
  de: ['app', 'apps', 'kanal', 'newsletter', 'podcast'],
  es: ['app', 'aplicacion', 'canal', 'boletín', 'podcast', 'newsletter'],
  pt: ['app', 'aplicativo', 'canal', 'newsletter', 'podcast'],
  pl: ['aplikacje', 'aplikacja', 'kanal', 'newsletter', 'podcast'],
};

/**
 * Share buttons' labels.
 * Built from "share" as a noun (the counter: "125 distribuiri", "condivisioni") and as the verb in both
 * imperatives, alone and with its object ("Distribuie articolul", "Diesen Artikel teilen", "Comparte esta
 * noticia"); send, print, copy the link, save.
 */
export const SHARE: PhraseTable = {
  en: ['share', 'share this', 'share this article', 'share on', 'tweet', 'email', 'print', 'copy link', 'link copied', 'save', 'shares', 'share this story', 'share this post', 'share article', 'share story', 'share via', 'share with', 'email this', 'email article', 'print this', 'print article', 'copy url', 'copy the link', 'save article', 'save for later', 'bookmark', 'pin it', 'tweet this', 'gift article', 'gift this article', 'share full article'],
  ro: ['distribuie', 'distribuiti', 'partajeaza', 'trimite', 'printeaza', 'copiaza link', 'distribuiri', 'distribuie pe', 'distribuie articolul', 'distribuie știrea', 'distribuiți articolul', 'distribuire', 'partajează articolul', 'partajați', 'partajare', 'trimite pe', 'trimite prin email', 'trimite unui prieten', 'tipărește', 'imprimă', 'copiază linkul', 'copiază link-ul', 'link copiat', 'dă share', 'share'],
  el: ['κοινοποιηση', 'κοινοποιηστε', 'μοιραστειτε', 'εκτυπωση', 'αντιγραφη συνδεσμου', 'κοινοποιήσεις', 'κοινοποίησε', 'μοιράσου', 'μοιραστείτε το άρθρο', 'κοινοποιήστε το άρθρο', 'κοινοποίηση άρθρου', 'στείλτε', 'αποστολή με email', 'εκτυπώστε', 'αντιγραφή link', 'share'],
  ar: ['شارك', 'مشاركة', 'شارك على', 'طباعة', 'نسخ الرابط', 'شارك الخبر', 'شاركها', 'شارك المقال', 'شاركوا', 'مشاركة المقال', 'مشاركة الخبر', 'مشاركات', 'أرسل', 'إرسال', 'ارسل لصديق', 'اطبع', 'تم نسخ الرابط', 'انسخ الرابط'],
  it: ['condividi', 'condividi su', 'stampa', 'copia link', 'invia', 'condividi l\'articolo', 'condividi questo articolo', 'condividi la notizia', 'condivisioni', 'condividere', 'invia per email', 'invia a un amico', 'stampa l\'articolo', 'copia il link', 'link copiato', 'salva articolo', 'twitta'],
  fr: ['partager', 'partager sur', 'partagez', 'imprimer', 'copier le lien', 'envoyer', 'partager l\'article', 'partager cet article', 'partagez cet article', 'partages', 'envoyer par e-mail', 'envoyer par email', 'envoyer à un ami', 'imprimer l\'article', 'lien copié', 'tweeter'],
  de: ['teilen', 'teilen sie', 'drucken', 'link kopieren', 'per e-mail', 'artikel teilen', 'merken', 'mal geteilt', 'geteilt', 'teilen auf', 'beitrag teilen', 'seite teilen', 'diesen artikel teilen', 'teilen sie diesen artikel', 'versenden', 'per mail', 'per e-mail versenden', 'per mail teilen', 'artikel drucken', 'link kopiert', 'artikel merken', 'twittern'],
  es: ['compartir', 'comparte', 'compartir en', 'imprimir', 'copiar enlace', 'enviar', 'compartir artículo', 'comparte esta noticia', 'compartir noticia', 'comparte este artículo', 'compartir este artículo', 'enviar por correo', 'enviar por email', 'copiar link', 'enlace copiado', 'tuitear'],
  pt: ['compartilhar', 'partilhar', 'compartilhe', 'imprimir', 'copiar link', 'enviar', 'partilhe', 'partilhar artigo', 'partilhar notícia', 'compartilhe esta notícia', 'compartilhar notícia', 'partilhas', 'compartilhamentos', 'enviar por e-mail', 'copiar o link', 'link copiado', 'salvar'],
  pl: ['udostępnij', 'podziel się', 'drukuj', 'kopiuj link', 'wyślij', 'udostępnienia', 'udostępnij artykuł', 'udostępnij na', 'udostępnij wpis', 'podziel się artykułem', 'udostępnień', 'wyślij e-mailem', 'wyślij znajomemu', 'wydrukuj', 'skopiuj link', 'link skopiowany', 'zapisz artykuł', 'tweetnij'],
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

/** Words between network names in a share or follow bar: "Follow us on Facebook and Twitter" (one word each: the bar is read word by word). */
export const SHARE_FILLER: PhraseTable = {
  en: ['on', 'us', 'our', 'and', 'or', 'via'], ro: ['pe', 'noi'], el: ['στο', 'στα', 'και', 'ή'], it: ['su', 'e'],
  fr: ['sur', 'en', 'et'], de: ['auf', 'und'], es: ['en', 'y'], pt: ['em', 'no', 'na', 'nas', 'e'], pl: ['w', 'we', 'i', 'na'],
  ar: ['على', 'في', 'عبر'],
};

/** "And" written as a prefix of the next word: Arabic "وتويتر" is "and Twitter". */
export const AND_PREFIX: PhraseTable = {
  ar: ['و'],
};

/**
 * Newsletter and subscription boxes.
 * Built from newsletter and e-mail sign-up invitations: subscribe / sign up in both imperatives with
 * "newsletter", and the e-mail field's label.
 */
export const NEWSLETTER: PhraseTable = {
  en: ['newsletter', 'subscribe', 'sign up', 'sign up for', 'get our newsletter', 'our newsletter', 'enter your email', 'your email address', 'delivered to your inbox', 'support our journalism', 'become a member', 'sign up to our newsletter', 'sign up for our newsletter', 'subscribe to our newsletter', 'get the newsletter', 'join our mailing list', 'enter your email address'],
  ro: ['newsletter', 'aboneaza-te', 'abonează-te la newsletter', 'adresa de email', 'adresa ta de email', 'aboneaza-te acum', 'abonează-te la newsletterul nostru', 'înscrie-te la newsletter', 'abonare la newsletter', 'introdu adresa de email', 'adresa ta de e-mail'],
  el: ['newsletter', 'εγγραφειτε', 'εγγραφειτε στο newsletter', 'το email σας', 'συνδρομη', 'εγγραφή στο newsletter', 'εγγραφείτε στο newsletter μας', 'διεύθυνση email', 'ενημερωτικό δελτίο'],
  ar: ['النشرة الإخبارية', 'النشرة البريدية', 'اشترك', 'اشترك الآن', 'بريدك الإلكتروني', 'اشترك في النشرة', 'اشترك في نشرتنا', 'القائمة البريدية', 'أدخل بريدك الإلكتروني'],
  it: ['newsletter', 'iscriviti', 'iscriviti alla newsletter', 'la tua email', 'abbonati', 'iscriviti alla nostra newsletter', 'ricevi la newsletter', 'inserisci la tua email', 'il tuo indirizzo email'],
  fr: ['newsletter', 'lettre d\'information', 'inscrivez-vous', 'inscrivez-vous à notre newsletter', 'abonnez-vous', 'votre adresse e-mail', 'votre e-mail', 'abonnez-vous à la newsletter', 'inscrivez-vous à la newsletter', 'recevez notre newsletter', 'votre adresse email', 'lettre d\'info'],
  de: ['newsletter', 'abonnieren', 'jetzt abonnieren', 'ihre e-mail-adresse', 'newsletter bestellen', 'jetzt anmelden', 'newsletter abonnieren', 'zum newsletter anmelden', 'melden sie sich für unseren newsletter an', 'ihre e-mail'],
  es: ['newsletter', 'boletín', 'suscríbete', 'suscribirse', 'tu correo electrónico', 'recibe nuestro boletín', 'suscríbete a nuestro boletín', 'suscríbete a la newsletter', 'tu dirección de correo', 'boletín de noticias'],
  pt: ['newsletter', 'assine', 'assine a newsletter', 'inscreva-se', 'seu e-mail', 'subscreva', 'assine nossa newsletter', 'subscreva a newsletter', 'inscreva-se na newsletter', 'o seu e-mail', 'seu endereço de e-mail'],
  pl: ['newsletter', 'zapisz się', 'subskrybuj', 'twój adres e-mail', 'zaprenumeruj', 'zapisz się do newslettera', 'zapisz się na newsletter', 'subskrybuj newsletter', 'podaj adres e-mail', 'zamów newsletter'],
  nl: ['nieuwsbrief', 'abonneer', 'schrijf je in'],
  ru: ['рассылка', 'подпишитесь', 'подписаться', 'ваш email'],
  tr: ['bülten', 'abone ol'],
};

/**
 * Horoscope and zodiac vocabulary. Sign names are too ambiguous alone ("Leu", "Rac", "Toro"); these are not.
 * Built from the words for horoscope, zodiac, astrology and star sign in each language, with their
 * compounds (Tageshoroskop, Liebeshoroskop) and section names ("Astro"). Sign names are in ZODIAC_SIGNS.
 */
export const HOROSCOPE: PhraseTable = {
  en: ['horoscope*', 'zodiac*', 'astrolog*', 'star sign*', 'zodiac sign*', 'tarot', 'starsign*', 'zodiac'],
  ro: ['horoscop*', 'zodia', 'zodiac*', 'zodie*', 'zodii*', 'zodiile', 'astrolog*', 'astral*', 'tarot', 'astrele', 'previziuni astrale'],
  el: ['ωροσκοπ*', 'ζωδι*', 'αστρολογ*', 'αστρα', 'αστρολογικές προβλέψεις', 'τα άστρα'],
  ar: ['ابراج', 'الابراج', 'برجك', 'حظك اليوم', 'حظك', 'الأبراج', 'توقعات الأبراج', 'الفلك', 'فلك*', 'الطالع', 'طالعك', 'الأبراج اليومية'],
  it: ['oroscop*', 'zodiac*', 'segni zodiacali', 'astrolog*', 'branko', 'paolo fox', 'segno zodiacale', 'segni dello zodiaco'],
  fr: ['horoscope*', 'zodiaque', 'signe astrologique', 'signes astrologiques', 'astrolog*', 'signe du zodiaque', 'zodiaque*'],
  de: ['horoskop*', 'sternzeichen', 'tierkreis*', 'astrolog*', 'sternzeichen*', 'tageshoroskop*', 'wochenhoroskop*', 'monatshoroskop*', 'jahreshoroskop*', 'liebeshoroskop*'],
  es: ['horóscopo*', 'zodiaco', 'zodíaco', 'signos del zodiaco', 'signo zodiacal', 'astrolog*', 'zodiacal*'],
  pt: ['horóscopo*', 'zodíaco', 'signos', 'astrolog*', 'zodiacal'],
  pl: ['horoskop*', 'zodiak*', 'znak zodiaku', 'znaki zodiaku', 'astrolog*', 'horoskopy'],
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

/**
 * The first crumb of a breadcrumb trail.
 * Built from the home page's name in each language's breadcrumbs.
 */
export const BREADCRUMB_HOME: PhraseTable = {
  en: ['home', 'homepage', 'home page', 'front page', 'news', 'main page'],
  ro: ['prima pagina', 'acasa', 'home', 'stiri', 'pagina principală'],
  el: ['αρχικη', 'αρχικη σελιδα', 'home'],
  ar: ['الرئيسية', 'الصفحة الرئيسية', 'الرئيسيه', 'الصفحة الرئيسة'],
  it: ['home', 'homepage', 'prima pagina', 'pagina iniziale'],
  fr: ['accueil', 'home', 'page d\'accueil'],
  de: ['startseite', 'home', 'start'],
  es: ['inicio', 'portada', 'home', 'página principal'],
  pt: ['início', 'inicio', 'página inicial', 'home', 'capa', 'página principal'],
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
 * Built from the labels of published / updated dates, views and reading time, with the prepositions that
 * follow them ("publicat la", "publié le").
 */
export const ARTICLE_META: PhraseTable = {
  en: ['published', 'updated', 'posted', 'posted on', 'last updated', 'views', 'reads', 'author', 'written by', 'reading time', 'min read', 'updated on', 'published on', 'last modified', 'read time', 'minute read'],
  ro: ['publicat', 'actualizat', 'ultima actualizare', 'vizualizari', 'afisari', 'autor', 'scris de', 'timp de citire', 'publicat la', 'publicat pe', 'actualizat la', 'data publicării', 'ultima modificare', 'minute de citit', 'min de citit'],
  el: ['δημοσιευση', 'δημοσιευτηκε', 'ενημερωση', 'ενημερωθηκε', 'αναγνωσεις', 'προβολες', 'συντακτης', 'τελευταία ενημέρωση', 'χρόνος ανάγνωσης', 'λεπτά ανάγνωσης'],
  ar: ['نشر في', 'نشر', 'تاريخ النشر', 'آخر تحديث', 'تحديث', 'مشاهدات', 'المشاهدات', 'قراءات', 'الكاتب', 'نشر بتاريخ', 'محدث', 'وقت القراءة', 'دقائق قراءة'],
  it: ['pubblicato', 'aggiornato', 'ultimo aggiornamento', 'visualizzazioni', 'letture', 'autore', 'tempo di lettura', 'pubblicato il', 'aggiornato il', 'ultima modifica', 'min di lettura', 'minuti di lettura'],
  fr: ['publié', 'publie le', 'mis à jour', 'modifié', 'vues', 'lectures', 'auteur', 'temps de lecture', 'mis à jour le', 'modifié le', 'min de lecture'],
  de: ['veröffentlicht', 'publiziert', 'aktualisiert', 'zuletzt aktualisiert', 'aufrufe', 'gelesen', 'autor', 'lesezeit', 'stand', 'erstellt am', 'veröffentlicht am', 'aktualisiert am', 'zuletzt geändert', 'lesedauer'],
  es: ['publicado', 'actualizado', 'visitas', 'lecturas', 'autor', 'tiempo de lectura', 'publicado el', 'actualizado el', 'última actualización', 'min de lectura'],
  pt: ['publicado', 'atualizado', 'visualizações', 'leituras', 'autor', 'tempo de leitura', 'publicado em', 'atualizado em', 'última atualização', 'min de leitura'],
  pl: ['opublikowano', 'aktualizacja', 'zaktualizowano', 'wyświetlenia', 'odsłony', 'autor', 'czas czytania', 'ten tekst przeczytasz', 'data publikacji', 'data aktualizacji', 'min czytania'],
  nl: ['gepubliceerd', 'bijgewerkt'],
  ru: ['опубликовано', 'обновлено', 'просмотров', 'просмотры', 'автор'],
  tr: ['yayınlanma', 'güncelleme', 'okunma', 'yazar'],
};

/** Units of a reading time: "Lesezeit: 4 Minuten", "5 min read", "λεπτά", "دقائق". */
export const READING_TIME_UNITS: PhraseTable = {
  en: ['min', 'mins', 'minute*'], de: ['minute*'], it: ['minuti'], pl: ['minut*'], ro: ['minut*'], el: ['λεπτ*'], ar: ['دقيق*', 'دقائق'],
};

/**
 * Words that open a byline: "By Jane Doe", "VON Sina Giebel", "de Ion Popescu".
 * Built from the words that open a byline ("by", "written by", "a cura di", "γράφει").
 */
export const BYLINE: PhraseTable = {
  en: ['by', 'written by', 'author', 'authors', 'words by', 'reported by', 'story by', 'article by', 'authored by', 'posted by', 'contributor', 'contributors', 'interview by'], ro: ['de', 'scris de', 'autor', 'de către', 'autori'], el: ['απο', 'του', 'της', 'γραφει', 'γράφουν', 'επιμέλεια'],
  ar: ['بقلم', 'كتب', 'الكاتب', 'كتبت', 'إعداد'], it: ['di', 'a cura di', 'autore', 'scritto da'], fr: ['par', 'auteur', 'écrit par'], de: ['von', 'autor', 'autorin', 'ein beitrag von', 'geschrieben von'],
  es: ['por', 'autor', 'escrito por'], pt: ['por', 'autor', 'escrito por', 'texto de'], pl: ['autor', 'autorka', 'napisał', 'napisała'], nl: ['door'], ru: ['автор'], tr: ['yazar'],
};

/**
 * Byline labels that are also the particles of surnames ("De Luca", "Di Maio", "Von Trier", "Da Silva"):
 * before a single capitalised word they are a name, not a label. Built from the BYLINE words that
 * begin surnames in Romance, Germanic and Dutch names.
 */
export const SURNAME_PARTICLES: PhraseTable = {
  ro: ['de'], it: ['di', 'da', 'de'], fr: ['de', 'du'], de: ['von'], es: ['de', 'del'], pt: ['de', 'da', 'do'], nl: ['van', 'de'],
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

/**
 * Widgets under an article: feedback questions, "load more", tag lists, author boxes, image credits.
 * Built from the questions under an article asking whether it helped or pleased, in both forms of
 * address.
 */
export const FEEDBACK: PhraseTable = {
  en: ['we want to hear what you think about this article', 'no ratings yet', 'if you enjoyed reading this post', 'was this article helpful', 'was this helpful', 'did you find this article useful', 'rate this article', 'how useful was this post', 'did you like this article', 'did you enjoy this article', 'how would you rate this article'],
  ro: ['ti-a fost util acest articol', 'a fost util acest articol', 'evalueaza articolul', 'cum ti s-a parut articolul', 'ți-a plăcut articolul', 'v-a fost util acest articol', 'a fost util acest articol?'],
  el: ['σας φανηκε χρησιμο', 'ηταν χρησιμο αυτο το αρθρο', 'βαθμολογηστε το αρθρο', 'σας άρεσε το άρθρο', 'σου άρεσε το άρθρο'],
  ar: ['هل كان هذا المقال مفيدا', 'هل كان المقال مفيدا', 'قيم المقال', 'هل أعجبك المقال', 'هل أعجبك الخبر'],
  it: ['ti e stato utile questo articolo', 'questo articolo ti e stato utile', 'valuta questo articolo', 'ti è piaciuto questo articolo', 'ti è piaciuto l\'articolo', 'vi è piaciuto l\'articolo'],
  fr: ['cet article vous a-t-il ete utile', 'cet article vous a ete utile', 'notez cet article', 'cet article vous a plu', 'avez-vous aimé cet article', 'cet article vous a-t-il plu'],
  de: ['artikel gefallen', 'artikel gefallen? vergiss nicht zu teilen', 'hat ihnen der artikel gefallen', 'noch keine bewertungen', 'hier konnen sie den artikel bewerten', 'war der artikel nutzlich', 'war dieser artikel hilfreich', 'war der beitrag hilfreich', 'wie hilfreich war dieser artikel', 'artikel bewerten', 'mochten sie den artikel teilen', 'wie hat ihnen der artikel gefallen', 'wie gefällt ihnen dieser artikel', 'hat dir der artikel gefallen'],
  es: ['valora esta noticia', 'valora este articulo', 'te ha sido util este articulo', 'fue util este articulo', 'valora este articulo', 'te ha gustado este artículo', 'te gustó este artículo', 'le ha resultado útil este artículo'],
  pt: ['este artigo foi util', 'esse artigo foi util', 'avalie este artigo', 'gostou deste artigo', 'gostou desta notícia', 'este artigo foi útil para si'],
  pl: ['czy ten artykul byl pomocny', 'czy artykul byl pomocny', 'ocen artykul', 'czy artykuł ci się podobał', 'podobał ci się artykuł', 'oceń ten artykuł'],
};

/** Built from paging buttons: load / show more, next and previous article or story, back to top. */
export const LOAD_MORE: PhraseTable = {
  en: ['load more', 'show more', 'more articles', 'view more', 'next article', 'previous article', 'back to top', 'load more stories', 'load more articles', 'show more stories', 'next story', 'previous story', 'next post', 'previous post', 'older posts', 'newer posts', 'scroll to top'],
  ro: ['incarca mai mult', 'incarca mai multe', 'arata mai mult', 'articolul urmator', 'articolul anterior', 'inapoi sus', 'încarcă mai multe articole', 'vezi mai multe articole', 'articol următor', 'articol anterior', 'pagina următoare', 'pagina anterioară'],
  el: ['φορτωση περισσοτερων', 'περισσοτερα αρθρα', 'επομενο αρθρο', 'προηγουμενο αρθρο', 'δείτε περισσότερα', 'επόμενο', 'προηγούμενο', 'επιστροφή στην αρχή', 'πίσω στην κορυφή'],
  ar: ['تحميل المزيد', 'عرض المزيد', 'المقال التالي', 'المقال السابق', 'عرض المزيد من الأخبار', 'الخبر التالي', 'الخبر السابق', 'العودة إلى الأعلى', 'للأعلى'],
  it: ['carica altri', 'mostra altro', 'articolo successivo', 'articolo precedente', 'torna su', 'carica altro', 'carica altri articoli', 'mostra di più', 'articolo seguente', 'torna all\'inizio', 'torna in alto'],
  fr: ['charger plus', 'voir plus d\'articles', 'article suivant', 'article precedent', 'retour en haut', 'afficher plus', 'charger plus d\'articles', 'haut de page', 'retour en haut de page'],
  de: ['mehr laden', 'weitere inhalte laden', 'lade weitere inhalte', 'mehr anzeigen', 'nachster artikel', 'vorheriger artikel', 'nach oben', 'mehr artikel laden', 'weitere artikel laden', 'nächster beitrag', 'vorheriger beitrag', 'zurück nach oben'],
  es: ['cargar mas', 'ver mas noticias', 'articulo siguiente', 'articulo anterior', 'volver arriba', 'cargar más noticias', 'mostrar más', 'siguiente artículo', 'noticia siguiente', 'noticia anterior', 'ir arriba'],
  pt: ['carregar mais', 'ver mais noticias', 'proximo artigo', 'artigo anterior', 'voltar ao topo', 'carregar mais notícias', 'mostrar mais', 'artigo seguinte', 'próxima notícia', 'notícia anterior'],
  pl: ['zaladuj wiecej', 'pokaz wiecej', 'nastepny artykul', 'poprzedni artykul', 'do gory', 'więcej artykułów', 'następny wpis', 'poprzedni wpis', 'wróć na górę'],
};

/**
 * Labels of tag lists and of "about the author" boxes.
 * Built from the labels of tag and topic lists in each language.
 */
export const TAGS: PhraseTable = {
  en: ['tags', 'tagged', 'topics', 'filed under', 'categories', 'category', 'keywords', 'this entry was posted in', 'posted in', 'tagged with', 'related topics'],
  ro: ['etichete', 'taguri', 'tag-uri', 'subiecte', 'categorii', 'cuvinte cheie', 'teme', 'tag'],
  el: ['ετικετες', 'tags', 'κατηγοριες', 'λεξεις κλειδια', 'θέματα', 'λέξεις-κλειδιά'],
  ar: ['الوسوم', 'وسوم', 'الكلمات المفتاحية', 'كلمات مفتاحية', 'التصنيفات', 'الكلمات الدلالية', 'كلمات دلالية', 'وسم'],
  it: ['tag', 'argomenti', 'categorie', 'parole chiave', 'tags', 'temi', 'etichette'],
  fr: ['mots-cles', 'tags', 'themes', 'categories', 'sujets', 'mots clés', 'étiquettes', 'thématiques'],
  de: ['schlagworter', 'schlagwort', 'tags', 'themen', 'kategorien', 'abgelegt unter', 'stichwörter', 'stichworte'],
  es: ['etiquetas', 'temas', 'categorias', 'palabras clave', 'tags'],
  pt: ['etiquetas', 'tags', 'temas', 'categorias', 'palavras-chave', 'tópicos', 'assuntos'],
  pl: ['tagi', 'tematy', 'kategorie', 'slowa kluczowe', 'etykiety'],
  ru: ['теги', 'метки', 'рубрики'],
};

/** Built from "about the author" in the masculine and the feminine. */
export const ABOUT_AUTHOR: PhraseTable = {
  en: ['about the author', 'about author', 'about me', 'author bio', 'the author', 'about the writer', 'about the reporter'],
  ro: ['despre autor', 'despre mine', 'autorul', 'despre autoare', 'autoarea'],
  el: ['σχετικα με τον συγγραφεα', 'για τον συγγραφεα', 'ο συγγραφεας', 'για τη συγγραφέα', 'σχετικά με τον συντάκτη', 'ο συντάκτης'],
  ar: ['عن الكاتب', 'حول الكاتب', 'نبذة عن الكاتب', 'عن المؤلف', 'عن الكاتبة', 'نبذة عن المؤلف'],
  it: ['l\'autore', 'sull\'autore', 'chi sono', 'autore', 'l\'autrice', 'sull\'autrice', 'chi è l\'autore'],
  fr: ['a propos de l\'auteur', 'l\'auteur', 'a propos de moi', 'à propos de l\'autrice', 'l\'autrice', 'qui est l\'auteur'],
  de: ['uber den autor', 'uber die autorin', 'uber mich', 'zum autor', 'zur autorin', 'der autor', 'die autorin', 'über unseren autor'],
  es: ['sobre el autor', 'acerca del autor', 'sobre mi', 'sobre la autora', 'acerca de la autora'],
  pt: ['sobre o autor', 'sobre a autora', 'sobre mim', 'quem é o autor'],
  pl: ['o autorze', 'o autorce', 'o mnie', 'kim jest autor'],
};

/** Photo agencies, for credit lines under pictures. */
export const PHOTO_CREDITS: readonly string[] = [
  'shutterstock', 'getty images', 'gettyimages', 'istock', 'istockphoto', 'adobe stock', 'adobestock', 'dpa', 'picture alliance',
  'picture-alliance', 'imago', 'reuters', 'afp', 'ap photo', 'associated press', 'epa', 'profimedia', 'inquam', 'agerpres',
  'ansa', 'lapresse', 'unsplash', 'pixabay', 'pexels', 'depositphotos', 'dreamstime', 'alamy', 'eurokinissi', 'intime',
  'keystone', 'efe', 'europa press', 'anadolu', 'wikimedia commons', 'wenn.com', 'istock.com', 'telam', 'foto', 'photo', 'bild', 'φωτο', 'φωτογραφια', 'صورة',
];

/**
 * Copyright lines: "© 2020 …", "All rights reserved" in every supported language.
 * Built from the copyright and reproduction notices of each language's sites.
 */
export const COPYRIGHT: PhraseTable = {
  en: ['copyright*', 'written permission', 'is not responsible for the opinions', 'advertising disclaimer', '©', 'all rights reserved', 'copyright'], ro: ['toate drepturile rezervate', 'drepturi rezervate', 'toate drepturile sunt rezervate', 'reproducerea integrală sau parțială'],
  el: ['με επιφυλαξη παντος δικαιωματος', 'ολα τα δικαιωματα διατηρουνται', 'απαγορεύεται η αναδημοσίευση', 'με την επιφύλαξη παντός δικαιώματος'], ar: ['جميع الحقوق محفوظة', 'حقوق النشر', 'الحقوق محفوظة', 'كافة الحقوق محفوظة', 'حقوق الطبع والنشر محفوظة'],
  it: ['tutti i diritti riservati', 'riproduzione riservata', 'riproduzione vietata', 'riproduzione riservata ©'], fr: ['tous droits reserves', 'droits reserves', 'tous droits de reproduction réservés', 'reproduction interdite'],
  de: ['alle rechte vorbehalten', 'urheberrecht', 'alle rechte vorbehalten.', 'nachdruck verboten'], es: ['todos los derechos reservados', 'derechos reservados', 'prohibida su reproducción', 'prohibida la reproducción'],
  pt: ['todos os direitos reservados', 'direitos reservados', 'é proibida a reprodução', 'proibida a reprodução'], pl: ['wszelkie prawa zastrzezone', 'material chroniony prawem', 'wszystkie prawa zastrzeżone', 'kopiowanie zabronione'],
  ru: ['все права защищены'],
};

/**
 * Paywall and "continue reading" teasers.
 * Built from "continue reading", "read the whole article", "subscribe to read" in both imperatives.
 */
export const PAYWALL: PhraseTable = {
  en: ['to view the full story', 'please subscribe', 'already a subscriber', 'subscribe now', 'continue reading', 'subscribe to continue reading', 'to read the full article', 'read the full story', 'subscribers only', 'read the full article', 'keep reading', 'subscribe to read'],
  ro: ['continua lectura', 'citeste articolul integral', 'abonati-va pentru a citi', 'doar pentru abonati', 'citește tot articolul', 'citește continuarea pe', 'conținut exclusiv pentru abonați'],
  el: ['συνεχεια αναγνωσης', 'διαβαστε ολο το αρθρο', 'μονο για συνδρομητες', 'συνεχίστε την ανάγνωση', 'διαβάστε τη συνέχεια', 'γίνετε συνδρομητής'],
  ar: ['تابع القراءة', 'اقرأ المقال كاملا', 'للمشتركين فقط', 'أكمل القراءة', 'تابع القراءة على', 'اشترك الآن لمتابعة القراءة'],
  it: ['continua a leggere', 'leggi l\'articolo completo', 'riservato agli abbonati', 'continua a leggere su', 'leggi tutto', 'abbonati per leggere'],
  fr: ['pour lire la suite', 'lire la suite', 'reserve aux abonnes', 'la suite est reservee aux abonnes', 'lire l\'article complet', 'abonnez-vous pour lire la suite', 'article réservé aux abonnés'],
  de: ['weiterlesen', 'jetzt weiterlesen', 'mehr lesen mit', 'nur fur abonnenten', 'lesen sie den ganzen artikel', 'jetzt abonnieren und weiterlesen', 'artikel weiterlesen', 'mit abo weiterlesen'],
  es: ['hazte miembro', 'cancela cuando quieras', 'suscribete ahora', 'sigue leyendo', 'seguir leyendo', 'solo para suscriptores', 'lee el articulo completo', 'continúa leyendo', 'lee la noticia completa', 'suscríbete para seguir leyendo'],
  pt: ['continue lendo', 'continuar a ler', 'exclusivo para assinantes', 'leia a materia completa', 'continue a ler', 'leia mais em', 'assine para continuar lendo'],
  pl: ['czytaj dalej', 'ten tekst przeczytasz', 'tylko dla subskrybentow', 'przeczytaj caly artykul', 'przeczytaj cały tekst', 'czytaj całość', 'wykup dostęp'],
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

/** Words that mark a credit when a colon or dash follows: "Foto: dpa", "Photo – Reuters", "صورة: …". */
export const CREDIT_MARKS: PhraseTable = {
  en: ['photo', 'credit'], de: ['bild', 'foto'], it: ['foto'], ro: ['foto'], el: ['φωτο'], ar: ['صورة'],
};

/** "Photograph by …", "Bild via …": the word between a credit label and its source. */
export const CREDIT_BY: PhraseTable = {
  en: ['by', 'via'],
};

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

/**
 * Labels that say a date printed by the headline is when the article was changed, not first
 * published ("Updated", "Last modified", "Actualizat", "Ενημερώθηκε", "آخر تحديث"): a line with a
 * published date and an updated one gives the published one. Built from the update labels of
 * ARTICLE_META, with their inflected and prefixed forms in each language.
 */
export const UPDATED_LABELS: PhraseTable = {
  en: ['updated', 'last updated', 'updated on', 'updated at', 'last modified', 'modified', 'revised', 'last reviewed', 'reviewed'],
  ro: ['actualizat', 'actualizat la', 'actualizat pe', 'ultima actualizare', 'ultima modificare', 'modificat'],
  el: ['ενημερωση', 'ενημερωθηκε', 'τελευταια ενημερωση', 'ανανεωθηκε', 'τροποποιηθηκε'],
  ar: ['آخر تحديث', 'تحديث', 'تم التحديث', 'محدث', 'عدل في'],
  it: ['aggiornato', 'aggiornato il', 'aggiornata', 'ultimo aggiornamento', 'ultima modifica', 'modificato'],
  fr: ['mis à jour', 'mis à jour le', 'mise à jour', 'modifié', 'modifié le', 'actualisé'],
  de: ['aktualisiert', 'aktualisiert am', 'zuletzt aktualisiert', 'zuletzt geändert', 'geändert', 'stand'],
  es: ['actualizado', 'actualizado el', 'última actualización', 'modificado'],
  pt: ['atualizado', 'atualizado em', 'última atualização', 'modificado', 'actualizado'],
  pl: ['aktualizacja', 'zaktualizowano', 'data aktualizacji', 'zmodyfikowano'],
  nl: ['bijgewerkt', 'laatst bijgewerkt', 'gewijzigd', 'aangepast'],
  ru: ['обновлено', 'обновлен', 'обновление', 'изменено'],
  tr: ['güncelleme', 'güncellendi', 'son güncelleme', 'güncellenme'],
};

/**
 * Labels of the date an article was first published ("Published", "Posted on", "Publicat",
 * "Δημοσιεύθηκε", "نشر في", "Veröffentlicht am"): on a line with several dates the labelled one is the
 * publication date. Built from the publication labels of ARTICLE_META, with their prepositions.
 */
export const PUBLISHED_LABELS: PhraseTable = {
  en: ['published', 'published on', 'posted', 'posted on', 'first published', 'originally published'],
  ro: ['publicat', 'publicat la', 'publicat pe', 'publicat în', 'data publicării'],
  el: ['δημοσιευση', 'δημοσιευτηκε', 'δημοσιευθηκε', 'αναρτηθηκε'],
  ar: ['نشر في', 'نشر', 'تاريخ النشر', 'نشر بتاريخ', 'نُشر'],
  it: ['pubblicato', 'pubblicato il', 'pubblicata', 'data di pubblicazione'],
  fr: ['publié', 'publié le', 'publiée', 'date de publication'],
  de: ['veröffentlicht', 'veröffentlicht am', 'publiziert', 'erschienen', 'erstellt am'],
  es: ['publicado', 'publicado el', 'publicada', 'fecha de publicación'],
  pt: ['publicado', 'publicado em', 'publicada', 'data de publicação'],
  pl: ['opublikowano', 'data publikacji', 'publikacja'],
  nl: ['gepubliceerd', 'gepubliceerd op', 'geplaatst', 'geplaatst op'],
  ru: ['опубликовано', 'опубликован', 'дата публикации'],
  tr: ['yayınlanma', 'yayınlandı', 'yayın tarihi'],
};

/**
 * Words in class names and ids ("c-comments__list", "articole-recomandari", "cookie-consent"), per
 * language: markup is written in the site's language too. Matched whole against the words of a
 * class or id (split on -, _ and camelCase).
 */
export const COMMENT_MARKUP: PhraseTable = {
  en: ['comment', 'comments', 'commentlist', 'commentlists', 'respond', 'replies'], ro: ['comentarii'], es: ['comentarios'],
  it: ['commenti'], de: ['kommentare'], pl: ['komentarze'], fr: ['commentaires'],
};

/** Class words of a live blog or a match's running commentary: "comments" there is the article itself. */
export const LIVE_MARKUP: PhraseTable = {
  en: ['live', 'liveblog', 'ticker', 'match', 'minute', 'commentary'], de: ['liveticker'],
};

export const RELATED_MARKUP: PhraseTable = {
  en: ['related', 'recommended', 'recommendations', 'promo', 'promoted', 'sponsored', 'mostread', 'popular', 'trending', 'readalso', 'partner', 'partners'],
  ro: ['recomandari', 'citestesi'],
};

/** Cookie and consent banners, with the data-protection law's acronym in German (dsgvo), Romance languages (rgpd) and Polish (rodo). */
export const CONSENT_MARKUP: PhraseTable = {
  en: ['cookie', 'cookies', 'cookiebanner', 'cookienotice', 'cookieconsent', 'consent', 'gdpr'], de: ['dsgvo'], fr: ['rgpd'], pl: ['rodo'],
};

export const SHARE_MARKUP: PhraseTable = {
  en: ['share', 'sharing', 'sharebar', 'shares', 'sharethis', 'addthis', 'addtoany', 'a2a', 'shareaholic', 'sharedaddy', 'likes', 'social', 'socials', 'follow', 'newsletter', 'subscribe', 'subscription', 'breadcrumb', 'breadcrumbs'],
};

/** Parts of an author box's class or id, matched anywhere in it ("c-author-box", "autorbox"). */
export const AUTHOR_BOX_MARKUP: PhraseTable = {
  en: ['author-box', 'authorbox', 'author_box', 'author-bio', 'authorbio', 'author_bio', 'about-author', 'aboutauthor', 'about-the-author', 'author-info', 'authorinfo', 'author_info', 'author-card', 'bio-box', 'biobox'],
  de: ['autor-box', 'autorbox'],
};

/** Class and id words of the element that holds a byline's names ("c-byline", "author-name", "autore"), matched whole. */
export const BYLINE_MARKUP: PhraseTable = {
  en: ['byline', 'author', 'authors', 'writer'], ro: ['autor'], it: ['autore'], fr: ['auteur'], de: ['autor'], es: ['autor'], pt: ['autor'], pl: ['autor'],
};

/**
 * Path segments of an author's page ("/author/jane-doe", "/autori/ion-popescu", "/blog/authors/x"): a
 * link there whose text is a name is the byline. Built from the words for author, writer, contributor
 * and journalist, singular and plural, that CMSs and news sites use in their addresses. Matched whole.
 */
export const AUTHOR_PATHS: PhraseTable = {
  en: ['author', 'authors', 'writer', 'writers', 'contributor', 'contributors', 'columnist', 'columnists', 'journalist', 'journalists', 'byline', 'staff'],
  ro: ['autor', 'autori', 'autorul', 'jurnalist', 'jurnalisti', 'redactor'], el: ['syntaktis', 'syntaktes', 'arthografos', 'suntaktis'],
  ar: ['writer', 'kateb', 'katib'], it: ['autore', 'autori', 'firma', 'firme', 'giornalista', 'redazione'], fr: ['auteur', 'auteurs', 'journaliste', 'journalistes', 'signature'],
  de: ['autor', 'autoren', 'autorin', 'redakteur', 'redaktion'], es: ['autor', 'autores', 'autora', 'periodista'], pt: ['autor', 'autores', 'autora', 'colunista'],
  pl: ['autor', 'autorzy', 'redaktor'], nl: ['auteur', 'auteurs', 'redacteur'], ru: ['avtor', 'avtory', 'authors'], tr: ['yazar', 'yazarlar'],
};

/**
 * Path segments of the page of a person or a tag, not a section front ("/autor/ion-popescu",
 * "/tag/buget"): a kicker link there is a byline or a tag. Matched whole, case aside.
 */
export const PERSON_AND_TAG_PATHS: PhraseTable = {
  en: ['author', 'authors', 'people', 'profile', 'user', 'tag', 'tags'], ro: ['autor', 'autori'], it: ['autore', 'autori'], fr: ['auteur'],
  de: ['autor'], es: ['autor'], pt: ['autor'], pl: ['autor'],
};

/**
 * The twelve zodiac signs' names, per language, in the forms teasers use (nominative and inflected:
 * "Berbecii", "του Κριού", "Barana"), that have no everyday meaning: "Berbec", "Υδροχόος", "Sagittarius".
 * A sign's name counts only with horoscope context in its language (see core/rules/horoscope-signs.ts):
 * another sign, a word of fortune (HOROSCOPE_FORTUNE), a day or a date (HOROSCOPE_PERIOD). Built from
 * each language's sign names as its big news sites' horoscope sections print them; the forms that are
 * everyday words too are in ZODIAC_SIGNS_EVERYDAY.
 */
export const ZODIAC_SIGNS: PhraseTable = {
  ro: ['berbec', 'berbecul', 'berbecului', 'berbeci', 'berbecii', 'berbecilor', 'fecioarele', 'fecioarelor', 'scorpionului', 'scorpionilor', 'sagetator', 'sagetatorul', 'sagetatorului', 'sagetatori', 'sagetatorii', 'sagetatorilor', 'capricorn', 'capricornul', 'capricornului', 'capricorni', 'capricornii', 'capricornilor', 'varsator', 'varsatorul', 'varsatorului', 'varsatori', 'varsatorii', 'varsatorilor'],
  el: ['κριος', 'κριου', 'κριε', 'κριοι', 'ταυρε', 'διδυμε', 'καρκινε', 'παρθενε', 'παρθενοι', 'ζυγε', 'σκορπιε', 'σκορπιοι', 'τοξοτης', 'τοξοτη', 'τοξοτες', 'αιγοκερως', 'αιγοκερω', 'αιγοκερε', 'αιγοκεροι', 'υδροχοος', 'υδροχοου', 'υδροχοε', 'υδροχοοι', 'ιχθυες', 'ιχθυων', 'ιχθυ'],
  ar: ['الجوزاء'],
  it: ['ariete', 'arieti', 'sagittario', 'capricorno'],
  en: ['aries', 'geminis', 'cancerians', 'leos', 'virgo', 'virgos', 'libras', 'scorpios', 'sagittarius', 'sagittarians', 'capricorn', 'capricorns', 'aquarius', 'aquarians', 'pisces'],
  fr: ['belier', 'beliers', 'sagittaire', 'sagittaires', 'capricorne', 'capricornes', 'verseau', 'verseaux'],
  de: ['widder'],
  es: ['aries', 'geminis', 'virgo', 'escorpio', 'sagitario', 'capricornio', 'piscis'],
  pt: ['aries', 'sagitario', 'capricornio'],
  pl: ['koziorozec', 'koziorozca', 'koziorozcu', 'koziorozce', 'wodnik', 'wodnika', 'wodniku', 'wodniki'],
};

/**
 * The signs' names that are also everyday words or names: the currency leu, cancer, twins, the
 * Virgin, a balance of trade, a bull, Assad ("الأسد"), Pope Leo, Google Gemini, fish. They count only
 * next to another sign or a word of fortune, never with just a date: "Leul, în scădere azi" is news.
 * Arabic names the sign unambiguously as "برج …" ("برج الأسد").
 */
export const ZODIAC_SIGNS_EVERYDAY: PhraseTable = {
  ro: ['taur', 'taurul', 'taurului', 'tauri', 'taurii', 'taurilor', 'gemeni', 'gemenii', 'gemenilor', 'rac', 'racul', 'racului', 'raci', 'racii', 'racilor', 'leu', 'leul', 'leului', 'leii', 'leilor', 'fecioara', 'fecioarei', 'balanta', 'balantei', 'balantele', 'balantelor', 'scorpion', 'scorpionul', 'scorpioni', 'scorpionii', 'pesti', 'pestii', 'pestilor'],
  el: ['ταυρος', 'ταυρου', 'ταυροι', 'διδυμοι', 'διδυμων', 'διδυμος', 'καρκινος', 'καρκινου', 'καρκινοι', 'λεων', 'λεοντα', 'λεοντος', 'λεοντες', 'παρθενος', 'παρθενου', 'ζυγος', 'ζυγου', 'ζυγοι', 'σκορπιος', 'σκορπιου'],
  ar: ['الحمل', 'الثور', 'السرطان', 'الأسد', 'العذراء', 'الميزان', 'العقرب', 'القوس', 'الجدي', 'الدلو', 'الحوت'],
  it: ['toro', 'gemelli', 'cancro', 'leone', 'vergine', 'bilancia', 'scorpione', 'acquario', 'pesci'],
  en: ['taurus', 'gemini', 'cancer', 'leo', 'libra', 'scorpio'],
  fr: ['taureau', 'taureaux', 'gemeaux', 'cancer', 'lion', 'lions', 'vierge', 'vierges', 'balance', 'balances', 'scorpion', 'scorpions', 'poissons'],
  de: ['stier', 'stiere', 'zwillinge', 'zwilling', 'krebs', 'krebse', 'lowe', 'lowen', 'jungfrau', 'jungfrauen', 'waage', 'waagen', 'skorpion', 'skorpione', 'schutze', 'schutzen', 'steinbock', 'steinbocke', 'wassermann', 'wassermanner', 'fische'],
  es: ['tauro', 'cancer', 'leo', 'libra', 'escorpion', 'acuario'],
  pt: ['carneiro', 'touro', 'gemeos', 'cancer', 'caranguejo', 'leao', 'virgem', 'libra', 'balanca', 'escorpiao', 'aquario', 'peixes'],
  pl: ['baran', 'barana', 'baranie', 'barany', 'byk', 'byka', 'byku', 'byki', 'bliznieta', 'blizniat', 'bliznietom', 'rak', 'raka', 'raku', 'raki', 'lew', 'lwa', 'lwie', 'lwy', 'panna', 'panny', 'pannie', 'waga', 'wagi', 'wadze', 'skorpion', 'skorpiona', 'skorpionie', 'skorpiony', 'strzelec', 'strzelca', 'strzelcu', 'strzelcy', 'ryby', 'ryb', 'rybom'],
};

/**
 * Words of fortune that make a sign's name a horoscope: luck, the stars, predictions, the planets,
 * "natives" of a sign, a full moon. Built from the words horoscope teasers on each language's news
 * sites use next to the sign, leaving out words that news uses as often elsewhere (love, money, health).
 */
export const HOROSCOPE_FORTUNE: PhraseTable = {
  ro: ['noroc', 'norocul', 'norocosi', 'norocoase', 'norocoasa', 'ghinion', 'astre', 'astrele', 'astrelor', 'nativii', 'nativi', 'nativilor', 'retrograd', 'mercur retrograd', 'luna plina', 'luna noua', 'planetele'],
  el: ['τυχη', 'τυχερος', 'τυχεροι', 'τυχερα', 'τυχερες', 'γκαντεμια', 'αστρα', 'αστρων', 'πλανητες', 'αναδρομος', 'αναδρομου', 'πανσεληνος', 'πανσεληνου', 'νεα σεληνη'],
  ar: ['حظ', 'الحظ', 'حظوظ', 'محظوظ', 'المحظوظ', 'النجوم', 'الكواكب', 'مواليد', 'البدر', 'القمر الجديد'],
  it: ['fortuna', 'fortunati', 'fortunato', 'fortunata', 'sfortuna', 'stelle', 'pianeti', 'retrogrado', 'luna piena', 'luna nuova', 'nati sotto il segno'],
  en: ['luck', 'lucky', 'unlucky', 'luckiest', 'the stars', 'stars say', 'planets', 'retrograde', 'full moon', 'new moon'],
  fr: ['chanceux', 'malchance', 'astres', 'planetes', 'retrograde', 'pleine lune', 'nouvelle lune', 'natifs'],
  de: ['gluck', 'gluckspilz', 'gluckspilze', 'pech', 'sterne', 'planeten', 'ruecklaufig', 'rucklaufig', 'vollmond', 'neumond', 'geborene'],
  es: ['suerte', 'afortunados', 'afortunado', 'afortunada', 'astros', 'planetas', 'retrogrado', 'luna llena', 'luna nueva', 'nativos'],
  pt: ['sorte', 'azar', 'sortudos', 'astros', 'planetas', 'retrogrado', 'lua cheia', 'lua nova', 'nativos'],
  pl: ['szczescie', 'szczescia', 'pech', 'pecha', 'gwiazdy', 'przepowiednia', 'przepowiednie', 'planety', 'retrogradacja', 'retrogradny', 'pelnia', 'now ksiezyca'],
};

/**
 * Days and dates that, next to an unambiguous sign's name, make a horoscope teaser ("Berbec, 13
 * martie", "Κριός: αυτή την εβδομάδα", "Sagittarius this week"): today, tomorrow, this week, this
 * month, the weekend, and the month names as dates print them.
 */
export const HOROSCOPE_PERIOD: PhraseTable = {
  ro: ['azi', 'astazi', 'maine', 'saptamana aceasta', 'saptamana asta', 'saptamana viitoare', 'luna aceasta', 'luna asta', 'weekend', 'weekendul', 'ianuarie', 'februarie', 'martie', 'aprilie', 'iunie', 'iulie', 'august', 'septembrie', 'octombrie', 'noiembrie', 'decembrie'],
  el: ['σημερα', 'αυριο', 'αυτη την εβδομαδα', 'την εβδομαδα', 'εβδομαδα', 'εβδομαδας', 'εβδομαδιαιες', 'μηνα', 'του μηνα', 'σαββατοκυριακο', 'ιανουαριου', 'φεβρουαριου', 'μαρτιου', 'απριλιου', 'μαιου', 'ιουνιου', 'ιουλιου', 'αυγουστου', 'σεπτεμβριου', 'οκτωβριου', 'νοεμβριου', 'δεκεμβριου'],
  ar: ['اليوم', 'غدا', 'هذا الاسبوع', 'الاسبوع', 'الاسبوعيه', 'اليوميه', 'الشهر', 'الشهريه', 'يناير', 'فبراير', 'مارس', 'ابريل', 'مايو', 'يونيو', 'يوليو', 'اغسطس', 'سبتمبر', 'اكتوبر', 'نوفمبر', 'ديسمبر'],
  it: ['oggi', 'domani', 'questa settimana', 'settimana', 'settimanale', 'del mese', 'weekend', 'fine settimana', 'gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  en: ['today', 'tomorrow', 'this week', 'next week', 'weekly', 'this month', 'monthly', 'weekend', 'daily', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  fr: ['aujourd\'hui', 'demain', 'cette semaine', 'semaine', 'hebdomadaire', 'ce mois-ci', 'du mois', 'week-end', 'janvier', 'fevrier', 'mars', 'avril', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'],
  de: ['heute', 'morgen', 'diese woche', 'woche', 'wochenende', 'monat', 'januar', 'februar', 'marz', 'april', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  es: ['hoy', 'manana', 'esta semana', 'semana', 'semanal', 'este mes', 'del mes', 'fin de semana', 'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  pt: ['hoje', 'amanha', 'esta semana', 'semana', 'semanal', 'este mes', 'do mes', 'fim de semana', 'janeiro', 'fevereiro', 'marco', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  pl: ['dzis', 'dzisiaj', 'jutro', 'w tym tygodniu', 'tydzien', 'tygodniowy', 'miesiac', 'weekend', 'stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'wrzesnia', 'pazdziernika', 'listopada', 'grudnia'],
};

/**
 * The labels screen readers get on pictures and videos ("Media caption", "Image source, Getty Images",
 * "Pie de foto, …"): a short line that is one of these, or opens with one and a comma or colon, goes.
 * Built from the players and captions of big news sites in each language (the BBC's World Service
 * sites in Spanish, Portuguese, Arabic and French among them, video.js and HTML5 fallback texts).
 */
export const MEDIA_LABELS: PhraseTable = {
  en: ['media caption', 'image caption', 'video caption', 'image source', 'media source', 'image copyright', 'video source'],
  ro: ['sursa foto', 'sursa imagine', 'sursa video', 'captura video', 'foto captura'],
  el: ['πηγη φωτογραφιας', 'πηγη εικονας', 'λεζαντα φωτογραφιας', 'πηγη βιντεο'],
  ar: ['مصدر الصورة', 'صدر الصورة', 'التعليق على الصورة', 'التعليق على الفيديو', 'مصدر الفيديو'],
  it: ['didascalia', 'fonte immagine', 'fonte foto', 'fonte video'],
  fr: ['legende image', 'legende video', 'credit photo', 'source image', 'legende de la photo'],
  de: ['bildunterschrift', 'bildquelle', 'videoquelle'],
  es: ['pie de foto', 'fuente de la imagen', 'titulo del video', 'fuente del video'],
  pt: ['legenda da foto', 'legenda do video', 'credito da imagem', 'fonte da imagem'],
  pl: ['podpis zdjecia', 'zrodlo zdjecia', 'podpis wideo'],
};

/** A media player's buttons and states, as short lines that are exactly one of these. */
export const MEDIA_PLAYER: PhraseTable = {
  en: ['video player', 'play video', 'watch video', 'click to play', 'tap to play', 'play', 'pause', 'mute', 'unmute', 'replay', 'fullscreen', 'enter fullscreen', 'exit fullscreen', 'skip ad', 'now playing', 'loading video', 'video unavailable', 'this video is unavailable', 'video is loading', 'captions off', 'subtitles off', 'descriptions off', 'captions settings', 'beginning of dialog window', 'end of dialog window', 'this is a modal window'],
  ro: ['reda video', 'reda', 'pauza', 'ecran complet', 'video indisponibil', 'se incarca', 'se incarca video', 'galerie foto', 'deschide galeria'],
  el: ['αναπαραγωγη', 'αναπαραγωγη βιντεο', 'παυση', 'πληρης οθονη', 'φορτωση', 'το βιντεο δεν ειναι διαθεσιμο'],
  ar: ['تشغيل', 'تشغيل الفيديو', 'ايقاف مؤقت', 'ملء الشاشة', 'جار التحميل', 'الفيديو غير متاح'],
  it: ['riproduci', 'riproduci video', 'pausa', 'schermo intero', 'caricamento', 'caricamento video', 'video non disponibile'],
  fr: ['lire la video', 'plein ecran', 'chargement', 'chargement de la video', 'video indisponible'],
  de: ['video abspielen', 'abspielen', 'vollbild', 'wird geladen', 'video wird geladen', 'video nicht verfugbar', 'zur bildergalerie'],
  es: ['reproducir', 'reproducir video', 'pantalla completa', 'cargando', 'cargando video', 'video no disponible'],
  pt: ['reproduzir', 'reproduzir video', 'ecra inteiro', 'tela cheia', 'carregando', 'a carregar', 'video indisponivel'],
  pl: ['odtworz', 'odtworz wideo', 'pelny ekran', 'ladowanie', 'wideo niedostepne'],
};


/** Player notices that give a short line away wherever they stand in it ("Media playback is unsupported on your device"). */
export const MEDIA_NOTICES: PhraseTable = {
  en: ['media playback is unsupported on your device', 'media playback is not supported on this device', 'your browser does not support the video', 'your browser does not support html5 video', 'your browser does not support the audio', 'no compatible source was found for this media', 'the media could not be loaded', 'please enable javascript to view this video'],
  ro: ['browserul tau nu suporta', 'browserul dumneavoastra nu suporta', 'acest video nu poate fi redat'],
  el: ['το προγραμμα περιηγησης σας δεν υποστηριζει', 'δεν υποστηριζεται η αναπαραγωγη'],
  ar: ['متصفحك لا يدعم', 'لا يمكن تشغيل هذا الفيديو'],
  it: ['il tuo browser non supporta', 'impossibile riprodurre il video'],
  fr: ['votre navigateur ne prend pas en charge', 'votre navigateur ne supporte pas', 'impossible de lire la video'],
  de: ['ihr browser unterstutzt', 'dein browser unterstutzt', 'das video kann nicht abgespielt werden'],
  es: ['tu navegador no es compatible', 'su navegador no soporta', 'tu navegador no soporta', 'no se puede reproducir el video'],
  pt: ['o seu navegador nao suporta', 'seu navegador nao suporta', 'nao foi possivel reproduzir o video'],
  pl: ['twoja przegladarka nie obsluguje', 'nie mozna odtworzyc wideo'],
};
