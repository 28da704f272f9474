<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AccountFormDialog</name>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="106"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="112"/>
        <source>Test connection</source>
        <translation>Sprawdź połączenie</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="124"/>
        <source>Testing…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="130"/>
        <source>The connection works.</source>
        <translation>Połączenie działa.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="135"/>
        <source>It did not work: {reason}</source>
        <translation>Nie udało się: {reason}</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="156"/>
        <source>Testing the connection, then saving…</source>
        <translation>Sprawdzam połączenie, potem zapisuję…</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="170"/>
        <source>Not saved: {reason}</source>
        <translation>Nie zapisano: {reason}</translation>
    </message>
</context>
<context>
    <name>AccountState</name>
    <message>
        <location filename="../../shopinbox/ui/shell/status_bar.py" line="22"/>
        <source>Retry</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/status_bar.py" line="33"/>
        <source>{name}: syncing…</source>
        <translation>{name}: synchronizacja…</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/status_bar.py" line="33"/>
        <source>{name}: up to date</source>
        <translation>{name}: aktualne</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/status_bar.py" line="34"/>
        <source>{name}: error</source>
        <translation>{name}: błąd</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../shopinbox/ui/composer/composer.py" line="86"/>
        <source>Subject (default: Re: the last subject)</source>
        <translation>Temat (domyślnie: Re: ostatni temat)</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/composer/composer.py" line="89"/>
        <source>Write a reply…  (Ctrl+Enter sends, Ctrl+P inserts a promo reply)</source>
        <translation>Napisz odpowiedź…  (Ctrl+Enter wysyła, Ctrl+P wstawia gotową odpowiedź)</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/composer/composer.py" line="97"/>
        <source>Attach…</source>
        <translation>Załącz…</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/composer/composer.py" line="99"/>
        <source>Promo reply…</source>
        <translation>Gotowa odpowiedź…</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/composer/composer.py" line="102"/>
        <source>Send</source>
        <translation>Wyślij</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/composer/composer.py" line="112"/>
        <source>Reply via</source>
        <translation>Odpowiedz przez</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/composer/composer.py" line="189"/>
        <source>This customer cannot be reached on any channel.</source>
        <translation>Z tym klientem nie można się skontaktować żadnym kanałem.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/composer/composer.py" line="201"/>
        <source>no address for this channel</source>
        <translation>brak adresu w tym kanale</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/composer/composer.py" line="203"/>
        <source>no account set up for this channel</source>
        <translation>brak konta dla tego kanału</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/composer/composer.py" line="205"/>
        <source>unreachable: {reason}</source>
        <translation>nieosiągalny: {reason}</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/composer/composer.py" line="247"/>
        <source>Attach files</source>
        <translation>Załącz pliki</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/composer/composer.py" line="267"/>
        <source>Double-click a file to remove it.</source>
        <translation>Kliknij dwukrotnie plik, aby go usunąć.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/composer/composer.py" line="289"/>
        <source>Promo reply</source>
        <translation>Odpowiedź promocyjna</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/composer/composer.py" line="289"/>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/composer/composer.py" line="297"/>
        <source>Cannot insert the promo reply: {reason}</source>
        <translation>Nie można wstawić odpowiedzi promocyjnej: {reason}</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/composer/composer.py" line="305"/>
        <source>Fill in by hand: {names}</source>
        <translation>Uzupełnij ręcznie: {names}</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/composer/composer.py" line="343"/>
        <location filename="../../shopinbox/ui/composer/composer.py" line="362"/>
        <source>Not sent: {reason}</source>
        <translation>Nie wysłano: {reason}</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/composer/composer.py" line="353"/>
        <source>Sending…</source>
        <translation>Wysyłanie…</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/composer/composer.py" line="361"/>
        <source>Sent.</source>
        <translation>Wysłano.</translation>
    </message>
