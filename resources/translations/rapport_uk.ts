<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AnalysisWords</name>
    <message>
        <source>Ranked by revenue, not profit: no purchase analysed carries a margin, so profit (margin minus relationship costs) cannot rank customers. Record margins to rank by profit.</source>
        <translation>Ранжування за доходом, а не за прибутком: жодна проаналізована покупка не має маржі, тому ранжувати клієнтів за прибутком (маржа мінус витрати на відносини) неможливо. Щоб ранжувати за прибутком, записуйте маржу.</translation>
    </message>
    <message>
        <source>Ranked by profit although no purchase analysed carries a margin: every customer&apos;s profit is only minus their relationship costs.</source>
        <translation>Ранжування за прибутком, хоча жодна проаналізована покупка не має маржі: прибуток кожного клієнта — це лише його витрати на відносини зі знаком мінус.</translation>
    </message>
    <message>
        <source>Ranked by profit: margin minus relationship costs.</source>
        <translation>Ранжування за прибутком: маржа мінус витрати на відносини.</translation>
    </message>
    <message>
        <source>Ranked by revenue.</source>
        <translation>Ранжування за доходом.</translation>
    </message>
    <message>
        <source>Ranked by historical value.</source>
        <translation>Ранжування за історичною цінністю.</translation>
    </message>
    <message>
        <source>Ranked by predicted value.</source>
        <translation>Ранжування за прогнозною цінністю.</translation>
    </message>
    <message>
        <source>No purchase analysed carries a margin, so profit figures are missing.</source>
        <translation>Жодна проаналізована покупка не має маржі, тому даних про прибуток немає.</translation>
    </message>
    <message>
        <source>The %1 fit did not converge (%2): there are no P(alive) or predicted values.</source>
        <translation>Підгонка моделі %1 не зійшлася (%2): немає ні P(alive), ні прогнозних значень.</translation>
    </message>
    <message>
        <source>The Gamma-Gamma fit did not converge (%1): each repeat buyer&apos;s own average spend per purchase stands in for the predicted spend, and the repeat buyers&apos; average for one-time buyers; P(alive) and expected purchases do not depend on it.</source>
        <translation>Підгонка моделі Gamma-Gamma не зійшлася (%1): замість прогнозної суми покупки використано власну середню суму покупки кожного повторного покупця, а для одноразових покупців — середню суму повторних; P(alive) та очікувані покупки від цього не залежать.</translation>
    </message>
    <message>
        <source>%1 %2 = %3 +/- %4: the standard error exceeds the estimate.</source>
        <comment>model, parameter, estimate, standard error</comment>
        <translation>%1 %2 = %3 +/- %4: стандартна похибка більша за саму оцінку.</translation>
    </message>
    <message>
        <source>%1 %2 = %3 has no standard error: the data do not pin it down.</source>
        <comment>model, parameter, estimate</comment>
        <translation>%1 %2 = %3: стандартної похибки немає — дані не дають змоги визначити цей параметр.</translation>
    </message>
    <message>
        <source>%1 %2 = %3 sits on the optimiser&apos;s bound: the data push it without limit.</source>
        <comment>model, parameter, estimate</comment>
        <translation>%1 %2 = %3: параметр на межі оптимізатора — дані зсувають його без обмежень.</translation>
    </message>
    <message>
        <source>P(alive) is uninformative: it is at least %1 for every customer, so the at-risk rule (P(alive) below %2) never fires; only the rule by purchase intervals marks customers at risk.</source>
        <translation>P(alive) неінформативна: для кожного клієнта вона не нижча за %1, тож правило «під загрозою» (P(alive) нижче %2) ніколи не спрацьовує; під загрозу клієнтів відносить лише правило за інтервалами між покупками.</translation>
    </message>
    <message>
        <source>P(alive), expected purchases and predicted values rest on parameters the data do not pin down: read them as rough guides.</source>
        <translation>P(alive), очікувані покупки й прогнозні значення спираються на параметри, які дані не дають змоги визначити: вважайте їх лише приблизними орієнтирами.</translation>
    </message>
    <message>
        <source>Expected spend per purchase, and so every predicted value, is uncertain.</source>
        <translation>Очікувана сума покупки, а отже, і всі прогнозні значення неточні.</translation>
    </message>
    <message>
        <source>recorded as lost, with a reason, by a person (churn record) and not won back since</source>
        <translation>позначений людиною як втрачений із зазначенням причини (запис про відтік) і відтоді не повернутий</translation>
    </message>
    <message numerus="yes">
        <source>no purchase for more than %1 times the customer&apos;s usual interval between purchases (at least %Ln day(s)), and not recorded as lost</source>
        <translation>
            <numerusform>немає покупок довше, ніж %1 × звичайний інтервал між покупками клієнта (щонайменше %Ln день), і не позначений як втрачений</numerusform>
            <numerusform>немає покупок довше, ніж %1 × звичайний інтервал між покупками клієнта (щонайменше %Ln дні), і не позначений як втрачений</numerusform>
            <numerusform>немає покупок довше, ніж %1 × звичайний інтервал між покупками клієнта (щонайменше %Ln днів), і не позначений як втрачений</numerusform>
        </translation>
    </message>
    <message>
        <source>recorded as lost on %1: %2</source>
        <comment>date, churn reason</comment>
        <translation>позначений як втрачений %1: %2</translation>
    </message>
    <message>
        <source>recorded as lost: %1</source>
        <comment>churn reason</comment>
        <translation>позначений як втрачений: %1</translation>
    </message>
    <message numerus="yes">
        <source>no purchase for %Ln day(s), over %1 (the usual interval x %2)</source>
        <translation>
            <numerusform>немає покупок уже %Ln день — понад %1 (звичайний інтервал × %2)</numerusform>
            <numerusform>немає покупок уже %Ln дні — понад %1 (звичайний інтервал × %2)</numerusform>
            <numerusform>немає покупок уже %Ln днів — понад %1 (звичайний інтервал × %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>P(alive) %1</source>
        <translation>P(alive) %1</translation>
    </message>
    <message numerus="yes">
        <source>no purchase for %Ln day(s), more than %1 times the usual interval</source>
        <translation>
            <numerusform>немає покупок уже %Ln день — довше, ніж %1 × звичайний інтервал</numerusform>
            <numerusform>немає покупок уже %Ln дні — довше, ніж %1 × звичайний інтервал</numerusform>
            <numerusform>немає покупок уже %Ln днів — довше, ніж %1 × звичайний інтервал</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignReport</name>
    <message>
        <source>Campaign</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Кампанія</translation>
    </message>
    <message>
        <source>Goal</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Мета</translation>
    </message>
    <message>
        <source>Offer</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Пропозиція</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an offer&apos;s kind: its text</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Channel</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Target list</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Цільовий список</translation>
    </message>
    <message>
        <source>Launched</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Запущено</translation>
    </message>
    <message>
        <source>Response window</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Період реакції</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) after the launch day, to %1</source>
        <translation>
            <numerusform>%Ln день після дня запуску, до %1</numerusform>
            <numerusform>%Ln дні після дня запуску, до %1</numerusform>
            <numerusform>%Ln днів після дня запуску, до %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Measured</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Виміряно</translation>
    </message>
    <message>
        <source>purchases from %1 to %2; the window is still open</source>
        <translation>покупки з %1 до %2; період ще триває</translation>
    </message>
    <message>
        <source>purchases from %1 to %2</source>
        <translation>покупки з %1 до %2</translation>
    </message>
    <message>
        <source>Control group</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Контрольна група</translation>
    </message>
    <message>
        <source>%1 of the target list, held back at random</source>
        <translation>%1 цільового списку, випадково залишені без пропозиції</translation>
    </message>
    <message>
        <source>Drawn within</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Відбір у межах</translation>
    </message>
    <message>
        <source>Seed</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Зерно генератора</translation>
    </message>
    <message>
        <source>Cost per contact</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Вартість контакту</translation>
    </message>
    <message>
        <source>Created by</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Groups</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Групи</translation>
    </message>
    <message>
        <source>What each group did in the window</source>
        <translation>Що зробила кожна група за період</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клієнти</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Відреагували</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Рівень реакції</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Покупки</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Дохід</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Маржа</translation>
    </message>
    <message>
        <source>Revenue per customer</source>
        <translation>Дохід на клієнта</translation>
    </message>
    <message>
        <source>Margin per customer</source>
        <translation>Маржа на клієнта</translation>
    </message>
    <message>
        <source>Treated</source>
        <comment>the group that got the offer</comment>
        <translation>Тестова</translation>
    </message>
    <message>
        <source>Control</source>
        <comment>the group held back</comment>
        <translation>Контрольна</translation>
    </message>
    <message>
        <source>Response lift</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Приріст реакції</translation>
    </message>
    <message>
        <source>Response rate, treated against control (95 % interval)</source>
        <translation>Рівень реакції: тестова група проти контрольної (інтервал 95 %)</translation>
    </message>
    <message>
        <source>Treated</source>
        <translation>Тестова</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Контрольна</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Приріст</translation>
    </message>
    <message>
        <source>Interval from</source>
        <translation>Інтервал від</translation>
    </message>
    <message>
        <source>Interval to</source>
        <translation>Інтервал до</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Висновок</translation>
    </message>
    <message>
        <source>Revenue and margin</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Дохід і маржа</translation>
    </message>
    <message>
        <source>Revenue and margin the offer added (95 % intervals)</source>
        <translation>Дохід і маржа, які додала пропозиція (інтервали 95 %)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Показник</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>Revenue lift per customer</source>
        <translation>Приріст доходу на клієнта</translation>
    </message>
    <message>
        <source>Margin lift per customer</source>
        <translation>Приріст маржі на клієнта</translation>
    </message>
    <message>
        <source>Incremental revenue</source>
        <translation>Додатковий дохід</translation>
    </message>
    <message>
        <source>Incremental margin</source>
        <translation>Додаткова маржа</translation>
    </message>
    <message>
        <source>Cost of the contacts</source>
        <translation>Вартість контактів</translation>
    </message>
    <message>
        <source>Margin after the cost</source>
        <translation>Маржа після витрат</translation>
    </message>
    <message>
        <source>The two groups</source>
        <translation>Дві групи</translation>
    </message>
    <message>
        <source>At the launch the target list was split at random: %1 customers got the offer (treated) and %2 were held back as the control group, who got nothing.</source>
        <translation>Під час запуску цільовий список було випадковим чином поділено на дві групи: тестову (клієнтів: %1), яка отримала пропозицію, і контрольну (клієнтів: %2), яка не отримала нічого.</translation>
    </message>
    <message>
        <source>The response window opens on %1: nothing is measured yet.</source>
        <translation>Період реакції починається %1: поки що нічого не виміряно.</translation>
    </message>
    <message>
        <source>A customer responded who bought at least once from %1 to %2. The window is still open until %3: later purchases may change the figures.</source>
        <translation>Клієнт відреагував, якщо купив хоча б раз у період з %1 до %2. Період ще триває до %3: пізніші покупки можуть змінити показники.</translation>
    </message>
    <message>
        <source>A customer responded who bought at least once from %1 to %2.</source>
        <translation>Клієнт відреагував, якщо купив хоча б раз у період з %1 до %2.</translation>
    </message>
    <message>
        <source>What the campaign changed</source>
        <translation>Що змінила кампанія</translation>
    </message>
    <message>
        <source>Too few customers in a group to measure: each group needs at least two.</source>
        <translation>Замало клієнтів у групі для вимірювання: у кожній групі має бути щонайменше двоє.</translation>
    </message>
    <message>
        <source>Response: %1. Revenue: %2. After its cost: %3.</source>
        <translation>Реакція: %1. Дохід: %2. Після витрат: %3.</translation>
    </message>
    <message>
        <source>With %1 confidence the offer changed the response rate by %2 to %3 percentage points, and the margin, after the contacts&apos; cost of %4, by %5 to %6.</source>
        <translation>З довірчою ймовірністю %1 пропозиція змінила рівень реакції на величину від %2 до %3 в.п., а маржу після вартості контактів (%4) — на величину від %5 до %6.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>The control group was drawn at random with the campaign&apos;s recorded seed, the same share within each stratum, so the two groups differ only by chance and by the offer; the same target list and seed give the same groups.</source>
        <translation>Контрольну групу відібрано випадковим чином за збереженим зерном генератора кампанії, з однаковою часткою в кожній страті, тож групи відрізняються лише випадково й наявністю пропозиції; той самий цільовий список і те саме зерно дають ті самі групи.</translation>
    </message>
    <message>
        <source>The response lift&apos;s interval is Newcombe&apos;s hybrid score interval for a difference of two proportions (Newcombe 1998, method 10, from Wilson&apos;s score limits). The revenue and margin lifts per customer have Welch&apos;s t interval for a difference of means with unequal variances (Welch-Satterthwaite degrees of freedom): spend is skewed, most customers buy nothing in a window and a few a lot, and for groups of hundreds the mean is close to normal.</source>
        <translation>Інтервал для приросту реакції — гібридний інтервал Newcombe (hybrid score) для різниці двох часток (Newcombe 1998, метод 10, на основі меж Wilson score). Для приросту доходу й маржі на клієнта використано t-інтервал Welch для різниці середніх за нерівних дисперсій (ступені свободи за Welch–Satterthwaite): суми покупок розподілені асиметрично — більшість клієнтів за період не купує нічого, а деякі купують багато, — але для груп із сотень клієнтів середнє розподілене майже нормально.</translation>
    </message>
    <message>
        <source>The incremental revenue and margin are the lifts per customer times the treated customers; the margin after the cost subtracts the cost per contact times the treated customers. A verdict says &quot;no measurable effect&quot; whenever the interval spans zero, however large the estimate.</source>
        <translation>Додатковий дохід і маржа — це прирости на клієнта, помножені на кількість клієнтів тестової групи; маржа після витрат — це додаткова маржа мінус вартість контакту, помножена на кількість клієнтів тестової групи. Висновок «вимірного ефекту немає» ставиться завжди, коли інтервал охоплює нуль, хоч якою великою була б оцінка.</translation>
    </message>
    <message>
        <source>too few customers in a group to measure</source>
        <translation>замало клієнтів у групі для вимірювання</translation>
    </message>
    <message>
        <source>no measurable effect (the interval spans zero)</source>
        <translation>вимірного ефекту немає (інтервал охоплює нуль)</translation>
    </message>
    <message>
        <source>a measurable rise</source>
        <translation>вимірне зростання</translation>
    </message>
    <message>
        <source>a measurable fall</source>
        <translation>вимірне зниження</translation>
    </message>
    <message>
        <source>Campaign report: %1</source>
        <translation>Звіт про кампанію: %1</translation>
    </message>
</context>
<context>
    <name>ChurnReport</name>
    <message>
        <source>Where buyers stand</source>
        <translation>Стан покупців</translation>
    </message>
    <message numerus="yes">
        <source>In the last year %1 of the %Ln buyer(s) of a year ago were lost: a churn rate of %2, worth %3 a year in revenue.</source>
        <translation>
            <numerusform>За останній рік із %Ln покупця, який купував рік тому, втрачено %1: рівень відтоку — %2, це %3 доходу на рік.</numerusform>
            <numerusform>За останній рік із %Ln покупців, які купували рік тому, втрачено %1: рівень відтоку — %2, це %3 доходу на рік.</numerusform>
            <numerusform>За останній рік із %Ln покупців, які купували рік тому, втрачено %1: рівень відтоку — %2, це %3 доходу на рік.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The usual interval between purchases is %Ln day(s) (median).</source>
        <translation>
            <numerusform>Звичайний інтервал між покупками — %Ln день (медіана).</numerusform>
            <numerusform>Звичайний інтервал між покупками — %Ln дні (медіана).</numerusform>
            <numerusform>Звичайний інтервал між покупками — %Ln днів (медіана).</numerusform>
        </translation>
    </message>
    <message>
        <source>Winning back a lost customer costs 50-100 times more than keeping one (the seed).</source>
        <translation>Повернути втраченого клієнта у 50–100 разів дорожче, ніж утримати наявного (за даними джерела).</translation>
    </message>
    <message numerus="yes">
        <source>Beside them, %Ln buyer(s) of a year ago lapsed in the last year (%1, worth %2 a year in revenue).</source>
        <translation>
            <numerusform>Крім того, %Ln покупець, який купував рік тому, за останній рік став неактивним (%1, це %2 доходу на рік).</numerusform>
            <numerusform>Крім того, %Ln покупці, які купували рік тому, за останній рік стали неактивними (%1, це %2 доходу на рік).</numerusform>
            <numerusform>Крім того, %Ln покупців, які купували рік тому, за останній рік стали неактивними (%1, це %2 доходу на рік).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody recorded them as lost, but the purchases show they left.</source>
        <translation>Ніхто не позначив їх як втрачених, але покупки показують, що вони пішли.</translation>
    </message>
    <message numerus="yes">
        <source>The purchases cover less than a year, so there are no yearly rates; %Ln customer(s) are lapsed now (see the table below), none of them recorded as lost.</source>
        <translation>
            <numerusform>Покупки охоплюють менше року, тому річних показників немає; зараз неактивний %Ln клієнт (див. таблицю нижче), не позначений як втрачений.</numerusform>
            <numerusform>Покупки охоплюють менше року, тому річних показників немає; зараз неактивні %Ln клієнти (див. таблицю нижче), жоден із них не позначений як втрачений.</numerusform>
            <numerusform>Покупки охоплюють менше року, тому річних показників немає; зараз неактивні %Ln клієнтів (див. таблицю нижче), жоден із них не позначений як втрачений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The purchases cover less than a year, so there are no yearly rates; %Ln customer(s) are lapsed now (see the table below).</source>
        <translation>
            <numerusform>Покупки охоплюють менше року, тому річних показників немає; зараз неактивний %Ln клієнт (див. таблицю нижче).</numerusform>
            <numerusform>Покупки охоплюють менше року, тому річних показників немає; зараз неактивні %Ln клієнти (див. таблицю нижче).</numerusform>
            <numerusform>Покупки охоплюють менше року, тому річних показників немає; зараз неактивні %Ln клієнтів (див. таблицю нижче).</numerusform>
        </translation>
    </message>
    <message>
        <source>Lost: %1. Lapsed: %2.</source>
        <comment>the two definitions</comment>
        <translation>Втрачений — %1. Неактивний — %2.</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Buyers by status</source>
        <translation>Покупці за статусом</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клієнти</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Частка</translation>
    </message>
    <message>
        <source>customers</source>
        <comment>a chart&apos;s legend</comment>
        <translation>клієнти</translation>
    </message>
    <message>
        <source>Reasons customers left</source>
        <translation>Причини відходу клієнтів</translation>
    </message>
    <message>
        <source>From the churn records; the seed&apos;s shares are the benchmark. Lack of attention and interest from the maker and the trade is the most common reason there (65-70 %): most unhappy customers simply switch without complaining.</source>
        <translation>За записами про відтік; орієнтир — частки з джерела. Найпоширеніша причина там — брак уваги й інтересу з боку виробника та торгівлі (65–70 %): більшість незадоволених клієнтів просто переходять до інших, не скаржачись.</translation>
    </message>
    <message>
        <source>Reasons</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Причини</translation>
    </message>
    <message>
        <source>Reasons recorded, beside the seed&apos;s benchmark</source>
        <translation>Зафіксовані причини поряд з орієнтиром із джерела</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Seed&apos;s benchmark</source>
        <translation>Орієнтир із джерела</translation>
    </message>
    <message>
        <source>Yearly revenue lost</source>
        <translation>Втрачений річний дохід</translation>
    </message>
    <message>
        <source>Share of lost customers per reason</source>
        <translation>Частка втрачених клієнтів за причинами</translation>
    </message>
    <message>
        <source>your customers</source>
        <comment>a chart&apos;s legend</comment>
        <translation>ваші клієнти</translation>
    </message>
    <message>
        <source>seed&apos;s benchmark (midpoint)</source>
        <comment>a chart&apos;s legend</comment>
        <translation>орієнтир із джерела (середина діапазону)</translation>
    </message>
    <message>
        <source>Lost, lapsed and at-risk customers</source>
        <translation>Клієнти: втрачені, неактивні, під загрозою</translation>
    </message>
    <message>
        <source>Highest value at stake first: find the reason at once and act (the seed).</source>
        <translation>Спочатку клієнти з найбільшою цінністю під загрозою: одразу з’ясуйте причину й дійте (як радить джерело).</translation>
    </message>
    <message>
        <source>Customers</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Клієнти</translation>
    </message>
    <message>
        <source>Customers who are not active</source>
        <translation>Клієнти, що не є активними</translation>
    </message>
    <message>
        <source>Id</source>
        <comment>a customer&apos;s number</comment>
        <translation>№</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation>Днів від останньої покупки</translation>
    </message>
    <message>
        <source>Usual interval (days)</source>
        <translation>Звичайний інтервал (днів)</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(alive)</translation>
    </message>
    <message>
        <source>Value at stake</source>
        <translation>Цінність під загрозою</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Чому</translation>
    </message>
    <message>
        <source>Churn report</source>
        <translation>Звіт про відтік</translation>
    </message>
