<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AccountFormDialog</name>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="118"/>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="124"/>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="136"/>
        <source>Testing…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="142"/>
        <source>The connection works.</source>
        <translation>Подключение работает.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="147"/>
        <source>It did not work: {reason}</source>
        <translation>Не получилось: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="168"/>
        <source>Testing the connection, then saving…</source>
        <translation>Проверяю подключение, затем сохраняю…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="182"/>
        <source>Not saved: {reason}</source>
        <translation>Не сохранено: {reason}</translation>
    </message>
</context>
<context>
    <name>AccountState</name>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="38"/>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="49"/>
        <source>{name}: syncing…</source>
        <translation>{name}: синхронизация…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="49"/>
        <source>{name}: up to date</source>
        <translation>{name}: всё загружено</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="50"/>
        <source>{name}: waiting until {time}</source>
        <translation>{name}: ожидание до {time}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="51"/>
        <source>{name}: error</source>
        <translation>{name}: ошибка</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="52"/>
        <source>{name}: synced by {time}</source>
        <translation>{name}: синхронизирует {time}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="53"/>
        <source>{name}: synced by another desktop</source>
        <translation>{name}: синхронизирует другой компьютер</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="62"/>
        <source>{service} asks to wait until {time}; shopinbox goes on by itself then.</source>
        <translation>{service} просит подождать до {time}; потом shopinbox сам продолжит работу.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="65"/>
        <source>The service asked to wait until {time}; shopinbox goes on by itself then.</source>
        <translation>Сервис попросил подождать до {time}; затем shopinbox продолжит сам.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="68"/>
        <source>Another desktop of the team fetches and sends for this account; this one takes over when it stops.</source>
        <translation>Другой компьютер команды получает и отправляет сообщения этой учётной записи; этот возьмёт работу на себя, когда тот остановится.</translation>
    </message>
</context>
<context>
    <name>AllegroAccountForm</name>
    <message>
        <location filename="../../channels/allegro/form.py" line="40"/>
        <source>Allegro seller account</source>
        <translation>Аккаунт продавца Allegro</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/form.py" line="46"/>
        <source>e.g. Allegro shop</source>
        <translation>напр. Магазин на Allegro</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/form.py" line="52"/>
        <source>Register an app of the “device” type on apps.developer.allegro.pl (free) and copy its Client ID and Client Secret here. Saving shows a code to confirm on allegro.pl.</source>
        <translation>Зарегистрируйте приложение типа «device» на apps.developer.allegro.pl (бесплатно) и скопируйте сюда его Client ID и Client Secret. При сохранении появится код, который нужно подтвердить на allegro.pl.</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/form.py" line="59"/>
        <source>Allegro sandbox (for trying things out)</source>
        <translation>Песочница Allegro (для проб)</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/form.py" line="63"/>
        <source>optional: another REST API address</source>
        <translation>необязательно: другой адрес REST API</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/form.py" line="66"/>
        <source>optional: another sign-in address</source>
        <translation>необязательно: другой адрес входа</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/form.py" line="81"/>
        <source>No keyring (password store) was found on this computer. Allegro&apos;s sign-in tokens change at every renewal and can only be kept in a keyring, so an Allegro account can be added once there is one: GNOME Keyring (package gnome-keyring) or KWallet, unlocked by signing in to the desktop again — on Windows and macOS the system&apos;s own. Its Client Secret can still come from an environment variable.</source>
        <translation>На этом компьютере не найдено хранилище паролей (связка ключей). Токены входа Allegro меняются при каждом обновлении и могут храниться только в связке ключей, поэтому учётную запись Allegro можно добавить, когда она появится: GNOME Keyring (пакет gnome-keyring) или KWallet, разблокированные повторным входом в рабочий стол, — в Windows и macOS системная. Client Secret по-прежнему может браться из переменной окружения.</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/form.py" line="91"/>
        <source>Account name</source>
        <translation>Название</translation>
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
        <translation>Где секрет</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/form.py" line="96"/>
        <source>API address</source>
        <translation>Адрес API</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/form.py" line="97"/>
        <source>Sign-in address</source>
        <translation>Адрес входа</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/form.py" line="105"/>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/form.py" line="123"/>
        <source>Give the account a name.</source>
        <translation>Дайте учётной записи название.</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/form.py" line="125"/>
        <source>Paste the Client ID of the shop&apos;s Allegro app.</source>
        <translation>Вставьте Client ID приложения Allegro магазина.</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/form.py" line="128"/>
        <source>Paste the Client Secret of the shop&apos;s Allegro app.</source>
        <translation>Вставьте Client Secret приложения Allegro магазина.</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/form.py" line="149"/>
        <source>Confirm the code &lt;b&gt;{code}&lt;/b&gt; on the Allegro page that opened in the browser (or open &lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;). Waiting for the confirmation…</source>
        <translation>Подтвердите код &lt;b&gt;{code}&lt;/b&gt; на странице Allegro, открытой в браузере (или откройте &lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;). Ждём подтверждения…</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/form.py" line="169"/>
        <source>Allegro accepts the app&apos;s Client ID and Client Secret; Save signs in.</source>
        <translation>Allegro принимает Client ID и Client Secret приложения; «Сохранить» начинает вход.</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/form.py" line="196"/>
        <source>Allegro did not accept this Client ID or Client Secret. Copy both again from apps.developer.allegro.pl (the app must be of the “device” type).</source>
        <translation>Allegro не приняло этот Client ID или Client Secret. Скопируйте оба заново с apps.developer.allegro.pl (приложение должно быть типа «device»).</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/form.py" line="200"/>
        <source>The access was refused on the Allegro page. Save again and choose “Allow”.</source>
        <translation>На странице Allegro в доступе отказано. Сохраните ещё раз и выберите «Разрешить».</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/form.py" line="203"/>
        <source>The code was not confirmed in time. Save again to get a new code.</source>
        <translation>Код не был подтверждён вовремя. Сохраните ещё раз, чтобы получить новый код.</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/form.py" line="205"/>
        <source>Allegro no longer accepts this sign-in (the access was withdrawn or has expired). Sign in again: Save shows a new code.</source>
        <translation>Allegro больше не принимает этот вход (доступ отозван или истёк). Войдите снова: «Сохранить» покажет новый код.</translation>
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
        <translation>Аккаунт продавца Allegro</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/names.py" line="15"/>
        <source>Add an Allegro seller account</source>
        <translation>Добавить аккаунт продавца Allegro</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/names.py" line="16"/>
        <source>Allegro login</source>
        <translation>Логин Allegro</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/names.py" line="17"/>
        <source>Allegro forbids links to shops or pages outside Allegro.</source>
        <translation>Allegro запрещает ссылки на магазины и страницы вне Allegro.</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/names.py" line="19"/>
        <source>Allegro forbids giving an email address or phone number to talk or buy outside Allegro.</source>
        <translation>Allegro запрещает давать адрес e-mail или номер телефона, чтобы общаться или покупать вне Allegro.</translation>
    </message>
    <message>
        <location filename="../../channels/allegro/names.py" line="22"/>
        <source>This only repeats what Allegro already tells the buyer after a purchase (thanks, payment, shipping); Allegro forbids such messages.</source>
        <translation>Это сообщение лишь повторяет то, что Allegro само сообщает покупателю после покупки (благодарность, оплата, отправка); Allegro запрещает такие сообщения.</translation>
    </message>
</context>
<context>
    <name>CaFileRow</name>
    <message>
        <location filename="../../channels/email/form.py" line="91"/>
        <source>optional: only for a server with its own certificate authority</source>
        <translation>необязательно: только для сервера со своим центром сертификации</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="93"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="103"/>
        <source>CA certificate</source>
        <translation>Сертификат CA</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="104"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертификаты (*.pem *.crt *.cer);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <location filename="../../channels/phone/form.py" line="49"/>
        <source>Log a call</source>
        <translation>Записать звонок</translation>
    </message>
    <message>
        <location filename="../../channels/phone/form.py" line="50"/>
        <source>The customer called the shop</source>
        <translation>Клиент позвонил в магазин</translation>
    </message>
    <message>
        <location filename="../../channels/phone/form.py" line="52"/>
        <source>The shop called the customer</source>
        <translation>Магазин позвонил клиенту</translation>
    </message>
    <message>
        <location filename="../../channels/phone/form.py" line="67"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../channels/phone/form.py" line="76"/>
        <source>What was said, what was agreed</source>
        <translation>Что сказали, о чём договорились</translation>
    </message>
    <message>
        <location filename="../../channels/phone/form.py" line="82"/>
        <source>Save the call</source>
        <translation>Сохранить звонок</translation>
    </message>
    <message>
        <location filename="../../channels/phone/form.py" line="86"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../channels/phone/form.py" line="92"/>
        <source>Who called</source>
        <translation>Кто звонил</translation>
    </message>
    <message>
        <location filename="../../channels/phone/form.py" line="94"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../channels/phone/form.py" line="95"/>
        <source>Length</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location filename="../../channels/phone/form.py" line="96"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../channels/phone/form.py" line="97"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../channels/phone/form.py" line="100"/>
        <source>A call with {name}</source>
        <translation>Звонок: {name}</translation>
    </message>
