# ruff: noqa: E501  (prose data: line breaks follow the sentences, not the ruler)
"""The graded set: the same message written the officialese way and the plain way.

Each pair is (hard, plain). The content is realistic municipal information
(the e-index services and the mobile social services); names, dates and
places are ordinary examples, not real notices.
"""

LV: list[tuple[str, str]] = [
    (
        "Apbedīšanas pabalsta piešķiršanai persona, kura ir veikusi mirušās personas apbedīšanu, "
        "iesniedz iesniegumu pašvaldības sociālajā dienestā ne vēlāk kā divpadsmit mēnešu laikā no "
        "nāves dienas, pievienojot izdevumus apliecinošus dokumentus.",
        "Ja jūs apbedījāt tuvinieku, varat saņemt apbedīšanas pabalstu. Pieteikties var 12 mēnešu "
        "laikā pēc nāves dienas. Atnāciet uz sociālo dienestu un paņemiet līdzi rēķinus par bērēm.",
    ),
    (
        "Bērna reģistrācija rindā uz vietu pirmsskolas izglītības iestādē tiek veikta, pamatojoties "
        "uz bērna likumiskā pārstāvja iesniegumu, kas iesniegts elektroniski vai klātienē "
        "Izglītības pārvaldē.",
        "Lai bērns saņemtu vietu bērnudārzā, pierakstiet viņu rindā. To var izdarīt internetā vai "
        "Izglītības pārvaldē. Pieteikumu raksta bērna vecāki.",
    ),
    (
        "Būvniecības ieceres dokumentācija iesniedzama būvvaldē elektroniski Būvniecības "
        "informācijas sistēmā, un būvatļauja tiek izsniegta pēc būvniecības ieceres izvērtēšanas "
        "atbilstoši normatīvo aktu prasībām.",
        "Ja vēlaties būvēt māju, iesniedziet plānu būvvaldē. To dara internetā, Būvniecības "
        "informācijas sistēmā. Būvvalde pārbauda plānu un dod būvatļauju.",
    ),
    (
        "Bērna dzimšanas reģistrācija veicama dzimtsarakstu nodaļā ne vēlāk kā viena mēneša laikā "
        "no bērna dzimšanas dienas, uzrādot personu apliecinošus dokumentus un ārstniecības "
        "iestādes izsniegtu medicīnisko izziņu.",
        "Reģistrējiet bērna dzimšanu dzimtsarakstu nodaļā. Dariet to 1 mēneša laikā pēc "
        "dzimšanas. Paņemiet līdzi pasi un izziņu no slimnīcas.",
    ),
    (
        "Dzīvesvietas deklarēšana personai ir jāveic viena mēneša laikā pēc dzīvesvietas maiņas, "
        "iesniedzot dzīvesvietas deklarāciju pašvaldībā vai elektroniski portālā Latvija.gov.lv.",
        "Ja pārceļaties uz jaunu adresi, deklarējiet to 1 mēneša laikā. To var izdarīt pašvaldībā "
        "vai internetā: latvija.gov.lv.",
    ),
    (
        "Laulības reģistrācijai nepieciešamo dokumentu iesniegšana dzimtsarakstu nodaļā ir veicama "
        "ne agrāk kā sešus mēnešus un ne vēlāk kā vienu mēnesi pirms paredzētās laulības "
        "noslēgšanas dienas.",
        "Ja gribat precēties, atnāciet uz dzimtsarakstu nodaļu. Nāciet ne agrāk kā 6 mēnešus un ne "
        "vēlāk kā 1 mēnesi pirms kāzām. Paņemiet līdzi pases.",
    ),
    (
        "Nekustamā īpašuma nodokļa maksāšanas paziņojums tiek nosūtīts nodokļa maksātājam līdz "
        "kārtējā taksācijas gada 15. februārim, un nodokļa samaksa veicama četros maksājumos "
        "atbilstoši noteiktajiem termiņiem.",
        "Līdz 15. februārim jūs saņemsiet paziņojumu par īpašuma nodokli. Nodokli var samaksāt "
        "4 daļās. Paziņojumā ir datumi, līdz kuriem jāmaksā.",
    ),
    (
        "Miršanas fakta reģistrāciju dzimtsarakstu nodaļā veic mirušās personas tuvinieki vai citas "
        "personas, iesniedzot ārstniecības personas izsniegtu medicīnisko apliecību par nāves "
        "cēloni.",
        "Ja nomiris tuvinieks, reģistrējiet nāvi dzimtsarakstu nodaļā. Paņemiet līdzi ārsta izziņu "
        "par nāvi. To var izdarīt radinieks vai cits cilvēks.",
    ),
    (
        "Nekustamā īpašuma lietošanas mērķa noteikšana vai maiņa tiek veikta ar pašvaldības "
        "lēmumu, pamatojoties uz nekustamā īpašuma īpašnieka iesniegumu un ievērojot teritorijas "
        "plānojumā noteikto atļauto izmantošanu.",
        "Pašvaldība nosaka, kam izmanto jūsu zemi vai ēku. Ja vēlaties to mainīt, uzrakstiet "
        "iesniegumu. Mēs pārbaudīsim, vai plānojums to atļauj.",
    ),
    (
        "Nekustamā īpašuma nodokļa atvieglojumi tiek piešķirti trūcīgām un maznodrošinātām "
        "personām, kā arī politiski represētām personām, pamatojoties uz iesniegumu, kas iesniegts "
        "līdz kārtējā taksācijas gada 31. decembrim.",
        "Ja jums ir mazi ienākumi, varat maksāt mazāku īpašuma nodokli. Uzrakstiet iesniegumu līdz "
        "31. decembrim. Atlaide ir arī politiski represētiem cilvēkiem.",
    ),
    (
        "Mājokļa apkures kompensācijas saņemšanai mājsaimniecībai ir nepieciešams iesniegt "
        "iesniegumu sociālajā dienestā, pievienojot dokumentus, kas apliecina mājsaimniecības "
        "ienākumus un apkures izdevumus.",
        "Ja jums ir lieli apkures rēķini, varat saņemt apkures kompensāciju. Uzrakstiet iesniegumu "
        "sociālajā dienestā. Paņemiet līdzi apkures rēķinus un ziņas par ienākumiem.",
    ),
    (
        "Tiesības īrēt sociālo dzīvokli ir personām, kuras atzītas par trūcīgām vai "
        "maznodrošinātām un kurām nav īpašumā vai lietošanā cita dzīvojamā telpa, ko tās var "
        "izmantot dzīvošanai.",
        "Sociālo dzīvokli var īrēt, ja jums ir mazi ienākumi un nav kur dzīvot. Jautājiet sociālajā "
        "dienestā. Mēs pārbaudīsim jūsu situāciju.",
    ),
    (
        "Mājokļa pielāgošana personām ar funkcionāliem traucējumiem tiek nodrošināta, ja sociālā "
        "dienesta veiktajā izvērtējumā ir konstatēta nepieciešamība pielāgot mājokli personas "
        "pārvietošanās spēju uzlabošanai.",
        "Ja jums grūti pārvietoties pa māju, mēs varam to pielāgot. Piemēram, uzliksim margas vai "
        "uzbrauktuvi. Sazinieties ar sociālo dienestu.",
    ),
    (
        "Invaliditātes apliecības atjaunošana tiek veikta, ja persona ir iesniegusi iesniegumu un "
        "Veselības un darbspēju ekspertīzes ārstu valsts komisija ir pieņēmusi lēmumu par "
        "invaliditātes noteikšanu.",
        "Ja apliecība par invaliditāti beidzas, to var atjaunot. Vispirms ārstu komisija pieņem "
        "lēmumu. Pēc tam uzrakstiet iesniegumu, un jūs saņemsiet jaunu apliecību.",
    ),
    (
        "Sociālās rehabilitācijas pakalpojumu sniegšana tiek organizēta, ņemot vērā personas "
        "individuālās vajadzības un resursus, kas noteikti sociālā darbinieka veiktajā novērtējumā.",
        "Sociālā rehabilitācija palīdz atgūt spēkus un prasmes. Sociālais darbinieks ar jums runās. "
        "Kopā jūs izlemsiet, kāda palīdzība jums der.",
    ),
    (
        "Specializētā transporta pakalpojums nokļūšanai uz ārstniecības iestādi tiek nodrošināts "
        "personām, kuras pārvietošanās traucējumu dēļ nevar izmantot sabiedrisko transportu, "
        "pamatojoties uz iepriekšēju pieteikumu.",
        "Ja jūs nevarat braukt ar autobusu, mēs varam aizvest jūs pie ārsta. Piesakiet braucienu "
        "iepriekš. Zvaniet sociālajam dienestam.",
    ),
    (
        "Ceļa izdevumu kompensācija tiek izmaksāta, pamatojoties uz iesniegtajiem braukšanas biļešu "
        "oriģināliem, ne vēlāk kā mēneša laikā pēc brauciena veikšanas.",
        "Mēs atmaksājam naudu par braucienu. Atnesiet biļetes 1 mēneša laikā pēc brauciena. Naudu "
        "pārskaitīsim uz jūsu kontu.",
    ),
    (
        "Iedzīvotājiem tiek nodrošinātas konsultācijas par valsts un pašvaldību e-pakalpojumu "
        "izmantošanu, kā arī atbalsts elektroniskās identifikācijas līdzekļu aktivizēšanā.",
        "Mēs palīdzam lietot e-pakalpojumus. Mēs parādīsim, kā pieslēgties ar eParakstu vai bankas "
        "kontu. Atnāciet uz bibliotēku vai mobilo autobusu.",
    ),
    (
        "Bibliotēkas pakalpojumu pieejamības nodrošināšanai personām ar redzes traucējumiem tiek "
        "piedāvāta iespēja saņemt audiogrāmatas un citus speciāli pielāgotus izdevumus.",
        "Ja jums slikta redze, bibliotēkā varat paņemt audiogrāmatas. Tās var klausīties mājās. "
        "Bibliotekārs palīdzēs izvēlēties.",
    ),
    (
        "Mobilā pakalpojumu centra apmeklējuma laikā iedzīvotājiem tiek nodrošināta iespēja veikt "
        "asinsspiediena un glikozes līmeņa mērījumus bez maksas.",
        "Mobilajā autobusā varat bez maksas izmērīt asinsspiedienu. Varat pārbaudīt arī cukura "
        "līmeni asinīs.",
    ),
    (
        "Pasta pakalpojumu sniegšana tiek veikta mobilā pakalpojumu centra darba laikā atbilstoši "
        "apstiprinātajam maršruta grafikam.",
        "Autobusā varat nosūtīt vēstuli vai paku. Autobuss brauc pēc grafika. Grafiks ir mūsu mājaslapā.",
    ),
    (
        "Informācija par darba meklēšanas atbalsta pasākumiem un Nodarbinātības valsts aģentūras "
        "piedāvātajām aktivitātēm ir pieejama pašvaldības klientu apkalpošanas centrā.",
        "Vai meklējat darbu? Klientu centrā jums pastāstīs, kur meklēt darbu un kā mācīties jaunu arodu.",
    ),
    (
        "Uz iedzīvotāju rakstveidā iesniegtajiem jautājumiem atbilde tiek sniegta piecu darba "
        "dienu laikā no iesnieguma saņemšanas dienas.",
        "Ja jūs uzrakstāt jautājumu, mēs atbildēsim 5 darba dienās.",
    ),
    (
        "Personas vārdā informāciju par sociālajiem pakalpojumiem ir tiesīgs pieprasīt arī tās "
        "radinieks, aprūpētājs vai cita ieinteresētā persona.",
        "Par pakalpojumiem var jautāt arī jūsu radinieks, kaimiņš vai aprūpētājs.",
    ),
    (
        "Pēc iesnieguma saņemšanas sociālais darbinieks veic personas sociālās situācijas "
        "izvērtēšanu, tai skaitā apsekojot personu dzīvesvietā, un sagatavo atzinumu par "
        "pakalpojuma piešķiršanas nepieciešamību.",
        "Kad saņemsim iesniegumu, sociālais darbinieks ar jums runās. Viņš var atnākt pie jums "
        "mājās. Tad mēs izlemsim, vai jums pienākas palīdzība.",
    ),
    (
        "Garantētā minimālā ienākuma pabalsts tiek piešķirts mājsaimniecībām, kuru vidējie "
        "ienākumi uz vienu mājsaimniecības locekli pēdējo trīs mēnešu laikā nepārsniedz "
        "normatīvajos aktos noteikto ienākumu slieksni.",
        "Ja jūsu ģimenei ir ļoti mazi ienākumi, varat saņemt pabalstu. Mēs skatāmies ienākumus "
        "pēdējos 3 mēnešos. Sociālais dienests pastāstīs, vai jums pienākas pabalsts.",
    ),
    (
        "Sociālā dienesta lēmumu var apstrīdēt pašvaldības domē viena mēneša laikā no tā spēkā "
        "stāšanās dienas, iesniedzot rakstveida iesniegumu.",
        "Ja nepiekrītat lēmumam, varat par to sūdzēties domē. Uzrakstiet iesniegumu 1 mēneša laikā.",
    ),
    (
        "Apmeklētāju pieņemšana klātienē tiek nodrošināta pirmdienās un ceturtdienās no plkst. "
        "9.00 līdz 12.00, iepriekš piesakoties pa tālruni.",
        "Mēs pieņemam apmeklētājus pirmdienās un ceturtdienās no 9.00 līdz 12.00. Pirms nākšanas piezvaniet.",
    ),
    (
        "Sakarā ar plānotajiem ūdensvada rekonstrukcijas darbiem 12. maijā no plkst. 8.00 līdz "
        "16.00 tiks pārtraukta ūdens padeve Lielajā ielā un tai pieguļošajās ielās.",
        "12. maijā no 8.00 līdz 16.00 Lielajā ielā nebūs ūdens. Mēs remontējam ūdensvadu. "
        "Sagatavojiet ūdeni iepriekš.",
    ),
    (
        "Sadzīves atkritumu apsaimniekošanas maksas apmērs tiek noteikts atbilstoši pašvaldības "
        "saistošajiem noteikumiem un ir piemērojams visiem nekustamo īpašumu īpašniekiem.",
        "Par atkritumu izvešanu maksā katrs mājas īpašnieks. Cenu nosaka pašvaldība.",
    ),
    (
        "Pakalpojuma saņemšanai nepieciešams uzrādīt personu apliecinošu dokumentu, kā arī "
        "iesniegt dokumentus, kas apliecina personas ienākumus pēdējo triju mēnešu periodā.",
        "Paņemiet līdzi pasi vai ID karti. Paņemiet arī izziņu par ienākumiem pēdējos 3 mēnešos.",
    ),
    (
        "Informējam, ka mobilā pakalpojumu centra apmeklējuma grafiks var tikt mainīts neparedzētu "
        "apstākļu gadījumā, par ko iedzīvotāji tiks informēti savlaicīgi.",
        "Autobusa grafiks dažreiz mainās. Ja tā notiks, mēs jums laikus paziņosim.",
    ),
    (
        "Daudzbērnu ģimenēm tiek piešķirts atbalsts mācību līdzekļu iegādei, ja ģimene atbilst "
        "saistošajos noteikumos noteiktajiem kritērijiem un ir iesniegusi iesniegumu noteiktajā "
        "termiņā.",
        "Ģimenes ar 3 vai vairāk bērniem var saņemt naudu skolas lietām. Iesniegumu rakstiet līdz "
        "1. septembrim.",
    ),
    (
        "Aprūpes mājās pakalpojums tiek sniegts personām, kuras objektīvu apstākļu dēļ nespēj sevi "
        "aprūpēt, ar mērķi nodrošināt to pamatvajadzību apmierināšanu dzīvesvietā.",
        "Ja jūs pats nevarat par sevi parūpēties, aprūpētājs var nākt pie jums mājās. Viņš palīdzēs "
        "nopirkt pārtiku, uzkopt māju un nomazgāties.",
    ),
    (
        "Izglītojamo ēdināšanas izdevumu segšana tiek nodrošināta no pašvaldības budžeta līdzekļiem "
        "atbilstoši apstiprinātajam finansējuma apmēram.",
        "Pašvaldība maksā par skolēnu pusdienām skolā. Vecākiem par to nav jāmaksā.",
    ),
    (
        "Dzīvnieka īpašniekam ir pienākums nodrošināt suņa reģistrāciju Lauksaimniecības datu "
        "centra reģistrā ne vēlāk kā līdz kucēna četru mēnešu vecuma sasniegšanai.",
        "Reģistrējiet savu suni, kad kucēnam ir 4 mēneši. To var izdarīt pie veterinārārsta.",
    ),
    (
        "Par konstatētajiem ielu apgaismojuma bojājumiem aicinām informēt pašvaldības komunālo "
        "dienestu, norādot precīzu bojājuma atrašanās vietu.",
        "Ja redzat, ka nedeg ielas lampa, zvaniet komunālajam dienestam. Pasakiet, kurā vietā tas ir.",
    ),
    (
        "Pabalsts krīzes situācijā tiek piešķirts, ja persona ir nonākusi situācijā, kurā tā "
        "objektīvu iemeslu dēļ nespēj apmierināt savas pamatvajadzības, un iesniegums iesniegts ne "
        "vēlāk kā viena mēneša laikā pēc krīzes situācijas iestāšanās.",
        "Ja jums notikusi nelaime, piemēram, ugunsgrēks, varat saņemt pabalstu. Piesakieties "
        "1 mēneša laikā. Zvaniet sociālajam dienestam.",
    ),
    (
        "Ņemot vērā laikapstākļu radītos apgrūtinājumus, pašvaldības autoceļu ziemas uzturēšana "
        "tiek veikta prioritārā secībā, atbilstoši apstiprinātajam autoceļu uzturēšanas klašu "
        "sadalījumam.",
        "Ziemā mēs vispirms tīrām lielākos ceļus. Pēc tam tīrām mazākos ceļus un ielas.",
    ),
    (
        "Sabiedriskās apspriešanas ietvaros iedzīvotājiem ir iespēja iepazīties ar lokālplānojuma "
        "redakciju un sniegt priekšlikumus rakstveidā līdz 30. jūnijam.",
        "Mēs gaidām jūsu domas par jauno plānu. To var izlasīt mājaslapā. Rakstiet savus "
        "ieteikumus līdz 30. jūnijam.",
    ),
    (
        "Asistenta pakalpojums pašvaldībā tiek piešķirts personām ar I vai II invaliditātes grupu, "
        "kurām Veselības un darbspēju ekspertīzes ārstu valsts komisija ir izsniegusi atzinumu par "
        "īpašas kopšanas nepieciešamību.",
        "Ja jums ir 1. vai 2. invaliditātes grupa, varat saņemt asistentu. Asistents palīdz jums "
        "doties uz darbu, pie ārsta vai uz veikalu.",
    ),
    (
        "Kapavietas piešķiršana tiek veikta, pamatojoties uz apbedītāja iesniegumu, un kapavietas "
        "uzturēšana ir kapavietas turētāja pienākums.",
        "Kapavietu jums iedos kapsētas pārzinis. Par kapavietu jārūpējas jums pašiem.",
    ),
]