</context>
<context>
    <name>CustomerProfileReport</name>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <comment>acquired on a date through a channel</comment>
        <translation>%1 (канал: %2)</translation>
    </message>
    <message>
        <source>via %1</source>
        <comment>acquired through a channel</comment>
        <translation>канал: %1</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Про клієнта</translation>
    </message>
    <message>
        <source>Identity</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Ідентифікація</translation>
    </message>
    <message>
        <source>Identity and contact</source>
        <translation>Ідентифікаційні й контактні дані</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Юридична назва</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>kind of customer, market</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>Менеджер з продажу</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Бажаний канал</translation>
    </message>
    <message>
        <source>Interests and preferences</source>
        <translation>Інтереси й уподобання</translation>
    </message>
    <message>
        <source>Income band</source>
        <translation>Рівень доходу</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Домогосподарство</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <comment>the size of a household</comment>
        <translation>
            <numerusform>%Ln особа</numerusform>
            <numerusform>%Ln особи</numerusform>
            <numerusform>%Ln осіб</numerusform>
        </translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>Залучено</translation>
    </message>
    <message>
        <source>Consent to processing</source>
        <translation>Згода на обробку персональних даних</translation>
    </message>
    <message>
        <source>Consent to marketing</source>
        <translation>Згода на маркетингові комунікації</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>Зовнішній ідентифікатор</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Контактні особи</translation>
    </message>
    <message>
        <source>Contact persons (decision makers first)</source>
        <translation>Контактні особи (спочатку ті, хто ухвалює рішення)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Вирішує</translation>
    </message>
    <message>
        <source>From</source>
        <comment>a contact person&apos;s role, since</comment>
        <translation>Діє з</translation>
    </message>
    <message>
        <source>To</source>
        <comment>a contact person&apos;s role, until</comment>
        <translation>Діє до</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln buyer(s) by profit, class %2 (%3)</source>
        <translation>
            <numerusform>місце %1 з %Ln покупця за прибутком, клас %2 (%3)</numerusform>
            <numerusform>місце %1 з %Ln покупців за прибутком, клас %2 (%3)</numerusform>
            <numerusform>місце %1 з %Ln покупців за прибутком, клас %2 (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln buyer(s) by revenue, class %2 (%3)</source>
        <translation>
            <numerusform>місце %1 з %Ln покупця за доходом, клас %2 (%3)</numerusform>
            <numerusform>місце %1 з %Ln покупців за доходом, клас %2 (%3)</numerusform>
            <numerusform>місце %1 з %Ln покупців за доходом, клас %2 (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln buyer(s) by historical value, class %2 (%3)</source>
        <translation>
            <numerusform>місце %1 з %Ln покупця за історичною цінністю, клас %2 (%3)</numerusform>
            <numerusform>місце %1 з %Ln покупців за історичною цінністю, клас %2 (%3)</numerusform>
            <numerusform>місце %1 з %Ln покупців за історичною цінністю, клас %2 (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln buyer(s) by predicted value, class %2 (%3)</source>
        <translation>
            <numerusform>місце %1 з %Ln покупця за прогнозною цінністю, клас %2 (%3)</numerusform>
            <numerusform>місце %1 з %Ln покупців за прогнозною цінністю, клас %2 (%3)</numerusform>
            <numerusform>місце %1 з %Ln покупців за прогнозною цінністю, клас %2 (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Where the relationship stands</source>
        <translation>Стан відносин</translation>
    </message>
    <message>
        <source>Standing</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Ladder, groups, churn and rank</source>
        <translation>Драбина, групи, відтік і ранжування</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Показник</translation>
    </message>
    <message>
        <source>Not in the analysis (added after it ran).</source>
        <translation>Не входить до аналізу (доданий після його запуску).</translation>
    </message>
    <message>
        <source>Ladder stage</source>
        <translation>Щабель драбини</translation>
    </message>
    <message>
        <source>%1 (set by hand)</source>
        <comment>a ladder stage</comment>
        <translation>%1 (задано вручну)</translation>
    </message>
    <message>
        <source>Four groups, this period</source>
        <translation>Чотири групи (поточний період)</translation>
    </message>
    <message>
        <source>Churn status</source>
        <translation>Статус відтоку</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>churn status: why</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(alive)</translation>
    </message>
    <message>
        <source>Predicted value</source>
        <translation>Прогнозна цінність</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no purchase yet</comment>
        <translation>немає</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>Перша покупка</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Остання покупка</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Цінність</translation>
    </message>
    <message>
        <source>Value of the goods the customer buys, per year of relationship (table 7.3)</source>
        <translation>Вартість товарів, придбаних клієнтом, на рік відносин (табл. 7.3)</translation>
    </message>
    <message>
        <source>Line</source>
        <comment>a line of table 7.3</comment>
        <translation>Рядок</translation>
    </message>
    <message>
        <source>This customer</source>
        <translation>Цей клієнт</translation>
    </message>
    <message>
        <source>Average buyer</source>
        <translation>Середній покупець</translation>
    </message>
    <message>
        <source>1 Average single sale</source>
        <comment>a line of table 7.3</comment>
        <translation>1 Середній разовий продаж</translation>
    </message>
    <message>
        <source>2 Purchases per year</source>
        <comment>a line of table 7.3</comment>
        <translation>2 Покупок на рік</translation>
    </message>
    <message>
        <source>3 Sales per year</source>
        <comment>a line of table 7.3</comment>
        <translation>3 Продажі на рік</translation>
    </message>
    <message>
        <source>4 Profit from sales</source>
        <comment>a line of table 7.3</comment>
        <translation>4 Прибуток від продажу</translation>
    </message>
    <message>
        <source>5 Costs of the partnership</source>
        <comment>a line of table 7.3</comment>
        <translation>5 Витрати на партнерство</translation>
    </message>
    <message>
        <source>6 Profitability</source>
        <comment>a line of table 7.3</comment>
        <translation>6 Прибутковість</translation>
    </message>
    <message>
        <source>Lifetime value (discounted)</source>
        <comment>a line of table 7.3</comment>
        <translation>Пожиттєва цінність (з дисконтуванням)</translation>
    </message>
    <message>
        <source>Years</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Роки</translation>
    </message>
    <message>
        <source>Purchases over the years</source>
        <translation>Покупки за роками</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Рік</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Покупки</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Дохід</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Маржа</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Витрати</translation>
    </message>
    <message>
        <source>Profitability</source>
        <translation>Прибутковість</translation>
    </message>
    <message>
        <source>Revenue and profitability per year</source>
        <translation>Дохід і прибутковість за роками</translation>
    </message>
    <message>
        <source>revenue</source>
        <comment>a chart&apos;s legend</comment>
        <translation>дохід</translation>
    </message>
    <message>
        <source>profitability</source>
        <comment>a chart&apos;s legend</comment>
        <translation>прибутковість</translation>
    </message>
    <message>
        <source>No purchases yet.</source>
        <translation>Покупок ще немає.</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Епізоди</translation>
    </message>
    <message>
        <source>Critical episodes: %1.</source>
        <translation>Критичні епізоди: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Mean satisfaction %1 over %Ln rating(s) (-2 to +2).</source>
        <translation>
            <numerusform>Середня задоволеність %1 (від -2 до +2) за %Ln оцінкою.</numerusform>
            <numerusform>Середня задоволеність %1 (від -2 до +2) за %Ln оцінками.</numerusform>
            <numerusform>Середня задоволеність %1 (від -2 до +2) за %Ln оцінками.</numerusform>
        </translation>
    </message>
    <message>
        <source>Complaints: %1, answered %2.</source>
        <translation>Скарги: %1, з відповіддю: %2.</translation>
    </message>
    <message>
        <source>Episode kinds</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Види епізодів</translation>
    </message>
    <message>
        <source>Episodes by kind</source>
        <translation>Епізоди за видами</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>of episode</comment>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Latest episodes</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Останні епізоди</translation>
    </message>
    <message numerus="yes">
        <source>The latest %Ln episode(s)</source>
        <translation>
            <numerusform>Останній %Ln епізод</numerusform>
            <numerusform>Останні %Ln епізоди</numerusform>
            <numerusform>Останні %Ln епізодів</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Задоволеність</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критичний</translation>
    </message>
    <message>
        <source>Customer profile: %1</source>
        <translation>Профіль клієнта: %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <comment>a customer&apos;s number and name</comment>
        <translation>№ %1 %2</translation>
    </message>
    <message>
        <source>As of</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Станом на</translation>
    </message>
    <message>
        <source>%1 (the analysis&apos; observation end)</source>
        <translation>%1 (кінець періоду спостереження аналізу)</translation>
    </message>
    <message>
        <source>Period</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Період</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a period&apos;s first and last day</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>section heading: what the customer is worth</comment>
        <translation>Цінність</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>Supplier</source>
        <comment>partner direction</comment>
        <translation>Постачальник</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <comment>partner direction</comment>
        <translation>Виробник</translation>
    </message>
    <message>
        <source>Intermediary</source>
        <comment>partner direction</comment>
        <translation>Посередник</translation>
    </message>
    <message>
        <source>Distributor</source>
        <comment>partner direction</comment>
        <translation>Дистриб’ютор</translation>
    </message>
    <message>
        <source>Retailer</source>
        <comment>partner direction</comment>
        <translation>Роздрібний продавець</translation>
    </message>
    <message>
        <source>Competitor</source>
        <comment>partner direction</comment>
        <translation>Конкурент</translation>
    </message>
    <message>
        <source>Complementary business</source>
        <comment>partner direction</comment>
        <translation>Комплементарна фірма</translation>
    </message>
    <message>
        <source>Shareholder</source>
        <comment>partner direction</comment>
        <translation>Акціонер</translation>
    </message>
    <message>
        <source>Employee</source>
        <comment>partner direction</comment>
        <translation>Працівник</translation>
    </message>
    <message>
        <source>Public body</source>
        <comment>partner direction</comment>
        <translation>Державний орган</translation>
    </message>
    <message>
        <source>Pressure group</source>
        <comment>partner direction</comment>
        <translation>Група тиску</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>partner direction</comment>
        <translation>Інше</translation>
    </message>
    <message>
        <source>Alliance</source>
        <comment>partnership form</comment>
        <translation>Альянс</translation>
    </message>
    <message>
        <source>Joint venture</source>
        <comment>partnership form</comment>
        <translation>Спільне підприємство</translation>
    </message>
    <message>
        <source>Co-branding</source>
        <comment>partnership form</comment>
        <translation>Кобрендинг</translation>
    </message>
    <message>
        <source>Joint R&amp;D</source>
        <comment>partnership form</comment>
        <translation>Спільні НДДКР (R&amp;D)</translation>
    </message>
    <message>
        <source>Cross-licensing</source>
        <comment>partnership form</comment>
        <translation>Перехресне ліцензування</translation>
    </message>
    <message>
        <source>Joint marketing</source>
        <comment>partnership form</comment>
        <translation>Спільний маркетинг</translation>
    </message>
    <message>
        <source>Supply contract</source>
        <comment>partnership form</comment>
        <translation>Договір поставки</translation>
    </message>
    <message>
        <source>Distribution agreement</source>
        <comment>partnership form</comment>
        <translation>Дистриб’юторський договір</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>partnership form</comment>
        <translation>Інше</translation>
    </message>
    <message>
        <source>Formation</source>
        <comment>partnership lifecycle stage</comment>
        <translation>Формування</translation>
    </message>
    <message>
        <source>Experimentation</source>
        <comment>partnership lifecycle stage</comment>
        <translation>Експериментування</translation>
    </message>
    <message>
        <source>Identification</source>
        <comment>partnership lifecycle stage</comment>
        <translation>Ідентифікація</translation>
    </message>
    <message>
        <source>Renewal</source>
        <comment>partnership lifecycle stage</comment>
        <translation>Оновлення</translation>
    </message>
    <message>
        <source>Rupture</source>
        <comment>partnership lifecycle stage</comment>
        <translation>Розрив</translation>
    </message>
    <message>
        <source>Legal</source>
        <comment>partnership bond</comment>
        <translation>Юридичні</translation>
    </message>
    <message>
        <source>Economic</source>
        <comment>partnership bond</comment>
        <translation>Економічні</translation>
    </message>
    <message>
        <source>Technical</source>
        <comment>partnership bond</comment>
        <translation>Технічні</translation>
    </message>
    <message>
        <source>Geographic</source>
        <comment>partnership bond</comment>
        <translation>Географічні</translation>
    </message>
    <message>
        <source>Temporal</source>
        <comment>partnership bond</comment>
        <translation>Часові</translation>
    </message>
    <message>
        <source>Social</source>
        <comment>partnership bond</comment>
        <translation>Соціальні</translation>
    </message>
    <message>
        <source>Cultural</source>
        <comment>partnership bond</comment>
        <translation>Культурні</translation>
    </message>
    <message>
        <source>Ideological</source>
        <comment>partnership bond</comment>
        <translation>Ідеологічні</translation>
    </message>
    <message>
        <source>Cognitive</source>
        <comment>partnership bond</comment>
        <translation>Когнітивні</translation>
    </message>
    <message>
        <source>Psychological</source>
        <comment>partnership bond</comment>
        <translation>Психологічні</translation>
    </message>
    <message>
        <source>Delivery</source>
        <comment>relationship cost line (table 7.3)</comment>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>Store staff bonus</source>
        <comment>relationship cost line (table 7.3)</comment>
        <translation>Премії персоналу магазину</translation>
    </message>
    <message>
        <source>Unsold returns</source>
        <comment>relationship cost line (table 7.3)</comment>
        <translation>Повернення нереалізованого товару</translation>
    </message>
    <message>
        <source>Database upkeep</source>
        <comment>relationship cost line (table 7.3)</comment>
        <translation>Ведення бази даних</translation>
    </message>
    <message>
        <source>Sales manager pay</source>
        <comment>relationship cost line (table 7.3)</comment>
        <translation>Оплата менеджера з продажу</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>relationship cost line (table 7.3)</comment>
        <translation>Інше</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>churn status</comment>
        <translation>Активний</translation>
    </message>
    <message>
        <source>At risk</source>
        <comment>churn status</comment>
        <translation>Під загрозою</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <comment>churn status</comment>
        <translation>Неактивний</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>churn status</comment>
        <translation>Втрачений</translation>
    </message>
    <message>
        <source>None</source>
        <comment>win-back outcome</comment>
        <translation>Немає</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>win-back outcome</comment>
        <translation>Триває</translation>
    </message>
    <message>
        <source>Won back</source>
        <comment>win-back outcome</comment>
        <translation>Повернутий</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>win-back outcome</comment>
        <translation>Не вдалося</translation>
    </message>
    <message>
        <source>Person</source>
        <comment>kind of customer</comment>
        <translation>Фізична особа</translation>
    </message>
    <message>
        <source>Household</source>
        <comment>kind of customer</comment>
        <translation>Домогосподарство</translation>
    </message>
    <message>
        <source>Organisation</source>
        <comment>kind of customer</comment>
        <translation>Організація</translation>
    </message>
    <message>
        <source>B2C</source>
        <comment>market</comment>
        <translation>B2C</translation>
    </message>
    <message>
        <source>B2B</source>
        <comment>market</comment>
        <translation>B2B</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>income band</comment>
        <translation>Низький</translation>
    </message>
    <message>
        <source>Lower middle</source>
        <comment>income band</comment>
        <translation>Нижче середнього</translation>
    </message>
    <message>
        <source>Middle</source>
        <comment>income band</comment>
        <translation>Середній</translation>
    </message>
    <message>
        <source>Upper middle</source>
        <comment>income band</comment>
        <translation>Вище середнього</translation>
    </message>
    <message>
        <source>High</source>
        <comment>income band</comment>
        <translation>Високий</translation>
    </message>
    <message>
        <source>Processing</source>
        <comment>purpose of a consent</comment>
        <translation>Обробка</translation>
    </message>
    <message>
        <source>Marketing</source>
        <comment>purpose of a consent</comment>
        <translation>Маркетинг</translation>
    </message>
    <message>
        <source>Profiling</source>
        <comment>purpose of a consent</comment>
        <translation>Профілювання</translation>
    </message>
    <message>
        <source>Sharing with third parties</source>
        <comment>purpose of a consent</comment>
        <translation>Передача третім особам</translation>
    </message>
    <message>
        <source>Patronage</source>
        <comment>loyalty assessment component</comment>
        <translation>Частка гаманця</translation>
    </message>
    <message>
        <source>Commitment</source>
        <comment>loyalty assessment component</comment>
        <translation>Відданість</translation>
    </message>
    <message>
        <source>Perceived quality</source>
        <comment>loyalty assessment component</comment>
        <translation>Сприйнята якість</translation>
    </message>
    <message>
        <source>Perceived value</source>
        <comment>loyalty assessment component</comment>
        <translation>Сприйнята цінність</translation>
    </message>
    <message>
        <source>Sacrifices</source>
        <comment>loyalty assessment component</comment>
        <translation>Витрати клієнта</translation>
    </message>
    <message>
        <source>Alternatives known</source>
        <comment>loyalty assessment component</comment>
        <translation>Відомі альтернативи</translation>
    </message>
    <message>
        <source>Customer bonds</source>
        <comment>loyalty assessment component</comment>
        <translation>Зв’язки з клієнтом</translation>
    </message>
    <message>
        <source>Purchase</source>
        <comment>kind of episode</comment>
        <translation>Покупка</translation>
    </message>
    <message>
        <source>Return</source>
        <comment>kind of episode</comment>
        <translation>Повернення</translation>
    </message>
    <message>
        <source>Complaint</source>
        <comment>kind of episode</comment>
        <translation>Скарга</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <comment>kind of episode</comment>
        <translation>Запит</translation>
    </message>
    <message>
        <source>Service</source>
        <comment>kind of episode</comment>
        <translation>Обслуговування</translation>
    </message>
    <message>
        <source>Offer</source>
        <comment>kind of episode</comment>
        <translation>Пропозиція</translation>
    </message>
    <message>
        <source>Feedback</source>
        <comment>kind of episode</comment>
        <translation>Відгук</translation>
    </message>
    <message>
        <source>Referral</source>
        <comment>kind of episode</comment>
        <translation>Рекомендація</translation>
    </message>
    <message>
        <source>Co-creation</source>
        <comment>kind of episode</comment>
        <translation>Спільне створення</translation>
    </message>
    <message>
        <source>Meeting</source>
        <comment>kind of episode</comment>
        <translation>Зустріч</translation>
    </message>
    <message>
        <source>Call</source>
        <comment>kind of episode</comment>
        <translation>Дзвінок</translation>
    </message>
    <message>
        <source>Email</source>
        <comment>kind of episode</comment>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>kind of episode</comment>
        <translation>Інше</translation>
    </message>
    <message>
        <source>Prospect</source>
        <comment>relationship ladder stage</comment>
        <translation>Потенційний покупець</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>relationship ladder stage</comment>
        <translation>Покупець</translation>
    </message>
    <message>
        <source>Client</source>
        <comment>relationship ladder stage</comment>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Supporter</source>
        <comment>relationship ladder stage</comment>
        <translation>Прихильник</translation>
    </message>
    <message>
        <source>Advocate</source>
        <comment>relationship ladder stage</comment>
        <translation>Захисник</translation>
    </message>
    <message>
        <source>Partner</source>
        <comment>relationship ladder stage</comment>
        <translation>Партнер</translation>
    </message>
    <message>
        <source>Point of sale</source>
        <comment>channel</comment>
        <translation>Точка продажу</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>channel</comment>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Email</source>
        <comment>channel</comment>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Event</source>
        <comment>channel</comment>
        <translation>Захід</translation>
    </message>
    <message>
        <source>Meeting</source>
        <comment>channel</comment>
        <translation>Зустріч</translation>
    </message>
    <message>
        <source>Web form</source>
        <comment>channel</comment>
        <translation>Вебформа</translation>
    </message>
    <message>
        <source>Advertising</source>
        <comment>channel</comment>
        <translation>Реклама</translation>
    </message>
    <message>
        <source>Chat</source>
        <comment>channel</comment>
        <translation>Чат</translation>
    </message>
    <message>
        <source>Social network</source>
        <comment>channel</comment>
        <translation>Соцмережа</translation>
    </message>
    <message>
        <source>Mail</source>
        <comment>channel</comment>
        <translation>Пошта</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>channel</comment>
        <translation>Інше</translation>
    </message>
    <message>
        <source>Moved home or work, or the transport route or cost changed</source>
        <comment>churn reason</comment>
        <translation>Переїзд (житло чи робота), зміна транспортного маршруту або його вартості</translation>
    </message>
    <message>
        <source>Lower prices elsewhere</source>
        <comment>churn reason</comment>
        <translation>Нижчі ціни в іншому місці</translation>
    </message>
    <message>
        <source>Inability to work with the firm&apos;s partners</source>
        <comment>churn reason</comment>
        <translation>Неможливість працювати з партнерами фірми</translation>
    </message>
    <message>
        <source>Lack of attention and interest from the maker and the trade</source>
        <comment>churn reason</comment>
        <translation>Брак уваги й інтересу з боку виробника та торгівлі</translation>
    </message>
    <message>
        <source>Change of owner</source>
        <comment>churn reason</comment>
        <translation>Зміна власника</translation>
    </message>
    <message>
        <source>Change of purchasing manager</source>
        <comment>churn reason</comment>
        <translation>Зміна менеджера із закупівель</translation>
    </message>
    <message>
        <source>Renovation or temporary closure</source>
        <comment>churn reason</comment>
        <translation>Ремонт або тимчасове закриття</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>churn reason</comment>
        <translation>Інше</translation>
    </message>
    <message>
        <source>Discount</source>
        <comment>campaign offer</comment>
        <translation>Знижка</translation>
    </message>
    <message>
        <source>Reward</source>
        <comment>campaign offer</comment>
        <translation>Винагорода</translation>
    </message>
    <message>
        <source>Invitation</source>
        <comment>campaign offer</comment>
        <translation>Запрошення</translation>
    </message>
    <message>
        <source>Win-back offer</source>
        <comment>campaign offer</comment>
        <translation>Повернення клієнта</translation>
    </message>
    <message>
        <source>Information</source>
        <comment>campaign offer</comment>
        <translation>Інформування</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>campaign offer</comment>
        <translation>Інше</translation>
    </message>
    <message>
        <source>Whole list</source>
        <comment>control group drawn within</comment>
        <translation>Увесь список</translation>
    </message>
    <message>
        <source>Each of the four groups</source>
        <comment>control group drawn within</comment>
        <translation>Кожна з чотирьох груп</translation>
    </message>
    <message>
        <source>Each ladder stage</source>
        <comment>control group drawn within</comment>
        <translation>Кожен щабель драбини</translation>
    </message>
    <message>
        <source>Each churn status</source>
        <comment>control group drawn within</comment>
        <translation>Кожен статус відтоку</translation>
    </message>
</context>
<context>
    <name>KnowledgeAudit</name>
    <message>
        <source>Do we know the customers who bring the most profit?</source>
        <translation>Чи знаємо ми клієнтів, які приносять найбільший прибуток?</translation>
    </message>
    <message>
        <source>Do we know their income, product mix and real needs?</source>
        <translation>Чи знаємо ми їхні доходи, асортимент покупок і реальні потреби?</translation>
    </message>
    <message>
        <source>Do we know what they will expect next year?</source>
        <translation>Чи знаємо ми, чого вони очікуватимуть наступного року?</translation>
    </message>
    <message>
        <source>Do we know their income sources?</source>
        <translation>Чи знаємо ми джерела їхніх доходів?</translation>
    </message>
    <message>
        <source>Do we know who decides on purchases?</source>
        <translation>Чи знаємо ми, хто ухвалює рішення про закупівлі?</translation>
    </message>
    <message>
        <source>Do we know competitors&apos; strategies towards them?</source>
        <translation>Чи знаємо ми стратегії конкурентів щодо них?</translation>
    </message>
    <message>
        <source>Can we measure the value we create for them?</source>
        <translation>Чи можемо ми виміряти цінність, яку створюємо для них?</translation>
    </message>
    <message>
        <source>Can we measure their value to us?</source>
        <translation>Чи можемо ми виміряти їхню цінність для нас?</translation>
    </message>
    <message>
        <source>Buyers whose purchases record a margin and whom an analysis run has ranked.</source>
        <translation>Покупці, для покупок яких записано маржу і яких ранжовано під час запуску аналізу.</translation>
    </message>
    <message>
        <source>Income band or household size (people and households), interests and preferences (tags) and purchases (the product mix).</source>
        <translation>Рівень доходу або розмір домогосподарства (фізичні особи й домогосподарства), інтереси та вподобання (мітки) і покупки (асортимент покупок).</translation>
    </message>
    <message>
        <source>A predicted value stored by the last analysis run.</source>
        <translation>Прогнозна цінність, збережена останнім запуском аналізу.</translation>
    </message>
    <message>
        <source>People and households: income band and household size; organisations: the segment (line of business) they earn in.</source>
        <translation>Фізичні особи й домогосподарства: рівень доходу й розмір домогосподарства; організації: сегмент (галузь), у якому вони заробляють.</translation>
    </message>
    <message>
        <source>Organisations: an active contact person marked decision maker. People and households decide for themselves.</source>
        <translation>Організації: активна контактна особа, позначена як особа, яка ухвалює рішення. Фізичні особи й домогосподарства вирішують самі.</translation>
    </message>
    <message>
        <source>An assessment of the alternatives known to the customer, or a partnership record naming the customer as a competitor.</source>
        <translation>Оцінка відомих клієнтові альтернатив або запис про партнерство, у якому клієнта зазначено як конкурента.</translation>
    </message>
    <message>
        <source>A satisfaction rating of an episode, or an assessment of perceived value or perceived service quality.</source>
        <translation>Оцінка задоволеності в епізоді або оцінка сприйнятої цінності чи сприйнятої якості обслуговування.</translation>
    </message>
    <message>
        <source>Buyers whose purchases record a margin and whose relationship costs are entered (table 7.3: profit from sales minus the costs of the partnership).</source>
        <translation>Покупці, для покупок яких записано маржу і для яких внесено витрати на відносини (табл. 7.3: прибуток від продажу мінус витрати на партнерство).</translation>
    </message>
    <message>
        <source>no purchase records a margin</source>
        <translation>жодна покупка не має маржі</translation>
    </message>
    <message>
        <source>not scored by an analysis run</source>
        <translation>немає показників аналізу</translation>
    </message>
    <message>
        <source>neither income band nor household size</source>
        <translation>немає ні рівня доходу, ні розміру домогосподарства</translation>
    </message>
    <message>
        <source>no interests or preferences (tags)</source>
        <translation>немає інтересів чи вподобань (міток)</translation>
    </message>
    <message>
        <source>no purchases, so no product mix</source>
        <translation>немає покупок, а отже, й асортименту покупок</translation>
    </message>
    <message>
        <source>no predicted value</source>
        <translation>немає прогнозної цінності</translation>
    </message>
    <message>
        <source>no income band</source>
        <translation>немає рівня доходу</translation>
    </message>
    <message>
        <source>no household size</source>
        <translation>немає розміру домогосподарства</translation>
    </message>
    <message>
        <source>no segment (line of business)</source>
        <translation>немає сегмента (галузі)</translation>
    </message>
    <message>
        <source>no active contact person</source>
        <translation>немає активної контактної особи</translation>
    </message>
    <message>
        <source>no contact person marked decision maker</source>
        <translation>немає контактної особи, яка ухвалює рішення</translation>
    </message>
    <message>
        <source>no assessment of alternatives known to the customer</source>
        <translation>немає оцінки відомих клієнтові альтернатив</translation>
    </message>
    <message>
        <source>no satisfaction rating or perceived value assessment</source>
        <translation>немає оцінки задоволеності чи сприйнятої цінності</translation>
    </message>
    <message>
        <source>no relationship costs</source>
        <translation>немає витрат на відносини</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between missing pieces</comment>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>KnowledgeAuditReport</name>
    <message>
        <source>%1 (%2)</source>
        <comment>what is missing (how many customers)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between missing pieces</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>The eight questions</source>
        <translation>Вісім запитань</translation>
    </message>
    <message>
        <source>The seed&apos;s customer-knowledge audit asks eight questions. Each is answered for a customer when the records that answer it are there; the shares count the customers it concerns, once as heads and once weighted by value (revenue to date plus predicted value), so the knowledge of the most valuable customers weighs most.</source>
        <translation>Аудит знань про клієнтів із джерела ставить вісім запитань. Запитання щодо клієнта має відповідь, коли в записах є дані, що на нього відповідають; частки враховують клієнтів, яких стосується запитання, — один раз за кількістю, а другий раз зважено за цінністю (дохід на сьогодні плюс прогнозна цінність), тож знання про найцінніших клієнтів важать найбільше.</translation>
    </message>
    <message>
        <source>No analysis run has stored scores yet: the ranking and the predicted values are missing for everyone.</source>
        <translation>Жоден запуск аналізу ще не зберіг показників: ранжування й прогнозних цінностей немає ні для кого.</translation>
    </message>
    <message>
        <source>Share answered per question</source>
        <translation>Частка відповідей за запитаннями</translation>
    </message>
    <message>
        <source>customers</source>
        <comment>a chart&apos;s legend</comment>
        <translation>клієнти</translation>
    </message>
    <message>
        <source>by value</source>
        <comment>a chart&apos;s legend</comment>
        <translation>за цінністю</translation>
    </message>
    <message>
        <source>Questions</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Запитання</translation>
    </message>
    <message>
        <source>How far the records answer each question</source>
        <translation>Наскільки записи відповідають на кожне запитання</translation>
    </message>
    <message>
        <source>No.</source>
        <comment>a question&apos;s number</comment>
        <translation>№ запитання</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Запитання</translation>
    </message>
    <message>
        <source>Answered from</source>
        <translation>Дані для відповіді</translation>
    </message>
    <message>
        <source>Customers concerned</source>
        <translation>Стосується клієнтів</translation>
    </message>
    <message>
        <source>Customers answered</source>
        <translation>Клієнти з відповіддю</translation>
    </message>
    <message>
        <source>Value answered</source>
        <translation>Цінність з відповіддю</translation>
    </message>
    <message>
        <source>What is missing (customers)</source>
        <translation>Чого бракує (клієнтів)</translation>
    </message>
    <message>
        <source>Customers to complete first</source>
        <translation>Чиї записи доповнити насамперед</translation>
    </message>
    <message>
        <source>Per question, the most valuable customers it does not answer yet, with what their records lack.</source>
        <translation>За кожним запитанням — найцінніші клієнти, щодо яких відповіді ще немає, і чого бракує в їхніх записах.</translation>
    </message>
    <message>
        <source>Complete first</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Доповнити насамперед</translation>
    </message>
    <message>
        <source>The most valuable customers to complete, per question</source>
        <translation>Найцінніші клієнти, чиї записи слід доповнити, за запитаннями</translation>
    </message>
    <message>
        <source>Id</source>
        <comment>a customer&apos;s number</comment>
        <translation>№</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Цінність</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Чого бракує</translation>
    </message>
    <message>
        <source>Customer-knowledge audit</source>
        <translation>Аудит знань про клієнтів</translation>
    </message>
    <message>
        <source>Customers</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Клієнти</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Цінність</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Rapport will be in %1 the next time it starts.</source>
        <translation>Під час наступного запуску Rapport використовуватиме мову: %1.</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Мова системи (%1)</translation>
    </message>
</context>
<context>
    <name>LoyaltyReport</name>
    <message>
        <source>Relationship ladder</source>
        <translation>Драбина лояльності</translation>
    </message>
    <message>
        <source>Prospect, customer, client, supporter, advocate, partner: marketing aims to move people up to advocates and partners.</source>
        <translation>Потенційний покупець, покупець, клієнт, прихильник, захисник, партнер: мета маркетингу — підняти людей до щаблів захисника й партнера.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)&apos; stages were set by hand and count as set.</source>
        <translation>
            <numerusform>Для %Ln клієнта щабель задано вручну, і він враховується як заданий.</numerusform>
            <numerusform>Для %Ln клієнтів щаблі задано вручну, і вони враховуються як задані.</numerusform>
            <numerusform>Для %Ln клієнтів щаблі задано вручну, і вони враховуються як задані.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers per stage</source>
        <translation>Клієнти за щаблями</translation>
    </message>
    <message>
        <source>customers</source>
        <comment>a chart&apos;s legend</comment>
        <translation>клієнти</translation>
    </message>
    <message>
        <source>Ladder</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Драбина</translation>
    </message>
    <message>
        <source>Stages and climbing during the period</source>
        <translation>Щаблі та підйом за період</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Щабель</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клієнти</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Частка</translation>
    </message>
    <message>
        <source>At this stage when the period opened</source>
        <translation>На цьому щаблі на початку періоду</translation>
    </message>
    <message>
        <source>Of those, higher when it closed</source>
        <translation>З них вище наприкінці періоду</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Конверсія</translation>
    </message>
    <message>
        <source>Median days to the next stage</source>
        <translation>Медіана днів до наступного щабля</translation>
    </message>
    <message>
        <source>Retention by acquisition cohort</source>
        <translation>Утримання за когортами залучення</translation>
    </message>
    <message>
        <source>Customers grouped by the year of their first purchase; each column is the share of the cohort that bought again in that later year.</source>
        <translation>Клієнтів згруповано за роком першої покупки; кожен стовпець — частка когорти, яка знову купувала в тому пізнішому році.</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Когорти</translation>
    </message>
    <message>
        <source>Share of each cohort buying in later years</source>
        <translation>Частка кожної когорти, що купувала в наступні роки</translation>
    </message>
    <message>
        <source>First purchase in</source>
        <translation>Рік першої покупки</translation>
    </message>
    <message>
        <source>Year %1 after</source>
        <comment>a cohort&apos;s k-th year after its first</comment>
        <translation>Рік +%1</translation>
    </message>
    <message>
        <source>Share still buying, by years since the first purchase</source>
        <translation>Частка тих, хто досі купує, за роками від першої покупки</translation>
    </message>
    <message>
        <source>No purchases in the years shown.</source>
        <translation>У показані роки покупок немає.</translation>
    </message>
    <message>
        <source>The four groups by purchase cost and frequency</source>
        <translation>Чотири групи за вартістю й частотою покупок</translation>
    </message>
    <message>
        <source>Buyers in the period split by the value of a purchase (high from %1) and purchases per month (high from %2).</source>
        <translation>Покупців за період розподілено за вартістю покупки (висока — від %1) і кількістю покупок на місяць (висока частота — від %2).</translation>
    </message>
    <message>
        <source>Four groups</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Чотири групи</translation>
    </message>
    <message>
        <source>The groups in the period</source>
        <translation>Групи за період</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <source>Share of buyers</source>
        <translation>Частка покупців</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>Частка доходу</translation>
    </message>
    <message>
        <source>Share of profit</source>
        <translation>Частка прибутку</translation>
    </message>
    <message>
        <source>Average revenue</source>
        <translation>Середній дохід</translation>
    </message>
    <message>
        <source>Group movement</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Переходи між групами</translation>
    </message>
    <message>
        <source>Movement between groups: the previous period (rows) to this one (columns)</source>
        <translation>Переходи між групами: з попереднього періоду (рядки) в поточний (стовпці)</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Попередній період</translation>
    </message>
    <message>
        <source>no purchase</source>
        <comment>a column of the groups&apos; movement</comment>
        <translation>немає покупок</translation>
    </message>
    <message>
        <source>group %1</source>
        <comment>a column of the groups&apos; movement</comment>
        <translation>група %1</translation>
    </message>
    <message>
        <source>Share of buyers, revenue and profit per group</source>
        <translation>Частка покупців, доходу й прибутку за групами</translation>
    </message>
    <message>
        <source>buyers</source>
        <comment>a chart&apos;s legend</comment>
        <translation>покупці</translation>
    </message>
    <message>
        <source>revenue</source>
        <comment>a chart&apos;s legend</comment>
        <translation>дохід</translation>
    </message>
    <message>
        <source>profit</source>
        <comment>a chart&apos;s legend</comment>
        <translation>прибуток</translation>
    </message>
    <message>
        <source>No purchase carries a margin, so the groups&apos; share of profit is left empty.</source>
        <translation>Жодна покупка не має маржі, тому частку прибутку груп не заповнено.</translation>
    </message>
    <message>
        <source>Key customers&apos; share of sales over time</source>
        <translation>Динаміка частки ключових клієнтів у продажах</translation>
    </message>
    <message numerus="yes">
        <source>Key customers are the %Ln class A customer(s) of the ranking by profit.</source>
        <translation>
            <numerusform>Ключові клієнти — це %Ln клієнт класу A в ранжуванні за прибутком.</numerusform>
            <numerusform>Ключові клієнти — це %Ln клієнти класу A в ранжуванні за прибутком.</numerusform>
            <numerusform>Ключові клієнти — це %Ln клієнтів класу A в ранжуванні за прибутком.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Key customers are the %Ln class A customer(s) of the ranking by revenue.</source>
        <translation>
            <numerusform>Ключові клієнти — це %Ln клієнт класу A в ранжуванні за доходом.</numerusform>
            <numerusform>Ключові клієнти — це %Ln клієнти класу A в ранжуванні за доходом.</numerusform>
            <numerusform>Ключові клієнти — це %Ln клієнтів класу A в ранжуванні за доходом.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Key customers are the %Ln class A customer(s) of the ranking by historical value.</source>
        <translation>
            <numerusform>Ключові клієнти — це %Ln клієнт класу A в ранжуванні за історичною цінністю.</numerusform>
            <numerusform>Ключові клієнти — це %Ln клієнти класу A в ранжуванні за історичною цінністю.</numerusform>
            <numerusform>Ключові клієнти — це %Ln клієнтів класу A в ранжуванні за історичною цінністю.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Key customers are the %Ln class A customer(s) of the ranking by predicted value.</source>
        <translation>
            <numerusform>Ключові клієнти — це %Ln клієнт класу A в ранжуванні за прогнозною цінністю.</numerusform>
            <numerusform>Ключові клієнти — це %Ln клієнти класу A в ранжуванні за прогнозною цінністю.</numerusform>
            <numerusform>Ключові клієнти — це %Ln клієнтів класу A в ранжуванні за прогнозною цінністю.</numerusform>
        </translation>
    </message>
    <message>
        <source>In a well-run firm about 20 % of customers bring 80 % of revenue (the seed&apos;s benchmark).</source>
        <translation>У добре керованій фірмі близько 20 % клієнтів приносять 80 % доходу (орієнтир із джерела).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln earlier quarter(s) of the trend are left out: nobody had bought yet, so there is no share to show.</source>
        <translation>
            <numerusform>%Ln ранній квартал тренду пропущено: покупок ще не було, тож частки немає.</numerusform>
            <numerusform>%Ln ранні квартали тренду пропущено: покупок ще не було, тож частки немає.</numerusform>
            <numerusform>%Ln ранніх кварталів тренду пропущено: покупок ще не було, тож частки немає.</numerusform>
        </translation>
    </message>
    <message>
        <source>No data: nobody bought in the quarters of the trend.</source>
        <translation>Даних немає: у кварталах тренду покупок не було.</translation>
    </message>
    <message>
        <source>Key customers&apos; share of each quarter&apos;s revenue</source>
        <translation>Частка ключових клієнтів у доході кожного кварталу</translation>
    </message>
    <message>
        <source>key customers</source>
        <comment>a chart&apos;s legend</comment>
        <translation>ключові клієнти</translation>
    </message>
    <message>
        <source>benchmark 80 %</source>
        <comment>a chart&apos;s legend</comment>
        <translation>орієнтир 80 %</translation>
    </message>
    <message>
        <source>Key customers</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Ключові клієнти</translation>
    </message>
    <message>
        <source>Key customers&apos; share of revenue per quarter</source>
        <translation>Частка ключових клієнтів у доході за кварталами</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Top customers by value</source>
        <translation>Найцінніші клієнти</translation>
    </message>
    <message>
        <source>Top customers</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Найцінніші клієнти</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln most valuable customer(s) by profit</source>
        <translation>
            <numerusform>%Ln найцінніший клієнт за прибутком</numerusform>
            <numerusform>%Ln найцінніші клієнти за прибутком</numerusform>
            <numerusform>%Ln найцінніших клієнтів за прибутком</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln most valuable customer(s) by revenue</source>
        <translation>
            <numerusform>%Ln найцінніший клієнт за доходом</numerusform>
            <numerusform>%Ln найцінніші клієнти за доходом</numerusform>
            <numerusform>%Ln найцінніших клієнтів за доходом</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln most valuable customer(s) by historical value</source>
        <translation>
            <numerusform>%Ln найцінніший клієнт за історичною цінністю</numerusform>
            <numerusform>%Ln найцінніші клієнти за історичною цінністю</numerusform>
            <numerusform>%Ln найцінніших клієнтів за історичною цінністю</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln most valuable customer(s) by predicted value</source>
        <translation>
            <numerusform>%Ln найцінніший клієнт за прогнозною цінністю</numerusform>
            <numerusform>%Ln найцінніші клієнти за прогнозною цінністю</numerusform>
            <numerusform>%Ln найцінніших клієнтів за прогнозною цінністю</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Id</source>
        <comment>a customer&apos;s number</comment>
        <translation>№</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Цінність</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Накопичена частка</translation>
    </message>
    <message>
        <source>Class</source>
        <comment>the ABC class of a customer</comment>
        <translation>Клас</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>Сегмент RFM</translation>
    </message>
    <message>
        <source>Loyalty report</source>
        <translation>Звіт про лояльність</translation>
    </message>
</context>
<context>
    <name>ProfitabilityReport</name>
    <message>
        <source>Pareto curve</source>
        <translation>Крива Парето</translation>
    </message>
    <message>
        <source>The top 20 % of buyers bring %1 of revenue (the seed&apos;s benchmark: 80 %); the top 10 % bring %2 of profit (benchmark: 90 %).</source>
        <translation>Найкращі 20 % покупців приносять %1 доходу (орієнтир із джерела: 80 %); найкращі 10 % — %2 прибутку (орієнтир: 90 %).</translation>
    </message>
    <message>
        <source>The top 20 % of buyers bring %1 of revenue (the seed&apos;s benchmark: 80 %); the top 10 % bring %2 of revenue; their share of profit is unknown, as no purchase carries a margin (benchmark: 90 % of profit).</source>
        <translation>Найкращі 20 % покупців приносять %1 доходу (орієнтир із джерела: 80 %); найкращі 10 % — %2 доходу; їхня частка прибутку невідома, бо жодна покупка не має маржі (орієнтир: 90 % прибутку).</translation>
    </message>
    <message>
        <source>Cumulative share of value by share of customers</source>
        <translation>Накопичена частка цінності за часткою клієнтів</translation>
    </message>
    <message>
        <source>80/20 rule</source>
        <translation>Правило 80/20</translation>
    </message>
    <message>
        <source>your customers</source>
        <comment>a chart&apos;s legend</comment>
        <translation>ваші клієнти</translation>
    </message>
    <message>
        <source>Pareto</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Парето</translation>
    </message>
    <message>
        <source>The curve at every 5 % of customers</source>
        <translation>Крива з кроком 5 % клієнтів</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>Частка клієнтів</translation>
    </message>
    <message>
        <source>Share of value</source>
        <translation>Частка цінності</translation>
    </message>
    <message>
        <source>The average buyer (table 7.3)</source>
        <translation>Середній покупець (табл. 7.3)</translation>
    </message>
    <message numerus="yes">
        <source>Over %Ln buyer(s); the expected lifetime is the average relationship so far, %1 months.</source>
        <translation>
            <numerusform>За даними %Ln покупця; очікувана тривалість відносин — середня тривалість відносин дотепер, %1 міс.</numerusform>
            <numerusform>За даними %Ln покупців; очікувана тривалість відносин — середня тривалість відносин дотепер, %1 міс.</numerusform>
            <numerusform>За даними %Ln покупців; очікувана тривалість відносин — середня тривалість відносин дотепер, %1 міс.</numerusform>
        </translation>
    </message>
    <message>
        <source>Average buyer</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Середній покупець</translation>
    </message>
    <message>
        <source>Value of the goods a buyer buys, per year of relationship</source>
        <translation>Вартість товарів, придбаних покупцем, на рік відносин</translation>
    </message>
    <message>
        <source>Line</source>
        <comment>a line of table 7.3</comment>
        <translation>Рядок</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <source>1 Average single sale</source>
        <comment>a line of table 7.3</comment>
        <translation>1 Середній разовий продаж</translation>
    </message>
    <message>
        <source>2 Purchases per year</source>
        <comment>a line of table 7.3</comment>
        <translation>2 Покупок на рік</translation>
    </message>
    <message>
        <source>3 Sales per year (1 x 2)</source>
        <comment>a line of table 7.3</comment>
        <translation>3 Продажі на рік (1 × 2)</translation>
    </message>
    <message>
        <source>4 Profit from sales</source>
        <comment>a line of table 7.3</comment>
        <translation>4 Прибуток від продажу</translation>
    </message>
    <message>
        <source>5 Costs of the partnership</source>
        <comment>a line of table 7.3</comment>
        <translation>5 Витрати на партнерство</translation>
    </message>
    <message>
        <source>6 Profitability (4 - 5)</source>
        <comment>a line of table 7.3</comment>
        <translation>6 Прибутковість (4 − 5)</translation>
    </message>
    <message>
        <source>Value per month</source>
        <comment>a line of table 7.3</comment>
        <translation>Цінність на місяць</translation>
    </message>
    <message>
        <source>Value over the expected lifetime (discounted)</source>
        <comment>a line of table 7.3</comment>
        <translation>Цінність за очікувану тривалість відносин (з дисконтуванням)</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Ранжування</translation>
    </message>
    <message>
        <source>Class A: hold on with all force; B: watch closely; C: let go (the seed&apos;s three decisions), by profit.</source>
        <translation>Клас A — утримувати всіма силами; B — уважно стежити; C — відпустити (три рішення з джерела); ранжування за прибутком.</translation>
    </message>
    <message>
        <source>Class A: hold on with all force; B: watch closely; C: let go (the seed&apos;s three decisions), by revenue.</source>
        <translation>Клас A — утримувати всіма силами; B — уважно стежити; C — відпустити (три рішення з джерела); ранжування за доходом.</translation>
    </message>
    <message>
        <source>Class A: hold on with all force; B: watch closely; C: let go (the seed&apos;s three decisions), by historical value.</source>
        <translation>Клас A — утримувати всіма силами; B — уважно стежити; C — відпустити (три рішення з джерела); ранжування за історичною цінністю.</translation>
    </message>
    <message>
        <source>Class A: hold on with all force; B: watch closely; C: let go (the seed&apos;s three decisions), by predicted value.</source>
        <translation>Клас A — утримувати всіма силами; B — уважно стежити; C — відпустити (три рішення з джерела); ранжування за прогнозною цінністю.</translation>
    </message>
    <message>
        <source>Lines 1-6 per year of relationship, as in table 7.3.</source>
        <translation>Рядки 1–6 — у розрахунку на рік відносин, як у табл. 7.3.</translation>
    </message>
    <message>
        <source>Ranking</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Ранжування</translation>
    </message>
    <message>
        <source>Every buyer, most valuable first</source>
        <translation>Усі покупці, від найцінніших</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Id</source>
        <comment>a customer&apos;s number</comment>
        <translation>№</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Class</source>
        <comment>the ABC class of a customer</comment>
        <translation>Клас</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <source>1 Average sale</source>
        <comment>a column of table 7.3</comment>
        <translation>1 Середній продаж</translation>
    </message>
    <message>
        <source>2 Purchases per year</source>
        <comment>a column of table 7.3</comment>
        <translation>2 Покупок на рік</translation>
    </message>
    <message>
        <source>3 Sales per year</source>
        <comment>a column of table 7.3</comment>
        <translation>3 Продажі на рік</translation>
    </message>
    <message>
        <source>4 Profit from sales</source>
        <comment>a column of table 7.3</comment>
        <translation>4 Прибуток від продажу</translation>
    </message>
    <message>
        <source>5 Costs</source>
        <comment>a column of table 7.3</comment>
        <translation>5 Витрати</translation>
    </message>
    <message>
        <source>6 Profitability</source>
        <comment>a column of table 7.3</comment>
        <translation>6 Прибутковість</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Пожиттєва цінність</translation>
    </message>
    <message>
        <source>Predicted value</source>
        <translation>Прогнозна цінність</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(alive)</translation>
    </message>
    <message>
        <source>Profitability report</source>
        <translation>Звіт про прибутковість</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>“%1” could not be done again: %2</source>
        <translation>Не вдалося повторити «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” was not undone: %2</source>
        <translation>Не вдалося скасувати «%1»: %2</translation>
    </message>
    <message>
        <source>Currency %1</source>
        <translation>Валюта: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A currency in a list: its ISO code and its sign, e.g. &quot;PLN (zł)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Гаразд</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Зберегти все</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Так</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Так для &amp;всіх</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ні</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Н&amp;і для всіх</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Перервати</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторити</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ігнорувати</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Відкинути</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Довідка</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Застосувати</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Скинути</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Відновити типові</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>%1M</source>
        <comment>millions on a chart&apos;s axis: 1.5M</comment>
        <translation>%1 млн</translation>
    </message>
    <message>
        <source>%1k</source>
        <comment>thousands on a chart&apos;s axis: 20k</comment>
        <translation>%1 тис.</translation>
    </message>
</context>
<context>
    <name>ReportFormats</name>
    <message numerus="yes">
        <source>The first %1 of %Ln rows; the XLSX and CSV versions of this report hold all of them.</source>
        <translation>
            <numerusform>Показано перші %1 з %Ln рядка; версії цього звіту у форматах XLSX і CSV містять усі рядки.</numerusform>
            <numerusform>Показано перші %1 з %Ln рядків; версії цього звіту у форматах XLSX і CSV містять усі рядки.</numerusform>
            <numerusform>Показано перші %1 з %Ln рядків; версії цього звіту у форматах XLSX і CSV містять усі рядки.</numerusform>
        </translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <comment>a PDF page&apos;s foot</comment>
        <translation>сторінка %1 з %2</translation>
    </message>
    <message>
        <source>About</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Про звіт</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Звіт</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a money column&apos;s header and its currency: Revenue (PLN)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <source>champions</source>
        <comment>RFM segment</comment>
        <translation>чемпіони</translation>
    </message>
    <message>
        <source>loyal</source>
        <comment>RFM segment</comment>
        <translation>лояльні</translation>
    </message>
    <message>
        <source>cannot lose</source>
        <comment>RFM segment</comment>
        <translation>не можна втратити</translation>
    </message>
    <message>
        <source>at risk</source>
        <comment>RFM segment</comment>
        <translation>під загрозою</translation>
    </message>
    <message>
        <source>hibernating</source>
        <comment>RFM segment</comment>
        <translation>сплячі</translation>
    </message>
    <message>
        <source>new</source>
        <comment>RFM segment</comment>
        <translation>нові</translation>
    </message>
    <message>
        <source>potential loyalist</source>
        <comment>RFM segment</comment>
        <translation>потенційно лояльні</translation>
    </message>
    <message>
        <source>needs attention</source>
        <comment>RFM segment</comment>
        <translation>потребують уваги</translation>
    </message>
    <message>
        <source>no predictions: the %1 fit did not converge (%2)</source>
        <translation>прогнозів немає: підгонка моделі %1 не зійшлася (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and Gamma-Gamma, fitted in months; horizon %Ln month(s), monthly discount %2</source>
        <comment>the models of the analysis</comment>
        <translation>
            <numerusform>%1 і Gamma-Gamma, підігнані в місяцях; горизонт %Ln місяць, ставка дисконтування %2 на місяць</numerusform>
            <numerusform>%1 і Gamma-Gamma, підігнані в місяцях; горизонт %Ln місяці, ставка дисконтування %2 на місяць</numerusform>
            <numerusform>%1 і Gamma-Gamma, підігнані в місяцях; горизонт %Ln місяців, ставка дисконтування %2 на місяць</numerusform>
        </translation>
    </message>
    <message>
        <source>Period</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Період</translation>
    </message>
    <message>
        <source>%1 to %2 (the window; earlier history counts for value and ladder)</source>
        <translation>%1 – %2 (період аналізу; давніша історія враховується для цінності й драбини)</translation>
    </message>
    <message numerus="yes">
        <source>the %Ln customer(s) of sales manager %1 (models fitted on the whole base); %2 bought in the period</source>
        <translation>
            <numerusform>%Ln клієнт менеджера з продажу %1 (моделі підігнано на всій базі); купували за період: %2</numerusform>
            <numerusform>%Ln клієнти менеджера з продажу %1 (моделі підігнано на всій базі); купували за період: %2</numerusform>
            <numerusform>%Ln клієнтів менеджера з продажу %1 (моделі підігнано на всій базі); купували за період: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %Ln customer(s) in the base, no filter; %1 bought in the period</source>
        <translation>
            <numerusform>усього %Ln клієнт у базі, без фільтра; купували за період: %1</numerusform>
            <numerusform>усього %Ln клієнти в базі, без фільтра; купували за період: %1</numerusform>
            <numerusform>усього %Ln клієнтів у базі, без фільтра; купували за період: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Клієнти</translation>
    </message>
    <message>
        <source>Model</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Модель</translation>
    </message>
    <message>
        <source>WEAK FIT.</source>
        <translation>СЛАБКА ВІДПОВІДНІСТЬ.</translation>
    </message>
    <message>
        <source>Model fit</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Відповідність моделі</translation>
    </message>
    <message>
        <source>Ranking</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Ранжування</translation>
    </message>
    <message>
        <source>Ladder rules</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Правила драбини</translation>
    </message>
    <message>
        <source>purchase days for a client: %1; mean satisfaction for a supporter: %2; referrals for an advocate: %3</source>
        <translation>днів із покупками для клієнта: %1; середня задоволеність для прихильника: %2; рекомендацій для захисника: %3</translation>
    </message>
    <message>
        <source>Churn rules</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Правила відтоку</translation>
    </message>
    <message>
        <source>at risk below P(alive) %1 or after %2 usual intervals; lapsed after %3 (lapsed: %4; lost: %5)</source>
        <translation>під загрозою — якщо P(alive) нижче %1 або немає покупок довше, ніж %2 × звичайний інтервал; неактивний — довше, ніж %3 × звичайний інтервал (неактивний: %4; втрачений: %5)</translation>
    </message>
    <message>
        <source>thresholds %1 per purchase and %2 purchases per month (the medians)</source>
        <translation>поріг вартості %1 за покупку, поріг частоти %2 покупки на місяць (медіани)</translation>
    </message>
    <message>
        <source>thresholds %1 per purchase and %2 purchases per month</source>
        <translation>поріг вартості %1 за покупку, поріг частоти %2 покупки на місяць</translation>
    </message>
    <message>
        <source>Four groups</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Чотири групи</translation>
    </message>
    <message>
        <source>Database</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>База даних</translation>
    </message>
    <message>
        <source>Currency</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Made</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Створено</translation>
    </message>
    <message>
        <source>%1 by Rapport</source>
        <comment>when a report was made</comment>
        <translation>%1 у Rapport</translation>
    </message>
    <message>
        <source>1 high cost, high frequency</source>
        <comment>the four groups (seed table 7.2)</comment>
        <translation>1 висока вартість, часто</translation>
    </message>
    <message>
        <source>2 low cost, high frequency</source>
        <comment>the four groups (seed table 7.2)</comment>
        <translation>2 низька вартість, часто</translation>
    </message>
    <message>
        <source>3 high cost, low frequency</source>
        <comment>the four groups (seed table 7.2)</comment>
        <translation>3 висока вартість, рідко</translation>
    </message>
    <message>
        <source>4 low cost, low frequency</source>
        <comment>the four groups (seed table 7.2)</comment>
        <translation>4 низька вартість, рідко</translation>
    </message>
    <message>
        <source>no purchase in the period</source>
        <comment>the four groups (seed table 7.2)</comment>
        <translation>немає покупок за період</translation>
    </message>
    <message>
        <source>hold on with all force</source>
        <comment>the seed&apos;s decision for a class A customer</comment>
        <translation>утримувати всіма силами</translation>
    </message>
    <message>
        <source>watch closely</source>
        <comment>the seed&apos;s decision for a class B customer</comment>
        <translation>уважно стежити</translation>
    </message>
    <message>
        <source>let go</source>
        <comment>the seed&apos;s decision for a class C customer</comment>
        <translation>відпустити</translation>
    </message>
</context>
<context>
    <name>rapport::ui::AnalysisService</name>
    <message>
        <source>Analysis cancelled.</source>
        <translation>Аналіз скасовано.</translation>
    </message>
    <message>
        <source>Customer #%1</source>
        <translation>Клієнт № %1</translation>
    </message>
    <message>
        <source>Analysis: reading purchases…</source>
        <translation>Аналіз: читання покупок…</translation>
    </message>
    <message>
        <source>Analysis: reading purchases (%L1)…</source>
        <translation>Аналіз: читання покупок (%L1)…</translation>
    </message>
    <message>
        <source>Analysis: fitting the purchase and spend models…</source>
        <translation>Аналіз: підгонка моделей частоти й суми покупок…</translation>
    </message>
    <message>
        <source>Analysis: reading customers and episodes…</source>
        <translation>Аналіз: читання клієнтів і епізодів…</translation>
    </message>
    <message numerus="yes">
        <source>Analysis: reading customers and episodes (%Ln row(s))…</source>
        <translation>
            <numerusform>Аналіз: читання клієнтів і епізодів (%Ln рядок)…</numerusform>
            <numerusform>Аналіз: читання клієнтів і епізодів (%Ln рядки)…</numerusform>
            <numerusform>Аналіз: читання клієнтів і епізодів (%Ln рядків)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysis: storing the scores for the customer list…</source>
        <translation>Аналіз: збереження показників для списку клієнтів…</translation>
    </message>
    <message>
        <source>Analysis: computing the reports…</source>
        <translation>Аналіз: обчислення звітів…</translation>
    </message>
    <message numerus="yes">
        <source>Analysis of %Ln customer(s) finished in %1 s.</source>
        <translation>
            <numerusform>Аналіз %Ln клієнта завершено за %1 с.</numerusform>
            <numerusform>Аналіз %Ln клієнтів завершено за %1 с.</numerusform>
            <numerusform>Аналіз %Ln клієнтів завершено за %1 с.</numerusform>
        </translation>
    </message>
    <message>
        <source>The analysis failed: %1</source>
        <translation>Помилка аналізу: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::AnalysisSettingsDialog</name>
    <message>
        <source>Analysis settings</source>
        <translation>Параметри аналізу</translation>
    </message>
    <message>
        <source>the median of the buyers</source>
        <translation>медіана за покупцями</translation>
    </message>
    <message>
        <source>BG/NBD (Fader, Hardie and Lee 2005)</source>
        <translation>BG/NBD (Fader, Hardie, Lee, 2005)</translation>
    </message>
    <message>
        <source>Pareto/NBD (Schmittlein, Morrison and Colombo 1987)</source>
        <translation>Pareto/NBD (Schmittlein, Morrison, Colombo, 1987)</translation>
    </message>
    <message>
        <source> % a month</source>
        <translation> % на місяць</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Період аналізу:</translation>
    </message>
    <message>
        <source>&amp;Cost threshold (per purchase):</source>
        <translation>Поріг &amp;вартості (за покупку):</translation>
    </message>
    <message>
        <source>&amp;Frequency threshold (purchases a month):</source>
        <translation>Поріг &amp;частоти (покупок на місяць):</translation>
    </message>
    <message>
        <source>Purchase &amp;model:</source>
        <translation>&amp;Модель покупок:</translation>
    </message>
    <message>
        <source>&amp;Horizon of predicted value:</source>
        <translation>&amp;Горизонт прогнозної цінності:</translation>
    </message>
    <message>
        <source>&amp;Discount rate:</source>
        <translation>Ставка &amp;дисконтування:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <comment>a spin box: the number of months</comment>
        <translation>
            <numerusform>%Ln місяць</numerusform>
            <numerusform>%Ln місяці</numerusform>
            <numerusform>%Ln місяців</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost threshold: expected a positive amount such as %1, or nothing for the median</source>
        <translation>Поріг вартості: очікується додатна сума, наприклад %1, або порожнє поле для медіани</translation>
    </message>
    <message>
        <source>Frequency threshold: expected a positive number such as %1, or nothing for the median</source>
        <translation>Поріг частоти: очікується додатне число, наприклад %1, або порожнє поле для медіани</translation>
    </message>
</context>
<context>
    <name>rapport::ui::AnalyticsPage</name>
    <message>
        <source>&amp;Run analysis</source>
        <translation>&amp;Запустити аналіз</translation>
    </message>
    <message>
        <source>Analyse the whole base again in the background (F5)</source>
        <translation>Повторно проаналізувати всю базу у фоновому режимі (F5)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Параметри…</translation>
    </message>
    <message>
        <source>Window, thresholds, model, horizon and discount</source>
        <translation>Період, пороги, модель, горизонт і ставка дисконтування</translation>
    </message>
    <message>
        <source>Click a point or a bar to see the customers behind it.</source>
        <translation>Клацніть точку або стовпчик, щоб побачити клієнтів, які за ними стоять.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Show in customer list</source>
        <translation>Показати в списку клієнтів</translation>
    </message>
    <message>
        <source>Pareto curve</source>
        <translation>Крива Парето</translation>
    </message>
    <message>
        <source>Four groups</source>
        <translation>Чотири групи</translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation>Драбина</translation>
    </message>
    <message>
        <source>Churn reasons</source>
        <translation>Причини відтоку</translation>
    </message>
    <message>
        <source>Predicted value</source>
        <translation>Прогнозна цінність</translation>
    </message>
    <message>
        <source>Model fit</source>
        <translation>Відповідність моделі</translation>
    </message>
    <message>
        <source>Customers behind…</source>
        <translation>Клієнти за елементом діаграми…</translation>
    </message>
    <message>
        <source>The customers behind a part of the chart, as a click on it shows them</source>
        <translation>Клієнти, що стоять за елементом діаграми, — ті самі, яких показує клацання по ньому</translation>
    </message>
    <message>
        <source>Analysing in the background…</source>
        <translation>Аналіз у фоновому режимі…</translation>
    </message>
    <message>
        <source>No analysis yet: Run analysis (F5) computes the charts in the background.</source>
        <translation>Аналізу ще не було: «Запустити аналіз» (F5) обчислить діаграми у фоновому режимі.</translation>
    </message>
    <message>
        <source>BG/NBD</source>
        <translation>BG/NBD</translation>
    </message>
    <message>
        <source>Pareto/NBD</source>
        <translation>Pareto/NBD</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Маржа</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Дохід</translation>
    </message>
    <message>
        <source>Historical value</source>
        <translation>Історична цінність</translation>
    </message>
    <message>
        <source>%1 has no standard error: the data do not pin it down.</source>
        <translation>%1: стандартної похибки немає — дані не дають змоги визначити цей параметр.</translation>
    </message>
    <message>
        <source>%1 sits on the optimiser&apos;s bound: the data push it without limit.</source>
        <translation>%1: параметр на межі оптимізатора — дані зсувають його без обмежень.</translation>
    </message>
    <message>
        <source>The %1 fit did not converge: there are no P(alive) or predicted values.</source>
        <translation>Підгонка моделі %1 не зійшлася: немає ні P(alive), ні прогнозних значень.</translation>
    </message>
    <message>
        <source>P(alive) is uninformative: it is at least %1 for every customer, so the at-risk rule (P(alive) below %2) never fires; only the rule by purchase intervals marks customers at risk.</source>
        <translation>P(alive) неінформативна: для кожного клієнта вона не нижча за %1, тож правило «під загрозою» (P(alive) нижче %2) ніколи не спрацьовує; під загрозу клієнтів відносить лише правило за інтервалами між покупками.</translation>
    </message>
    <message>
        <source>P(alive), expected purchases and predicted values rest on parameters the data do not pin down: read them as rough guides.</source>
        <translation>P(alive), очікувані покупки й прогнозні значення спираються на параметри, які дані не дають змоги визначити: вважайте їх лише приблизними орієнтирами.</translation>
    </message>
    <message>
        <source>The Gamma-Gamma fit did not converge: each repeat buyer&apos;s own average spend per purchase stands in for the predicted spend, the repeat buyers&apos; average for one-time buyers.</source>
        <translation>Підгонка моделі Gamma-Gamma не зійшлася: замість прогнозної суми покупки використано власну середню суму покупки кожного повторного покупця, а для одноразових покупців — середню суму повторних.</translation>
    </message>
    <message>
        <source>Expected spend per purchase, and so every predicted value, is uncertain.</source>
        <translation>Очікувана сума покупки, а отже, і всі прогнозні значення неточні.</translation>
    </message>
    <message>
        <source>Ranked by revenue, not profit: no purchase analysed carries a margin, so profit cannot rank customers. Classes, the Pareto curve and key customers are by revenue.</source>
        <translation>Ранжування за доходом, а не за прибутком: жодна проаналізована покупка не має маржі, тому ранжувати клієнтів за прибутком неможливо. Класи, крива Парето та ключові клієнти розраховані за доходом.</translation>
    </message>
    <message>
        <source>No purchase analysed carries a margin: profit figures are missing.</source>
        <translation>Жодна проаналізована покупка не має маржі: даних про прибуток немає.</translation>
    </message>
    <message>
        <source>Pareto curve of revenue (no margins recorded, so not of profit): the top 20 % of customers bring %1 of it (benchmark 80 %)</source>
        <translation>Крива Парето за доходом (маржу не записано, тому не за прибутком): на найкращих 20 % клієнтів припадає %1 (орієнтир 80 %)</translation>
    </message>
    <message>
        <source>Your customers</source>
        <translation>Ваші клієнти</translation>
    </message>
    <message>
        <source>80/20 benchmark</source>
        <translation>Орієнтир 80/20</translation>
    </message>
    <message>
        <source>Customers, best first</source>
        <translation>Клієнти, від найкращих</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Накопичена частка</translation>
    </message>
    <message>
        <source>Top %1 % of customers</source>
        <translation>Найкращі %1 % клієнтів</translation>
    </message>
    <message>
        <source>Revenue in the window</source>
        <translation>Дохід за період</translation>
    </message>
    <message>
        <source>Purchases per month (log scale)</source>
        <translation>Покупок на місяць (лог. шкала)</translation>
    </message>
    <message>
        <source>Average purchase (log scale)</source>
        <translation>Середня покупка (лог. шкала)</translation>
    </message>
    <message>
        <source>Average purchase in %1 (log scale)</source>
        <translation>Середня покупка, %1 (лог. шкала)</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Пороги</translation>
    </message>
    <message>
        <source>Relationship ladder: customers per stage at the start of the window and now</source>
        <translation>Драбина лояльності: клієнти за щаблями на початку періоду й зараз</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>На %1</translation>
    </message>
    <message>
        <source>Now (%1)</source>
        <translation>Зараз (%1)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клієнти</translation>
    </message>
    <message>
        <source>Your lost customers</source>
        <translation>Ваші втрачені клієнти</translation>
    </message>
    <message>
        <source>Benchmark (middle of the seed&apos;s range)</source>
        <translation>Орієнтир (середина діапазону з джерела)</translation>
    </message>
    <message>
        <source>Share of lost customers</source>
        <translation>Частка втрачених клієнтів</translation>
    </message>
    <message>
        <source>Yearly revenue</source>
        <translation>Річний дохід</translation>
    </message>
    <message>
        <source>All lost customers</source>
        <translation>Усі втрачені клієнти</translation>
    </message>
    <message>
        <source>Lost customers</source>
        <translation>Втрачені клієнти</translation>
    </message>
    <message>
        <source>Predicted value: no model could be fitted (%1)</source>
        <translation>Прогнозна цінність: не вдалося підігнати жодної моделі (%1)</translation>
    </message>
    <message>
        <source>Predicted value %1</source>
        <translation>Прогнозна цінність %1</translation>
    </message>
    <message>
        <source>WEAK FIT: %1</source>
        <translation>СЛАБКА ВІДПОВІДНІСТЬ: %1</translation>
    </message>
    <message>
        <source>Model fit: no model could be fitted</source>
        <translation>Відповідність моделі: не вдалося підігнати жодної моделі</translation>
    </message>
    <message>
        <source>Model fit: the check of repeat purchases is drawn for BG/NBD (choose it in Settings)</source>
        <translation>Відповідність моделі: перевірку повторних покупок побудовано для BG/NBD (виберіть її в параметрах)</translation>
    </message>
    <message>
        <source>Actual customers</source>
        <translation>Фактично клієнтів</translation>
    </message>
    <message>
        <source>Expected by BG/NBD</source>
        <translation>Очікувано за BG/NBD</translation>
    </message>
    <message>
        <source>Model fit: customers by number of repeat purchases, seen and predicted</source>
        <translation>Відповідність моделі: клієнти за кількістю повторних покупок, фактично й за прогнозом</translation>
    </message>
    <message>
        <source>Repeat purchases (days with a purchase after the first)</source>
        <translation>Повторні покупки (дні з покупкою після першої)</translation>
    </message>
    <message>
        <source>Predicted value in %1</source>
        <translation>Прогнозна цінність, %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln customer(s), the first %L2 shown</source>
        <translation>
            <numerusform>%1: %Ln клієнт, показано перших %L2</numerusform>
            <numerusform>%1: %Ln клієнти, показано перших %L2</numerusform>
            <numerusform>%1: %Ln клієнтів, показано перших %L2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln customer(s)</source>
        <translation>
            <numerusform>%1: %Ln клієнт</numerusform>
            <numerusform>%1: %Ln клієнти</numerusform>
            <numerusform>%1: %Ln клієнтів</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer #%1</source>
        <translation>Клієнт № %1</translation>
    </message>
    <message>
        <source>Up to %1</source>
        <translation>Станом на %1</translation>
    </message>
    <message numerus="yes">
        <source>window %Ln month(s)</source>
        <translation>
            <numerusform>період %Ln місяць</numerusform>
            <numerusform>період %Ln місяці</numerusform>
            <numerusform>період %Ln місяців</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>horizon %Ln month(s) at %1 a month</source>
        <translation>
            <numerusform>горизонт %Ln місяць, з дисконтуванням %1 на місяць</numerusform>
            <numerusform>горизонт %Ln місяці, з дисконтуванням %1 на місяць</numerusform>
            <numerusform>горизонт %Ln місяців, з дисконтуванням %1 на місяць</numerusform>
        </translation>
    </message>
    <message>
        <source>thresholds: the medians</source>
        <translation>пороги: медіани</translation>
    </message>
    <message>
        <source>thresholds set by hand</source>
        <translation>пороги задано вручну</translation>
    </message>
    <message>
        <source>Pareto curve of margin: the top 20 % of customers bring %1 of it (benchmark 80 %)</source>
        <translation>Крива Парето за маржею: на найкращих 20 % клієнтів припадає %1 маржі (орієнтир 80 %)</translation>
    </message>
    <message>
        <source>Pareto curve of revenue: the top 20 % of customers bring %1 of it (benchmark 80 %)</source>
        <translation>Крива Парето за доходом: на найкращих 20 % клієнтів припадає %1 доходу (орієнтир 80 %)</translation>
    </message>
    <message>
        <source>Pareto curve of historical value: the top 20 % of customers bring %1 of it (benchmark 80 %)</source>
        <translation>Крива Парето за історичною цінністю: на найкращих 20 % клієнтів припадає %1 історичної цінності (орієнтир 80 %)</translation>
    </message>
    <message>
        <source>Pareto curve of predicted value: the top 20 % of customers bring %1 of it (benchmark 80 %)</source>
        <translation>Крива Парето за прогнозною цінністю: на найкращих 20 % клієнтів припадає %1 прогнозної цінності (орієнтир 80 %)</translation>
    </message>
    <message>
        <source>%1 %2 = %L3</source>
        <comment>model, parameter = estimate</comment>
        <translation>%1 %2 = %L3</translation>
    </message>
    <message>
        <source>%1 ± %L2: the standard error exceeds the estimate.</source>
        <translation>%1 ± %L2: стандартна похибка більша за саму оцінку.</translation>
    </message>
    <message>
        <source>Weak model fit: %1</source>
        <comment>followed by the reasons</comment>
        <translation>Слабка відповідність моделі: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nobody was recorded as lost in the last year, but %Ln buyer(s) lapsed (no purchase for over %1 usual intervals): see the churn tab.</source>
        <translation>
            <numerusform>За останній рік жодного клієнта не позначено як втраченого, але %Ln покупець став неактивним (немає покупок довше, ніж %1 × звичайний інтервал): див. вкладку відтоку.</numerusform>
            <numerusform>За останній рік жодного клієнта не позначено як втраченого, але %Ln покупці стали неактивними (немає покупок довше, ніж %1 × звичайний інтервал): див. вкладку відтоку.</numerusform>
            <numerusform>За останній рік жодного клієнта не позначено як втраченого, але %Ln покупців стали неактивними (немає покупок довше, ніж %1 × звичайний інтервал): див. вкладку відтоку.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nobody was recorded as lost, but %Ln customer(s) are lapsed now (no purchase for over %1 usual intervals); the purchases cover less than a year, so there is no yearly rate: see the churn tab.</source>
        <translation>
            <numerusform>Жодного клієнта не позначено як втраченого, але зараз %Ln клієнт неактивний (немає покупок довше, ніж %1 × звичайний інтервал); покупки охоплюють менше року, тому річного показника немає: див. вкладку відтоку.</numerusform>
            <numerusform>Жодного клієнта не позначено як втраченого, але зараз %Ln клієнти неактивні (немає покупок довше, ніж %1 × звичайний інтервал); покупки охоплюють менше року, тому річного показника немає: див. вкладку відтоку.</numerusform>
            <numerusform>Жодного клієнта не позначено як втраченого, але зараз %Ln клієнтів неактивні (немає покупок довше, ніж %1 × звичайний інтервал); покупки охоплюють менше року, тому річного показника немає: див. вкладку відтоку.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nobody was recorded as lost, but %Ln customer(s) are lapsed now (no purchase for over %1 usual intervals): see the churn tab.</source>
        <translation>
            <numerusform>Жодного клієнта не позначено як втраченого, але зараз %Ln клієнт неактивний (немає покупок довше, ніж %1 × звичайний інтервал): див. вкладку відтоку.</numerusform>
            <numerusform>Жодного клієнта не позначено як втраченого, але зараз %Ln клієнти неактивні (немає покупок довше, ніж %1 × звичайний інтервал): див. вкладку відтоку.</numerusform>
            <numerusform>Жодного клієнта не позначено як втраченого, але зараз %Ln клієнтів неактивні (немає покупок довше, ніж %1 × звичайний інтервал): див. вкладку відтоку.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Four groups by purchase cost and frequency in the window (%Ln buyer(s))</source>
        <translation>
            <numerusform>Чотири групи за вартістю й частотою покупок за період (%Ln покупець)</numerusform>
            <numerusform>Чотири групи за вартістю й частотою покупок за період (%Ln покупці)</numerusform>
            <numerusform>Чотири групи за вартістю й частотою покупок за період (%Ln покупців)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln · %1 of revenue</source>
        <comment>customers · share</comment>
        <translation>
            <numerusform>%Ln · %1 доходу</numerusform>
            <numerusform>%Ln · %1 доходу</numerusform>
            <numerusform>%Ln · %1 доходу</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 purchases a month, %3 a purchase</source>
        <comment>a group · a number with decimals, an amount</comment>
        <translation>%1 · покупок на місяць: %2, середня покупка: %3</translation>
    </message>
    <message>
        <source>%1 (%2 of the rung below)</source>
        <comment>a ladder stage (a share)</comment>
        <translation>%1 (%2 від нижчого щабля)</translation>
    </message>
    <message>
        <source>Why customers left: your shares beside the seed&apos;s benchmark (lost in the last year: %L1, value lost %2).</source>
        <translation>Чому клієнти пішли: ваші частки поряд з орієнтиром із джерела (втрачено за останній рік: %L1, втрачена цінність: %2).</translation>
    </message>
    <message>
        <source>Lapsed now: %L1 (the purchases cover less than a year: no yearly rate), not recorded as lost.</source>
        <translation>Неактивні зараз: %L1 (покупки охоплюють менше року: річного показника немає), не позначені як втрачені.</translation>
    </message>
    <message>
        <source>Lapsed in the last year: %L1 (%2 of the buyers a year ago); lapsed now: %L3, not recorded as lost.</source>
        <translation>Стали неактивними за останній рік: %L1 (%2 від покупців рік тому); неактивні зараз: %L3, не позначені як втрачені.</translation>
    </message>
    <message>
        <source>Lost: recorded as lost with a reason. Lapsed: no purchase for over %1 usual intervals.</source>
        <translation>Втрачений — позначений як втрачений із зазначенням причини. Неактивний — немає покупок довше, ніж %1 × звичайний інтервал.</translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <comment>a churn reason</comment>
        <translation>Втрачені: %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a range of amounts</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <comment>an amount and more</comment>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <comment>below an amount</comment>
        <translation>&lt; %1</translation>
    </message>
    <message numerus="yes">
        <source>Distribution of predicted value over the next %Ln month(s)</source>
        <translation>
            <numerusform>Розподіл прогнозної цінності за наступний %Ln місяць</numerusform>
            <numerusform>Розподіл прогнозної цінності за наступні %Ln місяці</numerusform>
            <numerusform>Розподіл прогнозної цінності за наступні %Ln місяців</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1+</source>
        <comment>this many or more</comment>
        <translation>%L1+</translation>
    </message>
    <message numerus="yes">
        <source>%Ln or more repeat purchases</source>
        <translation>
            <numerusform>%Ln і більше повторних покупок</numerusform>
            <numerusform>%Ln і більше повторних покупок</numerusform>
            <numerusform>%Ln і більше повторних покупок</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat purchases: %L1</source>
        <translation>Повторних покупок: %L1</translation>
    </message>
    <message>
        <source>Knowledge audit</source>
        <translation>Аудит знань</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Скарги</translation>
    </message>
    <message>
        <source>By dimension</source>
        <translation>У розрізі</translation>
    </message>
</context>
<context>
    <name>rapport::ui::AssessmentsTab</name>
    <message>
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <source>Score (1–5)</source>
        <translation>Оцінка (1–5)</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Дата оцінки</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>Judged components of the return on the relationship. 1 is very little of it, 5 very much; for sacrifices and alternatives known more is worse for the relationship.</source>
        <translation>Оцінювані компоненти віддачі від відносин. 1 — дуже мало, 5 — дуже багато; для витрат клієнта й відомих альтернатив що більше, то гірше для відносин.</translation>
    </message>
    <message>
        <source>&amp;Assess…</source>
        <translation>&amp;Оцінити…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>Removes an assessment entered by mistake; a changed view is a new assessment</source>
        <translation>Видаляє оцінку, введену помилково; змінена думка — це нова оцінка</translation>
    </message>
    <message>
        <source>The latest view of this component</source>
        <translation>Остання оцінка цього компонента</translation>
    </message>
    <message>
        <source>An earlier view, kept as history</source>
        <translation>Попередня оцінка, збережена як історія</translation>
    </message>
    <message>
        <source>Assess the relationship</source>
        <translation>Оцінка відносин</translation>
    </message>
    <message>
        <source>1 very little … 5 very much</source>
        <translation>1 — дуже мало … 5 — дуже багато</translation>
    </message>
    <message>
        <source>why, in a few words</source>
        <translation>чому, кількома словами</translation>
    </message>
    <message>
        <source>&amp;Component:</source>
        <translation>&amp;Компонент:</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>&amp;Оцінка:</translation>
    </message>
    <message>
        <source>&amp;Assessed on:</source>
        <translation>&amp;Дата оцінки:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Нотатка:</translation>
    </message>
    <message>
        <source>Assess %1</source>
        <translation>Оцінка: %1</translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Нічого не змінено: %1</translation>
    </message>
    <message>
        <source>Remove assessment of %1</source>
        <translation>Видалення оцінки: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::AttentionList</name>
    <message>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Value at stake</source>
        <translation>Цінність під загрозою</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Чому</translation>
    </message>
    <message>
        <source>Not contacted</source>
        <translation>Немає контакту</translation>
    </message>
    <message>
        <source>Purchase overdue</source>
        <translation>Покупка запізнюється</translation>
    </message>
    <message>
        <source>Decision maker left</source>
        <translation>Пішов той, хто вирішує</translation>
    </message>
    <message>
        <source>Complaint unanswered</source>
        <translation>Скарга без відповіді</translation>
    </message>
    <message numerus="yes">
        <source>No contact for %Ln day(s), since %1 (interval %2 days)</source>
        <translation>
            <numerusform>Немає контакту вже %Ln день, з %1 (інтервал контактів: %2 дн.)</numerusform>
            <numerusform>Немає контакту вже %Ln дні, з %1 (інтервал контактів: %2 дн.)</numerusform>
            <numerusform>Немає контакту вже %Ln днів, з %1 (інтервал контактів: %2 дн.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Never contacted in %Ln day(s) (interval %1 days)</source>
        <translation>
            <numerusform>Жодного контакту за %Ln день (інтервал контактів: %1 дн.)</numerusform>
            <numerusform>Жодного контакту за %Ln дні (інтервал контактів: %1 дн.)</numerusform>
            <numerusform>Жодного контакту за %Ln днів (інтервал контактів: %1 дн.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No purchase for %Ln day(s); usually every %1 days</source>
        <translation>
            <numerusform>Немає покупок уже %Ln день; зазвичай — раз на %1 дн.</numerusform>
            <numerusform>Немає покупок уже %Ln дні; зазвичай — раз на %1 дн.</numerusform>
            <numerusform>Немає покупок уже %Ln днів; зазвичай — раз на %1 дн.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>person (role)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 left on %2; no contact since</source>
        <translation>%1: відхід %2; відтоді контакту не було</translation>
    </message>
    <message numerus="yes">
        <source>Complaint of %1 unanswered for %Ln day(s)</source>
        <translation>
            <numerusform>Скарга від %1 без відповіді вже %Ln день</numerusform>
            <numerusform>Скарга від %1 без відповіді вже %Ln дні</numerusform>
            <numerusform>Скарга від %1 без відповіді вже %Ln днів</numerusform>
        </translation>
    </message>
    <message>
        <source>Historical revenue: the last analysis predicted no value for this customer</source>
        <translation>Історичний дохід: останній аналіз не спрогнозував цінності для цього клієнта</translation>
    </message>
    <message>
        <source>Looking for customers who need attention…</source>
        <translation>Пошук клієнтів, які потребують уваги…</translation>
    </message>
    <message>
        <source>The list could not be made: %1</source>
        <translation>Не вдалося скласти список: %1</translation>
    </message>
    <message>
        <source>Nobody needs attention.</source>
        <translation>Ніхто не потребує уваги.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln shown, the most valuable first.</source>
        <translation>
            <numerusform>Показано всіх (%Ln), спочатку найцінніших.</numerusform>
            <numerusform>Показано всіх (%Ln), спочатку найцінніших.</numerusform>
            <numerusform>Показано всіх (%Ln), спочатку найцінніших.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln shown, the most valuable first.</source>
        <translation>
            <numerusform>Показано %L1 з %Ln, спочатку найцінніших.</numerusform>
            <numerusform>Показано %L1 з %Ln, спочатку найцінніших.</numerusform>
            <numerusform>Показано %L1 з %Ln, спочатку найцінніших.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Журнал змін</translation>
    </message>
    <message>
        <source>Only customer #%1</source>
        <translation>Лише клієнт № %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Зміни</translation>
    </message>
    <message>
        <source>The audit trail cannot be shown: %1</source>
        <translation>Не вдається показати журнал змін: %1</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Партнерство</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Учасник команди</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактна особа</translation>
    </message>
    <message>
        <source>E-mail or phone</source>
        <translation>Ел. пошта або телефон</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Мітка</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Згода</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Епізод</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Cost line</source>
        <translation>Стаття витрат</translation>
    </message>
    <message>
        <source>Lost customer record</source>
        <translation>Запис про втрату клієнта</translation>
    </message>
    <message>
        <source>Ladder stage set by hand</source>
        <translation>Щабель, заданий вручну</translation>
    </message>
    <message>
        <source>Merge, erasure or export</source>
        <translation>Об’єднання, стирання або експорт</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>Anonymous sale</source>
        <translation>Анонімний продаж</translation>
    </message>
    <message>
        <source>added</source>
        <translation>додано</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>змінено</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>видалено</translation>
    </message>
    <message>
        <source>personal data exported</source>
        <translation>експортовано персональні дані</translation>
    </message>
    <message>
        <source>personal data erased</source>
        <translation>стерто персональні дані</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>об’єднано</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <comment>field: before → after</comment>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field: value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A desktop database keeps no audit trail; its merges, erasures and exports are listed in the customer&apos;s history. Team databases on PostgreSQL record every change.</source>
        <translation>Локальна база даних не веде журналу змін; об’єднання, стирання й експорт у ній показано в історії клієнта. Спільні бази даних на PostgreSQL записують кожну зміну.</translation>
    </message>
    <message>
        <source>%1 #%2 %3</source>
        <comment>a record, its number, what was done to it</comment>
        <translation>%1 № %2: %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a record, what was done to it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>#%1</source>
        <comment>a customer&apos;s number</comment>
        <translation>№ %1</translation>
    </message>
    <message numerus="yes">
        <source>The newest %Ln change(s); rapport-cli audit lists more.</source>
        <translation>
            <numerusform>Остання %Ln зміна; rapport-cli audit покаже більше.</numerusform>
            <numerusform>Останні %Ln зміни; rapport-cli audit покаже більше.</numerusform>
            <numerusform>Останні %Ln змін; rapport-cli audit покаже більше.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s).</source>
        <translation>
            <numerusform>%Ln зміна.</numerusform>
            <numerusform>%Ln зміни.</numerusform>
            <numerusform>%Ln змін.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::CampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>Нова кампанія</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>e.g. more repeat purchases from regular customers</source>
        <translation>наприклад більше повторних покупок від постійних клієнтів</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Мета:</translation>
    </message>
    <message>
        <source>&amp;Offer:</source>
        <translation>&amp;Пропозиція:</translation>
    </message>
    <message>
        <source>What the customers are offered, in the words of the letter or call</source>
        <translation>Що пропонують клієнтам — словами листа чи дзвінка</translation>
    </message>
    <message>
        <source>Offer &amp;text:</source>
        <translation>&amp;Текст пропозиції:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Customers held back at random: what they buy shows what the treated would have bought without the offer</source>
        <translation>Клієнти, яким випадковим чином не надсилають пропозицію: їхні покупки показують, що купила б тестова група без пропозиції</translation>
    </message>
    <message>
        <source>Control &amp;group:</source>
        <translation>Контрольна &amp;група:</translation>
    </message>
    <message>
        <source>The control group is drawn within each, so both groups hold the same mix</source>
        <translation>Контрольну групу відбирають у межах кожної частини, тож обидві групи мають однаковий склад</translation>
    </message>
    <message>
        <source>Drawn &amp;within:</source>
        <translation>Відбір &amp;у межах:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Purchases in this many days after the launch day count as responses</source>
        <translation>Покупки протягом стількох днів після дня запуску зараховуються як реакція</translation>
    </message>
    <message>
        <source>Response &amp;window:</source>
        <translation>Період &amp;реакції:</translation>
    </message>
    <message>
        <source>Cost per &amp;contact:</source>
        <translation>&amp;Вартість контакту:</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>нікого</translation>
    </message>
    <message>
        <source>Leave out customers with any episode in this many days before the launch</source>
        <translation>Не включати клієнтів, які мали будь-який епізод протягом стількох днів до запуску</translation>
    </message>
    <message>
        <source>Leave out contacted in the last:</source>
        <translation>Без тих, з ким був контакт за останні:</translation>
    </message>
    <message>
        <source>Cost per contact: an amount is expected, e.g. 2.50</source>
        <translation>Вартість контакту: очікується сума, наприклад 2,50</translation>
    </message>
    <message>
        <source>Name: the campaign needs a name</source>
        <translation>Назва: кампанія повинна мати назву</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CampaignsPage</name>
    <message>
        <source>Too few customers to measure</source>
        <translation>Замало клієнтів для вимірювання</translation>
    </message>
    <message>
        <source>No measurable effect</source>
        <translation>Вимірного ефекту немає</translation>
    </message>
    <message>
        <source>A measurable rise</source>
        <translation>Вимірне зростання</translation>
    </message>
    <message>
        <source>A measurable fall</source>
        <translation>Вимірне зниження</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 в.п.</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (від %2 до %3)</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Мета: %1</translation>
    </message>
    <message>
        <source>Offer: %1 by %2</source>
        <translation>Пропозиція: %1, канал: %2</translation>
    </message>
    <message>
        <source>Control group: %1 % drawn within: %2; seed %3</source>
        <translation>Контрольна група: %1 %, відбір у межах: %2; зерно генератора: %3</translation>
    </message>
    <message numerus="yes">
        <source>Response window: %n day(s) after the launch day; cost per contact %1</source>
        <translation>
            <numerusform>Період реакції: %n день після дня запуску; вартість контакту: %1</numerusform>
            <numerusform>Період реакції: %n дні після дня запуску; вартість контакту: %1</numerusform>
            <numerusform>Період реакції: %n днів після дня запуску; вартість контакту: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>A draft: launch it at a target list to draw the control group and log the offers.</source>
        <translation>Чернетка: запустіть кампанію для цільового списку, щоб відібрати контрольну групу й записати пропозиції.</translation>
    </message>
    <message>
        <source>Launched on %1 at: %2</source>
        <translation>Запущено %1; цільовий список: %2</translation>
    </message>
    <message>
        <source>Purchases from %1 to %2 (the window is still open).</source>
        <translation>Покупки з %1 по %2 (період ще триває).</translation>
    </message>
    <message>
        <source>Purchases from %1 to %2.</source>
        <translation>Покупки з %1 по %2.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клієнти</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Відреагували</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Рівень реакції</translation>
    </message>
    <message>
        <source>Revenue per customer</source>
        <translation>Дохід на клієнта</translation>
    </message>
    <message>
        <source>Treated</source>
        <translation>Тестова</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Контрольна</translation>
    </message>
    <message>
        <source>With 95 % confidence:</source>
        <translation>З довірчою ймовірністю 95 %:</translation>
    </message>
    <message>
        <source>Response lift: %1</source>
        <translation>Приріст реакції: %1</translation>
    </message>
    <message>
        <source>Revenue lift per customer: %1</source>
        <translation>Приріст доходу на клієнта: %1</translation>
    </message>
    <message>
        <source>Incremental revenue: %1</source>
        <translation>Додатковий дохід: %1</translation>
    </message>
    <message>
        <source>Incremental margin: %1</source>
        <translation>Додаткова маржа: %1</translation>
    </message>
    <message>
        <source>Cost of the contacts: %1</source>
        <translation>Вартість контактів: %1</translation>
    </message>
    <message>
        <source>Margin after the cost: %1</source>
        <translation>Маржа після витрат: %1</translation>
    </message>
    <message>
        <source>Response: %1. Revenue: %2. After its cost: %3.</source>
        <translation>Реакція: %1. Дохід: %2. З урахуванням витрат: %3.</translation>
    </message>
    <message>
        <source>Launch campaign</source>
        <translation>Запуск кампанії</translation>
    </message>
    <message>
        <source>The campaign goes to the customers these filters select who consent to marketing. Empty filters take everyone in use.</source>
        <translation>Кампанію буде спрямовано вибраним за цими фільтрами клієнтам, які дали згоду на маркетингові комунікації. Порожні фільтри охоплюють усіх поточних клієнтів.</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Сегмент:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Відповідальний:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Мітка:</translation>
    </message>
    <message>
        <source>Any ladder stage</source>
        <translation>Будь-який щабель</translation>
    </message>
    <message>
        <source>&amp;Ladder stage:</source>
        <translation>&amp;Щабель драбини:</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>Будь-яка група</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Група %1</translation>
    </message>
    <message>
        <source>&amp;Four groups:</source>
        <translation>&amp;Чотири групи:</translation>
    </message>
    <message>
        <source>Any churn status</source>
        <translation>Будь-який статус відтоку</translation>
    </message>
    <message>
        <source>&amp;Churn status:</source>
        <translation>С&amp;татус відтоку:</translation>
    </message>
    <message>
        <source>Launch &amp;day:</source>
        <translation>&amp;День запуску:</translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation>&amp;Запустити</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>сегмент %1</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>відповідальний %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>мітка %1</translation>
    </message>
    <message>
        <source>all customers in use</source>
        <translation>усі поточні клієнти</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;Нова кампанія…</translation>
    </message>
    <message>
        <source>&amp;Launch…</source>
        <translation>За&amp;пустити…</translation>
    </message>
    <message>
        <source>Draw the control group and log an offer episode for every treated customer</source>
        <translation>Відібрати контрольну групу й записати епізод пропозиції для кожного клієнта тестової групи</translation>
    </message>
    <message>
        <source>E&amp;xport contact list…</source>
        <translation>&amp;Експорт списку контактів…</translation>
    </message>
    <message>
        <source>The treated customers who consent to marketing, with e-mail and phone, for a mail merge or a calling list</source>
        <translation>Клієнти тестової групи, які дали згоду на маркетингові комунікації, з ел. поштою й телефоном — для розсилки або обдзвону</translation>
    </message>
    <message>
        <source>Export contact list</source>
        <translation>Експорт списку контактів</translation>
    </message>
    <message>
        <source>Spreadsheet (*.xlsx);;CSV (*.csv)</source>
        <translation>Книги Excel (*.xlsx);;Файли CSV (*.csv)</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампанія</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Пропозиція</translation>
    </message>
    <message>
        <source>Launched</source>
        <translation>Запущено</translation>
    </message>
    <message>
        <source>Response lift (95 %)</source>
        <translation>Приріст реакції (95 %)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Висновок</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Вимірювання…</translation>
    </message>
    <message>
        <source>Could not read the campaigns: %1</source>
        <translation>Не вдалося прочитати кампанії: %1</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Чернетка</translation>
    </message>
    <message>
        <source>No campaigns yet. A campaign sends an offer to a target list and holds a random control group back, so that what the offer changed can be measured.</source>
        <translation>Кампаній ще немає. Кампанія надсилає пропозицію цільовому списку й залишає без неї випадкову контрольну групу, щоб можна було виміряти, що змінила пропозиція.</translation>
    </message>
    <message>
        <source>New campaign “%1”</source>
        <translation>Нова кампанія «%1»</translation>
    </message>
    <message>
        <source>Launch “%1” at %2? An offer episode is logged for every treated customer; a launch cannot be undone, as the offers are then on their way.</source>
        <translation>Запустити «%1» для: %2? Для кожного клієнта тестової групи буде записано епізод пропозиції; запуск не можна скасувати, адже пропозиції вже буде відправлено.</translation>
    </message>
    <message>
        <source>Launching…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>The campaign was not launched; nothing was changed.
%1</source>
        <translation>Кампанію не запущено; нічого не змінено.
%1</translation>
    </message>
    <message>
        <source>Launched: %1 treated, %2 held back as the control group.
Left out: %3 without marketing consent, %4 contacted recently (of %5 selected).</source>
        <translation>Запущено. Тестова група: %1, контрольна група: %2.
Не включено: без згоди на маркетингові комунікації — %3, з нещодавнім контактом — %4 (усього вибрано: %5).</translation>
    </message>
    <message>
        <source>The contact list was not written.
%1</source>
        <translation>Список контактів не записано.
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) written to %1</source>
        <translation>
            <numerusform>До %1 записано %n контакт</numerusform>
            <numerusform>До %1 записано %n контакти</numerusform>
            <numerusform>До %1 записано %n контактів</numerusform>
        </translation>
    </message>
    <message>
        <source>The response window opens on %1.</source>
        <translation>Період реакції починається %1.</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(не вказано)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регіон</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Acquisition channel</source>
        <translation>Канал залучення</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Рівень обслуговування</translation>
    </message>
    <message>
        <source>Each value&apos;s customers measured on their own, as they are recorded now. A small part has a wide interval, and among many parts about one in twenty misses by chance.</source>
        <translation>Клієнтів кожного значення виміряно окремо, за їхніми поточними даними. Мала частина має широкий інтервал, а серед багатьох частин приблизно в одній із двадцяти інтервал випадково не охоплює справжнього значення.</translation>
    </message>
    <message>
        <source>Treated response</source>
        <translation>Реакція тестової</translation>
    </message>
    <message>
        <source>Control response</source>
        <translation>Реакція контрольної</translation>
    </message>
    <message>
        <source>Any service level</source>
        <translation>Будь-який рівень обслуговування</translation>
    </message>
    <message>
        <source>Service le&amp;vel:</source>
        <translation>Рівень о&amp;бслуговування:</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Е&amp;кспорт звіту…</translation>
    </message>
    <message>
        <source>The campaign&apos;s definition, groups, lifts with their 95 % intervals and verdicts, as PDF, HTML, XLSX or CSV</source>
        <translation>Опис кампанії, групи, прирости з інтервалами 95 % і висновки у форматі PDF, HTML, XLSX або CSV</translation>
    </message>
    <message>
        <source>The selected campaign&apos;s response lift for each segment, region, owner or acquisition channel</source>
        <translation>Приріст реакції вибраної кампанії для кожного сегмента, регіону, відповідального чи каналу залучення</translation>
    </message>
    <message>
        <source>Whole campaign</source>
        <translation>Уся кампанія</translation>
    </message>
    <message>
        <source>By segment</source>
        <translation>За сегментами</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>За регіонами</translation>
    </message>
    <message>
        <source>By owner</source>
        <translation>За відповідальними</translation>
    </message>
    <message>
        <source>By acquisition channel</source>
        <translation>За каналами залучення</translation>
    </message>
    <message>
        <source>By service level</source>
        <translation>За рівнями обслуговування</translation>
    </message>
    <message>
        <source>&amp;Results:</source>
        <translation>&amp;Результати:</translation>
    </message>
    <message>
        <source>Export campaign report</source>
        <translation>Експорт звіту про кампанію</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;HTML files (*.html);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Файли PDF (*.pdf);;Файли HTML (*.html);;Книги Excel (*.xlsx);;Файли CSV (*.csv)</translation>
    </message>
    <message>
        <source>Measuring each value&apos;s customers…</source>
        <translation>Вимірювання за кожним значенням…</translation>
    </message>
    <message>
        <source>Could not measure: %1</source>
        <translation>Не вдалося виміряти: %1</translation>
    </message>
    <message>
        <source>Writing %1 …</source>
        <translation>Запис %1 …</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Не записано</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 не записано: %2</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Звіт записано до %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ChurnWords</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln день</numerusform>
            <numerusform>%Ln дні</numerusform>
            <numerusform>%Ln днів</numerusform>
        </translation>
    </message>
    <message>
        <source>no purchase for %1</source>
        <comment>no purchase for 212 days</comment>
        <translation>немає покупок %1</translation>
    </message>
    <message>
        <source>recorded as lost</source>
        <translation>позначений як втрачений</translation>
    </message>
    <message>
        <source>recorded as lost: %1</source>
        <translation>позначений як втрачений: %1</translation>
    </message>
    <message>
        <source>%1, over %2 (%3 times the usual interval)</source>
        <comment>no purchase for 212 days, over 150 ...</comment>
        <translation>%1 — понад %2 (%3 × звичайний інтервал)</translation>
    </message>
    <message>
        <source>P(alive) %1</source>
        <comment>the chance the customer still buys</comment>
        <translation>P(alive) %1</translation>
    </message>
    <message>
        <source>%1, usually one every %2</source>
        <comment>no purchase for 90 days, usually one every 40 days</comment>
        <translation>%1, зазвичай одна покупка кожні %2</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ComplaintsView</name>
    <message>
        <source>Compute again</source>
        <translation>Обчислити знову</translation>
    </message>
    <message>
        <source>Read every episode again in the background</source>
        <translation>Повторно прочитати всі епізоди у фоновому режимі</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <source>The figures read every episode in the background when this tab is shown.</source>
        <translation>Показники обчислюються з усіх епізодів у фоновому режимі, коли відкрито цю вкладку.</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Скарги</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>З відповіддю</translation>
    </message>
    <message>
        <source>Share answered</source>
        <translation>Частка з відповіддю</translation>
    </message>
    <message>
        <source>Median days to answer</source>
        <translation>Медіана днів до відповіді</translation>
    </message>
    <message>
        <source>Mean days</source>
        <translation>Середнє, днів</translation>
    </message>
    <message>
        <source>Satisfaction after</source>
        <translation>Задоволеність після</translation>
    </message>
    <message>
        <source>The mean rating of the answer, or of the next rated episode, from -2 to +2</source>
        <translation>Середня оцінка відповіді або наступного оціненого епізоду, від -2 до +2</translation>
    </message>
    <message>
        <source>Days from the complaint to the first call, meeting, e-mail, offer or service episode after it</source>
        <translation>Днів від скарги до першого після неї епізоду: дзвінка, зустрічі, листа, пропозиції чи обслуговування</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Жодну базу даних не відкрито.</translation>
    </message>
    <message>
        <source>Reading the complaints and their answers in the background…</source>
        <translation>Читання скарг і відповідей на них у фоновому режимі…</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Не вдалося прочитати показники: %1</translation>
    </message>
    <message>
        <source>Complaints up to %1. A complaint is answered by the customer&apos;s first call, meeting, e-mail, offer or service episode after it.</source>
        <translation>Скарги до %1. Відповіддю на скаргу вважається перший після неї епізод клієнта: дзвінок, зустріч, лист, пропозиція чи обслуговування.</translation>
    </message>
    <message>
        <source>No complaints are recorded.</source>
        <translation>Скарг не записано.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln complaint(s), %1 answered (%2). Time to answer: median %3 days, mean %4 days. Satisfaction (from -2 to +2) at the complaint %5, after the answer %6.</source>
        <translation>
            <numerusform>%Ln скарга, з відповіддю: %1 (%2). Час до відповіді: медіана %3 дн., середнє %4 дн. Задоволеність (від -2 до +2): під час скарги %5, після відповіді %6.</numerusform>
            <numerusform>%Ln скарги, з відповіддю: %1 (%2). Час до відповіді: медіана %3 дн., середнє %4 дн. Задоволеність (від -2 до +2): під час скарги %5, після відповіді %6.</numerusform>
            <numerusform>%Ln скарг, з відповіддю: %1 (%2). Час до відповіді: медіана %3 дн., середнє %4 дн. Задоволеність (від -2 до +2): під час скарги %5, після відповіді %6.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln customer(s) known to be unhappy (a complaint, or an episode rated -1 or -2), %1 (%2) never complained. The seeds: %3 to %4 of unhappy customers leave without complaining, so the complaints show only part of the unhappiness; ask, and answer fast.</source>
        <translation>
            <numerusform>З %Ln клієнта, про чиє невдоволення відомо (скарга або епізод з оцінкою -1 чи -2), ніколи не скаржилися: %1 (%2). За даними джерела, від %3 до %4 невдоволених клієнтів ідуть, не поскаржившись, тож скарги показують лише частину невдоволення: запитуйте й відповідайте швидко.</numerusform>
            <numerusform>З %Ln клієнтів, про чиє невдоволення відомо (скарга або епізод з оцінкою -1 чи -2), ніколи не скаржилися: %1 (%2). За даними джерела, від %3 до %4 невдоволених клієнтів ідуть, не поскаржившись, тож скарги показують лише частину невдоволення: запитуйте й відповідайте швидко.</numerusform>
            <numerusform>З %Ln клієнтів, про чиє невдоволення відомо (скарга або епізод з оцінкою -1 чи -2), ніколи не скаржилися: %1 (%2). За даними джерела, від %3 до %4 невдоволених клієнтів ідуть, не поскаржившись, тож скарги показують лише частину невдоволення: запитуйте й відповідайте швидко.</numerusform>
        </translation>
    </message>
    <message>
        <source>(nobody)</source>
        <comment>a customer without an owner</comment>
        <translation>(без відповідального)</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Змінено іншим користувачем</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was saved by someone else while you edited it. Nothing has been overwritten. Choose which version to keep:</source>
        <translation>Поки ви редагували &lt;b&gt;%1&lt;/b&gt;, хтось інший зберіг зміни. Нічого не перезаписано. Виберіть, яку версію залишити:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ваша версія</translation>
    </message>
    <message>
        <source>Saved meanwhile</source>
        <translation>Збережено тим часом</translation>
    </message>
    <message>
        <source>Keep &amp;my version</source>
        <translation>Залишити &amp;мою версію</translation>
    </message>
    <message>
        <source>Keep the &amp;saved version</source>
        <translation>Залишити &amp;збережену версію</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Юридична назва</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Ринок</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Вулиця</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Поштовий індекс</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регіон</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефони</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Shared with the team</source>
        <translation>Доступний команді</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <source>Acquired on</source>
        <translation>Дата залучення</translation>
    </message>
    <message>
        <source>Acquisition cost</source>
        <translation>Вартість залучення</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>Зовнішній ідентифікатор</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Consent records</source>
        <translation>Записи про згоди</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ConnectDialog</name>
    <message>
        <source>Connect to team database</source>
        <translation>Підключення до спільної бази даних</translation>
    </message>
    <message>
        <source>A team shares one customer base on a PostgreSQL server. Your administrator gives you its address and your login (see docs/team.md).</source>
        <translation>Команда працює зі спільною клієнтською базою на сервері PostgreSQL. Адресу сервера й ваш логін надає адміністратор (див. docs/team.md).</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass</source>
        <translation>порожньо: з ~/.pgpass</translation>
    </message>
    <message>
        <source>Prefer encryption</source>
        <translation>Надавати перевагу шифруванню</translation>
    </message>
    <message>
        <source>Require encryption</source>
        <translation>Вимагати шифрування</translation>
    </message>
    <message>
        <source>Require and check the server&apos;s certificate</source>
        <translation>Вимагати шифрування й перевіряти сертифікат сервера</translation>
    </message>
    <message>
        <source>No encryption (local server only)</source>
        <translation>Без шифрування (лише локальний сервер)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База даних:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логін:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Шифрування:</translation>
    </message>
    <message>
        <source>Server: required, e.g. db.example.com or localhost</source>
        <translation>Сервер: обов’язкове поле, наприклад db.example.com або localhost</translation>
    </message>
    <message>
        <source>Database: required, e.g. rapport</source>
        <translation>База даних: обов’язкове поле, наприклад rapport</translation>
    </message>
    <message>
        <source>Login: required, the name your administrator gave you</source>
        <translation>Логін: обов’язкове поле, ім’я, яке вам надав адміністратор</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ContactPersonDialog</name>
    <message>
        <source>Edit contact person %1</source>
        <translation>Редагування контактної особи %1</translation>
    </message>
    <message>
        <source>New contact person</source>
        <translation>Нова контактна особа</translation>
    </message>
    <message>
        <source>e.g. owner, purchasing manager</source>
        <translation>наприклад власник, менеджер із закупівель</translation>
    </message>
    <message>
        <source>Decides on purchases</source>
        <translation>Ухвалює рішення про закупівлі</translation>
    </message>
    <message>
        <source>A change of who decides is recorded as an episode: it is a known cause of churn</source>
        <translation>Зміна особи, яка ухвалює рішення, записується як епізод: це відома причина відтоку</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>через кому</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ім’я:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;E-mails:</source>
        <translation>&amp;Ел. пошта:</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>&amp;Телефони:</translation>
    </message>
    <message>
        <source>In the role:</source>
        <translation>У ролі:</translation>
    </message>
    <message>
        <source>&amp;from</source>
        <translation>&amp;з</translation>
    </message>
    <message>
        <source>&amp;until (the role ended)</source>
        <translation>&amp;до (роль завершено)</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Нотатки:</translation>
    </message>
    <message>
        <source>Until: the role cannot end before it began (%1)</source>
        <translation>До: роль не може завершитися раніше, ніж почалася (%1)</translation>
    </message>
    <message>
        <source>Please correct:</source>
        <translation>Виправте:</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ContactPersonsTab</name>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Decides</source>
        <translation>Вирішує</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Діє з</translation>
    </message>
    <message>
        <source>Active to</source>
        <translation>Діє до</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>&amp;Add contact person…</source>
        <translation>&amp;Додати контактну особу…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <source>E&amp;nd role…</source>
        <translation>&amp;Завершити роль…</translation>
    </message>
    <message>
        <source>The person is no longer the contact: the record stays as history</source>
        <translation>Особа більше не є контактом: запис зберігається як історія</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>No longer the contact: kept as history</source>
        <translation>Більше не контакт: збережено як історію</translation>
    </message>
    <message>
        <source>New contact who decides: %1 (%2)</source>
        <translation>Новий контакт, який ухвалює рішення: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2) is no longer the contact from %3</source>
        <translation>%1 (%2) більше не є контактом з %3</translation>
    </message>
    <message>
        <source>%1 (%2) now decides</source>
        <translation>%1 (%2) тепер ухвалює рішення</translation>
    </message>
    <message>
        <source>%1 (%2) no longer decides</source>
        <translation>%1 (%2) більше не ухвалює рішень</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Нічого не змінено: %1</translation>
    </message>
    <message>
        <source>Add contact person %1</source>
        <translation>Додавання контактної особи %1</translation>
    </message>
    <message>
        <source>Edit contact person %1</source>
        <translation>Редагування контактної особи %1</translation>
    </message>
    <message>
        <source>End role of %1</source>
        <translation>Завершення ролі: %1</translation>
    </message>
    <message>
        <source>%1 stays on the card as history. Add the successor as a new contact person.</source>
        <translation>%1 залишається в картці як історія. Додайте наступника як нову контактну особу.</translation>
    </message>
    <message>
        <source>&amp;Last day in the role:</source>
        <translation>&amp;Останній день у ролі:</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CostLineDialog</name>
    <message>
        <source>Cost line</source>
        <translation>Стаття витрат</translation>
    </message>
    <message>
        <source>e.g. 1250.00</source>
        <translation>наприклад 1250,00</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Рік:</translation>
    </message>
    <message>
        <source>&amp;Line:</source>
        <translation>&amp;Стаття:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>С&amp;ума:</translation>
    </message>
    <message>
        <source>Amount: expected an amount such as 1250.00, got &quot;%1&quot;</source>
        <translation>Сума: очікується сума на кшталт 1250,00, отримано «%1»</translation>
    </message>
    <message>
        <source>Amount: a cost cannot be negative</source>
        <translation>Сума: витрати не можуть бути від’ємними</translation>
    </message>
    <message>
        <source>Please correct:</source>
        <translation>Виправте:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a line of table 7.3: its number and name</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Cost line for %Ln customer(s)</source>
        <translation>
            <numerusform>Стаття витрат для %Ln клієнта</numerusform>
            <numerusform>Стаття витрат для %Ln клієнтів</numerusform>
            <numerusform>Стаття витрат для %Ln клієнтів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Spread the amount over the %Ln customer(s) (else each gets it)</source>
        <translation>
            <numerusform>Р&amp;озподілити суму на %Ln клієнта (інакше кожен отримує всю суму)</numerusform>
            <numerusform>Р&amp;озподілити суму на %Ln клієнтів (інакше кожен отримує всю суму)</numerusform>
            <numerusform>Р&amp;озподілити суму на %Ln клієнтів (інакше кожен отримує всю суму)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::CostsTab</name>
    <message>
        <source>Year</source>
        <translation>Рік</translation>
    </message>
    <message>
        <source>Cost line (table 7.3)</source>
        <translation>Стаття витрат (табл. 7.3)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>&amp;Add cost…</source>
        <translation>&amp;Додати витрати…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Змінити…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>Cost %1</source>
        <translation>Витрати «%1»</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Нічого не змінено: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cost %1 for %Ln customer(s)</source>
        <translation>
            <numerusform>Витрати «%1» для %Ln клієнта</numerusform>
            <numerusform>Витрати «%1» для %Ln клієнтів</numerusform>
            <numerusform>Витрати «%1» для %Ln клієнтів</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete cost %1 %2</source>
        <comment>a cost line and its year</comment>
        <translation>Видалення витрат «%1» за %2 рік</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CurrencyDialog</name>
    <message>
        <source>Choose the currency</source>
        <translation>Вибір валюти</translation>
    </message>
    <message>
        <source>This database does not say which currency its amounts are in, so they are shown as plain numbers. Choose the currency they are in; Edit &gt; Currency… changes it later.</source>
        <translation>У цій базі даних не вказано, в якій валюті записано суми, тому вони показуються як звичайні числа. Виберіть їхню валюту (пізніше її можна змінити командою Зміни &gt; Валюта…).</translation>
    </message>
    <message>
        <source>Currency of this database</source>
        <translation>Валюта цієї бази даних</translation>
    </message>
    <message>
        <source>This database has no currency yet: its amounts are shown as plain numbers.</source>
        <translation>Для цієї бази даних ще не задано валюту: суми показуються як звичайні числа.</translation>
    </message>
    <message>
        <source>Every amount in this database is in %1.</source>
        <translation>Валюта всіх сум у цій базі даних: %1.</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>&amp;Set currency</source>
        <translation>&amp;Задати валюту</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Не зараз</translation>
    </message>
    <message>
        <source>&amp;Change currency</source>
        <translation>&amp;Змінити валюту</translation>
    </message>
    <message>
        <source>This is the currency of the database now; nothing changes.</source>
        <translation>Це поточна валюта бази даних; нічого не зміниться.</translation>
    </message>
    <message>
        <source>Amounts are not converted; every amount in this database will be shown in %1.</source>
        <translation>Суми не перераховуються; усі суми в цій базі даних буде показано у валюті %1.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomerDetailsView</name>
    <message>
        <source>Edit…</source>
        <translation>Редагувати…</translation>
    </message>
    <message>
        <source>Edit the profile (Ctrl+E); Edit &gt; Undo takes it back</source>
        <translation>Редагувати профіль (Ctrl+E); Зміни &gt; Скасувати повертає все, як було</translation>
    </message>
    <message>
        <source>Log episode…</source>
        <translation>Записати епізод…</translation>
    </message>
    <message>
        <source>Log a call, meeting, purchase … with this customer (Ctrl+L)</source>
        <translation>Записати дзвінок, зустріч, покупку … з цим клієнтом (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Профіль</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>Від&amp;носини</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Контакти</translation>
    </message>
    <message>
        <source>Contact persons at the customer, past ones kept</source>
        <translation>Контактні особи клієнта, включно з колишніми</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Усі види</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Усі канали</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Дохід</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Задоволеність</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Повторний контакт</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>&amp;Episodes</source>
        <translation>&amp;Епізоди</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>Завд&amp;ання</translation>
    </message>
    <message>
        <source>C&amp;osts</source>
        <translation>Ви&amp;трати</translation>
    </message>
    <message>
        <source>&amp;Lost</source>
        <translation>Вт&amp;рата</translation>
    </message>
    <message>
        <source>A lost customer: when, why, and the win-back</source>
        <translation>Втрачений клієнт: коли, чому та спроби повернення</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Клієнта не вибрано</translation>
    </message>
    <message>
        <source>Choose a customer in the list to see the profile, contact persons and episodes.</source>
        <translation>Виберіть клієнта в списку, щоб побачити профіль, контактних осіб і епізоди.</translation>
    </message>
    <message>
        <source>Customer #%1 no longer exists</source>
        <translation>Клієнта № %1 більше не існує</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Юридична назва</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>Залучено</translation>
    </message>
    <message>
        <source>Not yet (prospect)</source>
        <translation>Ще ні (потенційний покупець)</translation>
    </message>
    <message>
        <source>Acquisition cost</source>
        <translation>Вартість залучення</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Бажаний канал</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Інтереси</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>Розмір домогосподарства</translation>
    </message>
    <message>
        <source>Income band</source>
        <translation>Рівень доходу</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Згода</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Не записано</translation>
    </message>
    <message>
        <source>Processing: %1, marketing: %2</source>
        <translation>Обробка даних: %1, маркетинг: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Останній контакт</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>Зовнішній ідентифікатор</translation>
    </message>
    <message>
        <source>Could not read customer #%1</source>
        <translation>Не вдалося прочитати клієнта № %1</translation>
    </message>
    <message>
        <source>%1, done</source>
        <translation>%1, виконано</translation>
    </message>
    <message>
        <source>%1, open</source>
        <translation>%1, відкрито</translation>
    </message>
    <message>
        <source>Critical episode</source>
        <translation>Критичний епізод</translation>
    </message>
    <message>
        <source>Historical value</source>
        <translation>Історична цінність</translation>
    </message>
    <message>
        <source>Revenue %1, margin %2</source>
        <translation>Дохід %1, маржа %2</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Аналіз</translation>
    </message>
    <message>
        <source>Scores below are from an earlier analysis run; the details appear when the analysis has run in this session (Analytics page).</source>
        <translation>Показники нижче взято з попереднього запуску аналізу; подробиці з’являться, коли аналіз буде виконано в цьому сеансі (сторінка «Аналітика»).</translation>
    </message>
    <message>
        <source>No analysis has run yet: open the Analytics page to run it.</source>
        <translation>Аналіз ще не запускався: відкрийте сторінку «Аналітика», щоб запустити його.</translation>
    </message>
    <message>
        <source>Predicted value</source>
        <translation>Прогнозна цінність</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(alive)</translation>
    </message>
    <message>
        <source>%1: the chance this customer still buys, from the purchase model</source>
        <translation>%1: імовірність, що клієнт досі купує (за моделлю покупок)</translation>
    </message>
    <message>
        <source>Ladder stage</source>
        <translation>Щабель драбини</translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation>Задано вручну</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Set stage by hand…</source>
        <translation>Задати щабель вручну…</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Історія щаблів</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Відтік</translation>
    </message>
    <message>
        <source>Left on %1</source>
        <translation>Відхід: %1</translation>
    </message>
    <message>
        <source>Reason: %1. %2</source>
        <translation>Причина: %1. %2</translation>
    </message>
    <message>
        <source>Longevity</source>
        <translation>Тривалість відносин</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>%1 рік</translation>
    </message>
    <message>
        <source>Purchases %1, revenue %2, profit from sales %3, relationship costs %4, profitability %5</source>
        <translation>Покупки: %1, дохід: %2, прибуток від продажу: %3, витрати на відносини: %4, прибутковість: %5</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Рекомендації</translation>
    </message>
    <message>
        <source>Co-creation</source>
        <translation>Спільне створення</translation>
    </message>
    <message>
        <source>Critical episodes</source>
        <translation>Критичні епізоди</translation>
    </message>
    <message>
        <source>%1 on average (−2 … +2), ratings: %2</source>
        <translation>у середньому %1 (−2 … +2), оцінок: %2</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Скарги</translation>
    </message>
    <message>
        <source>Set ladder stage</source>
        <translation>Встановлення щабля драбини</translation>
    </message>
    <message>
        <source>Ladder stage back to the rules</source>
        <translation>Щабель драбини — знову за правилами</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не збережено: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Редагування: %1</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Редагування клієнта</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>Зміну не збережено: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · customer #%3</source>
        <comment>kind · market · number</comment>
        <translation>%1 · %2 · клієнт № %3</translation>
    </message>
    <message>
        <source>%1 · archived on %2 (hidden from lists and analyses)</source>
        <translation>%1 · в архіві з %2 (приховано зі списків і аналізу)</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <comment>acquired on a date via a channel</comment>
        <translation>%1 (канал: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (margin %2) from %Ln purchase(s)</source>
        <translation>
            <numerusform>%1 (маржа %2), %Ln покупка</numerusform>
            <numerusform>%1 (маржа %2), %Ln покупки</numerusform>
            <numerusform>%1 (маржа %2), %Ln покупок</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer&apos;s record cannot be read: %1</source>
        <translation>Не вдається прочитати запис клієнта: %1</translation>
    </message>
    <message>
        <source>%1 (critical)</source>
        <comment>an episode kind</comment>
        <translation>%1 (критичний)</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln episode(s) shown, newest first: double-click or press Enter here for older ones</source>
        <translation>
            <numerusform>Показано %L1 з %Ln епізоду, спочатку нові; щоб побачити старіші, двічі клацніть тут або натисніть Enter</numerusform>
            <numerusform>Показано %L1 з %Ln епізодів, спочатку нові; щоб побачити старіші, двічі клацніть тут або натисніть Enter</numerusform>
            <numerusform>Показано %L1 з %Ln епізодів, спочатку нові; щоб побачити старіші, двічі клацніть тут або натисніть Enter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown, newest first: double-click or press Enter here for older ones</source>
        <translation>
            <numerusform>Показано: %Ln, спочатку нові; щоб побачити старіші, двічі клацніть тут або натисніть Enter</numerusform>
            <numerusform>Показано: %Ln, спочатку нові; щоб побачити старіші, двічі клацніть тут або натисніть Enter</numerusform>
            <numerusform>Показано: %Ln, спочатку нові; щоб побачити старіші, двічі клацніть тут або натисніть Enter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 over the next %Ln month(s), discounted %2 a month</source>
        <translation>
            <numerusform>%1 за наступний %Ln місяць, з дисконтуванням %2 на місяць</numerusform>
            <numerusform>%1 за наступні %Ln місяці, з дисконтуванням %2 на місяць</numerusform>
            <numerusform>%1 за наступні %Ln місяців, з дисконтуванням %2 на місяць</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (set by hand)</source>
        <comment>a ladder stage</comment>
        <translation>%1 (задано вручну)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>a ladder stage reached on a date</comment>
        <translation>%1 з %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>churn status: why</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (value at stake %2)</source>
        <translation>%1 (цінність під загрозою: %2)</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>Причина: %1.</translation>
    </message>
    <message>
        <source>%1 months since the first episode (%2)</source>
        <comment>%1 has one decimal, e.g. 14.5</comment>
        <translation>%1 міс. від першого епізоду (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln, of which %1 answered</source>
        <comment>complaints</comment>
        <translation>
            <numerusform>%Ln, з них з відповіддю: %1</numerusform>
            <numerusform>%Ln, з них з відповіддю: %1</numerusform>
            <numerusform>%Ln, з них з відповіддю: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: preventive contact every %Ln day(s)</source>
        <translation>
            <numerusform>%1: профілактичний контакт раз на %Ln день</numerusform>
            <numerusform>%1: профілактичний контакт раз на %Ln дні</numerusform>
            <numerusform>%1: профілактичний контакт раз на %Ln днів</numerusform>
        </translation>
    </message>
    <message>
        <source>Entitles to: %1</source>
        <translation>Надає право на: %1</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Рівень обслуговування</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <comment>a service level held from a date</comment>
        <translation>%1 з %2</translation>
    </message>
    <message>
        <source>no level</source>
        <translation>рівня немає</translation>
    </message>
    <message>
        <source>Level history</source>
        <translation>Історія рівнів</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomerDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Редагування: %1</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Новий клієнт</translation>
    </message>
    <message>
        <source>Consumer (B2C)</source>
        <translation>Споживач (B2C)</translation>
    </message>
    <message>
        <source>Business (B2B)</source>
        <translation>Бізнес (B2B)</translation>
    </message>
    <message>
        <source>Every sales manager of the team may see and edit it</source>
        <translation>Бачити й редагувати його може будь-який менеджер з продажу команди</translation>
    </message>
    <message>
        <source>Several separated by commas</source>
        <translation>Кілька — через кому</translation>
    </message>
    <message>
        <source>Several separated by commas, e.g. +48 601 234 567</source>
        <translation>Кілька — через кому, наприклад +380 67 123 45 67</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ім’я:</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>&amp;Юридична назва:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Market:</source>
        <translation>&amp;Ринок:</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Сегмент:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Від&amp;повідальний:</translation>
    </message>
    <message>
        <source>S&amp;hared:</source>
        <translation>Спільний д&amp;оступ:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Ел. пошта:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Вулиця:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Поштовий індекс:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Місто:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Регіон:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Країна:</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Ідентифікація</translation>
    </message>
    <message>
        <source>Acquired (a customer, no longer a prospect)</source>
        <translation>Залучений (уже покупець, а не потенційний)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Невідомо</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Немає переваг</translation>
    </message>
    <message>
        <source>Interests and preferences, separated by commas</source>
        <translation>Інтереси й уподобання, через кому</translation>
    </message>
    <message>
        <source>Consents to the processing of personal data</source>
        <translation>Згода на обробку персональних даних</translation>
    </message>
    <message>
        <source>Consents to marketing</source>
        <translation>Згода на маркетингові комунікації</translation>
    </message>
    <message>
        <source>Acquired on:</source>
        <translation>Дата залучення:</translation>
    </message>
    <message>
        <source>Acquired via:</source>
        <translation>Канал залучення:</translation>
    </message>
    <message>
        <source>Acquisition cost:</source>
        <translation>Вартість залучення:</translation>
    </message>
    <message>
        <source>Preferred channel:</source>
        <translation>Бажаний канал:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Мітки:</translation>
    </message>
    <message>
        <source>Household size:</source>
        <translation>Розмір домогосподарства:</translation>
    </message>
    <message>
        <source>Income band:</source>
        <translation>Рівень доходу:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Згода:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Нотатки:</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Відносини</translation>
    </message>
    <message>
        <source>Acquisition cost: expected an amount such as 120.50, got &quot;%1&quot;</source>
        <translation>Вартість залучення: очікується сума на кшталт 120,50, отримано «%1»</translation>
    </message>
    <message>
        <source>Please correct:</source>
        <translation>Виправте:</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomerListModel</name>
    <message>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Ост. контакт</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Дохід</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Покупки</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Щабель</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Відтік</translation>
    </message>
    <message>
        <source>Predicted value</source>
        <translation>Прогнозна цінність</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(alive)</translation>
    </message>
    <message>
        <source>Level</source>
        <comment>service level, a column header</comment>
        <translation>Рівень</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomersPage</name>
    <message>
        <source>Search customers by name, e-mail, phone, tag or contact person (Ctrl+F)</source>
        <translation>Пошук клієнтів за ім’ям, ел. поштою, телефоном, міткою або контактною особою (Ctrl+F)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Sales manager responsible</source>
        <translation>Відповідальний менеджер з продажу</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Щабель</translation>
    </message>
    <message>
        <source>Stage on the relationship ladder (last analysis)</source>
        <translation>Щабель драбини лояльності (останній аналіз)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <source>Group by purchase cost and frequency (last analysis)</source>
        <translation>Група за вартістю й частотою покупок (останній аналіз)</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Відтік</translation>
    </message>
    <message>
        <source>Churn status (last analysis)</source>
        <translation>Статус відтоку (останній аналіз)</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Мітка</translation>
    </message>
    <message>
        <source>Interest or tag</source>
        <translation>Інтерес або мітка</translation>
    </message>
    <message>
        <source>Archived customers are hidden from lists and analyses until restored</source>
        <translation>Клієнти в архіві приховані зі списків і аналізу до відновлення</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Поточні</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архіві</translation>
    </message>
    <message>
        <source>In use and archived</source>
        <translation>Поточні та в архіві</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Скинути фільтри</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Вибрані</translation>
    </message>
    <message>
        <source>Acts on the selected customers (Shift or Ctrl to select several)</source>
        <translation>Дії з вибраними клієнтами (кілька — за допомогою Shift або Ctrl)</translation>
    </message>
    <message>
        <source>Assign &amp;owner…</source>
        <translation>Призначити &amp;відповідального…</translation>
    </message>
    <message>
        <source>Add &amp;tag…</source>
        <translation>Додати &amp;мітку…</translation>
    </message>
    <message>
        <source>Add &amp;cost line…</source>
        <translation>Додати статтю в&amp;итрат…</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>&amp;Архівувати…</translation>
    </message>
    <message>
        <source>Hide from lists and analyses, keeping the whole history; Restore brings back</source>
        <translation>Приховати зі списків і аналізу, зберігши всю історію; повернути можна командою «Відновити з архіву»</translation>
    </message>
    <message>
        <source>&amp;Restore from archive</source>
        <translation>Від&amp;новити з архіву</translation>
    </message>
    <message>
        <source>A cost line of table 7.3 for each selected customer, or spread over them</source>
        <translation>Стаття витрат із табл. 7.3 для кожного вибраного клієнта або розподілена між ними</translation>
    </message>
    <message>
        <source>&amp;Export selection (XLSX, CSV or vCard)…</source>
        <translation>&amp;Експортувати вибраних (XLSX, CSV або vCard)…</translation>
    </message>
    <message>
        <source>Reading customers failed: %1</source>
        <translation>Не вдалося прочитати клієнтів: %1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Підрахунок…</translation>
    </message>
    <message>
        <source>Count unavailable</source>
        <translation>Кількість недоступна</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Архівування</translation>
    </message>
    <message>
        <source>Archive customers (%L1)</source>
        <translation>Архівування клієнтів (%L1)</translation>
    </message>
    <message>
        <source>Restore customers (%L1)</source>
        <translation>Відновлення клієнтів (%L1)</translation>
    </message>
    <message>
        <source>The selected customers are archived already.</source>
        <translation>Вибрані клієнти вже в архіві.</translation>
    </message>
    <message>
        <source>None of the selected customers is archived.</source>
        <translation>Жоден із вибраних клієнтів не перебуває в архіві.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Нічого не змінено: %1</translation>
    </message>
    <message>
        <source>Selection (%L1)</source>
        <translation>Вибрані (%L1)</translation>
    </message>
    <message>
        <source>Assign owner</source>
        <translation>Призначення відповідального</translation>
    </message>
    <message>
        <source>Sales manager responsible for the selected customers (%L1):</source>
        <translation>Відповідальний менеджер з продажу для вибраних клієнтів (%L1):</translation>
    </message>
    <message>
        <source>Assign owner %1 to customers (%L2)</source>
        <translation>Призначення відповідального %1 клієнтам (%L2)</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Додавання мітки</translation>
    </message>
    <message>
        <source>Tag (an interest or preference) for the selected customers (%L1):</source>
        <translation>Мітка (інтерес або вподобання) для вибраних клієнтів (%L1):</translation>
    </message>
    <message>
        <source>Tag customers (%L1) with %2</source>
        <translation>Мітка «%2» для клієнтів (%L1)</translation>
    </message>
    <message>
        <source>Export selected customers</source>
        <translation>Експорт вибраних клієнтів</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv);;vCard files (*.vcf)</source>
        <translation>Книги Excel (*.xlsx);;Файли CSV (*.csv);;Файли vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не вдається записати %1: %2</translation>
    </message>
    <message>
        <source>%1; shows all when its name is chosen</source>
        <translation>%1; вибір пункту з назвою фільтра показує всіх</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln клієнт</numerusform>
            <numerusform>%Ln клієнти</numerusform>
            <numerusform>%Ln клієнтів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive the %Ln selected customer(s)? They leave the lists and the analyses but keep their history; Restore from archive, or Edit &gt; Undo, brings them back.</source>
        <translation>
            <numerusform>Перемістити %Ln вибраного клієнта в архів? Він зникне зі списків і аналізу, але збереже історію; повернути його можна командою «Відновити з архіву» або через Зміни &gt; Скасувати.</numerusform>
            <numerusform>Перемістити %Ln вибраних клієнтів в архів? Вони зникнуть зі списків і аналізу, але збережуть історію; повернути їх можна командою «Відновити з архіву» або через Зміни &gt; Скасувати.</numerusform>
            <numerusform>Перемістити %Ln вибраних клієнтів в архів? Вони зникнуть зі списків і аналізу, але збережуть історію; повернути їх можна командою «Відновити з архіву» або через Зміни &gt; Скасувати.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln customer(s) …</source>
        <translation>
            <numerusform>Експорт %Ln клієнта …</numerusform>
            <numerusform>Експорт %Ln клієнтів …</numerusform>
            <numerusform>Експорт %Ln клієнтів …</numerusform>
        </translation>
    </message>
    <message>
        <source>the file could not be written completely (is the disk full?)</source>
        <translation>файл не вдалося записати повністю (можливо, диск заповнений?)</translation>
    </message>
    <message>
        <source>the file cannot be created</source>
        <translation>не вдається створити файл</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln customer(s) to %1</source>
        <translation>
            <numerusform>Експортовано %Ln клієнта до %1</numerusform>
            <numerusform>Експортовано %Ln клієнтів до %1</numerusform>
            <numerusform>Експортовано %Ln клієнтів до %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Level</source>
        <comment>service level, a filter</comment>
        <translation>Рівень</translation>
    </message>
    <message>
        <source>Service level (last analysis)</source>
        <translation>Рівень обслуговування (останній аналіз)</translation>
    </message>
    <message>
        <source>Stage, group, churn status and level are those of the last analysis run (Analytics &gt; Run analysis, F5 on the Analytics page).</source>
        <translation>Щабель, група, статус відтоку й рівень — за останнім запуском аналізу (Аналітика &gt; Запустити аналіз, F5 на сторінці «Аналітика»).</translation>
    </message>
    <message>
        <source>No level</source>
        <translation>Без рівня</translation>
    </message>
</context>
<context>
    <name>rapport::ui::DashboardPage</name>
    <message>
        <source>Active customers
(bought in the window)</source>
        <translation>Активні клієнти
(купували за період)</translation>
    </message>
    <message>
        <source>Revenue in the window</source>
        <translation>Дохід за період</translation>
    </message>
    <message>
        <source>Top 20 % of customers&apos; share of revenue
(benchmark: 80 %)</source>
        <translation>Частка доходу від найкращих 20 % клієнтів
(орієнтир: 80 %)</translation>
    </message>
    <message>
        <source>Churn of last year&apos;s buyers
(lost: recorded · lapsed: by rule)</source>
        <translation>Відтік торішніх покупців
(втрачені: позначено · неактивні: за правилом)</translation>
    </message>
    <message>
        <source>Customers at risk</source>
        <translation>Клієнти під загрозою</translation>
    </message>
    <message>
        <source>Relationship ladder</source>
        <translation>Драбина лояльності</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Щабель</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клієнти</translation>
    </message>
    <message>
        <source>Climbed in the window</source>
        <translation>Піднялися за період</translation>
    </message>
    <message>
        <source>Four groups by purchase cost and frequency</source>
        <translation>Чотири групи за вартістю й частотою покупок</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <source>Share of
revenue</source>
        <translation>Частка
доходу</translation>
    </message>
    <message>
        <source>Average
revenue</source>
        <translation>Середній
дохід</translation>
    </message>
    <message>
        <source>At risk, by value at stake (double-click opens the customer)</source>
        <translation>Під загрозою, за цінністю під загрозою (подвійне клацання відкриває клієнта)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Value at
stake</source>
        <translation>Цінність
під загрозою</translation>
    </message>
    <message>
        <source>Days since
last purchase</source>
        <translation>Днів від останньої
покупки</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Чому</translation>
    </message>
    <message>
        <source>What is due (double-click opens the customer)</source>
        <translation>Що на черзі (подвійне клацання відкриває клієнта)</translation>
    </message>
    <message>
        <source>All follow-ups on the Episodes page</source>
        <translation>Усі повторні контакти на сторінці «Епізоди»</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Повторні контакти</translation>
    </message>
    <message>
        <source>Whose tasks: yours, a colleague&apos;s or everyone&apos;s</source>
        <translation>Чиї завдання: ваші, колеги чи всіх</translation>
    </message>
    <message>
        <source>&amp;Whose:</source>
        <translation>&amp;Чиї:</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>Завд&amp;ання</translation>
    </message>
    <message>
        <source>Nothing due.</source>
        <translation>Нічого не заплановано.</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Показати ще</translation>
    </message>
    <message>
        <source>Analysing the customer base in the background; the figures appear when it is done. Follow-ups are already listed.</source>
        <translation>Клієнтська база аналізується у фоновому режимі; показники з’являться після завершення. Повторні контакти вже показано.</translation>
    </message>
    <message>
        <source>No analysis yet. It runs in the background when a database opens, and again with View &gt; Run analysis (F5).</source>
        <translation>Аналізу ще немає. Він запускається у фоновому режимі під час відкриття бази даних і повторно — через Вигляд &gt; Запустити аналіз (F5).</translation>
    </message>
    <message>
        <source>BG/NBD</source>
        <translation>BG/NBD</translation>
    </message>
    <message>
        <source>Pareto/NBD</source>
        <translation>Pareto/NBD</translation>
    </message>
    <message>
        <source>Nobody is at risk.</source>
        <translation>Під загрозою нікого немає.</translation>
    </message>
    <message>
        <source>All at risk in the customer list</source>
        <translation>Усі клієнти під загрозою в списку клієнтів</translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source>Mine (%1)</source>
        <translation>Мої (%1)</translation>
    </message>
    <message>
        <source>&amp;Tasks (%L1+)</source>
        <comment>more than this many</comment>
        <translation>Завд&amp;ання (%L1+)</translation>
    </message>
    <message>
        <source>&amp;Tasks (%L1)</source>
        <translation>Завд&amp;ання (%L1)</translation>
    </message>
    <message numerus="yes">
        <source>Analysis of %Ln customer(s) up to %1 (window %2 – %3), %4 model.</source>
        <translation>
            <numerusform>Аналіз %Ln клієнта станом на %1 (період %2 – %3), модель %4.</numerusform>
            <numerusform>Аналіз %Ln клієнтів станом на %1 (період %2 – %3), модель %4.</numerusform>
            <numerusform>Аналіз %Ln клієнтів станом на %1 (період %2 – %3), модель %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lost</source>
        <comment>customers</comment>
        <translation>
            <numerusform>Втрачено: %Ln</numerusform>
            <numerusform>Втрачено: %Ln</numerusform>
            <numerusform>Втрачено: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lapsed now</source>
        <comment>customers</comment>
        <translation>
            <numerusform>Неактивні зараз: %Ln</numerusform>
            <numerusform>Неактивні зараз: %Ln</numerusform>
            <numerusform>Неактивні зараз: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln) lost</source>
        <comment>share (number) of customers</comment>
        <translation>
            <numerusform>Втрачено: %1 (%Ln)</numerusform>
            <numerusform>Втрачено: %1 (%Ln)</numerusform>
            <numerusform>Втрачено: %1 (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln) lapsed</source>
        <comment>share (number) of customers</comment>
        <translation>
            <numerusform>Неактивні: %1 (%Ln)</numerusform>
            <numerusform>Неактивні: %1 (%Ln)</numerusform>
            <numerusform>Неактивні: %1 (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln shown, the most valuable first.</source>
        <translation>
            <numerusform>Показано всіх (%Ln), спочатку найцінніших.</numerusform>
            <numerusform>Показано всіх (%Ln), спочатку найцінніших.</numerusform>
            <numerusform>Показано всіх (%Ln), спочатку найцінніших.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln shown, the most valuable first.</source>
        <translation>
            <numerusform>Показано %L1 з %Ln, спочатку найцінніших.</numerusform>
            <numerusform>Показано %L1 з %Ln, спочатку найцінніших.</numerusform>
            <numerusform>Показано %L1 з %Ln, спочатку найцінніших.</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs &amp;attention</source>
        <translation>Потребують &amp;уваги</translation>
    </message>
    <message>
        <source>Needs &amp;attention (%L1)</source>
        <translation>Потребують &amp;уваги (%L1)</translation>
    </message>
    <message>
        <source>Wi&amp;n-back</source>
        <translation>По&amp;вернення клієнтів</translation>
    </message>
    <message>
        <source>Wi&amp;n-back (%L1)</source>
        <translation>По&amp;вернення клієнтів (%L1)</translation>
    </message>
</context>
<context>
    <name>rapport::ui::DatabaseOpening</name>
    <message>
        <source>Opening database</source>
        <translation>Відкриття бази даних</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Відкриття %1…</translation>
    </message>
    <message>
        <source>Stopping; %1 is left as it was…</source>
        <translation>Зупинення; %1 залишається без змін…</translation>
    </message>
    <message>
        <source>%1 was written by an older version of Rapport. Before it is upgraded, a copy of it is kept beside it…</source>
        <translation>%1 записано старішою версією Rapport. Перед оновленням поруч із ним зберігається його копія…</translation>
    </message>
    <message>
        <source>Upgrading %1 for this version of Rapport…</source>
        <translation>Оновлення %1 для цієї версії Rapport…</translation>
    </message>
</context>
<context>
    <name>rapport::ui::DateEdit</name>
    <message>
        <source>Type a date such as %1 or %2, or pick one from the calendar (Alt+Down)</source>
        <translation>Введіть дату, наприклад %1 або %2, або виберіть її в календарі (Alt+Down)</translation>
    </message>
    <message>
        <source>Pick from a calendar</source>
        <translation>Вибрати в календарі</translation>
    </message>
</context>
<context>
    <name>rapport::ui::DemoDataJob</name>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Демонстраційні дані</translation>
    </message>
    <message numerus="yes">
        <source>Generating demo data: %Ln customer(s) with three years of history…</source>
        <translation>
            <numerusform>Створення демонстраційних даних: %Ln клієнт з історією за три роки…</numerusform>
            <numerusform>Створення демонстраційних даних: %Ln клієнти з історією за три роки…</numerusform>
            <numerusform>Створення демонстраційних даних: %Ln клієнтів з історією за три роки…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::DimensionView</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a money column&apos;s header: its title (the currency)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регіон</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Acquisition channel</source>
        <translation>Канал залучення</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Рівень обслуговування</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>У &amp;розрізі:</translation>
    </message>
    <message>
        <source>Compute again</source>
        <translation>Обчислити знову</translation>
    </message>
    <message>
        <source>Read the whole base again in the background</source>
        <translation>Повторно прочитати всю базу у фоновому режимі</translation>
    </message>
    <message>
        <source>Share of the base&apos;s revenue</source>
        <translation>Частка в доході бази</translation>
    </message>
    <message>
        <source>What acquiring these customers cost</source>
        <translation>Скільки коштувало залучення цих клієнтів</translation>
    </message>
    <message>
        <source>Acquisition cost per customer</source>
        <translation>Вартість залучення на клієнта</translation>
    </message>
    <message>
        <source>The predicted value of the last stored scores</source>
        <translation>Прогнозна цінність за останніми збереженими показниками</translation>
    </message>
    <message>
        <source>Predicted value per unit of acquisition cost</source>
        <translation>Прогнозна цінність на одиницю вартості залучення</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Група %1</translation>
    </message>
    <message>
        <source>No purchase</source>
        <translation>Без покупок</translation>
    </message>
    <message>
        <source>No purchase in the last analysis&apos; window</source>
        <translation>Немає покупок за період останнього аналізу</translation>
    </message>
    <message>
        <source>The figures read the whole base in the background when this tab is shown.</source>
        <translation>Показники обчислюються з усієї бази у фоновому режимі, коли відкрито цю вкладку.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Жодну базу даних не відкрито.</translation>
    </message>
    <message>
        <source>Reading the customers in the background…</source>
        <translation>Читання даних клієнтів у фоновому режимі…</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Не вдалося прочитати показники: %1</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(не вказано)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клієнти</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Дохід</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Маржа</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Частка</translation>
    </message>
    <message>
        <source>Acq. cost</source>
        <translation>Варт. залучення</translation>
    </message>
    <message>
        <source>Per customer</source>
        <translation>На клієнта</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>Predicted / cost</source>
        <translation>Прогноз / вартість</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s); the four groups, churn and predicted values are those of the last stored scores.</source>
        <translation>
            <numerusform>%Ln клієнт; чотири групи, відтік і прогнозні цінності — за останніми збереженими показниками.</numerusform>
            <numerusform>%Ln клієнти; чотири групи, відтік і прогнозні цінності — за останніми збереженими показниками.</numerusform>
            <numerusform>%Ln клієнтів; чотири групи, відтік і прогнозні цінності — за останніми збереженими показниками.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s); no analysis run has stored scores yet, so the four groups, churn and predicted values are empty (Run analysis, then store the scores).</source>
        <translation>
            <numerusform>%Ln клієнт; жоден запуск аналізу ще не зберіг показників, тому чотири групи, відтік і прогнозні цінності порожні (виконайте «Запустити аналіз», а потім збережіть показники).</numerusform>
            <numerusform>%Ln клієнти; жоден запуск аналізу ще не зберіг показників, тому чотири групи, відтік і прогнозні цінності порожні (виконайте «Запустити аналіз», а потім збережіть показники).</numerusform>
            <numerusform>%Ln клієнтів; жоден запуск аналізу ще не зберіг показників, тому чотири групи, відтік і прогнозні цінності порожні (виконайте «Запустити аналіз», а потім збережіть показники).</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Разом</translation>
    </message>
</context>
<context>
    <name>rapport::ui::DuplicateHint</name>
    <message>
        <source>Open the &amp;existing one</source>
        <translation>Відкрити &amp;наявного</translation>
    </message>
    <message>
        <source>same e-mail %1</source>
        <translation>та сама ел. пошта %1</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation>той самий телефон %1</translation>
    </message>
    <message>
        <source>a similar name</source>
        <translation>схоже ім’я</translation>
    </message>
    <message>
        <source>Possibly in the base already (%1): %2 — %3</source>
        <translation>Можливо, вже є в базі (%1): %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln or more customers with a similar name, e.g.</source>
        <translation>
            <numerusform>%Ln і більше клієнтів зі схожим ім’ям, наприклад</numerusform>
            <numerusform>%Ln і більше клієнтів зі схожим ім’ям, наприклад</numerusform>
            <numerusform>%Ln і більше клієнтів зі схожим ім’ям, наприклад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers with a similar name, e.g.</source>
        <translation>
            <numerusform>%Ln клієнт зі схожим ім’ям, наприклад</numerusform>
            <numerusform>%Ln клієнти зі схожим ім’ям, наприклад</numerusform>
            <numerusform>%Ln клієнтів зі схожим ім’ям, наприклад</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1</source>
        <comment>a customer&apos;s number</comment>
        <translation>№ %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Пошук дублікатів</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клієнти</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Чому</translation>
    </message>
    <message>
        <source>&amp;Open first</source>
        <translation>&amp;Відкрити першого</translation>
    </message>
    <message>
        <source>&amp;Merge into the first…</source>
        <translation>&amp;Об’єднати з першим…</translation>
    </message>
    <message>
        <source>Looking for customers who share an e-mail or phone or have nearly the same name …</source>
        <translation>Пошук клієнтів зі спільною ел. поштою чи телефоном або майже однаковим ім’ям …</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Помилка пошуку: %1</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <source>No probable duplicates.</source>
        <translation>Імовірних дублікатів немає.</translation>
    </message>
    <message numerus="yes">
        <source>%n probable duplicate(s). Open the first to compare; merging moves everything of the others onto the first and cannot be undone.</source>
        <translation>
            <numerusform>Знайдено %n імовірний дублікат. Відкрийте перший для порівняння; об’єднання переносить усе з решти в перший і не може бути скасоване.</numerusform>
            <numerusform>Знайдено %n імовірні дублікати. Відкрийте перший для порівняння; об’єднання переносить усе з решти в перший і не може бути скасоване.</numerusform>
            <numerusform>Знайдено %n імовірних дублікатів. Відкрийте перший для порівняння; об’єднання переносить усе з решти в перший і не може бути скасоване.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Об’єднання клієнтів</translation>
    </message>
    <message>
        <source>Move the episodes, contact persons, tasks, costs and contact data of %1 onto customer #%2 and remove them? A merge cannot be undone, and Edit &gt; Undo forgets the changes made before it.</source>
        <translation>Перенести епізоди, контактних осіб, завдання, витрати й контактні дані %1 до клієнта № %2 і видалити їх? Об’єднання не можна скасувати, а Зміни &gt; Скасувати забуде зміни, зроблені до нього.</translation>
    </message>
    <message>
        <source>same e-mail %1</source>
        <translation>та сама ел. пошта %1</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation>той самий телефон %1</translation>
    </message>
    <message>
        <source>same name: %1</source>
        <translation>те саме ім’я: %1</translation>
    </message>
    <message>
        <source>similar names: %1 / %2</source>
        <translation>схожі імена: %1 / %2</translation>
    </message>
    <message>
        <source>Nothing was merged: %1</source>
        <translation>Нічого не об’єднано: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::EmptyDatabaseDialog</name>
    <message>
        <source>Empty database</source>
        <translation>Порожня база даних</translation>
    </message>
    <message>
        <source>%1 has no customers yet.</source>
        <translation>У базі даних %1 ще немає клієнтів.</translation>
    </message>
    <message>
        <source>Amounts are in &amp;this currency:</source>
        <translation>&amp;Валюта сум:</translation>
    </message>
    <message>
        <source>Generate demo data (%L1 customers of a relationship-marketing business, three years of history) to explore Rapport?</source>
        <translation>Створити демонстраційні дані, щоб ознайомитися з Rapport: клієнти (%L1) фірми, що практикує маркетинг взаємин, з історією за три роки?</translation>
    </message>
    <message>
        <source>&amp;Generate demo data</source>
        <translation>&amp;Створити демонстраційні дані</translation>
    </message>
    <message>
        <source>&amp;Start empty</source>
        <translation>&amp;Почати з порожньої бази</translation>
    </message>
</context>
<context>
    <name>rapport::ui::EpisodeDialog</name>
    <message>
        <source>Log an episode</source>
        <translation>Запис епізоду</translation>
    </message>
    <message>
        <source>Type a name, e-mail or phone; Down to pick</source>
        <translation>Введіть ім’я, ел. пошту або телефон; стрілка вниз — вибрати</translation>
    </message>
    <message>
        <source>No customer chosen</source>
        <translation>Клієнта не вибрано</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Клієнт:</translation>
    </message>
    <message>
        <source>e.g. 129.90 (negative for a return)</source>
        <translation>наприклад 129,90 (від’ємна для повернення)</translation>
    </message>
    <message>
        <source>optional: revenue minus cost of goods</source>
        <translation>необов’язково: дохід мінус собівартість</translation>
    </message>
    <message>
        <source>optional: invoice or credit note number, e.g. 536365</source>
        <translation>необов’язково: номер рахунку або кредит-ноти, наприклад 536365</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Без оцінки</translation>
    </message>
    <message>
        <source>very dissatisfied</source>
        <translation>дуже незадоволений</translation>
    </message>
    <message>
        <source>dissatisfied</source>
        <translation>незадоволений</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>нейтрально</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>задоволений</translation>
    </message>
    <message>
        <source>delighted</source>
        <translation>у захваті</translation>
    </message>
    <message>
        <source>Critical: decides whether the relationship continues</source>
        <translation>Критичний: вирішує, чи триватимуть відносини</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Повторний контакт</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Кана&amp;л:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Сума:</translation>
    </message>
    <message>
        <source>&amp;Margin:</source>
        <translation>&amp;Маржа:</translation>
    </message>
    <message>
        <source>Documen&amp;t no.:</source>
        <translation>№ док&amp;умента:</translation>
    </message>
    <message>
        <source>&amp;Satisfaction:</source>
        <translation>&amp;Задоволеність:</translation>
    </message>
    <message>
        <source>Follow-&amp;up:</source>
        <translation>П&amp;овторний контакт:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Нотатки:</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Вибрано: %1</translation>
    </message>
    <message>
        <source>Customer: choose one (type part of the name, then pick from the list)</source>
        <translation>Клієнт: виберіть клієнта (введіть частину імені, потім виберіть зі списку)</translation>
    </message>
    <message>
        <source>Amount: expected a number such as 129.90, got &quot;%1&quot;</source>
        <translation>Сума: очікується число на кшталт 129,90, отримано «%1»</translation>
    </message>
    <message>
        <source>Margin: expected a number such as 40.00, got &quot;%1&quot;</source>
        <translation>Маржа: очікується число на кшталт 40,00, отримано «%1»</translation>
    </message>
    <message>
        <source>Please correct:</source>
        <translation>Виправте:</translation>
    </message>
    <message>
        <source>The customers that match appear here as you type.</source>
        <translation>Відповідні клієнти з&apos;являться тут під час введення.</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>Жоден клієнт не відповідає «%1».</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Пошук не вдався: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::EpisodeListModel</name>
    <message>
        <source>%1, done</source>
        <translation>%1, виконано</translation>
    </message>
    <message>
        <source>%1, open</source>
        <translation>%1, відкрито</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Задоволеність</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Повторний контакт</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>%1 (critical)</source>
        <comment>an episode kind</comment>
        <translation>%1 (критичний)</translation>
    </message>
</context>
<context>
    <name>rapport::ui::EpisodesPage</name>
    <message>
        <source>All kinds</source>
        <translation>Усі види</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Усі канали</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Лише критичні</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;З</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;до</translation>
    </message>
    <message>
        <source>Follow-ups due today and overdue</source>
        <translation>Повторні контакти на сьогодні та прострочені</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Позначити &amp;виконаним</translation>
    </message>
    <message>
        <source>The selected follow-up is done (Edit &gt; Undo takes it back)</source>
        <translation>Вибраний повторний контакт виконано (Зміни &gt; Скасувати повертає його)</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>Показати &amp;ще</translation>
    </message>
    <message numerus="yes">
        <source>The next %n older follow-ups</source>
        <translation>
            <numerusform>Наступний %n давніший повторний контакт</numerusform>
            <numerusform>Наступні %n давніші повторні контакти</numerusform>
            <numerusform>Наступні %n давніших повторних контактів</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Повторний контакт виконано</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Повторний контакт</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не збережено: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::FieldText</name>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Юридична назва</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Вулиця</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Поштовий індекс</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регіон</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>Зовнішній ідентифікатор</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Ринок</translation>
    </message>
    <message>
        <source>Income band</source>
        <translation>Рівень доходу</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>Розмір домогосподарства</translation>
    </message>
    <message>
        <source>Acquisition cost</source>
        <translation>Вартість залучення</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактна особа</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Маржа</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Задоволеність</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Повторний контакт</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Повторний контакт виконано</translation>
    </message>
    <message>
        <source>Document no.</source>
        <translation>№ документа</translation>
    </message>
    <message>
        <source>Invoice lines</source>
        <translation>Рядки рахунку</translation>
    </message>
    <message>
        <source>Cancelled purchase</source>
        <translation>Скасована покупка</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Діє з</translation>
    </message>
    <message>
        <source>Active until</source>
        <translation>Діє до</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Дата відходу</translation>
    </message>
    <message>
        <source>Win-back attempts</source>
        <translation>Спроби повернення</translation>
    </message>
    <message>
        <source>Win-back outcome</source>
        <translation>Результат повернення</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Рік</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <source>Partner&apos;s customer</source>
        <translation>Клієнт-партнер</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Стадії</translation>
    </message>
    <message>
        <source>Value shared</source>
        <translation>Спільна цінність</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Дата початку</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Дата завершення</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Ким задано</translation>
    </message>
    <message>
        <source>%1: is required</source>
        <translation>%1: обов’язкове поле</translation>
    </message>
    <message numerus="yes">
        <source>%1: is too long: at most %n byte(s) (letters such as ą or é take two)</source>
        <translation>
            <numerusform>%1: задовге значення — щонайбільше %n байт (кириличні літери, а також ą чи é займають по два)</numerusform>
            <numerusform>%1: задовге значення — щонайбільше %n байти (кириличні літери, а також ą чи é займають по два)</numerusform>
            <numerusform>%1: задовге значення — щонайбільше %n байтів (кириличні літери, а також ą чи é займають по два)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: holds characters that cannot be stored (control characters)</source>
        <translation>%1: містить символи, які не можна зберегти (керівні символи)</translation>
    </message>
    <message>
        <source>%1: must be one line of text, without control characters</source>
        <translation>%1: має бути одним рядком тексту без керівних символів</translation>
    </message>
    <message>
        <source>%1: choose the customer</source>
        <translation>%1: виберіть клієнта</translation>
    </message>
    <message>
        <source>%1: choose the customer the person works for</source>
        <translation>%1: виберіть клієнта, у якого працює ця особа</translation>
    </message>
    <message>
        <source>%1: choose a stored contact person</source>
        <translation>%1: виберіть збережену контактну особу</translation>
    </message>
    <message>
        <source>%1: choose a stored customer</source>
        <translation>%1: виберіть збереженого клієнта</translation>
    </message>
    <message>
        <source>%1: is required for a purchase</source>
        <translation>%1: обов’язкове поле для покупки</translation>
    </message>
    <message>
        <source>%1: must not be negative for a purchase (log a refund as a return)</source>
        <translation>%1: для покупки значення не може бути від’ємним (відшкодування записуйте як повернення)</translation>
    </message>
    <message>
        <source>%1: is required for a return (the refunded amount, as a negative number)</source>
        <translation>%1: обов’язкове поле для повернення (відшкодована сума як від’ємне число)</translation>
    </message>
    <message>
        <source>%1: must be zero or negative for a return: it is money given back</source>
        <translation>%1: для повернення значення має бути нульовим або від’ємним — це повернуті гроші</translation>
    </message>
    <message>
        <source>%1: only purchases and returns have an amount, not this kind of episode (%2)</source>
        <translation>%1: суму мають лише покупки й повернення, а не цей вид епізоду (%2)</translation>
    </message>
    <message>
        <source>%1: only purchases and returns have a margin, not this kind of episode (%2)</source>
        <translation>%1: маржу мають лише покупки й повернення, а не цей вид епізоду (%2)</translation>
    </message>
    <message>
        <source>%1: needs the amount it is part of</source>
        <translation>%1: потрібна сума, частиною якої є це значення</translation>
    </message>
    <message>
        <source>%1: cannot exceed the amount (%2)</source>
        <translation>%1: не може перевищувати суму (%2)</translation>
    </message>
    <message>
        <source>%1: must be between -2 (very dissatisfied) and +2 (delighted)</source>
        <translation>%1: має бути від -2 (дуже незадоволений) до +2 (у захваті)</translation>
    </message>
    <message>
        <source>%1: needs a follow-up date</source>
        <translation>%1: потрібна дата повторного контакту</translation>
    </message>
    <message>
        <source>%1: must not be before the episode&apos;s date (%2)</source>
        <translation>%1: не може бути раніше за дату епізоду (%2)</translation>
    </message>
    <message>
        <source>%1: must not be before the start date (%2)</source>
        <translation>%1: не може бути раніше за дату початку (%2)</translation>
    </message>
    <message>
        <source>%1: must not be before the previous stage change (%2)</source>
        <translation>%1: не може бути раніше за попередню зміну стадії (%2)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is listed twice</source>
        <translation>%1: «%2» зазначено двічі</translation>
    </message>
    <message>
        <source>%1: %2 is listed twice</source>
        <comment>a partnership bond</comment>
        <translation>%1: %2 зазначено двічі</translation>
    </message>
    <message>
        <source>%1: must not be negative</source>
        <translation>%1: значення не може бути від’ємним</translation>
    </message>
    <message>
        <source>%1: must be a year between 1900 and 2200</source>
        <translation>%1: має бути роком від 1900 до 2200</translation>
    </message>
    <message>
        <source>%1: &quot;won back&quot; needs at least one win-back attempt</source>
        <translation>%1: для результату «Повернутий» потрібна принаймні одна спроба повернення</translation>
    </message>
    <message>
        <source>%1: an organisation is a business customer (B2B)</source>
        <translation>%1: організація — це бізнес-клієнт (B2B)</translation>
    </message>
    <message>
        <source>%1: applies to people and households, not organisations</source>
        <translation>%1: стосується лише фізичних осіб і домогосподарств, а не організацій</translation>
    </message>
    <message>
        <source>%1: must be between 1 and 50 people</source>
        <translation>%1: має бути від 1 до 50 осіб</translation>
    </message>
    <message numerus="yes">
        <source>%1: at most %n tag(s)</source>
        <translation>
            <numerusform>%1: щонайбільше %n мітка</numerusform>
            <numerusform>%1: щонайбільше %n мітки</numerusform>
            <numerusform>%1: щонайбільше %n міток</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: must not be empty</source>
        <translation>%1: поле не може бути порожнім</translation>
    </message>
    <message>
        <source>%1: is required: which consent text the customer agreed to or withdrew</source>
        <translation>%1: обов’язкове поле — текст згоди, яку клієнт надав або відкликав</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an e-mail address (expected name@domain.tld)</source>
        <translation>%1: «%2» — не адреса ел. пошти (очікується name@domain.tld)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a phone number (expected 3 to 20 digits, with spaces or + - ( ) . /)</source>
        <translation>%1: «%2» — не номер телефону (очікується від 3 до 20 цифр, із пробілами або + - ( ) . /)</translation>
    </message>
    <message>
        <source>%1: needs at least the stage the partnership is in</source>
        <translation>%1: потрібна принаймні поточна стадія партнерства</translation>
    </message>
    <message>
        <source>E-mail %1</source>
        <translation>Ел. пошта %1</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Телефон %1</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Мітка %1</translation>
    </message>
    <message>
        <source>Consent %1</source>
        <translation>Згода %1</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Стадія %1</translation>
    </message>
    <message>
        <source>Bond %1</source>
        <translation>Зв’язок %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a list&apos;s label and the element&apos;s number, e.g. E-mail 2</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, label</source>
        <translation>%1, підпис</translation>
    </message>
    <message>
        <source>%1, since</source>
        <translation>%1, дата початку</translation>
    </message>
    <message>
        <source>%1, note</source>
        <translation>%1, нотатка</translation>
    </message>
    <message>
        <source>%1, text version</source>
        <translation>%1, версія тексту</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field: what is wrong with it</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>rapport::ui::FollowUpList</name>
    <message>
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Епізод</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Прострочено</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>На сьогодні</translation>
    </message>
    <message>
        <source>Nothing due: no follow-up is open for today or before.</source>
        <translation>Нічого не заплановано: відкритих повторних контактів на сьогодні й раніше немає.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>an episode kind on a date</comment>
        <translation>%1 від %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>due today, overdue</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln due today</source>
        <translation>
            <numerusform>на сьогодні: %Ln</numerusform>
            <numerusform>на сьогодні: %Ln</numerusform>
            <numerusform>на сьогодні: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>прострочено: %Ln</numerusform>
            <numerusform>прострочено: %Ln</numerusform>
            <numerusform>прострочено: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln shown, latest first: %1.</source>
        <translation>
            <numerusform>Показано всі (%Ln), спочатку найновіші: %1.</numerusform>
            <numerusform>Показано всі (%Ln), спочатку найновіші: %1.</numerusform>
            <numerusform>Показано всі (%Ln), спочатку найновіші: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln shown, latest first: %2.</source>
        <translation>
            <numerusform>Показано %L1 з %Ln, спочатку найновіші: %2.</numerusform>
            <numerusform>Показано %L1 з %Ln, спочатку найновіші: %2.</numerusform>
            <numerusform>Показано %L1 з %Ln, спочатку найновіші: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::Formatting</name>
    <message>
        <source>%1 %</source>
        <comment>a percentage; write it as your language does, e.g. &quot;%1%&quot; or &quot;%1 %&quot;</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>#%1</source>
        <comment>a customer&apos;s number</comment>
        <translation>№ %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>customer name — number</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 · %3</source>
        <comment>customer name — city · number</comment>
        <translation>%1 — %2 · %3</translation>
    </message>
    <message>
        <source>1 · High cost, frequent</source>
        <translation>1 · Висока вартість, часто</translation>
    </message>
    <message>
        <source>2 · Low cost, frequent</source>
        <translation>2 · Низька вартість, часто</translation>
    </message>
    <message>
        <source>3 · High cost, rare</source>
        <translation>3 · Висока вартість, рідко</translation>
    </message>
    <message>
        <source>4 · Low cost, rare</source>
        <translation>4 · Низька вартість, рідко</translation>
    </message>
    <message>
        <source>No purchase in the window</source>
        <translation>Немає покупок за період</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Рахунок %1</translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation>Кредит-нота %1</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Документ %1</translation>
    </message>
    <message>
        <source>a return</source>
        <translation>повернення</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <comment>of an invoice</comment>
        <translation>
            <numerusform>%Ln рядок</numerusform>
            <numerusform>%Ln рядки</numerusform>
            <numerusform>%Ln рядків</numerusform>
        </translation>
    </message>
    <message>
        <source>cancels an earlier purchase</source>
        <translation>скасовує попередню покупку</translation>
    </message>
    <message>
        <source>cancels %1</source>
        <comment>cancels Invoice 536365</comment>
        <translation>скасовує %1</translation>
    </message>
    <message>
        <source>cancelled by %1</source>
        <comment>cancelled by Credit note C537253</comment>
        <translation>скасовано: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <source>Customers (CSV)</source>
        <translation>Клієнти (CSV)</translation>
    </message>
    <message>
        <source>Contact persons (CSV)</source>
        <translation>Контактні особи (CSV)</translation>
    </message>
    <message>
        <source>Episodes (CSV)</source>
        <translation>Епізоди (CSV)</translation>
    </message>
    <message>
        <source>Transactions (CSV)</source>
        <translation>Транзакції (CSV)</translation>
    </message>
    <message>
        <source>Contacts (vCard)</source>
        <translation>Контакти (vCard)</translation>
    </message>
    <message>
        <source>&amp;What the file holds:</source>
        <translation>&amp;Вміст файлу:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Огляд…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Save mapping as…</source>
        <translation>Зберегти &amp;зіставлення як…</translation>
    </message>
    <message>
        <source>Saved &amp;mapping:</source>
        <translation>Збережене зі&amp;ставлення:</translation>
    </message>
    <message>
        <source>as detected</source>
        <translation>як визначено</translation>
    </message>
    <message>
        <source>D&amp;ates:</source>
        <translation>&amp;Дати:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Стовпець</translation>
    </message>
    <message>
        <source>Fills the field</source>
        <translation>Заповнює поле</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Перші значення</translation>
    </message>
    <message>
        <source>Create &amp;customers for references not in the base</source>
        <translation>Створювати &amp;клієнтів для ідентифікаторів, яких немає в базі</translation>
    </message>
    <message>
        <source>&amp;Keep sales without a real customer (empty, &quot;(blank)&quot;, &quot;guest&quot; …) as anonymous sales: in the base&apos;s revenue, never a customer</source>
        <translation>Зберігати продажі без реального клієнта (порожньо, «(blank)», «guest» …) як &amp;анонімні продажі: у доході бази, але не як клієнта</translation>
    </message>
    <message>
        <source>Start with a dry run: it says what the import would add, update and reject, and why, without writing anything.</source>
        <translation>Почніть із пробного імпорту: він покаже, що імпорт додасть, оновить і відхилить та чому, нічого не записуючи.</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Пробний імпорт</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Імпорт</translation>
    </message>
    <message>
        <source>CSV and vCard files (*.csv *.txt *.tsv *.vcf);;All files (*)</source>
        <translation>Файли CSV і vCard (*.csv *.txt *.tsv *.vcf);;Усі файли (*)</translation>
    </message>
    <message>
        <source>(by the column headers)</source>
        <translation>(за заголовками стовпців)</translation>
    </message>
    <message numerus="yes">
        <source>Read as %1, %n vCard(s).</source>
        <translation>
            <numerusform>Прочитано в кодуванні %1: %n картка vCard.</numerusform>
            <numerusform>Прочитано в кодуванні %1: %n картки vCard.</numerusform>
            <numerusform>Прочитано в кодуванні %1: %n карток vCard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as %1, delimiter %2, %3, dates %4, decimal %5.</source>
        <translation>Прочитано в кодуванні %1, роздільник %2, %3, дати %4, десятковий роздільник — %5.</translation>
    </message>
    <message>
        <source>first row the header</source>
        <translation>перший рядок — заголовок</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>без рядка заголовка</translation>
    </message>
    <message>
        <source>ambiguous (choose!)</source>
        <translation>неоднозначно (виберіть!)</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>кома</translation>
    </message>
    <message>
        <source>point</source>
        <translation>крапка</translation>
    </message>
    <message>
        <source>Choose the date order: %1.</source>
        <translation>Виберіть порядок у датах: %1.</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(пропустити)</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Збереження зіставлення</translation>
    </message>
    <message>
        <source>Name (letters, digits, spaces, - and _):</source>
        <translation>Назва (літери, цифри, пробіли, - і _):</translation>
    </message>
    <message>
        <source>Saved mapping</source>
        <translation>Збережене зіставлення</translation>
    </message>
    <message>
        <source>Dry run …</source>
        <translation>Пробний імпорт …</translation>
    </message>
    <message>
        <source>Importing …</source>
        <translation>Імпорт …</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Скасовано; нічого не записано.</translation>
    </message>
    <message>
        <source>The dry run stopped: %1</source>
        <translation>Пробний імпорт зупинено: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Нічого не імпортовано: %1</translation>
    </message>
    <message>
        <source>tab</source>
        <comment>the tab character as a delimiter</comment>
        <translation>табуляція</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Не вдається прочитати файл: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 Decided from all %Ln row(s): %2, %3.</source>
        <comment>the sentence before, then how the formats were decided</comment>
        <translation>
            <numerusform>%1 Визначено за всіма рядками (%Ln): %2, %3.</numerusform>
            <numerusform>%1 Визначено за всіма рядками (%Ln): %2, %3.</numerusform>
            <numerusform>%1 Визначено за всіма рядками (%Ln): %2, %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln date(s) fix the day-month order</source>
        <translation>
            <numerusform>%Ln дата задає порядок дня й місяця</numerusform>
            <numerusform>%Ln дати задають порядок дня й місяця</numerusform>
            <numerusform>%Ln дат задають порядок дня й місяця</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln amount(s) show the decimal separator</source>
        <translation>
            <numerusform>%Ln сума показує десятковий роздільник</numerusform>
            <numerusform>%Ln суми показують десятковий роздільник</numerusform>
            <numerusform>%Ln сум показують десятковий роздільник</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a field — what it expects</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The mapping was not saved: %1</source>
        <translation>Зіставлення не збережено: %1</translation>
    </message>
    <message>
        <source>The mapping cannot be read: %1</source>
        <translation>Не вдається прочитати зіставлення: %1</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more such note(s): the table below shows what each column fills.</source>
        <translation>
            <numerusform>…і ще %n така примітка: таблиця нижче показує, яке поле заповнює кожен стовпець.</numerusform>
            <numerusform>…і ще %n такі примітки: таблиця нижче показує, яке поле заповнює кожен стовпець.</numerusform>
            <numerusform>…і ще %n таких приміток: таблиця нижче показує, яке поле заповнює кожен стовпець.</numerusform>
        </translation>
    </message>
    <message>
        <source>not known yet (no column holds dates)</source>
        <translation>поки невідомі (жоден стовпець не містить дат)</translation>
    </message>
    <message>
        <source>not known yet (no column holds amounts)</source>
        <translation>поки невідомий (жоден стовпець не містить сум)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <comment>a column of a file without a header</comment>
        <translation>Стовпець %1</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <comment>the name of a customer an import creates from a reference the base does not know</comment>
        <translation>Клієнт %1</translation>
    </message>
    <message>
        <source>(none: the fields chosen below)</source>
        <comment>no saved mapping, for a file without a header</comment>
        <translation>(немає: поля, вибрані нижче)</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportFields</name>
    <message>
        <source>External reference</source>
        <translation>Зовнішній ідентифікатор</translation>
    </message>
    <message>
        <source>Rapport customer number</source>
        <translation>Номер клієнта в Rapport</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Власне ім’я</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Юридична назва</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Ринок</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Вулиця</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Поштовий індекс</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регіон</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>Адреси ел. пошти</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Номери телефонів</translation>
    </message>
    <message>
        <source>Acquired on</source>
        <translation>Дата залучення</translation>
    </message>
    <message>
        <source>Acquired via</source>
        <translation>Канал залучення</translation>
    </message>
    <message>
        <source>Acquisition cost</source>
        <translation>Вартість залучення</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Бажаний канал</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <source>Income band</source>
        <translation>Рівень доходу</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>Розмір домогосподарства</translation>
    </message>
    <message>
        <source>Consent to processing</source>
        <translation>Згода на обробку персональних даних</translation>
    </message>
    <message>
        <source>Consent to marketing</source>
        <translation>Згода на маркетингові комунікації</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ігнорується</translation>
    </message>
    <message>
        <source>Customer&apos;s external reference</source>
        <translation>Зовнішній ідентифікатор клієнта</translation>
    </message>
    <message>
        <source>Customer&apos;s e-mail</source>
        <translation>Ел. пошта клієнта</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Decides on purchases</source>
        <translation>Ухвалює рішення про закупівлі</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Діє з</translation>
    </message>
    <message>
        <source>Active until</source>
        <translation>Діє до</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Маржа</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Задоволеність</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критичний</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Повторний контакт</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Повторний контакт виконано</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Номер рахунку</translation>
    </message>
    <message>
        <source>Gross amount</source>
        <translation>Сума з податком</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Ціна за одиницю</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Знижка</translation>
    </message>
    <message>
        <source>Cancels invoice</source>
        <translation>Скасовує рахунок</translation>
    </message>
    <message>
        <source>the customer&apos;s identity in the system the file comes from</source>
        <translation>ідентифікатор клієнта в системі, з якої взято файл</translation>
    </message>
    <message>
        <source>Rapport&apos;s customer number (from a Rapport export)</source>
        <translation>номер клієнта в Rapport (з експорту Rapport)</translation>
    </message>
    <message>
        <source>the name shown in lists</source>
        <translation>ім’я, яке показується у списках</translation>
    </message>
    <message>
        <source>a first name, joined with the last name when there is no display name</source>
        <translation>власне ім’я; якщо немає імені для списків, поєднується з прізвищем</translation>
    </message>
    <message>
        <source>a last name</source>
        <translation>прізвище</translation>
    </message>
    <message>
        <source>the registered company name</source>
        <translation>зареєстрована назва компанії</translation>
    </message>
    <message>
        <source>person, household or organisation</source>
        <translation>person, household або organisation (фізична особа, домогосподарство, організація)</translation>
    </message>
    <message>
        <source>b2c or b2b</source>
        <translation>b2c або b2b</translation>
    </message>
    <message>
        <source>a segment name</source>
        <translation>назва сегмента</translation>
    </message>
    <message>
        <source>the responsible sales manager</source>
        <translation>відповідальний менеджер з продажу</translation>
    </message>
    <message>
        <source>street and number</source>
        <translation>вулиця й номер будинку</translation>
    </message>
    <message>
        <source>a postcode, kept as text</source>
        <translation>поштовий індекс, зберігається як текст</translation>
    </message>
    <message>
        <source>a city</source>
        <translation>місто</translation>
    </message>
    <message>
        <source>a region</source>
        <translation>регіон</translation>
    </message>
    <message>
        <source>a country</source>
        <translation>країна</translation>
    </message>
    <message>
        <source>e-mail addresses separated by ; or ,</source>
        <translation>адреси ел. пошти через ; або ,</translation>
    </message>
    <message>
        <source>phone numbers separated by ;</source>
        <translation>номери телефонів через ;</translation>
    </message>
    <message>
        <source>the date the customer was won</source>
        <translation>дата залучення клієнта</translation>
    </message>
    <message>
        <source>a channel code</source>
        <translation>код каналу</translation>
    </message>
    <message>
        <source>an amount of money</source>
        <translation>грошова сума</translation>
    </message>
    <message>
        <source>tags separated by ;</source>
        <translation>мітки через ;</translation>
    </message>
    <message>
        <source>low, lower_middle, middle, upper_middle or high</source>
        <translation>low, lower_middle, middle, upper_middle або high</translation>
    </message>
    <message>
        <source>a whole number of people</source>
        <translation>ціле число осіб</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>так або ні</translation>
    </message>
    <message>
        <source>free text</source>
        <translation>довільний текст</translation>
    </message>
    <message>
        <source>computed by Rapport</source>
        <translation>обчислюється в Rapport</translation>
    </message>
    <message>
        <source>the customer&apos;s external reference</source>
        <translation>зовнішній ідентифікатор клієнта</translation>
    </message>
    <message>
        <source>Rapport&apos;s customer number</source>
        <translation>номер клієнта в Rapport</translation>
    </message>
    <message>
        <source>an e-mail address of the customer</source>
        <translation>адреса ел. пошти клієнта</translation>
    </message>
    <message>
        <source>the contact person&apos;s name</source>
        <translation>ім’я контактної особи</translation>
    </message>
    <message>
        <source>a first name</source>
        <translation>власне ім’я</translation>
    </message>
    <message>
        <source>the role or position</source>
        <translation>роль або посада</translation>
    </message>
    <message>
        <source>e-mail addresses separated by ;</source>
        <translation>адреси ел. пошти через ;</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>the date of the episode</source>
        <translation>дата епізоду</translation>
    </message>
    <message>
        <source>purchase, return, complaint, call, meeting, ...</source>
        <translation>purchase, return, complaint, call, meeting тощо</translation>
    </message>
    <message>
        <source>point_of_sale, phone, email, ...</source>
        <translation>point_of_sale, phone, email тощо</translation>
    </message>
    <message>
        <source>a whole number from -2 to 2</source>
        <translation>ціле число від -2 до 2</translation>
    </message>
    <message>
        <source>who handled it</source>
        <translation>хто ним займався</translation>
    </message>
    <message>
        <source>the customer&apos;s identity in the shop or ERP; placeholders such as (blank) or guest make an anonymous sale</source>
        <translation>ідентифікатор клієнта в магазині або ERP; заповнювачі на кшталт (blank) чи guest означають анонімний продаж</translation>
    </message>
    <message>
        <source>the date of the purchase (a time after it is ignored)</source>
        <translation>дата покупки (час після неї ігнорується)</translation>
    </message>
    <message>
        <source>the invoice or order number: its lines become one purchase</source>
        <translation>номер рахунку або замовлення: його рядки утворюють одну покупку</translation>
    </message>
    <message>
        <source>the line&apos;s or invoice&apos;s net amount; negative for a return or cancellation</source>
        <translation>сума рядка або рахунку без податку; від’ємна для повернення чи скасування</translation>
    </message>
    <message>
        <source>the amount including tax, used when there is no net amount</source>
        <translation>сума з податком; використовується, якщо немає суми без податку</translation>
    </message>
    <message>
        <source>how many units; amount = quantity x unit price when there is no amount</source>
        <translation>кількість одиниць; якщо суми немає, сума = кількість x ціна за одиницю</translation>
    </message>
    <message>
        <source>the price of one unit, any number of decimals</source>
        <translation>ціна однієї одиниці, з будь-якою кількістю десяткових знаків</translation>
    </message>
    <message>
        <source>an amount taken off the line, or a percentage such as 10%</source>
        <translation>знижка на рядок: сума або відсоток, наприклад 10%</translation>
    </message>
    <message>
        <source>the invoice number a cancellation or correction cancels</source>
        <translation>номер рахунку, який скасовує або виправляє цей документ</translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation>Ім’я клієнта</translation>
    </message>
    <message>
        <source>the customer&apos;s name, for a customer the import creates</source>
        <translation>ім’я клієнта — для клієнта, якого створює імпорт</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportProblems</name>
    <message>
        <source>UTF-8 text without control characters (NUL, ...)</source>
        <translation>текст UTF-8 без керівних символів (NUL, ...)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>ціле число</translation>
    </message>
    <message>
        <source>a date such as 2024-03-07 or 07.03.2024</source>
        <translation>дата, наприклад 2024-03-07 або 07.03.2024</translation>
    </message>
    <message>
        <source>an amount such as 120.50 (at most two decimals)</source>
        <translation>сума, наприклад 120.50 (не більше двох знаків після коми)</translation>
    </message>
    <message>
        <source>a whole number of people from 1 to 50</source>
        <translation>ціла кількість осіб від 1 до 50</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>так або ні</translation>
    </message>
    <message>
        <source>the customer: a reference, a Rapport id or an e-mail address</source>
        <translation>клієнт: ідентифікатор, номер клієнта в Rapport або адреса e-mail</translation>
    </message>
    <message>
        <source>an amount such as 120.50 or 120,50 (at most two decimals)</source>
        <translation>сума, наприклад 120.50 або 120,50 (не більше двох знаків після коми)</translation>
    </message>
    <message>
        <source>an amount: a transaction needs one</source>
        <translation>сума: транзакція повинна її мати</translation>
    </message>
    <message>
        <source>a whole number from -2 to 2</source>
        <translation>ціле число від -2 до 2</translation>
    </message>
    <message>
        <source>an amount such as 120.50 or 120,50</source>
        <translation>сума, наприклад 120.50 або 120,50</translation>
    </message>
    <message>
        <source>a price such as 4.85 or 4,8533</source>
        <translation>ціна, наприклад 4.85 або 4,8533</translation>
    </message>
    <message>
        <source>a number of units such as 3, -2 or 1.5</source>
        <translation>кількість одиниць, наприклад 3, -2 або 1.5</translation>
    </message>
    <message>
        <source>an amount such as 5.00, or a percentage such as 10%</source>
        <translation>сума, наприклад 5.00, або відсоток, наприклад 10%</translation>
    </message>
    <message>
        <source>an amount small enough to hold</source>
        <translation>сума, що вміщується в допустимий діапазон</translation>
    </message>
    <message>
        <source>an amount: a sale needs one (an amount, or a quantity and a unit price)</source>
        <translation>сума: продаж повинен її мати (сума або кількість і ціна за одиницю)</translation>
    </message>
    <message>
        <source>an amount such as 12.50 or 12,50</source>
        <translation>сума, наприклад 12.50 або 12,50</translation>
    </message>
    <message>
        <source>no customer in the base has it (import the customers first)</source>
        <translation>жоден клієнт у базі його не має (спершу імпортуйте клієнтів)</translation>
    </message>
    <message>
        <source>no customer in the base has it (import the customers first, or allow creating missing customers)</source>
        <translation>жоден клієнт у базі його не має (спершу імпортуйте клієнтів або дозвольте створювати клієнтів, яких немає в базі)</translation>
    </message>
    <message>
        <source>a name (FN, N or ORG): the card names nobody</source>
        <translation>ім’я (FN, N або ORG): у картці нікого не названо</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>обов’язкове поле</translation>
    </message>
    <message>
        <source>must be valid UTF-8 text without control characters</source>
        <translation>текст без керівних символів</translation>
    </message>
    <message>
        <source>must be valid UTF-8 on one line, without control characters</source>
        <translation>один рядок тексту, без керівних символів</translation>
    </message>
    <message>
        <source>an organisation is a B2B customer (expected b2b)</source>
        <translation>організація — бізнес-клієнт (укажіть b2b)</translation>
    </message>
    <message>
        <source>applies to people and households, not organisations</source>
        <translation>стосується людей і домогосподарств, не організацій</translation>
    </message>
    <message>
        <source>must be between 1 and 50 people</source>
        <translation>від 1 до 50 осіб</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>значення не може бути від’ємним</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>поле не може бути порожнім</translation>
    </message>
    <message>
        <source>is listed twice</source>
        <translation>зазначено двічі</translation>
    </message>
    <message>
        <source>is required: which consent text the customer agreed to or withdrew</source>
        <translation>обов’язково: на який текст згоди клієнт погодився або який відкликав</translation>
    </message>
    <message>
        <source>is not an e-mail address (expected name@domain.tld)</source>
        <translation>це не адреса e-mail (очікується ім’я@домен.ua)</translation>
    </message>
    <message>
        <source>is not a phone number (expected 3 to 20 digits with spaces, + - ( ) . /)</source>
        <translation>це не номер телефону (очікується від 3 до 20 цифр, з пробілами або + - ( ) . /)</translation>
    </message>
    <message>
        <source>is required for a purchase</source>
        <translation>обов’язкова для покупки</translation>
    </message>
    <message>
        <source>must not be negative for a purchase (record refunds as a return)</source>
        <translation>не може бути від’ємною для покупки (повернення грошей оформіть як повернення)</translation>
    </message>
    <message>
        <source>is required for a return (the refunded amount, as a negative number)</source>
        <translation>обов’язкова для повернення (повернена сума, від’ємним числом)</translation>
    </message>
    <message>
        <source>must be zero or negative for a return: it is money given back</source>
        <translation>для повернення нуль або від’ємна: це повернені гроші</translation>
    </message>
    <message>
        <source>needs the revenue it is part of</source>
        <translation>потрібна сума, частиною якої вона є</translation>
    </message>
    <message>
        <source>must be between -2 (very dissatisfied) and +2 (delighted)</source>
        <translation>від -2 (дуже незадоволений) до +2 (у захваті)</translation>
    </message>
    <message>
        <source>needs a follow-up date</source>
        <translation>потрібна дата повторного контакту</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportText</name>
    <message>
        <source>row %L1 (line %L2)</source>
        <translation>рядок %L1 (рядок файлу %L2)</translation>
    </message>
    <message>
        <source>%1, column &quot;%2&quot;</source>
        <translation>%1, стовпець «%2»</translation>
    </message>
    <message>
        <source>%1, value &quot;%2&quot;</source>
        <translation>%1, значення «%2»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>where in the file: what was expected</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>card %L1 (line %L2)</source>
        <translation>картка %L1 (рядок %L2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>card (line), vCard property</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <comment>where, the value</comment>
        <translation>%1 «%2»</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) repeat a customer of an earlier card:</source>
        <translation>
            <numerusform>%Ln картка повторює клієнта з попередньої картки:</numerusform>
            <numerusform>%Ln картки повторюють клієнта з попередньої картки:</numerusform>
            <numerusform>%Ln карток повторюють клієнта з попередньої картки:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) repeat a customer of an earlier row:</source>
        <translation>
            <numerusform>%Ln рядок повторює клієнта з попереднього рядка:</numerusform>
            <numerusform>%Ln рядки повторюють клієнта з попереднього рядка:</numerusform>
            <numerusform>%Ln рядків повторюють клієнта з попереднього рядка:</numerusform>
        </translation>
    </message>
    <message>
        <source>Why cards were rejected (cards, property: what was expected):</source>
        <translation>Чому картки відхилено (картки, властивість: що очікувалося):</translation>
    </message>
    <message>
        <source>Why rows were rejected (rows, column: what was expected):</source>
        <translation>Чому рядки відхилено (рядки, стовпець: що очікувалося):</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln other reason(s)</source>
        <translation>
            <numerusform>… і ще %Ln причина</numerusform>
            <numerusform>… і ще %Ln причини</numerusform>
            <numerusform>… і ще %Ln причин</numerusform>
        </translation>
    </message>
    <message>
        <source>First problems:</source>
        <translation>Перші проблеми:</translation>
    </message>
    <message>
        <source>A real import would write the rejected cards with their reasons to a rejects file.</source>
        <translation>Справжній імпорт записав би відхилені картки з причинами у файл відхилених карток.</translation>
    </message>
    <message>
        <source>A real import would write the rejected rows with their reasons to a rejects file.</source>
        <translation>Справжній імпорт записав би відхилені рядки з причинами у файл відхилених рядків.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) made %1.</source>
        <translation>
            <numerusform>З %Ln рядка утворено %1.</numerusform>
            <numerusform>З %Ln рядків утворено %1.</numerusform>
            <numerusform>З %Ln рядків утворено %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sale(s)</source>
        <translation>
            <numerusform>%Ln продаж</numerusform>
            <numerusform>%Ln продажі</numerusform>
            <numerusform>%Ln продажів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) were lines of invoices with several lines, added up per invoice.</source>
        <translation>
            <numerusform>%Ln рядок належав до рахунків із кількома рядками; їх підсумовано за рахунком.</numerusform>
            <numerusform>%Ln рядки належали до рахунків із кількома рядками; їх підсумовано за рахунком.</numerusform>
            <numerusform>%Ln рядків належали до рахунків із кількома рядками; їх підсумовано за рахунком.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them are cancellations or returns (a negative total); %1 linked to the purchase they cancel, which then no longer counts as a purchase for the models.</source>
        <translation>
            <numerusform>З них %Ln — скасування або повернення (від’ємний підсумок); %1 з покупкою, яку скасовують, і вона більше не враховується моделями як покупка.</numerusform>
            <numerusform>З них %Ln — скасування або повернення (від’ємний підсумок); %1 з покупкою, яку скасовують, і вона більше не враховується моделями як покупка.</numerusform>
            <numerusform>З них %Ln — скасування або повернення (від’ємний підсумок); %1 з покупкою, яку скасовують, і вона більше не враховується моделями як покупка.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln was</source>
        <comment>cancellations linked</comment>
        <translation>
            <numerusform>%Ln пов’язано</numerusform>
            <numerusform>%Ln пов’язано</numerusform>
            <numerusform>%Ln пов’язано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) have no real customer (an empty or placeholder customer value)</source>
        <translation>
            <numerusform>%Ln рядок не має реального клієнта (порожнє значення клієнта або заповнювач)</numerusform>
            <numerusform>%Ln рядки не мають реального клієнта (порожнє значення клієнта або заповнювач)</numerusform>
            <numerusform>%Ln рядків не мають реального клієнта (порожнє значення клієнта або заповнювач)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: left out by choice.</source>
        <translation>%1: пропущено за вашим вибором.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln anonymous sale(s)</source>
        <translation>
            <numerusform>%Ln анонімний продаж</numerusform>
            <numerusform>%Ln анонімні продажі</numerusform>
            <numerusform>%Ln анонімних продажів</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: would be stored as %2 worth %3: kept apart, in the base&apos;s revenue (database summary, rapport-cli export anonymous-sales), never a customer.</source>
        <translation>%1: було б збережено як %2 на суму %3 — окремо, у доході бази (підсумок бази даних, rapport-cli export anonymous-sales), але не як клієнта.</translation>
    </message>
    <message>
        <source>%1: stored as %2 worth %3: kept apart, in the base&apos;s revenue (database summary, rapport-cli export anonymous-sales), never a customer.</source>
        <translation>%1: збережено як %2 на суму %3 — окремо, у доході бази (підсумок бази даних, rapport-cli export anonymous-sales), але не як клієнта.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln amount(s) had more than two decimals (quantity x unit price): rounded half to even to 0.01.</source>
        <translation>
            <numerusform>%Ln сума мала більше двох десяткових знаків (кількість x ціна за одиницю): округлено до 0,01 за банківським правилом (половину — до парного).</numerusform>
            <numerusform>%Ln суми мали більше двох десяткових знаків (кількість x ціна за одиницю): округлено до 0,01 за банківським правилом (половину — до парного).</numerusform>
            <numerusform>%Ln сум мали більше двох десяткових знаків (кількість x ціна за одиницю): округлено до 0,01 за банківським правилом (половину — до парного).</numerusform>
        </translation>
    </message>
    <message>
        <source>Encoding %1 decided from the whole file (its byte order mark).</source>
        <translation>Кодування %1 визначено за всім файлом (за позначкою порядку байтів).</translation>
    </message>
    <message>
        <source>Encoding %1 decided from the whole file (plain ASCII).</source>
        <translation>Кодування %1 визначено за всім файлом (лише символи ASCII).</translation>
    </message>
    <message numerus="yes">
        <source>Encoding %1 decided from the whole file (%Ln non-ASCII character(s)).</source>
        <translation>
            <numerusform>Кодування %1 визначено за всім файлом (%Ln символ поза ASCII).</numerusform>
            <numerusform>Кодування %1 визначено за всім файлом (%Ln символи поза ASCII).</numerusform>
            <numerusform>Кодування %1 визначено за всім файлом (%Ln символів поза ASCII).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Encoding %1 decided from the whole file (%Ln word(s) with letters beyond ASCII).</source>
        <translation>
            <numerusform>Кодування %1 визначено за всім файлом (%Ln слово з літерами поза ASCII).</numerusform>
            <numerusform>Кодування %1 визначено за всім файлом (%Ln слова з літерами поза ASCII).</numerusform>
            <numerusform>Кодування %1 визначено за всім файлом (%Ln слів з літерами поза ASCII).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln date(s) fix the day-month order</source>
        <translation>
            <numerusform>%Ln дата задає порядок дня й місяця</numerusform>
            <numerusform>%Ln дати задають порядок дня й місяця</numerusform>
            <numerusform>%Ln дат задають порядок дня й місяця</numerusform>
        </translation>
    </message>
    <message>
        <source>no date fixes the day-month order</source>
        <translation>жодна дата не задає порядку дня й місяця</translation>
    </message>
    <message numerus="yes">
        <source>%Ln amount(s) show the decimal separator</source>
        <translation>
            <numerusform>%Ln сума показує десятковий роздільник</numerusform>
            <numerusform>%Ln суми показують десятковий роздільник</numerusform>
            <numerusform>%Ln сум показують десятковий роздільник</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Formats decided from all %Ln row(s): %1, %2.</source>
        <translation>
            <numerusform>Формати визначено за всіма рядками (%Ln): %1, %2.</numerusform>
            <numerusform>Формати визначено за всіма рядками (%Ln): %1, %2.</numerusform>
            <numerusform>Формати визначено за всіма рядками (%Ln): %1, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run, nothing written. Would add %Ln sale(s) to customers&apos; timelines; %L1 unchanged (already in the base); rejected %L2 of %L3 rows.</source>
        <translation>
            <numerusform>Пробний імпорт, нічого не записано. До історії клієнтів було б додано %Ln продаж; без змін (уже в базі): %L1; відхилено %L2 з %L3 рядків.</numerusform>
            <numerusform>Пробний імпорт, нічого не записано. До історії клієнтів було б додано %Ln продажі; без змін (уже в базі): %L1; відхилено %L2 з %L3 рядків.</numerusform>
            <numerusform>Пробний імпорт, нічого не записано. До історії клієнтів було б додано %Ln продажів; без змін (уже в базі): %L1; відхилено %L2 з %L3 рядків.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln sale(s) to customers&apos; timelines; %L1 unchanged (already in the base); rejected %L2 of %L3 rows.</source>
        <translation>
            <numerusform>До історії клієнтів додано %Ln продаж; без змін (уже в базі): %L1; відхилено %L2 з %L3 рядків.</numerusform>
            <numerusform>До історії клієнтів додано %Ln продажі; без змін (уже в базі): %L1; відхилено %L2 з %L3 рядків.</numerusform>
            <numerusform>До історії клієнтів додано %Ln продажів; без змін (уже в базі): %L1; відхилено %L2 з %L3 рядків.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run, nothing written. Would add %L1, update %L2; %L3 unchanged (already in the base); rejected %L4 of %Ln row(s).</source>
        <translation>
            <numerusform>Пробний імпорт, нічого не записано. Було б додано: %L1, оновлено: %L2; без змін (уже в базі): %L3; відхилено %L4 з %Ln рядка.</numerusform>
            <numerusform>Пробний імпорт, нічого не записано. Було б додано: %L1, оновлено: %L2; без змін (уже в базі): %L3; відхилено %L4 з %Ln рядків.</numerusform>
            <numerusform>Пробний імпорт, нічого не записано. Було б додано: %L1, оновлено: %L2; без змін (уже в базі): %L3; відхилено %L4 з %Ln рядків.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %L1, updated %L2; %L3 unchanged (already in the base); rejected %L4 of %Ln row(s).</source>
        <translation>
            <numerusform>Додано: %L1, оновлено: %L2; без змін (уже в базі): %L3; відхилено %L4 з %Ln рядка.</numerusform>
            <numerusform>Додано: %L1, оновлено: %L2; без змін (уже в базі): %L3; відхилено %L4 з %Ln рядків.</numerusform>
            <numerusform>Додано: %L1, оновлено: %L2; без змін (уже в базі): %L3; відхилено %L4 з %Ln рядків.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected rows with their reasons: %1 (fix them there and import that file again)</source>
        <translation>Відхилені рядки з причинами: %1 (виправте їх там і імпортуйте цей файл ще раз)</translation>
    </message>
    <message numerus="yes">
        <source>Read %Ln card(s) (%1).</source>
        <translation>
            <numerusform>Прочитано %Ln картку (%1).</numerusform>
            <numerusform>Прочитано %Ln картки (%1).</numerusform>
            <numerusform>Прочитано %Ln карток (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %Ln card(s) (%1, guessed).</source>
        <translation>
            <numerusform>Прочитано %Ln картку (%1, визначено автоматично).</numerusform>
            <numerusform>Прочитано %Ln картки (%1, визначено автоматично).</numerusform>
            <numerusform>Прочитано %Ln карток (%1, визначено автоматично).</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run, nothing written. Customers: would add %L1, update %L2, %L3 unchanged (already in the base).</source>
        <translation>Пробний імпорт, нічого не записано. Клієнти: було б додано — %L1, оновлено — %L2, без змін (уже в базі) — %L3.</translation>
    </message>
    <message>
        <source>Customers: added %L1, updated %L2, %L3 unchanged (already in the base).</source>
        <translation>Клієнти: додано — %L1, оновлено — %L2, без змін (уже в базі) — %L3.</translation>
    </message>
    <message>
        <source>Contact persons at organisations: would add %L1, update %L2, %L3 unchanged.</source>
        <translation>Контактні особи в організаціях: було б додано — %L1, оновлено — %L2, без змін — %L3.</translation>
    </message>
    <message>
        <source>Contact persons at organisations: added %L1, updated %L2, %L3 unchanged.</source>
        <translation>Контактні особи в організаціях: додано — %L1, оновлено — %L2, без змін — %L3.</translation>
    </message>
    <message numerus="yes">
        <source>Rejected %L1 of %Ln card(s).</source>
        <translation>
            <numerusform>Відхилено %L1 з %Ln картки.</numerusform>
            <numerusform>Відхилено %L1 з %Ln карток.</numerusform>
            <numerusform>Відхилено %L1 з %Ln карток.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected cards with their reasons (X-RAPPORT-IMPORT-PROBLEM): %1 (fix them there and import that file again)</source>
        <translation>Відхилені картки з причинами (X-RAPPORT-IMPORT-PROBLEM): %1 (виправте їх там і імпортуйте цей файл ще раз)</translation>
    </message>
    <message>
        <source>day.month.year (31.12.2025)</source>
        <translation>день.місяць.рік (31.12.2025)</translation>
    </message>
    <message>
        <source>month/day/year (12/31/2025)</source>
        <translation>місяць/день/рік (12/31/2025)</translation>
    </message>
    <message>
        <source>year-month-day (2025-12-31)</source>
        <translation>рік-місяць-день (2025-12-31)</translation>
    </message>
    <message>
        <source>Column %1 has no header and is ignored.</source>
        <translation>Стовпець %1 не має заголовка й пропускається.</translation>
    </message>
    <message>
        <source>Column %1 “%2” repeats column %3 and is ignored.</source>
        <translation>Стовпець %1 «%2» повторює стовпець %3 й пропускається.</translation>
    </message>
    <message>
        <source>Column “%1” matches no field and is ignored.</source>
        <translation>Стовпець «%1» не відповідає жодному полю й пропускається.</translation>
    </message>
    <message numerus="yes">
        <source>Would create %Ln customer(s) not yet in the base.</source>
        <translation>
            <numerusform>Було б створено %Ln клієнта, якого немає в базі.</numerusform>
            <numerusform>Було б створено %Ln клієнтів, яких немає в базі.</numerusform>
            <numerusform>Було б створено %Ln клієнтів, яких немає в базі.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %Ln customer(s) that were not in the base.</source>
        <translation>
            <numerusform>Створено %Ln клієнта, якого не було в базі.</numerusform>
            <numerusform>Створено %Ln клієнтів, яких не було в базі.</numerusform>
            <numerusform>Створено %Ln клієнтів, яких не було в базі.</numerusform>
        </translation>
    </message>
    <message>
        <source>card</source>
        <comment>a whole card rejected, not one property</comment>
        <translation>картка</translation>
    </message>
    <message>
        <source>row</source>
        <comment>a whole row rejected, not one column</comment>
        <translation>рядок</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>column: what was expected</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>one of %1</source>
        <comment>the codes a column may hold: one of b2c, b2b</comment>
        <translation>одне з: %1</translation>
    </message>
    <message>
        <source>at most %1 bytes (letters such as ą or é take two)</source>
        <translation>щонайбільше %1 байтів (кириличні літери, а також ą чи é займають по два)</translation>
    </message>
    <message>
        <source>at most %1 tags</source>
        <translation>не більше %1 міток</translation>
    </message>
    <message>
        <source>must not be before the start date (%1)</source>
        <translation>не раніше дати початку (%1)</translation>
    </message>
    <message>
        <source>must not be before the episode&apos;s date (%1)</source>
        <translation>не раніше дати епізоду (%1)</translation>
    </message>
    <message>
        <source>cannot exceed the amount (%1)</source>
        <translation>не може перевищувати суму (%1)</translation>
    </message>
    <message>
        <source>only purchases and returns have an amount, not this kind of episode (%1)</source>
        <translation>суму мають лише покупки й повернення, не цей вид епізоду (%1)</translation>
    </message>
    <message>
        <source>only purchases and returns have a margin, not this kind of episode (%1)</source>
        <translation>маржу мають лише покупки й повернення, не цей вид епізоду (%1)</translation>
    </message>
    <message>
        <source>tab</source>
        <comment>the delimiter of a tab-separated file</comment>
        <translation>табуляція</translation>
    </message>
    <message>
        <source>a quote opened on line %1 is never closed</source>
        <translation>лапки, відкриті в рядку %1, ніде не закрито</translation>
    </message>
    <message>
        <source>the card that begins on line %1 has no END:VCARD</source>
        <translation>картка, що починається в рядку %1, не має END:VCARD</translation>
    </message>
    <message>
        <source>the customer&apos;s name (%1, %2, %3 or %4)</source>
        <translation>імені клієнта (%1, %2, %3 або %4)</translation>
    </message>
    <message>
        <source>the contact person&apos;s name (%1, %2 or %3)</source>
        <translation>імені контактної особи (%1, %2 або %3)</translation>
    </message>
    <message>
        <source>the customer (%1, %2 or %3)</source>
        <translation>клієнта (%1, %2 або %3)</translation>
    </message>
    <message>
        <source>the date (%1)</source>
        <translation>дати (%1)</translation>
    </message>
    <message>
        <source>the kind of episode (%1)</source>
        <translation>виду епізоду (%1)</translation>
    </message>
    <message>
        <source>the amount (%1, %2 or %3)</source>
        <translation>суми (%1, %2 або %3)</translation>
    </message>
    <message>
        <source>The dry run stopped: no column holds %1. Choose the column that holds it in the table above.</source>
        <translation>Пробний імпорт зупинено: жоден стовпець не містить %1. Вкажіть цей стовпець у таблиці вище.</translation>
    </message>
    <message>
        <source>Nothing was imported: no column holds %1. Choose the column that holds it in the table above.</source>
        <translation>Нічого не імпортовано: жоден стовпець не містить %1. Вкажіть цей стовпець у таблиці вище.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where the header has %1 (a missing delimiter, or a line break outside quotes?)</source>
        <translation>
            <numerusform>%n поле, а в заголовку %1 (пропущено роздільник або перенесення рядка поза лапками?)</numerusform>
            <numerusform>%n поля, а в заголовку %1 (пропущено роздільник або перенесення рядка поза лапками?)</numerusform>
            <numerusform>%n полів, а в заголовку %1 (пропущено роздільник або перенесення рядка поза лапками?)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where the header has %1 (an unquoted %2 inside a value?)</source>
        <translation>
            <numerusform>%n поле, а в заголовку %1 (%2 усередині значення без лапок?)</numerusform>
            <numerusform>%n поля, а в заголовку %1 (%2 усередині значення без лапок?)</numerusform>
            <numerusform>%n полів, а в заголовку %1 (%2 усередині значення без лапок?)</numerusform>
        </translation>
    </message>
    <message>
        <source>the date columns disagree: one puts the day first, another the month</source>
        <translation>стовпці дат не узгоджуються: в одному спочатку день, в іншому місяць</translation>
    </message>
    <message numerus="yes">
        <source>all %Ln row(s) have dates such as 03/04/2024 that could be day-month or month-day</source>
        <translation>
            <numerusform>в усіх рядках (%Ln) дати на кшталт 03/04/2024 читаються і як день-місяць, і як місяць-день</numerusform>
            <numerusform>в усіх рядках (%Ln) дати на кшталт 03/04/2024 читаються і як день-місяць, і як місяць-день</numerusform>
            <numerusform>в усіх рядках (%Ln) дати на кшталт 03/04/2024 читаються і як день-місяць, і як місяць-день</numerusform>
        </translation>
    </message>
    <message>
        <source>the dates could be day-month or month-day</source>
        <translation>дати читаються і як день-місяць, і як місяць-день</translation>
    </message>
    <message>
        <source>the file %1 does not exist.</source>
        <translation>файл %1 не існує.</translation>
    </message>
    <message>
        <source>the file %1 cannot be opened (%2).</source>
        <translation>не вдається відкрити файл %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is not a file (a folder?).</source>
        <translation>%1 — не файл (тека?).</translation>
    </message>
    <message>
        <source>the file %1 cannot be read (%2).</source>
        <translation>не вдається прочитати файл %1 (%2).</translation>
    </message>
    <message>
        <source>the file %1 is empty: it holds no row that can be read.</source>
        <translation>файл %1 порожній: у ньому немає жодного рядка, який можна прочитати.</translation>
    </message>
    <message>
        <source>the characters of the file %1 cannot be read in its encoding.</source>
        <translation>символи файлу %1 не читаються в його кодуванні.</translation>
    </message>
    <message>
        <source>the file %1 holds no vCard (BEGIN:VCARD … END:VCARD).</source>
        <translation>файл %1 не містить жодної візитки vCard (BEGIN:VCARD … END:VCARD).</translation>
    </message>
    <message>
        <source>the file %1 no longer has the columns shown above: choose it again and check the mapping.</source>
        <translation>у файлі %1 більше немає стовпців, показаних вище: виберіть його знову й перевірте зіставлення.</translation>
    </message>
    <message>
        <source>the dates were said to be %1, but row %2 of %3 has “%4”, which puts the day first. Choose the order the file uses under Dates.</source>
        <translation>дати мали йти в порядку %1, але в рядку %2 %3 стоїть «%4», де спочатку день. Виберіть у полі «Дати» порядок, який використовує файл.</translation>
    </message>
    <message>
        <source>the dates were said to be %1, but row %2 of %3 has “%4”, which puts the month first. Choose the order the file uses under Dates.</source>
        <translation>дати мали йти в порядку %1, але в рядку %2 %3 стоїть «%4», де спочатку місяць. Виберіть у полі «Дати» порядок, який використовує файл.</translation>
    </message>
    <message>
        <source>%1. Choose the order under Dates.</source>
        <comment>why the date order is open</comment>
        <translation>%1. Виберіть порядок у полі «Дати».</translation>
    </message>
    <message>
        <source>you have no permission to read the file %1.</source>
        <translation>у вас немає прав на читання файлу %1.</translation>
    </message>
    <message>
        <source>the rejected rows cannot be written to %1 (can the folder be written to? is the disk full?).</source>
        <translation>не вдається записати відхилені рядки в %1 (чи можна писати в теку? чи не заповнений диск?).</translation>
    </message>
    <message>
        <source>column %1</source>
        <comment>%3 in &quot;row %2 of %3&quot;: in the case that phrase needs</comment>
        <translation>стовпця %1</translation>
    </message>
    <message>
        <source>column “%1”</source>
        <comment>%3 in &quot;row %2 of %3&quot;: in the case that phrase needs</comment>
        <translation>стовпця «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) would make %1.</source>
        <translation>
            <numerusform>З %Ln рядка було б утворено %1.</numerusform>
            <numerusform>З %Ln рядків було б утворено %1.</numerusform>
            <numerusform>З %Ln рядків було б утворено %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where most rows have %1 (a missing delimiter, or a line break outside quotes?)</source>
        <translation>
            <numerusform>%n поле, а в більшості рядків %1 (пропущено роздільник або перенесення рядка поза лапками?)</numerusform>
            <numerusform>%n поля, а в більшості рядків %1 (пропущено роздільник або перенесення рядка поза лапками?)</numerusform>
            <numerusform>%n полів, а в більшості рядків %1 (пропущено роздільник або перенесення рядка поза лапками?)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where most rows have %1 (an unquoted %2 inside a value?)</source>
        <translation>
            <numerusform>%n поле, а в більшості рядків %1 (%2 усередині значення без лапок?)</numerusform>
            <numerusform>%n поля, а в більшості рядків %1 (%2 усередині значення без лапок?)</numerusform>
            <numerusform>%n полів, а в більшості рядків %1 (%2 усередині значення без лапок?)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::KnowledgeAuditView</name>
    <message>
        <source>Audit again</source>
        <translation>Повторити аудит</translation>
    </message>
    <message>
        <source>Read the whole base again in the background</source>
        <translation>Повторно прочитати всю базу у фоновому режимі</translation>
    </message>
    <message>
        <source>No.</source>
        <comment>a question&apos;s number</comment>
        <translation>№</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Запитання</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клієнти</translation>
    </message>
    <message>
        <source>By value</source>
        <translation>За цінністю</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Чого бракує</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Цінність</translation>
    </message>
    <message>
        <source>The audit reads the whole base in the background when this tab is shown.</source>
        <translation>Аудит читає всю базу у фоновому режимі, коли відкрито цю вкладку.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Жодну базу даних не відкрито.</translation>
    </message>
    <message>
        <source>Auditing the customers&apos; records in the background…</source>
        <translation>Аудит записів клієнтів у фоновому режимі…</translation>
    </message>
    <message>
        <source>The audit failed: %1</source>
        <translation>Не вдалося виконати аудит: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s); value counts revenue to date and the predicted value.</source>
        <translation>
            <numerusform>%Ln клієнт; цінність — це дохід на сьогодні плюс прогнозна цінність.</numerusform>
            <numerusform>%Ln клієнти; цінність — це дохід на сьогодні плюс прогнозна цінність.</numerusform>
            <numerusform>%Ln клієнтів; цінність — це дохід на сьогодні плюс прогнозна цінність.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s); no analysis run has stored scores yet, so the ranking and the predicted values are missing (Run analysis, then store the scores).</source>
        <translation>
            <numerusform>%Ln клієнт; жоден запуск аналізу ще не зберіг показників, тому ранжування й прогнозних цінностей немає (виконайте «Запустити аналіз», а потім збережіть показники).</numerusform>
            <numerusform>%Ln клієнти; жоден запуск аналізу ще не зберіг показників, тому ранжування й прогнозних цінностей немає (виконайте «Запустити аналіз», а потім збережіть показники).</numerusform>
            <numerusform>%Ln клієнтів; жоден запуск аналізу ще не зберіг показників, тому ранжування й прогнозних цінностей немає (виконайте «Запустити аналіз», а потім збережіть показники).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>what is missing: how many customers</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>concerns no customer</source>
        <translation>не стосується жодного клієнта</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>нічого</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between missing pieces</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>%1 of %2 customers concerned</source>
        <comment>coverage by customers</comment>
        <translation>Стосується клієнтів: %2; з відповіддю: %1</translation>
    </message>
    <message>
        <source>Share of the concerned customers&apos; value</source>
        <translation>Частка цінності клієнтів, яких стосується запитання</translation>
    </message>
    <message>
        <source>%1 Answered from: %2 Every customer it concerns is answered.</source>
        <translation>%1 Дані для відповіді: %2 Відповідь є для кожного клієнта, якого стосується запитання.</translation>
    </message>
    <message>
        <source>%1 Answered from: %2 Customers to complete first, most valuable first:</source>
        <translation>%1 Дані для відповіді: %2 Чиї записи доповнити насамперед (від найцінніших):</translation>
    </message>
