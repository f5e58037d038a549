<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AnalysisWords</name>
    <message>
        <source>Ranked by revenue, not profit: no purchase analysed carries a margin, so profit (margin minus relationship costs) cannot rank customers. Record margins to rank by profit.</source>
        <translation>Ranking według przychodu, nie zysku: żaden analizowany zakup nie ma marży, więc zysk (marża minus koszty relacji) nie może być podstawą rankingu. Aby uzyskać ranking według zysku, rejestruj marże.</translation>
    </message>
    <message>
        <source>Ranked by profit although no purchase analysed carries a margin: every customer&apos;s profit is only minus their relationship costs.</source>
        <translation>Ranking według zysku, choć żaden analizowany zakup nie ma marży: zysk każdego klienta to jedynie jego koszty relacji ze znakiem minus.</translation>
    </message>
    <message>
        <source>Ranked by profit: margin minus relationship costs.</source>
        <translation>Ranking według zysku: marża minus koszty relacji.</translation>
    </message>
    <message>
        <source>Ranked by revenue.</source>
        <translation>Ranking według przychodu.</translation>
    </message>
    <message>
        <source>Ranked by historical value.</source>
        <translation>Ranking według wartości historycznej.</translation>
    </message>
    <message>
        <source>Ranked by predicted value.</source>
        <translation>Ranking według wartości prognozowanej.</translation>
    </message>
    <message>
        <source>No purchase analysed carries a margin, so profit figures are missing.</source>
        <translation>Żaden analizowany zakup nie ma marży, więc brak danych o zysku.</translation>
    </message>
    <message>
        <source>The %1 fit did not converge (%2): there are no P(alive) or predicted values.</source>
        <translation>Dopasowanie %1 nie osiągnęło zbieżności (%2): brak P(aktywny) i wartości prognozowanych.</translation>
    </message>
    <message>
        <source>The Gamma-Gamma fit did not converge (%1): each repeat buyer&apos;s own average spend per purchase stands in for the predicted spend, and the repeat buyers&apos; average for one-time buyers; P(alive) and expected purchases do not depend on it.</source>
        <translation>Dopasowanie Gamma-Gamma nie osiągnęło zbieżności (%1): zamiast prognozowanych wydatków przyjęto własną średnią wartość zakupu każdego klienta kupującego ponownie, a dla klientów jednorazowych – średnią klientów kupujących ponownie; P(aktywny) i oczekiwana liczba zakupów od tego nie zależą.</translation>
    </message>
    <message>
        <source>%1 %2 = %3 +/- %4: the standard error exceeds the estimate.</source>
        <comment>model, parameter, estimate, standard error</comment>
        <translation>%1 %2 = %3 ± %4: błąd standardowy przekracza oszacowanie.</translation>
    </message>
    <message>
        <source>%1 %2 = %3 has no standard error: the data do not pin it down.</source>
        <comment>model, parameter, estimate</comment>
        <translation>%1 %2 = %3 nie ma błędu standardowego: dane go nie wyznaczają.</translation>
    </message>
    <message>
        <source>%1 %2 = %3 sits on the optimiser&apos;s bound: the data push it without limit.</source>
        <comment>model, parameter, estimate</comment>
        <translation>%1 %2 = %3 leży na granicy optymalizatora: dane przesuwają go bez ograniczeń.</translation>
    </message>
    <message>
        <source>P(alive) is uninformative: it is at least %1 for every customer, so the at-risk rule (P(alive) below %2) never fires; only the rule by purchase intervals marks customers at risk.</source>
        <translation>P(aktywny) nie niesie informacji: dla każdego klienta wynosi co najmniej %1, więc reguła zagrożenia (P(aktywny) poniżej %2) nigdy nie działa; jako zagrożonych oznacza klientów tylko reguła odstępów między zakupami.</translation>
    </message>
    <message>
        <source>P(alive), expected purchases and predicted values rest on parameters the data do not pin down: read them as rough guides.</source>
        <translation>P(aktywny), oczekiwana liczba zakupów i wartości prognozowane opierają się na parametrach, których dane nie wyznaczają: traktuj je jako przybliżone wskazówki.</translation>
    </message>
    <message>
        <source>Expected spend per purchase, and so every predicted value, is uncertain.</source>
        <translation>Oczekiwane wydatki na zakup, a więc i każda wartość prognozowana, są niepewne.</translation>
    </message>
    <message>
        <source>recorded as lost, with a reason, by a person (churn record) and not won back since</source>
        <translation>odnotowany przez człowieka jako utracony, z podaniem przyczyny (wpis o odejściu), i od tego czasu nieodzyskany</translation>
    </message>
    <message numerus="yes">
        <source>no purchase for more than %1 times the customer&apos;s usual interval between purchases (at least %Ln day(s)), and not recorded as lost</source>
        <translation>
            <numerusform>brak zakupu dłużej niż %1 × typowy odstęp między zakupami klienta (co najmniej %Ln dzień), bez odnotowanej utraty</numerusform>
            <numerusform>brak zakupu dłużej niż %1 × typowy odstęp między zakupami klienta (co najmniej %Ln dni), bez odnotowanej utraty</numerusform>
            <numerusform>brak zakupu dłużej niż %1 × typowy odstęp między zakupami klienta (co najmniej %Ln dni), bez odnotowanej utraty</numerusform>
        </translation>
    </message>
    <message>
        <source>recorded as lost on %1: %2</source>
        <comment>date, churn reason</comment>
        <translation>odnotowany jako utracony %1: %2</translation>
    </message>
    <message>
        <source>recorded as lost: %1</source>
        <comment>churn reason</comment>
        <translation>odnotowany jako utracony: %1</translation>
    </message>
    <message numerus="yes">
        <source>no purchase for %Ln day(s), over %1 (the usual interval x %2)</source>
        <translation>
            <numerusform>brak zakupu od %Ln dnia, ponad %1 (typowy odstęp × %2)</numerusform>
            <numerusform>brak zakupu od %Ln dni, ponad %1 (typowy odstęp × %2)</numerusform>
            <numerusform>brak zakupu od %Ln dni, ponad %1 (typowy odstęp × %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>P(alive) %1</source>
        <translation>P(aktywny) %1</translation>
    </message>
    <message numerus="yes">
        <source>no purchase for %Ln day(s), more than %1 times the usual interval</source>
        <translation>
            <numerusform>brak zakupu od %Ln dnia, dłużej niż %1 × typowy odstęp</numerusform>
            <numerusform>brak zakupu od %Ln dni, dłużej niż %1 × typowy odstęp</numerusform>
            <numerusform>brak zakupu od %Ln dni, dłużej niż %1 × typowy odstęp</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignReport</name>
    <message>
        <source>Campaign</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Kampania</translation>
    </message>
    <message>
        <source>Goal</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Offer</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an offer&apos;s kind: its text</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Channel</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Target list</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Lista docelowa</translation>
    </message>
    <message>
        <source>Launched</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Uruchomiona</translation>
    </message>
    <message>
        <source>Response window</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Okres odpowiedzi</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) after the launch day, to %1</source>
        <translation>
            <numerusform>%Ln dzień po dniu uruchomienia, do %1</numerusform>
            <numerusform>%Ln dni po dniu uruchomienia, do %1</numerusform>
            <numerusform>%Ln dni po dniu uruchomienia, do %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Measured</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Pomiar</translation>
    </message>
    <message>
        <source>purchases from %1 to %2; the window is still open</source>
        <translation>zakupy od %1 do %2; okres odpowiedzi jeszcze trwa</translation>
    </message>
    <message>
        <source>purchases from %1 to %2</source>
        <translation>zakupy od %1 do %2</translation>
    </message>
    <message>
        <source>Control group</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Grupa kontrolna</translation>
    </message>
    <message>
        <source>%1 of the target list, held back at random</source>
        <translation>%1 listy docelowej, wylosowane i pozostawione bez oferty</translation>
    </message>
    <message>
        <source>Drawn within</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Losowanie w obrębie</translation>
    </message>
    <message>
        <source>Seed</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Ziarno losowania</translation>
    </message>
    <message>
        <source>Cost per contact</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Koszt jednego kontaktu</translation>
    </message>
    <message>
        <source>Created by</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Groups</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Grupy</translation>
    </message>
    <message>
        <source>What each group did in the window</source>
        <translation>Co zrobiła każda z grup w okresie odpowiedzi</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Odpowiedzieli</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Odsetek odpowiedzi</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Zakupy</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Przychód</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marża</translation>
    </message>
    <message>
        <source>Revenue per customer</source>
        <translation>Przychód na klienta</translation>
    </message>
    <message>
        <source>Margin per customer</source>
        <translation>Marża na klienta</translation>
    </message>
    <message>
        <source>Treated</source>
        <comment>the group that got the offer</comment>
        <translation>Testowa</translation>
    </message>
    <message>
        <source>Control</source>
        <comment>the group held back</comment>
        <translation>Kontrolna</translation>
    </message>
    <message>
        <source>Response lift</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Przyrost odpowiedzi</translation>
    </message>
    <message>
        <source>Response rate, treated against control (95 % interval)</source>
        <translation>Odsetek odpowiedzi: grupa testowa wobec kontrolnej (przedział 95 %)</translation>
    </message>
    <message>
        <source>Treated</source>
        <translation>Testowa</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolna</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Przyrost</translation>
    </message>
    <message>
        <source>Interval from</source>
        <translation>Przedział od</translation>
    </message>
    <message>
        <source>Interval to</source>
        <translation>Przedział do</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Wniosek</translation>
    </message>
    <message>
        <source>Revenue and margin</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Przychód i marża</translation>
    </message>
    <message>
        <source>Revenue and margin the offer added (95 % intervals)</source>
        <translation>Przychód i marża dodane przez ofertę (przedziały 95 %)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Oszacowanie</translation>
    </message>
    <message>
        <source>Revenue lift per customer</source>
        <translation>Przyrost przychodu na klienta</translation>
    </message>
    <message>
        <source>Margin lift per customer</source>
        <translation>Przyrost marży na klienta</translation>
    </message>
    <message>
        <source>Incremental revenue</source>
        <translation>Dodatkowy przychód</translation>
    </message>
    <message>
        <source>Incremental margin</source>
        <translation>Dodatkowa marża</translation>
    </message>
    <message>
        <source>Cost of the contacts</source>
        <translation>Koszt kontaktów</translation>
    </message>
    <message>
        <source>Margin after the cost</source>
        <translation>Marża po odjęciu kosztów</translation>
    </message>
    <message>
        <source>The two groups</source>
        <translation>Dwie grupy</translation>
    </message>
    <message>
        <source>At the launch the target list was split at random: %1 customers got the offer (treated) and %2 were held back as the control group, who got nothing.</source>
        <translation>Przy uruchomieniu kampanii lista docelowa została losowo podzielona: ofertę otrzymało %1 klientów (grupa testowa), a %2 pozostawiono jako grupę kontrolną, która nie otrzymała niczego.</translation>
    </message>
    <message>
        <source>The response window opens on %1: nothing is measured yet.</source>
        <translation>Okres odpowiedzi zaczyna się %1: na razie niczego nie zmierzono.</translation>
    </message>
    <message>
        <source>A customer responded who bought at least once from %1 to %2. The window is still open until %3: later purchases may change the figures.</source>
        <translation>Za odpowiedź uznaje się co najmniej jeden zakup klienta od %1 do %2. Okres odpowiedzi trwa do %3: późniejsze zakupy mogą zmienić wyniki.</translation>
    </message>
    <message>
        <source>A customer responded who bought at least once from %1 to %2.</source>
        <translation>Za odpowiedź uznaje się co najmniej jeden zakup klienta od %1 do %2.</translation>
    </message>
    <message>
        <source>What the campaign changed</source>
        <translation>Co zmieniła kampania</translation>
    </message>
    <message>
        <source>Too few customers in a group to measure: each group needs at least two.</source>
        <translation>Zbyt mało klientów w grupie do pomiaru: każda grupa musi liczyć co najmniej dwóch klientów.</translation>
    </message>
    <message>
        <source>Response: %1. Revenue: %2. After its cost: %3.</source>
        <translation>Odpowiedzi: %1. Przychód: %2. Po odjęciu kosztów: %3.</translation>
    </message>
    <message>
        <source>With %1 confidence the offer changed the response rate by %2 to %3 percentage points, and the margin, after the contacts&apos; cost of %4, by %5 to %6.</source>
        <translation>Przy poziomie ufności %1 oferta zmieniła odsetek odpowiedzi o wartość od %2 do %3 punktów procentowych, a marżę po odjęciu kosztu kontaktów (%4) – o kwotę od %5 do %6.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metoda</translation>
    </message>
    <message>
        <source>The control group was drawn at random with the campaign&apos;s recorded seed, the same share within each stratum, so the two groups differ only by chance and by the offer; the same target list and seed give the same groups.</source>
        <translation>Grupę kontrolną wylosowano z użyciem zapisanego ziarna losowania kampanii, z takim samym udziałem w każdej warstwie, więc obie grupy różnią się tylko przypadkiem i ofertą; ta sama lista docelowa i to samo ziarno dają te same grupy.</translation>
    </message>
    <message>
        <source>The response lift&apos;s interval is Newcombe&apos;s hybrid score interval for a difference of two proportions (Newcombe 1998, method 10, from Wilson&apos;s score limits). The revenue and margin lifts per customer have Welch&apos;s t interval for a difference of means with unequal variances (Welch-Satterthwaite degrees of freedom): spend is skewed, most customers buy nothing in a window and a few a lot, and for groups of hundreds the mean is close to normal.</source>
        <translation>Przedział dla przyrostu odsetka odpowiedzi to hybrydowy przedział score Newcombe’a dla różnicy dwóch proporcji (Newcombe 1998, metoda 10, na podstawie granic przedziału score Wilsona). Dla przyrostu przychodu i marży na klienta zastosowano przedział t Welcha dla różnicy średnich przy nierównych wariancjach (stopnie swobody Welcha–Satterthwaite’a): wydatki mają rozkład skośny – większość klientów nie kupuje w okresie odpowiedzi nic, a nieliczni kupują dużo – a w grupach liczących setki klientów rozkład średniej jest bliski normalnemu.</translation>
    </message>
    <message>
        <source>The incremental revenue and margin are the lifts per customer times the treated customers; the margin after the cost subtracts the cost per contact times the treated customers. A verdict says &quot;no measurable effect&quot; whenever the interval spans zero, however large the estimate.</source>
        <translation>Dodatkowy przychód i dodatkowa marża to przyrosty na klienta pomnożone przez liczbę klientów w grupie testowej; marża po odjęciu kosztów jest pomniejszona o koszt jednego kontaktu pomnożony przez liczbę klientów w grupie testowej. Wniosek brzmi „brak mierzalnego efektu” zawsze, gdy przedział obejmuje zero, niezależnie od wielkości oszacowania.</translation>
    </message>
    <message>
        <source>too few customers in a group to measure</source>
        <translation>zbyt mało klientów w grupie do pomiaru</translation>
    </message>
    <message>
        <source>no measurable effect (the interval spans zero)</source>
        <translation>brak mierzalnego efektu (przedział obejmuje zero)</translation>
    </message>
    <message>
        <source>a measurable rise</source>
        <translation>mierzalny wzrost</translation>
    </message>
    <message>
        <source>a measurable fall</source>
        <translation>mierzalny spadek</translation>
    </message>
    <message>
        <source>Campaign report: %1</source>
        <translation>Raport kampanii: %1</translation>
    </message>
</context>
<context>
    <name>ChurnReport</name>
    <message>
        <source>Where buyers stand</source>
        <translation>Sytuacja kupujących</translation>
    </message>
    <message numerus="yes">
        <source>In the last year %1 of the %Ln buyer(s) of a year ago were lost: a churn rate of %2, worth %3 a year in revenue.</source>
        <translation>
            <numerusform>W ostatnim roku utracono %1 z %Ln kupującego sprzed roku: wskaźnik rotacji %2, co oznacza utratę %3 przychodu rocznie.</numerusform>
            <numerusform>W ostatnim roku utracono %1 z %Ln kupujących sprzed roku: wskaźnik rotacji %2, co oznacza utratę %3 przychodu rocznie.</numerusform>
            <numerusform>W ostatnim roku utracono %1 z %Ln kupujących sprzed roku: wskaźnik rotacji %2, co oznacza utratę %3 przychodu rocznie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The usual interval between purchases is %Ln day(s) (median).</source>
        <translation>
            <numerusform>Typowy odstęp między zakupami wynosi %Ln dzień (mediana).</numerusform>
            <numerusform>Typowy odstęp między zakupami wynosi %Ln dni (mediana).</numerusform>
            <numerusform>Typowy odstęp między zakupami wynosi %Ln dni (mediana).</numerusform>
        </translation>
    </message>
    <message>
        <source>Winning back a lost customer costs 50-100 times more than keeping one (the seed).</source>
        <translation>Odzyskanie utraconego klienta kosztuje 50–100 razy więcej niż jego utrzymanie (wg literatury).</translation>
    </message>
    <message numerus="yes">
        <source>Beside them, %Ln buyer(s) of a year ago lapsed in the last year (%1, worth %2 a year in revenue).</source>
        <translation>
            <numerusform>Ponadto w ostatnim roku w stan uśpienia przeszedł %Ln kupujący sprzed roku (%1, czyli %2 przychodu rocznie).</numerusform>
            <numerusform>Ponadto w ostatnim roku w stan uśpienia przeszło %Ln kupujących sprzed roku (%1, czyli %2 przychodu rocznie).</numerusform>
            <numerusform>Ponadto w ostatnim roku w stan uśpienia przeszło %Ln kupujących sprzed roku (%1, czyli %2 przychodu rocznie).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody recorded them as lost, but the purchases show they left.</source>
        <translation>Nikt nie odnotował ich jako utraconych, ale zakupy pokazują, że odeszli.</translation>
    </message>
    <message numerus="yes">
        <source>The purchases cover less than a year, so there are no yearly rates; %Ln customer(s) are lapsed now (see the table below), none of them recorded as lost.</source>
        <translation>
            <numerusform>Zakupy obejmują mniej niż rok, więc nie ma wskaźników rocznych; obecnie uśpiony jest %Ln klient (zob. tabelę poniżej) i nie został on odnotowany jako utracony.</numerusform>
            <numerusform>Zakupy obejmują mniej niż rok, więc nie ma wskaźników rocznych; obecnie uśpionych jest %Ln klientów (zob. tabelę poniżej), żadnego z nich nie odnotowano jako utraconego.</numerusform>
            <numerusform>Zakupy obejmują mniej niż rok, więc nie ma wskaźników rocznych; obecnie uśpionych jest %Ln klientów (zob. tabelę poniżej), żadnego z nich nie odnotowano jako utraconego.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The purchases cover less than a year, so there are no yearly rates; %Ln customer(s) are lapsed now (see the table below).</source>
        <translation>
            <numerusform>Zakupy obejmują mniej niż rok, więc nie ma wskaźników rocznych; obecnie uśpiony jest %Ln klient (zob. tabelę poniżej).</numerusform>
            <numerusform>Zakupy obejmują mniej niż rok, więc nie ma wskaźników rocznych; obecnie uśpionych jest %Ln klientów (zob. tabelę poniżej).</numerusform>
            <numerusform>Zakupy obejmują mniej niż rok, więc nie ma wskaźników rocznych; obecnie uśpionych jest %Ln klientów (zob. tabelę poniżej).</numerusform>
        </translation>
    </message>
    <message>
        <source>Lost: %1. Lapsed: %2.</source>
        <comment>the two definitions</comment>
        <translation>Utracony: %1. Uśpiony: %2.</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Buyers by status</source>
        <translation>Kupujący według statusu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Udział</translation>
    </message>
    <message>
        <source>customers</source>
        <comment>a chart&apos;s legend</comment>
        <translation>klienci</translation>
    </message>
    <message>
        <source>Reasons customers left</source>
        <translation>Przyczyny odejść klientów</translation>
    </message>
    <message>
        <source>From the churn records; the seed&apos;s shares are the benchmark. Lack of attention and interest from the maker and the trade is the most common reason there (65-70 %): most unhappy customers simply switch without complaining.</source>
        <translation>Na podstawie wpisów o odejściach; wzorcem są udziały z literatury. Najczęstszą przyczyną jest tam brak uwagi i zainteresowania ze strony producenta i handlu (65–70 %): większość niezadowolonych klientów po prostu zmienia dostawcę, nie składając skarg.</translation>
    </message>
    <message>
        <source>Reasons</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Przyczyny</translation>
    </message>
    <message>
        <source>Reasons recorded, beside the seed&apos;s benchmark</source>
        <translation>Odnotowane przyczyny na tle wzorca z literatury</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Przyczyna</translation>
    </message>
    <message>
        <source>Seed&apos;s benchmark</source>
        <translation>Wzorzec z literatury</translation>
    </message>
    <message>
        <source>Yearly revenue lost</source>
        <translation>Utracony przychód roczny</translation>
    </message>
    <message>
        <source>Share of lost customers per reason</source>
        <translation>Udział utraconych klientów według przyczyny</translation>
    </message>
    <message>
        <source>your customers</source>
        <comment>a chart&apos;s legend</comment>
        <translation>Twoi klienci</translation>
    </message>
    <message>
        <source>seed&apos;s benchmark (midpoint)</source>
        <comment>a chart&apos;s legend</comment>
        <translation>wzorzec z literatury (środek przedziału)</translation>
    </message>
    <message>
        <source>Lost, lapsed and at-risk customers</source>
        <translation>Klienci utraceni, uśpieni i zagrożeni</translation>
    </message>
    <message>
        <source>Highest value at stake first: find the reason at once and act (the seed).</source>
        <translation>Od najwyższej zagrożonej wartości: od razu ustal przyczynę i działaj (wg literatury).</translation>
    </message>
    <message>
        <source>Customers</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Customers who are not active</source>
        <translation>Klienci nieaktywni</translation>
    </message>
    <message>
        <source>Id</source>
        <comment>a customer&apos;s number</comment>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation>Dni od ost. zakupu</translation>
    </message>
    <message>
        <source>Usual interval (days)</source>
        <translation>Typowy odstęp (dni)</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(aktywny)</translation>
    </message>
    <message>
        <source>Value at stake</source>
        <translation>Zagrożona wartość</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
    <message>
        <source>Churn report</source>
        <translation>Raport rotacji klientów</translation>
    </message>
