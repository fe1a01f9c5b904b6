/**
 * The same short news story (a city council adopts its budget) written in each language the rules
 * support, six paragraphs of ordinary prose: the article part of the hand-written test pages.
 */
export const ARTICLE_TEXTS = {
  ro: {
    title: 'Consiliul Local a aprobat bugetul pentru anul viitor',
    paragraphs: [
      'Consiliul Local al municipiului Cluj-Napoca a aprobat marți seară bugetul pentru anul viitor, după o ședință care a durat aproape cinci ore și în care consilierii au dezbătut fiecare capitol de cheltuieli.',
      'Cea mai mare parte a fondurilor va merge către transportul public, unde primăria vrea să cumpere încă patruzeci de autobuze electrice și să modernizeze trei linii de tramvai până la sfârșitul anului 2026.',
      'Primarul a declarat că proiectele de infrastructură vor fi finanțate în proporție de șaizeci la sută din fonduri europene, iar restul va fi acoperit din împrumuturi contractate cu dobânzi fixe.',
      'Opoziția a criticat lipsa investițiilor în școli și spitale, susținând că renovarea clădirilor vechi a fost amânată pentru al treilea an consecutiv, deși mai multe unități de învățământ au probleme grave cu acoperișul.',
      'Reprezentanții asociațiilor de locatari au cerut ca o parte din bani să fie folosită pentru reabilitarea termică a blocurilor construite înainte de 1990, care consumă de două ori mai multă energie decât clădirile noi.',
      'Bugetul urmează să fie publicat în Monitorul Oficial Local în cursul săptămânii viitoare, iar primele licitații pentru autobuze ar putea fi lansate încă din luna februarie.',
    ],
  },
  el: {
    title: 'Εγκρίθηκε ο προϋπολογισμός του δήμου για το νέο έτος',
    paragraphs: [
      'Το δημοτικό συμβούλιο της Θεσσαλονίκης ενέκρινε την Τρίτη τον προϋπολογισμό του επόμενου έτους, μετά από μια συνεδρίαση που διήρκεσε σχεδόν πέντε ώρες και στην οποία συζητήθηκε κάθε κεφάλαιο δαπανών.',
      'Το μεγαλύτερο μέρος των χρημάτων θα διατεθεί στις δημόσιες συγκοινωνίες, καθώς ο δήμος σχεδιάζει να αγοράσει σαράντα νέα ηλεκτρικά λεωφορεία και να αναβαθμίσει τρεις γραμμές μέχρι το τέλος του 2026.',
      'Ο δήμαρχος δήλωσε ότι τα έργα υποδομής θα χρηματοδοτηθούν κατά εξήντα τοις εκατό από ευρωπαϊκά κονδύλια, ενώ το υπόλοιπο ποσό θα καλυφθεί με δάνεια σταθερού επιτοκίου.',
      'Η αντιπολίτευση επέκρινε την έλλειψη επενδύσεων σε σχολεία και νοσοκομεία, υποστηρίζοντας ότι η ανακαίνιση των παλαιών κτιρίων αναβάλλεται για τρίτη συνεχόμενη χρονιά.',
      'Εκπρόσωποι των συλλόγων κατοίκων ζήτησαν μέρος των χρημάτων να χρησιμοποιηθεί για την ενεργειακή αναβάθμιση πολυκατοικιών που χτίστηκαν πριν από το 1990 και καταναλώνουν διπλάσια ενέργεια.',
      'Ο προϋπολογισμός θα δημοσιευθεί την επόμενη εβδομάδα, ενώ οι πρώτοι διαγωνισμοί για τα λεωφορεία αναμένεται να προκηρυχθούν τον Φεβρουάριο.',
    ],
  },
  ar: {
    title: 'المجلس البلدي يقر ميزانية العام المقبل',
    paragraphs: [
      'وافق المجلس البلدي لمدينة الإسكندرية مساء الثلاثاء على ميزانية العام المقبل، بعد جلسة استمرت قرابة خمس ساعات ناقش خلالها الأعضاء كل بند من بنود الإنفاق بالتفصيل.',
      'وسيذهب الجزء الأكبر من الأموال إلى النقل العام، إذ تخطط البلدية لشراء أربعين حافلة كهربائية جديدة وتحديث ثلاثة خطوط للترام قبل نهاية عام ألفين وستة وعشرين.',
      'وقال رئيس البلدية إن مشروعات البنية التحتية ستمول بنسبة ستين في المئة من منح دولية، بينما ستغطى النسبة المتبقية بقروض ذات فائدة ثابتة.',
      'وانتقدت المعارضة غياب الاستثمارات في المدارس والمستشفيات، مؤكدة أن ترميم المباني القديمة تأجل للعام الثالث على التوالي رغم المشكلات الخطيرة في عدد منها.',
      'وطالب ممثلو جمعيات السكان بتخصيص جزء من الأموال لتحسين العزل الحراري للمباني السكنية القديمة التي تستهلك ضعف الطاقة التي تستهلكها المباني الحديثة.',
      'ومن المنتظر نشر الميزانية الأسبوع المقبل، على أن تطرح أولى المناقصات الخاصة بالحافلات في شهر فبراير.',
    ],
  },
  it: {
    title: 'Il consiglio comunale approva il bilancio del prossimo anno',
    paragraphs: [
      'Il consiglio comunale di Bologna ha approvato martedì sera il bilancio per il prossimo anno, dopo una seduta durata quasi cinque ore in cui i consiglieri hanno discusso ogni capitolo di spesa.',
      'La maggior parte dei fondi andrà al trasporto pubblico: il Comune vuole acquistare altri quaranta autobus elettrici e ammodernare tre linee del tram entro la fine del 2026.',
      'Il sindaco ha spiegato che le opere infrastrutturali saranno finanziate per il sessanta per cento con fondi europei, mentre il resto sarà coperto da mutui a tasso fisso.',
      "L'opposizione ha criticato la mancanza di investimenti nelle scuole e negli ospedali, sostenendo che la ristrutturazione degli edifici più vecchi è stata rinviata per il terzo anno consecutivo.",
      "I rappresentanti dei comitati di quartiere hanno chiesto che una parte delle risorse venga destinata all'efficientamento energetico dei condomini costruiti prima del 1990.",
      'Il bilancio sarà pubblicato la prossima settimana e le prime gare per gli autobus potrebbero partire già a febbraio.',
    ],
  },
  en: {
    title: 'City council approves next year’s budget after long debate',
    paragraphs: [
      'The city council of Bristol approved next year’s budget on Tuesday evening after a meeting that lasted almost five hours, in which councillors debated every chapter of spending line by line.',
      'Most of the money will go to public transport: the council wants to buy another forty electric buses and upgrade three tram lines before the end of 2026, officials said.',
      'The mayor said the infrastructure projects would be sixty percent funded by national grants, while the rest would be covered by fixed-rate loans taken out over twenty years.',
      'The opposition criticised the lack of investment in schools and hospitals, arguing that the renovation of older buildings had been postponed for the third year in a row.',
      'Residents’ associations asked for part of the money to be spent on insulating blocks of flats built before 1990, which use twice as much energy as new buildings.',
      'The budget will be published next week, and the first tenders for the buses could be launched as early as February.',
    ],
  },
  fr: {
    title: 'Le conseil municipal adopte le budget de l’année prochaine',
    paragraphs: [
      'Le conseil municipal de Lyon a adopté mardi soir le budget de l’année prochaine, après une séance de près de cinq heures au cours de laquelle les élus ont débattu de chaque chapitre de dépenses.',
      'L’essentiel des fonds ira aux transports en commun : la ville veut acheter quarante bus électriques supplémentaires et moderniser trois lignes de tramway d’ici à la fin de 2026.',
      'Le maire a expliqué que les projets d’infrastructure seraient financés à soixante pour cent par des subventions européennes, le reste étant couvert par des emprunts à taux fixe.',
      'L’opposition a critiqué le manque d’investissements dans les écoles et les hôpitaux, estimant que la rénovation des bâtiments anciens avait été repoussée pour la troisième année consécutive.',
      'Les associations de locataires ont demandé qu’une partie de l’argent serve à isoler les immeubles construits avant 1990, qui consomment deux fois plus d’énergie que les bâtiments neufs.',
      'Le budget sera publié la semaine prochaine et les premiers appels d’offres pour les bus pourraient être lancés dès février.',
    ],
  },
  de: {
    title: 'Stadtrat beschließt den Haushalt für das kommende Jahr',
    paragraphs: [
      'Der Stadtrat von Leipzig hat am Dienstagabend den Haushalt für das kommende Jahr beschlossen, nach einer fast fünfstündigen Sitzung, in der jedes Kapitel der Ausgaben einzeln beraten wurde.',
      'Der größte Teil des Geldes fließt in den öffentlichen Nahverkehr: Die Stadt will weitere vierzig Elektrobusse kaufen und bis Ende 2026 drei Straßenbahnlinien modernisieren.',
      'Der Oberbürgermeister sagte, die Infrastrukturprojekte würden zu sechzig Prozent aus Fördermitteln des Bundes finanziert, der Rest werde über Kredite mit festem Zinssatz gedeckt.',
      'Die Opposition kritisierte fehlende Investitionen in Schulen und Krankenhäuser und erklärte, die Sanierung älterer Gebäude sei zum dritten Mal in Folge verschoben worden.',
      'Vertreter der Mietervereine forderten, einen Teil des Geldes für die Dämmung von Wohnblöcken zu verwenden, die vor 1990 gebaut wurden und doppelt so viel Energie verbrauchen.',
      'Der Haushalt soll in der kommenden Woche veröffentlicht werden, die ersten Ausschreibungen für die Busse könnten bereits im Februar beginnen.',
    ],
  },
  es: {
    title: 'El Ayuntamiento aprueba el presupuesto del próximo año',
    paragraphs: [
      'El pleno del Ayuntamiento de Valencia aprobó el martes por la noche el presupuesto del próximo año, tras una sesión de casi cinco horas en la que los concejales debatieron cada capítulo de gasto.',
      'La mayor parte del dinero irá al transporte público: el consistorio quiere comprar otros cuarenta autobuses eléctricos y modernizar tres líneas de tranvía antes de que termine 2026.',
      'El alcalde explicó que los proyectos de infraestructura se financiarán en un sesenta por ciento con fondos europeos, y el resto se cubrirá con préstamos a tipo fijo.',
      'La oposición criticó la falta de inversiones en colegios y hospitales, y afirmó que la reforma de los edificios más antiguos se ha aplazado por tercer año consecutivo.',
      'Las asociaciones de vecinos pidieron que una parte del dinero se destine a aislar los bloques de viviendas construidos antes de 1990, que consumen el doble de energía que los nuevos.',
      'El presupuesto se publicará la próxima semana y las primeras licitaciones de los autobuses podrían convocarse ya en febrero.',
    ],
  },
  pt: {
    title: 'Câmara aprova o orçamento para o próximo ano',
    paragraphs: [
      'A Câmara Municipal do Porto aprovou na terça-feira à noite o orçamento para o próximo ano, depois de uma reunião de quase cinco horas em que os vereadores discutiram cada capítulo da despesa.',
      'A maior parte do dinheiro irá para os transportes públicos: a autarquia quer comprar mais quarenta autocarros elétricos e modernizar três linhas de metro ligeiro até ao fim de 2026.',
      'O presidente da câmara explicou que os projetos de infraestrutura serão financiados em sessenta por cento por fundos europeus, sendo o restante coberto por empréstimos a taxa fixa.',
      'A oposição criticou a falta de investimento nas escolas e nos hospitais, afirmando que a recuperação dos edifícios mais antigos foi adiada pelo terceiro ano consecutivo.',
      'As associações de moradores pediram que parte do dinheiro seja usada no isolamento térmico dos prédios construídos antes de 1990, que gastam o dobro da energia dos edifícios novos.',
      'O orçamento será publicado na próxima semana e os primeiros concursos para os autocarros poderão ser lançados já em fevereiro.',
    ],
  },
  pl: {
    title: 'Rada Miasta przyjęła budżet na przyszły rok',
    paragraphs: [
      'Rada Miasta Krakowa przyjęła we wtorek wieczorem budżet na przyszły rok po niemal pięciogodzinnej sesji, podczas której radni omówili każdy rozdział wydatków.',
      'Większość pieniędzy trafi do komunikacji miejskiej: miasto chce kupić kolejne czterdzieści autobusów elektrycznych i zmodernizować trzy linie tramwajowe do końca 2026 roku.',
      'Prezydent miasta powiedział, że inwestycje w infrastrukturę będą w sześćdziesięciu procentach finansowane z funduszy unijnych, a resztę pokryją kredyty o stałym oprocentowaniu.',
      'Opozycja skrytykowała brak inwestycji w szkoły i szpitale, twierdząc, że remont starszych budynków został przesunięty już trzeci rok z rzędu.',
      'Przedstawiciele stowarzyszeń lokatorów domagali się, aby część pieniędzy przeznaczyć na ocieplenie bloków zbudowanych przed 1990 rokiem, które zużywają dwa razy więcej energii.',
      'Budżet zostanie opublikowany w przyszłym tygodniu, a pierwsze przetargi na autobusy mogą zostać ogłoszone już w lutym.',
    ],
  },
  ru: {
    title: 'Городская дума утвердила бюджет на следующий год',
    paragraphs: [
      'Городская дума Екатеринбурга во вторник вечером утвердила бюджет на следующий год после почти пятичасового заседания, на котором депутаты обсудили каждую статью расходов.',
      'Большая часть средств пойдёт на общественный транспорт: город хочет купить ещё сорок электробусов и до конца 2026 года модернизировать три трамвайные линии.',
      'Мэр заявил, что проекты в области инфраструктуры на шестьдесят процентов будут финансироваться из федерального бюджета, а остальное покроют кредиты с фиксированной ставкой.',
      'Оппозиция раскритиковала отсутствие вложений в школы и больницы, заявив, что ремонт старых зданий откладывается уже третий год подряд.',
      'Представители объединений жильцов попросили направить часть денег на утепление домов, построенных до 1990 года, которые потребляют вдвое больше энергии.',
      'Бюджет будет опубликован на следующей неделе, а первые торги на закупку автобусов могут быть объявлены уже в феврале.',
    ],
  },
} as const satisfies Record<string, { title: string; paragraphs: readonly string[] }>;

export type ArticleLanguage = keyof typeof ARTICLE_TEXTS;
