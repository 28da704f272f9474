<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AccountFormDialog</name>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="106"/>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="112"/>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="124"/>
        <source>Testing…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="130"/>
        <source>The connection works.</source>
        <translation>Подключение работает.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="135"/>
        <source>It did not work: {reason}</source>
        <translation>Не получилось: {reason}</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="156"/>
        <source>Testing the connection, then saving…</source>
        <translation>Проверяю подключение, затем сохраняю…</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="170"/>
        <source>Not saved: {reason}</source>
        <translation>Не сохранено: {reason}</translation>
    </message>
</context>
<context>
    <name>AccountState</name>
    <message>
        <location filename="../../shopinbox/ui/shell/status_bar.py" line="22"/>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/status_bar.py" line="33"/>
        <source>{name}: syncing…</source>
        <translation>{name}: синхронизация…</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/status_bar.py" line="33"/>
        <source>{name}: up to date</source>
        <translation>{name}: всё загружено</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/status_bar.py" line="34"/>
        <source>{name}: error</source>
        <translation>{name}: ошибка</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../shopinbox/ui/composer/composer.py" line="86"/>
        <source>Subject (default: Re: the last subject)</source>
        <translation>Тема (по умолчанию: Re: последняя тема)</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/composer/composer.py" line="89"/>
        <source>Write a reply…  (Ctrl+Enter sends, Ctrl+P inserts a promo reply)</source>
        <translation>Напишите ответ…  (Ctrl+Enter — отправить, Ctrl+P — вставить шаблон)</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/composer/composer.py" line="97"/>
        <source>Attach…</source>
        <translation>Прикрепить…</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/composer/composer.py" line="99"/>
        <source>Promo reply…</source>
        <translation>Шаблон ответа…</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/composer/composer.py" line="102"/>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/composer/composer.py" line="112"/>
        <source>Reply via</source>
        <translation>Ответить через</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/composer/composer.py" line="189"/>
        <source>This customer cannot be reached on any channel.</source>
        <translation>С этим клиентом нельзя связаться ни по одному каналу.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/composer/composer.py" line="201"/>
        <source>no address for this channel</source>
        <translation>нет адреса в этом канале</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/composer/composer.py" line="203"/>
        <source>no account set up for this channel</source>
        <translation>для этого канала нет учётной записи</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/composer/composer.py" line="205"/>
        <source>unreachable: {reason}</source>
        <translation>недоступен: {reason}</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/composer/composer.py" line="247"/>
        <source>Attach files</source>
        <translation>Прикрепить файлы</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/composer/composer.py" line="267"/>
        <source>Double-click a file to remove it.</source>
        <translation>Дважды щёлкните файл, чтобы убрать его.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/composer/composer.py" line="289"/>
        <source>Promo reply</source>
        <translation>Промо-ответ</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/composer/composer.py" line="289"/>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/composer/composer.py" line="297"/>
        <source>Cannot insert the promo reply: {reason}</source>
        <translation>Не удалось вставить промо-ответ: {reason}</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/composer/composer.py" line="305"/>
        <source>Fill in by hand: {names}</source>
        <translation>Заполните вручную: {names}</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/composer/composer.py" line="343"/>
        <location filename="../../shopinbox/ui/composer/composer.py" line="362"/>
        <source>Not sent: {reason}</source>
        <translation>Не отправлено: {reason}</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/composer/composer.py" line="353"/>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/composer/composer.py" line="361"/>
        <source>Sent.</source>
        <translation>Отправлено.</translation>
    </message>