</context>
<context>
    <name>CustomerProfileReport</name>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <comment>acquired on a date through a channel</comment>
        <translation>%1 (kanał: %2)</translation>
    </message>
    <message>
        <source>via %1</source>
        <comment>acquired through a channel</comment>
        <translation>kanał: %1</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Kim jest klient</translation>
    </message>
    <message>
        <source>Identity</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Dane podstawowe</translation>
    </message>
    <message>
        <source>Identity and contact</source>
        <translation>Dane podstawowe i kontaktowe</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Nazwa rejestrowa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>kind of customer, market</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>Menedżer sprzedaży</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Preferowany kanał</translation>
    </message>
    <message>
        <source>Interests and preferences</source>
        <translation>Zainteresowania i preferencje</translation>
    </message>
    <message>
        <source>Income band</source>
        <translation>Przedział dochodów</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Gospodarstwo domowe</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <comment>the size of a household</comment>
        <translation>
            <numerusform>%Ln osoba</numerusform>
            <numerusform>%Ln osoby</numerusform>
            <numerusform>%Ln osób</numerusform>
        </translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>Pozyskany</translation>
    </message>
    <message>
        <source>Consent to processing</source>
        <translation>Zgoda na przetwarzanie danych</translation>
    </message>
    <message>
        <source>Consent to marketing</source>
        <translation>Zgoda na marketing</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>Identyfikator zewnętrzny</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Osoby kontaktowe</translation>
    </message>
    <message>
        <source>Contact persons (decision makers first)</source>
        <translation>Osoby kontaktowe (najpierw decydujące o zakupach)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Decyduje o zakupach</translation>
    </message>
    <message>
        <source>From</source>
        <comment>a contact person&apos;s role, since</comment>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <comment>a contact person&apos;s role, until</comment>
        <translation>Do</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln buyer(s) by profit, class %2 (%3)</source>
        <translation>
            <numerusform>pozycja %1 z %Ln kupującego według zysku, klasa %2 (%3)</numerusform>
            <numerusform>pozycja %1 z %Ln kupujących według zysku, klasa %2 (%3)</numerusform>
            <numerusform>pozycja %1 z %Ln kupujących według zysku, klasa %2 (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln buyer(s) by revenue, class %2 (%3)</source>
        <translation>
            <numerusform>pozycja %1 z %Ln kupującego według przychodu, klasa %2 (%3)</numerusform>
            <numerusform>pozycja %1 z %Ln kupujących według przychodu, klasa %2 (%3)</numerusform>
            <numerusform>pozycja %1 z %Ln kupujących według przychodu, klasa %2 (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln buyer(s) by historical value, class %2 (%3)</source>
        <translation>
            <numerusform>pozycja %1 z %Ln kupującego według wartości historycznej, klasa %2 (%3)</numerusform>
            <numerusform>pozycja %1 z %Ln kupujących według wartości historycznej, klasa %2 (%3)</numerusform>
            <numerusform>pozycja %1 z %Ln kupujących według wartości historycznej, klasa %2 (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln buyer(s) by predicted value, class %2 (%3)</source>
        <translation>
            <numerusform>pozycja %1 z %Ln kupującego według wartości prognozowanej, klasa %2 (%3)</numerusform>
            <numerusform>pozycja %1 z %Ln kupujących według wartości prognozowanej, klasa %2 (%3)</numerusform>
            <numerusform>pozycja %1 z %Ln kupujących według wartości prognozowanej, klasa %2 (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Where the relationship stands</source>
        <translation>Stan relacji</translation>
    </message>
    <message>
        <source>Standing</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Stan relacji</translation>
    </message>
    <message>
        <source>Ladder, groups, churn and rank</source>
        <translation>Drabina, grupy, rotacja i ranking</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <source>Not in the analysis (added after it ran).</source>
        <translation>Klient nie jest objęty analizą (dodano go po jej uruchomieniu).</translation>
    </message>
    <message>
        <source>Ladder stage</source>
        <translation>Szczebel drabiny</translation>
    </message>
    <message>
        <source>%1 (set by hand)</source>
        <comment>a ladder stage</comment>
        <translation>%1 (ustawiony ręcznie)</translation>
    </message>
    <message>
        <source>Four groups, this period</source>
        <translation>Cztery grupy, bieżący okres</translation>
    </message>
    <message>
        <source>Churn status</source>
        <translation>Status rotacji</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>churn status: why</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(aktywny)</translation>
    </message>
    <message>
        <source>Predicted value</source>
        <translation>Wartość prognozowana</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Pozycja w rankingu</translation>
    </message>
    <message>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no purchase yet</comment>
        <translation>brak</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>Pierwszy zakup</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Ostatni zakup</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Value of the goods the customer buys, per year of relationship (table 7.3)</source>
        <translation>Wartość towarów kupowanych przez klienta w przeliczeniu na rok relacji (tab. 7.3)</translation>
    </message>
    <message>
        <source>Line</source>
        <comment>a line of table 7.3</comment>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>This customer</source>
        <translation>Ten klient</translation>
    </message>
    <message>
        <source>Average buyer</source>
        <translation>Przeciętny kupujący</translation>
    </message>
    <message>
        <source>1 Average single sale</source>
        <comment>a line of table 7.3</comment>
        <translation>1 Średnia wartość jednorazowej sprzedaży</translation>
    </message>
    <message>
        <source>2 Purchases per year</source>
        <comment>a line of table 7.3</comment>
        <translation>2 Częstotliwość zakupów w roku</translation>
    </message>
    <message>
        <source>3 Sales per year</source>
        <comment>a line of table 7.3</comment>
        <translation>3 Łączna sprzedaż w roku</translation>
    </message>
    <message>
        <source>4 Profit from sales</source>
        <comment>a line of table 7.3</comment>
        <translation>4 Zysk ze sprzedaży</translation>
    </message>
    <message>
        <source>5 Costs of the partnership</source>
        <comment>a line of table 7.3</comment>
        <translation>5 Koszty organizacji partnerstwa</translation>
    </message>
    <message>
        <source>6 Profitability</source>
        <comment>a line of table 7.3</comment>
        <translation>6 Opłacalność partnerstwa</translation>
    </message>
    <message>
        <source>Lifetime value (discounted)</source>
        <comment>a line of table 7.3</comment>
        <translation>Wartość klienta w cyklu życia (zdyskontowana)</translation>
    </message>
    <message>
        <source>Years</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Lata</translation>
    </message>
    <message>
        <source>Purchases over the years</source>
        <translation>Zakupy w kolejnych latach</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Zakupy</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Przychód</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marża</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Koszty</translation>
    </message>
    <message>
        <source>Profitability</source>
        <translation>Opłacalność</translation>
    </message>
    <message>
        <source>Revenue and profitability per year</source>
        <translation>Przychód i opłacalność w poszczególnych latach</translation>
    </message>
    <message>
        <source>revenue</source>
        <comment>a chart&apos;s legend</comment>
        <translation>przychód</translation>
    </message>
    <message>
        <source>profitability</source>
        <comment>a chart&apos;s legend</comment>
        <translation>opłacalność</translation>
    </message>
    <message>
        <source>No purchases yet.</source>
        <translation>Na razie brak zakupów.</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Epizody</translation>
    </message>
    <message>
        <source>Critical episodes: %1.</source>
        <translation>Epizody krytyczne: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Mean satisfaction %1 over %Ln rating(s) (-2 to +2).</source>
        <translation>
            <numerusform>Średnie zadowolenie %1 z %Ln oceny (od −2 do +2).</numerusform>
            <numerusform>Średnie zadowolenie %1 z %Ln ocen (od −2 do +2).</numerusform>
            <numerusform>Średnie zadowolenie %1 z %Ln ocen (od −2 do +2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Complaints: %1, answered %2.</source>
        <translation>Reklamacje: %1, w tym z odpowiedzią: %2.</translation>
    </message>
    <message>
        <source>Episode kinds</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Rodzaje epizodów</translation>
    </message>
    <message>
        <source>Episodes by kind</source>
        <translation>Epizody według rodzaju</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>of episode</comment>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Latest episodes</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Ostatnie epizody</translation>
    </message>
    <message numerus="yes">
        <source>The latest %Ln episode(s)</source>
        <translation>
            <numerusform>Ostatni epizod</numerusform>
            <numerusform>Ostatnie %Ln epizody</numerusform>
            <numerusform>Ostatnich %Ln epizodów</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Zadowolenie</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Krytyczny</translation>
    </message>
    <message>
        <source>Customer profile: %1</source>
        <translation>Profil klienta: %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Klient</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <comment>a customer&apos;s number and name</comment>
        <translation>nr %1 %2</translation>
    </message>
    <message>
        <source>As of</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Stan na</translation>
    </message>
    <message>
        <source>%1 (the analysis&apos; observation end)</source>
        <translation>%1 (koniec okresu obserwacji analizy)</translation>
    </message>
    <message>
        <source>Period</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Okres</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a period&apos;s first and last day</comment>
        <translation>od %1 do %2</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>section heading: what the customer is worth</comment>
        <translation>Wartość</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>Supplier</source>
        <comment>partner direction</comment>
        <translation>Dostawca</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <comment>partner direction</comment>
        <translation>Producent</translation>
    </message>
    <message>
        <source>Intermediary</source>
        <comment>partner direction</comment>
        <translation>Pośrednik</translation>
    </message>
    <message>
        <source>Distributor</source>
        <comment>partner direction</comment>
        <translation>Dystrybutor</translation>
    </message>
    <message>
        <source>Retailer</source>
        <comment>partner direction</comment>
        <translation>Detalista</translation>
    </message>
    <message>
        <source>Competitor</source>
        <comment>partner direction</comment>
        <translation>Konkurent</translation>
    </message>
    <message>
        <source>Complementary business</source>
        <comment>partner direction</comment>
        <translation>Firma komplementarna</translation>
    </message>
    <message>
        <source>Shareholder</source>
        <comment>partner direction</comment>
        <translation>Udziałowiec</translation>
    </message>
    <message>
        <source>Employee</source>
        <comment>partner direction</comment>
        <translation>Pracownik</translation>
    </message>
    <message>
        <source>Public body</source>
        <comment>partner direction</comment>
        <translation>Instytucja publiczna</translation>
    </message>
    <message>
        <source>Pressure group</source>
        <comment>partner direction</comment>
        <translation>Grupa nacisku</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>partner direction</comment>
        <translation>Inny</translation>
    </message>
    <message>
        <source>Alliance</source>
        <comment>partnership form</comment>
        <translation>Alians</translation>
    </message>
    <message>
        <source>Joint venture</source>
        <comment>partnership form</comment>
        <translation>Wspólne przedsięwzięcie</translation>
    </message>
    <message>
        <source>Co-branding</source>
        <comment>partnership form</comment>
        <translation>Co-branding</translation>
    </message>
    <message>
        <source>Joint R&amp;D</source>
        <comment>partnership form</comment>
        <translation>Wspólne B+R (R&amp;D)</translation>
    </message>
    <message>
        <source>Cross-licensing</source>
        <comment>partnership form</comment>
        <translation>Licencje wzajemne</translation>
    </message>
    <message>
        <source>Joint marketing</source>
        <comment>partnership form</comment>
        <translation>Wspólny marketing</translation>
    </message>
    <message>
        <source>Supply contract</source>
        <comment>partnership form</comment>
        <translation>Umowa dostawy</translation>
    </message>
    <message>
        <source>Distribution agreement</source>
        <comment>partnership form</comment>
        <translation>Umowa dystrybucyjna</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>partnership form</comment>
        <translation>Inna</translation>
    </message>
    <message>
        <source>Formation</source>
        <comment>partnership lifecycle stage</comment>
        <translation>Formowanie</translation>
    </message>
    <message>
        <source>Experimentation</source>
        <comment>partnership lifecycle stage</comment>
        <translation>Eksperymentowanie</translation>
    </message>
    <message>
        <source>Identification</source>
        <comment>partnership lifecycle stage</comment>
        <translation>Identyfikacja</translation>
    </message>
    <message>
        <source>Renewal</source>
        <comment>partnership lifecycle stage</comment>
        <translation>Odnowa</translation>
    </message>
    <message>
        <source>Rupture</source>
        <comment>partnership lifecycle stage</comment>
        <translation>Zerwanie</translation>
    </message>
    <message>
        <source>Legal</source>
        <comment>partnership bond</comment>
        <translation>Prawne</translation>
    </message>
    <message>
        <source>Economic</source>
        <comment>partnership bond</comment>
        <translation>Ekonomiczne</translation>
    </message>
    <message>
        <source>Technical</source>
        <comment>partnership bond</comment>
        <translation>Techniczne</translation>
    </message>
    <message>
        <source>Geographic</source>
        <comment>partnership bond</comment>
        <translation>Geograficzne</translation>
    </message>
    <message>
        <source>Temporal</source>
        <comment>partnership bond</comment>
        <translation>Czasowe</translation>
    </message>
    <message>
        <source>Social</source>
        <comment>partnership bond</comment>
        <translation>Społeczne</translation>
    </message>
    <message>
        <source>Cultural</source>
        <comment>partnership bond</comment>
        <translation>Kulturowe</translation>
    </message>
    <message>
        <source>Ideological</source>
        <comment>partnership bond</comment>
        <translation>Ideologiczne</translation>
    </message>
    <message>
        <source>Cognitive</source>
        <comment>partnership bond</comment>
        <translation>Poznawcze</translation>
    </message>
    <message>
        <source>Psychological</source>
        <comment>partnership bond</comment>
        <translation>Psychologiczne</translation>
    </message>
    <message>
        <source>Delivery</source>
        <comment>relationship cost line (table 7.3)</comment>
        <translation>Dostawa</translation>
    </message>
    <message>
        <source>Store staff bonus</source>
        <comment>relationship cost line (table 7.3)</comment>
        <translation>Premie dla personelu sklepu</translation>
    </message>
    <message>
        <source>Unsold returns</source>
        <comment>relationship cost line (table 7.3)</comment>
        <translation>Odbiór niesprzedanego towaru</translation>
    </message>
    <message>
        <source>Database upkeep</source>
        <comment>relationship cost line (table 7.3)</comment>
        <translation>Utrzymanie bazy danych</translation>
    </message>
    <message>
        <source>Sales manager pay</source>
        <comment>relationship cost line (table 7.3)</comment>
        <translation>Wynagrodzenie menedżera sprzedaży</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>relationship cost line (table 7.3)</comment>
        <translation>Inne</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>churn status</comment>
        <translation>Aktywny</translation>
    </message>
    <message>
        <source>At risk</source>
        <comment>churn status</comment>
        <translation>Zagrożony</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <comment>churn status</comment>
        <translation>Uśpiony</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>churn status</comment>
        <translation>Utracony</translation>
    </message>
    <message>
        <source>None</source>
        <comment>win-back outcome</comment>
        <translation>Brak</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>win-back outcome</comment>
        <translation>W toku</translation>
    </message>
    <message>
        <source>Won back</source>
        <comment>win-back outcome</comment>
        <translation>Odzyskany</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>win-back outcome</comment>
        <translation>Niepowodzenie</translation>
    </message>
    <message>
        <source>Person</source>
        <comment>kind of customer</comment>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Household</source>
        <comment>kind of customer</comment>
        <translation>Gospodarstwo domowe</translation>
    </message>
    <message>
        <source>Organisation</source>
        <comment>kind of customer</comment>
        <translation>Organizacja</translation>
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
        <translation>Niski</translation>
    </message>
    <message>
        <source>Lower middle</source>
        <comment>income band</comment>
        <translation>Niższy średni</translation>
    </message>
    <message>
        <source>Middle</source>
        <comment>income band</comment>
        <translation>Średni</translation>
    </message>
    <message>
        <source>Upper middle</source>
        <comment>income band</comment>
        <translation>Wyższy średni</translation>
    </message>
    <message>
        <source>High</source>
        <comment>income band</comment>
        <translation>Wysoki</translation>
    </message>
    <message>
        <source>Processing</source>
        <comment>purpose of a consent</comment>
        <translation>Przetwarzanie danych</translation>
    </message>
    <message>
        <source>Marketing</source>
        <comment>purpose of a consent</comment>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Profiling</source>
        <comment>purpose of a consent</comment>
        <translation>Profilowanie</translation>
    </message>
    <message>
        <source>Sharing with third parties</source>
        <comment>purpose of a consent</comment>
        <translation>Udostępnianie podmiotom trzecim</translation>
    </message>
    <message>
        <source>Patronage</source>
        <comment>loyalty assessment component</comment>
        <translation>Udział w portfelu</translation>
    </message>
    <message>
        <source>Commitment</source>
        <comment>loyalty assessment component</comment>
        <translation>Zaangażowanie</translation>
    </message>
    <message>
        <source>Perceived quality</source>
        <comment>loyalty assessment component</comment>
        <translation>Postrzegana jakość</translation>
    </message>
    <message>
        <source>Perceived value</source>
        <comment>loyalty assessment component</comment>
        <translation>Postrzegana wartość</translation>
    </message>
    <message>
        <source>Sacrifices</source>
        <comment>loyalty assessment component</comment>
        <translation>Wyrzeczenia</translation>
    </message>
    <message>
        <source>Alternatives known</source>
        <comment>loyalty assessment component</comment>
        <translation>Znane alternatywy</translation>
    </message>
    <message>
        <source>Customer bonds</source>
        <comment>loyalty assessment component</comment>
        <translation>Więzi z klientem</translation>
    </message>
    <message>
        <source>Purchase</source>
        <comment>kind of episode</comment>
        <translation>Zakup</translation>
    </message>
    <message>
        <source>Return</source>
        <comment>kind of episode</comment>
        <translation>Zwrot</translation>
    </message>
    <message>
        <source>Complaint</source>
        <comment>kind of episode</comment>
        <translation>Reklamacja</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <comment>kind of episode</comment>
        <translation>Zapytanie</translation>
    </message>
    <message>
        <source>Service</source>
        <comment>kind of episode</comment>
        <translation>Serwis</translation>
    </message>
    <message>
        <source>Offer</source>
        <comment>kind of episode</comment>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Feedback</source>
        <comment>kind of episode</comment>
        <translation>Opinia</translation>
    </message>
    <message>
        <source>Referral</source>
        <comment>kind of episode</comment>
        <translation>Polecenie</translation>
    </message>
    <message>
        <source>Co-creation</source>
        <comment>kind of episode</comment>
        <translation>Współtworzenie</translation>
    </message>
    <message>
        <source>Meeting</source>
        <comment>kind of episode</comment>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <source>Call</source>
        <comment>kind of episode</comment>
        <translation>Rozmowa</translation>
    </message>
    <message>
        <source>Email</source>
        <comment>kind of episode</comment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>kind of episode</comment>
        <translation>Inny</translation>
    </message>
    <message>
        <source>Prospect</source>
        <comment>relationship ladder stage</comment>
        <translation>Potencjalny klient</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>relationship ladder stage</comment>
        <translation>Nabywca</translation>
    </message>
    <message>
        <source>Client</source>
        <comment>relationship ladder stage</comment>
        <translation>Stały klient</translation>
    </message>
    <message>
        <source>Supporter</source>
        <comment>relationship ladder stage</comment>
        <translation>Zwolennik</translation>
    </message>
    <message>
        <source>Advocate</source>
        <comment>relationship ladder stage</comment>
        <translation>Orędownik</translation>
    </message>
    <message>
        <source>Partner</source>
        <comment>relationship ladder stage</comment>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Point of sale</source>
        <comment>channel</comment>
        <translation>Punkt sprzedaży</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>channel</comment>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <comment>channel</comment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Event</source>
        <comment>channel</comment>
        <translation>Wydarzenie</translation>
    </message>
    <message>
        <source>Meeting</source>
        <comment>channel</comment>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <source>Web form</source>
        <comment>channel</comment>
        <translation>Formularz WWW</translation>
    </message>
    <message>
        <source>Advertising</source>
        <comment>channel</comment>
        <translation>Reklama</translation>
    </message>
    <message>
        <source>Chat</source>
        <comment>channel</comment>
        <translation>Czat</translation>
    </message>
    <message>
        <source>Social network</source>
        <comment>channel</comment>
        <translation>Media społecznościowe</translation>
    </message>
    <message>
        <source>Mail</source>
        <comment>channel</comment>
        <translation>Poczta</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>channel</comment>
        <translation>Inny</translation>
    </message>
    <message>
        <source>Moved home or work, or the transport route or cost changed</source>
        <comment>churn reason</comment>
        <translation>Przeprowadzka lub zmiana pracy albo zmiana trasy lub kosztów dojazdu</translation>
    </message>
    <message>
        <source>Lower prices elsewhere</source>
        <comment>churn reason</comment>
        <translation>Niższe ceny gdzie indziej</translation>
    </message>
    <message>
        <source>Inability to work with the firm&apos;s partners</source>
        <comment>churn reason</comment>
        <translation>Brak możliwości współpracy z partnerami firmy</translation>
    </message>
    <message>
        <source>Lack of attention and interest from the maker and the trade</source>
        <comment>churn reason</comment>
        <translation>Brak uwagi i zainteresowania ze strony producenta i handlu</translation>
    </message>
    <message>
        <source>Change of owner</source>
        <comment>churn reason</comment>
        <translation>Zmiana właściciela</translation>
    </message>
    <message>
        <source>Change of purchasing manager</source>
        <comment>churn reason</comment>
        <translation>Zmiana kierownika ds. zakupów</translation>
    </message>
    <message>
        <source>Renovation or temporary closure</source>
        <comment>churn reason</comment>
        <translation>Remont lub czasowe zamknięcie</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>churn reason</comment>
        <translation>Inna</translation>
    </message>
    <message>
        <source>Discount</source>
        <comment>campaign offer</comment>
        <translation>Rabat</translation>
    </message>
    <message>
        <source>Reward</source>
        <comment>campaign offer</comment>
        <translation>Nagroda</translation>
    </message>
    <message>
        <source>Invitation</source>
        <comment>campaign offer</comment>
        <translation>Zaproszenie</translation>
    </message>
    <message>
        <source>Win-back offer</source>
        <comment>campaign offer</comment>
        <translation>Odzyskanie klienta</translation>
    </message>
    <message>
        <source>Information</source>
        <comment>campaign offer</comment>
        <translation>Informacja</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>campaign offer</comment>
        <translation>Inna</translation>
    </message>
    <message>
        <source>Whole list</source>
        <comment>control group drawn within</comment>
        <translation>Cała lista</translation>
    </message>
    <message>
        <source>Each of the four groups</source>
        <comment>control group drawn within</comment>
        <translation>Każda z czterech grup</translation>
    </message>
    <message>
        <source>Each ladder stage</source>
        <comment>control group drawn within</comment>
        <translation>Każdy szczebel drabiny</translation>
    </message>
    <message>
        <source>Each churn status</source>
        <comment>control group drawn within</comment>
        <translation>Każdy status rotacji</translation>
    </message>
</context>
<context>
    <name>KnowledgeAudit</name>
    <message>
        <source>Do we know the customers who bring the most profit?</source>
        <translation>Czy znamy klientów, którzy przynoszą największy zysk?</translation>
    </message>
    <message>
        <source>Do we know their income, product mix and real needs?</source>
        <translation>Czy znamy ich dochody, kupowany asortyment i rzeczywiste potrzeby?</translation>
    </message>
    <message>
        <source>Do we know what they will expect next year?</source>
        <translation>Czy wiemy, czego będą oczekiwać w przyszłym roku?</translation>
    </message>
    <message>
        <source>Do we know their income sources?</source>
        <translation>Czy znamy źródła ich dochodów?</translation>
    </message>
    <message>
        <source>Do we know who decides on purchases?</source>
        <translation>Czy wiemy, kto decyduje o zakupach?</translation>
    </message>
    <message>
        <source>Do we know competitors&apos; strategies towards them?</source>
        <translation>Czy znamy strategie konkurentów wobec nich?</translation>
    </message>
    <message>
        <source>Can we measure the value we create for them?</source>
        <translation>Czy potrafimy zmierzyć wartość, którą dla nich tworzymy?</translation>
    </message>
    <message>
        <source>Can we measure their value to us?</source>
        <translation>Czy potrafimy zmierzyć ich wartość dla nas?</translation>
    </message>
    <message>
        <source>Buyers whose purchases record a margin and whom an analysis run has ranked.</source>
        <translation>Kupujący, których zakupy mają marżę i których analiza ujęła w rankingu.</translation>
    </message>
    <message>
        <source>Income band or household size (people and households), interests and preferences (tags) and purchases (the product mix).</source>
        <translation>Przedział dochodów lub wielkość gospodarstwa domowego (osoby i gospodarstwa domowe), zainteresowania i preferencje (tagi) oraz zakupy (kupowany asortyment).</translation>
    </message>
    <message>
        <source>A predicted value stored by the last analysis run.</source>
        <translation>Wartość prognozowana zapisana przez ostatnią analizę.</translation>
    </message>
    <message>
        <source>People and households: income band and household size; organisations: the segment (line of business) they earn in.</source>
        <translation>Osoby i gospodarstwa domowe: przedział dochodów i wielkość gospodarstwa; organizacje: segment (branża), w którym zarabiają.</translation>
    </message>
    <message>
        <source>Organisations: an active contact person marked decision maker. People and households decide for themselves.</source>
        <translation>Organizacje: aktywna osoba kontaktowa oznaczona jako decydująca o zakupach. Osoby i gospodarstwa domowe decydują same.</translation>
    </message>
    <message>
        <source>An assessment of the alternatives known to the customer, or a partnership record naming the customer as a competitor.</source>
        <translation>Ocena alternatyw znanych klientowi lub wpis o partnerstwie, w którym klient figuruje jako konkurent.</translation>
    </message>
    <message>
        <source>A satisfaction rating of an episode, or an assessment of perceived value or perceived service quality.</source>
        <translation>Ocena zadowolenia w epizodzie albo ocena postrzeganej wartości lub postrzeganej jakości obsługi.</translation>
    </message>
    <message>
        <source>Buyers whose purchases record a margin and whose relationship costs are entered (table 7.3: profit from sales minus the costs of the partnership).</source>
        <translation>Kupujący, których zakupy mają marżę i dla których wprowadzono koszty relacji (tab. 7.3: zysk ze sprzedaży minus koszty organizacji partnerstwa).</translation>
    </message>
    <message>
        <source>no purchase records a margin</source>
        <translation>żaden zakup nie ma marży</translation>
    </message>
    <message>
        <source>not scored by an analysis run</source>
        <translation>brak pozycji w rankingu analizy</translation>
    </message>
    <message>
        <source>neither income band nor household size</source>
        <translation>brak przedziału dochodów i wielkości gospodarstwa</translation>
    </message>
    <message>
        <source>no interests or preferences (tags)</source>
        <translation>brak zainteresowań i preferencji (tagów)</translation>
    </message>
    <message>
        <source>no purchases, so no product mix</source>
        <translation>brak zakupów, a więc i kupowanego asortymentu</translation>
    </message>
    <message>
        <source>no predicted value</source>
        <translation>brak wartości prognozowanej</translation>
    </message>
    <message>
        <source>no income band</source>
        <translation>brak przedziału dochodów</translation>
    </message>
    <message>
        <source>no household size</source>
        <translation>brak wielkości gospodarstwa</translation>
    </message>
    <message>
        <source>no segment (line of business)</source>
        <translation>brak segmentu (branży)</translation>
    </message>
    <message>
        <source>no active contact person</source>
        <translation>brak aktywnej osoby kontaktowej</translation>
    </message>
    <message>
        <source>no contact person marked decision maker</source>
        <translation>brak osoby kontaktowej decydującej o zakupach</translation>
    </message>
    <message>
        <source>no assessment of alternatives known to the customer</source>
        <translation>brak oceny alternatyw znanych klientowi</translation>
    </message>
    <message>
        <source>no satisfaction rating or perceived value assessment</source>
        <translation>brak oceny zadowolenia i postrzeganej wartości</translation>
    </message>
    <message>
        <source>no relationship costs</source>
        <translation>brak kosztów relacji</translation>
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
        <translation>Osiem pytań</translation>
    </message>
    <message>
        <source>The seed&apos;s customer-knowledge audit asks eight questions. Each is answered for a customer when the records that answer it are there; the shares count the customers it concerns, once as heads and once weighted by value (revenue to date plus predicted value), so the knowledge of the most valuable customers weighs most.</source>
        <translation>Audyt wiedzy o klientach opisany w literaturze zadaje osiem pytań. Pytanie ma odpowiedź dla danego klienta, gdy zapisano dane, które na nie odpowiadają; udziały liczą klientów, których pytanie dotyczy – raz według liczby klientów, raz ważone wartością (dotychczasowy przychód plus wartość prognozowana), dzięki czemu wiedza o najcenniejszych klientach waży najwięcej.</translation>
    </message>
    <message>
        <source>No analysis run has stored scores yet: the ranking and the predicted values are missing for everyone.</source>
        <translation>Żadna analiza nie zapisała jeszcze wyników: brakuje rankingu i wartości prognozowanych dla wszystkich klientów.</translation>
    </message>
    <message>
        <source>Share answered per question</source>
        <translation>Udział z odpowiedzią dla każdego pytania</translation>
    </message>
    <message>
        <source>customers</source>
        <comment>a chart&apos;s legend</comment>
        <translation>klienci</translation>
    </message>
    <message>
        <source>by value</source>
        <comment>a chart&apos;s legend</comment>
        <translation>według wartości</translation>
    </message>
    <message>
        <source>Questions</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Pytania</translation>
    </message>
    <message>
        <source>How far the records answer each question</source>
        <translation>W jakim stopniu dane odpowiadają na każde pytanie</translation>
    </message>
    <message>
        <source>No.</source>
        <comment>a question&apos;s number</comment>
        <translation>Lp.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pytanie</translation>
    </message>
    <message>
        <source>Answered from</source>
        <translation>Źródło odpowiedzi</translation>
    </message>
    <message>
        <source>Customers concerned</source>
        <translation>Dotyczy klientów</translation>
    </message>
    <message>
        <source>Customers answered</source>
        <translation>Klienci z odpowiedzią</translation>
    </message>
    <message>
        <source>Value answered</source>
        <translation>Wartość z odpowiedzią</translation>
    </message>
    <message>
        <source>What is missing (customers)</source>
        <translation>Czego brakuje (klienci)</translation>
    </message>
    <message>
        <source>Customers to complete first</source>
        <translation>Klienci do uzupełnienia w pierwszej kolejności</translation>
    </message>
    <message>
        <source>Per question, the most valuable customers it does not answer yet, with what their records lack.</source>
        <translation>Dla każdego pytania najcenniejsi klienci, którzy nie mają jeszcze odpowiedzi, wraz z tym, czego brakuje w ich danych.</translation>
    </message>
    <message>
        <source>Complete first</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Do uzupełnienia</translation>
    </message>
    <message>
        <source>The most valuable customers to complete, per question</source>
        <translation>Najcenniejsi klienci do uzupełnienia, według pytań</translation>
    </message>
    <message>
        <source>Id</source>
        <comment>a customer&apos;s number</comment>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Czego brakuje</translation>
    </message>
    <message>
        <source>Customer-knowledge audit</source>
        <translation>Audyt wiedzy o klientach</translation>
    </message>
    <message>
        <source>Customers</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Wartość</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Rapport will be in %1 the next time it starts.</source>
        <translation>Przy następnym uruchomieniu Rapport będzie używać języka: %1.</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Język systemu (%1)</translation>
    </message>
</context>
<context>
    <name>LoyaltyReport</name>
    <message>
        <source>Relationship ladder</source>
        <translation>Drabina lojalności</translation>
    </message>
    <message>
        <source>Prospect, customer, client, supporter, advocate, partner: marketing aims to move people up to advocates and partners.</source>
        <translation>Potencjalny klient, nabywca, stały klient, zwolennik, orędownik, partner: celem marketingu jest przesuwanie ludzi w górę drabiny, aż do orędowników i partnerów.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)&apos; stages were set by hand and count as set.</source>
        <translation>
            <numerusform>Szczebel %Ln klienta ustawiono ręcznie i jest on liczony tak, jak go ustawiono.</numerusform>
            <numerusform>Szczeble %Ln klientów ustawiono ręcznie i są one liczone tak, jak je ustawiono.</numerusform>
            <numerusform>Szczeble %Ln klientów ustawiono ręcznie i są one liczone tak, jak je ustawiono.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers per stage</source>
        <translation>Klienci na poszczególnych szczeblach</translation>
    </message>
    <message>
        <source>customers</source>
        <comment>a chart&apos;s legend</comment>
        <translation>klienci</translation>
    </message>
    <message>
        <source>Ladder</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Drabina</translation>
    </message>
    <message>
        <source>Stages and climbing during the period</source>
        <translation>Szczeble i awanse w okresie analizy</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Szczebel</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Udział</translation>
    </message>
    <message>
        <source>At this stage when the period opened</source>
        <translation>Na tym szczeblu na początku okresu</translation>
    </message>
    <message>
        <source>Of those, higher when it closed</source>
        <translation>Z nich wyżej na końcu okresu</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konwersja</translation>
    </message>
    <message>
        <source>Median days to the next stage</source>
        <translation>Mediana dni do kolejnego szczebla</translation>
    </message>
    <message>
        <source>Retention by acquisition cohort</source>
        <translation>Utrzymanie klientów według kohort pozyskania</translation>
    </message>
    <message>
        <source>Customers grouped by the year of their first purchase; each column is the share of the cohort that bought again in that later year.</source>
        <translation>Klienci pogrupowani według roku pierwszego zakupu; każda kolumna to udział klientów kohorty, którzy ponownie kupili w danym późniejszym roku.</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Kohorty</translation>
    </message>
    <message>
        <source>Share of each cohort buying in later years</source>
        <translation>Udział klientów z każdej kohorty, którzy kupowali w kolejnych latach</translation>
    </message>
    <message>
        <source>First purchase in</source>
        <translation>Rok pierwszego zakupu</translation>
    </message>
    <message>
        <source>Year %1 after</source>
        <comment>a cohort&apos;s k-th year after its first</comment>
        <translation>%1. rok później</translation>
    </message>
    <message>
        <source>Share still buying, by years since the first purchase</source>
        <translation>Udział nadal kupujących według lat od pierwszego zakupu</translation>
    </message>
    <message>
        <source>No purchases in the years shown.</source>
        <translation>Brak zakupów w pokazanych latach.</translation>
    </message>
    <message>
        <source>The four groups by purchase cost and frequency</source>
        <translation>Cztery grupy według kosztu i częstotliwości zakupów</translation>
    </message>
    <message>
        <source>Buyers in the period split by the value of a purchase (high from %1) and purchases per month (high from %2).</source>
        <translation>Kupujący w okresie analizy podzieleni według wartości zakupu (wysoka od %1) i liczby zakupów na miesiąc (wysoka od %2).</translation>
    </message>
    <message>
        <source>Four groups</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Cztery grupy</translation>
    </message>
    <message>
        <source>The groups in the period</source>
        <translation>Grupy w okresie analizy</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Share of buyers</source>
        <translation>Udział w kupujących</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>Udział w przychodzie</translation>
    </message>
    <message>
        <source>Share of profit</source>
        <translation>Udział w zysku</translation>
    </message>
    <message>
        <source>Average revenue</source>
        <translation>Średni przychód</translation>
    </message>
    <message>
        <source>Group movement</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Przepływy między grupami</translation>
    </message>
    <message>
        <source>Movement between groups: the previous period (rows) to this one (columns)</source>
        <translation>Przepływy między grupami: z poprzedniego okresu (wiersze) do bieżącego (kolumny)</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Poprzedni okres</translation>
    </message>
    <message>
        <source>no purchase</source>
        <comment>a column of the groups&apos; movement</comment>
        <translation>brak zakupu</translation>
    </message>
    <message>
        <source>group %1</source>
        <comment>a column of the groups&apos; movement</comment>
        <translation>grupa %1</translation>
    </message>
    <message>
        <source>Share of buyers, revenue and profit per group</source>
        <translation>Udział w kupujących, przychodzie i zysku według grup</translation>
    </message>
    <message>
        <source>buyers</source>
        <comment>a chart&apos;s legend</comment>
        <translation>kupujący</translation>
    </message>
    <message>
        <source>revenue</source>
        <comment>a chart&apos;s legend</comment>
        <translation>przychód</translation>
    </message>
    <message>
        <source>profit</source>
        <comment>a chart&apos;s legend</comment>
        <translation>zysk</translation>
    </message>
    <message>
        <source>No purchase carries a margin, so the groups&apos; share of profit is left empty.</source>
        <translation>Żaden zakup nie ma marży, więc udział grup w zysku pozostaje pusty.</translation>
    </message>
    <message>
        <source>Key customers&apos; share of sales over time</source>
        <translation>Udział kluczowych klientów w sprzedaży w czasie</translation>
    </message>
    <message numerus="yes">
        <source>Key customers are the %Ln class A customer(s) of the ranking by profit.</source>
        <translation>
            <numerusform>Kluczowy klient to jedyny klient klasy A w rankingu według zysku.</numerusform>
            <numerusform>Kluczowi klienci to %Ln klientów klasy A w rankingu według zysku.</numerusform>
            <numerusform>Kluczowi klienci to %Ln klientów klasy A w rankingu według zysku.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Key customers are the %Ln class A customer(s) of the ranking by revenue.</source>
        <translation>
            <numerusform>Kluczowy klient to jedyny klient klasy A w rankingu według przychodu.</numerusform>
            <numerusform>Kluczowi klienci to %Ln klientów klasy A w rankingu według przychodu.</numerusform>
            <numerusform>Kluczowi klienci to %Ln klientów klasy A w rankingu według przychodu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Key customers are the %Ln class A customer(s) of the ranking by historical value.</source>
        <translation>
            <numerusform>Kluczowy klient to jedyny klient klasy A w rankingu według wartości historycznej.</numerusform>
            <numerusform>Kluczowi klienci to %Ln klientów klasy A w rankingu według wartości historycznej.</numerusform>
            <numerusform>Kluczowi klienci to %Ln klientów klasy A w rankingu według wartości historycznej.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Key customers are the %Ln class A customer(s) of the ranking by predicted value.</source>
        <translation>
            <numerusform>Kluczowy klient to jedyny klient klasy A w rankingu według wartości prognozowanej.</numerusform>
            <numerusform>Kluczowi klienci to %Ln klientów klasy A w rankingu według wartości prognozowanej.</numerusform>
            <numerusform>Kluczowi klienci to %Ln klientów klasy A w rankingu według wartości prognozowanej.</numerusform>
        </translation>
    </message>
    <message>
        <source>In a well-run firm about 20 % of customers bring 80 % of revenue (the seed&apos;s benchmark).</source>
        <translation>W dobrze zarządzanej firmie około 20 % klientów przynosi 80 % przychodu (wzorzec z literatury).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln earlier quarter(s) of the trend are left out: nobody had bought yet, so there is no share to show.</source>
        <translation>
            <numerusform>Pominięto %Ln wcześniejszy kwartał trendu: nikt jeszcze nie kupował, więc nie ma udziału do pokazania.</numerusform>
            <numerusform>Pominięto %Ln wcześniejsze kwartały trendu: nikt jeszcze nie kupował, więc nie ma udziału do pokazania.</numerusform>
            <numerusform>Pominięto %Ln wcześniejszych kwartałów trendu: nikt jeszcze nie kupował, więc nie ma udziału do pokazania.</numerusform>
        </translation>
    </message>
    <message>
        <source>No data: nobody bought in the quarters of the trend.</source>
        <translation>Brak danych: w kwartałach trendu nikt nie kupował.</translation>
    </message>
    <message>
        <source>Key customers&apos; share of each quarter&apos;s revenue</source>
        <translation>Udział kluczowych klientów w przychodzie każdego kwartału</translation>
    </message>
    <message>
        <source>key customers</source>
        <comment>a chart&apos;s legend</comment>
        <translation>kluczowi klienci</translation>
    </message>
    <message>
        <source>benchmark 80 %</source>
        <comment>a chart&apos;s legend</comment>
        <translation>wzorzec 80 %</translation>
    </message>
    <message>
        <source>Key customers</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Kluczowi klienci</translation>
    </message>
    <message>
        <source>Key customers&apos; share of revenue per quarter</source>
        <translation>Udział kluczowych klientów w przychodzie według kwartałów</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kwartał</translation>
    </message>
    <message>
        <source>Top customers by value</source>
        <translation>Najcenniejsi klienci</translation>
    </message>
    <message>
        <source>Top customers</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Najcenniejsi klienci</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln most valuable customer(s) by profit</source>
        <translation>
            <numerusform>Najcenniejszy klient według zysku</numerusform>
            <numerusform>%Ln najcenniejszych klientów według zysku</numerusform>
            <numerusform>%Ln najcenniejszych klientów według zysku</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln most valuable customer(s) by revenue</source>
        <translation>
            <numerusform>Najcenniejszy klient według przychodu</numerusform>
            <numerusform>%Ln najcenniejszych klientów według przychodu</numerusform>
            <numerusform>%Ln najcenniejszych klientów według przychodu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln most valuable customer(s) by historical value</source>
        <translation>
            <numerusform>Najcenniejszy klient według wartości historycznej</numerusform>
            <numerusform>%Ln najcenniejszych klientów według wartości historycznej</numerusform>
            <numerusform>%Ln najcenniejszych klientów według wartości historycznej</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln most valuable customer(s) by predicted value</source>
        <translation>
            <numerusform>Najcenniejszy klient według wartości prognozowanej</numerusform>
            <numerusform>%Ln najcenniejszych klientów według wartości prognozowanej</numerusform>
            <numerusform>%Ln najcenniejszych klientów według wartości prognozowanej</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>Id</source>
        <comment>a customer&apos;s number</comment>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Udział skumulowany</translation>
    </message>
    <message>
        <source>Class</source>
        <comment>the ABC class of a customer</comment>
        <translation>Klasa</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>Segment RFM</translation>
    </message>
    <message>
        <source>Loyalty report</source>
        <translation>Raport lojalności</translation>
    </message>
</context>
<context>
    <name>ProfitabilityReport</name>
    <message>
        <source>Pareto curve</source>
        <translation>Krzywa Pareto</translation>
    </message>
    <message>
        <source>The top 20 % of buyers bring %1 of revenue (the seed&apos;s benchmark: 80 %); the top 10 % bring %2 of profit (benchmark: 90 %).</source>
        <translation>20 % najlepszych kupujących przynosi %1 przychodu (wzorzec z literatury: 80 %); 10 % najlepszych przynosi %2 zysku (wzorzec: 90 %).</translation>
    </message>
    <message>
        <source>The top 20 % of buyers bring %1 of revenue (the seed&apos;s benchmark: 80 %); the top 10 % bring %2 of revenue; their share of profit is unknown, as no purchase carries a margin (benchmark: 90 % of profit).</source>
        <translation>20 % najlepszych kupujących przynosi %1 przychodu (wzorzec z literatury: 80 %); 10 % najlepszych przynosi %2 przychodu; ich udział w zysku jest nieznany, ponieważ żaden zakup nie ma marży (wzorzec: 90 % zysku).</translation>
    </message>
    <message>
        <source>Cumulative share of value by share of customers</source>
        <translation>Skumulowany udział wartości według udziału klientów</translation>
    </message>
    <message>
        <source>80/20 rule</source>
        <translation>Reguła 80/20</translation>
    </message>
    <message>
        <source>your customers</source>
        <comment>a chart&apos;s legend</comment>
        <translation>Twoi klienci</translation>
    </message>
    <message>
        <source>Pareto</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Pareto</translation>
    </message>
    <message>
        <source>The curve at every 5 % of customers</source>
        <translation>Krzywa co 5 % klientów</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>Udział klientów</translation>
    </message>
    <message>
        <source>Share of value</source>
        <translation>Udział wartości</translation>
    </message>
    <message>
        <source>The average buyer (table 7.3)</source>
        <translation>Przeciętny kupujący (tab. 7.3)</translation>
    </message>
    <message numerus="yes">
        <source>Over %Ln buyer(s); the expected lifetime is the average relationship so far, %1 months.</source>
        <translation>
            <numerusform>Na podstawie %Ln kupującego; oczekiwany czas trwania relacji to dotychczasowa średnia: %1 mies.</numerusform>
            <numerusform>Na podstawie %Ln kupujących; oczekiwany czas trwania relacji to dotychczasowa średnia: %1 mies.</numerusform>
            <numerusform>Na podstawie %Ln kupujących; oczekiwany czas trwania relacji to dotychczasowa średnia: %1 mies.</numerusform>
        </translation>
    </message>
    <message>
        <source>Average buyer</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Przeciętny kupujący</translation>
    </message>
    <message>
        <source>Value of the goods a buyer buys, per year of relationship</source>
        <translation>Wartość towarów nabywanych przez kupującego w przeliczeniu na rok relacji</translation>
    </message>
    <message>
        <source>Line</source>
        <comment>a line of table 7.3</comment>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>1 Average single sale</source>
        <comment>a line of table 7.3</comment>
        <translation>1 Średnia wartość jednorazowej sprzedaży</translation>
    </message>
    <message>
        <source>2 Purchases per year</source>
        <comment>a line of table 7.3</comment>
        <translation>2 Częstotliwość zakupów w roku</translation>
    </message>
    <message>
        <source>3 Sales per year (1 x 2)</source>
        <comment>a line of table 7.3</comment>
        <translation>3 Łączna sprzedaż w roku (1 × 2)</translation>
    </message>
    <message>
        <source>4 Profit from sales</source>
        <comment>a line of table 7.3</comment>
        <translation>4 Zysk ze sprzedaży</translation>
    </message>
    <message>
        <source>5 Costs of the partnership</source>
        <comment>a line of table 7.3</comment>
        <translation>5 Koszty organizacji partnerstwa</translation>
    </message>
    <message>
        <source>6 Profitability (4 - 5)</source>
        <comment>a line of table 7.3</comment>
        <translation>6 Opłacalność partnerstwa (4 - 5)</translation>
    </message>
    <message>
        <source>Value per month</source>
        <comment>a line of table 7.3</comment>
        <translation>Wartość na miesiąc</translation>
    </message>
    <message>
        <source>Value over the expected lifetime (discounted)</source>
        <comment>a line of table 7.3</comment>
        <translation>Wartość w oczekiwanym czasie trwania relacji (zdyskontowana)</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>Class A: hold on with all force; B: watch closely; C: let go (the seed&apos;s three decisions), by profit.</source>
        <translation>Klasa A: utrzymać za wszelką cenę; B: uważnie obserwować; C: odpuścić (trzy decyzje z literatury); według zysku.</translation>
    </message>
    <message>
        <source>Class A: hold on with all force; B: watch closely; C: let go (the seed&apos;s three decisions), by revenue.</source>
        <translation>Klasa A: utrzymać za wszelką cenę; B: uważnie obserwować; C: odpuścić (trzy decyzje z literatury); według przychodu.</translation>
    </message>
    <message>
        <source>Class A: hold on with all force; B: watch closely; C: let go (the seed&apos;s three decisions), by historical value.</source>
        <translation>Klasa A: utrzymać za wszelką cenę; B: uważnie obserwować; C: odpuścić (trzy decyzje z literatury); według wartości historycznej.</translation>
    </message>
    <message>
        <source>Class A: hold on with all force; B: watch closely; C: let go (the seed&apos;s three decisions), by predicted value.</source>
        <translation>Klasa A: utrzymać za wszelką cenę; B: uważnie obserwować; C: odpuścić (trzy decyzje z literatury); według wartości prognozowanej.</translation>
    </message>
    <message>
        <source>Lines 1-6 per year of relationship, as in table 7.3.</source>
        <translation>Pozycje 1–6 w przeliczeniu na rok relacji, jak w tab. 7.3.</translation>
    </message>
    <message>
        <source>Ranking</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>Every buyer, most valuable first</source>
        <translation>Wszyscy kupujący, od najcenniejszych</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>Id</source>
        <comment>a customer&apos;s number</comment>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Class</source>
        <comment>the ABC class of a customer</comment>
        <translation>Klasa</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decyzja</translation>
    </message>
    <message>
        <source>1 Average sale</source>
        <comment>a column of table 7.3</comment>
        <translation>1 Średnia sprzedaż</translation>
    </message>
    <message>
        <source>2 Purchases per year</source>
        <comment>a column of table 7.3</comment>
        <translation>2 Zakupy w roku</translation>
    </message>
    <message>
        <source>3 Sales per year</source>
        <comment>a column of table 7.3</comment>
        <translation>3 Sprzedaż w roku</translation>
    </message>
    <message>
        <source>4 Profit from sales</source>
        <comment>a column of table 7.3</comment>
        <translation>4 Zysk ze sprzedaży</translation>
    </message>
    <message>
        <source>5 Costs</source>
        <comment>a column of table 7.3</comment>
        <translation>5 Koszty</translation>
    </message>
    <message>
        <source>6 Profitability</source>
        <comment>a column of table 7.3</comment>
        <translation>6 Opłacalność</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Wartość w cyklu życia</translation>
    </message>
    <message>
        <source>Predicted value</source>
        <translation>Wartość prognozowana</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(aktywny)</translation>
    </message>
    <message>
        <source>Profitability report</source>
        <translation>Raport opłacalności</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>“%1” could not be done again: %2</source>
        <translation>Nie można ponowić operacji „%1”: %2</translation>
    </message>
    <message>
        <source>“%1” was not undone: %2</source>
        <translation>Nie cofnięto operacji „%1”: %2</translation>
    </message>
    <message>
        <source>Currency %1</source>
        <translation>Zmiana waluty na %1</translation>
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
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Zapisz wszystko</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Tak</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Tak dla &amp;wszystkich</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nie</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ie dla wszystkich</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Przerwij</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Zignoruj</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Pomoc</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Zastosuj</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Przywróć domyślne</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>%1M</source>
        <comment>millions on a chart&apos;s axis: 1.5M</comment>
        <translation>%1 mln</translation>
    </message>
    <message>
        <source>%1k</source>
        <comment>thousands on a chart&apos;s axis: 20k</comment>
        <translation>%1 tys.</translation>
    </message>
</context>
<context>
    <name>ReportFormats</name>
    <message numerus="yes">
        <source>The first %1 of %Ln rows; the XLSX and CSV versions of this report hold all of them.</source>
        <translation>
            <numerusform>Pokazano %1 z %Ln wiersza; wersje XLSX i CSV tego raportu zawierają wszystkie wiersze.</numerusform>
            <numerusform>Pokazano pierwsze %1 z %Ln wierszy; wersje XLSX i CSV tego raportu zawierają wszystkie.</numerusform>
            <numerusform>Pokazano pierwsze %1 z %Ln wierszy; wersje XLSX i CSV tego raportu zawierają wszystkie.</numerusform>
        </translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <comment>a PDF page&apos;s foot</comment>
        <translation>strona %1 z %2</translation>
    </message>
    <message>
        <source>About</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Informacje</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Raport</translation>
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
        <translation>mistrzowie</translation>
    </message>
    <message>
        <source>loyal</source>
        <comment>RFM segment</comment>
        <translation>lojalni</translation>
    </message>
    <message>
        <source>cannot lose</source>
        <comment>RFM segment</comment>
        <translation>nie można ich stracić</translation>
    </message>
    <message>
        <source>at risk</source>
        <comment>RFM segment</comment>
        <translation>zagrożeni</translation>
    </message>
    <message>
        <source>hibernating</source>
        <comment>RFM segment</comment>
        <translation>w hibernacji</translation>
    </message>
    <message>
        <source>new</source>
        <comment>RFM segment</comment>
        <translation>nowi</translation>
    </message>
    <message>
        <source>potential loyalist</source>
        <comment>RFM segment</comment>
        <translation>potencjalnie lojalni</translation>
    </message>
    <message>
        <source>needs attention</source>
        <comment>RFM segment</comment>
        <translation>wymagają uwagi</translation>
    </message>
    <message>
        <source>no predictions: the %1 fit did not converge (%2)</source>
        <translation>brak prognoz: dopasowanie %1 nie osiągnęło zbieżności (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and Gamma-Gamma, fitted in months; horizon %Ln month(s), monthly discount %2</source>
        <comment>the models of the analysis</comment>
        <translation>
            <numerusform>%1 i Gamma-Gamma, dopasowane w miesiącach; horyzont %Ln miesiąc, dyskonto miesięczne %2</numerusform>
            <numerusform>%1 i Gamma-Gamma, dopasowane w miesiącach; horyzont %Ln miesiące, dyskonto miesięczne %2</numerusform>
            <numerusform>%1 i Gamma-Gamma, dopasowane w miesiącach; horyzont %Ln miesięcy, dyskonto miesięczne %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Period</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Okres</translation>
    </message>
    <message>
        <source>%1 to %2 (the window; earlier history counts for value and ladder)</source>
        <translation>od %1 do %2 (okres analizy; wcześniejsza historia liczy się do wartości i drabiny lojalności)</translation>
    </message>
    <message numerus="yes">
        <source>the %Ln customer(s) of sales manager %1 (models fitted on the whole base); %2 bought in the period</source>
        <translation>
            <numerusform>%Ln klient menedżera sprzedaży %1 (modele dopasowane do całej bazy); kupujący w okresie analizy: %2</numerusform>
            <numerusform>%Ln klientów menedżera sprzedaży %1 (modele dopasowane do całej bazy); kupujący w okresie analizy: %2</numerusform>
            <numerusform>%Ln klientów menedżera sprzedaży %1 (modele dopasowane do całej bazy); kupujący w okresie analizy: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %Ln customer(s) in the base, no filter; %1 bought in the period</source>
        <translation>
            <numerusform>jedyny klient w bazie (%Ln), bez filtra; kupujący w okresie analizy: %1</numerusform>
            <numerusform>wszyscy klienci w bazie (%Ln), bez filtra; kupujący w okresie analizy: %1</numerusform>
            <numerusform>wszyscy klienci w bazie (%Ln), bez filtra; kupujący w okresie analizy: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Model</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Model</translation>
    </message>
    <message>
        <source>WEAK FIT.</source>
        <translation>SŁABE DOPASOWANIE.</translation>
    </message>
    <message>
        <source>Model fit</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Dopasowanie modelu</translation>
    </message>
    <message>
        <source>Ranking</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>Ladder rules</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Reguły drabiny</translation>
    </message>
    <message>
        <source>purchase days for a client: %1; mean satisfaction for a supporter: %2; referrals for an advocate: %3</source>
        <translation>dni z zakupem dla stałego klienta: %1; średnie zadowolenie dla zwolennika: %2; polecenia dla orędownika: %3</translation>
    </message>
    <message>
        <source>Churn rules</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Reguły rotacji</translation>
    </message>
    <message>
        <source>at risk below P(alive) %1 or after %2 usual intervals; lapsed after %3 (lapsed: %4; lost: %5)</source>
        <translation>zagrożony przy P(aktywny) poniżej %1 lub po %2 × typowy odstęp bez zakupu; uśpiony po %3 × typowy odstęp (definicje – uśpiony: %4; utracony: %5)</translation>
    </message>
    <message>
        <source>thresholds %1 per purchase and %2 purchases per month (the medians)</source>
        <translation>progi: %1 na zakup i zakupy na miesiąc: %2 (mediany)</translation>
    </message>
    <message>
        <source>thresholds %1 per purchase and %2 purchases per month</source>
        <translation>progi: %1 na zakup i zakupy na miesiąc: %2</translation>
    </message>
    <message>
        <source>Four groups</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Cztery grupy</translation>
    </message>
    <message>
        <source>Database</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Baza danych</translation>
    </message>
    <message>
        <source>Currency</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Made</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>%1 by Rapport</source>
        <comment>when a report was made</comment>
        <translation>%1 w programie Rapport</translation>
    </message>
    <message>
        <source>1 high cost, high frequency</source>
        <comment>the four groups (seed table 7.2)</comment>
        <translation>1 wysoki koszt, wysoka częstotliwość</translation>
    </message>
    <message>
        <source>2 low cost, high frequency</source>
        <comment>the four groups (seed table 7.2)</comment>
        <translation>2 niski koszt, wysoka częstotliwość</translation>
    </message>
    <message>
        <source>3 high cost, low frequency</source>
        <comment>the four groups (seed table 7.2)</comment>
        <translation>3 wysoki koszt, niska częstotliwość</translation>
    </message>
    <message>
        <source>4 low cost, low frequency</source>
        <comment>the four groups (seed table 7.2)</comment>
        <translation>4 niski koszt, niska częstotliwość</translation>
    </message>
    <message>
        <source>no purchase in the period</source>
        <comment>the four groups (seed table 7.2)</comment>
        <translation>brak zakupu w okresie analizy</translation>
    </message>
    <message>
        <source>hold on with all force</source>
        <comment>the seed&apos;s decision for a class A customer</comment>
        <translation>utrzymać za wszelką cenę</translation>
    </message>
    <message>
        <source>watch closely</source>
        <comment>the seed&apos;s decision for a class B customer</comment>
        <translation>uważnie obserwować</translation>
    </message>
    <message>
        <source>let go</source>
        <comment>the seed&apos;s decision for a class C customer</comment>
        <translation>odpuścić</translation>
    </message>
</context>
<context>
    <name>rapport::ui::AnalysisService</name>
    <message>
        <source>Analysis cancelled.</source>
        <translation>Analizę anulowano.</translation>
    </message>
    <message>
        <source>Customer #%1</source>
        <translation>Klient nr %1</translation>
    </message>
    <message>
        <source>Analysis: reading purchases…</source>
        <translation>Analiza: odczyt zakupów…</translation>
    </message>
    <message>
        <source>Analysis: reading purchases (%L1)…</source>
        <translation>Analiza: odczyt zakupów (%L1)…</translation>
    </message>
    <message>
        <source>Analysis: fitting the purchase and spend models…</source>
        <translation>Analiza: dopasowywanie modeli zakupów i wydatków…</translation>
    </message>
    <message>
        <source>Analysis: reading customers and episodes…</source>
        <translation>Analiza: odczyt klientów i epizodów…</translation>
    </message>
    <message numerus="yes">
        <source>Analysis: reading customers and episodes (%Ln row(s))…</source>
        <translation>
            <numerusform>Analiza: odczyt klientów i epizodów (%Ln wiersz)…</numerusform>
            <numerusform>Analiza: odczyt klientów i epizodów (%Ln wiersze)…</numerusform>
            <numerusform>Analiza: odczyt klientów i epizodów (%Ln wierszy)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysis: storing the scores for the customer list…</source>
        <translation>Analiza: zapisywanie wyników dla listy klientów…</translation>
    </message>
    <message>
        <source>Analysis: computing the reports…</source>
        <translation>Analiza: obliczanie raportów…</translation>
    </message>
    <message numerus="yes">
        <source>Analysis of %Ln customer(s) finished in %1 s.</source>
        <translation>
            <numerusform>Analiza %Ln klienta zakończona w %1 s.</numerusform>
            <numerusform>Analiza %Ln klientów zakończona w %1 s.</numerusform>
            <numerusform>Analiza %Ln klientów zakończona w %1 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>The analysis failed: %1</source>
        <translation>Analiza nie powiodła się: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::AnalysisSettingsDialog</name>
    <message>
        <source>Analysis settings</source>
        <translation>Ustawienia analizy</translation>
    </message>
    <message>
        <source>the median of the buyers</source>
        <translation>mediana kupujących</translation>
    </message>
    <message>
        <source>BG/NBD (Fader, Hardie and Lee 2005)</source>
        <translation>BG/NBD (Fader, Hardie i Lee 2005)</translation>
    </message>
    <message>
        <source>Pareto/NBD (Schmittlein, Morrison and Colombo 1987)</source>
        <translation>Pareto/NBD (Schmittlein, Morrison i Colombo 1987)</translation>
    </message>
    <message>
        <source> % a month</source>
        <translation> % miesięcznie</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Okres analizy:</translation>
    </message>
    <message>
        <source>&amp;Cost threshold (per purchase):</source>
        <translation>Próg &amp;kosztu (na zakup):</translation>
    </message>
    <message>
        <source>&amp;Frequency threshold (purchases a month):</source>
        <translation>Próg &amp;częstotliwości (zakupy na miesiąc):</translation>
    </message>
    <message>
        <source>Purchase &amp;model:</source>
        <translation>&amp;Model zakupów:</translation>
    </message>
    <message>
        <source>&amp;Horizon of predicted value:</source>
        <translation>&amp;Horyzont wartości prognozowanej:</translation>
    </message>
    <message>
        <source>&amp;Discount rate:</source>
        <translation>&amp;Stopa dyskontowa:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <comment>a spin box: the number of months</comment>
        <translation>
            <numerusform>%Ln miesiąc</numerusform>
            <numerusform>%Ln miesiące</numerusform>
            <numerusform>%Ln miesięcy</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost threshold: expected a positive amount such as %1, or nothing for the median</source>
        <translation>Próg kosztu: oczekiwano kwoty dodatniej, np. %1, lub pustego pola (mediana)</translation>
    </message>
    <message>
        <source>Frequency threshold: expected a positive number such as %1, or nothing for the median</source>
        <translation>Próg częstotliwości: oczekiwano liczby dodatniej, np. %1, lub pustego pola (mediana)</translation>
    </message>
</context>
<context>
    <name>rapport::ui::AnalyticsPage</name>
    <message>
        <source>&amp;Run analysis</source>
        <translation>&amp;Uruchom analizę</translation>
    </message>
    <message>
        <source>Analyse the whole base again in the background (F5)</source>
        <translation>Przeanalizuj ponownie całą bazę w tle (F5)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>U&amp;stawienia…</translation>
    </message>
    <message>
        <source>Window, thresholds, model, horizon and discount</source>
        <translation>Okres analizy, progi, model, horyzont i dyskonto</translation>
    </message>
    <message>
        <source>Click a point or a bar to see the customers behind it.</source>
        <translation>Kliknij punkt lub słupek, aby zobaczyć odpowiadających mu klientów.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Show in customer list</source>
        <translation>Pokaż na liście klientów</translation>
    </message>
    <message>
        <source>Pareto curve</source>
        <translation>Krzywa Pareto</translation>
    </message>
    <message>
        <source>Four groups</source>
        <translation>Cztery grupy</translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation>Drabina</translation>
    </message>
    <message>
        <source>Churn reasons</source>
        <translation>Przyczyny odejść</translation>
    </message>
    <message>
        <source>Predicted value</source>
        <translation>Wartość prognozowana</translation>
    </message>
    <message>
        <source>Model fit</source>
        <translation>Dopasowanie modelu</translation>
    </message>
    <message>
        <source>Customers behind…</source>
        <translation>Klienci z wykresu…</translation>
    </message>
    <message>
        <source>The customers behind a part of the chart, as a click on it shows them</source>
        <translation>Klienci odpowiadający części wykresu, tak jak pokazuje ich kliknięcie</translation>
    </message>
    <message>
        <source>Analysing in the background…</source>
        <translation>Analiza w tle…</translation>
    </message>
    <message>
        <source>No analysis yet: Run analysis (F5) computes the charts in the background.</source>
        <translation>Brak analizy: Uruchom analizę (F5) obliczy wykresy w tle.</translation>
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
        <translation>Marża</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Przychód</translation>
    </message>
    <message>
        <source>Historical value</source>
        <translation>Wartość historyczna</translation>
    </message>
    <message>
        <source>%1 has no standard error: the data do not pin it down.</source>
        <translation>%1 nie ma błędu standardowego: dane go nie wyznaczają.</translation>
    </message>
    <message>
        <source>%1 sits on the optimiser&apos;s bound: the data push it without limit.</source>
        <translation>%1 leży na granicy optymalizatora: dane przesuwają go bez ograniczeń.</translation>
    </message>
    <message>
        <source>The %1 fit did not converge: there are no P(alive) or predicted values.</source>
        <translation>Dopasowanie %1 nie osiągnęło zbieżności: brak P(aktywny) i wartości prognozowanych.</translation>
    </message>
    <message>
        <source>P(alive) is uninformative: it is at least %1 for every customer, so the at-risk rule (P(alive) below %2) never fires; only the rule by purchase intervals marks customers at risk.</source>
        <translation>P(aktywny) nie niesie informacji: dla każdego klienta wynosi co najmniej %1, więc reguła zagrożenia (P(aktywny) poniżej %2) nigdy nie działa; jako zagrożonych oznacza klientów tylko reguła odstępów między zakupami.</translation>
    </message>
    <message>
        <source>P(alive), expected purchases and predicted values rest on parameters the data do not pin down: read them as rough guides.</source>
        <translation>P(aktywny), oczekiwana liczba zakupów i wartości prognozowane opierają się na parametrach, których dane nie wyznaczają: traktuj je jako przybliżone wskazówki.</translation>
    </message>
    <message>
        <source>The Gamma-Gamma fit did not converge: each repeat buyer&apos;s own average spend per purchase stands in for the predicted spend, the repeat buyers&apos; average for one-time buyers.</source>
        <translation>Dopasowanie Gamma-Gamma nie osiągnęło zbieżności: zamiast prognozowanych wydatków przyjęto własną średnią wartość zakupu każdego klienta kupującego ponownie, a dla klientów jednorazowych – średnią klientów kupujących ponownie.</translation>
    </message>
    <message>
        <source>Expected spend per purchase, and so every predicted value, is uncertain.</source>
        <translation>Oczekiwane wydatki na zakup, a więc i każda wartość prognozowana, są niepewne.</translation>
    </message>
    <message>
        <source>Ranked by revenue, not profit: no purchase analysed carries a margin, so profit cannot rank customers. Classes, the Pareto curve and key customers are by revenue.</source>
        <translation>Ranking według przychodu, nie zysku: żaden analizowany zakup nie ma marży, więc zysk nie może być podstawą rankingu. Klasy, krzywa Pareto i kluczowi klienci są wyznaczone według przychodu.</translation>
    </message>
    <message>
        <source>No purchase analysed carries a margin: profit figures are missing.</source>
        <translation>Żaden analizowany zakup nie ma marży: brak danych o zysku.</translation>
    </message>
    <message>
        <source>Pareto curve of revenue (no margins recorded, so not of profit): the top 20 % of customers bring %1 of it (benchmark 80 %)</source>
        <translation>Krzywa Pareto przychodu (brak marż, więc nie zysku): 20 % najlepszych klientów przynosi %1 przychodu (wzorzec 80 %)</translation>
    </message>
    <message>
        <source>Your customers</source>
        <translation>Twoi klienci</translation>
    </message>
    <message>
        <source>80/20 benchmark</source>
        <translation>Wzorzec 80/20</translation>
    </message>
    <message>
        <source>Customers, best first</source>
        <translation>Klienci, od najlepszych</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Udział skumulowany</translation>
    </message>
    <message>
        <source>Top %1 % of customers</source>
        <translation>Najlepsze %1 % klientów</translation>
    </message>
    <message>
        <source>Revenue in the window</source>
        <translation>Przychód w okresie analizy</translation>
    </message>
    <message>
        <source>Purchases per month (log scale)</source>
        <translation>Zakupy na miesiąc (skala log.)</translation>
    </message>
    <message>
        <source>Average purchase (log scale)</source>
        <translation>Średni zakup (skala log.)</translation>
    </message>
    <message>
        <source>Average purchase in %1 (log scale)</source>
        <translation>Średni zakup w %1 (skala log.)</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Progi</translation>
    </message>
    <message>
        <source>Relationship ladder: customers per stage at the start of the window and now</source>
        <translation>Drabina lojalności: klienci na każdym szczeblu na początku okresu analizy i obecnie</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>Stan na %1</translation>
    </message>
    <message>
        <source>Now (%1)</source>
        <translation>Obecnie (%1)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Your lost customers</source>
        <translation>Twoi utraceni klienci</translation>
    </message>
    <message>
        <source>Benchmark (middle of the seed&apos;s range)</source>
        <translation>Wzorzec (środek przedziału z literatury)</translation>
    </message>
    <message>
        <source>Share of lost customers</source>
        <translation>Udział utraconych klientów</translation>
    </message>
    <message>
        <source>Yearly revenue</source>
        <translation>Przychód roczny</translation>
    </message>
    <message>
        <source>All lost customers</source>
        <translation>Wszyscy utraceni klienci</translation>
    </message>
    <message>
        <source>Lost customers</source>
        <translation>Utraceni klienci</translation>
    </message>
    <message>
        <source>Predicted value: no model could be fitted (%1)</source>
        <translation>Wartość prognozowana: nie udało się dopasować żadnego modelu (%1)</translation>
    </message>
    <message>
        <source>Predicted value %1</source>
        <translation>Wartość prognozowana %1</translation>
    </message>
    <message>
        <source>WEAK FIT: %1</source>
        <translation>SŁABE DOPASOWANIE: %1</translation>
    </message>
    <message>
        <source>Model fit: no model could be fitted</source>
        <translation>Dopasowanie modelu: nie udało się dopasować żadnego modelu</translation>
    </message>
    <message>
        <source>Model fit: the check of repeat purchases is drawn for BG/NBD (choose it in Settings)</source>
        <translation>Dopasowanie modelu: kontrola zakupów powtórnych jest rysowana dla BG/NBD (wybierz go w ustawieniach)</translation>
    </message>
    <message>
        <source>Actual customers</source>
        <translation>Faktyczni klienci</translation>
    </message>
    <message>
        <source>Expected by BG/NBD</source>
        <translation>Oczekiwani wg BG/NBD</translation>
    </message>
    <message>
        <source>Model fit: customers by number of repeat purchases, seen and predicted</source>
        <translation>Dopasowanie modelu: klienci według liczby zakupów powtórnych, zaobserwowanej i prognozowanej</translation>
    </message>
    <message>
        <source>Repeat purchases (days with a purchase after the first)</source>
        <translation>Zakupy powtórne (dni z zakupem po pierwszym)</translation>
    </message>
    <message>
        <source>Predicted value in %1</source>
        <translation>Wartość prognozowana w %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln customer(s), the first %L2 shown</source>
        <translation>
            <numerusform>%1: %Ln klient, pokazano pierwszych %L2</numerusform>
            <numerusform>%1: %Ln klientów, pokazano pierwszych %L2</numerusform>
            <numerusform>%1: %Ln klientów, pokazano pierwszych %L2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln customer(s)</source>
        <translation>
            <numerusform>%1: %Ln klient</numerusform>
            <numerusform>%1: %Ln klientów</numerusform>
            <numerusform>%1: %Ln klientów</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer #%1</source>
        <translation>Klient nr %1</translation>
    </message>
    <message>
        <source>Up to %1</source>
        <translation>Do %1</translation>
    </message>
    <message numerus="yes">
        <source>window %Ln month(s)</source>
        <translation>
            <numerusform>okres analizy %Ln miesiąc</numerusform>
            <numerusform>okres analizy %Ln miesiące</numerusform>
            <numerusform>okres analizy %Ln miesięcy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>horizon %Ln month(s) at %1 a month</source>
        <translation>
            <numerusform>horyzont %Ln miesiąc przy %1 miesięcznie</numerusform>
            <numerusform>horyzont %Ln miesiące przy %1 miesięcznie</numerusform>
            <numerusform>horyzont %Ln miesięcy przy %1 miesięcznie</numerusform>
        </translation>
    </message>
    <message>
        <source>thresholds: the medians</source>
        <translation>progi: mediany</translation>
    </message>
    <message>
        <source>thresholds set by hand</source>
        <translation>progi ustawione ręcznie</translation>
    </message>
    <message>
        <source>Pareto curve of margin: the top 20 % of customers bring %1 of it (benchmark 80 %)</source>
        <translation>Krzywa Pareto marży: 20 % najcenniejszych klientów przynosi %1 marży (wzorzec 80 %)</translation>
    </message>
    <message>
        <source>Pareto curve of revenue: the top 20 % of customers bring %1 of it (benchmark 80 %)</source>
        <translation>Krzywa Pareto przychodu: 20 % najcenniejszych klientów przynosi %1 przychodu (wzorzec 80 %)</translation>
    </message>
    <message>
        <source>Pareto curve of historical value: the top 20 % of customers bring %1 of it (benchmark 80 %)</source>
        <translation>Krzywa Pareto wartości historycznej: 20 % najcenniejszych klientów przynosi %1 tej wartości (wzorzec 80 %)</translation>
    </message>
    <message>
        <source>Pareto curve of predicted value: the top 20 % of customers bring %1 of it (benchmark 80 %)</source>
        <translation>Krzywa Pareto wartości prognozowanej: 20 % najcenniejszych klientów przynosi %1 tej wartości (wzorzec 80 %)</translation>
    </message>
    <message>
        <source>%1 %2 = %L3</source>
        <comment>model, parameter = estimate</comment>
        <translation>%1 %2 = %L3</translation>
    </message>
    <message>
        <source>%1 ± %L2: the standard error exceeds the estimate.</source>
        <translation>%1 ± %L2: błąd standardowy przekracza oszacowanie.</translation>
    </message>
    <message>
        <source>Weak model fit: %1</source>
        <comment>followed by the reasons</comment>
        <translation>Słabe dopasowanie modelu: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nobody was recorded as lost in the last year, but %Ln buyer(s) lapsed (no purchase for over %1 usual intervals): see the churn tab.</source>
        <translation>
            <numerusform>W ostatnim roku nikogo nie odnotowano jako utraconego, ale w stan uśpienia przeszedł %Ln kupujący (brak zakupu dłużej niż %1 × typowy odstęp): zobacz kartę „Przyczyny odejść”.</numerusform>
            <numerusform>W ostatnim roku nikogo nie odnotowano jako utraconego, ale w stan uśpienia przeszło %Ln kupujących (brak zakupu dłużej niż %1 × typowy odstęp): zobacz kartę „Przyczyny odejść”.</numerusform>
            <numerusform>W ostatnim roku nikogo nie odnotowano jako utraconego, ale w stan uśpienia przeszło %Ln kupujących (brak zakupu dłużej niż %1 × typowy odstęp): zobacz kartę „Przyczyny odejść”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nobody was recorded as lost, but %Ln customer(s) are lapsed now (no purchase for over %1 usual intervals); the purchases cover less than a year, so there is no yearly rate: see the churn tab.</source>
        <translation>
            <numerusform>Nikogo nie odnotowano jako utraconego, ale obecnie uśpiony jest %Ln klient (brak zakupu dłużej niż %1 × typowy odstęp); zakupy obejmują mniej niż rok, więc nie ma wskaźnika rocznego: zobacz kartę „Przyczyny odejść”.</numerusform>
            <numerusform>Nikogo nie odnotowano jako utraconego, ale obecnie uśpionych jest %Ln klientów (brak zakupu dłużej niż %1 × typowy odstęp); zakupy obejmują mniej niż rok, więc nie ma wskaźnika rocznego: zobacz kartę „Przyczyny odejść”.</numerusform>
            <numerusform>Nikogo nie odnotowano jako utraconego, ale obecnie uśpionych jest %Ln klientów (brak zakupu dłużej niż %1 × typowy odstęp); zakupy obejmują mniej niż rok, więc nie ma wskaźnika rocznego: zobacz kartę „Przyczyny odejść”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nobody was recorded as lost, but %Ln customer(s) are lapsed now (no purchase for over %1 usual intervals): see the churn tab.</source>
        <translation>
            <numerusform>Nikogo nie odnotowano jako utraconego, ale obecnie uśpiony jest %Ln klient (brak zakupu dłużej niż %1 × typowy odstęp): zobacz kartę „Przyczyny odejść”.</numerusform>
            <numerusform>Nikogo nie odnotowano jako utraconego, ale obecnie uśpionych jest %Ln klientów (brak zakupu dłużej niż %1 × typowy odstęp): zobacz kartę „Przyczyny odejść”.</numerusform>
            <numerusform>Nikogo nie odnotowano jako utraconego, ale obecnie uśpionych jest %Ln klientów (brak zakupu dłużej niż %1 × typowy odstęp): zobacz kartę „Przyczyny odejść”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Four groups by purchase cost and frequency in the window (%Ln buyer(s))</source>
        <translation>
            <numerusform>Cztery grupy według kosztu i częstotliwości zakupów w okresie analizy (%Ln kupujący)</numerusform>
            <numerusform>Cztery grupy według kosztu i częstotliwości zakupów w okresie analizy (%Ln kupujących)</numerusform>
            <numerusform>Cztery grupy według kosztu i częstotliwości zakupów w okresie analizy (%Ln kupujących)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln · %1 of revenue</source>
        <comment>customers · share</comment>
        <translation>
            <numerusform>%Ln · %1 przychodu</numerusform>
            <numerusform>%Ln · %1 przychodu</numerusform>
            <numerusform>%Ln · %1 przychodu</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 purchases a month, %3 a purchase</source>
        <comment>a group · a number with decimals, an amount</comment>
        <translation>%1 · zakupy na miesiąc: %2, %3 na zakup</translation>
    </message>
    <message>
        <source>%1 (%2 of the rung below)</source>
        <comment>a ladder stage (a share)</comment>
        <translation>%1 (%2 szczebla poniżej)</translation>
    </message>
    <message>
        <source>Why customers left: your shares beside the seed&apos;s benchmark (lost in the last year: %L1, value lost %2).</source>
        <translation>Dlaczego klienci odeszli: Twoje udziały obok wzorca z literatury (utraceni w ostatnim roku: %L1, utracona wartość: %2).</translation>
    </message>
    <message>
        <source>Lapsed now: %L1 (the purchases cover less than a year: no yearly rate), not recorded as lost.</source>
        <translation>Uśpieni obecnie: %L1 (zakupy obejmują mniej niż rok: brak wskaźnika rocznego), nieodnotowani jako utraceni.</translation>
    </message>
    <message>
        <source>Lapsed in the last year: %L1 (%2 of the buyers a year ago); lapsed now: %L3, not recorded as lost.</source>
        <translation>Uśpieni w ostatnim roku: %L1 (%2 kupujących sprzed roku); uśpieni obecnie: %L3, nieodnotowani jako utraceni.</translation>
    </message>
    <message>
        <source>Lost: recorded as lost with a reason. Lapsed: no purchase for over %1 usual intervals.</source>
        <translation>Utraceni: odnotowani jako utraceni z podaniem przyczyny. Uśpieni: brak zakupu dłużej niż %1 × typowy odstęp.</translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <comment>a churn reason</comment>
        <translation>Utraceni: %1</translation>
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
            <numerusform>Rozkład wartości prognozowanej na najbliższy miesiąc</numerusform>
            <numerusform>Rozkład wartości prognozowanej na najbliższe %Ln miesiące</numerusform>
            <numerusform>Rozkład wartości prognozowanej na najbliższych %Ln miesięcy</numerusform>
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
            <numerusform>%Ln lub więcej zakupów powtórnych</numerusform>
            <numerusform>%Ln lub więcej zakupów powtórnych</numerusform>
            <numerusform>%Ln lub więcej zakupów powtórnych</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat purchases: %L1</source>
        <translation>Zakupy powtórne: %L1</translation>
    </message>
    <message>
        <source>Knowledge audit</source>
        <translation>Audyt wiedzy</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Reklamacje</translation>
    </message>
    <message>
        <source>By dimension</source>
        <translation>Według wymiarów</translation>
    </message>
</context>
<context>
    <name>rapport::ui::AssessmentsTab</name>
    <message>
        <source>Component</source>
        <translation>Składnik</translation>
    </message>
    <message>
        <source>Score (1–5)</source>
        <translation>Ocena (1–5)</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Data oceny</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>Judged components of the return on the relationship. 1 is very little of it, 5 very much; for sacrifices and alternatives known more is worse for the relationship.</source>
        <translation>Oceniane składniki zwrotu z relacji. 1 oznacza bardzo mało, 5 bardzo dużo; w przypadku wyrzeczeń i znanych alternatyw więcej oznacza gorzej dla relacji.</translation>
    </message>
    <message>
        <source>&amp;Assess…</source>
        <translation>&amp;Oceń…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Removes an assessment entered by mistake; a changed view is a new assessment</source>
        <translation>Usuwa ocenę wprowadzoną przez pomyłkę; zmiana zdania to nowa ocena</translation>
    </message>
    <message>
        <source>The latest view of this component</source>
        <translation>Najnowsza ocena tego składnika</translation>
    </message>
    <message>
        <source>An earlier view, kept as history</source>
        <translation>Wcześniejsza ocena, zachowana jako historia</translation>
    </message>
    <message>
        <source>Assess the relationship</source>
        <translation>Ocena relacji</translation>
    </message>
    <message>
        <source>1 very little … 5 very much</source>
        <translation>1 bardzo mało … 5 bardzo dużo</translation>
    </message>
    <message>
        <source>why, in a few words</source>
        <translation>dlaczego, w kilku słowach</translation>
    </message>
    <message>
        <source>&amp;Component:</source>
        <translation>&amp;Składnik:</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>&amp;Ocena:</translation>
    </message>
    <message>
        <source>&amp;Assessed on:</source>
        <translation>&amp;Data oceny:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notatka:</translation>
    </message>
    <message>
        <source>Assess %1</source>
        <translation>Dodanie oceny: %1</translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Niczego nie zmieniono: %1</translation>
    </message>
    <message>
        <source>Remove assessment of %1</source>
        <translation>Usunięcie oceny: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::AttentionList</name>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Przyczyna</translation>
    </message>
    <message>
        <source>Value at stake</source>
        <translation>Zagrożona wartość</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
    <message>
        <source>Not contacted</source>
        <translation>Brak kontaktu</translation>
    </message>
    <message>
        <source>Purchase overdue</source>
        <translation>Zaległy zakup</translation>
    </message>
    <message>
        <source>Decision maker left</source>
        <translation>Odejście osoby decydującej</translation>
    </message>
    <message>
        <source>Complaint unanswered</source>
        <translation>Reklamacja bez odpowiedzi</translation>
    </message>
    <message numerus="yes">
        <source>No contact for %Ln day(s), since %1 (interval %2 days)</source>
        <translation>
            <numerusform>Brak kontaktu przez %Ln dzień, od %1 (kontakt co %2 dni)</numerusform>
            <numerusform>Brak kontaktu przez %Ln dni, od %1 (kontakt co %2 dni)</numerusform>
            <numerusform>Brak kontaktu przez %Ln dni, od %1 (kontakt co %2 dni)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Never contacted in %Ln day(s) (interval %1 days)</source>
        <translation>
            <numerusform>Brak jakiegokolwiek kontaktu przez %Ln dzień (kontakt co %1 dni)</numerusform>
            <numerusform>Brak jakiegokolwiek kontaktu przez %Ln dni (kontakt co %1 dni)</numerusform>
            <numerusform>Brak jakiegokolwiek kontaktu przez %Ln dni (kontakt co %1 dni)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No purchase for %Ln day(s); usually every %1 days</source>
        <translation>
            <numerusform>Brak zakupu przez %Ln dzień; zwykle jeden zakup co %1 dnia</numerusform>
            <numerusform>Brak zakupu przez %Ln dni; zwykle jeden zakup co %1 dnia</numerusform>
            <numerusform>Brak zakupu przez %Ln dni; zwykle jeden zakup co %1 dnia</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>person (role)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 left on %2; no contact since</source>
        <translation>%1 – odejście %2; od tego czasu brak kontaktu</translation>
    </message>
    <message numerus="yes">
        <source>Complaint of %1 unanswered for %Ln day(s)</source>
        <translation>
            <numerusform>Reklamacja z %1 bez odpowiedzi od %Ln dnia</numerusform>
            <numerusform>Reklamacja z %1 bez odpowiedzi od %Ln dni</numerusform>
            <numerusform>Reklamacja z %1 bez odpowiedzi od %Ln dni</numerusform>
        </translation>
    </message>
    <message>
        <source>Historical revenue: the last analysis predicted no value for this customer</source>
        <translation>Przychód historyczny: ostatnia analiza nie prognozowała wartości dla tego klienta</translation>
    </message>
    <message>
        <source>Looking for customers who need attention…</source>
        <translation>Wyszukiwanie klientów wymagających uwagi…</translation>
    </message>
    <message>
        <source>The list could not be made: %1</source>
        <translation>Nie udało się utworzyć listy: %1</translation>
    </message>
    <message>
        <source>Nobody needs attention.</source>
        <translation>Nikt nie wymaga uwagi.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln shown, the most valuable first.</source>
        <translation>
            <numerusform>Pokazano wszystkich (%Ln), od najcenniejszych.</numerusform>
            <numerusform>Pokazano wszystkich (%Ln), od najcenniejszych.</numerusform>
            <numerusform>Pokazano wszystkich (%Ln), od najcenniejszych.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln shown, the most valuable first.</source>
        <translation>
            <numerusform>Pokazano %L1 z %Ln, od najcenniejszych.</numerusform>
            <numerusform>Pokazano %L1 z %Ln, od najcenniejszych.</numerusform>
            <numerusform>Pokazano %L1 z %Ln, od najcenniejszych.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Dziennik zmian</translation>
    </message>
    <message>
        <source>Only customer #%1</source>
        <translation>Tylko klient nr %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Zmiany</translation>
    </message>
    <message>
        <source>The audit trail cannot be shown: %1</source>
        <translation>Nie można wyświetlić dziennika zmian: %1</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnerstwo</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Członek zespołu</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Osoba kontaktowa</translation>
    </message>
    <message>
        <source>E-mail or phone</source>
        <translation>E-mail lub telefon</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Zgoda</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Epizod</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Cost line</source>
        <translation>Pozycja kosztów</translation>
    </message>
    <message>
        <source>Lost customer record</source>
        <translation>Wpis o odejściu klienta</translation>
    </message>
    <message>
        <source>Ladder stage set by hand</source>
        <translation>Szczebel drabiny ustawiony ręcznie</translation>
    </message>
    <message>
        <source>Merge, erasure or export</source>
        <translation>Scalenie, wymazanie lub eksport</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>Anonymous sale</source>
        <translation>Sprzedaż anonimowa</translation>
    </message>
    <message>
        <source>added</source>
        <translation>dodano</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>zmieniono</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>usunięto</translation>
    </message>
    <message>
        <source>personal data exported</source>
        <translation>wyeksportowano dane osobowe</translation>
    </message>
    <message>
        <source>personal data erased</source>
        <translation>wymazano dane osobowe</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>scalono</translation>
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
        <translation>Lokalna baza danych nie prowadzi dziennika zmian; jej scalenia, wymazania i eksporty są widoczne w historii klienta. Bazy zespołu w PostgreSQL rejestrują każdą zmianę.</translation>
    </message>
    <message>
        <source>%1 #%2 %3</source>
        <comment>a record, its number, what was done to it</comment>
        <translation>%1 nr %2: %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a record, what was done to it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>#%1</source>
        <comment>a customer&apos;s number</comment>
        <translation>nr %1</translation>
    </message>
    <message numerus="yes">
        <source>The newest %Ln change(s); rapport-cli audit lists more.</source>
        <translation>
            <numerusform>Najnowsza zmiana (%Ln); więcej wyświetla rapport-cli audit.</numerusform>
            <numerusform>Najnowsze %Ln zmiany; więcej wyświetla rapport-cli audit.</numerusform>
            <numerusform>Najnowszych %Ln zmian; więcej wyświetla rapport-cli audit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s).</source>
        <translation>
            <numerusform>%Ln zmiana.</numerusform>
            <numerusform>%Ln zmiany.</numerusform>
            <numerusform>%Ln zmian.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::CampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>Nowa kampania</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>e.g. more repeat purchases from regular customers</source>
        <translation>np. więcej zakupów powtórnych od stałych klientów</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Cel:</translation>
    </message>
    <message>
        <source>&amp;Offer:</source>
        <translation>&amp;Oferta:</translation>
    </message>
    <message>
        <source>What the customers are offered, in the words of the letter or call</source>
        <translation>Co klienci otrzymują w ofercie – słowami listu lub rozmowy</translation>
    </message>
    <message>
        <source>Offer &amp;text:</source>
        <translation>&amp;Treść oferty:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanał:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Customers held back at random: what they buy shows what the treated would have bought without the offer</source>
        <translation>Losowo wybrani klienci, którzy nie dostają oferty: ich zakupy pokazują, co grupa testowa kupiłaby bez oferty</translation>
    </message>
    <message>
        <source>Control &amp;group:</source>
        <translation>&amp;Grupa kontrolna:</translation>
    </message>
    <message>
        <source>The control group is drawn within each, so both groups hold the same mix</source>
        <translation>Grupa kontrolna jest losowana osobno w każdej z nich, więc obie grupy mają taki sam skład</translation>
    </message>
    <message>
        <source>Drawn &amp;within:</source>
        <translation>&amp;Losowanie w obrębie:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>Purchases in this many days after the launch day count as responses</source>
        <translation>Zakupy w ciągu tylu dni po dniu uruchomienia liczą się jako odpowiedzi</translation>
    </message>
    <message>
        <source>Response &amp;window:</source>
        <translation>Okres od&amp;powiedzi:</translation>
    </message>
    <message>
        <source>Cost per &amp;contact:</source>
        <translation>Koszt &amp;jednego kontaktu:</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nikogo</translation>
    </message>
    <message>
        <source>Leave out customers with any episode in this many days before the launch</source>
        <translation>Pomiń klientów, którzy mieli jakikolwiek epizod w ciągu tylu dni przed uruchomieniem</translation>
    </message>
    <message>
        <source>Leave out contacted in the last:</source>
        <translation>Pomiń klientów z kontaktem w ostatnich:</translation>
    </message>
    <message>
        <source>Cost per contact: an amount is expected, e.g. 2.50</source>
        <translation>Koszt jednego kontaktu: wymagana kwota, np. 2,50</translation>
    </message>
    <message>
        <source>Name: the campaign needs a name</source>
        <translation>Nazwa: kampania musi mieć nazwę</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CampaignsPage</name>
    <message>
        <source>Too few customers to measure</source>
        <translation>Zbyt mało klientów do pomiaru</translation>
    </message>
    <message>
        <source>No measurable effect</source>
        <translation>Brak mierzalnego efektu</translation>
    </message>
    <message>
        <source>A measurable rise</source>
        <translation>Mierzalny wzrost</translation>
    </message>
    <message>
        <source>A measurable fall</source>
        <translation>Mierzalny spadek</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 p.p.</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (od %2 do %3)</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Cel: %1</translation>
    </message>
    <message>
        <source>Offer: %1 by %2</source>
        <translation>Oferta: %1, kanał: %2</translation>
    </message>
    <message>
        <source>Control group: %1 % drawn within: %2; seed %3</source>
        <translation>Grupa kontrolna: %1 %, losowanie w obrębie: %2; ziarno losowania %3</translation>
    </message>
    <message numerus="yes">
        <source>Response window: %n day(s) after the launch day; cost per contact %1</source>
        <translation>
            <numerusform>Okres odpowiedzi: %n dzień po dniu uruchomienia; koszt jednego kontaktu: %1</numerusform>
            <numerusform>Okres odpowiedzi: %n dni po dniu uruchomienia; koszt jednego kontaktu: %1</numerusform>
            <numerusform>Okres odpowiedzi: %n dni po dniu uruchomienia; koszt jednego kontaktu: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>A draft: launch it at a target list to draw the control group and log the offers.</source>
        <translation>Szkic: uruchom kampanię dla listy docelowej, aby wylosować grupę kontrolną i zarejestrować oferty.</translation>
    </message>
    <message>
        <source>Launched on %1 at: %2</source>
        <translation>Uruchomiono %1 dla: %2</translation>
    </message>
    <message>
        <source>Purchases from %1 to %2 (the window is still open).</source>
        <translation>Zakupy od %1 do %2 (okres odpowiedzi jeszcze trwa).</translation>
    </message>
    <message>
        <source>Purchases from %1 to %2.</source>
        <translation>Zakupy od %1 do %2.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Odpowiedzieli</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Odsetek odpowiedzi</translation>
    </message>
    <message>
        <source>Revenue per customer</source>
        <translation>Przychód na klienta</translation>
    </message>
    <message>
        <source>Treated</source>
        <translation>Testowa</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolna</translation>
    </message>
    <message>
        <source>With 95 % confidence:</source>
        <translation>Przy poziomie ufności 95 %:</translation>
    </message>
    <message>
        <source>Response lift: %1</source>
        <translation>Przyrost odsetka odpowiedzi: %1</translation>
    </message>
    <message>
        <source>Revenue lift per customer: %1</source>
        <translation>Przyrost przychodu na klienta: %1</translation>
    </message>
    <message>
        <source>Incremental revenue: %1</source>
        <translation>Dodatkowy przychód: %1</translation>
    </message>
    <message>
        <source>Incremental margin: %1</source>
        <translation>Dodatkowa marża: %1</translation>
    </message>
    <message>
        <source>Cost of the contacts: %1</source>
        <translation>Koszt kontaktów: %1</translation>
    </message>
    <message>
        <source>Margin after the cost: %1</source>
        <translation>Marża po odjęciu kosztów: %1</translation>
    </message>
    <message>
        <source>Response: %1. Revenue: %2. After its cost: %3.</source>
        <translation>Odpowiedzi: %1. Przychód: %2. Po odjęciu kosztów: %3.</translation>
    </message>
    <message>
        <source>Launch campaign</source>
        <translation>Uruchomienie kampanii</translation>
    </message>
    <message>
        <source>The campaign goes to the customers these filters select who consent to marketing. Empty filters take everyone in use.</source>
        <translation>Kampania trafi do wybranych tymi filtrami klientów, którzy wyrazili zgodę na marketing. Puste filtry obejmują wszystkich klientów w użyciu.</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segment:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Opiekun:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>Any ladder stage</source>
        <translation>Dowolny szczebel</translation>
    </message>
    <message>
        <source>&amp;Ladder stage:</source>
        <translation>Szczebel &amp;drabiny:</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>Dowolna grupa</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grupa %1</translation>
    </message>
    <message>
        <source>&amp;Four groups:</source>
        <translation>&amp;Cztery grupy:</translation>
    </message>
    <message>
        <source>Any churn status</source>
        <translation>Dowolny status rotacji</translation>
    </message>
    <message>
        <source>&amp;Churn status:</source>
        <translation>Status &amp;rotacji:</translation>
    </message>
    <message>
        <source>Launch &amp;day:</source>
        <translation>D&amp;zień uruchomienia:</translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation>&amp;Uruchom</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>segment %1</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>opiekun %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>tag %1</translation>
    </message>
    <message>
        <source>all customers in use</source>
        <translation>wszyscy klienci w użyciu</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;Nowa kampania…</translation>
    </message>
    <message>
        <source>&amp;Launch…</source>
        <translation>&amp;Uruchom…</translation>
    </message>
    <message>
        <source>Draw the control group and log an offer episode for every treated customer</source>
        <translation>Wylosuj grupę kontrolną i zarejestruj epizod oferty dla każdego klienta z grupy testowej</translation>
    </message>
    <message>
        <source>E&amp;xport contact list…</source>
        <translation>&amp;Eksportuj listę kontaktów…</translation>
    </message>
    <message>
        <source>The treated customers who consent to marketing, with e-mail and phone, for a mail merge or a calling list</source>
        <translation>Klienci z grupy testowej, którzy wyrazili zgodę na marketing, z e-mailem i telefonem – do korespondencji seryjnej lub listy połączeń</translation>
    </message>
    <message>
        <source>Export contact list</source>
        <translation>Eksport listy kontaktów</translation>
    </message>
    <message>
        <source>Spreadsheet (*.xlsx);;CSV (*.csv)</source>
        <translation>Arkusz kalkulacyjny (*.xlsx);;Plik CSV (*.csv)</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampania</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Launched</source>
        <translation>Uruchomiona</translation>
    </message>
    <message>
        <source>Response lift (95 %)</source>
        <translation>Przyrost odpowiedzi (95 %)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Wniosek</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Pomiar…</translation>
    </message>
    <message>
        <source>Could not read the campaigns: %1</source>
        <translation>Nie można odczytać kampanii: %1</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Szkic</translation>
    </message>
    <message>
        <source>No campaigns yet. A campaign sends an offer to a target list and holds a random control group back, so that what the offer changed can be measured.</source>
        <translation>Nie ma jeszcze kampanii. Kampania kieruje ofertę do listy docelowej, a losową grupę kontrolną pomija, aby można było zmierzyć, co zmieniła oferta.</translation>
    </message>
    <message>
        <source>New campaign “%1”</source>
        <translation>Dodanie kampanii „%1”</translation>
    </message>
    <message>
        <source>Launch “%1” at %2? An offer episode is logged for every treated customer; a launch cannot be undone, as the offers are then on their way.</source>
        <translation>Uruchomić kampanię „%1” dla: %2? Dla każdego klienta z grupy testowej zostanie zarejestrowany epizod oferty; uruchomienia nie można cofnąć, bo oferty są już wtedy w drodze.</translation>
    </message>
    <message>
        <source>Launching…</source>
        <translation>Uruchamianie…</translation>
    </message>
    <message>
        <source>The campaign was not launched; nothing was changed.
%1</source>
        <translation>Kampania nie została uruchomiona; niczego nie zmieniono.
%1</translation>
    </message>
    <message>
        <source>Launched: %1 treated, %2 held back as the control group.
Left out: %3 without marketing consent, %4 contacted recently (of %5 selected).</source>
        <translation>Uruchomiono: w grupie testowej %1, w grupie kontrolnej (bez oferty) %2.
Pominięto: %3 bez zgody na marketing, %4 z niedawnym kontaktem (wybrano: %5).</translation>
    </message>
    <message>
        <source>The contact list was not written.
%1</source>
        <translation>Nie zapisano listy kontaktów.
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) written to %1</source>
        <translation>
            <numerusform>Zapisano %n kontakt do %1</numerusform>
            <numerusform>Zapisano %n kontakty do %1</numerusform>
            <numerusform>Zapisano %n kontaktów do %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The response window opens on %1.</source>
        <translation>Okres odpowiedzi zaczyna się %1.</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(nie podano)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Acquisition channel</source>
        <translation>Kanał pozyskania</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Poziom obsługi</translation>
    </message>
    <message>
        <source>Each value&apos;s customers measured on their own, as they are recorded now. A small part has a wide interval, and among many parts about one in twenty misses by chance.</source>
        <translation>Klienci o każdej wartości są mierzeni osobno, według obecnych danych. Mała grupa ma szeroki przedział, a przy wielu grupach mniej więcej jeden wynik na dwadzieścia chybia przez przypadek.</translation>
    </message>
    <message>
        <source>Treated response</source>
        <translation>Odpowiedzi (testowa)</translation>
    </message>
    <message>
        <source>Control response</source>
        <translation>Odpowiedzi (kontrolna)</translation>
    </message>
    <message>
        <source>Any service level</source>
        <translation>Dowolny poziom obsługi</translation>
    </message>
    <message>
        <source>Service le&amp;vel:</source>
        <translation>&amp;Poziom obsługi:</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Eksportuj r&amp;aport…</translation>
    </message>
    <message>
        <source>The campaign&apos;s definition, groups, lifts with their 95 % intervals and verdicts, as PDF, HTML, XLSX or CSV</source>
        <translation>Definicja kampanii, grupy, przyrosty z przedziałami 95 % i wnioski w formacie PDF, HTML, XLSX lub CSV</translation>
    </message>
    <message>
        <source>The selected campaign&apos;s response lift for each segment, region, owner or acquisition channel</source>
        <translation>Przyrost odpowiedzi wybranej kampanii dla każdego segmentu, regionu, opiekuna lub kanału pozyskania</translation>
    </message>
    <message>
        <source>Whole campaign</source>
        <translation>Cała kampania</translation>
    </message>
    <message>
        <source>By segment</source>
        <translation>Według segmentu</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>Według regionu</translation>
    </message>
    <message>
        <source>By owner</source>
        <translation>Według opiekuna</translation>
    </message>
    <message>
        <source>By acquisition channel</source>
        <translation>Według kanału pozyskania</translation>
    </message>
    <message>
        <source>By service level</source>
        <translation>Według poziomu obsługi</translation>
    </message>
    <message>
        <source>&amp;Results:</source>
        <translation>&amp;Wyniki:</translation>
    </message>
    <message>
        <source>Export campaign report</source>
        <translation>Eksport raportu kampanii</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;HTML files (*.html);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Pliki PDF (*.pdf);;Pliki HTML (*.html);;Skoroszyty programu Excel (*.xlsx);;Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>Measuring each value&apos;s customers…</source>
        <translation>Mierzenie klientów o każdej wartości…</translation>
    </message>
    <message>
        <source>Could not measure: %1</source>
        <translation>Nie można zmierzyć: %1</translation>
    </message>
    <message>
        <source>Writing %1 …</source>
        <translation>Zapisywanie %1 …</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>Nie zapisano %1: %2</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Raport zapisano w %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ChurnWords</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln dzień</numerusform>
            <numerusform>%Ln dni</numerusform>
            <numerusform>%Ln dni</numerusform>
        </translation>
    </message>
    <message>
        <source>no purchase for %1</source>
        <comment>no purchase for 212 days</comment>
        <translation>brak zakupu przez %1</translation>
    </message>
    <message>
        <source>recorded as lost</source>
        <translation>odnotowany jako utracony</translation>
    </message>
    <message>
        <source>recorded as lost: %1</source>
        <translation>odnotowany jako utracony: %1</translation>
    </message>
    <message>
        <source>%1, over %2 (%3 times the usual interval)</source>
        <comment>no purchase for 212 days, over 150 ...</comment>
        <translation>%1, ponad %2 (%3 × typowy odstęp)</translation>
    </message>
    <message>
        <source>P(alive) %1</source>
        <comment>the chance the customer still buys</comment>
        <translation>P(aktywny) %1</translation>
    </message>
    <message>
        <source>%1, usually one every %2</source>
        <comment>no purchase for 90 days, usually one every 40 days</comment>
        <translation>%1, zwykle jeden zakup co %2</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ComplaintsView</name>
    <message>
        <source>Compute again</source>
        <translation>Oblicz ponownie</translation>
    </message>
    <message>
        <source>Read every episode again in the background</source>
        <translation>Ponownie odczytaj wszystkie epizody w tle</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>The figures read every episode in the background when this tab is shown.</source>
        <translation>Dane są odczytywane w tle ze wszystkich epizodów po wyświetleniu tej karty.</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Reklamacje</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Z odpowiedzią</translation>
    </message>
    <message>
        <source>Share answered</source>
        <translation>Odsetek z odpowiedzią</translation>
    </message>
    <message>
        <source>Median days to answer</source>
        <translation>Mediana dni do odpowiedzi</translation>
    </message>
    <message>
        <source>Mean days</source>
        <translation>Średnia (dni)</translation>
    </message>
    <message>
        <source>Satisfaction after</source>
        <translation>Zadowolenie po odpowiedzi</translation>
    </message>
    <message>
        <source>The mean rating of the answer, or of the next rated episode, from -2 to +2</source>
        <translation>Średnia ocena odpowiedzi lub następnego ocenionego epizodu, od -2 do +2</translation>
    </message>
    <message>
        <source>Days from the complaint to the first call, meeting, e-mail, offer or service episode after it</source>
        <translation>Liczba dni od reklamacji do pierwszego epizodu po niej: rozmowy, spotkania, e-maila, oferty lub serwisu</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Nie otwarto bazy danych.</translation>
    </message>
    <message>
        <source>Reading the complaints and their answers in the background…</source>
        <translation>Odczytywanie reklamacji i odpowiedzi na nie w tle…</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Nie można odczytać danych: %1</translation>
    </message>
    <message>
        <source>Complaints up to %1. A complaint is answered by the customer&apos;s first call, meeting, e-mail, offer or service episode after it.</source>
        <translation>Reklamacje do %1. Odpowiedzią na reklamację jest pierwszy po niej epizod klienta: rozmowa, spotkanie, e-mail, oferta lub serwis.</translation>
    </message>
    <message>
        <source>No complaints are recorded.</source>
        <translation>Nie zarejestrowano żadnych reklamacji.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln complaint(s), %1 answered (%2). Time to answer: median %3 days, mean %4 days. Satisfaction (from -2 to +2) at the complaint %5, after the answer %6.</source>
        <translation>
            <numerusform>%Ln reklamacja, z odpowiedzią: %1 (%2). Czas odpowiedzi: mediana %3 dni, średnio %4 dni. Zadowolenie (od -2 do +2) w chwili reklamacji: %5, po odpowiedzi: %6.</numerusform>
            <numerusform>%Ln reklamacje, z odpowiedzią: %1 (%2). Czas odpowiedzi: mediana %3 dni, średnio %4 dni. Zadowolenie (od -2 do +2) w chwili reklamacji: %5, po odpowiedzi: %6.</numerusform>
            <numerusform>%Ln reklamacji, z odpowiedzią: %1 (%2). Czas odpowiedzi: mediana %3 dni, średnio %4 dni. Zadowolenie (od -2 do +2) w chwili reklamacji: %5, po odpowiedzi: %6.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln customer(s) known to be unhappy (a complaint, or an episode rated -1 or -2), %1 (%2) never complained. The seeds: %3 to %4 of unhappy customers leave without complaining, so the complaints show only part of the unhappiness; ask, and answer fast.</source>
        <translation>
            <numerusform>Klienci, o których wiadomo, że są niezadowoleni (reklamacja lub epizod z oceną -1 albo -2): %Ln; bez żadnej reklamacji: %1 (%2). Według literatury od %3 do %4 niezadowolonych klientów odchodzi bez składania reklamacji, więc reklamacje pokazują tylko część niezadowolenia: pytaj klientów i odpowiadaj szybko.</numerusform>
            <numerusform>Klienci, o których wiadomo, że są niezadowoleni (reklamacja lub epizod z oceną -1 albo -2): %Ln; bez żadnej reklamacji: %1 (%2). Według literatury od %3 do %4 niezadowolonych klientów odchodzi bez składania reklamacji, więc reklamacje pokazują tylko część niezadowolenia: pytaj klientów i odpowiadaj szybko.</numerusform>
            <numerusform>Klienci, o których wiadomo, że są niezadowoleni (reklamacja lub epizod z oceną -1 albo -2): %Ln; bez żadnej reklamacji: %1 (%2). Według literatury od %3 do %4 niezadowolonych klientów odchodzi bez składania reklamacji, więc reklamacje pokazują tylko część niezadowolenia: pytaj klientów i odpowiadaj szybko.</numerusform>
        </translation>
    </message>
    <message>
        <source>(nobody)</source>
        <comment>a customer without an owner</comment>
        <translation>(brak opiekuna)</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Zmienione przez kogoś innego</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was saved by someone else while you edited it. Nothing has been overwritten. Choose which version to keep:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: ktoś inny zapisał ten rekord w trakcie edycji. Nic nie zostało nadpisane. Wybierz wersję do zachowania:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Twoja wersja</translation>
    </message>
    <message>
        <source>Saved meanwhile</source>
        <translation>Zapisane w międzyczasie</translation>
    </message>
    <message>
        <source>Keep &amp;my version</source>
        <translation>Zachowaj &amp;moją wersję</translation>
    </message>
    <message>
        <source>Keep the &amp;saved version</source>
        <translation>Zachowaj &amp;zapisaną wersję</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Nazwa rejestrowa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Rynek</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-maile</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefony</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Shared with the team</source>
        <translation>Udostępniony zespołowi</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Acquired on</source>
        <translation>Data pozyskania</translation>
    </message>
    <message>
        <source>Acquisition cost</source>
        <translation>Koszt pozyskania</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>Identyfikator zewnętrzny</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Consent records</source>
        <translation>Rejestr zgód</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ConnectDialog</name>
    <message>
        <source>Connect to team database</source>
        <translation>Połączenie z bazą zespołu</translation>
    </message>
    <message>
        <source>A team shares one customer base on a PostgreSQL server. Your administrator gives you its address and your login (see docs/team.md).</source>
        <translation>Zespół współdzieli jedną bazę klientów na serwerze PostgreSQL. Administrator poda Ci jego adres i Twój login (zob. docs/team.md).</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass</source>
        <translation>puste: z ~/.pgpass</translation>
    </message>
    <message>
        <source>Prefer encryption</source>
        <translation>Preferuj szyfrowanie</translation>
    </message>
    <message>
        <source>Require encryption</source>
        <translation>Wymagaj szyfrowania</translation>
    </message>
    <message>
        <source>Require and check the server&apos;s certificate</source>
        <translation>Wymagaj szyfrowania i sprawdzaj certyfikat serwera</translation>
    </message>
    <message>
        <source>No encryption (local server only)</source>
        <translation>Bez szyfrowania (tylko serwer lokalny)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serwer:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Baza danych:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>S&amp;zyfrowanie:</translation>
    </message>
    <message>
        <source>Server: required, e.g. db.example.com or localhost</source>
        <translation>Serwer: wymagany, np. db.example.com lub localhost</translation>
    </message>
    <message>
        <source>Database: required, e.g. rapport</source>
        <translation>Baza danych: wymagana, np. rapport</translation>
    </message>
    <message>
        <source>Login: required, the name your administrator gave you</source>
        <translation>Login: wymagany, nazwa nadana przez administratora</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ContactPersonDialog</name>
    <message>
        <source>Edit contact person %1</source>
        <translation>Edycja osoby kontaktowej %1</translation>
    </message>
    <message>
        <source>New contact person</source>
        <translation>Nowa osoba kontaktowa</translation>
    </message>
    <message>
        <source>e.g. owner, purchasing manager</source>
        <translation>np. właściciel, kierownik ds. zakupów</translation>
    </message>
    <message>
        <source>Decides on purchases</source>
        <translation>Decyduje o zakupach</translation>
    </message>
    <message>
        <source>A change of who decides is recorded as an episode: it is a known cause of churn</source>
        <translation>Zmiana osoby decydującej o zakupach jest zapisywana jako epizod: to znana przyczyna odejść klientów</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>rozdzielone przecinkami</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Imię i nazwisko:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rola:</translation>
    </message>
    <message>
        <source>&amp;E-mails:</source>
        <translation>&amp;E-maile:</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>&amp;Telefony:</translation>
    </message>
    <message>
        <source>In the role:</source>
        <translation>W roli:</translation>
    </message>
    <message>
        <source>&amp;from</source>
        <translation>&amp;od</translation>
    </message>
    <message>
        <source>&amp;until (the role ended)</source>
        <translation>&amp;do (rola zakończona)</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Notatki:</translation>
    </message>
    <message>
        <source>Until: the role cannot end before it began (%1)</source>
        <translation>Do: rola nie może się zakończyć przed rozpoczęciem (%1)</translation>
    </message>
    <message>
        <source>Please correct:</source>
        <translation>Popraw:</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ContactPersonsTab</name>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Decides</source>
        <translation>Decyduje</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Aktywny od</translation>
    </message>
    <message>
        <source>Active to</source>
        <translation>Aktywny do</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>&amp;Add contact person…</source>
        <translation>&amp;Dodaj osobę kontaktową…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>E&amp;nd role…</source>
        <translation>&amp;Zakończ rolę…</translation>
    </message>
    <message>
        <source>The person is no longer the contact: the record stays as history</source>
        <translation>Osoba nie jest już osobą kontaktową: wpis pozostaje jako historia</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>No longer the contact: kept as history</source>
        <translation>Już nie jest osobą kontaktową: zachowano jako historię</translation>
    </message>
    <message>
        <source>New contact who decides: %1 (%2)</source>
        <translation>Nowa osoba decydująca o zakupach: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2) is no longer the contact from %3</source>
        <translation>%1 (%2) nie jest osobą kontaktową od %3</translation>
    </message>
    <message>
        <source>%1 (%2) now decides</source>
        <translation>%1 (%2) decyduje teraz o zakupach</translation>
    </message>
    <message>
        <source>%1 (%2) no longer decides</source>
        <translation>%1 (%2) nie decyduje już o zakupach</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Niczego nie zmieniono: %1</translation>
    </message>
    <message>
        <source>Add contact person %1</source>
        <translation>Dodanie osoby kontaktowej %1</translation>
    </message>
    <message>
        <source>Edit contact person %1</source>
        <translation>Zmiany osoby kontaktowej %1</translation>
    </message>
    <message>
        <source>End role of %1</source>
        <translation>Zakończenie roli: %1</translation>
    </message>
    <message>
        <source>%1 stays on the card as history. Add the successor as a new contact person.</source>
        <translation>%1 pozostaje na karcie jako historia. Następcę dodaj jako nową osobę kontaktową.</translation>
    </message>
    <message>
        <source>&amp;Last day in the role:</source>
        <translation>&amp;Ostatni dzień w roli:</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CostLineDialog</name>
    <message>
        <source>Cost line</source>
        <translation>Pozycja kosztów</translation>
    </message>
    <message>
        <source>e.g. 1250.00</source>
        <translation>np. 1250,00</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Rok:</translation>
    </message>
    <message>
        <source>&amp;Line:</source>
        <translation>&amp;Pozycja:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Kwota:</translation>
    </message>
    <message>
        <source>Amount: expected an amount such as 1250.00, got &quot;%1&quot;</source>
        <translation>Kwota: oczekiwano kwoty, np. 1250,00, otrzymano „%1”</translation>
    </message>
    <message>
        <source>Amount: a cost cannot be negative</source>
        <translation>Kwota: koszt nie może być ujemny</translation>
    </message>
    <message>
        <source>Please correct:</source>
        <translation>Popraw:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a line of table 7.3: its number and name</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Cost line for %Ln customer(s)</source>
        <translation>
            <numerusform>Pozycja kosztów dla %Ln klienta</numerusform>
            <numerusform>Pozycja kosztów dla %Ln klientów</numerusform>
            <numerusform>Pozycja kosztów dla %Ln klientów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Spread the amount over the %Ln customer(s) (else each gets it)</source>
        <translation>
            <numerusform>Rozłóż kwotę na &amp;wszystkich klientów (%Ln); inaczej każdy dostaje całą kwotę</numerusform>
            <numerusform>Rozłóż kwotę na &amp;wszystkich klientów (%Ln); inaczej każdy dostaje całą kwotę</numerusform>
            <numerusform>Rozłóż kwotę na &amp;wszystkich klientów (%Ln); inaczej każdy dostaje całą kwotę</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::CostsTab</name>
    <message>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Cost line (table 7.3)</source>
        <translation>Pozycja kosztów (tab. 7.3)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>&amp;Add cost…</source>
        <translation>&amp;Dodaj koszt…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Zmień…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Cost %1</source>
        <translation>Zapisanie kosztu %1</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Niczego nie zmieniono: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cost %1 for %Ln customer(s)</source>
        <translation>
            <numerusform>Koszt %1 dla %Ln klienta</numerusform>
            <numerusform>Koszt %1 dla %Ln klientów</numerusform>
            <numerusform>Koszt %1 dla %Ln klientów</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete cost %1 %2</source>
        <comment>a cost line and its year</comment>
        <translation>Usunięcie kosztu %1 %2</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CurrencyDialog</name>
    <message>
        <source>Choose the currency</source>
        <translation>Wybierz walutę</translation>
    </message>
    <message>
        <source>This database does not say which currency its amounts are in, so they are shown as plain numbers. Choose the currency they are in; Edit &gt; Currency… changes it later.</source>
        <translation>Ta baza danych nie określa, w jakiej walucie są jej kwoty, dlatego są one pokazywane jako zwykłe liczby. Wybierz ich walutę; później możesz ją zmienić przez Edycja &gt; Waluta…</translation>
    </message>
    <message>
        <source>Currency of this database</source>
        <translation>Waluta tej bazy danych</translation>
    </message>
    <message>
        <source>This database has no currency yet: its amounts are shown as plain numbers.</source>
        <translation>Ta baza danych nie ma jeszcze waluty: jej kwoty są pokazywane jako zwykłe liczby.</translation>
    </message>
    <message>
        <source>Every amount in this database is in %1.</source>
        <translation>Wszystkie kwoty w tej bazie danych są w walucie %1.</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Waluta:</translation>
    </message>
    <message>
        <source>&amp;Set currency</source>
        <translation>&amp;Ustaw walutę</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nie teraz</translation>
    </message>
    <message>
        <source>&amp;Change currency</source>
        <translation>&amp;Zmień walutę</translation>
    </message>
    <message>
        <source>This is the currency of the database now; nothing changes.</source>
        <translation>To jest obecna waluta bazy danych; nic się nie zmieni.</translation>
    </message>
    <message>
        <source>Amounts are not converted; every amount in this database will be shown in %1.</source>
        <translation>Kwoty nie są przeliczane; każda kwota w tej bazie danych będzie pokazywana w walucie %1.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomerDetailsView</name>
    <message>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <source>Edit the profile (Ctrl+E); Edit &gt; Undo takes it back</source>
        <translation>Edytuj profil (Ctrl+E); Edycja &gt; Cofnij odwraca zmianę</translation>
    </message>
    <message>
        <source>Log episode…</source>
        <translation>Zarejestruj epizod…</translation>
    </message>
    <message>
        <source>Log a call, meeting, purchase … with this customer (Ctrl+L)</source>
        <translation>Zarejestruj rozmowę, spotkanie, zakup … z tym klientem (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>&amp;Relacja</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakty</translation>
    </message>
    <message>
        <source>Contact persons at the customer, past ones kept</source>
        <translation>Osoby kontaktowe u klienta, także dawne</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Wszystkie rodzaje</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Wszystkie kanały</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Przychód</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Zadowolenie</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Ponowny kontakt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>&amp;Episodes</source>
        <translation>&amp;Epizody</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Zadania</translation>
    </message>
    <message>
        <source>C&amp;osts</source>
        <translation>Ko&amp;szty</translation>
    </message>
    <message>
        <source>&amp;Lost</source>
        <translation>&amp;Utrata</translation>
    </message>
    <message>
        <source>A lost customer: when, why, and the win-back</source>
        <translation>Utracony klient: kiedy, dlaczego i próby odzyskania</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Nie wybrano klienta</translation>
    </message>
    <message>
        <source>Choose a customer in the list to see the profile, contact persons and episodes.</source>
        <translation>Wybierz klienta na liście, aby zobaczyć profil, osoby kontaktowe i epizody.</translation>
    </message>
    <message>
        <source>Customer #%1 no longer exists</source>
        <translation>Klient nr %1 już nie istnieje</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Nazwa rejestrowa</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>Pozyskany</translation>
    </message>
    <message>
        <source>Not yet (prospect)</source>
        <translation>Jeszcze nie (potencjalny klient)</translation>
    </message>
    <message>
        <source>Acquisition cost</source>
        <translation>Koszt pozyskania</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Preferowany kanał</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Zainteresowania</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>Wielkość gospodarstwa domowego</translation>
    </message>
    <message>
        <source>Income band</source>
        <translation>Przedział dochodów</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Zgoda</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Brak zapisów</translation>
    </message>
    <message>
        <source>Processing: %1, marketing: %2</source>
        <translation>Przetwarzanie danych: %1, marketing: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Ostatni kontakt</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>Identyfikator zewnętrzny</translation>
    </message>
    <message>
        <source>Could not read customer #%1</source>
        <translation>Nie można odczytać klienta nr %1</translation>
    </message>
    <message>
        <source>%1, done</source>
        <translation>%1, wykonany</translation>
    </message>
    <message>
        <source>%1, open</source>
        <translation>%1, otwarty</translation>
    </message>
    <message>
        <source>Critical episode</source>
        <translation>Epizod krytyczny</translation>
    </message>
    <message>
        <source>Historical value</source>
        <translation>Wartość historyczna</translation>
    </message>
    <message>
        <source>Revenue %1, margin %2</source>
        <translation>Przychód %1, marża %2</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analiza</translation>
    </message>
    <message>
        <source>Scores below are from an earlier analysis run; the details appear when the analysis has run in this session (Analytics page).</source>
        <translation>Poniższe wyniki pochodzą z wcześniejszej analizy; szczegóły pojawią się po uruchomieniu analizy w tej sesji (strona Analityka).</translation>
    </message>
    <message>
        <source>No analysis has run yet: open the Analytics page to run it.</source>
        <translation>Analiza nie była jeszcze uruchamiana: otwórz stronę Analityka, aby ją uruchomić.</translation>
    </message>
    <message>
        <source>Predicted value</source>
        <translation>Wartość prognozowana</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(aktywny)</translation>
    </message>
    <message>
        <source>%1: the chance this customer still buys, from the purchase model</source>
        <translation>%1: szansa, że ten klient nadal kupuje, według modelu zakupów</translation>
    </message>
    <message>
        <source>Ladder stage</source>
        <translation>Szczebel drabiny</translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation>Ustawiony ręcznie</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 od %2: %3</translation>
    </message>
    <message>
        <source>Set stage by hand…</source>
        <translation>Ustaw szczebel ręcznie…</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Historia szczebli</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Rotacja</translation>
    </message>
    <message>
        <source>Left on %1</source>
        <translation>Odejście: %1</translation>
    </message>
    <message>
        <source>Reason: %1. %2</source>
        <translation>Przyczyna: %1. %2</translation>
    </message>
    <message>
        <source>Longevity</source>
        <translation>Okres współpracy</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Rok %1</translation>
    </message>
    <message>
        <source>Purchases %1, revenue %2, profit from sales %3, relationship costs %4, profitability %5</source>
        <translation>Zakupy %1, przychód %2, zysk ze sprzedaży %3, koszty relacji %4, opłacalność %5</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Polecenia</translation>
    </message>
    <message>
        <source>Co-creation</source>
        <translation>Współtworzenie</translation>
    </message>
    <message>
        <source>Critical episodes</source>
        <translation>Epizody krytyczne</translation>
    </message>
    <message>
        <source>%1 on average (−2 … +2), ratings: %2</source>
        <translation>średnio %1 (−2 … +2), oceny: %2</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Reklamacje</translation>
    </message>
    <message>
        <source>Set ladder stage</source>
        <translation>Ustawienie szczebla drabiny</translation>
    </message>
    <message>
        <source>Ladder stage back to the rules</source>
        <translation>Przywrócenie szczebla według reguł</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nie zapisano: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Zmiany w danych: %1</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Edycja klienta</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>Zmiana nie została zapisana: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · customer #%3</source>
        <comment>kind · market · number</comment>
        <translation>%1 · %2 · klient nr %3</translation>
    </message>
    <message>
        <source>%1 · archived on %2 (hidden from lists and analyses)</source>
        <translation>%1 · zarchiwizowany %2 (ukryty na listach i w analizach)</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <comment>acquired on a date via a channel</comment>
        <translation>%1 (kanał: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (margin %2) from %Ln purchase(s)</source>
        <translation>
            <numerusform>%1 (marża %2) z %Ln zakupu</numerusform>
            <numerusform>%1 (marża %2) z %Ln zakupów</numerusform>
            <numerusform>%1 (marża %2) z %Ln zakupów</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer&apos;s record cannot be read: %1</source>
        <translation>Nie można odczytać danych klienta: %1</translation>
    </message>
    <message>
        <source>%1 (critical)</source>
        <comment>an episode kind</comment>
        <translation>%1 (krytyczny)</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln episode(s) shown, newest first: double-click or press Enter here for older ones</source>
        <translation>
            <numerusform>Pokazano %L1 z %Ln epizodu, od najnowszych: kliknij tutaj dwukrotnie lub naciśnij Enter, aby zobaczyć starsze</numerusform>
            <numerusform>Pokazano %L1 z %Ln epizodów, od najnowszych: kliknij tutaj dwukrotnie lub naciśnij Enter, aby zobaczyć starsze</numerusform>
            <numerusform>Pokazano %L1 z %Ln epizodów, od najnowszych: kliknij tutaj dwukrotnie lub naciśnij Enter, aby zobaczyć starsze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown, newest first: double-click or press Enter here for older ones</source>
        <translation>
            <numerusform>Pokazano %Ln, od najnowszych: kliknij tutaj dwukrotnie lub naciśnij Enter, aby zobaczyć starsze</numerusform>
            <numerusform>Pokazano %Ln, od najnowszych: kliknij tutaj dwukrotnie lub naciśnij Enter, aby zobaczyć starsze</numerusform>
            <numerusform>Pokazano %Ln, od najnowszych: kliknij tutaj dwukrotnie lub naciśnij Enter, aby zobaczyć starsze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 over the next %Ln month(s), discounted %2 a month</source>
        <translation>
            <numerusform>%1 w ciągu najbliższego miesiąca, dyskonto %2 miesięcznie</numerusform>
            <numerusform>%1 w ciągu najbliższych %Ln miesięcy, dyskonto %2 miesięcznie</numerusform>
            <numerusform>%1 w ciągu najbliższych %Ln miesięcy, dyskonto %2 miesięcznie</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (set by hand)</source>
        <comment>a ladder stage</comment>
        <translation>%1 (ustawiony ręcznie)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>a ladder stage reached on a date</comment>
        <translation>%1 od %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>churn status: why</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (value at stake %2)</source>
        <translation>%1 (zagrożona wartość: %2)</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>Przyczyna: %1.</translation>
    </message>
    <message>
        <source>%1 months since the first episode (%2)</source>
        <comment>%1 has one decimal, e.g. 14.5</comment>
        <translation>%1 mies. od pierwszego epizodu (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln, of which %1 answered</source>
        <comment>complaints</comment>
        <translation>
            <numerusform>%Ln, w tym z odpowiedzią: %1</numerusform>
            <numerusform>%Ln, w tym z odpowiedzią: %1</numerusform>
            <numerusform>%Ln, w tym z odpowiedzią: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: preventive contact every %Ln day(s)</source>
        <translation>
            <numerusform>%1: kontakt zapobiegawczy codziennie</numerusform>
            <numerusform>%1: kontakt zapobiegawczy co %Ln dni</numerusform>
            <numerusform>%1: kontakt zapobiegawczy co %Ln dni</numerusform>
        </translation>
    </message>
    <message>
        <source>Entitles to: %1</source>
        <translation>Uprawnia do: %1</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Poziom obsługi</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <comment>a service level held from a date</comment>
        <translation>%1 od %2</translation>
    </message>
    <message>
        <source>no level</source>
        <translation>brak poziomu</translation>
    </message>
    <message>
        <source>Level history</source>
        <translation>Historia poziomów</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomerDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Edycja: %1</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nowy klient</translation>
    </message>
    <message>
        <source>Consumer (B2C)</source>
        <translation>Konsument (B2C)</translation>
    </message>
    <message>
        <source>Business (B2B)</source>
        <translation>Firma (B2B)</translation>
    </message>
    <message>
        <source>Every sales manager of the team may see and edit it</source>
        <translation>Każdy menedżer sprzedaży w zespole może go widzieć i edytować</translation>
    </message>
    <message>
        <source>Several separated by commas</source>
        <translation>Kilka, rozdzielonych przecinkami</translation>
    </message>
    <message>
        <source>Several separated by commas, e.g. +48 601 234 567</source>
        <translation>Kilka, rozdzielonych przecinkami, np. +48 601 234 567</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>Nazwa &amp;rejestrowa:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ro&amp;dzaj:</translation>
    </message>
    <message>
        <source>&amp;Market:</source>
        <translation>R&amp;ynek:</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segment:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Opiekun:</translation>
    </message>
    <message>
        <source>S&amp;hared:</source>
        <translation>&amp;Udostępniony:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Ulica:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Kod pocztowy:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Miejscowość:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Kraj:</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Dane podstawowe</translation>
    </message>
    <message>
        <source>Acquired (a customer, no longer a prospect)</source>
        <translation>Pozyskany (nabywca, już nie potencjalny klient)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nieznany</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Bez preferencji</translation>
    </message>
    <message>
        <source>Interests and preferences, separated by commas</source>
        <translation>Zainteresowania i preferencje, rozdzielone przecinkami</translation>
    </message>
    <message>
        <source>Consents to the processing of personal data</source>
        <translation>Zgoda na przetwarzanie danych osobowych</translation>
    </message>
    <message>
        <source>Consents to marketing</source>
        <translation>Zgoda na marketing</translation>
    </message>
    <message>
        <source>Acquired on:</source>
        <translation>Data pozyskania:</translation>
    </message>
    <message>
        <source>Acquired via:</source>
        <translation>Kanał pozyskania:</translation>
    </message>
    <message>
        <source>Acquisition cost:</source>
        <translation>Koszt pozyskania:</translation>
    </message>
    <message>
        <source>Preferred channel:</source>
        <translation>Preferowany kanał:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>T&amp;agi:</translation>
    </message>
    <message>
        <source>Household size:</source>
        <translation>Wielkość gospodarstwa:</translation>
    </message>
    <message>
        <source>Income band:</source>
        <translation>Przedział dochodów:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Zgoda:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Notatk&amp;i:</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relacja</translation>
    </message>
    <message>
        <source>Acquisition cost: expected an amount such as 120.50, got &quot;%1&quot;</source>
        <translation>Koszt pozyskania: oczekiwano kwoty, np. 120,50, otrzymano „%1”</translation>
    </message>
    <message>
        <source>Please correct:</source>
        <translation>Popraw:</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomerListModel</name>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Ostatni kontakt</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Przychód</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Zakupy</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Szczebel</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Rotacja</translation>
    </message>
    <message>
        <source>Predicted value</source>
        <translation>Wartość prognozowana</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(aktywny)</translation>
    </message>
    <message>
        <source>Level</source>
        <comment>service level, a column header</comment>
        <translation>Poziom</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomersPage</name>
    <message>
        <source>Search customers by name, e-mail, phone, tag or contact person (Ctrl+F)</source>
        <translation>Szukaj klientów według nazwy, e-maila, telefonu, tagu lub osoby kontaktowej (Ctrl+F)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Sales manager responsible</source>
        <translation>Menedżer sprzedaży odpowiedzialny za klienta</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Szczebel</translation>
    </message>
    <message>
        <source>Stage on the relationship ladder (last analysis)</source>
        <translation>Szczebel drabiny lojalności (ostatnia analiza)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Group by purchase cost and frequency (last analysis)</source>
        <translation>Grupa według kosztu i częstotliwości zakupów (ostatnia analiza)</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Rotacja</translation>
    </message>
    <message>
        <source>Churn status (last analysis)</source>
        <translation>Status rotacji (ostatnia analiza)</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Interest or tag</source>
        <translation>Zainteresowanie lub tag</translation>
    </message>
    <message>
        <source>Archived customers are hidden from lists and analyses until restored</source>
        <translation>Zarchiwizowani klienci są ukryci na listach i w analizach do czasu przywrócenia</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>W użyciu</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Zarchiwizowani</translation>
    </message>
    <message>
        <source>In use and archived</source>
        <translation>W użyciu i zarchiwizowani</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Wyczyść filtry</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Zaznaczenie</translation>
    </message>
    <message>
        <source>Acts on the selected customers (Shift or Ctrl to select several)</source>
        <translation>Działa na zaznaczonych klientach (Shift lub Ctrl, aby zaznaczyć kilku)</translation>
    </message>
    <message>
        <source>Assign &amp;owner…</source>
        <translation>Przypisz &amp;opiekuna…</translation>
    </message>
    <message>
        <source>Add &amp;tag…</source>
        <translation>Dodaj &amp;tag…</translation>
    </message>
    <message>
        <source>Add &amp;cost line…</source>
        <translation>Dodaj pozycję &amp;kosztów…</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>&amp;Archiwizuj…</translation>
    </message>
    <message>
        <source>Hide from lists and analyses, keeping the whole history; Restore brings back</source>
        <translation>Ukryj na listach i w analizach z zachowaniem całej historii; „Przywróć z archiwum” przywraca</translation>
    </message>
    <message>
        <source>&amp;Restore from archive</source>
        <translation>P&amp;rzywróć z archiwum</translation>
    </message>
    <message>
        <source>A cost line of table 7.3 for each selected customer, or spread over them</source>
        <translation>Pozycja kosztów z tabeli 7.3 dla każdego zaznaczonego klienta lub rozłożona na nich</translation>
    </message>
    <message>
        <source>&amp;Export selection (XLSX, CSV or vCard)…</source>
        <translation>&amp;Eksportuj zaznaczenie (XLSX, CSV lub vCard)…</translation>
    </message>
    <message>
        <source>Reading customers failed: %1</source>
        <translation>Odczyt klientów nie powiódł się: %1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Liczenie…</translation>
    </message>
    <message>
        <source>Count unavailable</source>
        <translation>Liczba niedostępna</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiwizacja</translation>
    </message>
    <message>
        <source>Archive customers (%L1)</source>
        <translation>Zarchiwizowanie klientów (%L1)</translation>
    </message>
    <message>
        <source>Restore customers (%L1)</source>
        <translation>Przywrócenie klientów (%L1)</translation>
    </message>
    <message>
        <source>The selected customers are archived already.</source>
        <translation>Zaznaczeni klienci są już zarchiwizowani.</translation>
    </message>
    <message>
        <source>None of the selected customers is archived.</source>
        <translation>Żaden z zaznaczonych klientów nie jest zarchiwizowany.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Niczego nie zmieniono: %1</translation>
    </message>
    <message>
        <source>Selection (%L1)</source>
        <translation>Zaznaczenie (%L1)</translation>
    </message>
    <message>
        <source>Assign owner</source>
        <translation>Przypisz opiekuna</translation>
    </message>
    <message>
        <source>Sales manager responsible for the selected customers (%L1):</source>
        <translation>Menedżer sprzedaży odpowiedzialny za zaznaczonych klientów (%L1):</translation>
    </message>
    <message>
        <source>Assign owner %1 to customers (%L2)</source>
        <translation>Przypisanie opiekuna %1 klientom (%L2)</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Dodaj tag</translation>
    </message>
    <message>
        <source>Tag (an interest or preference) for the selected customers (%L1):</source>
        <translation>Tag (zainteresowanie lub preferencja) dla zaznaczonych klientów (%L1):</translation>
    </message>
    <message>
        <source>Tag customers (%L1) with %2</source>
        <translation>Dodanie tagu %2 klientom (%L1)</translation>
    </message>
    <message>
        <source>Export selected customers</source>
        <translation>Eksport zaznaczonych klientów</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv);;vCard files (*.vcf)</source>
        <translation>Skoroszyty programu Excel (*.xlsx);;Pliki CSV (*.csv);;Pliki vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>%1; shows all when its name is chosen</source>
        <translation>%1; wybranie pozycji z nazwą filtra pokazuje wszystkich</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln klient</numerusform>
            <numerusform>%Ln klientów</numerusform>
            <numerusform>%Ln klientów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive the %Ln selected customer(s)? They leave the lists and the analyses but keep their history; Restore from archive, or Edit &gt; Undo, brings them back.</source>
        <translation>
            <numerusform>Zarchiwizować zaznaczonego klienta (%Ln)? Zniknie z list i analiz, ale zachowa historię; przywraca go „Przywróć z archiwum” lub Edycja &gt; Cofnij.</numerusform>
            <numerusform>Zarchiwizować %Ln zaznaczonych klientów? Znikną z list i analiz, ale zachowają historię; przywraca ich „Przywróć z archiwum” lub Edycja &gt; Cofnij.</numerusform>
            <numerusform>Zarchiwizować %Ln zaznaczonych klientów? Znikną z list i analiz, ale zachowają historię; przywraca ich „Przywróć z archiwum” lub Edycja &gt; Cofnij.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln customer(s) …</source>
        <translation>
            <numerusform>Eksportowanie %Ln klienta…</numerusform>
            <numerusform>Eksportowanie %Ln klientów…</numerusform>
            <numerusform>Eksportowanie %Ln klientów…</numerusform>
        </translation>
    </message>
    <message>
        <source>the file could not be written completely (is the disk full?)</source>
        <translation>nie udało się zapisać całego pliku (czy dysk jest pełny?)</translation>
    </message>
    <message>
        <source>the file cannot be created</source>
        <translation>nie można utworzyć pliku</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln customer(s) to %1</source>
        <translation>
            <numerusform>Wyeksportowano %Ln klienta do %1</numerusform>
            <numerusform>Wyeksportowano %Ln klientów do %1</numerusform>
            <numerusform>Wyeksportowano %Ln klientów do %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Level</source>
        <comment>service level, a filter</comment>
        <translation>Poziom</translation>
    </message>
    <message>
        <source>Service level (last analysis)</source>
        <translation>Poziom obsługi (ostatnia analiza)</translation>
    </message>
    <message>
        <source>Stage, group, churn status and level are those of the last analysis run (Analytics &gt; Run analysis, F5 on the Analytics page).</source>
        <translation>Szczebel, grupa, status rotacji i poziom obsługi pochodzą z ostatniej analizy (Analityka &gt; Uruchom analizę, F5 na stronie Analityka).</translation>
    </message>
    <message>
        <source>No level</source>
        <translation>Brak poziomu</translation>
    </message>
</context>
<context>
    <name>rapport::ui::DashboardPage</name>
    <message>
        <source>Active customers
(bought in the window)</source>
        <translation>Aktywni klienci
(kupili w okresie analizy)</translation>
    </message>
    <message>
        <source>Revenue in the window</source>
        <translation>Przychód w okresie analizy</translation>
    </message>
    <message>
        <source>Top 20 % of customers&apos; share of revenue
(benchmark: 80 %)</source>
        <translation>Udział 20 % najlepszych klientów w przychodzie
(wzorzec: 80 %)</translation>
    </message>
    <message>
        <source>Churn of last year&apos;s buyers
(lost: recorded · lapsed: by rule)</source>
        <translation>Rotacja kupujących z ostatniego roku
(utraceni: odnotowani · uśpieni: wg reguły)</translation>
    </message>
    <message>
        <source>Customers at risk</source>
        <translation>Zagrożeni klienci</translation>
    </message>
    <message>
        <source>Relationship ladder</source>
        <translation>Drabina lojalności</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Szczebel</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Climbed in the window</source>
        <translation>Awans w okresie analizy</translation>
    </message>
    <message>
        <source>Four groups by purchase cost and frequency</source>
        <translation>Cztery grupy według kosztu i częstotliwości zakupów</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Share of
revenue</source>
        <translation>Udział
w przychodzie</translation>
    </message>
    <message>
        <source>Average
revenue</source>
        <translation>Średni
przychód</translation>
    </message>
    <message>
        <source>At risk, by value at stake (double-click opens the customer)</source>
        <translation>Zagrożeni, według zagrożonej wartości (dwukrotne kliknięcie otwiera klienta)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Value at
stake</source>
        <translation>Zagrożona
wartość</translation>
    </message>
    <message>
        <source>Days since
last purchase</source>
        <translation>Dni od
ost. zakupu</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
    <message>
        <source>What is due (double-click opens the customer)</source>
        <translation>Do zrobienia (dwukrotne kliknięcie otwiera klienta)</translation>
    </message>
    <message>
        <source>All follow-ups on the Episodes page</source>
        <translation>Wszystkie ponowne kontakty na stronie Epizody</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Ponowne kontakty</translation>
    </message>
    <message>
        <source>Whose tasks: yours, a colleague&apos;s or everyone&apos;s</source>
        <translation>Czyje zadania: Twoje, współpracownika czy wszystkich</translation>
    </message>
    <message>
        <source>&amp;Whose:</source>
        <translation>&amp;Czyje:</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Zadania</translation>
    </message>
    <message>
        <source>Nothing due.</source>
        <translation>Nic do zrobienia.</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Pokaż więcej</translation>
    </message>
    <message>
        <source>Analysing the customer base in the background; the figures appear when it is done. Follow-ups are already listed.</source>
        <translation>Trwa analiza bazy klientów w tle; wskaźniki pojawią się po jej zakończeniu. Ponowne kontakty są już na liście.</translation>
    </message>
    <message>
        <source>No analysis yet. It runs in the background when a database opens, and again with View &gt; Run analysis (F5).</source>
        <translation>Brak analizy. Uruchamia się w tle po otwarciu bazy danych, a ponownie przez Widok &gt; Uruchom analizę (F5).</translation>
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
        <translation>Nikt nie jest zagrożony.</translation>
    </message>
    <message>
        <source>All at risk in the customer list</source>
        <translation>Wszyscy zagrożeni na liście klientów</translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation>Wszystkich</translation>
    </message>
    <message>
        <source>Mine (%1)</source>
        <translation>Moje (%1)</translation>
    </message>
    <message>
        <source>&amp;Tasks (%L1+)</source>
        <comment>more than this many</comment>
        <translation>&amp;Zadania (%L1+)</translation>
    </message>
    <message>
        <source>&amp;Tasks (%L1)</source>
        <translation>&amp;Zadania (%L1)</translation>
    </message>
    <message numerus="yes">
        <source>Analysis of %Ln customer(s) up to %1 (window %2 – %3), %4 model.</source>
        <translation>
            <numerusform>Analiza %Ln klienta do %1 (okres analizy %2 – %3), model %4.</numerusform>
            <numerusform>Analiza %Ln klientów do %1 (okres analizy %2 – %3), model %4.</numerusform>
            <numerusform>Analiza %Ln klientów do %1 (okres analizy %2 – %3), model %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lost</source>
        <comment>customers</comment>
        <translation>
            <numerusform>utraceni: %Ln</numerusform>
            <numerusform>utraceni: %Ln</numerusform>
            <numerusform>utraceni: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lapsed now</source>
        <comment>customers</comment>
        <translation>
            <numerusform>uśpieni obecnie: %Ln</numerusform>
            <numerusform>uśpieni obecnie: %Ln</numerusform>
            <numerusform>uśpieni obecnie: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln) lost</source>
        <comment>share (number) of customers</comment>
        <translation>
            <numerusform>utraceni: %1 (%Ln)</numerusform>
            <numerusform>utraceni: %1 (%Ln)</numerusform>
            <numerusform>utraceni: %1 (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln) lapsed</source>
        <comment>share (number) of customers</comment>
        <translation>
            <numerusform>uśpieni: %1 (%Ln)</numerusform>
            <numerusform>uśpieni: %1 (%Ln)</numerusform>
            <numerusform>uśpieni: %1 (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln shown, the most valuable first.</source>
        <translation>
            <numerusform>Pokazano wszystkich (%Ln), od najcenniejszych.</numerusform>
            <numerusform>Pokazano wszystkich (%Ln), od najcenniejszych.</numerusform>
            <numerusform>Pokazano wszystkich (%Ln), od najcenniejszych.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln shown, the most valuable first.</source>
        <translation>
            <numerusform>Pokazano %L1 z %Ln, od najcenniejszych.</numerusform>
            <numerusform>Pokazano %L1 z %Ln, od najcenniejszych.</numerusform>
            <numerusform>Pokazano %L1 z %Ln, od najcenniejszych.</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs &amp;attention</source>
        <translation>Wymagają &amp;uwagi</translation>
    </message>
    <message>
        <source>Needs &amp;attention (%L1)</source>
        <translation>Wymagają &amp;uwagi (%L1)</translation>
    </message>
    <message>
        <source>Wi&amp;n-back</source>
        <translation>&amp;Odzyskiwanie</translation>
    </message>
    <message>
        <source>Wi&amp;n-back (%L1)</source>
        <translation>&amp;Odzyskiwanie (%L1)</translation>
    </message>
</context>
<context>
    <name>rapport::ui::DatabaseOpening</name>
    <message>
        <source>Opening database</source>
        <translation>Otwieranie bazy danych</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Otwieranie %1…</translation>
    </message>
    <message>
        <source>Stopping; %1 is left as it was…</source>
        <translation>Zatrzymywanie; %1 pozostaje bez zmian…</translation>
    </message>
    <message>
        <source>%1 was written by an older version of Rapport. Before it is upgraded, a copy of it is kept beside it…</source>
        <translation>%1 zapisano starszą wersją programu Rapport. Przed aktualizacją obok pliku zostaje zapisana jego kopia…</translation>
    </message>
    <message>
        <source>Upgrading %1 for this version of Rapport…</source>
        <translation>Aktualizowanie %1 do tej wersji programu Rapport…</translation>
    </message>
</context>
<context>
    <name>rapport::ui::DateEdit</name>
    <message>
        <source>Type a date such as %1 or %2, or pick one from the calendar (Alt+Down)</source>
        <translation>Wpisz datę, np. %1 lub %2, albo wybierz ją z kalendarza (Alt+Strzałka w dół)</translation>
    </message>
    <message>
        <source>Pick from a calendar</source>
        <translation>Wybierz z kalendarza</translation>
    </message>
</context>
<context>
    <name>rapport::ui::DemoDataJob</name>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Dane demonstracyjne</translation>
    </message>
    <message numerus="yes">
        <source>Generating demo data: %Ln customer(s) with three years of history…</source>
        <translation>
            <numerusform>Generowanie danych demonstracyjnych: %Ln klient z trzyletnią historią…</numerusform>
            <numerusform>Generowanie danych demonstracyjnych: %Ln klientów z trzyletnią historią…</numerusform>
            <numerusform>Generowanie danych demonstracyjnych: %Ln klientów z trzyletnią historią…</numerusform>
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
        <translation>Segment</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Acquisition channel</source>
        <translation>Kanał pozyskania</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Poziom obsługi</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Według:</translation>
    </message>
    <message>
        <source>Compute again</source>
        <translation>Oblicz ponownie</translation>
    </message>
    <message>
        <source>Read the whole base again in the background</source>
        <translation>Ponownie odczytaj całą bazę w tle</translation>
    </message>
    <message>
        <source>Share of the base&apos;s revenue</source>
        <translation>Udział w przychodzie całej bazy</translation>
    </message>
    <message>
        <source>What acquiring these customers cost</source>
        <translation>Koszt pozyskania tych klientów</translation>
    </message>
    <message>
        <source>Acquisition cost per customer</source>
        <translation>Koszt pozyskania na klienta</translation>
    </message>
    <message>
        <source>The predicted value of the last stored scores</source>
        <translation>Wartość prognozowana z ostatnio zapisanych wyników</translation>
    </message>
    <message>
        <source>Predicted value per unit of acquisition cost</source>
        <translation>Wartość prognozowana na jednostkę kosztu pozyskania</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grupa %1</translation>
    </message>
    <message>
        <source>No purchase</source>
        <translation>Bez zakupu</translation>
    </message>
    <message>
        <source>No purchase in the last analysis&apos; window</source>
        <translation>Brak zakupu w okresie ostatniej analizy</translation>
    </message>
    <message>
        <source>The figures read the whole base in the background when this tab is shown.</source>
        <translation>Dane są odczytywane w tle z całej bazy po wyświetleniu tej karty.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Nie otwarto bazy danych.</translation>
    </message>
    <message>
        <source>Reading the customers in the background…</source>
        <translation>Odczytywanie klientów w tle…</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Nie można odczytać danych: %1</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(nie podano)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Przychód</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marża</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Udział</translation>
    </message>
    <message>
        <source>Acq. cost</source>
        <translation>Koszt pozysk.</translation>
    </message>
    <message>
        <source>Per customer</source>
        <translation>Na klienta</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Prognoza</translation>
    </message>
    <message>
        <source>Predicted / cost</source>
        <translation>Prognoza / koszt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s); the four groups, churn and predicted values are those of the last stored scores.</source>
        <translation>
            <numerusform>%Ln klient; cztery grupy, rotacja i wartości prognozowane pochodzą z ostatnio zapisanych wyników.</numerusform>
            <numerusform>%Ln klientów; cztery grupy, rotacja i wartości prognozowane pochodzą z ostatnio zapisanych wyników.</numerusform>
            <numerusform>%Ln klientów; cztery grupy, rotacja i wartości prognozowane pochodzą z ostatnio zapisanych wyników.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s); no analysis run has stored scores yet, so the four groups, churn and predicted values are empty (Run analysis, then store the scores).</source>
        <translation>
            <numerusform>%Ln klient; żadna analiza nie zapisała jeszcze wyników, więc cztery grupy, rotacja i wartości prognozowane są puste (Uruchom analizę, a następnie zapisz wyniki).</numerusform>
            <numerusform>%Ln klientów; żadna analiza nie zapisała jeszcze wyników, więc cztery grupy, rotacja i wartości prognozowane są puste (Uruchom analizę, a następnie zapisz wyniki).</numerusform>
            <numerusform>%Ln klientów; żadna analiza nie zapisała jeszcze wyników, więc cztery grupy, rotacja i wartości prognozowane są puste (Uruchom analizę, a następnie zapisz wyniki).</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
</context>
<context>
    <name>rapport::ui::DuplicateHint</name>
    <message>
        <source>Open the &amp;existing one</source>
        <translation>Otwórz &amp;istniejącego</translation>
    </message>
    <message>
        <source>same e-mail %1</source>
        <translation>ten sam e-mail %1</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation>ten sam telefon %1</translation>
    </message>
    <message>
        <source>a similar name</source>
        <translation>podobna nazwa</translation>
    </message>
    <message>
        <source>Possibly in the base already (%1): %2 — %3</source>
        <translation>Być może już jest w bazie (%1): %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln or more customers with a similar name, e.g.</source>
        <translation>
            <numerusform>%Ln lub więcej klientów o podobnej nazwie, np.</numerusform>
            <numerusform>%Ln lub więcej klientów o podobnej nazwie, np.</numerusform>
            <numerusform>%Ln lub więcej klientów o podobnej nazwie, np.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers with a similar name, e.g.</source>
        <translation>
            <numerusform>%Ln klient o podobnej nazwie, np.</numerusform>
            <numerusform>%Ln klientów o podobnej nazwie, np.</numerusform>
            <numerusform>%Ln klientów o podobnej nazwie, np.</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1</source>
        <comment>a customer&apos;s number</comment>
        <translation>nr %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Znajdź duplikaty</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
    <message>
        <source>&amp;Open first</source>
        <translation>&amp;Otwórz pierwszego</translation>
    </message>
    <message>
        <source>&amp;Merge into the first…</source>
        <translation>&amp;Scal z pierwszym…</translation>
    </message>
    <message>
        <source>Looking for customers who share an e-mail or phone or have nearly the same name …</source>
        <translation>Wyszukiwanie klientów o wspólnym e-mailu lub telefonie albo niemal identycznej nazwie…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Wyszukiwanie nie powiodło się: %1</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>nr %1</translation>
    </message>
    <message>
        <source>No probable duplicates.</source>
        <translation>Brak prawdopodobnych duplikatów.</translation>
    </message>
    <message numerus="yes">
        <source>%n probable duplicate(s). Open the first to compare; merging moves everything of the others onto the first and cannot be undone.</source>
        <translation>
            <numerusform>%n prawdopodobny duplikat. Otwórz pierwszego klienta, aby porównać; scalenie przenosi wszystko z pozostałych na pierwszego i nie można go cofnąć.</numerusform>
            <numerusform>%n prawdopodobne duplikaty. Otwórz pierwszego klienta, aby porównać; scalenie przenosi wszystko z pozostałych na pierwszego i nie można go cofnąć.</numerusform>
            <numerusform>%n prawdopodobnych duplikatów. Otwórz pierwszego klienta, aby porównać; scalenie przenosi wszystko z pozostałych na pierwszego i nie można go cofnąć.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Scal klientów</translation>
    </message>
    <message>
        <source>Move the episodes, contact persons, tasks, costs and contact data of %1 onto customer #%2 and remove them? A merge cannot be undone, and Edit &gt; Undo forgets the changes made before it.</source>
        <translation>Przenieść epizody, osoby kontaktowe, zadania, koszty i dane kontaktowe z: %1 do klienta nr %2 i usunąć scalonych? Scalenia nie można cofnąć, a Edycja &gt; Cofnij zapomni zmiany wprowadzone przed nim.</translation>
    </message>
    <message>
        <source>same e-mail %1</source>
        <translation>ten sam e-mail %1</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation>ten sam telefon %1</translation>
    </message>
    <message>
        <source>same name: %1</source>
        <translation>ta sama nazwa: %1</translation>
    </message>
    <message>
        <source>similar names: %1 / %2</source>
        <translation>podobne nazwy: %1 / %2</translation>
    </message>
    <message>
        <source>Nothing was merged: %1</source>
        <translation>Niczego nie scalono: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::EmptyDatabaseDialog</name>
    <message>
        <source>Empty database</source>
        <translation>Pusta baza danych</translation>
    </message>
    <message>
        <source>%1 has no customers yet.</source>
        <translation>%1 nie zawiera jeszcze klientów.</translation>
    </message>
    <message>
        <source>Amounts are in &amp;this currency:</source>
        <translation>Kwoty są w &amp;tej walucie:</translation>
    </message>
    <message>
        <source>Generate demo data (%L1 customers of a relationship-marketing business, three years of history) to explore Rapport?</source>
        <translation>Wygenerować dane demonstracyjne (%L1 klientów firmy stosującej marketing relacji, trzy lata historii), aby poznać program Rapport?</translation>
    </message>
    <message>
        <source>&amp;Generate demo data</source>
        <translation>&amp;Generuj dane demonstracyjne</translation>
    </message>
    <message>
        <source>&amp;Start empty</source>
        <translation>&amp;Zacznij od pustej bazy</translation>
    </message>
</context>
<context>
    <name>rapport::ui::EpisodeDialog</name>
    <message>
        <source>Log an episode</source>
        <translation>Rejestracja epizodu</translation>
    </message>
    <message>
        <source>Type a name, e-mail or phone; Down to pick</source>
        <translation>Wpisz nazwę, e-mail lub telefon; strzałka w dół, aby wybrać</translation>
    </message>
    <message>
        <source>No customer chosen</source>
        <translation>Nie wybrano klienta</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Klient:</translation>
    </message>
    <message>
        <source>e.g. 129.90 (negative for a return)</source>
        <translation>np. 129,90 (ujemna dla zwrotu)</translation>
    </message>
    <message>
        <source>optional: revenue minus cost of goods</source>
        <translation>opcjonalnie: przychód minus koszt towarów</translation>
    </message>
    <message>
        <source>optional: invoice or credit note number, e.g. 536365</source>
        <translation>opcjonalnie: numer faktury lub korekty, np. 536365</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Bez oceny</translation>
    </message>
    <message>
        <source>very dissatisfied</source>
        <translation>bardzo niezadowolony</translation>
    </message>
    <message>
        <source>dissatisfied</source>
        <translation>niezadowolony</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutralny</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>zadowolony</translation>
    </message>
    <message>
        <source>delighted</source>
        <translation>zachwycony</translation>
    </message>
    <message>
        <source>Critical: decides whether the relationship continues</source>
        <translation>Krytyczny: decyduje o kontynuacji relacji</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Ponowny kontakt dnia</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>K&amp;anał:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>K&amp;wota:</translation>
    </message>
    <message>
        <source>&amp;Margin:</source>
        <translation>&amp;Marża:</translation>
    </message>
    <message>
        <source>Documen&amp;t no.:</source>
        <translation>Nr dok&amp;umentu:</translation>
    </message>
    <message>
        <source>&amp;Satisfaction:</source>
        <translation>&amp;Zadowolenie:</translation>
    </message>
    <message>
        <source>Follow-&amp;up:</source>
        <translation>&amp;Ponowny kontakt:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notatki:</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Wybrano: %1</translation>
    </message>
    <message>
        <source>Customer: choose one (type part of the name, then pick from the list)</source>
        <translation>Klient: wybierz (wpisz część nazwy, a potem wybierz z listy)</translation>
    </message>
    <message>
        <source>Amount: expected a number such as 129.90, got &quot;%1&quot;</source>
        <translation>Kwota: oczekiwano liczby, np. 129,90, otrzymano „%1”</translation>
    </message>
    <message>
        <source>Margin: expected a number such as 40.00, got &quot;%1&quot;</source>
        <translation>Marża: oczekiwano liczby, np. 40,00, otrzymano „%1”</translation>
    </message>
    <message>
        <source>Please correct:</source>
        <translation>Popraw:</translation>
    </message>
    <message>
        <source>The customers that match appear here as you type.</source>
        <translation>Pasujący klienci pojawią się tutaj w trakcie pisania.</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>Żaden klient nie pasuje do „%1”.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Wyszukiwanie nie powiodło się: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::EpisodeListModel</name>
    <message>
        <source>%1, done</source>
        <translation>%1, wykonany</translation>
    </message>
    <message>
        <source>%1, open</source>
        <translation>%1, otwarty</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Zadowolenie</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Ponowny kontakt</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>%1 (critical)</source>
        <comment>an episode kind</comment>
        <translation>%1 (krytyczny)</translation>
    </message>
</context>
<context>
    <name>rapport::ui::EpisodesPage</name>
    <message>
        <source>All kinds</source>
        <translation>Wszystkie rodzaje</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Wszystkie kanały</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Tylko krytyczne</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Od</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;do</translation>
    </message>
    <message>
        <source>Follow-ups due today and overdue</source>
        <translation>Ponowne kontakty na dziś i zaległe</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Oznacz jako &amp;wykonany</translation>
    </message>
    <message>
        <source>The selected follow-up is done (Edit &gt; Undo takes it back)</source>
        <translation>Oznacza zaznaczony ponowny kontakt jako wykonany (Edycja &gt; Cofnij odwraca zmianę)</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>Pokaż &amp;więcej</translation>
    </message>
    <message numerus="yes">
        <source>The next %n older follow-ups</source>
        <translation>
            <numerusform>Następny, starszy ponowny kontakt</numerusform>
            <numerusform>Następne %n starsze ponowne kontakty</numerusform>
            <numerusform>Następnych %n starszych ponownych kontaktów</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Wykonanie ponownego kontaktu</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Ponowny kontakt</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nie zapisano: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::FieldText</name>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Nazwa rejestrowa</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>Identyfikator zewnętrzny</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Rynek</translation>
    </message>
    <message>
        <source>Income band</source>
        <translation>Przedział dochodów</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>Wielkość gospodarstwa domowego</translation>
    </message>
    <message>
        <source>Acquisition cost</source>
        <translation>Koszt pozyskania</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Osoba kontaktowa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marża</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Zadowolenie</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Ponowny kontakt</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Ponowny kontakt wykonany</translation>
    </message>
    <message>
        <source>Document no.</source>
        <translation>Nr dokumentu</translation>
    </message>
    <message>
        <source>Invoice lines</source>
        <translation>Pozycje faktury</translation>
    </message>
    <message>
        <source>Cancelled purchase</source>
        <translation>Anulowany zakup</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Aktywny od</translation>
    </message>
    <message>
        <source>Active until</source>
        <translation>Aktywny do</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Przyczyna</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Data odejścia</translation>
    </message>
    <message>
        <source>Win-back attempts</source>
        <translation>Próby odzyskania</translation>
    </message>
    <message>
        <source>Win-back outcome</source>
        <translation>Wynik odzyskiwania</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Partner&apos;s customer</source>
        <translation>Partner jako klient</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Etapy</translation>
    </message>
    <message>
        <source>Value shared</source>
        <translation>Wartość współdzielona</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Data rozpoczęcia</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Data zakończenia</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Ustawione przez</translation>
    </message>
    <message>
        <source>%1: is required</source>
        <translation>%1: pole wymagane</translation>
    </message>
    <message numerus="yes">
        <source>%1: is too long: at most %n byte(s) (letters such as ą or é take two)</source>
        <translation>
            <numerusform>%1: tekst jest za długi: maksymalnie %n bajt (litery takie jak ą czy é zajmują po dwa bajty)</numerusform>
            <numerusform>%1: tekst jest za długi: maksymalnie %n bajty (litery takie jak ą czy é zajmują po dwa bajty)</numerusform>
            <numerusform>%1: tekst jest za długi: maksymalnie %n bajtów (litery takie jak ą czy é zajmują po dwa bajty)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: holds characters that cannot be stored (control characters)</source>
        <translation>%1: zawiera znaki, których nie można zapisać (znaki sterujące)</translation>
    </message>
    <message>
        <source>%1: must be one line of text, without control characters</source>
        <translation>%1: wymagany jeden wiersz tekstu bez znaków sterujących</translation>
    </message>
    <message>
        <source>%1: choose the customer</source>
        <translation>%1: wybierz klienta</translation>
    </message>
    <message>
        <source>%1: choose the customer the person works for</source>
        <translation>%1: wybierz klienta, u którego pracuje ta osoba</translation>
    </message>
    <message>
        <source>%1: choose a stored contact person</source>
        <translation>%1: wybierz zapisaną osobę kontaktową</translation>
    </message>
    <message>
        <source>%1: choose a stored customer</source>
        <translation>%1: wybierz zapisanego klienta</translation>
    </message>
    <message>
        <source>%1: is required for a purchase</source>
        <translation>%1: pole wymagane przy zakupie</translation>
    </message>
    <message>
        <source>%1: must not be negative for a purchase (log a refund as a return)</source>
        <translation>%1: przy zakupie wartość nie może być ujemna (zwrot pieniędzy zarejestruj jako epizod „Zwrot”)</translation>
    </message>
    <message>
        <source>%1: is required for a return (the refunded amount, as a negative number)</source>
        <translation>%1: pole wymagane przy zwrocie (zwracana kwota jako liczba ujemna)</translation>
    </message>
    <message>
        <source>%1: must be zero or negative for a return: it is money given back</source>
        <translation>%1: przy zwrocie wartość musi być zerowa lub ujemna: to pieniądze oddane klientowi</translation>
    </message>
    <message>
        <source>%1: only purchases and returns have an amount, not this kind of episode (%2)</source>
        <translation>%1: kwotę mają tylko zakupy i zwroty, a nie ten rodzaj epizodu (%2)</translation>
    </message>
    <message>
        <source>%1: only purchases and returns have a margin, not this kind of episode (%2)</source>
        <translation>%1: marżę mają tylko zakupy i zwroty, a nie ten rodzaj epizodu (%2)</translation>
    </message>
    <message>
        <source>%1: needs the amount it is part of</source>
        <translation>%1: wymaga podania kwoty, której jest częścią</translation>
    </message>
    <message>
        <source>%1: cannot exceed the amount (%2)</source>
        <translation>%1: wartość nie może przekraczać kwoty (%2)</translation>
    </message>
    <message>
        <source>%1: must be between -2 (very dissatisfied) and +2 (delighted)</source>
        <translation>%1: wartość musi mieścić się w zakresie od -2 (bardzo niezadowolony) do +2 (zachwycony)</translation>
    </message>
    <message>
        <source>%1: needs a follow-up date</source>
        <translation>%1: wymaga daty ponownego kontaktu</translation>
    </message>
    <message>
        <source>%1: must not be before the episode&apos;s date (%2)</source>
        <translation>%1: data nie może być wcześniejsza niż data epizodu (%2)</translation>
    </message>
    <message>
        <source>%1: must not be before the start date (%2)</source>
        <translation>%1: data nie może być wcześniejsza niż data rozpoczęcia (%2)</translation>
    </message>
    <message>
        <source>%1: must not be before the previous stage change (%2)</source>
        <translation>%1: data nie może być wcześniejsza niż poprzednia zmiana etapu (%2)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is listed twice</source>
        <translation>%1: „%2” występuje dwukrotnie</translation>
    </message>
    <message>
        <source>%1: %2 is listed twice</source>
        <comment>a partnership bond</comment>
        <translation>%1: %2 występuje dwukrotnie</translation>
    </message>
    <message>
        <source>%1: must not be negative</source>
        <translation>%1: wartość nie może być ujemna</translation>
    </message>
    <message>
        <source>%1: must be a year between 1900 and 2200</source>
        <translation>%1: wymagany rok z zakresu od 1900 do 2200</translation>
    </message>
    <message>
        <source>%1: &quot;won back&quot; needs at least one win-back attempt</source>
        <translation>%1: wynik „Odzyskany” wymaga co najmniej jednej próby odzyskania</translation>
    </message>
    <message>
        <source>%1: an organisation is a business customer (B2B)</source>
        <translation>%1: organizacja jest klientem biznesowym (B2B)</translation>
    </message>
    <message>
        <source>%1: applies to people and households, not organisations</source>
        <translation>%1: dotyczy osób i gospodarstw domowych, nie organizacji</translation>
    </message>
    <message>
        <source>%1: must be between 1 and 50 people</source>
        <translation>%1: wymagana liczba od 1 do 50 osób</translation>
    </message>
    <message numerus="yes">
        <source>%1: at most %n tag(s)</source>
        <translation>
            <numerusform>%1: maksymalnie %n tag</numerusform>
            <numerusform>%1: maksymalnie %n tagi</numerusform>
            <numerusform>%1: maksymalnie %n tagów</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: must not be empty</source>
        <translation>%1: pole nie może być puste</translation>
    </message>
    <message>
        <source>%1: is required: which consent text the customer agreed to or withdrew</source>
        <translation>%1: pole wymagane: treść zgody, którą klient wyraził lub wycofał</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an e-mail address (expected name@domain.tld)</source>
        <translation>%1: „%2” nie jest adresem e-mail (oczekiwano formatu nazwa@domena.pl)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a phone number (expected 3 to 20 digits, with spaces or + - ( ) . /)</source>
        <translation>%1: „%2” nie jest numerem telefonu (oczekiwano od 3 do 20 cyfr, ze spacjami lub znakami + - ( ) . /)</translation>
    </message>
    <message>
        <source>%1: needs at least the stage the partnership is in</source>
        <translation>%1: wymagany co najmniej etap, na którym jest partnerstwo</translation>
    </message>
    <message>
        <source>E-mail %1</source>
        <translation>E-mail %1</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Telefon %1</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>Consent %1</source>
        <translation>Zgoda %1</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Etap %1</translation>
    </message>
    <message>
        <source>Bond %1</source>
        <translation>Więź %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a list&apos;s label and the element&apos;s number, e.g. E-mail 2</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, label</source>
        <translation>%1, etykieta</translation>
    </message>
    <message>
        <source>%1, since</source>
        <translation>%1, od</translation>
    </message>
    <message>
        <source>%1, note</source>
        <translation>%1, notatka</translation>
    </message>
    <message>
        <source>%1, text version</source>
        <translation>%1, wersja treści</translation>
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
        <translation>Termin</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Epizod</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Zaległe</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Na dziś</translation>
    </message>
    <message>
        <source>Nothing due: no follow-up is open for today or before.</source>
        <translation>Nic do zrobienia: brak otwartych ponownych kontaktów na dziś i wcześniej.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>an episode kind on a date</comment>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>due today, overdue</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln due today</source>
        <translation>
            <numerusform>na dziś: %Ln</numerusform>
            <numerusform>na dziś: %Ln</numerusform>
            <numerusform>na dziś: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>zaległe: %Ln</numerusform>
            <numerusform>zaległe: %Ln</numerusform>
            <numerusform>zaległe: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln shown, latest first: %1.</source>
        <translation>
            <numerusform>Pokazano wszystkie (%Ln), od najnowszych: %1.</numerusform>
            <numerusform>Pokazano wszystkie (%Ln), od najnowszych: %1.</numerusform>
            <numerusform>Pokazano wszystkie (%Ln), od najnowszych: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln shown, latest first: %2.</source>
        <translation>
            <numerusform>Pokazano %L1 z %Ln, od najnowszych: %2.</numerusform>
            <numerusform>Pokazano %L1 z %Ln, od najnowszych: %2.</numerusform>
            <numerusform>Pokazano %L1 z %Ln, od najnowszych: %2.</numerusform>
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
        <translation>nr %1</translation>
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
        <translation>1 · Wysoki koszt, często</translation>
    </message>
    <message>
        <source>2 · Low cost, frequent</source>
        <translation>2 · Niski koszt, często</translation>
    </message>
    <message>
        <source>3 · High cost, rare</source>
        <translation>3 · Wysoki koszt, rzadko</translation>
    </message>
    <message>
        <source>4 · Low cost, rare</source>
        <translation>4 · Niski koszt, rzadko</translation>
    </message>
    <message>
        <source>No purchase in the window</source>
        <translation>Brak zakupu w okresie analizy</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Faktura %1</translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation>Korekta %1</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Dokument %1</translation>
    </message>
    <message>
        <source>a return</source>
        <translation>zwrot</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <comment>of an invoice</comment>
        <translation>
            <numerusform>%Ln poz.</numerusform>
            <numerusform>%Ln poz.</numerusform>
            <numerusform>%Ln poz.</numerusform>
        </translation>
    </message>
    <message>
        <source>cancels an earlier purchase</source>
        <translation>anuluje wcześniejszy zakup</translation>
    </message>
    <message>
        <source>cancels %1</source>
        <comment>cancels Invoice 536365</comment>
        <translation>anuluje: %1</translation>
    </message>
    <message>
        <source>cancelled by %1</source>
        <comment>cancelled by Credit note C537253</comment>
        <translation>anulowane przez: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Customers (CSV)</source>
        <translation>Klienci (CSV)</translation>
    </message>
    <message>
        <source>Contact persons (CSV)</source>
        <translation>Osoby kontaktowe (CSV)</translation>
    </message>
    <message>
        <source>Episodes (CSV)</source>
        <translation>Epizody (CSV)</translation>
    </message>
    <message>
        <source>Transactions (CSV)</source>
        <translation>Transakcje (CSV)</translation>
    </message>
    <message>
        <source>Contacts (vCard)</source>
        <translation>Kontakty (vCard)</translation>
    </message>
    <message>
        <source>&amp;What the file holds:</source>
        <translation>&amp;Zawartość pliku:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Prze&amp;glądaj…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>P&amp;lik:</translation>
    </message>
    <message>
        <source>&amp;Save mapping as…</source>
        <translation>Zapisz &amp;mapowanie jako…</translation>
    </message>
    <message>
        <source>Saved &amp;mapping:</source>
        <translation>Zapi&amp;sane mapowanie:</translation>
    </message>
    <message>
        <source>as detected</source>
        <translation>jak wykryto</translation>
    </message>
    <message>
        <source>D&amp;ates:</source>
        <translation>&amp;Daty:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <source>Fills the field</source>
        <translation>Wypełnia pole</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Pierwsze wartości</translation>
    </message>
    <message>
        <source>Create &amp;customers for references not in the base</source>
        <translation>&amp;Utwórz klientów dla identyfikatorów spoza bazy</translation>
    </message>
    <message>
        <source>&amp;Keep sales without a real customer (empty, &quot;(blank)&quot;, &quot;guest&quot; …) as anonymous sales: in the base&apos;s revenue, never a customer</source>
        <translation>Zachowaj sprzedaż &amp;bez rzeczywistego klienta (puste, „(blank)”, „guest” …) jako sprzedaż anonimową: w przychodach bazy, nigdy jako klient</translation>
    </message>
    <message>
        <source>Start with a dry run: it says what the import would add, update and reject, and why, without writing anything.</source>
        <translation>Zacznij od próbnego importu: pokaże, co import by dodał, zaktualizował i odrzucił oraz dlaczego, niczego nie zapisując.</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Próbny import</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <source>CSV and vCard files (*.csv *.txt *.tsv *.vcf);;All files (*)</source>
        <translation>Pliki CSV i vCard (*.csv *.txt *.tsv *.vcf);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>(by the column headers)</source>
        <translation>(według nagłówków kolumn)</translation>
    </message>
    <message numerus="yes">
        <source>Read as %1, %n vCard(s).</source>
        <translation>
            <numerusform>Odczytano jako %1, %n wizytówka vCard.</numerusform>
            <numerusform>Odczytano jako %1, %n wizytówki vCard.</numerusform>
            <numerusform>Odczytano jako %1, %n wizytówek vCard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as %1, delimiter %2, %3, dates %4, decimal %5.</source>
        <translation>Odczytano jako %1, separator %2, %3, daty: %4, separator dziesiętny: %5.</translation>
    </message>
    <message>
        <source>first row the header</source>
        <translation>pierwszy wiersz to nagłówek</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>bez wiersza nagłówka</translation>
    </message>
    <message>
        <source>ambiguous (choose!)</source>
        <translation>niejednoznaczne (wybierz!)</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>przecinek</translation>
    </message>
    <message>
        <source>point</source>
        <translation>kropka</translation>
    </message>
    <message>
        <source>Choose the date order: %1.</source>
        <translation>Wybierz kolejność dat: %1.</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(pomiń)</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Zapisz mapowanie</translation>
    </message>
    <message>
        <source>Name (letters, digits, spaces, - and _):</source>
        <translation>Nazwa (litery, cyfry, spacje, - i _):</translation>
    </message>
    <message>
        <source>Saved mapping</source>
        <translation>Zapisane mapowanie</translation>
    </message>
    <message>
        <source>Dry run …</source>
        <translation>Próbny import…</translation>
    </message>
    <message>
        <source>Importing …</source>
        <translation>Importowanie…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Anulowano; niczego nie zapisano.</translation>
    </message>
    <message>
        <source>The dry run stopped: %1</source>
        <translation>Próbny import przerwany: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Niczego nie zaimportowano: %1</translation>
    </message>
    <message>
        <source>tab</source>
        <comment>the tab character as a delimiter</comment>
        <translation>tabulator</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Nie można odczytać pliku: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 Decided from all %Ln row(s): %2, %3.</source>
        <comment>the sentence before, then how the formats were decided</comment>
        <translation>
            <numerusform>%1 Ustalono na podstawie wszystkich wierszy (%Ln): %2, %3.</numerusform>
            <numerusform>%1 Ustalono na podstawie wszystkich wierszy (%Ln): %2, %3.</numerusform>
            <numerusform>%1 Ustalono na podstawie wszystkich wierszy (%Ln): %2, %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln date(s) fix the day-month order</source>
        <translation>
            <numerusform>%Ln data rozstrzyga kolejność dnia i miesiąca</numerusform>
            <numerusform>%Ln daty rozstrzygają kolejność dnia i miesiąca</numerusform>
            <numerusform>%Ln dat rozstrzyga kolejność dnia i miesiąca</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln amount(s) show the decimal separator</source>
        <translation>
            <numerusform>%Ln kwota wskazuje separator dziesiętny</numerusform>
            <numerusform>%Ln kwoty wskazują separator dziesiętny</numerusform>
            <numerusform>%Ln kwot wskazuje separator dziesiętny</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a field — what it expects</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The mapping was not saved: %1</source>
        <translation>Nie zapisano mapowania: %1</translation>
    </message>
    <message>
        <source>The mapping cannot be read: %1</source>
        <translation>Nie można odczytać mapowania: %1</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more such note(s): the table below shows what each column fills.</source>
        <translation>
            <numerusform>…i jeszcze %n taka uwaga: tabela poniżej pokazuje, które pole wypełnia każda kolumna.</numerusform>
            <numerusform>…i jeszcze %n takie uwagi: tabela poniżej pokazuje, które pole wypełnia każda kolumna.</numerusform>
            <numerusform>…i jeszcze %n takich uwag: tabela poniżej pokazuje, które pole wypełnia każda kolumna.</numerusform>
        </translation>
    </message>
    <message>
        <source>not known yet (no column holds dates)</source>
        <translation>jeszcze nieznane (żadna kolumna nie zawiera dat)</translation>
    </message>
    <message>
        <source>not known yet (no column holds amounts)</source>
        <translation>jeszcze nieznany (żadna kolumna nie zawiera kwot)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <comment>a column of a file without a header</comment>
        <translation>Kolumna %1</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <comment>the name of a customer an import creates from a reference the base does not know</comment>
        <translation>Klient %1</translation>
    </message>
    <message>
        <source>(none: the fields chosen below)</source>
        <comment>no saved mapping, for a file without a header</comment>
        <translation>(brak: pola wybrane poniżej)</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportFields</name>
    <message>
        <source>External reference</source>
        <translation>Identyfikator zewnętrzny</translation>
    </message>
    <message>
        <source>Rapport customer number</source>
        <translation>Numer klienta w programie Rapport</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Nazwa rejestrowa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Rynek</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>Adresy e-mail</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Numery telefonów</translation>
    </message>
    <message>
        <source>Acquired on</source>
        <translation>Data pozyskania</translation>
    </message>
    <message>
        <source>Acquired via</source>
        <translation>Kanał pozyskania</translation>
    </message>
    <message>
        <source>Acquisition cost</source>
        <translation>Koszt pozyskania</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Preferowany kanał</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Income band</source>
        <translation>Przedział dochodów</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>Wielkość gospodarstwa domowego</translation>
    </message>
    <message>
        <source>Consent to processing</source>
        <translation>Zgoda na przetwarzanie danych</translation>
    </message>
    <message>
        <source>Consent to marketing</source>
        <translation>Zgoda na marketing</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignorowana</translation>
    </message>
    <message>
        <source>Customer&apos;s external reference</source>
        <translation>Identyfikator zewnętrzny klienta</translation>
    </message>
    <message>
        <source>Customer&apos;s e-mail</source>
        <translation>E-mail klienta</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Decides on purchases</source>
        <translation>Decyduje o zakupach</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Aktywny od</translation>
    </message>
    <message>
        <source>Active until</source>
        <translation>Aktywny do</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marża</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Zadowolenie</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Krytyczny</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Ponowny kontakt</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Ponowny kontakt wykonany</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Numer faktury</translation>
    </message>
    <message>
        <source>Gross amount</source>
        <translation>Kwota brutto</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Cena jednostkowa</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabat</translation>
    </message>
    <message>
        <source>Cancels invoice</source>
        <translation>Anuluje fakturę</translation>
    </message>
    <message>
        <source>the customer&apos;s identity in the system the file comes from</source>
        <translation>identyfikator klienta w systemie, z którego pochodzi plik</translation>
    </message>
    <message>
        <source>Rapport&apos;s customer number (from a Rapport export)</source>
        <translation>numer klienta w programie Rapport (z eksportu z programu Rapport)</translation>
    </message>
    <message>
        <source>the name shown in lists</source>
        <translation>nazwa wyświetlana na listach</translation>
    </message>
    <message>
        <source>a first name, joined with the last name when there is no display name</source>
        <translation>imię, łączone z nazwiskiem, gdy brak nazwy wyświetlanej</translation>
    </message>
    <message>
        <source>a last name</source>
        <translation>nazwisko</translation>
    </message>
    <message>
        <source>the registered company name</source>
        <translation>nazwa rejestrowa firmy</translation>
    </message>
    <message>
        <source>person, household or organisation</source>
        <translation>osoba, gospodarstwo domowe lub organizacja</translation>
    </message>
    <message>
        <source>b2c or b2b</source>
        <translation>b2c lub b2b</translation>
    </message>
    <message>
        <source>a segment name</source>
        <translation>nazwa segmentu</translation>
    </message>
    <message>
        <source>the responsible sales manager</source>
        <translation>odpowiedzialny menedżer sprzedaży</translation>
    </message>
    <message>
        <source>street and number</source>
        <translation>ulica i numer</translation>
    </message>
    <message>
        <source>a postcode, kept as text</source>
        <translation>kod pocztowy, przechowywany jako tekst</translation>
    </message>
    <message>
        <source>a city</source>
        <translation>miejscowość</translation>
    </message>
    <message>
        <source>a region</source>
        <translation>region</translation>
    </message>
    <message>
        <source>a country</source>
        <translation>kraj</translation>
    </message>
    <message>
        <source>e-mail addresses separated by ; or ,</source>
        <translation>adresy e-mail rozdzielone znakiem ; lub ,</translation>
    </message>
    <message>
        <source>phone numbers separated by ;</source>
        <translation>numery telefonów rozdzielone znakiem ;</translation>
    </message>
    <message>
        <source>the date the customer was won</source>
        <translation>data pozyskania klienta</translation>
    </message>
    <message>
        <source>a channel code</source>
        <translation>kod kanału</translation>
    </message>
    <message>
        <source>an amount of money</source>
        <translation>kwota pieniędzy</translation>
    </message>
    <message>
        <source>tags separated by ;</source>
        <translation>tagi rozdzielone znakiem ;</translation>
    </message>
    <message>
        <source>low, lower_middle, middle, upper_middle or high</source>
        <translation>low, lower_middle, middle, upper_middle lub high</translation>
    </message>
    <message>
        <source>a whole number of people</source>
        <translation>liczba osób (liczba całkowita)</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>tak lub nie</translation>
    </message>
    <message>
        <source>free text</source>
        <translation>dowolny tekst</translation>
    </message>
    <message>
        <source>computed by Rapport</source>
        <translation>obliczane przez program Rapport</translation>
    </message>
    <message>
        <source>the customer&apos;s external reference</source>
        <translation>identyfikator zewnętrzny klienta</translation>
    </message>
    <message>
        <source>Rapport&apos;s customer number</source>
        <translation>numer klienta w programie Rapport</translation>
    </message>
    <message>
        <source>an e-mail address of the customer</source>
        <translation>adres e-mail klienta</translation>
    </message>
    <message>
        <source>the contact person&apos;s name</source>
        <translation>imię i nazwisko osoby kontaktowej</translation>
    </message>
    <message>
        <source>a first name</source>
        <translation>imię</translation>
    </message>
    <message>
        <source>the role or position</source>
        <translation>rola lub stanowisko</translation>
    </message>
    <message>
        <source>e-mail addresses separated by ;</source>
        <translation>adresy e-mail rozdzielone znakiem ;</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>the date of the episode</source>
        <translation>data epizodu</translation>
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
        <translation>liczba całkowita od -2 do 2</translation>
    </message>
    <message>
        <source>who handled it</source>
        <translation>kto obsłużył epizod</translation>
    </message>
    <message>
        <source>the customer&apos;s identity in the shop or ERP; placeholders such as (blank) or guest make an anonymous sale</source>
        <translation>identyfikator klienta w sklepie lub systemie ERP; wartości zastępcze, takie jak (blank) lub guest, oznaczają sprzedaż anonimową</translation>
    </message>
    <message>
        <source>the date of the purchase (a time after it is ignored)</source>
        <translation>data zakupu (godzina po niej jest ignorowana)</translation>
    </message>
    <message>
        <source>the invoice or order number: its lines become one purchase</source>
        <translation>numer faktury lub zamówienia: pozycje dokumentu tworzą jeden zakup</translation>
    </message>
    <message>
        <source>the line&apos;s or invoice&apos;s net amount; negative for a return or cancellation</source>
        <translation>kwota netto pozycji lub faktury; ujemna w przypadku zwrotu lub anulowania</translation>
    </message>
    <message>
        <source>the amount including tax, used when there is no net amount</source>
        <translation>kwota z podatkiem, używana, gdy brak kwoty netto</translation>
    </message>
    <message>
        <source>how many units; amount = quantity x unit price when there is no amount</source>
        <translation>liczba sztuk; kwota = ilość x cena jednostkowa, gdy brak kwoty</translation>
    </message>
    <message>
        <source>the price of one unit, any number of decimals</source>
        <translation>cena jednej sztuki, z dowolną liczbą miejsc po przecinku</translation>
    </message>
    <message>
        <source>an amount taken off the line, or a percentage such as 10%</source>
        <translation>kwota odjęta od pozycji lub procent, np. 10%</translation>
    </message>
    <message>
        <source>the invoice number a cancellation or correction cancels</source>
        <translation>numer faktury anulowanej lub korygowanej tym dokumentem</translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation>Nazwa klienta</translation>
    </message>
    <message>
        <source>the customer&apos;s name, for a customer the import creates</source>
        <translation>nazwa klienta, dla klienta tworzonego przez import</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportProblems</name>
    <message>
        <source>UTF-8 text without control characters (NUL, ...)</source>
        <translation>tekst UTF-8 bez znaków sterujących (NUL, ...)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>liczba całkowita</translation>
    </message>
    <message>
        <source>a date such as 2024-03-07 or 07.03.2024</source>
        <translation>data, np. 2024-03-07 lub 07.03.2024</translation>
    </message>
    <message>
        <source>an amount such as 120.50 (at most two decimals)</source>
        <translation>kwota, np. 120.50 (najwyżej dwa miejsca po przecinku)</translation>
    </message>
    <message>
        <source>a whole number of people from 1 to 50</source>
        <translation>liczba osób, całkowita, od 1 do 50</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>tak lub nie</translation>
    </message>
    <message>
        <source>the customer: a reference, a Rapport id or an e-mail address</source>
        <translation>klient: identyfikator, numer klienta w programie Rapport lub adres e-mail</translation>
    </message>
    <message>
        <source>an amount such as 120.50 or 120,50 (at most two decimals)</source>
        <translation>kwota, np. 120.50 lub 120,50 (najwyżej dwa miejsca po przecinku)</translation>
    </message>
    <message>
        <source>an amount: a transaction needs one</source>
        <translation>kwota: transakcja musi ją mieć</translation>
    </message>
    <message>
        <source>a whole number from -2 to 2</source>
        <translation>liczba całkowita od -2 do 2</translation>
    </message>
    <message>
        <source>an amount such as 120.50 or 120,50</source>
        <translation>kwota, np. 120.50 lub 120,50</translation>
    </message>
    <message>
        <source>a price such as 4.85 or 4,8533</source>
        <translation>cena, np. 4.85 lub 4,8533</translation>
    </message>
    <message>
        <source>a number of units such as 3, -2 or 1.5</source>
        <translation>liczba sztuk, np. 3, -2 lub 1.5</translation>
    </message>
    <message>
        <source>an amount such as 5.00, or a percentage such as 10%</source>
        <translation>kwota, np. 5.00, lub procent, np. 10%</translation>
    </message>
    <message>
        <source>an amount small enough to hold</source>
        <translation>kwota, która mieści się w zakresie</translation>
    </message>
    <message>
        <source>an amount: a sale needs one (an amount, or a quantity and a unit price)</source>
        <translation>kwota: sprzedaż musi ją mieć (kwota albo liczba sztuk i cena jednostkowa)</translation>
    </message>
    <message>
        <source>an amount such as 12.50 or 12,50</source>
        <translation>kwota, np. 12.50 lub 12,50</translation>
    </message>
    <message>
        <source>no customer in the base has it (import the customers first)</source>
        <translation>nie ma go żaden klient w bazie (najpierw zaimportuj klientów)</translation>
    </message>
    <message>
        <source>no customer in the base has it (import the customers first, or allow creating missing customers)</source>
        <translation>nie ma go żaden klient w bazie (najpierw zaimportuj klientów albo zaznacz tworzenie klientów spoza bazy)</translation>
    </message>
    <message>
        <source>a name (FN, N or ORG): the card names nobody</source>
        <translation>nazwa (FN, N lub ORG): wizytówka nikogo nie nazywa</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>to pole jest wymagane</translation>
    </message>
    <message>
        <source>must be valid UTF-8 text without control characters</source>
        <translation>tekst bez znaków sterujących</translation>
    </message>
    <message>
        <source>must be valid UTF-8 on one line, without control characters</source>
        <translation>jeden wiersz tekstu, bez znaków sterujących</translation>
    </message>
    <message>
        <source>an organisation is a B2B customer (expected b2b)</source>
        <translation>organizacja jest klientem biznesowym (wpisz b2b)</translation>
    </message>
    <message>
        <source>applies to people and households, not organisations</source>
        <translation>dotyczy osób i gospodarstw domowych, nie organizacji</translation>
    </message>
    <message>
        <source>must be between 1 and 50 people</source>
        <translation>od 1 do 50 osób</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>wartość nie może być ujemna</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>wartość nie może być pusta</translation>
    </message>
    <message>
        <source>is listed twice</source>
        <translation>występuje dwa razy</translation>
    </message>
    <message>
        <source>is required: which consent text the customer agreed to or withdrew</source>
        <translation>jest wymagana: na którą treść zgody klient się zgodził lub którą wycofał</translation>
    </message>
    <message>
        <source>is not an e-mail address (expected name@domain.tld)</source>
        <translation>to nie jest adres e-mail (oczekiwano nazwa@domena.pl)</translation>
    </message>
    <message>
        <source>is not a phone number (expected 3 to 20 digits with spaces, + - ( ) . /)</source>
        <translation>to nie jest numer telefonu (oczekiwano od 3 do 20 cyfr, ze spacjami lub + - ( ) . /)</translation>
    </message>
    <message>
        <source>is required for a purchase</source>
        <translation>jest wymagana przy zakupie</translation>
    </message>
    <message>
        <source>must not be negative for a purchase (record refunds as a return)</source>
        <translation>przy zakupie nie może być ujemna (zwrot pieniędzy zarejestruj jako epizod „Zwrot”)</translation>
    </message>
    <message>
        <source>is required for a return (the refunded amount, as a negative number)</source>
        <translation>jest wymagana przy zwrocie (zwrócona kwota, jako liczba ujemna)</translation>
    </message>
    <message>
        <source>must be zero or negative for a return: it is money given back</source>
        <translation>przy zwrocie zero lub kwota ujemna: to pieniądze oddane klientowi</translation>
    </message>
    <message>
        <source>needs the revenue it is part of</source>
        <translation>wymaga kwoty, której jest częścią</translation>
    </message>
    <message>
        <source>must be between -2 (very dissatisfied) and +2 (delighted)</source>
        <translation>od -2 (bardzo niezadowolony) do +2 (zachwycony)</translation>
    </message>
    <message>
        <source>needs a follow-up date</source>
        <translation>wymaga daty ponownego kontaktu</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportText</name>
    <message>
        <source>row %L1 (line %L2)</source>
        <translation>wiersz %L1 (linia %L2)</translation>
    </message>
    <message>
        <source>%1, column &quot;%2&quot;</source>
        <translation>%1, kolumna „%2”</translation>
    </message>
    <message>
        <source>%1, value &quot;%2&quot;</source>
        <translation>%1, wartość „%2”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>where in the file: what was expected</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>card %L1 (line %L2)</source>
        <translation>wizytówka %L1 (linia %L2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>card (line), vCard property</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <comment>where, the value</comment>
        <translation>%1 „%2”</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) repeat a customer of an earlier card:</source>
        <translation>
            <numerusform>%Ln wizytówka powtarza klienta z wcześniejszej wizytówki:</numerusform>
            <numerusform>%Ln wizytówki powtarzają klientów z wcześniejszych wizytówek:</numerusform>
            <numerusform>%Ln wizytówek powtarza klientów z wcześniejszych wizytówek:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) repeat a customer of an earlier row:</source>
        <translation>
            <numerusform>%Ln wiersz powtarza klienta z wcześniejszego wiersza:</numerusform>
            <numerusform>%Ln wiersze powtarzają klientów z wcześniejszych wierszy:</numerusform>
            <numerusform>%Ln wierszy powtarza klientów z wcześniejszych wierszy:</numerusform>
        </translation>
    </message>
    <message>
        <source>Why cards were rejected (cards, property: what was expected):</source>
        <translation>Dlaczego odrzucono wizytówki (wizytówki, właściwość: czego oczekiwano):</translation>
    </message>
    <message>
        <source>Why rows were rejected (rows, column: what was expected):</source>
        <translation>Dlaczego odrzucono wiersze (wiersze, kolumna: czego oczekiwano):</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln other reason(s)</source>
        <translation>
            <numerusform>… i %Ln inna przyczyna</numerusform>
            <numerusform>… i %Ln inne przyczyny</numerusform>
            <numerusform>… i %Ln innych przyczyn</numerusform>
        </translation>
    </message>
    <message>
        <source>First problems:</source>
        <translation>Pierwsze problemy:</translation>
    </message>
    <message>
        <source>A real import would write the rejected cards with their reasons to a rejects file.</source>
        <translation>Rzeczywisty import zapisałby odrzucone wizytówki wraz z przyczynami w pliku odrzuconych wizytówek.</translation>
    </message>
    <message>
        <source>A real import would write the rejected rows with their reasons to a rejects file.</source>
        <translation>Rzeczywisty import zapisałby odrzucone wiersze wraz z przyczynami w pliku odrzuconych wierszy.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) made %1.</source>
        <translation>
            <numerusform>Z %Ln wiersza utworzono %1.</numerusform>
            <numerusform>Z %Ln wierszy utworzono %1.</numerusform>
            <numerusform>Z %Ln wierszy utworzono %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sale(s)</source>
        <translation>
            <numerusform>%Ln sprzedaż</numerusform>
            <numerusform>%Ln sprzedaże</numerusform>
            <numerusform>%Ln sprzedaży</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) were lines of invoices with several lines, added up per invoice.</source>
        <translation>
            <numerusform>%Ln wiersz był pozycją faktury wielopozycyjnej; pozycje zsumowano dla każdej faktury.</numerusform>
            <numerusform>%Ln wiersze były pozycjami faktur wielopozycyjnych; pozycje zsumowano dla każdej faktury.</numerusform>
            <numerusform>%Ln wierszy było pozycjami faktur wielopozycyjnych; pozycje zsumowano dla każdej faktury.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them are cancellations or returns (a negative total); %1 linked to the purchase they cancel, which then no longer counts as a purchase for the models.</source>
        <translation>
            <numerusform>%Ln z nich to anulowanie lub zwrot (ujemna suma); z zakupem, który anulują, powiązano: %1 — taki zakup nie jest już liczony jako zakup w modelach.</numerusform>
            <numerusform>%Ln z nich to anulowania lub zwroty (ujemna suma); z zakupem, który anulują, powiązano: %1 — taki zakup nie jest już liczony jako zakup w modelach.</numerusform>
            <numerusform>%Ln z nich to anulowania lub zwroty (ujemna suma); z zakupem, który anulują, powiązano: %1 — taki zakup nie jest już liczony jako zakup w modelach.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln was</source>
        <comment>cancellations linked</comment>
        <translation>
            <numerusform>%Ln</numerusform>
            <numerusform>%Ln</numerusform>
            <numerusform>%Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) have no real customer (an empty or placeholder customer value)</source>
        <translation>
            <numerusform>%Ln wiersz nie ma rzeczywistego klienta (pusta lub zastępcza wartość klienta)</numerusform>
            <numerusform>%Ln wiersze nie mają rzeczywistego klienta (pusta lub zastępcza wartość klienta)</numerusform>
            <numerusform>%Ln wierszy nie ma rzeczywistego klienta (pusta lub zastępcza wartość klienta)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: left out by choice.</source>
        <translation>%1: pominięto zgodnie z wyborem.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln anonymous sale(s)</source>
        <translation>
            <numerusform>%Ln sprzedaż anonimowa</numerusform>
            <numerusform>%Ln sprzedaże anonimowe</numerusform>
            <numerusform>%Ln sprzedaży anonimowych</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: would be stored as %2 worth %3: kept apart, in the base&apos;s revenue (database summary, rapport-cli export anonymous-sales), never a customer.</source>
        <translation>%1: zostałyby zapisane jako %2 o wartości %3: osobno, w przychodach bazy (podsumowanie bazy danych, rapport-cli export anonymous-sales), nigdy jako klient.</translation>
    </message>
    <message>
        <source>%1: stored as %2 worth %3: kept apart, in the base&apos;s revenue (database summary, rapport-cli export anonymous-sales), never a customer.</source>
        <translation>%1: zapisano jako %2 o wartości %3: osobno, w przychodach bazy (podsumowanie bazy danych, rapport-cli export anonymous-sales), nigdy jako klient.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln amount(s) had more than two decimals (quantity x unit price): rounded half to even to 0.01.</source>
        <translation>
            <numerusform>%Ln kwota miała więcej niż dwa miejsca po przecinku (ilość x cena jednostkowa): zaokrąglono ją do 0,01 metodą bankierską (połowy do parzystej).</numerusform>
            <numerusform>%Ln kwoty miały więcej niż dwa miejsca po przecinku (ilość x cena jednostkowa): zaokrąglono je do 0,01 metodą bankierską (połowy do parzystej).</numerusform>
            <numerusform>%Ln kwot miało więcej niż dwa miejsca po przecinku (ilość x cena jednostkowa): zaokrąglono je do 0,01 metodą bankierską (połowy do parzystej).</numerusform>
        </translation>
    </message>
    <message>
        <source>Encoding %1 decided from the whole file (its byte order mark).</source>
        <translation>Kodowanie %1 ustalone na podstawie całego pliku (znacznik kolejności bajtów, BOM).</translation>
    </message>
    <message>
        <source>Encoding %1 decided from the whole file (plain ASCII).</source>
        <translation>Kodowanie %1 ustalone na podstawie całego pliku (czysty ASCII).</translation>
    </message>
    <message numerus="yes">
        <source>Encoding %1 decided from the whole file (%Ln non-ASCII character(s)).</source>
        <translation>
            <numerusform>Kodowanie %1 ustalone na podstawie całego pliku (%Ln znak spoza ASCII).</numerusform>
            <numerusform>Kodowanie %1 ustalone na podstawie całego pliku (%Ln znaki spoza ASCII).</numerusform>
            <numerusform>Kodowanie %1 ustalone na podstawie całego pliku (%Ln znaków spoza ASCII).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Encoding %1 decided from the whole file (%Ln word(s) with letters beyond ASCII).</source>
        <translation>
            <numerusform>Kodowanie %1 ustalone na podstawie całego pliku (%Ln słowo z literami spoza ASCII).</numerusform>
            <numerusform>Kodowanie %1 ustalone na podstawie całego pliku (%Ln słowa z literami spoza ASCII).</numerusform>
            <numerusform>Kodowanie %1 ustalone na podstawie całego pliku (%Ln słów z literami spoza ASCII).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln date(s) fix the day-month order</source>
        <translation>
            <numerusform>%Ln data rozstrzyga kolejność dnia i miesiąca</numerusform>
            <numerusform>%Ln daty rozstrzygają kolejność dnia i miesiąca</numerusform>
            <numerusform>%Ln dat rozstrzyga kolejność dnia i miesiąca</numerusform>
        </translation>
    </message>
    <message>
        <source>no date fixes the day-month order</source>
        <translation>żadna data nie rozstrzyga kolejności dnia i miesiąca</translation>
    </message>
    <message numerus="yes">
        <source>%Ln amount(s) show the decimal separator</source>
        <translation>
            <numerusform>%Ln kwota wskazuje separator dziesiętny</numerusform>
            <numerusform>%Ln kwoty wskazują separator dziesiętny</numerusform>
            <numerusform>%Ln kwot wskazuje separator dziesiętny</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Formats decided from all %Ln row(s): %1, %2.</source>
        <translation>
            <numerusform>Formaty ustalono na podstawie wszystkich wierszy (%Ln): %1, %2.</numerusform>
            <numerusform>Formaty ustalono na podstawie wszystkich wierszy (%Ln): %1, %2.</numerusform>
            <numerusform>Formaty ustalono na podstawie wszystkich wierszy (%Ln): %1, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run, nothing written. Would add %Ln sale(s) to customers&apos; timelines; %L1 unchanged (already in the base); rejected %L2 of %L3 rows.</source>
        <translation>
            <numerusform>Próbny import, niczego nie zapisano. Dodano by %Ln sprzedaż do osi czasu klientów; bez zmian (już w bazie): %L1; odrzucone wiersze: %L2 z %L3.</numerusform>
            <numerusform>Próbny import, niczego nie zapisano. Dodano by %Ln sprzedaże do osi czasu klientów; bez zmian (już w bazie): %L1; odrzucone wiersze: %L2 z %L3.</numerusform>
            <numerusform>Próbny import, niczego nie zapisano. Dodano by %Ln sprzedaży do osi czasu klientów; bez zmian (już w bazie): %L1; odrzucone wiersze: %L2 z %L3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln sale(s) to customers&apos; timelines; %L1 unchanged (already in the base); rejected %L2 of %L3 rows.</source>
        <translation>
            <numerusform>Dodano %Ln sprzedaż do osi czasu klientów; bez zmian (już w bazie): %L1; odrzucone wiersze: %L2 z %L3.</numerusform>
            <numerusform>Dodano %Ln sprzedaże do osi czasu klientów; bez zmian (już w bazie): %L1; odrzucone wiersze: %L2 z %L3.</numerusform>
            <numerusform>Dodano %Ln sprzedaży do osi czasu klientów; bez zmian (już w bazie): %L1; odrzucone wiersze: %L2 z %L3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run, nothing written. Would add %L1, update %L2; %L3 unchanged (already in the base); rejected %L4 of %Ln row(s).</source>
        <translation>
            <numerusform>Próbny import, niczego nie zapisano. Dodano by: %L1, zaktualizowano by: %L2; bez zmian (już w bazie): %L3; odrzucono by %L4 z %Ln wiersza.</numerusform>
            <numerusform>Próbny import, niczego nie zapisano. Dodano by: %L1, zaktualizowano by: %L2; bez zmian (już w bazie): %L3; odrzucono by %L4 z %Ln wierszy.</numerusform>
            <numerusform>Próbny import, niczego nie zapisano. Dodano by: %L1, zaktualizowano by: %L2; bez zmian (już w bazie): %L3; odrzucono by %L4 z %Ln wierszy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %L1, updated %L2; %L3 unchanged (already in the base); rejected %L4 of %Ln row(s).</source>
        <translation>
            <numerusform>Dodano: %L1, zaktualizowano: %L2; bez zmian (już w bazie): %L3; odrzucono %L4 z %Ln wiersza.</numerusform>
            <numerusform>Dodano: %L1, zaktualizowano: %L2; bez zmian (już w bazie): %L3; odrzucono %L4 z %Ln wierszy.</numerusform>
            <numerusform>Dodano: %L1, zaktualizowano: %L2; bez zmian (już w bazie): %L3; odrzucono %L4 z %Ln wierszy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected rows with their reasons: %1 (fix them there and import that file again)</source>
        <translation>Odrzucone wiersze z przyczynami: %1 (popraw je tam i zaimportuj ten plik ponownie)</translation>
    </message>
    <message numerus="yes">
        <source>Read %Ln card(s) (%1).</source>
        <translation>
            <numerusform>Odczytano %Ln wizytówkę (%1).</numerusform>
            <numerusform>Odczytano %Ln wizytówki (%1).</numerusform>
            <numerusform>Odczytano %Ln wizytówek (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %Ln card(s) (%1, guessed).</source>
        <translation>
            <numerusform>Odczytano %Ln wizytówkę (%1, odgadnięte).</numerusform>
            <numerusform>Odczytano %Ln wizytówki (%1, odgadnięte).</numerusform>
            <numerusform>Odczytano %Ln wizytówek (%1, odgadnięte).</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run, nothing written. Customers: would add %L1, update %L2, %L3 unchanged (already in the base).</source>
        <translation>Próbny import, niczego nie zapisano. Klienci: dodano by %L1, zaktualizowano by %L2, bez zmian (już w bazie): %L3.</translation>
    </message>
    <message>
        <source>Customers: added %L1, updated %L2, %L3 unchanged (already in the base).</source>
        <translation>Klienci: dodano %L1, zaktualizowano %L2, bez zmian (już w bazie): %L3.</translation>
    </message>
    <message>
        <source>Contact persons at organisations: would add %L1, update %L2, %L3 unchanged.</source>
        <translation>Osoby kontaktowe w organizacjach: dodano by %L1, zaktualizowano by %L2, bez zmian: %L3.</translation>
    </message>
    <message>
        <source>Contact persons at organisations: added %L1, updated %L2, %L3 unchanged.</source>
        <translation>Osoby kontaktowe w organizacjach: dodano %L1, zaktualizowano %L2, bez zmian: %L3.</translation>
    </message>
    <message numerus="yes">
        <source>Rejected %L1 of %Ln card(s).</source>
        <translation>
            <numerusform>Odrzucono %L1 z %Ln wizytówki.</numerusform>
            <numerusform>Odrzucono %L1 z %Ln wizytówek.</numerusform>
            <numerusform>Odrzucono %L1 z %Ln wizytówek.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected cards with their reasons (X-RAPPORT-IMPORT-PROBLEM): %1 (fix them there and import that file again)</source>
        <translation>Odrzucone wizytówki z przyczynami (X-RAPPORT-IMPORT-PROBLEM): %1 (popraw je tam i zaimportuj ten plik ponownie)</translation>
    </message>
    <message>
        <source>day.month.year (31.12.2025)</source>
        <translation>dzień.miesiąc.rok (31.12.2025)</translation>
    </message>
    <message>
        <source>month/day/year (12/31/2025)</source>
        <translation>miesiąc/dzień/rok (12/31/2025)</translation>
    </message>
    <message>
        <source>year-month-day (2025-12-31)</source>
        <translation>rok-miesiąc-dzień (2025-12-31)</translation>
    </message>
    <message>
        <source>Column %1 has no header and is ignored.</source>
        <translation>Kolumna %1 nie ma nagłówka i jest pomijana.</translation>
    </message>
    <message>
        <source>Column %1 “%2” repeats column %3 and is ignored.</source>
        <translation>Kolumna %1 „%2” powtarza kolumnę %3 i jest pomijana.</translation>
    </message>
    <message>
        <source>Column “%1” matches no field and is ignored.</source>
        <translation>Kolumna „%1” nie odpowiada żadnemu polu i jest pomijana.</translation>
    </message>
    <message numerus="yes">
        <source>Would create %Ln customer(s) not yet in the base.</source>
        <translation>
            <numerusform>Utworzono by %Ln klienta spoza bazy.</numerusform>
            <numerusform>Utworzono by %Ln klientów spoza bazy.</numerusform>
            <numerusform>Utworzono by %Ln klientów spoza bazy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %Ln customer(s) that were not in the base.</source>
        <translation>
            <numerusform>Utworzono %Ln klienta spoza bazy.</numerusform>
            <numerusform>Utworzono %Ln klientów spoza bazy.</numerusform>
            <numerusform>Utworzono %Ln klientów spoza bazy.</numerusform>
        </translation>
    </message>
    <message>
        <source>card</source>
        <comment>a whole card rejected, not one property</comment>
        <translation>wizytówka</translation>
    </message>
    <message>
        <source>row</source>
        <comment>a whole row rejected, not one column</comment>
        <translation>wiersz</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>column: what was expected</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>one of %1</source>
        <comment>the codes a column may hold: one of b2c, b2b</comment>
        <translation>jedno z: %1</translation>
    </message>
    <message>
        <source>at most %1 bytes (letters such as ą or é take two)</source>
        <translation>najwyżej %1 bajtów (litery takie jak ą czy é zajmują dwa)</translation>
    </message>
    <message>
        <source>at most %1 tags</source>
        <translation>najwyżej %1 tagów</translation>
    </message>
    <message>
        <source>must not be before the start date (%1)</source>
        <translation>nie wcześniej niż data rozpoczęcia (%1)</translation>
    </message>
    <message>
        <source>must not be before the episode&apos;s date (%1)</source>
        <translation>nie wcześniej niż data epizodu (%1)</translation>
    </message>
    <message>
        <source>cannot exceed the amount (%1)</source>
        <translation>nie może przekraczać kwoty (%1)</translation>
    </message>
    <message>
        <source>only purchases and returns have an amount, not this kind of episode (%1)</source>
        <translation>kwotę mają tylko zakupy i zwroty, nie ten rodzaj epizodu (%1)</translation>
    </message>
    <message>
        <source>only purchases and returns have a margin, not this kind of episode (%1)</source>
        <translation>marżę mają tylko zakupy i zwroty, nie ten rodzaj epizodu (%1)</translation>
    </message>
    <message>
        <source>tab</source>
        <comment>the delimiter of a tab-separated file</comment>
        <translation>tabulator</translation>
    </message>
    <message>
        <source>a quote opened on line %1 is never closed</source>
        <translation>cudzysłów otwarty w wierszu %1 nie jest nigdzie zamknięty</translation>
    </message>
    <message>
        <source>the card that begins on line %1 has no END:VCARD</source>
        <translation>wizytówka zaczynająca się w wierszu %1 nie ma END:VCARD</translation>
    </message>
    <message>
        <source>the customer&apos;s name (%1, %2, %3 or %4)</source>
        <translation>nazwy klienta (%1, %2, %3 albo %4)</translation>
    </message>
    <message>
        <source>the contact person&apos;s name (%1, %2 or %3)</source>
        <translation>imienia i nazwiska osoby kontaktowej (%1, %2 albo %3)</translation>
    </message>
    <message>
        <source>the customer (%1, %2 or %3)</source>
        <translation>klienta (%1, %2 lub %3)</translation>
    </message>
    <message>
        <source>the date (%1)</source>
        <translation>daty (%1)</translation>
    </message>
    <message>
        <source>the kind of episode (%1)</source>
        <translation>rodzaju epizodu (%1)</translation>
    </message>
    <message>
        <source>the amount (%1, %2 or %3)</source>
        <translation>kwoty (%1, %2 albo %3)</translation>
    </message>
    <message>
        <source>The dry run stopped: no column holds %1. Choose the column that holds it in the table above.</source>
        <translation>Próbny import przerwany: żadna kolumna nie zawiera %1. Wskaż tę kolumnę w tabeli powyżej.</translation>
    </message>
    <message>
        <source>Nothing was imported: no column holds %1. Choose the column that holds it in the table above.</source>
        <translation>Niczego nie zaimportowano: żadna kolumna nie zawiera %1. Wskaż tę kolumnę w tabeli powyżej.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where the header has %1 (a missing delimiter, or a line break outside quotes?)</source>
        <translation>
            <numerusform>%n pole, a nagłówek ma %1 (brak separatora albo podział wiersza poza cudzysłowem?)</numerusform>
            <numerusform>%n pola, a nagłówek ma %1 (brak separatora albo podział wiersza poza cudzysłowem?)</numerusform>
            <numerusform>%n pól, a nagłówek ma %1 (brak separatora albo podział wiersza poza cudzysłowem?)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where the header has %1 (an unquoted %2 inside a value?)</source>
        <translation>
            <numerusform>%n pole, a nagłówek ma %1 (%2 wewnątrz wartości bez cudzysłowu?)</numerusform>
            <numerusform>%n pola, a nagłówek ma %1 (%2 wewnątrz wartości bez cudzysłowu?)</numerusform>
            <numerusform>%n pól, a nagłówek ma %1 (%2 wewnątrz wartości bez cudzysłowu?)</numerusform>
        </translation>
    </message>
    <message>
        <source>the date columns disagree: one puts the day first, another the month</source>
        <translation>kolumny dat się nie zgadzają: jedna podaje najpierw dzień, druga miesiąc</translation>
    </message>
    <message numerus="yes">
        <source>all %Ln row(s) have dates such as 03/04/2024 that could be day-month or month-day</source>
        <translation>
            <numerusform>w %Ln wierszu data taka jak 03/04/2024 może oznaczać dzień-miesiąc albo miesiąc-dzień</numerusform>
            <numerusform>w każdym z %Ln wierszy daty takie jak 03/04/2024 mogą oznaczać dzień-miesiąc albo miesiąc-dzień</numerusform>
            <numerusform>w każdym z %Ln wierszy daty takie jak 03/04/2024 mogą oznaczać dzień-miesiąc albo miesiąc-dzień</numerusform>
        </translation>
    </message>
    <message>
        <source>the dates could be day-month or month-day</source>
        <translation>daty mogą oznaczać dzień-miesiąc albo miesiąc-dzień</translation>
    </message>
    <message>
        <source>the file %1 does not exist.</source>
        <translation>plik %1 nie istnieje.</translation>
    </message>
    <message>
        <source>the file %1 cannot be opened (%2).</source>
        <translation>nie można otworzyć pliku %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is not a file (a folder?).</source>
        <translation>%1 nie jest plikiem (może to folder?).</translation>
    </message>
    <message>
        <source>the file %1 cannot be read (%2).</source>
        <translation>nie można odczytać pliku %1 (%2).</translation>
    </message>
    <message>
        <source>the file %1 is empty: it holds no row that can be read.</source>
        <translation>plik %1 jest pusty: nie ma w nim wiersza, który dałoby się odczytać.</translation>
    </message>
    <message>
        <source>the characters of the file %1 cannot be read in its encoding.</source>
        <translation>znaków pliku %1 nie da się odczytać w jego kodowaniu.</translation>
    </message>
    <message>
        <source>the file %1 holds no vCard (BEGIN:VCARD … END:VCARD).</source>
        <translation>plik %1 nie zawiera żadnej wizytówki vCard (BEGIN:VCARD … END:VCARD).</translation>
    </message>
    <message>
        <source>the file %1 no longer has the columns shown above: choose it again and check the mapping.</source>
        <translation>plik %1 nie ma już kolumn pokazanych powyżej: wybierz go ponownie i sprawdź mapowanie.</translation>
    </message>
    <message>
        <source>the dates were said to be %1, but row %2 of %3 has “%4”, which puts the day first. Choose the order the file uses under Dates.</source>
        <translation>daty miały być w kolejności %1, ale wiersz %2 %3 zawiera „%4”, gdzie pierwszy jest dzień. Wybierz w polu Daty kolejność, której używa plik.</translation>
    </message>
    <message>
        <source>the dates were said to be %1, but row %2 of %3 has “%4”, which puts the month first. Choose the order the file uses under Dates.</source>
        <translation>daty miały być w kolejności %1, ale wiersz %2 %3 zawiera „%4”, gdzie pierwszy jest miesiąc. Wybierz w polu Daty kolejność, której używa plik.</translation>
    </message>
    <message>
        <source>%1. Choose the order under Dates.</source>
        <comment>why the date order is open</comment>
        <translation>%1. Wybierz kolejność w polu Daty.</translation>
    </message>
    <message>
        <source>you have no permission to read the file %1.</source>
        <translation>nie masz uprawnień do odczytu pliku %1.</translation>
    </message>
    <message>
        <source>the rejected rows cannot be written to %1 (can the folder be written to? is the disk full?).</source>
        <translation>nie można zapisać odrzuconych wierszy do %1 (czy do folderu można pisać? czy dysk nie jest pełny?).</translation>
    </message>
    <message>
        <source>column %1</source>
        <comment>%3 in &quot;row %2 of %3&quot;: in the case that phrase needs</comment>
        <translation>kolumny %1</translation>
    </message>
    <message>
        <source>column “%1”</source>
        <comment>%3 in &quot;row %2 of %3&quot;: in the case that phrase needs</comment>
        <translation>kolumny „%1”</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) would make %1.</source>
        <translation>
            <numerusform>Z %Ln wiersza utworzono by %1.</numerusform>
            <numerusform>Z %Ln wierszy utworzono by %1.</numerusform>
            <numerusform>Z %Ln wierszy utworzono by %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where most rows have %1 (a missing delimiter, or a line break outside quotes?)</source>
        <translation>
            <numerusform>%n pole, a większość wierszy ma %1 (brak separatora albo podział wiersza poza cudzysłowem?)</numerusform>
            <numerusform>%n pola, a większość wierszy ma %1 (brak separatora albo podział wiersza poza cudzysłowem?)</numerusform>
            <numerusform>%n pól, a większość wierszy ma %1 (brak separatora albo podział wiersza poza cudzysłowem?)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where most rows have %1 (an unquoted %2 inside a value?)</source>
        <translation>
            <numerusform>%n pole, a większość wierszy ma %1 (%2 wewnątrz wartości bez cudzysłowu?)</numerusform>
            <numerusform>%n pola, a większość wierszy ma %1 (%2 wewnątrz wartości bez cudzysłowu?)</numerusform>
            <numerusform>%n pól, a większość wierszy ma %1 (%2 wewnątrz wartości bez cudzysłowu?)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::KnowledgeAuditView</name>
    <message>
        <source>Audit again</source>
        <translation>Powtórz audyt</translation>
    </message>
    <message>
        <source>Read the whole base again in the background</source>
        <translation>Ponownie odczytaj całą bazę w tle</translation>
    </message>
    <message>
        <source>No.</source>
        <comment>a question&apos;s number</comment>
        <translation>Lp.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pytanie</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>By value</source>
        <translation>Według wartości</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Czego brakuje</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>The audit reads the whole base in the background when this tab is shown.</source>
        <translation>Audyt odczytuje całą bazę w tle, gdy ta karta jest wyświetlana.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Nie otwarto bazy danych.</translation>
    </message>
    <message>
        <source>Auditing the customers&apos; records in the background…</source>
        <translation>Audyt danych klientów w tle…</translation>
    </message>
    <message>
        <source>The audit failed: %1</source>
        <translation>Audyt nie powiódł się: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s); value counts revenue to date and the predicted value.</source>
        <translation>
            <numerusform>%Ln klient; wartość obejmuje dotychczasowy przychód i wartość prognozowaną.</numerusform>
            <numerusform>%Ln klientów; wartość obejmuje dotychczasowy przychód i wartość prognozowaną.</numerusform>
            <numerusform>%Ln klientów; wartość obejmuje dotychczasowy przychód i wartość prognozowaną.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s); no analysis run has stored scores yet, so the ranking and the predicted values are missing (Run analysis, then store the scores).</source>
        <translation>
            <numerusform>%Ln klient; żadna analiza nie zapisała jeszcze wyników, więc brakuje rankingu i wartości prognozowanych (Uruchom analizę, a następnie zapisz wyniki).</numerusform>
            <numerusform>%Ln klientów; żadna analiza nie zapisała jeszcze wyników, więc brakuje rankingu i wartości prognozowanych (Uruchom analizę, a następnie zapisz wyniki).</numerusform>
            <numerusform>%Ln klientów; żadna analiza nie zapisała jeszcze wyników, więc brakuje rankingu i wartości prognozowanych (Uruchom analizę, a następnie zapisz wyniki).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>what is missing: how many customers</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>concerns no customer</source>
        <translation>nie dotyczy żadnego klienta</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nic</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between missing pieces</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>%1 of %2 customers concerned</source>
        <comment>coverage by customers</comment>
        <translation>%1 z %2 klientów, których dotyczy pytanie</translation>
    </message>
    <message>
        <source>Share of the concerned customers&apos; value</source>
        <translation>Udział w wartości klientów, których dotyczy pytanie</translation>
    </message>
    <message>
        <source>%1 Answered from: %2 Every customer it concerns is answered.</source>
        <translation>%1 Źródło odpowiedzi: %2 Każdy klient, którego dotyczy pytanie, ma odpowiedź.</translation>
    </message>
    <message>
        <source>%1 Answered from: %2 Customers to complete first, most valuable first:</source>
        <translation>%1 Źródło odpowiedzi: %2 Klienci do uzupełnienia w pierwszej kolejności, od najcenniejszych:</translation>
    </message>
