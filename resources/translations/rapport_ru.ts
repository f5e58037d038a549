<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AnalysisWords</name>
    <message>
        <source>Ranked by revenue, not profit: no purchase analysed carries a margin, so profit (margin minus relationship costs) cannot rank customers. Record margins to rank by profit.</source>
        <translation>Ранжирование по выручке, а не по прибыли: ни у одной проанализированной покупки нет маржи, поэтому ранжировать клиентов по прибыли (маржа минус затраты на отношения) нельзя. Чтобы ранжировать по прибыли, записывайте маржу.</translation>
    </message>
    <message>
        <source>Ranked by profit although no purchase analysed carries a margin: every customer&apos;s profit is only minus their relationship costs.</source>
        <translation>Ранжирование по прибыли, хотя ни у одной проанализированной покупки нет маржи: прибыль каждого клиента — это лишь его затраты на отношения со знаком минус.</translation>
    </message>
    <message>
        <source>Ranked by profit: margin minus relationship costs.</source>
        <translation>Ранжирование по прибыли: маржа минус затраты на отношения.</translation>
    </message>
    <message>
        <source>Ranked by revenue.</source>
        <translation>Ранжирование по выручке.</translation>
    </message>
    <message>
        <source>Ranked by historical value.</source>
        <translation>Ранжирование по исторической ценности.</translation>
    </message>
    <message>
        <source>Ranked by predicted value.</source>
        <translation>Ранжирование по прогнозной ценности.</translation>
    </message>
    <message>
        <source>No purchase analysed carries a margin, so profit figures are missing.</source>
        <translation>Ни у одной проанализированной покупки нет маржи, поэтому данных о прибыли нет.</translation>
    </message>
    <message>
        <source>The %1 fit did not converge (%2): there are no P(alive) or predicted values.</source>
        <translation>Подгонка модели %1 не сошлась (%2): нет ни P(alive), ни прогнозных значений.</translation>
    </message>
    <message>
        <source>The Gamma-Gamma fit did not converge (%1): each repeat buyer&apos;s own average spend per purchase stands in for the predicted spend, and the repeat buyers&apos; average for one-time buyers; P(alive) and expected purchases do not depend on it.</source>
        <translation>Подгонка модели Gamma-Gamma не сошлась (%1): вместо прогнозных расходов используется собственный средний чек каждого повторного покупателя, а для разовых покупателей — средний чек повторных; P(alive) и ожидаемые покупки от этого не зависят.</translation>
    </message>
    <message>
        <source>%1 %2 = %3 +/- %4: the standard error exceeds the estimate.</source>
        <comment>model, parameter, estimate, standard error</comment>
        <translation>%1 %2 = %3 ± %4: стандартная ошибка больше самой оценки.</translation>
    </message>
    <message>
        <source>%1 %2 = %3 has no standard error: the data do not pin it down.</source>
        <comment>model, parameter, estimate</comment>
        <translation>%1 %2 = %3: стандартной ошибки нет — данные не позволяют определить этот параметр.</translation>
    </message>
    <message>
        <source>%1 %2 = %3 sits on the optimiser&apos;s bound: the data push it without limit.</source>
        <comment>model, parameter, estimate</comment>
        <translation>%1 %2 = %3: параметр на границе оптимизатора — данные сдвигают его без ограничений.</translation>
    </message>
    <message>
        <source>P(alive) is uninformative: it is at least %1 for every customer, so the at-risk rule (P(alive) below %2) never fires; only the rule by purchase intervals marks customers at risk.</source>
        <translation>P(alive) неинформативна: для каждого клиента она не ниже %1, поэтому правило «под угрозой» (P(alive) ниже %2) никогда не срабатывает; под угрозу клиентов относит только правило по интервалам между покупками.</translation>
    </message>
    <message>
        <source>P(alive), expected purchases and predicted values rest on parameters the data do not pin down: read them as rough guides.</source>
        <translation>P(alive), ожидаемые покупки и прогнозные значения опираются на параметры, которые данные не позволяют определить: считайте их лишь приблизительными ориентирами.</translation>
    </message>
    <message>
        <source>Expected spend per purchase, and so every predicted value, is uncertain.</source>
        <translation>Ожидаемые расходы на покупку, а значит, и все прогнозные значения неточны.</translation>
    </message>
    <message>
        <source>recorded as lost, with a reason, by a person (churn record) and not won back since</source>
        <translation>отмечен человеком как потерянный с указанием причины (запись об оттоке) и с тех пор не возвращён</translation>
    </message>
    <message numerus="yes">
        <source>no purchase for more than %1 times the customer&apos;s usual interval between purchases (at least %Ln day(s)), and not recorded as lost</source>
        <translation>
            <numerusform>нет покупок дольше, чем %1 × обычный интервал между покупками этого клиента (но не менее %Ln дня), и не отмечен как потерянный</numerusform>
            <numerusform>нет покупок дольше, чем %1 × обычный интервал между покупками этого клиента (но не менее %Ln дней), и не отмечен как потерянный</numerusform>
            <numerusform>нет покупок дольше, чем %1 × обычный интервал между покупками этого клиента (но не менее %Ln дней), и не отмечен как потерянный</numerusform>
        </translation>
    </message>
    <message>
        <source>recorded as lost on %1: %2</source>
        <comment>date, churn reason</comment>
        <translation>отмечен как потерянный %1: %2</translation>
    </message>
    <message>
        <source>recorded as lost: %1</source>
        <comment>churn reason</comment>
        <translation>отмечен как потерянный: %1</translation>
    </message>
    <message numerus="yes">
        <source>no purchase for %Ln day(s), over %1 (the usual interval x %2)</source>
        <translation>
            <numerusform>нет покупок %Ln день — больше %1 (обычный интервал × %2)</numerusform>
            <numerusform>нет покупок %Ln дня — больше %1 (обычный интервал × %2)</numerusform>
            <numerusform>нет покупок %Ln дней — больше %1 (обычный интервал × %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>P(alive) %1</source>
        <translation>P(alive) %1</translation>
    </message>
    <message numerus="yes">
        <source>no purchase for %Ln day(s), more than %1 times the usual interval</source>
        <translation>
            <numerusform>нет покупок %Ln день — дольше, чем %1 × обычный интервал</numerusform>
            <numerusform>нет покупок %Ln дня — дольше, чем %1 × обычный интервал</numerusform>
            <numerusform>нет покупок %Ln дней — дольше, чем %1 × обычный интервал</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignReport</name>
    <message>
        <source>Campaign</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Goal</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Offer</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Предложение</translation>
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
        <translation>Целевой список</translation>
    </message>
    <message>
        <source>Launched</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Запущена</translation>
    </message>
    <message>
        <source>Response window</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Период отклика</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) after the launch day, to %1</source>
        <translation>
            <numerusform>%Ln день после дня запуска, по %1</numerusform>
            <numerusform>%Ln дня после дня запуска, по %1</numerusform>
            <numerusform>%Ln дней после дня запуска, по %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Measured</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Учтены</translation>
    </message>
    <message>
        <source>purchases from %1 to %2; the window is still open</source>
        <translation>покупки с %1 по %2; период отклика ещё не закончился</translation>
    </message>
    <message>
        <source>purchases from %1 to %2</source>
        <translation>покупки с %1 по %2</translation>
    </message>
    <message>
        <source>Control group</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Контрольная группа</translation>
    </message>
    <message>
        <source>%1 of the target list, held back at random</source>
        <translation>%1 целевого списка, отобраны случайным образом и оставлены без предложения</translation>
    </message>
    <message>
        <source>Drawn within</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Отбор в пределах</translation>
    </message>
    <message>
        <source>Seed</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Зерно случайного выбора</translation>
    </message>
    <message>
        <source>Cost per contact</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Стоимость контакта</translation>
    </message>
    <message>
        <source>Created by</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Groups</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Группы</translation>
    </message>
    <message>
        <source>What each group did in the window</source>
        <translation>Что сделала каждая группа за период отклика</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Откликнулись</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Уровень отклика</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Покупки</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Маржа</translation>
    </message>
    <message>
        <source>Revenue per customer</source>
        <translation>Выручка на клиента</translation>
    </message>
    <message>
        <source>Margin per customer</source>
        <translation>Маржа на клиента</translation>
    </message>
    <message>
        <source>Treated</source>
        <comment>the group that got the offer</comment>
        <translation>Тестовая</translation>
    </message>
    <message>
        <source>Control</source>
        <comment>the group held back</comment>
        <translation>Контрольная</translation>
    </message>
    <message>
        <source>Response lift</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Прирост отклика</translation>
    </message>
    <message>
        <source>Response rate, treated against control (95 % interval)</source>
        <translation>Уровень отклика: тестовая и контрольная группы (интервал 95 %)</translation>
    </message>
    <message>
        <source>Treated</source>
        <translation>Тестовая</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Контрольная</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Прирост</translation>
    </message>
    <message>
        <source>Interval from</source>
        <translation>Интервал от</translation>
    </message>
    <message>
        <source>Interval to</source>
        <translation>Интервал до</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <source>Revenue and margin</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Выручка и маржа</translation>
    </message>
    <message>
        <source>Revenue and margin the offer added (95 % intervals)</source>
        <translation>Выручка и маржа, добавленные предложением (интервалы 95 %)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Revenue lift per customer</source>
        <translation>Прирост выручки на клиента</translation>
    </message>
    <message>
        <source>Margin lift per customer</source>
        <translation>Прирост маржи на клиента</translation>
    </message>
    <message>
        <source>Incremental revenue</source>
        <translation>Дополнительная выручка</translation>
    </message>
    <message>
        <source>Incremental margin</source>
        <translation>Дополнительная маржа</translation>
    </message>
    <message>
        <source>Cost of the contacts</source>
        <translation>Затраты на контакты</translation>
    </message>
    <message>
        <source>Margin after the cost</source>
        <translation>Маржа за вычетом затрат</translation>
    </message>
    <message>
        <source>The two groups</source>
        <translation>Две группы</translation>
    </message>
    <message>
        <source>At the launch the target list was split at random: %1 customers got the offer (treated) and %2 were held back as the control group, who got nothing.</source>
        <translation>При запуске целевой список был случайным образом разделён на две части: тестовая группа (клиентов: %1) получила предложение, а контрольная группа (клиентов: %2) была оставлена без предложения и не получила ничего.</translation>
    </message>
    <message>
        <source>The response window opens on %1: nothing is measured yet.</source>
        <translation>Период отклика начинается %1: пока ничего не измерено.</translation>
    </message>
    <message>
        <source>A customer responded who bought at least once from %1 to %2. The window is still open until %3: later purchases may change the figures.</source>
        <translation>Откликнувшимся считается клиент, который хотя бы раз совершил покупку с %1 по %2. Период отклика продолжается до %3: более поздние покупки могут изменить показатели.</translation>
    </message>
    <message>
        <source>A customer responded who bought at least once from %1 to %2.</source>
        <translation>Откликнувшимся считается клиент, который хотя бы раз совершил покупку с %1 по %2.</translation>
    </message>
    <message>
        <source>What the campaign changed</source>
        <translation>Что изменила кампания</translation>
    </message>
    <message>
        <source>Too few customers in a group to measure: each group needs at least two.</source>
        <translation>Слишком мало клиентов в группе для оценки: в каждой группе нужно не меньше двух.</translation>
    </message>
    <message>
        <source>Response: %1. Revenue: %2. After its cost: %3.</source>
        <translation>Отклик: %1. Выручка: %2. С учётом затрат: %3.</translation>
    </message>
    <message>
        <source>With %1 confidence the offer changed the response rate by %2 to %3 percentage points, and the margin, after the contacts&apos; cost of %4, by %5 to %6.</source>
        <translation>С доверительной вероятностью %1 предложение изменило уровень отклика на величину от %2 до %3 п.п., а маржу за вычетом затрат на контакты (%4) — на величину от %5 до %6.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>The control group was drawn at random with the campaign&apos;s recorded seed, the same share within each stratum, so the two groups differ only by chance and by the offer; the same target list and seed give the same groups.</source>
        <translation>Контрольная группа отобрана случайным образом с записанным в кампании зерном случайного выбора, с одинаковой долей в каждой страте, поэтому группы различаются только случайностью и предложением; тот же целевой список и то же зерно дают те же группы.</translation>
    </message>
    <message>
        <source>The response lift&apos;s interval is Newcombe&apos;s hybrid score interval for a difference of two proportions (Newcombe 1998, method 10, from Wilson&apos;s score limits). The revenue and margin lifts per customer have Welch&apos;s t interval for a difference of means with unequal variances (Welch-Satterthwaite degrees of freedom): spend is skewed, most customers buy nothing in a window and a few a lot, and for groups of hundreds the mean is close to normal.</source>
        <translation>Интервал для прироста отклика — гибридный интервал Ньюкомба на основе score-интервалов для разности двух долей (Newcombe, 1998, метод 10, по границам Уилсона). Для прироста выручки и маржи на клиента используется t-интервал Уэлча для разности средних при неравных дисперсиях (степени свободы по Уэлчу — Саттертуэйту): расходы распределены асимметрично — большинство клиентов за период ничего не покупают, а немногие покупают много, — и для групп из сотен клиентов распределение среднего близко к нормальному.</translation>
    </message>
    <message>
        <source>The incremental revenue and margin are the lifts per customer times the treated customers; the margin after the cost subtracts the cost per contact times the treated customers. A verdict says &quot;no measurable effect&quot; whenever the interval spans zero, however large the estimate.</source>
        <translation>Дополнительная выручка и маржа — это прирост на клиента, умноженный на число клиентов тестовой группы; для маржи за вычетом затрат из неё вычитается стоимость контакта, умноженная на число клиентов тестовой группы. Вывод «измеримого эффекта нет» ставится всякий раз, когда интервал включает ноль, как бы велика ни была оценка.</translation>
    </message>
    <message>
        <source>too few customers in a group to measure</source>
        <translation>слишком мало клиентов в группе для оценки</translation>
    </message>
    <message>
        <source>no measurable effect (the interval spans zero)</source>
        <translation>измеримого эффекта нет (интервал включает ноль)</translation>
    </message>
    <message>
        <source>a measurable rise</source>
        <translation>измеримый рост</translation>
    </message>
    <message>
        <source>a measurable fall</source>
        <translation>измеримое снижение</translation>
    </message>
    <message>
        <source>Campaign report: %1</source>
        <translation>Отчёт о кампании: %1</translation>
    </message>
</context>
<context>
    <name>ChurnReport</name>
    <message>
        <source>Where buyers stand</source>
        <translation>Положение покупателей</translation>
    </message>
    <message numerus="yes">
        <source>In the last year %1 of the %Ln buyer(s) of a year ago were lost: a churn rate of %2, worth %3 a year in revenue.</source>
        <translation>
            <numerusform>Из %Ln покупателя прошлого года за последний год потеряно %1: уровень оттока — %2, это %3 выручки в год.</numerusform>
            <numerusform>Из %Ln покупателей прошлого года за последний год потеряно %1: уровень оттока — %2, это %3 выручки в год.</numerusform>
            <numerusform>Из %Ln покупателей прошлого года за последний год потеряно %1: уровень оттока — %2, это %3 выручки в год.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The usual interval between purchases is %Ln day(s) (median).</source>
        <translation>
            <numerusform>Обычный интервал между покупками — %Ln день (медиана).</numerusform>
            <numerusform>Обычный интервал между покупками — %Ln дня (медиана).</numerusform>
            <numerusform>Обычный интервал между покупками — %Ln дней (медиана).</numerusform>
        </translation>
    </message>
    <message>
        <source>Winning back a lost customer costs 50-100 times more than keeping one (the seed).</source>
        <translation>Вернуть потерянного клиента в 50–100 раз дороже, чем удержать (по данным источника).</translation>
    </message>
    <message numerus="yes">
        <source>Beside them, %Ln buyer(s) of a year ago lapsed in the last year (%1, worth %2 a year in revenue).</source>
        <translation>
            <numerusform>Кроме того, %Ln покупатель прошлого года за последний год стал неактивным (%1, это %2 выручки в год).</numerusform>
            <numerusform>Кроме того, %Ln покупателя прошлого года за последний год стали неактивными (%1, это %2 выручки в год).</numerusform>
            <numerusform>Кроме того, %Ln покупателей прошлого года за последний год стали неактивными (%1, это %2 выручки в год).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody recorded them as lost, but the purchases show they left.</source>
        <translation>Никто не отметил их как потерянных, но по покупкам видно, что они ушли.</translation>
    </message>
    <message numerus="yes">
        <source>The purchases cover less than a year, so there are no yearly rates; %Ln customer(s) are lapsed now (see the table below), none of them recorded as lost.</source>
        <translation>
            <numerusform>Покупки охватывают меньше года, поэтому годовых показателей нет; неактивных клиентов сейчас: %Ln (см. таблицу ниже), никто из них не отмечен как потерянный.</numerusform>
            <numerusform>Покупки охватывают меньше года, поэтому годовых показателей нет; неактивных клиентов сейчас: %Ln (см. таблицу ниже), никто из них не отмечен как потерянный.</numerusform>
            <numerusform>Покупки охватывают меньше года, поэтому годовых показателей нет; неактивных клиентов сейчас: %Ln (см. таблицу ниже), никто из них не отмечен как потерянный.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The purchases cover less than a year, so there are no yearly rates; %Ln customer(s) are lapsed now (see the table below).</source>
        <translation>
            <numerusform>Покупки охватывают меньше года, поэтому годовых показателей нет; неактивных клиентов сейчас: %Ln (см. таблицу ниже).</numerusform>
            <numerusform>Покупки охватывают меньше года, поэтому годовых показателей нет; неактивных клиентов сейчас: %Ln (см. таблицу ниже).</numerusform>
            <numerusform>Покупки охватывают меньше года, поэтому годовых показателей нет; неактивных клиентов сейчас: %Ln (см. таблицу ниже).</numerusform>
        </translation>
    </message>
    <message>
        <source>Lost: %1. Lapsed: %2.</source>
        <comment>the two definitions</comment>
        <translation>Потерян — %1. Неактивен — %2.</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Buyers by status</source>
        <translation>Покупатели по статусу</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>customers</source>
        <comment>a chart&apos;s legend</comment>
        <translation>клиенты</translation>
    </message>
    <message>
        <source>Reasons customers left</source>
        <translation>Причины ухода клиентов</translation>
    </message>
    <message>
        <source>From the churn records; the seed&apos;s shares are the benchmark. Lack of attention and interest from the maker and the trade is the most common reason there (65-70 %): most unhappy customers simply switch without complaining.</source>
        <translation>По записям об оттоке; ориентир — доли из источника. Самая частая причина там — недостаток внимания и интереса со стороны производителя и торговли (65–70 %): большинство недовольных клиентов просто уходят к другим, не жалуясь.</translation>
    </message>
    <message>
        <source>Reasons</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Причины</translation>
    </message>
    <message>
        <source>Reasons recorded, beside the seed&apos;s benchmark</source>
        <translation>Записанные причины в сравнении с ориентиром из источника</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Seed&apos;s benchmark</source>
        <translation>Ориентир из источника</translation>
    </message>
    <message>
        <source>Yearly revenue lost</source>
        <translation>Потерянная выручка в год</translation>
    </message>
    <message>
        <source>Share of lost customers per reason</source>
        <translation>Доля потерянных клиентов по причинам</translation>
    </message>
    <message>
        <source>your customers</source>
        <comment>a chart&apos;s legend</comment>
        <translation>ваши клиенты</translation>
    </message>
    <message>
        <source>seed&apos;s benchmark (midpoint)</source>
        <comment>a chart&apos;s legend</comment>
        <translation>ориентир (середина диапазона из источника)</translation>
    </message>
    <message>
        <source>Lost, lapsed and at-risk customers</source>
        <translation>Потерянные, неактивные клиенты и клиенты под угрозой</translation>
    </message>
    <message>
        <source>Highest value at stake first: find the reason at once and act (the seed).</source>
        <translation>Сначала — с наибольшей ценностью под угрозой: сразу выясните причину и действуйте (по источнику).</translation>
    </message>
    <message>
        <source>Customers</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Customers who are not active</source>
        <translation>Клиенты, кроме активных</translation>
    </message>
    <message>
        <source>Id</source>
        <comment>a customer&apos;s number</comment>
        <translation>№ клиента</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation>Дней с последней покупки</translation>
    </message>
    <message>
        <source>Usual interval (days)</source>
        <translation>Обычный интервал (дней)</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(alive)</translation>
    </message>
    <message>
        <source>Value at stake</source>
        <translation>Ценность под угрозой</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Churn report</source>
        <translation>Отчёт «Отток»</translation>
    </message>
