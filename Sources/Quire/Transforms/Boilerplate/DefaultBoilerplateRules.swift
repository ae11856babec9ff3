// The built-in boilerplate rules. Everything between the #""" lines is the rules file, in the
// format `--boilerplate-rules FILE` reads (docs/extraction.md); this file holds nothing else.
extension BoilerplateRules {
    static let builtInText = #"""
# quire's built-in boilerplate rules.
#
# KIND: PHRASE, one a line. Kinds: appeal, money, attention, imperative, reported, keep,
# supporting, address, formal-address, clause, heading, lead-in, ps, rights. Words are compared without case or
# accents; word* is a prefix; a|b is either; word? may be absent; ... is up to three words of
# anything. A paragraph goes only when the evidence adds up (docs/extraction.md, "Appeals"):
# a sentence asks (an appeal phrase, or money or attention words) and speaks to the reader
# (an imperative opening it, an address word, the publication's name), nothing reports it
# as someone else's words, and enough of the paragraph asks, with its place and links.

[*]
ps: ps
ps: p s
ps: pps
ps: post scriptum
rights: all rights reserved
rights: some rights reserved
rights: subject to copyright
lead-in: tags|tagged|tag
money: patreon|paypal|liberapay|tipeee|helloasso|patronite|steady|steadyhq
money: ko fi
money: kofi|buymeacoffee|opencollective
attention: facebook*|twitter|instagram*|tiktok|youtube|linkedin|mastodon|bluesky|telegram*|whatsapp
attention: newsletter*
keep: blood|sang|sangre|sangue|blut|bloed|krew|krwi|plasma|plasmy|bloedinzameling|blutspende*|krwiodawstw*
# Labels of advertisement slots, in the languages of the rules and a few more.
label: advertisement|advertisements|advert|adverts|ad|ads|sponsored|anzeige|werbung|publicite|publicidad|publicidade|pubblicita|advertentie|reclame|reklama|reklame|annons|annonse|mainos|iklan
label: quang cao
label: sponsored content|links|stories|by
label: story|article continues below|after advertisement|ad|advertisement
label: skip advert|ad|advertisement
label: scroll to continue with content
# Labels of page controls, read as text when a page is saved or its scripts never ran.
label: aa
label: loading
label: like loading
label: suka memuat
label: me gusta cargando
label: j aime chargement
label: gefallt mir lade
label: curtir carregando
label: mi piace caricamento
label: read later
label: save for later
label: sharing is caring
label: continue reading the main story
label: this slideshow requires javascript

[en]
address: you|your|yours|yourself|us|our|ours|we
appeal: please consider? donat*|support|supporting|subscrib*|contribut*|chip*|giving|becoming|joining|whitelist*|disabling
appeal: please help us|keep|support|fund
appeal: please share this|our
appeal: please follow us
appeal: please consider a donation|contribution|gift
appeal: consider making|giving a donation|contribution|gift
appeal: donate now|today|here
appeal: donate what you can
appeal: make a donation|contribution|gift today|now
appeal: support our|independent|this journalism|work|reporting|newsroom|mission|site|website|podcast|coverage|journalists|writers|newsletter|magazine|publication
appeal: support us
appeal: support ... by donating|subscribing|becoming|making|giving|contributing|joining
appeal: become a|an member|patron|subscriber|supporter|sustaining|sponsor|donor|insider|friend
appeal: join our|the community|mailing|newsletter|members|membership|list|supporters
appeal: subscribe to|for our|the? newsletter*|channel|podcast|magazine|mailing|feed|youtube|list|updates|alerts|print
appeal: subscribe now|today|here|for|to
appeal: sign up for|to our|the? newsletter*|daily|weekly|free|email*|updates|alerts|briefing|digest
appeal: sign up now|today|here|below
appeal: get our|the free? newsletter*|daily|weekly|briefing
appeal: follow us here
appeal: follow ... on|at facebook|twitter|x|instagram|tiktok|youtube|linkedin|mastodon|bluesky|threads|telegram|social
appeal: check out our
appeal: have|got a news|story? tip
appeal: get a|your subscription
appeal: subscription to|of our
appeal: like us on
appeal: find us on facebook|twitter|instagram|tiktok|youtube|linkedin|mastodon|bluesky
appeal: share this article|story|post|page|piece|video|on
appeal: share it with your friends|family
appeal: if you liked|enjoyed|like|enjoy|value|appreciate|love this|our|what article|story|post|piece|journalism|work|reporting|content|newsletter|podcast|site|video|we
appeal: if you have enjoyed|liked|found|valued this|our article|story|post|piece|journalism|work|reporting|content
appeal: if you found this|our article|story|post|piece|content useful|helpful|interesting|valuable
appeal: click here to subscribe|donate|support|sign|join|register|read|learn|download
appeal: help us keep|continue|fund|grow|reach|bring|make|stay|do
appeal: help keep ... independent|free|alive|going|running
appeal: we rely on|depend on our? readers|your|reader
appeal: we need your support|help|contribution|donation
appeal: your support makes|helps|keeps|means|is|allows|enables
appeal: your donation|contribution|gift makes|helps|keeps|will
appeal: chip in
appeal: buy me|us a coffee
appeal: on patreon
appeal: whitelist us|our
appeal: disable|turn off your ad blocker
appeal: download our|the app
appeal: leave a comment
appeal: join the conversation|discussion
appeal: let us know in the comments
appeal: create a free account
appeal: register for free|to continue
appeal: log|sign in to comment|continue|read
appeal: subscribe to continue|read|unlock
appeal: already a subscriber|member
appeal: you have reached|used your limit|free
appeal: we use cookies
money: donat*|donor*|contribut*|chip|chipping|pledge|patron|patrons|sponsor
money: one off|monthly|regular|small|recurring gift|gifts
money: standing order
money: support|supporting|back|backing|fund|funding us|our|the? independent|local|this journalism|work|reporting|newsroom|coverage|mission|site
money: become|becoming a|an member|patron|subscriber|supporter|sponsor|donor|friend
money: membership|supporter|supporters|members
money: give what you can
money: buy us|me a coffee
attention: subscrib*|subscription*
attention: sign up|signing up
attention: share this|it
attention: our|free|weekly|daily|morning briefing|email|emails|inbox
attention: unlimited access
attention: inbox|mailbox
attention: community
attention: don t miss
imperative: please? donate|give|support|subscribe|sign|join|become|share|help|chip|contribute|consider|make|back|pledge|click|get|buy|fund|keep|like|follow|tell|take
imperative: please
imperative: don t miss
imperative: enjoyed|liked|like|love|value this|what
imperative: want more
reported: said|says|told|tells|added|adds|announced|urged|urges|asked|asks|wrote|writes|explained|stated|claimed|insisted|warned|recalled|promised|shouted|replied
reported: according to
reported: in a statement
reported: read the poster|sign|ad|advert|notice|banner
reported: advice|message|plea|request|instructions|slogan|motto to|for|from|was|is|were
clause: if|unless|to|whether
clause: so that
clause: in order to
supporting: like what you re reading
supporting: paywall|billionaire
supporting: costs? time|money
supporting: a|per|every month|week|year
appeal: get|gain unlimited access to
supporting: thank you|thanks
supporting: one off|time
supporting: are always? very? welcome
supporting: every|any contribution|donation|gift|amount
supporting: choose|enter|select|pick an|the amount
supporting: amount of your choice
supporting: monthly|regular|recurring support|donation*|gift*|contribution*|payment*
supporting: standing order
supporting: bank account|details
supporting: follow this link
supporting: click here|the link|the button
supporting: tax deductible
supporting: independent journalism|newsroom|media|news|reporting|voice
supporting: keep|keeps us|it going|independent|free|alive|running
supporting: our journalism|reporting|work|newsroom|readers
supporting: only takes|just takes a minute
supporting: unsubscribe at any time
supporting: your inbox
supporting: privacy policy
supporting: reader supported|funded
supporting: no paywall
supporting: free for everyone|all
supporting: we are|we re a|an nonprofit|non profit|independent
supporting: may|can be reached at|by
heading: support us|our work|our journalism|independent journalism
heading: donate|donations
heading: make a donation
heading: newsletter*
heading: our|the|free daily|weekly? newsletter*
heading: sign up ... newsletter*
heading: sign up
heading: subscribe
heading: subscribe to our|the newsletter*
heading: get our|the newsletter*
heading: related|recommended|popular|latest|trending|more stories|articles|posts|reading|news|content|coverage|links|videos
heading: related
heading: read more|next
heading: you may|might also like|enjoy
heading: more from ...
heading: most read|popular|viewed|shared|emailed
heading: don t miss
heading: recommended for you
heading: share this? article|story|post|page?
heading: like this
heading: follow us ...
heading: join the conversation|discussion
heading: leave a comment|reply
lead-in: related
lead-in: read more|also|next
lead-in: see also
lead-in: also read|see
lead-in: more on|from|about
lead-in: recommended
lead-in: you may|might also like
lead-in: watch|listen
lead-in: click here
lead-in: filed under|topics

[fr]
address: vous|votre|vos|tu|te|toi|ton|ta|tes|nous|notre|nos
address: pouvez|lisez|aimez|appreciez
appeal: faites un don
appeal: faites nous un don
appeal: donnez maintenant|aujourd hui
appeal: soutenez nous
appeal: soutenez|soutenir notre|le journal|travail|journalisme|media|redaction|independance|site
appeal: abonnez vous
appeal: inscrivez vous
appeal: suivez nous
appeal: partagez cet|notre article|billet
appeal: si vous avez aime|apprecie cet|notre article|contenu|travail
appeal: si cet article vous a plu
appeal: devenez membre|abonne|abonnee|donateur|donatrice|mecene|adherent
appeal: aidez nous
appeal: nous avons besoin de vous|votre
appeal: recevez notre|la newsletter|lettre
appeal: cliquez ici pour
money: don|dons|donner|donnez|donateur*|donatrice*|soutien|soutenez|soutenir|soutiens|mecen*|contribu*|financ*|cagnotte
money: virement permanent|mensuel|regulier
money: devenez|devenir membre|adherent*|donateur*|mecene
imperative: faites|soutenez|abonnez|inscrivez|suivez|partagez|rejoignez|devenez|aidez|donnez|contribuez|participez|cliquez|recevez|pensez|offrez|soutiens|abonne|fais|soutenir|rejoindre|donner
imperative: cet article vous a plu
imperative: vous aimez|appreciez
imperative: ne manquez
attention: abonn*|inscri*|suivez|partagez|partager|communaute
attention: lettre d information
attention: boite mail|courriel
attention: boite aux lettres
attention: courriel
attention: rien manquer
reported: a|ont declare|dit|indique|precise|explique|ajoute|lance|annonce|affirme|demande|assure|rappele|promis
reported: selon|declare|affirme|promettait|explique|estime
reported: avons|ont|a demande
reported: message|conseil|consigne|requete|slogan du|des|aux|etait|est
clause: si|pour|afin|lorsque|quand
clause: s il|ils
supporting: ce travail a un cout
supporting: par|chaque mois|semaine
supporting: gratuit*
supporting: sans publicite|engagement
supporting: merci
supporting: ponctuel*|mensuel*|regulier*
supporting: deductible*
supporting: montant
supporting: journalisme independant
supporting: notre independance
supporting: en quelques clics
supporting: desinscrire a tout moment
supporting: chaque don|contribution
heading: soutenez nous
heading: faire un don
heading: newsletter
heading: lettre d information
heading: a? lire aussi
heading: sur le meme sujet
heading: les plus lus
heading: articles similaires|lies|connexes
heading: partager|partagez
heading: suivez nous
lead-in: a? lire aussi
lead-in: voir aussi
lead-in: sur le meme sujet
lead-in: lire la suite
lead-in: en savoir plus
lead-in: mots cles|etiquettes
rights: tous droits reserves
rights: reproduction interdite

[es]
address: usted|ustedes|tu|te|ti|tus|vosotros|nos|nosotros|nuestro|nuestra|nuestros|nuestras
address: puedes|lees|valoras
address: estas leyendo
appeal: haz|haga|hacer|realiza una donacion|un donativo|una aportacion
appeal: dona ahora|hoy
appeal: apoyanos
appeal: apoya|apoye nuestro|el periodismo|trabajo|proyecto|medio
appeal: suscribete|suscribase
appeal: hazte|hagase socio|socia|miembro|suscriptor|suscriptora|mecenas
appeal: siguenos en
appeal: comparte|comparta este articulo|esta nota|esta noticia
appeal: si te gusto|ha gustado este articulo|contenido
appeal: si valoras nuestro
appeal: necesitamos tu|su apoyo|ayuda
appeal: ayudanos
appeal: unete a nuestra|la comunidad
appeal: recibe nuestro|nuestra boletin|newsletter
appeal: inscribete|registrate
appeal: haz clic aqui para
money: donacion*|donativo*|dona|done|donar|dones|aportacion*|apoyo|apoya|apoye|apoyar|apoyarnos|apoyanos|contribu*|colabora*|socio|socia|socios|mecenas|financia*|domiciliacion
money: hazte|hagase socio|socia|miembro|mecenas|suscriptor|suscriptora
imperative: haz|haga|dona|done|apoya|apoye|apoyanos|suscribete|suscribase|hazte|hagase|siguenos|sigue|comparte|comparta|unete|ayudanos|ayuda|colabora|contribuye|recibe|piensa|inscribete|registrate|apuntate
imperative: no te pierdas
imperative: te ha gustado|gusto
attention: correo|bandeja|suscrib*|suscrip*|boletin|siguenos|sigue|comparte|compartir|inscrib*|apuntate|registrate|pierdas|comunidad
reported: dijo|dice|dijeron|afirmo|explico|explicaron|senalo|anadio|indico|pidio|decia|grito|recomendo|aseguro|preguntamos|pregunto|advirtio|prometia
reported: segun
reported: mensaje|consejo|peticion|consigna|lema del|a|fue|era|es
clause: si|para|porque|cuando
supporting: al|por|cada mes|semana|ano
supporting: a la semana
supporting: gratis|gratuito
supporting: sin publicidad|permanencia
supporting: gracias
supporting: periodismo independiente
supporting: cualquier cantidad|aportacion
supporting: mensual|puntual
supporting: tu aportacion|contribucion
heading: apoyanos
heading: newsletter
heading: boletin
heading: te puede interesar
heading: lo mas leido|visto
heading: noticias|articulos relacionados|relacionadas
heading: lee|lea tambien
heading: comparte
heading: siguenos
heading: suscribete
lead-in: lee|lea tambien
lead-in: te puede interesar
lead-in: mas informacion
lead-in: relacionado
lead-in: ver tambien
lead-in: leer mas
lead-in: etiquetas|temas
rights: todos los derechos reservados
rights: prohibida su reproduccion

[de]
address: du|dich|dir|dein|deine|deinen|deiner|deinem|uns|unser|unsere|unseren|unserer|unserem|unseres|wir|euch|euer
address: sie uns|unsere|unseren|unser
address: sie konnen|lesen
appeal: jetzt spenden|unterstutzen|abonnieren|anmelden
appeal: spenden sie
appeal: unterstutzen sie uns|unsere arbeit|unseren journalismus
appeal: unterstutze uns
appeal: werden sie mitglied|abonnent|abonnentin|forderer|forderin|unterstutzer|unterstutzerin
appeal: werde mitglied|forderer|forderin
appeal: abonnieren sie
appeal: melden sie sich ... newsletter an
appeal: folgen sie uns
appeal: folge uns
appeal: teilen sie diesen artikel|beitrag
appeal: wenn ihnen dieser|der artikel|beitrag gefallen|gefallt
appeal: wir brauchen ihre unterstutzung|hilfe
appeal: helfen sie uns
money: spende|spenden|spendenseite|spendet|unterstutz*|unterstutzung|mitglied|mitgliedschaft|forderer|forderin|foerder*|beitrag|betrag|dauerauftrag|finanzier*
imperative: spenden|unterstutzen|abonnieren|werden|folgen|teilen|helfen|melden|schliessen|sichern|starken|ermoglichen|sorgen sie
imperative: spende|unterstutze|abonniere|werde|folge|teile|hilf|melde|sichere|bitte|jetzt
imperative: hat|haben ihnen|dir dieser|der artikel|beitrag gefallen
imperative: kein artikel|beitrag mehr verpassen
attention: abonn*|anmeld*|anmelden|folgen|folge|teilen|teile|verpassen|postfach|community|gemeinschaft
attention: melden sie sich
reported: sagte|sagt|sagten|erklarte|erklarten|betonte|versprach|rief|teilte|teilten|berichtete|warnte|gefragt|fragte|fragten
reported: so der|die|das
reported: laut
reported: botschaft|rat|empfehlung|motto des|an|war|ist|lautet|lautete
clause: wenn|falls|damit|um|weil|ob
formal-address: sie|ihr|ihre|ihren|ihrer|ihrem|ihres|ihnen
supporting: im|pro|jeden monat|woche|jahr
supporting: kostenlos
supporting: frei zuganglich
supporting: jederzeit kundbar
supporting: zeit und geld
supporting: danke
supporting: vielen dank
supporting: unabhangigen? journalismus
supporting: monatlich|einmalig
supporting: jeder betrag|beitrag
supporting: steuerlich absetzbar
heading: newsletter
heading: spenden
heading: unterstutzen sie uns
heading: mehr zum thema
heading: das konnte sie auch interessieren
heading: meistgelesen
heading: ahnliche|weitere artikel
heading: auch interessant
heading: teilen
heading: folgen sie uns
lead-in: mehr zum thema
lead-in: lesen sie auch
lead-in: auch interessant
lead-in: siehe auch
lead-in: weiterlesen
lead-in: lies auch
lead-in: schlagworte|schlagworter|schlagwort
rights: alle rechte vorbehalten

[pt]
address: esta a ler
address: voce|voces|seu|sua|seus|suas|te|nos|nosso|nossa|nossos|nossas
appeal: faca uma doacao
appeal: doe agora|hoje
appeal: apoie o|nosso jornalismo|trabalho
appeal: apoie nos
appeal: assine a|nossa newsletter
appeal: inscreva se
appeal: siga nos
appeal: compartilhe|partilhe este artigo|esta materia|esta noticia
appeal: se voce? gostou deste|desse artigo|conteudo
appeal: torne se|seja membro|assinante|apoiador|apoiadora
appeal: precisamos do seu|de seu|da sua|de sua apoio|ajuda
appeal: ajude nos
appeal: receba nossa|a newsletter
appeal: clique aqui para
money: doacao|doacoes|doar|doe|donativo*|apoie|apoiar|apoio|apoiantes|apoiante|contribu*|membro|financ*
money: transferencia mensal
attention: comunidade
money: torne se|seja membro|assinante|apoiador|apoiadora|apoiante
imperative: faca|doe|apoie|assine|inscreva|siga|partilhe|compartilhe|torne|seja|ajude|junte|receba|clique|pense|contribua
imperative: nao perca
imperative: gostou deste|desse
attention: email|mail|caixa|assin*|inscrev*|siga|partilh*|compartilh*|perca
reported: disse|disseram|explicou|explicaram|afirmou|declarou|indicou|prometia|gritou|aconselhou|perguntamos|perguntou|alertou
reported: segundo
reported: mensagem|conselho|pedido|lema do|da|dos|aos|foi|era
clause: se|para|porque|caso|quando
supporting: por|ao|a mes|semana|ano
supporting: gratuit*
supporting: sem publicidade|fidelizacao
supporting: obrigado|obrigada
supporting: jornalismo independente
supporting: qualquer valor|quantia
supporting: mensal
heading: apoie
heading: newsletter
heading: leia|veja tambem
heading: mais lidas
heading: noticias relacionadas
heading: voce|voces tambem pode|podem gostar
heading: voce|voces pode|podem gostar
heading: pode te|lhe interessar
heading: compartilhe
heading: siga nos
lead-in: leia tambem
lead-in: leia mais
lead-in: veja tambem
lead-in: saiba mais
lead-in: voce tambem pode gostar
lead-in: pode te|lhe interessar
lead-in: etiquetas|palavras chave
rights: todos os direitos reservados

[it]
address: tu|ti|tuo|tua|tuoi|tue|voi|vi|vostro|vostra|vostri|vostre|noi|ci|nostro|nostra|nostri|nostre
address: puoi|trovi|tieni|stai|leggi
appeal: fai una donazione
appeal: dona ora|oggi
appeal: sostienici
appeal: sostieni il|la|un nostro|nostra|giornalismo|lavoro|informazione
appeal: abbonati
appeal: iscriviti alla|alla nostra newsletter
appeal: seguici su
appeal: condividi questo articolo
appeal: se ti e piaciuto questo articolo
appeal: diventa socio|membro|abbonato|sostenitore
appeal: abbiamo bisogno del tuo|di te|del vostro sostegno|aiuto
appeal: aiutaci
appeal: clicca qui per
money: dona|donate|donare|donazione|donazioni|donatore|donatori|sostieni|sostienici|sostenerci|sostenere|sostegno|sostenitore|sostenitori|contributo|contribuisci|contribuire|socio|soci|bonifico|finanzia*
imperative: fai|dona|sostieni|sostienici|abbonati|iscriviti|seguici|segui|condividi|diventa|aiutaci|aiuta|unisciti|ricevi|clicca|pensa|contribuisci
imperative: non perderti
imperative: ti e piaciuto
attention: posta|mail|email|abbona*|iscriv*|seguici|segui|condividi|perderti|perdere|comunita
reported: ha|hanno detto|spiegato|dichiarato|gridato|invitato|annunciato|chiesto|precisato
reported: secondo|prometteva|avvertendo
reported: abbiamo chiesto
reported: messaggio|consiglio|richiesta|slogan del|della|dei|ai|agli|alla|era
clause: se|per|perche|affinche|qualora
formal-address: lei|suo|sua|suoi|sue
imperative: sostenga|doni|faccia|diventi|contribuisca|condivida|segua|aiuti|pensi
imperative: si abboni|iscriva
imperative: ci segua|sostenga|aiuti
supporting: al|a|ogni mese|settimana|anno
supporting: gratis|gratuito
supporting: senza pubblicita|vincoli
supporting: grazie
supporting: giornalismo indipendente
supporting: qualsiasi importo
supporting: mensile
heading: sostienici
heading: newsletter
heading: leggi anche
heading: potrebbe interessarti
heading: piu letti
heading: articoli correlati
heading: condividi
heading: seguici
lead-in: leggi anche
lead-in: vedi anche
lead-in: approfondisci
lead-in: per saperne di piu
lead-in: argomenti|etichette
rights: tutti i diritti riservati
rights: riproduzione riservata

[nl]
address: je|jij|jou|jouw|u|uw|we|wij|ons|onze
appeal: doneer nu|vandaag
appeal: steun ons
appeal: word lid|abonnee|donateur|vriend
appeal: volg ons op
appeal: deel dit artikel|bericht
appeal: schrijf je in
appeal: meld je aan
money: doneer|doneren|donatie*|donateur*|steun|steunen|steunt|gift|giften|bijdrage*|lid|leden|overschrijving|financier*
imperative: doneer|steun|word|schrijf|volg|deel|help|meld|abonneer|neem|sluit|geef|klik|ontvang
imperative: mis niets
imperative: vond je|u dit
attention: abonne*|abonnement|nieuwsbrief|volg|deel|mailbox|missen|gemeenschap
attention: mis niets
reported: zei|zegt|zeiden|aldus|verklaarde|beloofde|riep|vroegen|vroeg|meldde
reported: volgens
reported: boodschap|advies|verzoek|motto van|aan|was|luidt|luidde
clause: als|om|omdat|zodat|indien
supporting: dank|bedankt
supporting: per|elke maand|week|jaar
supporting: eenmalig|maandelijks|gratis
supporting: altijd opzegbaar
supporting: tijd en geld
heading: steun ons
heading: nieuwsbrief
heading: lees ook
heading: meest gelezen
heading: gerelateerde artikelen
heading: deel|delen
heading: volg ons
lead-in: lees ook|meer
lead-in: zie ook
lead-in: trefwoorden|tags
rights: alle rechten voorbehouden

[pl]
address: mozesz|znajdziesz|czytasz|doczytales|doczytalas
address: ty|ci|cie|ciebie|twoj|twoja|twoje|twojego|twojej|twoim|wy|was|wam|wasz|wasza|wasze|my|nas|nam|nasz|nasza|nasze|naszego|naszej|naszym|naszych
appeal: wesprzyj nas
appeal: przekaz darowizne
appeal: zostan patronem|patronka|darczynca|subskrybentem
appeal: obserwuj nas
appeal: udostepnij ten artykul|tekst
appeal: zapisz sie do|na newsletter*
money: wesprzyj|wspieraj|wspar*|wspier*|wspomoz|darowizn*|wplac|wplat*|patron*|przelew*|zlecenie|finansuj*|datek|datki|doloz|dorzuc
imperative: wesprzyj|wspieraj|wspomoz|przekaz|wplac|zostan|zapisz|obserwuj|udostepnij|dolacz|pomoz|zaprenumeruj|kliknij|rozwaz|podaruj|doloz|dorzuc
imperative: nie przegap
imperative: podobal|podobala ci|wam sie
attention: zapisz*|newsletter*|obserwuj*|udostepnij|zaprenumeruj|prenumer*|przegap*|skrzynce|spolecznosc*
reported: powiedzial|powiedziala|mowi|zaapelowal|zaapelowala|poinformowal|poinformowali|przekazalo|przekazal|przekazala|obiecywala|krzyczal|zapytalismy|zapytal|ostrzegl
reported: wedlug
reported: przeslanie|rada|prosba|haslo|wezwanie
clause: jesli|jezeli|aby|zeby|gdyby|skoro
supporting: dziekujemy|dziekuje
supporting: miesiecznie|comiesieczn*|jednorazow*|dziennie|bezplatn*
supporting: za darmo
supporting: kazda kwota
heading: wesprzyj nas
heading: newsletter
heading: czytaj takze|rowniez
heading: najczesciej czytane
heading: powiazane artykuly
heading: udostepnij
heading: obserwuj nas
lead-in: czytaj takze|rowniez|wiecej
lead-in: zobacz takze|rowniez
lead-in: tagi
rights: wszelkie prawa zastrzezone
"""#
}