</context>
<context>
    <name>rapport::ui::LadderStageDialog</name>
    <message>
        <source>Ladder stage</source>
        <translation>Щабель драбини</translation>
    </message>
    <message>
        <source>Follow the rules (no stage set by hand)</source>
        <translation>За правилами (щабель не задано вручну)</translation>
    </message>
    <message>
        <source>Why, e.g. &quot;signed a framework agreement&quot;</source>
        <translation>Чому, наприклад «підписали рамкову угоду»</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Щабель:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>The lists and charts show the new stage after the next analysis run (F5).</source>
        <translation>Списки й діаграми покажуть новий щабель після наступного запуску аналізу (F5).</translation>
    </message>
    <message>
        <source>Reason: required when a stage is set by hand, so that others know why</source>
        <translation>Причина: обов’язкова, якщо щабель задається вручну, щоб інші знали чому</translation>
    </message>
</context>
<context>
    <name>rapport::ui::LostCustomerTab</name>
    <message>
        <source>Lost on</source>
        <translation>Дата втрати</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Win-back attempts</source>
        <translation>Спроби повернення</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>Lost: recorded here by a person, with a reason. Lapsed: the analysis sees no purchase for longer than the customer&apos;s usual rhythm; that is shown on the Relationship tab.</source>
        <translation>Втрачений — позначено тут людиною із зазначенням причини. Неактивний — аналіз не бачить покупок довше, ніж зазвичай для цього клієнта; це показано на вкладці «Відносини».</translation>
    </message>
    <message>
        <source>&amp;Record lost customer…</source>
        <translation>&amp;Зафіксувати втрату клієнта…</translation>
    </message>
    <message>
        <source>Log &amp;win-back attempt…</source>
        <translation>Спроба &amp;повернення…</translation>
    </message>
    <message>
        <source>&amp;Outcome…</source>
        <translation>&amp;Результат…</translation>
    </message>
    <message>
        <source>Record lost customer %1</source>
        <translation>Втрата клієнта: %1</translation>
    </message>
    <message>
        <source>Record that the customer left and why. The churn reasons chart and report count these beside the benchmarks of the seed; win-back attempts are logged against the record.</source>
        <translation>Зафіксуйте, що клієнт пішов, і чому. Діаграма та звіт про причини відтоку порівнюють ці записи з орієнтирами з джерела; спроби повернення записуються до цього запису.</translation>
    </message>
    <message>
        <source>%1 (%2–%3 % of lost customers in the seed)</source>
        <translation>%1 (%2–%3 % втрачених клієнтів за даними джерела)</translation>
    </message>
    <message>
        <source>In the customer&apos;s or your own words: what happened</source>
        <translation>Своїми словами або словами клієнта: що сталося</translation>
    </message>
    <message>
        <source>&amp;Lost on:</source>
        <translation>&amp;Дата втрати:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>Подро&amp;биці:</translation>
    </message>
    <message>
        <source>Win-back attempt</source>
        <translation>Спроба повернення</translation>
    </message>
    <message>
        <source>What was offered, e.g. 10 % off the next order</source>
        <translation>Що запропонували, наприклад знижку 10 % на наступне замовлення</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <source>&amp;Offer and notes:</source>
        <translation>&amp;Пропозиція та нотатки:</translation>
    </message>
    <message>
        <source>Log win-back attempt</source>
        <translation>Запис спроби повернення</translation>
    </message>
    <message>
        <source>Win-back outcome</source>
        <translation>Результат повернення</translation>
    </message>
    <message>
        <source>How did the win-back end?</source>
        <translation>Чим закінчилася спроба повернути клієнта?</translation>
    </message>
    <message>
        <source>Win-back outcome: %1</source>
        <translation>Результат повернення: %1</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Нічого не змінено: %1</translation>
    </message>
    <message>
        <source>No win-back yet</source>
        <translation>Спроб повернення ще не було</translation>
    </message>
    <message>
        <source>Win-back under way</source>
        <translation>Повернення триває</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>Повернутий</translation>
    </message>
    <message>
        <source>Lost for good</source>
        <translation>Втрачений остаточно</translation>
    </message>