</context>
<context>
    <name>rapport::ui::LadderStageDialog</name>
    <message>
        <source>Ladder stage</source>
        <translation>Szczebel drabiny</translation>
    </message>
    <message>
        <source>Follow the rules (no stage set by hand)</source>
        <translation>Według reguł (bez ręcznego ustawienia szczebla)</translation>
    </message>
    <message>
        <source>Why, e.g. &quot;signed a framework agreement&quot;</source>
        <translation>Dlaczego, np. „podpisano umowę ramową”</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Szczebel:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Uzasadnienie:</translation>
    </message>
    <message>
        <source>The lists and charts show the new stage after the next analysis run (F5).</source>
        <translation>Listy i wykresy pokażą nowy szczebel po następnym uruchomieniu analizy (F5).</translation>
    </message>
    <message>
        <source>Reason: required when a stage is set by hand, so that others know why</source>
        <translation>Uzasadnienie: wymagane przy ręcznym ustawieniu szczebla, aby inni wiedzieli dlaczego</translation>
    </message>
</context>
<context>
    <name>rapport::ui::LostCustomerTab</name>
    <message>
        <source>Lost on</source>
        <translation>Data utraty</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Przyczyna</translation>
    </message>
    <message>
        <source>Win-back attempts</source>
        <translation>Próby odzyskania</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Lost: recorded here by a person, with a reason. Lapsed: the analysis sees no purchase for longer than the customer&apos;s usual rhythm; that is shown on the Relationship tab.</source>
        <translation>Utracony: odnotowany tutaj przez człowieka, z podaniem przyczyny. Uśpiony: analiza nie widzi zakupu dłużej, niż wynosi zwykły rytm klienta; pokazuje to karta Relacja.</translation>
    </message>
    <message>
        <source>&amp;Record lost customer…</source>
        <translation>&amp;Odnotuj utratę klienta…</translation>
    </message>
    <message>
        <source>Log &amp;win-back attempt…</source>
        <translation>Zarejestruj &amp;próbę odzyskania…</translation>
    </message>
    <message>
        <source>&amp;Outcome…</source>
        <translation>&amp;Wynik…</translation>
    </message>
    <message>
        <source>Record lost customer %1</source>
        <translation>Odnotowanie utraty klienta %1</translation>
    </message>
    <message>
        <source>Record that the customer left and why. The churn reasons chart and report count these beside the benchmarks of the seed; win-back attempts are logged against the record.</source>
        <translation>Odnotuj, że klient odszedł, i dlaczego. Wykres i raport przyczyn odejść zestawiają te wpisy ze wzorcami z literatury; próby odzyskania są rejestrowane przy tym wpisie.</translation>
    </message>
    <message>
        <source>%1 (%2–%3 % of lost customers in the seed)</source>
        <translation>%1 (%2–%3 % utraconych klientów wg literatury)</translation>
    </message>
    <message>
        <source>In the customer&apos;s or your own words: what happened</source>
        <translation>Słowami klienta lub własnymi: co się stało</translation>
    </message>
    <message>
        <source>&amp;Lost on:</source>
        <translation>&amp;Data utraty:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Przyczyna:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Szczegóły:</translation>
    </message>
    <message>
        <source>Win-back attempt</source>
        <translation>Próba odzyskania</translation>
    </message>
    <message>
        <source>What was offered, e.g. 10 % off the next order</source>
        <translation>Co zaoferowano, np. 10 % rabatu na następne zamówienie</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanał:</translation>
    </message>
    <message>
        <source>&amp;Offer and notes:</source>
        <translation>&amp;Oferta i notatki:</translation>
    </message>
    <message>
        <source>Log win-back attempt</source>
        <translation>Zarejestrowanie próby odzyskania</translation>
    </message>
    <message>
        <source>Win-back outcome</source>
        <translation>Wynik odzyskiwania</translation>
    </message>
    <message>
        <source>How did the win-back end?</source>
        <translation>Jak zakończyło się odzyskiwanie klienta?</translation>
    </message>
    <message>
        <source>Win-back outcome: %1</source>
        <translation>Wynik odzyskiwania: %1</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Niczego nie zmieniono: %1</translation>
    </message>
    <message>
        <source>No win-back yet</source>
        <translation>Jeszcze bez prób odzyskania</translation>
    </message>
    <message>
        <source>Win-back under way</source>
        <translation>Odzyskiwanie w toku</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>Odzyskany</translation>
    </message>
    <message>
        <source>Lost for good</source>
        <translation>Utracony na stałe</translation>
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
            <numerusform>Przerwano oczekiwanie na inny program po %n s.</numerusform>
            <numerusform>Przerwano oczekiwanie na inny program po %n s.</numerusform>
            <numerusform>Przerwano oczekiwanie na inny program po %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done waiting for the other program (%n s).</source>
        <translation>
            <numerusform>Koniec oczekiwania na inny program (%n s).</numerusform>
            <numerusform>Koniec oczekiwania na inny program (%n s).</numerusform>
            <numerusform>Koniec oczekiwania na inny program (%n s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Busy, waiting: another program is writing to this database (%n s)...</source>
        <translation>
            <numerusform>Zajęte, oczekiwanie: inny program zapisuje do tej bazy danych (%n s)...</numerusform>
            <numerusform>Zajęte, oczekiwanie: inny program zapisuje do tej bazy danych (%n s)...</numerusform>
            <numerusform>Zajęte, oczekiwanie: inny program zapisuje do tej bazy danych (%n s)...</numerusform>
        </translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partnerstwa</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Epizody</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analityka</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <source>Analysing the customer base…</source>
        <translation>Analiza bazy klientów…</translation>
    </message>
    <message>
        <source>Undo/redo</source>
        <translation>Cofnij/ponów</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>New &amp;customer…</source>
        <translation>Nowy k&amp;lient…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nowa baza danych…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Otwórz bazę danych…</translation>
    </message>
    <message>
        <source>&amp;Connect to team database…</source>
        <translation>Połą&amp;cz z bazą zespołu…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ostatnio otwie&amp;rane</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Utwórz kopię zapasową…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importuj…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Generate &amp;demo data…</source>
        <translation>Generuj &amp;dane demonstracyjne…</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Dane demonstracyjne</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Znajdź &amp;duplikaty…</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Znajdź klienta</translation>
    </message>
    <message>
        <source>&amp;Edit customer…</source>
        <translation>&amp;Edytuj klienta…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Log episode…</source>
        <translation>Zarejestruj ep&amp;izod…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Record lost &amp;customer…</source>
        <translation>Odnotuj &amp;utratę klienta…</translation>
    </message>
    <message>
        <source>&amp;Delete customer…</source>
        <translation>U&amp;suń klienta…</translation>
    </message>
    <message>
        <source>Only a customer without episodes, e.g. entered by mistake; Undo brings it back</source>
        <translation>Tylko klient bez epizodów, np. dodany przez pomyłkę; Cofnij go przywraca</translation>
    </message>
    <message>
        <source>Customer &amp;profile report</source>
        <translation>&amp;Raport profilu klienta</translation>
    </message>
    <message>
        <source>Customer profile report</source>
        <translation>Raport profilu klienta</translation>
    </message>
    <message>
        <source>Choose a customer in the list first.</source>
        <translation>Najpierw wybierz klienta na liście.</translation>
    </message>
    <message>
        <source>E&amp;xport personal data…</source>
        <translation>Eksportuj dane &amp;osobowe…</translation>
    </message>
    <message>
        <source>E&amp;rase personal data…</source>
        <translation>&amp;Wymaż dane osobowe…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>Dzienni&amp;k zmian…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>Re&amp;load lists</source>
        <translation>&amp;Odśwież listy</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Run &amp;analysis</source>
        <translation>Uruchom &amp;analizę</translation>
    </message>
    <message>
        <source>Analysis &amp;settings…</source>
        <translation>&amp;Ustawienia analizy…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation>&amp;O programie Rapport</translation>
    </message>
    <message>
        <source>About Rapport</source>
        <translation>O programie Rapport</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Główny</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Baza zespołu</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Hasło dla %1:</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>Nie można otworzyć bazy danych</translation>
    </message>
    <message>
        <source>Rapport could not open %1.

%2</source>
        <translation>Rapport nie może otworzyć %1.

%2</translation>
    </message>
    <message>
        <source>Team database – Rapport</source>
        <translation>Baza zespołu – Rapport</translation>
    </message>
    <message>
        <source>You are signed in as %1, who owns the tables or bypasses row-level security: you see and can change every customer. Work with a login of a team member (rapport-cli team add-user).</source>
        <translation>Zalogowano jako %1 – właściciel tabel lub użytkownik omijający zabezpieczenia na poziomie wierszy: widzisz i możesz zmieniać wszystkich klientów. Pracuj na loginie członka zespołu (rapport-cli team add-user).</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Baza danych: %1</translation>
    </message>
    <message>
        <source>%1 – Rapport</source>
        <translation>%1 – Rapport</translation>
    </message>
    <message>
        <source>Not updated: %1</source>
        <translation>Nie zaktualizowano: %1</translation>
    </message>
    <message>
        <source>Updated with changes made elsewhere</source>
        <translation>Zaktualizowano o zmiany wprowadzone gdzie indziej</translation>
    </message>
    <message>
        <source>Updated with changes by %1</source>
        <translation>Zaktualizowano o zmiany wprowadzone przez: %1</translation>
    </message>
    <message>
        <source>Log episode</source>
        <translation>Zarejestrowanie epizodu</translation>
    </message>
    <message>
        <source>The episode was not saved: %1</source>
        <translation>Epizod nie został zapisany: %1</translation>
    </message>
    <message>
        <source>Episode logged.</source>
        <translation>Zarejestrowano epizod.</translation>
    </message>
    <message>
        <source>New customer %1</source>
        <translation>Dodanie klienta %1</translation>
    </message>
    <message>
        <source>Customer %1 created.</source>
        <translation>Utworzono klienta %1.</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nowy klient</translation>
    </message>
    <message>
        <source>The customer was not saved: %1</source>
        <translation>Klient nie został zapisany: %1</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>Usuń klienta</translation>
    </message>
    <message>
        <source>Delete %1 with their contact persons, tasks and cost lines?

Edit &gt; Undo brings them back.</source>
        <translation>Usunąć klienta %1 wraz z osobami kontaktowymi, zadaniami i pozycjami kosztów?

Edycja &gt; Cofnij przywróci wszystko.</translation>
    </message>
    <message>
        <source>Not deleted.</source>
        <translation>Nie usunięto.</translation>
    </message>
    <message>
        <source>Delete customer %1</source>
        <translation>Usunięcie klienta %1</translation>
    </message>
    <message>
        <source>%1 deleted; Edit &gt; Undo brings them back.</source>
        <translation>Usunięto klienta %1; Edycja &gt; Cofnij go przywraca.</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nowa baza danych</translation>
    </message>
    <message>
        <source>Rapport databases (*.sqlite);;All files (*)</source>
        <translation>Bazy danych Rapport (*.sqlite);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name, or use File &gt; Open.</source>
        <translation>%1 już istnieje. Wybierz nową nazwę lub użyj polecenia Plik &gt; Otwórz bazę danych.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Otwórz bazę danych</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Kopia zapasowa bazy danych</translation>
    </message>
    <message>
        <source>Rapport databases (*.sqlite *.backup);;All files (*)</source>
        <translation>Bazy danych Rapport (*.sqlite *.backup);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Tworzenie kopii zapasowej: %1…</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Utworzono kopię zapasową: %1</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Tworzenie kopii zapasowej nie powiodło się</translation>
    </message>
    <message>
        <source>Demo data cancelled; the database is unchanged.</source>
        <translation>Anulowano generowanie danych demonstracyjnych; baza danych pozostała bez zmian.</translation>
    </message>
    <message>
        <source>Generating demo data failed; the database is unchanged.

%1</source>
        <translation>Generowanie danych demonstracyjnych nie powiodło się; baza danych pozostała bez zmian.

%1</translation>
    </message>
    <message>
        <source>Demo data generated.</source>
        <translation>Wygenerowano dane demonstracyjne.</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Eksport danych osobowych</translation>
    </message>
    <message>
        <source>no customer chosen</source>
        <translation>nie wybrano klienta</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Pliki JSON (*.json)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulowano</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>Personal data of customer #%1 written to %2</source>
        <translation>Dane osobowe klienta nr %1 zapisano w %2</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Wymazanie danych osobowych</translation>
    </message>
    <message>
        <source>Erase the name, address, e-mails, phones, tags, notes, consents and contact persons of %1, and the notes of their episodes, tasks and churn records?

Their episodes keep dates, kinds and amounts, so totals stay. This cannot be undone: back up first (File &gt; Back up).</source>
        <translation>Wymazać nazwę, adres, e-maile, telefony, tagi, notatki, zgody i osoby kontaktowe klienta %1 oraz notatki jego epizodów, zadań i wpisów o odejściu?

Epizody zachowają daty, rodzaje i kwoty, więc sumy się nie zmienią. Tej operacji nie można cofnąć: najpierw utwórz kopię zapasową (Plik &gt; Utwórz kopię zapasową).</translation>
    </message>
    <message>
        <source>Personal data of customer #%1 erased; the erasure is recorded.</source>
        <translation>Wymazano dane osobowe klienta nr %1; wymazanie zostało odnotowane.</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>Znajdź duplikaty</translation>
    </message>
    <message>
        <source>Open or create a database first.</source>
        <translation>Najpierw otwórz lub utwórz bazę danych.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import written. An import cannot be undone: Edit &gt; Undo starts afresh.</source>
        <translation>Import zapisany. Importu nie można cofnąć: historia Edycja &gt; Cofnij zaczyna się od nowa.</translation>
    </message>
    <message>
        <source>C&amp;urrency…</source>
        <translation>W&amp;aluta…</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>The currency was not set: %1</source>
        <translation>Nie ustawiono waluty: %1</translation>
    </message>
    <message>
        <source>Only an admin of the team can change the currency of the team database.</source>
        <translation>Tylko administrator zespołu może zmienić walutę bazy zespołu.</translation>
    </message>
    <message>
        <source>The currency was not changed: %1</source>
        <translation>Nie zmieniono waluty: %1</translation>
    </message>
    <message>
        <source>Every amount is now shown in %1; nothing was converted. Edit &gt; Undo brings the previous currency back.</source>
        <translation>Wszystkie kwoty są teraz pokazywane w walucie %1; niczego nie przeliczono. Edycja &gt; Cofnij przywraca poprzednią walutę.</translation>
    </message>
    <message>
        <source>Every amount in this team database is in %1. Only an admin of the team can change the currency.</source>
        <translation>Waluta wszystkich kwot w tej bazie zespołu: %1. Tylko administrator zespołu może zmienić walutę.</translation>
    </message>
    <message>
        <source>no particular currency</source>
        <translation>brak określonej waluty</translation>
    </message>
    <message>
        <source>administrator</source>
        <comment>a team role</comment>
        <translation>administrator</translation>
    </message>
    <message>
        <source>sales manager</source>
        <comment>a team role</comment>
        <translation>menedżer sprzedaży</translation>
    </message>
    <message>
        <source>analyst</source>
        <comment>a team role</comment>
        <translation>analityk</translation>
    </message>
    <message>
        <source>database administrator</source>
        <comment>a team role</comment>
        <translation>administrator bazy danych</translation>
    </message>
    <message numerus="yes">
        <source>This database already has customers. Add %Ln demo customer(s) to them?</source>
        <translation>
            <numerusform>Ta baza danych zawiera już klientów. Dodać do nich %Ln klienta demonstracyjnego?</numerusform>
            <numerusform>Ta baza danych zawiera już klientów. Dodać do nich %Ln klientów demonstracyjnych?</numerusform>
            <numerusform>Ta baza danych zawiera już klientów. Dodać do nich %Ln klientów demonstracyjnych?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <comment>a range of shortcuts</comment>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>Znajdź klienta</translation>
    </message>
    <message>
        <source>Log an episode</source>
        <translation>Zarejestruj epizod</translation>
    </message>
    <message>
        <source>Edit the customer</source>
        <translation>Edytuj klienta</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>Run the analysis</source>
        <translation>Uruchom analizę</translation>
    </message>
    <message>
        <source>Reload the lists</source>
        <translation>Odśwież listy</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Utwórz kopię zapasową bazy danych</translation>
    </message>
    <message>
        <source>A CRM for relationship marketing: customers, contact persons and every episode of the relationship on one timeline.</source>
        <translation>CRM do marketingu relacji: klienci, osoby kontaktowe i każdy epizod relacji na jednej osi czasu.</translation>
    </message>
    <message>
        <source>MIT licence.</source>
        <translation>Licencja MIT.</translation>
    </message>
    <message>
        <source>Team database: %1 · signed in as %2 (%3)</source>
        <translation>Baza zespołu: %1 · zalogowano jako %2 (%3)</translation>
    </message>
    <message>
        <source>Team database: %1</source>
        <translation>Baza zespołu: %1</translation>
    </message>
    <message>
        <source>The customer was not deleted: %1</source>
        <translation>Nie usunięto klienta: %1</translation>
    </message>
    <message>
        <source>The database was not backed up: %1</source>
        <translation>Nie utworzono kopii zapasowej bazy danych: %1</translation>
    </message>
    <message>
        <source>Nothing was erased: %1</source>
        <translation>Niczego nie wymazano: %1</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanie</translation>
    </message>
    <message>
        <source>Dashboard, Customers, Episodes, Partnerships, Analytics, Reports, Campaigns</source>
        <translation>Pulpit, Klienci, Epizody, Partnerstwa, Analityka, Raporty, Kampanie</translation>
    </message>
    <message>
        <source>Service &amp;levels…</source>
        <translation>&amp;Poziomy obsługi…</translation>
    </message>
    <message>
        <source>Database not opened</source>
        <translation>Baza danych nie została otwarta</translation>
    </message>
    <message>
        <source>The upgrade of %1 was stopped. The file was left as it was; it is upgraded the next time you open it.</source>
        <translation>Aktualizację %1 zatrzymano. Plik pozostał bez zmian; zostanie zaktualizowany przy następnym otwarciu.</translation>
    </message>
    <message>
        <source>Database: %1 · upgraded; the file as it was is kept beside it</source>
        <translation>Baza danych: %1 · zaktualizowana; plik sprzed aktualizacji leży obok</translation>
    </message>
    <message>
        <source>Upgraded from an older Rapport. The file as it was: %1</source>
        <translation>Zaktualizowano ze starszej wersji programu Rapport. Plik sprzed aktualizacji: %1</translation>
    </message>
    <message>
        <source>The upgrade of %1 was stopped. The file was left as it was; it is upgraded the next time you open it. Rapport closes now.</source>
        <translation>Aktualizację %1 zatrzymano. Plik pozostał bez zmian; zostanie zaktualizowany przy następnym otwarciu. Rapport zostanie teraz zamknięty.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::PartnerNetworkView</name>
    <message>
        <source>Click a partner to open its card</source>
        <translation>Kliknij partnera, aby otworzyć jego kartę</translation>
    </message>
    <message>
        <source>Our firm</source>
        <translation>Nasza firma</translation>
    </message>
    <message>
        <source>No partnerships recorded yet.</source>
        <translation>Nie zapisano jeszcze żadnych partnerstw.</translation>
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
        <translation>Edycja partnerstwa: %1</translation>
    </message>
    <message>
        <source>New partnership</source>
        <translation>Nowe partnerstwo</translation>
    </message>
    <message>
        <source>Type to find the partner among the customers</source>
        <translation>Wpisz, aby znaleźć partnera wśród klientów</translation>
    </message>
    <message>
        <source>Not a customer</source>
        <translation>Nie jest klientem</translation>
    </message>
    <message>
        <source>value created together and shared, per year</source>
        <translation>wartość tworzona wspólnie i dzielona, rocznie</translation>
    </message>
    <message>
        <source>since</source>
        <translation>od</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>Also a c&amp;ustomer:</source>
        <translation>Również &amp;klient:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>K&amp;ierunek:</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Forma:</translation>
    </message>
    <message>
        <source>Bonds:</source>
        <translation>Więzi:</translation>
    </message>
    <message>
        <source>&amp;Value shared:</source>
        <translation>&amp;Wartość współdzielona:</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>P&amp;oczątek:</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>&amp;Etap:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Notatki:</translation>
    </message>
    <message>
        <source>Value shared: expected an amount such as 25000.00, got &quot;%1&quot;</source>
        <translation>Wartość współdzielona: oczekiwano kwoty, np. 25000,00, otrzymano „%1”</translation>
    </message>
    <message>
        <source>Please correct:</source>
        <translation>Popraw:</translation>
    </message>
    <message>
        <source>End partnership with %1</source>
        <translation>Zakończenie partnerstwa: %1</translation>
    </message>
    <message>
        <source>Stage of partnership with %1</source>
        <translation>Etap partnerstwa: %1</translation>
    </message>
    <message>
        <source>why it ended, e.g. quality problems</source>
        <translation>dlaczego się zakończyło, np. problemy z jakością</translation>
    </message>
    <message>
        <source>what happened, e.g. first joint order</source>
        <translation>co się wydarzyło, np. pierwsze wspólne zamówienie</translation>
    </message>
    <message>
        <source>Date: the stage before began on %1; a later stage cannot begin earlier</source>
        <translation>Data: poprzedni etap rozpoczął się %1; kolejny nie może zacząć się wcześniej</translation>
    </message>
    <message>
        <source>Reason: please say why the partnership ended</source>
        <translation>Przyczyna: podaj, dlaczego partnerstwo się zakończyło</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Etap:</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Przyczyna:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notatka:</translation>
    </message>
</context>
<context>
    <name>rapport::ui::PartnershipsPage</name>
    <message>
        <source>&amp;New partnership…</source>
        <translation>&amp;Nowe partnerstwo…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>Next &amp;stage…</source>
        <translation>&amp;Kolejny etap…</translation>
    </message>
    <message>
        <source>Formation, experimentation, identification, renewal: each change is kept in the history</source>
        <translation>Formowanie, eksperymentowanie, identyfikacja, odnowa: każda zmiana jest zachowywana w historii</translation>
    </message>
    <message>
        <source>En&amp;d (rupture)…</source>
        <translation>&amp;Zakończ (zerwanie)…</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Kierunek</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Value shared / year</source>
        <translation>Wartość współdzielona / rok</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Bonds</source>
        <translation>Więzi</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Sieć</translation>
    </message>
    <message>
        <source>New partnership with %1</source>
        <translation>Nowe partnerstwo: %1</translation>
    </message>
    <message>
        <source>New partnership</source>
        <translation>Nowe partnerstwo</translation>
    </message>
    <message>
        <source>Edit partnership with %1</source>
        <translation>Zmiany partnerstwa: %1</translation>
    </message>
    <message>
        <source>Edit partnership</source>
        <translation>Edycja partnerstwa</translation>
    </message>
    <message>
        <source>End partnership with %1</source>
        <translation>Zakończenie partnerstwa: %1</translation>
    </message>
    <message>
        <source>Partnership stage</source>
        <translation>Etap partnerstwa</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Niczego nie zmieniono: %1</translation>
    </message>
    <message>
        <source>Partnership with %1: %2</source>
        <comment>a partner: a lifecycle stage</comment>
        <translation>Partnerstwo (%1): %2</translation>
    </message>
    <message>
        <source>Bonds:</source>
        <translation>Więzi:</translation>
    </message>
    <message>
        <source>Value shared per year:</source>
        <translation>Wartość współdzielona rocznie:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Rozpoczęcie:</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>Zakończenie:</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Historia etapów</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ReportsPage</name>
    <message>
        <source>Loyalty</source>
        <translation>Lojalność</translation>
    </message>
    <message>
        <source>Profitability</source>
        <translation>Opłacalność</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Rotacja</translation>
    </message>
    <message>
        <source>Customer profile</source>
        <translation>Profil klienta</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Raport:</translation>
    </message>
    <message>
        <source>customer #</source>
        <translation>nr klienta</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reports appear here after the analysis has run (View &amp;gt; Run analysis, F5).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Raporty pojawią się tutaj po przeprowadzeniu analizy (Widok &amp;gt; Uruchom analizę, F5).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Making the report in the background: it analyses the base with the settings of the Analytics page…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Raport powstaje w tle: analizuje bazę z ustawieniami strony Analityka…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The report is made when this page is shown.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Raport powstaje, gdy ta strona jest wyświetlona.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>There is no report yet: run the analysis first.</source>
        <translation>Nie ma jeszcze raportu: najpierw uruchom analizę.</translation>
    </message>
    <message>
        <source>There is no customer #%1.</source>
        <translation>Nie ma klienta nr %1.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Zapisz raport</translation>
    </message>
    <message>
        <source>Saving %1 …</source>
        <translation>Zapisywanie: %1…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Zapisano: %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>Pliki HTML (*.html)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Skoroszyty programu Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>The report cannot be made: %1</source>
        <translation>Nie można utworzyć raportu: %1</translation>
    </message>
    <message numerus="yes">
        <source>Made from the analysis of %1; PDF and HTML show the first %Ln row(s) of long tables, XLSX and CSV hold every row.</source>
        <translation>
            <numerusform>Utworzono na podstawie analizy do %1; PDF i HTML pokazują pierwszy %Ln wiersz długich tabel, XLSX i CSV zawierają wszystkie wiersze.</numerusform>
            <numerusform>Utworzono na podstawie analizy do %1; PDF i HTML pokazują pierwsze %Ln wiersze długich tabel, XLSX i CSV zawierają wszystkie wiersze.</numerusform>
            <numerusform>Utworzono na podstawie analizy do %1; PDF i HTML pokazują pierwszych %Ln wierszy długich tabel, XLSX i CSV zawierają wszystkie wiersze.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>Nie zapisano pliku %1: %2</translation>
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
        <translation>Zapisz jako:</translation>
    </message>
    <message>
        <source>Knowledge audit</source>
        <translation>Audyt wiedzy</translation>
    </message>
    <message>
        <source>&lt;p&gt;Auditing the customers&apos; records in the background…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Audyt danych klientów w tle…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Made from the customers&apos; records as they are now; XLSX and CSV hold every row.</source>
        <translation>Utworzono na podstawie bieżących danych klientów; XLSX i CSV zawierają wszystkie wiersze.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ServiceLevelDialog</name>
    <message>
        <source>New service level</source>
        <translation>Nowy poziom obsługi</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Poziom obsługi</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>Levels are checked from rank 1 up: a customer takes the first level whose rule they meet</source>
        <translation>Poziomy są sprawdzane kolejno od pozycji 1: klient otrzymuje pierwszy poziom, którego regułę spełnia</translation>
    </message>
    <message>
        <source>&amp;Rank:</source>
        <translation>&amp;Pozycja:</translation>
    </message>
    <message>
        <source>Customers whose last analysis shows (nothing ticked in a row: any):</source>
        <translation>Klienci, u których ostatnia analiza wykazała (brak zaznaczeń w wierszu: dowolna wartość):</translation>
    </message>
    <message>
        <source>Ranking class:</source>
        <translation>Klasa w rankingu:</translation>
    </message>
    <message>
        <source>Four-group:</source>
        <translation>Cztery grupy:</translation>
    </message>
    <message>
        <source>Ladder stage:</source>
        <translation>Szczebel drabiny:</translation>
    </message>
    <message>
        <source>Churn status:</source>
        <translation>Status rotacji:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>dowolny</translation>
    </message>
    <message>
        <source>Predicted value at or above this percentile of the customers: 80 means the top 20 %</source>
        <translation>Wartość prognozowana na poziomie tego percentyla klientów lub wyższa: 80 oznacza najlepsze 20 %</translation>
    </message>
    <message>
        <source>Predicted value from &amp;percentile:</source>
        <translation>Wartość prognozowana od pe&amp;rcentyla:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>A customer of this level not contacted for longer appears under Needs attention</source>
        <translation>Klient z tego poziomu bez kontaktu przez dłuższy czas pojawi się na liście „Wymagają uwagi”</translation>
    </message>
    <message>
        <source>Preventive &amp;contact every:</source>
        <translation>&amp;Kontakt zapobiegawczy co:</translation>
    </message>
    <message>
        <source>e.g. special rewards, a personal contact, first look at new products</source>
        <translation>np. specjalne nagrody, osobisty kontakt, wcześniejszy dostęp do nowych produktów</translation>
    </message>
    <message>
        <source>&amp;Entitles to:</source>
        <translation>&amp;Uprawnia do:</translation>
    </message>
    <message>
        <source>Name: the level needs a name</source>
        <translation>Nazwa: poziom musi mieć nazwę</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ServiceLevelText</name>
    <message>
        <source>class %1</source>
        <translation>klasa %1</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>grupa %1</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>szczebel %1</translation>
    </message>
    <message>
        <source>churn %1</source>
        <translation>status rotacji %1</translation>
    </message>
    <message>
        <source>predicted value from percentile %1</source>
        <translation>wartość prognozowana od percentyla %1</translation>
    </message>
    <message>
        <source>every customer</source>
        <translation>każdy klient</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ServiceLevelsDialog</name>
    <message>
        <source>Service levels</source>
        <translation>Poziomy obsługi</translation>
    </message>
    <message>
        <source>Service follows value: each customer takes the first level, by rank, whose rule the last analysis meets. Customers of a level not contacted for longer than its interval appear under Needs attention.</source>
        <translation>Obsługa zależy od wartości klienta: każdy klient otrzymuje pierwszy (według pozycji) poziom, którego regułę spełnia wynik ostatniej analizy. Klienci danego poziomu, z którymi nie było kontaktu dłużej niż określa jego okres, pojawiają się na liście „Wymagają uwagi”.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <source>Contact every</source>
        <translation>Kontakt co</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Entitles to</source>
        <translation>Uprawnia do</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Dodaj…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Add &amp;suggested levels</source>
        <translation>Dodaj &amp;sugerowane poziomy</translation>
    </message>
    <message>
        <source>Win-back, key, regular and occasional, after the seeds: special rewards for the best customers, incentives for regular ones, special offers for those who recently left</source>
        <translation>Poziomy dla odzyskiwanych, kluczowych, stałych i okazjonalnych klientów – według literatury: specjalne nagrody dla najlepszych klientów, zachęty dla stałych, specjalne oferty dla tych, którzy niedawno odeszli</translation>
    </message>
    <message>
        <source>The levels changed. Run the analysis now so that customers take their levels?</source>
        <translation>Poziomy zostały zmienione. Czy uruchomić teraz analizę, aby klienci otrzymali swoje poziomy?</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>Add service level %1</source>
        <translation>Dodanie poziomu obsługi %1</translation>
    </message>
    <message>
        <source>Change service level %1</source>
        <translation>Zmiana poziomu obsługi %1</translation>
    </message>
    <message>
        <source>Remove service level</source>
        <translation>Usuń poziom obsługi</translation>
    </message>
    <message>
        <source>Remove the level %1? Its customers have no level until the next analysis run; their history keeps it.</source>
        <translation>Usunąć poziom %1? Jego klienci nie będą mieli poziomu do następnej analizy; w ich historii poziom pozostanie.</translation>
    </message>
    <message>
        <source>Remove service level %1</source>
        <translation>Usunięcie poziomu obsługi %1</translation>
    </message>
    <message>
        <source>Add the suggested service levels</source>
        <translation>Dodanie sugerowanych poziomów obsługi</translation>
    </message>
</context>
<context>
    <name>rapport::ui::TaskDialog</name>
    <message>
        <source>New task</source>
        <translation>Nowe zadanie</translation>
    </message>
    <message>
        <source>e.g. Call back before the contract ends</source>
        <translation>np. Oddzwonić przed końcem umowy</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Zadanie:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Termin:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Odpowiedzialny:</translation>
    </message>
    <message>
        <source>Please correct:</source>
        <translation>Popraw:</translation>
    </message>
</context>
<context>
    <name>rapport::ui::TaskIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Stop the background work; nothing half-done is kept</source>
        <translation>Zatrzymaj pracę w tle; nic niedokończonego nie zostanie zachowane</translation>
    </message>
</context>
<context>
    <name>rapport::ui::TaskList</name>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Odpowiedzialny</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Zaległe</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Na dziś</translation>
    </message>
    <message>
        <source>Due in the next two weeks</source>
        <translation>W ciągu najbliższych dwóch tygodni</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>overdue, due today</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln zaległe</numerusform>
            <numerusform>%Ln zaległe</numerusform>
            <numerusform>%Ln zaległych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due today</source>
        <translation>
            <numerusform>%Ln na dziś</numerusform>
            <numerusform>%Ln na dziś</numerusform>
            <numerusform>%Ln na dziś</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown, oldest first, up to %1: %2</source>
        <translation>
            <numerusform>Pokazano %Ln, od najstarszych, z terminem do %1: %2</numerusform>
            <numerusform>Pokazano %Ln, od najstarszych, z terminem do %1: %2</numerusform>
            <numerusform>Pokazano %Ln, od najstarszych, z terminem do %1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::TasksTab</name>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Odpowiedzialny</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wykonane</translation>
    </message>
    <message>
        <source>&amp;Add task…</source>
        <translation>&amp;Dodaj zadanie…</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Wykonane</translation>
    </message>
    <message>
        <source>done</source>
        <translation>wykonane</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>zaległe</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>&amp;Otwórz ponownie</translation>
    </message>
    <message>
        <source>Add task %1</source>
        <translation>Dodanie zadania %1</translation>
    </message>
    <message>
        <source>Task done: %1</source>
        <translation>Wykonanie zadania: %1</translation>
    </message>
    <message>
        <source>Task open again: %1</source>
        <translation>Ponowne otwarcie zadania: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::UndoText</name>
    <message>
        <source>“%1” could not be done again: %2</source>
        <translation>Nie można ponowić operacji „%1”: %2</translation>
    </message>
    <message>
        <source>“%1” was not undone: %2</source>
        <translation>Nie cofnięto operacji „%1”: %2</translation>
    </message>
    <message>
        <source>Someone else saved a change to the same record while you were editing it.</source>
        <translation>Ktoś inny zapisał zmianę tego samego rekordu w trakcie edycji.</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>&amp;Zachowaj ich wersję</translation>
    </message>
    <message>
        <source>&amp;Save mine over theirs</source>
        <translation>&amp;Nadpisz ich wersję moją</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Niczego nie zmieniono: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::WinBackList</name>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Value at stake</source>
        <translation>Zagrożona wartość</translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation>Odzyskiwanie</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Przyczyna</translation>
    </message>
    <message>
        <source>Win-back attempts, and how the win-back ended</source>
        <translation>Próby odzyskania i wynik odzyskiwania</translation>
    </message>
    <message>
        <source>The margin the customer brought per year while buying</source>
        <translation>Marża, jaką klient przynosił rocznie, gdy kupował</translation>
    </message>
    <message>
        <source>Suspected: complaint of %1 left unanswered</source>
        <translation>Przypuszczalnie: reklamacja z dnia %1 bez odpowiedzi</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>person (role)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Suspected: %1 left on %2, no contact after</source>
        <translation>Przypuszczalnie: odejście osoby %1 w dniu %2, potem brak kontaktu</translation>
    </message>
    <message>
        <source>Suspected: no contact after the last purchase</source>
        <translation>Przypuszczalnie: brak kontaktu po ostatnim zakupie</translation>
    </message>
    <message>
        <source>Not known: purchases stopped on %1</source>
        <translation>Przyczyna nieznana: brak zakupów od %1</translation>
    </message>
    <message>
        <source>lapsed, complaint unanswered</source>
        <translation>uśpiony, reklamacja bez odpowiedzi</translation>
    </message>
    <message>
        <source>lapsed, key person left</source>
        <translation>uśpiony, odejście kluczowej osoby</translation>
    </message>
    <message>
        <source>lapsed, no contact</source>
        <translation>uśpiony, brak kontaktu</translation>
    </message>
    <message>
        <source>lapsed, reason not known</source>
        <translation>uśpiony, przyczyna nieznana</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Od %1</translation>
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
        <translation>Wyszukiwanie utraconych i uśpionych klientów…</translation>
    </message>
    <message>
        <source>The list could not be made: %1</source>
        <translation>Nie udało się utworzyć listy: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nobody lost or lapsed in the last %Ln day(s).</source>
        <translation>
            <numerusform>Brak utraconych i uśpionych klientów w ciągu ostatniego dnia.</numerusform>
            <numerusform>Brak utraconych i uśpionych klientów w ciągu ostatnich %Ln dni.</numerusform>
            <numerusform>Brak utraconych i uśpionych klientów w ciągu ostatnich %Ln dni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln lost or lapsed in the last %2 days shown, the most valuable first.</source>
        <translation>
            <numerusform>Pokazano %L1 z %Ln utraconego lub uśpionego klienta w ciągu ostatnich %2 dni, od najcenniejszych.</numerusform>
            <numerusform>Pokazano %L1 z %Ln utraconych lub uśpionych klientów w ciągu ostatnich %2 dni, od najcenniejszych.</numerusform>
            <numerusform>Pokazano %L1 z %Ln utraconych lub uśpionych klientów w ciągu ostatnich %2 dni, od najcenniejszych.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 won back of the win-backs that ended (%L2 of %L3); by reason in the tooltip.</source>
        <translation>Odzyskano %1 klientów spośród zakończonych prób odzyskania (%L2 z %L3); według przyczyn – w podpowiedzi.</translation>
    </message>
    <message>
        <source>No win-back has ended yet: no rate.</source>
        <translation>Żadne odzyskiwanie jeszcze się nie zakończyło: brak wskaźnika.</translation>
    </message>
    <message>
        <source>the seed&apos;s benchmark: winning back costs %L1-%L2 times more than keeping</source>
        <translation>wzorzec z literatury: odzyskanie klienta kosztuje %L1–%L2 razy więcej niż jego utrzymanie</translation>
    </message>
    <message>
        <source>Winning back costs %L1 times keeping here; %2.</source>
        <translation>W tej bazie odzyskanie klienta kosztuje %L1 razy tyle, ile jego utrzymanie; %2.</translation>
    </message>
    <message>
        <source>The cost is not known: launch a win-back campaign with a cost per contact; %1.</source>
        <translation>Koszt nie jest znany: uruchom kampanię odzyskiwania klientów z kosztem jednego kontaktu; %1.</translation>
    </message>
    <message>
        <source>The cost of keeping is not known: launch a campaign with a cost per contact; %1.</source>
        <translation>Koszt utrzymania nie jest znany: uruchom kampanię z kosztem jednego kontaktu; %1.</translation>
    </message>
    <message>
        <source>Nobody won back yet, so no cost per customer won back; %1.</source>
        <translation>Nikogo jeszcze nie odzyskano, więc brak kosztu na odzyskanego klienta; %1.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>Odzyskany</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Niepowodzenie</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>W toku</translation>
    </message>
    <message>
        <source>Win-back rate</source>
        <translation>Wskaźnik odzyskania</translation>
    </message>
    <message>
        <source>Cost per won back</source>
        <translation>Koszt na odzyskanego</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Ogółem</translation>
    </message>
</context>
</TS>
