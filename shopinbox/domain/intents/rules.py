"""The intents the code ships: phrases and word stems per intent in Polish, Russian and English.

Patterns are matched on *folded* text (`domain.text_fold`: no case, no diacritics, `ё`→`е`), so
`gdzie jest moja przesylka` and `Gdzie jest moja przesyłka` are one; word stems (`посылк`,
`zamowien`) cover the cases. A message may have several intents; `where_is_my_order` wins ties
because it is the one a shop answers most.
"""

from __future__ import annotations

import re

from shopinbox.domain.text_fold import fold

_RULES: dict[str, tuple[str, ...]] = {
    "where_is_my_order": (
        # pl
        r"gdzie (jest |sa |sie )?(podziewa )?(moj|moja|moje|ta |to )?\w* ?(paczk|przesylk|zamowien"
        r"|zamuwien|zamowion|towar|herbat)",
        r"kiedy (mniej wiecej |moge sie spodziewac |wreszcie |w koncu )?(dotrze|dojdzie|przyjdzie|"
        r"przyjda|wyslecie|wysylacie|wysylka|dostawa|bedzie(?! (znow|ponownie|dostepn))|otrzymam"
        r"(?! zwrot)|dostane(?! zwrot)|mozna sie spodziewac|zostanie wyslan|nadacie|wyjdzie)",
        r"(nie |jeszcze nie |nadal nie |wciaz nie |ciagle nie |dalej nie )(dotarl|doszl|przyszl|"
        r"otrzymal|dostal|mam (jeszcze )?(paczk|przesylk|zamowien)|wyslan|nadan|przyjechal)",
        r"(dalej|nadal|wciaz|ciagle) (nic|brak|czekam)", r"wyszl[oa]? z magazynu",
        r"(nie mam|brak) (jeszcze |nadal |dalej )?(paczk|przesylk|zamowien)",
        r"kurier (nie |nie przyjechal|mial)", r"paczkomat",
        r"status (mojego |mojej )?(zamowien|przesylk|paczk)", r"numer (przesylki|sledzenia|nadania)",
        r"sledzen", r"czy (paczka|przesylka|zamowienie) (zostal|zostala|zostalo|juz) (wyslan|nadan)",
        r"czy (juz )?(wyslaliscie|nadaliscie|wyslane)", r"co z (moim |moja )?(zamowien|paczk|przesylk)",
        r"dlugo (czekam|juz czekam)", r"czekam (juz )?(na )?(paczk|przesylk|zamowien)",
        # ru
        r"где (мой |моя |мое |же )?(заказ|посылк|чай|товар)", r"где (он|она) ",
        r"когда (примерно |же |уже )?(придет|прибудет|доставят|отправите|отправят|будет(?! (снова|в "
        r"наличии))|получу|ждать|приедет|отправка|доставка|доставите)",
        r"(отправлен|отправили|выслали)[аоы]? или нет", r"застрял", r"(курьер|доставщик) (так и )?не",
        r"не (приехал|привезли|доставили)", r"(уже )?\d+ (дней|недел\w*|день) (жду|ждем|прошло)",
        r"(жду|ждем) (уже )?\d+", r"прошло (уже )?\d+ (дн|недел)",
        r"(не |так и не |еще не |до сих пор не |пока не )(пришел|пришла|пришло|получил|доставил|"
        r"приш)", r"статус (моего )?заказа", r"трек", r"отслежив", r"отправили (ли|уже)",
        r"(уже )?отправлен[аоы]? ли", r"сколько (еще )?ждать", r"жду (свой |мой )?(заказ|посылк)",
        r"что с (моим )?(заказом|посылкой)",
        # en
        r"where('s| is| are)? (my |the |our )?(order|parcel|package|tea|item|delivery|stuff)",
        r"when (will|does|do|would|can|is) .{0,30}(arrive|ship|deliver|get here|be sent|dispatch)",
        r"(not |n't |never |still not |yet to )(arrived|received|come|shipped|got)",
        r"has ?n'?t (arrived|come|shipped|been (sent|shipped|delivered))", r"courier (never|didn'?t)",
        r"(says|shows|marked (as )?) delivered but", r"(been|it'?s been) (\w+ )?(weeks?|days?)",
        r"(update|news) on (my |the )?(order|parcel|delivery|package|shipment)",
        r"when (will|does|do) (i|we) (get|receive)", r"status of (my |the )?(order|parcel|package)",
        r"order status", r"track(ing)?", r"has (it|my order|the order) (been )?(shipped|sent)",
        r"(shipped|dispatched|sent) (it )?yet", r"still waiting", r"waiting for (my|the) (order|parcel)",
        r"any (news|update) (on|about) (my )?(order|parcel|delivery)",
    ),
    "return": (
        r"zwrot", r"zwroc", r"zwrac", r"odesl", r"wymian", r"wymien", r"oddac", r"odstap",
        r"odstapien",
        r"возврат", r"вернуть", r"верните", r"вернете", r"вернуть деньги", r"обмен", r"обменять",
        r"возвращ", r"(отправил|отправила|отправили|выслала|выслал) (\w+ )?обратно",
        r"\breturn", r"refund", r"exchange", r"send (it|them) back", r"money back",
    ),
    "complaint": (
        r"uszkodz", r"zbit", r"rozbit", r"pekniet", r"peknie", r"reklamac", r"zniszcz",
        r"zepsut", r"brakuje", r"nie ten ", r"inny niz zamawial", r"zla herbat", r"niezadowol",
        r"skandal", r"stlucz", r"popsut", r"wadliw", r"polaman", r"zlaman", r"porwan", r"dziur",
        r"rozlan", r"zly rozmiar",
        r"разбит", r"поврежд", r"брак", r"трещин", r"треснул", r"жалоб", r"не тот", r"сломан",
        r"недоволь", r"ужасн", r"испорч", r"не хватает", r"разочаров", r"претензи", r"порвал",
        r"протек", r"прислали не", r"нет (второй|второго|одного|одной)",
        r"broken", r"damaged", r"cracked", r"complain", r"wrong (item|tea|product|order)",
        r"missing", r"disappoint", r"terrible", r"shattered", r"leak", r"not what i ordered",
        r"smashed", r"not happy", r"came apart", r"ripped", r"torn", r"poor quality",
    ),
    "discount": (
        r"rabat", r"znizk", r"kod (rabatowy|promocyjny)", r"promocj", r"taniej", r"kupon",
        r"ile kosztuj", r"cena", r"cenie", r"wyprzedaz",
        r"скидк", r"промокод", r"купон", r"акци", r"дешевле", r"цена", r"цену", r"сколько стоит",
        r"распродаж",
        r"discount", r"coupon", r"promo( |-)?code", r"voucher", r"cheaper", r"price", r"\bsale\b",
        r"how much (is|does|are)", r"deal",
    ),
    "product_question": (
        r"jak (parzyc|zaparzyc|przygotowac|przechowywac)", r"ile (gram|minut|stopni)", r"sklad",
        r"dostepn", r"pojemnos", r"czy (ta|ten|to|ta herbata|ten czajnik) (jest|ma|nadaje|pasuje)",
        r"czy macie", r"czy bedzie (znow|znowu|ponownie)", r"kofein", r"smak", r"temperatur",
        r"jaki (rozmiar|kolor|material)", r"jak(i|a|ie) (jest )?(rozmiar|rozmiarowk)",
        r"z (czego|jakiego materialu)", r"nadaje sie", r"czy (jest|sa) (z|na|dla)",
        r"(bedzie|beda) (znowu |znow |ponownie )?dostepn",
        r"как (заваривать|заварить|хранить|готовить)", r"сколько (грамм|минут|градус)", r"состав",
        r"в наличии", r"объем", r"есть ли у вас", r"кофеин", r"вкус", r"температур",
        r"подходит ли", r"а есть", r"из (какого|чего)", r"какой (размер|цвет|материал)",
        r"(появится|будет) (снова |опять )?(в наличии)", r"снова появится", r"размер (взять|выбрать)",
        r"how (do|to|should|long|many|much caffeine) .{0,20}(brew|steep|store|make|cups|grams)",
        r"in stock", r"ingredient", r"capacity", r"caffeine", r"taste", r"temperature",
        r"do you (have|sell|carry)", r"back in stock", r"is (it|this|the) .{0,20}(suitable|safe|good)",
        r"does (it|this|the) .{0,25}(contain|have|work|fit)", r"what size", r"made of", r"fabric",
        r"material", r"which size", r"size (chart|guide)", r"suitable for",
    ),
}
_COMPILED = {intent: re.compile("|".join(f"(?:{p})" for p in patterns))
             for intent, patterns in _RULES.items()}
PRIORITY = ("where_is_my_order", "complaint", "return", "discount", "product_question")


def rule_intents(text: str) -> list[str]:
    """The intents whose rules fire on the text, most important first (never empty: 'other')."""
    folded = fold(text or "")
    found = [intent for intent in PRIORITY if _COMPILED[intent].search(folded)]
    return found or ["other"]