</context>
<context>
    <name>rapport::ui::MainWindow</name>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message numerus="yes">
        <source>Gave up waiting for the other program after %n s.</source>
        <translation>
            <numerusform>Очікування іншої програми припинено через %n с.</numerusform>
            <numerusform>Очікування іншої програми припинено через %n с.</numerusform>
            <numerusform>Очікування іншої програми припинено через %n с.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done waiting for the other program (%n s).</source>
        <translation>
            <numerusform>Очікування іншої програми завершено (%n с).</numerusform>
            <numerusform>Очікування іншої програми завершено (%n с).</numerusform>
            <numerusform>Очікування іншої програми завершено (%n с).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Busy, waiting: another program is writing to this database (%n s)...</source>
        <translation>
            <numerusform>Зайнято, очікування: інша програма записує в цю базу даних (%n с)...</numerusform>
            <numerusform>Зайнято, очікування: інша програма записує в цю базу даних (%n с)...</numerusform>
            <numerusform>Зайнято, очікування: інша програма записує в цю базу даних (%n с)...</numerusform>
        </translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Партнерства</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Зведення</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клієнти</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Епізоди</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Аналітика</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Звіти</translation>
    </message>
    <message>
        <source>Analysing the customer base…</source>
        <translation>Аналіз клієнтської бази…</translation>
    </message>
    <message>
        <source>Undo/redo</source>
        <translation>Скасування й повторення</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>New &amp;customer…</source>
        <translation>Новий &amp;клієнт…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>Нова &amp;база даних…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Відкрити базу даних…</translation>
    </message>
    <message>
        <source>&amp;Connect to team database…</source>
        <translation>&amp;Підключитися до спільної бази даних…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Нещодавні</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>Створити &amp;резервну копію…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Імпорт…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Generate &amp;demo data…</source>
        <translation>Створити &amp;демонстраційні дані…</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Демонстраційні дані</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Зміни</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Знайти д&amp;ублікати…</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>Знайти &amp;клієнта</translation>
    </message>
    <message>
        <source>&amp;Edit customer…</source>
        <translation>&amp;Редагувати клієнта…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Log episode…</source>
        <translation>&amp;Записати епізод…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Record lost &amp;customer…</source>
        <translation>Зафіксувати в&amp;трату клієнта…</translation>
    </message>
    <message>
        <source>&amp;Delete customer…</source>
        <translation>&amp;Видалити клієнта…</translation>
    </message>
    <message>
        <source>Only a customer without episodes, e.g. entered by mistake; Undo brings it back</source>
        <translation>Лише клієнта без епізодів, наприклад внесеного помилково; «Скасувати» поверне його</translation>
    </message>
    <message>
        <source>Customer &amp;profile report</source>
        <translation>Звіт «Про&amp;філь клієнта»</translation>
    </message>
    <message>
        <source>Customer profile report</source>
        <translation>Звіт «Профіль клієнта»</translation>
    </message>
    <message>
        <source>Choose a customer in the list first.</source>
        <translation>Спочатку виберіть клієнта в списку.</translation>
    </message>
    <message>
        <source>E&amp;xport personal data…</source>
        <translation>&amp;Експорт персональних даних…</translation>
    </message>
    <message>
        <source>E&amp;rase personal data…</source>
        <translation>Стерти персональні &amp;дані…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Журнал змін…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>Re&amp;load lists</source>
        <translation>&amp;Оновити списки</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Run &amp;analysis</source>
        <translation>Запустити &amp;аналіз</translation>
    </message>
    <message>
        <source>Analysis &amp;settings…</source>
        <translation>&amp;Параметри аналізу…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Клавіатурні скорочення</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Клавіатурні скорочення</translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation>&amp;Про Rapport</translation>
    </message>
    <message>
        <source>About Rapport</source>
        <translation>Про Rapport</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основна</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Спільна база даних</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Пароль для %1:</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>Не вдається відкрити базу даних</translation>
    </message>
    <message>
        <source>Rapport could not open %1.

