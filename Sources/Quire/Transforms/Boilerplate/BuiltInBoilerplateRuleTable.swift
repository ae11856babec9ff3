// Made by BoilerplateRuleTableTests from builtInText (QUIRE_RECORD_GOLDEN=1); do not edit. The
// format is in BoilerplateRuleTable.swift.
extension BoilerplateRules {
    static let builtInTable = ##"""
12 12 * ps.ps ps ps
12 13 * ps.p-s p+s p s
12 14 * ps.pps pps pps
12 15 * ps.post-scriptum post+scriptum post scriptum
13 16 * rights.all-rights-reserved all+rights+reserved all rights reserved
13 17 * rights.some-rights-reserved some+rights+reserved some rights reserved
13 18 * rights.subject-to-copyright subject+to+copyright subject to copyright
11 19 * lead-in.tags tags|tagged|tag tags|tagged|tag
1 20 * money.patreon patreon|paypal|liberapay|tipeee|helloasso|patronite|steady|steadyhq patreon|paypal|liberapay|tipeee|helloasso|patronite|steady|steadyhq
1 21 * money.ko-fi ko+fi ko fi
1 22 * money.kofi kofi|buymeacoffee|opencollective kofi|buymeacoffee|opencollective
2 23 * attention.facebook facebook*|twitter|instagram*|tiktok|youtube|linkedin|mastodon|bluesky|telegram*|whatsapp facebook*|twitter|instagram*|tiktok|youtube|linkedin|mastodon|bluesky|telegram*|whatsapp
2 24 * attention.newsletter newsletter* newsletter*
5 25 * keep.blood blood|sang|sangre|sangue|blut|bloed|krew|krwi|plasma|plasmy|bloedinzameling|blutspende*|krwiodawstw* blood|sang|sangre|sangue|blut|bloed|krew|krwi|plasma|plasmy|bloedinzameling|blutspende*|krwiodawstw*
14 27 * label.advertisement advertisement|advertisements|advert|adverts|ad|ads|sponsored|anzeige|werbung|publicite|publicidad|publicidade|pubblicita|advertentie|reclame|reklama|reklame|annons|annonse|mainos|iklan advertisement|advertisements|advert|adverts|ad|ads|sponsored|anzeige|werbung|publicite|publicidad|publicidade|pubblicita|advertentie|reclame|reklama|reklame|annons|annonse|mainos|iklan
14 28 * label.quang-cao quang+cao quang cao
14 29 * label.sponsored-content sponsored+content|links|stories|by sponsored content|links|stories|by
14 30 * label.story-continues-below-advertisement story|article+continues+below|after+advertisement|ad|advertisement story|article continues below|after advertisement|ad|advertisement
14 31 * label.skip-advert skip+advert|ad|advertisement skip advert|ad|advertisement
14 32 * label.scroll-to-continue-with-content scroll+to+continue+with+content scroll to continue with content
14 34 * label.aa aa aa
14 35 * label.loading loading loading
14 36 * label.like-loading like+loading like loading
14 37 * label.suka-memuat suka+memuat suka memuat
14 38 * label.me-gusta-cargando me+gusta+cargando me gusta cargando
14 39 * label.j-aime-chargement j+aime+chargement j aime chargement
14 40 * label.gefallt-mir-lade gefallt+mir+lade gefallt mir lade
14 41 * label.curtir-carregando curtir+carregando curtir carregando
14 42 * label.mi-piace-caricamento mi+piace+caricamento mi piace caricamento
14 43 * label.read-later read+later read later
14 44 * label.save-for-later save+for+later save for later
14 45 * label.sharing-is-caring sharing+is+caring sharing is caring
14 46 * label.continue-reading-the-main-story continue+reading+the+main+story continue reading the main story
14 47 * label.this-slideshow-requires-javascript this+slideshow+requires+javascript this slideshow requires javascript
7 50 en en.address.you you|your|yours|yourself|us|our|ours|we you|your|yours|yourself|us|our|ours|we
0 51 en en.appeal.please-donat please+?consider+donat*|support|supporting|subscrib*|contribut*|chip*|giving|becoming|joining|whitelist*|disabling please consider? donat*|support|supporting|subscrib*|contribut*|chip*|giving|becoming|joining|whitelist*|disabling
0 52 en en.appeal.please-help-us please+help+us|keep|support|fund please help us|keep|support|fund
0 53 en en.appeal.please-share-this please+share+this|our please share this|our
0 54 en en.appeal.please-follow-us please+follow+us please follow us
0 55 en en.appeal.please-consider-a-donation please+consider+a+donation|contribution|gift please consider a donation|contribution|gift
0 56 en en.appeal.consider-making-a-donation consider+making|giving+a+donation|contribution|gift consider making|giving a donation|contribution|gift
0 57 en en.appeal.donate-now donate+now|today|here donate now|today|here
0 58 en en.appeal.donate-what-you-can donate+what+you+can donate what you can
0 59 en en.appeal.make-a-donation-today make+a+donation|contribution|gift+today|now make a donation|contribution|gift today|now
0 60 en en.appeal.support-our-journalism support+our|independent|this+journalism|work|reporting|newsroom|mission|site|website|podcast|coverage|journalists|writers|newsletter|magazine|publication support our|independent|this journalism|work|reporting|newsroom|mission|site|website|podcast|coverage|journalists|writers|newsletter|magazine|publication
0 61 en en.appeal.support-us support+us support us
0 62 en en.appeal.support-by-donating support+...+by+donating|subscribing|becoming|making|giving|contributing|joining support ... by donating|subscribing|becoming|making|giving|contributing|joining
0 63 en en.appeal.become-a-member become+a|an+member|patron|subscriber|supporter|sustaining|sponsor|donor|insider|friend become a|an member|patron|subscriber|supporter|sustaining|sponsor|donor|insider|friend
0 64 en en.appeal.join-our-community join+our|the+community|mailing|newsletter|members|membership|list|supporters join our|the community|mailing|newsletter|members|membership|list|supporters
0 65 en en.appeal.subscribe-to-newsletter subscribe+to|for+?our|the+newsletter*|channel|podcast|magazine|mailing|feed|youtube|list|updates|alerts|print subscribe to|for our|the? newsletter*|channel|podcast|magazine|mailing|feed|youtube|list|updates|alerts|print
0 66 en en.appeal.subscribe-now subscribe+now|today|here|for|to subscribe now|today|here|for|to
0 67 en en.appeal.sign-up-for-newsletter sign+up+for|to+?our|the+newsletter*|daily|weekly|free|email*|updates|alerts|briefing|digest sign up for|to our|the? newsletter*|daily|weekly|free|email*|updates|alerts|briefing|digest
0 68 en en.appeal.sign-up-now sign+up+now|today|here|below sign up now|today|here|below
0 69 en en.appeal.get-our-newsletter get+our|the+?free+newsletter*|daily|weekly|briefing get our|the free? newsletter*|daily|weekly|briefing
0 70 en en.appeal.follow-us-here follow+us+here follow us here
0 71 en en.appeal.follow-on-facebook follow+...+on|at+facebook|twitter|x|instagram|tiktok|youtube|linkedin|mastodon|bluesky|threads|telegram|social follow ... on|at facebook|twitter|x|instagram|tiktok|youtube|linkedin|mastodon|bluesky|threads|telegram|social
0 72 en en.appeal.check-out-our check+out+our check out our
0 73 en en.appeal.have-a-tip have|got+a+?news|story+tip have|got a news|story? tip
0 74 en en.appeal.get-a-subscription get+a|your+subscription get a|your subscription
0 75 en en.appeal.subscription-to-our subscription+to|of+our subscription to|of our
0 76 en en.appeal.like-us-on like+us+on like us on
0 77 en en.appeal.find-us-on-facebook find+us+on+facebook|twitter|instagram|tiktok|youtube|linkedin|mastodon|bluesky find us on facebook|twitter|instagram|tiktok|youtube|linkedin|mastodon|bluesky
0 78 en en.appeal.share-this-article share+this+article|story|post|page|piece|video|on share this article|story|post|page|piece|video|on
0 79 en en.appeal.share-it-with-your-friends share+it+with+your+friends|family share it with your friends|family
0 80 en en.appeal.if-you-liked-this-article if+you+liked|enjoyed|like|enjoy|value|appreciate|love+this|our|what+article|story|post|piece|journalism|work|reporting|content|newsletter|podcast|site|video|we if you liked|enjoyed|like|enjoy|value|appreciate|love this|our|what article|story|post|piece|journalism|work|reporting|content|newsletter|podcast|site|video|we
0 81 en en.appeal.if-you-have-enjoyed-this-article if+you+have+enjoyed|liked|found|valued+this|our+article|story|post|piece|journalism|work|reporting|content if you have enjoyed|liked|found|valued this|our article|story|post|piece|journalism|work|reporting|content
0 82 en en.appeal.if-you-found-this-article-useful if+you+found+this|our+article|story|post|piece|content+useful|helpful|interesting|valuable if you found this|our article|story|post|piece|content useful|helpful|interesting|valuable
0 83 en en.appeal.click-here-to-subscribe click+here+to+subscribe|donate|support|sign|join|register|read|learn|download click here to subscribe|donate|support|sign|join|register|read|learn|download
0 84 en en.appeal.help-us-keep help+us+keep|continue|fund|grow|reach|bring|make|stay|do help us keep|continue|fund|grow|reach|bring|make|stay|do
0 85 en en.appeal.help-keep-independent help+keep+...+independent|free|alive|going|running help keep ... independent|free|alive|going|running
0 86 en en.appeal.we-rely-on-on-readers we+rely+on|depend+on+?our+readers|your|reader we rely on|depend on our? readers|your|reader
0 87 en en.appeal.we-need-your-support we+need+your+support|help|contribution|donation we need your support|help|contribution|donation
0 88 en en.appeal.your-support-makes your+support+makes|helps|keeps|means|is|allows|enables your support makes|helps|keeps|means|is|allows|enables
0 89 en en.appeal.your-donation-makes your+donation|contribution|gift+makes|helps|keeps|will your donation|contribution|gift makes|helps|keeps|will
0 90 en en.appeal.chip-in chip+in chip in
0 91 en en.appeal.buy-me-a-coffee buy+me|us+a+coffee buy me|us a coffee
0 92 en en.appeal.on-patreon on+patreon on patreon
0 93 en en.appeal.whitelist-us whitelist+us|our whitelist us|our
0 94 en en.appeal.disable-off-your-ad-blocker disable|turn+off+your+ad+blocker disable|turn off your ad blocker
0 95 en en.appeal.download-our-app download+our|the+app download our|the app
0 96 en en.appeal.leave-a-comment leave+a+comment leave a comment
0 97 en en.appeal.join-the-conversation join+the+conversation|discussion join the conversation|discussion
0 98 en en.appeal.let-us-know-in-the-comments let+us+know+in+the+comments let us know in the comments
0 99 en en.appeal.create-a-free-account create+a+free+account create a free account
0 100 en en.appeal.register-for-free-continue register+for+free|to+continue register for free|to continue
0 101 en en.appeal.log-in-to-comment log|sign+in+to+comment|continue|read log|sign in to comment|continue|read
0 102 en en.appeal.subscribe-to-continue subscribe+to+continue|read|unlock subscribe to continue|read|unlock
0 103 en en.appeal.already-a-subscriber already+a+subscriber|member already a subscriber|member
0 104 en en.appeal.you-have-reached-your-limit you+have+reached|used+your+limit|free you have reached|used your limit|free
0 105 en en.appeal.we-use-cookies we+use+cookies we use cookies
1 106 en en.money.donat donat*|donor*|contribut*|chip|chipping|pledge|patron|patrons|sponsor donat*|donor*|contribut*|chip|chipping|pledge|patron|patrons|sponsor
1 107 en en.money.one-off-gift one+off|monthly|regular|small|recurring+gift|gifts one off|monthly|regular|small|recurring gift|gifts
1 108 en en.money.standing-order standing+order standing order
1 109 en en.money.support-independent-journalism support|supporting|back|backing|fund|funding+?us|our|the+independent|local|this+journalism|work|reporting|newsroom|coverage|mission|site support|supporting|back|backing|fund|funding us|our|the? independent|local|this journalism|work|reporting|newsroom|coverage|mission|site
1 110 en en.money.become-a-member become|becoming+a|an+member|patron|subscriber|supporter|sponsor|donor|friend become|becoming a|an member|patron|subscriber|supporter|sponsor|donor|friend
1 111 en en.money.membership membership|supporter|supporters|members membership|supporter|supporters|members
1 112 en en.money.give-what-you-can give+what+you+can give what you can
1 113 en en.money.buy-us-a-coffee buy+us|me+a+coffee buy us|me a coffee
2 114 en en.attention.subscrib subscrib*|subscription* subscrib*|subscription*
2 115 en en.attention.sign-up-up sign+up|signing+up sign up|signing up
2 116 en en.attention.share-this share+this|it share this|it
2 117 en en.attention.our-briefing our|free|weekly|daily|morning+briefing|email|emails|inbox our|free|weekly|daily|morning briefing|email|emails|inbox
2 118 en en.attention.unlimited-access unlimited+access unlimited access
2 119 en en.attention.inbox inbox|mailbox inbox|mailbox
2 120 en en.attention.community community community
2 121 en en.attention.don-t-miss don+t+miss don t miss
3 122 en en.imperative.donate ?please+donate|give|support|subscribe|sign|join|become|share|help|chip|contribute|consider|make|back|pledge|click|get|buy|fund|keep|like|follow|tell|take please? donate|give|support|subscribe|sign|join|become|share|help|chip|contribute|consider|make|back|pledge|click|get|buy|fund|keep|like|follow|tell|take
3 123 en en.imperative.please please please
3 124 en en.imperative.don-t-miss don+t+miss don t miss
3 125 en en.imperative.enjoyed-this enjoyed|liked|like|love|value+this|what enjoyed|liked|like|love|value this|what
3 126 en en.imperative.want-more want+more want more
4 127 en en.reported.said said|says|told|tells|added|adds|announced|urged|urges|asked|asks|wrote|writes|explained|stated|claimed|insisted|warned|recalled|promised|shouted|replied said|says|told|tells|added|adds|announced|urged|urges|asked|asks|wrote|writes|explained|stated|claimed|insisted|warned|recalled|promised|shouted|replied
4 128 en en.reported.according-to according+to according to
4 129 en en.reported.in-a-statement in+a+statement in a statement
4 130 en en.reported.read-the-poster read+the+poster|sign|ad|advert|notice|banner read the poster|sign|ad|advert|notice|banner
4 131 en en.reported.advice-to advice|message|plea|request|instructions|slogan|motto+to|for|from|was|is|were advice|message|plea|request|instructions|slogan|motto to|for|from|was|is|were
9 132 en en.clause.if if|unless|to|whether if|unless|to|whether
9 133 en en.clause.so-that so+that so that
9 134 en en.clause.in-order-to in+order+to in order to
6 135 en en.supporting.like-what-you-re-reading like+what+you+re+reading like what you re reading
6 136 en en.supporting.paywall paywall|billionaire paywall|billionaire
6 137 en en.supporting.time ?costs+time|money costs? time|money
6 138 en en.supporting.a-month a|per|every+month|week|year a|per|every month|week|year
0 139 en en.appeal.get-unlimited-access-to get|gain+unlimited+access+to get|gain unlimited access to
6 140 en en.supporting.thank-you thank+you|thanks thank you|thanks
6 141 en en.supporting.one-off one+off|time one off|time
6 142 en en.supporting.are-welcome are+?always+?very+welcome are always? very? welcome
6 143 en en.supporting.every-contribution every|any+contribution|donation|gift|amount every|any contribution|donation|gift|amount
6 144 en en.supporting.choose-an-amount choose|enter|select|pick+an|the+amount choose|enter|select|pick an|the amount
6 145 en en.supporting.amount-of-your-choice amount+of+your+choice amount of your choice
6 146 en en.supporting.monthly-support monthly|regular|recurring+support|donation*|gift*|contribution*|payment* monthly|regular|recurring support|donation*|gift*|contribution*|payment*
6 147 en en.supporting.standing-order standing+order standing order
6 148 en en.supporting.bank-account bank+account|details bank account|details
6 149 en en.supporting.follow-this-link follow+this+link follow this link
6 150 en en.supporting.click-here-link-button click+here|the+link|the+button click here|the link|the button
6 151 en en.supporting.tax-deductible tax+deductible tax deductible
6 152 en en.supporting.independent-journalism independent+journalism|newsroom|media|news|reporting|voice independent journalism|newsroom|media|news|reporting|voice
6 153 en en.supporting.keep-us-going keep|keeps+us|it+going|independent|free|alive|running keep|keeps us|it going|independent|free|alive|running
6 154 en en.supporting.our-journalism our+journalism|reporting|work|newsroom|readers our journalism|reporting|work|newsroom|readers
6 155 en en.supporting.only-takes-takes-a-minute only+takes|just+takes+a+minute only takes|just takes a minute
6 156 en en.supporting.unsubscribe-at-any-time unsubscribe+at+any+time unsubscribe at any time
6 157 en en.supporting.your-inbox your+inbox your inbox
6 158 en en.supporting.privacy-policy privacy+policy privacy policy
6 159 en en.supporting.reader-supported reader+supported|funded reader supported|funded
6 160 en en.supporting.no-paywall no+paywall no paywall
6 161 en en.supporting.free-for-everyone free+for+everyone|all free for everyone|all
6 162 en en.supporting.we-are-re-a-nonprofit-profit we+are|we+re+a|an+nonprofit|non+profit|independent we are|we re a|an nonprofit|non profit|independent
6 163 en en.supporting.may-be-reached-at may|can+be+reached+at|by may|can be reached at|by
10 164 en en.heading.support-us-work-journalism-journalism support+us|our+work|our+journalism|independent+journalism support us|our work|our journalism|independent journalism
10 165 en en.heading.donate donate|donations donate|donations
10 166 en en.heading.make-a-donation make+a+donation make a donation
10 167 en en.heading.newsletter newsletter* newsletter*
10 168 en en.heading.our-newsletter our|the|free+?daily|weekly+newsletter* our|the|free daily|weekly? newsletter*
10 169 en en.heading.sign-up-newsletter sign+up+...+newsletter* sign up ... newsletter*
10 170 en en.heading.sign-up sign+up sign up
10 171 en en.heading.subscribe subscribe subscribe
10 172 en en.heading.subscribe-to-our-newsletter subscribe+to+our|the+newsletter* subscribe to our|the newsletter*
10 173 en en.heading.get-our-newsletter get+our|the+newsletter* get our|the newsletter*
10 174 en en.heading.related-stories related|recommended|popular|latest|trending|more+stories|articles|posts|reading|news|content|coverage|links|videos related|recommended|popular|latest|trending|more stories|articles|posts|reading|news|content|coverage|links|videos
10 175 en en.heading.related related related
10 176 en en.heading.read-more read+more|next read more|next
10 177 en en.heading.you-may-also-like you+may|might+also+like|enjoy you may|might also like|enjoy
10 178 en en.heading.more-from more+from+... more from ...
10 179 en en.heading.most-read most+read|popular|viewed|shared|emailed most read|popular|viewed|shared|emailed
10 180 en en.heading.don-t-miss don+t+miss don t miss
10 181 en en.heading.recommended-for-you recommended+for+you recommended for you
10 182 en en.heading.share share+?this+?article|story|post|page share this? article|story|post|page?
10 183 en en.heading.like-this like+this like this
10 184 en en.heading.follow-us follow+us+... follow us ...
10 185 en en.heading.join-the-conversation join+the+conversation|discussion join the conversation|discussion
10 186 en en.heading.leave-a-comment leave+a+comment|reply leave a comment|reply
11 187 en en.lead-in.related related related
11 188 en en.lead-in.read-more read+more|also|next read more|also|next
11 189 en en.lead-in.see-also see+also see also
11 190 en en.lead-in.also-read also+read|see also read|see
11 191 en en.lead-in.more-on more+on|from|about more on|from|about
11 192 en en.lead-in.recommended recommended recommended
11 193 en en.lead-in.you-may-also-like you+may|might+also+like you may|might also like
11 194 en en.lead-in.watch watch|listen watch|listen
11 195 en en.lead-in.click-here click+here click here
11 196 en en.lead-in.filed-under filed+under|topics filed under|topics
7 199 fr fr.address.vous vous|votre|vos|tu|te|toi|ton|ta|tes|nous|notre|nos vous|votre|vos|tu|te|toi|ton|ta|tes|nous|notre|nos
7 200 fr fr.address.pouvez pouvez|lisez|aimez|appreciez pouvez|lisez|aimez|appreciez
0 201 fr fr.appeal.faites-un-don faites+un+don faites un don
0 202 fr fr.appeal.faites-nous-un-don faites+nous+un+don faites nous un don
0 203 fr fr.appeal.donnez-maintenant-hui donnez+maintenant|aujourd+hui donnez maintenant|aujourd hui
0 204 fr fr.appeal.soutenez-nous soutenez+nous soutenez nous
0 205 fr fr.appeal.soutenez-notre-journal soutenez|soutenir+notre|le+journal|travail|journalisme|media|redaction|independance|site soutenez|soutenir notre|le journal|travail|journalisme|media|redaction|independance|site
0 206 fr fr.appeal.abonnez-vous abonnez+vous abonnez vous
0 207 fr fr.appeal.inscrivez-vous inscrivez+vous inscrivez vous
0 208 fr fr.appeal.suivez-nous suivez+nous suivez nous
0 209 fr fr.appeal.partagez-cet-article partagez+cet|notre+article|billet partagez cet|notre article|billet
0 210 fr fr.appeal.si-vous-avez-aime-cet-article si+vous+avez+aime|apprecie+cet|notre+article|contenu|travail si vous avez aime|apprecie cet|notre article|contenu|travail
0 211 fr fr.appeal.si-cet-article-vous-a-plu si+cet+article+vous+a+plu si cet article vous a plu
0 212 fr fr.appeal.devenez-membre devenez+membre|abonne|abonnee|donateur|donatrice|mecene|adherent devenez membre|abonne|abonnee|donateur|donatrice|mecene|adherent
0 213 fr fr.appeal.aidez-nous aidez+nous aidez nous
0 214 fr fr.appeal.nous-avons-besoin-de-vous nous+avons+besoin+de+vous|votre nous avons besoin de vous|votre
0 215 fr fr.appeal.recevez-notre-newsletter recevez+notre|la+newsletter|lettre recevez notre|la newsletter|lettre
0 216 fr fr.appeal.cliquez-ici-pour cliquez+ici+pour cliquez ici pour
1 217 fr fr.money.don don|dons|donner|donnez|donateur*|donatrice*|soutien|soutenez|soutenir|soutiens|mecen*|contribu*|financ*|cagnotte don|dons|donner|donnez|donateur*|donatrice*|soutien|soutenez|soutenir|soutiens|mecen*|contribu*|financ*|cagnotte
1 218 fr fr.money.virement-permanent virement+permanent|mensuel|regulier virement permanent|mensuel|regulier
1 219 fr fr.money.devenez-membre devenez|devenir+membre|adherent*|donateur*|mecene devenez|devenir membre|adherent*|donateur*|mecene
3 220 fr fr.imperative.faites faites|soutenez|abonnez|inscrivez|suivez|partagez|rejoignez|devenez|aidez|donnez|contribuez|participez|cliquez|recevez|pensez|offrez|soutiens|abonne|fais|soutenir|rejoindre|donner faites|soutenez|abonnez|inscrivez|suivez|partagez|rejoignez|devenez|aidez|donnez|contribuez|participez|cliquez|recevez|pensez|offrez|soutiens|abonne|fais|soutenir|rejoindre|donner
3 221 fr fr.imperative.cet-article-vous-a-plu cet+article+vous+a+plu cet article vous a plu
3 222 fr fr.imperative.vous-aimez vous+aimez|appreciez vous aimez|appreciez
3 223 fr fr.imperative.ne-manquez ne+manquez ne manquez
2 224 fr fr.attention.abonn abonn*|inscri*|suivez|partagez|partager|communaute abonn*|inscri*|suivez|partagez|partager|communaute
2 225 fr fr.attention.lettre-d-information lettre+d+information lettre d information
2 226 fr fr.attention.boite-mail boite+mail|courriel boite mail|courriel
2 227 fr fr.attention.boite-aux-lettres boite+aux+lettres boite aux lettres
2 228 fr fr.attention.courriel courriel courriel
2 229 fr fr.attention.rien-manquer rien+manquer rien manquer
4 230 fr fr.reported.a-declare a|ont+declare|dit|indique|precise|explique|ajoute|lance|annonce|affirme|demande|assure|rappele|promis a|ont declare|dit|indique|precise|explique|ajoute|lance|annonce|affirme|demande|assure|rappele|promis
4 231 fr fr.reported.selon selon|declare|affirme|promettait|explique|estime selon|declare|affirme|promettait|explique|estime
4 232 fr fr.reported.avons-demande avons|ont|a+demande avons|ont|a demande
4 233 fr fr.reported.message-du message|conseil|consigne|requete|slogan+du|des|aux|etait|est message|conseil|consigne|requete|slogan du|des|aux|etait|est
9 234 fr fr.clause.si si|pour|afin|lorsque|quand si|pour|afin|lorsque|quand
9 235 fr fr.clause.s-il s+il|ils s il|ils
6 236 fr fr.supporting.ce-travail-a-un-cout ce+travail+a+un+cout ce travail a un cout
6 237 fr fr.supporting.par-mois par|chaque+mois|semaine par|chaque mois|semaine
6 238 fr fr.supporting.gratuit gratuit* gratuit*
6 239 fr fr.supporting.sans-publicite sans+publicite|engagement sans publicite|engagement
6 240 fr fr.supporting.merci merci merci
6 241 fr fr.supporting.ponctuel ponctuel*|mensuel*|regulier* ponctuel*|mensuel*|regulier*
6 242 fr fr.supporting.deductible deductible* deductible*
6 243 fr fr.supporting.montant montant montant
6 244 fr fr.supporting.journalisme-independant journalisme+independant journalisme independant
6 245 fr fr.supporting.notre-independance notre+independance notre independance
6 246 fr fr.supporting.en-quelques-clics en+quelques+clics en quelques clics
6 247 fr fr.supporting.desinscrire-a-tout-moment desinscrire+a+tout+moment desinscrire a tout moment
6 248 fr fr.supporting.chaque-don chaque+don|contribution chaque don|contribution
10 249 fr fr.heading.soutenez-nous soutenez+nous soutenez nous
10 250 fr fr.heading.faire-un-don faire+un+don faire un don
10 251 fr fr.heading.newsletter newsletter newsletter
10 252 fr fr.heading.lettre-d-information lettre+d+information lettre d information
10 253 fr fr.heading.lire-aussi ?a+lire+aussi a? lire aussi
10 254 fr fr.heading.sur-le-meme-sujet sur+le+meme+sujet sur le meme sujet
10 255 fr fr.heading.les-plus-lus les+plus+lus les plus lus
10 256 fr fr.heading.articles-similaires articles+similaires|lies|connexes articles similaires|lies|connexes
10 257 fr fr.heading.partager partager|partagez partager|partagez
10 258 fr fr.heading.suivez-nous suivez+nous suivez nous
11 259 fr fr.lead-in.lire-aussi ?a+lire+aussi a? lire aussi
11 260 fr fr.lead-in.voir-aussi voir+aussi voir aussi
11 261 fr fr.lead-in.sur-le-meme-sujet sur+le+meme+sujet sur le meme sujet
11 262 fr fr.lead-in.lire-la-suite lire+la+suite lire la suite
11 263 fr fr.lead-in.en-savoir-plus en+savoir+plus en savoir plus
11 264 fr fr.lead-in.mots-cles mots+cles|etiquettes mots cles|etiquettes
13 265 fr fr.rights.tous-droits-reserves tous+droits+reserves tous droits reserves
13 266 fr fr.rights.reproduction-interdite reproduction+interdite reproduction interdite
7 269 es es.address.usted usted|ustedes|tu|te|ti|tus|vosotros|nos|nosotros|nuestro|nuestra|nuestros|nuestras usted|ustedes|tu|te|ti|tus|vosotros|nos|nosotros|nuestro|nuestra|nuestros|nuestras
7 270 es es.address.puedes puedes|lees|valoras puedes|lees|valoras
7 271 es es.address.estas-leyendo estas+leyendo estas leyendo
0 272 es es.appeal.haz-una-donacion-donativo-aportacion haz|haga|hacer|realiza+una+donacion|un+donativo|una+aportacion haz|haga|hacer|realiza una donacion|un donativo|una aportacion
0 273 es es.appeal.dona-ahora dona+ahora|hoy dona ahora|hoy
0 274 es es.appeal.apoyanos apoyanos apoyanos
0 275 es es.appeal.apoya-nuestro-periodismo apoya|apoye+nuestro|el+periodismo|trabajo|proyecto|medio apoya|apoye nuestro|el periodismo|trabajo|proyecto|medio
0 276 es es.appeal.suscribete suscribete|suscribase suscribete|suscribase
0 277 es es.appeal.hazte-socio hazte|hagase+socio|socia|miembro|suscriptor|suscriptora|mecenas hazte|hagase socio|socia|miembro|suscriptor|suscriptora|mecenas
0 278 es es.appeal.siguenos-en siguenos+en siguenos en
0 279 es es.appeal.comparte-este-articulo-nota-noticia comparte|comparta+este+articulo|esta+nota|esta+noticia comparte|comparta este articulo|esta nota|esta noticia
0 280 es es.appeal.si-te-gusto-gustado-este-articulo si+te+gusto|ha+gustado+este+articulo|contenido si te gusto|ha gustado este articulo|contenido
0 281 es es.appeal.si-valoras-nuestro si+valoras+nuestro si valoras nuestro
0 282 es es.appeal.necesitamos-tu-apoyo necesitamos+tu|su+apoyo|ayuda necesitamos tu|su apoyo|ayuda
0 283 es es.appeal.ayudanos ayudanos ayudanos
0 284 es es.appeal.unete-a-nuestra-comunidad unete+a+nuestra|la+comunidad unete a nuestra|la comunidad
0 285 es es.appeal.recibe-nuestro-boletin recibe+nuestro|nuestra+boletin|newsletter recibe nuestro|nuestra boletin|newsletter
0 286 es es.appeal.inscribete inscribete|registrate inscribete|registrate
0 287 es es.appeal.haz-clic-aqui-para haz+clic+aqui+para haz clic aqui para
1 288 es es.money.donacion donacion*|donativo*|dona|done|donar|dones|aportacion*|apoyo|apoya|apoye|apoyar|apoyarnos|apoyanos|contribu*|colabora*|socio|socia|socios|mecenas|financia*|domiciliacion donacion*|donativo*|dona|done|donar|dones|aportacion*|apoyo|apoya|apoye|apoyar|apoyarnos|apoyanos|contribu*|colabora*|socio|socia|socios|mecenas|financia*|domiciliacion
1 289 es es.money.hazte-socio hazte|hagase+socio|socia|miembro|mecenas|suscriptor|suscriptora hazte|hagase socio|socia|miembro|mecenas|suscriptor|suscriptora
3 290 es es.imperative.haz haz|haga|dona|done|apoya|apoye|apoyanos|suscribete|suscribase|hazte|hagase|siguenos|sigue|comparte|comparta|unete|ayudanos|ayuda|colabora|contribuye|recibe|piensa|inscribete|registrate|apuntate haz|haga|dona|done|apoya|apoye|apoyanos|suscribete|suscribase|hazte|hagase|siguenos|sigue|comparte|comparta|unete|ayudanos|ayuda|colabora|contribuye|recibe|piensa|inscribete|registrate|apuntate
3 291 es es.imperative.no-te-pierdas no+te+pierdas no te pierdas
3 292 es es.imperative.te-ha-gustado te+ha+gustado|gusto te ha gustado|gusto
2 293 es es.attention.correo correo|bandeja|suscrib*|suscrip*|boletin|siguenos|sigue|comparte|compartir|inscrib*|apuntate|registrate|pierdas|comunidad correo|bandeja|suscrib*|suscrip*|boletin|siguenos|sigue|comparte|compartir|inscrib*|apuntate|registrate|pierdas|comunidad
4 294 es es.reported.dijo dijo|dice|dijeron|afirmo|explico|explicaron|senalo|anadio|indico|pidio|decia|grito|recomendo|aseguro|preguntamos|pregunto|advirtio|prometia dijo|dice|dijeron|afirmo|explico|explicaron|senalo|anadio|indico|pidio|decia|grito|recomendo|aseguro|preguntamos|pregunto|advirtio|prometia
4 295 es es.reported.segun segun segun
4 296 es es.reported.mensaje-del mensaje|consejo|peticion|consigna|lema+del|a|fue|era|es mensaje|consejo|peticion|consigna|lema del|a|fue|era|es
9 297 es es.clause.si si|para|porque|cuando si|para|porque|cuando
6 298 es es.supporting.al-mes al|por|cada+mes|semana|ano al|por|cada mes|semana|ano
6 299 es es.supporting.a-la-semana a+la+semana a la semana
6 300 es es.supporting.gratis gratis|gratuito gratis|gratuito
6 301 es es.supporting.sin-publicidad sin+publicidad|permanencia sin publicidad|permanencia
6 302 es es.supporting.gracias gracias gracias
6 303 es es.supporting.periodismo-independiente periodismo+independiente periodismo independiente
6 304 es es.supporting.cualquier-cantidad cualquier+cantidad|aportacion cualquier cantidad|aportacion
6 305 es es.supporting.mensual mensual|puntual mensual|puntual
6 306 es es.supporting.tu-aportacion tu+aportacion|contribucion tu aportacion|contribucion
10 307 es es.heading.apoyanos apoyanos apoyanos
10 308 es es.heading.newsletter newsletter newsletter
10 309 es es.heading.boletin boletin boletin
10 310 es es.heading.te-puede-interesar te+puede+interesar te puede interesar
10 311 es es.heading.lo-mas-leido lo+mas+leido|visto lo mas leido|visto
10 312 es es.heading.noticias-relacionados noticias|articulos+relacionados|relacionadas noticias|articulos relacionados|relacionadas
10 313 es es.heading.lee-tambien lee|lea+tambien lee|lea tambien
10 314 es es.heading.comparte comparte comparte
10 315 es es.heading.siguenos siguenos siguenos
10 316 es es.heading.suscribete suscribete suscribete
11 317 es es.lead-in.lee-tambien lee|lea+tambien lee|lea tambien
11 318 es es.lead-in.te-puede-interesar te+puede+interesar te puede interesar
11 319 es es.lead-in.mas-informacion mas+informacion mas informacion
11 320 es es.lead-in.relacionado relacionado relacionado
11 321 es es.lead-in.ver-tambien ver+tambien ver tambien
11 322 es es.lead-in.leer-mas leer+mas leer mas
11 323 es es.lead-in.etiquetas etiquetas|temas etiquetas|temas
13 324 es es.rights.todos-los-derechos-reservados todos+los+derechos+reservados todos los derechos reservados
13 325 es es.rights.prohibida-su-reproduccion prohibida+su+reproduccion prohibida su reproduccion
7 328 de de.address.du du|dich|dir|dein|deine|deinen|deiner|deinem|uns|unser|unsere|unseren|unserer|unserem|unseres|wir|euch|euer du|dich|dir|dein|deine|deinen|deiner|deinem|uns|unser|unsere|unseren|unserer|unserem|unseres|wir|euch|euer
7 329 de de.address.sie-uns sie+uns|unsere|unseren|unser sie uns|unsere|unseren|unser
7 330 de de.address.sie-konnen sie+konnen|lesen sie konnen|lesen
0 331 de de.appeal.jetzt-spenden jetzt+spenden|unterstutzen|abonnieren|anmelden jetzt spenden|unterstutzen|abonnieren|anmelden
0 332 de de.appeal.spenden-sie spenden+sie spenden sie
0 333 de de.appeal.unterstutzen-sie-uns-arbeit-journalismus unterstutzen+sie+uns|unsere+arbeit|unseren+journalismus unterstutzen sie uns|unsere arbeit|unseren journalismus
0 334 de de.appeal.unterstutze-uns unterstutze+uns unterstutze uns
0 335 de de.appeal.werden-sie-mitglied werden+sie+mitglied|abonnent|abonnentin|forderer|forderin|unterstutzer|unterstutzerin werden sie mitglied|abonnent|abonnentin|forderer|forderin|unterstutzer|unterstutzerin
0 336 de de.appeal.werde-mitglied werde+mitglied|forderer|forderin werde mitglied|forderer|forderin
0 337 de de.appeal.abonnieren-sie abonnieren+sie abonnieren sie
0 338 de de.appeal.melden-sie-sich-newsletter-an melden+sie+sich+...+newsletter+an melden sie sich ... newsletter an
0 339 de de.appeal.folgen-sie-uns folgen+sie+uns folgen sie uns
0 340 de de.appeal.folge-uns folge+uns folge uns
0 341 de de.appeal.teilen-sie-diesen-artikel teilen+sie+diesen+artikel|beitrag teilen sie diesen artikel|beitrag
0 342 de de.appeal.wenn-ihnen-dieser-artikel-gefallen wenn+ihnen+dieser|der+artikel|beitrag+gefallen|gefallt wenn ihnen dieser|der artikel|beitrag gefallen|gefallt
0 343 de de.appeal.wir-brauchen-ihre-unterstutzung wir+brauchen+ihre+unterstutzung|hilfe wir brauchen ihre unterstutzung|hilfe
0 344 de de.appeal.helfen-sie-uns helfen+sie+uns helfen sie uns
1 345 de de.money.spende spende|spenden|spendenseite|spendet|unterstutz*|unterstutzung|mitglied|mitgliedschaft|forderer|forderin|foerder*|beitrag|betrag|dauerauftrag|finanzier* spende|spenden|spendenseite|spendet|unterstutz*|unterstutzung|mitglied|mitgliedschaft|forderer|forderin|foerder*|beitrag|betrag|dauerauftrag|finanzier*
3 346 de de.imperative.spenden-sie spenden|unterstutzen|abonnieren|werden|folgen|teilen|helfen|melden|schliessen|sichern|starken|ermoglichen|sorgen+sie spenden|unterstutzen|abonnieren|werden|folgen|teilen|helfen|melden|schliessen|sichern|starken|ermoglichen|sorgen sie
3 347 de de.imperative.spende spende|unterstutze|abonniere|werde|folge|teile|hilf|melde|sichere|bitte|jetzt spende|unterstutze|abonniere|werde|folge|teile|hilf|melde|sichere|bitte|jetzt
3 348 de de.imperative.hat-ihnen-dieser-artikel-gefallen hat|haben+ihnen|dir+dieser|der+artikel|beitrag+gefallen hat|haben ihnen|dir dieser|der artikel|beitrag gefallen
3 349 de de.imperative.kein-artikel-mehr-verpassen kein+artikel|beitrag+mehr+verpassen kein artikel|beitrag mehr verpassen
2 350 de de.attention.abonn abonn*|anmeld*|anmelden|folgen|folge|teilen|teile|verpassen|postfach|community|gemeinschaft abonn*|anmeld*|anmelden|folgen|folge|teilen|teile|verpassen|postfach|community|gemeinschaft
2 351 de de.attention.melden-sie-sich melden+sie+sich melden sie sich
4 352 de de.reported.sagte sagte|sagt|sagten|erklarte|erklarten|betonte|versprach|rief|teilte|teilten|berichtete|warnte|gefragt|fragte|fragten sagte|sagt|sagten|erklarte|erklarten|betonte|versprach|rief|teilte|teilten|berichtete|warnte|gefragt|fragte|fragten
4 353 de de.reported.so-der so+der|die|das so der|die|das
4 354 de de.reported.laut laut laut
4 355 de de.reported.botschaft-des botschaft|rat|empfehlung|motto+des|an|war|ist|lautet|lautete botschaft|rat|empfehlung|motto des|an|war|ist|lautet|lautete
9 356 de de.clause.wenn wenn|falls|damit|um|weil|ob wenn|falls|damit|um|weil|ob
8 357 de de.formal-address.sie sie|ihr|ihre|ihren|ihrer|ihrem|ihres|ihnen sie|ihr|ihre|ihren|ihrer|ihrem|ihres|ihnen
6 358 de de.supporting.im-monat im|pro|jeden+monat|woche|jahr im|pro|jeden monat|woche|jahr
6 359 de de.supporting.kostenlos kostenlos kostenlos
6 360 de de.supporting.frei-zuganglich frei+zuganglich frei zuganglich
6 361 de de.supporting.jederzeit-kundbar jederzeit+kundbar jederzeit kundbar
6 362 de de.supporting.zeit-und-geld zeit+und+geld zeit und geld
6 363 de de.supporting.danke danke danke
6 364 de de.supporting.vielen-dank vielen+dank vielen dank
6 365 de de.supporting.journalismus ?unabhangigen+journalismus unabhangigen? journalismus
6 366 de de.supporting.monatlich monatlich|einmalig monatlich|einmalig
6 367 de de.supporting.jeder-betrag jeder+betrag|beitrag jeder betrag|beitrag
6 368 de de.supporting.steuerlich-absetzbar steuerlich+absetzbar steuerlich absetzbar
10 369 de de.heading.newsletter newsletter newsletter
10 370 de de.heading.spenden spenden spenden
10 371 de de.heading.unterstutzen-sie-uns unterstutzen+sie+uns unterstutzen sie uns
10 372 de de.heading.mehr-zum-thema mehr+zum+thema mehr zum thema
10 373 de de.heading.das-konnte-sie-auch-interessieren das+konnte+sie+auch+interessieren das konnte sie auch interessieren
10 374 de de.heading.meistgelesen meistgelesen meistgelesen
10 375 de de.heading.ahnliche-artikel ahnliche|weitere+artikel ahnliche|weitere artikel
10 376 de de.heading.auch-interessant auch+interessant auch interessant
10 377 de de.heading.teilen teilen teilen
10 378 de de.heading.folgen-sie-uns folgen+sie+uns folgen sie uns
11 379 de de.lead-in.mehr-zum-thema mehr+zum+thema mehr zum thema
11 380 de de.lead-in.lesen-sie-auch lesen+sie+auch lesen sie auch
11 381 de de.lead-in.auch-interessant auch+interessant auch interessant
11 382 de de.lead-in.siehe-auch siehe+auch siehe auch
11 383 de de.lead-in.weiterlesen weiterlesen weiterlesen
11 384 de de.lead-in.lies-auch lies+auch lies auch
11 385 de de.lead-in.schlagworte schlagworte|schlagworter|schlagwort schlagworte|schlagworter|schlagwort
13 386 de de.rights.alle-rechte-vorbehalten alle+rechte+vorbehalten alle rechte vorbehalten
7 389 pt pt.address.esta-a-ler esta+a+ler esta a ler
7 390 pt pt.address.voce voce|voces|seu|sua|seus|suas|te|nos|nosso|nossa|nossos|nossas voce|voces|seu|sua|seus|suas|te|nos|nosso|nossa|nossos|nossas
0 391 pt pt.appeal.faca-uma-doacao faca+uma+doacao faca uma doacao
0 392 pt pt.appeal.doe-agora doe+agora|hoje doe agora|hoje
0 393 pt pt.appeal.apoie-o-jornalismo apoie+o|nosso+jornalismo|trabalho apoie o|nosso jornalismo|trabalho
0 394 pt pt.appeal.apoie-nos apoie+nos apoie nos
0 395 pt pt.appeal.assine-a-newsletter assine+a|nossa+newsletter assine a|nossa newsletter
0 396 pt pt.appeal.inscreva-se inscreva+se inscreva se
0 397 pt pt.appeal.siga-nos siga+nos siga nos
0 398 pt pt.appeal.compartilhe-este-artigo-materia-noticia compartilhe|partilhe+este+artigo|esta+materia|esta+noticia compartilhe|partilhe este artigo|esta materia|esta noticia
0 399 pt pt.appeal.se-gostou-deste-artigo se+?voce+gostou+deste|desse+artigo|conteudo se voce? gostou deste|desse artigo|conteudo
0 400 pt pt.appeal.torne-se-membro torne+se|seja+membro|assinante|apoiador|apoiadora torne se|seja membro|assinante|apoiador|apoiadora
0 401 pt pt.appeal.precisamos-do-seu-seu-sua-sua-apoio precisamos+do+seu|de+seu|da+sua|de+sua+apoio|ajuda precisamos do seu|de seu|da sua|de sua apoio|ajuda
0 402 pt pt.appeal.ajude-nos ajude+nos ajude nos
0 403 pt pt.appeal.receba-nossa-newsletter receba+nossa|a+newsletter receba nossa|a newsletter
0 404 pt pt.appeal.clique-aqui-para clique+aqui+para clique aqui para
1 405 pt pt.money.doacao doacao|doacoes|doar|doe|donativo*|apoie|apoiar|apoio|apoiantes|apoiante|contribu*|membro|financ* doacao|doacoes|doar|doe|donativo*|apoie|apoiar|apoio|apoiantes|apoiante|contribu*|membro|financ*
1 406 pt pt.money.transferencia-mensal transferencia+mensal transferencia mensal
2 407 pt pt.attention.comunidade comunidade comunidade
1 408 pt pt.money.torne-se-membro torne+se|seja+membro|assinante|apoiador|apoiadora|apoiante torne se|seja membro|assinante|apoiador|apoiadora|apoiante
3 409 pt pt.imperative.faca faca|doe|apoie|assine|inscreva|siga|partilhe|compartilhe|torne|seja|ajude|junte|receba|clique|pense|contribua faca|doe|apoie|assine|inscreva|siga|partilhe|compartilhe|torne|seja|ajude|junte|receba|clique|pense|contribua
3 410 pt pt.imperative.nao-perca nao+perca nao perca
3 411 pt pt.imperative.gostou-deste gostou+deste|desse gostou deste|desse
2 412 pt pt.attention.email email|mail|caixa|assin*|inscrev*|siga|partilh*|compartilh*|perca email|mail|caixa|assin*|inscrev*|siga|partilh*|compartilh*|perca
4 413 pt pt.reported.disse disse|disseram|explicou|explicaram|afirmou|declarou|indicou|prometia|gritou|aconselhou|perguntamos|perguntou|alertou disse|disseram|explicou|explicaram|afirmou|declarou|indicou|prometia|gritou|aconselhou|perguntamos|perguntou|alertou
4 414 pt pt.reported.segundo segundo segundo
4 415 pt pt.reported.mensagem-do mensagem|conselho|pedido|lema+do|da|dos|aos|foi|era mensagem|conselho|pedido|lema do|da|dos|aos|foi|era
9 416 pt pt.clause.se se|para|porque|caso|quando se|para|porque|caso|quando
6 417 pt pt.supporting.por-mes por|ao|a+mes|semana|ano por|ao|a mes|semana|ano
6 418 pt pt.supporting.gratuit gratuit* gratuit*
6 419 pt pt.supporting.sem-publicidade sem+publicidade|fidelizacao sem publicidade|fidelizacao
6 420 pt pt.supporting.obrigado obrigado|obrigada obrigado|obrigada
6 421 pt pt.supporting.jornalismo-independente jornalismo+independente jornalismo independente
6 422 pt pt.supporting.qualquer-valor qualquer+valor|quantia qualquer valor|quantia
6 423 pt pt.supporting.mensal mensal mensal
10 424 pt pt.heading.apoie apoie apoie
10 425 pt pt.heading.newsletter newsletter newsletter
10 426 pt pt.heading.leia-tambem leia|veja+tambem leia|veja tambem
10 427 pt pt.heading.mais-lidas mais+lidas mais lidas
10 428 pt pt.heading.noticias-relacionadas noticias+relacionadas noticias relacionadas
10 429 pt pt.heading.voce-tambem-pode-gostar voce|voces+tambem+pode|podem+gostar voce|voces tambem pode|podem gostar
10 430 pt pt.heading.voce-pode-gostar voce|voces+pode|podem+gostar voce|voces pode|podem gostar
10 431 pt pt.heading.pode-te-interessar pode+te|lhe+interessar pode te|lhe interessar
10 432 pt pt.heading.compartilhe compartilhe compartilhe
10 433 pt pt.heading.siga-nos siga+nos siga nos
11 434 pt pt.lead-in.leia-tambem leia+tambem leia tambem
11 435 pt pt.lead-in.leia-mais leia+mais leia mais
11 436 pt pt.lead-in.veja-tambem veja+tambem veja tambem
11 437 pt pt.lead-in.saiba-mais saiba+mais saiba mais
11 438 pt pt.lead-in.voce-tambem-pode-gostar voce+tambem+pode+gostar voce tambem pode gostar
11 439 pt pt.lead-in.pode-te-interessar pode+te|lhe+interessar pode te|lhe interessar
11 440 pt pt.lead-in.etiquetas-chave etiquetas|palavras+chave etiquetas|palavras chave
13 441 pt pt.rights.todos-os-direitos-reservados todos+os+direitos+reservados todos os direitos reservados
7 444 it it.address.tu tu|ti|tuo|tua|tuoi|tue|voi|vi|vostro|vostra|vostri|vostre|noi|ci|nostro|nostra|nostri|nostre tu|ti|tuo|tua|tuoi|tue|voi|vi|vostro|vostra|vostri|vostre|noi|ci|nostro|nostra|nostri|nostre
7 445 it it.address.puoi puoi|trovi|tieni|stai|leggi puoi|trovi|tieni|stai|leggi
0 446 it it.appeal.fai-una-donazione fai+una+donazione fai una donazione
0 447 it it.appeal.dona-ora dona+ora|oggi dona ora|oggi
0 448 it it.appeal.sostienici sostienici sostienici
0 449 it it.appeal.sostieni-il-nostro sostieni+il|la|un+nostro|nostra|giornalismo|lavoro|informazione sostieni il|la|un nostro|nostra|giornalismo|lavoro|informazione
0 450 it it.appeal.abbonati abbonati abbonati
0 451 it it.appeal.iscriviti-alla-nostra-newsletter iscriviti+alla|alla+nostra+newsletter iscriviti alla|alla nostra newsletter
0 452 it it.appeal.seguici-su seguici+su seguici su
0 453 it it.appeal.condividi-questo-articolo condividi+questo+articolo condividi questo articolo
0 454 it it.appeal.se-ti-e-piaciuto-questo-articolo se+ti+e+piaciuto+questo+articolo se ti e piaciuto questo articolo
0 455 it it.appeal.diventa-socio diventa+socio|membro|abbonato|sostenitore diventa socio|membro|abbonato|sostenitore
0 456 it it.appeal.abbiamo-bisogno-del-tuo-te-vostro-sostegno abbiamo+bisogno+del+tuo|di+te|del+vostro+sostegno|aiuto abbiamo bisogno del tuo|di te|del vostro sostegno|aiuto
0 457 it it.appeal.aiutaci aiutaci aiutaci
0 458 it it.appeal.clicca-qui-per clicca+qui+per clicca qui per
1 459 it it.money.dona dona|donate|donare|donazione|donazioni|donatore|donatori|sostieni|sostienici|sostenerci|sostenere|sostegno|sostenitore|sostenitori|contributo|contribuisci|contribuire|socio|soci|bonifico|finanzia* dona|donate|donare|donazione|donazioni|donatore|donatori|sostieni|sostienici|sostenerci|sostenere|sostegno|sostenitore|sostenitori|contributo|contribuisci|contribuire|socio|soci|bonifico|finanzia*
3 460 it it.imperative.fai fai|dona|sostieni|sostienici|abbonati|iscriviti|seguici|segui|condividi|diventa|aiutaci|aiuta|unisciti|ricevi|clicca|pensa|contribuisci fai|dona|sostieni|sostienici|abbonati|iscriviti|seguici|segui|condividi|diventa|aiutaci|aiuta|unisciti|ricevi|clicca|pensa|contribuisci
3 461 it it.imperative.non-perderti non+perderti non perderti
3 462 it it.imperative.ti-e-piaciuto ti+e+piaciuto ti e piaciuto
2 463 it it.attention.posta posta|mail|email|abbona*|iscriv*|seguici|segui|condividi|perderti|perdere|comunita posta|mail|email|abbona*|iscriv*|seguici|segui|condividi|perderti|perdere|comunita
4 464 it it.reported.ha-detto ha|hanno+detto|spiegato|dichiarato|gridato|invitato|annunciato|chiesto|precisato ha|hanno detto|spiegato|dichiarato|gridato|invitato|annunciato|chiesto|precisato
4 465 it it.reported.secondo secondo|prometteva|avvertendo secondo|prometteva|avvertendo
4 466 it it.reported.abbiamo-chiesto abbiamo+chiesto abbiamo chiesto
4 467 it it.reported.messaggio-del messaggio|consiglio|richiesta|slogan+del|della|dei|ai|agli|alla|era messaggio|consiglio|richiesta|slogan del|della|dei|ai|agli|alla|era
9 468 it it.clause.se se|per|perche|affinche|qualora se|per|perche|affinche|qualora
8 469 it it.formal-address.lei lei|suo|sua|suoi|sue lei|suo|sua|suoi|sue
3 470 it it.imperative.sostenga sostenga|doni|faccia|diventi|contribuisca|condivida|segua|aiuti|pensi sostenga|doni|faccia|diventi|contribuisca|condivida|segua|aiuti|pensi
3 471 it it.imperative.si-abboni si+abboni|iscriva si abboni|iscriva
3 472 it it.imperative.ci-segua ci+segua|sostenga|aiuti ci segua|sostenga|aiuti
6 473 it it.supporting.al-mese al|a|ogni+mese|settimana|anno al|a|ogni mese|settimana|anno
6 474 it it.supporting.gratis gratis|gratuito gratis|gratuito
6 475 it it.supporting.senza-pubblicita senza+pubblicita|vincoli senza pubblicita|vincoli
6 476 it it.supporting.grazie grazie grazie
6 477 it it.supporting.giornalismo-indipendente giornalismo+indipendente giornalismo indipendente
6 478 it it.supporting.qualsiasi-importo qualsiasi+importo qualsiasi importo
6 479 it it.supporting.mensile mensile mensile
10 480 it it.heading.sostienici sostienici sostienici
10 481 it it.heading.newsletter newsletter newsletter
10 482 it it.heading.leggi-anche leggi+anche leggi anche
10 483 it it.heading.potrebbe-interessarti potrebbe+interessarti potrebbe interessarti
10 484 it it.heading.piu-letti piu+letti piu letti
10 485 it it.heading.articoli-correlati articoli+correlati articoli correlati
10 486 it it.heading.condividi condividi condividi
10 487 it it.heading.seguici seguici seguici
11 488 it it.lead-in.leggi-anche leggi+anche leggi anche
11 489 it it.lead-in.vedi-anche vedi+anche vedi anche
11 490 it it.lead-in.approfondisci approfondisci approfondisci
11 491 it it.lead-in.per-saperne-di-piu per+saperne+di+piu per saperne di piu
11 492 it it.lead-in.argomenti argomenti|etichette argomenti|etichette
13 493 it it.rights.tutti-i-diritti-riservati tutti+i+diritti+riservati tutti i diritti riservati
13 494 it it.rights.riproduzione-riservata riproduzione+riservata riproduzione riservata
7 497 nl nl.address.je je|jij|jou|jouw|u|uw|we|wij|ons|onze je|jij|jou|jouw|u|uw|we|wij|ons|onze
0 498 nl nl.appeal.doneer-nu doneer+nu|vandaag doneer nu|vandaag
0 499 nl nl.appeal.steun-ons steun+ons steun ons
0 500 nl nl.appeal.word-lid word+lid|abonnee|donateur|vriend word lid|abonnee|donateur|vriend
0 501 nl nl.appeal.volg-ons-op volg+ons+op volg ons op
0 502 nl nl.appeal.deel-dit-artikel deel+dit+artikel|bericht deel dit artikel|bericht
0 503 nl nl.appeal.schrijf-je-in schrijf+je+in schrijf je in
0 504 nl nl.appeal.meld-je-aan meld+je+aan meld je aan
1 505 nl nl.money.doneer doneer|doneren|donatie*|donateur*|steun|steunen|steunt|gift|giften|bijdrage*|lid|leden|overschrijving|financier* doneer|doneren|donatie*|donateur*|steun|steunen|steunt|gift|giften|bijdrage*|lid|leden|overschrijving|financier*
3 506 nl nl.imperative.doneer doneer|steun|word|schrijf|volg|deel|help|meld|abonneer|neem|sluit|geef|klik|ontvang doneer|steun|word|schrijf|volg|deel|help|meld|abonneer|neem|sluit|geef|klik|ontvang
3 507 nl nl.imperative.mis-niets mis+niets mis niets
3 508 nl nl.imperative.vond-je-dit vond+je|u+dit vond je|u dit
2 509 nl nl.attention.abonne abonne*|abonnement|nieuwsbrief|volg|deel|mailbox|missen|gemeenschap abonne*|abonnement|nieuwsbrief|volg|deel|mailbox|missen|gemeenschap
2 510 nl nl.attention.mis-niets mis+niets mis niets
4 511 nl nl.reported.zei zei|zegt|zeiden|aldus|verklaarde|beloofde|riep|vroegen|vroeg|meldde zei|zegt|zeiden|aldus|verklaarde|beloofde|riep|vroegen|vroeg|meldde
4 512 nl nl.reported.volgens volgens volgens
4 513 nl nl.reported.boodschap-van boodschap|advies|verzoek|motto+van|aan|was|luidt|luidde boodschap|advies|verzoek|motto van|aan|was|luidt|luidde
9 514 nl nl.clause.als als|om|omdat|zodat|indien als|om|omdat|zodat|indien
6 515 nl nl.supporting.dank dank|bedankt dank|bedankt
6 516 nl nl.supporting.per-maand per|elke+maand|week|jaar per|elke maand|week|jaar
6 517 nl nl.supporting.eenmalig eenmalig|maandelijks|gratis eenmalig|maandelijks|gratis
6 518 nl nl.supporting.altijd-opzegbaar altijd+opzegbaar altijd opzegbaar
6 519 nl nl.supporting.tijd-en-geld tijd+en+geld tijd en geld
10 520 nl nl.heading.steun-ons steun+ons steun ons
10 521 nl nl.heading.nieuwsbrief nieuwsbrief nieuwsbrief
10 522 nl nl.heading.lees-ook lees+ook lees ook
10 523 nl nl.heading.meest-gelezen meest+gelezen meest gelezen
10 524 nl nl.heading.gerelateerde-artikelen gerelateerde+artikelen gerelateerde artikelen
10 525 nl nl.heading.deel deel|delen deel|delen
10 526 nl nl.heading.volg-ons volg+ons volg ons
11 527 nl nl.lead-in.lees-ook lees+ook|meer lees ook|meer
11 528 nl nl.lead-in.zie-ook zie+ook zie ook
11 529 nl nl.lead-in.trefwoorden trefwoorden|tags trefwoorden|tags
13 530 nl nl.rights.alle-rechten-voorbehouden alle+rechten+voorbehouden alle rechten voorbehouden
7 533 pl pl.address.mozesz mozesz|znajdziesz|czytasz|doczytales|doczytalas mozesz|znajdziesz|czytasz|doczytales|doczytalas
7 534 pl pl.address.ty ty|ci|cie|ciebie|twoj|twoja|twoje|twojego|twojej|twoim|wy|was|wam|wasz|wasza|wasze|my|nas|nam|nasz|nasza|nasze|naszego|naszej|naszym|naszych ty|ci|cie|ciebie|twoj|twoja|twoje|twojego|twojej|twoim|wy|was|wam|wasz|wasza|wasze|my|nas|nam|nasz|nasza|nasze|naszego|naszej|naszym|naszych
0 535 pl pl.appeal.wesprzyj-nas wesprzyj+nas wesprzyj nas
0 536 pl pl.appeal.przekaz-darowizne przekaz+darowizne przekaz darowizne
0 537 pl pl.appeal.zostan-patronem zostan+patronem|patronka|darczynca|subskrybentem zostan patronem|patronka|darczynca|subskrybentem
0 538 pl pl.appeal.obserwuj-nas obserwuj+nas obserwuj nas
0 539 pl pl.appeal.udostepnij-ten-artykul udostepnij+ten+artykul|tekst udostepnij ten artykul|tekst
0 540 pl pl.appeal.zapisz-sie-do-newsletter zapisz+sie+do|na+newsletter* zapisz sie do|na newsletter*
1 541 pl pl.money.wesprzyj wesprzyj|wspieraj|wspar*|wspier*|wspomoz|darowizn*|wplac|wplat*|patron*|przelew*|zlecenie|finansuj*|datek|datki|doloz|dorzuc wesprzyj|wspieraj|wspar*|wspier*|wspomoz|darowizn*|wplac|wplat*|patron*|przelew*|zlecenie|finansuj*|datek|datki|doloz|dorzuc
3 542 pl pl.imperative.wesprzyj wesprzyj|wspieraj|wspomoz|przekaz|wplac|zostan|zapisz|obserwuj|udostepnij|dolacz|pomoz|zaprenumeruj|kliknij|rozwaz|podaruj|doloz|dorzuc wesprzyj|wspieraj|wspomoz|przekaz|wplac|zostan|zapisz|obserwuj|udostepnij|dolacz|pomoz|zaprenumeruj|kliknij|rozwaz|podaruj|doloz|dorzuc
3 543 pl pl.imperative.nie-przegap nie+przegap nie przegap
3 544 pl pl.imperative.podobal-ci-sie podobal|podobala+ci|wam+sie podobal|podobala ci|wam sie
2 545 pl pl.attention.zapisz zapisz*|newsletter*|obserwuj*|udostepnij|zaprenumeruj|prenumer*|przegap*|skrzynce|spolecznosc* zapisz*|newsletter*|obserwuj*|udostepnij|zaprenumeruj|prenumer*|przegap*|skrzynce|spolecznosc*
4 546 pl pl.reported.powiedzial powiedzial|powiedziala|mowi|zaapelowal|zaapelowala|poinformowal|poinformowali|przekazalo|przekazal|przekazala|obiecywala|krzyczal|zapytalismy|zapytal|ostrzegl powiedzial|powiedziala|mowi|zaapelowal|zaapelowala|poinformowal|poinformowali|przekazalo|przekazal|przekazala|obiecywala|krzyczal|zapytalismy|zapytal|ostrzegl
4 547 pl pl.reported.wedlug wedlug wedlug
4 548 pl pl.reported.przeslanie przeslanie|rada|prosba|haslo|wezwanie przeslanie|rada|prosba|haslo|wezwanie
9 549 pl pl.clause.jesli jesli|jezeli|aby|zeby|gdyby|skoro jesli|jezeli|aby|zeby|gdyby|skoro
6 550 pl pl.supporting.dziekujemy dziekujemy|dziekuje dziekujemy|dziekuje
6 551 pl pl.supporting.miesiecznie miesiecznie|comiesieczn*|jednorazow*|dziennie|bezplatn* miesiecznie|comiesieczn*|jednorazow*|dziennie|bezplatn*
6 552 pl pl.supporting.za-darmo za+darmo za darmo
6 553 pl pl.supporting.kazda-kwota kazda+kwota kazda kwota
10 554 pl pl.heading.wesprzyj-nas wesprzyj+nas wesprzyj nas
10 555 pl pl.heading.newsletter newsletter newsletter
10 556 pl pl.heading.czytaj-takze czytaj+takze|rowniez czytaj takze|rowniez
10 557 pl pl.heading.najczesciej-czytane najczesciej+czytane najczesciej czytane
10 558 pl pl.heading.powiazane-artykuly powiazane+artykuly powiazane artykuly
10 559 pl pl.heading.udostepnij udostepnij udostepnij
10 560 pl pl.heading.obserwuj-nas obserwuj+nas obserwuj nas
11 561 pl pl.lead-in.czytaj-takze czytaj+takze|rowniez|wiecej czytaj takze|rowniez|wiecej
11 562 pl pl.lead-in.zobacz-takze zobacz+takze|rowniez zobacz takze|rowniez
11 563 pl pl.lead-in.tagi tagi tagi
13 564 pl pl.rights.wszelkie-prawa-zastrzezone wszelkie+prawa+zastrzezone wszelkie prawa zastrzezone
"""##
}