</context>
<context>
    <name>ConversationBar</name>
    <message>
        <location filename="../../shopinbox/ui/inbox/conversation_bar.py" line="27"/>
        <location filename="../../shopinbox/ui/inbox/conversation_bar.py" line="79"/>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/conversation_bar.py" line="29"/>
        <source>Mark done (e)</source>
        <translation>Oznacz jako zakończone (e)</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/conversation_bar.py" line="30"/>
        <source>Reopen</source>
        <translation>Otwórz ponownie</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/conversation_bar.py" line="34"/>
        <source>Snooze</source>
        <translation>Odłóż</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/conversation_bar.py" line="35"/>
        <source>Snooze (s)</source>
        <translation>Odłóż (s)</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/conversation_bar.py" line="39"/>
        <source>Later today</source>
        <translation>Później dzisiaj</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/conversation_bar.py" line="40"/>
        <source>Tomorrow morning</source>
        <translation>Jutro rano</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/conversation_bar.py" line="41"/>
        <source>Next week</source>
        <translation>W przyszłym tygodniu</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/conversation_bar.py" line="42"/>
        <source>Pick a date…</source>
        <translation>Wybierz datę…</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/conversation_bar.py" line="44"/>
        <source>Mark unread</source>
        <translation>Oznacz jako nieprzeczytane</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/conversation_bar.py" line="76"/>
        <source>Snoozed until {when}</source>
        <translation>Odłożone do {when}</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../../shopinbox/ui/customer/customer_panel.py" line="66"/>
        <source>unknown</source>
        <translation>nieznany</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/customer_panel.py" line="69"/>
        <source>comma, separated</source>
        <translation>rozdzielone, przecinkami</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/customer_panel.py" line="72"/>
        <source>A note only you see</source>
        <translation>Notatka widoczna tylko dla Ciebie</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/customer_panel.py" line="80"/>
        <source>Merge with…</source>
        <translation>Połącz z…</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/customer_panel.py" line="82"/>
        <source>Undo merge</source>
        <translation>Cofnij połączenie</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/customer_panel.py" line="87"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/customer_panel.py" line="88"/>
        <source>Reach at</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/customer_panel.py" line="89"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/customer_panel.py" line="90"/>
        <source>Labels</source>
        <translation>Etykiety</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/customer_panel.py" line="91"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/customer_panel.py" line="92"/>
        <source>Lifetime value</source>
        <translation>Wartość klienta</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/customer_panel.py" line="99"/>
        <source>&lt;b&gt;Orders&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zamówienia&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/customer_panel.py" line="132"/>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/customer_panel.py" line="138"/>
        <source>no identities</source>
        <translation>brak danych kontaktowych</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/customer_panel.py" line="144"/>
        <source>no orders yet</source>
        <translation>brak zamówień</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/customer_panel.py" line="150"/>
        <source>No orders.</source>
        <translation>Brak zamówień.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/customer_panel.py" line="152"/>
        <source>completed</source>
        <translation>zrealizowane</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/customer_panel.py" line="152"/>
        <source>shipped</source>
        <translation>wysłane</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/customer_panel.py" line="153"/>
        <source>processing</source>
        <translation>w realizacji</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/customer_panel.py" line="153"/>
        <source>cancelled</source>
        <translation>anulowane</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/customer_panel.py" line="154"/>
        <source>Tracking</source>
        <translation>Śledzenie</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/customer_panel.py" line="165"/>
        <source>tracking</source>
        <translation>śledzenie</translation>
    </message>