%2</source>
        <translation>Rapport не вдалося відкрити %1.

%2</translation>
    </message>
    <message>
        <source>Team database – Rapport</source>
        <translation>Спільна база даних – Rapport</translation>
    </message>
    <message>
        <source>You are signed in as %1, who owns the tables or bypasses row-level security: you see and can change every customer. Work with a login of a team member (rapport-cli team add-user).</source>
        <translation>Ви увійшли як %1 — власник таблиць або користувач, який обходить захист на рівні рядків: ви бачите й можете змінювати всіх клієнтів. Працюйте під обліковим записом учасника команди (rapport-cli team add-user).</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База даних: %1</translation>
    </message>
    <message>
        <source>%1 – Rapport</source>
        <translation>%1 – Rapport</translation>
    </message>
    <message>
        <source>Not updated: %1</source>
        <translation>Не оновлено: %1</translation>
    </message>
    <message>
        <source>Updated with changes made elsewhere</source>
        <translation>Оновлено з урахуванням змін, зроблених в іншому місці</translation>
    </message>
    <message>
        <source>Updated with changes by %1</source>
        <translation>Оновлено зі змінами від: %1</translation>
    </message>
    <message>
        <source>Log episode</source>
        <translation>Запис епізоду</translation>
    </message>
    <message>
        <source>The episode was not saved: %1</source>
        <translation>Епізод не збережено: %1</translation>
    </message>
    <message>
        <source>Episode logged.</source>
        <translation>Епізод записано.</translation>
    </message>
    <message>
        <source>New customer %1</source>
        <translation>Новий клієнт %1</translation>
    </message>
    <message>
        <source>Customer %1 created.</source>
        <translation>Клієнта %1 створено.</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Новий клієнт</translation>
    </message>
    <message>
        <source>The customer was not saved: %1</source>
        <translation>Клієнта не збережено: %1</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>Видалення клієнта</translation>
    </message>
    <message>
        <source>Delete %1 with their contact persons, tasks and cost lines?