</context>
<context>
    <name>ConversationBar</name>
    <message>
        <location filename="../../shopinbox/ui/inbox/conversation_bar.py" line="27"/>
        <location filename="../../shopinbox/ui/inbox/conversation_bar.py" line="79"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/conversation_bar.py" line="29"/>
        <source>Mark done (e)</source>
        <translation>Отметить как завершённый (e)</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/conversation_bar.py" line="30"/>
        <source>Reopen</source>
        <translation>Открыть снова</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/conversation_bar.py" line="34"/>
        <source>Snooze</source>
        <translation>Отложить</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/conversation_bar.py" line="35"/>
        <source>Snooze (s)</source>
        <translation>Отложить (s)</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/conversation_bar.py" line="39"/>
        <source>Later today</source>
        <translation>Позже сегодня</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/conversation_bar.py" line="40"/>
        <source>Tomorrow morning</source>
        <translation>Завтра утром</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/conversation_bar.py" line="41"/>
        <source>Next week</source>
        <translation>На следующей неделе</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/conversation_bar.py" line="42"/>
        <source>Pick a date…</source>
        <translation>Выбрать дату…</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/conversation_bar.py" line="44"/>
        <source>Mark unread</source>
        <translation>Отметить непрочитанным</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/conversation_bar.py" line="76"/>
        <source>Snoozed until {when}</source>
        <translation>Отложено до {when}</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../../shopinbox/ui/customer/customer_panel.py" line="66"/>
        <source>unknown</source>
        <translation>неизвестен</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/customer_panel.py" line="69"/>
        <source>comma, separated</source>
        <translation>через, запятую</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/customer_panel.py" line="72"/>
        <source>A note only you see</source>
        <translation>Заметка, которую видите только вы</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/customer_panel.py" line="80"/>
        <source>Merge with…</source>
        <translation>Объединить с…</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/customer_panel.py" line="82"/>
        <source>Undo merge</source>
        <translation>Отменить объединение</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/customer_panel.py" line="87"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/customer_panel.py" line="88"/>
        <source>Reach at</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/customer_panel.py" line="89"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/customer_panel.py" line="90"/>
        <source>Labels</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/customer_panel.py" line="91"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/customer_panel.py" line="92"/>
        <source>Lifetime value</source>
        <translation>Сумма покупок</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/customer_panel.py" line="99"/>
        <source>&lt;b&gt;Orders&lt;/b&gt;</source>
        <translation>&lt;b&gt;Заказы&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/customer_panel.py" line="132"/>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/customer_panel.py" line="138"/>
        <source>no identities</source>
        <translation>нет контактов</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/customer_panel.py" line="144"/>
        <source>no orders yet</source>
        <translation>заказов пока нет</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/customer_panel.py" line="150"/>
        <source>No orders.</source>
        <translation>Заказов нет.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/customer_panel.py" line="152"/>
        <source>completed</source>
        <translation>выполнен</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/customer_panel.py" line="152"/>
        <source>shipped</source>
        <translation>отправлен</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/customer_panel.py" line="153"/>
        <source>processing</source>
        <translation>в обработке</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/customer_panel.py" line="153"/>
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/customer_panel.py" line="154"/>
        <source>Tracking</source>
        <translation>Отслеживание</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/customer_panel.py" line="165"/>
        <source>tracking</source>
        <translation>отслеживание</translation>
    </message>
