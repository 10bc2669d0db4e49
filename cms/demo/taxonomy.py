"""Demo taxonomy: topics, audiences and contact points (fictional details)."""

TOPICS = {
    "socialie-pakalpojumi": {"icon": "heart", "lv": "Sociālā palīdzība", "en": "Social help", "ru": "Социальная помощь"},
    "pabalsti": {"icon": "euro", "lv": "Pabalsti un atvieglojumi", "en": "Allowances and relief", "ru": "Пособия и льготы"},
    "majoklis": {"icon": "home", "lv": "Mājoklis un īpašums", "en": "Home and property", "ru": "Жильё и имущество"},
    "gimene": {"icon": "family", "lv": "Ģimene un dzīves notikumi", "en": "Family and life events", "ru": "Семья и события жизни"},
    "buvnieciba": {"icon": "building", "lv": "Būvniecība", "en": "Building", "ru": "Строительство"},
    "veseliba": {"icon": "car", "lv": "Veselība un transports", "en": "Health and transport", "ru": "Здоровье и транспорт"},
    "e-pakalpojumi": {"icon": "computer", "lv": "Digitālā palīdzība un bibliotēka", "en": "Digital help and library", "ru": "Цифровая помощь и библиотека"},
    "darbs": {"icon": "work", "lv": "Darbs", "en": "Work", "ru": "Работа"},
}

AUDIENCES = {
    "seniori": {"lv": "Senioriem", "en": "Older people", "ru": "Пожилым людям"},
    "invaliditate": {"lv": "Cilvēkiem ar invaliditāti", "en": "People with disabilities", "ru": "Людям с инвалидностью"},
    "gimenes": {"lv": "Ģimenēm ar bērniem", "en": "Families with children", "ru": "Семьям с детьми"},
    "darba-mekletaji": {"lv": "Darba meklētājiem", "en": "Job seekers", "ru": "Ищущим работу"},
    "pabalstu-sanemeji": {"lv": "Pabalstu saņēmējiem", "en": "People receiving benefits", "ru": "Получателям пособий"},
}