Edit &gt; Undo brings them back.</source>
        <translation>Видалити %1 разом з контактними особами, завданнями та статтями витрат?

Зміни &gt; Скасувати поверне їх.</translation>
    </message>
    <message>
        <source>Not deleted.</source>
        <translation>Не видалено.</translation>
    </message>
    <message>
        <source>Delete customer %1</source>
        <translation>Видалення клієнта %1</translation>
    </message>
    <message>
        <source>%1 deleted; Edit &gt; Undo brings them back.</source>
        <translation>Клієнта %1 видалено; Зміни &gt; Скасувати поверне все назад.</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Нова база даних</translation>
    </message>
    <message>
        <source>Rapport databases (*.sqlite);;All files (*)</source>
        <translation>Бази даних Rapport (*.sqlite);;Усі файли (*)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name, or use File &gt; Open.</source>
        <translation>%1 вже існує. Виберіть іншу назву або скористайтеся командою Файл &gt; Відкрити.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Відкриття бази даних</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Резервне копіювання бази даних</translation>
    </message>
    <message>
        <source>Rapport databases (*.sqlite *.backup);;All files (*)</source>
        <translation>Бази даних Rapport (*.sqlite *.backup);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Резервне копіювання до %1…</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Резервну копію збережено в %1</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Помилка резервного копіювання</translation>
    </message>
    <message>
        <source>Demo data cancelled; the database is unchanged.</source>
        <translation>Створення демонстраційних даних скасовано; базу даних не змінено.</translation>
    </message>
    <message>
        <source>Generating demo data failed; the database is unchanged.