</context>
<context>
    <name>EmailAccountForm</name>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="80"/>
        <source>Email account</source>
        <translation>Почтовый ящик</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="84"/>
        <source>e.g. Shop mailbox</source>
        <translation>напр. Почта магазина</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="87"/>
        <source>shop@example.com</source>
        <translation>shop@example.com</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="98"/>
        <source>the same as the address</source>
        <translation>совпадает с адресом</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="105"/>
        <source>Account name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="106"/>
        <source>Email address</source>
        <translation>Адрес эл. почты</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="107"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="108"/>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="109"/>
        <source>Incoming (IMAP)</source>
        <translation>Входящая (IMAP)</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="110"/>
        <source>Outgoing (SMTP)</source>
        <translation>Исходящая (SMTP)</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="129"/>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="142"/>
        <source>Server settings for {provider} filled in.</source>
        <translation>Настройки серверов для {provider} заполнены.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="144"/>
        <source>{provider} usually refuses the normal password here: use an app password, or switch IMAP access on in the mailbox settings first.</source>
        <translation>{provider} обычно не принимает здесь обычный пароль: используйте пароль приложения или сначала включите доступ по IMAP в настройках ящика.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="155"/>
        <source>Give the account a name.</source>
        <translation>Дайте учётной записи название.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="157"/>
        <source>Type the shop&apos;s email address.</source>
        <translation>Введите адрес эл. почты магазина.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="160"/>
        <source>Type the password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="165"/>
        <source>Type the {protocol} server&apos;s name.</source>
        <translation>Введите имя сервера {protocol}.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="199"/>
        <source>Check the user name and password. Gmail, Yahoo, iCloud, Yandex, Mail.ru and Outlook with two-step login need an app password.</source>
        <translation>Проверьте имя пользователя и пароль. Для Gmail, Yahoo, iCloud, Яндекса, Mail.ru и Outlook с двухэтапным входом нужен пароль приложения.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="201"/>
        <source>Check the server name and the internet connection.</source>
        <translation>Проверьте имя сервера и подключение к интернету.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="202"/>
        <source>Check the port and the security setting (SSL/TLS: 993 and 465, STARTTLS: 143 and 587).</source>
        <translation>Проверьте порт и шифрование (SSL/TLS: 993 и 465, STARTTLS: 143 и 587).</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="204"/>
        <source>Check the security setting, or that the server&apos;s certificate is valid.</source>
        <translation>Проверьте настройку шифрования или действительность сертификата сервера.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="206"/>
        <source>Check the port, a firewall or VPN, then try again.</source>
        <translation>Проверьте порт, брандмауэр или VPN и попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>EmailChannel</name>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="219"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="220"/>
        <source>Email account</source>
        <translation>Почтовый ящик</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="221"/>
        <source>Add an email account</source>
        <translation>Добавить почтовый ящик</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/email/form.py" line="222"/>
        <source>email</source>
        <translation>эл. почта</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <location filename="../../shopinbox/ui/inbox/inbox_delegate.py" line="66"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/inbox_delegate.py" line="96"/>
        <source>snoozed</source>
        <translation>отложено</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/inbox_delegate.py" line="98"/>
        <source>done</source>
        <translation>завершено</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <location filename="../../shopinbox/ui/inbox/inbox_panel.py" line="45"/>
        <source>Search everything  ( / )</source>
        <translation>Искать везде  ( / )</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/inbox_panel.py" line="49"/>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/inbox_panel.py" line="49"/>
        <source>Snoozed</source>
        <translation>Отложенные</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/inbox_panel.py" line="50"/>
        <source>Done</source>
        <translation>Завершённые</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/inbox_panel.py" line="50"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/inbox_panel.py" line="54"/>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/inbox_panel.py" line="62"/>
        <source>Unread only</source>
        <translation>Только непрочитанные</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/inbox_panel.py" line="117"/>
        <source>All accounts</source>
        <translation>Все учётные записи</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/inbox_panel.py" line="118"/>
        <source>All labels</source>
        <translation>Все метки</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/inbox_panel.py" line="148"/>
        <source>Nothing here. Inbox zero!</source>
        <translation>Пусто. Все письма разобраны!</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/inbox_panel.py" line="150"/>
        <source>No conversations match these filters.</source>
        <translation>Нет разговоров, подходящих под эти фильтры.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/inbox_panel.py" line="223"/>
        <source>Nothing matches “{query}”.</source>
        <translation>Ничего не найдено по запросу «{query}».</translation>
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
        <translation>&amp;Магазин</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="154"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="155"/>
        <source>&amp;Merge suggestions…</source>
        <translation>&amp;Предложения объединить…</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="156"/>
        <source>&amp;Promo replies…</source>
        <translation>&amp;Промо-ответы…</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="158"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="159"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="160"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Горячие клавиши</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="175"/>
        <source>Next conversation</source>
        <translation>Следующий разговор</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="176"/>
        <source>Previous conversation</source>
        <translation>Предыдущий разговор</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="178"/>
        <source>Open the conversation</source>
        <translation>Открыть разговор</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="180"/>
        <source>Reply</source>
        <translation>Ответить</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="181"/>
        <source>Mark done</source>
        <translation>Отметить как завершённый</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="182"/>
        <source>Snooze</source>
        <translation>Отложить</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="183"/>
        <source>Mark unread</source>
        <translation>Отметить непрочитанным</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="184"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="185"/>
        <source>Show keyboard shortcuts</source>
        <translation>Показать горячие клавиши</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="188"/>
        <source>Send the reply</source>
        <translation>Отправить ответ</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="189"/>
        <source>Insert a promo reply</source>
        <translation>Вставить шаблон ответа</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="190"/>
        <source>Leave the text field</source>
        <translation>Выйти из текстового поля</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="291"/>
        <source>Could not save the change: {error}</source>
        <translation>Не удалось сохранить изменение: {error}</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="343"/>
        <source>Cannot open</source>
        <translation>Не удаётся открыть</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="350"/>
        <source>Save attachment</source>
        <translation>Сохранить вложение</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="356"/>
        <source>Cannot save</source>
        <translation>Не удаётся сохранить</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="370"/>
        <source>Cannot merge</source>
        <translation>Не удаётся объединить</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="373"/>
        <source>Merged. Use “Undo merge” to take it back.</source>
        <translation>Объединено. «Отменить объединение» вернёт как было.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/main_window.py" line="381"/>
        <source>Cannot undo</source>
        <translation>Не удаётся отменить</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../shopinbox/ui/common/dialogs.py" line="70"/>
        <source>Merge customers</source>
        <translation>Объединить клиентов</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/common/dialogs.py" line="71"/>
        <source>Choose who “{name}” really is. The other customer&apos;s messages, addresses and orders move here. You can undo it.</source>
        <translation>Выберите, кто на самом деле «{name}». Сообщения, адреса и заказы другого клиента перейдут сюда. Это можно отменить.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/common/dialogs.py" line="77"/>
        <source>Search by name</source>
        <translation>Поиск по имени</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/common/dialogs.py" line="82"/>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
