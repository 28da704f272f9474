"""The words of the demo shop: people, products and what they write, in pl, ru and en.

Kept apart from `demo_shop.py` (which builds the data) so the texts can be read and edited as
texts. `{order}` stands for an order number of the writer.
"""

from __future__ import annotations

SHOP_NAME = "Leśna Herbaciarnia"

FIRST_NAMES = {
    "pl": ["Agnieszka", "Łukasz", "Małgorzata", "Paweł", "Zofia", "Grzegorz", "Katarzyna",
           "Michał", "Joanna", "Wojciech", "Ewa", "Piotr", "Żaneta", "Tomasz", "Ilona", "Jędrzej"],
    "ru": ["Анна", "Дмитрий", "Ольга", "Сергей", "Татьяна", "Алексей", "Екатерина", "Юрий",
           "Наталья", "Фёдор", "Мария", "Игорь"],
    "en": ["Emily", "James", "Olivia", "Noah", "Sophie", "Liam", "Grace", "Oliver", "Chloe",
           "Harry", "Amelia", "Jack"],
}
LAST_NAMES = {
    "pl": ["Kowalska", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowska", "Zieliński",
           "Szymańska", "Woźniak", "Dąbrowska", "Kozłowski", "Jankowska", "Mazur", "Krawczyk",
           "Piotrowski", "Grabowska", "Pawłowski"],
    "ru": ["Иванова", "Смирнов", "Кузнецова", "Попов", "Соколова", "Лебедев", "Новикова",
           "Морозов", "Волкова", "Ёлкин", "Павлова", "Семёнов"],
    "en": ["Smith", "Johnson", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Thomas",
           "Roberts", "Walker", "Wright", "Hughes"],
}
EMAIL_DOMAINS = {"pl": ["wp.pl", "o2.pl", "onet.pl", "gmail.com", "interia.pl"],
                 "ru": ["yandex.ru", "mail.ru", "gmail.com"],
                 "en": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com"]}
LATIN = str.maketrans({
    "ą": "a", "ć": "c", "ę": "e", "ł": "l", "ń": "n", "ó": "o", "ś": "s", "ź": "z", "ż": "z",
    "Ł": "l", "Ż": "z", "Ś": "s", "Ź": "z", "Ć": "c",
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "sch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
})

PRODUCTS = [
    ("TEA-SEN-100", "Sencha Kagoshima 100 g", "34.90"),
    ("TEA-PUE-250", "Pu-erh Shou 2019, 250 g", "89.00"),
    ("TEA-EAR-100", "Earl Grey z bergamotką 100 g", "24.50"),
    ("TEA-IVN-050", "Иван-чай ферментированный 50 g", "19.90"),
    ("ACC-TPT-600", "Teapot cast iron 0.6 l", "159.00"),
    ("ACC-CUP-SET", "Porcelain cups, set of 4", "79.00"),
    ("TEA-RO-200", "Rooibos vanilla 200 g", "29.00"),
    ("GFT-BOX-M", "Gift box M", "119.00"),
]
CARRIERS = {
    "pl": ("InPost", "https://inpost.pl/sledzenie-przesylek?number={n}"),
    "ru": ("СДЭК", "https://www.cdek.ru/ru/tracking?order_id={n}"),
    "en": ("DHL", "https://www.dhl.com/en/express/tracking.html?AWB={n}"),
}
CURRENCY = {"pl": "PLN", "ru": "RUB", "en": "EUR"}
STATUSES = ["completed", "shipped", "processing", "shipped", "completed", "cancelled"]

# Threads: each a subject and alternating turns; "in" is the customer, "out" the shop.
THREADS = {
    "pl": [
        ("Gdzie jest moja przesyłka?", [
            ("in", "Dzień dobry, zamówienie {order} miało przyjść wczoraj, a przesyłka nadal "
                   "nie dotarła. Czy mogą Państwo sprawdzić, co się dzieje?"),
            ("out", "Dzień dobry! Przesyłka jest w drodze, numer śledzenia znajdzie Pani w "
                    "panelu. Kurier InPost powinien dostarczyć ją jutro."),
            ("in", "Dziękuję, paczka dotarła. Herbata pachnie wspaniale!"),
        ]),
        ("Zwrot zamówienia", [
            ("in", "Chciałabym zwrócić czajnik z zamówienia {order}, jest za duży. "
                   "Jak mam to zrobić?"),
            ("out", "Oczywiście. Proszę odesłać czajnik w ciągu 14 dni na nasz adres; "
                    "zwrot pieniędzy zrobimy w ciągu 3 dni od otrzymania."),
        ]),
        ("Pytanie o herbatę", [
            ("in", "Czy Sencha Kagoshima będzie znowu dostępna? Chętnie kupię 3 opakowania."),
        ]),
        ("Uszkodzona paczka", [
            ("in", "Paczka z zamówieniem {order} przyszła zgnieciona, jedna filiżanka jest "
                   "pęknięta. Przesyłam zdjęcie."),
            ("out", "Bardzo przepraszamy! Wyślemy nową filiżankę jeszcze dziś, bez dodatkowych "
                    "kosztów."),
        ]),
    ],
    "ru": [
        ("Где мой заказ?", [
            ("in", "Здравствуйте! Заказ {order} оплачен неделю назад, но ещё не отправлен. "
                   "Подскажите, пожалуйста, когда ждать?"),
            ("out", "Здравствуйте! Заказ передан в СДЭК сегодня, трек-номер пришлём вечером."),
            ("in", "Спасибо, всё получила. Иван-чай отличный!"),
        ]),
        ("Вопрос о доставке", [
            ("in", "Доставляете ли вы в Казань? И сколько стоит доставка заказа на 2000 рублей?"),
            ("out", "Да, доставляем по всей России. Для заказа от 1500 рублей доставка "
                    "бесплатная."),
        ]),
        ("Замена товара", [
            ("in", "В заказе {order} вместо пуэра пришёл улун. Можно обменять?"),
        ]),
        ("Скидка", [
            ("in", "Есть ли у вас скидки для постоянных покупателей? Заказываю уже третий раз."),
            ("out", "Конечно! Для вас промокод на 10% на следующий заказ: HERB-7K2Q."),
        ]),
    ],
    "en": [
        ("Where is my order?", [
            ("in", "Hi, I ordered a teapot (order {order}) ten days ago and the tracking has not "
                   "moved since Monday. Could you check with the courier?"),
            ("out", "Hi! We contacted DHL: the parcel was held at customs and is on its way "
                    "again. It should arrive on Thursday."),
            ("in", "It arrived today, thank you for chasing it!"),
        ]),
        ("Invoice for my order", [
            ("in", "Could you send me a VAT invoice for order {order}? Company details below."),
            ("out", "Of course, the invoice is attached. Thank you for shopping with us!"),
        ]),
        ("Gift wrapping", [
            ("in", "Do you offer gift wrapping? I'd like to send the gift box to my mother."),
        ]),
        ("Wrong size lid", [
            ("in", "The lid of the cast iron teapot from order {order} does not fit. "
                   "Is it possible to get a replacement?"),
            ("out", "So sorry about that! A replacement lid is on its way, no need to return "
                    "anything."),
        ]),
    ],
}

TELEGRAM_THREADS = {
    "pl": [
        [("in", "Cześć! Czy mogę jeszcze zmienić adres dostawy dla zamówienia {order}?"),
         ("out", "Cześć! Tak, proszę podać nowy adres, zmienimy przed wysyłką."),
         ("in", "ul. Leśna 5/2, 30-001 Kraków. Dzięki!")],
        [("in", "Macie jeszcze herbatę z bergamotką? Na stronie pokazuje brak.")],
    ],
    "ru": [
        [("in", "Привет! Можно оплатить заказ {order} при получении?"),
         ("out", "Здравствуйте! Да, наложенный платёж доступен для СДЭК."),
         ("in", "Отлично, ещё вопрос: когда будет новая партия пуэра?")],
        [("in", "Добрый день, подскажите, как заваривать иван-чай?")],
    ],
    "en": [
        [("in", "Hey! Is order {order} already shipped?"),
         ("out", "Hi! Yes, it left our warehouse this morning."),
         ("in", "Great, thanks a lot")],
        [("in", "Do you ship to Ireland?")],
    ],
}

PROMOS = [
    {
        "shortcut": "/ship",
        "title": "Shipping status",
        "category": "Orders",
        "variants": {
            "pl": ("Status zamówienia {{ order.number }}",
                   "Dzień dobry {{ customer.first_name }},\n\nzamówienie {{ order.number }} ma "
                   "status: {{ order.status }}. Przesyłkę można śledzić tutaj: "
                   "{{ order.tracking_url }}\n\nPozdrawiamy,\n{{ shop.name }}"),
            "ru": ("Статус заказа {{ order.number }}",
                   "Здравствуйте, {{ customer.first_name }}!\n\nСтатус заказа "
                   "{{ order.number }}: {{ order.status }}. Отследить посылку: "
                   "{{ order.tracking_url }}\n\nС уважением,\n{{ shop.name }}"),
            "en": ("Your order {{ order.number }}",
                   "Hi {{ customer.first_name }},\n\nyour order {{ order.number }} is "
                   "{{ order.status }}. Track it here: {{ order.tracking_url }}\n\n"
                   "Best wishes,\n{{ shop.name }}"),
        },
    },
    {
        "shortcut": "/thanks",
        "title": "Thank you + discount code",
        "category": "Promotions",
        "pool": "THANKS10",
        "variants": {
            "pl": ("Dziękujemy!", "Dziękujemy za zakupy, {{ customer.first_name }}! Na kolejne "
                                  "zamówienie mamy dla Ciebie kod -10%: {{ promo.code }}"),
            "ru": ("Спасибо!", "Спасибо за покупку, {{ customer.first_name }}! Ваш промокод "
                               "на скидку 10%: {{ promo.code }}"),
            "en": ("Thank you!", "Thank you for shopping with us, {{ customer.first_name }}! "
                                 "Here is 10% off your next order: {{ promo.code }}"),
        },
    },
    {
        "shortcut": "/brew",
        "title": "How to brew",
        "category": "Products",
        "variants": {
            "pl": ("Jak parzyć herbatę", "Zieloną herbatę parz w 75–80 °C przez 2 minuty, "
                                         "czarną w 95 °C przez 3–4 minuty."),
            "ru": ("Как заваривать", "Зелёный чай заваривайте при 75–80 °C 2 минуты, чёрный — "
                                     "при 95 °C 3–4 минуты."),
            "en": ("How to brew", "Brew green tea at 75–80 °C for 2 minutes and black tea at "
                                  "95 °C for 3–4 minutes."),
        },
    },
]