EN: list[tuple[str, str]] = [
    (
        "In accordance with the municipality's binding regulations, applications for the funeral "
        "allowance shall be submitted no later than twelve months following the date of death, "
        "accompanied by documentation evidencing the expenditure incurred.",
        "If you paid for a funeral, you can get a funeral allowance. Apply within 12 months of the "
        "death. Bring the bills with you.",
    ),
    (
        "Registration of a child in the queue for a place at a pre-school educational institution "
        "is carried out on the basis of an application submitted by the child's legal "
        "representative.",
        "To get your child a place at a nursery, put them on the waiting list. A parent fills in the form.",
    ),
    (
        "Applicants are required to obtain a building permit prior to the commencement of "
        "construction works, and the application shall be submitted electronically via the "
        "Construction Information System.",
        "You need a building permit before you start building. Apply online in the Construction "
        "Information System.",
    ),
    (
        "The declaration of a place of residence must be made within one month of the change of "
        "residence by submitting the relevant declaration to the municipality or electronically.",
        "If you move house, tell us your new address within 1 month. You can do this at the "
        "council office or online.",
    ),
    (
        "Households whose income does not exceed the threshold set out in the applicable "
        "regulations are eligible to receive a heating allowance upon submission of an application "
        "accompanied by evidence of heating expenditure.",
        "If your income is low, you can get help to pay for heating. Send us a form and your heating bills.",
    ),
    (
        "Residents are hereby informed that the water supply will be interrupted on 12 May between "
        "08:00 and 16:00 due to the fact that reconstruction works are being carried out.",
        "There will be no water on 12 May from 08:00 to 16:00. We are repairing the pipes.",
    ),
    (
        "Written enquiries received by the municipality shall be responded to within five working "
        "days of the date of receipt.",
        "We answer written questions within 5 working days.",
    ),
    (
        "Information regarding social services may also be requested on behalf of the individual "
        "by a relative, carer or other interested person.",
        "A relative, carer or neighbour can ask about our services for you.",
    ),
    (
        "Specialised transport to medical institutions is provided to individuals who are unable to "
        "utilise public transport due to mobility impairments, subject to prior booking.",
        "If you cannot take the bus, we can drive you to the doctor. Book the trip in advance.",
    ),
    (
        "The decision of the social service may be contested by submitting a written application to "
        "the council within one month of its entry into force.",
        "If you do not agree with our decision, you can complain to the council. Write to us within 1 month.",
    ),
    (
        "Assistance with the utilisation of e-services is provided at the mobile service centre in "
        "order to facilitate residents' access to state and municipal services.",
        "We help you use e-services. Visit us at the mobile service bus.",
    ),
    (
        "The property tax payment notice is dispatched to taxpayers prior to 15 February, and "
        "payment may be made in four instalments in accordance with the specified deadlines.",
        "You will get your property tax notice by 15 February. You can pay in 4 parts.",
    ),
    (
        "Home adaptation is provided to persons with functional impairments following an "
        "assessment by the social service that identifies the necessity for adaptation.",
        "If it is hard for you to move around your home, we can adapt it. For example, we can fit "
        "a handrail.",
    ),
    (
        "Eligibility for social housing is determined on the basis of the applicant's income and "
        "the absence of other residential premises in their ownership or use.",
        "You can rent a social flat if your income is low and you have nowhere else to live.",
    ),
    (
        "Visitor reception is available on Mondays and Thursdays from 9:00 to 12:00, subject to "
        "prior appointment by telephone.",
        "You can visit us on Mondays and Thursdays from 9:00 to 12:00. Please phone first.",
    ),
    (
        "Notification of any changes to the mobile service centre timetable will be provided to "
        "residents in a timely manner.",
        "If the bus timetable changes, we will tell you in good time.",
    ),
    (
        "Reimbursement of travel expenditure shall be effected upon presentation of original "
        "tickets no later than one month following the journey.",
        "We pay back your travel costs. Bring your tickets within 1 month of the trip.",
    ),
    (
        "The care at home service is provided to individuals who, owing to objective "
        "circumstances, are unable to meet their basic needs independently.",
        "If you cannot look after yourself, a carer can visit you at home. The carer helps with "
        "shopping and cleaning.",
    ),
    (
        "Residents are encouraged to notify the municipal utility service of any identified street "
        "lighting faults, indicating the precise location of the fault.",
        "If a street lamp is broken, phone the council. Tell us where it is.",
    ),
    (
        "Within the framework of the public consultation, residents are afforded the opportunity to "
        "familiarise themselves with the draft local plan and to submit proposals in writing until "
        "30 June.",
        "Tell us what you think about the new local plan. Read it on our website. Send your ideas "
        "by 30 June.",
    ),
    (
        "Pursuant to the applicable regulations, the crisis allowance is granted to persons who, "
        "for objective reasons, are unable to satisfy their basic needs.",
        "If something bad happens, like a fire, you can get money to help. Phone the social service.",
    ),
]