</context>
<context>
    <name>EmailAccountForm</name>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="80"/>
        <source>Email account</source>
        <translation>Konto e-mail</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="84"/>
        <source>e.g. Shop mailbox</source>
        <translation>np. Poczta sklepu</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="87"/>
        <source>shop@example.com</source>
        <translation>sklep@example.com</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="98"/>
        <source>the same as the address</source>
        <translation>taka sama jak adres</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="105"/>
        <source>Account name</source>
        <translation>Nazwa konta</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="106"/>
        <source>Email address</source>
        <translation>Adres e-mail</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="107"/>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="108"/>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="109"/>
        <source>Incoming (IMAP)</source>
        <translation>Przychodząca (IMAP)</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="110"/>
        <source>Outgoing (SMTP)</source>
        <translation>Wychodząca (SMTP)</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="129"/>
        <source>unchanged</source>
        <translation>bez zmian</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="142"/>
        <source>Server settings for {provider} filled in.</source>
        <translation>Uzupełniono ustawienia serwerów dla {provider}.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="144"/>
        <source>{provider} usually refuses the normal password here: use an app password, or switch IMAP access on in the mailbox settings first.</source>
        <translation>{provider} zwykle nie przyjmuje tu zwykłego hasła: użyj hasła do aplikacji albo najpierw włącz dostęp IMAP w ustawieniach skrzynki.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="155"/>
        <source>Give the account a name.</source>
        <translation>Nadaj kontu nazwę.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="157"/>
        <source>Type the shop&apos;s email address.</source>
        <translation>Wpisz adres e-mail sklepu.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="160"/>
        <source>Type the password.</source>
        <translation>Wpisz hasło.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="165"/>
        <source>Type the {protocol} server&apos;s name.</source>
        <translation>Wpisz nazwę serwera {protocol}.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="199"/>
        <source>Check the user name and password. Gmail, Yahoo, iCloud, Yandex, Mail.ru and Outlook with two-step login need an app password.</source>
        <translation>Sprawdź nazwę użytkownika i hasło. Gmail, Yahoo, iCloud, Yandex, Mail.ru i Outlook z logowaniem dwuetapowym wymagają hasła do aplikacji.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="201"/>
        <source>Check the server name and the internet connection.</source>
        <translation>Sprawdź nazwę serwera i połączenie z internetem.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="202"/>
        <source>Check the port and the security setting (SSL/TLS: 993 and 465, STARTTLS: 143 and 587).</source>
        <translation>Sprawdź port i szyfrowanie (SSL/TLS: 993 i 465, STARTTLS: 143 i 587).</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="204"/>
        <source>Check the security setting, or that the server&apos;s certificate is valid.</source>
        <translation>Sprawdź ustawienie szyfrowania albo czy certyfikat serwera jest ważny.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="206"/>
        <source>Check the port, a firewall or VPN, then try again.</source>
        <translation>Sprawdź port, zaporę sieciową lub VPN i spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>EmailChannel</name>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="219"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="220"/>
        <source>Email account</source>
        <translation>Konto e-mail</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="221"/>
        <source>Add an email account</source>
        <translation>Dodaj konto e-mail</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="222"/>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <location filename="../../shopinbox/ui/inbox/inbox_delegate.py" line="66"/>
        <source>(no name)</source>
        <translation>(bez nazwy)</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/inbox_delegate.py" line="96"/>
        <source>snoozed</source>
        <translation>odłożone</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/inbox_delegate.py" line="98"/>
        <source>done</source>
        <translation>zakończone</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <location filename="../../shopinbox/ui/inbox/inbox_panel.py" line="45"/>
        <source>Search everything  ( / )</source>
        <translation>Szukaj wszędzie  ( / )</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/inbox_panel.py" line="49"/>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/inbox_panel.py" line="49"/>
        <source>Snoozed</source>
        <translation>Odłożone</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/inbox_panel.py" line="50"/>
        <source>Done</source>
        <translation>Zakończone</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/inbox_panel.py" line="50"/>
        <source>All</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/inbox_panel.py" line="54"/>
        <source>All channels</source>
        <translation>Wszystkie kanały</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/inbox_panel.py" line="62"/>
        <source>Unread only</source>
        <translation>Tylko nieprzeczytane</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/inbox_panel.py" line="117"/>
        <source>All accounts</source>
        <translation>Wszystkie konta</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/inbox_panel.py" line="118"/>
        <source>All labels</source>
        <translation>Wszystkie etykiety</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/inbox_panel.py" line="148"/>
        <source>Nothing here. Inbox zero!</source>
        <translation>Pusto. Skrzynka ogarnięta!</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/inbox_panel.py" line="150"/>
        <source>No conversations match these filters.</source>
        <translation>Żadna rozmowa nie pasuje do tych filtrów.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/inbox_panel.py" line="223"/>
        <source>Nothing matches “{query}”.</source>
        <translation>Nic nie pasuje do „{query}”.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="74"/>
        <source>shopinbox {version}</source>
        <translation>shopinbox {version}</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="153"/>
        <source>&amp;Shop</source>
        <translation>&amp;Sklep</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="154"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="155"/>
        <source>&amp;Merge suggestions…</source>
        <translation>&amp;Sugestie scalenia…</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="156"/>
        <source>&amp;Promo replies…</source>
        <translation>&amp;Odpowiedzi promocyjne…</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="158"/>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="159"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="160"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="175"/>
        <source>Next conversation</source>
        <translation>Następna rozmowa</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="176"/>
        <source>Previous conversation</source>
        <translation>Poprzednia rozmowa</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="178"/>
        <source>Open the conversation</source>
        <translation>Otwórz rozmowę</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="180"/>
        <source>Reply</source>
        <translation>Odpowiedz</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="181"/>
        <source>Mark done</source>
        <translation>Oznacz jako zakończone</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="182"/>
        <source>Snooze</source>
        <translation>Odłóż</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="183"/>
        <source>Mark unread</source>
        <translation>Oznacz jako nieprzeczytane</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="184"/>
        <source>Search</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="185"/>
        <source>Show keyboard shortcuts</source>
        <translation>Pokaż skróty klawiszowe</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="188"/>
        <source>Send the reply</source>
        <translation>Wyślij odpowiedź</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="189"/>
        <source>Insert a promo reply</source>
        <translation>Wstaw gotową odpowiedź</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="190"/>
        <source>Leave the text field</source>
        <translation>Opuść pole tekstowe</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="291"/>
        <source>Could not save the change: {error}</source>
        <translation>Nie udało się zapisać zmiany: {error}</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="343"/>
        <source>Cannot open</source>
        <translation>Nie można otworzyć</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="350"/>
        <source>Save attachment</source>
        <translation>Zapisz załącznik</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="356"/>
        <source>Cannot save</source>
        <translation>Nie można zapisać</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="370"/>
        <source>Cannot merge</source>
        <translation>Nie można połączyć</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="373"/>
        <source>Merged. Use “Undo merge” to take it back.</source>
        <translation>Połączono. „Cofnij połączenie” przywraca poprzedni stan.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="381"/>
        <source>Cannot undo</source>
        <translation>Nie można cofnąć</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../shopinbox/ui/common/dialogs.py" line="70"/>
        <source>Merge customers</source>
        <translation>Połącz klientów</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/common/dialogs.py" line="71"/>
        <source>Choose who “{name}” really is. The other customer&apos;s messages, addresses and orders move here. You can undo it.</source>
        <translation>Wskaż, kim naprawdę jest „{name}”. Wiadomości, adresy i zamówienia drugiego klienta zostaną przeniesione tutaj. Można to cofnąć.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/common/dialogs.py" line="77"/>
        <source>Search by name</source>
        <translation>Szukaj po nazwisku</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/common/dialogs.py" line="82"/>
        <source>Merge</source>
        <translation>Połącz</translation>
    </message>