%1</source>
        <translation>Не вдалося створити демонстраційні дані; базу даних не змінено.

%1</translation>
    </message>
    <message>
        <source>Demo data generated.</source>
        <translation>Демонстраційні дані створено.</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Експорт персональних даних</translation>
    </message>
    <message>
        <source>no customer chosen</source>
        <translation>клієнта не вибрано</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файли JSON (*.json)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>скасовано</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не вдається записати %1: %2</translation>
    </message>
    <message>
        <source>Personal data of customer #%1 written to %2</source>
        <translation>Персональні дані клієнта № %1 записано до %2</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Стирання персональних даних</translation>
    </message>
    <message>
        <source>Erase the name, address, e-mails, phones, tags, notes, consents and contact persons of %1, and the notes of their episodes, tasks and churn records?

Their episodes keep dates, kinds and amounts, so totals stay. This cannot be undone: back up first (File &gt; Back up).</source>
        <translation>Стерти ім’я, адресу, ел. пошту, телефони, мітки, нотатки, згоди та контактних осіб клієнта %1, а також нотатки до його епізодів, завдань і записів про відтік?

Епізоди збережуть дати, види й суми, тож підсумки не зміняться. Цю дію не можна скасувати: спочатку створіть резервну копію (Файл &gt; Створити резервну копію).</translation>
    </message>
    <message>
        <source>Personal data of customer #%1 erased; the erasure is recorded.</source>
        <translation>Персональні дані клієнта № %1 стерто; факт стирання записано.</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>Пошук дублікатів</translation>
    </message>
    <message>
        <source>Open or create a database first.</source>
        <translation>Спочатку відкрийте або створіть базу даних.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <source>Import written. An import cannot be undone: Edit &gt; Undo starts afresh.</source>
        <translation>Імпорт записано. Імпорт не можна скасувати: історія скасування (Зміни &gt; Скасувати) починається заново.</translation>
    </message>
    <message>
        <source>C&amp;urrency…</source>
        <translation>Ва&amp;люта…</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>The currency was not set: %1</source>
        <translation>Валюту не задано: %1</translation>
    </message>
    <message>
        <source>Only an admin of the team can change the currency of the team database.</source>
        <translation>Змінити валюту спільної бази даних може лише адміністратор команди.</translation>
    </message>
    <message>
        <source>The currency was not changed: %1</source>
        <translation>Валюту не змінено: %1</translation>
    </message>
    <message>
        <source>Every amount is now shown in %1; nothing was converted. Edit &gt; Undo brings the previous currency back.</source>
        <translation>Тепер усі суми показано у валюті %1; нічого не перераховано. Зміни &gt; Скасувати поверне попередню валюту.</translation>
    </message>
    <message>
        <source>Every amount in this team database is in %1. Only an admin of the team can change the currency.</source>
        <translation>Валюта сум у цій спільній базі даних: %1. Змінити валюту може лише адміністратор команди.</translation>
    </message>
    <message>
        <source>no particular currency</source>
        <translation>не задано</translation>
    </message>
    <message>
        <source>administrator</source>
        <comment>a team role</comment>
        <translation>адміністратор</translation>
    </message>
    <message>
        <source>sales manager</source>
        <comment>a team role</comment>
        <translation>менеджер з продажу</translation>
    </message>
    <message>
        <source>analyst</source>
        <comment>a team role</comment>
        <translation>аналітик</translation>
    </message>
    <message>
        <source>database administrator</source>
        <comment>a team role</comment>
        <translation>адміністратор бази даних</translation>
    </message>
    <message numerus="yes">
        <source>This database already has customers. Add %Ln demo customer(s) to them?</source>
        <translation>
            <numerusform>У цій базі даних уже є клієнти. Додати до них %Ln демонстраційного клієнта?</numerusform>
            <numerusform>У цій базі даних уже є клієнти. Додати до них %Ln демонстраційних клієнтів?</numerusform>
            <numerusform>У цій базі даних уже є клієнти. Додати до них %Ln демонстраційних клієнтів?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <comment>a range of shortcuts</comment>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>Знайти клієнта</translation>
    </message>
    <message>
        <source>Log an episode</source>
        <translation>Записати епізод</translation>
    </message>
    <message>
        <source>Edit the customer</source>
        <translation>Редагувати клієнта</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторити</translation>
    </message>
    <message>
        <source>Run the analysis</source>
        <translation>Запустити аналіз</translation>
    </message>
    <message>
        <source>Reload the lists</source>
        <translation>Оновити списки</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Створити резервну копію бази даних</translation>
    </message>
    <message>
        <source>A CRM for relationship marketing: customers, contact persons and every episode of the relationship on one timeline.</source>
        <translation>CRM для маркетингу взаємин: клієнти, контактні особи та всі епізоди відносин на одній часовій шкалі.</translation>
    </message>
    <message>
        <source>MIT licence.</source>
        <translation>Ліцензія MIT.</translation>
    </message>
    <message>
        <source>Team database: %1 · signed in as %2 (%3)</source>
        <translation>Спільна база даних: %1 · ви увійшли як %2 (%3)</translation>
    </message>
    <message>
        <source>Team database: %1</source>
        <translation>Спільна база даних: %1</translation>
    </message>
    <message>
        <source>The customer was not deleted: %1</source>
        <translation>Клієнта не видалено: %1</translation>
    </message>
    <message>
        <source>The database was not backed up: %1</source>
        <translation>Резервну копію бази даних не створено: %1</translation>
    </message>
    <message>
        <source>Nothing was erased: %1</source>
        <translation>Нічого не стерто: %1</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Кампанії</translation>
    </message>
    <message>
        <source>Dashboard, Customers, Episodes, Partnerships, Analytics, Reports, Campaigns</source>
        <translation>Зведення, Клієнти, Епізоди, Партнерства, Аналітика, Звіти, Кампанії</translation>
    </message>
    <message>
        <source>Service &amp;levels…</source>
        <translation>&amp;Рівні обслуговування…</translation>
    </message>
    <message>
        <source>Database not opened</source>
        <translation>Базу даних не відкрито</translation>
    </message>
    <message>
        <source>The upgrade of %1 was stopped. The file was left as it was; it is upgraded the next time you open it.</source>
        <translation>Оновлення %1 зупинено. Файл залишено без змін; його буде оновлено під час наступного відкриття.</translation>
    </message>
    <message>
        <source>Database: %1 · upgraded; the file as it was is kept beside it</source>
        <translation>База даних: %1 · оновлена; файл у попередньому вигляді збережено поруч</translation>
    </message>
    <message>
        <source>Upgraded from an older Rapport. The file as it was: %1</source>
        <translation>Оновлено зі старішої версії Rapport. Файл у попередньому вигляді: %1</translation>
    </message>
    <message>
        <source>The upgrade of %1 was stopped. The file was left as it was; it is upgraded the next time you open it. Rapport closes now.</source>
        <translation>Оновлення %1 зупинено. Файл залишено без змін; його буде оновлено під час наступного відкриття. Rapport зараз закриється.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::PartnerNetworkView</name>
    <message>
        <source>Click a partner to open its card</source>
        <translation>Клацніть партнера, щоб відкрити його картку</translation>
    </message>
    <message>
        <source>Our firm</source>
        <translation>Наша фірма</translation>
    </message>
    <message>
        <source>No partnerships recorded yet.</source>
        <translation>Партнерства ще не записано.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>partner direction · lifecycle stage</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>rapport::ui::PartnershipDialog</name>
    <message>
        <source>Edit partnership with %1</source>
        <translation>Редагування партнерства з %1</translation>
    </message>
    <message>
        <source>New partnership</source>
        <translation>Нове партнерство</translation>
    </message>
    <message>
        <source>Type to find the partner among the customers</source>
        <translation>Почніть вводити, щоб знайти партнера серед клієнтів</translation>
    </message>
    <message>
        <source>Not a customer</source>
        <translation>Не клієнт</translation>
    </message>
    <message>
        <source>value created together and shared, per year</source>
        <translation>цінність, створена й розподілена спільно, на рік</translation>
    </message>
    <message>
        <source>since</source>
        <translation>з дати</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Партнер:</translation>
    </message>
    <message>
        <source>Also a c&amp;ustomer:</source>
        <translation>Також &amp;клієнт:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Напрям:</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Форма:</translation>
    </message>
    <message>
        <source>Bonds:</source>
        <translation>Зв’язки:</translation>
    </message>
    <message>
        <source>&amp;Value shared:</source>
        <translation>&amp;Спільна цінність:</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>&amp;Дата початку:</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>С&amp;тадія:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Нот&amp;атки:</translation>
    </message>
    <message>
        <source>Value shared: expected an amount such as 25000.00, got &quot;%1&quot;</source>
        <translation>Спільна цінність: очікується сума на кшталт 25000,00, отримано «%1»</translation>
    </message>
    <message>
        <source>Please correct:</source>
        <translation>Виправте:</translation>
    </message>
    <message>
        <source>End partnership with %1</source>
        <translation>Завершення партнерства з %1</translation>
    </message>
    <message>
        <source>Stage of partnership with %1</source>
        <translation>Стадія партнерства з %1</translation>
    </message>
    <message>
        <source>why it ended, e.g. quality problems</source>
        <translation>чому завершено, наприклад проблеми з якістю</translation>
    </message>
    <message>
        <source>what happened, e.g. first joint order</source>
        <translation>що сталося, наприклад перше спільне замовлення</translation>
    </message>
    <message>
        <source>Date: the stage before began on %1; a later stage cannot begin earlier</source>
        <translation>Дата: попередня стадія почалася %1; наступна стадія не може початися раніше</translation>
    </message>
    <message>
        <source>Reason: please say why the partnership ended</source>
        <translation>Причина: вкажіть, чому партнерство завершено</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Стадія:</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;З дати:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Нотатка:</translation>
    </message>