</context>
<context>
    <name>CustomerProfileReport</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
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
        <translation>Сведения о клиенте</translation>
    </message>
    <message>
        <source>Identity</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Идентификация</translation>
    </message>
    <message>
        <source>Identity and contact</source>
        <translation>Идентификация и контакты</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Юридическое наименование</translation>
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
        <translation>Менеджер по продажам</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Предпочтительный канал</translation>
    </message>
    <message>
        <source>Interests and preferences</source>
        <translation>Интересы и предпочтения</translation>
    </message>
    <message>
        <source>Income band</source>
        <translation>Уровень дохода</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Домохозяйство</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <comment>the size of a household</comment>
        <translation>
            <numerusform>%Ln человек</numerusform>
            <numerusform>%Ln человека</numerusform>
            <numerusform>%Ln человек</numerusform>
        </translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>Привлечён</translation>
    </message>
    <message>
        <source>Consent to processing</source>
        <translation>Согласие на обработку персональных данных</translation>
    </message>
    <message>
        <source>Consent to marketing</source>
        <translation>Согласие на маркетинговые коммуникации</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>Внешний идентификатор</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Контактные лица</translation>
    </message>
    <message>
        <source>Contact persons (decision makers first)</source>
        <translation>Контактные лица (сначала ЛПР)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>ЛПР</translation>
    </message>
    <message>
        <source>From</source>
        <comment>a contact person&apos;s role, since</comment>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>To</source>
        <comment>a contact person&apos;s role, until</comment>
        <translation>Действует по</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln buyer(s) by profit, class %2 (%3)</source>
        <translation>
            <numerusform>%1 из %Ln покупателя по прибыли, класс %2 (%3)</numerusform>
            <numerusform>%1 из %Ln покупателей по прибыли, класс %2 (%3)</numerusform>
            <numerusform>%1 из %Ln покупателей по прибыли, класс %2 (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln buyer(s) by revenue, class %2 (%3)</source>
        <translation>
            <numerusform>%1 из %Ln покупателя по выручке, класс %2 (%3)</numerusform>
            <numerusform>%1 из %Ln покупателей по выручке, класс %2 (%3)</numerusform>
            <numerusform>%1 из %Ln покупателей по выручке, класс %2 (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln buyer(s) by historical value, class %2 (%3)</source>
        <translation>
            <numerusform>%1 из %Ln покупателя по исторической ценности, класс %2 (%3)</numerusform>
            <numerusform>%1 из %Ln покупателей по исторической ценности, класс %2 (%3)</numerusform>
            <numerusform>%1 из %Ln покупателей по исторической ценности, класс %2 (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln buyer(s) by predicted value, class %2 (%3)</source>
        <translation>
            <numerusform>%1 из %Ln покупателя по прогнозной ценности, класс %2 (%3)</numerusform>
            <numerusform>%1 из %Ln покупателей по прогнозной ценности, класс %2 (%3)</numerusform>
            <numerusform>%1 из %Ln покупателей по прогнозной ценности, класс %2 (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Where the relationship stands</source>
        <translation>Состояние отношений</translation>
    </message>
    <message>
        <source>Standing</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Ladder, groups, churn and rank</source>
        <translation>Лестница, группы, отток и ранжирование</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Not in the analysis (added after it ran).</source>
        <translation>Не входит в анализ (добавлен после его запуска).</translation>
    </message>
    <message>
        <source>Ladder stage</source>
        <translation>Ступень лестницы</translation>
    </message>
    <message>
        <source>%1 (set by hand)</source>
        <comment>a ladder stage</comment>
        <translation>%1 (задано вручную)</translation>
    </message>
    <message>
        <source>Four groups, this period</source>
        <translation>Четыре группы, текущий период</translation>
    </message>
    <message>
        <source>Churn status</source>
        <translation>Статус оттока</translation>
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
        <translation>Прогнозная ценность</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no purchase yet</comment>
        <translation>нет</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>Первая покупка</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Последняя покупка</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Ценность</translation>
    </message>
    <message>
        <source>Value of the goods the customer buys, per year of relationship (table 7.3)</source>
        <translation>Ценность товаров, покупаемых клиентом, за год отношений (табл. 7.3)</translation>
    </message>
    <message>
        <source>Line</source>
        <comment>a line of table 7.3</comment>
        <translation>Строка</translation>
    </message>
    <message>
        <source>This customer</source>
        <translation>Этот клиент</translation>
    </message>
    <message>
        <source>Average buyer</source>
        <translation>Средний покупатель</translation>
    </message>
    <message>
        <source>1 Average single sale</source>
        <comment>a line of table 7.3</comment>
        <translation>1 Средняя разовая продажа</translation>
    </message>
    <message>
        <source>2 Purchases per year</source>
        <comment>a line of table 7.3</comment>
        <translation>2 Покупок в год</translation>
    </message>
    <message>
        <source>3 Sales per year</source>
        <comment>a line of table 7.3</comment>
        <translation>3 Продажи в год</translation>
    </message>
    <message>
        <source>4 Profit from sales</source>
        <comment>a line of table 7.3</comment>
        <translation>4 Прибыль от продаж</translation>
    </message>
    <message>
        <source>5 Costs of the partnership</source>
        <comment>a line of table 7.3</comment>
        <translation>5 Затраты на организацию партнёрских отношений</translation>
    </message>
    <message>
        <source>6 Profitability</source>
        <comment>a line of table 7.3</comment>
        <translation>6 Прибыльность</translation>
    </message>
    <message>
        <source>Lifetime value (discounted)</source>
        <comment>a line of table 7.3</comment>
        <translation>Пожизненная ценность (с дисконтированием)</translation>
    </message>
    <message>
        <source>Years</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>По годам</translation>
    </message>
    <message>
        <source>Purchases over the years</source>
        <translation>Покупки по годам</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Покупки</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Маржа</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Затраты</translation>
    </message>
    <message>
        <source>Profitability</source>
        <translation>Прибыльность</translation>
    </message>
    <message>
        <source>Revenue and profitability per year</source>
        <translation>Выручка и прибыльность по годам</translation>
    </message>
    <message>
        <source>revenue</source>
        <comment>a chart&apos;s legend</comment>
        <translation>выручка</translation>
    </message>
    <message>
        <source>profitability</source>
        <comment>a chart&apos;s legend</comment>
        <translation>прибыльность</translation>
    </message>
    <message>
        <source>No purchases yet.</source>
        <translation>Покупок ещё нет.</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Эпизоды</translation>
    </message>
    <message>
        <source>Critical episodes: %1.</source>
        <translation>Критических эпизодов: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Mean satisfaction %1 over %Ln rating(s) (-2 to +2).</source>
        <translation>
            <numerusform>Средняя удовлетворённость %1 по %Ln оценке (от −2 до +2).</numerusform>
            <numerusform>Средняя удовлетворённость %1 по %Ln оценкам (от −2 до +2).</numerusform>
            <numerusform>Средняя удовлетворённость %1 по %Ln оценкам (от −2 до +2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Complaints: %1, answered %2.</source>
        <translation>Жалоб: %1, из них с ответом: %2.</translation>
    </message>
    <message>
        <source>Episode kinds</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Виды эпизодов</translation>
    </message>
    <message>
        <source>Episodes by kind</source>
        <translation>Эпизоды по видам</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>of episode</comment>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Latest episodes</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Последние эпизоды</translation>
    </message>
    <message numerus="yes">
        <source>The latest %Ln episode(s)</source>
        <translation>
            <numerusform>Последний %Ln эпизод</numerusform>
            <numerusform>Последние %Ln эпизода</numerusform>
            <numerusform>Последние %Ln эпизодов</numerusform>
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
        <translation>Удовлетворённость</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критический</translation>
    </message>
    <message>
        <source>Customer profile: %1</source>
        <translation>Профиль клиента: %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <comment>a customer&apos;s number and name</comment>
        <translation>№%1 %2</translation>
    </message>
    <message>
        <source>As of</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>По состоянию на</translation>
    </message>
    <message>
        <source>%1 (the analysis&apos; observation end)</source>
        <translation>%1 (конец периода наблюдения в анализе)</translation>
    </message>
    <message>
        <source>Period</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Период</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a period&apos;s first and last day</comment>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>section heading: what the customer is worth</comment>
        <translation>Ценность</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>Supplier</source>
        <comment>partner direction</comment>
        <translation>Поставщик</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <comment>partner direction</comment>
        <translation>Производитель</translation>
    </message>
    <message>
        <source>Intermediary</source>
        <comment>partner direction</comment>
        <translation>Посредник</translation>
    </message>
    <message>
        <source>Distributor</source>
        <comment>partner direction</comment>
        <translation>Дистрибьютор</translation>
    </message>
    <message>
        <source>Retailer</source>
        <comment>partner direction</comment>
        <translation>Розничный продавец</translation>
    </message>
    <message>
        <source>Competitor</source>
        <comment>partner direction</comment>
        <translation>Конкурент</translation>
    </message>
    <message>
        <source>Complementary business</source>
        <comment>partner direction</comment>
        <translation>Комплементарная фирма</translation>
    </message>
    <message>
        <source>Shareholder</source>
        <comment>partner direction</comment>
        <translation>Акционер</translation>
    </message>
    <message>
        <source>Employee</source>
        <comment>partner direction</comment>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Public body</source>
        <comment>partner direction</comment>
        <translation>Государственный орган</translation>
    </message>
    <message>
        <source>Pressure group</source>
        <comment>partner direction</comment>
        <translation>Группа давления</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>partner direction</comment>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Alliance</source>
        <comment>partnership form</comment>
        <translation>Альянс</translation>
    </message>
    <message>
        <source>Joint venture</source>
        <comment>partnership form</comment>
        <translation>Совместное предприятие</translation>
    </message>
    <message>
        <source>Co-branding</source>
        <comment>partnership form</comment>
        <translation>Кобрендинг</translation>
    </message>
    <message>
        <source>Joint R&amp;D</source>
        <comment>partnership form</comment>
        <translation>Совместные НИОКР (R&amp;D)</translation>
    </message>
    <message>
        <source>Cross-licensing</source>
        <comment>partnership form</comment>
        <translation>Перекрёстное лицензирование</translation>
    </message>
    <message>
        <source>Joint marketing</source>
        <comment>partnership form</comment>
        <translation>Совместный маркетинг</translation>
    </message>
    <message>
        <source>Supply contract</source>
        <comment>partnership form</comment>
        <translation>Договор поставки</translation>
    </message>
    <message>
        <source>Distribution agreement</source>
        <comment>partnership form</comment>
        <translation>Дистрибьюторский договор</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>partnership form</comment>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Formation</source>
        <comment>partnership lifecycle stage</comment>
        <translation>Формирование</translation>
    </message>
    <message>
        <source>Experimentation</source>
        <comment>partnership lifecycle stage</comment>
        <translation>Экспериментирование</translation>
    </message>
    <message>
        <source>Identification</source>
        <comment>partnership lifecycle stage</comment>
        <translation>Идентификация</translation>
    </message>
    <message>
        <source>Renewal</source>
        <comment>partnership lifecycle stage</comment>
        <translation>Обновление</translation>
    </message>
    <message>
        <source>Rupture</source>
        <comment>partnership lifecycle stage</comment>
        <translation>Разрыв</translation>
    </message>
    <message>
        <source>Legal</source>
        <comment>partnership bond</comment>
        <translation>Юридические</translation>
    </message>
    <message>
        <source>Economic</source>
        <comment>partnership bond</comment>
        <translation>Экономические</translation>
    </message>
    <message>
        <source>Technical</source>
        <comment>partnership bond</comment>
        <translation>Технические</translation>
    </message>
    <message>
        <source>Geographic</source>
        <comment>partnership bond</comment>
        <translation>Географические</translation>
    </message>
    <message>
        <source>Temporal</source>
        <comment>partnership bond</comment>
        <translation>Временные</translation>
    </message>
    <message>
        <source>Social</source>
        <comment>partnership bond</comment>
        <translation>Социальные</translation>
    </message>
    <message>
        <source>Cultural</source>
        <comment>partnership bond</comment>
        <translation>Культурные</translation>
    </message>
    <message>
        <source>Ideological</source>
        <comment>partnership bond</comment>
        <translation>Идеологические</translation>
    </message>
    <message>
        <source>Cognitive</source>
        <comment>partnership bond</comment>
        <translation>Когнитивные</translation>
    </message>
    <message>
        <source>Psychological</source>
        <comment>partnership bond</comment>
        <translation>Психологические</translation>
    </message>
    <message>
        <source>Delivery</source>
        <comment>relationship cost line (table 7.3)</comment>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>Store staff bonus</source>
        <comment>relationship cost line (table 7.3)</comment>
        <translation>Премии персоналу магазина</translation>
    </message>
    <message>
        <source>Unsold returns</source>
        <comment>relationship cost line (table 7.3)</comment>
        <translation>Возврат нереализованного товара</translation>
    </message>
    <message>
        <source>Database upkeep</source>
        <comment>relationship cost line (table 7.3)</comment>
        <translation>Ведение базы данных</translation>
    </message>
    <message>
        <source>Sales manager pay</source>
        <comment>relationship cost line (table 7.3)</comment>
        <translation>Оплата менеджера по продажам</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>relationship cost line (table 7.3)</comment>
        <translation>Прочее</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>churn status</comment>
        <translation>Активен</translation>
    </message>
    <message>
        <source>At risk</source>
        <comment>churn status</comment>
        <translation>Под угрозой</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <comment>churn status</comment>
        <translation>Неактивен</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>churn status</comment>
        <translation>Потерян</translation>
    </message>
    <message>
        <source>None</source>
        <comment>win-back outcome</comment>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>win-back outcome</comment>
        <translation>В процессе</translation>
    </message>
    <message>
        <source>Won back</source>
        <comment>win-back outcome</comment>
        <translation>Возвращён</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>win-back outcome</comment>
        <translation>Не удалось</translation>
    </message>
    <message>
        <source>Person</source>
        <comment>kind of customer</comment>
        <translation>Частное лицо</translation>
    </message>
    <message>
        <source>Household</source>
        <comment>kind of customer</comment>
        <translation>Домохозяйство</translation>
    </message>
    <message>
        <source>Organisation</source>
        <comment>kind of customer</comment>
        <translation>Организация</translation>
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
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Lower middle</source>
        <comment>income band</comment>
        <translation>Ниже среднего</translation>
    </message>
    <message>
        <source>Middle</source>
        <comment>income band</comment>
        <translation>Средний</translation>
    </message>
    <message>
        <source>Upper middle</source>
        <comment>income band</comment>
        <translation>Выше среднего</translation>
    </message>
    <message>
        <source>High</source>
        <comment>income band</comment>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Processing</source>
        <comment>purpose of a consent</comment>
        <translation>Обработка</translation>
    </message>
    <message>
        <source>Marketing</source>
        <comment>purpose of a consent</comment>
        <translation>Маркетинг</translation>
    </message>
    <message>
        <source>Profiling</source>
        <comment>purpose of a consent</comment>
        <translation>Профилирование</translation>
    </message>
    <message>
        <source>Sharing with third parties</source>
        <comment>purpose of a consent</comment>
        <translation>Передача третьим лицам</translation>
    </message>
    <message>
        <source>Patronage</source>
        <comment>loyalty assessment component</comment>
        <translation>Доля кошелька</translation>
    </message>
    <message>
        <source>Commitment</source>
        <comment>loyalty assessment component</comment>
        <translation>Приверженность</translation>
    </message>
    <message>
        <source>Perceived quality</source>
        <comment>loyalty assessment component</comment>
        <translation>Воспринимаемое качество</translation>
    </message>
    <message>
        <source>Perceived value</source>
        <comment>loyalty assessment component</comment>
        <translation>Воспринимаемая ценность</translation>
    </message>
    <message>
        <source>Sacrifices</source>
        <comment>loyalty assessment component</comment>
        <translation>Издержки клиента</translation>
    </message>
    <message>
        <source>Alternatives known</source>
        <comment>loyalty assessment component</comment>
        <translation>Известные альтернативы</translation>
    </message>
    <message>
        <source>Customer bonds</source>
        <comment>loyalty assessment component</comment>
        <translation>Связи с клиентом</translation>
    </message>
    <message>
        <source>Purchase</source>
        <comment>kind of episode</comment>
        <translation>Покупка</translation>
    </message>
    <message>
        <source>Return</source>
        <comment>kind of episode</comment>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Complaint</source>
        <comment>kind of episode</comment>
        <translation>Жалоба</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <comment>kind of episode</comment>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Service</source>
        <comment>kind of episode</comment>
        <translation>Обслуживание</translation>
    </message>
    <message>
        <source>Offer</source>
        <comment>kind of episode</comment>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Feedback</source>
        <comment>kind of episode</comment>
        <translation>Отзыв</translation>
    </message>
    <message>
        <source>Referral</source>
        <comment>kind of episode</comment>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Co-creation</source>
        <comment>kind of episode</comment>
        <translation>Совместное создание</translation>
    </message>
    <message>
        <source>Meeting</source>
        <comment>kind of episode</comment>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Call</source>
        <comment>kind of episode</comment>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Email</source>
        <comment>kind of episode</comment>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>kind of episode</comment>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Prospect</source>
        <comment>relationship ladder stage</comment>
        <translation>Потенциальный покупатель</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>relationship ladder stage</comment>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Client</source>
        <comment>relationship ladder stage</comment>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Supporter</source>
        <comment>relationship ladder stage</comment>
        <translation>Сторонник</translation>
    </message>
    <message>
        <source>Advocate</source>
        <comment>relationship ladder stage</comment>
        <translation>Защитник</translation>
    </message>
    <message>
        <source>Partner</source>
        <comment>relationship ladder stage</comment>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Point of sale</source>
        <comment>channel</comment>
        <translation>Точка продаж</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>channel</comment>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Email</source>
        <comment>channel</comment>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Event</source>
        <comment>channel</comment>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Meeting</source>
        <comment>channel</comment>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Web form</source>
        <comment>channel</comment>
        <translation>Веб-форма</translation>
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
        <translation>Соцсеть</translation>
    </message>
    <message>
        <source>Mail</source>
        <comment>channel</comment>
        <translation>Почта</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>channel</comment>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Moved home or work, or the transport route or cost changed</source>
        <comment>churn reason</comment>
        <translation>Переезд (дом или работа), изменение транспортного маршрута или его стоимости</translation>
    </message>
    <message>
        <source>Lower prices elsewhere</source>
        <comment>churn reason</comment>
        <translation>Более низкие цены в другом месте</translation>
    </message>
    <message>
        <source>Inability to work with the firm&apos;s partners</source>
        <comment>churn reason</comment>
        <translation>Невозможность работать с партнёрами фирмы</translation>
    </message>
    <message>
        <source>Lack of attention and interest from the maker and the trade</source>
        <comment>churn reason</comment>
        <translation>Недостаток внимания и интереса со стороны производителя и торговли</translation>
    </message>
    <message>
        <source>Change of owner</source>
        <comment>churn reason</comment>
        <translation>Смена владельца</translation>
    </message>
    <message>
        <source>Change of purchasing manager</source>
        <comment>churn reason</comment>
        <translation>Смена менеджера по закупкам</translation>
    </message>
    <message>
        <source>Renovation or temporary closure</source>
        <comment>churn reason</comment>
        <translation>Ремонт или временное закрытие</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>churn reason</comment>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Discount</source>
        <comment>campaign offer</comment>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>Reward</source>
        <comment>campaign offer</comment>
        <translation>Вознаграждение</translation>
    </message>
    <message>
        <source>Invitation</source>
        <comment>campaign offer</comment>
        <translation>Приглашение</translation>
    </message>
    <message>
        <source>Win-back offer</source>
        <comment>campaign offer</comment>
        <translation>Предложение для возвращения</translation>
    </message>
    <message>
        <source>Information</source>
        <comment>campaign offer</comment>
        <translation>Информация</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>campaign offer</comment>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Whole list</source>
        <comment>control group drawn within</comment>
        <translation>Всего списка</translation>
    </message>
    <message>
        <source>Each of the four groups</source>
        <comment>control group drawn within</comment>
        <translation>Каждой из четырёх групп</translation>
    </message>
    <message>
        <source>Each ladder stage</source>
        <comment>control group drawn within</comment>
        <translation>Каждой ступени лестницы</translation>
    </message>
    <message>
        <source>Each churn status</source>
        <comment>control group drawn within</comment>
        <translation>Каждого статуса оттока</translation>
    </message>
</context>
<context>
    <name>KnowledgeAudit</name>
    <message>
        <source>Do we know the customers who bring the most profit?</source>
        <translation>Знаем ли мы клиентов, которые приносят больше всего прибыли?</translation>
    </message>
    <message>
        <source>Do we know their income, product mix and real needs?</source>
        <translation>Знаем ли мы их доходы, ассортимент покупок и реальные потребности?</translation>
    </message>
    <message>
        <source>Do we know what they will expect next year?</source>
        <translation>Знаем ли мы, чего они будут ожидать в следующем году?</translation>
    </message>
    <message>
        <source>Do we know their income sources?</source>
        <translation>Знаем ли мы источники их доходов?</translation>
    </message>
    <message>
        <source>Do we know who decides on purchases?</source>
        <translation>Знаем ли мы, кто принимает решения о закупках?</translation>
    </message>
    <message>
        <source>Do we know competitors&apos; strategies towards them?</source>
        <translation>Знаем ли мы стратегии конкурентов в отношении них?</translation>
    </message>
    <message>
        <source>Can we measure the value we create for them?</source>
        <translation>Можем ли мы измерить ценность, которую создаём для них?</translation>
    </message>
    <message>
        <source>Can we measure their value to us?</source>
        <translation>Можем ли мы измерить их ценность для нас?</translation>
    </message>
    <message>
        <source>Buyers whose purchases record a margin and whom an analysis run has ranked.</source>
        <translation>Покупатели, у покупок которых записана маржа и которые ранжированы при запуске анализа.</translation>
    </message>
    <message>
        <source>Income band or household size (people and households), interests and preferences (tags) and purchases (the product mix).</source>
        <translation>Уровень дохода или размер домохозяйства (частные лица и домохозяйства), интересы и предпочтения (метки) и покупки (ассортимент покупок).</translation>
    </message>
    <message>
        <source>A predicted value stored by the last analysis run.</source>
        <translation>Прогнозная ценность, сохранённая последним запуском анализа.</translation>
    </message>
    <message>
        <source>People and households: income band and household size; organisations: the segment (line of business) they earn in.</source>
        <translation>Частные лица и домохозяйства: уровень дохода и размер домохозяйства; организации: сегмент (отрасль), в котором они зарабатывают.</translation>
    </message>
    <message>
        <source>Organisations: an active contact person marked decision maker. People and households decide for themselves.</source>
        <translation>Организации: действующее контактное лицо с отметкой «ЛПР». Частные лица и домохозяйства принимают решения сами.</translation>
    </message>
    <message>
        <source>An assessment of the alternatives known to the customer, or a partnership record naming the customer as a competitor.</source>
        <translation>Оценка известных клиенту альтернатив или запись о партнёрстве, в которой клиент указан как конкурент.</translation>
    </message>
    <message>
        <source>A satisfaction rating of an episode, or an assessment of perceived value or perceived service quality.</source>
        <translation>Оценка удовлетворённости в эпизоде или оценка воспринимаемой ценности либо воспринимаемого качества обслуживания.</translation>
    </message>
    <message>
        <source>Buyers whose purchases record a margin and whose relationship costs are entered (table 7.3: profit from sales minus the costs of the partnership).</source>
        <translation>Покупатели, у покупок которых записана маржа и для которых внесены затраты на отношения (табл. 7.3: прибыль от продаж минус затраты на организацию партнёрских отношений).</translation>
    </message>
    <message>
        <source>no purchase records a margin</source>
        <translation>ни у одной покупки нет маржи</translation>
    </message>
    <message>
        <source>not scored by an analysis run</source>
        <translation>нет оценок анализа</translation>
    </message>
    <message>
        <source>neither income band nor household size</source>
        <translation>нет ни уровня дохода, ни размера домохозяйства</translation>
    </message>
    <message>
        <source>no interests or preferences (tags)</source>
        <translation>нет интересов и предпочтений (меток)</translation>
    </message>
    <message>
        <source>no purchases, so no product mix</source>
        <translation>нет покупок, а значит, и ассортимента покупок</translation>
    </message>
    <message>
        <source>no predicted value</source>
        <translation>нет прогнозной ценности</translation>
    </message>
    <message>
        <source>no income band</source>
        <translation>нет уровня дохода</translation>
    </message>
    <message>
        <source>no household size</source>
        <translation>нет размера домохозяйства</translation>
    </message>
    <message>
        <source>no segment (line of business)</source>
        <translation>нет сегмента (отрасли)</translation>
    </message>
    <message>
        <source>no active contact person</source>
        <translation>нет действующего контактного лица</translation>
    </message>
    <message>
        <source>no contact person marked decision maker</source>
        <translation>нет контактного лица с отметкой «ЛПР»</translation>
    </message>
    <message>
        <source>no assessment of alternatives known to the customer</source>
        <translation>нет оценки известных клиенту альтернатив</translation>
    </message>
    <message>
        <source>no satisfaction rating or perceived value assessment</source>
        <translation>нет ни оценки удовлетворённости, ни оценки воспринимаемой ценности</translation>
    </message>
    <message>
        <source>no relationship costs</source>
        <translation>нет затрат на отношения</translation>
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
        <translation>Восемь вопросов</translation>
    </message>
    <message>
        <source>The seed&apos;s customer-knowledge audit asks eight questions. Each is answered for a customer when the records that answer it are there; the shares count the customers it concerns, once as heads and once weighted by value (revenue to date plus predicted value), so the knowledge of the most valuable customers weighs most.</source>
        <translation>Аудит знаний о клиентах из источника задаёт восемь вопросов. На вопрос есть ответ для клиента, если в базе есть отвечающие на него записи; доли считаются по клиентам, к которым вопрос относится, — один раз по числу клиентов и один раз с весом по ценности (выручка на сегодня плюс прогнозная ценность), поэтому знания о самых ценных клиентах весят больше всего.</translation>
    </message>
    <message>
        <source>No analysis run has stored scores yet: the ranking and the predicted values are missing for everyone.</source>
        <translation>Ни один запуск анализа ещё не сохранил оценки: ранжирования и прогнозной ценности нет ни у кого.</translation>
    </message>
    <message>
        <source>Share answered per question</source>
        <translation>Доля ответов по вопросам</translation>
    </message>
    <message>
        <source>customers</source>
        <comment>a chart&apos;s legend</comment>
        <translation>клиенты</translation>
    </message>
    <message>
        <source>by value</source>
        <comment>a chart&apos;s legend</comment>
        <translation>по ценности</translation>
    </message>
    <message>
        <source>Questions</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>How far the records answer each question</source>
        <translation>Насколько записи отвечают на каждый вопрос</translation>
    </message>
    <message>
        <source>No.</source>
        <comment>a question&apos;s number</comment>
        <translation>№</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Answered from</source>
        <translation>Данные для ответа</translation>
    </message>
    <message>
        <source>Customers concerned</source>
        <translation>Относится к клиентам</translation>
    </message>
    <message>
        <source>Customers answered</source>
        <translation>Ответ есть (клиенты)</translation>
    </message>
    <message>
        <source>Value answered</source>
        <translation>Ответ есть (ценность)</translation>
    </message>
    <message>
        <source>What is missing (customers)</source>
        <translation>Чего не хватает (число клиентов)</translation>
    </message>
    <message>
        <source>Customers to complete first</source>
        <translation>Кого дополнить в первую очередь</translation>
    </message>
    <message>
        <source>Per question, the most valuable customers it does not answer yet, with what their records lack.</source>
        <translation>По каждому вопросу — самые ценные клиенты, для которых ответа ещё нет, и чего не хватает в их записях.</translation>
    </message>
    <message>
        <source>Complete first</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Дополнить в первую очередь</translation>
    </message>
    <message>
        <source>The most valuable customers to complete, per question</source>
        <translation>Самые ценные клиенты, данные которых нужно дополнить, по вопросам</translation>
    </message>
    <message>
        <source>Id</source>
        <comment>a customer&apos;s number</comment>
        <translation>№ клиента</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Ценность</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Чего не хватает</translation>
    </message>
    <message>
        <source>Customer-knowledge audit</source>
        <translation>Аудит знаний о клиентах</translation>
    </message>
    <message>
        <source>Customers</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Ценность</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Rapport will be in %1 the next time it starts.</source>
        <translation>При следующем запуске Rapport будет использовать язык: %1.</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Язык системы (%1)</translation>
    </message>
</context>
<context>
    <name>LoyaltyReport</name>
    <message>
        <source>Relationship ladder</source>
        <translation>Лестница лояльности</translation>
    </message>
    <message>
        <source>Prospect, customer, client, supporter, advocate, partner: marketing aims to move people up to advocates and partners.</source>
        <translation>Потенциальный покупатель, покупатель, клиент, сторонник, защитник, партнёр: цель маркетинга — поднять людей до ступеней защитника и партнёра.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)&apos; stages were set by hand and count as set.</source>
        <translation>
            <numerusform>У %Ln клиента ступень задана вручную и учитывается как заданная.</numerusform>
            <numerusform>У %Ln клиентов ступени заданы вручную и учитываются как заданные.</numerusform>
            <numerusform>У %Ln клиентов ступени заданы вручную и учитываются как заданные.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers per stage</source>
        <translation>Клиенты по ступеням</translation>
    </message>
    <message>
        <source>customers</source>
        <comment>a chart&apos;s legend</comment>
        <translation>клиенты</translation>
    </message>
    <message>
        <source>Ladder</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Лестница</translation>
    </message>
    <message>
        <source>Stages and climbing during the period</source>
        <translation>Ступени и подъём за период</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Ступень</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>At this stage when the period opened</source>
        <translation>На ступени в начале периода</translation>
    </message>
    <message>
        <source>Of those, higher when it closed</source>
        <translation>Из них выше к концу периода</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Конверсия</translation>
    </message>
    <message>
        <source>Median days to the next stage</source>
        <translation>Медиана дней до следующей ступени</translation>
    </message>
    <message>
        <source>Retention by acquisition cohort</source>
        <translation>Удержание по когортам привлечения</translation>
    </message>
    <message>
        <source>Customers grouped by the year of their first purchase; each column is the share of the cohort that bought again in that later year.</source>
        <translation>Клиенты сгруппированы по году первой покупки; каждый столбец — доля когорты, снова покупавшей в соответствующем последующем году.</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Когорты</translation>
    </message>
    <message>
        <source>Share of each cohort buying in later years</source>
        <translation>Доля каждой когорты, покупавшей в последующие годы</translation>
    </message>
    <message>
        <source>First purchase in</source>
        <translation>Год первой покупки</translation>
    </message>
    <message>
        <source>Year %1 after</source>
        <comment>a cohort&apos;s k-th year after its first</comment>
        <translation>%1-й год после</translation>
    </message>
    <message>
        <source>Share still buying, by years since the first purchase</source>
        <translation>Доля продолжающих покупать по годам после первой покупки</translation>
    </message>
    <message>
        <source>No purchases in the years shown.</source>
        <translation>В показанные годы покупок нет.</translation>
    </message>
    <message>
        <source>The four groups by purchase cost and frequency</source>
        <translation>Четыре группы по стоимости и частоте покупок</translation>
    </message>
    <message>
        <source>Buyers in the period split by the value of a purchase (high from %1) and purchases per month (high from %2).</source>
        <translation>Покупатели периода разделены по стоимости покупки (высокая — от %1) и числу покупок в месяц (высокое — от %2).</translation>
    </message>
    <message>
        <source>Four groups</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Четыре группы</translation>
    </message>
    <message>
        <source>The groups in the period</source>
        <translation>Группы за период</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Share of buyers</source>
        <translation>Доля покупателей</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>Доля выручки</translation>
    </message>
    <message>
        <source>Share of profit</source>
        <translation>Доля прибыли</translation>
    </message>
    <message>
        <source>Average revenue</source>
        <translation>Средняя выручка</translation>
    </message>
    <message>
        <source>Group movement</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Движение между группами</translation>
    </message>
    <message>
        <source>Movement between groups: the previous period (rows) to this one (columns)</source>
        <translation>Переходы между группами: из предыдущего периода (строки) в текущий (столбцы)</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <source>no purchase</source>
        <comment>a column of the groups&apos; movement</comment>
        <translation>нет покупок</translation>
    </message>
    <message>
        <source>group %1</source>
        <comment>a column of the groups&apos; movement</comment>
        <translation>группа %1</translation>
    </message>
    <message>
        <source>Share of buyers, revenue and profit per group</source>
        <translation>Доля покупателей, выручки и прибыли по группам</translation>
    </message>
    <message>
        <source>buyers</source>
        <comment>a chart&apos;s legend</comment>
        <translation>покупатели</translation>
    </message>
    <message>
        <source>revenue</source>
        <comment>a chart&apos;s legend</comment>
        <translation>выручка</translation>
    </message>
    <message>
        <source>profit</source>
        <comment>a chart&apos;s legend</comment>
        <translation>прибыль</translation>
    </message>
    <message>
        <source>No purchase carries a margin, so the groups&apos; share of profit is left empty.</source>
        <translation>Ни у одной покупки нет маржи, поэтому доля групп в прибыли не заполнена.</translation>
    </message>
    <message>
        <source>Key customers&apos; share of sales over time</source>
        <translation>Динамика доли ключевых клиентов в продажах</translation>
    </message>
    <message numerus="yes">
        <source>Key customers are the %Ln class A customer(s) of the ranking by profit.</source>
        <translation>
            <numerusform>Ключевые клиенты — это %Ln клиент класса A в ранжировании по прибыли.</numerusform>
            <numerusform>Ключевые клиенты — это %Ln клиента класса A в ранжировании по прибыли.</numerusform>
            <numerusform>Ключевые клиенты — это %Ln клиентов класса A в ранжировании по прибыли.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Key customers are the %Ln class A customer(s) of the ranking by revenue.</source>
        <translation>
            <numerusform>Ключевые клиенты — это %Ln клиент класса A в ранжировании по выручке.</numerusform>
            <numerusform>Ключевые клиенты — это %Ln клиента класса A в ранжировании по выручке.</numerusform>
            <numerusform>Ключевые клиенты — это %Ln клиентов класса A в ранжировании по выручке.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Key customers are the %Ln class A customer(s) of the ranking by historical value.</source>
        <translation>
            <numerusform>Ключевые клиенты — это %Ln клиент класса A в ранжировании по исторической ценности.</numerusform>
            <numerusform>Ключевые клиенты — это %Ln клиента класса A в ранжировании по исторической ценности.</numerusform>
            <numerusform>Ключевые клиенты — это %Ln клиентов класса A в ранжировании по исторической ценности.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Key customers are the %Ln class A customer(s) of the ranking by predicted value.</source>
        <translation>
            <numerusform>Ключевые клиенты — это %Ln клиент класса A в ранжировании по прогнозной ценности.</numerusform>
            <numerusform>Ключевые клиенты — это %Ln клиента класса A в ранжировании по прогнозной ценности.</numerusform>
            <numerusform>Ключевые клиенты — это %Ln клиентов класса A в ранжировании по прогнозной ценности.</numerusform>
        </translation>
    </message>
    <message>
        <source>In a well-run firm about 20 % of customers bring 80 % of revenue (the seed&apos;s benchmark).</source>
        <translation>В хорошо управляемой фирме около 20 % клиентов приносят 80 % выручки (ориентир из источника).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln earlier quarter(s) of the trend are left out: nobody had bought yet, so there is no share to show.</source>
        <translation>
            <numerusform>%Ln более ранний квартал динамики не показан: покупок ещё не было, поэтому доли нет.</numerusform>
            <numerusform>%Ln более ранних квартала динамики не показаны: покупок ещё не было, поэтому доли нет.</numerusform>
            <numerusform>%Ln более ранних кварталов динамики не показаны: покупок ещё не было, поэтому доли нет.</numerusform>
        </translation>
    </message>
    <message>
        <source>No data: nobody bought in the quarters of the trend.</source>
        <translation>Нет данных: в кварталах динамики никто не покупал.</translation>
    </message>
    <message>
        <source>Key customers&apos; share of each quarter&apos;s revenue</source>
        <translation>Доля ключевых клиентов в выручке каждого квартала</translation>
    </message>
    <message>
        <source>key customers</source>
        <comment>a chart&apos;s legend</comment>
        <translation>ключевые клиенты</translation>
    </message>
    <message>
        <source>benchmark 80 %</source>
        <comment>a chart&apos;s legend</comment>
        <translation>ориентир 80 %</translation>
    </message>
    <message>
        <source>Key customers</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Ключевые клиенты</translation>
    </message>
    <message>
        <source>Key customers&apos; share of revenue per quarter</source>
        <translation>Доля ключевых клиентов в выручке по кварталам</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Top customers by value</source>
        <translation>Самые ценные клиенты</translation>
    </message>
    <message>
        <source>Top customers</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Лучшие клиенты</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln most valuable customer(s) by profit</source>
        <translation>
            <numerusform>%Ln самый ценный клиент по прибыли</numerusform>
            <numerusform>%Ln самых ценных клиента по прибыли</numerusform>
            <numerusform>%Ln самых ценных клиентов по прибыли</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln most valuable customer(s) by revenue</source>
        <translation>
            <numerusform>%Ln самый ценный клиент по выручке</numerusform>
            <numerusform>%Ln самых ценных клиента по выручке</numerusform>
            <numerusform>%Ln самых ценных клиентов по выручке</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln most valuable customer(s) by historical value</source>
        <translation>
            <numerusform>%Ln самый ценный клиент по исторической ценности</numerusform>
            <numerusform>%Ln самых ценных клиента по исторической ценности</numerusform>
            <numerusform>%Ln самых ценных клиентов по исторической ценности</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln most valuable customer(s) by predicted value</source>
        <translation>
            <numerusform>%Ln самый ценный клиент по прогнозной ценности</numerusform>
            <numerusform>%Ln самых ценных клиента по прогнозной ценности</numerusform>
            <numerusform>%Ln самых ценных клиентов по прогнозной ценности</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Id</source>
        <comment>a customer&apos;s number</comment>
        <translation>№ клиента</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Ценность</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Накопленная доля</translation>
    </message>
    <message>
        <source>Class</source>
        <comment>the ABC class of a customer</comment>
        <translation>Класс</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>Сегмент RFM</translation>
    </message>
    <message>
        <source>Loyalty report</source>
        <translation>Отчёт «Лояльность»</translation>
    </message>
</context>
<context>
    <name>ProfitabilityReport</name>
    <message>
        <source>Pareto curve</source>
        <translation>Кривая Парето</translation>
    </message>
    <message>
        <source>The top 20 % of buyers bring %1 of revenue (the seed&apos;s benchmark: 80 %); the top 10 % bring %2 of profit (benchmark: 90 %).</source>
        <translation>Лучшие 20 % покупателей приносят %1 выручки (ориентир из источника: 80 %); лучшие 10 % — %2 прибыли (ориентир: 90 %).</translation>
    </message>
    <message>
        <source>The top 20 % of buyers bring %1 of revenue (the seed&apos;s benchmark: 80 %); the top 10 % bring %2 of revenue; their share of profit is unknown, as no purchase carries a margin (benchmark: 90 % of profit).</source>
        <translation>Лучшие 20 % покупателей приносят %1 выручки (ориентир из источника: 80 %); лучшие 10 % — %2 выручки; их доля в прибыли неизвестна, так как ни у одной покупки нет маржи (ориентир: 90 % прибыли).</translation>
    </message>
    <message>
        <source>Cumulative share of value by share of customers</source>
        <translation>Накопленная доля ценности в зависимости от доли клиентов</translation>
    </message>
    <message>
        <source>80/20 rule</source>
        <translation>Правило 80/20</translation>
    </message>
    <message>
        <source>your customers</source>
        <comment>a chart&apos;s legend</comment>
        <translation>ваши клиенты</translation>
    </message>
    <message>
        <source>Pareto</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Парето</translation>
    </message>
    <message>
        <source>The curve at every 5 % of customers</source>
        <translation>Кривая с шагом 5 % клиентов</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>Доля клиентов</translation>
    </message>
    <message>
        <source>Share of value</source>
        <translation>Доля ценности</translation>
    </message>
    <message>
        <source>The average buyer (table 7.3)</source>
        <translation>Средний покупатель (табл. 7.3)</translation>
    </message>
    <message numerus="yes">
        <source>Over %Ln buyer(s); the expected lifetime is the average relationship so far, %1 months.</source>
        <translation>
            <numerusform>По %Ln покупателю; ожидаемая продолжительность отношений — средняя на сегодня, %1 мес.</numerusform>
            <numerusform>По %Ln покупателям; ожидаемая продолжительность отношений — средняя на сегодня, %1 мес.</numerusform>
            <numerusform>По %Ln покупателям; ожидаемая продолжительность отношений — средняя на сегодня, %1 мес.</numerusform>
        </translation>
    </message>
    <message>
        <source>Average buyer</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Средний покупатель</translation>
    </message>
    <message>
        <source>Value of the goods a buyer buys, per year of relationship</source>
        <translation>Ценность покупок одного покупателя за год отношений</translation>
    </message>
    <message>
        <source>Line</source>
        <comment>a line of table 7.3</comment>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>1 Average single sale</source>
        <comment>a line of table 7.3</comment>
        <translation>1 Средняя разовая продажа</translation>
    </message>
    <message>
        <source>2 Purchases per year</source>
        <comment>a line of table 7.3</comment>
        <translation>2 Покупок в год</translation>
    </message>
    <message>
        <source>3 Sales per year (1 x 2)</source>
        <comment>a line of table 7.3</comment>
        <translation>3 Продажи в год (1 × 2)</translation>
    </message>
    <message>
        <source>4 Profit from sales</source>
        <comment>a line of table 7.3</comment>
        <translation>4 Прибыль от продаж</translation>
    </message>
    <message>
        <source>5 Costs of the partnership</source>
        <comment>a line of table 7.3</comment>
        <translation>5 Затраты на организацию партнёрских отношений</translation>
    </message>
    <message>
        <source>6 Profitability (4 - 5)</source>
        <comment>a line of table 7.3</comment>
        <translation>6 Прибыльность (4 − 5)</translation>
    </message>
    <message>
        <source>Value per month</source>
        <comment>a line of table 7.3</comment>
        <translation>Ценность в месяц</translation>
    </message>
    <message>
        <source>Value over the expected lifetime (discounted)</source>
        <comment>a line of table 7.3</comment>
        <translation>Ценность за ожидаемый срок отношений (с дисконтированием)</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Ранжирование</translation>
    </message>
    <message>
        <source>Class A: hold on with all force; B: watch closely; C: let go (the seed&apos;s three decisions), by profit.</source>
        <translation>Класс A — удерживать всеми силами; B — внимательно наблюдать; C — отпустить (три решения из источника); ранжирование по прибыли.</translation>
    </message>
    <message>
        <source>Class A: hold on with all force; B: watch closely; C: let go (the seed&apos;s three decisions), by revenue.</source>
        <translation>Класс A — удерживать всеми силами; B — внимательно наблюдать; C — отпустить (три решения из источника); ранжирование по выручке.</translation>
    </message>
    <message>
        <source>Class A: hold on with all force; B: watch closely; C: let go (the seed&apos;s three decisions), by historical value.</source>
        <translation>Класс A — удерживать всеми силами; B — внимательно наблюдать; C — отпустить (три решения из источника); ранжирование по исторической ценности.</translation>
    </message>
    <message>
        <source>Class A: hold on with all force; B: watch closely; C: let go (the seed&apos;s three decisions), by predicted value.</source>
        <translation>Класс A — удерживать всеми силами; B — внимательно наблюдать; C — отпустить (три решения из источника); ранжирование по прогнозной ценности.</translation>
    </message>
    <message>
        <source>Lines 1-6 per year of relationship, as in table 7.3.</source>
        <translation>Строки 1–6 — за год отношений, как в табл. 7.3.</translation>
    </message>
    <message>
        <source>Ranking</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Ранжирование</translation>
    </message>
    <message>
        <source>Every buyer, most valuable first</source>
        <translation>Все покупатели, начиная с самых ценных</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Id</source>
        <comment>a customer&apos;s number</comment>
        <translation>№ клиента</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Class</source>
        <comment>the ABC class of a customer</comment>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>1 Average sale</source>
        <comment>a column of table 7.3</comment>
        <translation>1 Средняя продажа</translation>
    </message>
    <message>
        <source>2 Purchases per year</source>
        <comment>a column of table 7.3</comment>
        <translation>2 Покупок в год</translation>
    </message>
    <message>
        <source>3 Sales per year</source>
        <comment>a column of table 7.3</comment>
        <translation>3 Продажи в год</translation>
    </message>
    <message>
        <source>4 Profit from sales</source>
        <comment>a column of table 7.3</comment>
        <translation>4 Прибыль от продаж</translation>
    </message>
    <message>
        <source>5 Costs</source>
        <comment>a column of table 7.3</comment>
        <translation>5 Затраты</translation>
    </message>
    <message>
        <source>6 Profitability</source>
        <comment>a column of table 7.3</comment>
        <translation>6 Прибыльность</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Пожизненная ценность</translation>
    </message>
    <message>
        <source>Predicted value</source>
        <translation>Прогнозная ценность</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(alive)</translation>
    </message>
    <message>
        <source>Profitability report</source>
        <translation>Отчёт «Прибыльность»</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>“%1” could not be done again: %2</source>
        <translation>Не удалось повторить «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” was not undone: %2</source>
        <translation>Не удалось отменить «%1»: %2</translation>
    </message>
    <message>
        <source>Currency %1</source>
        <translation>Смена валюты: %1</translation>
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
        <translation>ОК</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Сохранить все</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Да для &amp;всех</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Н&amp;ет для всех</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Прервать</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Восстановить значения по умолчанию</translation>
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
        <translation>%1 тыс.</translation>
    </message>
</context>
<context>
    <name>ReportFormats</name>
    <message numerus="yes">
        <source>The first %1 of %Ln rows; the XLSX and CSV versions of this report hold all of them.</source>
        <translation>
            <numerusform>Показаны первые %1 из %Ln строки; версии этого отчёта в XLSX и CSV содержат все строки.</numerusform>
            <numerusform>Показаны первые %1 из %Ln строк; версии этого отчёта в XLSX и CSV содержат все строки.</numerusform>
            <numerusform>Показаны первые %1 из %Ln строк; версии этого отчёта в XLSX и CSV содержат все строки.</numerusform>
        </translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <comment>a PDF page&apos;s foot</comment>
        <translation>стр. %1 из %2</translation>
    </message>
    <message>
        <source>About</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Об отчёте</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a money column&apos;s header and its currency: Revenue (PLN)</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <source>champions</source>
        <comment>RFM segment</comment>
        <translation>чемпионы</translation>
    </message>
    <message>
        <source>loyal</source>
        <comment>RFM segment</comment>
        <translation>лояльные</translation>
    </message>
    <message>
        <source>cannot lose</source>
        <comment>RFM segment</comment>
        <translation>нельзя потерять</translation>
    </message>
    <message>
        <source>at risk</source>
        <comment>RFM segment</comment>
        <translation>под угрозой</translation>
    </message>
    <message>
        <source>hibernating</source>
        <comment>RFM segment</comment>
        <translation>спящие</translation>
    </message>
    <message>
        <source>new</source>
        <comment>RFM segment</comment>
        <translation>новые</translation>
    </message>
    <message>
        <source>potential loyalist</source>
        <comment>RFM segment</comment>
        <translation>потенциально лояльные</translation>
    </message>
    <message>
        <source>needs attention</source>
        <comment>RFM segment</comment>
        <translation>требуют внимания</translation>
    </message>
    <message>
        <source>no predictions: the %1 fit did not converge (%2)</source>
        <translation>прогнозов нет: подгонка модели %1 не сошлась (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and Gamma-Gamma, fitted in months; horizon %Ln month(s), monthly discount %2</source>
        <comment>the models of the analysis</comment>
        <translation>
            <numerusform>%1 и Gamma-Gamma, подгонка в месяцах; горизонт %Ln месяц, ставка дисконтирования %2 в месяц</numerusform>
            <numerusform>%1 и Gamma-Gamma, подгонка в месяцах; горизонт %Ln месяца, ставка дисконтирования %2 в месяц</numerusform>
            <numerusform>%1 и Gamma-Gamma, подгонка в месяцах; горизонт %Ln месяцев, ставка дисконтирования %2 в месяц</numerusform>
        </translation>
    </message>
    <message>
        <source>Period</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Период</translation>
    </message>
    <message>
        <source>%1 to %2 (the window; earlier history counts for value and ladder)</source>
        <translation>с %1 по %2 (период анализа; более ранняя история учитывается для ценности и лестницы)</translation>
    </message>
    <message numerus="yes">
        <source>the %Ln customer(s) of sales manager %1 (models fitted on the whole base); %2 bought in the period</source>
        <translation>
            <numerusform>%Ln клиент менеджера по продажам %1 (модели подогнаны по всей базе); покупали за период: %2</numerusform>
            <numerusform>%Ln клиента менеджера по продажам %1 (модели подогнаны по всей базе); покупали за период: %2</numerusform>
            <numerusform>%Ln клиентов менеджера по продажам %1 (модели подогнаны по всей базе); покупали за период: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %Ln customer(s) in the base, no filter; %1 bought in the period</source>
        <translation>
            <numerusform>все %Ln клиент базы, без фильтра; покупали за период: %1</numerusform>
            <numerusform>все %Ln клиента базы, без фильтра; покупали за период: %1</numerusform>
            <numerusform>все %Ln клиентов базы, без фильтра; покупали за период: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Model</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Модель</translation>
    </message>
    <message>
        <source>WEAK FIT.</source>
        <translation>СЛАБОЕ СООТВЕТСТВИЕ.</translation>
    </message>
    <message>
        <source>Model fit</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Соответствие модели</translation>
    </message>
    <message>
        <source>Ranking</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Ранжирование</translation>
    </message>
    <message>
        <source>Ladder rules</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Правила лестницы</translation>
    </message>
    <message>
        <source>purchase days for a client: %1; mean satisfaction for a supporter: %2; referrals for an advocate: %3</source>
        <translation>дней с покупками для ступени «клиент»: %1; средняя удовлетворённость для ступени «сторонник»: %2; рекомендаций для ступени «защитник»: %3</translation>
    </message>
    <message>
        <source>Churn rules</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Правила оттока</translation>
    </message>
    <message>
        <source>at risk below P(alive) %1 or after %2 usual intervals; lapsed after %3 (lapsed: %4; lost: %5)</source>
        <translation>под угрозой — P(alive) ниже %1 или нет покупок дольше, чем %2 × обычный интервал; неактивен — нет покупок дольше, чем %3 × обычный интервал (неактивен: %4; потерян: %5)</translation>
    </message>
    <message>
        <source>thresholds %1 per purchase and %2 purchases per month (the medians)</source>
        <translation>пороги: %1 за покупку и %2 покупки в месяц (медианы)</translation>
    </message>
    <message>
        <source>thresholds %1 per purchase and %2 purchases per month</source>
        <translation>пороги: %1 за покупку и %2 покупки в месяц</translation>
    </message>
    <message>
        <source>Four groups</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Четыре группы</translation>
    </message>
    <message>
        <source>Database</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>База данных</translation>
    </message>
    <message>
        <source>Currency</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Made</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Создан</translation>
    </message>
    <message>
        <source>%1 by Rapport</source>
        <comment>when a report was made</comment>
        <translation>%1 в Rapport</translation>
    </message>
    <message>
        <source>1 high cost, high frequency</source>
        <comment>the four groups (seed table 7.2)</comment>
        <translation>1 высокая стоимость, высокая частота</translation>
    </message>
    <message>
        <source>2 low cost, high frequency</source>
        <comment>the four groups (seed table 7.2)</comment>
        <translation>2 низкая стоимость, высокая частота</translation>
    </message>
    <message>
        <source>3 high cost, low frequency</source>
        <comment>the four groups (seed table 7.2)</comment>
        <translation>3 высокая стоимость, низкая частота</translation>
    </message>
    <message>
        <source>4 low cost, low frequency</source>
        <comment>the four groups (seed table 7.2)</comment>
        <translation>4 низкая стоимость, низкая частота</translation>
    </message>
    <message>
        <source>no purchase in the period</source>
        <comment>the four groups (seed table 7.2)</comment>
        <translation>нет покупок за период</translation>
    </message>
    <message>
        <source>hold on with all force</source>
        <comment>the seed&apos;s decision for a class A customer</comment>
        <translation>удерживать всеми силами</translation>
    </message>
    <message>
        <source>watch closely</source>
        <comment>the seed&apos;s decision for a class B customer</comment>
        <translation>внимательно наблюдать</translation>
    </message>
    <message>
        <source>let go</source>
        <comment>the seed&apos;s decision for a class C customer</comment>
        <translation>отпустить</translation>
    </message>
</context>
<context>
    <name>rapport::ui::AnalysisService</name>
    <message>
        <source>Analysis cancelled.</source>
        <translation>Анализ отменён.</translation>
    </message>
    <message>
        <source>Customer #%1</source>
        <translation>Клиент №%1</translation>
    </message>
    <message>
        <source>Analysis: reading purchases…</source>
        <translation>Анализ: чтение покупок…</translation>
    </message>
    <message>
        <source>Analysis: reading purchases (%L1)…</source>
        <translation>Анализ: чтение покупок (%L1)…</translation>
    </message>
    <message>
        <source>Analysis: fitting the purchase and spend models…</source>
        <translation>Анализ: подгонка моделей покупок и расходов…</translation>
    </message>
    <message>
        <source>Analysis: reading customers and episodes…</source>
        <translation>Анализ: чтение клиентов и эпизодов…</translation>
    </message>
    <message numerus="yes">
        <source>Analysis: reading customers and episodes (%Ln row(s))…</source>
        <translation>
            <numerusform>Анализ: чтение клиентов и эпизодов (%Ln строка)…</numerusform>
            <numerusform>Анализ: чтение клиентов и эпизодов (%Ln строки)…</numerusform>
            <numerusform>Анализ: чтение клиентов и эпизодов (%Ln строк)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysis: storing the scores for the customer list…</source>
        <translation>Анализ: сохранение оценок для списка клиентов…</translation>
    </message>
    <message>
        <source>Analysis: computing the reports…</source>
        <translation>Анализ: расчёт отчётов…</translation>
    </message>
    <message numerus="yes">
        <source>Analysis of %Ln customer(s) finished in %1 s.</source>
        <translation>
            <numerusform>Анализ %Ln клиента завершён за %1 с.</numerusform>
            <numerusform>Анализ %Ln клиентов завершён за %1 с.</numerusform>
            <numerusform>Анализ %Ln клиентов завершён за %1 с.</numerusform>
        </translation>
    </message>
    <message>
        <source>The analysis failed: %1</source>
        <translation>Анализ не удался: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::AnalysisSettingsDialog</name>
    <message>
        <source>Analysis settings</source>
        <translation>Параметры анализа</translation>
    </message>
    <message>
        <source>the median of the buyers</source>
        <translation>медиана по покупателям</translation>
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
        <translation> % в месяц</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Период анализа:</translation>
    </message>
    <message>
        <source>&amp;Cost threshold (per purchase):</source>
        <translation>Порог &amp;стоимости (за покупку):</translation>
    </message>
    <message>
        <source>&amp;Frequency threshold (purchases a month):</source>
        <translation>Порог &amp;частоты (покупок в месяц):</translation>
    </message>
    <message>
        <source>Purchase &amp;model:</source>
        <translation>&amp;Модель покупок:</translation>
    </message>
    <message>
        <source>&amp;Horizon of predicted value:</source>
        <translation>&amp;Горизонт прогнозной ценности:</translation>
    </message>
    <message>
        <source>&amp;Discount rate:</source>
        <translation>Ставка &amp;дисконтирования:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <comment>a spin box: the number of months</comment>
        <translation>
            <numerusform>%Ln месяц</numerusform>
            <numerusform>%Ln месяца</numerusform>
            <numerusform>%Ln месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost threshold: expected a positive amount such as %1, or nothing for the median</source>
        <translation>Порог стоимости: ожидается положительная сумма, например %1, или пусто для медианы</translation>
    </message>
    <message>
        <source>Frequency threshold: expected a positive number such as %1, or nothing for the median</source>
        <translation>Порог частоты: ожидается положительное число, например %1, или пусто для медианы</translation>
    </message>
</context>
<context>
    <name>rapport::ui::AnalyticsPage</name>
    <message>
        <source>&amp;Run analysis</source>
        <translation>&amp;Запустить анализ</translation>
    </message>
    <message>
        <source>Analyse the whole base again in the background (F5)</source>
        <translation>Заново проанализировать всю базу в фоновом режиме (F5)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <source>Window, thresholds, model, horizon and discount</source>
        <translation>Период, пороги, модель, горизонт и ставка дисконтирования</translation>
    </message>
    <message>
        <source>Click a point or a bar to see the customers behind it.</source>
        <translation>Щёлкните точку или столбец, чтобы увидеть стоящих за ними клиентов.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Show in customer list</source>
        <translation>Показать в списке клиентов</translation>
    </message>
    <message>
        <source>Pareto curve</source>
        <translation>Кривая Парето</translation>
    </message>
    <message>
        <source>Four groups</source>
        <translation>Четыре группы</translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation>Лестница</translation>
    </message>
    <message>
        <source>Churn reasons</source>
        <translation>Причины оттока</translation>
    </message>
    <message>
        <source>Predicted value</source>
        <translation>Прогнозная ценность</translation>
    </message>
    <message>
        <source>Model fit</source>
        <translation>Соответствие модели</translation>
    </message>
    <message>
        <source>Customers behind…</source>
        <translation>Клиенты за частью диаграммы…</translation>
    </message>
    <message>
        <source>The customers behind a part of the chart, as a click on it shows them</source>
        <translation>Клиенты, стоящие за частью диаграммы, — те же, что показывает щелчок по ней</translation>
    </message>
    <message>
        <source>Analysing in the background…</source>
        <translation>Анализ в фоновом режиме…</translation>
    </message>
    <message>
        <source>No analysis yet: Run analysis (F5) computes the charts in the background.</source>
        <translation>Анализа ещё не было: «Запустить анализ» (F5) рассчитает диаграммы в фоновом режиме.</translation>
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
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Historical value</source>
        <translation>Историческая ценность</translation>
    </message>
    <message>
        <source>%1 has no standard error: the data do not pin it down.</source>
        <translation>%1: стандартной ошибки нет — данные не позволяют определить этот параметр.</translation>
    </message>
    <message>
        <source>%1 sits on the optimiser&apos;s bound: the data push it without limit.</source>
        <translation>%1: параметр на границе оптимизатора — данные сдвигают его без ограничений.</translation>
    </message>
    <message>
        <source>The %1 fit did not converge: there are no P(alive) or predicted values.</source>
        <translation>Подгонка модели %1 не сошлась: нет ни P(alive), ни прогнозных значений.</translation>
    </message>
    <message>
        <source>P(alive) is uninformative: it is at least %1 for every customer, so the at-risk rule (P(alive) below %2) never fires; only the rule by purchase intervals marks customers at risk.</source>
        <translation>P(alive) неинформативна: для каждого клиента она не ниже %1, поэтому правило «под угрозой» (P(alive) ниже %2) никогда не срабатывает; под угрозу клиентов относит только правило по интервалам между покупками.</translation>
    </message>
    <message>
        <source>P(alive), expected purchases and predicted values rest on parameters the data do not pin down: read them as rough guides.</source>
        <translation>P(alive), ожидаемые покупки и прогнозные значения опираются на параметры, которые данные не позволяют определить: считайте их лишь приблизительными ориентирами.</translation>
    </message>
    <message>
        <source>The Gamma-Gamma fit did not converge: each repeat buyer&apos;s own average spend per purchase stands in for the predicted spend, the repeat buyers&apos; average for one-time buyers.</source>
        <translation>Подгонка модели Gamma-Gamma не сошлась: вместо прогнозных расходов используется собственный средний чек каждого повторного покупателя, а для разовых покупателей — средний чек повторных.</translation>
    </message>
    <message>
        <source>Expected spend per purchase, and so every predicted value, is uncertain.</source>
        <translation>Ожидаемые расходы на покупку, а значит, и все прогнозные значения неточны.</translation>
    </message>
    <message>
        <source>Ranked by revenue, not profit: no purchase analysed carries a margin, so profit cannot rank customers. Classes, the Pareto curve and key customers are by revenue.</source>
        <translation>Ранжирование по выручке, а не по прибыли: ни у одной проанализированной покупки нет маржи, поэтому ранжировать клиентов по прибыли нельзя. Классы, кривая Парето и ключевые клиенты рассчитаны по выручке.</translation>
    </message>
    <message>
        <source>No purchase analysed carries a margin: profit figures are missing.</source>
        <translation>Ни у одной проанализированной покупки нет маржи: данных о прибыли нет.</translation>
    </message>
    <message>
        <source>Pareto curve of revenue (no margins recorded, so not of profit): the top 20 % of customers bring %1 of it (benchmark 80 %)</source>
        <translation>Кривая Парето по выручке (маржа не записана, поэтому не по прибыли): на лучшие 20 % клиентов приходится %1 (ориентир 80 %)</translation>
    </message>
    <message>
        <source>Your customers</source>
        <translation>Ваши клиенты</translation>
    </message>
    <message>
        <source>80/20 benchmark</source>
        <translation>Ориентир 80/20</translation>
    </message>
    <message>
        <source>Customers, best first</source>
        <translation>Клиенты, начиная с лучших</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Накопленная доля</translation>
    </message>
    <message>
        <source>Top %1 % of customers</source>
        <translation>Лучшие %1 % клиентов</translation>
    </message>
    <message>
        <source>Revenue in the window</source>
        <translation>Выручка за период</translation>
    </message>
    <message>
        <source>Purchases per month (log scale)</source>
        <translation>Покупок в месяц (лог. шкала)</translation>
    </message>
    <message>
        <source>Average purchase (log scale)</source>
        <translation>Средняя покупка (лог. шкала)</translation>
    </message>
    <message>
        <source>Average purchase in %1 (log scale)</source>
        <translation>Средняя покупка, %1 (лог. шкала)</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Пороги</translation>
    </message>
    <message>
        <source>Relationship ladder: customers per stage at the start of the window and now</source>
        <translation>Лестница лояльности: клиенты по ступеням в начале периода и сейчас</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>На %1</translation>
    </message>
    <message>
        <source>Now (%1)</source>
        <translation>Сейчас (%1)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Your lost customers</source>
        <translation>Ваши потерянные клиенты</translation>
    </message>
    <message>
        <source>Benchmark (middle of the seed&apos;s range)</source>
        <translation>Ориентир (середина диапазона из источника)</translation>
    </message>
    <message>
        <source>Share of lost customers</source>
        <translation>Доля потерянных клиентов</translation>
    </message>
    <message>
        <source>Yearly revenue</source>
        <translation>Годовая выручка</translation>
    </message>
    <message>
        <source>All lost customers</source>
        <translation>Все потерянные клиенты</translation>
    </message>
    <message>
        <source>Lost customers</source>
        <translation>Потерянные клиенты</translation>
    </message>
    <message>
        <source>Predicted value: no model could be fitted (%1)</source>
        <translation>Прогнозная ценность: не удалось подогнать ни одну модель (%1)</translation>
    </message>
    <message>
        <source>Predicted value %1</source>
        <translation>Прогнозная ценность %1</translation>
    </message>
    <message>
        <source>WEAK FIT: %1</source>
        <translation>СЛАБОЕ СООТВЕТСТВИЕ: %1</translation>
    </message>
    <message>
        <source>Model fit: no model could be fitted</source>
        <translation>Соответствие модели: не удалось подогнать ни одну модель</translation>
    </message>
    <message>
        <source>Model fit: the check of repeat purchases is drawn for BG/NBD (choose it in Settings)</source>
        <translation>Соответствие модели: проверка повторных покупок строится для BG/NBD (выберите её в параметрах)</translation>
    </message>
    <message>
        <source>Actual customers</source>
        <translation>Фактически клиентов</translation>
    </message>
    <message>
        <source>Expected by BG/NBD</source>
        <translation>Ожидается по BG/NBD</translation>
    </message>
    <message>
        <source>Model fit: customers by number of repeat purchases, seen and predicted</source>
        <translation>Соответствие модели: клиенты по числу повторных покупок, фактически и по прогнозу</translation>
    </message>
    <message>
        <source>Repeat purchases (days with a purchase after the first)</source>
        <translation>Повторные покупки (дни с покупкой после первой)</translation>
    </message>
    <message>
        <source>Predicted value in %1</source>
        <translation>Прогнозная ценность, %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln customer(s), the first %L2 shown</source>
        <translation>
            <numerusform>%1: %Ln клиент, показаны первые %L2</numerusform>
            <numerusform>%1: %Ln клиента, показаны первые %L2</numerusform>
            <numerusform>%1: %Ln клиентов, показаны первые %L2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln customer(s)</source>
        <translation>
            <numerusform>%1: %Ln клиент</numerusform>
            <numerusform>%1: %Ln клиента</numerusform>
            <numerusform>%1: %Ln клиентов</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer #%1</source>
        <translation>Клиент №%1</translation>
    </message>
    <message>
        <source>Up to %1</source>
        <translation>По %1</translation>
    </message>
    <message numerus="yes">
        <source>window %Ln month(s)</source>
        <translation>
            <numerusform>период %Ln месяц</numerusform>
            <numerusform>период %Ln месяца</numerusform>
            <numerusform>период %Ln месяцев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>horizon %Ln month(s) at %1 a month</source>
        <translation>
            <numerusform>горизонт %Ln месяц при ставке %1 в месяц</numerusform>
            <numerusform>горизонт %Ln месяца при ставке %1 в месяц</numerusform>
            <numerusform>горизонт %Ln месяцев при ставке %1 в месяц</numerusform>
        </translation>
    </message>
    <message>
        <source>thresholds: the medians</source>
        <translation>пороги: медианы</translation>
    </message>
    <message>
        <source>thresholds set by hand</source>
        <translation>пороги заданы вручную</translation>
    </message>
    <message>
        <source>Pareto curve of margin: the top 20 % of customers bring %1 of it (benchmark 80 %)</source>
        <translation>Кривая Парето по марже: на лучшие 20 % клиентов приходится %1 (ориентир 80 %)</translation>
    </message>
    <message>
        <source>Pareto curve of revenue: the top 20 % of customers bring %1 of it (benchmark 80 %)</source>
        <translation>Кривая Парето по выручке: на лучшие 20 % клиентов приходится %1 (ориентир 80 %)</translation>
    </message>
    <message>
        <source>Pareto curve of historical value: the top 20 % of customers bring %1 of it (benchmark 80 %)</source>
        <translation>Кривая Парето по исторической ценности: на лучшие 20 % клиентов приходится %1 (ориентир 80 %)</translation>
    </message>
    <message>
        <source>Pareto curve of predicted value: the top 20 % of customers bring %1 of it (benchmark 80 %)</source>
        <translation>Кривая Парето по прогнозной ценности: на лучшие 20 % клиентов приходится %1 (ориентир 80 %)</translation>
    </message>
    <message>
        <source>%1 %2 = %L3</source>
        <comment>model, parameter = estimate</comment>
        <translation>%1 %2 = %L3</translation>
    </message>
    <message>
        <source>%1 ± %L2: the standard error exceeds the estimate.</source>
        <translation>%1 ± %L2: стандартная ошибка больше самой оценки.</translation>
    </message>
    <message>
        <source>Weak model fit: %1</source>
        <comment>followed by the reasons</comment>
        <translation>Слабое соответствие модели: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nobody was recorded as lost in the last year, but %Ln buyer(s) lapsed (no purchase for over %1 usual intervals): see the churn tab.</source>
        <translation>
            <numerusform>За последний год никто не отмечен как потерянный, но %Ln покупатель стал неактивным (нет покупок дольше, чем %1 × обычный интервал): см. вкладку оттока.</numerusform>
            <numerusform>За последний год никто не отмечен как потерянный, но %Ln покупателя стали неактивными (нет покупок дольше, чем %1 × обычный интервал): см. вкладку оттока.</numerusform>
            <numerusform>За последний год никто не отмечен как потерянный, но %Ln покупателей стали неактивными (нет покупок дольше, чем %1 × обычный интервал): см. вкладку оттока.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nobody was recorded as lost, but %Ln customer(s) are lapsed now (no purchase for over %1 usual intervals); the purchases cover less than a year, so there is no yearly rate: see the churn tab.</source>
        <translation>
            <numerusform>Никто не отмечен как потерянный, но %Ln клиент сейчас неактивен (нет покупок дольше, чем %1 × обычный интервал); покупки охватывают меньше года, поэтому годового показателя нет: см. вкладку оттока.</numerusform>
            <numerusform>Никто не отмечен как потерянный, но %Ln клиента сейчас неактивны (нет покупок дольше, чем %1 × обычный интервал); покупки охватывают меньше года, поэтому годового показателя нет: см. вкладку оттока.</numerusform>
            <numerusform>Никто не отмечен как потерянный, но %Ln клиентов сейчас неактивны (нет покупок дольше, чем %1 × обычный интервал); покупки охватывают меньше года, поэтому годового показателя нет: см. вкладку оттока.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nobody was recorded as lost, but %Ln customer(s) are lapsed now (no purchase for over %1 usual intervals): see the churn tab.</source>
        <translation>
            <numerusform>Никто не отмечен как потерянный, но %Ln клиент сейчас неактивен (нет покупок дольше, чем %1 × обычный интервал): см. вкладку оттока.</numerusform>
            <numerusform>Никто не отмечен как потерянный, но %Ln клиента сейчас неактивны (нет покупок дольше, чем %1 × обычный интервал): см. вкладку оттока.</numerusform>
            <numerusform>Никто не отмечен как потерянный, но %Ln клиентов сейчас неактивны (нет покупок дольше, чем %1 × обычный интервал): см. вкладку оттока.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Four groups by purchase cost and frequency in the window (%Ln buyer(s))</source>
        <translation>
            <numerusform>Четыре группы по стоимости и частоте покупок за период (%Ln покупатель)</numerusform>
            <numerusform>Четыре группы по стоимости и частоте покупок за период (%Ln покупателя)</numerusform>
            <numerusform>Четыре группы по стоимости и частоте покупок за период (%Ln покупателей)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln · %1 of revenue</source>
        <comment>customers · share</comment>
        <translation>
            <numerusform>%Ln · %1 выручки</numerusform>
            <numerusform>%Ln · %1 выручки</numerusform>
            <numerusform>%Ln · %1 выручки</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 purchases a month, %3 a purchase</source>
        <comment>a group · a number with decimals, an amount</comment>
        <translation>%1 · покупок в месяц: %2, средняя покупка: %3</translation>
    </message>
    <message>
        <source>%1 (%2 of the rung below)</source>
        <comment>a ladder stage (a share)</comment>
        <translation>%1 (%2 от ступени ниже)</translation>
    </message>
    <message>
        <source>Why customers left: your shares beside the seed&apos;s benchmark (lost in the last year: %L1, value lost %2).</source>
        <translation>Почему клиенты ушли: ваши доли рядом с ориентиром из источника (потеряно за последний год: %L1, потерянная ценность: %2).</translation>
    </message>
    <message>
        <source>Lapsed now: %L1 (the purchases cover less than a year: no yearly rate), not recorded as lost.</source>
        <translation>Неактивны сейчас: %L1 (покупки охватывают меньше года: годового показателя нет), не отмечены как потерянные.</translation>
    </message>
    <message>
        <source>Lapsed in the last year: %L1 (%2 of the buyers a year ago); lapsed now: %L3, not recorded as lost.</source>
        <translation>Стали неактивными за последний год: %L1 (%2 от покупателей прошлого года); неактивны сейчас: %L3, не отмечены как потерянные.</translation>
    </message>
    <message>
        <source>Lost: recorded as lost with a reason. Lapsed: no purchase for over %1 usual intervals.</source>
        <translation>Потерян — отмечен как потерянный с указанием причины. Неактивен — нет покупок дольше, чем %1 × обычный интервал.</translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <comment>a churn reason</comment>
        <translation>Потеряны: %1</translation>
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
            <numerusform>Распределение прогнозной ценности на ближайший %Ln месяц</numerusform>
            <numerusform>Распределение прогнозной ценности на ближайшие %Ln месяца</numerusform>
            <numerusform>Распределение прогнозной ценности на ближайшие %Ln месяцев</numerusform>
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
            <numerusform>%Ln и более повторных покупок</numerusform>
            <numerusform>%Ln и более повторных покупок</numerusform>
            <numerusform>%Ln и более повторных покупок</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat purchases: %L1</source>
        <translation>Повторные покупки: %L1</translation>
    </message>
    <message>
        <source>Knowledge audit</source>
        <translation>Аудит знаний</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Жалобы</translation>
    </message>
    <message>
        <source>By dimension</source>
        <translation>По разрезам</translation>
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
        <translation>Оценка (1–5)</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Дата оценки</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Judged components of the return on the relationship. 1 is very little of it, 5 very much; for sacrifices and alternatives known more is worse for the relationship.</source>
        <translation>Оцениваемые компоненты отдачи от отношений. 1 — очень мало, 5 — очень много; для издержек клиента и известных альтернатив чем больше, тем хуже для отношений.</translation>
    </message>
    <message>
        <source>&amp;Assess…</source>
        <translation>&amp;Оценить…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Removes an assessment entered by mistake; a changed view is a new assessment</source>
        <translation>Удаляет оценку, введённую по ошибке; изменившееся мнение — это новая оценка</translation>
    </message>
    <message>
        <source>The latest view of this component</source>
        <translation>Последняя оценка этого компонента</translation>
    </message>
    <message>
        <source>An earlier view, kept as history</source>
        <translation>Более ранняя оценка, сохранённая как история</translation>
    </message>
    <message>
        <source>Assess the relationship</source>
        <translation>Оценка отношений</translation>
    </message>
    <message>
        <source>1 very little … 5 very much</source>
        <translation>1 — очень мало … 5 — очень много</translation>
    </message>
    <message>
        <source>why, in a few words</source>
        <translation>почему, в двух словах</translation>
    </message>
    <message>
        <source>&amp;Component:</source>
        <translation>&amp;Компонент:</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>&amp;Оценка:</translation>
    </message>
    <message>
        <source>&amp;Assessed on:</source>
        <translation>&amp;Дата оценки:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <source>Assess %1</source>
        <translation>Оценка: %1</translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Ничего не изменено: %1</translation>
    </message>
    <message>
        <source>Remove assessment of %1</source>
        <translation>Удаление оценки: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::AttentionList</name>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Value at stake</source>
        <translation>Ценность под угрозой</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Not contacted</source>
        <translation>Нет контакта</translation>
    </message>
    <message>
        <source>Purchase overdue</source>
        <translation>Покупка задерживается</translation>
    </message>
    <message>
        <source>Decision maker left</source>
        <translation>ЛПР ушёл</translation>
    </message>
    <message>
        <source>Complaint unanswered</source>
        <translation>Жалоба без ответа</translation>
    </message>
    <message numerus="yes">
        <source>No contact for %Ln day(s), since %1 (interval %2 days)</source>
        <translation>
            <numerusform>Нет контакта %Ln день, с %1 (интервал контактов: %2 дн.)</numerusform>
            <numerusform>Нет контакта %Ln дня, с %1 (интервал контактов: %2 дн.)</numerusform>
            <numerusform>Нет контакта %Ln дней, с %1 (интервал контактов: %2 дн.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Never contacted in %Ln day(s) (interval %1 days)</source>
        <translation>
            <numerusform>Ни одного контакта за %Ln день (интервал контактов: %1 дн.)</numerusform>
            <numerusform>Ни одного контакта за %Ln дня (интервал контактов: %1 дн.)</numerusform>
            <numerusform>Ни одного контакта за %Ln дней (интервал контактов: %1 дн.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No purchase for %Ln day(s); usually every %1 days</source>
        <translation>
            <numerusform>Нет покупок %Ln день; обычно раз в %1 дн.</numerusform>
            <numerusform>Нет покупок %Ln дня; обычно раз в %1 дн.</numerusform>
            <numerusform>Нет покупок %Ln дней; обычно раз в %1 дн.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>person (role)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 left on %2; no contact since</source>
        <translation>%1: уход %2; с тех пор контактов не было</translation>
    </message>
    <message numerus="yes">
        <source>Complaint of %1 unanswered for %Ln day(s)</source>
        <translation>
            <numerusform>Жалоба от %1 без ответа %Ln день</numerusform>
            <numerusform>Жалоба от %1 без ответа %Ln дня</numerusform>
            <numerusform>Жалоба от %1 без ответа %Ln дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Historical revenue: the last analysis predicted no value for this customer</source>
        <translation>Историческая выручка: последний анализ не дал прогнозной ценности для этого клиента</translation>
    </message>
    <message>
        <source>Looking for customers who need attention…</source>
        <translation>Поиск клиентов, требующих внимания…</translation>
    </message>
    <message>
        <source>The list could not be made: %1</source>
        <translation>Не удалось составить список: %1</translation>
    </message>
    <message>
        <source>Nobody needs attention.</source>
        <translation>Никто не требует внимания.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln shown, the most valuable first.</source>
        <translation>
            <numerusform>Показаны все (%Ln), сначала самые ценные.</numerusform>
            <numerusform>Показаны все (%Ln), сначала самые ценные.</numerusform>
            <numerusform>Показаны все (%Ln), сначала самые ценные.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln shown, the most valuable first.</source>
        <translation>
            <numerusform>Показано %L1 из %Ln, сначала самые ценные.</numerusform>
            <numerusform>Показано %L1 из %Ln, сначала самые ценные.</numerusform>
            <numerusform>Показано %L1 из %Ln, сначала самые ценные.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <source>Only customer #%1</source>
        <translation>Только клиент №%1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>The audit trail cannot be shown: %1</source>
        <translation>Не удаётся показать журнал изменений: %1</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Партнёрство</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Участник команды</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>E-mail or phone</source>
        <translation>Эл. почта или телефон</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Эпизод</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Cost line</source>
        <translation>Статья затрат</translation>
    </message>
    <message>
        <source>Lost customer record</source>
        <translation>Запись о потере клиента</translation>
    </message>
    <message>
        <source>Ladder stage set by hand</source>
        <translation>Ступень лестницы, заданная вручную</translation>
    </message>
    <message>
        <source>Merge, erasure or export</source>
        <translation>Объединение, стирание или экспорт</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Anonymous sale</source>
        <translation>Анонимная продажа</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавление</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменение</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>удаление</translation>
    </message>
    <message>
        <source>personal data exported</source>
        <translation>экспорт персональных данных</translation>
    </message>
    <message>
        <source>personal data erased</source>
        <translation>стирание персональных данных</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>объединение</translation>
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
        <translation>Локальная база данных не ведёт журнал изменений; объединения, стирания и экспорт данных видны в истории клиента. Общие базы данных на PostgreSQL записывают каждое изменение.</translation>
    </message>
    <message>
        <source>%1 #%2 %3</source>
        <comment>a record, its number, what was done to it</comment>
        <translation>%1 №%2: %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a record, what was done to it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>#%1</source>
        <comment>a customer&apos;s number</comment>
        <translation>№%1</translation>
    </message>
    <message numerus="yes">
        <source>The newest %Ln change(s); rapport-cli audit lists more.</source>
        <translation>
            <numerusform>Последнее %Ln изменение; rapport-cli audit покажет больше.</numerusform>
            <numerusform>Последние %Ln изменения; rapport-cli audit покажет больше.</numerusform>
            <numerusform>Последние %Ln изменений; rapport-cli audit покажет больше.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s).</source>
        <translation>
            <numerusform>%Ln изменение.</numerusform>
            <numerusform>%Ln изменения.</numerusform>
            <numerusform>%Ln изменений.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::CampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>Новая кампания</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>e.g. more repeat purchases from regular customers</source>
        <translation>например, больше повторных покупок от постоянных клиентов</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Цель:</translation>
    </message>
    <message>
        <source>&amp;Offer:</source>
        <translation>&amp;Предложение:</translation>
    </message>
    <message>
        <source>What the customers are offered, in the words of the letter or call</source>
        <translation>Что предлагается клиентам — словами письма или звонка</translation>
    </message>
    <message>
        <source>Offer &amp;text:</source>
        <translation>&amp;Текст предложения:</translation>
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
        <translation>Клиенты, случайно отобранные и оставленные без предложения: их покупки показывают, что клиенты тестовой группы купили бы без него</translation>
    </message>
    <message>
        <source>Control &amp;group:</source>
        <translation>Контрольная &amp;группа:</translation>
    </message>
    <message>
        <source>The control group is drawn within each, so both groups hold the same mix</source>
        <translation>Контрольная группа отбирается в пределах каждой из частей, поэтому состав обеих групп одинаков</translation>
    </message>
    <message>
        <source>Drawn &amp;within:</source>
        <translation>Отбор &amp;в пределах:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Purchases in this many days after the launch day count as responses</source>
        <translation>Покупки за это число дней после дня запуска считаются откликами</translation>
    </message>
    <message>
        <source>Response &amp;window:</source>
        <translation>Период &amp;отклика:</translation>
    </message>
    <message>
        <source>Cost per &amp;contact:</source>
        <translation>&amp;Стоимость контакта:</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>не исключать</translation>
    </message>
    <message>
        <source>Leave out customers with any episode in this many days before the launch</source>
        <translation>Исключить клиентов, у которых был любой эпизод за это число дней до запуска</translation>
    </message>
    <message>
        <source>Leave out contacted in the last:</source>
        <translation>Исключить, если был контакт за последние:</translation>
    </message>
    <message>
        <source>Cost per contact: an amount is expected, e.g. 2.50</source>
        <translation>Стоимость контакта: ожидается сумма, например 2,50</translation>
    </message>
    <message>
        <source>Name: the campaign needs a name</source>
        <translation>Название: у кампании должно быть название</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CampaignsPage</name>
    <message>
        <source>Too few customers to measure</source>
        <translation>Слишком мало клиентов для оценки</translation>
    </message>
    <message>
        <source>No measurable effect</source>
        <translation>Измеримого эффекта нет</translation>
    </message>
    <message>
        <source>A measurable rise</source>
        <translation>Измеримый рост</translation>
    </message>
    <message>
        <source>A measurable fall</source>
        <translation>Измеримое снижение</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 п.п.</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (от %2 до %3)</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Цель: %1</translation>
    </message>
    <message>
        <source>Offer: %1 by %2</source>
        <translation>Предложение: %1, канал: %2</translation>
    </message>
    <message>
        <source>Control group: %1 % drawn within: %2; seed %3</source>
        <translation>Контрольная группа: %1 %, отбор в пределах: %2; зерно случайного выбора: %3</translation>
    </message>
    <message numerus="yes">
        <source>Response window: %n day(s) after the launch day; cost per contact %1</source>
        <translation>
            <numerusform>Период отклика: %n день после дня запуска; стоимость контакта: %1</numerusform>
            <numerusform>Период отклика: %n дня после дня запуска; стоимость контакта: %1</numerusform>
            <numerusform>Период отклика: %n дней после дня запуска; стоимость контакта: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>A draft: launch it at a target list to draw the control group and log the offers.</source>
        <translation>Черновик: запустите кампанию по целевому списку, чтобы отобрать контрольную группу и записать предложения.</translation>
    </message>
    <message>
        <source>Launched on %1 at: %2</source>
        <translation>Запущена %1; целевой список: %2</translation>
    </message>
    <message>
        <source>Purchases from %1 to %2 (the window is still open).</source>
        <translation>Покупки с %1 по %2 (период отклика ещё не закончился).</translation>
    </message>
    <message>
        <source>Purchases from %1 to %2.</source>
        <translation>Покупки с %1 по %2.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Откликнулись</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Уровень отклика</translation>
    </message>
    <message>
        <source>Revenue per customer</source>
        <translation>Выручка на клиента</translation>
    </message>
    <message>
        <source>Treated</source>
        <translation>Тестовая</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Контрольная</translation>
    </message>
    <message>
        <source>With 95 % confidence:</source>
        <translation>С доверительной вероятностью 95 %:</translation>
    </message>
    <message>
        <source>Response lift: %1</source>
        <translation>Прирост отклика: %1</translation>
    </message>
    <message>
        <source>Revenue lift per customer: %1</source>
        <translation>Прирост выручки на клиента: %1</translation>
    </message>
    <message>
        <source>Incremental revenue: %1</source>
        <translation>Дополнительная выручка: %1</translation>
    </message>
    <message>
        <source>Incremental margin: %1</source>
        <translation>Дополнительная маржа: %1</translation>
    </message>
    <message>
        <source>Cost of the contacts: %1</source>
        <translation>Затраты на контакты: %1</translation>
    </message>
    <message>
        <source>Margin after the cost: %1</source>
        <translation>Маржа за вычетом затрат: %1</translation>
    </message>
    <message>
        <source>Response: %1. Revenue: %2. After its cost: %3.</source>
        <translation>Отклик: %1. Выручка: %2. С учётом затрат: %3.</translation>
    </message>
    <message>
        <source>Launch campaign</source>
        <translation>Запуск кампании</translation>
    </message>
    <message>
        <source>The campaign goes to the customers these filters select who consent to marketing. Empty filters take everyone in use.</source>
        <translation>Кампания направляется клиентам, которых отбирают эти фильтры и которые дали согласие на маркетинговые коммуникации. Пустые фильтры означают всех действующих клиентов.</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Сегмент:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Метка:</translation>
    </message>
    <message>
        <source>Any ladder stage</source>
        <translation>Любая ступень</translation>
    </message>
    <message>
        <source>&amp;Ladder stage:</source>
        <translation>Ступень &amp;лестницы:</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>Любая группа</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Группа %1</translation>
    </message>
    <message>
        <source>&amp;Four groups:</source>
        <translation>&amp;Четыре группы:</translation>
    </message>
    <message>
        <source>Any churn status</source>
        <translation>Любой статус оттока</translation>
    </message>
    <message>
        <source>&amp;Churn status:</source>
        <translation>Статус о&amp;ттока:</translation>
    </message>
    <message>
        <source>Launch &amp;day:</source>
        <translation>&amp;День запуска:</translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation>&amp;Запустить</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>сегмент %1</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>ответственный %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>метка %1</translation>
    </message>
    <message>
        <source>all customers in use</source>
        <translation>все действующие клиенты</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;Новая кампания…</translation>
    </message>
    <message>
        <source>&amp;Launch…</source>
        <translation>&amp;Запустить…</translation>
    </message>
    <message>
        <source>Draw the control group and log an offer episode for every treated customer</source>
        <translation>Отобрать контрольную группу и записать эпизод «Предложение» для каждого клиента тестовой группы</translation>
    </message>
    <message>
        <source>E&amp;xport contact list…</source>
        <translation>&amp;Экспорт списка контактов…</translation>
    </message>
    <message>
        <source>The treated customers who consent to marketing, with e-mail and phone, for a mail merge or a calling list</source>
        <translation>Клиенты тестовой группы, давшие согласие на маркетинговые коммуникации, с эл. почтой и телефоном — для рассылки или обзвона</translation>
    </message>
    <message>
        <source>Export contact list</source>
        <translation>Экспорт списка контактов</translation>
    </message>
    <message>
        <source>Spreadsheet (*.xlsx);;CSV (*.csv)</source>
        <translation>Книги Excel (*.xlsx);;Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Launched</source>
        <translation>Запущена</translation>
    </message>
    <message>
        <source>Response lift (95 %)</source>
        <translation>Прирост отклика (95 %)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Оценка результатов…</translation>
    </message>
    <message>
        <source>Could not read the campaigns: %1</source>
        <translation>Не удалось прочитать кампании: %1</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>No campaigns yet. A campaign sends an offer to a target list and holds a random control group back, so that what the offer changed can be measured.</source>
        <translation>Кампаний ещё нет. Кампания направляет предложение клиентам из целевого списка и оставляет без него случайную контрольную группу, чтобы можно было измерить, что изменило предложение.</translation>
    </message>
    <message>
        <source>New campaign “%1”</source>
        <translation>Новая кампания «%1»</translation>
    </message>
    <message>
        <source>Launch “%1” at %2? An offer episode is logged for every treated customer; a launch cannot be undone, as the offers are then on their way.</source>
        <translation>Запустить «%1» (целевой список: %2)? Для каждого клиента тестовой группы будет записан эпизод «Предложение»; запуск нельзя отменить, так как предложения уже будут отправлены.</translation>
    </message>
    <message>
        <source>Launching…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>The campaign was not launched; nothing was changed.
%1</source>
        <translation>Кампания не запущена; ничего не изменено.
%1</translation>
    </message>
    <message>
        <source>Launched: %1 treated, %2 held back as the control group.
Left out: %3 without marketing consent, %4 contacted recently (of %5 selected).</source>
        <translation>Запущена. В тестовой группе: %1, в контрольной группе: %2.
Исключены: без согласия на маркетинговые коммуникации — %3, недавно был контакт — %4 (всего отобрано: %5).</translation>
    </message>
    <message>
        <source>The contact list was not written.
%1</source>
        <translation>Список контактов не записан.
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) written to %1</source>
        <translation>
            <numerusform>%n контакт записан в %1</numerusform>
            <numerusform>%n контакта записаны в %1</numerusform>
            <numerusform>%n контактов записано в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The response window opens on %1.</source>
        <translation>Период отклика начинается %1.</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Acquisition channel</source>
        <translation>Канал привлечения</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Уровень обслуживания</translation>
    </message>
    <message>
        <source>Each value&apos;s customers measured on their own, as they are recorded now. A small part has a wide interval, and among many parts about one in twenty misses by chance.</source>
        <translation>Клиенты каждого значения оцениваются отдельно, по их текущим данным. У небольшой части интервал широкий, а среди многих частей примерно одна из двадцати ошибается случайно.</translation>
    </message>
    <message>
        <source>Treated response</source>
        <translation>Отклик: тестовая</translation>
    </message>
    <message>
        <source>Control response</source>
        <translation>Отклик: контрольная</translation>
    </message>
    <message>
        <source>Any service level</source>
        <translation>Любой уровень обслуживания</translation>
    </message>
    <message>
        <source>Service le&amp;vel:</source>
        <translation>Уровень о&amp;бслуживания:</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Экспорт от&amp;чёта…</translation>
    </message>
    <message>
        <source>The campaign&apos;s definition, groups, lifts with their 95 % intervals and verdicts, as PDF, HTML, XLSX or CSV</source>
        <translation>Описание кампании, группы, приросты с интервалами 95 % и выводы — в PDF, HTML, XLSX или CSV</translation>
    </message>
    <message>
        <source>The selected campaign&apos;s response lift for each segment, region, owner or acquisition channel</source>
        <translation>Прирост отклика выбранной кампании по каждому сегменту, региону, ответственному или каналу привлечения</translation>
    </message>
    <message>
        <source>Whole campaign</source>
        <translation>Вся кампания</translation>
    </message>
    <message>
        <source>By segment</source>
        <translation>По сегментам</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>По регионам</translation>
    </message>
    <message>
        <source>By owner</source>
        <translation>По ответственным</translation>
    </message>
    <message>
        <source>By acquisition channel</source>
        <translation>По каналам привлечения</translation>
    </message>
    <message>
        <source>By service level</source>
        <translation>По уровням обслуживания</translation>
    </message>
    <message>
        <source>&amp;Results:</source>
        <translation>&amp;Результаты:</translation>
    </message>
    <message>
        <source>Export campaign report</source>
        <translation>Экспорт отчёта о кампании</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;HTML files (*.html);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Файлы PDF (*.pdf);;Файлы HTML (*.html);;Книги Excel (*.xlsx);;Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Measuring each value&apos;s customers…</source>
        <translation>Оценка клиентов каждого значения…</translation>
    </message>
    <message>
        <source>Could not measure: %1</source>
        <translation>Не удалось выполнить оценку: %1</translation>
    </message>
    <message>
        <source>Writing %1 …</source>
        <translation>Запись %1 …</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Не записано</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>Файл %1 не записан: %2</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Отчёт записан в %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ChurnWords</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln день</numerusform>
            <numerusform>%Ln дня</numerusform>
            <numerusform>%Ln дней</numerusform>
        </translation>
    </message>
    <message>
        <source>no purchase for %1</source>
        <comment>no purchase for 212 days</comment>
        <translation>нет покупок %1</translation>
    </message>
    <message>
        <source>recorded as lost</source>
        <translation>отмечен как потерянный</translation>
    </message>
    <message>
        <source>recorded as lost: %1</source>
        <translation>отмечен как потерянный: %1</translation>
    </message>
    <message>
        <source>%1, over %2 (%3 times the usual interval)</source>
        <comment>no purchase for 212 days, over 150 ...</comment>
        <translation>%1, больше чем %2 (%3 × обычный интервал)</translation>
    </message>
    <message>
        <source>P(alive) %1</source>
        <comment>the chance the customer still buys</comment>
        <translation>P(alive) %1</translation>
    </message>
    <message>
        <source>%1, usually one every %2</source>
        <comment>no purchase for 90 days, usually one every 40 days</comment>
        <translation>%1, обычный интервал — %2</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ComplaintsView</name>
    <message>
        <source>Compute again</source>
        <translation>Пересчитать</translation>
    </message>
    <message>
        <source>Read every episode again in the background</source>
        <translation>Заново прочитать все эпизоды в фоновом режиме</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>The figures read every episode in the background when this tab is shown.</source>
        <translation>Когда открыта эта вкладка, показатели рассчитываются по всем эпизодам в фоновом режиме.</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Жалобы</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>С ответом</translation>
    </message>
    <message>
        <source>Share answered</source>
        <translation>Доля с ответом</translation>
    </message>
    <message>
        <source>Median days to answer</source>
        <translation>Медиана дней до ответа</translation>
    </message>
    <message>
        <source>Mean days</source>
        <translation>Среднее, дней</translation>
    </message>
    <message>
        <source>Satisfaction after</source>
        <translation>Удовлетворённость после</translation>
    </message>
    <message>
        <source>The mean rating of the answer, or of the next rated episode, from -2 to +2</source>
        <translation>Средняя оценка ответа или следующего оценённого эпизода, от -2 до +2</translation>
    </message>
    <message>
        <source>Days from the complaint to the first call, meeting, e-mail, offer or service episode after it</source>
        <translation>Дней от жалобы до первого после неё звонка, встречи, письма, предложения или эпизода обслуживания</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>База данных не открыта.</translation>
    </message>
    <message>
        <source>Reading the complaints and their answers in the background…</source>
        <translation>Чтение жалоб и ответов на них в фоновом режиме…</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Не удалось прочитать показатели: %1</translation>
    </message>
    <message>
        <source>Complaints up to %1. A complaint is answered by the customer&apos;s first call, meeting, e-mail, offer or service episode after it.</source>
        <translation>Жалобы по %1. Ответом на жалобу считается первый после неё звонок, встреча, письмо, предложение или эпизод обслуживания с этим клиентом.</translation>
    </message>
    <message>
        <source>No complaints are recorded.</source>
        <translation>Жалоб не записано.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln complaint(s), %1 answered (%2). Time to answer: median %3 days, mean %4 days. Satisfaction (from -2 to +2) at the complaint %5, after the answer %6.</source>
        <translation>
            <numerusform>%Ln жалоба, с ответом: %1 (%2). Время ответа: медиана %3 дн., среднее %4 дн. Удовлетворённость (от -2 до +2): при жалобе %5, после ответа %6.</numerusform>
            <numerusform>%Ln жалобы, с ответом: %1 (%2). Время ответа: медиана %3 дн., среднее %4 дн. Удовлетворённость (от -2 до +2): при жалобе %5, после ответа %6.</numerusform>
            <numerusform>%Ln жалоб, с ответом: %1 (%2). Время ответа: медиана %3 дн., среднее %4 дн. Удовлетворённость (от -2 до +2): при жалобе %5, после ответа %6.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln customer(s) known to be unhappy (a complaint, or an episode rated -1 or -2), %1 (%2) never complained. The seeds: %3 to %4 of unhappy customers leave without complaining, so the complaints show only part of the unhappiness; ask, and answer fast.</source>
        <translation>
            <numerusform>Из %Ln клиента, о недовольстве которого известно (жалоба или эпизод с оценкой -1 или -2), ни разу не жаловались: %1 (%2). По источнику, от %3 до %4 недовольных клиентов уходят, не пожаловавшись, поэтому жалобы показывают лишь часть недовольства: спрашивайте и отвечайте быстро.</numerusform>
            <numerusform>Из %Ln клиентов, о недовольстве которых известно (жалоба или эпизод с оценкой -1 или -2), ни разу не жаловались: %1 (%2). По источнику, от %3 до %4 недовольных клиентов уходят, не пожаловавшись, поэтому жалобы показывают лишь часть недовольства: спрашивайте и отвечайте быстро.</numerusform>
            <numerusform>Из %Ln клиентов, о недовольстве которых известно (жалоба или эпизод с оценкой -1 или -2), ни разу не жаловались: %1 (%2). По источнику, от %3 до %4 недовольных клиентов уходят, не пожаловавшись, поэтому жалобы показывают лишь часть недовольства: спрашивайте и отвечайте быстро.</numerusform>
        </translation>
    </message>
    <message>
        <source>(nobody)</source>
        <comment>a customer without an owner</comment>
        <translation>(нет ответственного)</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Изменено другим пользователем</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was saved by someone else while you edited it. Nothing has been overwritten. Choose which version to keep:</source>
        <translation>Пока вы редактировали &lt;b&gt;%1&lt;/b&gt;, кто-то другой сохранил изменения. Ничего не перезаписано. Выберите, какую версию оставить:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ваша версия</translation>
    </message>
    <message>
        <source>Saved meanwhile</source>
        <translation>Сохранено за это время</translation>
    </message>
    <message>
        <source>Keep &amp;my version</source>
        <translation>Оставить &amp;мою версию</translation>
    </message>
    <message>
        <source>Keep the &amp;saved version</source>
        <translation>Оставить &amp;сохранённую версию</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Юридическое наименование</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Рынок</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Shared with the team</source>
        <translation>Доступен команде</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Acquired on</source>
        <translation>Дата привлечения</translation>
    </message>
    <message>
        <source>Acquisition cost</source>
        <translation>Стоимость привлечения</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>Внешний идентификатор</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Consent records</source>
        <translation>Записи о согласиях</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ConnectDialog</name>
    <message>
        <source>Connect to team database</source>
        <translation>Подключение к общей базе данных</translation>
    </message>
    <message>
        <source>A team shares one customer base on a PostgreSQL server. Your administrator gives you its address and your login (see docs/team.md).</source>
        <translation>Команда работает с общей клиентской базой на сервере PostgreSQL. Адрес сервера и ваш логин выдаёт администратор (см. docs/team.md).</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass</source>
        <translation>пусто: из ~/.pgpass</translation>
    </message>
    <message>
        <source>Prefer encryption</source>
        <translation>Предпочитать шифрование</translation>
    </message>
    <message>
        <source>Require encryption</source>
        <translation>Требовать шифрование</translation>
    </message>
    <message>
        <source>Require and check the server&apos;s certificate</source>
        <translation>Требовать шифрование и проверять сертификат сервера</translation>
    </message>
    <message>
        <source>No encryption (local server only)</source>
        <translation>Без шифрования (только локальный сервер)</translation>
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
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Пар&amp;оль:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Шифрование:</translation>
    </message>
    <message>
        <source>Server: required, e.g. db.example.com or localhost</source>
        <translation>Сервер: обязательное поле, например db.example.com или localhost</translation>
    </message>
    <message>
        <source>Database: required, e.g. rapport</source>
        <translation>База данных: обязательное поле, например rapport</translation>
    </message>
    <message>
        <source>Login: required, the name your administrator gave you</source>
        <translation>Логин: обязательное поле, имя, выданное администратором</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ContactPersonDialog</name>
    <message>
        <source>Edit contact person %1</source>
        <translation>Изменение контактного лица %1</translation>
    </message>
    <message>
        <source>New contact person</source>
        <translation>Новое контактное лицо</translation>
    </message>
    <message>
        <source>e.g. owner, purchasing manager</source>
        <translation>например владелец, менеджер по закупкам</translation>
    </message>
    <message>
        <source>Decides on purchases</source>
        <translation>Принимает решения о закупках</translation>
    </message>
    <message>
        <source>A change of who decides is recorded as an episode: it is a known cause of churn</source>
        <translation>Смена лица, принимающего решения, записывается как эпизод: это известная причина оттока</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;E-mails:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>&amp;Телефоны:</translation>
    </message>
    <message>
        <source>In the role:</source>
        <translation>В роли:</translation>
    </message>
    <message>
        <source>&amp;from</source>
        <translation>&amp;с</translation>
    </message>
    <message>
        <source>&amp;until (the role ended)</source>
        <translation>&amp;по (роль завершена)</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Until: the role cannot end before it began (%1)</source>
        <translation>По: роль не может завершиться раньше, чем началась (%1)</translation>
    </message>
    <message>
        <source>Please correct:</source>
        <translation>Исправьте:</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ContactPersonsTab</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Decides</source>
        <translation>ЛПР</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Active to</source>
        <translation>Действует по</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>&amp;Add contact person…</source>
        <translation>&amp;Добавить контактное лицо…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>E&amp;nd role…</source>
        <translation>&amp;Завершить роль…</translation>
    </message>
    <message>
        <source>The person is no longer the contact: the record stays as history</source>
        <translation>Лицо больше не является контактом: запись сохраняется как история</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>No longer the contact: kept as history</source>
        <translation>Больше не контакт: сохранено как история</translation>
    </message>
    <message>
        <source>New contact who decides: %1 (%2)</source>
        <translation>Новый контакт, принимающий решения: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2) is no longer the contact from %3</source>
        <translation>%1 (%2) больше не является контактом с %3</translation>
    </message>
    <message>
        <source>%1 (%2) now decides</source>
        <translation>%1 (%2) теперь принимает решения</translation>
    </message>
    <message>
        <source>%1 (%2) no longer decides</source>
        <translation>%1 (%2) больше не принимает решения</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Ничего не изменено: %1</translation>
    </message>
    <message>
        <source>Add contact person %1</source>
        <translation>Добавление контактного лица %1</translation>
    </message>
    <message>
        <source>Edit contact person %1</source>
        <translation>Изменение контактного лица %1</translation>
    </message>
    <message>
        <source>End role of %1</source>
        <translation>Завершение роли: %1</translation>
    </message>
    <message>
        <source>%1 stays on the card as history. Add the successor as a new contact person.</source>
        <translation>%1 остаётся в карточке как история. Добавьте преемника как новое контактное лицо.</translation>
    </message>
    <message>
        <source>&amp;Last day in the role:</source>
        <translation>&amp;Последний день в роли:</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CostLineDialog</name>
    <message>
        <source>Cost line</source>
        <translation>Статья затрат</translation>
    </message>
    <message>
        <source>e.g. 1250.00</source>
        <translation>например 1250,00</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <source>&amp;Line:</source>
        <translation>&amp;Статья:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>С&amp;умма:</translation>
    </message>
    <message>
        <source>Amount: expected an amount such as 1250.00, got &quot;%1&quot;</source>
        <translation>Сумма: ожидается сумма вида 1250,00, получено «%1»</translation>
    </message>
    <message>
        <source>Amount: a cost cannot be negative</source>
        <translation>Сумма: затраты не могут быть отрицательными</translation>
    </message>
    <message>
        <source>Please correct:</source>
        <translation>Исправьте:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a line of table 7.3: its number and name</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Cost line for %Ln customer(s)</source>
        <translation>
            <numerusform>Статья затрат для %Ln клиента</numerusform>
            <numerusform>Статья затрат для %Ln клиентов</numerusform>
            <numerusform>Статья затрат для %Ln клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Spread the amount over the %Ln customer(s) (else each gets it)</source>
        <translation>
            <numerusform>&amp;Распределить сумму между %Ln клиентом (иначе каждому — вся сумма)</numerusform>
            <numerusform>&amp;Распределить сумму между %Ln клиентами (иначе каждому — вся сумма)</numerusform>
            <numerusform>&amp;Распределить сумму между %Ln клиентами (иначе каждому — вся сумма)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::CostsTab</name>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Cost line (table 7.3)</source>
        <translation>Статья затрат (табл. 7.3)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>&amp;Add cost…</source>
        <translation>&amp;Добавить затраты…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Cost %1</source>
        <translation>Затраты «%1»</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Ничего не изменено: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cost %1 for %Ln customer(s)</source>
        <translation>
            <numerusform>Затраты «%1» для %Ln клиента</numerusform>
            <numerusform>Затраты «%1» для %Ln клиентов</numerusform>
            <numerusform>Затраты «%1» для %Ln клиентов</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete cost %1 %2</source>
        <comment>a cost line and its year</comment>
        <translation>Удаление затрат «%1» за %2 год</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CurrencyDialog</name>
    <message>
        <source>Choose the currency</source>
        <translation>Выбор валюты</translation>
    </message>
    <message>
        <source>This database does not say which currency its amounts are in, so they are shown as plain numbers. Choose the currency they are in; Edit &gt; Currency… changes it later.</source>
        <translation>В этой базе данных не указано, в какой валюте записаны суммы, поэтому они показываются как простые числа. Выберите их валюту (позже её можно изменить командой Правка &gt; Валюта…).</translation>
    </message>
    <message>
        <source>Currency of this database</source>
        <translation>Валюта этой базы данных</translation>
    </message>
    <message>
        <source>This database has no currency yet: its amounts are shown as plain numbers.</source>
        <translation>У этой базы данных ещё нет валюты: суммы показываются как простые числа.</translation>
    </message>
    <message>
        <source>Every amount in this database is in %1.</source>
        <translation>Валюта всех сумм в этой базе данных: %1.</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>&amp;Set currency</source>
        <translation>&amp;Задать валюту</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Не сейчас</translation>
    </message>
    <message>
        <source>&amp;Change currency</source>
        <translation>&amp;Сменить валюту</translation>
    </message>
    <message>
        <source>This is the currency of the database now; nothing changes.</source>
        <translation>Это текущая валюта базы данных; ничего не изменится.</translation>
    </message>
    <message>
        <source>Amounts are not converted; every amount in this database will be shown in %1.</source>
        <translation>Суммы не пересчитываются: все суммы в этой базе данных будут показаны в валюте %1.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomerDetailsView</name>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Edit the profile (Ctrl+E); Edit &gt; Undo takes it back</source>
        <translation>Изменить профиль (Ctrl+E); Правка &gt; Отменить возвращает всё как было</translation>
    </message>
    <message>
        <source>Log episode…</source>
        <translation>Записать эпизод…</translation>
    </message>
    <message>
        <source>Log a call, meeting, purchase … with this customer (Ctrl+L)</source>
        <translation>Записать звонок, встречу, покупку … с этим клиентом (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Профиль</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>&amp;Отношения</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Контакты</translation>
    </message>
    <message>
        <source>Contact persons at the customer, past ones kept</source>
        <translation>Контактные лица клиента, включая прежних</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Все каналы</translation>
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
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Удовлетворённость</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Повторный контакт</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>&amp;Episodes</source>
        <translation>&amp;Эпизоды</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>З&amp;адачи</translation>
    </message>
    <message>
        <source>C&amp;osts</source>
        <translation>&amp;Затраты</translation>
    </message>
    <message>
        <source>&amp;Lost</source>
        <translation>По&amp;теря</translation>
    </message>
    <message>
        <source>A lost customer: when, why, and the win-back</source>
        <translation>Потерянный клиент: когда, почему и попытки вернуть</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Клиент не выбран</translation>
    </message>
    <message>
        <source>Choose a customer in the list to see the profile, contact persons and episodes.</source>
        <translation>Выберите клиента в списке, чтобы увидеть профиль, контактных лиц и эпизоды.</translation>
    </message>
    <message>
        <source>Customer #%1 no longer exists</source>
        <translation>Клиента №%1 больше нет</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Юридическое наименование</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
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
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>Привлечён</translation>
    </message>
    <message>
        <source>Not yet (prospect)</source>
        <translation>Ещё нет (потенциальный покупатель)</translation>
    </message>
    <message>
        <source>Acquisition cost</source>
        <translation>Стоимость привлечения</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Предпочтительный канал</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Интересы</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>Размер домохозяйства</translation>
    </message>
    <message>
        <source>Income band</source>
        <translation>Уровень дохода</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Не записано</translation>
    </message>
    <message>
        <source>Processing: %1, marketing: %2</source>
        <translation>Обработка данных: %1, маркетинг: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>Внешний идентификатор</translation>
    </message>
    <message>
        <source>Could not read customer #%1</source>
        <translation>Не удалось прочитать клиента №%1</translation>
    </message>
    <message>
        <source>%1, done</source>
        <translation>%1, выполнен</translation>
    </message>
    <message>
        <source>%1, open</source>
        <translation>%1, открыт</translation>
    </message>
    <message>
        <source>Critical episode</source>
        <translation>Критический эпизод</translation>
    </message>
    <message>
        <source>Historical value</source>
        <translation>Историческая ценность</translation>
    </message>
    <message>
        <source>Revenue %1, margin %2</source>
        <translation>Выручка %1, маржа %2</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Анализ</translation>
    </message>
    <message>
        <source>Scores below are from an earlier analysis run; the details appear when the analysis has run in this session (Analytics page).</source>
        <translation>Показатели ниже взяты из предыдущего запуска анализа; подробности появятся, когда анализ будет выполнен в этом сеансе (страница «Аналитика»).</translation>
    </message>
    <message>
        <source>No analysis has run yet: open the Analytics page to run it.</source>
        <translation>Анализ ещё не запускался: откройте страницу «Аналитика», чтобы запустить его.</translation>
    </message>
    <message>
        <source>Predicted value</source>
        <translation>Прогнозная ценность</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(alive)</translation>
    </message>
    <message>
        <source>%1: the chance this customer still buys, from the purchase model</source>
        <translation>%1: вероятность, что клиент всё ещё покупает (по модели покупок)</translation>
    </message>
    <message>
        <source>Ladder stage</source>
        <translation>Ступень лестницы</translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation>Задано вручную</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Set stage by hand…</source>
        <translation>Задать ступень вручную…</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>История ступеней</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Отток</translation>
    </message>
    <message>
        <source>Left on %1</source>
        <translation>Уход: %1</translation>
    </message>
    <message>
        <source>Reason: %1. %2</source>
        <translation>Причина: %1. %2</translation>
    </message>
    <message>
        <source>Longevity</source>
        <translation>Длительность отношений</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>%1 год</translation>
    </message>
    <message>
        <source>Purchases %1, revenue %2, profit from sales %3, relationship costs %4, profitability %5</source>
        <translation>Покупки: %1, выручка: %2, прибыль от продаж: %3, затраты на отношения: %4, прибыльность: %5</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Co-creation</source>
        <translation>Совместное создание</translation>
    </message>
    <message>
        <source>Critical episodes</source>
        <translation>Критические эпизоды</translation>
    </message>
    <message>
        <source>%1 on average (−2 … +2), ratings: %2</source>
        <translation>в среднем %1 (−2 … +2), оценок: %2</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Жалобы</translation>
    </message>
    <message>
        <source>Set ladder stage</source>
        <translation>Установка ступени лестницы</translation>
    </message>
    <message>
        <source>Ladder stage back to the rules</source>
        <translation>Возврат ступени лестницы к правилам</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Изменение: %1</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Изменение клиента</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>Изменение не сохранено: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · customer #%3</source>
        <comment>kind · market · number</comment>
        <translation>%1 · %2 · клиент №%3</translation>
    </message>
    <message>
        <source>%1 · archived on %2 (hidden from lists and analyses)</source>
        <translation>%1 · в архиве с %2 (скрыт из списков и анализа)</translation>
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
        <translation>Не удаётся прочитать карточку клиента: %1</translation>
    </message>
    <message>
        <source>%1 (critical)</source>
        <comment>an episode kind</comment>
        <translation>%1 (критический)</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln episode(s) shown, newest first: double-click or press Enter here for older ones</source>
        <translation>
            <numerusform>Показано %L1 из %Ln эпизода, сначала новые; чтобы увидеть более старые, дважды щёлкните здесь или нажмите Enter</numerusform>
            <numerusform>Показано %L1 из %Ln эпизодов, сначала новые; чтобы увидеть более старые, дважды щёлкните здесь или нажмите Enter</numerusform>
            <numerusform>Показано %L1 из %Ln эпизодов, сначала новые; чтобы увидеть более старые, дважды щёлкните здесь или нажмите Enter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown, newest first: double-click or press Enter here for older ones</source>
        <translation>
            <numerusform>Показано: %Ln, сначала новые; чтобы увидеть более старые, дважды щёлкните здесь или нажмите Enter</numerusform>
            <numerusform>Показано: %Ln, сначала новые; чтобы увидеть более старые, дважды щёлкните здесь или нажмите Enter</numerusform>
            <numerusform>Показано: %Ln, сначала новые; чтобы увидеть более старые, дважды щёлкните здесь или нажмите Enter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 over the next %Ln month(s), discounted %2 a month</source>
        <translation>
            <numerusform>%1 за следующий %Ln месяц с дисконтированием %2 в месяц</numerusform>
            <numerusform>%1 за следующие %Ln месяца с дисконтированием %2 в месяц</numerusform>
            <numerusform>%1 за следующие %Ln месяцев с дисконтированием %2 в месяц</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (set by hand)</source>
        <comment>a ladder stage</comment>
        <translation>%1 (задано вручную)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>a ladder stage reached on a date</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>churn status: why</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (value at stake %2)</source>
        <translation>%1 (ценность под угрозой: %2)</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>Причина: %1.</translation>
    </message>
    <message>
        <source>%1 months since the first episode (%2)</source>
        <comment>%1 has one decimal, e.g. 14.5</comment>
        <translation>%1 мес. с первого эпизода (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln, of which %1 answered</source>
        <comment>complaints</comment>
        <translation>
            <numerusform>%Ln, из них с ответом: %1</numerusform>
            <numerusform>%Ln, из них с ответом: %1</numerusform>
            <numerusform>%Ln, из них с ответом: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: preventive contact every %Ln day(s)</source>
        <translation>
            <numerusform>%1: профилактический контакт раз в %Ln день</numerusform>
            <numerusform>%1: профилактический контакт раз в %Ln дня</numerusform>
            <numerusform>%1: профилактический контакт раз в %Ln дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Entitles to: %1</source>
        <translation>Даёт право на: %1</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Уровень обслуживания</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <comment>a service level held from a date</comment>
        <translation>%1 с %2</translation>
    </message>
    <message>
        <source>no level</source>
        <translation>нет уровня</translation>
    </message>
    <message>
        <source>Level history</source>
        <translation>История уровней</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomerDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Изменение: %1</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>Consumer (B2C)</source>
        <translation>Потребитель (B2C)</translation>
    </message>
    <message>
        <source>Business (B2B)</source>
        <translation>Бизнес (B2B)</translation>
    </message>
    <message>
        <source>Every sales manager of the team may see and edit it</source>
        <translation>Видеть и изменять его может любой менеджер по продажам команды</translation>
    </message>
    <message>
        <source>Several separated by commas</source>
        <translation>Несколько — через запятую</translation>
    </message>
    <message>
        <source>Several separated by commas, e.g. +48 601 234 567</source>
        <translation>Несколько — через запятую, например +7 912 345-67-89</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>&amp;Юридическое наименование:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Market:</source>
        <translation>&amp;Рынок:</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Сегмент:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>S&amp;hared:</source>
        <translation>Об&amp;щий доступ:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Улица:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Почтовый индекс:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Город:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Регион:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Страна:</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Идентификация</translation>
    </message>
    <message>
        <source>Acquired (a customer, no longer a prospect)</source>
        <translation>Привлечён (покупатель, уже не потенциальный)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Нет предпочтений</translation>
    </message>
    <message>
        <source>Interests and preferences, separated by commas</source>
        <translation>Интересы и предпочтения через запятую</translation>
    </message>
    <message>
        <source>Consents to the processing of personal data</source>
        <translation>Согласен на обработку персональных данных</translation>
    </message>
    <message>
        <source>Consents to marketing</source>
        <translation>Согласен на маркетинговые коммуникации</translation>
    </message>
    <message>
        <source>Acquired on:</source>
        <translation>Дата привлечения:</translation>
    </message>
    <message>
        <source>Acquired via:</source>
        <translation>Канал привлечения:</translation>
    </message>
    <message>
        <source>Acquisition cost:</source>
        <translation>Стоимость привлечения:</translation>
    </message>
    <message>
        <source>Preferred channel:</source>
        <translation>Предпочтительный канал:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Метки:</translation>
    </message>
    <message>
        <source>Household size:</source>
        <translation>Размер домохозяйства:</translation>
    </message>
    <message>
        <source>Income band:</source>
        <translation>Уровень дохода:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Согласие:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Отношения</translation>
    </message>
    <message>
        <source>Acquisition cost: expected an amount such as 120.50, got &quot;%1&quot;</source>
        <translation>Стоимость привлечения: ожидается сумма вида 120,50, получено «%1»</translation>
    </message>
    <message>
        <source>Please correct:</source>
        <translation>Исправьте:</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomerListModel</name>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
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
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Посл. контакт</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Покупки</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Ступень</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Отток</translation>
    </message>
    <message>
        <source>Predicted value</source>
        <translation>Прогнозная ценность</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(alive)</translation>
    </message>
    <message>
        <source>Level</source>
        <comment>service level, a column header</comment>
        <translation>Уровень</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomersPage</name>
    <message>
        <source>Search customers by name, e-mail, phone, tag or contact person (Ctrl+F)</source>
        <translation>Поиск клиентов по имени, эл. почте, телефону, метке или контактному лицу (Ctrl+F)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Sales manager responsible</source>
        <translation>Ответственный менеджер по продажам</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Ступень</translation>
    </message>
    <message>
        <source>Stage on the relationship ladder (last analysis)</source>
        <translation>Ступень лестницы лояльности (последний анализ)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Group by purchase cost and frequency (last analysis)</source>
        <translation>Группа по стоимости и частоте покупок (последний анализ)</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Отток</translation>
    </message>
    <message>
        <source>Churn status (last analysis)</source>
        <translation>Статус оттока (последний анализ)</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Interest or tag</source>
        <translation>Интерес или метка</translation>
    </message>
    <message>
        <source>Archived customers are hidden from lists and analyses until restored</source>
        <translation>Клиенты в архиве скрыты из списков и анализа до восстановления</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Действующие</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>In use and archived</source>
        <translation>Действующие и в архиве</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Выбранные</translation>
    </message>
    <message>
        <source>Acts on the selected customers (Shift or Ctrl to select several)</source>
        <translation>Действия с выбранными клиентами (несколько — с Shift или Ctrl)</translation>
    </message>
    <message>
        <source>Assign &amp;owner…</source>
        <translation>Назначить &amp;ответственного…</translation>
    </message>
    <message>
        <source>Add &amp;tag…</source>
        <translation>Добавить &amp;метку…</translation>
    </message>
    <message>
        <source>Add &amp;cost line…</source>
        <translation>Добавить статью &amp;затрат…</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>В &amp;архив…</translation>
    </message>
    <message>
        <source>Hide from lists and analyses, keeping the whole history; Restore brings back</source>
        <translation>Скрыть из списков и анализа, сохранив всю историю; вернуть можно командой «Вернуть из архива»</translation>
    </message>
    <message>
        <source>&amp;Restore from archive</source>
        <translation>&amp;Вернуть из архива</translation>
    </message>
    <message>
        <source>A cost line of table 7.3 for each selected customer, or spread over them</source>
        <translation>Статья затрат из табл. 7.3 для каждого выбранного клиента или распределённая между ними</translation>
    </message>
    <message>
        <source>&amp;Export selection (XLSX, CSV or vCard)…</source>
        <translation>&amp;Экспорт выбранных (XLSX, CSV или vCard)…</translation>
    </message>
    <message>
        <source>Reading customers failed: %1</source>
        <translation>Не удалось прочитать клиентов: %1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>Count unavailable</source>
        <translation>Количество недоступно</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Архивирование</translation>
    </message>
    <message>
        <source>Archive customers (%L1)</source>
        <translation>Архивирование клиентов (%L1)</translation>
    </message>
    <message>
        <source>Restore customers (%L1)</source>
        <translation>Восстановление клиентов (%L1)</translation>
    </message>
    <message>
        <source>The selected customers are archived already.</source>
        <translation>Выбранные клиенты уже в архиве.</translation>
    </message>
    <message>
        <source>None of the selected customers is archived.</source>
        <translation>Ни один из выбранных клиентов не находится в архиве.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Ничего не изменено: %1</translation>
    </message>
    <message>
        <source>Selection (%L1)</source>
        <translation>Выбранные (%L1)</translation>
    </message>
    <message>
        <source>Assign owner</source>
        <translation>Назначение ответственного</translation>
    </message>
    <message>
        <source>Sales manager responsible for the selected customers (%L1):</source>
        <translation>Ответственный менеджер по продажам для выбранных клиентов (%L1):</translation>
    </message>
    <message>
        <source>Assign owner %1 to customers (%L2)</source>
        <translation>Назначение ответственного %1 клиентам (%L2)</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Добавление метки</translation>
    </message>
    <message>
        <source>Tag (an interest or preference) for the selected customers (%L1):</source>
        <translation>Метка (интерес или предпочтение) для выбранных клиентов (%L1):</translation>
    </message>
    <message>
        <source>Tag customers (%L1) with %2</source>
        <translation>Метка «%2» для клиентов (%L1)</translation>
    </message>
    <message>
        <source>Export selected customers</source>
        <translation>Экспорт выбранных клиентов</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv);;vCard files (*.vcf)</source>
        <translation>Книги Excel (*.xlsx);;Файлы CSV (*.csv);;Файлы vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>%1; shows all when its name is chosen</source>
        <translation>%1; при выборе пункта с названием фильтра показываются все</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln клиент</numerusform>
            <numerusform>%Ln клиента</numerusform>
            <numerusform>%Ln клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive the %Ln selected customer(s)? They leave the lists and the analyses but keep their history; Restore from archive, or Edit &gt; Undo, brings them back.</source>
        <translation>
            <numerusform>Отправить %Ln выбранного клиента в архив? Клиент исчезнет из списков и анализа, но сохранит историю; вернуть его можно командой «Вернуть из архива» или через Правка &gt; Отменить.</numerusform>
            <numerusform>Отправить %Ln выбранных клиентов в архив? Они исчезнут из списков и анализа, но сохранят историю; вернуть их можно командой «Вернуть из архива» или через Правка &gt; Отменить.</numerusform>
            <numerusform>Отправить %Ln выбранных клиентов в архив? Они исчезнут из списков и анализа, но сохранят историю; вернуть их можно командой «Вернуть из архива» или через Правка &gt; Отменить.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln customer(s) …</source>
        <translation>
            <numerusform>Экспорт %Ln клиента …</numerusform>
            <numerusform>Экспорт %Ln клиентов …</numerusform>
            <numerusform>Экспорт %Ln клиентов …</numerusform>
        </translation>
    </message>
    <message>
        <source>the file could not be written completely (is the disk full?)</source>
        <translation>файл не удалось записать полностью (диск заполнен?)</translation>
    </message>
    <message>
        <source>the file cannot be created</source>
        <translation>не удаётся создать файл</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln customer(s) to %1</source>
        <translation>
            <numerusform>%Ln клиент экспортирован в %1</numerusform>
            <numerusform>%Ln клиента экспортированы в %1</numerusform>
            <numerusform>%Ln клиентов экспортированы в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Level</source>
        <comment>service level, a filter</comment>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Service level (last analysis)</source>
        <translation>Уровень обслуживания (последний анализ)</translation>
    </message>
    <message>
        <source>Stage, group, churn status and level are those of the last analysis run (Analytics &gt; Run analysis, F5 on the Analytics page).</source>
        <translation>Ступень, группа, статус оттока и уровень — по последнему запуску анализа (Аналитика &gt; Запустить анализ, F5 на странице «Аналитика»).</translation>
    </message>
    <message>
        <source>No level</source>
        <translation>Нет уровня</translation>
    </message>
</context>
<context>
    <name>rapport::ui::DashboardPage</name>
    <message>
        <source>Active customers
(bought in the window)</source>
        <translation>Активные клиенты
(покупали за период)</translation>
    </message>
    <message>
        <source>Revenue in the window</source>
        <translation>Выручка за период</translation>
    </message>
    <message>
        <source>Top 20 % of customers&apos; share of revenue
(benchmark: 80 %)</source>
        <translation>Доля выручки от лучших 20 % клиентов
(ориентир: 80 %)</translation>
    </message>
    <message>
        <source>Churn of last year&apos;s buyers
(lost: recorded · lapsed: by rule)</source>
        <translation>Отток покупателей прошлого года
(потеряны: отмечено · неактивны: по правилу)</translation>
    </message>
    <message>
        <source>Customers at risk</source>
        <translation>Клиенты под угрозой</translation>
    </message>
    <message>
        <source>Relationship ladder</source>
        <translation>Лестница лояльности</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Ступень</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Climbed in the window</source>
        <translation>Поднялись за период</translation>
    </message>
    <message>
        <source>Four groups by purchase cost and frequency</source>
        <translation>Четыре группы по стоимости и частоте покупок</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Share of
revenue</source>
        <translation>Доля
выручки</translation>
    </message>
    <message>
        <source>Average
revenue</source>
        <translation>Средняя
выручка</translation>
    </message>
    <message>
        <source>At risk, by value at stake (double-click opens the customer)</source>
        <translation>Под угрозой, по ценности под угрозой (двойной щелчок открывает клиента)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Value at
stake</source>
        <translation>Ценность
под угрозой</translation>
    </message>
    <message>
        <source>Days since
last purchase</source>
        <translation>Дней с последней
покупки</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>What is due (double-click opens the customer)</source>
        <translation>Что на очереди (двойной щелчок открывает клиента)</translation>
    </message>
    <message>
        <source>All follow-ups on the Episodes page</source>
        <translation>Все повторные контакты на странице «Эпизоды»</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Повторные контакты</translation>
    </message>
    <message>
        <source>Whose tasks: yours, a colleague&apos;s or everyone&apos;s</source>
        <translation>Чьи задачи: ваши, коллеги или всех</translation>
    </message>
    <message>
        <source>&amp;Whose:</source>
        <translation>&amp;Чьи:</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Задачи</translation>
    </message>
    <message>
        <source>Nothing due.</source>
        <translation>Ничего не запланировано.</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Показать ещё</translation>
    </message>
    <message>
        <source>Analysing the customer base in the background; the figures appear when it is done. Follow-ups are already listed.</source>
        <translation>Клиентская база анализируется в фоновом режиме; показатели появятся по завершении. Повторные контакты уже показаны.</translation>
    </message>
    <message>
        <source>No analysis yet. It runs in the background when a database opens, and again with View &gt; Run analysis (F5).</source>
        <translation>Анализа ещё нет. Он запускается в фоновом режиме при открытии базы данных и повторно — через Вид &gt; Запустить анализ (F5).</translation>
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
        <translation>Под угрозой никого нет.</translation>
    </message>
    <message>
        <source>All at risk in the customer list</source>
        <translation>Все клиенты под угрозой в списке клиентов</translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Mine (%1)</source>
        <translation>Мои (%1)</translation>
    </message>
    <message>
        <source>&amp;Tasks (%L1+)</source>
        <comment>more than this many</comment>
        <translation>&amp;Задачи (%L1+)</translation>
    </message>
    <message>
        <source>&amp;Tasks (%L1)</source>
        <translation>&amp;Задачи (%L1)</translation>
    </message>
    <message numerus="yes">
        <source>Analysis of %Ln customer(s) up to %1 (window %2 – %3), %4 model.</source>
        <translation>
            <numerusform>Анализ %Ln клиента на %1 (период %2 – %3), модель %4.</numerusform>
            <numerusform>Анализ %Ln клиентов на %1 (период %2 – %3), модель %4.</numerusform>
            <numerusform>Анализ %Ln клиентов на %1 (период %2 – %3), модель %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lost</source>
        <comment>customers</comment>
        <translation>
            <numerusform>Потеряно: %Ln</numerusform>
            <numerusform>Потеряно: %Ln</numerusform>
            <numerusform>Потеряно: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lapsed now</source>
        <comment>customers</comment>
        <translation>
            <numerusform>Неактивны сейчас: %Ln</numerusform>
            <numerusform>Неактивны сейчас: %Ln</numerusform>
            <numerusform>Неактивны сейчас: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln) lost</source>
        <comment>share (number) of customers</comment>
        <translation>
            <numerusform>Потеряно: %1 (%Ln)</numerusform>
            <numerusform>Потеряно: %1 (%Ln)</numerusform>
            <numerusform>Потеряно: %1 (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln) lapsed</source>
        <comment>share (number) of customers</comment>
        <translation>
            <numerusform>Стали неактивными: %1 (%Ln)</numerusform>
            <numerusform>Стали неактивными: %1 (%Ln)</numerusform>
            <numerusform>Стали неактивными: %1 (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln shown, the most valuable first.</source>
        <translation>
            <numerusform>Показаны все (%Ln), сначала самые ценные.</numerusform>
            <numerusform>Показаны все (%Ln), сначала самые ценные.</numerusform>
            <numerusform>Показаны все (%Ln), сначала самые ценные.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln shown, the most valuable first.</source>
        <translation>
            <numerusform>Показано %L1 из %Ln, сначала самые ценные.</numerusform>
            <numerusform>Показано %L1 из %Ln, сначала самые ценные.</numerusform>
            <numerusform>Показано %L1 из %Ln, сначала самые ценные.</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs &amp;attention</source>
        <translation>Требуют &amp;внимания</translation>
    </message>
    <message>
        <source>Needs &amp;attention (%L1)</source>
        <translation>Требуют &amp;внимания (%L1)</translation>
    </message>
    <message>
        <source>Wi&amp;n-back</source>
        <translation>В&amp;озвращение клиентов</translation>
    </message>
    <message>
        <source>Wi&amp;n-back (%L1)</source>
        <translation>В&amp;озвращение клиентов (%L1)</translation>
    </message>
</context>
<context>
    <name>rapport::ui::DatabaseOpening</name>
    <message>
        <source>Opening database</source>
        <translation>Открытие базы данных</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Открытие %1…</translation>
    </message>
    <message>
        <source>Stopping; %1 is left as it was…</source>
        <translation>Остановка; %1 остаётся без изменений…</translation>
    </message>
    <message>
        <source>%1 was written by an older version of Rapport. Before it is upgraded, a copy of it is kept beside it…</source>
        <translation>%1 записан более старой версией Rapport. Перед обновлением рядом с ним сохраняется его копия…</translation>
    </message>
    <message>
        <source>Upgrading %1 for this version of Rapport…</source>
        <translation>Обновление %1 для этой версии Rapport…</translation>
    </message>
</context>
<context>
    <name>rapport::ui::DateEdit</name>
    <message>
        <source>Type a date such as %1 or %2, or pick one from the calendar (Alt+Down)</source>
        <translation>Введите дату, например %1 или %2, или выберите её в календаре (Alt+Down)</translation>
    </message>
    <message>
        <source>Pick from a calendar</source>
        <translation>Выбрать в календаре</translation>
    </message>
</context>
<context>
    <name>rapport::ui::DemoDataJob</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Демонстрационные данные</translation>
    </message>
    <message numerus="yes">
        <source>Generating demo data: %Ln customer(s) with three years of history…</source>
        <translation>
            <numerusform>Создание демонстрационных данных: %Ln клиент с историей за три года…</numerusform>
            <numerusform>Создание демонстрационных данных: %Ln клиента с историей за три года…</numerusform>
            <numerusform>Создание демонстрационных данных: %Ln клиентов с историей за три года…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::DimensionView</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a money column&apos;s header: its title (the currency)</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Acquisition channel</source>
        <translation>Канал привлечения</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Уровень обслуживания</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Разрез:</translation>
    </message>
    <message>
        <source>Compute again</source>
        <translation>Пересчитать</translation>
    </message>
    <message>
        <source>Read the whole base again in the background</source>
        <translation>Заново прочитать всю базу в фоновом режиме</translation>
    </message>
    <message>
        <source>Share of the base&apos;s revenue</source>
        <translation>Доля в выручке всей базы</translation>
    </message>
    <message>
        <source>What acquiring these customers cost</source>
        <translation>Затраты на привлечение этих клиентов</translation>
    </message>
    <message>
        <source>Acquisition cost per customer</source>
        <translation>Стоимость привлечения на клиента</translation>
    </message>
    <message>
        <source>The predicted value of the last stored scores</source>
        <translation>Прогнозная ценность по последним сохранённым оценкам</translation>
    </message>
    <message>
        <source>Predicted value per unit of acquisition cost</source>
        <translation>Прогнозная ценность на единицу стоимости привлечения</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Группа %1</translation>
    </message>
    <message>
        <source>No purchase</source>
        <translation>Нет покупок</translation>
    </message>
    <message>
        <source>No purchase in the last analysis&apos; window</source>
        <translation>Нет покупок за период последнего анализа</translation>
    </message>
    <message>
        <source>The figures read the whole base in the background when this tab is shown.</source>
        <translation>Когда открыта эта вкладка, показатели рассчитываются по всей базе в фоновом режиме.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>База данных не открыта.</translation>
    </message>
    <message>
        <source>Reading the customers in the background…</source>
        <translation>Чтение клиентов в фоновом режиме…</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Не удалось прочитать показатели: %1</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Маржа</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Acq. cost</source>
        <translation>Стоим. привлеч.</translation>
    </message>
    <message>
        <source>Per customer</source>
        <translation>На клиента</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>Predicted / cost</source>
        <translation>Прогноз / затраты</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s); the four groups, churn and predicted values are those of the last stored scores.</source>
        <translation>
            <numerusform>%Ln клиент; четыре группы, отток и прогнозная ценность — по последним сохранённым оценкам.</numerusform>
            <numerusform>%Ln клиента; четыре группы, отток и прогнозная ценность — по последним сохранённым оценкам.</numerusform>
            <numerusform>%Ln клиентов; четыре группы, отток и прогнозная ценность — по последним сохранённым оценкам.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s); no analysis run has stored scores yet, so the four groups, churn and predicted values are empty (Run analysis, then store the scores).</source>
        <translation>
            <numerusform>%Ln клиент; ни один запуск анализа ещё не сохранил оценки, поэтому четыре группы, отток и прогнозная ценность не заполнены (запустите анализ, затем сохраните оценки).</numerusform>
            <numerusform>%Ln клиента; ни один запуск анализа ещё не сохранил оценки, поэтому четыре группы, отток и прогнозная ценность не заполнены (запустите анализ, затем сохраните оценки).</numerusform>
            <numerusform>%Ln клиентов; ни один запуск анализа ещё не сохранил оценки, поэтому четыре группы, отток и прогнозная ценность не заполнены (запустите анализ, затем сохраните оценки).</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
</context>
<context>
    <name>rapport::ui::DuplicateHint</name>
    <message>
        <source>Open the &amp;existing one</source>
        <translation>Открыть &amp;существующего</translation>
    </message>
    <message>
        <source>same e-mail %1</source>
        <translation>та же эл. почта %1</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation>тот же телефон %1</translation>
    </message>
    <message>
        <source>a similar name</source>
        <translation>похожее имя</translation>
    </message>
    <message>
        <source>Possibly in the base already (%1): %2 — %3</source>
        <translation>Возможно, уже есть в базе (%1): %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln or more customers with a similar name, e.g.</source>
        <translation>
            <numerusform>%Ln клиент или более с похожим именем, например</numerusform>
            <numerusform>%Ln клиента или более с похожим именем, например</numerusform>
            <numerusform>%Ln клиентов или более с похожим именем, например</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers with a similar name, e.g.</source>
        <translation>
            <numerusform>%Ln клиент с похожим именем, например</numerusform>
            <numerusform>%Ln клиента с похожим именем, например</numerusform>
            <numerusform>%Ln клиентов с похожим именем, например</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1</source>
        <comment>a customer&apos;s number</comment>
        <translation>№%1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Поиск дубликатов</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>&amp;Open first</source>
        <translation>&amp;Открыть первого</translation>
    </message>
    <message>
        <source>&amp;Merge into the first…</source>
        <translation>Объ&amp;единить с первым…</translation>
    </message>
    <message>
        <source>Looking for customers who share an e-mail or phone or have nearly the same name …</source>
        <translation>Поиск клиентов с общей эл. почтой или телефоном либо почти одинаковым именем …</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Поиск не удался: %1</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>№%1</translation>
    </message>
    <message>
        <source>No probable duplicates.</source>
        <translation>Вероятных дубликатов нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n probable duplicate(s). Open the first to compare; merging moves everything of the others onto the first and cannot be undone.</source>
        <translation>
            <numerusform>Найден %n вероятный дубликат. Откройте первый для сравнения; объединение переносит всё из остальных в первый и не может быть отменено.</numerusform>
            <numerusform>Найдено %n вероятных дубликата. Откройте первый для сравнения; объединение переносит всё из остальных в первый и не может быть отменено.</numerusform>
            <numerusform>Найдено %n вероятных дубликатов. Откройте первый для сравнения; объединение переносит всё из остальных в первый и не может быть отменено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Объединение клиентов</translation>
    </message>
    <message>
        <source>Move the episodes, contact persons, tasks, costs and contact data of %1 onto customer #%2 and remove them? A merge cannot be undone, and Edit &gt; Undo forgets the changes made before it.</source>
        <translation>Перенести эпизоды, контактных лиц, задачи, затраты и контактные данные %1 в клиента №%2 и удалить их? Объединение нельзя отменить, а Правка &gt; Отменить забудет изменения, сделанные до него.</translation>
    </message>
    <message>
        <source>same e-mail %1</source>
        <translation>та же эл. почта %1</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation>тот же телефон %1</translation>
    </message>
    <message>
        <source>same name: %1</source>
        <translation>то же имя: %1</translation>
    </message>
    <message>
        <source>similar names: %1 / %2</source>
        <translation>похожие имена: %1 / %2</translation>
    </message>
    <message>
        <source>Nothing was merged: %1</source>
        <translation>Ничего не объединено: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::EmptyDatabaseDialog</name>
    <message>
        <source>Empty database</source>
        <translation>Пустая база данных</translation>
    </message>
    <message>
        <source>%1 has no customers yet.</source>
        <translation>В базе данных %1 ещё нет клиентов.</translation>
    </message>
    <message>
        <source>Amounts are in &amp;this currency:</source>
        <translation>&amp;Валюта сумм:</translation>
    </message>
    <message>
        <source>Generate demo data (%L1 customers of a relationship-marketing business, three years of history) to explore Rapport?</source>
        <translation>Создать для знакомства с Rapport демонстрационные данные — клиентов (%L1) условной фирмы, работающей по принципам маркетинга партнёрских отношений, с историей за три года?</translation>
    </message>
    <message>
        <source>&amp;Generate demo data</source>
        <translation>&amp;Создать демонстрационные данные</translation>
    </message>
    <message>
        <source>&amp;Start empty</source>
        <translation>&amp;Начать с пустой базы</translation>
    </message>
</context>
<context>
    <name>rapport::ui::EpisodeDialog</name>
    <message>
        <source>Log an episode</source>
        <translation>Запись эпизода</translation>
    </message>
    <message>
        <source>Type a name, e-mail or phone; Down to pick</source>
        <translation>Введите имя, эл. почту или телефон; стрелка вниз — выбрать</translation>
    </message>
    <message>
        <source>No customer chosen</source>
        <translation>Клиент не выбран</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Клиент:</translation>
    </message>
    <message>
        <source>e.g. 129.90 (negative for a return)</source>
        <translation>например 129,90 (отрицательная для возврата)</translation>
    </message>
    <message>
        <source>optional: revenue minus cost of goods</source>
        <translation>необязательно: выручка минус себестоимость</translation>
    </message>
    <message>
        <source>optional: invoice or credit note number, e.g. 536365</source>
        <translation>необязательно: номер счёта или кредит-ноты, например 536365</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Без оценки</translation>
    </message>
    <message>
        <source>very dissatisfied</source>
        <translation>очень недоволен</translation>
    </message>
    <message>
        <source>dissatisfied</source>
        <translation>недоволен</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>нейтрально</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>доволен</translation>
    </message>
    <message>
        <source>delighted</source>
        <translation>в восторге</translation>
    </message>
    <message>
        <source>Critical: decides whether the relationship continues</source>
        <translation>Критический: решает, продолжатся ли отношения</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Повторный контакт</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ка&amp;нал:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Сумма:</translation>
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
        <translation>Удовлетво&amp;рённость:</translation>
    </message>
    <message>
        <source>Follow-&amp;up:</source>
        <translation>&amp;Повторный контакт:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Выбран: %1</translation>
    </message>
    <message>
        <source>Customer: choose one (type part of the name, then pick from the list)</source>
        <translation>Клиент: выберите клиента (введите часть имени, затем выберите из списка)</translation>
    </message>
    <message>
        <source>Amount: expected a number such as 129.90, got &quot;%1&quot;</source>
        <translation>Сумма: ожидается число вида 129,90, получено «%1»</translation>
    </message>
    <message>
        <source>Margin: expected a number such as 40.00, got &quot;%1&quot;</source>
        <translation>Маржа: ожидается число вида 40,00, получено «%1»</translation>
    </message>
    <message>
        <source>Please correct:</source>
        <translation>Исправьте:</translation>
    </message>
    <message>
        <source>The customers that match appear here as you type.</source>
        <translation>Подходящие клиенты появятся здесь по мере ввода.</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>Нет клиентов, подходящих под «%1».</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Поиск не удался: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::EpisodeListModel</name>
    <message>
        <source>%1, done</source>
        <translation>%1, выполнен</translation>
    </message>
    <message>
        <source>%1, open</source>
        <translation>%1, открыт</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
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
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Удовлетворённость</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Повторный контакт</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>%1 (critical)</source>
        <comment>an episode kind</comment>
        <translation>%1 (критический)</translation>
    </message>
</context>
<context>
    <name>rapport::ui::EpisodesPage</name>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Только критические</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;по</translation>
    </message>
    <message>
        <source>Follow-ups due today and overdue</source>
        <translation>Повторные контакты на сегодня и просроченные</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Отметить &amp;выполненным</translation>
    </message>
    <message>
        <source>The selected follow-up is done (Edit &gt; Undo takes it back)</source>
        <translation>Выбранный повторный контакт выполнен (Правка &gt; Отменить возвращает его)</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>Показать &amp;ещё</translation>
    </message>
    <message numerus="yes">
        <source>The next %n older follow-ups</source>
        <translation>
            <numerusform>Следующий %n более ранний повторный контакт</numerusform>
            <numerusform>Следующие %n более ранних повторных контакта</numerusform>
            <numerusform>Следующие %n более ранних повторных контактов</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Повторный контакт выполнен</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Повторный контакт</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::FieldText</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Юридическое наименование</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>Внешний идентификатор</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Рынок</translation>
    </message>
    <message>
        <source>Income band</source>
        <translation>Уровень дохода</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>Размер домохозяйства</translation>
    </message>
    <message>
        <source>Acquisition cost</source>
        <translation>Стоимость привлечения</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
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
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Маржа</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Удовлетворённость</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Повторный контакт</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Повторный контакт выполнен</translation>
    </message>
    <message>
        <source>Document no.</source>
        <translation>№ документа</translation>
    </message>
    <message>
        <source>Invoice lines</source>
        <translation>Строки счёта</translation>
    </message>
    <message>
        <source>Cancelled purchase</source>
        <translation>Отменённая покупка</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Active until</source>
        <translation>Действует по</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Дата ухода</translation>
    </message>
    <message>
        <source>Win-back attempts</source>
        <translation>Попытки возвращения</translation>
    </message>
    <message>
        <source>Win-back outcome</source>
        <translation>Итог возвращения</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Partner&apos;s customer</source>
        <translation>Клиент-партнёр</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Стадии</translation>
    </message>
    <message>
        <source>Value shared</source>
        <translation>Разделяемая ценность</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Кем установлено</translation>
    </message>
    <message>
        <source>%1: is required</source>
        <translation>%1: обязательное поле</translation>
    </message>
    <message numerus="yes">
        <source>%1: is too long: at most %n byte(s) (letters such as ą or é take two)</source>
        <translation>
            <numerusform>%1: слишком длинное значение: не более %n байта (буквы вроде ą или é занимают два)</numerusform>
            <numerusform>%1: слишком длинное значение: не более %n байт (буквы вроде ą или é занимают два)</numerusform>
            <numerusform>%1: слишком длинное значение: не более %n байт (буквы вроде ą или é занимают два)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: holds characters that cannot be stored (control characters)</source>
        <translation>%1: содержит символы, которые нельзя сохранить (управляющие символы)</translation>
    </message>
    <message>
        <source>%1: must be one line of text, without control characters</source>
        <translation>%1: должно быть одной строкой текста, без управляющих символов</translation>
    </message>
    <message>
        <source>%1: choose the customer</source>
        <translation>%1: выберите клиента</translation>
    </message>
    <message>
        <source>%1: choose the customer the person works for</source>
        <translation>%1: выберите клиента, у которого работает это лицо</translation>
    </message>
    <message>
        <source>%1: choose a stored contact person</source>
        <translation>%1: выберите сохранённое контактное лицо</translation>
    </message>
    <message>
        <source>%1: choose a stored customer</source>
        <translation>%1: выберите сохранённого клиента</translation>
    </message>
    <message>
        <source>%1: is required for a purchase</source>
        <translation>%1: обязательно для покупки</translation>
    </message>
    <message>
        <source>%1: must not be negative for a purchase (log a refund as a return)</source>
        <translation>%1: у покупки значение не может быть отрицательным (возврат денег записывайте как возврат)</translation>
    </message>
    <message>
        <source>%1: is required for a return (the refunded amount, as a negative number)</source>
        <translation>%1: обязательно для возврата (возвращённая сумма, отрицательным числом)</translation>
    </message>
    <message>
        <source>%1: must be zero or negative for a return: it is money given back</source>
        <translation>%1: у возврата значение должно быть нулевым или отрицательным: это деньги, отданные обратно</translation>
    </message>
    <message>
        <source>%1: only purchases and returns have an amount, not this kind of episode (%2)</source>
        <translation>%1: сумма есть только у покупок и возвратов, а не у эпизодов этого вида (%2)</translation>
    </message>
    <message>
        <source>%1: only purchases and returns have a margin, not this kind of episode (%2)</source>
        <translation>%1: маржа есть только у покупок и возвратов, а не у эпизодов этого вида (%2)</translation>
    </message>
    <message>
        <source>%1: needs the amount it is part of</source>
        <translation>%1: нужна сумма, частью которой является это значение</translation>
    </message>
    <message>
        <source>%1: cannot exceed the amount (%2)</source>
        <translation>%1: не может превышать сумму (%2)</translation>
    </message>
    <message>
        <source>%1: must be between -2 (very dissatisfied) and +2 (delighted)</source>
        <translation>%1: должно быть от -2 (очень недоволен) до +2 (в восторге)</translation>
    </message>
    <message>
        <source>%1: needs a follow-up date</source>
        <translation>%1: нужна дата повторного контакта</translation>
    </message>
    <message>
        <source>%1: must not be before the episode&apos;s date (%2)</source>
        <translation>%1: не может быть раньше даты эпизода (%2)</translation>
    </message>
    <message>
        <source>%1: must not be before the start date (%2)</source>
        <translation>%1: не может быть раньше даты начала (%2)</translation>
    </message>
    <message>
        <source>%1: must not be before the previous stage change (%2)</source>
        <translation>%1: не может быть раньше предыдущей смены стадии (%2)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is listed twice</source>
        <translation>%1: «%2» указано дважды</translation>
    </message>
    <message>
        <source>%1: %2 is listed twice</source>
        <comment>a partnership bond</comment>
        <translation>%1: «%2» указано дважды</translation>
    </message>
    <message>
        <source>%1: must not be negative</source>
        <translation>%1: значение не может быть отрицательным</translation>
    </message>
    <message>
        <source>%1: must be a year between 1900 and 2200</source>
        <translation>%1: должен быть год от 1900 до 2200</translation>
    </message>
    <message>
        <source>%1: &quot;won back&quot; needs at least one win-back attempt</source>
        <translation>%1: для итога «Возвращён» нужна хотя бы одна попытка возвращения</translation>
    </message>
    <message>
        <source>%1: an organisation is a business customer (B2B)</source>
        <translation>%1: организация — это бизнес-клиент (B2B)</translation>
    </message>
    <message>
        <source>%1: applies to people and households, not organisations</source>
        <translation>%1: относится к частным лицам и домохозяйствам, а не к организациям</translation>
    </message>
    <message>
        <source>%1: must be between 1 and 50 people</source>
        <translation>%1: должно быть от 1 до 50 человек</translation>
    </message>
    <message numerus="yes">
        <source>%1: at most %n tag(s)</source>
        <translation>
            <numerusform>%1: не более %n метки</numerusform>
            <numerusform>%1: не более %n меток</numerusform>
            <numerusform>%1: не более %n меток</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: must not be empty</source>
        <translation>%1: значение не может быть пустым</translation>
    </message>
    <message>
        <source>%1: is required: which consent text the customer agreed to or withdrew</source>
        <translation>%1: обязательное поле: какой текст согласия клиент принял или отозвал</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an e-mail address (expected name@domain.tld)</source>
        <translation>%1: «%2» — не адрес эл. почты (ожидается name@domain.tld)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a phone number (expected 3 to 20 digits, with spaces or + - ( ) . /)</source>
        <translation>%1: «%2» — не номер телефона (ожидается от 3 до 20 цифр, допускаются пробелы и + - ( ) . /)</translation>
    </message>
    <message>
        <source>%1: needs at least the stage the partnership is in</source>
        <translation>%1: нужна как минимум текущая стадия партнёрства</translation>
    </message>
    <message>
        <source>E-mail %1</source>
        <translation>Эл. почта %1</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Телефон %1</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Метка %1</translation>
    </message>
    <message>
        <source>Consent %1</source>
        <translation>Согласие %1</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Стадия %1</translation>
    </message>
    <message>
        <source>Bond %1</source>
        <translation>Связь %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a list&apos;s label and the element&apos;s number, e.g. E-mail 2</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, label</source>
        <translation>%1, подпись</translation>
    </message>
    <message>
        <source>%1, since</source>
        <translation>%1, дата начала</translation>
    </message>
    <message>
        <source>%1, note</source>
        <translation>%1, заметка</translation>
    </message>
    <message>
        <source>%1, text version</source>
        <translation>%1, версия текста</translation>
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
        <translation>Срок</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Эпизод</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>На сегодня</translation>
    </message>
    <message>
        <source>Nothing due: no follow-up is open for today or before.</source>
        <translation>Ничего не запланировано: открытых повторных контактов на сегодня и ранее нет.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>an episode kind on a date</comment>
        <translation>%1 от %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>due today, overdue</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln due today</source>
        <translation>
            <numerusform>на сегодня: %Ln</numerusform>
            <numerusform>на сегодня: %Ln</numerusform>
            <numerusform>на сегодня: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>просрочено: %Ln</numerusform>
            <numerusform>просрочено: %Ln</numerusform>
            <numerusform>просрочено: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln shown, latest first: %1.</source>
        <translation>
            <numerusform>Показаны все (%Ln), сначала последние: %1.</numerusform>
            <numerusform>Показаны все (%Ln), сначала последние: %1.</numerusform>
            <numerusform>Показаны все (%Ln), сначала последние: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln shown, latest first: %2.</source>
        <translation>
            <numerusform>Показано %L1 из %Ln, сначала последние: %2.</numerusform>
            <numerusform>Показано %L1 из %Ln, сначала последние: %2.</numerusform>
            <numerusform>Показано %L1 из %Ln, сначала последние: %2.</numerusform>
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
        <translation>№%1</translation>
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
        <translation>1 · Высокая стоимость, часто</translation>
    </message>
    <message>
        <source>2 · Low cost, frequent</source>
        <translation>2 · Низкая стоимость, часто</translation>
    </message>
    <message>
        <source>3 · High cost, rare</source>
        <translation>3 · Высокая стоимость, редко</translation>
    </message>
    <message>
        <source>4 · Low cost, rare</source>
        <translation>4 · Низкая стоимость, редко</translation>
    </message>
    <message>
        <source>No purchase in the window</source>
        <translation>Нет покупок за период</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Счёт %1</translation>
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
        <translation>возврат</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <comment>of an invoice</comment>
        <translation>
            <numerusform>%Ln строка</numerusform>
            <numerusform>%Ln строки</numerusform>
            <numerusform>%Ln строк</numerusform>
        </translation>
    </message>
    <message>
        <source>cancels an earlier purchase</source>
        <translation>отменяет более раннюю покупку</translation>
    </message>
    <message>
        <source>cancels %1</source>
        <comment>cancels Invoice 536365</comment>
        <translation>отменяет %1</translation>
    </message>
    <message>
        <source>cancelled by %1</source>
        <comment>cancelled by Credit note C537253</comment>
        <translation>отменено: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Customers (CSV)</source>
        <translation>Клиенты (CSV)</translation>
    </message>
    <message>
        <source>Contact persons (CSV)</source>
        <translation>Контактные лица (CSV)</translation>
    </message>
    <message>
        <source>Episodes (CSV)</source>
        <translation>Эпизоды (CSV)</translation>
    </message>
    <message>
        <source>Transactions (CSV)</source>
        <translation>Транзакции (CSV)</translation>
    </message>
    <message>
        <source>Contacts (vCard)</source>
        <translation>Контакты (vCard)</translation>
    </message>
    <message>
        <source>&amp;What the file holds:</source>
        <translation>&amp;Содержимое файла:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Save mapping as…</source>
        <translation>Со&amp;хранить сопоставление как…</translation>
    </message>
    <message>
        <source>Saved &amp;mapping:</source>
        <translation>Сохранённое сопоставле&amp;ние:</translation>
    </message>
    <message>
        <source>as detected</source>
        <translation>как определено</translation>
    </message>
    <message>
        <source>D&amp;ates:</source>
        <translation>&amp;Даты:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Fills the field</source>
        <translation>Заполняет поле</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Первые значения</translation>
    </message>
    <message>
        <source>Create &amp;customers for references not in the base</source>
        <translation>Создавать &amp;клиентов для ссылок, которых нет в базе</translation>
    </message>
    <message>
        <source>&amp;Keep sales without a real customer (empty, &quot;(blank)&quot;, &quot;guest&quot; …) as anonymous sales: in the base&apos;s revenue, never a customer</source>
        <translation>Сохранять продажи без реального клиента (пусто, «(blank)», «guest» …) как &amp;анонимные продажи: в выручке базы, но не как клиента</translation>
    </message>
    <message>
        <source>Start with a dry run: it says what the import would add, update and reject, and why, without writing anything.</source>
        <translation>Начните с пробного импорта: он покажет, что импорт добавит, обновит и отклонит и почему, ничего не записывая.</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Пробный импорт</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорт</translation>
    </message>
    <message>
        <source>CSV and vCard files (*.csv *.txt *.tsv *.vcf);;All files (*)</source>
        <translation>Файлы CSV и vCard (*.csv *.txt *.tsv *.vcf);;Все файлы (*)</translation>
    </message>
    <message>
        <source>(by the column headers)</source>
        <translation>(по заголовкам столбцов)</translation>
    </message>
    <message numerus="yes">
        <source>Read as %1, %n vCard(s).</source>
        <translation>
            <numerusform>Прочитано в кодировке %1: %n карточка vCard.</numerusform>
            <numerusform>Прочитано в кодировке %1: %n карточки vCard.</numerusform>
            <numerusform>Прочитано в кодировке %1: %n карточек vCard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as %1, delimiter %2, %3, dates %4, decimal %5.</source>
        <translation>Прочитано в кодировке %1, разделитель %2, %3, даты %4, десятичный разделитель — %5.</translation>
    </message>
    <message>
        <source>first row the header</source>
        <translation>первая строка — заголовок</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>без строки заголовка</translation>
    </message>
    <message>
        <source>ambiguous (choose!)</source>
        <translation>неоднозначно (выберите!)</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>запятая</translation>
    </message>
    <message>
        <source>point</source>
        <translation>точка</translation>
    </message>
    <message>
        <source>Choose the date order: %1.</source>
        <translation>Выберите порядок в датах: %1.</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(пропустить)</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Сохранение сопоставления</translation>
    </message>
    <message>
        <source>Name (letters, digits, spaces, - and _):</source>
        <translation>Название (буквы, цифры, пробелы, - и _):</translation>
    </message>
    <message>
        <source>Saved mapping</source>
        <translation>Сохранённое сопоставление</translation>
    </message>
    <message>
        <source>Dry run …</source>
        <translation>Пробный импорт …</translation>
    </message>
    <message>
        <source>Importing …</source>
        <translation>Импорт …</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Отменено; ничего не записано.</translation>
    </message>
    <message>
        <source>The dry run stopped: %1</source>
        <translation>Пробный импорт остановлен: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
    <message>
        <source>tab</source>
        <comment>the tab character as a delimiter</comment>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Не удаётся прочитать файл: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 Decided from all %Ln row(s): %2, %3.</source>
        <comment>the sentence before, then how the formats were decided</comment>
        <translation>
            <numerusform>%1 Определено по всем строкам (%Ln): %2, %3.</numerusform>
            <numerusform>%1 Определено по всем строкам (%Ln): %2, %3.</numerusform>
            <numerusform>%1 Определено по всем строкам (%Ln): %2, %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln date(s) fix the day-month order</source>
        <translation>
            <numerusform>порядок дня и месяца задаёт %Ln дата</numerusform>
            <numerusform>порядок дня и месяца задают %Ln даты</numerusform>
            <numerusform>порядок дня и месяца задают %Ln дат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln amount(s) show the decimal separator</source>
        <translation>
            <numerusform>десятичный разделитель показывает %Ln сумма</numerusform>
            <numerusform>десятичный разделитель показывают %Ln суммы</numerusform>
            <numerusform>десятичный разделитель показывают %Ln сумм</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a field — what it expects</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The mapping was not saved: %1</source>
        <translation>Сопоставление не сохранено: %1</translation>
    </message>
    <message>
        <source>The mapping cannot be read: %1</source>
        <translation>Не удаётся прочитать сопоставление: %1</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more such note(s): the table below shows what each column fills.</source>
        <translation>
            <numerusform>…и ещё %n такое примечание: таблица ниже показывает, какое поле заполняет каждый столбец.</numerusform>
            <numerusform>…и ещё %n таких примечания: таблица ниже показывает, какое поле заполняет каждый столбец.</numerusform>
            <numerusform>…и ещё %n таких примечаний: таблица ниже показывает, какое поле заполняет каждый столбец.</numerusform>
        </translation>
    </message>
    <message>
        <source>not known yet (no column holds dates)</source>
        <translation>пока неизвестны (ни в одном столбце нет дат)</translation>
    </message>
    <message>
        <source>not known yet (no column holds amounts)</source>
        <translation>пока неизвестен (ни в одном столбце нет сумм)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <comment>a column of a file without a header</comment>
        <translation>Столбец %1</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <comment>the name of a customer an import creates from a reference the base does not know</comment>
        <translation>Клиент %1</translation>
    </message>
    <message>
        <source>(none: the fields chosen below)</source>
        <comment>no saved mapping, for a file without a header</comment>
        <translation>(нет: поля, выбранные ниже)</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportFields</name>
    <message>
        <source>External reference</source>
        <translation>Внешний идентификатор</translation>
    </message>
    <message>
        <source>Rapport customer number</source>
        <translation>Номер клиента в Rapport</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя (личное)</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Юридическое наименование</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Рынок</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>Адреса эл. почты</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Номера телефонов</translation>
    </message>
    <message>
        <source>Acquired on</source>
        <translation>Дата привлечения</translation>
    </message>
    <message>
        <source>Acquired via</source>
        <translation>Канал привлечения</translation>
    </message>
    <message>
        <source>Acquisition cost</source>
        <translation>Стоимость привлечения</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Предпочтительный канал</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Income band</source>
        <translation>Уровень дохода</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>Размер домохозяйства</translation>
    </message>
    <message>
        <source>Consent to processing</source>
        <translation>Согласие на обработку персональных данных</translation>
    </message>
    <message>
        <source>Consent to marketing</source>
        <translation>Согласие на маркетинговые коммуникации</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Пропускается</translation>
    </message>
    <message>
        <source>Customer&apos;s external reference</source>
        <translation>Внешний идентификатор клиента</translation>
    </message>
    <message>
        <source>Customer&apos;s e-mail</source>
        <translation>Эл. почта клиента</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Decides on purchases</source>
        <translation>Принимает решения о закупках</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Active until</source>
        <translation>Действует по</translation>
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
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Маржа</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Удовлетворённость</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критический</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Повторный контакт</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Повторный контакт выполнен</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Номер счёта</translation>
    </message>
    <message>
        <source>Gross amount</source>
        <translation>Сумма с налогом</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>Cancels invoice</source>
        <translation>Отменяет счёт</translation>
    </message>
    <message>
        <source>the customer&apos;s identity in the system the file comes from</source>
        <translation>идентификатор клиента в системе, из которой взят файл</translation>
    </message>
    <message>
        <source>Rapport&apos;s customer number (from a Rapport export)</source>
        <translation>номер клиента в Rapport (из экспорта Rapport)</translation>
    </message>
    <message>
        <source>the name shown in lists</source>
        <translation>имя, показываемое в списках</translation>
    </message>
    <message>
        <source>a first name, joined with the last name when there is no display name</source>
        <translation>имя; соединяется с фамилией, если нет отображаемого имени</translation>
    </message>
    <message>
        <source>a last name</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <source>the registered company name</source>
        <translation>зарегистрированное наименование компании</translation>
    </message>
    <message>
        <source>person, household or organisation</source>
        <translation>частное лицо, домохозяйство или организация</translation>
    </message>
    <message>
        <source>b2c or b2b</source>
        <translation>b2c или b2b</translation>
    </message>
    <message>
        <source>a segment name</source>
        <translation>название сегмента</translation>
    </message>
    <message>
        <source>the responsible sales manager</source>
        <translation>ответственный менеджер по продажам</translation>
    </message>
    <message>
        <source>street and number</source>
        <translation>улица и номер дома</translation>
    </message>
    <message>
        <source>a postcode, kept as text</source>
        <translation>почтовый индекс, хранится как текст</translation>
    </message>
    <message>
        <source>a city</source>
        <translation>город</translation>
    </message>
    <message>
        <source>a region</source>
        <translation>регион</translation>
    </message>
    <message>
        <source>a country</source>
        <translation>страна</translation>
    </message>
    <message>
        <source>e-mail addresses separated by ; or ,</source>
        <translation>адреса эл. почты через ; или ,</translation>
    </message>
    <message>
        <source>phone numbers separated by ;</source>
        <translation>номера телефонов через ;</translation>
    </message>
    <message>
        <source>the date the customer was won</source>
        <translation>дата привлечения клиента</translation>
    </message>
    <message>
        <source>a channel code</source>
        <translation>код канала</translation>
    </message>
    <message>
        <source>an amount of money</source>
        <translation>денежная сумма</translation>
    </message>
    <message>
        <source>tags separated by ;</source>
        <translation>метки через ;</translation>
    </message>
    <message>
        <source>low, lower_middle, middle, upper_middle or high</source>
        <translation>low, lower_middle, middle, upper_middle или high</translation>
    </message>
    <message>
        <source>a whole number of people</source>
        <translation>целое число человек</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>yes или no</translation>
    </message>
    <message>
        <source>free text</source>
        <translation>произвольный текст</translation>
    </message>
    <message>
        <source>computed by Rapport</source>
        <translation>рассчитывается в Rapport</translation>
    </message>
    <message>
        <source>the customer&apos;s external reference</source>
        <translation>внешний идентификатор клиента</translation>
    </message>
    <message>
        <source>Rapport&apos;s customer number</source>
        <translation>номер клиента в Rapport</translation>
    </message>
    <message>
        <source>an e-mail address of the customer</source>
        <translation>адрес эл. почты клиента</translation>
    </message>
    <message>
        <source>the contact person&apos;s name</source>
        <translation>имя контактного лица</translation>
    </message>
    <message>
        <source>a first name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>the role or position</source>
        <translation>роль или должность</translation>
    </message>
    <message>
        <source>e-mail addresses separated by ;</source>
        <translation>адреса эл. почты через ;</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>the date of the episode</source>
        <translation>дата эпизода</translation>
    </message>
    <message>
        <source>purchase, return, complaint, call, meeting, ...</source>
        <translation>purchase, return, complaint, call, meeting, ...</translation>
    </message>
    <message>
        <source>point_of_sale, phone, email, ...</source>
        <translation>point_of_sale, phone, email, ...</translation>
    </message>
    <message>
        <source>a whole number from -2 to 2</source>
        <translation>целое число от -2 до 2</translation>
    </message>
    <message>
        <source>who handled it</source>
        <translation>кто занимался эпизодом</translation>
    </message>
    <message>
        <source>the customer&apos;s identity in the shop or ERP; placeholders such as (blank) or guest make an anonymous sale</source>
        <translation>идентификатор клиента в магазине или ERP; заполнители вроде (blank) или guest дают анонимную продажу</translation>
    </message>
    <message>
        <source>the date of the purchase (a time after it is ignored)</source>
        <translation>дата покупки (время после даты игнорируется)</translation>
    </message>
    <message>
        <source>the invoice or order number: its lines become one purchase</source>
        <translation>номер счёта или заказа: его строки образуют одну покупку</translation>
    </message>
    <message>
        <source>the line&apos;s or invoice&apos;s net amount; negative for a return or cancellation</source>
        <translation>сумма строки или счёта без налога; отрицательная для возврата или отмены</translation>
    </message>
    <message>
        <source>the amount including tax, used when there is no net amount</source>
        <translation>сумма с налогом; используется, если нет суммы без налога</translation>
    </message>
    <message>
        <source>how many units; amount = quantity x unit price when there is no amount</source>
        <translation>количество единиц; сумма = количество x цена за единицу, если суммы нет</translation>
    </message>
    <message>
        <source>the price of one unit, any number of decimals</source>
        <translation>цена одной единицы, любое число знаков после запятой</translation>
    </message>
    <message>
        <source>an amount taken off the line, or a percentage such as 10%</source>
        <translation>сумма скидки на строку или процент, например 10%</translation>
    </message>
    <message>
        <source>the invoice number a cancellation or correction cancels</source>
        <translation>номер счёта, который отменяет или исправляет эта отмена или корректировка</translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation>Имя клиента</translation>
    </message>
    <message>
        <source>the customer&apos;s name, for a customer the import creates</source>
        <translation>имя клиента — для клиента, которого создаёт импорт</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportProblems</name>
    <message>
        <source>UTF-8 text without control characters (NUL, ...)</source>
        <translation>текст UTF-8 без управляющих символов (NUL, ...)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>целое число</translation>
    </message>
    <message>
        <source>a date such as 2024-03-07 or 07.03.2024</source>
        <translation>дата, например 2024-03-07 или 07.03.2024</translation>
    </message>
    <message>
        <source>an amount such as 120.50 (at most two decimals)</source>
        <translation>сумма, например 120.50 (не больше двух знаков после запятой)</translation>
    </message>
    <message>
        <source>a whole number of people from 1 to 50</source>
        <translation>целое число человек от 1 до 50</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>да или нет</translation>
    </message>
    <message>
        <source>the customer: a reference, a Rapport id or an e-mail address</source>
        <translation>клиент: идентификатор, номер клиента в Rapport или адрес e-mail</translation>
    </message>
    <message>
        <source>an amount such as 120.50 or 120,50 (at most two decimals)</source>
        <translation>сумма, например 120.50 или 120,50 (не больше двух знаков после запятой)</translation>
    </message>
    <message>
        <source>an amount: a transaction needs one</source>
        <translation>сумма: у транзакции она должна быть</translation>
    </message>
    <message>
        <source>a whole number from -2 to 2</source>
        <translation>целое число от -2 до 2</translation>
    </message>
    <message>
        <source>an amount such as 120.50 or 120,50</source>
        <translation>сумма, например 120.50 или 120,50</translation>
    </message>
    <message>
        <source>a price such as 4.85 or 4,8533</source>
        <translation>цена, например 4.85 или 4,8533</translation>
    </message>
    <message>
        <source>a number of units such as 3, -2 or 1.5</source>
        <translation>количество единиц, например 3, -2 или 1.5</translation>
    </message>
    <message>
        <source>an amount such as 5.00, or a percentage such as 10%</source>
        <translation>сумма, например 5.00, или процент, например 10%</translation>
    </message>
    <message>
        <source>an amount small enough to hold</source>
        <translation>сумма, которая помещается в допустимый диапазон</translation>
    </message>
    <message>
        <source>an amount: a sale needs one (an amount, or a quantity and a unit price)</source>
        <translation>сумма: у продажи она должна быть (сумма или количество и цена за единицу)</translation>
    </message>
    <message>
        <source>an amount such as 12.50 or 12,50</source>
        <translation>сумма, например 12.50 или 12,50</translation>
    </message>
    <message>
        <source>no customer in the base has it (import the customers first)</source>
        <translation>ни у одного клиента в базе его нет (сначала импортируйте клиентов)</translation>
    </message>
    <message>
        <source>no customer in the base has it (import the customers first, or allow creating missing customers)</source>
        <translation>ни у одного клиента в базе его нет (сначала импортируйте клиентов или разрешите создавать клиентов, которых нет в базе)</translation>
    </message>
    <message>
        <source>a name (FN, N or ORG): the card names nobody</source>
        <translation>имя (FN, N или ORG): в карточке никто не назван</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>обязательное поле</translation>
    </message>
    <message>
        <source>must be valid UTF-8 text without control characters</source>
        <translation>текст без управляющих символов</translation>
    </message>
    <message>
        <source>must be valid UTF-8 on one line, without control characters</source>
        <translation>одна строка текста, без управляющих символов</translation>
    </message>
    <message>
        <source>an organisation is a B2B customer (expected b2b)</source>
        <translation>организация — бизнес-клиент (укажите b2b)</translation>
    </message>
    <message>
        <source>applies to people and households, not organisations</source>
        <translation>относится к людям и домохозяйствам, не к организациям</translation>
    </message>
    <message>
        <source>must be between 1 and 50 people</source>
        <translation>от 1 до 50 человек</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>значение не может быть отрицательным</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>значение не может быть пустым</translation>
    </message>
    <message>
        <source>is listed twice</source>
        <translation>указано дважды</translation>
    </message>
    <message>
        <source>is required: which consent text the customer agreed to or withdrew</source>
        <translation>обязательно: на какой текст согласия клиент согласился или какой отозвал</translation>
    </message>
    <message>
        <source>is not an e-mail address (expected name@domain.tld)</source>
        <translation>это не адрес e-mail (ожидается имя@домен.ru)</translation>
    </message>
    <message>
        <source>is not a phone number (expected 3 to 20 digits with spaces, + - ( ) . /)</source>
        <translation>это не номер телефона (ожидается от 3 до 20 цифр, с пробелами или + - ( ) . /)</translation>
    </message>
    <message>
        <source>is required for a purchase</source>
        <translation>обязательна для покупки</translation>
    </message>
    <message>
        <source>must not be negative for a purchase (record refunds as a return)</source>
        <translation>не может быть отрицательной для покупки (возврат денег оформите как возврат)</translation>
    </message>
    <message>
        <source>is required for a return (the refunded amount, as a negative number)</source>
        <translation>обязательна для возврата (возвращённая сумма, отрицательным числом)</translation>
    </message>
    <message>
        <source>must be zero or negative for a return: it is money given back</source>
        <translation>для возврата ноль или отрицательная: это возвращённые деньги</translation>
    </message>
    <message>
        <source>needs the revenue it is part of</source>
        <translation>нужна сумма, частью которой она является</translation>
    </message>
    <message>
        <source>must be between -2 (very dissatisfied) and +2 (delighted)</source>
        <translation>от -2 (очень недоволен) до +2 (в восторге)</translation>
    </message>
    <message>
        <source>needs a follow-up date</source>
        <translation>нужна дата повторного контакта</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportText</name>
    <message>
        <source>row %L1 (line %L2)</source>
        <translation>строка %L1 (строка файла %L2)</translation>
    </message>
    <message>
        <source>%1, column &quot;%2&quot;</source>
        <translation>%1, столбец «%2»</translation>
    </message>
    <message>
        <source>%1, value &quot;%2&quot;</source>
        <translation>%1, значение «%2»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>where in the file: what was expected</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>card %L1 (line %L2)</source>
        <translation>карточка %L1 (строка файла %L2)</translation>
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
            <numerusform>%Ln карточка повторяет клиента из более ранней карточки:</numerusform>
            <numerusform>%Ln карточки повторяют клиентов из более ранних карточек:</numerusform>
            <numerusform>%Ln карточек повторяют клиентов из более ранних карточек:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) repeat a customer of an earlier row:</source>
        <translation>
            <numerusform>%Ln строка повторяет клиента из более ранней строки:</numerusform>
            <numerusform>%Ln строки повторяют клиентов из более ранних строк:</numerusform>
            <numerusform>%Ln строк повторяют клиентов из более ранних строк:</numerusform>
        </translation>
    </message>
    <message>
        <source>Why cards were rejected (cards, property: what was expected):</source>
        <translation>Почему карточки отклонены (карточки, свойство: что ожидалось):</translation>
    </message>
    <message>
        <source>Why rows were rejected (rows, column: what was expected):</source>
        <translation>Почему строки отклонены (строки, столбец: что ожидалось):</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln other reason(s)</source>
        <translation>
            <numerusform>… и ещё %Ln причина</numerusform>
            <numerusform>… и ещё %Ln причины</numerusform>
            <numerusform>… и ещё %Ln причин</numerusform>
        </translation>
    </message>
    <message>
        <source>First problems:</source>
        <translation>Первые проблемы:</translation>
    </message>
    <message>
        <source>A real import would write the rejected cards with their reasons to a rejects file.</source>
        <translation>При настоящем импорте отклонённые карточки с причинами были бы записаны в файл отклонённых строк.</translation>
    </message>
    <message>
        <source>A real import would write the rejected rows with their reasons to a rejects file.</source>
        <translation>При настоящем импорте отклонённые строки с причинами были бы записаны в файл отклонённых строк.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) made %1.</source>
        <translation>
            <numerusform>%Ln строка дала %1.</numerusform>
            <numerusform>%Ln строки дали %1.</numerusform>
            <numerusform>%Ln строк дали %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sale(s)</source>
        <translation>
            <numerusform>%Ln продажу</numerusform>
            <numerusform>%Ln продажи</numerusform>
            <numerusform>%Ln продаж</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) were lines of invoices with several lines, added up per invoice.</source>
        <translation>
            <numerusform>%Ln строка — строка счёта из нескольких строк; суммы сложены по каждому счёту.</numerusform>
            <numerusform>%Ln строки — строки счетов из нескольких строк; суммы сложены по каждому счёту.</numerusform>
            <numerusform>%Ln строк — строки счетов из нескольких строк; суммы сложены по каждому счёту.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them are cancellations or returns (a negative total); %1 linked to the purchase they cancel, which then no longer counts as a purchase for the models.</source>
        <translation>
            <numerusform>Из них %Ln — отмена или возврат (отрицательная итоговая сумма); %1 с отменяемой покупкой, которая после этого не считается покупкой для моделей.</numerusform>
            <numerusform>Из них %Ln — отмены или возвраты (отрицательная итоговая сумма); %1 с отменяемой покупкой, которая после этого не считается покупкой для моделей.</numerusform>
            <numerusform>Из них %Ln — отмены или возвраты (отрицательная итоговая сумма); %1 с отменяемой покупкой, которая после этого не считается покупкой для моделей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln was</source>
        <comment>cancellations linked</comment>
        <translation>
            <numerusform>%Ln связана</numerusform>
            <numerusform>%Ln связаны</numerusform>
            <numerusform>%Ln связаны</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) have no real customer (an empty or placeholder customer value)</source>
        <translation>
            <numerusform>%Ln строка без реального клиента (пустое значение клиента или заполнитель)</numerusform>
            <numerusform>%Ln строки без реального клиента (пустое значение клиента или заполнитель)</numerusform>
            <numerusform>%Ln строк без реального клиента (пустое значение клиента или заполнитель)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: left out by choice.</source>
        <translation>%1: не импортируются (по вашему выбору).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln anonymous sale(s)</source>
        <translation>
            <numerusform>%Ln анонимная продажа</numerusform>
            <numerusform>%Ln анонимные продажи</numerusform>
            <numerusform>%Ln анонимных продаж</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: would be stored as %2 worth %3: kept apart, in the base&apos;s revenue (database summary, rapport-cli export anonymous-sales), never a customer.</source>
        <translation>%1: были бы сохранены как %2 на сумму %3 — отдельно, в выручке базы (сводка базы данных, rapport-cli export anonymous-sales), но не как клиент.</translation>
    </message>
    <message>
        <source>%1: stored as %2 worth %3: kept apart, in the base&apos;s revenue (database summary, rapport-cli export anonymous-sales), never a customer.</source>
        <translation>%1: сохранены как %2 на сумму %3 — отдельно, в выручке базы (сводка базы данных, rapport-cli export anonymous-sales), но не как клиент.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln amount(s) had more than two decimals (quantity x unit price): rounded half to even to 0.01.</source>
        <translation>
            <numerusform>%Ln сумма имела больше двух знаков после запятой (количество x цена за единицу): округлена до 0,01 по банковскому правилу (половина — к чётному).</numerusform>
            <numerusform>%Ln суммы имели больше двух знаков после запятой (количество x цена за единицу): округлены до 0,01 по банковскому правилу (половина — к чётному).</numerusform>
            <numerusform>%Ln сумм имели больше двух знаков после запятой (количество x цена за единицу): округлены до 0,01 по банковскому правилу (половина — к чётному).</numerusform>
        </translation>
    </message>
    <message>
        <source>Encoding %1 decided from the whole file (its byte order mark).</source>
        <translation>Кодировка %1 определена по всему файлу (по метке порядка байтов).</translation>
    </message>
    <message>
        <source>Encoding %1 decided from the whole file (plain ASCII).</source>
        <translation>Кодировка %1 определена по всему файлу (только ASCII).</translation>
    </message>
    <message numerus="yes">
        <source>Encoding %1 decided from the whole file (%Ln non-ASCII character(s)).</source>
        <translation>
            <numerusform>Кодировка %1 определена по всему файлу (%Ln символ вне ASCII).</numerusform>
            <numerusform>Кодировка %1 определена по всему файлу (%Ln символа вне ASCII).</numerusform>
            <numerusform>Кодировка %1 определена по всему файлу (%Ln символов вне ASCII).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Encoding %1 decided from the whole file (%Ln word(s) with letters beyond ASCII).</source>
        <translation>
            <numerusform>Кодировка %1 определена по всему файлу (%Ln слово с буквами вне ASCII).</numerusform>
            <numerusform>Кодировка %1 определена по всему файлу (%Ln слова с буквами вне ASCII).</numerusform>
            <numerusform>Кодировка %1 определена по всему файлу (%Ln слов с буквами вне ASCII).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln date(s) fix the day-month order</source>
        <translation>
            <numerusform>порядок дня и месяца задаёт %Ln дата</numerusform>
            <numerusform>порядок дня и месяца задают %Ln даты</numerusform>
            <numerusform>порядок дня и месяца задают %Ln дат</numerusform>
        </translation>
    </message>
    <message>
        <source>no date fixes the day-month order</source>
        <translation>ни одна дата не задаёт порядок дня и месяца</translation>
    </message>
    <message numerus="yes">
        <source>%Ln amount(s) show the decimal separator</source>
        <translation>
            <numerusform>десятичный разделитель показывает %Ln сумма</numerusform>
            <numerusform>десятичный разделитель показывают %Ln суммы</numerusform>
            <numerusform>десятичный разделитель показывают %Ln сумм</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Formats decided from all %Ln row(s): %1, %2.</source>
        <translation>
            <numerusform>Форматы определены по всем строкам (%Ln): %1, %2.</numerusform>
            <numerusform>Форматы определены по всем строкам (%Ln): %1, %2.</numerusform>
            <numerusform>Форматы определены по всем строкам (%Ln): %1, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run, nothing written. Would add %Ln sale(s) to customers&apos; timelines; %L1 unchanged (already in the base); rejected %L2 of %L3 rows.</source>
        <translation>
            <numerusform>Пробный импорт, ничего не записано. На временные шкалы клиентов была бы добавлена %Ln продажа; без изменений (уже в базе): %L1; отклонено строк: %L2 из %L3.</numerusform>
            <numerusform>Пробный импорт, ничего не записано. На временные шкалы клиентов были бы добавлены %Ln продажи; без изменений (уже в базе): %L1; отклонено строк: %L2 из %L3.</numerusform>
            <numerusform>Пробный импорт, ничего не записано. На временные шкалы клиентов было бы добавлено %Ln продаж; без изменений (уже в базе): %L1; отклонено строк: %L2 из %L3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln sale(s) to customers&apos; timelines; %L1 unchanged (already in the base); rejected %L2 of %L3 rows.</source>
        <translation>
            <numerusform>На временные шкалы клиентов добавлена %Ln продажа; без изменений (уже в базе): %L1; отклонено строк: %L2 из %L3.</numerusform>
            <numerusform>На временные шкалы клиентов добавлены %Ln продажи; без изменений (уже в базе): %L1; отклонено строк: %L2 из %L3.</numerusform>
            <numerusform>На временные шкалы клиентов добавлено %Ln продаж; без изменений (уже в базе): %L1; отклонено строк: %L2 из %L3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run, nothing written. Would add %L1, update %L2; %L3 unchanged (already in the base); rejected %L4 of %Ln row(s).</source>
        <translation>
            <numerusform>Пробный импорт, ничего не записано. Было бы добавлено: %L1, обновлено: %L2; без изменений (уже в базе): %L3; отклонено %L4 из %Ln строки.</numerusform>
            <numerusform>Пробный импорт, ничего не записано. Было бы добавлено: %L1, обновлено: %L2; без изменений (уже в базе): %L3; отклонено %L4 из %Ln строк.</numerusform>
            <numerusform>Пробный импорт, ничего не записано. Было бы добавлено: %L1, обновлено: %L2; без изменений (уже в базе): %L3; отклонено %L4 из %Ln строк.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %L1, updated %L2; %L3 unchanged (already in the base); rejected %L4 of %Ln row(s).</source>
        <translation>
            <numerusform>Добавлено: %L1, обновлено: %L2; без изменений (уже в базе): %L3; отклонено %L4 из %Ln строки.</numerusform>
            <numerusform>Добавлено: %L1, обновлено: %L2; без изменений (уже в базе): %L3; отклонено %L4 из %Ln строк.</numerusform>
            <numerusform>Добавлено: %L1, обновлено: %L2; без изменений (уже в базе): %L3; отклонено %L4 из %Ln строк.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected rows with their reasons: %1 (fix them there and import that file again)</source>
        <translation>Отклонённые строки с причинами: %1 (исправьте их там и импортируйте этот файл снова)</translation>
    </message>
    <message numerus="yes">
        <source>Read %Ln card(s) (%1).</source>
        <translation>
            <numerusform>Прочитана %Ln карточка (%1).</numerusform>
            <numerusform>Прочитаны %Ln карточки (%1).</numerusform>
            <numerusform>Прочитано %Ln карточек (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %Ln card(s) (%1, guessed).</source>
        <translation>
            <numerusform>Прочитана %Ln карточка (%1, предположительно).</numerusform>
            <numerusform>Прочитаны %Ln карточки (%1, предположительно).</numerusform>
            <numerusform>Прочитано %Ln карточек (%1, предположительно).</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run, nothing written. Customers: would add %L1, update %L2, %L3 unchanged (already in the base).</source>
        <translation>Пробный импорт, ничего не записано. Клиенты: было бы добавлено — %L1, обновлено — %L2, без изменений (уже в базе) — %L3.</translation>
    </message>
    <message>
        <source>Customers: added %L1, updated %L2, %L3 unchanged (already in the base).</source>
        <translation>Клиенты: добавлено — %L1, обновлено — %L2, без изменений (уже в базе) — %L3.</translation>
    </message>
    <message>
        <source>Contact persons at organisations: would add %L1, update %L2, %L3 unchanged.</source>
        <translation>Контактные лица в организациях: было бы добавлено — %L1, обновлено — %L2, без изменений — %L3.</translation>
    </message>
    <message>
        <source>Contact persons at organisations: added %L1, updated %L2, %L3 unchanged.</source>
        <translation>Контактные лица в организациях: добавлено — %L1, обновлено — %L2, без изменений — %L3.</translation>
    </message>
    <message numerus="yes">
        <source>Rejected %L1 of %Ln card(s).</source>
        <translation>
            <numerusform>Отклонено %L1 из %Ln карточки.</numerusform>
            <numerusform>Отклонено %L1 из %Ln карточек.</numerusform>
            <numerusform>Отклонено %L1 из %Ln карточек.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected cards with their reasons (X-RAPPORT-IMPORT-PROBLEM): %1 (fix them there and import that file again)</source>
        <translation>Отклонённые карточки с причинами (X-RAPPORT-IMPORT-PROBLEM): %1 (исправьте их там и импортируйте этот файл снова)</translation>
    </message>
    <message>
        <source>day.month.year (31.12.2025)</source>
        <translation>день.месяц.год (31.12.2025)</translation>
    </message>
    <message>
        <source>month/day/year (12/31/2025)</source>
        <translation>месяц/день/год (12/31/2025)</translation>
    </message>
    <message>
        <source>year-month-day (2025-12-31)</source>
        <translation>год-месяц-день (2025-12-31)</translation>
    </message>
    <message>
        <source>Column %1 has no header and is ignored.</source>
        <translation>У столбца %1 нет заголовка, он пропускается.</translation>
    </message>
    <message>
        <source>Column %1 “%2” repeats column %3 and is ignored.</source>
        <translation>Столбец %1 «%2» повторяет столбец %3 и пропускается.</translation>
    </message>
    <message>
        <source>Column “%1” matches no field and is ignored.</source>
        <translation>Столбец «%1» не соответствует ни одному полю и пропускается.</translation>
    </message>
    <message numerus="yes">
        <source>Would create %Ln customer(s) not yet in the base.</source>
        <translation>
            <numerusform>Был бы создан %Ln клиент, которого нет в базе.</numerusform>
            <numerusform>Были бы созданы %Ln клиента, которых нет в базе.</numerusform>
            <numerusform>Было бы создано %Ln клиентов, которых нет в базе.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %Ln customer(s) that were not in the base.</source>
        <translation>
            <numerusform>Создан %Ln клиент, которого не было в базе.</numerusform>
            <numerusform>Созданы %Ln клиента, которых не было в базе.</numerusform>
            <numerusform>Создано %Ln клиентов, которых не было в базе.</numerusform>
        </translation>
    </message>
    <message>
        <source>card</source>
        <comment>a whole card rejected, not one property</comment>
        <translation>карточка</translation>
    </message>
    <message>
        <source>row</source>
        <comment>a whole row rejected, not one column</comment>
        <translation>строка</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>column: what was expected</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>one of %1</source>
        <comment>the codes a column may hold: one of b2c, b2b</comment>
        <translation>одно из: %1</translation>
    </message>
    <message>
        <source>at most %1 bytes (letters such as ą or é take two)</source>
        <translation>не более %1 байт (буквы кириллицы, как и ą или é, занимают по два)</translation>
    </message>
    <message>
        <source>at most %1 tags</source>
        <translation>не больше %1 меток</translation>
    </message>
    <message>
        <source>must not be before the start date (%1)</source>
        <translation>не раньше даты начала (%1)</translation>
    </message>
    <message>
        <source>must not be before the episode&apos;s date (%1)</source>
        <translation>не раньше даты эпизода (%1)</translation>
    </message>
    <message>
        <source>cannot exceed the amount (%1)</source>
        <translation>не может превышать сумму (%1)</translation>
    </message>
    <message>
        <source>only purchases and returns have an amount, not this kind of episode (%1)</source>
        <translation>сумма бывает только у покупок и возвратов, не у этого вида эпизода (%1)</translation>
    </message>
    <message>
        <source>only purchases and returns have a margin, not this kind of episode (%1)</source>
        <translation>маржа бывает только у покупок и возвратов, не у этого вида эпизода (%1)</translation>
    </message>
    <message>
        <source>tab</source>
        <comment>the delimiter of a tab-separated file</comment>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>a quote opened on line %1 is never closed</source>
        <translation>кавычка, открытая в строке %1, нигде не закрыта</translation>
    </message>
    <message>
        <source>the card that begins on line %1 has no END:VCARD</source>
        <translation>у карточки, которая начинается в строке %1, нет END:VCARD</translation>
    </message>
    <message>
        <source>the customer&apos;s name (%1, %2, %3 or %4)</source>
        <translation>имя клиента (%1, %2, %3 или %4)</translation>
    </message>
    <message>
        <source>the contact person&apos;s name (%1, %2 or %3)</source>
        <translation>имя контактного лица (%1, %2 или %3)</translation>
    </message>
    <message>
        <source>the customer (%1, %2 or %3)</source>
        <translation>клиента (%1, %2 или %3)</translation>
    </message>
    <message>
        <source>the date (%1)</source>
        <translation>дату (%1)</translation>
    </message>
    <message>
        <source>the kind of episode (%1)</source>
        <translation>вид эпизода (%1)</translation>
    </message>
    <message>
        <source>the amount (%1, %2 or %3)</source>
        <translation>сумму (%1, %2 или %3)</translation>
    </message>
    <message>
        <source>The dry run stopped: no column holds %1. Choose the column that holds it in the table above.</source>
        <translation>Пробный импорт остановлен: ни один столбец не содержит %1. Укажите этот столбец в таблице выше.</translation>
    </message>
    <message>
        <source>Nothing was imported: no column holds %1. Choose the column that holds it in the table above.</source>
        <translation>Ничего не импортировано: ни один столбец не содержит %1. Укажите этот столбец в таблице выше.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where the header has %1 (a missing delimiter, or a line break outside quotes?)</source>
        <translation>
            <numerusform>%n поле, а в заголовке %1 (пропущен разделитель или перенос строки вне кавычек?)</numerusform>
            <numerusform>%n поля, а в заголовке %1 (пропущен разделитель или перенос строки вне кавычек?)</numerusform>
            <numerusform>%n полей, а в заголовке %1 (пропущен разделитель или перенос строки вне кавычек?)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where the header has %1 (an unquoted %2 inside a value?)</source>
        <translation>
            <numerusform>%n поле, а в заголовке %1 (%2 внутри значения без кавычек?)</numerusform>
            <numerusform>%n поля, а в заголовке %1 (%2 внутри значения без кавычек?)</numerusform>
            <numerusform>%n полей, а в заголовке %1 (%2 внутри значения без кавычек?)</numerusform>
        </translation>
    </message>
    <message>
        <source>the date columns disagree: one puts the day first, another the month</source>
        <translation>столбцы дат расходятся: в одном сначала день, в другом месяц</translation>
    </message>
    <message numerus="yes">
        <source>all %Ln row(s) have dates such as 03/04/2024 that could be day-month or month-day</source>
        <translation>
            <numerusform>во всех строках (%Ln) даты вида 03/04/2024 читаются и как день-месяц, и как месяц-день</numerusform>
            <numerusform>во всех строках (%Ln) даты вида 03/04/2024 читаются и как день-месяц, и как месяц-день</numerusform>
            <numerusform>во всех строках (%Ln) даты вида 03/04/2024 читаются и как день-месяц, и как месяц-день</numerusform>
        </translation>
    </message>
    <message>
        <source>the dates could be day-month or month-day</source>
        <translation>даты читаются и как день-месяц, и как месяц-день</translation>
    </message>
    <message>
        <source>the file %1 does not exist.</source>
        <translation>файла %1 не существует.</translation>
    </message>
    <message>
        <source>the file %1 cannot be opened (%2).</source>
        <translation>не удаётся открыть файл %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is not a file (a folder?).</source>
        <translation>%1 — не файл (папка?).</translation>
    </message>
    <message>
        <source>the file %1 cannot be read (%2).</source>
        <translation>не удаётся прочитать файл %1 (%2).</translation>
    </message>
    <message>
        <source>the file %1 is empty: it holds no row that can be read.</source>
        <translation>файл %1 пуст: в нём нет ни одной строки, которую можно прочитать.</translation>
    </message>
    <message>
        <source>the characters of the file %1 cannot be read in its encoding.</source>
        <translation>символы файла %1 не читаются в его кодировке.</translation>
    </message>
    <message>
        <source>the file %1 holds no vCard (BEGIN:VCARD … END:VCARD).</source>
        <translation>файл %1 не содержит ни одной визитки vCard (BEGIN:VCARD … END:VCARD).</translation>
    </message>
    <message>
        <source>the file %1 no longer has the columns shown above: choose it again and check the mapping.</source>
        <translation>в файле %1 больше нет столбцов, показанных выше: выберите его снова и проверьте сопоставление.</translation>
    </message>
    <message>
        <source>the dates were said to be %1, but row %2 of %3 has “%4”, which puts the day first. Choose the order the file uses under Dates.</source>
        <translation>даты должны были идти в порядке %1, но в строке %2 %3 стоит «%4», где сначала день. Выберите в поле «Даты» порядок, который использует файл.</translation>
    </message>
    <message>
        <source>the dates were said to be %1, but row %2 of %3 has “%4”, which puts the month first. Choose the order the file uses under Dates.</source>
        <translation>даты должны были идти в порядке %1, но в строке %2 %3 стоит «%4», где сначала месяц. Выберите в поле «Даты» порядок, который использует файл.</translation>
    </message>
    <message>
        <source>%1. Choose the order under Dates.</source>
        <comment>why the date order is open</comment>
        <translation>%1. Выберите порядок в поле «Даты».</translation>
    </message>
    <message>
        <source>you have no permission to read the file %1.</source>
        <translation>у вас нет прав на чтение файла %1.</translation>
    </message>
    <message>
        <source>the rejected rows cannot be written to %1 (can the folder be written to? is the disk full?).</source>
        <translation>не удаётся записать отклонённые строки в %1 (доступна ли папка для записи? не заполнен ли диск?).</translation>
    </message>
    <message>
        <source>column %1</source>
        <comment>%3 in &quot;row %2 of %3&quot;: in the case that phrase needs</comment>
        <translation>столбца %1</translation>
    </message>
    <message>
        <source>column “%1”</source>
        <comment>%3 in &quot;row %2 of %3&quot;: in the case that phrase needs</comment>
        <translation>столбца «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) would make %1.</source>
        <translation>
            <numerusform>%Ln строка дала бы %1.</numerusform>
            <numerusform>%Ln строки дали бы %1.</numerusform>
            <numerusform>%Ln строк дали бы %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where most rows have %1 (a missing delimiter, or a line break outside quotes?)</source>
        <translation>
            <numerusform>%n поле, а в большинстве строк %1 (пропущен разделитель или перенос строки вне кавычек?)</numerusform>
            <numerusform>%n поля, а в большинстве строк %1 (пропущен разделитель или перенос строки вне кавычек?)</numerusform>
            <numerusform>%n полей, а в большинстве строк %1 (пропущен разделитель или перенос строки вне кавычек?)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where most rows have %1 (an unquoted %2 inside a value?)</source>
        <translation>
            <numerusform>%n поле, а в большинстве строк %1 (%2 внутри значения без кавычек?)</numerusform>
            <numerusform>%n поля, а в большинстве строк %1 (%2 внутри значения без кавычек?)</numerusform>
            <numerusform>%n полей, а в большинстве строк %1 (%2 внутри значения без кавычек?)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::KnowledgeAuditView</name>
    <message>
        <source>Audit again</source>
        <translation>Повторить аудит</translation>
    </message>
    <message>
        <source>Read the whole base again in the background</source>
        <translation>Заново прочитать всю базу в фоновом режиме</translation>
    </message>
    <message>
        <source>No.</source>
        <comment>a question&apos;s number</comment>
        <translation>№</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>By value</source>
        <translation>По ценности</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Чего не хватает</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Ценность</translation>
    </message>
    <message>
        <source>The audit reads the whole base in the background when this tab is shown.</source>
        <translation>Когда открыта эта вкладка, аудит читает всю базу в фоновом режиме.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>База данных не открыта.</translation>
    </message>
    <message>
        <source>Auditing the customers&apos; records in the background…</source>
        <translation>Аудит записей о клиентах в фоновом режиме…</translation>
    </message>
    <message>
        <source>The audit failed: %1</source>
        <translation>Ошибка аудита: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s); value counts revenue to date and the predicted value.</source>
        <translation>
            <numerusform>%Ln клиент; в ценности учитываются выручка на сегодня и прогнозная ценность.</numerusform>
            <numerusform>%Ln клиента; в ценности учитываются выручка на сегодня и прогнозная ценность.</numerusform>
            <numerusform>%Ln клиентов; в ценности учитываются выручка на сегодня и прогнозная ценность.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s); no analysis run has stored scores yet, so the ranking and the predicted values are missing (Run analysis, then store the scores).</source>
        <translation>
            <numerusform>%Ln клиент; ни один запуск анализа ещё не сохранил оценки, поэтому нет ранжирования и прогнозной ценности (запустите анализ, затем сохраните оценки).</numerusform>
            <numerusform>%Ln клиента; ни один запуск анализа ещё не сохранил оценки, поэтому нет ранжирования и прогнозной ценности (запустите анализ, затем сохраните оценки).</numerusform>
            <numerusform>%Ln клиентов; ни один запуск анализа ещё не сохранил оценки, поэтому нет ранжирования и прогнозной ценности (запустите анализ, затем сохраните оценки).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>what is missing: how many customers</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>concerns no customer</source>
        <translation>не относится ни к одному клиенту</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between missing pieces</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>%1 of %2 customers concerned</source>
        <comment>coverage by customers</comment>
        <translation>Ответ есть: %1 из %2 (клиенты, к которым относится вопрос)</translation>
    </message>
    <message>
        <source>Share of the concerned customers&apos; value</source>
        <translation>Доля ценности клиентов, к которым относится вопрос</translation>
    </message>
    <message>
        <source>%1 Answered from: %2 Every customer it concerns is answered.</source>
        <translation>%1 Данные для ответа: %2 Ответ есть для всех клиентов, к которым относится вопрос.</translation>
    </message>
    <message>
        <source>%1 Answered from: %2 Customers to complete first, most valuable first:</source>
        <translation>%1 Данные для ответа: %2 Клиенты, данные которых нужно дополнить, начиная с самых ценных:</translation>
    </message>