CONTACT_POINTS = {
    "socialais-dienests": {
        "phone": "+371 60 000 101",
        "email": "socialais@example.lv",
        "step_free": True,
        "lv": {
            "name": "Sociālais dienests",
            "address": "Parauga iela 1, Jelgava, LV-3001",
            "opening_hours": "Pirmdiena 8.00–18.00\nOtrdiena–ceturtdiena 8.00–17.00\nPiektdiena 8.00–15.00",
            "access_note": "Ieeja no pagalma ar uzbrauktuvi. Lifts uz 2. stāvu.",
        },
        "en": {
            "name": "Social Service",
            "address": "Parauga iela 1, Jelgava, LV-3001",
            "opening_hours": "Monday 8.00–18.00\nTuesday–Thursday 8.00–17.00\nFriday 8.00–15.00",
            "access_note": "Entrance from the yard with a ramp. Lift to the 2nd floor.",
        },
        "ru": {
            "name": "Социальная служба",
            "address": "Parauga iela 1, Jelgava, LV-3001",
            "opening_hours": "Понедельник 8.00–18.00\nВторник–четверг 8.00–17.00\nПятница 8.00–15.00",
            "access_note": "Вход со двора по пандусу. Лифт на 2-й этаж.",
        },
    },
    "klientu-centrs": {
        "phone": "+371 60 000 100",
        "email": "pasts@example.lv",
        "step_free": True,
        "lv": {
            "name": "Klientu apkalpošanas centrs",
            "address": "Izdomātā iela 10, Jelgava, LV-3001",
            "opening_hours": "Pirmdiena–ceturtdiena 8.00–17.00\nPiektdiena 8.00–14.00",
            "access_note": "Ieeja bez pakāpieniem no ielas puses.",
        },
        "en": {
            "name": "Customer Service Centre",
            "address": "Izdomātā iela 10, Jelgava, LV-3001",
            "opening_hours": "Monday–Thursday 8.00–17.00\nFriday 8.00–14.00",
            "access_note": "Step-free entrance from the street.",
        },
        "ru": {
            "name": "Центр обслуживания клиентов",
            "address": "Izdomātā iela 10, Jelgava, LV-3001",
            "opening_hours": "Понедельник–четверг 8.00–17.00\nПятница 8.00–14.00",
            "access_note": "Вход без ступенек с улицы.",
        },
    },
    "dzimtsarakstu-nodala": {
        "phone": "+371 60 000 120",
        "email": "dzimtsaraksti@example.lv",
        "step_free": False,
        "lv": {
            "name": "Dzimtsarakstu nodaļa",
            "address": "Pilsētas laukums 3, Jelgava, LV-3001",
            "opening_hours": "Pirmdiena–ceturtdiena 9.00–17.00\nPiektdiena 9.00–13.00",
            "access_note": "Pie ieejas ir 3 pakāpieni. Zvaniet, un darbinieks jūs sagaidīs pie sētas durvīm.",
        },
        "en": {
            "name": "Registry Office",
            "address": "Pilsētas laukums 3, Jelgava, LV-3001",
            "opening_hours": "Monday–Thursday 9.00–17.00\nFriday 9.00–13.00",
            "access_note": "There are 3 steps at the entrance. Call us and a member of staff will meet you at the side door.",
        },
        "ru": {
            "name": "Отдел записи актов гражданского состояния",
            "address": "Pilsētas laukums 3, Jelgava, LV-3001",
            "opening_hours": "Понедельник–четверг 9.00–17.00\nПятница 9.00–13.00",
            "access_note": "У входа 3 ступеньки. Позвоните, и сотрудник встретит вас у боковой двери.",
        },
    },
    "buvvalde": {
        "phone": "+371 60 000 130",
        "email": "buvvalde@example.lv",
        "step_free": True,
        "lv": {
            "name": "Būvvalde",
            "address": "Izdomātā iela 10, 3. stāvs, Jelgava, LV-3001",
            "opening_hours": "Pirmdiena un ceturtdiena 9.00–12.00, 13.00–17.00",
            "access_note": "Lifts uz 3. stāvu.",
        },
        "en": {
            "name": "Building Board",
            "address": "Izdomātā iela 10, 3rd floor, Jelgava, LV-3001",
            "opening_hours": "Monday and Thursday 9.00–12.00, 13.00–17.00",
            "access_note": "Lift to the 3rd floor.",
        },
        "ru": {
            "name": "Строительное управление",
            "address": "Izdomātā iela 10, 3-й этаж, Jelgava, LV-3001",
            "opening_hours": "Понедельник и четверг 9.00–12.00, 13.00–17.00",
            "access_note": "Лифт на 3-й этаж.",
        },
    },
    "pagasta-parvalde": {
        "phone": "+371 60 000 140",
        "email": "pagasts@example.lv",
        "step_free": True,
        "lv": {
            "name": "Parauga pagasta pārvalde",
            "address": "Skolas iela 5, Paraugciems, Jelgavas novads, LV-3010",
            "opening_hours": "Otrdiena un ceturtdiena 9.00–16.00",
            "access_note": "Ieeja ar uzbrauktuvi.",
        },
        "en": {
            "name": "Parauga Parish Office",
            "address": "Skolas iela 5, Paraugciems, Jelgava region, LV-3010",
            "opening_hours": "Tuesday and Thursday 9.00–16.00",
            "access_note": "Entrance with a ramp.",
        },
        "ru": {
            "name": "Управление волости Параугa",
            "address": "Skolas iela 5, Paraugciems, Jelgavas novads, LV-3010",
            "opening_hours": "Вторник и четверг 9.00–16.00",
            "access_note": "Вход с пандусом.",
        },
    },
    "biblioteka": {
        "phone": "+371 60 000 150",
        "email": "biblioteka@example.lv",
        "step_free": True,
        "lv": {
            "name": "Centrālā bibliotēka",
            "address": "Grāmatu iela 7, Jelgava, LV-3001",
            "opening_hours": "Otrdiena–piektdiena 10.00–19.00\nSestdiena 10.00–16.00",
            "access_note": "Ieeja bez pakāpieniem. Pieejama tualete.",
        },
        "en": {
            "name": "Central Library",
            "address": "Grāmatu iela 7, Jelgava, LV-3001",
            "opening_hours": "Tuesday–Friday 10.00–19.00\nSaturday 10.00–16.00",
            "access_note": "Step-free entrance. Accessible toilet.",
        },
        "ru": {
            "name": "Центральная библиотека",
            "address": "Grāmatu iela 7, Jelgava, LV-3001",
            "opening_hours": "Вторник–пятница 10.00–19.00\nСуббота 10.00–16.00",
            "access_note": "Вход без ступенек. Доступный туалет.",
        },
    },
}