</context>
<context>
    <name>PromoDialog</name>
    <message>
        <location filename="../../shopinbox/ui/composer/promo_dialog.py" line="24"/>
        <source>Insert a promo reply</source>
        <translation>Вставить шаблон ответа</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/composer/promo_dialog.py" line="28"/>
        <source>Type a shortcut or a title</source>
        <translation>Введите сокращение или название</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/composer/promo_dialog.py" line="38"/>
        <source>No promo replies yet.</source>
        <translation>Шаблонов ответов пока нет.</translation>
    </message>
</context>
<context>
    <name>PromoEditor</name>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_editor.py" line="48"/>
        <source>Promo reply</source>
        <translation>Промо-ответ</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_editor.py" line="64"/>
        <source>Add language…</source>
        <translation>Добавить язык…</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_editor.py" line="72"/>
        <source>no customer</source>
        <translation>нет клиента</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_editor.py" line="82"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_editor.py" line="83"/>
        <source>Shortcut</source>
        <translation>Сокращение</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_editor.py" line="84"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_editor.py" line="85"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_editor.py" line="86"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_editor.py" line="87"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_editor.py" line="88"/>
        <source>Preview for customer</source>
        <translation>Предпросмотр для клиента</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_editor.py" line="89"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_editor.py" line="123"/>
        <source>Add language</source>
        <translation>Добавить язык</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_editor.py" line="124"/>
        <source>Language code (e.g. de):</source>
        <translation>Код языка (например, de):</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_editor.py" line="143"/>
        <source>Cannot render: {error}</source>
        <translation>Не удалось сформировать: {error}</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_editor.py" line="155"/>
        <source>Missing: {names}</source>
        <translation>Не хватает: {names}</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_editor.py" line="157"/>
        <source>Asked when inserting: {names}</source>
        <translation>Спрашивается при вставке: {names}</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_editor.py" line="159"/>
        <source>Ready to send.</source>
        <translation>Готово к отправке.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_editor.py" line="170"/>
        <source>Cannot save: {error}</source>
        <translation>Не удалось сохранить: {error}</translation>
    </message>