</context>
<context>
    <name>PromoDialog</name>
    <message>
        <location filename="../../shopinbox/ui/composer/promo_dialog.py" line="24"/>
        <source>Insert a promo reply</source>
        <translation>Wstaw gotową odpowiedź</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/composer/promo_dialog.py" line="28"/>
        <source>Type a shortcut or a title</source>
        <translation>Wpisz skrót lub tytuł</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/composer/promo_dialog.py" line="38"/>
        <source>No promo replies yet.</source>
        <translation>Nie ma jeszcze gotowych odpowiedzi.</translation>
    </message>
</context>
<context>
    <name>PromoEditor</name>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_editor.py" line="48"/>
        <source>Promo reply</source>
        <translation>Odpowiedź promocyjna</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_editor.py" line="64"/>
        <source>Add language…</source>
        <translation>Dodaj język…</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_editor.py" line="72"/>
        <source>no customer</source>
        <translation>brak klienta</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_editor.py" line="82"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_editor.py" line="83"/>
        <source>Shortcut</source>
        <translation>Skrót</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_editor.py" line="84"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_editor.py" line="85"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_editor.py" line="86"/>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_editor.py" line="87"/>
        <source>Text</source>
        <translation>Treść</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_editor.py" line="88"/>
        <source>Preview for customer</source>
        <translation>Podgląd dla klienta</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_editor.py" line="89"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_editor.py" line="123"/>
        <source>Add language</source>
        <translation>Dodaj język</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_editor.py" line="124"/>
        <source>Language code (e.g. de):</source>
        <translation>Kod języka (np. de):</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_editor.py" line="143"/>
        <source>Cannot render: {error}</source>
        <translation>Nie można wygenerować: {error}</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_editor.py" line="155"/>
        <source>Missing: {names}</source>
        <translation>Brakuje: {names}</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_editor.py" line="157"/>
        <source>Asked when inserting: {names}</source>
        <translation>Pytanie przy wstawianiu: {names}</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_editor.py" line="159"/>
        <source>Ready to send.</source>
        <translation>Gotowe do wysłania.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_editor.py" line="170"/>
        <source>Cannot save: {error}</source>
        <translation>Nie można zapisać: {error}</translation>
    </message>