</context>
<context>
    <name>CampaignForm</name>
    <message>
        <location filename="../../ui/campaigns/campaign_form.py" line="50"/>
        <source>e.g. Spring sale</source>
        <translation>напр. Весенняя распродажа</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaign_form.py" line="54"/>
        <source>When I press Start</source>
        <translation>Когда я нажму «Запустить»</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaign_form.py" line="55"/>
        <source>At</source>
        <translation>В назначенное время</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaign_form.py" line="74"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaign_form.py" line="75"/>
        <source>Promo reply</source>
        <translation>Промо-ответ</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaign_form.py" line="76"/>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaign_form.py" line="77"/>
        <source>Discount codes</source>
        <translation>Коды скидок</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaign_form.py" line="78"/>
        <source>Start</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaign_form.py" line="82"/>
        <source> per minute</source>
        <translation> в минуту</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaign_form.py" line="83"/>
        <source>as fast as the channel allows</source>
        <translation>так быстро, как позволяет канал</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaign_form.py" line="85"/>
        <source>At most on %1</source>
        <translation>Скорость (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaign_form.py" line="88"/>
        <source>Only customers with marketing consent are reached, each on their own channel and in their language. A scheduled campaign is started by the app at its time.</source>
        <translation>Рассылка доходит только до клиентов с согласием на неё — каждому по его каналу и на его языке. Запланированную рассылку приложение запустит само в назначенное время.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaign_form.py" line="93"/>
        <source>Create campaign</source>
        <translation>Создать рассылку</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaign_form.py" line="124"/>
        <source>The promo reply&apos;s own pool, if it has one</source>
        <translation>Набор кодов этого промо-ответа, если он есть</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaign_form.py" line="126"/>
        <source>%1 (%2 free)</source>
        <translation>%1 (свободно: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaign_form.py" line="132"/>
        <source>A campaign needs a promo reply (Promo replies) and a saved segment (the Segments tab).</source>
        <translation>Для рассылки нужны промо-ответ (Промо-ответы) и сохранённый сегмент (вкладка «Сегменты»).</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaign_form.py" line="156"/>
        <source>Creating…</source>
        <translation>Создание…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaign_form.py" line="161"/>
        <source>Campaign “%1” created.</source>
        <translation>Рассылка «%1» создана.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaign_form.py" line="169"/>
        <source>A campaign with this name already exists: choose another name.</source>
        <translation>Рассылка с таким названием уже есть: выберите другое название.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaign_form.py" line="171"/>
        <source>The promo reply, segment or code pool no longer exists.</source>
        <translation>Этого промо-ответа, сегмента или набора кодов больше нет.</translation>
    </message>
</context>
<context>
    <name>CampaignsView</name>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="66"/>
        <location filename="../../ui/campaigns/campaigns_view.py" line="121"/>
        <source>Campaigns</source>
        <translation>Рассылки</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="68"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="68"/>
        <source>Scheduled</source>
        <translation>Запланирована</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="69"/>
        <source>Sending</source>
        <translation>Идёт отправка</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="69"/>
        <source>Paused</source>
        <translation>Приостановлена</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="70"/>
        <source>Done</source>
        <translation>Завершена</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="71"/>
        <source>no marketing consent</source>
        <translation>нет согласия на рассылку</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="72"/>
        <source>opted out</source>
        <translation>отписались</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="73"/>
        <source>no reachable channel</source>
        <translation>нет доступного канала</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="74"/>
        <source>no account to send with</source>
        <translation>нет аккаунта для отправки</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="75"/>
        <source>no codes left</source>
        <translation>закончились коды</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="76"/>
        <source>template values missing</source>
        <translation>в шаблоне не хватает значений</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="77"/>
        <source>Shipped</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="78"/>
        <source>Ready for pickup</source>
        <translation>Готов к выдаче</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="79"/>
        <source>Delivered</source>
        <translation>Доставлен</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="82"/>
        <source>Campaign</source>
        <translation>Рассылка</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="82"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="82"/>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="83"/>
        <source>Failed</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="83"/>
        <source>Left out</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="84"/>
        <source>Orders with its codes</source>
        <translation>Заказы с её кодами</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="84"/>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="86"/>
        <location filename="../../ui/campaigns/campaigns_view.py" line="252"/>
        <source>%v of %m recipients done</source>
        <translation>Обработано %v из %m получателей</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="91"/>
        <location filename="../../ui/campaigns/campaigns_view.py" line="230"/>
        <source>Start</source>
        <translation>Запустить</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="92"/>
        <source>Dry run</source>
        <translation>Пробный прогон</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="93"/>
        <source>Render every message without sending any</source>
        <translation>Подготовить все сообщения, ничего не отправляя</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="94"/>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="229"/>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="238"/>
        <source>No campaign yet: create one in the New campaign tab.</source>
        <translation>Рассылок пока нет: создайте её на вкладке «Новая рассылка».</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="306"/>
        <source>Codes: %1 needed, %2 free</source>
        <translation>Коды: нужно %1, свободно %2</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="311"/>
        <source>Dry run: every message rendered, nothing sent. Cannot be rendered: %1</source>
        <translation>Пробный прогон: все сообщения подготовлены, ничего не отправлено. Не удалось подготовить: %1</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="313"/>
        <source>Dry run: every message rendered, nothing sent. No problems found.</source>
        <translation>Пробный прогон: все сообщения подготовлены, ничего не отправлено. Проблем нет.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="334"/>
        <source>Export the results</source>
        <translation>Экспорт результатов</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="334"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="345"/>
        <source>The file could not be written there: choose another folder.</source>
        <translation>Не удалось записать туда файл: выберите другую папку.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/campaigns/campaigns_view.py" line="351"/>
        <source>%n recipient(s) exported to %1.</source>
        <translation>
            <numerusform>%n получатель выгружен в %1.</numerusform>
            <numerusform>%n получателя выгружены в %1.</numerusform>
            <numerusform>%n получателей выгружены в %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="97"/>
        <source>Pause</source>
        <translation>Приостановить</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="98"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="99"/>
        <source>Preview 5 messages</source>
        <translation>Просмотр 5 сообщений</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="124"/>
        <source>New campaign</source>
        <translation>Новая рассылка</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="126"/>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="126"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="126"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="127"/>
        <source>Status in the shop</source>
        <translation>Статус в магазине</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="127"/>
        <source>Since</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="129"/>
        <source>Approve and send</source>
        <translation>Одобрить и отправить</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="130"/>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="136"/>
        <source>Order notifications waiting for your approval. Each order is notified once per status, however often it is synced.</source>
        <translation>Уведомления о заказах, ожидающие одобрения. По каждому статусу заказа уходит одно уведомление, сколько бы раз он ни синхронизировался.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="146"/>
        <source>Review queue</source>
        <translation>На проверке</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="149"/>
        <source>Segments</source>
        <translation>Сегменты</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/campaigns/campaigns_view.py" line="207"/>
        <source>Review queue (%n)</source>
        <translation>
            <numerusform>На проверке (%n)</numerusform>
            <numerusform>На проверке (%n)</numerusform>
            <numerusform>На проверке (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="244"/>
        <location filename="../../ui/campaigns/campaigns_view.py" line="303"/>
        <source>Left out: %1</source>
        <translation>Пропущено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="245"/>
        <location filename="../../ui/campaigns/campaigns_view.py" line="304"/>
        <source>Nobody left out.</source>
        <translation>Никто не пропущен.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="251"/>
        <source>Done: %v of %m recipients</source>
        <translation>Готово: %v из %m получателей</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="289"/>
        <source>Rendering every message…</source>
        <translation>Подготовка всех сообщений…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="290"/>
        <source>Rendering…</source>
        <translation>Подготовка…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/campaigns_view.py" line="296"/>
        <source>Reached: %1</source>
        <translation>Получат: %1</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../../ui/reports/charts.py" line="62"/>
        <source>No data in this range</source>
        <translation>Нет данных за этот период</translation>
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
        <translation>Сохранить график как картинку</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_card.py" line="41"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_card.py" line="42"/>
        <source>Save the numbers of this chart for a spreadsheet</source>
        <translation>Сохранить числа графика для таблицы</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_card.py" line="74"/>
        <source>Save chart</source>
        <translation>Сохранить график</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_card.py" line="75"/>
        <source>PNG pictures (*.png)</source>
        <translation>Картинки PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_card.py" line="80"/>
        <source>Save chart data</source>
        <translation>Сохранить данные графика</translation>
    </message>
    <message>
        <location filename="../../ui/reports/chart_card.py" line="82"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>CodePoolsPanel</name>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="101"/>
        <source>Pool</source>
        <translation>Пул</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="101"/>
        <source>Promo reply</source>
        <translation>Промо-ответ</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="101"/>
        <source>Free</source>
        <translation>Свободно</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="102"/>
        <location filename="../../ui/promos/code_pools.py" line="107"/>
        <source>Given</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="102"/>
        <source>In all</source>
        <translation>Всего</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="106"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="106"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="106"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="114"/>
        <source>New pool…</source>
        <translation>Новый пул…</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="115"/>
        <source>Generate codes…</source>
        <translation>Создать коды…</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="116"/>
        <source>Import a list…</source>
        <translation>Импорт списка…</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="117"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="118"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="133"/>
        <source>Codes go out with the promo reply</source>
        <translation>Коды отправляются с промо-ответом</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="139"/>
        <source>Who got which code</source>
        <translation>Кто какой код получил</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="178"/>
        <source>No code pools yet. A pool hands out one code per customer with the promo reply it is attached to.</source>
        <translation>Пулов кодов пока нет. Пул выдаёт по одному коду на клиента вместе с промо-ответом, к которому он привязан.</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="190"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="228"/>
        <source>New code pool</source>
        <translation>Новый пул кодов</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="229"/>
        <source>Name of the pool (e.g. Spring 2026):</source>
        <translation>Название пула (например, Весна 2026):</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="244"/>
        <source>A pool named “{name}” already exists.</source>
        <translation>Пул с названием «{name}» уже есть.</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="247"/>
        <source>Pool “{name}” created: now generate or import its codes.</source>
        <translation>Пул «{name}» создан: теперь создайте или импортируйте его коды.</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="268"/>
        <source>The pattern cannot make {count} more codes: make it longer (more # or ?).</source>
        <translation>По этому шаблону нельзя сделать ещё {count} кодов: удлините его (больше # или ?).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/promos/code_pools.py" line="277"/>
        <source>%n code(s) added to “{name}”.</source>
        <translation>
            <numerusform>В «{name}» добавлен %n код.</numerusform>
            <numerusform>В «{name}» добавлено %n кода.</numerusform>
            <numerusform>В «{name}» добавлено %n кодов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/promos/code_pools.py" line="280"/>
        <source>%n line(s) skipped: repeated, already in the pool or empty.</source>
        <translation>
            <numerusform>Пропущена %n строка: повтор, уже в пуле или пустая.</numerusform>
            <numerusform>Пропущено %n строки: повторы, уже в пуле или пустые.</numerusform>
            <numerusform>Пропущено %n строк: повторы, уже в пуле или пустые.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="286"/>
        <source>Codes to import</source>
        <translation>Коды для импорта</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="287"/>
        <source>Lists of codes (*.csv *.txt);;All files (*)</source>
        <translation>Списки кодов (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="298"/>
        <source>The file could not be read as a list of codes (one per line, UTF-8).</source>
        <translation>Файл не удалось прочитать как список кодов (по одному в строке, UTF-8).</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="311"/>
        <source>Pool “{name}” now goes out with “{promo}”.</source>
        <translation>Коды пула «{name}» теперь отправляются с «{promo}».</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="313"/>
        <source>Pool “{name}” is attached to no promo reply.</source>
        <translation>Пул «{name}» не привязан ни к одному промо-ответу.</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="320"/>
        <source>Export the codes</source>
        <translation>Экспорт кодов</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="320"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="331"/>
        <source>The file could not be written there: choose another folder.</source>
        <translation>Не удалось записать туда файл: выберите другую папку.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/promos/code_pools.py" line="337"/>
        <source>%n code(s) exported to {file}.</source>
        <translation>
            <numerusform>Экспортирован %n код в {file}.</numerusform>
            <numerusform>Экспортировано %n кода в {file}.</numerusform>
            <numerusform>Экспортировано %n кодов в {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="349"/>
        <source>Pool “{name}” deleted.</source>
        <translation>Пул «{name}» удалён.</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="357"/>
        <source>Delete code pool</source>
        <translation>Удалить пул кодов</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="358"/>
        <source>Delete the pool “{name}” with its {count} codes? Messages already sent keep the codes written in them.</source>
        <translation>Удалить пул «{name}» с его кодами ({count})? В уже отправленных сообщениях коды останутся.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../ui/composer/composer.py" line="106"/>
        <source>Subject (default: Re: the last subject)</source>
        <translation>Тема (по умолчанию: Re: последняя тема)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="109"/>
        <location filename="../../ui/composer/composer.py" line="220"/>
        <source>Write a reply…  (Ctrl+Enter sends, Ctrl+P inserts a promo reply)</source>
        <translation>Напишите ответ…  (Ctrl+Enter — отправить, Ctrl+P — вставить шаблон)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="117"/>
        <source>Attach…</source>
        <translation>Прикрепить…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="119"/>
        <source>Promo reply…</source>
        <translation>Шаблон ответа…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="123"/>
        <location filename="../../ui/composer/composer.py" line="217"/>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="139"/>
        <source>Internal note</source>
        <translation>Внутренняя заметка</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="141"/>
        <source>Seen by the team only; never sent to the customer</source>
        <translation>Видна только команде; никогда не отправляется клиенту</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="149"/>
        <source>Reply via</source>
        <translation>Ответить через</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="217"/>
        <source>Add note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="219"/>
        <source>Write an internal note…  (Ctrl+Enter adds it; never sent)</source>
        <translation>Напишите внутреннюю заметку…  (Ctrl+Enter добавляет; никогда не отправляется)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="268"/>
        <source>This customer cannot be reached on any channel.</source>
        <translation>С этим клиентом нельзя связаться ни по одному каналу.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="287"/>
        <source>no address for this channel</source>
        <translation>нет адреса в этом канале</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="289"/>
        <source>no account set up for this channel</source>
        <translation>для этого канала нет учётной записи</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="292"/>
        <source>unreachable: {reason}</source>
        <translation>недоступен: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="344"/>
        <source>Attach files</source>
        <translation>Прикрепить файлы</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="364"/>
        <source>Double-click a file to remove it.</source>
        <translation>Дважды щёлкните файл, чтобы убрать его.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/promo_insert.py" line="57"/>
        <source>Promo reply</source>
        <translation>Промо-ответ</translation>
    </message>
    <message>
        <location filename="../../ui/composer/promo_insert.py" line="57"/>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/promo_insert.py" line="71"/>
        <source>Cannot insert the promo reply: {reason}</source>
        <translation>Не удалось вставить промо-ответ: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/composer/promo_insert.py" line="83"/>
        <source>Fill in by hand: {names}</source>
        <translation>Заполните вручную: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="394"/>
        <source>Note added.</source>
        <translation>Заметка добавлена.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="417"/>
        <source>Replied meanwhile</source>
        <translation>Уже ответили</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="418"/>
        <source>{user} sent a reply to this customer while you were writing. Send yours too?</source>
        <translation>{user} ответил(а) этому клиенту, пока вы писали. Отправить и ваш ответ?</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="442"/>
        <location filename="../../ui/composer/composer.py" line="475"/>
        <source>Not sent: {reason}</source>
        <translation>Не отправлено: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="459"/>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="470"/>
        <source>Sent.</source>
        <translation>Отправлено.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer.py" line="472"/>
        <source>Waiting to be sent: {reason}</source>
        <translation>Ожидает отправки: {reason}</translation>
    </message>
</context>
<context>
    <name>ConsentRow</name>
    <message>
        <location filename="../../ui/customer/consent_row.py" line="54"/>
        <source>The channel campaigns and order notifications use</source>
        <translation>Канал для рассылок и уведомлений о заказах</translation>
    </message>
    <message>
        <location filename="../../ui/customer/consent_row.py" line="85"/>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location filename="../../ui/customer/consent_row.py" line="86"/>
        <source>Consent given</source>
        <translation>Согласие дано</translation>
    </message>
    <message>
        <location filename="../../ui/customer/consent_row.py" line="87"/>
        <source>Opted out</source>
        <translation>Отказ от рассылки</translation>
    </message>
    <message>
        <location filename="../../ui/customer/consent_row.py" line="91"/>
        <source>their last channel</source>
        <translation>последний канал клиента</translation>
    </message>
    <message>
        <location filename="../../ui/customer/consent_row.py" line="118"/>
        <source>Opted out %1 (%2).</source>
        <translation>Отказ %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/customer/consent_row.py" line="121"/>
        <source>No consent recorded: campaigns leave this customer out.</source>
        <translation>Согласие не записано: рассылки пропускают этого клиента.</translation>
    </message>
    <message>
        <location filename="../../ui/customer/consent_row.py" line="122"/>
        <source>Given %1 (%2).</source>
        <translation>Дано %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/customer/consent_row.py" line="122"/>
        <source>Withdrawn %1 (%2).</source>
        <translation>Отозвано %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/customer/consent_row.py" line="132"/>
        <source>set by hand</source>
        <translation>задано вручную</translation>
    </message>
    <message>
        <location filename="../../ui/customer/consent_row.py" line="134"/>
        <source>asked in a reply on %1</source>
        <translation>по просьбе в ответе через %1</translation>
    </message>
    <message>
        <location filename="../../ui/customer/consent_row.py" line="136"/>
        <source>from the shop&apos;s orders: %1</source>
        <translation>из заказов магазина: %1</translation>
    </message>
    <message>
        <location filename="../../ui/customer/consent_row.py" line="138"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
</context>
<context>
    <name>ConversationBar</name>
    <message>
        <location filename="../../ui/inbox/conversation_bar.py" line="33"/>
        <location filename="../../ui/inbox/conversation_bar.py" line="122"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/conversation_bar.py" line="35"/>
        <source>Mark done (e)</source>
        <translation>Отметить как завершённый (e)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/conversation_bar.py" line="36"/>
        <source>Reopen</source>
        <translation>Открыть снова</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/conversation_bar.py" line="40"/>
        <source>Snooze</source>
        <translation>Отложить</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/conversation_bar.py" line="41"/>
        <source>Snooze (s)</source>
        <translation>Отложить (s)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/conversation_bar.py" line="45"/>
        <source>Later today</source>
        <translation>Позже сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/conversation_bar.py" line="46"/>
        <source>Tomorrow morning</source>
        <translation>Завтра утром</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/conversation_bar.py" line="47"/>
        <source>Next week</source>
        <translation>На следующей неделе</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/conversation_bar.py" line="48"/>
        <source>Pick a date…</source>
        <translation>Выбрать дату…</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/conversation_bar.py" line="50"/>
        <source>Mark unread</source>
        <translation>Отметить непрочитанным</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/conversation_bar.py" line="84"/>
        <source>Unassigned</source>
        <translation>Не назначено</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/conversation_bar.py" line="97"/>
        <source>{name} is replying</source>
        <translation>{name} отвечает</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/conversation_bar.py" line="98"/>
        <source>{names} are replying</source>
        <translation>{names} отвечают</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/conversation_bar.py" line="112"/>
        <source>For: {name}</source>
        <translation>Для: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/conversation_bar.py" line="113"/>
        <source>Assign</source>
        <translation>Назначить</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/conversation_bar.py" line="119"/>
        <source>Snoozed until {when}</source>
        <translation>Отложено до {when}</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../../sources/csv_file/form.py" line="55"/>
        <source>Import orders from a file</source>
        <translation>Импорт заказов из файла</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="60"/>
        <source>an orders export (.csv)</source>
        <translation>выгрузка заказов (.csv)</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="62"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="67"/>
        <source>Recognise by itself</source>
        <translation>Распознать автоматически</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="70"/>
        <source>Columns of my own</source>
        <translation>Свои столбцы</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="79"/>
        <source>Which column holds what</source>
        <translation>Какой столбец что содержит</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="90"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="100"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="101"/>
        <source>Layout</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="115"/>
        <source>Order number</source>
        <translation>Номер заказа</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="115"/>
        <source>Order id</source>
        <translation>Идентификатор заказа</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="116"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="116"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="117"/>
        <source>Customer name</source>
        <translation>Имя клиента</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="117"/>
        <source>Order date</source>
        <translation>Дата заказа</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="118"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="118"/>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="119"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="119"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="120"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="120"/>
        <source>Unit price</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="121"/>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="121"/>
        <source>Tracking number</source>
        <translation>Трек-номер</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="122"/>
        <source>Carrier</source>
        <translation>Перевозчик</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="122"/>
        <source>Shipping address</source>
        <translation>Адрес доставки</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="127"/>
        <source>Orders export</source>
        <translation>Выгрузка заказов</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="128"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="142"/>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="151"/>
        <source>This file cannot be read as an orders export. Choose the CSV file the shop exported.</source>
        <translation>Этот файл не читается как выгрузка заказов. Выберите CSV-файл, выгруженный из магазина.</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="165"/>
        <source>Recognised layout: {layout}. The first rows:</source>
        <translation>Распознан формат: {layout}. Первые строки:</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="168"/>
        <source>The layout was not recognised: choose below which column holds what (at least the order number).</source>
        <translation>Формат не распознан: укажите ниже, какой столбец что содержит (как минимум номер заказа).</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="185"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="215"/>
        <source>Choose the column that holds the order number.</source>
        <translation>Выберите столбец с номером заказа.</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="219"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="227"/>
        <source>The file could not be read with this layout. Choose the layout, or the column of each field.</source>
        <translation>Файл не читается в этом формате. Выберите формат или столбец для каждого поля.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sources/csv_file/form.py" line="234"/>
        <source>Imported into “{source}”: {created} new, {updated} updated, {unchanged} unchanged order(s); {customers} new customer(s).</source>
        <translation>
            <numerusform>Импортировано в «{source}»: новых {created}, обновлено {updated}, без изменений {unchanged}; новых клиентов: {customers}.</numerusform>
            <numerusform>Импортировано в «{source}»: новых {created}, обновлено {updated}, без изменений {unchanged}; новых клиентов: {customers}.</numerusform>
            <numerusform>Импортировано в «{source}»: новых {created}, обновлено {updated}, без изменений {unchanged}; новых клиентов: {customers}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sources/csv_file/form.py" line="240"/>
        <source>%n line(s) could not be read and were left out:</source>
        <translation>
            <numerusform>%n строку не удалось прочитать, она пропущена:</numerusform>
            <numerusform>%n строки не удалось прочитать, они пропущены:</numerusform>
            <numerusform>%n строк не удалось прочитать, они пропущены:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="252"/>
        <source>Line {line}: no order number.</source>
        <translation>Строка {line}: нет номера заказа.</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="254"/>
        <source>Line {line}: order {order}: “{value}” is not a valid {field}.</source>
        <translation>Строка {line}: заказ {order}: «{value}» — неверное значение поля «{field}».</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="258"/>
        <source>Line {line}: order {order} has no {field}.</source>
        <translation>Строка {line}: у заказа {order} нет поля «{field}».</translation>
    </message>
    <message>
        <location filename="../../sources/csv_file/form.py" line="260"/>
        <source>Line {line}: order {order} could not be read.</source>
        <translation>Строка {line}: не удалось прочитать заказ {order}.</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="75"/>
        <source>unknown</source>
        <translation>неизвестен</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="78"/>
        <source>comma, separated</source>
        <translation>через, запятую</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="84"/>
        <source>A note about this customer, seen by the whole team</source>
        <translation>Заметка о клиенте, её видит вся команда</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="85"/>
        <source>A note only you see</source>
        <translation>Заметка, которую видите только вы</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="96"/>
        <source>Merge with…</source>
        <translation>Объединить с…</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="98"/>
        <source>Undo merge</source>
        <translation>Отменить объединение</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="103"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="104"/>
        <source>Reach at</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="105"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="106"/>
        <source>Labels</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="107"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="108"/>
        <source>Lifetime value</source>
        <translation>Сумма покупок</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="110"/>
        <source>Marketing</source>
        <translation>Рассылка</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="111"/>
        <source>Campaigns via</source>
        <translation>Рассылки через</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="112"/>
        <source>Merged</source>
        <translation>Объединено</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="125"/>
        <source>&lt;b&gt;Orders&lt;/b&gt;</source>
        <translation>&lt;b&gt;Заказы&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="163"/>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="173"/>
        <source>no identities</source>
        <translation>нет контактов</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="179"/>
        <source>no orders yet</source>
        <translation>заказов пока нет</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="188"/>
        <source>{name}, merged by {user} · {when}</source>
        <translation>{name}, объединил(а) {user} · {when}</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="189"/>
        <source>{name}, merged · {when}</source>
        <translation>{name}, объединено · {when}</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="208"/>
        <source>No orders.</source>
        <translation>Заказов нет.</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="210"/>
        <source>completed</source>
        <translation>выполнен</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="210"/>
        <source>shipped</source>
        <translation>отправлен</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="211"/>
        <source>processing</source>
        <translation>в обработке</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="211"/>
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="212"/>
        <source>Tracking</source>
        <translation>Отслеживание</translation>
    </message>
    <message>
        <location filename="../../ui/customer/customer_panel.py" line="230"/>
        <source>tracking</source>
        <translation>отслеживание</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../ui/promos/customer_picker.py" line="28"/>
        <source>type a customer&apos;s name</source>
        <translation>введите имя клиента</translation>
    </message>
    <message>
        <location filename="../../ui/promos/customer_picker.py" line="32"/>
        <location filename="../../ui/promos/customer_picker.py" line="58"/>
        <location filename="../../ui/promos/customer_picker.py" line="76"/>
        <source>no customer</source>
        <translation>без клиента</translation>
    </message>
</context>
<context>
    <name>EmailAccountForm</name>
    <message>
        <location filename="../../channels/email/form.py" line="113"/>
        <source>Email account</source>
        <translation>Почтовый ящик</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="117"/>
        <source>e.g. Shop mailbox</source>
        <translation>напр. Почта магазина</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="120"/>
        <source>shop@example.com</source>
        <translation>shop@example.com</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="131"/>
        <source>the same as the address</source>
        <translation>совпадает с адресом</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="145"/>
        <source>Account name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="146"/>
        <source>Email address</source>
        <translation>Адрес эл. почты</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="147"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="148"/>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="149"/>
        <source>Incoming (IMAP)</source>
        <translation>Входящая (IMAP)</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="150"/>
        <source>Outgoing (SMTP)</source>
        <translation>Исходящая (SMTP)</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="151"/>
        <source>CA file</source>
        <translation>Файл CA</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="152"/>
        <source>Password kept</source>
        <translation>Где пароль</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="165"/>
        <source>read from the environment variable</source>
        <translation>читается из переменной окружения</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="167"/>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="195"/>
        <source>Server settings for {provider} filled in.</source>
        <translation>Настройки серверов для {provider} заполнены.</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="197"/>
        <source>{provider} usually refuses the normal password here: use an app password, or switch IMAP access on in the mailbox settings first.</source>
        <translation>{provider} обычно не принимает здесь обычный пароль: используйте пароль приложения или сначала включите доступ по IMAP в настройках ящика.</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="208"/>
        <source>Give the account a name.</source>
        <translation>Дайте учётной записи название.</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="210"/>
        <source>Type the shop&apos;s email address.</source>
        <translation>Введите адрес эл. почты магазина.</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="214"/>
        <source>Type the password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="220"/>
        <source>Type the {protocol} server&apos;s name.</source>
        <translation>Введите имя сервера {protocol}.</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="262"/>
        <source>Check the user name and password. Gmail, Yahoo, iCloud, Yandex, Mail.ru and Outlook with two-step login need an app password.</source>
        <translation>Проверьте имя пользователя и пароль. Для Gmail, Yahoo, iCloud, Яндекса, Mail.ru и Outlook с двухэтапным входом нужен пароль приложения.</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="264"/>
        <source>Check the server name and the internet connection.</source>
        <translation>Проверьте имя сервера и подключение к интернету.</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="265"/>
        <source>Check the port and the security setting (SSL/TLS: 993 and 465, STARTTLS: 143 and 587).</source>
        <translation>Проверьте порт и шифрование (SSL/TLS: 993 и 465, STARTTLS: 143 и 587).</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="267"/>
        <source>Check the security setting; a server with a certificate of its own needs its CA file in the “CA file” field.</source>
        <translation>Проверьте настройку защиты; серверу со своим сертификатом нужен его файл CA в поле «Файл CA».</translation>
    </message>
    <message>
        <location filename="../../channels/email/form.py" line="269"/>
        <source>Check the port, a firewall or VPN, then try again.</source>
        <translation>Проверьте порт, брандмауэр или VPN и попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>EmailChannel</name>
    <message>
        <location filename="../../channels/email/names.py" line="12"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../channels/email/names.py" line="13"/>
        <source>Email account</source>
        <translation>Почтовый ящик</translation>
    </message>
    <message>
        <location filename="../../channels/email/names.py" line="14"/>
        <source>Add an email account</source>
        <translation>Добавить почтовый ящик</translation>
    </message>
    <message>
        <location filename="../../channels/email/names.py" line="15"/>
        <source>email</source>
        <translation>эл. почта</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../ui/common/error_text.py" line="31"/>
        <source>The server did not accept the user name or password.</source>
        <translation>Сервер не принял имя пользователя или пароль.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="32"/>
        <source>Check them; many providers need an app password.</source>
        <translation>Проверьте их; многим почтовым службам нужен пароль приложения.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="34"/>
        <source>The token was revoked or is wrong.</source>
        <translation>Токен отозван или неверен.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="35"/>
        <source>Create a new token and enter it in the account settings.</source>
        <translation>Создайте новый токен и введите его в настройках учётной записи.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="37"/>
        <source>The attachment&apos;s content is neither stored nor on the server any more.</source>
        <translation>Содержимого вложения нет ни в профиле, ни на сервере.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="38"/>
        <source>Ask the customer to send it again.</source>
        <translation>Попросите клиента прислать его ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="40"/>
        <source>The server {host} does not answer.</source>
        <translation>Сервер {host} не отвечает.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="41"/>
        <source>Check the internet connection; shopinbox tries again by itself.</source>
        <translation>Проверьте подключение к интернету; shopinbox сам попробует ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="43"/>
        <source>The server name {host} is not known.</source>
        <translation>Имя сервера {host} неизвестно.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="44"/>
        <source>Check the server name in the account settings.</source>
        <translation>Проверьте имя сервера в настройках учётной записи.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="46"/>
        <source>The server {host} refused the connection on port {port}.</source>
        <translation>Сервер {host} отклонил подключение на порту {port}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="47"/>
        <source>Check the port and security setting.</source>
        <translation>Проверьте порт и настройку защиты соединения.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="49"/>
        <source>A secure connection to {host} could not be made.</source>
        <translation>Не удалось установить защищённое соединение с {host}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="50"/>
        <source>Check the security setting, or give the private CA file.</source>
        <translation>Проверьте настройку защиты или укажите файл собственного центра сертификации (CA).</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="52"/>
        <source>The server {host} took too long to answer.</source>
        <translation>Сервер {host} слишком долго не отвечал.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="53"/>
        <source>Check a firewall or VPN; shopinbox tries again by itself.</source>
        <translation>Проверьте брандмауэр или VPN; shopinbox сам попробует ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="55"/>
        <source>The service asks to wait until {until}.</source>
        <translation>Сервис просит подождать до {until}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="56"/>
        <source>Nothing to do: shopinbox goes on by itself then.</source>
        <translation>Ничего делать не нужно: тогда shopinbox продолжит сам.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="58"/>
        <source>The shop {host} refused the API key.</source>
        <translation>Магазин {host} не принял ключ API.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="59"/>
        <source>Check the key and secret (or the token) in the order source settings.</source>
        <translation>Проверьте ключ и секрет (или токен) в настройках источника заказов.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="61"/>
        <source>The shop {host} answered in a way shopinbox cannot use.</source>
        <translation>Магазин {host} ответил так, что shopinbox не может это использовать.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="62"/>
        <source>Check the shop&apos;s address in the order source settings.</source>
        <translation>Проверьте адрес магазина в настройках источника заказов.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="64"/>
        <source>The service had a problem of its own.</source>
        <translation>У сервиса возникла собственная проблема.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="65"/>
        <source>Nothing to do: shopinbox tries again later.</source>
        <translation>Ничего делать не нужно: shopinbox попробует позже.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="67"/>
        <source>A webhook is set for this bot ({url}), so it gets no messages here.</source>
        <translation>Для этого бота задан вебхук ({url}), поэтому сообщения сюда не приходят.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="68"/>
        <source>Tick “Remove the webhook” in the account settings — only if nothing else needs it.</source>
        <translation>Отметьте «Удалить вебхук» в настройках учётной записи — только если он больше ничему не нужен.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="70"/>
        <source>Another program is reading this bot&apos;s updates.</source>
        <translation>Другая программа получает обновления этого бота.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="71"/>
        <source>Stop the other program, or use a separate bot for shopinbox.</source>
        <translation>Остановите другую программу или заведите для shopinbox отдельного бота.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="73"/>
        <source>The customer blocked the bot or cannot be reached there.</source>
        <translation>Клиент заблокировал бота, или с ним там нельзя связаться.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="74"/>
        <source>Reply on another channel.</source>
        <translation>Ответьте через другой канал.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="76"/>
        <source>There is no address or chat to send this reply to.</source>
        <translation>Нет адреса или чата, куда можно отправить этот ответ.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="77"/>
        <source>Choose another channel for the reply.</source>
        <translation>Выберите другой канал для ответа.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="79"/>
        <source>The server refused this message.</source>
        <translation>Сервер отклонил это сообщение.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="80"/>
        <source>Shorten it or remove attachments, then retry.</source>
        <translation>Сократите его или уберите вложения, затем повторите.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="82"/>
        <source>The password or token of account {account} is not available.</source>
        <translation>Пароль или токен учётной записи {account} недоступен.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="83"/>
        <source>Enter it again in the account settings, or set the environment variable the account names.</source>
        <translation>Введите его снова в настройках учётной записи или задайте переменную окружения, указанную в ней.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="85"/>
        <source>No keyring (password store) was found on this computer.</source>
        <translation>На этом компьютере не найдено хранилище паролей (связка ключей).</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="86"/>
        <source>Install one (e.g. gnome-keyring), or keep the secret in an environment variable.</source>
        <translation>Установите его (например, gnome-keyring) или храните секрет в переменной окружения.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="88"/>
        <source>This kind of account ({kind}) cannot send.</source>
        <translation>Учётная запись такого типа ({kind}) не может отправлять.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="89"/>
        <source>Reply from another account.</source>
        <translation>Ответьте с другой учётной записи.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="91"/>
        <source>Sending was interrupted; the reply may have been sent.</source>
        <translation>Отправка была прервана; ответ, возможно, уже ушёл.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="92"/>
        <location filename="../../ui/common/error_text.py" line="95"/>
        <source>Check with the customer or in the Sent folder before retrying.</source>
        <translation>Прежде чем повторять, уточните у клиента или проверьте папку «Отправленные».</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="94"/>
        <source>Sending was interrupted at the moment the reply went to the server: it may have been sent.</source>
        <translation>Отправка прервалась в тот момент, когда ответ уходил на сервер: возможно, он уже отправлен.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="97"/>
        <source>The discount-code pool {pool} has no free codes left.</source>
        <translation>В наборе кодов скидок {pool} не осталось свободных кодов.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="98"/>
        <source>Add codes to the pool, then retry.</source>
        <translation>Добавьте коды в набор, затем повторите.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="100"/>
        <source>The disk is full ({folder}).</source>
        <translation>Диск заполнен ({folder}).</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="101"/>
        <source>Free some space; the sync goes on by itself then.</source>
        <translation>Освободите место; после этого синхронизация продолжится сама.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="103"/>
        <source>The database file is damaged.</source>
        <translation>Файл базы данных повреждён.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="104"/>
        <source>Restore the latest backup: shopinbox restore --latest.</source>
        <translation>Восстановите последнюю резервную копию: shopinbox restore --latest.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="106"/>
        <source>The database is busy.</source>
        <translation>База данных занята.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="107"/>
        <source>Nothing to do: shopinbox tries again.</source>
        <translation>Ничего делать не нужно: shopinbox попробует ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="109"/>
        <source>There is no account named {name}.</source>
        <translation>Учётной записи с именем {name} нет.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="110"/>
        <source>See the list of accounts.</source>
        <translation>Посмотрите список учётных записей.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="112"/>
        <source>An account named {name} already exists.</source>
        <translation>Учётная запись с именем {name} уже существует.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="113"/>
        <source>Choose another name.</source>
        <translation>Выберите другое имя.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="115"/>
        <source>Accounts of kind {kind} cannot be used here.</source>
        <translation>Учётные записи типа {kind} здесь использовать нельзя.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="116"/>
        <source>Install the channel&apos;s package, or remove the account.</source>
        <translation>Установите пакет этого канала или удалите учётную запись.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="118"/>
        <source>That is not a valid token.</source>
        <translation>Это не действительный токен.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="119"/>
        <source>Paste the whole token, just as the service gave it.</source>
        <translation>Вставьте токен целиком, точно так, как его выдал сервис.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="130"/>
        <source>No {protocol} server is known for {address}.</source>
        <translation>Сервер {protocol} для {address} неизвестен.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="131"/>
        <source>Type the server name in the account settings.</source>
        <translation>Введите имя сервера в настройках учётной записи.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="133"/>
        <source>The {protocol} security setting must be ssl, starttls or none.</source>
        <translation>Защита {protocol} должна быть ssl, starttls или none.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="134"/>
        <source>Choose one of them.</source>
        <translation>Выберите одно из них.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="136"/>
        <source>The server {host} does not offer {feature}.</source>
        <translation>Сервер {host} не поддерживает {feature}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="137"/>
        <source>Check the security setting of the account.</source>
        <translation>Проверьте настройку защиты учётной записи.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="139"/>
        <source>The server {host} answered in a way shopinbox did not expect.</source>
        <translation>Сервер {host} ответил не так, как ожидал shopinbox.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="140"/>
        <source>Nothing to do: shopinbox tries again later; if it keeps happening, send the log file to support.</source>
        <translation>Ничего делать не нужно: shopinbox попробует позже; если это повторяется, отправьте файл журнала в поддержку.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="142"/>
        <source>Account {account} reads its secret from the environment variable {variable}, which is not set.</source>
        <translation>Учётная запись {account} берёт секрет из переменной окружения {variable}, но она не задана.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="143"/>
        <source>Set the variable before starting shopinbox, or enter the secret in the account settings.</source>
        <translation>Задайте эту переменную до запуска shopinbox или введите секрет в настройках учётной записи.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="145"/>
        <source>No password was given.</source>
        <translation>Пароль не указан.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="146"/>
        <source>Type the password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="148"/>
        <source>The CA file {file} could not be read as a certificate.</source>
        <translation>Файл CA {file} не удалось прочитать как сертификат.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="149"/>
        <source>Choose the CA certificate (a .pem or .crt file) that the server&apos;s administrator gave you.</source>
        <translation>Выберите сертификат CA (файл .pem или .crt), который дал администратор сервера.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="151"/>
        <source>This service&apos;s sign-in tokens change at every renewal, so they can only be kept in a keyring (password store), and none was found on this computer.</source>
        <translation>Токены входа этого сервиса меняются при каждом обновлении, поэтому их можно хранить только в связке ключей (хранилище паролей), а на этом компьютере её нет.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="152"/>
        <source>Install one (e.g. gnome-keyring), sign in to the desktop again so that it is unlocked, then add the account.</source>
        <translation>Установите её (например, gnome-keyring), войдите в систему заново, чтобы она разблокировалась, затем добавьте учётную запись.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="154"/>
        <source>The keyring (password store) could not be read or written.</source>
        <translation>Не удалось прочитать или записать хранилище паролей.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="155"/>
        <source>Unlock it and retry, or keep the secret in an environment variable.</source>
        <translation>Разблокируйте его и повторите или храните секрет в переменной окружения.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="157"/>
        <source>The file is too large to be sent or fetched there.</source>
        <translation>Файл слишком большой, чтобы отправить или получить его там.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="158"/>
        <source>Send a smaller file, or a link to it.</source>
        <translation>Отправьте файл поменьше или ссылку на него.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="160"/>
        <source>The customer has not written yet, so there is no channel to answer on.</source>
        <translation>Клиент ещё не писал, поэтому нет канала для ответа.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="161"/>
        <source>Choose a channel for the reply.</source>
        <translation>Выберите канал для ответа.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="163"/>
        <source>There is no channel {channel}.</source>
        <translation>Канала {channel} нет.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="164"/>
        <source>Choose another channel.</source>
        <translation>Выберите другой канал.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="166"/>
        <source>No {channel} account is set up.</source>
        <translation>Учётная запись {channel} не настроена.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="167"/>
        <source>Add one in the settings, or reply on another channel.</source>
        <translation>Добавьте её в настройках или ответьте через другой канал.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="169"/>
        <source>The reply is empty.</source>
        <translation>Ответ пустой.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="170"/>
        <source>Write some text or attach a file.</source>
        <translation>Напишите текст или приложите файл.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="172"/>
        <source>The note is empty.</source>
        <translation>Заметка пуста.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="173"/>
        <source>Write the note first.</source>
        <translation>Сначала напишите заметку.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="175"/>
        <source>A call&apos;s length must be between 0 and {max} minutes.</source>
        <translation>Длительность звонка должна быть от 0 до {max} минут.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="176"/>
        <source>Give the length in whole minutes.</source>
        <translation>Укажите длительность в целых минутах.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="178"/>
        <source>{outcome} is not an outcome of a call.</source>
        <translation>{outcome} — не итог звонка.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="179"/>
        <source>Choose one of: {choices}.</source>
        <translation>Выберите один из вариантов: {choices}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="181"/>
        <source>The call&apos;s time {when} is in the future.</source>
        <translation>Время звонка {when} ещё не наступило.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="182"/>
        <source>Give the time the call took place, or leave it empty for now.</source>
        <translation>Укажите, когда был звонок, или оставьте поле пустым (сейчас).</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="184"/>
        <source>A user needs a name.</source>
        <translation>Пользователю нужно имя.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="185"/>
        <source>Type the name of the person.</source>
        <translation>Введите имя этого человека.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="187"/>
        <source>{user} sent a reply to this customer meanwhile.</source>
        <translation>{user} тем временем ответил(а) этому клиенту.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="188"/>
        <source>Read it first, then send yours if it is still needed.</source>
        <translation>Сначала прочитайте его, затем отправьте свой, если он ещё нужен.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="190"/>
        <source>There is no customer with id {id}.</source>
        <translation>Клиента с идентификатором {id} нет.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="191"/>
        <source>The customer may have been merged into another one; look them up again.</source>
        <translation>Возможно, клиент был объединён с другим; найдите его заново.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="193"/>
        <source>There is no message with id {id}.</source>
        <translation>Сообщения с идентификатором {id} нет.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="194"/>
        <source>Refresh the list and try again.</source>
        <translation>Обновите список и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="196"/>
        <source>Some values are still missing: {names}.</source>
        <translation>Всё ещё не хватает некоторых значений: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="197"/>
        <source>Fill them in or fix them in the text, then send.</source>
        <translation>Заполните или исправьте их в тексте, затем отправьте.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="199"/>
        <source>There is no database in {folder} yet.</source>
        <translation>В папке {folder} ещё нет базы данных.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="200"/>
        <source>Start shopinbox once, or restore a backup.</source>
        <translation>Запустите shopinbox один раз или восстановите резервную копию.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="202"/>
        <source>A team database on PostgreSQL is backed up on its server.</source>
        <translation>Командная база данных PostgreSQL копируется на её сервере.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="203"/>
        <source>Use pg_dump on the database server.</source>
        <translation>Используйте pg_dump на сервере базы данных.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="205"/>
        <source>The file {file} is not a usable shopinbox backup.</source>
        <translation>Файл {file} не является пригодной резервной копией shopinbox.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="206"/>
        <source>Choose another backup (shopinbox backup --list).</source>
        <translation>Выберите другую резервную копию (shopinbox backup --list).</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="208"/>
        <source>The service did not accept the app&apos;s client id or client secret.</source>
        <translation>Сервис не принял client id или client secret приложения.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="209"/>
        <source>Copy both again from the page where the shop registered its app.</source>
        <translation>Скопируйте оба заново со страницы, где магазин зарегистрировал приложение.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="211"/>
        <source>The sign-in was refused on the service&apos;s page.</source>
        <translation>На странице сервиса во входе отказано.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="212"/>
        <source>Sign in again and allow access for shopinbox.</source>
        <translation>Войдите снова и разрешите доступ для shopinbox.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="214"/>
        <source>The sign-in code expired before it was confirmed.</source>
        <translation>Код входа истёк до подтверждения.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="215"/>
        <source>Sign in again and confirm the code sooner.</source>
        <translation>Войдите снова и подтвердите код быстрее.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="217"/>
        <source>Line {line} of the template cannot be read.</source>
        <translation>Строку {line} шаблона не удаётся прочитать.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="218"/>
        <source>Check the placeholders and the if/for blocks on that line: each one opened must be closed.</source>
        <translation>Проверьте поля и блоки if/for в этой строке: каждый открытый должен быть закрыт.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="220"/>
        <source>Line {line}: {what} is not available in promo templates.</source>
        <translation>Строка {line}: {what} недоступно в шаблонах ответов.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="221"/>
        <source>Use values, if/else, simple filters such as upper, and one loop over data.</source>
        <translation>Используйте значения, if/else, простые фильтры, например upper, и один цикл по данным.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="223"/>
        <source>Line {line}: names starting with _ are not allowed.</source>
        <translation>Строка {line}: имена, начинающиеся с _, запрещены.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="224"/>
        <source>Use the values the preview lists.</source>
        <translation>Используйте значения, перечисленные у предпросмотра.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="226"/>
        <source>Line {line}: only ask(&quot;field name&quot;) can be called in a promo template.</source>
        <translation>Строка {line}: в шаблоне ответа можно вызывать только ask(&quot;имя поля&quot;).</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="227"/>
        <source>Remove the other call.</source>
        <translation>Уберите другой вызов.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="229"/>
        <source>Line {line}: ask(…) needs a field name.</source>
        <translation>Строка {line}: ask(…) нужно имя поля.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="230"/>
        <source>Write the name in quotes, e.g. ask(&quot;size&quot;).</source>
        <translation>Напишите имя в кавычках, например ask(&quot;размер&quot;).</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="232"/>
        <source>Line {line}: loops inside loops are not available.</source>
        <translation>Строка {line}: циклы внутри циклов недоступны.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="233"/>
        <source>Use one loop, e.g. over order.lines.</source>
        <translation>Используйте один цикл, например по order.lines.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="235"/>
        <source>Line {line}: a loop can only go over data.</source>
        <translation>Строка {line}: цикл может идти только по данным.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="236"/>
        <source>Loop over a list of values, e.g. order.lines.</source>
        <translation>Пройдите циклом по списку значений, например order.lines.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="238"/>
        <source>The template is longer than {limit} characters.</source>
        <translation>Шаблон длиннее {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="239"/>
        <source>Shorten it.</source>
        <translation>Сократите его.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="241"/>
        <source>The text would be longer than {limit} characters.</source>
        <translation>Текст был бы длиннее {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="242"/>
        <source>Shorten the template or what it repeats.</source>
        <translation>Сократите шаблон или то, что он повторяет.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="244"/>
        <source>The template nests brackets or blocks, joins with ~ or repeats with * more than a promo template may.</source>
        <translation>Шаблон вкладывает скобки или блоки, соединяет через ~ или повторяет через * больше, чем допустимо в шаблоне ответа.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="245"/>
        <source>Keep to at most {joins} ~ joins, {levels} nested levels and {repeats} * repeats.</source>
        <translation>Используйте не более {joins} соединений ~, {levels} уровней вложенности и {repeats} повторов *.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="247"/>
        <source>The template takes too long to render.</source>
        <translation>Шаблон заполняется слишком долго.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="248"/>
        <source>Make it simpler: fewer loops and filters.</source>
        <translation>Упростите его: меньше циклов и фильтров.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="250"/>
        <source>{name} is missing and cannot be left out here.</source>
        <translation>Нет значения {name}, а здесь его нельзя пропустить.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="251"/>
        <source>Preview with a customer who has it, or give a default: | default(&quot;…&quot;).</source>
        <translation>Выберите для предпросмотра клиента, у которого оно есть, или задайте значение по умолчанию: | default(&quot;…&quot;).</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="253"/>
        <source>The template tried something that is not allowed.</source>
        <translation>Шаблон попытался сделать что-то запрещённое.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="254"/>
        <source>Use only the values the preview lists.</source>
        <translation>Используйте только значения, перечисленные у предпросмотра.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="256"/>
        <source>The template cannot be rendered.</source>
        <translation>Шаблон не удаётся заполнить.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="257"/>
        <source>Check it for mistakes; if it looks right, send the log file to support.</source>
        <translation>Проверьте его на ошибки; если всё верно, отправьте файл журнала в поддержку.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="259"/>
        <source>Something went wrong inside shopinbox.</source>
        <translation>Внутри shopinbox что-то пошло не так.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="260"/>
        <source>Try again; if it keeps happening, send the log file to support.</source>
        <translation>Попробуйте ещё раз; если это повторяется, отправьте файл журнала в поддержку.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="293"/>
        <source>{service} asks to wait until {until}.</source>
        <translation>{service} просит подождать до {until}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="121"/>
        <source>The token does not allow this (a right such as messages is missing).</source>
        <translation>Токен этого не позволяет (не хватает права, например на сообщения).</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="122"/>
        <source>Create a token with the needed rights and enter it in the account settings.</source>
        <translation>Создайте токен с нужными правами и введите его в настройках учётной записи.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="124"/>
        <source>The token does not belong to the community {group}.</source>
        <translation>Токен не принадлежит сообществу {group}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="125"/>
        <source>Check the community id, or create the token in that community&apos;s settings.</source>
        <translation>Проверьте ID сообщества или создайте токен в настройках этого сообщества.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="127"/>
        <source>The community&apos;s Long Poll API is off, and the token may not switch it on.</source>
        <translation>Long Poll API сообщества выключен, а токен не может его включить.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_text.py" line="128"/>
        <source>In the community, open Manage → API usage → Long Poll API, turn it on (API 5.199) with the message events, then retry.</source>
        <translation>В сообществе откройте Управление → Работа с API → Long Poll API, включите его (API 5.199) с событиями сообщений и повторите попытку.</translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="51"/>
        <source>Generate codes</source>
        <translation>Создание кодов</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="67"/>
        <source>Pattern</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="68"/>
        <source>How many</source>
        <translation>Сколько</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="74"/>
        <source># a digit, ? a letter, * either; anything else stays as written.</source>
        <translation># цифра, ? буква, * то или другое; остальное остаётся как есть.</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="79"/>
        <source>This pattern makes no codes yet.</source>
        <translation>Этот шаблон пока не создаёт кодов.</translation>
    </message>
    <message>
        <location filename="../../ui/promos/code_pools.py" line="83"/>
        <source>It can make {count} different codes.</source>
        <translation>По нему можно создать разных кодов: {count}.</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <location filename="../../ui/inbox/inbox_delegate.py" line="71"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/inbox_delegate.py" line="105"/>
        <source>snoozed</source>
        <translation>отложено</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/inbox_delegate.py" line="107"/>
        <source>done</source>
        <translation>завершено</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <location filename="../../ui/inbox/inbox_panel.py" line="79"/>
        <source>Search everything  ( / )</source>
        <translation>Искать везде  ( / )</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/inbox_panel.py" line="83"/>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/inbox_panel.py" line="83"/>
        <source>Snoozed</source>
        <translation>Отложенные</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/inbox_panel.py" line="84"/>
        <source>Done</source>
        <translation>Завершённые</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/inbox_panel.py" line="84"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/inbox_panel.py" line="88"/>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/inbox_panel.py" line="96"/>
        <source>Unread only</source>
        <translation>Только непрочитанные</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/inbox_panel.py" line="101"/>
        <source>Everyone&apos;s</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/inbox_panel.py" line="101"/>
        <source>Mine</source>
        <translation>Мои</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/inbox_panel.py" line="102"/>
        <source>Unassigned</source>
        <translation>Не назначено</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/inbox_panel.py" line="108"/>
        <source>Any request</source>
        <translation>Все запросы</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/inbox_panel.py" line="206"/>
        <source>All accounts</source>
        <translation>Все учётные записи</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/inbox_panel.py" line="207"/>
        <source>All labels</source>
        <translation>Все метки</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/inbox_panel.py" line="247"/>
        <source>Nothing here. Inbox zero!</source>
        <translation>Пусто. Все письма разобраны!</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/inbox_panel.py" line="249"/>
        <source>No conversations match these filters.</source>
        <translation>Нет разговоров, подходящих под эти фильтры.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/inbox_panel.py" line="323"/>
        <source>Nothing matches “{query}”.</source>
        <translation>Ничего не найдено по запросу «{query}».</translation>
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
        <translation>&amp;Магазин</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="195"/>
        <source>S&amp;ync now</source>
        <translation>&amp;Синхронизировать сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="198"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="199"/>
        <source>&amp;Merge suggestions…</source>
        <translation>&amp;Предложения объединить…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="200"/>
        <source>&amp;Promo replies…</source>
        <translation>&amp;Промо-ответы…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="201"/>
        <source>&amp;Reports…</source>
        <translation>&amp;Отчёты…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="202"/>
        <source>&amp;Campaigns…</source>
        <translation>&amp;Рассылки…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="204"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="205"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="206"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Горячие клавиши</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="242"/>
        <source>Next conversation</source>
        <translation>Следующий разговор</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="243"/>
        <source>Previous conversation</source>
        <translation>Предыдущий разговор</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="245"/>
        <source>Open the conversation</source>
        <translation>Открыть разговор</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="247"/>
        <source>Reply</source>
        <translation>Ответить</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="248"/>
        <source>Suggested reply (where is my order)</source>
        <translation>Предложенный ответ (где мой заказ)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="250"/>
        <source>Mark done</source>
        <translation>Отметить как завершённый</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="251"/>
        <source>Snooze</source>
        <translation>Отложить</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="252"/>
        <source>Mark unread</source>
        <translation>Отметить непрочитанным</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="253"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="254"/>
        <source>Show keyboard shortcuts</source>
        <translation>Показать горячие клавиши</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="257"/>
        <source>Send the reply</source>
        <translation>Отправить ответ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="258"/>
        <source>Insert a promo reply</source>
        <translation>Вставить шаблон ответа</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="259"/>
        <source>Leave the text field</source>
        <translation>Выйти из текстового поля</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="260"/>
        <source>Sync now</source>
        <translation>Синхронизировать сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="433"/>
        <source>Could not save the change: {error}</source>
        <translation>Не удалось сохранить изменение: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="481"/>
        <source>That order belongs to another customer.</source>
        <translation>Этот заказ принадлежит другому клиенту.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_actions.py" line="56"/>
        <source>Cannot open</source>
        <translation>Не удаётся открыть</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_actions.py" line="72"/>
        <source>No program for this file</source>
        <translation>Нет программы для этого файла</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_actions.py" line="73"/>
        <source>No program on this computer opens “{name}”. Save it to a folder instead?</source>
        <translation>Ни одна программа на этом компьютере не открывает «{name}». Сохранить файл в папку?</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_actions.py" line="83"/>
        <source>Downloading the attachment… {percent} %</source>
        <translation>Загрузка вложения… {percent} %</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_actions.py" line="95"/>
        <source>Save attachment</source>
        <translation>Сохранить вложение</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_actions.py" line="102"/>
        <source>Cannot save</source>
        <translation>Не удаётся сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_actions.py" line="132"/>
        <source>Cannot merge</source>
        <translation>Не удаётся объединить</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_actions.py" line="127"/>
        <source>Merged. Use “Undo merge” to take it back.</source>
        <translation>Объединено. «Отменить объединение» вернёт как было.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_actions.py" line="136"/>
        <source>The merge was undone: both customers are separate again.</source>
        <translation>Объединение отменено: клиенты снова разделены.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_actions.py" line="140"/>
        <source>Cannot undo</source>
        <translation>Не удаётся отменить</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/common/dialogs.py" line="82"/>
        <source>Merge customers</source>
        <translation>Объединить клиентов</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="83"/>
        <source>Choose who “{name}” really is. The other customer&apos;s messages, addresses and orders move here. You can undo it.</source>
        <translation>Выберите, кто на самом деле «{name}». Сообщения, адреса и заказы другого клиента перейдут сюда. Это можно отменить.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="89"/>
        <source>Search by name</source>
        <translation>Поиск по имени</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="94"/>
        <location filename="../../ui/common/dialogs.py" line="172"/>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="159"/>
        <source>“{remains}” remains. From “{moves}” move here: {messages} message(s), {identities} address(es) and number(s), {orders} order(s); “{moves}” disappears from the list. You can undo it with “Undo merge”. Merge?</source>
        <translation>Остаётся «{remains}». От «{moves}» сюда переходят: сообщений — {messages}, адресов и номеров — {identities}, заказов — {orders}; «{moves}» исчезает из списка. Это можно отменить кнопкой «Отменить объединение». Объединить?</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="165"/>
        <source>Yes, merge</source>
        <translation>Да, объединить</translation>
    </message>
</context>
<context>
    <name>OrderSourcesTab</name>
    <message>
        <location filename="../../ui/settings/order_sources.py" line="67"/>
        <source>Orders from the shop&apos;s web store and from export files appear in each customer&apos;s panel, next to the conversation.</source>
        <translation>Заказы из интернет-магазина и из файлов выгрузки появляются в панели каждого клиента рядом с перепиской.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/order_sources.py" line="72"/>
        <source>Import a file…</source>
        <translation>Импорт файла…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/order_sources.py" line="74"/>
        <source>Add a shop</source>
        <translation>Добавить магазин</translation>
    </message>
    <message>
        <location filename="../../ui/settings/order_sources.py" line="76"/>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <location filename="../../ui/settings/order_sources.py" line="78"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/settings/order_sources.py" line="123"/>
        <source>export files</source>
        <translation>файлы выгрузки</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings/order_sources.py" line="124"/>
        <source>{name}  ·  {source}  ·  {count} order(s)</source>
        <translation>
            <numerusform>{name}  ·  {source}  ·  {count} заказ</numerusform>
            <numerusform>{name}  ·  {source}  ·  {count} заказа</numerusform>
            <numerusform>{name}  ·  {source}  ·  {count} заказов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/settings/order_sources.py" line="128"/>
        <source>error: {reason}</source>
        <translation>ошибка: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/order_sources.py" line="144"/>
        <source>No order sources yet: import an export file or add the shop&apos;s web store.</source>
        <translation>Источников заказов пока нет: импортируйте файл выгрузки или добавьте интернет-магазин.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/order_sources.py" line="185"/>
        <source>The shop was added; its orders are fetched now.</source>
        <translation>Магазин добавлен; его заказы загружаются.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/order_sources.py" line="207"/>
        <source>Fetching the orders of {name}…</source>
        <translation>Загрузка заказов из {name}…</translation>
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
            <numerusform>{name}: новых заказов: {new}, изменённых: {updated}.</numerusform>
            <numerusform>{name}: новых заказов: {new}, изменённых: {updated}.</numerusform>
            <numerusform>{name}: новых заказов: {new}, изменённых: {updated}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/settings/order_sources.py" line="224"/>
        <source>Remove order source</source>
        <translation>Удалить источник заказов</translation>
    </message>
    <message>
        <location filename="../../ui/settings/order_sources.py" line="231"/>
        <source>Remove the order source “{name}”? Its orders stay in the customers&apos; panels; adding it again under the same name takes them up again.</source>
        <translation>Удалить источник заказов «{name}»? Его заказы останутся в панелях клиентов; если добавить его снова под тем же именем, он снова их подхватит.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/order_sources.py" line="238"/>
        <source>“{name}” was removed.</source>
        <translation>«{name}» удалён.</translation>
    </message>
</context>
<context>
    <name>PhoneChannel</name>
    <message>
        <location filename="../../channels/phone/names.py" line="18"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../channels/phone/names.py" line="19"/>
        <source>Phone calls</source>
        <translation>Телефонные звонки</translation>
    </message>
    <message>
        <location filename="../../channels/phone/names.py" line="20"/>
        <source>Log a call</source>
        <translation>Записать звонок</translation>
    </message>
    <message>
        <location filename="../../channels/phone/names.py" line="21"/>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../../channels/phone/names.py" line="22"/>
        <source>Log a call…</source>
        <translation>Записать звонок…</translation>
    </message>
    <message>
        <location filename="../../channels/phone/names.py" line="30"/>
        <source>Talked</source>
        <translation>Поговорили</translation>
    </message>
    <message>
        <location filename="../../channels/phone/names.py" line="31"/>
        <source>No answer</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <location filename="../../channels/phone/names.py" line="32"/>
        <source>Left a voicemail</source>
        <translation>Оставили голосовое сообщение</translation>
    </message>
    <message>
        <location filename="../../channels/phone/names.py" line="33"/>
        <source>Call back later</source>
        <translation>Перезвонить позже</translation>
    </message>
    <message>
        <location filename="../../channels/phone/names.py" line="45"/>
        <source>Outgoing call</source>
        <translation>Исходящий звонок</translation>
    </message>
    <message>
        <location filename="../../channels/phone/names.py" line="46"/>
        <source>Incoming call</source>
        <translation>Входящий звонок</translation>
    </message>
    <message>
        <location filename="../../channels/phone/names.py" line="51"/>
        <source>{minutes} min</source>
        <translation>{minutes} мин</translation>
    </message>
</context>
<context>
    <name>PromoDialog</name>
    <message>
        <location filename="../../ui/composer/promo_dialog.py" line="24"/>
        <source>Insert a promo reply</source>
        <translation>Вставить шаблон ответа</translation>
    </message>
    <message>
        <location filename="../../ui/composer/promo_dialog.py" line="28"/>
        <source>Type a shortcut or a title</source>
        <translation>Введите сокращение или название</translation>
    </message>
    <message>
        <location filename="../../ui/composer/promo_dialog.py" line="38"/>
        <source>No promo replies yet.</source>
        <translation>Шаблонов ответов пока нет.</translation>
    </message>
</context>
<context>
    <name>PromoEditor</name>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="53"/>
        <source>Promo reply</source>
        <translation>Промо-ответ</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="69"/>
        <source>Add language…</source>
        <translation>Добавить язык…</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="97"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="98"/>
        <source>Shortcut</source>
        <translation>Сокращение</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="99"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="100"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="101"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="102"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="103"/>
        <source>Preview for customer</source>
        <translation>Предпросмотр для клиента</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="104"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="121"/>
        <source>the customer&apos;s first name</source>
        <translation>имя клиента</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="122"/>
        <source>the customer&apos;s full name</source>
        <translation>полное имя клиента</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="123"/>
        <source>the customer&apos;s email address</source>
        <translation>адрес эл. почты клиента</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="124"/>
        <source>number of the last order</source>
        <translation>номер последнего заказа</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="125"/>
        <source>its status, in the reply&apos;s language</source>
        <translation>его статус на языке ответа</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="126"/>
        <source>its total with the currency</source>
        <translation>его сумма с валютой</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="127"/>
        <source>the day it was placed</source>
        <translation>день оформления</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="128"/>
        <source>the parcel&apos;s tracking link</source>
        <translation>ссылка для отслеживания посылки</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="129"/>
        <source>the parcel&apos;s tracking number</source>
        <translation>трек-номер посылки</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="130"/>
        <source>the carrier</source>
        <translation>перевозчик</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="131"/>
        <source>where the parcel waits to be picked up</source>
        <translation>где посылка ждёт получения</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="132"/>
        <source>the shop&apos;s name</source>
        <translation>название магазина</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="133"/>
        <source>this reply&apos;s title</source>
        <translation>заголовок этого ответа</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="134"/>
        <source>a discount code, one per customer</source>
        <translation>код скидки, один на клиента</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="141"/>
        <source>Double-click a value to put it into the text.</source>
        <translation>Дважды щёлкните значение, чтобы вставить его в текст.</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="146"/>
        <source>a discount code (attach a code pool first)</source>
        <translation>код скидки (сначала привяжите пул кодов)</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="177"/>
        <source>Add language</source>
        <translation>Добавить язык</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="178"/>
        <source>Language code (e.g. de):</source>
        <translation>Код языка (например, de):</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="200"/>
        <source>Cannot render: {error}</source>
        <translation>Не удалось сформировать: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="212"/>
        <source>Missing: {names}</source>
        <translation>Не хватает: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="214"/>
        <source>Asked when inserting: {names}</source>
        <translation>Спрашивается при вставке: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="216"/>
        <source>Ready to send.</source>
        <translation>Готово к отправке.</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_editor.py" line="230"/>
        <source>Cannot save: {error}</source>
        <translation>Не удалось сохранить: {error}</translation>
    </message>
</context>
<context>
    <name>PromoLibrary</name>
    <message>
        <location filename="../../ui/promos/promo_library.py" line="41"/>
        <location filename="../../ui/promos/promo_library.py" line="92"/>
        <source>Promo replies</source>
        <translation>Промо-ответы</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_library.py" line="48"/>
        <source>Shortcut</source>
        <translation>Сокращение</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_library.py" line="48"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_library.py" line="48"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_library.py" line="49"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_library.py" line="49"/>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_library.py" line="50"/>
        <source>Codes left</source>
        <translation>Осталось кодов</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_library.py" line="51"/>
        <source>New…</source>
        <translation>Новый…</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_library.py" line="52"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_library.py" line="53"/>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_library.py" line="54"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_library.py" line="70"/>
        <source>Replies</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_library.py" line="71"/>
        <source>Discount codes</source>
        <translation>Коды скидок</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_library.py" line="143"/>
        <source>Delete promo reply</source>
        <translation>Удалить промо-ответ</translation>
    </message>
    <message>
        <location filename="../../ui/promos/promo_library.py" line="144"/>
        <source>Delete this promo reply? Discount codes already given stay recorded.</source>
        <translation>Удалить этот промо-ответ? Уже выданные промокоды останутся в записях.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../ui/reports/report_format.py" line="22"/>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_format.py" line="30"/>
        <source>{value} min</source>
        <translation>{value} мин</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_format.py" line="32"/>
        <source>{value} h</source>
        <translation>{value} ч</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_format.py" line="33"/>
        <source>{value} d</source>
        <translation>{value} дн.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="80"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="84"/>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="84"/>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="85"/>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="85"/>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="86"/>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="86"/>
        <source>Custom range</source>
        <translation>Свой период</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="99"/>
        <source>All channels and accounts</source>
        <translation>Все каналы и аккаунты</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="104"/>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="105"/>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="106"/>
        <source>To:</source>
        <translation>По:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="107"/>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="118"/>
        <source>First response, median</source>
        <translation>Первый ответ, медиана</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="119"/>
        <source>First response, 90% of customers within</source>
        <translation>Первый ответ 90% клиентам в пределах</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="120"/>
        <source>Answered within an hour</source>
        <translation>Отвечено в течение часа</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="121"/>
        <source>Waiting for a reply now</source>
        <translation>Ждут ответа сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="122"/>
        <source>Snoozed, coming back today</source>
        <translation>Отложены, вернутся сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="131"/>
        <source>First response time by week</source>
        <translation>Время первого ответа по неделям</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="132"/>
        <source>Time to done by week</source>
        <translation>Время до решения по неделям</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="133"/>
        <source>Answered within 1 h, 4 h and 24 h</source>
        <translation>Ответы в течение 1, 4 и 24 ч</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="135"/>
        <source>Messages received and sent</source>
        <translation>Полученные и отправленные сообщения</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="136"/>
        <source>Received by channel and account</source>
        <translation>Полученные по каналам и аккаунтам</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="138"/>
        <source>When customers write (weekday × hour)</source>
        <translation>Когда пишут клиенты (день недели × час)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="140"/>
        <source>New and returning customers</source>
        <translation>Новые и вернувшиеся клиенты</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="142"/>
        <source>Waiting for a reply, by how long</source>
        <translation>Ждут ответа, по времени ожидания</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="143"/>
        <source>Order revenue: customers who wrote and who did not</source>
        <translation>Выручка заказов: клиенты, которые писали, и которые нет</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="145"/>
        <source>Orders: customers who wrote and who did not</source>
        <translation>Заказы: клиенты, которые писали, и которые нет</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="147"/>
        <source>Orders customers wrote about</source>
        <translation>Заказы, о которых писали клиенты</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="148"/>
        <source>Discount codes handed out</source>
        <translation>Выданные промокоды</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="149"/>
        <source>What customers asked</source>
        <translation>О чём спрашивали клиенты</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="189"/>
        <source>Computing…</source>
        <translation>Считаю…</translation>
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
        <translation>Не удалось посчитать отчёт.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="241"/>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="257"/>
        <source>Times count business hours only.</source>
        <translation>Время считается только в рабочие часы.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="258"/>
        <source>Times count every hour of the day: the shop has set no business hours.</source>
        <translation>Время считается круглосуточно: у магазина не заданы рабочие часы.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="291"/>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="301"/>
        <location filename="../../ui/reports/reports_view.py" line="305"/>
        <location filename="../../ui/reports/reports_view.py" line="311"/>
        <source>{channel}, median</source>
        <translation>{channel}, медиана</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="303"/>
        <location filename="../../ui/reports/reports_view.py" line="307"/>
        <source>{channel}, 90th percentile</source>
        <translation>{channel}, 90-й перцентиль</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="314"/>
        <location filename="../../ui/reports/reports_view.py" line="348"/>
        <location filename="../../ui/reports/reports_view.py" line="373"/>
        <source>Week from</source>
        <translation>Неделя с</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="318"/>
        <source>An exchange is done at the shop&apos;s last reply before the customer writes again, or when the conversation is marked done.</source>
        <translation>Обмен решён на последнем ответе магазина перед новым письмом клиента или когда разговор отмечен как решённый.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="324"/>
        <source>within {hours} h</source>
        <translation>в течение {hours} ч</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="327"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="348"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="350"/>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="350"/>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reports/reports_view.py" line="362"/>
        <source>{day} {start}:00–{end}:00: %n message(s)</source>
        <translation>
            <numerusform>{day} {start}:00–{end}:00: %n сообщение</numerusform>
            <numerusform>{day} {start}:00–{end}:00: %n сообщения</numerusform>
            <numerusform>{day} {start}:00–{end}:00: %n сообщений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="367"/>
        <source>Weekday / hour</source>
        <translation>День / час</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="374"/>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="375"/>
        <source>Returning</source>
        <translation>Вернувшиеся</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="379"/>
        <source>{customers} wrote in this period: {new} for the first time, {back} again.</source>
        <translation>Писали за период: {customers}, из них {new} впервые, {back} снова.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="384"/>
        <source>under 1 h</source>
        <translation>меньше 1 ч</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="384"/>
        <source>1–4 h</source>
        <translation>1–4 ч</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="385"/>
        <source>4–24 h</source>
        <translation>4–24 ч</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="385"/>
        <source>1–3 days</source>
        <translation>1–3 дня</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="386"/>
        <source>3–7 days</source>
        <translation>3–7 дней</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="386"/>
        <source>over 7 days</source>
        <translation>больше 7 дней</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="387"/>
        <source>Waiting</source>
        <translation>Ждут</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="388"/>
        <source>Conversations</source>
        <translation>Разговоры</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="389"/>
        <source>Open conversations whose customer waits for an answer, now (not limited to the period).</source>
        <translation>Открытые разговоры, где клиент сейчас ждёт ответа (вне зависимости от периода).</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="404"/>
        <source>Wrote to the shop</source>
        <translation>Писали в магазин</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="404"/>
        <source>Did not write</source>
        <translation>Не писали</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="405"/>
        <location filename="../../ui/reports/reports_view.py" line="408"/>
        <location filename="../../ui/reports/reports_view.py" line="420"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="412"/>
        <source>Revenue in {currency}.</source>
        <translation>Выручка в {currency}.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="414"/>
        <source>Orders in {currencies} are counted but not added up.</source>
        <translation>Заказы в {currencies} посчитаны, но не суммированы.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="421"/>
        <source>Messages naming an order</source>
        <translation>Сообщения с номером заказа</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="423"/>
        <source>Orders named</source>
        <translation>Упомянутые заказы</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="425"/>
        <source>Messages in which customers name the number of one of their orders.</source>
        <translation>Сообщения, в которых клиенты называют номер одного из своих заказов.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="429"/>
        <source>{pool} ({promo})</source>
        <translation>{pool} ({promo})</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="435"/>
        <source>Orders that used a code</source>
        <translation>Заказы с кодом</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="437"/>
        <source>Code pool</source>
        <translation>Набор кодов</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="446"/>
        <source>{pool}: revenue {revenue}</source>
        <translation>{pool}: выручка {revenue}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="453"/>
        <source>something else</source>
        <translation>другое</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="454"/>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="455"/>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="457"/>
        <source>Messages customers sent in the period, by what the newest guess says they want; corrections in the timeline teach it.</source>
        <translation>Сообщения клиентов за период по тому, чего они, по оценке, хотят; исправления в ленте обучают оценку.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="431"/>
        <source>Codes handed out</source>
        <translation>Выдано кодов</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="432"/>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="440"/>
        <source>Redemptions and their revenue appear once orders carry discount codes.</source>
        <translation>Использования кодов и их выручка появятся, когда заказы будут содержать промокоды.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../ui/inbox/search_model.py" line="58"/>
        <source>Customers ({count})</source>
        <translation>Клиенты ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/search_model.py" line="59"/>
        <source>Orders ({count})</source>
        <translation>Заказы ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/search_model.py" line="60"/>
        <source>Messages ({count})</source>
        <translation>Сообщения ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/search_model.py" line="130"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/search_model.py" line="133"/>
        <source>shop</source>
        <translation>магазин</translation>
    </message>
    <message>
        <location filename="../../ui/inbox/search_model.py" line="133"/>
        <source>customer</source>
        <translation>клиент</translation>
    </message>
</context>
<context>
    <name>SecretStoreChoice</name>
    <message>
        <location filename="../../ui/settings/secret_store.py" line="46"/>
        <source>No keyring (password store) was found on this computer, so the secret cannot be kept there.</source>
        <translation>На этом компьютере не найдено хранилище паролей (связка ключей), поэтому секрет нельзя сохранить в нём.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/secret_store.py" line="49"/>
        <source>Keep it in the system keyring</source>
        <translation>Хранить в системной связке ключей</translation>
    </message>
    <message>
        <location filename="../../ui/settings/secret_store.py" line="51"/>
        <source>Read it from an environment variable</source>
        <translation>Читать из переменной окружения</translation>
    </message>
    <message>
        <location filename="../../ui/settings/secret_store.py" line="52"/>
        <source>For a headless service, or a computer without a keyring.</source>
        <translation>Для службы без окна или компьютера без связки ключей.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/secret_store.py" line="61"/>
        <source>shopinbox reads the secret from this variable whenever it connects; set it where shopinbox runs (for example export {name}=… before starting it). Only its name is saved.</source>
        <translation>shopinbox читает секрет из этой переменной при каждом подключении; задайте её там, где работает shopinbox (например, export {name}=… перед запуском). Сохраняется только её имя.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/secret_store.py" line="96"/>
        <source>The macOS Keychain should be there: open Keychain Access, check that the login keychain is unlocked, then restart shopinbox.</source>
        <translation>Связка ключей macOS должна быть на месте: откройте «Связку ключей», проверьте, что связка «login» разблокирована, и перезапустите shopinbox.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/secret_store.py" line="99"/>
        <source>Windows Credential Manager should be there: sign in to Windows with your own user account, then restart shopinbox.</source>
        <translation>Диспетчер учётных данных Windows должен быть на месте: войдите в Windows под своей учётной записью и перезапустите shopinbox.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/secret_store.py" line="101"/>
        <source>To get one, install GNOME Keyring (package gnome-keyring) or KWallet, sign in to the desktop again so that it is unlocked, then restart shopinbox. Until then, use an environment variable.</source>
        <translation>Чтобы оно появилось, установите GNOME Keyring (пакет gnome-keyring) или KWallet, заново войдите в рабочий стол, чтобы хранилище разблокировалось, и перезапустите shopinbox. До тех пор используйте переменную окружения.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/secret_store.py" line="121"/>
        <source>“{name}” is not a variable name: use letters, digits and _ only.</source>
        <translation>«{name}» — не имя переменной: используйте только буквы, цифры и _.</translation>
    </message>
</context>
<context>
    <name>SegmentEditor</name>
    <message>
        <location filename="../../ui/campaigns/segment_editor.py" line="41"/>
        <source>e.g. pl, ru</source>
        <translation>например, pl, ru</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/segment_editor.py" line="43"/>
        <source>Any channel</source>
        <translation>Любой канал</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/segment_editor.py" line="52"/>
        <source>SKU or part of the name</source>
        <translation>Артикул или часть названия</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/segment_editor.py" line="54"/>
        <source>Anyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/segment_editor.py" line="55"/>
        <source>With marketing consent</source>
        <translation>С согласием на рассылку</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/segment_editor.py" line="56"/>
        <source>Without marketing consent</source>
        <translation>Без согласия на рассылку</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/segment_editor.py" line="58"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/segment_editor.py" line="59"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/segment_editor.py" line="60"/>
        <source>Reachable on</source>
        <translation>Доступны через</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/segment_editor.py" line="61"/>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/segment_editor.py" line="62"/>
        <source>At least this many orders</source>
        <translation>Не меньше заказов</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/segment_editor.py" line="63"/>
        <source>Lifetime value at least</source>
        <translation>Сумма покупок не меньше</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/segment_editor.py" line="64"/>
        <source>Bought a product</source>
        <translation>Купили товар</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/segment_editor.py" line="65"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/segment_editor.py" line="68"/>
        <source>Save segment</source>
        <translation>Сохранить сегмент</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/segment_editor.py" line="119"/>
        <location filename="../../ui/campaigns/segment_editor.py" line="133"/>
        <source>This filter cannot be used.</source>
        <translation>Этот фильтр нельзя использовать.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/campaigns/segment_editor.py" line="124"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n клиент</numerusform>
            <numerusform>%n клиента</numerusform>
            <numerusform>%n клиентов</numerusform>
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
        <translation>Нет (без шифрования)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="204"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="207"/>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="212"/>
        <source>Order sources</source>
        <translation>Источники заказов</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="214"/>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="215"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="230"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="237"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="239"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="267"/>
        <source>error: {reason}</source>
        <translation>ошибка: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="281"/>
        <source>Not available yet</source>
        <translation>Пока недоступно</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="282"/>
        <source>This version cannot set up “{kind}” accounts yet.</source>
        <translation>Эта версия пока не умеет добавлять учётные записи типа «{kind}».</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="302"/>
        <location filename="../../ui/settings/settings_dialog.py" line="324"/>
        <source>Remove account</source>
        <translation>Удалить учётную запись</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="309"/>
        <source>Remove “{name}” and the {count} messages fetched through it? They can be fetched again by adding the account back.</source>
        <translation>Удалить «{name}» и загруженные через неё сообщения ({count})? Их можно загрузить снова, если добавить учётную запись ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="331"/>
        <source>Back up now</source>
        <translation>Создать копию сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="333"/>
        <source>Restore the latest…</source>
        <translation>Восстановить последнюю…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="335"/>
        <source>Restore the selected…</source>
        <translation>Восстановить выбранную…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="348"/>
        <source>A copy of the database is taken every day (the last seven are kept) and before every upgrade.</source>
        <translation>Копия базы данных создаётся каждый день (хранятся семь последних) и перед каждым обновлением.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="357"/>
        <source>daily</source>
        <translation>ежедневная</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="357"/>
        <source>taken by hand</source>
        <translation>создана вручную</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="358"/>
        <source>before a restore</source>
        <translation>перед восстановлением</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="362"/>
        <source>before an upgrade</source>
        <translation>перед обновлением</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="384"/>
        <source>No backups yet.</source>
        <translation>Резервных копий пока нет.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="393"/>
        <source>Backing up…</source>
        <translation>Создание копии…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="399"/>
        <source>Backed up to {file}.</source>
        <translation>Копия сохранена в {file}.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="410"/>
        <source>Choose a backup in the list first.</source>
        <translation>Сначала выберите копию в списке.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="413"/>
        <source>Put back the backup of {when}? The messages, customers and replies stored since then are replaced by that copy; the current database is kept as a backup too, so this can be undone. The sync stops while the backup is put back.</source>
        <translation>Восстановить копию от {when}? Сообщения, клиенты и ответы, сохранённые с тех пор, будут заменены этой копией; текущая база данных тоже сохранится как копия, так что это можно отменить. На время восстановления синхронизация останавливается.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="418"/>
        <source>Restoring…</source>
        <translation>Восстановление…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="422"/>
        <source>Restore a backup</source>
        <translation>Восстановление резервной копии</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="433"/>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="437"/>
        <source>Show a notification for new messages</source>
        <translation>Показывать уведомление о новых сообщениях</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="440"/>
        <source>Show the unread count in the system tray</source>
        <translation>Показывать число непрочитанных в системном трее</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="446"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="453"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="455"/>
        <source>Passing over a conversation (j/k, the first one at start) does not read it; Enter or a reply does.</source>
        <translation>Пролистывание разговора (j/k, первый разговор при запуске) не делает его прочитанным; Enter или ответ — делают.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="458"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="461"/>
        <source>Check for new messages every</source>
        <translation>Проверять новые сообщения каждые</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.py" line="462"/>
        <source>Mark a conversation read after it is open for</source>
        <translation>Считать разговор прочитанным, если он открыт дольше</translation>
    </message>
</context>
<context>
    <name>ShopApiForm</name>
    <message>
        <location filename="../../ui/settings/shop_form.py" line="33"/>
        <source>e.g. Web shop</source>
        <translation>например, Интернет-магазин</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_form.py" line="44"/>
        <source>optional, e.g. LH-</source>
        <translation>необязательно, например LH-</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_form.py" line="51"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_form.py" line="52"/>
        <source>Shop address</source>
        <translation>Адрес магазина</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_form.py" line="57"/>
        <source>Secret kept</source>
        <translation>Где ключ</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_form.py" line="58"/>
        <source>Order number prefix</source>
        <translation>Префикс номеров заказов</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_form.py" line="71"/>
        <source>Give the order source a name.</source>
        <translation>Дайте источнику заказов название.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_form.py" line="74"/>
        <source>Type the shop&apos;s address, starting with https://.</source>
        <translation>Введите адрес магазина, начиная с https://.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_form.py" line="76"/>
        <source>The address must start with https://: over plain http the shop&apos;s keys would travel unencrypted.</source>
        <translation>Адрес должен начинаться с https://: по обычному http ключи магазина передавались бы без шифрования.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_form.py" line="85"/>
        <source>Paste the secret.</source>
        <translation>Вставьте секретный ключ.</translation>
    </message>
</context>
<context>
    <name>ShopifyForm</name>
    <message>
        <location filename="../../sources/shopify/form.py" line="24"/>
        <source>Shopify shop</source>
        <translation>Магазин Shopify</translation>
    </message>
    <message>
        <location filename="../../sources/shopify/form.py" line="28"/>
        <source>In the Shopify admin open Settings → Apps → Develop apps, create an app with the read_orders scope, install it and copy its Admin API access token.</source>
        <translation>В админке Shopify откройте Настройки → Приложения → Разработка приложений, создайте приложение с правом read_orders, установите его и скопируйте токен доступа Admin API.</translation>
    </message>
    <message>
        <location filename="../../sources/shopify/form.py" line="34"/>
        <source>Access token</source>
        <translation>Токен доступа</translation>
    </message>
    <message>
        <location filename="../../sources/shopify/form.py" line="37"/>
        <source>Paste the Admin API access token (shpat_…).</source>
        <translation>Вставьте токен доступа Admin API (shpat_…).</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../ui/common/dialogs.py" line="181"/>
        <source>Keyboard shortcuts</source>
        <translation>Горячие клавиши</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="184"/>
        <source>Key</source>
        <translation>Клавиша</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="184"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
</context>
<context>
    <name>SmokeProbe</name>
    <message>
        <location filename="../../ui/shell/smoke.py" line="134"/>
        <source>This language</source>
        <translation>русский</translation>
    </message>
</context>
<context>
    <name>SnoozeDateDialog</name>
    <message>
        <location filename="../../ui/common/dialogs.py" line="47"/>
        <source>Snooze until</source>
        <translation>Отложить до</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="59"/>
        <source>The conversation comes back at this time, or earlier when the customer writes.</source>
        <translation>Разговор вернётся в это время или раньше, если клиент напишет.</translation>
    </message>
</context>
<context>
    <name>SuggestedReplyButton</name>
    <message>
        <location filename="../../ui/composer/suggested_reply.py" line="52"/>
        <source>Suggested reply: order {number}</source>
        <translation>Предложенный ответ: заказ {number}</translation>
    </message>
    <message>
        <location filename="../../ui/composer/suggested_reply.py" line="54"/>
        <source>The order&apos;s status and tracking link, in the customer&apos;s language; edit it before sending (w)</source>
        <translation>Статус заказа и ссылка для отслеживания, на языке клиента; перед отправкой текст можно изменить (w)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/suggested_reply.py" line="71"/>
        <source>Fill in by hand: {names}</source>
        <translation>Заполните вручную: {names}</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <location filename="../../ui/customer/suggestions_dialog.py" line="42"/>
        <source>Merge suggestions</source>
        <translation>Предложения объединить</translation>
    </message>
    <message>
        <location filename="../../ui/customer/suggestions_dialog.py" line="45"/>
        <source>Looking for customers who may be one person…</source>
        <translation>Ищем клиентов, которые могут быть одним человеком…</translation>
    </message>
    <message>
        <location filename="../../ui/customer/suggestions_dialog.py" line="50"/>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <location filename="../../ui/customer/suggestions_dialog.py" line="52"/>
        <source>Not the same person</source>
        <translation>Это разные люди</translation>
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
            <numerusform>%n предложение. Объединение переносит всё к клиенту справа; его можно отменить.</numerusform>
            <numerusform>%n предложения. Объединение переносит всё к клиенту справа; его можно отменить.</numerusform>
            <numerusform>%n предложений. Объединение переносит всё к клиенту справа; его можно отменить.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/customer/suggestions_dialog.py" line="103"/>
        <source>both have the email address {value}</source>
        <translation>у обоих адрес эл. почты {value}</translation>
    </message>
    <message>
        <location filename="../../ui/customer/suggestions_dialog.py" line="104"/>
        <source>both have the phone number {value}</source>
        <translation>у обоих номер телефона {value}</translation>
    </message>
    <message>
        <location filename="../../ui/customer/suggestions_dialog.py" line="105"/>
        <source>wrote {value} on Telegram, an email address of the other</source>
        <translation>написал(а) в Telegram {value} — адрес эл. почты другого клиента</translation>
    </message>
    <message>
        <location filename="../../ui/customer/suggestions_dialog.py" line="106"/>
        <source>wrote order number {value} on Telegram, an order of the other</source>
        <translation>написал(а) в Telegram номер заказа {value} — заказ другого клиента</translation>
    </message>
    <message>
        <location filename="../../ui/customer/suggestions_dialog.py" line="108"/>
        <source>opened the Telegram bot with {value}, which belongs to the other</source>
        <translation>открыл(а) бота в Telegram с {value}, это данные другого клиента</translation>
    </message>
    <message>
        <location filename="../../ui/customer/suggestions_dialog.py" line="110"/>
        <source>order {number} has the email address {value} of the other</source>
        <translation>в заказе {number} адрес эл. почты {value} другого клиента</translation>
    </message>
    <message>
        <location filename="../../ui/customer/suggestions_dialog.py" line="111"/>
        <source>order {number} has the phone number {value} of the other</source>
        <translation>в заказе {number} номер телефона {value} другого клиента</translation>
    </message>
    <message>
        <location filename="../../ui/customer/suggestions_dialog.py" line="112"/>
        <source>both are called {value}, on different channels — a weaker hint: check before merging</source>
        <translation>обоих зовут {value}, на разных каналах — слабая подсказка: проверьте перед объединением</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message numerus="yes">
        <location filename="../../ui/shell/status_bar.py" line="119"/>
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n разговор</numerusform>
            <numerusform>%n разговора</numerusform>
            <numerusform>%n разговоров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/status_bar.py" line="120"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n непрочитанное</numerusform>
            <numerusform>%n непрочитанных</numerusform>
            <numerusform>%n непрочитанных</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamBridge</name>
    <message>
        <location filename="../../ui/shell/team_bridge.py" line="74"/>
        <source>Someone</source>
        <translation>Кто-то</translation>
    </message>
</context>
<context>
    <name>TeamUserDialog</name>
    <message>
        <location filename="../../ui/shell/team_user_dialog.py" line="31"/>
        <source>Who works at this desktop?</source>
        <translation>Кто работает за этим компьютером?</translation>
    </message>
    <message>
        <location filename="../../ui/shell/team_user_dialog.py" line="36"/>
        <source>Someone new…</source>
        <translation>Новый человек…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/team_user_dialog.py" line="50"/>
        <source>The team shares this database. Your name is shown on your replies, notes, merges and assignments.</source>
        <translation>Команда работает с общей базой данных. Ваше имя видно на ваших ответах, заметках, объединениях и назначениях.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/team_user_dialog.py" line="52"/>
        <source>I am</source>
        <translation>Я</translation>
    </message>
    <message>
        <location filename="../../ui/shell/team_user_dialog.py" line="53"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/shell/team_user_dialog.py" line="54"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/shell/team_user_dialog.py" line="55"/>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
</context>
<context>
    <name>TelegramAccountForm</name>
    <message>
        <location filename="../../channels/telegram/form.py" line="34"/>
        <source>Telegram bot</source>
        <translation>Бот Telegram</translation>
    </message>
    <message>
        <location filename="../../channels/telegram/form.py" line="38"/>
        <source>e.g. Shop bot</source>
        <translation>напр. Бот магазина</translation>
    </message>
    <message>
        <location filename="../../channels/telegram/form.py" line="42"/>
        <source>123456789:AAE…</source>
        <translation>123456789:AAE…</translation>
    </message>
    <message>
        <location filename="../../channels/telegram/form.py" line="43"/>
        <source>In Telegram, open @BotFather, send /newbot (or /token for an existing bot) and paste the token it gives here.</source>
        <translation>В Telegram откройте @BotFather, отправьте /newbot (или /token для существующего бота) и вставьте сюда полученный токен.</translation>
    </message>
    <message>
        <location filename="../../channels/telegram/form.py" line="50"/>
        <source>optional: a self-hosted Bot API server</source>
        <translation>необязательно: свой сервер Bot API</translation>
    </message>
    <message>
        <location filename="../../channels/telegram/form.py" line="51"/>
        <source>Remove the webhook so this app receives the messages</source>
        <translation>Удалить вебхук, чтобы сообщения приходили в это приложение</translation>
    </message>
    <message>
        <location filename="../../channels/telegram/form.py" line="67"/>
        <source>Account name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../channels/telegram/form.py" line="68"/>
        <source>Bot token</source>
        <translation>Токен бота</translation>
    </message>
    <message>
        <location filename="../../channels/telegram/form.py" line="69"/>
        <source>Token kept</source>
        <translation>Где токен</translation>
    </message>
    <message>
        <location filename="../../channels/telegram/form.py" line="70"/>
        <source>API server</source>
        <translation>Сервер API</translation>
    </message>
    <message>
        <location filename="../../channels/telegram/form.py" line="76"/>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <location filename="../../channels/telegram/form.py" line="88"/>
        <source>Give the account a name.</source>
        <translation>Дайте учётной записи название.</translation>
    </message>
    <message>
        <location filename="../../channels/telegram/form.py" line="91"/>
        <source>Paste the bot token from @BotFather.</source>
        <translation>Вставьте токен бота от @BotFather.</translation>
    </message>
    <message>
        <location filename="../../channels/telegram/form.py" line="112"/>
        <source>The bot is @{username}.</source>
        <translation>Это бот @{username}.</translation>
    </message>
    <message>
        <location filename="../../channels/telegram/form.py" line="119"/>
        <source>Another tool has set a webhook ({url}), so this app would get no messages. Tick “Remove the webhook” to remove it — only if nothing else needs it.</source>
        <translation>Другая программа установила вебхук ({url}), поэтому это приложение не получало бы сообщений. Отметьте «Удалить вебхук», чтобы удалить его, — только если он больше никому не нужен.</translation>
    </message>
    <message>
        <location filename="../../channels/telegram/form.py" line="156"/>
        <source>Telegram rejected this token: it is wrong or was revoked in @BotFather. Paste the current token (/token in @BotFather).</source>
        <translation>Telegram отклонил этот токен: он неверный или отозван в @BotFather. Вставьте действующий токен (/token в @BotFather).</translation>
    </message>
    <message>
        <location filename="../../channels/telegram/form.py" line="159"/>
        <source>That is not a bot token: @BotFather gives one like 123456789:AAE…; paste it whole.</source>
        <translation>Это не токен бота: @BotFather выдаёт токен вида 123456789:AAE…; вставьте его целиком.</translation>
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
        <translation>Бот Telegram</translation>
    </message>
    <message>
        <location filename="../../channels/telegram/names.py" line="14"/>
        <source>Add a Telegram bot</source>
        <translation>Добавить бота Telegram</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <location filename="../../ui/common/formatting.py" line="60"/>
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="63"/>
        <source>{count} min</source>
        <translation>{count} мин</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="66"/>
        <source>{count} h</source>
        <translation>{count} ч</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="38"/>
        <source>failed</source>
        <translation>не отправлено</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="39"/>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="40"/>
        <source>queued</source>
        <translation>в очереди</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="41"/>
        <source>sending…</source>
        <translation>отправка…</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="42"/>
        <source>sent ✓</source>
        <translation>отправлено ✓</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="43"/>
        <source>Shop</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="44"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="45"/>
        <source>Remote images are blocked.</source>
        <translation>Картинки из интернета заблокированы.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="46"/>
        <source>Show images from this sender</source>
        <translation>Показывать картинки от этого отправителя</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="47"/>
        <source>Hide quoted text</source>
        <translation>Скрыть цитату</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="48"/>
        <source>… show quoted text</source>
        <translation>… показать цитату</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="49"/>
        <source>This message could not be read in full.</source>
        <translation>Это сообщение не удалось прочитать полностью.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="50"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="51"/>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="52"/>
        <source>not downloaded</source>
        <translation>не загружено</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="53"/>
        <source>Internal note</source>
        <translation>Внутренняя заметка</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="54"/>
        <source>seen by the team only, never sent</source>
        <translation>видна только команде, не отправляется</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="55"/>
        <source>by {name}</source>
        <translation>автор: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="56"/>
        <source>deleted on the server</source>
        <translation>удалено на сервере</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="57"/>
        <source>moved to {folder} on the server</source>
        <translation>перемещено на сервере в папку {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="58"/>
        <source>Delete here too</source>
        <translation>Удалить и здесь</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="59"/>
        <source>about order {number}</source>
        <translation>по заказу {number}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="60"/>
        <source>where is my order</source>
        <translation>где заказ</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="61"/>
        <source>return</source>
        <translation>возврат</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="62"/>
        <source>complaint</source>
        <translation>жалоба</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="63"/>
        <source>discount / price</source>
        <translation>скидка / цена</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_html.py" line="64"/>
        <source>product question</source>
        <translation>вопрос о товаре</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../ui/timeline/timeline_view.py" line="58"/>
        <source>Choose a conversation on the left.</source>
        <translation>Выберите разговор слева.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_view.py" line="117"/>
        <source>Show {count} earlier messages</source>
        <translation>Показать более ранние сообщения ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_view.py" line="135"/>
        <source>Send again?</source>
        <translation>Отправить ещё раз?</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_view.py" line="136"/>
        <source>Sending this reply was interrupted at the moment it went to the server, so it may have reached the customer already. shopinbox looks in the Sent folder first where it can. Check with the customer before sending it again.

Send it again?</source>
        <translation>Отправка этого ответа прервалась в тот момент, когда он уходил на сервер, поэтому он, возможно, уже дошёл до клиента. Где это возможно, shopinbox сначала проверяет папку «Отправленные». Прежде чем отправить его ещё раз, уточните у клиента.

Отправить его ещё раз?</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../../ui/shell/tray.py" line="40"/>
        <source>Show shopinbox</source>
        <translation>Показать shopinbox</translation>
    </message>
    <message>
        <location filename="../../ui/shell/tray.py" line="41"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/tray.py" line="68"/>
        <source>shopinbox: %n unread</source>
        <translation>
            <numerusform>shopinbox: %n непрочитанное</numerusform>
            <numerusform>shopinbox: %n непрочитанных</numerusform>
            <numerusform>shopinbox: %n непрочитанных</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/tray.py" line="79"/>
        <source>New message</source>
        <translation>Новое сообщение</translation>
    </message>
    <message>
        <location filename="../../ui/shell/tray.py" line="80"/>
        <source>A customer wrote. Click to open the conversation.</source>
        <translation>Клиент написал. Нажмите, чтобы открыть разговор.</translation>
    </message>
</context>
<context>
    <name>VkAccountForm</name>
    <message>
        <location filename="../../channels/vk/form.py" line="26"/>
        <source>VK community</source>
        <translation>Сообщество ВКонтакте</translation>
    </message>
    <message>
        <location filename="../../channels/vk/form.py" line="30"/>
        <source>e.g. Shop on VK</source>
        <translation>например, Магазин во ВКонтакте</translation>
    </message>
    <message>
        <location filename="../../channels/vk/form.py" line="33"/>
        <source>e.g. 218001234</source>
        <translation>например, 218001234</translation>
    </message>
    <message>
        <location filename="../../channels/vk/form.py" line="37"/>
        <source>In the community, open Manage → API usage → Access tokens, create a token with access to community messages and paste it here. The community id is the number in vk.com/club…</source>
        <translation>В сообществе откройте Управление → Работа с API → Ключи доступа, создайте токен с доступом к сообщениям сообщества и вставьте его сюда. ID сообщества — это число в vk.com/club…</translation>
    </message>
    <message>
        <location filename="../../channels/vk/form.py" line="46"/>
        <source>optional; default https://api.vk.ru</source>
        <translation>необязательно; по умолчанию https://api.vk.ru</translation>
    </message>
    <message>
        <location filename="../../channels/vk/form.py" line="59"/>
        <source>Account name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../channels/vk/form.py" line="60"/>
        <source>Community id</source>
        <translation>ID сообщества</translation>
    </message>
    <message>
        <location filename="../../channels/vk/form.py" line="61"/>
        <source>Community token</source>
        <translation>Токен сообщества</translation>
    </message>
    <message>
        <location filename="../../channels/vk/form.py" line="62"/>
        <source>Token kept</source>
        <translation>Где токен</translation>
    </message>
    <message>
        <location filename="../../channels/vk/form.py" line="63"/>
        <source>API server</source>
        <translation>Сервер API</translation>
    </message>
    <message>
        <location filename="../../channels/vk/form.py" line="69"/>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <location filename="../../channels/vk/form.py" line="82"/>
        <source>Give the account a name.</source>
        <translation>Дайте учётной записи название.</translation>
    </message>
    <message>
        <location filename="../../channels/vk/form.py" line="84"/>
        <source>Type the community id (the number in vk.com/club…).</source>
        <translation>Введите ID сообщества (число в vk.com/club…).</translation>
    </message>
    <message>
        <location filename="../../channels/vk/form.py" line="87"/>
        <source>Paste the community token.</source>
        <translation>Вставьте токен сообщества.</translation>
    </message>
    <message>
        <location filename="../../channels/vk/form.py" line="107"/>
        <source>The token is the community {name} (@{screen}).</source>
        <translation>Токен принадлежит сообществу {name} (@{screen}).</translation>
    </message>
    <message>
        <location filename="../../channels/vk/form.py" line="110"/>
        <source>Its Long Poll API has been switched on.</source>
        <translation>В нём включён Long Poll API.</translation>
    </message>
    <message>
        <location filename="../../channels/vk/form.py" line="134"/>
        <source>VK rejected this token: it is wrong or was deleted in the community settings. Create a new one (Manage → API usage → Access tokens).</source>
        <translation>ВКонтакте отклонил этот токен: он неверный или удалён в настройках сообщества. Создайте новый (Управление → Работа с API → Ключи доступа).</translation>
    </message>
    <message>
        <location filename="../../channels/vk/form.py" line="138"/>
        <source>This token has no access to the community&apos;s messages. Create a token with access to messages (Manage → API usage → Access tokens).</source>
        <translation>У этого токена нет доступа к сообщениям сообщества. Создайте токен с доступом к сообщениям (Управление → Работа с API → Ключи доступа).</translation>
    </message>
</context>
<context>
    <name>VkChannel</name>
    <message>
        <location filename="../../channels/vk/names.py" line="12"/>
        <location filename="../../channels/vk/names.py" line="15"/>
        <source>VK</source>
        <translation>ВКонтакте</translation>
    </message>
    <message>
        <location filename="../../channels/vk/names.py" line="13"/>
        <source>VK community</source>
        <translation>Сообщество ВКонтакте</translation>
    </message>
    <message>
        <location filename="../../channels/vk/names.py" line="14"/>
        <source>Add a VK community</source>
        <translation>Добавить сообщество ВКонтакте</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../ui/shell/welcome.py" line="18"/>
        <source>&lt;h1&gt;Welcome to shopinbox&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Добро пожаловать в shopinbox&lt;/h1&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.py" line="20"/>
        <source>All your shop&apos;s email and Telegram conversations in one place, next to each customer&apos;s orders. Start by adding an account — or look around the demo shop first.</source>
        <translation>Все разговоры магазина из почты и Telegram в одном месте, рядом с заказами каждого клиента. Начните с добавления учётной записи — или сначала осмотритесь в демо-магазине.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.py" line="32"/>
        <source>Open the demo shop</source>
        <translation>Открыть демо-магазин</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.py" line="51"/>
        <source>Preparing the demo shop…</source>
        <translation>Готовим демо-магазин…</translation>
    </message>
</context>
<context>
    <name>WindowController</name>
    <message>
        <location filename="../../ui/shell/launch.py" line="213"/>
        <source>Restore a backup</source>
        <translation>Восстановление резервной копии</translation>
    </message>
</context>
<context>
    <name>WooCommerceForm</name>
    <message>
        <location filename="../../sources/woocommerce/form.py" line="24"/>
        <source>WooCommerce shop</source>
        <translation>Магазин WooCommerce</translation>
    </message>
    <message>
        <location filename="../../sources/woocommerce/form.py" line="30"/>
        <source>In WordPress open WooCommerce → Settings → Advanced → REST API, add a key with Read access and copy both parts.</source>
        <translation>В WordPress откройте WooCommerce → Настройки → Дополнительно → REST API, добавьте ключ с правом «Чтение» и скопируйте обе части.</translation>
    </message>
    <message>
        <location filename="../../sources/woocommerce/form.py" line="34"/>
        <source>Send the key in the address</source>
        <translation>Передавать ключ в адресе</translation>
    </message>
    <message>
        <location filename="../../sources/woocommerce/form.py" line="36"/>
        <source>Only for servers that drop the login header (the test then says the key was refused).</source>
        <translation>Только для серверов, теряющих заголовок входа (тогда проверка сообщает, что ключ отклонён).</translation>
    </message>
    <message>
        <location filename="../../sources/woocommerce/form.py" line="39"/>
        <source>Consumer key</source>
        <translation>Ключ клиента (consumer key)</translation>
    </message>
    <message>
        <location filename="../../sources/woocommerce/form.py" line="41"/>
        <source>Consumer secret</source>
        <translation>Секрет клиента (consumer secret)</translation>
    </message>
    <message>
        <location filename="../../sources/woocommerce/form.py" line="45"/>
        <source>Paste the consumer secret (cs_…).</source>
        <translation>Вставьте секрет клиента (cs_…).</translation>
    </message>
    <message>
        <location filename="../../sources/woocommerce/form.py" line="51"/>
        <source>Paste the consumer key (ck_…).</source>
        <translation>Вставьте ключ клиента (ck_…).</translation>
    </message>
</context>
</TS>