</context>
<context>
    <name>rapport::ui::LadderStageDialog</name>
    <message>
        <source>Ladder stage</source>
        <translation>Ступень лестницы</translation>
    </message>
    <message>
        <source>Follow the rules (no stage set by hand)</source>
        <translation>По правилам (ступень не задана вручную)</translation>
    </message>
    <message>
        <source>Why, e.g. &quot;signed a framework agreement&quot;</source>
        <translation>Почему, например «подписали рамочное соглашение»</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Ступень:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>The lists and charts show the new stage after the next analysis run (F5).</source>
        <translation>Списки и диаграммы покажут новую ступень после следующего запуска анализа (F5).</translation>
    </message>
    <message>
        <source>Reason: required when a stage is set by hand, so that others know why</source>
        <translation>Причина: обязательна, если ступень задаётся вручную, чтобы другие знали почему</translation>
    </message>
</context>
<context>
    <name>rapport::ui::LostCustomerTab</name>
    <message>
        <source>Lost on</source>
        <translation>Дата потери</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Win-back attempts</source>
        <translation>Попытки возвращения</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Lost: recorded here by a person, with a reason. Lapsed: the analysis sees no purchase for longer than the customer&apos;s usual rhythm; that is shown on the Relationship tab.</source>
        <translation>Потерян — отмечено здесь человеком с указанием причины. Неактивен — анализ не видит покупок дольше обычного для клиента ритма; это показано на вкладке «Отношения».</translation>
    </message>
    <message>
        <source>&amp;Record lost customer…</source>
        <translation>&amp;Отметить потерю клиента…</translation>
    </message>
    <message>
        <source>Log &amp;win-back attempt…</source>
        <translation>Попытка &amp;возвращения…</translation>
    </message>
    <message>
        <source>&amp;Outcome…</source>
        <translation>&amp;Итог…</translation>
    </message>
    <message>
        <source>Record lost customer %1</source>
        <translation>Потеря клиента: %1</translation>
    </message>
    <message>
        <source>Record that the customer left and why. The churn reasons chart and report count these beside the benchmarks of the seed; win-back attempts are logged against the record.</source>
        <translation>Отметьте, что клиент ушёл, и почему. Диаграмма и отчёт о причинах оттока сравнивают эти записи с ориентирами из источника; попытки вернуть клиента записываются к этой записи.</translation>
    </message>
    <message>
        <source>%1 (%2–%3 % of lost customers in the seed)</source>
        <translation>%1 (%2–%3 % потерянных клиентов по данным источника)</translation>
    </message>
    <message>
        <source>In the customer&apos;s or your own words: what happened</source>
        <translation>Своими словами или словами клиента: что произошло</translation>
    </message>
    <message>
        <source>&amp;Lost on:</source>
        <translation>&amp;Дата потери:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>Подро&amp;бности:</translation>
    </message>
    <message>
        <source>Win-back attempt</source>
        <translation>Попытка возвращения</translation>
    </message>
    <message>
        <source>What was offered, e.g. 10 % off the next order</source>
        <translation>Что предложили, например скидку 10 % на следующий заказ</translation>
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
        <translation>&amp;Предложение и заметки:</translation>
    </message>
    <message>
        <source>Log win-back attempt</source>
        <translation>Запись попытки возвращения</translation>
    </message>
    <message>
        <source>Win-back outcome</source>
        <translation>Итог возвращения</translation>
    </message>
    <message>
        <source>How did the win-back end?</source>
        <translation>Чем закончилась попытка вернуть клиента?</translation>
    </message>
    <message>
        <source>Win-back outcome: %1</source>
        <translation>Итог возвращения: %1</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Ничего не изменено: %1</translation>
    </message>
    <message>
        <source>No win-back yet</source>
        <translation>Возвращения ещё не было</translation>
    </message>
    <message>
        <source>Win-back under way</source>
        <translation>Возвращение в процессе</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>Возвращён</translation>
    </message>
    <message>
        <source>Lost for good</source>
        <translation>Потерян окончательно</translation>
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
            <numerusform>Ожидание другой программы прекращено через %n с.</numerusform>
            <numerusform>Ожидание другой программы прекращено через %n с.</numerusform>
            <numerusform>Ожидание другой программы прекращено через %n с.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done waiting for the other program (%n s).</source>
        <translation>
            <numerusform>Ожидание другой программы завершено (%n с).</numerusform>
            <numerusform>Ожидание другой программы завершено (%n с).</numerusform>
            <numerusform>Ожидание другой программы завершено (%n с).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Busy, waiting: another program is writing to this database (%n s)...</source>
        <translation>
            <numerusform>Занято, ожидание: другая программа записывает в эту базу данных (%n с)...</numerusform>
            <numerusform>Занято, ожидание: другая программа записывает в эту базу данных (%n с)...</numerusform>
            <numerusform>Занято, ожидание: другая программа записывает в эту базу данных (%n с)...</numerusform>
        </translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Партнёрства</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Эпизоды</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Аналитика</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Analysing the customer base…</source>
        <translation>Анализ клиентской базы…</translation>
    </message>
    <message>
        <source>Undo/redo</source>
        <translation>Отмена и повтор</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>New &amp;customer…</source>
        <translation>Новый &amp;клиент…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>Новая &amp;база данных…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <source>&amp;Connect to team database…</source>
        <translation>&amp;Подключиться к общей базе данных…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>Создать &amp;резервную копию…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Generate &amp;demo data…</source>
        <translation>Создать &amp;демонстрационные данные…</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Демонстрационные данные</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Найти &amp;дубликаты…</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Найти клиента</translation>
    </message>
    <message>
        <source>&amp;Edit customer…</source>
        <translation>&amp;Изменить клиента…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Log episode…</source>
        <translation>&amp;Записать эпизод…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Record lost &amp;customer…</source>
        <translation>Отметить поте&amp;рю клиента…</translation>
    </message>
    <message>
        <source>&amp;Delete customer…</source>
        <translation>&amp;Удалить клиента…</translation>
    </message>
    <message>
        <source>Only a customer without episodes, e.g. entered by mistake; Undo brings it back</source>
        <translation>Только клиента без эпизодов, например внесённого по ошибке; «Отменить» вернёт его</translation>
    </message>
    <message>
        <source>Customer &amp;profile report</source>
        <translation>О&amp;тчёт «Профиль клиента»</translation>
    </message>
    <message>
        <source>Customer profile report</source>
        <translation>Отчёт «Профиль клиента»</translation>
    </message>
    <message>
        <source>Choose a customer in the list first.</source>
        <translation>Сначала выберите клиента в списке.</translation>
    </message>
    <message>
        <source>E&amp;xport personal data…</source>
        <translation>&amp;Экспорт персональных данных…</translation>
    </message>
    <message>
        <source>E&amp;rase personal data…</source>
        <translation>&amp;Стереть персональные данные…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Журнал изменений…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Re&amp;load lists</source>
        <translation>&amp;Обновить списки</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Run &amp;analysis</source>
        <translation>Запустить &amp;анализ</translation>
    </message>
    <message>
        <source>Analysis &amp;settings…</source>
        <translation>&amp;Параметры анализа…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Комбинации клавиш</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Комбинации клавиш</translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation>&amp;О программе Rapport</translation>
    </message>
    <message>
        <source>About Rapport</source>
        <translation>О программе Rapport</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Общая база данных</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Пароль для %1:</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <source>Rapport could not open %1.