</context>
<context>
    <name>PromoLibrary</name>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_library.py" line="33"/>
        <source>Promo replies</source>
        <translation>Odpowiedzi promocyjne</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_library.py" line="39"/>
        <source>Shortcut</source>
        <translation>Skrót</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_library.py" line="39"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_library.py" line="39"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_library.py" line="40"/>
        <source>Languages</source>
        <translation>Języki</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_library.py" line="40"/>
        <source>Sent</source>
        <translation>Wysłano</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_library.py" line="41"/>
        <source>Codes left</source>
        <translation>Pozostałe kody</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_library.py" line="42"/>
        <source>New…</source>
        <translation>Nowa…</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_library.py" line="43"/>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_library.py" line="44"/>
        <source>Duplicate</source>
        <translation>Duplikuj</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_library.py" line="45"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_library.py" line="110"/>
        <source>Delete promo reply</source>
        <translation>Usuń odpowiedź promocyjną</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_library.py" line="111"/>
        <source>Delete this promo reply? Discount codes already given stay recorded.</source>
        <translation>Usunąć tę odpowiedź promocyjną? Wydane już kody rabatowe pozostaną zapisane.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../shopinbox/ui/inbox/search_model.py" line="38"/>
        <source>Customers ({count})</source>
        <translation>Klienci ({count})</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/search_model.py" line="39"/>
        <source>Orders ({count})</source>
        <translation>Zamówienia ({count})</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/search_model.py" line="40"/>
        <source>Messages ({count})</source>
        <translation>Wiadomości ({count})</translation>
    </message>
</context>
<context>
    <name>ServerRow</name>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="49"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="49"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="50"/>
        <source>None (unencrypted)</source>
        <translation>Brak (bez szyfrowania)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="187"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="190"/>
        <source>Accounts</source>
        <translation>Konta</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="191"/>
        <source>General</source>
        <translation>Ogólne</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="206"/>
        <source>Add…</source>
        <translation>Dodaj…</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="213"/>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="215"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="235"/>
        <source>error: {reason}</source>
        <translation>błąd: {reason}</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="247"/>
        <source>Not available yet</source>
        <translation>Jeszcze niedostępne</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="248"/>
        <source>This version cannot set up “{kind}” accounts yet.</source>
        <translation>Ta wersja nie potrafi jeszcze dodać kont typu „{kind}”.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="268"/>
        <source>Remove account</source>
        <translation>Usuń konto</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="275"/>
        <source>Remove “{name}” and the {count} messages fetched through it? They can be fetched again by adding the account back.</source>
        <translation>Usunąć „{name}” i pobrane przez to konto wiadomości ({count})? Można je pobrać ponownie, dodając konto jeszcze raz.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="286"/>
        <source>System default</source>
        <translation>Jak w systemie</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="290"/>
        <source>Show a notification for new messages</source>
        <translation>Pokazuj powiadomienie o nowych wiadomościach</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="293"/>
        <source>Show the unread count in the system tray</source>
        <translation>Pokazuj liczbę nieprzeczytanych w zasobniku systemowym</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="299"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="302"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="305"/>
        <source>Check for new messages every</source>
        <translation>Sprawdzaj nowe wiadomości co</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../shopinbox/ui/common/dialogs.py" line="115"/>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/common/dialogs.py" line="118"/>
        <source>Key</source>
        <translation>Klawisz</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/common/dialogs.py" line="118"/>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
