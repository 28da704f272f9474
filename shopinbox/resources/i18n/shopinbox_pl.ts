<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AccountFormDialog</name>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="118"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="124"/>
        <source>Test connection</source>
        <translation>Sprawdź połączenie</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="136"/>
        <source>Testing…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="142"/>
        <source>The connection works.</source>
        <translation>Połączenie działa.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="147"/>
        <source>It did not work: {reason}</source>
        <translation>Nie udało się: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="168"/>
        <source>Testing the connection, then saving…</source>
        <translation>Sprawdzam połączenie, potem zapisuję…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="182"/>
        <source>Not saved: {reason}</source>
        <translation>Nie zapisano: {reason}</translation>
    </message>
</context>
<context>
    <name>AccountState</name>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="38"/>
        <source>Retry</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="49"/>
        <source>{name}: syncing…</source>
        <translation>{name}: synchronizacja…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="49"/>
        <source>{name}: up to date</source>
        <translation>{name}: aktualne</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="50"/>
        <source>{name}: waiting until {time}</source>
        <translation>{name}: czekam do {time}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="51"/>
        <source>{name}: error</source>
        <translation>{name}: błąd</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="52"/>
        <source>{name}: synced by {time}</source>
        <translation>{name}: synchronizuje {time}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="53"/>
        <source>{name}: synced by another desktop</source>
        <translation>{name}: synchronizuje inny komputer</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="62"/>
        <source>{service} asks to wait until {time}; shopinbox goes on by itself then.</source>
        <translation>{service} prosi o przerwę do {time}; potem shopinbox sam wznowi pracę.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="65"/>
        <source>The service asked to wait until {time}; shopinbox goes on by itself then.</source>
        <translation>Serwis poprosił o przerwę do {time}; potem shopinbox wznowi pracę sam.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="68"/>
        <source>Another desktop of the team fetches and sends for this account; this one takes over when it stops.</source>
        <translation>Inny komputer zespołu pobiera i wysyła wiadomości tego konta; ten przejmie pracę, gdy tamten się zatrzyma.</translation>
    </message>
</context>
<context>
    <name>AllegroAccountForm</name>
    <message>
        <location filename="../../channels/allegro/form.py" line="40"/>
        <source>Allegro seller account</source>
        <translation>Konto sprzedawcy Allegro</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/form.py" line="46"/>
        <source>e.g. Allegro shop</source>
        <translation>np. Sklep na Allegro</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/form.py" line="52"/>
        <source>Register an app of the “device” type on apps.developer.allegro.pl (free) and copy its Client ID and Client Secret here. Saving shows a code to confirm on allegro.pl.</source>
        <translation>Zarejestruj aplikację typu „device” na apps.developer.allegro.pl (bezpłatnie) i skopiuj tutaj jej Client ID i Client Secret. Po zapisaniu pojawi się kod do potwierdzenia na allegro.pl.</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/form.py" line="59"/>
        <source>Allegro sandbox (for trying things out)</source>
        <translation>Allegro sandbox (do testów)</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/form.py" line="63"/>
        <source>optional: another REST API address</source>
        <translation>opcjonalnie: inny adres REST API</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/form.py" line="66"/>
        <source>optional: another sign-in address</source>
        <translation>opcjonalnie: inny adres logowania</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/form.py" line="81"/>
        <source>No keyring (password store) was found on this computer. Allegro&apos;s sign-in tokens change at every renewal and can only be kept in a keyring, so an Allegro account can be added once there is one: GNOME Keyring (package gnome-keyring) or KWallet, unlocked by signing in to the desktop again — on Windows and macOS the system&apos;s own. Its Client Secret can still come from an environment variable.</source>
        <translation>Na tym komputerze nie znaleziono pęku kluczy (magazynu haseł). Tokeny logowania Allegro zmieniają się przy każdym odnowieniu i można je przechowywać tylko w pęku kluczy, więc konto Allegro da się dodać, gdy pęk kluczy będzie dostępny: GNOME Keyring (pakiet gnome-keyring) lub KWallet, odblokowany przez ponowne zalogowanie do pulpitu — w Windows i macOS systemowy. Client Secret może nadal pochodzić ze zmiennej środowiskowej.</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/form.py" line="91"/>
        <source>Account name</source>
        <translation>Nazwa konta</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/form.py" line="92"/>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/form.py" line="93"/>
        <source>Client Secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/form.py" line="94"/>
        <source>Secret kept</source>
        <translation>Gdzie sekret</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/form.py" line="96"/>
        <source>API address</source>
        <translation>Adres API</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/form.py" line="97"/>
        <source>Sign-in address</source>
        <translation>Adres logowania</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/form.py" line="105"/>
        <source>unchanged</source>
        <translation>bez zmian</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/form.py" line="123"/>
        <source>Give the account a name.</source>
        <translation>Nadaj kontu nazwę.</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/form.py" line="125"/>
        <source>Paste the Client ID of the shop&apos;s Allegro app.</source>
        <translation>Wklej Client ID aplikacji Allegro sklepu.</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/form.py" line="128"/>
        <source>Paste the Client Secret of the shop&apos;s Allegro app.</source>
        <translation>Wklej Client Secret aplikacji Allegro sklepu.</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/form.py" line="149"/>
        <source>Confirm the code &lt;b&gt;{code}&lt;/b&gt; on the Allegro page that opened in the browser (or open &lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;). Waiting for the confirmation…</source>
        <translation>Potwierdź kod &lt;b&gt;{code}&lt;/b&gt; na stronie Allegro otwartej w przeglądarce (lub otwórz &lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;). Czekam na potwierdzenie…</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/form.py" line="169"/>
        <source>Allegro accepts the app&apos;s Client ID and Client Secret; Save signs in.</source>
        <translation>Allegro przyjmuje Client ID i Client Secret aplikacji; Zapisz rozpoczyna logowanie.</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/form.py" line="196"/>
        <source>Allegro did not accept this Client ID or Client Secret. Copy both again from apps.developer.allegro.pl (the app must be of the “device” type).</source>
        <translation>Allegro nie przyjęło tego Client ID lub Client Secret. Skopiuj oba ponownie z apps.developer.allegro.pl (aplikacja musi być typu „device”).</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/form.py" line="200"/>
        <source>The access was refused on the Allegro page. Save again and choose “Allow”.</source>
        <translation>Na stronie Allegro odmówiono dostępu. Zapisz ponownie i wybierz „Zezwól”.</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/form.py" line="203"/>
        <source>The code was not confirmed in time. Save again to get a new code.</source>
        <translation>Kod nie został potwierdzony na czas. Zapisz ponownie, aby dostać nowy kod.</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/form.py" line="205"/>
        <source>Allegro no longer accepts this sign-in (the access was withdrawn or has expired). Sign in again: Save shows a new code.</source>
        <translation>Allegro nie przyjmuje już tego logowania (dostęp cofnięto lub wygasł). Zaloguj się ponownie: Zapisz pokaże nowy kod.</translation>
    </message>
</context>
<context>
    <name>AllegroChannel</name>
    <message>
        <location filename="../../channels/allegro/names.py" line="13"/>
        <source>Allegro</source>
        <translation>Allegro</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/names.py" line="14"/>
        <source>Allegro seller account</source>
        <translation>Konto sprzedawcy Allegro</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/names.py" line="15"/>
        <source>Add an Allegro seller account</source>
        <translation>Dodaj konto sprzedawcy Allegro</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/names.py" line="16"/>
        <source>Allegro login</source>
        <translation>Login Allegro</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/names.py" line="17"/>
        <source>Allegro forbids links to shops or pages outside Allegro.</source>
        <translation>Allegro zabrania linków do sklepów i stron poza Allegro.</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/names.py" line="19"/>
        <source>Allegro forbids giving an email address or phone number to talk or buy outside Allegro.</source>
        <translation>Allegro zabrania podawania adresu e-mail lub numeru telefonu, by rozmawiać lub kupować poza Allegro.</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/names.py" line="22"/>
        <source>This only repeats what Allegro already tells the buyer after a purchase (thanks, payment, shipping); Allegro forbids such messages.</source>
        <translation>Ta wiadomość powtarza tylko to, co Allegro samo przekazuje kupującemu po zakupie (podziękowanie, płatność, wysyłka); Allegro zabrania takich wiadomości.</translation>
    </message>
</context>
<context>
    <name>CaFileRow</name>
    <message>
        <location filename="../../channels/email/form.py" line="91"/>
        <source>optional: only for a server with its own certificate authority</source>
        <translation>opcjonalnie: tylko dla serwera z własnym urzędem certyfikacji</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="93"/>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="103"/>
        <source>CA certificate</source>
        <translation>Certyfikat CA</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="104"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certyfikaty (*.pem *.crt *.cer);;Wszystkie pliki (*)</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <location filename="../../channels/phone/form.py" line="49"/>
        <source>Log a call</source>
        <translation>Zapisz rozmowę telefoniczną</translation>
    </message>
    <message>
        <location filename="../../channels/phone/form.py" line="50"/>
        <source>The customer called the shop</source>
        <translation>Klient zadzwonił do sklepu</translation>
    </message>
    <message>
        <location filename="../../channels/phone/form.py" line="52"/>
        <source>The shop called the customer</source>
        <translation>Sklep zadzwonił do klienta</translation>
    </message>
    <message>
        <location filename="../../channels/phone/form.py" line="67"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../channels/phone/form.py" line="76"/>
        <source>What was said, what was agreed</source>
        <translation>Co zostało powiedziane, co ustalono</translation>
    </message>
    <message>
        <location filename="../../channels/phone/form.py" line="82"/>
        <source>Save the call</source>
        <translation>Zapisz rozmowę</translation>
    </message>
    <message>
        <location filename="../../channels/phone/form.py" line="86"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../channels/phone/form.py" line="92"/>
        <source>Who called</source>
        <translation>Kto dzwonił</translation>
    </message>
    <message>
        <location filename="../../channels/phone/form.py" line="94"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../channels/phone/form.py" line="95"/>
        <source>Length</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <location filename="../../channels/phone/form.py" line="96"/>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location filename="../../channels/phone/form.py" line="97"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location filename="../../channels/phone/form.py" line="100"/>
        <source>A call with {name}</source>
        <translation>Rozmowa z: {name}</translation>
    </message>