%2</source>
        <translation>Rapport не удалось открыть %1.

%2</translation>
    </message>
    <message>
        <source>Team database – Rapport</source>
        <translation>Общая база данных – Rapport</translation>
    </message>
    <message>
        <source>You are signed in as %1, who owns the tables or bypasses row-level security: you see and can change every customer. Work with a login of a team member (rapport-cli team add-user).</source>
        <translation>Вы вошли как %1 — владелец таблиц или пользователь, обходящий защиту на уровне строк: вы видите и можете изменять всех клиентов. Работайте под учётной записью участника команды (rapport-cli team add-user).</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <source>%1 – Rapport</source>
        <translation>%1 – Rapport</translation>
    </message>
    <message>
        <source>Not updated: %1</source>
        <translation>Не обновлено: %1</translation>
    </message>
    <message>
        <source>Updated with changes made elsewhere</source>
        <translation>Обновлено с учётом изменений, сделанных в другом месте</translation>
    </message>
    <message>
        <source>Updated with changes by %1</source>
        <translation>Обновлено с учётом изменений пользователя %1</translation>
    </message>
    <message>
        <source>Log episode</source>
        <translation>Запись эпизода</translation>
    </message>
    <message>
        <source>The episode was not saved: %1</source>
        <translation>Эпизод не сохранён: %1</translation>
    </message>
    <message>
        <source>Episode logged.</source>
        <translation>Эпизод записан.</translation>
    </message>
    <message>
        <source>New customer %1</source>
        <translation>Новый клиент %1</translation>
    </message>
    <message>
        <source>Customer %1 created.</source>
        <translation>Клиент %1 создан.</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>The customer was not saved: %1</source>
        <translation>Клиент не сохранён: %1</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>Удаление клиента</translation>
    </message>
    <message>
        <source>Delete %1 with their contact persons, tasks and cost lines?