</context>
<context>
    <name>SnoozeDateDialog</name>
    <message>
        <location filename="../../shopinbox/ui/common/dialogs.py" line="40"/>
        <source>Snooze until</source>
        <translation>Odłóż do</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/common/dialogs.py" line="52"/>
        <source>The conversation comes back at this time, or earlier when the customer writes.</source>
        <translation>Rozmowa wróci o tej porze albo wcześniej, jeśli klient napisze.</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <location filename="../../shopinbox/ui/customer/suggestions_dialog.py" line="44"/>
        <source>Merge suggestions</source>
        <translation>Sugestie scalenia</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/suggestions_dialog.py" line="47"/>
        <source>Looking for customers who may be one person…</source>
        <translation>Szukam klientów, którzy mogą być jedną osobą…</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/suggestions_dialog.py" line="52"/>
        <source>Merge</source>
        <translation>Scal</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/suggestions_dialog.py" line="54"/>
        <source>Not the same person</source>
        <translation>To nie ta sama osoba</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/suggestions_dialog.py" line="84"/>
        <source>{source} → {into}</source>
        <translation>{source} → {into}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopinbox/ui/customer/suggestions_dialog.py" line="89"/>
        <source>%n suggestion(s). Merging moves everything to the customer on the right; it can be undone.</source>
        <translation>
            <numerusform>%n sugestia. Scalenie przenosi wszystko do klienta po prawej; można je cofnąć.</numerusform>
            <numerusform>%n sugestie. Scalenie przenosi wszystko do klienta po prawej; można je cofnąć.</numerusform>
            <numerusform>%n sugestii. Scalenie przenosi wszystko do klienta po prawej; można je cofnąć.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/suggestions_dialog.py" line="105"/>
        <source>both have the email address {value}</source>
        <translation>oboje mają adres e-mail {value}</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/suggestions_dialog.py" line="106"/>
        <source>both have the phone number {value}</source>
        <translation>oboje mają numer telefonu {value}</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/suggestions_dialog.py" line="107"/>
        <source>wrote {value} on Telegram, an email address of the other</source>
        <translation>napisał(a) w Telegramie {value} — adres e-mail drugiego klienta</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/suggestions_dialog.py" line="108"/>
        <source>wrote order number {value} on Telegram, an order of the other</source>
        <translation>napisał(a) w Telegramie numer zamówienia {value} — zamówienie drugiego klienta</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/suggestions_dialog.py" line="110"/>
        <source>opened the Telegram bot with {value}, which belongs to the other</source>
        <translation>otworzył(a) bota w Telegramie z {value}, które należy do drugiego klienta</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/suggestions_dialog.py" line="112"/>
        <source>order {number} has the email address {value} of the other</source>
        <translation>zamówienie {number} ma adres e-mail {value} drugiego klienta</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/suggestions_dialog.py" line="113"/>
        <source>order {number} has the phone number {value} of the other</source>
        <translation>zamówienie {number} ma numer telefonu {value} drugiego klienta</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message numerus="yes">
        <location filename="../../shopinbox/ui/shell/status_bar.py" line="71"/>
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n rozmowa</numerusform>
            <numerusform>%n rozmowy</numerusform>
            <numerusform>%n rozmów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopinbox/ui/shell/status_bar.py" line="72"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n nieprzeczytana</numerusform>
            <numerusform>%n nieprzeczytane</numerusform>
            <numerusform>%n nieprzeczytanych</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TelegramAccountForm</name>
    <message>
        <location filename="../../shopinbox/channels/telegram/form.py" line="30"/>
        <source>Telegram bot</source>
        <translation>Bot Telegram</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/telegram/form.py" line="34"/>
        <source>e.g. Shop bot</source>
        <translation>np. Bot sklepu</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/telegram/form.py" line="38"/>
        <source>123456789:AAE…</source>
        <translation>123456789:AAE…</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/telegram/form.py" line="39"/>
        <source>In Telegram, open @BotFather, send /newbot (or /token for an existing bot) and paste the token it gives here.</source>
        <translation>W Telegramie otwórz @BotFather, wyślij /newbot (albo /token dla istniejącego bota) i wklej tutaj otrzymany token.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/telegram/form.py" line="46"/>
        <source>optional: a self-hosted Bot API server</source>
        <translation>opcjonalnie: własny serwer Bot API</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/telegram/form.py" line="47"/>
        <source>Remove the webhook so this app receives the messages</source>
        <translation>Usuń webhook, aby ta aplikacja otrzymywała wiadomości</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/telegram/form.py" line="54"/>
        <source>Account name</source>
        <translation>Nazwa konta</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/telegram/form.py" line="55"/>
        <source>Bot token</source>
        <translation>Token bota</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/telegram/form.py" line="56"/>
        <source>API server</source>
        <translation>Serwer API</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/telegram/form.py" line="62"/>
        <source>unchanged</source>
        <translation>bez zmian</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/telegram/form.py" line="67"/>
        <source>Give the account a name.</source>
        <translation>Nadaj kontu nazwę.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/telegram/form.py" line="69"/>
        <source>Paste the bot token from @BotFather.</source>
        <translation>Wklej token bota od @BotFather.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/telegram/form.py" line="86"/>
        <source>The bot is @{username}.</source>
        <translation>To bot @{username}.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/telegram/form.py" line="93"/>
        <source>Another tool has set a webhook ({url}), so this app would get no messages. Tick “Remove the webhook” to remove it — only if nothing else needs it.</source>
        <translation>Inne narzędzie ustawiło webhook ({url}), więc ta aplikacja nie dostawałaby wiadomości. Zaznacz „Usuń webhook”, aby go usunąć — tylko jeśli nic innego go nie potrzebuje.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/telegram/form.py" line="125"/>
        <source>Telegram rejected this token: it is wrong or was revoked in @BotFather. Paste the current token (/token in @BotFather).</source>
        <translation>Telegram odrzucił ten token: jest błędny albo został unieważniony w @BotFather. Wklej aktualny token (/token w @BotFather).</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/telegram/form.py" line="128"/>
        <source>That is not a bot token: @BotFather gives one like 123456789:AAE…; paste it whole.</source>
        <translation>To nie jest token bota: @BotFather podaje token w postaci 123456789:AAE…; wklej go w całości.</translation>
    </message>