RU: list[tuple[str, str]] = [
    (
        "В соответствии с обязательными правилами самоуправления пособие на погребение "
        "предоставляется лицу, осуществившему погребение, на основании заявления, поданного не "
        "позднее двенадцати месяцев со дня смерти.",
        "Если вы похоронили близкого человека, вы можете получить пособие. Подайте заявление за "
        "12 месяцев после смерти. Возьмите с собой счета.",
    ),
    (
        "Регистрация ребёнка в очереди на получение места в дошкольном образовательном учреждении "
        "осуществляется на основании заявления законного представителя.",
        "Чтобы ребёнок получил место в детском саду, запишите его в очередь. Это делают родители.",
    ),
    (
        "Декларирование места жительства осуществляется в течение одного месяца после смены места "
        "жительства путём подачи декларации в самоуправление.",
        "Если вы переехали, сообщите нам новый адрес. Сделайте это за 1 месяц.",
    ),
    (
        "Компенсация расходов на отопление предоставляется домохозяйствам, доход которых не "
        "превышает установленного нормативными актами уровня, при наличии подтверждающих "
        "документов.",
        "Если у вас маленький доход, мы поможем оплатить отопление. Принесите счета за отопление.",
    ),
    (
        "Ответ на письменные запросы жителей предоставляется в течение пяти рабочих дней со дня "
        "получения запроса.",
        "Мы отвечаем на письма за 5 рабочих дней.",
    ),
    (
        "Информацию о социальных услугах от имени лица вправе запрашивать также его родственник, "
        "опекун или иное заинтересованное лицо.",
        "О наших услугах может спросить и ваш родственник или сосед.",
    ),
    (
        "Специализированный транспорт для доставки в медицинские учреждения предоставляется лицам, "
        "которые в силу ограничений передвижения не могут пользоваться общественным транспортом.",
        "Если вы не можете ездить на автобусе, мы отвезём вас к врачу. Запишитесь заранее.",
    ),
    (
        "Доводим до вашего сведения, что подача воды будет прекращена 12 мая с 8:00 до 16:00 в "
        "связи с проведением ремонтных работ.",
        "12 мая с 8:00 до 16:00 не будет воды. Мы чиним трубы.",
    ),
    (
        "Решение социальной службы может быть обжаловано в думе самоуправления в течение одного "
        "месяца со дня вступления его в силу путём подачи письменного заявления.",
        "Если вы не согласны с решением, напишите в думу. Сделайте это за 1 месяц.",
    ),
    (
        "Приём посетителей осуществляется по понедельникам и четвергам с 9:00 до 12:00 при условии "
        "предварительной записи по телефону.",
        "Мы принимаем по понедельникам и четвергам с 9:00 до 12:00. Сначала позвоните нам.",
    ),
    (
        "Консультации по использованию электронных услуг предоставляются в мобильном центре "
        "обслуживания в целях обеспечения доступности государственных услуг.",
        "Мы поможем вам пользоваться е-услугами. Приходите в наш автобус.",
    ),
]

PAIRS: dict[str, list[tuple[str, str]]] = {"lv": LV, "en": EN, "ru": RU}