</context>
<context>
    <name>PromoLibrary</name>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_library.py" line="33"/>
        <source>Promo replies</source>
        <translation>Промо-ответы</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_library.py" line="39"/>
        <source>Shortcut</source>
        <translation>Сокращение</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_library.py" line="39"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_library.py" line="39"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_library.py" line="40"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_library.py" line="40"/>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_library.py" line="41"/>
        <source>Codes left</source>
        <translation>Осталось кодов</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_library.py" line="42"/>
        <source>New…</source>
        <translation>Новый…</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_library.py" line="43"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_library.py" line="44"/>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_library.py" line="45"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_library.py" line="110"/>
        <source>Delete promo reply</source>
        <translation>Удалить промо-ответ</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/promos/promo_library.py" line="111"/>
        <source>Delete this promo reply? Discount codes already given stay recorded.</source>
        <translation>Удалить этот промо-ответ? Уже выданные промокоды останутся в записях.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../shopinbox/ui/inbox/search_model.py" line="38"/>
        <source>Customers ({count})</source>
        <translation>Клиенты ({count})</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/search_model.py" line="39"/>
        <source>Orders ({count})</source>
        <translation>Заказы ({count})</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/inbox/search_model.py" line="40"/>
        <source>Messages ({count})</source>
        <translation>Сообщения ({count})</translation>
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
        <translation>Нет (без шифрования)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="187"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="190"/>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="191"/>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="206"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="213"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="215"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="235"/>
        <source>error: {reason}</source>
        <translation>ошибка: {reason}</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="247"/>
        <source>Not available yet</source>
        <translation>Пока недоступно</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="248"/>
        <source>This version cannot set up “{kind}” accounts yet.</source>
        <translation>Эта версия пока не умеет добавлять учётные записи типа «{kind}».</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="268"/>
        <source>Remove account</source>
        <translation>Удалить учётную запись</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="275"/>
        <source>Remove “{name}” and the {count} messages fetched through it? They can be fetched again by adding the account back.</source>
        <translation>Удалить «{name}» и загруженные через неё сообщения ({count})? Их можно загрузить снова, если добавить учётную запись ещё раз.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="286"/>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="290"/>
        <source>Show a notification for new messages</source>
        <translation>Показывать уведомление о новых сообщениях</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="293"/>
        <source>Show the unread count in the system tray</source>
        <translation>Показывать число непрочитанных в системном трее</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="299"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="302"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/settings/settings_dialog.py" line="305"/>
        <source>Check for new messages every</source>
        <translation>Проверять новые сообщения каждые</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../shopinbox/ui/common/dialogs.py" line="115"/>
        <source>Keyboard shortcuts</source>
        <translation>Горячие клавиши</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/common/dialogs.py" line="118"/>
        <source>Key</source>
        <translation>Клавиша</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/common/dialogs.py" line="118"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