</context>
<context>
    <name>TelegramChannel</name>
    <message>
        <location filename="../../shopinbox/channels/telegram/form.py" line="139"/>
        <location filename="../../shopinbox/channels/telegram/form.py" line="142"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/telegram/form.py" line="140"/>
        <source>Telegram bot</source>
        <translation>Bot Telegram</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/telegram/form.py" line="141"/>
        <source>Add a Telegram bot</source>
        <translation>Dodaj bota Telegram</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <location filename="../../shopinbox/ui/common/formatting.py" line="39"/>
        <source>now</source>
        <translation>teraz</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopinbox/ui/common/formatting.py" line="41"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopinbox/ui/common/formatting.py" line="43"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n godz.</numerusform>
            <numerusform>%n godz.</numerusform>
            <numerusform>%n godz.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../shopinbox/ui/timeline/timeline_html.py" line="27"/>
        <source>failed</source>
        <translation>niewysłane</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/timeline/timeline_html.py" line="28"/>
        <source>Retry</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/timeline/timeline_html.py" line="29"/>
        <source>queued</source>
        <translation>w kolejce</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/timeline/timeline_html.py" line="30"/>
        <source>sending…</source>
        <translation>wysyłanie…</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/timeline/timeline_html.py" line="31"/>
        <source>sent ✓</source>
        <translation>wysłane ✓</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/timeline/timeline_html.py" line="32"/>
        <source>Shop</source>
        <translation>Sklep</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/timeline/timeline_html.py" line="33"/>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/timeline/timeline_html.py" line="34"/>
        <source>Remote images are blocked.</source>
        <translation>Obrazy z internetu są zablokowane.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/timeline/timeline_html.py" line="35"/>
        <source>Show images from this sender</source>
        <translation>Pokazuj obrazy od tego nadawcy</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/timeline/timeline_html.py" line="36"/>
        <source>Hide quoted text</source>
        <translation>Ukryj cytat</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/timeline/timeline_html.py" line="37"/>
        <source>… show quoted text</source>
        <translation>… pokaż cytat</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/timeline/timeline_html.py" line="38"/>
        <source>This message could not be read in full.</source>
        <translation>Tej wiadomości nie udało się odczytać w całości.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/timeline/timeline_html.py" line="39"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/timeline/timeline_html.py" line="40"/>
        <source>Save…</source>
        <translation>Zapisz…</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/timeline/timeline_html.py" line="41"/>
        <source>not downloaded</source>
        <translation>nie pobrano</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/timeline/timeline_html.py" line="42"/>
        <source>where is my order</source>
        <translation>gdzie zamówienie</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/timeline/timeline_html.py" line="43"/>
        <source>return</source>
        <translation>zwrot</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/timeline/timeline_html.py" line="44"/>
        <source>complaint</source>
        <translation>reklamacja</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/timeline/timeline_html.py" line="45"/>
        <source>discount / price</source>
        <translation>rabat / cena</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/timeline/timeline_html.py" line="46"/>
        <source>product question</source>
        <translation>pytanie o produkt</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../shopinbox/ui/timeline/timeline_view.py" line="46"/>
        <source>Choose a conversation on the left.</source>
        <translation>Wybierz rozmowę po lewej.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/timeline/timeline_view.py" line="76"/>
        <source>Show {count} earlier messages</source>
        <translation>Pokaż wcześniejsze wiadomości ({count})</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../../shopinbox/ui/shell/tray.py" line="38"/>
        <source>Show shopinbox</source>
        <translation>Pokaż shopinbox</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/tray.py" line="39"/>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopinbox/ui/shell/tray.py" line="53"/>
        <source>shopinbox: %n unread</source>
        <translation>
            <numerusform>shopinbox: %n nieprzeczytana</numerusform>
            <numerusform>shopinbox: %n nieprzeczytane</numerusform>
            <numerusform>shopinbox: %n nieprzeczytanych</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/tray.py" line="63"/>
        <source>New message</source>
        <translation>Nowa wiadomość</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/tray.py" line="64"/>
        <source>A customer wrote. Click to open the conversation.</source>
        <translation>Klient napisał. Kliknij, aby otworzyć rozmowę.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../shopinbox/ui/shell/welcome.py" line="18"/>
        <source>&lt;h1&gt;Welcome to shopinbox&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Witaj w shopinbox&lt;/h1&gt;</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/welcome.py" line="20"/>
        <source>All your shop&apos;s email and Telegram conversations in one place, next to each customer&apos;s orders. Start by adding an account — or look around the demo shop first.</source>
        <translation>Wszystkie rozmowy sklepu z e-maila i Telegrama w jednym miejscu, obok zamówień każdego klienta. Zacznij od dodania konta — albo najpierw rozejrzyj się w sklepie demonstracyjnym.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/welcome.py" line="32"/>
        <source>Open the demo shop</source>
        <translation>Otwórz sklep demonstracyjny</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/welcome.py" line="51"/>
        <source>Preparing the demo shop…</source>
        <translation>Przygotowywanie sklepu demonstracyjnego…</translation>
    </message>
</context>
</TS>