</context>
<context>
    <name>CampaignForm</name>
    <message>
        <location filename="../../ui/campaigns/campaign_form.py" line="50"/>
        <source>e.g. Spring sale</source>
        <translation>np. Wiosenna wyprzedaż</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaign_form.py" line="54"/>
        <source>When I press Start</source>
        <translation>Gdy kliknę „Rozpocznij”</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaign_form.py" line="55"/>
        <source>At</source>
        <translation>W terminie</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaign_form.py" line="74"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaign_form.py" line="75"/>
        <source>Promo reply</source>
        <translation>Odpowiedź promocyjna</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaign_form.py" line="76"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaign_form.py" line="77"/>
        <source>Discount codes</source>
        <translation>Kody rabatowe</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaign_form.py" line="78"/>
        <source>Start</source>
        <translation>Rozpoczęcie</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaign_form.py" line="82"/>
        <source> per minute</source>
        <translation> na minutę</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaign_form.py" line="83"/>
        <source>as fast as the channel allows</source>
        <translation>tak szybko, jak pozwala kanał</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaign_form.py" line="85"/>
        <source>At most on %1</source>
        <translation>Limit (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaign_form.py" line="88"/>
        <source>Only customers with marketing consent are reached, each on their own channel and in their language. A scheduled campaign is started by the app at its time.</source>
        <translation>Kampania trafia tylko do klientów ze zgodą marketingową, każdego na jego kanale i w jego języku. Zaplanowaną kampanię aplikacja rozpocznie sama o wyznaczonej porze.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaign_form.py" line="93"/>
        <source>Create campaign</source>
        <translation>Utwórz kampanię</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaign_form.py" line="124"/>
        <source>The promo reply&apos;s own pool, if it has one</source>
        <translation>Pula tej odpowiedzi promocyjnej, jeśli ją ma</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaign_form.py" line="126"/>
        <source>%1 (%2 free)</source>
        <translation>%1 (wolnych: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaign_form.py" line="132"/>
        <source>A campaign needs a promo reply (Promo replies) and a saved segment (the Segments tab).</source>
        <translation>Kampania potrzebuje odpowiedzi promocyjnej (Odpowiedzi promocyjne) i zapisanego segmentu (karta Segmenty).</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaign_form.py" line="156"/>
        <source>Creating…</source>
        <translation>Tworzenie…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaign_form.py" line="161"/>
        <source>Campaign “%1” created.</source>
        <translation>Utworzono kampanię „%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaign_form.py" line="169"/>
        <source>A campaign with this name already exists: choose another name.</source>
        <translation>Kampania o tej nazwie już istnieje: wybierz inną nazwę.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaign_form.py" line="171"/>
        <source>The promo reply, segment or code pool no longer exists.</source>
        <translation>Ta odpowiedź promocyjna, segment lub pula kodów już nie istnieje.</translation>
    </message>
</context>
<context>
    <name>CampaignsView</name>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="66"/>
        <location filename="../../ui/campaigns/campaigns_view.py" line="121"/>
        <source>Campaigns</source>
        <translation>Kampanie</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="68"/>
        <source>Draft</source>
        <translation>Szkic</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="68"/>
        <source>Scheduled</source>
        <translation>Zaplanowana</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="69"/>
        <source>Sending</source>
        <translation>W trakcie wysyłki</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="69"/>
        <source>Paused</source>
        <translation>Wstrzymana</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="70"/>
        <source>Done</source>
        <translation>Zakończona</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="71"/>
        <source>no marketing consent</source>
        <translation>brak zgody marketingowej</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="72"/>
        <source>opted out</source>
        <translation>wypisali się</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="73"/>
        <source>no reachable channel</source>
        <translation>brak kanału, którym można dotrzeć</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="74"/>
        <source>no account to send with</source>
        <translation>brak konta do wysyłki</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="75"/>
        <source>no codes left</source>
        <translation>zabrakło kodów</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="76"/>
        <source>template values missing</source>
        <translation>brak wartości w szablonie</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="77"/>
        <source>Shipped</source>
        <translation>Wysłane</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="78"/>
        <source>Ready for pickup</source>
        <translation>Gotowe do odbioru</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="79"/>
        <source>Delivered</source>
        <translation>Dostarczone</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="82"/>
        <source>Campaign</source>
        <translation>Kampania</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="82"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="82"/>
        <source>Sent</source>
        <translation>Wysłane</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="83"/>
        <source>Failed</source>
        <translation>Nieudane</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="83"/>
        <source>Left out</source>
        <translation>Pominięci</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="84"/>
        <source>Orders with its codes</source>
        <translation>Zamówienia z jej kodami</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="84"/>
        <source>Revenue</source>
        <translation>Przychód</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="86"/>
        <location filename="../../ui/campaigns/campaigns_view.py" line="252"/>
        <source>%v of %m recipients done</source>
        <translation>%v z %m odbiorców obsłużonych</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="91"/>
        <location filename="../../ui/campaigns/campaigns_view.py" line="230"/>
        <source>Start</source>
        <translation>Rozpocznij</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="92"/>
        <source>Dry run</source>
        <translation>Próba bez wysyłki</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="93"/>
        <source>Render every message without sending any</source>
        <translation>Przygotuj każdą wiadomość, nie wysyłając żadnej</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="94"/>
        <source>Export CSV…</source>
        <translation>Eksportuj CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="229"/>
        <source>Resume</source>
        <translation>Wznów</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="238"/>
        <source>No campaign yet: create one in the New campaign tab.</source>
        <translation>Nie ma jeszcze kampanii: utwórz ją na karcie Nowa kampania.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="306"/>
        <source>Codes: %1 needed, %2 free</source>
        <translation>Kody: potrzeba %1, wolnych %2</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="311"/>
        <source>Dry run: every message rendered, nothing sent. Cannot be rendered: %1</source>
        <translation>Próba: przygotowano każdą wiadomość, nic nie wysłano. Nie da się przygotować: %1</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="313"/>
        <source>Dry run: every message rendered, nothing sent. No problems found.</source>
        <translation>Próba: przygotowano każdą wiadomość, nic nie wysłano. Bez problemów.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="334"/>
        <source>Export the results</source>
        <translation>Eksportuj wyniki</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="334"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="345"/>
        <source>The file could not be written there: choose another folder.</source>
        <translation>Nie udało się tam zapisać pliku: wybierz inny folder.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/campaigns/campaigns_view.py" line="351"/>
        <source>%n recipient(s) exported to %1.</source>
        <translation>
            <numerusform>Wyeksportowano %n odbiorcę do %1.</numerusform>
            <numerusform>Wyeksportowano %n odbiorców do %1.</numerusform>
            <numerusform>Wyeksportowano %n odbiorców do %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="97"/>
        <source>Pause</source>
        <translation>Wstrzymaj</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="98"/>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="99"/>
        <source>Preview 5 messages</source>
        <translation>Podgląd 5 wiadomości</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="124"/>
        <source>New campaign</source>
        <translation>Nowa kampania</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="126"/>
        <source>Order</source>
        <translation>Zamówienie</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="126"/>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="126"/>
        <source>Event</source>
        <translation>Zdarzenie</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="127"/>
        <source>Status in the shop</source>
        <translation>Status w sklepie</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="127"/>
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="129"/>
        <source>Approve and send</source>
        <translation>Zatwierdź i wyślij</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="130"/>
        <source>Skip</source>
        <translation>Pomiń</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="136"/>
        <source>Order notifications waiting for your approval. Each order is notified once per status, however often it is synced.</source>
        <translation>Powiadomienia o zamówieniach czekające na zatwierdzenie. Każde zamówienie dostaje jedno powiadomienie na status, niezależnie od liczby synchronizacji.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="146"/>
        <source>Review queue</source>
        <translation>Do zatwierdzenia</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="149"/>
        <source>Segments</source>
        <translation>Segmenty</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/campaigns/campaigns_view.py" line="207"/>
        <source>Review queue (%n)</source>
        <translation>
            <numerusform>Do zatwierdzenia (%n)</numerusform>
            <numerusform>Do zatwierdzenia (%n)</numerusform>
            <numerusform>Do zatwierdzenia (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="244"/>
        <location filename="../../ui/campaigns/campaigns_view.py" line="303"/>
        <source>Left out: %1</source>
        <translation>Pominięci: %1</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="245"/>
        <location filename="../../ui/campaigns/campaigns_view.py" line="304"/>
        <source>Nobody left out.</source>
        <translation>Nikt nie został pominięty.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="251"/>
        <source>Done: %v of %m recipients</source>
        <translation>Gotowe: %v z %m odbiorców</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="289"/>
        <source>Rendering every message…</source>
        <translation>Przygotowywanie każdej wiadomości…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="290"/>
        <source>Rendering…</source>
        <translation>Przygotowywanie…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="296"/>
        <source>Reached: %1</source>
        <translation>Dotrze do: %1</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../../ui/reports/charts.py" line="62"/>
        <source>No data in this range</source>
        <translation>Brak danych w tym okresie</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../ui/reports/chart_card.py" line="37"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_card.py" line="38"/>
        <source>Save this chart as a picture</source>
        <translation>Zapisz ten wykres jako obraz</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_card.py" line="41"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_card.py" line="42"/>
        <source>Save the numbers of this chart for a spreadsheet</source>
        <translation>Zapisz liczby z wykresu do arkusza</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_card.py" line="74"/>
        <source>Save chart</source>
        <translation>Zapisz wykres</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_card.py" line="75"/>
        <source>PNG pictures (*.png)</source>
        <translation>Obrazy PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_card.py" line="80"/>
        <source>Save chart data</source>
        <translation>Zapisz dane wykresu</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_card.py" line="82"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>CodePoolsPanel</name>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="101"/>
        <source>Pool</source>
        <translation>Pula</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="101"/>
        <source>Promo reply</source>
        <translation>Odpowiedź promocyjna</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="101"/>
        <source>Free</source>
        <translation>Wolne</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="102"/>
        <location filename="../../ui/promos/code_pools.py" line="107"/>
        <source>Given</source>
        <translation>Wydane</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="102"/>
        <source>In all</source>
        <translation>Razem</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="106"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="106"/>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="106"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="114"/>
        <source>New pool…</source>
        <translation>Nowa pula…</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="115"/>
        <source>Generate codes…</source>
        <translation>Generuj kody…</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="116"/>
        <source>Import a list…</source>
        <translation>Importuj listę…</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="117"/>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="118"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="133"/>
        <source>Codes go out with the promo reply</source>
        <translation>Kody wychodzą z odpowiedzią promocyjną</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="139"/>
        <source>Who got which code</source>
        <translation>Kto dostał który kod</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="178"/>
        <source>No code pools yet. A pool hands out one code per customer with the promo reply it is attached to.</source>
        <translation>Nie ma jeszcze pul kodów. Pula wydaje jeden kod na klienta z odpowiedzią promocyjną, do której jest dołączona.</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="190"/>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="228"/>
        <source>New code pool</source>
        <translation>Nowa pula kodów</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="229"/>
        <source>Name of the pool (e.g. Spring 2026):</source>
        <translation>Nazwa puli (np. Wiosna 2026):</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="244"/>
        <source>A pool named “{name}” already exists.</source>
        <translation>Pula o nazwie „{name}” już istnieje.</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="247"/>
        <source>Pool “{name}” created: now generate or import its codes.</source>
        <translation>Utworzono pulę „{name}”: teraz wygeneruj lub zaimportuj jej kody.</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="268"/>
        <source>The pattern cannot make {count} more codes: make it longer (more # or ?).</source>
        <translation>Ten wzór nie da już {count} kodów: wydłuż go (więcej # lub ?).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/promos/code_pools.py" line="277"/>
        <source>%n code(s) added to “{name}”.</source>
        <translation>
            <numerusform>Dodano %n kod do „{name}”.</numerusform>
            <numerusform>Dodano %n kody do „{name}”.</numerusform>
            <numerusform>Dodano %n kodów do „{name}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/promos/code_pools.py" line="280"/>
        <source>%n line(s) skipped: repeated, already in the pool or empty.</source>
        <translation>
            <numerusform>Pominięto %n wiersz: powtórzony, już w puli lub pusty.</numerusform>
            <numerusform>Pominięto %n wiersze: powtórzone, już w puli lub puste.</numerusform>
            <numerusform>Pominięto %n wierszy: powtórzone, już w puli lub puste.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="286"/>
        <source>Codes to import</source>
        <translation>Kody do zaimportowania</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="287"/>
        <source>Lists of codes (*.csv *.txt);;All files (*)</source>
        <translation>Listy kodów (*.csv *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="298"/>
        <source>The file could not be read as a list of codes (one per line, UTF-8).</source>
        <translation>Nie udało się odczytać pliku jako listy kodów (jeden w wierszu, UTF-8).</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="311"/>
        <source>Pool “{name}” now goes out with “{promo}”.</source>
        <translation>Kody z puli „{name}” wychodzą teraz z „{promo}”.</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="313"/>
        <source>Pool “{name}” is attached to no promo reply.</source>
        <translation>Pula „{name}” nie jest dołączona do żadnej odpowiedzi promocyjnej.</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="320"/>
        <source>Export the codes</source>
        <translation>Eksport kodów</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="320"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="331"/>
        <source>The file could not be written there: choose another folder.</source>
        <translation>Nie udało się tam zapisać pliku: wybierz inny folder.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/promos/code_pools.py" line="337"/>
        <source>%n code(s) exported to {file}.</source>
        <translation>
            <numerusform>Wyeksportowano %n kod do {file}.</numerusform>
            <numerusform>Wyeksportowano %n kody do {file}.</numerusform>
            <numerusform>Wyeksportowano %n kodów do {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="349"/>
        <source>Pool “{name}” deleted.</source>
        <translation>Usunięto pulę „{name}”.</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="357"/>
        <source>Delete code pool</source>
        <translation>Usuń pulę kodów</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="358"/>
        <source>Delete the pool “{name}” with its {count} codes? Messages already sent keep the codes written in them.</source>
        <translation>Usunąć pulę „{name}” z jej kodami ({count})? Wysłane już wiadomości zachowają wpisane w nie kody.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../ui/composer/composer.py" line="106"/>
        <source>Subject (default: Re: the last subject)</source>
        <translation>Temat (domyślnie: Re: ostatni temat)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="109"/>
        <location filename="../../ui/composer/composer.py" line="220"/>
        <source>Write a reply…  (Ctrl+Enter sends, Ctrl+P inserts a promo reply)</source>
        <translation>Napisz odpowiedź…  (Ctrl+Enter wysyła, Ctrl+P wstawia gotową odpowiedź)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="117"/>
        <source>Attach…</source>
        <translation>Załącz…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="119"/>
        <source>Promo reply…</source>
        <translation>Gotowa odpowiedź…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="123"/>
        <location filename="../../ui/composer/composer.py" line="217"/>
        <source>Send</source>
        <translation>Wyślij</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="139"/>
        <source>Internal note</source>
        <translation>Notatka wewnętrzna</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="141"/>
        <source>Seen by the team only; never sent to the customer</source>
        <translation>Widzi ją tylko zespół; nigdy nie trafia do klienta</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="149"/>
        <source>Reply via</source>
        <translation>Odpowiedz przez</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="217"/>
        <source>Add note</source>
        <translation>Dodaj notatkę</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="219"/>
        <source>Write an internal note…  (Ctrl+Enter adds it; never sent)</source>
        <translation>Napisz notatkę wewnętrzną…  (Ctrl+Enter dodaje; nigdy nie jest wysyłana)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="268"/>
        <source>This customer cannot be reached on any channel.</source>
        <translation>Z tym klientem nie można się skontaktować żadnym kanałem.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="287"/>
        <source>no address for this channel</source>
        <translation>brak adresu w tym kanale</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="289"/>
        <source>no account set up for this channel</source>
        <translation>brak konta dla tego kanału</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="292"/>
        <source>unreachable: {reason}</source>
        <translation>nieosiągalny: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="344"/>
        <source>Attach files</source>
        <translation>Załącz pliki</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="364"/>
        <source>Double-click a file to remove it.</source>
        <translation>Kliknij dwukrotnie plik, aby go usunąć.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/promo_insert.py" line="57"/>
        <source>Promo reply</source>
        <translation>Odpowiedź promocyjna</translation>
    </message>
    <message>
        <location filename="../../ui/composer/promo_insert.py" line="57"/>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/promo_insert.py" line="71"/>
        <source>Cannot insert the promo reply: {reason}</source>
        <translation>Nie można wstawić odpowiedzi promocyjnej: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/composer/promo_insert.py" line="83"/>
        <source>Fill in by hand: {names}</source>
        <translation>Uzupełnij ręcznie: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="394"/>
        <source>Note added.</source>
        <translation>Dodano notatkę.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="417"/>
        <source>Replied meanwhile</source>
        <translation>W międzyczasie padła odpowiedź</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="418"/>
        <source>{user} sent a reply to this customer while you were writing. Send yours too?</source>
        <translation>{user} odpowiedział(a) temu klientowi, gdy pisałeś(-aś). Wysłać także Twoją odpowiedź?</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="442"/>
        <location filename="../../ui/composer/composer.py" line="475"/>
        <source>Not sent: {reason}</source>
        <translation>Nie wysłano: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="459"/>
        <source>Sending…</source>
        <translation>Wysyłanie…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="470"/>
        <source>Sent.</source>
        <translation>Wysłano.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="472"/>
        <source>Waiting to be sent: {reason}</source>
        <translation>Czeka na wysłanie: {reason}</translation>
    </message>
</context>
<context>
    <name>ConsentRow</name>
    <message>
        <location filename="../../ui/customer/consent_row.py" line="54"/>
        <source>The channel campaigns and order notifications use</source>
        <translation>Kanał, którym idą kampanie i powiadomienia o zamówieniach</translation>
    </message>
    <message>
        <location filename="../../ui/customer/consent_row.py" line="85"/>
        <source>Unknown</source>
        <translation>Nieznana</translation>
    </message>
    <message>
        <location filename="../../ui/customer/consent_row.py" line="86"/>
        <source>Consent given</source>
        <translation>Zgoda udzielona</translation>
    </message>
    <message>
        <location filename="../../ui/customer/consent_row.py" line="87"/>
        <source>Opted out</source>
        <translation>Wypisany(-a)</translation>
    </message>
    <message>
        <location filename="../../ui/customer/consent_row.py" line="91"/>
        <source>their last channel</source>
        <translation>ostatni kanał klienta</translation>
    </message>
    <message>
        <location filename="../../ui/customer/consent_row.py" line="118"/>
        <source>Opted out %1 (%2).</source>
        <translation>Wypisany(-a) %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/customer/consent_row.py" line="121"/>
        <source>No consent recorded: campaigns leave this customer out.</source>
        <translation>Brak zapisanej zgody: kampanie pomijają tego klienta.</translation>
    </message>
    <message>
        <location filename="../../ui/customer/consent_row.py" line="122"/>
        <source>Given %1 (%2).</source>
        <translation>Udzielona %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/customer/consent_row.py" line="122"/>
        <source>Withdrawn %1 (%2).</source>
        <translation>Wycofana %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/customer/consent_row.py" line="132"/>
        <source>set by hand</source>
        <translation>ustawiona ręcznie</translation>
    </message>
    <message>
        <location filename="../../ui/customer/consent_row.py" line="134"/>
        <source>asked in a reply on %1</source>
        <translation>na prośbę w odpowiedzi przez %1</translation>
    </message>
    <message>
        <location filename="../../ui/customer/consent_row.py" line="136"/>
        <source>from the shop&apos;s orders: %1</source>
        <translation>z zamówień sklepu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/customer/consent_row.py" line="138"/>
        <source>unknown</source>
        <translation>nieznane</translation>
    </message>
</context>
<context>
    <name>ConversationBar</name>
    <message>
        <location filename="../../ui/inbox/conversation_bar.py" line="33"/>
        <location filename="../../ui/inbox/conversation_bar.py" line="122"/>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/conversation_bar.py" line="35"/>
        <source>Mark done (e)</source>
        <translation>Oznacz jako zakończone (e)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/conversation_bar.py" line="36"/>
        <source>Reopen</source>
        <translation>Otwórz ponownie</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/conversation_bar.py" line="40"/>
        <source>Snooze</source>
        <translation>Odłóż</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/conversation_bar.py" line="41"/>
        <source>Snooze (s)</source>
        <translation>Odłóż (s)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/conversation_bar.py" line="45"/>
        <source>Later today</source>
        <translation>Później dzisiaj</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/conversation_bar.py" line="46"/>
        <source>Tomorrow morning</source>
        <translation>Jutro rano</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/conversation_bar.py" line="47"/>
        <source>Next week</source>
        <translation>W przyszłym tygodniu</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/conversation_bar.py" line="48"/>
        <source>Pick a date…</source>
        <translation>Wybierz datę…</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/conversation_bar.py" line="50"/>
        <source>Mark unread</source>
        <translation>Oznacz jako nieprzeczytane</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/conversation_bar.py" line="84"/>
        <source>Unassigned</source>
        <translation>Nieprzypisane</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/conversation_bar.py" line="97"/>
        <source>{name} is replying</source>
        <translation>{name} odpowiada</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/conversation_bar.py" line="98"/>
        <source>{names} are replying</source>
        <translation>{names} odpowiadają</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/conversation_bar.py" line="112"/>
        <source>For: {name}</source>
        <translation>Dla: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/conversation_bar.py" line="113"/>
        <source>Assign</source>
        <translation>Przypisz</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/conversation_bar.py" line="119"/>
        <source>Snoozed until {when}</source>
        <translation>Odłożone do {when}</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../../sources/csv_file/form.py" line="55"/>
        <source>Import orders from a file</source>
        <translation>Import zamówień z pliku</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="60"/>
        <source>an orders export (.csv)</source>
        <translation>eksport zamówień (.csv)</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="62"/>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="67"/>
        <source>Recognise by itself</source>
        <translation>Rozpoznaj automatycznie</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="70"/>
        <source>Columns of my own</source>
        <translation>Własne kolumny</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="79"/>
        <source>Which column holds what</source>
        <translation>Która kolumna zawiera co</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="90"/>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="100"/>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="101"/>
        <source>Layout</source>
        <translation>Układ</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="115"/>
        <source>Order number</source>
        <translation>Numer zamówienia</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="115"/>
        <source>Order id</source>
        <translation>Identyfikator zamówienia</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="116"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="116"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="117"/>
        <source>Customer name</source>
        <translation>Imię i nazwisko klienta</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="117"/>
        <source>Order date</source>
        <translation>Data zamówienia</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="118"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="118"/>
        <source>Total</source>
        <translation>Suma</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="119"/>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="119"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="120"/>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="120"/>
        <source>Unit price</source>
        <translation>Cena jednostkowa</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="121"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="121"/>
        <source>Tracking number</source>
        <translation>Numer przesyłki</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="122"/>
        <source>Carrier</source>
        <translation>Przewoźnik</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="122"/>
        <source>Shipping address</source>
        <translation>Adres dostawy</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="127"/>
        <source>Orders export</source>
        <translation>Eksport zamówień</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="128"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Pliki CSV (*.csv *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="142"/>
        <source>Reading the file…</source>
        <translation>Odczyt pliku…</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="151"/>
        <source>This file cannot be read as an orders export. Choose the CSV file the shop exported.</source>
        <translation>Tego pliku nie da się odczytać jako eksportu zamówień. Wybierz plik CSV wyeksportowany ze sklepu.</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="165"/>
        <source>Recognised layout: {layout}. The first rows:</source>
        <translation>Rozpoznany układ: {layout}. Pierwsze wiersze:</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="168"/>
        <source>The layout was not recognised: choose below which column holds what (at least the order number).</source>
        <translation>Nie rozpoznano układu: wybierz poniżej, która kolumna zawiera co (co najmniej numer zamówienia).</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="185"/>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="215"/>
        <source>Choose the column that holds the order number.</source>
        <translation>Wybierz kolumnę z numerem zamówienia.</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="219"/>
        <source>Importing…</source>
        <translation>Importowanie…</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="227"/>
        <source>The file could not be read with this layout. Choose the layout, or the column of each field.</source>
        <translation>Nie udało się odczytać pliku w tym układzie. Wybierz układ lub kolumnę każdego pola.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sources/csv_file/form.py" line="234"/>
        <source>Imported into “{source}”: {created} new, {updated} updated, {unchanged} unchanged order(s); {customers} new customer(s).</source>
        <translation>
            <numerusform>Zaimportowano do „{source}”: nowe {created}, zaktualizowane {updated}, bez zmian {unchanged}; nowi klienci: {customers}.</numerusform>
            <numerusform>Zaimportowano do „{source}”: nowe {created}, zaktualizowane {updated}, bez zmian {unchanged}; nowi klienci: {customers}.</numerusform>
            <numerusform>Zaimportowano do „{source}”: nowe {created}, zaktualizowane {updated}, bez zmian {unchanged}; nowi klienci: {customers}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sources/csv_file/form.py" line="240"/>
        <source>%n line(s) could not be read and were left out:</source>
        <translation>
            <numerusform>%n wiersza nie udało się odczytać i został pominięty:</numerusform>
            <numerusform>%n wiersze nie dały się odczytać i zostały pominięte:</numerusform>
            <numerusform>%n wierszy nie dało się odczytać i zostały pominięte:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="252"/>
        <source>Line {line}: no order number.</source>
        <translation>Wiersz {line}: brak numeru zamówienia.</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="254"/>
        <source>Line {line}: order {order}: “{value}” is not a valid {field}.</source>
        <translation>Wiersz {line}: zamówienie {order}: „{value}” to nieprawidłowa wartość pola „{field}”.</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="258"/>
        <source>Line {line}: order {order} has no {field}.</source>
        <translation>Wiersz {line}: zamówienie {order} nie ma pola „{field}”.</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="260"/>
        <source>Line {line}: order {order} could not be read.</source>
        <translation>Wiersz {line}: nie udało się odczytać zamówienia {order}.</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="75"/>
        <source>unknown</source>
        <translation>nieznany</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="78"/>
        <source>comma, separated</source>
        <translation>rozdzielone, przecinkami</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="84"/>
        <source>A note about this customer, seen by the whole team</source>
        <translation>Notatka o kliencie, widoczna dla całego zespołu</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="85"/>
        <source>A note only you see</source>
        <translation>Notatka widoczna tylko dla Ciebie</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="96"/>
        <source>Merge with…</source>
        <translation>Połącz z…</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="98"/>
        <source>Undo merge</source>
        <translation>Cofnij połączenie</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="103"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="104"/>
        <source>Reach at</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="105"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="106"/>
        <source>Labels</source>
        <translation>Etykiety</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="107"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="108"/>
        <source>Lifetime value</source>
        <translation>Wartość klienta</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="110"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="111"/>
        <source>Campaigns via</source>
        <translation>Kampanie przez</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="112"/>
        <source>Merged</source>
        <translation>Scalono</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="125"/>
        <source>&lt;b&gt;Orders&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zamówienia&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="163"/>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="173"/>
        <source>no identities</source>
        <translation>brak danych kontaktowych</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="179"/>
        <source>no orders yet</source>
        <translation>brak zamówień</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="188"/>
        <source>{name}, merged by {user} · {when}</source>
        <translation>{name}, scalił(a) {user} · {when}</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="189"/>
        <source>{name}, merged · {when}</source>
        <translation>{name}, scalono · {when}</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="208"/>
        <source>No orders.</source>
        <translation>Brak zamówień.</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="210"/>
        <source>completed</source>
        <translation>zrealizowane</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="210"/>
        <source>shipped</source>
        <translation>wysłane</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="211"/>
        <source>processing</source>
        <translation>w realizacji</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="211"/>
        <source>cancelled</source>
        <translation>anulowane</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="212"/>
        <source>Tracking</source>
        <translation>Śledzenie</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="230"/>
        <source>tracking</source>
        <translation>śledzenie</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../ui/promos/customer_picker.py" line="28"/>
        <source>type a customer&apos;s name</source>
        <translation>wpisz imię lub nazwisko klienta</translation>
    </message>
    <message>
        <location filename="../../ui/promos/customer_picker.py" line="32"/>
        <location filename="../../ui/promos/customer_picker.py" line="58"/>
        <location filename="../../ui/promos/customer_picker.py" line="76"/>
        <source>no customer</source>
        <translation>bez klienta</translation>
    </message>
</context>
<context>
    <name>EmailAccountForm</name>
    <message>
        <location filename="../../channels/email/form.py" line="113"/>
        <source>Email account</source>
        <translation>Konto e-mail</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="117"/>
        <source>e.g. Shop mailbox</source>
        <translation>np. Poczta sklepu</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="120"/>
        <source>shop@example.com</source>
        <translation>sklep@example.com</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="131"/>
        <source>the same as the address</source>
        <translation>taka sama jak adres</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="145"/>
        <source>Account name</source>
        <translation>Nazwa konta</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="146"/>
        <source>Email address</source>
        <translation>Adres e-mail</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="147"/>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="148"/>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="149"/>
        <source>Incoming (IMAP)</source>
        <translation>Przychodząca (IMAP)</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="150"/>
        <source>Outgoing (SMTP)</source>
        <translation>Wychodząca (SMTP)</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="151"/>
        <source>CA file</source>
        <translation>Plik CA</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="152"/>
        <source>Password kept</source>
        <translation>Gdzie hasło</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="165"/>
        <source>read from the environment variable</source>
        <translation>odczytywane ze zmiennej środowiskowej</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="167"/>
        <source>unchanged</source>
        <translation>bez zmian</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="195"/>
        <source>Server settings for {provider} filled in.</source>
        <translation>Uzupełniono ustawienia serwerów dla {provider}.</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="197"/>
        <source>{provider} usually refuses the normal password here: use an app password, or switch IMAP access on in the mailbox settings first.</source>
        <translation>{provider} zwykle nie przyjmuje tu zwykłego hasła: użyj hasła do aplikacji albo najpierw włącz dostęp IMAP w ustawieniach skrzynki.</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="208"/>
        <source>Give the account a name.</source>
        <translation>Nadaj kontu nazwę.</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="210"/>
        <source>Type the shop&apos;s email address.</source>
        <translation>Wpisz adres e-mail sklepu.</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="214"/>
        <source>Type the password.</source>
        <translation>Wpisz hasło.</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="220"/>
        <source>Type the {protocol} server&apos;s name.</source>
        <translation>Wpisz nazwę serwera {protocol}.</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="262"/>
        <source>Check the user name and password. Gmail, Yahoo, iCloud, Yandex, Mail.ru and Outlook with two-step login need an app password.</source>
        <translation>Sprawdź nazwę użytkownika i hasło. Gmail, Yahoo, iCloud, Yandex, Mail.ru i Outlook z logowaniem dwuetapowym wymagają hasła do aplikacji.</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="264"/>
        <source>Check the server name and the internet connection.</source>
        <translation>Sprawdź nazwę serwera i połączenie z internetem.</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="265"/>
        <source>Check the port and the security setting (SSL/TLS: 993 and 465, STARTTLS: 143 and 587).</source>
        <translation>Sprawdź port i szyfrowanie (SSL/TLS: 993 i 465, STARTTLS: 143 i 587).</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="267"/>
        <source>Check the security setting; a server with a certificate of its own needs its CA file in the “CA file” field.</source>
        <translation>Sprawdź ustawienie zabezpieczeń; serwer z własnym certyfikatem wymaga jego pliku CA w polu „Plik CA”.</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="269"/>
        <source>Check the port, a firewall or VPN, then try again.</source>
        <translation>Sprawdź port, zaporę sieciową lub VPN i spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>EmailChannel</name>
    <message>
        <location filename="../../channels/email/names.py" line="12"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../channels/email/names.py" line="13"/>
        <source>Email account</source>
        <translation>Konto e-mail</translation>
    </message>
    <message>
        <location filename="../../channels/email/names.py" line="14"/>
        <source>Add an email account</source>
        <translation>Dodaj konto e-mail</translation>
    </message>
    <message>
        <location filename="../../channels/email/names.py" line="15"/>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../ui/common/error_text.py" line="31"/>
        <source>The server did not accept the user name or password.</source>
        <translation>Serwer nie przyjął nazwy użytkownika lub hasła.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="32"/>
        <source>Check them; many providers need an app password.</source>
        <translation>Sprawdź je; wielu dostawców wymaga hasła aplikacji.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="34"/>
        <source>The token was revoked or is wrong.</source>
        <translation>Token został unieważniony lub jest błędny.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="35"/>
        <source>Create a new token and enter it in the account settings.</source>
        <translation>Utwórz nowy token i wpisz go w ustawieniach konta.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="37"/>
        <source>The attachment&apos;s content is neither stored nor on the server any more.</source>
        <translation>Treści załącznika nie ma ani w profilu, ani już na serwerze.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="38"/>
        <source>Ask the customer to send it again.</source>
        <translation>Poproś klienta o ponowne przesłanie.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="40"/>
        <source>The server {host} does not answer.</source>
        <translation>Serwer {host} nie odpowiada.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="41"/>
        <source>Check the internet connection; shopinbox tries again by itself.</source>
        <translation>Sprawdź połączenie z internetem; shopinbox sam spróbuje ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="43"/>
        <source>The server name {host} is not known.</source>
        <translation>Nazwa serwera {host} jest nieznana.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="44"/>
        <source>Check the server name in the account settings.</source>
        <translation>Sprawdź nazwę serwera w ustawieniach konta.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="46"/>
        <source>The server {host} refused the connection on port {port}.</source>
        <translation>Serwer {host} odrzucił połączenie na porcie {port}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="47"/>
        <source>Check the port and security setting.</source>
        <translation>Sprawdź port i ustawienie zabezpieczeń.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="49"/>
        <source>A secure connection to {host} could not be made.</source>
        <translation>Nie udało się nawiązać bezpiecznego połączenia z {host}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="50"/>
        <source>Check the security setting, or give the private CA file.</source>
        <translation>Sprawdź ustawienie zabezpieczeń albo wskaż plik własnego urzędu certyfikacji (CA).</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="52"/>
        <source>The server {host} took too long to answer.</source>
        <translation>Serwer {host} zbyt długo nie odpowiadał.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="53"/>
        <source>Check a firewall or VPN; shopinbox tries again by itself.</source>
        <translation>Sprawdź zaporę sieciową lub VPN; shopinbox sam spróbuje ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="55"/>
        <source>The service asks to wait until {until}.</source>
        <translation>Usługa prosi o przerwę do {until}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="56"/>
        <source>Nothing to do: shopinbox goes on by itself then.</source>
        <translation>Nic nie trzeba robić: shopinbox wtedy sam wznowi pracę.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="58"/>
        <source>The shop {host} refused the API key.</source>
        <translation>Sklep {host} odrzucił klucz API.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="59"/>
        <source>Check the key and secret (or the token) in the order source settings.</source>
        <translation>Sprawdź klucz i sekret (albo token) w ustawieniach źródła zamówień.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="61"/>
        <source>The shop {host} answered in a way shopinbox cannot use.</source>
        <translation>Sklep {host} odpowiedział w sposób, którego shopinbox nie może użyć.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="62"/>
        <source>Check the shop&apos;s address in the order source settings.</source>
        <translation>Sprawdź adres sklepu w ustawieniach źródła zamówień.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="64"/>
        <source>The service had a problem of its own.</source>
        <translation>Usługa ma własny problem.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="65"/>
        <source>Nothing to do: shopinbox tries again later.</source>
        <translation>Nic nie trzeba robić: shopinbox spróbuje ponownie później.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="67"/>
        <source>A webhook is set for this bot ({url}), so it gets no messages here.</source>
        <translation>Dla tego bota ustawiono webhook ({url}), więc wiadomości tu nie trafiają.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="68"/>
        <source>Tick “Remove the webhook” in the account settings — only if nothing else needs it.</source>
        <translation>Zaznacz „Usuń webhook” w ustawieniach konta — tylko jeśli nic innego go nie potrzebuje.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="70"/>
        <source>Another program is reading this bot&apos;s updates.</source>
        <translation>Inny program odbiera aktualizacje tego bota.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="71"/>
        <source>Stop the other program, or use a separate bot for shopinbox.</source>
        <translation>Zatrzymaj tamten program albo użyj osobnego bota dla shopinbox.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="73"/>
        <source>The customer blocked the bot or cannot be reached there.</source>
        <translation>Klient zablokował bota lub nie da się do niego tam dotrzeć.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="74"/>
        <source>Reply on another channel.</source>
        <translation>Odpowiedz innym kanałem.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="76"/>
        <source>There is no address or chat to send this reply to.</source>
        <translation>Nie ma adresu ani czatu, na który można wysłać tę odpowiedź.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="77"/>
        <source>Choose another channel for the reply.</source>
        <translation>Wybierz inny kanał odpowiedzi.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="79"/>
        <source>The server refused this message.</source>
        <translation>Serwer odrzucił tę wiadomość.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="80"/>
        <source>Shorten it or remove attachments, then retry.</source>
        <translation>Skróć ją lub usuń załączniki, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="82"/>
        <source>The password or token of account {account} is not available.</source>
        <translation>Hasło lub token konta {account} jest niedostępne.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="83"/>
        <source>Enter it again in the account settings, or set the environment variable the account names.</source>
        <translation>Wpisz je ponownie w ustawieniach konta albo ustaw zmienną środowiskową, którą wskazuje konto.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="85"/>
        <source>No keyring (password store) was found on this computer.</source>
        <translation>Na tym komputerze nie znaleziono pęku kluczy (magazynu haseł).</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="86"/>
        <source>Install one (e.g. gnome-keyring), or keep the secret in an environment variable.</source>
        <translation>Zainstaluj go (np. gnome-keyring) albo trzymaj sekret w zmiennej środowiskowej.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="88"/>
        <source>This kind of account ({kind}) cannot send.</source>
        <translation>Konto tego rodzaju ({kind}) nie może wysyłać.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="89"/>
        <source>Reply from another account.</source>
        <translation>Odpowiedz z innego konta.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="91"/>
        <source>Sending was interrupted; the reply may have been sent.</source>
        <translation>Wysyłanie zostało przerwane; odpowiedź mogła już wyjść.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="92"/>
        <location filename="../../ui/common/error_text.py" line="95"/>
        <source>Check with the customer or in the Sent folder before retrying.</source>
        <translation>Zanim ponowisz, sprawdź u klienta lub w folderze Wysłane.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="94"/>
        <source>Sending was interrupted at the moment the reply went to the server: it may have been sent.</source>
        <translation>Wysyłanie przerwano w chwili, gdy odpowiedź trafiała na serwer: mogła zostać wysłana.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="97"/>
        <source>The discount-code pool {pool} has no free codes left.</source>
        <translation>W puli kodów rabatowych {pool} nie ma już wolnych kodów.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="98"/>
        <source>Add codes to the pool, then retry.</source>
        <translation>Dodaj kody do puli, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="100"/>
        <source>The disk is full ({folder}).</source>
        <translation>Dysk jest pełny ({folder}).</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="101"/>
        <source>Free some space; the sync goes on by itself then.</source>
        <translation>Zwolnij trochę miejsca; synchronizacja wtedy sama ruszy dalej.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="103"/>
        <source>The database file is damaged.</source>
        <translation>Plik bazy danych jest uszkodzony.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="104"/>
        <source>Restore the latest backup: shopinbox restore --latest.</source>
        <translation>Przywróć najnowszą kopię zapasową: shopinbox restore --latest.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="106"/>
        <source>The database is busy.</source>
        <translation>Baza danych jest zajęta.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="107"/>
        <source>Nothing to do: shopinbox tries again.</source>
        <translation>Nic nie trzeba robić: shopinbox spróbuje ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="109"/>
        <source>There is no account named {name}.</source>
        <translation>Nie ma konta o nazwie {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="110"/>
        <source>See the list of accounts.</source>
        <translation>Zajrzyj na listę kont.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="112"/>
        <source>An account named {name} already exists.</source>
        <translation>Konto o nazwie {name} już istnieje.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="113"/>
        <source>Choose another name.</source>
        <translation>Wybierz inną nazwę.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="115"/>
        <source>Accounts of kind {kind} cannot be used here.</source>
        <translation>Kont rodzaju {kind} nie można tu używać.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="116"/>
        <source>Install the channel&apos;s package, or remove the account.</source>
        <translation>Zainstaluj pakiet tego kanału albo usuń konto.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="118"/>
        <source>That is not a valid token.</source>
        <translation>To nie jest prawidłowy token.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="119"/>
        <source>Paste the whole token, just as the service gave it.</source>
        <translation>Wklej cały token, dokładnie tak, jak podała go usługa.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="130"/>
        <source>No {protocol} server is known for {address}.</source>
        <translation>Nie znamy serwera {protocol} dla {address}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="131"/>
        <source>Type the server name in the account settings.</source>
        <translation>Wpisz nazwę serwera w ustawieniach konta.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="133"/>
        <source>The {protocol} security setting must be ssl, starttls or none.</source>
        <translation>Zabezpieczenie {protocol} musi mieć wartość ssl, starttls lub none.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="134"/>
        <source>Choose one of them.</source>
        <translation>Wybierz jedną z nich.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="136"/>
        <source>The server {host} does not offer {feature}.</source>
        <translation>Serwer {host} nie oferuje {feature}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="137"/>
        <source>Check the security setting of the account.</source>
        <translation>Sprawdź ustawienie zabezpieczeń konta.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="139"/>
        <source>The server {host} answered in a way shopinbox did not expect.</source>
        <translation>Serwer {host} odpowiedział w sposób, którego shopinbox się nie spodziewał.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="140"/>
        <source>Nothing to do: shopinbox tries again later; if it keeps happening, send the log file to support.</source>
        <translation>Nic nie trzeba robić: shopinbox spróbuje później; jeśli to się powtarza, wyślij plik dziennika do pomocy technicznej.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="142"/>
        <source>Account {account} reads its secret from the environment variable {variable}, which is not set.</source>
        <translation>Konto {account} czyta sekret ze zmiennej środowiskowej {variable}, która nie jest ustawiona.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="143"/>
        <source>Set the variable before starting shopinbox, or enter the secret in the account settings.</source>
        <translation>Ustaw tę zmienną przed uruchomieniem shopinbox albo wpisz sekret w ustawieniach konta.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="145"/>
        <source>No password was given.</source>
        <translation>Nie podano hasła.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="146"/>
        <source>Type the password.</source>
        <translation>Wpisz hasło.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="148"/>
        <source>The CA file {file} could not be read as a certificate.</source>
        <translation>Nie udało się odczytać pliku CA {file} jako certyfikatu.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="149"/>
        <source>Choose the CA certificate (a .pem or .crt file) that the server&apos;s administrator gave you.</source>
        <translation>Wybierz certyfikat CA (plik .pem lub .crt) otrzymany od administratora serwera.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="151"/>
        <source>This service&apos;s sign-in tokens change at every renewal, so they can only be kept in a keyring (password store), and none was found on this computer.</source>
        <translation>Tokeny logowania tej usługi zmieniają się przy każdym odnowieniu, więc można je przechowywać tylko w pęku kluczy (magazynie haseł), a na tym komputerze go nie znaleziono.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="152"/>
        <source>Install one (e.g. gnome-keyring), sign in to the desktop again so that it is unlocked, then add the account.</source>
        <translation>Zainstaluj go (np. gnome-keyring), zaloguj się ponownie do pulpitu, aby go odblokować, a potem dodaj konto.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="154"/>
        <source>The keyring (password store) could not be read or written.</source>
        <translation>Nie udało się odczytać ani zapisać pęku kluczy (magazynu haseł).</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="155"/>
        <source>Unlock it and retry, or keep the secret in an environment variable.</source>
        <translation>Odblokuj go i spróbuj ponownie albo trzymaj sekret w zmiennej środowiskowej.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="157"/>
        <source>The file is too large to be sent or fetched there.</source>
        <translation>Plik jest za duży, aby go tam wysłać lub pobrać.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="158"/>
        <source>Send a smaller file, or a link to it.</source>
        <translation>Wyślij mniejszy plik albo link do niego.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="160"/>
        <source>The customer has not written yet, so there is no channel to answer on.</source>
        <translation>Klient jeszcze nie pisał, więc nie ma kanału, którym można odpowiedzieć.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="161"/>
        <source>Choose a channel for the reply.</source>
        <translation>Wybierz kanał odpowiedzi.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="163"/>
        <source>There is no channel {channel}.</source>
        <translation>Nie ma kanału {channel}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="164"/>
        <source>Choose another channel.</source>
        <translation>Wybierz inny kanał.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="166"/>
        <source>No {channel} account is set up.</source>
        <translation>Nie skonfigurowano konta: {channel}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="167"/>
        <source>Add one in the settings, or reply on another channel.</source>
        <translation>Dodaj je w ustawieniach albo odpowiedz innym kanałem.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="169"/>
        <source>The reply is empty.</source>
        <translation>Odpowiedź jest pusta.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="170"/>
        <source>Write some text or attach a file.</source>
        <translation>Napisz tekst lub dołącz plik.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="172"/>
        <source>The note is empty.</source>
        <translation>Notatka jest pusta.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="173"/>
        <source>Write the note first.</source>
        <translation>Najpierw napisz notatkę.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="175"/>
        <source>A call&apos;s length must be between 0 and {max} minutes.</source>
        <translation>Rozmowa musi trwać od 0 do {max} minut.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="176"/>
        <source>Give the length in whole minutes.</source>
        <translation>Podaj czas trwania w pełnych minutach.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="178"/>
        <source>{outcome} is not an outcome of a call.</source>
        <translation>{outcome} nie jest wynikiem rozmowy.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="179"/>
        <source>Choose one of: {choices}.</source>
        <translation>Wybierz jeden z: {choices}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="181"/>
        <source>The call&apos;s time {when} is in the future.</source>
        <translation>Czas rozmowy {when} jest w przyszłości.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="182"/>
        <source>Give the time the call took place, or leave it empty for now.</source>
        <translation>Podaj, kiedy odbyła się rozmowa, albo zostaw puste pole (teraz).</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="184"/>
        <source>A user needs a name.</source>
        <translation>Użytkownik musi mieć imię.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="185"/>
        <source>Type the name of the person.</source>
        <translation>Wpisz imię tej osoby.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="187"/>
        <source>{user} sent a reply to this customer meanwhile.</source>
        <translation>{user} w międzyczasie odpowiedział(a) temu klientowi.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="188"/>
        <source>Read it first, then send yours if it is still needed.</source>
        <translation>Najpierw ją przeczytaj, potem wyślij swoją, jeśli nadal jest potrzebna.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="190"/>
        <source>There is no customer with id {id}.</source>
        <translation>Nie ma klienta o identyfikatorze {id}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="191"/>
        <source>The customer may have been merged into another one; look them up again.</source>
        <translation>Klient mógł zostać scalony z innym; wyszukaj go ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="193"/>
        <source>There is no message with id {id}.</source>
        <translation>Nie ma wiadomości o identyfikatorze {id}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="194"/>
        <source>Refresh the list and try again.</source>
        <translation>Odśwież listę i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="196"/>
        <source>Some values are still missing: {names}.</source>
        <translation>Nadal brakuje niektórych wartości: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="197"/>
        <source>Fill them in or fix them in the text, then send.</source>
        <translation>Uzupełnij je lub popraw w tekście, a potem wyślij.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="199"/>
        <source>There is no database in {folder} yet.</source>
        <translation>W folderze {folder} nie ma jeszcze bazy danych.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="200"/>
        <source>Start shopinbox once, or restore a backup.</source>
        <translation>Uruchom shopinbox raz albo przywróć kopię zapasową.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="202"/>
        <source>A team database on PostgreSQL is backed up on its server.</source>
        <translation>Zespołową bazę danych w PostgreSQL kopiuje się na jej serwerze.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="203"/>
        <source>Use pg_dump on the database server.</source>
        <translation>Użyj pg_dump na serwerze bazy danych.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="205"/>
        <source>The file {file} is not a usable shopinbox backup.</source>
        <translation>Plik {file} nie jest użyteczną kopią zapasową shopinbox.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="206"/>
        <source>Choose another backup (shopinbox backup --list).</source>
        <translation>Wybierz inną kopię zapasową (shopinbox backup --list).</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="208"/>
        <source>The service did not accept the app&apos;s client id or client secret.</source>
        <translation>Serwis nie przyjął identyfikatora (client id) lub sekretu (client secret) aplikacji.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="209"/>
        <source>Copy both again from the page where the shop registered its app.</source>
        <translation>Skopiuj oba ponownie ze strony, na której sklep zarejestrował aplikację.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="211"/>
        <source>The sign-in was refused on the service&apos;s page.</source>
        <translation>Na stronie serwisu odmówiono logowania.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="212"/>
        <source>Sign in again and allow access for shopinbox.</source>
        <translation>Zaloguj się ponownie i zezwól shopinbox na dostęp.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="214"/>
        <source>The sign-in code expired before it was confirmed.</source>
        <translation>Kod logowania wygasł, zanim został potwierdzony.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="215"/>
        <source>Sign in again and confirm the code sooner.</source>
        <translation>Zaloguj się ponownie i potwierdź kod szybciej.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="217"/>
        <source>Line {line} of the template cannot be read.</source>
        <translation>Wiersza {line} szablonu nie da się odczytać.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="218"/>
        <source>Check the placeholders and the if/for blocks on that line: each one opened must be closed.</source>
        <translation>Sprawdź pola i bloki if/for w tym wierszu: każdy otwarty musi zostać zamknięty.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="220"/>
        <source>Line {line}: {what} is not available in promo templates.</source>
        <translation>Wiersz {line}: {what} nie jest dostępne w szablonach odpowiedzi.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="221"/>
        <source>Use values, if/else, simple filters such as upper, and one loop over data.</source>
        <translation>Używaj wartości, if/else, prostych filtrów, np. upper, i jednej pętli po danych.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="223"/>
        <source>Line {line}: names starting with _ are not allowed.</source>
        <translation>Wiersz {line}: nazwy zaczynające się od _ są niedozwolone.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="224"/>
        <source>Use the values the preview lists.</source>
        <translation>Używaj wartości wymienionych przy podglądzie.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="226"/>
        <source>Line {line}: only ask(&quot;field name&quot;) can be called in a promo template.</source>
        <translation>Wiersz {line}: w szablonie odpowiedzi można wywołać tylko ask(&quot;nazwa pola&quot;).</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="227"/>
        <source>Remove the other call.</source>
        <translation>Usuń to drugie wywołanie.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="229"/>
        <source>Line {line}: ask(…) needs a field name.</source>
        <translation>Wiersz {line}: ask(…) wymaga nazwy pola.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="230"/>
        <source>Write the name in quotes, e.g. ask(&quot;size&quot;).</source>
        <translation>Wpisz nazwę w cudzysłowie, np. ask(&quot;rozmiar&quot;).</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="232"/>
        <source>Line {line}: loops inside loops are not available.</source>
        <translation>Wiersz {line}: pętle w pętlach nie są dostępne.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="233"/>
        <source>Use one loop, e.g. over order.lines.</source>
        <translation>Użyj jednej pętli, np. po order.lines.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="235"/>
        <source>Line {line}: a loop can only go over data.</source>
        <translation>Wiersz {line}: pętla może przechodzić tylko po danych.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="236"/>
        <source>Loop over a list of values, e.g. order.lines.</source>
        <translation>Przejdź pętlą po liście wartości, np. order.lines.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="238"/>
        <source>The template is longer than {limit} characters.</source>
        <translation>Szablon ma więcej niż {limit} znaków.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="239"/>
        <source>Shorten it.</source>
        <translation>Skróć go.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="241"/>
        <source>The text would be longer than {limit} characters.</source>
        <translation>Tekst miałby więcej niż {limit} znaków.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="242"/>
        <source>Shorten the template or what it repeats.</source>
        <translation>Skróć szablon albo to, co powtarza.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="244"/>
        <source>The template nests brackets or blocks, joins with ~ or repeats with * more than a promo template may.</source>
        <translation>Szablon zagnieżdża nawiasy lub bloki, łączy przez ~ albo powtarza przez * bardziej, niż wolno w szablonie odpowiedzi.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="245"/>
        <source>Keep to at most {joins} ~ joins, {levels} nested levels and {repeats} * repeats.</source>
        <translation>Użyj najwyżej {joins} połączeń ~, {levels} poziomów zagnieżdżenia i {repeats} powtórzeń *.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="247"/>
        <source>The template takes too long to render.</source>
        <translation>Wypełnianie szablonu trwa zbyt długo.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="248"/>
        <source>Make it simpler: fewer loops and filters.</source>
        <translation>Uprość go: mniej pętli i filtrów.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="250"/>
        <source>{name} is missing and cannot be left out here.</source>
        <translation>Brak wartości {name}, a tutaj nie można jej pominąć.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="251"/>
        <source>Preview with a customer who has it, or give a default: | default(&quot;…&quot;).</source>
        <translation>Wybierz do podglądu klienta, który ją ma, albo podaj wartość domyślną: | default(&quot;…&quot;).</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="253"/>
        <source>The template tried something that is not allowed.</source>
        <translation>Szablon próbował zrobić coś niedozwolonego.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="254"/>
        <source>Use only the values the preview lists.</source>
        <translation>Używaj tylko wartości wymienionych przy podglądzie.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="256"/>
        <source>The template cannot be rendered.</source>
        <translation>Nie da się wypełnić szablonu.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="257"/>
        <source>Check it for mistakes; if it looks right, send the log file to support.</source>
        <translation>Sprawdź, czy nie ma w nim błędów; jeśli wygląda dobrze, wyślij plik dziennika do pomocy technicznej.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="259"/>
        <source>Something went wrong inside shopinbox.</source>
        <translation>Coś poszło nie tak wewnątrz shopinbox.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="260"/>
        <source>Try again; if it keeps happening, send the log file to support.</source>
        <translation>Spróbuj ponownie; jeśli to się powtarza, wyślij plik dziennika do pomocy technicznej.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="293"/>
        <source>{service} asks to wait until {until}.</source>
        <translation>{service} prosi o przerwę do {until}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="121"/>
        <source>The token does not allow this (a right such as messages is missing).</source>
        <translation>Token na to nie pozwala (brakuje uprawnienia, np. do wiadomości).</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="122"/>
        <source>Create a token with the needed rights and enter it in the account settings.</source>
        <translation>Utwórz token z potrzebnymi uprawnieniami i wpisz go w ustawieniach konta.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="124"/>
        <source>The token does not belong to the community {group}.</source>
        <translation>Token nie należy do społeczności {group}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="125"/>
        <source>Check the community id, or create the token in that community&apos;s settings.</source>
        <translation>Sprawdź identyfikator społeczności albo utwórz token w ustawieniach tej społeczności.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="127"/>
        <source>The community&apos;s Long Poll API is off, and the token may not switch it on.</source>
        <translation>Long Poll API społeczności jest wyłączone, a token nie może go włączyć.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="128"/>
        <source>In the community, open Manage → API usage → Long Poll API, turn it on (API 5.199) with the message events, then retry.</source>
        <translation>W społeczności otwórz Zarządzanie → Praca z API → Long Poll API, włącz je (API 5.199) ze zdarzeniami wiadomości i spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="51"/>
        <source>Generate codes</source>
        <translation>Generowanie kodów</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="67"/>
        <source>Pattern</source>
        <translation>Wzór</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="68"/>
        <source>How many</source>
        <translation>Ile</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="74"/>
        <source># a digit, ? a letter, * either; anything else stays as written.</source>
        <translation># cyfra, ? litera, * jedno lub drugie; reszta zostaje bez zmian.</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="79"/>
        <source>This pattern makes no codes yet.</source>
        <translation>Ten wzór nie tworzy jeszcze kodów.</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="83"/>
        <source>It can make {count} different codes.</source>
        <translation>Można z niego utworzyć różnych kodów: {count}.</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <location filename="../../ui/inbox/inbox_delegate.py" line="71"/>
        <source>(no name)</source>
        <translation>(bez nazwy)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/inbox_delegate.py" line="105"/>
        <source>snoozed</source>
        <translation>odłożone</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/inbox_delegate.py" line="107"/>
        <source>done</source>
        <translation>zakończone</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <location filename="../../ui/inbox/inbox_panel.py" line="79"/>
        <source>Search everything  ( / )</source>
        <translation>Szukaj wszędzie  ( / )</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/inbox_panel.py" line="83"/>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/inbox_panel.py" line="83"/>
        <source>Snoozed</source>
        <translation>Odłożone</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/inbox_panel.py" line="84"/>
        <source>Done</source>
        <translation>Zakończone</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/inbox_panel.py" line="84"/>
        <source>All</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/inbox_panel.py" line="88"/>
        <source>All channels</source>
        <translation>Wszystkie kanały</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/inbox_panel.py" line="96"/>
        <source>Unread only</source>
        <translation>Tylko nieprzeczytane</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/inbox_panel.py" line="101"/>
        <source>Everyone&apos;s</source>
        <translation>Wszystkich</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/inbox_panel.py" line="101"/>
        <source>Mine</source>
        <translation>Moje</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/inbox_panel.py" line="102"/>
        <source>Unassigned</source>
        <translation>Nieprzypisane</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/inbox_panel.py" line="108"/>
        <source>Any request</source>
        <translation>Wszystkie zapytania</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/inbox_panel.py" line="206"/>
        <source>All accounts</source>
        <translation>Wszystkie konta</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/inbox_panel.py" line="207"/>
        <source>All labels</source>
        <translation>Wszystkie etykiety</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/inbox_panel.py" line="247"/>
        <source>Nothing here. Inbox zero!</source>
        <translation>Pusto. Skrzynka ogarnięta!</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/inbox_panel.py" line="249"/>
        <source>No conversations match these filters.</source>
        <translation>Żadna rozmowa nie pasuje do tych filtrów.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/inbox_panel.py" line="323"/>
        <source>Nothing matches “{query}”.</source>
        <translation>Nic nie pasuje do „{query}”.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/main_window.py" line="102"/>
        <source>shopinbox {version}</source>
        <translation>shopinbox {version}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="194"/>
        <source>&amp;Shop</source>
        <translation>&amp;Sklep</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="195"/>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynchronizuj teraz</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="198"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="199"/>
        <source>&amp;Merge suggestions…</source>
        <translation>&amp;Sugestie scalenia…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="200"/>
        <source>&amp;Promo replies…</source>
        <translation>&amp;Odpowiedzi promocyjne…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="201"/>
        <source>&amp;Reports…</source>
        <translation>&amp;Raporty…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="202"/>
        <source>&amp;Campaigns…</source>
        <translation>&amp;Kampanie…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="204"/>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="205"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="206"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="242"/>
        <source>Next conversation</source>
        <translation>Następna rozmowa</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="243"/>
        <source>Previous conversation</source>
        <translation>Poprzednia rozmowa</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="245"/>
        <source>Open the conversation</source>
        <translation>Otwórz rozmowę</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="247"/>
        <source>Reply</source>
        <translation>Odpowiedz</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="248"/>
        <source>Suggested reply (where is my order)</source>
        <translation>Proponowana odpowiedź (gdzie jest moje zamówienie)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="250"/>
        <source>Mark done</source>
        <translation>Oznacz jako zakończone</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="251"/>
        <source>Snooze</source>
        <translation>Odłóż</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="252"/>
        <source>Mark unread</source>
        <translation>Oznacz jako nieprzeczytane</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="253"/>
        <source>Search</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="254"/>
        <source>Show keyboard shortcuts</source>
        <translation>Pokaż skróty klawiszowe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="257"/>
        <source>Send the reply</source>
        <translation>Wyślij odpowiedź</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="258"/>
        <source>Insert a promo reply</source>
        <translation>Wstaw gotową odpowiedź</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="259"/>
        <source>Leave the text field</source>
        <translation>Opuść pole tekstowe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="260"/>
        <source>Sync now</source>
        <translation>Synchronizuj teraz</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="433"/>
        <source>Could not save the change: {error}</source>
        <translation>Nie udało się zapisać zmiany: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="481"/>
        <source>That order belongs to another customer.</source>
        <translation>To zamówienie należy do innego klienta.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_actions.py" line="56"/>
        <source>Cannot open</source>
        <translation>Nie można otworzyć</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_actions.py" line="72"/>
        <source>No program for this file</source>
        <translation>Brak programu dla tego pliku</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_actions.py" line="73"/>
        <source>No program on this computer opens “{name}”. Save it to a folder instead?</source>
        <translation>Żaden program na tym komputerze nie otwiera „{name}”. Zapisać plik w folderze?</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_actions.py" line="83"/>
        <source>Downloading the attachment… {percent} %</source>
        <translation>Pobieranie załącznika… {percent} %</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_actions.py" line="95"/>
        <source>Save attachment</source>
        <translation>Zapisz załącznik</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_actions.py" line="102"/>
        <source>Cannot save</source>
        <translation>Nie można zapisać</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_actions.py" line="132"/>
        <source>Cannot merge</source>
        <translation>Nie można połączyć</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_actions.py" line="127"/>
        <source>Merged. Use “Undo merge” to take it back.</source>
        <translation>Połączono. „Cofnij połączenie” przywraca poprzedni stan.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_actions.py" line="136"/>
        <source>The merge was undone: both customers are separate again.</source>
        <translation>Połączenie cofnięto: obaj klienci są znów osobno.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_actions.py" line="140"/>
        <source>Cannot undo</source>
        <translation>Nie można cofnąć</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/common/dialogs.py" line="82"/>
        <source>Merge customers</source>
        <translation>Połącz klientów</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="83"/>
        <source>Choose who “{name}” really is. The other customer&apos;s messages, addresses and orders move here. You can undo it.</source>
        <translation>Wskaż, kim naprawdę jest „{name}”. Wiadomości, adresy i zamówienia drugiego klienta zostaną przeniesione tutaj. Można to cofnąć.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="89"/>
        <source>Search by name</source>
        <translation>Szukaj po nazwisku</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="94"/>
        <location filename="../../ui/common/dialogs.py" line="172"/>
        <source>Merge</source>
        <translation>Połącz</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="159"/>
        <source>“{remains}” remains. From “{moves}” move here: {messages} message(s), {identities} address(es) and number(s), {orders} order(s); “{moves}” disappears from the list. You can undo it with “Undo merge”. Merge?</source>
        <translation>Zostaje „{remains}”. Z „{moves}” przechodzą tutaj: wiadomości: {messages}, adresy i numery: {identities}, zamówienia: {orders}; „{moves}” znika z listy. Można to cofnąć przyciskiem „Cofnij połączenie”. Połączyć?</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="165"/>
        <source>Yes, merge</source>
        <translation>Tak, połącz</translation>
    </message>
</context>
<context>
    <name>OrderSourcesTab</name>
    <message>
        <location filename="../../ui/settings/order_sources.py" line="67"/>
        <source>Orders from the shop&apos;s web store and from export files appear in each customer&apos;s panel, next to the conversation.</source>
        <translation>Zamówienia ze sklepu internetowego i z plików eksportu pojawiają się w panelu każdego klienta, obok rozmowy.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/order_sources.py" line="72"/>
        <source>Import a file…</source>
        <translation>Importuj plik…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/order_sources.py" line="74"/>
        <source>Add a shop</source>
        <translation>Dodaj sklep</translation>
    </message>
    <message>
        <location filename="../../ui/settings/order_sources.py" line="76"/>
        <source>Sync now</source>
        <translation>Synchronizuj teraz</translation>
    </message>
    <message>
        <location filename="../../ui/settings/order_sources.py" line="78"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../ui/settings/order_sources.py" line="123"/>
        <source>export files</source>
        <translation>pliki eksportu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings/order_sources.py" line="124"/>
        <source>{name}  ·  {source}  ·  {count} order(s)</source>
        <translation>
            <numerusform>{name}  ·  {source}  ·  {count} zamówienie</numerusform>
            <numerusform>{name}  ·  {source}  ·  {count} zamówienia</numerusform>
            <numerusform>{name}  ·  {source}  ·  {count} zamówień</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/settings/order_sources.py" line="128"/>
        <source>error: {reason}</source>
        <translation>błąd: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/order_sources.py" line="144"/>
        <source>No order sources yet: import an export file or add the shop&apos;s web store.</source>
        <translation>Nie ma jeszcze źródeł zamówień: zaimportuj plik eksportu lub dodaj sklep internetowy.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/order_sources.py" line="185"/>
        <source>The shop was added; its orders are fetched now.</source>
        <translation>Dodano sklep; jego zamówienia są teraz pobierane.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/order_sources.py" line="207"/>
        <source>Fetching the orders of {name}…</source>
        <translation>Pobieranie zamówień z {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/order_sources.py" line="211"/>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings/order_sources.py" line="215"/>
        <source>{name}: {new} new and {updated} changed order(s).</source>
        <translation>
            <numerusform>{name}: nowe zamówienia: {new}, zmienione: {updated}.</numerusform>
            <numerusform>{name}: nowe zamówienia: {new}, zmienione: {updated}.</numerusform>
            <numerusform>{name}: nowe zamówienia: {new}, zmienione: {updated}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/settings/order_sources.py" line="224"/>
        <source>Remove order source</source>
        <translation>Usuń źródło zamówień</translation>
    </message>
    <message>
        <location filename="../../ui/settings/order_sources.py" line="231"/>
        <source>Remove the order source “{name}”? Its orders stay in the customers&apos; panels; adding it again under the same name takes them up again.</source>
        <translation>Usunąć źródło zamówień „{name}”? Jego zamówienia zostaną w panelach klientów; dodanie go ponownie pod tą samą nazwą znów je obejmie.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/order_sources.py" line="238"/>
        <source>“{name}” was removed.</source>
        <translation>Usunięto „{name}”.</translation>
    </message>
</context>
<context>
    <name>PhoneChannel</name>
    <message>
        <location filename="../../channels/phone/names.py" line="18"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../channels/phone/names.py" line="19"/>
        <source>Phone calls</source>
        <translation>Rozmowy telefoniczne</translation>
    </message>
    <message>
        <location filename="../../channels/phone/names.py" line="20"/>
        <source>Log a call</source>
        <translation>Zapisz rozmowę</translation>
    </message>
    <message>
        <location filename="../../channels/phone/names.py" line="21"/>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location filename="../../channels/phone/names.py" line="22"/>
        <source>Log a call…</source>
        <translation>Zapisz rozmowę…</translation>
    </message>
    <message>
        <location filename="../../channels/phone/names.py" line="30"/>
        <source>Talked</source>
        <translation>Rozmawialiśmy</translation>
    </message>
    <message>
        <location filename="../../channels/phone/names.py" line="31"/>
        <source>No answer</source>
        <translation>Nikt nie odebrał</translation>
    </message>
    <message>
        <location filename="../../channels/phone/names.py" line="32"/>
        <source>Left a voicemail</source>
        <translation>Zostawiono wiadomość głosową</translation>
    </message>
    <message>
        <location filename="../../channels/phone/names.py" line="33"/>
        <source>Call back later</source>
        <translation>Oddzwonić później</translation>
    </message>
    <message>
        <location filename="../../channels/phone/names.py" line="45"/>
        <source>Outgoing call</source>
        <translation>Połączenie wychodzące</translation>
    </message>
    <message>
        <location filename="../../channels/phone/names.py" line="46"/>
        <source>Incoming call</source>
        <translation>Połączenie przychodzące</translation>
    </message>
    <message>
        <location filename="../../channels/phone/names.py" line="51"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
</context>
<context>
    <name>PromoDialog</name>
    <message>
        <location filename="../../ui/composer/promo_dialog.py" line="24"/>
        <source>Insert a promo reply</source>
        <translation>Wstaw gotową odpowiedź</translation>
    </message>
    <message>
        <location filename="../../ui/composer/promo_dialog.py" line="28"/>
        <source>Type a shortcut or a title</source>
        <translation>Wpisz skrót lub tytuł</translation>
    </message>
    <message>
        <location filename="../../ui/composer/promo_dialog.py" line="38"/>
        <source>No promo replies yet.</source>
        <translation>Nie ma jeszcze gotowych odpowiedzi.</translation>
    </message>
</context>
<context>
    <name>PromoEditor</name>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="53"/>
        <source>Promo reply</source>
        <translation>Odpowiedź promocyjna</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="69"/>
        <source>Add language…</source>
        <translation>Dodaj język…</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="97"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="98"/>
        <source>Shortcut</source>
        <translation>Skrót</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="99"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="100"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="101"/>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="102"/>
        <source>Text</source>
        <translation>Treść</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="103"/>
        <source>Preview for customer</source>
        <translation>Podgląd dla klienta</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="104"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="121"/>
        <source>the customer&apos;s first name</source>
        <translation>imię klienta</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="122"/>
        <source>the customer&apos;s full name</source>
        <translation>imię i nazwisko klienta</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="123"/>
        <source>the customer&apos;s email address</source>
        <translation>adres e-mail klienta</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="124"/>
        <source>number of the last order</source>
        <translation>numer ostatniego zamówienia</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="125"/>
        <source>its status, in the reply&apos;s language</source>
        <translation>jego status w języku odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="126"/>
        <source>its total with the currency</source>
        <translation>jego suma z walutą</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="127"/>
        <source>the day it was placed</source>
        <translation>dzień złożenia</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="128"/>
        <source>the parcel&apos;s tracking link</source>
        <translation>link do śledzenia przesyłki</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="129"/>
        <source>the parcel&apos;s tracking number</source>
        <translation>numer przesyłki</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="130"/>
        <source>the carrier</source>
        <translation>przewoźnik</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="131"/>
        <source>where the parcel waits to be picked up</source>
        <translation>gdzie paczka czeka na odbiór</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="132"/>
        <source>the shop&apos;s name</source>
        <translation>nazwa sklepu</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="133"/>
        <source>this reply&apos;s title</source>
        <translation>tytuł tej odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="134"/>
        <source>a discount code, one per customer</source>
        <translation>kod rabatowy, jeden na klienta</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="141"/>
        <source>Double-click a value to put it into the text.</source>
        <translation>Kliknij dwukrotnie wartość, aby wstawić ją do tekstu.</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="146"/>
        <source>a discount code (attach a code pool first)</source>
        <translation>kod rabatowy (najpierw dołącz pulę kodów)</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="177"/>
        <source>Add language</source>
        <translation>Dodaj język</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="178"/>
        <source>Language code (e.g. de):</source>
        <translation>Kod języka (np. de):</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="200"/>
        <source>Cannot render: {error}</source>
        <translation>Nie można wygenerować: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="212"/>
        <source>Missing: {names}</source>
        <translation>Brakuje: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="214"/>
        <source>Asked when inserting: {names}</source>
        <translation>Pytanie przy wstawianiu: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="216"/>
        <source>Ready to send.</source>
        <translation>Gotowe do wysłania.</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="230"/>
        <source>Cannot save: {error}</source>
        <translation>Nie można zapisać: {error}</translation>
    </message>
</context>
<context>
    <name>PromoLibrary</name>
    <message>
        <location filename="../../ui/promos/promo_library.py" line="41"/>
        <location filename="../../ui/promos/promo_library.py" line="92"/>
        <source>Promo replies</source>
        <translation>Odpowiedzi promocyjne</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_library.py" line="48"/>
        <source>Shortcut</source>
        <translation>Skrót</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_library.py" line="48"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_library.py" line="48"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_library.py" line="49"/>
        <source>Languages</source>
        <translation>Języki</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_library.py" line="49"/>
        <source>Sent</source>
        <translation>Wysłano</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_library.py" line="50"/>
        <source>Codes left</source>
        <translation>Pozostałe kody</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_library.py" line="51"/>
        <source>New…</source>
        <translation>Nowa…</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_library.py" line="52"/>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_library.py" line="53"/>
        <source>Duplicate</source>
        <translation>Duplikuj</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_library.py" line="54"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_library.py" line="70"/>
        <source>Replies</source>
        <translation>Odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_library.py" line="71"/>
        <source>Discount codes</source>
        <translation>Kody rabatowe</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_library.py" line="143"/>
        <source>Delete promo reply</source>
        <translation>Usuń odpowiedź promocyjną</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_library.py" line="144"/>
        <source>Delete this promo reply? Discount codes already given stay recorded.</source>
        <translation>Usunąć tę odpowiedź promocyjną? Wydane już kody rabatowe pozostaną zapisane.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../ui/reports/report_format.py" line="22"/>
        <source>{value} %</source>
        <translation>{value}%</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_format.py" line="30"/>
        <source>{value} min</source>
        <translation>{value} min</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_format.py" line="32"/>
        <source>{value} h</source>
        <translation>{value} godz.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_format.py" line="33"/>
        <source>{value} d</source>
        <translation>{value} dni</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="80"/>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="84"/>
        <source>Last 7 days</source>
        <translation>Ostatnie 7 dni</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="84"/>
        <source>Last 30 days</source>
        <translation>Ostatnie 30 dni</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="85"/>
        <source>Last 90 days</source>
        <translation>Ostatnie 90 dni</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="85"/>
        <source>This month</source>
        <translation>Ten miesiąc</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="86"/>
        <source>Last month</source>
        <translation>Poprzedni miesiąc</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="86"/>
        <source>Custom range</source>
        <translation>Własny zakres</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="99"/>
        <source>All channels and accounts</source>
        <translation>Wszystkie kanały i konta</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="104"/>
        <source>Period:</source>
        <translation>Okres:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="105"/>
        <source>From:</source>
        <translation>Od:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="106"/>
        <source>To:</source>
        <translation>Do:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="107"/>
        <source>Show:</source>
        <translation>Pokaż:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="118"/>
        <source>First response, median</source>
        <translation>Pierwsza odpowiedź, mediana</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="119"/>
        <source>First response, 90% of customers within</source>
        <translation>Pierwsza odpowiedź dla 90% klientów w ciągu</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="120"/>
        <source>Answered within an hour</source>
        <translation>Odpowiedziano w ciągu godziny</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="121"/>
        <source>Waiting for a reply now</source>
        <translation>Czeka teraz na odpowiedź</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="122"/>
        <source>Snoozed, coming back today</source>
        <translation>Odłożone, wracają dziś</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="131"/>
        <source>First response time by week</source>
        <translation>Czas pierwszej odpowiedzi w tygodniach</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="132"/>
        <source>Time to done by week</source>
        <translation>Czas do załatwienia w tygodniach</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="133"/>
        <source>Answered within 1 h, 4 h and 24 h</source>
        <translation>Odpowiedzi w ciągu 1, 4 i 24 godz.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="135"/>
        <source>Messages received and sent</source>
        <translation>Wiadomości odebrane i wysłane</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="136"/>
        <source>Received by channel and account</source>
        <translation>Odebrane według kanału i konta</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="138"/>
        <source>When customers write (weekday × hour)</source>
        <translation>Kiedy piszą klienci (dzień tygodnia × godzina)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="140"/>
        <source>New and returning customers</source>
        <translation>Nowi i powracający klienci</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="142"/>
        <source>Waiting for a reply, by how long</source>
        <translation>Czekający na odpowiedź, według czasu</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="143"/>
        <source>Order revenue: customers who wrote and who did not</source>
        <translation>Przychód z zamówień: klienci, którzy pisali, i ci, którzy nie</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="145"/>
        <source>Orders: customers who wrote and who did not</source>
        <translation>Zamówienia: klienci, którzy pisali, i ci, którzy nie</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="147"/>
        <source>Orders customers wrote about</source>
        <translation>Zamówienia, o których pisali klienci</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="148"/>
        <source>Discount codes handed out</source>
        <translation>Wydane kody rabatowe</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="149"/>
        <source>What customers asked</source>
        <translation>O co pytali klienci</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="189"/>
        <source>Computing…</source>
        <translation>Obliczanie…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="223"/>
        <location filename="../../ui/reports/reports_view.py" line="351"/>
        <source>{account} ({channel})</source>
        <translation>{account} ({channel})</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="228"/>
        <source>The report could not be computed.</source>
        <translation>Nie udało się obliczyć raportu.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="241"/>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="257"/>
        <source>Times count business hours only.</source>
        <translation>Czasy liczą tylko godziny pracy.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="258"/>
        <source>Times count every hour of the day: the shop has set no business hours.</source>
        <translation>Czasy liczą każdą godzinę doby: sklep nie ustawił godzin pracy.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="291"/>
        <source>All channels</source>
        <translation>Wszystkie kanały</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="301"/>
        <location filename="../../ui/reports/reports_view.py" line="305"/>
        <location filename="../../ui/reports/reports_view.py" line="311"/>
        <source>{channel}, median</source>
        <translation>{channel}, mediana</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="303"/>
        <location filename="../../ui/reports/reports_view.py" line="307"/>
        <source>{channel}, 90th percentile</source>
        <translation>{channel}, 90. percentyl</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="314"/>
        <location filename="../../ui/reports/reports_view.py" line="348"/>
        <location filename="../../ui/reports/reports_view.py" line="373"/>
        <source>Week from</source>
        <translation>Tydzień od</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="318"/>
        <source>An exchange is done at the shop&apos;s last reply before the customer writes again, or when the conversation is marked done.</source>
        <translation>Wymiana jest załatwiona przy ostatniej odpowiedzi sklepu, zanim klient napisze znowu, albo gdy rozmowa jest oznaczona jako załatwiona.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="324"/>
        <source>within {hours} h</source>
        <translation>w ciągu {hours} godz.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="327"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="348"/>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="350"/>
        <source>Received</source>
        <translation>Odebrane</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="350"/>
        <source>Sent</source>
        <translation>Wysłane</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reports/reports_view.py" line="362"/>
        <source>{day} {start}:00–{end}:00: %n message(s)</source>
        <translation>
            <numerusform>{day} {start}:00–{end}:00: %n wiadomość</numerusform>
            <numerusform>{day} {start}:00–{end}:00: %n wiadomości</numerusform>
            <numerusform>{day} {start}:00–{end}:00: %n wiadomości</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="367"/>
        <source>Weekday / hour</source>
        <translation>Dzień / godzina</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="374"/>
        <source>New</source>
        <translation>Nowi</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="375"/>
        <source>Returning</source>
        <translation>Powracający</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="379"/>
        <source>{customers} wrote in this period: {new} for the first time, {back} again.</source>
        <translation>Klienci piszący w tym okresie: {customers}, w tym {new} po raz pierwszy, {back} ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="384"/>
        <source>under 1 h</source>
        <translation>poniżej 1 godz.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="384"/>
        <source>1–4 h</source>
        <translation>1–4 godz.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="385"/>
        <source>4–24 h</source>
        <translation>4–24 godz.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="385"/>
        <source>1–3 days</source>
        <translation>1–3 dni</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="386"/>
        <source>3–7 days</source>
        <translation>3–7 dni</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="386"/>
        <source>over 7 days</source>
        <translation>ponad 7 dni</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="387"/>
        <source>Waiting</source>
        <translation>Czeka</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="388"/>
        <source>Conversations</source>
        <translation>Rozmowy</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="389"/>
        <source>Open conversations whose customer waits for an answer, now (not limited to the period).</source>
        <translation>Otwarte rozmowy, w których klient teraz czeka na odpowiedź (niezależnie od okresu).</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="404"/>
        <source>Wrote to the shop</source>
        <translation>Pisali do sklepu</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="404"/>
        <source>Did not write</source>
        <translation>Nie pisali</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="405"/>
        <location filename="../../ui/reports/reports_view.py" line="408"/>
        <location filename="../../ui/reports/reports_view.py" line="420"/>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="412"/>
        <source>Revenue in {currency}.</source>
        <translation>Przychód w {currency}.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="414"/>
        <source>Orders in {currencies} are counted but not added up.</source>
        <translation>Zamówienia w {currencies} są liczone, ale nie sumowane.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="421"/>
        <source>Messages naming an order</source>
        <translation>Wiadomości z numerem zamówienia</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="423"/>
        <source>Orders named</source>
        <translation>Wymienione zamówienia</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="425"/>
        <source>Messages in which customers name the number of one of their orders.</source>
        <translation>Wiadomości, w których klienci podają numer jednego ze swoich zamówień.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="429"/>
        <source>{pool} ({promo})</source>
        <translation>{pool} ({promo})</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="435"/>
        <source>Orders that used a code</source>
        <translation>Zamówienia z kodem</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="437"/>
        <source>Code pool</source>
        <translation>Pula kodów</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="446"/>
        <source>{pool}: revenue {revenue}</source>
        <translation>{pool}: przychód {revenue}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="453"/>
        <source>something else</source>
        <translation>coś innego</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="454"/>
        <source>Request</source>
        <translation>Prośba</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="455"/>
        <source>Messages</source>
        <translation>Wiadomości</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="457"/>
        <source>Messages customers sent in the period, by what the newest guess says they want; corrections in the timeline teach it.</source>
        <translation>Wiadomości od klientów w tym okresie według tego, czego według rozpoznania chcą; poprawki na osi czasu uczą rozpoznawanie.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="431"/>
        <source>Codes handed out</source>
        <translation>Wydane kody</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="432"/>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="440"/>
        <source>Redemptions and their revenue appear once orders carry discount codes.</source>
        <translation>Wykorzystania kodów i ich przychód pojawią się, gdy zamówienia będą zawierać kody rabatowe.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../ui/inbox/search_model.py" line="58"/>
        <source>Customers ({count})</source>
        <translation>Klienci ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/search_model.py" line="59"/>
        <source>Orders ({count})</source>
        <translation>Zamówienia ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/search_model.py" line="60"/>
        <source>Messages ({count})</source>
        <translation>Wiadomości ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/search_model.py" line="130"/>
        <source>(no name)</source>
        <translation>(bez nazwy)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/search_model.py" line="133"/>
        <source>shop</source>
        <translation>sklep</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/search_model.py" line="133"/>
        <source>customer</source>
        <translation>klient</translation>
    </message>
</context>
<context>
    <name>SecretStoreChoice</name>
    <message>
        <location filename="../../ui/settings/secret_store.py" line="46"/>
        <source>No keyring (password store) was found on this computer, so the secret cannot be kept there.</source>
        <translation>Na tym komputerze nie znaleziono pęku kluczy (magazynu haseł), więc nie można w nim przechować hasła.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/secret_store.py" line="49"/>
        <source>Keep it in the system keyring</source>
        <translation>Przechowuj w systemowym pęku kluczy</translation>
    </message>
    <message>
        <location filename="../../ui/settings/secret_store.py" line="51"/>
        <source>Read it from an environment variable</source>
        <translation>Odczytuj ze zmiennej środowiskowej</translation>
    </message>
    <message>
        <location filename="../../ui/settings/secret_store.py" line="52"/>
        <source>For a headless service, or a computer without a keyring.</source>
        <translation>Dla usługi bez okna albo komputera bez pęku kluczy.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/secret_store.py" line="61"/>
        <source>shopinbox reads the secret from this variable whenever it connects; set it where shopinbox runs (for example export {name}=… before starting it). Only its name is saved.</source>
        <translation>shopinbox odczytuje hasło z tej zmiennej przy każdym połączeniu; ustaw ją tam, gdzie działa shopinbox (np. export {name}=… przed uruchomieniem). Zapisywana jest tylko jej nazwa.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/secret_store.py" line="96"/>
        <source>The macOS Keychain should be there: open Keychain Access, check that the login keychain is unlocked, then restart shopinbox.</source>
        <translation>Pęk kluczy macOS powinien być dostępny: otwórz Dostęp do pęku kluczy, sprawdź, czy pęk „login” jest odblokowany, i uruchom shopinbox ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/secret_store.py" line="99"/>
        <source>Windows Credential Manager should be there: sign in to Windows with your own user account, then restart shopinbox.</source>
        <translation>Menedżer poświadczeń Windows powinien być dostępny: zaloguj się do Windows na własne konto użytkownika i uruchom shopinbox ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/secret_store.py" line="101"/>
        <source>To get one, install GNOME Keyring (package gnome-keyring) or KWallet, sign in to the desktop again so that it is unlocked, then restart shopinbox. Until then, use an environment variable.</source>
        <translation>Aby go mieć, zainstaluj GNOME Keyring (pakiet gnome-keyring) lub KWallet, zaloguj się ponownie do pulpitu, by został odblokowany, i uruchom shopinbox ponownie. Do tego czasu użyj zmiennej środowiskowej.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/secret_store.py" line="121"/>
        <source>“{name}” is not a variable name: use letters, digits and _ only.</source>
        <translation>„{name}” nie jest nazwą zmiennej: użyj tylko liter, cyfr i _.</translation>
    </message>
</context>
<context>
    <name>SegmentEditor</name>
    <message>
        <location filename="../../ui/campaigns/segment_editor.py" line="41"/>
        <source>e.g. pl, ru</source>
        <translation>np. pl, ru</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/segment_editor.py" line="43"/>
        <source>Any channel</source>
        <translation>Dowolny kanał</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/segment_editor.py" line="52"/>
        <source>SKU or part of the name</source>
        <translation>SKU lub część nazwy</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/segment_editor.py" line="54"/>
        <source>Anyone</source>
        <translation>Wszyscy</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/segment_editor.py" line="55"/>
        <source>With marketing consent</source>
        <translation>Ze zgodą marketingową</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/segment_editor.py" line="56"/>
        <source>Without marketing consent</source>
        <translation>Bez zgody marketingowej</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/segment_editor.py" line="58"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/segment_editor.py" line="59"/>
        <source>Languages</source>
        <translation>Języki</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/segment_editor.py" line="60"/>
        <source>Reachable on</source>
        <translation>Osiągalni przez</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/segment_editor.py" line="61"/>
        <source>Label</source>
        <translation>Etykieta</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/segment_editor.py" line="62"/>
        <source>At least this many orders</source>
        <translation>Co najmniej tyle zamówień</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/segment_editor.py" line="63"/>
        <source>Lifetime value at least</source>
        <translation>Wartość zakupów co najmniej</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/segment_editor.py" line="64"/>
        <source>Bought a product</source>
        <translation>Kupili produkt</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/segment_editor.py" line="65"/>
        <source>Consent</source>
        <translation>Zgoda</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/segment_editor.py" line="68"/>
        <source>Save segment</source>
        <translation>Zapisz segment</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/segment_editor.py" line="119"/>
        <location filename="../../ui/campaigns/segment_editor.py" line="133"/>
        <source>This filter cannot be used.</source>
        <translation>Tego filtra nie da się użyć.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/campaigns/segment_editor.py" line="124"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n klient</numerusform>
            <numerusform>%n klientów</numerusform>
            <numerusform>%n klientów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerRow</name>
    <message>
        <location filename="../../channels/email/form.py" line="57"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="57"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="58"/>
        <source>None (unencrypted)</source>
        <translation>Brak (bez szyfrowania)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="204"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="207"/>
        <source>Accounts</source>
        <translation>Konta</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="212"/>
        <source>Order sources</source>
        <translation>Źródła zamówień</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="214"/>
        <source>General</source>
        <translation>Ogólne</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="215"/>
        <source>Backups</source>
        <translation>Kopie zapasowe</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="230"/>
        <source>Add…</source>
        <translation>Dodaj…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="237"/>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="239"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="267"/>
        <source>error: {reason}</source>
        <translation>błąd: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="281"/>
        <source>Not available yet</source>
        <translation>Jeszcze niedostępne</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="282"/>
        <source>This version cannot set up “{kind}” accounts yet.</source>
        <translation>Ta wersja nie potrafi jeszcze dodać kont typu „{kind}”.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="302"/>
        <location filename="../../ui/settings/settings_dialog.py" line="324"/>
        <source>Remove account</source>
        <translation>Usuń konto</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="309"/>
        <source>Remove “{name}” and the {count} messages fetched through it? They can be fetched again by adding the account back.</source>
        <translation>Usunąć „{name}” i pobrane przez to konto wiadomości ({count})? Można je pobrać ponownie, dodając konto jeszcze raz.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="331"/>
        <source>Back up now</source>
        <translation>Utwórz kopię teraz</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="333"/>
        <source>Restore the latest…</source>
        <translation>Przywróć najnowszą…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="335"/>
        <source>Restore the selected…</source>
        <translation>Przywróć zaznaczoną…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="348"/>
        <source>A copy of the database is taken every day (the last seven are kept) and before every upgrade.</source>
        <translation>Kopia bazy danych powstaje codziennie (zachowywanych jest siedem ostatnich) oraz przed każdą aktualizacją.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="357"/>
        <source>daily</source>
        <translation>codzienna</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="357"/>
        <source>taken by hand</source>
        <translation>utworzona ręcznie</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="358"/>
        <source>before a restore</source>
        <translation>sprzed przywracania</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="362"/>
        <source>before an upgrade</source>
        <translation>sprzed aktualizacji</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="384"/>
        <source>No backups yet.</source>
        <translation>Nie ma jeszcze kopii zapasowych.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="393"/>
        <source>Backing up…</source>
        <translation>Tworzenie kopii…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="399"/>
        <source>Backed up to {file}.</source>
        <translation>Kopia zapisana w {file}.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="410"/>
        <source>Choose a backup in the list first.</source>
        <translation>Najpierw wybierz kopię z listy.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="413"/>
        <source>Put back the backup of {when}? The messages, customers and replies stored since then are replaced by that copy; the current database is kept as a backup too, so this can be undone. The sync stops while the backup is put back.</source>
        <translation>Przywrócić kopię z {when}? Wiadomości, klienci i odpowiedzi zapisane od tego czasu zostaną zastąpione tą kopią; obecna baza danych też zostanie zachowana jako kopia, więc można to cofnąć. Na czas przywracania synchronizacja zostanie wstrzymana.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="418"/>
        <source>Restoring…</source>
        <translation>Przywracanie…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="422"/>
        <source>Restore a backup</source>
        <translation>Przywracanie kopii zapasowej</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="433"/>
        <source>System default</source>
        <translation>Jak w systemie</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="437"/>
        <source>Show a notification for new messages</source>
        <translation>Pokazuj powiadomienie o nowych wiadomościach</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="440"/>
        <source>Show the unread count in the system tray</source>
        <translation>Pokazuj liczbę nieprzeczytanych w zasobniku systemowym</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="446"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="453"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="455"/>
        <source>Passing over a conversation (j/k, the first one at start) does not read it; Enter or a reply does.</source>
        <translation>Przejście przez rozmowę (j/k, pierwsza rozmowa po starcie) nie oznacza jej jako przeczytanej; Enter albo odpowiedź – tak.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="458"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="461"/>
        <source>Check for new messages every</source>
        <translation>Sprawdzaj nowe wiadomości co</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="462"/>
        <source>Mark a conversation read after it is open for</source>
        <translation>Oznacz rozmowę jako przeczytaną, gdy jest otwarta przez</translation>
    </message>
</context>
<context>
    <name>ShopApiForm</name>
    <message>
        <location filename="../../ui/settings/shop_form.py" line="33"/>
        <source>e.g. Web shop</source>
        <translation>np. Sklep internetowy</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_form.py" line="44"/>
        <source>optional, e.g. LH-</source>
        <translation>opcjonalnie, np. LH-</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_form.py" line="51"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_form.py" line="52"/>
        <source>Shop address</source>
        <translation>Adres sklepu</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_form.py" line="57"/>
        <source>Secret kept</source>
        <translation>Gdzie klucz</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_form.py" line="58"/>
        <source>Order number prefix</source>
        <translation>Prefiks numerów zamówień</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_form.py" line="71"/>
        <source>Give the order source a name.</source>
        <translation>Nadaj źródłu zamówień nazwę.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_form.py" line="74"/>
        <source>Type the shop&apos;s address, starting with https://.</source>
        <translation>Wpisz adres sklepu zaczynający się od https://.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_form.py" line="76"/>
        <source>The address must start with https://: over plain http the shop&apos;s keys would travel unencrypted.</source>
        <translation>Adres musi zaczynać się od https://: przez zwykłe http klucze sklepu szłyby niezaszyfrowane.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_form.py" line="85"/>
        <source>Paste the secret.</source>
        <translation>Wklej klucz tajny.</translation>
    </message>
</context>
<context>
    <name>ShopifyForm</name>
    <message>
        <location filename="../../sources/shopify/form.py" line="24"/>
        <source>Shopify shop</source>
        <translation>Sklep Shopify</translation>
    </message>
    <message>
        <location filename="../../sources/shopify/form.py" line="28"/>
        <source>In the Shopify admin open Settings → Apps → Develop apps, create an app with the read_orders scope, install it and copy its Admin API access token.</source>
        <translation>W panelu Shopify otwórz Ustawienia → Aplikacje → Twórz aplikacje, utwórz aplikację z zakresem read_orders, zainstaluj ją i skopiuj jej token dostępu Admin API.</translation>
    </message>
    <message>
        <location filename="../../sources/shopify/form.py" line="34"/>
        <source>Access token</source>
        <translation>Token dostępu</translation>
    </message>
    <message>
        <location filename="../../sources/shopify/form.py" line="37"/>
        <source>Paste the Admin API access token (shpat_…).</source>
        <translation>Wklej token dostępu Admin API (shpat_…).</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../ui/common/dialogs.py" line="181"/>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="184"/>
        <source>Key</source>
        <translation>Klawisz</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="184"/>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
</context>
<context>
    <name>SmokeProbe</name>
    <message>
        <location filename="../../ui/shell/smoke.py" line="134"/>
        <source>This language</source>
        <translation>polski</translation>
    </message>
</context>
<context>
    <name>SnoozeDateDialog</name>
    <message>
        <location filename="../../ui/common/dialogs.py" line="47"/>
        <source>Snooze until</source>
        <translation>Odłóż do</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="59"/>
        <source>The conversation comes back at this time, or earlier when the customer writes.</source>
        <translation>Rozmowa wróci o tej porze albo wcześniej, jeśli klient napisze.</translation>
    </message>
</context>
<context>
    <name>SuggestedReplyButton</name>
    <message>
        <location filename="../../ui/composer/suggested_reply.py" line="52"/>
        <source>Suggested reply: order {number}</source>
        <translation>Proponowana odpowiedź: zamówienie {number}</translation>
    </message>
    <message>
        <location filename="../../ui/composer/suggested_reply.py" line="54"/>
        <source>The order&apos;s status and tracking link, in the customer&apos;s language; edit it before sending (w)</source>
        <translation>Status zamówienia i link do śledzenia, w języku klienta; przed wysłaniem można go zmienić (w)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/suggested_reply.py" line="71"/>
        <source>Fill in by hand: {names}</source>
        <translation>Uzupełnij ręcznie: {names}</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <location filename="../../ui/customer/suggestions_dialog.py" line="42"/>
        <source>Merge suggestions</source>
        <translation>Sugestie scalenia</translation>
    </message>
    <message>
        <location filename="../../ui/customer/suggestions_dialog.py" line="45"/>
        <source>Looking for customers who may be one person…</source>
        <translation>Szukam klientów, którzy mogą być jedną osobą…</translation>
    </message>
    <message>
        <location filename="../../ui/customer/suggestions_dialog.py" line="50"/>
        <source>Merge</source>
        <translation>Scal</translation>
    </message>
    <message>
        <location filename="../../ui/customer/suggestions_dialog.py" line="52"/>
        <source>Not the same person</source>
        <translation>To nie ta sama osoba</translation>
    </message>
    <message>
        <location filename="../../ui/customer/suggestions_dialog.py" line="82"/>
        <source>{source} → {into}</source>
        <translation>{source} → {into}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customer/suggestions_dialog.py" line="87"/>
        <source>%n suggestion(s). Merging moves everything to the customer on the right; it can be undone.</source>
        <translation>
            <numerusform>%n sugestia. Scalenie przenosi wszystko do klienta po prawej; można je cofnąć.</numerusform>
            <numerusform>%n sugestie. Scalenie przenosi wszystko do klienta po prawej; można je cofnąć.</numerusform>
            <numerusform>%n sugestii. Scalenie przenosi wszystko do klienta po prawej; można je cofnąć.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/customer/suggestions_dialog.py" line="103"/>
        <source>both have the email address {value}</source>
        <translation>oboje mają adres e-mail {value}</translation>
    </message>
    <message>
        <location filename="../../ui/customer/suggestions_dialog.py" line="104"/>
        <source>both have the phone number {value}</source>
        <translation>oboje mają numer telefonu {value}</translation>
    </message>
    <message>
        <location filename="../../ui/customer/suggestions_dialog.py" line="105"/>
        <source>wrote {value} on Telegram, an email address of the other</source>
        <translation>napisał(a) w Telegramie {value} — adres e-mail drugiego klienta</translation>
    </message>
    <message>
        <location filename="../../ui/customer/suggestions_dialog.py" line="106"/>
        <source>wrote order number {value} on Telegram, an order of the other</source>
        <translation>napisał(a) w Telegramie numer zamówienia {value} — zamówienie drugiego klienta</translation>
    </message>
    <message>
        <location filename="../../ui/customer/suggestions_dialog.py" line="108"/>
        <source>opened the Telegram bot with {value}, which belongs to the other</source>
        <translation>otworzył(a) bota w Telegramie z {value}, które należy do drugiego klienta</translation>
    </message>
    <message>
        <location filename="../../ui/customer/suggestions_dialog.py" line="110"/>
        <source>order {number} has the email address {value} of the other</source>
        <translation>zamówienie {number} ma adres e-mail {value} drugiego klienta</translation>
    </message>
    <message>
        <location filename="../../ui/customer/suggestions_dialog.py" line="111"/>
        <source>order {number} has the phone number {value} of the other</source>
        <translation>zamówienie {number} ma numer telefonu {value} drugiego klienta</translation>
    </message>
    <message>
        <location filename="../../ui/customer/suggestions_dialog.py" line="112"/>
        <source>both are called {value}, on different channels — a weaker hint: check before merging</source>
        <translation>obaj nazywają się {value}, na różnych kanałach — słabsza wskazówka: sprawdź przed połączeniem</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message numerus="yes">
        <location filename="../../ui/shell/status_bar.py" line="119"/>
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n rozmowa</numerusform>
            <numerusform>%n rozmowy</numerusform>
            <numerusform>%n rozmów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/status_bar.py" line="120"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n nieprzeczytana</numerusform>
            <numerusform>%n nieprzeczytane</numerusform>
            <numerusform>%n nieprzeczytanych</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamBridge</name>
    <message>
        <location filename="../../ui/shell/team_bridge.py" line="74"/>
        <source>Someone</source>
        <translation>Ktoś</translation>
    </message>
</context>
<context>
    <name>TeamUserDialog</name>
    <message>
        <location filename="../../ui/shell/team_user_dialog.py" line="31"/>
        <source>Who works at this desktop?</source>
        <translation>Kto pracuje przy tym komputerze?</translation>
    </message>
    <message>
        <location filename="../../ui/shell/team_user_dialog.py" line="36"/>
        <source>Someone new…</source>
        <translation>Ktoś nowy…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/team_user_dialog.py" line="50"/>
        <source>The team shares this database. Your name is shown on your replies, notes, merges and assignments.</source>
        <translation>Zespół korzysta ze wspólnej bazy danych. Twoje imię widnieje przy Twoich odpowiedziach, notatkach, scaleniach i przypisaniach.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/team_user_dialog.py" line="52"/>
        <source>I am</source>
        <translation>Jestem</translation>
    </message>
    <message>
        <location filename="../../ui/shell/team_user_dialog.py" line="53"/>
        <source>Name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location filename="../../ui/shell/team_user_dialog.py" line="54"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../../ui/shell/team_user_dialog.py" line="55"/>
        <source>Colour</source>
        <translation>Kolor</translation>
    </message>
</context>
<context>
    <name>TelegramAccountForm</name>
    <message>
        <location filename="../../channels/telegram/form.py" line="34"/>
        <source>Telegram bot</source>
        <translation>Bot Telegram</translation>
    </message>
    <message>
        <location filename="../../channels/telegram/form.py" line="38"/>
        <source>e.g. Shop bot</source>
        <translation>np. Bot sklepu</translation>
    </message>
    <message>
        <location filename="../../channels/telegram/form.py" line="42"/>
        <source>123456789:AAE…</source>
        <translation>123456789:AAE…</translation>
    </message>
    <message>
        <location filename="../../channels/telegram/form.py" line="43"/>
        <source>In Telegram, open @BotFather, send /newbot (or /token for an existing bot) and paste the token it gives here.</source>
        <translation>W Telegramie otwórz @BotFather, wyślij /newbot (albo /token dla istniejącego bota) i wklej tutaj otrzymany token.</translation>
    </message>
    <message>
        <location filename="../../channels/telegram/form.py" line="50"/>
        <source>optional: a self-hosted Bot API server</source>
        <translation>opcjonalnie: własny serwer Bot API</translation>
    </message>
    <message>
        <location filename="../../channels/telegram/form.py" line="51"/>
        <source>Remove the webhook so this app receives the messages</source>
        <translation>Usuń webhook, aby ta aplikacja otrzymywała wiadomości</translation>
    </message>
    <message>
        <location filename="../../channels/telegram/form.py" line="67"/>
        <source>Account name</source>
        <translation>Nazwa konta</translation>
    </message>
    <message>
        <location filename="../../channels/telegram/form.py" line="68"/>
        <source>Bot token</source>
        <translation>Token bota</translation>
    </message>
    <message>
        <location filename="../../channels/telegram/form.py" line="69"/>
        <source>Token kept</source>
        <translation>Gdzie token</translation>
    </message>
    <message>
        <location filename="../../channels/telegram/form.py" line="70"/>
        <source>API server</source>
        <translation>Serwer API</translation>
    </message>
    <message>
        <location filename="../../channels/telegram/form.py" line="76"/>
        <source>unchanged</source>
        <translation>bez zmian</translation>
    </message>
    <message>
        <location filename="../../channels/telegram/form.py" line="88"/>
        <source>Give the account a name.</source>
        <translation>Nadaj kontu nazwę.</translation>
    </message>
    <message>
        <location filename="../../channels/telegram/form.py" line="91"/>
        <source>Paste the bot token from @BotFather.</source>
        <translation>Wklej token bota od @BotFather.</translation>
    </message>
    <message>
        <location filename="../../channels/telegram/form.py" line="112"/>
        <source>The bot is @{username}.</source>
        <translation>To bot @{username}.</translation>
    </message>
    <message>
        <location filename="../../channels/telegram/form.py" line="119"/>
        <source>Another tool has set a webhook ({url}), so this app would get no messages. Tick “Remove the webhook” to remove it — only if nothing else needs it.</source>
        <translation>Inne narzędzie ustawiło webhook ({url}), więc ta aplikacja nie dostawałaby wiadomości. Zaznacz „Usuń webhook”, aby go usunąć — tylko jeśli nic innego go nie potrzebuje.</translation>
    </message>
    <message>
        <location filename="../../channels/telegram/form.py" line="156"/>
        <source>Telegram rejected this token: it is wrong or was revoked in @BotFather. Paste the current token (/token in @BotFather).</source>
        <translation>Telegram odrzucił ten token: jest błędny albo został unieważniony w @BotFather. Wklej aktualny token (/token w @BotFather).</translation>
    </message>
    <message>
        <location filename="../../channels/telegram/form.py" line="159"/>
        <source>That is not a bot token: @BotFather gives one like 123456789:AAE…; paste it whole.</source>
        <translation>To nie jest token bota: @BotFather podaje token w postaci 123456789:AAE…; wklej go w całości.</translation>
    </message>
</context>
<context>
    <name>TelegramChannel</name>
    <message>
        <location filename="../../channels/telegram/names.py" line="12"/>
        <location filename="../../channels/telegram/names.py" line="15"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location filename="../../channels/telegram/names.py" line="13"/>
        <source>Telegram bot</source>
        <translation>Bot Telegram</translation>
    </message>
    <message>
        <location filename="../../channels/telegram/names.py" line="14"/>
        <source>Add a Telegram bot</source>
        <translation>Dodaj bota Telegram</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <location filename="../../ui/common/formatting.py" line="60"/>
        <source>now</source>
        <translation>teraz</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="63"/>
        <source>{count} min</source>
        <translation>{count} min</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="66"/>
        <source>{count} h</source>
        <translation>{count} godz.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="38"/>
        <source>failed</source>
        <translation>niewysłane</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="39"/>
        <source>Retry</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="40"/>
        <source>queued</source>
        <translation>w kolejce</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="41"/>
        <source>sending…</source>
        <translation>wysyłanie…</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="42"/>
        <source>sent ✓</source>
        <translation>wysłane ✓</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="43"/>
        <source>Shop</source>
        <translation>Sklep</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="44"/>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="45"/>
        <source>Remote images are blocked.</source>
        <translation>Obrazy z internetu są zablokowane.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="46"/>
        <source>Show images from this sender</source>
        <translation>Pokazuj obrazy od tego nadawcy</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="47"/>
        <source>Hide quoted text</source>
        <translation>Ukryj cytat</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="48"/>
        <source>… show quoted text</source>
        <translation>… pokaż cytat</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="49"/>
        <source>This message could not be read in full.</source>
        <translation>Tej wiadomości nie udało się odczytać w całości.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="50"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="51"/>
        <source>Save…</source>
        <translation>Zapisz…</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="52"/>
        <source>not downloaded</source>
        <translation>nie pobrano</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="53"/>
        <source>Internal note</source>
        <translation>Notatka wewnętrzna</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="54"/>
        <source>seen by the team only, never sent</source>
        <translation>widzi ją tylko zespół, nigdy nie wysłana</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="55"/>
        <source>by {name}</source>
        <translation>napisał(a) {name}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="56"/>
        <source>deleted on the server</source>
        <translation>usunięta na serwerze</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="57"/>
        <source>moved to {folder} on the server</source>
        <translation>przeniesiona na serwerze do folderu {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="58"/>
        <source>Delete here too</source>
        <translation>Usuń także tutaj</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="59"/>
        <source>about order {number}</source>
        <translation>dotyczy zamówienia {number}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="60"/>
        <source>where is my order</source>
        <translation>gdzie zamówienie</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="61"/>
        <source>return</source>
        <translation>zwrot</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="62"/>
        <source>complaint</source>
        <translation>reklamacja</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="63"/>
        <source>discount / price</source>
        <translation>rabat / cena</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="64"/>
        <source>product question</source>
        <translation>pytanie o produkt</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../ui/timeline/timeline_view.py" line="58"/>
        <source>Choose a conversation on the left.</source>
        <translation>Wybierz rozmowę po lewej.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_view.py" line="117"/>
        <source>Show {count} earlier messages</source>
        <translation>Pokaż wcześniejsze wiadomości ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_view.py" line="135"/>
        <source>Send again?</source>
        <translation>Wysłać ponownie?</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_view.py" line="136"/>
        <source>Sending this reply was interrupted at the moment it went to the server, so it may have reached the customer already. shopinbox looks in the Sent folder first where it can. Check with the customer before sending it again.

Send it again?</source>
        <translation>Wysyłanie tej odpowiedzi przerwano w chwili, gdy trafiała na serwer, więc mogła już dotrzeć do klienta. Tam, gdzie to możliwe, shopinbox najpierw sprawdza folder Wysłane. Zanim wyślesz ją ponownie, upewnij się u klienta.

Wysłać ją ponownie?</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../../ui/shell/tray.py" line="40"/>
        <source>Show shopinbox</source>
        <translation>Pokaż shopinbox</translation>
    </message>
    <message>
        <location filename="../../ui/shell/tray.py" line="41"/>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/tray.py" line="68"/>
        <source>shopinbox: %n unread</source>
        <translation>
            <numerusform>shopinbox: %n nieprzeczytana</numerusform>
            <numerusform>shopinbox: %n nieprzeczytane</numerusform>
            <numerusform>shopinbox: %n nieprzeczytanych</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/tray.py" line="79"/>
        <source>New message</source>
        <translation>Nowa wiadomość</translation>
    </message>
    <message>
        <location filename="../../ui/shell/tray.py" line="80"/>
        <source>A customer wrote. Click to open the conversation.</source>
        <translation>Klient napisał. Kliknij, aby otworzyć rozmowę.</translation>
    </message>
</context>
<context>
    <name>VkAccountForm</name>
    <message>
        <location filename="../../channels/vk/form.py" line="26"/>
        <source>VK community</source>
        <translation>Społeczność VK</translation>
    </message>
    <message>
        <location filename="../../channels/vk/form.py" line="30"/>
        <source>e.g. Shop on VK</source>
        <translation>np. Sklep na VK</translation>
    </message>
    <message>
        <location filename="../../channels/vk/form.py" line="33"/>
        <source>e.g. 218001234</source>
        <translation>np. 218001234</translation>
    </message>
    <message>
        <location filename="../../channels/vk/form.py" line="37"/>
        <source>In the community, open Manage → API usage → Access tokens, create a token with access to community messages and paste it here. The community id is the number in vk.com/club…</source>
        <translation>W społeczności otwórz Zarządzanie → Praca z API → Klucze dostępu, utwórz token z dostępem do wiadomości społeczności i wklej go tutaj. Identyfikator społeczności to liczba w vk.com/club…</translation>
    </message>
    <message>
        <location filename="../../channels/vk/form.py" line="46"/>
        <source>optional; default https://api.vk.ru</source>
        <translation>opcjonalnie; domyślnie https://api.vk.ru</translation>
    </message>
    <message>
        <location filename="../../channels/vk/form.py" line="59"/>
        <source>Account name</source>
        <translation>Nazwa konta</translation>
    </message>
    <message>
        <location filename="../../channels/vk/form.py" line="60"/>
        <source>Community id</source>
        <translation>Identyfikator społeczności</translation>
    </message>
    <message>
        <location filename="../../channels/vk/form.py" line="61"/>
        <source>Community token</source>
        <translation>Token społeczności</translation>
    </message>
    <message>
        <location filename="../../channels/vk/form.py" line="62"/>
        <source>Token kept</source>
        <translation>Gdzie token</translation>
    </message>
    <message>
        <location filename="../../channels/vk/form.py" line="63"/>
        <source>API server</source>
        <translation>Serwer API</translation>
    </message>
    <message>
        <location filename="../../channels/vk/form.py" line="69"/>
        <source>unchanged</source>
        <translation>bez zmian</translation>
    </message>
    <message>
        <location filename="../../channels/vk/form.py" line="82"/>
        <source>Give the account a name.</source>
        <translation>Nadaj kontu nazwę.</translation>
    </message>
    <message>
        <location filename="../../channels/vk/form.py" line="84"/>
        <source>Type the community id (the number in vk.com/club…).</source>
        <translation>Wpisz identyfikator społeczności (liczbę z vk.com/club…).</translation>
    </message>
    <message>
        <location filename="../../channels/vk/form.py" line="87"/>
        <source>Paste the community token.</source>
        <translation>Wklej token społeczności.</translation>
    </message>
    <message>
        <location filename="../../channels/vk/form.py" line="107"/>
        <source>The token is the community {name} (@{screen}).</source>
        <translation>Token należy do społeczności {name} (@{screen}).</translation>
    </message>
    <message>
        <location filename="../../channels/vk/form.py" line="110"/>
        <source>Its Long Poll API has been switched on.</source>
        <translation>Włączono w niej Long Poll API.</translation>
    </message>
    <message>
        <location filename="../../channels/vk/form.py" line="134"/>
        <source>VK rejected this token: it is wrong or was deleted in the community settings. Create a new one (Manage → API usage → Access tokens).</source>
        <translation>VK odrzucił ten token: jest błędny albo został usunięty w ustawieniach społeczności. Utwórz nowy (Zarządzanie → Praca z API → Klucze dostępu).</translation>
    </message>
    <message>
        <location filename="../../channels/vk/form.py" line="138"/>
        <source>This token has no access to the community&apos;s messages. Create a token with access to messages (Manage → API usage → Access tokens).</source>
        <translation>Ten token nie ma dostępu do wiadomości społeczności. Utwórz token z dostępem do wiadomości (Zarządzanie → Praca z API → Klucze dostępu).</translation>
    </message>
</context>
<context>
    <name>VkChannel</name>
    <message>
        <location filename="../../channels/vk/names.py" line="12"/>
        <location filename="../../channels/vk/names.py" line="15"/>
        <source>VK</source>
        <translation>VK</translation>
    </message>
    <message>
        <location filename="../../channels/vk/names.py" line="13"/>
        <source>VK community</source>
        <translation>Społeczność VK</translation>
    </message>
    <message>
        <location filename="../../channels/vk/names.py" line="14"/>
        <source>Add a VK community</source>
        <translation>Dodaj społeczność VK</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../ui/shell/welcome.py" line="18"/>
        <source>&lt;h1&gt;Welcome to shopinbox&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Witaj w shopinbox&lt;/h1&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.py" line="20"/>
        <source>All your shop&apos;s email and Telegram conversations in one place, next to each customer&apos;s orders. Start by adding an account — or look around the demo shop first.</source>
        <translation>Wszystkie rozmowy sklepu z e-maila i Telegrama w jednym miejscu, obok zamówień każdego klienta. Zacznij od dodania konta — albo najpierw rozejrzyj się w sklepie demonstracyjnym.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.py" line="32"/>
        <source>Open the demo shop</source>
        <translation>Otwórz sklep demonstracyjny</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.py" line="51"/>
        <source>Preparing the demo shop…</source>
        <translation>Przygotowywanie sklepu demonstracyjnego…</translation>
    </message>
</context>
<context>
    <name>WindowController</name>
    <message>
        <location filename="../../ui/shell/launch.py" line="213"/>
        <source>Restore a backup</source>
        <translation>Przywracanie kopii zapasowej</translation>
    </message>
</context>
<context>
    <name>WooCommerceForm</name>
    <message>
        <location filename="../../sources/woocommerce/form.py" line="24"/>
        <source>WooCommerce shop</source>
        <translation>Sklep WooCommerce</translation>
    </message>
    <message>
        <location filename="../../sources/woocommerce/form.py" line="30"/>
        <source>In WordPress open WooCommerce → Settings → Advanced → REST API, add a key with Read access and copy both parts.</source>
        <translation>W WordPressie otwórz WooCommerce → Ustawienia → Zaawansowane → REST API, dodaj klucz z uprawnieniem Odczyt i skopiuj obie części.</translation>
    </message>
    <message>
        <location filename="../../sources/woocommerce/form.py" line="34"/>
        <source>Send the key in the address</source>
        <translation>Wysyłaj klucz w adresie</translation>
    </message>
    <message>
        <location filename="../../sources/woocommerce/form.py" line="36"/>
        <source>Only for servers that drop the login header (the test then says the key was refused).</source>
        <translation>Tylko dla serwerów gubiących nagłówek logowania (test zgłasza wtedy odrzucenie klucza).</translation>
    </message>
    <message>
        <location filename="../../sources/woocommerce/form.py" line="39"/>
        <source>Consumer key</source>
        <translation>Klucz klienta (consumer key)</translation>
    </message>
    <message>
        <location filename="../../sources/woocommerce/form.py" line="41"/>
        <source>Consumer secret</source>
        <translation>Sekret klienta (consumer secret)</translation>
    </message>
    <message>
        <location filename="../../sources/woocommerce/form.py" line="45"/>
        <source>Paste the consumer secret (cs_…).</source>
        <translation>Wklej sekret klienta (cs_…).</translation>
    </message>
    <message>
        <location filename="../../sources/woocommerce/form.py" line="51"/>
        <source>Paste the consumer key (ck_…).</source>
        <translation>Wklej klucz klienta (ck_…).</translation>
    </message>
</context>
</TS>