</context>
<context>
    <name>SnoozeDateDialog</name>
    <message>
        <location filename="../../shopinbox/ui/common/dialogs.py" line="40"/>
        <source>Snooze until</source>
        <translation>Отложить до</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/common/dialogs.py" line="52"/>
        <source>The conversation comes back at this time, or earlier when the customer writes.</source>
        <translation>Разговор вернётся в это время или раньше, если клиент напишет.</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <location filename="../../shopinbox/ui/customer/suggestions_dialog.py" line="44"/>
        <source>Merge suggestions</source>
        <translation>Предложения объединить</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/suggestions_dialog.py" line="47"/>
        <source>Looking for customers who may be one person…</source>
        <translation>Ищем клиентов, которые могут быть одним человеком…</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/suggestions_dialog.py" line="52"/>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/suggestions_dialog.py" line="54"/>
        <source>Not the same person</source>
        <translation>Это разные люди</translation>
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
            <numerusform>%n предложение. Объединение переносит всё к клиенту справа; его можно отменить.</numerusform>
            <numerusform>%n предложения. Объединение переносит всё к клиенту справа; его можно отменить.</numerusform>
            <numerusform>%n предложений. Объединение переносит всё к клиенту справа; его можно отменить.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/suggestions_dialog.py" line="105"/>
        <source>both have the email address {value}</source>
        <translation>у обоих адрес эл. почты {value}</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/suggestions_dialog.py" line="106"/>
        <source>both have the phone number {value}</source>
        <translation>у обоих номер телефона {value}</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/suggestions_dialog.py" line="107"/>
        <source>wrote {value} on Telegram, an email address of the other</source>
        <translation>написал(а) в Telegram {value} — адрес эл. почты другого клиента</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/suggestions_dialog.py" line="108"/>
        <source>wrote order number {value} on Telegram, an order of the other</source>
        <translation>написал(а) в Telegram номер заказа {value} — заказ другого клиента</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/suggestions_dialog.py" line="110"/>
        <source>opened the Telegram bot with {value}, which belongs to the other</source>
        <translation>открыл(а) бота в Telegram с {value}, это данные другого клиента</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/suggestions_dialog.py" line="112"/>
        <source>order {number} has the email address {value} of the other</source>
        <translation>в заказе {number} адрес эл. почты {value} другого клиента</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/customer/suggestions_dialog.py" line="113"/>
        <source>order {number} has the phone number {value} of the other</source>
        <translation>в заказе {number} номер телефона {value} другого клиента</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message numerus="yes">
        <location filename="../../shopinbox/ui/shell/status_bar.py" line="71"/>
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n разговор</numerusform>
            <numerusform>%n разговора</numerusform>
            <numerusform>%n разговоров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopinbox/ui/shell/status_bar.py" line="72"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n непрочитанное</numerusform>
            <numerusform>%n непрочитанных</numerusform>
            <numerusform>%n непрочитанных</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TelegramAccountForm</name>
    <message>
        <location filename="../../shopinbox/channels/telegram/form.py" line="30"/>
        <source>Telegram bot</source>
        <translation>Бот Telegram</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/telegram/form.py" line="34"/>
        <source>e.g. Shop bot</source>
        <translation>напр. Бот магазина</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/telegram/form.py" line="38"/>
        <source>123456789:AAE…</source>
        <translation>123456789:AAE…</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/telegram/form.py" line="39"/>
        <source>In Telegram, open @BotFather, send /newbot (or /token for an existing bot) and paste the token it gives here.</source>
        <translation>В Telegram откройте @BotFather, отправьте /newbot (или /token для существующего бота) и вставьте сюда полученный токен.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/telegram/form.py" line="46"/>
        <source>optional: a self-hosted Bot API server</source>
        <translation>необязательно: свой сервер Bot API</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/telegram/form.py" line="47"/>
        <source>Remove the webhook so this app receives the messages</source>
        <translation>Удалить вебхук, чтобы сообщения приходили в это приложение</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/telegram/form.py" line="54"/>
        <source>Account name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/telegram/form.py" line="55"/>
        <source>Bot token</source>
        <translation>Токен бота</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/telegram/form.py" line="56"/>
        <source>API server</source>
        <translation>Сервер API</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/telegram/form.py" line="62"/>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/telegram/form.py" line="67"/>
        <source>Give the account a name.</source>
        <translation>Дайте учётной записи название.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/telegram/form.py" line="69"/>
        <source>Paste the bot token from @BotFather.</source>
        <translation>Вставьте токен бота от @BotFather.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/telegram/form.py" line="86"/>
        <source>The bot is @{username}.</source>
        <translation>Это бот @{username}.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/telegram/form.py" line="93"/>
        <source>Another tool has set a webhook ({url}), so this app would get no messages. Tick “Remove the webhook” to remove it — only if nothing else needs it.</source>
        <translation>Другая программа установила вебхук ({url}), поэтому это приложение не получало бы сообщений. Отметьте «Удалить вебхук», чтобы удалить его, — только если он больше никому не нужен.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/telegram/form.py" line="125"/>
        <source>Telegram rejected this token: it is wrong or was revoked in @BotFather. Paste the current token (/token in @BotFather).</source>
        <translation>Telegram отклонил этот токен: он неверный или отозван в @BotFather. Вставьте действующий токен (/token в @BotFather).</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/telegram/form.py" line="128"/>
        <source>That is not a bot token: @BotFather gives one like 123456789:AAE…; paste it whole.</source>
        <translation>Это не токен бота: @BotFather выдаёт токен вида 123456789:AAE…; вставьте его целиком.</translation>
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
        <translation>Бот Telegram</translation>
    </message>
    <message>
        <location filename="../../shopinbox/channels/telegram/form.py" line="141"/>
        <source>Add a Telegram bot</source>
        <translation>Добавить бота Telegram</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <location filename="../../shopinbox/ui/common/formatting.py" line="39"/>
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopinbox/ui/common/formatting.py" line="41"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopinbox/ui/common/formatting.py" line="43"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../shopinbox/ui/timeline/timeline_html.py" line="27"/>
        <source>failed</source>
        <translation>не отправлено</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/timeline/timeline_html.py" line="28"/>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/timeline/timeline_html.py" line="29"/>
        <source>queued</source>
        <translation>в очереди</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/timeline/timeline_html.py" line="30"/>
        <source>sending…</source>
        <translation>отправка…</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/timeline/timeline_html.py" line="31"/>
        <source>sent ✓</source>
        <translation>отправлено ✓</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/timeline/timeline_html.py" line="32"/>
        <source>Shop</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/timeline/timeline_html.py" line="33"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/timeline/timeline_html.py" line="34"/>
        <source>Remote images are blocked.</source>
        <translation>Картинки из интернета заблокированы.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/timeline/timeline_html.py" line="35"/>
        <source>Show images from this sender</source>
        <translation>Показывать картинки от этого отправителя</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/timeline/timeline_html.py" line="36"/>
        <source>Hide quoted text</source>
        <translation>Скрыть цитату</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/timeline/timeline_html.py" line="37"/>
        <source>… show quoted text</source>
        <translation>… показать цитату</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/timeline/timeline_html.py" line="38"/>
        <source>This message could not be read in full.</source>
        <translation>Это сообщение не удалось прочитать полностью.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/timeline/timeline_html.py" line="39"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/timeline/timeline_html.py" line="40"/>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/timeline/timeline_html.py" line="41"/>
        <source>not downloaded</source>
        <translation>не загружено</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/timeline/timeline_html.py" line="42"/>
        <source>where is my order</source>
        <translation>где заказ</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/timeline/timeline_html.py" line="43"/>
        <source>return</source>
        <translation>возврат</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/timeline/timeline_html.py" line="44"/>
        <source>complaint</source>
        <translation>жалоба</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/timeline/timeline_html.py" line="45"/>
        <source>discount / price</source>
        <translation>скидка / цена</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/timeline/timeline_html.py" line="46"/>
        <source>product question</source>
        <translation>вопрос о товаре</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../shopinbox/ui/timeline/timeline_view.py" line="46"/>
        <source>Choose a conversation on the left.</source>
        <translation>Выберите разговор слева.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/timeline/timeline_view.py" line="76"/>
        <source>Show {count} earlier messages</source>
        <translation>Показать более ранние сообщения ({count})</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../../shopinbox/ui/shell/tray.py" line="38"/>
        <source>Show shopinbox</source>
        <translation>Показать shopinbox</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/tray.py" line="39"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopinbox/ui/shell/tray.py" line="53"/>
        <source>shopinbox: %n unread</source>
        <translation>
            <numerusform>shopinbox: %n непрочитанное</numerusform>
            <numerusform>shopinbox: %n непрочитанных</numerusform>
            <numerusform>shopinbox: %n непрочитанных</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/tray.py" line="63"/>
        <source>New message</source>
        <translation>Новое сообщение</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/tray.py" line="64"/>
        <source>A customer wrote. Click to open the conversation.</source>
        <translation>Клиент написал. Нажмите, чтобы открыть разговор.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../shopinbox/ui/shell/welcome.py" line="18"/>
        <source>&lt;h1&gt;Welcome to shopinbox&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Добро пожаловать в shopinbox&lt;/h1&gt;</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/welcome.py" line="20"/>
        <source>All your shop&apos;s email and Telegram conversations in one place, next to each customer&apos;s orders. Start by adding an account — or look around the demo shop first.</source>
        <translation>Все разговоры магазина из почты и Telegram в одном месте, рядом с заказами каждого клиента. Начните с добавления учётной записи — или сначала осмотритесь в демо-магазине.</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/welcome.py" line="32"/>
        <source>Open the demo shop</source>
        <translation>Открыть демо-магазин</translation>
    </message>
    <message>
        <location filename="../../shopinbox/ui/shell/welcome.py" line="51"/>
        <source>Preparing the demo shop…</source>
        <translation>Готовим демо-магазин…</translation>
    </message>
</context>
</TS>