</context>
<context>
    <name>rapport::ui::PartnershipsPage</name>
    <message>
        <source>&amp;New partnership…</source>
        <translation>&amp;Нове партнерство…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <source>Next &amp;stage…</source>
        <translation>Наступна с&amp;тадія…</translation>
    </message>
    <message>
        <source>Formation, experimentation, identification, renewal: each change is kept in the history</source>
        <translation>Формування, експериментування, ідентифікація, оновлення: кожна зміна зберігається в історії</translation>
    </message>
    <message>
        <source>En&amp;d (rupture)…</source>
        <translation>За&amp;вершити (розрив)…</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Напрям</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Стадія</translation>
    </message>
    <message>
        <source>Value shared / year</source>
        <translation>Спільна цінність на рік</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>Bonds</source>
        <translation>Зв’язки</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Список</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Мережа</translation>
    </message>
    <message>
        <source>New partnership with %1</source>
        <translation>Нове партнерство з %1</translation>
    </message>
    <message>
        <source>New partnership</source>
        <translation>Нове партнерство</translation>
    </message>
    <message>
        <source>Edit partnership with %1</source>
        <translation>Редагування партнерства з %1</translation>
    </message>
    <message>
        <source>Edit partnership</source>
        <translation>Редагування партнерства</translation>
    </message>
    <message>
        <source>End partnership with %1</source>
        <translation>Завершення партнерства з %1</translation>
    </message>
    <message>
        <source>Partnership stage</source>
        <translation>Стадія партнерства</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Нічого не змінено: %1</translation>
    </message>
    <message>
        <source>Partnership with %1: %2</source>
        <comment>a partner: a lifecycle stage</comment>
        <translation>Партнерство з %1: %2</translation>
    </message>
    <message>
        <source>Bonds:</source>
        <translation>Зв’язки:</translation>
    </message>
    <message>
        <source>Value shared per year:</source>
        <translation>Спільна цінність на рік:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Початок:</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>Завершення:</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Історія стадій</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ReportsPage</name>
    <message>
        <source>Loyalty</source>
        <translation>Лояльність</translation>
    </message>
    <message>
        <source>Profitability</source>
        <translation>Прибутковість</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Відтік</translation>
    </message>
    <message>
        <source>Customer profile</source>
        <translation>Профіль клієнта</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Звіт:</translation>
    </message>
    <message>
        <source>customer #</source>
        <translation>клієнт № </translation>
    </message>
    <message>
        <source>&lt;p&gt;Reports appear here after the analysis has run (View &amp;gt; Run analysis, F5).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Звіти з’являться тут після запуску аналізу (Вигляд &amp;gt; Запустити аналіз, F5).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Making the report in the background: it analyses the base with the settings of the Analytics page…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Звіт готується у фоні: він аналізує базу з налаштуваннями сторінки «Аналітика»…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The report is made when this page is shown.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Звіт готується, коли відкрито цю сторінку.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>There is no report yet: run the analysis first.</source>
        <translation>Звіту ще немає: спочатку запустіть аналіз.</translation>
    </message>
    <message>
        <source>There is no customer #%1.</source>
        <translation>Клієнта № %1 немає.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Збереження звіту</translation>
    </message>
    <message>
        <source>Saving %1 …</source>
        <translation>Збереження %1 …</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Збережено: %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>Файли HTML (*.html)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message>
        <source>The report cannot be made: %1</source>
        <translation>Не вдається створити звіт: %1</translation>
    </message>
    <message numerus="yes">
        <source>Made from the analysis of %1; PDF and HTML show the first %Ln row(s) of long tables, XLSX and CSV hold every row.</source>
        <translation>
            <numerusform>Складено за аналізом станом на %1; у PDF та HTML довгі таблиці обмежено першим %Ln рядком, XLSX та CSV містять усі рядки.</numerusform>
            <numerusform>Складено за аналізом станом на %1; у PDF та HTML довгі таблиці обмежено першими %Ln рядками, XLSX та CSV містять усі рядки.</numerusform>
            <numerusform>Складено за аналізом станом на %1; у PDF та HTML довгі таблиці обмежено першими %Ln рядками, XLSX та CSV містять усі рядки.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 не збережено: %2</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;HTML…</source>
        <translation>&amp;HTML…</translation>
    </message>
    <message>
        <source>&amp;XLSX…</source>
        <translation>&amp;XLSX…</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>&amp;CSV…</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Зберегти як:</translation>
    </message>
    <message>
        <source>Knowledge audit</source>
        <translation>Аудит знань</translation>
    </message>
    <message>
        <source>&lt;p&gt;Auditing the customers&apos; records in the background…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Аудит записів клієнтів у фоновому режимі…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Made from the customers&apos; records as they are now; XLSX and CSV hold every row.</source>
        <translation>Складено за поточними записами клієнтів; XLSX та CSV містять усі рядки.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ServiceLevelDialog</name>
    <message>
        <source>New service level</source>
        <translation>Новий рівень обслуговування</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Рівень обслуговування</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>Levels are checked from rank 1 up: a customer takes the first level whose rule they meet</source>
        <translation>Рівні перевіряються від рангу 1 і далі: клієнт отримує перший рівень, правилу якого відповідає</translation>
    </message>
    <message>
        <source>&amp;Rank:</source>
        <translation>&amp;Ранг:</translation>
    </message>
    <message>
        <source>Customers whose last analysis shows (nothing ticked in a row: any):</source>
        <translation>Клієнти, для яких останній аналіз показує (якщо в рядку нічого не позначено — будь-яке значення):</translation>
    </message>
    <message>
        <source>Ranking class:</source>
        <translation>Клас ABC:</translation>
    </message>
    <message>
        <source>Four-group:</source>
        <translation>Чотири групи:</translation>
    </message>
    <message>
        <source>Ladder stage:</source>
        <translation>Щабель драбини:</translation>
    </message>
    <message>
        <source>Churn status:</source>
        <translation>Статус відтоку:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>будь-який</translation>
    </message>
    <message>
        <source>Predicted value at or above this percentile of the customers: 80 means the top 20 %</source>
        <translation>Прогнозна цінність на рівні цього процентиля клієнтів або вище: 80 означає 20 % найцінніших</translation>
    </message>
    <message>
        <source>Predicted value from &amp;percentile:</source>
        <translation>Прогнозна &amp;цінність від процентиля:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>A customer of this level not contacted for longer appears under Needs attention</source>
        <translation>Клієнт цього рівня, з яким довше не було контакту, з’являється в списку «Потребують уваги»</translation>
    </message>
    <message>
        <source>Preventive &amp;contact every:</source>
        <translation>Профілактичний &amp;контакт раз на:</translation>
    </message>
    <message>
        <source>e.g. special rewards, a personal contact, first look at new products</source>
        <translation>напр. особливі винагороди, особистий контакт, першочергове знайомство з новими товарами</translation>
    </message>
    <message>
        <source>&amp;Entitles to:</source>
        <translation>Надає &amp;право на:</translation>
    </message>
    <message>
        <source>Name: the level needs a name</source>
        <translation>Назва: рівню потрібна назва</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ServiceLevelText</name>
    <message>
        <source>class %1</source>
        <translation>клас %1</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>група %1</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>щабель %1</translation>
    </message>
    <message>
        <source>churn %1</source>
        <translation>відтік: %1</translation>
    </message>
    <message>
        <source>predicted value from percentile %1</source>
        <translation>прогнозна цінність від процентиля %1</translation>
    </message>
    <message>
        <source>every customer</source>
        <translation>усі клієнти</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ServiceLevelsDialog</name>
    <message>
        <source>Service levels</source>
        <translation>Рівні обслуговування</translation>
    </message>
    <message>
        <source>Service follows value: each customer takes the first level, by rank, whose rule the last analysis meets. Customers of a level not contacted for longer than its interval appear under Needs attention.</source>
        <translation>Обслуговування відповідно до цінності: кожен клієнт отримує перший за рангом рівень, правилу якого відповідають дані останнього аналізу. Клієнти рівня, з якими не було контакту довше за його інтервал, з’являються в списку «Потребують уваги».</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Ранг</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Рівень</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Contact every</source>
        <translation>Контакт раз на</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клієнти</translation>
    </message>
    <message>
        <source>Entitles to</source>
        <translation>Надає право на</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Додати…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>Add &amp;suggested levels</source>
        <translation>Додати за&amp;пропоновані рівні</translation>
    </message>
    <message>
        <source>Win-back, key, regular and occasional, after the seeds: special rewards for the best customers, incentives for regular ones, special offers for those who recently left</source>
        <translation>Рівні Win-back, Key, Regular і Occasional, як радить джерело: особливі винагороди для найкращих клієнтів, заохочення для постійних, спеціальні пропозиції для тих, хто нещодавно пішов</translation>
    </message>
    <message>
        <source>The levels changed. Run the analysis now so that customers take their levels?</source>
        <translation>Рівні змінено. Запустити аналіз зараз, щоб клієнти отримали свої рівні?</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дні</numerusform>
            <numerusform>%n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>Add service level %1</source>
        <translation>Додавання рівня обслуговування %1</translation>
    </message>
    <message>
        <source>Change service level %1</source>
        <translation>Зміна рівня обслуговування %1</translation>
    </message>
    <message>
        <source>Remove service level</source>
        <translation>Видалення рівня обслуговування</translation>
    </message>
    <message>
        <source>Remove the level %1? Its customers have no level until the next analysis run; their history keeps it.</source>
        <translation>Видалити рівень %1? Його клієнти не матимуть рівня до наступного запуску аналізу; в історії клієнтів цей рівень збережеться.</translation>
    </message>
    <message>
        <source>Remove service level %1</source>
        <translation>Видалення рівня обслуговування %1</translation>
    </message>
    <message>
        <source>Add the suggested service levels</source>
        <translation>Додавання запропонованих рівнів обслуговування</translation>
    </message>
</context>
<context>
    <name>rapport::ui::TaskDialog</name>
    <message>
        <source>New task</source>
        <translation>Нове завдання</translation>
    </message>
    <message>
        <source>e.g. Call back before the contract ends</source>
        <translation>наприклад «Передзвонити до закінчення договору»</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Завдання:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Термін:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Відповідальний:</translation>
    </message>
    <message>
        <source>Please correct:</source>
        <translation>Виправте:</translation>
    </message>
</context>
<context>
    <name>rapport::ui::TaskIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Stop the background work; nothing half-done is kept</source>
        <translation>Зупинити фонову роботу; незавершені результати не зберігаються</translation>
    </message>
</context>
<context>
    <name>rapport::ui::TaskList</name>
    <message>
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Прострочено</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>На сьогодні</translation>
    </message>
    <message>
        <source>Due in the next two weeks</source>
        <translation>Протягом наступних двох тижнів</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>overdue, due today</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>прострочено: %Ln</numerusform>
            <numerusform>прострочено: %Ln</numerusform>
            <numerusform>прострочено: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due today</source>
        <translation>
            <numerusform>на сьогодні: %Ln</numerusform>
            <numerusform>на сьогодні: %Ln</numerusform>
            <numerusform>на сьогодні: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown, oldest first, up to %1: %2</source>
        <translation>
            <numerusform>Показано: %Ln, спочатку найдавніші, до %1: %2</numerusform>
            <numerusform>Показано: %Ln, спочатку найдавніші, до %1: %2</numerusform>
            <numerusform>Показано: %Ln, спочатку найдавніші, до %1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::TasksTab</name>
    <message>
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <source>&amp;Add task…</source>
        <translation>&amp;Додати завдання…</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Виконано</translation>
    </message>
    <message>
        <source>done</source>
        <translation>виконано</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>прострочено</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>Відкрити з&amp;нову</translation>
    </message>
    <message>
        <source>Add task %1</source>
        <translation>Додавання завдання %1</translation>
    </message>
    <message>
        <source>Task done: %1</source>
        <translation>Завдання виконано: %1</translation>
    </message>
    <message>
        <source>Task open again: %1</source>
        <translation>Завдання знову відкрито: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::UndoText</name>
    <message>
        <source>“%1” could not be done again: %2</source>
        <translation>Не вдалося повторити «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” was not undone: %2</source>
        <translation>Не вдалося скасувати «%1»: %2</translation>
    </message>
    <message>
        <source>Someone else saved a change to the same record while you were editing it.</source>
        <translation>Поки ви редагували запис, хтось інший зберіг у ньому зміни.</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>&amp;Залишити їхню версію</translation>
    </message>
    <message>
        <source>&amp;Save mine over theirs</source>
        <translation>Зберегти &amp;мою поверх їхньої</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Нічого не змінено: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::WinBackList</name>
    <message>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Value at stake</source>
        <translation>Цінність під загрозою</translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation>Повернення</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Win-back attempts, and how the win-back ended</source>
        <translation>Спроби повернення та їхній результат</translation>
    </message>
    <message>
        <source>The margin the customer brought per year while buying</source>
        <translation>Маржа, яку клієнт приносив за рік, поки купував</translation>
    </message>
    <message>
        <source>Suspected: complaint of %1 left unanswered</source>
        <translation>Імовірно: скарга від %1 залишилася без відповіді</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>person (role)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Suspected: %1 left on %2, no contact after</source>
        <translation>Імовірно: %1, відхід %2; відтоді контакту не було</translation>
    </message>
    <message>
        <source>Suspected: no contact after the last purchase</source>
        <translation>Імовірно: після останньої покупки контакту не було</translation>
    </message>
    <message>
        <source>Not known: purchases stopped on %1</source>
        <translation>Невідомо: покупки припинилися %1</translation>
    </message>
    <message>
        <source>lapsed, complaint unanswered</source>
        <translation>неактивний, скарга без відповіді</translation>
    </message>
    <message>
        <source>lapsed, key person left</source>
        <translation>неактивний, пішла ключова особа</translation>
    </message>
    <message>
        <source>lapsed, no contact</source>
        <translation>неактивний, немає контакту</translation>
    </message>
    <message>
        <source>lapsed, reason not known</source>
        <translation>неактивний, причина невідома</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>З %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>attempts, outcome</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>customer: reason</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Looking for customers lost or lapsed…</source>
        <translation>Пошук втрачених і неактивних клієнтів…</translation>
    </message>
    <message>
        <source>The list could not be made: %1</source>
        <translation>Не вдалося скласти список: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nobody lost or lapsed in the last %Ln day(s).</source>
        <translation>
            <numerusform>За останній %Ln день втрачених чи неактивних клієнтів немає.</numerusform>
            <numerusform>За останні %Ln дні втрачених чи неактивних клієнтів немає.</numerusform>
            <numerusform>За останні %Ln днів втрачених чи неактивних клієнтів немає.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln lost or lapsed in the last %2 days shown, the most valuable first.</source>
        <translation>
            <numerusform>Показано %L1 з %Ln втраченого чи неактивного клієнта за останні %2 дн., спочатку найцінніших.</numerusform>
            <numerusform>Показано %L1 з %Ln втрачених чи неактивних клієнтів за останні %2 дн., спочатку найцінніших.</numerusform>
            <numerusform>Показано %L1 з %Ln втрачених чи неактивних клієнтів за останні %2 дн., спочатку найцінніших.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 won back of the win-backs that ended (%L2 of %L3); by reason in the tooltip.</source>
        <translation>Повернуто %1 серед завершених спроб повернення (%L2 з %L3); за причинами — у підказці.</translation>
    </message>
    <message>
        <source>No win-back has ended yet: no rate.</source>
        <translation>Жодне повернення ще не завершилося: частки немає.</translation>
    </message>
    <message>
        <source>the seed&apos;s benchmark: winning back costs %L1-%L2 times more than keeping</source>
        <translation>орієнтир із джерела: повернути клієнта коштує в %L1–%L2 разів дорожче, ніж утримати</translation>
    </message>
    <message>
        <source>Winning back costs %L1 times keeping here; %2.</source>
        <translation>Тут повернення клієнта коштує %L1 × вартість утримання; %2.</translation>
    </message>
    <message>
        <source>The cost is not known: launch a win-back campaign with a cost per contact; %1.</source>
        <translation>Вартість невідома: запустіть кампанію з пропозицією «Повернення клієнта» і вартістю контакту; %1.</translation>
    </message>
    <message>
        <source>The cost of keeping is not known: launch a campaign with a cost per contact; %1.</source>
        <translation>Вартість утримання невідома: запустіть кампанію з вартістю контакту; %1.</translation>
    </message>
    <message>
        <source>Nobody won back yet, so no cost per customer won back; %1.</source>
        <translation>Ще нікого не повернуто, тож вартості одного поверненого клієнта немає; %1.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клієнти</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>Повернуто</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Не вдалося</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Триває</translation>
    </message>
    <message>
        <source>Win-back rate</source>
        <translation>Частка повернених</translation>
    </message>
    <message>
        <source>Cost per won back</source>
        <translation>Вартість на поверненого</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Усі</translation>
    </message>
</context>
</TS>