Edit &gt; Undo brings them back.</source>
        <translation>Удалить %1 вместе с контактными лицами, задачами и статьями затрат?

Правка &gt; Отменить вернёт их.</translation>
    </message>
    <message>
        <source>Not deleted.</source>
        <translation>Не удалено.</translation>
    </message>
    <message>
        <source>Delete customer %1</source>
        <translation>Удаление клиента %1</translation>
    </message>
    <message>
        <source>%1 deleted; Edit &gt; Undo brings them back.</source>
        <translation>Клиент %1 удалён; Правка &gt; Отменить вернёт всё обратно.</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <source>Rapport databases (*.sqlite);;All files (*)</source>
        <translation>Базы данных Rapport (*.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name, or use File &gt; Open.</source>
        <translation>%1 уже существует. Выберите новое имя или воспользуйтесь командой Файл &gt; Открыть.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Открытие базы данных</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Резервное копирование базы данных</translation>
    </message>
    <message>
        <source>Rapport databases (*.sqlite *.backup);;All files (*)</source>
        <translation>Базы данных Rapport (*.sqlite *.backup);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Резервное копирование в %1…</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Резервная копия сохранена в %1</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Ошибка резервного копирования</translation>
    </message>
    <message>
        <source>Demo data cancelled; the database is unchanged.</source>
        <translation>Создание демонстрационных данных отменено; база данных не изменена.</translation>
    </message>
    <message>
        <source>Generating demo data failed; the database is unchanged.

%1</source>
        <translation>Не удалось создать демонстрационные данные; база данных не изменена.

%1</translation>
    </message>
    <message>
        <source>Demo data generated.</source>
        <translation>Демонстрационные данные созданы.</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Экспорт персональных данных</translation>
    </message>
    <message>
        <source>no customer chosen</source>
        <translation>клиент не выбран</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Personal data of customer #%1 written to %2</source>
        <translation>Персональные данные клиента №%1 записаны в %2</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Удаление персональных данных</translation>
    </message>
    <message>
        <source>Erase the name, address, e-mails, phones, tags, notes, consents and contact persons of %1, and the notes of their episodes, tasks and churn records?

Their episodes keep dates, kinds and amounts, so totals stay. This cannot be undone: back up first (File &gt; Back up).</source>
        <translation>Стереть имя, адрес, эл. почту, телефоны, метки, заметки, согласия и контактных лиц клиента %1, а также заметки к его эпизодам, задачам и записям об оттоке?

Эпизоды сохранят даты, виды и суммы, поэтому итоги не изменятся. Это действие нельзя отменить: сначала создайте резервную копию (Файл &gt; Создать резервную копию).</translation>
    </message>
    <message>
        <source>Personal data of customer #%1 erased; the erasure is recorded.</source>
        <translation>Персональные данные клиента №%1 стёрты; факт удаления записан.</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>Поиск дубликатов</translation>
    </message>
    <message>
        <source>Open or create a database first.</source>
        <translation>Сначала откройте или создайте базу данных.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Import written. An import cannot be undone: Edit &gt; Undo starts afresh.</source>
        <translation>Импорт записан. Импорт нельзя отменить: история отмены (Правка &gt; Отменить) начинается заново.</translation>
    </message>
    <message>
        <source>C&amp;urrency…</source>
        <translation>&amp;Валюта…</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>The currency was not set: %1</source>
        <translation>Валюта не задана: %1</translation>
    </message>
    <message>
        <source>Only an admin of the team can change the currency of the team database.</source>
        <translation>Изменить валюту общей базы данных может только администратор команды.</translation>
    </message>
    <message>
        <source>The currency was not changed: %1</source>
        <translation>Валюта не изменена: %1</translation>
    </message>
    <message>
        <source>Every amount is now shown in %1; nothing was converted. Edit &gt; Undo brings the previous currency back.</source>
        <translation>Теперь все суммы показываются в валюте %1; пересчёта не было. Правка &gt; Отменить вернёт прежнюю валюту.</translation>
    </message>
    <message>
        <source>Every amount in this team database is in %1. Only an admin of the team can change the currency.</source>
        <translation>Валюта всех сумм в этой общей базе данных: %1. Изменить валюту может только администратор команды.</translation>
    </message>
    <message>
        <source>no particular currency</source>
        <translation>не задана</translation>
    </message>
    <message>
        <source>administrator</source>
        <comment>a team role</comment>
        <translation>администратор</translation>
    </message>
    <message>
        <source>sales manager</source>
        <comment>a team role</comment>
        <translation>менеджер по продажам</translation>
    </message>
    <message>
        <source>analyst</source>
        <comment>a team role</comment>
        <translation>аналитик</translation>
    </message>
    <message>
        <source>database administrator</source>
        <comment>a team role</comment>
        <translation>администратор базы данных</translation>
    </message>
    <message numerus="yes">
        <source>This database already has customers. Add %Ln demo customer(s) to them?</source>
        <translation>
            <numerusform>В этой базе данных уже есть клиенты. Добавить к ним %Ln демонстрационного клиента?</numerusform>
            <numerusform>В этой базе данных уже есть клиенты. Добавить к ним %Ln демонстрационных клиентов?</numerusform>
            <numerusform>В этой базе данных уже есть клиенты. Добавить к ним %Ln демонстрационных клиентов?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <comment>a range of shortcuts</comment>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>Найти клиента</translation>
    </message>
    <message>
        <source>Log an episode</source>
        <translation>Записать эпизод</translation>
    </message>
    <message>
        <source>Edit the customer</source>
        <translation>Изменить клиента</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Run the analysis</source>
        <translation>Запустить анализ</translation>
    </message>
    <message>
        <source>Reload the lists</source>
        <translation>Обновить списки</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Создать резервную копию базы данных</translation>
    </message>
    <message>
        <source>A CRM for relationship marketing: customers, contact persons and every episode of the relationship on one timeline.</source>
        <translation>CRM для маркетинга партнёрских отношений: клиенты, контактные лица и все эпизоды отношений на одной временной шкале.</translation>
    </message>
    <message>
        <source>MIT licence.</source>
        <translation>Лицензия MIT.</translation>
    </message>
    <message>
        <source>Team database: %1 · signed in as %2 (%3)</source>
        <translation>Общая база данных: %1 · вход выполнен как %2 (%3)</translation>
    </message>
    <message>
        <source>Team database: %1</source>
        <translation>Общая база данных: %1</translation>
    </message>
    <message>
        <source>The customer was not deleted: %1</source>
        <translation>Клиент не удалён: %1</translation>
    </message>
    <message>
        <source>The database was not backed up: %1</source>
        <translation>Резервная копия базы данных не создана: %1</translation>
    </message>
    <message>
        <source>Nothing was erased: %1</source>
        <translation>Ничего не стёрто: %1</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
    <message>
        <source>Dashboard, Customers, Episodes, Partnerships, Analytics, Reports, Campaigns</source>
        <translation>Сводка, Клиенты, Эпизоды, Партнёрства, Аналитика, Отчёты, Кампании</translation>
    </message>
    <message>
        <source>Service &amp;levels…</source>
        <translation>Уровни о&amp;бслуживания…</translation>
    </message>
    <message>
        <source>Database not opened</source>
        <translation>База данных не открыта</translation>
    </message>
    <message>
        <source>The upgrade of %1 was stopped. The file was left as it was; it is upgraded the next time you open it.</source>
        <translation>Обновление %1 остановлено. Файл оставлен без изменений; он будет обновлён при следующем открытии.</translation>
    </message>
    <message>
        <source>Database: %1 · upgraded; the file as it was is kept beside it</source>
        <translation>База данных: %1 · обновлена; файл в прежнем виде сохранён рядом</translation>
    </message>
    <message>
        <source>Upgraded from an older Rapport. The file as it was: %1</source>
        <translation>Обновлено из более старой версии Rapport. Файл в прежнем виде: %1</translation>
    </message>
    <message>
        <source>The upgrade of %1 was stopped. The file was left as it was; it is upgraded the next time you open it. Rapport closes now.</source>
        <translation>Обновление %1 остановлено. Файл оставлен без изменений; он будет обновлён при следующем открытии. Rapport сейчас закроется.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::PartnerNetworkView</name>
    <message>
        <source>Click a partner to open its card</source>
        <translation>Щёлкните партнёра, чтобы открыть его карточку</translation>
    </message>
    <message>
        <source>Our firm</source>
        <translation>Наша фирма</translation>
    </message>
    <message>
        <source>No partnerships recorded yet.</source>
        <translation>Партнёрства ещё не записаны.</translation>
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
        <translation>Изменение партнёрства с %1</translation>
    </message>
    <message>
        <source>New partnership</source>
        <translation>Новое партнёрство</translation>
    </message>
    <message>
        <source>Type to find the partner among the customers</source>
        <translation>Начните вводить, чтобы найти партнёра среди клиентов</translation>
    </message>
    <message>
        <source>Not a customer</source>
        <translation>Не клиент</translation>
    </message>
    <message>
        <source>value created together and shared, per year</source>
        <translation>ценность, созданная совместно и разделяемая, в год</translation>
    </message>
    <message>
        <source>since</source>
        <translation>с даты</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Партнёр:</translation>
    </message>
    <message>
        <source>Also a c&amp;ustomer:</source>
        <translation>Также &amp;клиент:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Направление:</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Форма:</translation>
    </message>
    <message>
        <source>Bonds:</source>
        <translation>Связи:</translation>
    </message>
    <message>
        <source>&amp;Value shared:</source>
        <translation>&amp;Разделяемая ценность:</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>&amp;Дата начала:</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>С&amp;тадия:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Value shared: expected an amount such as 25000.00, got &quot;%1&quot;</source>
        <translation>Разделяемая ценность: ожидается сумма вида 25000,00, получено «%1»</translation>
    </message>
    <message>
        <source>Please correct:</source>
        <translation>Исправьте:</translation>
    </message>
    <message>
        <source>End partnership with %1</source>
        <translation>Завершение партнёрства с %1</translation>
    </message>
    <message>
        <source>Stage of partnership with %1</source>
        <translation>Стадия партнёрства с %1</translation>
    </message>
    <message>
        <source>why it ended, e.g. quality problems</source>
        <translation>почему завершено, например проблемы с качеством</translation>
    </message>
    <message>
        <source>what happened, e.g. first joint order</source>
        <translation>что произошло, например первый совместный заказ</translation>
    </message>
    <message>
        <source>Date: the stage before began on %1; a later stage cannot begin earlier</source>
        <translation>Дата: предыдущая стадия началась %1; следующая стадия не может начаться раньше</translation>
    </message>
    <message>
        <source>Reason: please say why the partnership ended</source>
        <translation>Причина: укажите, почему партнёрство завершено</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Стадия:</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Начиная с:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Заметка:</translation>
    </message>
</context>
<context>
    <name>rapport::ui::PartnershipsPage</name>
    <message>
        <source>&amp;New partnership…</source>
        <translation>&amp;Новое партнёрство…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Next &amp;stage…</source>
        <translation>Следующая с&amp;тадия…</translation>
    </message>
    <message>
        <source>Formation, experimentation, identification, renewal: each change is kept in the history</source>
        <translation>Формирование, экспериментирование, идентификация, обновление: каждая смена сохраняется в истории</translation>
    </message>
    <message>
        <source>En&amp;d (rupture)…</source>
        <translation>&amp;Завершить (разрыв)…</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Стадия</translation>
    </message>
    <message>
        <source>Value shared / year</source>
        <translation>Разделяемая ценность в год</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Bonds</source>
        <translation>Связи</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Список</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>С&amp;еть</translation>
    </message>
    <message>
        <source>New partnership with %1</source>
        <translation>Новое партнёрство с %1</translation>
    </message>
    <message>
        <source>New partnership</source>
        <translation>Новое партнёрство</translation>
    </message>
    <message>
        <source>Edit partnership with %1</source>
        <translation>Изменение партнёрства с %1</translation>
    </message>
    <message>
        <source>Edit partnership</source>
        <translation>Изменение партнёрства</translation>
    </message>
    <message>
        <source>End partnership with %1</source>
        <translation>Завершение партнёрства с %1</translation>
    </message>
    <message>
        <source>Partnership stage</source>
        <translation>Стадия партнёрства</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Ничего не изменено: %1</translation>
    </message>
    <message>
        <source>Partnership with %1: %2</source>
        <comment>a partner: a lifecycle stage</comment>
        <translation>Партнёрство с %1: %2</translation>
    </message>
    <message>
        <source>Bonds:</source>
        <translation>Связи:</translation>
    </message>
    <message>
        <source>Value shared per year:</source>
        <translation>Разделяемая ценность в год:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Начало:</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>Окончание:</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>История стадий</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ReportsPage</name>
    <message>
        <source>Loyalty</source>
        <translation>Лояльность</translation>
    </message>
    <message>
        <source>Profitability</source>
        <translation>Прибыльность</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Отток</translation>
    </message>
    <message>
        <source>Customer profile</source>
        <translation>Профиль клиента</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Отчёт:</translation>
    </message>
    <message>
        <source>customer #</source>
        <translation>клиент № </translation>
    </message>
    <message>
        <source>&lt;p&gt;Reports appear here after the analysis has run (View &amp;gt; Run analysis, F5).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Отчёты появятся здесь после запуска анализа (Вид &amp;gt; Запустить анализ, F5).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Making the report in the background: it analyses the base with the settings of the Analytics page…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Отчёт готовится в фоне: он анализирует базу с настройками страницы «Аналитика»…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The report is made when this page is shown.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Отчёт готовится, когда открыта эта страница.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>There is no report yet: run the analysis first.</source>
        <translation>Отчёта ещё нет: сначала запустите анализ.</translation>
    </message>
    <message>
        <source>There is no customer #%1.</source>
        <translation>Клиента № %1 нет.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Сохранение отчёта</translation>
    </message>
    <message>
        <source>Saving %1 …</source>
        <translation>Сохранение %1 …</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>Файлы HTML (*.html)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>The report cannot be made: %1</source>
        <translation>Не удаётся составить отчёт: %1</translation>
    </message>
    <message numerus="yes">
        <source>Made from the analysis of %1; PDF and HTML show the first %Ln row(s) of long tables, XLSX and CSV hold every row.</source>
        <translation>
            <numerusform>Составлено по анализу на %1; в PDF и HTML длинные таблицы показаны первой %Ln строкой, XLSX и CSV содержат все строки.</numerusform>
            <numerusform>Составлено по анализу на %1; в PDF и HTML длинные таблицы показаны первыми %Ln строками, XLSX и CSV содержат все строки.</numerusform>
            <numerusform>Составлено по анализу на %1; в PDF и HTML длинные таблицы показаны первыми %Ln строками, XLSX и CSV содержат все строки.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>Файл %1 не сохранён: %2</translation>
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
        <translation>Сохранить как:</translation>
    </message>
    <message>
        <source>Knowledge audit</source>
        <translation>Аудит знаний</translation>
    </message>
    <message>
        <source>&lt;p&gt;Auditing the customers&apos; records in the background…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Аудит записей о клиентах в фоновом режиме…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Made from the customers&apos; records as they are now; XLSX and CSV hold every row.</source>
        <translation>Составлено по текущим записям о клиентах; XLSX и CSV содержат все строки.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ServiceLevelDialog</name>
    <message>
        <source>New service level</source>
        <translation>Новый уровень обслуживания</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Уровень обслуживания</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Levels are checked from rank 1 up: a customer takes the first level whose rule they meet</source>
        <translation>Уровни проверяются начиная с места 1: клиент получает первый уровень, правилу которого соответствует</translation>
    </message>
    <message>
        <source>&amp;Rank:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>Customers whose last analysis shows (nothing ticked in a row: any):</source>
        <translation>Клиенты, у которых по последнему анализу (если в строке ничего не отмечено — любое значение):</translation>
    </message>
    <message>
        <source>Ranking class:</source>
        <translation>Класс ABC:</translation>
    </message>
    <message>
        <source>Four-group:</source>
        <translation>Группа:</translation>
    </message>
    <message>
        <source>Ladder stage:</source>
        <translation>Ступень лестницы:</translation>
    </message>
    <message>
        <source>Churn status:</source>
        <translation>Статус оттока:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любой</translation>
    </message>
    <message>
        <source>Predicted value at or above this percentile of the customers: 80 means the top 20 %</source>
        <translation>Прогнозная ценность не ниже этого процентиля по клиентам: 80 — лучшие 20 %</translation>
    </message>
    <message>
        <source>Predicted value from &amp;percentile:</source>
        <translation>Прогнозная ценность от &amp;процентиля:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>A customer of this level not contacted for longer appears under Needs attention</source>
        <translation>Клиент этого уровня, с которым дольше не было контакта, появляется в списке «Требуют внимания»</translation>
    </message>
    <message>
        <source>Preventive &amp;contact every:</source>
        <translation>Профилактический &amp;контакт раз в:</translation>
    </message>
    <message>
        <source>e.g. special rewards, a personal contact, first look at new products</source>
        <translation>например, особые вознаграждения, личный контакт, ранний доступ к новинкам</translation>
    </message>
    <message>
        <source>&amp;Entitles to:</source>
        <translation>&amp;Даёт право на:</translation>
    </message>
    <message>
        <source>Name: the level needs a name</source>
        <translation>Название: у уровня должно быть название</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ServiceLevelText</name>
    <message>
        <source>class %1</source>
        <translation>класс %1</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>группа %1</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>ступень %1</translation>
    </message>
    <message>
        <source>churn %1</source>
        <translation>отток: %1</translation>
    </message>
    <message>
        <source>predicted value from percentile %1</source>
        <translation>прогнозная ценность от процентиля %1</translation>
    </message>
    <message>
        <source>every customer</source>
        <translation>все клиенты</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ServiceLevelsDialog</name>
    <message>
        <source>Service levels</source>
        <translation>Уровни обслуживания</translation>
    </message>
    <message>
        <source>Service follows value: each customer takes the first level, by rank, whose rule the last analysis meets. Customers of a level not contacted for longer than its interval appear under Needs attention.</source>
        <translation>Обслуживание следует за ценностью: каждый клиент получает первый по месту уровень, правилу которого соответствуют данные последнего анализа. Клиенты уровня, с которыми не было контакта дольше его интервала, появляются в списке «Требуют внимания».</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Contact every</source>
        <translation>Контакт раз в</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Entitles to</source>
        <translation>Даёт право на</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Add &amp;suggested levels</source>
        <translation>Добавить &amp;рекомендуемые уровни</translation>
    </message>
    <message>
        <source>Win-back, key, regular and occasional, after the seeds: special rewards for the best customers, incentives for regular ones, special offers for those who recently left</source>
        <translation>Возвращение, ключевые, постоянные и случайные клиенты — по источнику: особые вознаграждения лучшим клиентам, поощрения постоянным, специальные предложения недавно ушедшим</translation>
    </message>
    <message>
        <source>The levels changed. Run the analysis now so that customers take their levels?</source>
        <translation>Уровни изменены. Запустить анализ сейчас, чтобы клиенты получили свои уровни?</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Add service level %1</source>
        <translation>Добавление уровня обслуживания «%1»</translation>
    </message>
    <message>
        <source>Change service level %1</source>
        <translation>Изменение уровня обслуживания «%1»</translation>
    </message>
    <message>
        <source>Remove service level</source>
        <translation>Удаление уровня обслуживания</translation>
    </message>
    <message>
        <source>Remove the level %1? Its customers have no level until the next analysis run; their history keeps it.</source>
        <translation>Удалить уровень «%1»? Его клиенты останутся без уровня до следующего запуска анализа; в их истории он сохранится.</translation>
    </message>
    <message>
        <source>Remove service level %1</source>
        <translation>Удаление уровня обслуживания «%1»</translation>
    </message>
    <message>
        <source>Add the suggested service levels</source>
        <translation>Добавление рекомендуемых уровней обслуживания</translation>
    </message>
</context>
<context>
    <name>rapport::ui::TaskDialog</name>
    <message>
        <source>New task</source>
        <translation>Новая задача</translation>
    </message>
    <message>
        <source>e.g. Call back before the contract ends</source>
        <translation>например «Перезвонить до окончания договора»</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Задача:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>Please correct:</source>
        <translation>Исправьте:</translation>
    </message>
</context>
<context>
    <name>rapport::ui::TaskIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop the background work; nothing half-done is kept</source>
        <translation>Остановить фоновую работу; незавершённые результаты не сохраняются</translation>
    </message>
</context>
<context>
    <name>rapport::ui::TaskList</name>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>На сегодня</translation>
    </message>
    <message>
        <source>Due in the next two weeks</source>
        <translation>В ближайшие две недели</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>overdue, due today</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>просрочено: %Ln</numerusform>
            <numerusform>просрочено: %Ln</numerusform>
            <numerusform>просрочено: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due today</source>
        <translation>
            <numerusform>на сегодня: %Ln</numerusform>
            <numerusform>на сегодня: %Ln</numerusform>
            <numerusform>на сегодня: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown, oldest first, up to %1: %2</source>
        <translation>
            <numerusform>Показано: %Ln, сначала старые, до %1: %2</numerusform>
            <numerusform>Показано: %Ln, сначала старые, до %1: %2</numerusform>
            <numerusform>Показано: %Ln, сначала старые, до %1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::TasksTab</name>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>&amp;Add task…</source>
        <translation>&amp;Добавить задачу…</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Выполнено</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>&amp;Открыть снова</translation>
    </message>
    <message>
        <source>Add task %1</source>
        <translation>Добавление задачи %1</translation>
    </message>
    <message>
        <source>Task done: %1</source>
        <translation>Задача выполнена: %1</translation>
    </message>
    <message>
        <source>Task open again: %1</source>
        <translation>Задача снова открыта: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::UndoText</name>
    <message>
        <source>“%1” could not be done again: %2</source>
        <translation>Не удалось повторить «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” was not undone: %2</source>
        <translation>Не удалось отменить «%1»: %2</translation>
    </message>
    <message>
        <source>Someone else saved a change to the same record while you were editing it.</source>
        <translation>Пока вы редактировали запись, кто-то другой сохранил в ней изменения.</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>&amp;Оставить их версию</translation>
    </message>
    <message>
        <source>&amp;Save mine over theirs</source>
        <translation>&amp;Записать мою поверх их</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Ничего не изменено: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::WinBackList</name>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Value at stake</source>
        <translation>Ценность под угрозой</translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation>Возвращение</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Win-back attempts, and how the win-back ended</source>
        <translation>Попытки возвращения и его итог</translation>
    </message>
    <message>
        <source>The margin the customer brought per year while buying</source>
        <translation>Маржа в год, которую клиент приносил, пока покупал</translation>
    </message>
    <message>
        <source>Suspected: complaint of %1 left unanswered</source>
        <translation>Предположительно: жалоба от %1 осталась без ответа</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>person (role)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Suspected: %1 left on %2, no contact after</source>
        <translation>Предположительно: %1 — уход %2, с тех пор контактов не было</translation>
    </message>
    <message>
        <source>Suspected: no contact after the last purchase</source>
        <translation>Предположительно: после последней покупки контактов не было</translation>
    </message>
    <message>
        <source>Not known: purchases stopped on %1</source>
        <translation>Неизвестно: покупки прекратились %1</translation>
    </message>
    <message>
        <source>lapsed, complaint unanswered</source>
        <translation>неактивен, жалоба без ответа</translation>
    </message>
    <message>
        <source>lapsed, key person left</source>
        <translation>неактивен, ушло ключевое лицо</translation>
    </message>
    <message>
        <source>lapsed, no contact</source>
        <translation>неактивен, нет контакта</translation>
    </message>
    <message>
        <source>lapsed, reason not known</source>
        <translation>неактивен, причина неизвестна</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>С %1</translation>
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
        <translation>Поиск потерянных и неактивных клиентов…</translation>
    </message>
    <message>
        <source>The list could not be made: %1</source>
        <translation>Не удалось составить список: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nobody lost or lapsed in the last %Ln day(s).</source>
        <translation>
            <numerusform>За последний %Ln день никто не потерян и не стал неактивным.</numerusform>
            <numerusform>За последние %Ln дня никто не потерян и не стал неактивным.</numerusform>
            <numerusform>За последние %Ln дней никто не потерян и не стал неактивным.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln lost or lapsed in the last %2 days shown, the most valuable first.</source>
        <translation>
            <numerusform>Показано %L1 из %Ln потерянного или неактивного клиента за последние %2 дн., сначала самые ценные.</numerusform>
            <numerusform>Показано %L1 из %Ln потерянных или неактивных клиентов за последние %2 дн., сначала самые ценные.</numerusform>
            <numerusform>Показано %L1 из %Ln потерянных или неактивных клиентов за последние %2 дн., сначала самые ценные.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 won back of the win-backs that ended (%L2 of %L3); by reason in the tooltip.</source>
        <translation>Доля возвращённых среди завершённых возвращений: %1 (%L2 из %L3); по причинам — во всплывающей подсказке.</translation>
    </message>
    <message>
        <source>No win-back has ended yet: no rate.</source>
        <translation>Ни одно возвращение ещё не завершено: доли нет.</translation>
    </message>
    <message>
        <source>the seed&apos;s benchmark: winning back costs %L1-%L2 times more than keeping</source>
        <translation>ориентир из источника: вернуть клиента в %L1–%L2 раз дороже, чем удержать</translation>
    </message>
    <message>
        <source>Winning back costs %L1 times keeping here; %2.</source>
        <translation>Здесь вернуть клиента обходится в %L1 раз дороже, чем удержать; %2.</translation>
    </message>
    <message>
        <source>The cost is not known: launch a win-back campaign with a cost per contact; %1.</source>
        <translation>Затраты неизвестны: запустите кампанию по возвращению клиентов с указанной стоимостью контакта; %1.</translation>
    </message>
    <message>
        <source>The cost of keeping is not known: launch a campaign with a cost per contact; %1.</source>
        <translation>Затраты на удержание неизвестны: запустите кампанию с указанной стоимостью контакта; %1.</translation>
    </message>
    <message>
        <source>Nobody won back yet, so no cost per customer won back; %1.</source>
        <translation>Пока никто не возвращён, поэтому затрат на возвращённого клиента нет; %1.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>Возвращены</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Не удалось</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>В процессе</translation>
    </message>
    <message>
        <source>Win-back rate</source>
        <translation>Доля возвращённых</translation>
    </message>
    <message>
        <source>Cost per won back</source>
        <translation>Затраты на возвращённого</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
</context>
</TS>
