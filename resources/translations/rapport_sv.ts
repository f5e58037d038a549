<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AnalysisWords</name>
    <message>
        <source>Ranked by revenue, not profit: no purchase analysed carries a margin, so profit (margin minus relationship costs) cannot rank customers. Record margins to rank by profit.</source>
        <translation>Rangordnat efter intäkter, inte vinst: inget analyserat köp har en marginal, så vinsten (marginal minus relationskostnader) kan inte rangordna kunderna. Registrera marginaler för att rangordna efter vinst.</translation>
    </message>
    <message>
        <source>Ranked by profit although no purchase analysed carries a margin: every customer&apos;s profit is only minus their relationship costs.</source>
        <translation>Rangordnat efter vinst trots att inget analyserat köp har en marginal: varje kunds vinst är bara kundens relationskostnader med negativt tecken.</translation>
    </message>
    <message>
        <source>Ranked by profit: margin minus relationship costs.</source>
        <translation>Rangordnat efter vinst: marginal minus relationskostnader.</translation>
    </message>
    <message>
        <source>Ranked by revenue.</source>
        <translation>Rangordnat efter intäkter.</translation>
    </message>
    <message>
        <source>Ranked by historical value.</source>
        <translation>Rangordnat efter historiskt värde.</translation>
    </message>
    <message>
        <source>Ranked by predicted value.</source>
        <translation>Rangordnat efter prognostiserat värde.</translation>
    </message>
    <message>
        <source>No purchase analysed carries a margin, so profit figures are missing.</source>
        <translation>Inget analyserat köp har en marginal, så vinstsiffror saknas.</translation>
    </message>
    <message>
        <source>The %1 fit did not converge (%2): there are no P(alive) or predicted values.</source>
        <translation>Anpassningen av %1 konvergerade inte (%2): det finns inga värden för P(aktiv) eller prognostiserat värde.</translation>
    </message>
    <message>
        <source>The Gamma-Gamma fit did not converge (%1): each repeat buyer&apos;s own average spend per purchase stands in for the predicted spend, and the repeat buyers&apos; average for one-time buyers; P(alive) and expected purchases do not depend on it.</source>
        <translation>Gamma-Gamma-anpassningen konvergerade inte (%1): varje återkommande köpares egen genomsnittliga utgift per köp ersätter den prognostiserade utgiften, och de återkommande köparnas genomsnitt används för engångsköpare; P(aktiv) och förväntade köp påverkas inte av detta.</translation>
    </message>
    <message>
        <source>%1 %2 = %3 +/- %4: the standard error exceeds the estimate.</source>
        <comment>model, parameter, estimate, standard error</comment>
        <translation>%1 %2 = %3 +/- %4: standardfelet överstiger skattningen.</translation>
    </message>
    <message>
        <source>%1 %2 = %3 has no standard error: the data do not pin it down.</source>
        <comment>model, parameter, estimate</comment>
        <translation>%1 %2 = %3 saknar standardfel: data räcker inte för att bestämma den.</translation>
    </message>
    <message>
        <source>%1 %2 = %3 sits on the optimiser&apos;s bound: the data push it without limit.</source>
        <comment>model, parameter, estimate</comment>
        <translation>%1 %2 = %3 ligger på optimerarens gräns: data driver den utan begränsning.</translation>
    </message>
    <message>
        <source>P(alive) is uninformative: it is at least %1 for every customer, so the at-risk rule (P(alive) below %2) never fires; only the rule by purchase intervals marks customers at risk.</source>
        <translation>P(aktiv) säger ingenting: den är minst %1 för varje kund, så riskregeln (P(aktiv) under %2) slår aldrig till; bara regeln för köpintervall markerar kunder som i riskzonen.</translation>
    </message>
    <message>
        <source>P(alive), expected purchases and predicted values rest on parameters the data do not pin down: read them as rough guides.</source>
        <translation>P(aktiv), förväntade köp och prognostiserade värden vilar på parametrar som data inte kan bestämma: läs dem som grova riktlinjer.</translation>
    </message>
    <message>
        <source>Expected spend per purchase, and so every predicted value, is uncertain.</source>
        <translation>Förväntad utgift per köp, och därmed varje prognostiserat värde, är osäker.</translation>
    </message>
    <message>
        <source>recorded as lost, with a reason, by a person (churn record) and not won back since</source>
        <translation>registrerad som förlorad, med en orsak, av en person (post om kundavgång) och inte återvunnen sedan dess</translation>
    </message>
    <message numerus="yes">
        <source>no purchase for more than %1 times the customer&apos;s usual interval between purchases (at least %Ln day(s)), and not recorded as lost</source>
        <translation>
            <numerusform>inget köp på mer än %1 gånger kundens vanliga intervall mellan köp (minst %Ln dag), och inte registrerad som förlorad</numerusform>
            <numerusform>inget köp på mer än %1 gånger kundens vanliga intervall mellan köp (minst %Ln dagar), och inte registrerad som förlorad</numerusform>
        </translation>
    </message>
    <message>
        <source>recorded as lost on %1: %2</source>
        <comment>date, churn reason</comment>
        <translation>registrerad som förlorad den %1: %2</translation>
    </message>
    <message>
        <source>recorded as lost: %1</source>
        <comment>churn reason</comment>
        <translation>registrerad som förlorad: %1</translation>
    </message>
    <message numerus="yes">
        <source>no purchase for %Ln day(s), over %1 (the usual interval x %2)</source>
        <translation>
            <numerusform>inget köp på %Ln dag, mer än %1 (det vanliga intervallet x %2)</numerusform>
            <numerusform>inget köp på %Ln dagar, mer än %1 (det vanliga intervallet x %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>P(alive) %1</source>
        <translation>P(aktiv) %1</translation>
    </message>
    <message numerus="yes">
        <source>no purchase for %Ln day(s), more than %1 times the usual interval</source>
        <translation>
            <numerusform>inget köp på %Ln dag, mer än %1 gånger det vanliga intervallet</numerusform>
            <numerusform>inget köp på %Ln dagar, mer än %1 gånger det vanliga intervallet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignReport</name>
    <message>
        <source>Campaign</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Kampanj</translation>
    </message>
    <message>
        <source>Goal</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Offer</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Erbjudande</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an offer&apos;s kind: its text</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Channel</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Target list</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Mållista</translation>
    </message>
    <message>
        <source>Launched</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Lanserad</translation>
    </message>
    <message>
        <source>Response window</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Responsperiod</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) after the launch day, to %1</source>
        <translation>
            <numerusform>%Ln dag efter lanseringsdagen, till %1</numerusform>
            <numerusform>%Ln dagar efter lanseringsdagen, till %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Measured</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Mätning</translation>
    </message>
    <message>
        <source>purchases from %1 to %2; the window is still open</source>
        <translation>köp från %1 till %2; responsperioden pågår fortfarande</translation>
    </message>
    <message>
        <source>purchases from %1 to %2</source>
        <translation>köp från %1 till %2</translation>
    </message>
    <message>
        <source>Control group</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Kontrollgrupp</translation>
    </message>
    <message>
        <source>%1 of the target list, held back at random</source>
        <translation>%1 av mållistan, slumpmässigt utvalda och hållna utanför</translation>
    </message>
    <message>
        <source>Drawn within</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Dragen inom</translation>
    </message>
    <message>
        <source>Seed</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Slumpfrö</translation>
    </message>
    <message>
        <source>Cost per contact</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Kostnad per kontakt</translation>
    </message>
    <message>
        <source>Created by</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Skapad av</translation>
    </message>
    <message>
        <source>Groups</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Grupper</translation>
    </message>
    <message>
        <source>What each group did in the window</source>
        <translation>Vad varje grupp gjorde under responsperioden</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Svarade</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Responsgrad</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Köp</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Intäkter</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marginal</translation>
    </message>
    <message>
        <source>Revenue per customer</source>
        <translation>Intäkter per kund</translation>
    </message>
    <message>
        <source>Margin per customer</source>
        <translation>Marginal per kund</translation>
    </message>
    <message>
        <source>Treated</source>
        <comment>the group that got the offer</comment>
        <translation>Testgrupp</translation>
    </message>
    <message>
        <source>Control</source>
        <comment>the group held back</comment>
        <translation>Kontrollgrupp</translation>
    </message>
    <message>
        <source>Response lift</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Responsökning</translation>
    </message>
    <message>
        <source>Response rate, treated against control (95 % interval)</source>
        <translation>Responsgrad, testgrupp mot kontrollgrupp (95 % intervall)</translation>
    </message>
    <message>
        <source>Treated</source>
        <translation>Testgrupp</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrollgrupp</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Ökning</translation>
    </message>
    <message>
        <source>Interval from</source>
        <translation>Intervall från</translation>
    </message>
    <message>
        <source>Interval to</source>
        <translation>Intervall till</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Slutsats</translation>
    </message>
    <message>
        <source>Revenue and margin</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Intäkter och marginal</translation>
    </message>
    <message>
        <source>Revenue and margin the offer added (95 % intervals)</source>
        <translation>Intäkter och marginal som erbjudandet tillförde (95 % intervall)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mått</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Skattning</translation>
    </message>
    <message>
        <source>Revenue lift per customer</source>
        <translation>Intäktsökning per kund</translation>
    </message>
    <message>
        <source>Margin lift per customer</source>
        <translation>Marginalökning per kund</translation>
    </message>
    <message>
        <source>Incremental revenue</source>
        <translation>Tillkommande intäkter</translation>
    </message>
    <message>
        <source>Incremental margin</source>
        <translation>Tillkommande marginal</translation>
    </message>
    <message>
        <source>Cost of the contacts</source>
        <translation>Kostnad för kontakterna</translation>
    </message>
    <message>
        <source>Margin after the cost</source>
        <translation>Marginal efter kostnaden</translation>
    </message>
    <message>
        <source>The two groups</source>
        <translation>De två grupperna</translation>
    </message>
    <message>
        <source>At the launch the target list was split at random: %1 customers got the offer (treated) and %2 were held back as the control group, who got nothing.</source>
        <translation>Vid lanseringen delades mållistan slumpmässigt: %1 kunder fick erbjudandet (testgrupp) och %2 hölls utanför som kontrollgrupp och fick ingenting.</translation>
    </message>
    <message>
        <source>The response window opens on %1: nothing is measured yet.</source>
        <translation>Responsperioden börjar %1: ingenting är mätt ännu.</translation>
    </message>
    <message>
        <source>A customer responded who bought at least once from %1 to %2. The window is still open until %3: later purchases may change the figures.</source>
        <translation>En kund räknas som att ha svarat om kunden köpte minst en gång från %1 till %2. Responsperioden pågår till %3: senare köp kan ändra siffrorna.</translation>
    </message>
    <message>
        <source>A customer responded who bought at least once from %1 to %2.</source>
        <translation>En kund räknas som att ha svarat om kunden köpte minst en gång från %1 till %2.</translation>
    </message>
    <message>
        <source>What the campaign changed</source>
        <translation>Vad kampanjen förändrade</translation>
    </message>
    <message>
        <source>Too few customers in a group to measure: each group needs at least two.</source>
        <translation>För få kunder i en grupp för att mäta: varje grupp behöver minst två.</translation>
    </message>
    <message>
        <source>Response: %1. Revenue: %2. After its cost: %3.</source>
        <translation>Respons: %1. Intäkter: %2. Efter kostnaden: %3.</translation>
    </message>
    <message>
        <source>With %1 confidence the offer changed the response rate by %2 to %3 percentage points, and the margin, after the contacts&apos; cost of %4, by %5 to %6.</source>
        <translation>Med %1 säkerhet ändrade erbjudandet responsgraden med %2 till %3 procentenheter, och marginalen, efter kontakternas kostnad på %4, med %5 till %6.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <source>The control group was drawn at random with the campaign&apos;s recorded seed, the same share within each stratum, so the two groups differ only by chance and by the offer; the same target list and seed give the same groups.</source>
        <translation>Kontrollgruppen drogs slumpmässigt med kampanjens registrerade slumpfrö, med samma andel inom varje stratum, så att de två grupperna bara skiljer sig åt genom slumpen och erbjudandet; samma mållista och slumpfrö ger samma grupper.</translation>
    </message>
    <message>
        <source>The response lift&apos;s interval is Newcombe&apos;s hybrid score interval for a difference of two proportions (Newcombe 1998, method 10, from Wilson&apos;s score limits). The revenue and margin lifts per customer have Welch&apos;s t interval for a difference of means with unequal variances (Welch-Satterthwaite degrees of freedom): spend is skewed, most customers buy nothing in a window and a few a lot, and for groups of hundreds the mean is close to normal.</source>
        <translation>Responsökningens intervall är Newcombes hybrida score-intervall för skillnaden mellan två andelar (Newcombe 1998, metod 10, utifrån Wilsons score-gränser). Intäkts- och marginalökningarna per kund har Welchs t-intervall för skillnaden mellan två medelvärden med olika varianser (frihetsgrader enligt Welch-Satterthwaite): utgifterna är skeva, de flesta kunder köper ingenting under en period och några köper mycket, och för grupper på hundratals kunder är medelvärdet nära normalfördelat.</translation>
    </message>
    <message>
        <source>The incremental revenue and margin are the lifts per customer times the treated customers; the margin after the cost subtracts the cost per contact times the treated customers. A verdict says &quot;no measurable effect&quot; whenever the interval spans zero, however large the estimate.</source>
        <translation>De tillkommande intäkterna och marginalen är ökningarna per kund gånger antalet kunder i testgruppen; marginalen efter kostnaden drar av kostnaden per kontakt gånger antalet kunder i testgruppen. En slutsats säger ”ingen mätbar effekt” så snart intervallet omfattar noll, hur stor skattningen än är.</translation>
    </message>
    <message>
        <source>too few customers in a group to measure</source>
        <translation>för få kunder i en grupp för att mäta</translation>
    </message>
    <message>
        <source>no measurable effect (the interval spans zero)</source>
        <translation>ingen mätbar effekt (intervallet omfattar noll)</translation>
    </message>
    <message>
        <source>a measurable rise</source>
        <translation>en mätbar ökning</translation>
    </message>
    <message>
        <source>a measurable fall</source>
        <translation>en mätbar minskning</translation>
    </message>
    <message>
        <source>Campaign report: %1</source>
        <translation>Kampanjrapport: %1</translation>
    </message>
</context>
<context>
    <name>ChurnReport</name>
    <message>
        <source>Where buyers stand</source>
        <translation>Läget bland köparna</translation>
    </message>
    <message numerus="yes">
        <source>In the last year %1 of the %Ln buyer(s) of a year ago were lost: a churn rate of %2, worth %3 a year in revenue.</source>
        <translation>
            <numerusform>Av %Ln köpare för ett år sedan förlorades %1 under det senaste året: en kundavgång på %2, motsvarande %3 per år i intäkter.</numerusform>
            <numerusform>Av %Ln köpare för ett år sedan förlorades %1 under det senaste året: en kundavgång på %2, motsvarande %3 per år i intäkter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The usual interval between purchases is %Ln day(s) (median).</source>
        <translation>
            <numerusform>Det vanliga intervallet mellan köp är %Ln dag (median).</numerusform>
            <numerusform>Det vanliga intervallet mellan köp är %Ln dagar (median).</numerusform>
        </translation>
    </message>
    <message>
        <source>Winning back a lost customer costs 50-100 times more than keeping one (the seed).</source>
        <translation>Att återvinna en förlorad kund kostar 50-100 gånger mer än att behålla en befintlig (källan).</translation>
    </message>
    <message numerus="yes">
        <source>Beside them, %Ln buyer(s) of a year ago lapsed in the last year (%1, worth %2 a year in revenue).</source>
        <translation>
            <numerusform>Utöver dessa blev %Ln av köparna för ett år sedan vilande under det senaste året (%1, motsvarande %2 per år i intäkter).</numerusform>
            <numerusform>Utöver dessa blev %Ln av köparna för ett år sedan vilande under det senaste året (%1, motsvarande %2 per år i intäkter).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody recorded them as lost, but the purchases show they left.</source>
        <translation>Ingen registrerade dem som förlorade, men köpen visar att de har lämnat.</translation>
    </message>
    <message numerus="yes">
        <source>The purchases cover less than a year, so there are no yearly rates; %Ln customer(s) are lapsed now (see the table below), none of them recorded as lost.</source>
        <translation>
            <numerusform>Köpen täcker mindre än ett år, så det finns inga årstakter; %Ln kund är vilande nu (se tabellen nedan) och är inte registrerad som förlorad.</numerusform>
            <numerusform>Köpen täcker mindre än ett år, så det finns inga årstakter; %Ln kunder är vilande nu (se tabellen nedan), ingen av dem registrerad som förlorad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The purchases cover less than a year, so there are no yearly rates; %Ln customer(s) are lapsed now (see the table below).</source>
        <translation>
            <numerusform>Köpen täcker mindre än ett år, så det finns inga årstakter; %Ln kund är vilande nu (se tabellen nedan).</numerusform>
            <numerusform>Köpen täcker mindre än ett år, så det finns inga årstakter; %Ln kunder är vilande nu (se tabellen nedan).</numerusform>
        </translation>
    </message>
    <message>
        <source>Lost: %1. Lapsed: %2.</source>
        <comment>the two definitions</comment>
        <translation>Förlorad: %1. Vilande: %2.</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Buyers by status</source>
        <translation>Köpare efter status</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>customers</source>
        <comment>a chart&apos;s legend</comment>
        <translation>kunder</translation>
    </message>
    <message>
        <source>Reasons customers left</source>
        <translation>Varför kunderna lämnade</translation>
    </message>
    <message>
        <source>From the churn records; the seed&apos;s shares are the benchmark. Lack of attention and interest from the maker and the trade is the most common reason there (65-70 %): most unhappy customers simply switch without complaining.</source>
        <translation>Från posterna om kundavgång; källans andelar är riktvärden. Enligt källan är bristande uppmärksamhet och intresse från tillverkaren och handeln den vanligaste orsaken (65-70 %): de flesta missnöjda kunder byter helt enkelt leverantör utan att klaga.</translation>
    </message>
    <message>
        <source>Reasons</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Orsaker</translation>
    </message>
    <message>
        <source>Reasons recorded, beside the seed&apos;s benchmark</source>
        <translation>Registrerade orsaker, bredvid källans riktvärden</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Seed&apos;s benchmark</source>
        <translation>Källans riktvärde</translation>
    </message>
    <message>
        <source>Yearly revenue lost</source>
        <translation>Förlorade årliga intäkter</translation>
    </message>
    <message>
        <source>Share of lost customers per reason</source>
        <translation>Andel av förlorade kunder per orsak</translation>
    </message>
    <message>
        <source>your customers</source>
        <comment>a chart&apos;s legend</comment>
        <translation>dina kunder</translation>
    </message>
    <message>
        <source>seed&apos;s benchmark (midpoint)</source>
        <comment>a chart&apos;s legend</comment>
        <translation>källans riktvärde (mittpunkt)</translation>
    </message>
    <message>
        <source>Lost, lapsed and at-risk customers</source>
        <translation>Förlorade och vilande kunder samt kunder i riskzonen</translation>
    </message>
    <message>
        <source>Highest value at stake first: find the reason at once and act (the seed).</source>
        <translation>Högst värde som står på spel först: ta genast reda på orsaken och agera (källan).</translation>
    </message>
    <message>
        <source>Customers</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Customers who are not active</source>
        <translation>Kunder som inte är aktiva</translation>
    </message>
    <message>
        <source>Id</source>
        <comment>a customer&apos;s number</comment>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation>Dagar sedan senaste köp</translation>
    </message>
    <message>
        <source>Usual interval (days)</source>
        <translation>Vanligt intervall (dagar)</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(aktiv)</translation>
    </message>
    <message>
        <source>Value at stake</source>
        <translation>Värde som står på spel</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Churn report</source>
        <translation>Kundavgångsrapport</translation>
    </message>
</context>
<context>
    <name>CustomerProfileReport</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <comment>acquired on a date through a channel</comment>
        <translation>%1 via %2</translation>
    </message>
    <message>
        <source>via %1</source>
        <comment>acquired through a channel</comment>
        <translation>via %1</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Vem kunden är</translation>
    </message>
    <message>
        <source>Identity</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Identitet</translation>
    </message>
    <message>
        <source>Identity and contact</source>
        <translation>Identitet och kontaktuppgifter</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Juridiskt namn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
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
        <translation>Ansvarig försäljningschef</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Föredragen kanal</translation>
    </message>
    <message>
        <source>Interests and preferences</source>
        <translation>Intressen och preferenser</translation>
    </message>
    <message>
        <source>Income band</source>
        <translation>Inkomstnivå</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hushåll</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <comment>the size of a household</comment>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln personer</numerusform>
        </translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>Vunnen</translation>
    </message>
    <message>
        <source>Consent to processing</source>
        <translation>Samtycke till behandling</translation>
    </message>
    <message>
        <source>Consent to marketing</source>
        <translation>Samtycke till marknadsföring</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>Extern referens</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <source>Contact persons (decision makers first)</source>
        <translation>Kontaktpersoner (beslutsfattare först)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Beslutsfattare</translation>
    </message>
    <message>
        <source>From</source>
        <comment>a contact person&apos;s role, since</comment>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <comment>a contact person&apos;s role, until</comment>
        <translation>Till</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln buyer(s) by profit, class %2 (%3)</source>
        <translation>
            <numerusform>%1 av %Ln köpare efter vinst, klass %2 (%3)</numerusform>
            <numerusform>%1 av %Ln köpare efter vinst, klass %2 (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln buyer(s) by revenue, class %2 (%3)</source>
        <translation>
            <numerusform>%1 av %Ln köpare efter intäkter, klass %2 (%3)</numerusform>
            <numerusform>%1 av %Ln köpare efter intäkter, klass %2 (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln buyer(s) by historical value, class %2 (%3)</source>
        <translation>
            <numerusform>%1 av %Ln köpare efter historiskt värde, klass %2 (%3)</numerusform>
            <numerusform>%1 av %Ln köpare efter historiskt värde, klass %2 (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln buyer(s) by predicted value, class %2 (%3)</source>
        <translation>
            <numerusform>%1 av %Ln köpare efter prognostiserat värde, klass %2 (%3)</numerusform>
            <numerusform>%1 av %Ln köpare efter prognostiserat värde, klass %2 (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Where the relationship stands</source>
        <translation>Relationens läge</translation>
    </message>
    <message>
        <source>Standing</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Ladder, groups, churn and rank</source>
        <translation>Relationstrappa, grupper, kundavgång och placering</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mått</translation>
    </message>
    <message>
        <source>Not in the analysis (added after it ran).</source>
        <translation>Ingår inte i analysen (tillagd efter att analysen kördes).</translation>
    </message>
    <message>
        <source>Ladder stage</source>
        <translation>Steg på relationstrappan</translation>
    </message>
    <message>
        <source>%1 (set by hand)</source>
        <comment>a ladder stage</comment>
        <translation>%1 (angivet manuellt)</translation>
    </message>
    <message>
        <source>Four groups, this period</source>
        <translation>Fyra grupper, den här perioden</translation>
    </message>
    <message>
        <source>Churn status</source>
        <translation>Status för kundavgång</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>churn status: why</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(aktiv)</translation>
    </message>
    <message>
        <source>Predicted value</source>
        <translation>Prognostiserat värde</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Placering</translation>
    </message>
    <message>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no purchase yet</comment>
        <translation>inget</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>Första köp</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Senaste köp</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Value of the goods the customer buys, per year of relationship (table 7.3)</source>
        <translation>Värdet av de varor som kunden köper, per år av relationen (tabell 7.3)</translation>
    </message>
    <message>
        <source>Line</source>
        <comment>a line of table 7.3</comment>
        <translation>Rad</translation>
    </message>
    <message>
        <source>This customer</source>
        <translation>Denna kund</translation>
    </message>
    <message>
        <source>Average buyer</source>
        <translation>Genomsnittlig köpare</translation>
    </message>
    <message>
        <source>1 Average single sale</source>
        <comment>a line of table 7.3</comment>
        <translation>1 Genomsnittlig engångsförsäljning</translation>
    </message>
    <message>
        <source>2 Purchases per year</source>
        <comment>a line of table 7.3</comment>
        <translation>2 Inköpsfrekvens under året</translation>
    </message>
    <message>
        <source>3 Sales per year</source>
        <comment>a line of table 7.3</comment>
        <translation>3 Total försäljning per år</translation>
    </message>
    <message>
        <source>4 Profit from sales</source>
        <comment>a line of table 7.3</comment>
        <translation>4 Vinst från försäljning</translation>
    </message>
    <message>
        <source>5 Costs of the partnership</source>
        <comment>a line of table 7.3</comment>
        <translation>5 Kostnader för att organisera partnerskap</translation>
    </message>
    <message>
        <source>6 Profitability</source>
        <comment>a line of table 7.3</comment>
        <translation>6 Lönsamhet</translation>
    </message>
    <message>
        <source>Lifetime value (discounted)</source>
        <comment>a line of table 7.3</comment>
        <translation>Livstidsvärde (diskonterat)</translation>
    </message>
    <message>
        <source>Years</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>År</translation>
    </message>
    <message>
        <source>Purchases over the years</source>
        <translation>Köp över åren</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Köp</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Intäkter</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marginal</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kostnader</translation>
    </message>
    <message>
        <source>Profitability</source>
        <translation>Lönsamhet</translation>
    </message>
    <message>
        <source>Revenue and profitability per year</source>
        <translation>Intäkter och lönsamhet per år</translation>
    </message>
    <message>
        <source>revenue</source>
        <comment>a chart&apos;s legend</comment>
        <translation>intäkter</translation>
    </message>
    <message>
        <source>profitability</source>
        <comment>a chart&apos;s legend</comment>
        <translation>lönsamhet</translation>
    </message>
    <message>
        <source>No purchases yet.</source>
        <translation>Inga köp ännu.</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episoder</translation>
    </message>
    <message>
        <source>Critical episodes: %1.</source>
        <translation>Kritiska episoder: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Mean satisfaction %1 over %Ln rating(s) (-2 to +2).</source>
        <translation>
            <numerusform>Genomsnittlig nöjdhet %1 utifrån %Ln bedömning (-2 till +2).</numerusform>
            <numerusform>Genomsnittlig nöjdhet %1 utifrån %Ln bedömningar (-2 till +2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Complaints: %1, answered %2.</source>
        <translation>Klagomål: %1, besvarade %2.</translation>
    </message>
    <message>
        <source>Episode kinds</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Episodtyper</translation>
    </message>
    <message>
        <source>Episodes by kind</source>
        <translation>Episoder efter typ</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>of episode</comment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Latest episodes</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Senaste episoder</translation>
    </message>
    <message numerus="yes">
        <source>The latest %Ln episode(s)</source>
        <translation>
            <numerusform>Den senaste episoden</numerusform>
            <numerusform>De senaste %Ln episoderna</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Nöjdhet</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisk</translation>
    </message>
    <message>
        <source>Customer profile: %1</source>
        <translation>Kundprofil: %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Kund</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <comment>a customer&apos;s number and name</comment>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>As of</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Per datum</translation>
    </message>
    <message>
        <source>%1 (the analysis&apos; observation end)</source>
        <translation>%1 (slutet av analysens observationsperiod)</translation>
    </message>
    <message>
        <source>Period</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Period</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a period&apos;s first and last day</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>section heading: what the customer is worth</comment>
        <translation>Värde</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>Supplier</source>
        <comment>partner direction</comment>
        <translation>Leverantör</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <comment>partner direction</comment>
        <translation>Tillverkare</translation>
    </message>
    <message>
        <source>Intermediary</source>
        <comment>partner direction</comment>
        <translation>Mellanhand</translation>
    </message>
    <message>
        <source>Distributor</source>
        <comment>partner direction</comment>
        <translation>Distributör</translation>
    </message>
    <message>
        <source>Retailer</source>
        <comment>partner direction</comment>
        <translation>Återförsäljare</translation>
    </message>
    <message>
        <source>Competitor</source>
        <comment>partner direction</comment>
        <translation>Konkurrent</translation>
    </message>
    <message>
        <source>Complementary business</source>
        <comment>partner direction</comment>
        <translation>Kompletterande aktör</translation>
    </message>
    <message>
        <source>Shareholder</source>
        <comment>partner direction</comment>
        <translation>Aktieägare</translation>
    </message>
    <message>
        <source>Employee</source>
        <comment>partner direction</comment>
        <translation>Anställd</translation>
    </message>
    <message>
        <source>Public body</source>
        <comment>partner direction</comment>
        <translation>Offentligt organ</translation>
    </message>
    <message>
        <source>Pressure group</source>
        <comment>partner direction</comment>
        <translation>Påtryckningsgrupp</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>partner direction</comment>
        <translation>Övrigt</translation>
    </message>
    <message>
        <source>Alliance</source>
        <comment>partnership form</comment>
        <translation>Allians</translation>
    </message>
    <message>
        <source>Joint venture</source>
        <comment>partnership form</comment>
        <translation>Joint venture</translation>
    </message>
    <message>
        <source>Co-branding</source>
        <comment>partnership form</comment>
        <translation>Co-branding</translation>
    </message>
    <message>
        <source>Joint R&amp;D</source>
        <comment>partnership form</comment>
        <translation>Gemensam F&amp;U</translation>
    </message>
    <message>
        <source>Cross-licensing</source>
        <comment>partnership form</comment>
        <translation>Korslicensiering</translation>
    </message>
    <message>
        <source>Joint marketing</source>
        <comment>partnership form</comment>
        <translation>Gemensam marknadsföring</translation>
    </message>
    <message>
        <source>Supply contract</source>
        <comment>partnership form</comment>
        <translation>Leveransavtal</translation>
    </message>
    <message>
        <source>Distribution agreement</source>
        <comment>partnership form</comment>
        <translation>Distributionsavtal</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>partnership form</comment>
        <translation>Övrigt</translation>
    </message>
    <message>
        <source>Formation</source>
        <comment>partnership lifecycle stage</comment>
        <translation>Bildning</translation>
    </message>
    <message>
        <source>Experimentation</source>
        <comment>partnership lifecycle stage</comment>
        <translation>Experimenterande</translation>
    </message>
    <message>
        <source>Identification</source>
        <comment>partnership lifecycle stage</comment>
        <translation>Identifikation</translation>
    </message>
    <message>
        <source>Renewal</source>
        <comment>partnership lifecycle stage</comment>
        <translation>Förnyelse</translation>
    </message>
    <message>
        <source>Rupture</source>
        <comment>partnership lifecycle stage</comment>
        <translation>Bristning</translation>
    </message>
    <message>
        <source>Legal</source>
        <comment>partnership bond</comment>
        <translation>Juridiska</translation>
    </message>
    <message>
        <source>Economic</source>
        <comment>partnership bond</comment>
        <translation>Ekonomiska</translation>
    </message>
    <message>
        <source>Technical</source>
        <comment>partnership bond</comment>
        <translation>Tekniska</translation>
    </message>
    <message>
        <source>Geographic</source>
        <comment>partnership bond</comment>
        <translation>Geografiska</translation>
    </message>
    <message>
        <source>Temporal</source>
        <comment>partnership bond</comment>
        <translation>Tidsmässiga</translation>
    </message>
    <message>
        <source>Social</source>
        <comment>partnership bond</comment>
        <translation>Sociala</translation>
    </message>
    <message>
        <source>Cultural</source>
        <comment>partnership bond</comment>
        <translation>Kulturella</translation>
    </message>
    <message>
        <source>Ideological</source>
        <comment>partnership bond</comment>
        <translation>Ideologiska</translation>
    </message>
    <message>
        <source>Cognitive</source>
        <comment>partnership bond</comment>
        <translation>Kognitiva</translation>
    </message>
    <message>
        <source>Psychological</source>
        <comment>partnership bond</comment>
        <translation>Psykologiska</translation>
    </message>
    <message>
        <source>Delivery</source>
        <comment>relationship cost line (table 7.3)</comment>
        <translation>Leverans</translation>
    </message>
    <message>
        <source>Store staff bonus</source>
        <comment>relationship cost line (table 7.3)</comment>
        <translation>Bonus till butikspersonal</translation>
    </message>
    <message>
        <source>Unsold returns</source>
        <comment>relationship cost line (table 7.3)</comment>
        <translation>Retur av osålda varor</translation>
    </message>
    <message>
        <source>Database upkeep</source>
        <comment>relationship cost line (table 7.3)</comment>
        <translation>Databasunderhåll</translation>
    </message>
    <message>
        <source>Sales manager pay</source>
        <comment>relationship cost line (table 7.3)</comment>
        <translation>Lön till försäljningschefer</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>relationship cost line (table 7.3)</comment>
        <translation>Övriga kostnader</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>churn status</comment>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>At risk</source>
        <comment>churn status</comment>
        <translation>I riskzonen</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <comment>churn status</comment>
        <translation>Vilande</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>churn status</comment>
        <translation>Förlorad</translation>
    </message>
    <message>
        <source>None</source>
        <comment>win-back outcome</comment>
        <translation>Inget</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>win-back outcome</comment>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Won back</source>
        <comment>win-back outcome</comment>
        <translation>Återvunnen</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>win-back outcome</comment>
        <translation>Misslyckad</translation>
    </message>
    <message>
        <source>Person</source>
        <comment>kind of customer</comment>
        <translation>Person</translation>
    </message>
    <message>
        <source>Household</source>
        <comment>kind of customer</comment>
        <translation>Hushåll</translation>
    </message>
    <message>
        <source>Organisation</source>
        <comment>kind of customer</comment>
        <translation>Organisation</translation>
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
        <translation>Låg</translation>
    </message>
    <message>
        <source>Lower middle</source>
        <comment>income band</comment>
        <translation>Lägre medel</translation>
    </message>
    <message>
        <source>Middle</source>
        <comment>income band</comment>
        <translation>Medel</translation>
    </message>
    <message>
        <source>Upper middle</source>
        <comment>income band</comment>
        <translation>Övre medel</translation>
    </message>
    <message>
        <source>High</source>
        <comment>income band</comment>
        <translation>Hög</translation>
    </message>
    <message>
        <source>Processing</source>
        <comment>purpose of a consent</comment>
        <translation>Behandling</translation>
    </message>
    <message>
        <source>Marketing</source>
        <comment>purpose of a consent</comment>
        <translation>Marknadsföring</translation>
    </message>
    <message>
        <source>Profiling</source>
        <comment>purpose of a consent</comment>
        <translation>Profilering</translation>
    </message>
    <message>
        <source>Sharing with third parties</source>
        <comment>purpose of a consent</comment>
        <translation>Delning med tredje part</translation>
    </message>
    <message>
        <source>Patronage</source>
        <comment>loyalty assessment component</comment>
        <translation>Patronage (plånboksandel)</translation>
    </message>
    <message>
        <source>Commitment</source>
        <comment>loyalty assessment component</comment>
        <translation>Engagemang</translation>
    </message>
    <message>
        <source>Perceived quality</source>
        <comment>loyalty assessment component</comment>
        <translation>Uppfattad kvalitet</translation>
    </message>
    <message>
        <source>Perceived value</source>
        <comment>loyalty assessment component</comment>
        <translation>Uppfattat värde</translation>
    </message>
    <message>
        <source>Sacrifices</source>
        <comment>loyalty assessment component</comment>
        <translation>Uppoffringar</translation>
    </message>
    <message>
        <source>Alternatives known</source>
        <comment>loyalty assessment component</comment>
        <translation>Kända alternativ</translation>
    </message>
    <message>
        <source>Customer bonds</source>
        <comment>loyalty assessment component</comment>
        <translation>Leverantör–kund-band</translation>
    </message>
    <message>
        <source>Purchase</source>
        <comment>kind of episode</comment>
        <translation>Köp</translation>
    </message>
    <message>
        <source>Return</source>
        <comment>kind of episode</comment>
        <translation>Retur</translation>
    </message>
    <message>
        <source>Complaint</source>
        <comment>kind of episode</comment>
        <translation>Klagomål</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <comment>kind of episode</comment>
        <translation>Förfrågan</translation>
    </message>
    <message>
        <source>Service</source>
        <comment>kind of episode</comment>
        <translation>Service</translation>
    </message>
    <message>
        <source>Offer</source>
        <comment>kind of episode</comment>
        <translation>Erbjudande</translation>
    </message>
    <message>
        <source>Feedback</source>
        <comment>kind of episode</comment>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Referral</source>
        <comment>kind of episode</comment>
        <translation>Rekommendation</translation>
    </message>
    <message>
        <source>Co-creation</source>
        <comment>kind of episode</comment>
        <translation>Samskapande</translation>
    </message>
    <message>
        <source>Meeting</source>
        <comment>kind of episode</comment>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Call</source>
        <comment>kind of episode</comment>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Email</source>
        <comment>kind of episode</comment>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>kind of episode</comment>
        <translation>Övrigt</translation>
    </message>
    <message>
        <source>Prospect</source>
        <comment>relationship ladder stage</comment>
        <translation>Potentiell konsument</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>relationship ladder stage</comment>
        <translation>Konsument</translation>
    </message>
    <message>
        <source>Client</source>
        <comment>relationship ladder stage</comment>
        <translation>Stamkund</translation>
    </message>
    <message>
        <source>Supporter</source>
        <comment>relationship ladder stage</comment>
        <translation>Förespråkare</translation>
    </message>
    <message>
        <source>Advocate</source>
        <comment>relationship ladder stage</comment>
        <translation>Promotor</translation>
    </message>
    <message>
        <source>Partner</source>
        <comment>relationship ladder stage</comment>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Point of sale</source>
        <comment>channel</comment>
        <translation>Försäljningsställe</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>channel</comment>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <comment>channel</comment>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Event</source>
        <comment>channel</comment>
        <translation>Evenemang</translation>
    </message>
    <message>
        <source>Meeting</source>
        <comment>channel</comment>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Web form</source>
        <comment>channel</comment>
        <translation>Webbformulär</translation>
    </message>
    <message>
        <source>Advertising</source>
        <comment>channel</comment>
        <translation>Reklam</translation>
    </message>
    <message>
        <source>Chat</source>
        <comment>channel</comment>
        <translation>Chatt</translation>
    </message>
    <message>
        <source>Social network</source>
        <comment>channel</comment>
        <translation>Sociala nätverk</translation>
    </message>
    <message>
        <source>Mail</source>
        <comment>channel</comment>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>channel</comment>
        <translation>Övrigt</translation>
    </message>
    <message>
        <source>Moved home or work, or the transport route or cost changed</source>
        <comment>churn reason</comment>
        <translation>Flyttat bostad eller arbete, eller ändrad transportväg eller transportkostnad</translation>
    </message>
    <message>
        <source>Lower prices elsewhere</source>
        <comment>churn reason</comment>
        <translation>Lägre priser på annat håll</translation>
    </message>
    <message>
        <source>Inability to work with the firm&apos;s partners</source>
        <comment>churn reason</comment>
        <translation>Oförmåga att arbeta med företagets partner</translation>
    </message>
    <message>
        <source>Lack of attention and interest from the maker and the trade</source>
        <comment>churn reason</comment>
        <translation>Bristande uppmärksamhet och intresse från tillverkaren och handeln</translation>
    </message>
    <message>
        <source>Change of owner</source>
        <comment>churn reason</comment>
        <translation>Byte av ägare</translation>
    </message>
    <message>
        <source>Change of purchasing manager</source>
        <comment>churn reason</comment>
        <translation>Byte av inköpschef</translation>
    </message>
    <message>
        <source>Renovation or temporary closure</source>
        <comment>churn reason</comment>
        <translation>Renovering eller tillfällig stängning</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>churn reason</comment>
        <translation>Annan orsak</translation>
    </message>
    <message>
        <source>Discount</source>
        <comment>campaign offer</comment>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Reward</source>
        <comment>campaign offer</comment>
        <translation>Belöning</translation>
    </message>
    <message>
        <source>Invitation</source>
        <comment>campaign offer</comment>
        <translation>Inbjudan</translation>
    </message>
    <message>
        <source>Win-back offer</source>
        <comment>campaign offer</comment>
        <translation>Återvinningserbjudande</translation>
    </message>
    <message>
        <source>Information</source>
        <comment>campaign offer</comment>
        <translation>Information</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>campaign offer</comment>
        <translation>Övrigt</translation>
    </message>
    <message>
        <source>Whole list</source>
        <comment>control group drawn within</comment>
        <translation>Hela listan</translation>
    </message>
    <message>
        <source>Each of the four groups</source>
        <comment>control group drawn within</comment>
        <translation>Var och en av de fyra grupperna</translation>
    </message>
    <message>
        <source>Each ladder stage</source>
        <comment>control group drawn within</comment>
        <translation>Varje steg på relationstrappan</translation>
    </message>
    <message>
        <source>Each churn status</source>
        <comment>control group drawn within</comment>
        <translation>Varje status för kundavgång</translation>
    </message>
</context>
<context>
    <name>KnowledgeAudit</name>
    <message>
        <source>Do we know the customers who bring the most profit?</source>
        <translation>Känner vi till de kunder som ger mest vinst?</translation>
    </message>
    <message>
        <source>Do we know their income, product mix and real needs?</source>
        <translation>Känner vi till deras inkomster, produktmix och verkliga behov?</translation>
    </message>
    <message>
        <source>Do we know what they will expect next year?</source>
        <translation>Vet vi vad de förväntar sig av oss under nästa år?</translation>
    </message>
    <message>
        <source>Do we know their income sources?</source>
        <translation>Känner vi till deras inkomstkällor?</translation>
    </message>
    <message>
        <source>Do we know who decides on purchases?</source>
        <translation>Vet vi vem som fattar köpbeslutet?</translation>
    </message>
    <message>
        <source>Do we know competitors&apos; strategies towards them?</source>
        <translation>Känner vi till konkurrenternas strategier gentemot dem?</translation>
    </message>
    <message>
        <source>Can we measure the value we create for them?</source>
        <translation>Kan vi mäta värdet vi skapar för dem?</translation>
    </message>
    <message>
        <source>Can we measure their value to us?</source>
        <translation>Kan vi mäta deras värde för oss?</translation>
    </message>
    <message>
        <source>Buyers whose purchases record a margin and whom an analysis run has ranked.</source>
        <translation>Köpare vars köp har en marginal och som har rangordnats av en analyskörning.</translation>
    </message>
    <message>
        <source>Income band or household size (people and households), interests and preferences (tags) and purchases (the product mix).</source>
        <translation>Inkomstnivå eller hushållets storlek (personer och hushåll), intressen och preferenser (taggar) samt köp (produktmixen).</translation>
    </message>
    <message>
        <source>A predicted value stored by the last analysis run.</source>
        <translation>Ett prognostiserat värde som har sparats av den senaste analyskörningen.</translation>
    </message>
    <message>
        <source>People and households: income band and household size; organisations: the segment (line of business) they earn in.</source>
        <translation>Personer och hushåll: inkomstnivå och hushållets storlek; organisationer: det segment (den bransch) där de tjänar sina pengar.</translation>
    </message>
    <message>
        <source>Organisations: an active contact person marked decision maker. People and households decide for themselves.</source>
        <translation>Organisationer: en aktiv kontaktperson markerad som beslutsfattare. Personer och hushåll beslutar själva.</translation>
    </message>
    <message>
        <source>An assessment of the alternatives known to the customer, or a partnership record naming the customer as a competitor.</source>
        <translation>En bedömning av de alternativ som kunden känner till, eller en partnerskapspost som anger kunden som konkurrent.</translation>
    </message>
    <message>
        <source>A satisfaction rating of an episode, or an assessment of perceived value or perceived service quality.</source>
        <translation>En nöjdhetsbedömning av en episod, eller en bedömning av uppfattat värde eller uppfattad kvalitet på servicen.</translation>
    </message>
    <message>
        <source>Buyers whose purchases record a margin and whose relationship costs are entered (table 7.3: profit from sales minus the costs of the partnership).</source>
        <translation>Köpare vars köp har en marginal och vars relationskostnader är inlagda (tabell 7.3: vinst från försäljning minus kostnaderna för att organisera partnerskap).</translation>
    </message>
    <message>
        <source>no purchase records a margin</source>
        <translation>inget köp har en marginal</translation>
    </message>
    <message>
        <source>not scored by an analysis run</source>
        <translation>inte poängsatt av någon analyskörning</translation>
    </message>
    <message>
        <source>neither income band nor household size</source>
        <translation>varken inkomstnivå eller hushållets storlek</translation>
    </message>
    <message>
        <source>no interests or preferences (tags)</source>
        <translation>inga intressen eller preferenser (taggar)</translation>
    </message>
    <message>
        <source>no purchases, so no product mix</source>
        <translation>inga köp, alltså ingen produktmix</translation>
    </message>
    <message>
        <source>no predicted value</source>
        <translation>inget prognostiserat värde</translation>
    </message>
    <message>
        <source>no income band</source>
        <translation>ingen inkomstnivå</translation>
    </message>
    <message>
        <source>no household size</source>
        <translation>ingen uppgift om hushållets storlek</translation>
    </message>
    <message>
        <source>no segment (line of business)</source>
        <translation>inget segment (bransch)</translation>
    </message>
    <message>
        <source>no active contact person</source>
        <translation>ingen aktiv kontaktperson</translation>
    </message>
    <message>
        <source>no contact person marked decision maker</source>
        <translation>ingen kontaktperson markerad som beslutsfattare</translation>
    </message>
    <message>
        <source>no assessment of alternatives known to the customer</source>
        <translation>ingen bedömning av alternativ som kunden känner till</translation>
    </message>
    <message>
        <source>no satisfaction rating or perceived value assessment</source>
        <translation>ingen nöjdhetsbedömning eller bedömning av uppfattat värde</translation>
    </message>
    <message>
        <source>no relationship costs</source>
        <translation>inga relationskostnader</translation>
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
        <translation>De åtta frågorna</translation>
    </message>
    <message>
        <source>The seed&apos;s customer-knowledge audit asks eight questions. Each is answered for a customer when the records that answer it are there; the shares count the customers it concerns, once as heads and once weighted by value (revenue to date plus predicted value), so the knowledge of the most valuable customers weighs most.</source>
        <translation>Källans granskning av kundkunskap ställer åtta frågor. En fråga är besvarad för en kund när de uppgifter som besvarar den finns; andelarna räknar de kunder som frågan gäller, en gång som antal kunder och en gång viktat efter värde (intäkterna hittills plus det prognostiserade värdet), så att kunskapen om de mest värdefulla kunderna väger tyngst.</translation>
    </message>
    <message>
        <source>No analysis run has stored scores yet: the ranking and the predicted values are missing for everyone.</source>
        <translation>Ingen analyskörning har sparat poäng ännu: rangordningen och de prognostiserade värdena saknas för alla kunder.</translation>
    </message>
    <message>
        <source>Share answered per question</source>
        <translation>Andel besvarad per fråga</translation>
    </message>
    <message>
        <source>customers</source>
        <comment>a chart&apos;s legend</comment>
        <translation>kunder</translation>
    </message>
    <message>
        <source>by value</source>
        <comment>a chart&apos;s legend</comment>
        <translation>efter värde</translation>
    </message>
    <message>
        <source>Questions</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Frågor</translation>
    </message>
    <message>
        <source>How far the records answer each question</source>
        <translation>Hur väl uppgifterna besvarar varje fråga</translation>
    </message>
    <message>
        <source>No.</source>
        <comment>a question&apos;s number</comment>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Answered from</source>
        <translation>Besvaras utifrån</translation>
    </message>
    <message>
        <source>Customers concerned</source>
        <translation>Berörda kunder</translation>
    </message>
    <message>
        <source>Customers answered</source>
        <translation>Besvarade kunder</translation>
    </message>
    <message>
        <source>Value answered</source>
        <translation>Besvarat värde</translation>
    </message>
    <message>
        <source>What is missing (customers)</source>
        <translation>Vad som saknas (kunder)</translation>
    </message>
    <message>
        <source>Customers to complete first</source>
        <translation>Kunder att komplettera först</translation>
    </message>
    <message>
        <source>Per question, the most valuable customers it does not answer yet, with what their records lack.</source>
        <translation>Per fråga: de mest värdefulla kunder som frågan ännu inte är besvarad för, och vad som saknas i deras uppgifter.</translation>
    </message>
    <message>
        <source>Complete first</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Komplettera först</translation>
    </message>
    <message>
        <source>The most valuable customers to complete, per question</source>
        <translation>De mest värdefulla kunderna att komplettera, per fråga</translation>
    </message>
    <message>
        <source>Id</source>
        <comment>a customer&apos;s number</comment>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Vad som saknas</translation>
    </message>
    <message>
        <source>Customer-knowledge audit</source>
        <translation>Granskning av kundkunskap</translation>
    </message>
    <message>
        <source>Customers</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Värde</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Rapport will be in %1 the next time it starts.</source>
        <translation>Rapport kommer att visas på %1 nästa gång programmet startar.</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systemets språk (%1)</translation>
    </message>
</context>
<context>
    <name>LoyaltyReport</name>
    <message>
        <source>Relationship ladder</source>
        <translation>Relationstrappan</translation>
    </message>
    <message>
        <source>Prospect, customer, client, supporter, advocate, partner: marketing aims to move people up to advocates and partners.</source>
        <translation>Potentiell konsument, konsument, stamkund, förespråkare, promotor, partner: marknadsföringen syftar till att flytta människor uppåt till promotorer och partner.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)&apos; stages were set by hand and count as set.</source>
        <translation>
            <numerusform>En kunds steg har angetts manuellt och räknas som angivet.</numerusform>
            <numerusform>%Ln kunders steg har angetts manuellt och räknas som angivna.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers per stage</source>
        <translation>Kunder per steg</translation>
    </message>
    <message>
        <source>customers</source>
        <comment>a chart&apos;s legend</comment>
        <translation>kunder</translation>
    </message>
    <message>
        <source>Ladder</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Relationstrappan</translation>
    </message>
    <message>
        <source>Stages and climbing during the period</source>
        <translation>Steg och klättring under perioden</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>At this stage when the period opened</source>
        <translation>På detta steg vid periodens början</translation>
    </message>
    <message>
        <source>Of those, higher when it closed</source>
        <translation>Av dessa, högre vid periodens slut</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konvertering</translation>
    </message>
    <message>
        <source>Median days to the next stage</source>
        <translation>Dagar till nästa steg (median)</translation>
    </message>
    <message>
        <source>Retention by acquisition cohort</source>
        <translation>Kundbehållning per anskaffningskohort</translation>
    </message>
    <message>
        <source>Customers grouped by the year of their first purchase; each column is the share of the cohort that bought again in that later year.</source>
        <translation>Kunderna grupperade efter året för deras första köp; varje kolumn visar den andel av kohorten som köpte igen det senare året.</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Kohorter</translation>
    </message>
    <message>
        <source>Share of each cohort buying in later years</source>
        <translation>Andel av varje kohort som köper under senare år</translation>
    </message>
    <message>
        <source>First purchase in</source>
        <translation>År för första köp</translation>
    </message>
    <message>
        <source>Year %1 after</source>
        <comment>a cohort&apos;s k-th year after its first</comment>
        <translation>År %1 efter</translation>
    </message>
    <message>
        <source>Share still buying, by years since the first purchase</source>
        <translation>Andel som fortfarande köper, efter antal år sedan första köpet</translation>
    </message>
    <message>
        <source>No purchases in the years shown.</source>
        <translation>Inga köp under de visade åren.</translation>
    </message>
    <message>
        <source>The four groups by purchase cost and frequency</source>
        <translation>De fyra grupperna efter köpens kostnad och frekvens</translation>
    </message>
    <message>
        <source>Buyers in the period split by the value of a purchase (high from %1) and purchases per month (high from %2).</source>
        <translation>Köparna under perioden fördelade efter värdet per köp (högt från %1) och antal köp per månad (högt från %2).</translation>
    </message>
    <message>
        <source>Four groups</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Fyra grupper</translation>
    </message>
    <message>
        <source>The groups in the period</source>
        <translation>Grupperna under perioden</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Share of buyers</source>
        <translation>Andel av köparna</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>Andel av intäkterna</translation>
    </message>
    <message>
        <source>Share of profit</source>
        <translation>Andel av vinsten</translation>
    </message>
    <message>
        <source>Average revenue</source>
        <translation>Genomsnittliga intäkter</translation>
    </message>
    <message>
        <source>Group movement</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Rörelser mellan grupper</translation>
    </message>
    <message>
        <source>Movement between groups: the previous period (rows) to this one (columns)</source>
        <translation>Rörelser mellan grupper: från föregående period (rader) till den här (kolumner)</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Föregående period</translation>
    </message>
    <message>
        <source>no purchase</source>
        <comment>a column of the groups&apos; movement</comment>
        <translation>inget köp</translation>
    </message>
    <message>
        <source>group %1</source>
        <comment>a column of the groups&apos; movement</comment>
        <translation>grupp %1</translation>
    </message>
    <message>
        <source>Share of buyers, revenue and profit per group</source>
        <translation>Andel av köpare, intäkter och vinst per grupp</translation>
    </message>
    <message>
        <source>buyers</source>
        <comment>a chart&apos;s legend</comment>
        <translation>köpare</translation>
    </message>
    <message>
        <source>revenue</source>
        <comment>a chart&apos;s legend</comment>
        <translation>intäkter</translation>
    </message>
    <message>
        <source>profit</source>
        <comment>a chart&apos;s legend</comment>
        <translation>vinst</translation>
    </message>
    <message>
        <source>No purchase carries a margin, so the groups&apos; share of profit is left empty.</source>
        <translation>Inget köp har en marginal, så gruppernas andel av vinsten lämnas tom.</translation>
    </message>
    <message>
        <source>Key customers&apos; share of sales over time</source>
        <translation>Nyckelkundernas andel av försäljningen över tid</translation>
    </message>
    <message numerus="yes">
        <source>Key customers are the %Ln class A customer(s) of the ranking by profit.</source>
        <translation>
            <numerusform>Nyckelkunden är den enda kunden i klass A i rangordningen efter vinst.</numerusform>
            <numerusform>Nyckelkunderna är de %Ln kunderna i klass A i rangordningen efter vinst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Key customers are the %Ln class A customer(s) of the ranking by revenue.</source>
        <translation>
            <numerusform>Nyckelkunden är den enda kunden i klass A i rangordningen efter intäkter.</numerusform>
            <numerusform>Nyckelkunderna är de %Ln kunderna i klass A i rangordningen efter intäkter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Key customers are the %Ln class A customer(s) of the ranking by historical value.</source>
        <translation>
            <numerusform>Nyckelkunden är den enda kunden i klass A i rangordningen efter historiskt värde.</numerusform>
            <numerusform>Nyckelkunderna är de %Ln kunderna i klass A i rangordningen efter historiskt värde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Key customers are the %Ln class A customer(s) of the ranking by predicted value.</source>
        <translation>
            <numerusform>Nyckelkunden är den enda kunden i klass A i rangordningen efter prognostiserat värde.</numerusform>
            <numerusform>Nyckelkunderna är de %Ln kunderna i klass A i rangordningen efter prognostiserat värde.</numerusform>
        </translation>
    </message>
    <message>
        <source>In a well-run firm about 20 % of customers bring 80 % of revenue (the seed&apos;s benchmark).</source>
        <translation>I ett välskött företag står omkring 20 % av kunderna för 80 % av intäkterna (källans riktvärde).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln earlier quarter(s) of the trend are left out: nobody had bought yet, so there is no share to show.</source>
        <translation>
            <numerusform>Ett tidigare kvartal i trenden är utelämnat: ingen hade köpt ännu, så det finns ingen andel att visa.</numerusform>
            <numerusform>%Ln tidigare kvartal i trenden är utelämnade: ingen hade köpt ännu, så det finns ingen andel att visa.</numerusform>
        </translation>
    </message>
    <message>
        <source>No data: nobody bought in the quarters of the trend.</source>
        <translation>Inga data: ingen köpte under trendens kvartal.</translation>
    </message>
    <message>
        <source>Key customers&apos; share of each quarter&apos;s revenue</source>
        <translation>Nyckelkundernas andel av varje kvartals intäkter</translation>
    </message>
    <message>
        <source>key customers</source>
        <comment>a chart&apos;s legend</comment>
        <translation>nyckelkunder</translation>
    </message>
    <message>
        <source>benchmark 80 %</source>
        <comment>a chart&apos;s legend</comment>
        <translation>riktvärde 80 %</translation>
    </message>
    <message>
        <source>Key customers</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Nyckelkunder</translation>
    </message>
    <message>
        <source>Key customers&apos; share of revenue per quarter</source>
        <translation>Nyckelkundernas andel av intäkterna per kvartal</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <source>Top customers by value</source>
        <translation>Toppkunder efter värde</translation>
    </message>
    <message>
        <source>Top customers</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Toppkunder</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln most valuable customer(s) by profit</source>
        <translation>
            <numerusform>Den mest värdefulla kunden efter vinst</numerusform>
            <numerusform>De %Ln mest värdefulla kunderna efter vinst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln most valuable customer(s) by revenue</source>
        <translation>
            <numerusform>Den mest värdefulla kunden efter intäkter</numerusform>
            <numerusform>De %Ln mest värdefulla kunderna efter intäkter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln most valuable customer(s) by historical value</source>
        <translation>
            <numerusform>Den mest värdefulla kunden efter historiskt värde</numerusform>
            <numerusform>De %Ln mest värdefulla kunderna efter historiskt värde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln most valuable customer(s) by predicted value</source>
        <translation>
            <numerusform>Den mest värdefulla kunden efter prognostiserat värde</numerusform>
            <numerusform>De %Ln mest värdefulla kunderna efter prognostiserat värde</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Placering</translation>
    </message>
    <message>
        <source>Id</source>
        <comment>a customer&apos;s number</comment>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Kumulativ andel</translation>
    </message>
    <message>
        <source>Class</source>
        <comment>the ABC class of a customer</comment>
        <translation>Klass</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM-segment</translation>
    </message>
    <message>
        <source>Loyalty report</source>
        <translation>Lojalitetsrapport</translation>
    </message>
</context>
<context>
    <name>ProfitabilityReport</name>
    <message>
        <source>Pareto curve</source>
        <translation>Paretokurva</translation>
    </message>
    <message>
        <source>The top 20 % of buyers bring %1 of revenue (the seed&apos;s benchmark: 80 %); the top 10 % bring %2 of profit (benchmark: 90 %).</source>
        <translation>De främsta 20 % av köparna står för %1 av intäkterna (källans riktvärde: 80 %); de främsta 10 % står för %2 av vinsten (riktvärde: 90 %).</translation>
    </message>
    <message>
        <source>The top 20 % of buyers bring %1 of revenue (the seed&apos;s benchmark: 80 %); the top 10 % bring %2 of revenue; their share of profit is unknown, as no purchase carries a margin (benchmark: 90 % of profit).</source>
        <translation>De främsta 20 % av köparna står för %1 av intäkterna (källans riktvärde: 80 %); de främsta 10 % står för %2 av intäkterna; deras andel av vinsten är okänd, eftersom inget köp har en marginal (riktvärde: 90 % av vinsten).</translation>
    </message>
    <message>
        <source>Cumulative share of value by share of customers</source>
        <translation>Kumulativ andel av värdet efter andel av kunderna</translation>
    </message>
    <message>
        <source>80/20 rule</source>
        <translation>80/20-regeln</translation>
    </message>
    <message>
        <source>your customers</source>
        <comment>a chart&apos;s legend</comment>
        <translation>dina kunder</translation>
    </message>
    <message>
        <source>Pareto</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Pareto</translation>
    </message>
    <message>
        <source>The curve at every 5 % of customers</source>
        <translation>Kurvan i steg om 5 % av kunderna</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>Andel av kunderna</translation>
    </message>
    <message>
        <source>Share of value</source>
        <translation>Andel av värdet</translation>
    </message>
    <message>
        <source>The average buyer (table 7.3)</source>
        <translation>Den genomsnittliga köparen (tabell 7.3)</translation>
    </message>
    <message numerus="yes">
        <source>Over %Ln buyer(s); the expected lifetime is the average relationship so far, %1 months.</source>
        <translation>
            <numerusform>Baserat på %Ln köpare; som förväntad livslängd används relationernas genomsnittliga längd hittills, %1 månader.</numerusform>
            <numerusform>Baserat på %Ln köpare; som förväntad livslängd används relationernas genomsnittliga längd hittills, %1 månader.</numerusform>
        </translation>
    </message>
    <message>
        <source>Average buyer</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Genomsnittlig köpare</translation>
    </message>
    <message>
        <source>Value of the goods a buyer buys, per year of relationship</source>
        <translation>Värdet av de varor som en köpare köper, per år av relationen</translation>
    </message>
    <message>
        <source>Line</source>
        <comment>a line of table 7.3</comment>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>1 Average single sale</source>
        <comment>a line of table 7.3</comment>
        <translation>1 Genomsnittlig engångsförsäljning</translation>
    </message>
    <message>
        <source>2 Purchases per year</source>
        <comment>a line of table 7.3</comment>
        <translation>2 Inköpsfrekvens under året</translation>
    </message>
    <message>
        <source>3 Sales per year (1 x 2)</source>
        <comment>a line of table 7.3</comment>
        <translation>3 Total försäljning per år (1 x 2)</translation>
    </message>
    <message>
        <source>4 Profit from sales</source>
        <comment>a line of table 7.3</comment>
        <translation>4 Vinst från försäljning</translation>
    </message>
    <message>
        <source>5 Costs of the partnership</source>
        <comment>a line of table 7.3</comment>
        <translation>5 Kostnader för att organisera partnerskap</translation>
    </message>
    <message>
        <source>6 Profitability (4 - 5)</source>
        <comment>a line of table 7.3</comment>
        <translation>6 Lönsamhet (4 - 5)</translation>
    </message>
    <message>
        <source>Value per month</source>
        <comment>a line of table 7.3</comment>
        <translation>Värde per månad</translation>
    </message>
    <message>
        <source>Value over the expected lifetime (discounted)</source>
        <comment>a line of table 7.3</comment>
        <translation>Värde under den förväntade livslängden (diskonterat)</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangordning</translation>
    </message>
    <message>
        <source>Class A: hold on with all force; B: watch closely; C: let go (the seed&apos;s three decisions), by profit.</source>
        <translation>Klass A: håll fast med all kraft; B: bevaka noga; C: släpp taget (källans tre beslut), efter vinst.</translation>
    </message>
    <message>
        <source>Class A: hold on with all force; B: watch closely; C: let go (the seed&apos;s three decisions), by revenue.</source>
        <translation>Klass A: håll fast med all kraft; B: bevaka noga; C: släpp taget (källans tre beslut), efter intäkter.</translation>
    </message>
    <message>
        <source>Class A: hold on with all force; B: watch closely; C: let go (the seed&apos;s three decisions), by historical value.</source>
        <translation>Klass A: håll fast med all kraft; B: bevaka noga; C: släpp taget (källans tre beslut), efter historiskt värde.</translation>
    </message>
    <message>
        <source>Class A: hold on with all force; B: watch closely; C: let go (the seed&apos;s three decisions), by predicted value.</source>
        <translation>Klass A: håll fast med all kraft; B: bevaka noga; C: släpp taget (källans tre beslut), efter prognostiserat värde.</translation>
    </message>
    <message>
        <source>Lines 1-6 per year of relationship, as in table 7.3.</source>
        <translation>Raderna 1-6 per år av relationen, som i tabell 7.3.</translation>
    </message>
    <message>
        <source>Ranking</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Rangordning</translation>
    </message>
    <message>
        <source>Every buyer, most valuable first</source>
        <translation>Alla köpare, de mest värdefulla först</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Placering</translation>
    </message>
    <message>
        <source>Id</source>
        <comment>a customer&apos;s number</comment>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Class</source>
        <comment>the ABC class of a customer</comment>
        <translation>Klass</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>1 Average sale</source>
        <comment>a column of table 7.3</comment>
        <translation>1 Genomsnittlig försäljning</translation>
    </message>
    <message>
        <source>2 Purchases per year</source>
        <comment>a column of table 7.3</comment>
        <translation>2 Köp per år</translation>
    </message>
    <message>
        <source>3 Sales per year</source>
        <comment>a column of table 7.3</comment>
        <translation>3 Försäljning per år</translation>
    </message>
    <message>
        <source>4 Profit from sales</source>
        <comment>a column of table 7.3</comment>
        <translation>4 Vinst från försäljning</translation>
    </message>
    <message>
        <source>5 Costs</source>
        <comment>a column of table 7.3</comment>
        <translation>5 Kostnader</translation>
    </message>
    <message>
        <source>6 Profitability</source>
        <comment>a column of table 7.3</comment>
        <translation>6 Lönsamhet</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Livstidsvärde</translation>
    </message>
    <message>
        <source>Predicted value</source>
        <translation>Prognostiserat värde</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(aktiv)</translation>
    </message>
    <message>
        <source>Profitability report</source>
        <translation>Lönsamhetsrapport</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>“%1” could not be done again: %2</source>
        <translation>”%1” kunde inte göras om: %2</translation>
    </message>
    <message>
        <source>“%1” was not undone: %2</source>
        <translation>”%1” ångrades inte: %2</translation>
    </message>
    <message>
        <source>Currency %1</source>
        <translation>Valuta %1</translation>
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
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Spara alla</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja till &amp;alla</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ej till alla</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt åtgärden</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Återställ standardvärden</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>%1M</source>
        <comment>millions on a chart&apos;s axis: 1.5M</comment>
        <translation>%1 mn</translation>
    </message>
    <message>
        <source>%1k</source>
        <comment>thousands on a chart&apos;s axis: 20k</comment>
        <translation>%1 tn</translation>
    </message>
</context>
<context>
    <name>ReportFormats</name>
    <message numerus="yes">
        <source>The first %1 of %Ln rows; the XLSX and CSV versions of this report hold all of them.</source>
        <translation>
            <numerusform>De första %1 av %Ln rad visas; XLSX- och CSV-versionerna av rapporten innehåller alla rader.</numerusform>
            <numerusform>De första %1 av %Ln rader visas; XLSX- och CSV-versionerna av rapporten innehåller alla rader.</numerusform>
        </translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <comment>a PDF page&apos;s foot</comment>
        <translation>sida %1 av %2</translation>
    </message>
    <message>
        <source>About</source>
        <comment>an XLSX sheet&apos;s name: at most 31 characters</comment>
        <translation>Om rapporten</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
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
        <translation>bästa kunder</translation>
    </message>
    <message>
        <source>loyal</source>
        <comment>RFM segment</comment>
        <translation>lojala</translation>
    </message>
    <message>
        <source>cannot lose</source>
        <comment>RFM segment</comment>
        <translation>får inte förloras</translation>
    </message>
    <message>
        <source>at risk</source>
        <comment>RFM segment</comment>
        <translation>i riskzonen</translation>
    </message>
    <message>
        <source>hibernating</source>
        <comment>RFM segment</comment>
        <translation>i dvala</translation>
    </message>
    <message>
        <source>new</source>
        <comment>RFM segment</comment>
        <translation>nya</translation>
    </message>
    <message>
        <source>potential loyalist</source>
        <comment>RFM segment</comment>
        <translation>potentiellt lojala</translation>
    </message>
    <message>
        <source>needs attention</source>
        <comment>RFM segment</comment>
        <translation>behöver uppmärksamhet</translation>
    </message>
    <message>
        <source>no predictions: the %1 fit did not converge (%2)</source>
        <translation>inga prognoser: anpassningen av %1 konvergerade inte (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and Gamma-Gamma, fitted in months; horizon %Ln month(s), monthly discount %2</source>
        <comment>the models of the analysis</comment>
        <translation>
            <numerusform>%1 och Gamma-Gamma, anpassade i månader; horisont %Ln månad, diskontering %2 per månad</numerusform>
            <numerusform>%1 och Gamma-Gamma, anpassade i månader; horisont %Ln månader, diskontering %2 per månad</numerusform>
        </translation>
    </message>
    <message>
        <source>Period</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Period</translation>
    </message>
    <message>
        <source>%1 to %2 (the window; earlier history counts for value and ladder)</source>
        <translation>%1 – %2 (analysperioden; tidigare historik räknas för värde och relationstrappan)</translation>
    </message>
    <message numerus="yes">
        <source>the %Ln customer(s) of sales manager %1 (models fitted on the whole base); %2 bought in the period</source>
        <translation>
            <numerusform>den enda kunden med %1 som ansvarig försäljningschef (modellerna anpassade på hela kundbasen); %2 köpte under perioden</numerusform>
            <numerusform>de %Ln kunderna med %1 som ansvarig försäljningschef (modellerna anpassade på hela kundbasen); %2 köpte under perioden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %Ln customer(s) in the base, no filter; %1 bought in the period</source>
        <translation>
            <numerusform>den enda kunden i kundbasen, inget filter; %1 köpte under perioden</numerusform>
            <numerusform>alla %Ln kunder i kundbasen, inget filter; %1 köpte under perioden</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Model</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Modell</translation>
    </message>
    <message>
        <source>WEAK FIT.</source>
        <translation>SVAG ANPASSNING.</translation>
    </message>
    <message>
        <source>Model fit</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Modellanpassning</translation>
    </message>
    <message>
        <source>Ranking</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Rangordning</translation>
    </message>
    <message>
        <source>Ladder rules</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Regler för relationstrappan</translation>
    </message>
    <message>
        <source>purchase days for a client: %1; mean satisfaction for a supporter: %2; referrals for an advocate: %3</source>
        <translation>köpdagar för stamkund: %1; genomsnittlig nöjdhet för förespråkare: %2; rekommendationer för promotor: %3</translation>
    </message>
    <message>
        <source>Churn rules</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Regler för kundavgång</translation>
    </message>
    <message>
        <source>at risk below P(alive) %1 or after %2 usual intervals; lapsed after %3 (lapsed: %4; lost: %5)</source>
        <translation>i riskzonen under P(aktiv) %1 eller efter %2 vanliga intervall; vilande efter %3 (vilande: %4; förlorad: %5)</translation>
    </message>
    <message>
        <source>thresholds %1 per purchase and %2 purchases per month (the medians)</source>
        <translation>trösklar %1 per köp och %2 köp per månad (medianerna)</translation>
    </message>
    <message>
        <source>thresholds %1 per purchase and %2 purchases per month</source>
        <translation>trösklar %1 per köp och %2 köp per månad</translation>
    </message>
    <message>
        <source>Four groups</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Fyra grupper</translation>
    </message>
    <message>
        <source>Database</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Databas</translation>
    </message>
    <message>
        <source>Currency</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Made</source>
        <comment>a line of a report&apos;s facts</comment>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>%1 by Rapport</source>
        <comment>when a report was made</comment>
        <translation>%1 av Rapport</translation>
    </message>
    <message>
        <source>1 high cost, high frequency</source>
        <comment>the four groups (seed table 7.2)</comment>
        <translation>1 hög kostnad, hög frekvens</translation>
    </message>
    <message>
        <source>2 low cost, high frequency</source>
        <comment>the four groups (seed table 7.2)</comment>
        <translation>2 låg kostnad, hög frekvens</translation>
    </message>
    <message>
        <source>3 high cost, low frequency</source>
        <comment>the four groups (seed table 7.2)</comment>
        <translation>3 hög kostnad, låg frekvens</translation>
    </message>
    <message>
        <source>4 low cost, low frequency</source>
        <comment>the four groups (seed table 7.2)</comment>
        <translation>4 låg kostnad, låg frekvens</translation>
    </message>
    <message>
        <source>no purchase in the period</source>
        <comment>the four groups (seed table 7.2)</comment>
        <translation>inget köp under perioden</translation>
    </message>
    <message>
        <source>hold on with all force</source>
        <comment>the seed&apos;s decision for a class A customer</comment>
        <translation>håll fast med all kraft</translation>
    </message>
    <message>
        <source>watch closely</source>
        <comment>the seed&apos;s decision for a class B customer</comment>
        <translation>bevaka noga</translation>
    </message>
    <message>
        <source>let go</source>
        <comment>the seed&apos;s decision for a class C customer</comment>
        <translation>släpp taget</translation>
    </message>
</context>
<context>
    <name>rapport::ui::AnalysisService</name>
    <message>
        <source>Analysis cancelled.</source>
        <translation>Analysen avbröts.</translation>
    </message>
    <message>
        <source>Customer #%1</source>
        <translation>Kund nr %1</translation>
    </message>
    <message>
        <source>Analysis: reading purchases…</source>
        <translation>Analys: läser köp…</translation>
    </message>
    <message>
        <source>Analysis: reading purchases (%L1)…</source>
        <translation>Analys: läser köp (%L1)…</translation>
    </message>
    <message>
        <source>Analysis: fitting the purchase and spend models…</source>
        <translation>Analys: anpassar köp- och utgiftsmodellerna…</translation>
    </message>
    <message>
        <source>Analysis: reading customers and episodes…</source>
        <translation>Analys: läser kunder och episoder…</translation>
    </message>
    <message numerus="yes">
        <source>Analysis: reading customers and episodes (%Ln row(s))…</source>
        <translation>
            <numerusform>Analys: läser kunder och episoder (%Ln rad)…</numerusform>
            <numerusform>Analys: läser kunder och episoder (%Ln rader)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysis: storing the scores for the customer list…</source>
        <translation>Analys: sparar poängen för kundlistan…</translation>
    </message>
    <message>
        <source>Analysis: computing the reports…</source>
        <translation>Analys: beräknar rapporterna…</translation>
    </message>
    <message numerus="yes">
        <source>Analysis of %Ln customer(s) finished in %1 s.</source>
        <translation>
            <numerusform>Analysen av %Ln kund slutfördes på %1 s.</numerusform>
            <numerusform>Analysen av %Ln kunder slutfördes på %1 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>The analysis failed: %1</source>
        <translation>Analysen misslyckades: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::AnalysisSettingsDialog</name>
    <message>
        <source>Analysis settings</source>
        <translation>Analysinställningar</translation>
    </message>
    <message>
        <source>the median of the buyers</source>
        <translation>köparnas median</translation>
    </message>
    <message>
        <source>BG/NBD (Fader, Hardie and Lee 2005)</source>
        <translation>BG/NBD (Fader, Hardie och Lee 2005)</translation>
    </message>
    <message>
        <source>Pareto/NBD (Schmittlein, Morrison and Colombo 1987)</source>
        <translation>Pareto/NBD (Schmittlein, Morrison och Colombo 1987)</translation>
    </message>
    <message>
        <source> % a month</source>
        <translation> % per månad</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>Analys&amp;period:</translation>
    </message>
    <message>
        <source>&amp;Cost threshold (per purchase):</source>
        <translation>&amp;Kostnadströskel (per köp):</translation>
    </message>
    <message>
        <source>&amp;Frequency threshold (purchases a month):</source>
        <translation>&amp;Frekvenströskel (köp per månad):</translation>
    </message>
    <message>
        <source>Purchase &amp;model:</source>
        <translation>Köp&amp;modell:</translation>
    </message>
    <message>
        <source>&amp;Horizon of predicted value:</source>
        <translation>&amp;Horisont för prognostiserat värde:</translation>
    </message>
    <message>
        <source>&amp;Discount rate:</source>
        <translation>&amp;Diskonteringsränta:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <comment>a spin box: the number of months</comment>
        <translation>
            <numerusform>%Ln månad</numerusform>
            <numerusform>%Ln månader</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost threshold: expected a positive amount such as %1, or nothing for the median</source>
        <translation>Kostnadströskel: förväntade ett positivt belopp som %1, eller inget för medianen</translation>
    </message>
    <message>
        <source>Frequency threshold: expected a positive number such as %1, or nothing for the median</source>
        <translation>Frekvenströskel: förväntade ett positivt tal som %1, eller inget för medianen</translation>
    </message>
</context>
<context>
    <name>rapport::ui::AnalyticsPage</name>
    <message>
        <source>&amp;Run analysis</source>
        <translation>&amp;Kör analys</translation>
    </message>
    <message>
        <source>Analyse the whole base again in the background (F5)</source>
        <translation>Analysera hela kundbasen igen i bakgrunden (F5)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>Window, thresholds, model, horizon and discount</source>
        <translation>Period, trösklar, modell, horisont och diskontering</translation>
    </message>
    <message>
        <source>Click a point or a bar to see the customers behind it.</source>
        <translation>Klicka på en punkt eller stapel för att se kunderna bakom den.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Show in customer list</source>
        <translation>Visa i kundlistan</translation>
    </message>
    <message>
        <source>Pareto curve</source>
        <translation>Paretokurva</translation>
    </message>
    <message>
        <source>Four groups</source>
        <translation>Fyra grupper</translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation>Relationstrappan</translation>
    </message>
    <message>
        <source>Churn reasons</source>
        <translation>Orsaker till kundavgång</translation>
    </message>
    <message>
        <source>Predicted value</source>
        <translation>Prognostiserat värde</translation>
    </message>
    <message>
        <source>Model fit</source>
        <translation>Modellanpassning</translation>
    </message>
    <message>
        <source>Customers behind…</source>
        <translation>Kunderna bakom…</translation>
    </message>
    <message>
        <source>The customers behind a part of the chart, as a click on it shows them</source>
        <translation>Kunderna bakom en del av diagrammet, så som ett klick på den visar dem</translation>
    </message>
    <message>
        <source>Analysing in the background…</source>
        <translation>Analyserar i bakgrunden…</translation>
    </message>
    <message>
        <source>No analysis yet: Run analysis (F5) computes the charts in the background.</source>
        <translation>Ingen analys ännu: Kör analys (F5) beräknar diagrammen i bakgrunden.</translation>
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
        <translation>Marginal</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Intäkter</translation>
    </message>
    <message>
        <source>Historical value</source>
        <translation>Historiskt värde</translation>
    </message>
    <message>
        <source>%1 has no standard error: the data do not pin it down.</source>
        <translation>%1 saknar standardfel: data räcker inte för att bestämma den.</translation>
    </message>
    <message>
        <source>%1 sits on the optimiser&apos;s bound: the data push it without limit.</source>
        <translation>%1 ligger på optimerarens gräns: data driver den utan begränsning.</translation>
    </message>
    <message>
        <source>The %1 fit did not converge: there are no P(alive) or predicted values.</source>
        <translation>Anpassningen av %1 konvergerade inte: det finns inga värden för P(aktiv) eller prognostiserat värde.</translation>
    </message>
    <message>
        <source>P(alive) is uninformative: it is at least %1 for every customer, so the at-risk rule (P(alive) below %2) never fires; only the rule by purchase intervals marks customers at risk.</source>
        <translation>P(aktiv) säger ingenting: den är minst %1 för varje kund, så riskregeln (P(aktiv) under %2) slår aldrig till; bara regeln för köpintervall markerar kunder som i riskzonen.</translation>
    </message>
    <message>
        <source>P(alive), expected purchases and predicted values rest on parameters the data do not pin down: read them as rough guides.</source>
        <translation>P(aktiv), förväntade köp och prognostiserade värden vilar på parametrar som data inte kan bestämma: läs dem som grova riktlinjer.</translation>
    </message>
    <message>
        <source>The Gamma-Gamma fit did not converge: each repeat buyer&apos;s own average spend per purchase stands in for the predicted spend, the repeat buyers&apos; average for one-time buyers.</source>
        <translation>Gamma-Gamma-anpassningen konvergerade inte: varje återkommande köpares egen genomsnittliga utgift per köp ersätter den prognostiserade utgiften, och de återkommande köparnas genomsnitt används för engångsköpare.</translation>
    </message>
    <message>
        <source>Expected spend per purchase, and so every predicted value, is uncertain.</source>
        <translation>Förväntad utgift per köp, och därmed varje prognostiserat värde, är osäker.</translation>
    </message>
    <message>
        <source>Ranked by revenue, not profit: no purchase analysed carries a margin, so profit cannot rank customers. Classes, the Pareto curve and key customers are by revenue.</source>
        <translation>Rangordnat efter intäkter, inte vinst: inget analyserat köp har en marginal, så vinsten kan inte rangordna kunderna. Klasser, paretokurvan och nyckelkunder bygger på intäkter.</translation>
    </message>
    <message>
        <source>No purchase analysed carries a margin: profit figures are missing.</source>
        <translation>Inget analyserat köp har en marginal: vinstsiffror saknas.</translation>
    </message>
    <message>
        <source>Pareto curve of revenue (no margins recorded, so not of profit): the top 20 % of customers bring %1 of it (benchmark 80 %)</source>
        <translation>Paretokurva för intäkter (inga marginaler registrerade, alltså inte för vinst): de främsta 20 % av kunderna står för %1 av dem (riktvärde 80 %)</translation>
    </message>
    <message>
        <source>Your customers</source>
        <translation>Dina kunder</translation>
    </message>
    <message>
        <source>80/20 benchmark</source>
        <translation>Riktvärde 80/20</translation>
    </message>
    <message>
        <source>Customers, best first</source>
        <translation>Kunder, bästa först</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Kumulativ andel</translation>
    </message>
    <message>
        <source>Top %1 % of customers</source>
        <translation>De främsta %1 % av kunderna</translation>
    </message>
    <message>
        <source>Revenue in the window</source>
        <translation>Intäkter under perioden</translation>
    </message>
    <message>
        <source>Purchases per month (log scale)</source>
        <translation>Köp per månad (logaritmisk skala)</translation>
    </message>
    <message>
        <source>Average purchase (log scale)</source>
        <translation>Genomsnittligt köp (logaritmisk skala)</translation>
    </message>
    <message>
        <source>Average purchase in %1 (log scale)</source>
        <translation>Genomsnittligt köp i %1 (logaritmisk skala)</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Trösklar</translation>
    </message>
    <message>
        <source>Relationship ladder: customers per stage at the start of the window and now</source>
        <translation>Relationstrappan: kunder per steg vid periodens början och nu</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>Per %1</translation>
    </message>
    <message>
        <source>Now (%1)</source>
        <translation>Nu (%1)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Your lost customers</source>
        <translation>Dina förlorade kunder</translation>
    </message>
    <message>
        <source>Benchmark (middle of the seed&apos;s range)</source>
        <translation>Riktvärde (mitten av källans intervall)</translation>
    </message>
    <message>
        <source>Share of lost customers</source>
        <translation>Andel av förlorade kunder</translation>
    </message>
    <message>
        <source>Yearly revenue</source>
        <translation>Årliga intäkter</translation>
    </message>
    <message>
        <source>All lost customers</source>
        <translation>Alla förlorade kunder</translation>
    </message>
    <message>
        <source>Lost customers</source>
        <translation>Förlorade kunder</translation>
    </message>
    <message>
        <source>Predicted value: no model could be fitted (%1)</source>
        <translation>Prognostiserat värde: ingen modell kunde anpassas (%1)</translation>
    </message>
    <message>
        <source>Predicted value %1</source>
        <translation>Prognostiserat värde %1</translation>
    </message>
    <message>
        <source>WEAK FIT: %1</source>
        <translation>SVAG ANPASSNING: %1</translation>
    </message>
    <message>
        <source>Model fit: no model could be fitted</source>
        <translation>Modellanpassning: ingen modell kunde anpassas</translation>
    </message>
    <message>
        <source>Model fit: the check of repeat purchases is drawn for BG/NBD (choose it in Settings)</source>
        <translation>Modellanpassning: kontrollen av återkommande köp ritas för BG/NBD (välj den i Inställningar)</translation>
    </message>
    <message>
        <source>Actual customers</source>
        <translation>Faktiska kunder</translation>
    </message>
    <message>
        <source>Expected by BG/NBD</source>
        <translation>Förväntat enligt BG/NBD</translation>
    </message>
    <message>
        <source>Model fit: customers by number of repeat purchases, seen and predicted</source>
        <translation>Modellanpassning: kunder efter antal återkommande köp, observerat och prognostiserat</translation>
    </message>
    <message>
        <source>Repeat purchases (days with a purchase after the first)</source>
        <translation>Återkommande köp (dagar med köp efter det första)</translation>
    </message>
    <message>
        <source>Predicted value in %1</source>
        <translation>Prognostiserat värde i %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln customer(s), the first %L2 shown</source>
        <translation>
            <numerusform>%1: %Ln kund, de första %L2 visas</numerusform>
            <numerusform>%1: %Ln kunder, de första %L2 visas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln customer(s)</source>
        <translation>
            <numerusform>%1: %Ln kund</numerusform>
            <numerusform>%1: %Ln kunder</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer #%1</source>
        <translation>Kund nr %1</translation>
    </message>
    <message>
        <source>Up to %1</source>
        <translation>Till och med %1</translation>
    </message>
    <message numerus="yes">
        <source>window %Ln month(s)</source>
        <translation>
            <numerusform>period på %Ln månad</numerusform>
            <numerusform>period på %Ln månader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>horizon %Ln month(s) at %1 a month</source>
        <translation>
            <numerusform>horisont %Ln månad, diskontering %1 per månad</numerusform>
            <numerusform>horisont %Ln månader, diskontering %1 per månad</numerusform>
        </translation>
    </message>
    <message>
        <source>thresholds: the medians</source>
        <translation>trösklar: medianerna</translation>
    </message>
    <message>
        <source>thresholds set by hand</source>
        <translation>trösklar angivna manuellt</translation>
    </message>
    <message>
        <source>Pareto curve of margin: the top 20 % of customers bring %1 of it (benchmark 80 %)</source>
        <translation>Paretokurva för marginalen: de främsta 20 % av kunderna står för %1 av den (riktvärde 80 %)</translation>
    </message>
    <message>
        <source>Pareto curve of revenue: the top 20 % of customers bring %1 of it (benchmark 80 %)</source>
        <translation>Paretokurva för intäkterna: de främsta 20 % av kunderna står för %1 av dem (riktvärde 80 %)</translation>
    </message>
    <message>
        <source>Pareto curve of historical value: the top 20 % of customers bring %1 of it (benchmark 80 %)</source>
        <translation>Paretokurva för det historiska värdet: de främsta 20 % av kunderna står för %1 av det (riktvärde 80 %)</translation>
    </message>
    <message>
        <source>Pareto curve of predicted value: the top 20 % of customers bring %1 of it (benchmark 80 %)</source>
        <translation>Paretokurva för det prognostiserade värdet: de främsta 20 % av kunderna står för %1 av det (riktvärde 80 %)</translation>
    </message>
    <message>
        <source>%1 %2 = %L3</source>
        <comment>model, parameter = estimate</comment>
        <translation>%1 %2 = %L3</translation>
    </message>
    <message>
        <source>%1 ± %L2: the standard error exceeds the estimate.</source>
        <translation>%1 ± %L2: standardfelet överstiger skattningen.</translation>
    </message>
    <message>
        <source>Weak model fit: %1</source>
        <comment>followed by the reasons</comment>
        <translation>Svag modellanpassning: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nobody was recorded as lost in the last year, but %Ln buyer(s) lapsed (no purchase for over %1 usual intervals): see the churn tab.</source>
        <translation>
            <numerusform>Ingen registrerades som förlorad under det senaste året, men %Ln köpare blev vilande (inget köp på mer än %1 vanliga intervall): se fliken Kundavgång.</numerusform>
            <numerusform>Ingen registrerades som förlorad under det senaste året, men %Ln köpare blev vilande (inget köp på mer än %1 vanliga intervall): se fliken Kundavgång.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nobody was recorded as lost, but %Ln customer(s) are lapsed now (no purchase for over %1 usual intervals); the purchases cover less than a year, so there is no yearly rate: see the churn tab.</source>
        <translation>
            <numerusform>Ingen registrerades som förlorad, men %Ln kund är vilande nu (inget köp på mer än %1 vanliga intervall); köpen täcker mindre än ett år, så det finns ingen årstakt: se fliken Kundavgång.</numerusform>
            <numerusform>Ingen registrerades som förlorad, men %Ln kunder är vilande nu (inget köp på mer än %1 vanliga intervall); köpen täcker mindre än ett år, så det finns ingen årstakt: se fliken Kundavgång.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nobody was recorded as lost, but %Ln customer(s) are lapsed now (no purchase for over %1 usual intervals): see the churn tab.</source>
        <translation>
            <numerusform>Ingen registrerades som förlorad, men %Ln kund är vilande nu (inget köp på mer än %1 vanliga intervall): se fliken Kundavgång.</numerusform>
            <numerusform>Ingen registrerades som förlorad, men %Ln kunder är vilande nu (inget köp på mer än %1 vanliga intervall): se fliken Kundavgång.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Four groups by purchase cost and frequency in the window (%Ln buyer(s))</source>
        <translation>
            <numerusform>Fyra grupper efter köpens kostnad och frekvens under perioden (%Ln köpare)</numerusform>
            <numerusform>Fyra grupper efter köpens kostnad och frekvens under perioden (%Ln köpare)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln · %1 of revenue</source>
        <comment>customers · share</comment>
        <translation>
            <numerusform>%Ln · %1 av intäkterna</numerusform>
            <numerusform>%Ln · %1 av intäkterna</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 purchases a month, %3 a purchase</source>
        <comment>a group · a number with decimals, an amount</comment>
        <translation>%1 · %2 köp per månad, %3 per köp</translation>
    </message>
    <message>
        <source>%1 (%2 of the rung below)</source>
        <comment>a ladder stage (a share)</comment>
        <translation>%1 (%2 av steget nedanför)</translation>
    </message>
    <message>
        <source>Why customers left: your shares beside the seed&apos;s benchmark (lost in the last year: %L1, value lost %2).</source>
        <translation>Varför kunder lämnade: dina andelar bredvid källans riktvärden (förlorade under det senaste året: %L1, förlorat värde %2).</translation>
    </message>
    <message>
        <source>Lapsed now: %L1 (the purchases cover less than a year: no yearly rate), not recorded as lost.</source>
        <translation>Vilande nu: %L1 (köpen täcker mindre än ett år: ingen årstakt), inte registrerade som förlorade.</translation>
    </message>
    <message>
        <source>Lapsed in the last year: %L1 (%2 of the buyers a year ago); lapsed now: %L3, not recorded as lost.</source>
        <translation>Blev vilande under det senaste året: %L1 (%2 av köparna för ett år sedan); vilande nu: %L3, inte registrerade som förlorade.</translation>
    </message>
    <message>
        <source>Lost: recorded as lost with a reason. Lapsed: no purchase for over %1 usual intervals.</source>
        <translation>Förlorad: registrerad som förlorad med en orsak. Vilande: inget köp på mer än %1 vanliga intervall.</translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <comment>a churn reason</comment>
        <translation>Förlorade: %1</translation>
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
            <numerusform>Fördelning av prognostiserat värde under nästa %Ln månad</numerusform>
            <numerusform>Fördelning av prognostiserat värde under de kommande %Ln månaderna</numerusform>
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
            <numerusform>%Ln eller fler återkommande köp</numerusform>
            <numerusform>%Ln eller fler återkommande köp</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat purchases: %L1</source>
        <translation>Återkommande köp: %L1</translation>
    </message>
    <message>
        <source>Knowledge audit</source>
        <translation>Kunskapsgranskning</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Klagomål</translation>
    </message>
    <message>
        <source>By dimension</source>
        <translation>Per dimension</translation>
    </message>
</context>
<context>
    <name>rapport::ui::AssessmentsTab</name>
    <message>
        <source>Component</source>
        <translation>Komponent</translation>
    </message>
    <message>
        <source>Score (1–5)</source>
        <translation>Poäng (1–5)</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Bedömd</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Judged components of the return on the relationship. 1 is very little of it, 5 very much; for sacrifices and alternatives known more is worse for the relationship.</source>
        <translation>Bedömda komponenter av avkastningen på relationen. 1 betyder mycket lite, 5 mycket; för uppoffringar och kända alternativ är mer sämre för relationen.</translation>
    </message>
    <message>
        <source>&amp;Assess…</source>
        <translation>&amp;Bedöm…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Removes an assessment entered by mistake; a changed view is a new assessment</source>
        <translation>Tar bort en bedömning som angetts av misstag; en ändrad uppfattning är en ny bedömning</translation>
    </message>
    <message>
        <source>The latest view of this component</source>
        <translation>Den senaste bedömningen av denna komponent</translation>
    </message>
    <message>
        <source>An earlier view, kept as history</source>
        <translation>En tidigare bedömning, sparad som historik</translation>
    </message>
    <message>
        <source>Assess the relationship</source>
        <translation>Bedöm relationen</translation>
    </message>
    <message>
        <source>1 very little … 5 very much</source>
        <translation>1 mycket lite … 5 mycket</translation>
    </message>
    <message>
        <source>why, in a few words</source>
        <translation>varför, med några ord</translation>
    </message>
    <message>
        <source>&amp;Component:</source>
        <translation>&amp;Komponent:</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>&amp;Poäng:</translation>
    </message>
    <message>
        <source>&amp;Assessed on:</source>
        <translation>&amp;Bedömd den:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
    <message>
        <source>Assess %1</source>
        <translation>Bedöm %1</translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>Bedöm</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Ingenting ändrades: %1</translation>
    </message>
    <message>
        <source>Remove assessment of %1</source>
        <translation>Ta bort bedömning av %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::AttentionList</name>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Value at stake</source>
        <translation>Värde som står på spel</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Not contacted</source>
        <translation>Ingen kontakt</translation>
    </message>
    <message>
        <source>Purchase overdue</source>
        <translation>Försenat köp</translation>
    </message>
    <message>
        <source>Decision maker left</source>
        <translation>Beslutsfattare har slutat</translation>
    </message>
    <message>
        <source>Complaint unanswered</source>
        <translation>Obesvarat klagomål</translation>
    </message>
    <message numerus="yes">
        <source>No contact for %Ln day(s), since %1 (interval %2 days)</source>
        <translation>
            <numerusform>Ingen kontakt på %Ln dag, sedan %1 (intervall %2 dagar)</numerusform>
            <numerusform>Ingen kontakt på %Ln dagar, sedan %1 (intervall %2 dagar)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Never contacted in %Ln day(s) (interval %1 days)</source>
        <translation>
            <numerusform>Aldrig kontaktad på %Ln dag (intervall %1 dagar)</numerusform>
            <numerusform>Aldrig kontaktad på %Ln dagar (intervall %1 dagar)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No purchase for %Ln day(s); usually every %1 days</source>
        <translation>
            <numerusform>Inget köp på %Ln dag; vanligen med %1 dagars mellanrum</numerusform>
            <numerusform>Inget köp på %Ln dagar; vanligen med %1 dagars mellanrum</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>person (role)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 left on %2; no contact since</source>
        <translation>%1 slutade den %2; ingen kontakt sedan dess</translation>
    </message>
    <message numerus="yes">
        <source>Complaint of %1 unanswered for %Ln day(s)</source>
        <translation>
            <numerusform>Klagomålet den %1 har varit obesvarat i %Ln dag</numerusform>
            <numerusform>Klagomålet den %1 har varit obesvarat i %Ln dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>Historical revenue: the last analysis predicted no value for this customer</source>
        <translation>Historiska intäkter: den senaste analysen prognostiserade inget värde för den här kunden</translation>
    </message>
    <message>
        <source>Looking for customers who need attention…</source>
        <translation>Letar efter kunder som behöver uppmärksamhet…</translation>
    </message>
    <message>
        <source>The list could not be made: %1</source>
        <translation>Listan kunde inte skapas: %1</translation>
    </message>
    <message>
        <source>Nobody needs attention.</source>
        <translation>Ingen behöver uppmärksamhet.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln shown, the most valuable first.</source>
        <translation>
            <numerusform>%Ln visas.</numerusform>
            <numerusform>Alla %Ln visas, de mest värdefulla först.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln shown, the most valuable first.</source>
        <translation>
            <numerusform>%L1 av %Ln visas, de mest värdefulla först.</numerusform>
            <numerusform>%L1 av %Ln visas, de mest värdefulla först.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Ändringslogg</translation>
    </message>
    <message>
        <source>Only customer #%1</source>
        <translation>Endast kund nr %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
    <message>
        <source>The audit trail cannot be shown: %1</source>
        <translation>Ändringsloggen kan inte visas: %1</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnerskap</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Teammedlem</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>E-mail or phone</source>
        <translation>E-post eller telefon</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tagg</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Episod</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Cost line</source>
        <translation>Kostnadsrad</translation>
    </message>
    <message>
        <source>Lost customer record</source>
        <translation>Post om förlorad kund</translation>
    </message>
    <message>
        <source>Ladder stage set by hand</source>
        <translation>Steg angivet manuellt</translation>
    </message>
    <message>
        <source>Merge, erasure or export</source>
        <translation>Sammanslagning, radering eller export</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>Anonymous sale</source>
        <translation>Anonym försäljning</translation>
    </message>
    <message>
        <source>added</source>
        <translation>lades till</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>ändrades</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>togs bort</translation>
    </message>
    <message>
        <source>personal data exported</source>
        <translation>personuppgifter exporterades</translation>
    </message>
    <message>
        <source>personal data erased</source>
        <translation>personuppgifter raderades</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>slogs ihop</translation>
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
        <translation>En lokal databas för ingen ändringslogg; dess sammanslagningar, raderingar och exporter visas i kundens historik. Teamdatabaser på PostgreSQL registrerar varje ändring.</translation>
    </message>
    <message>
        <source>%1 #%2 %3</source>
        <comment>a record, its number, what was done to it</comment>
        <translation>%1 #%2 %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a record, what was done to it</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>#%1</source>
        <comment>a customer&apos;s number</comment>
        <translation>#%1</translation>
    </message>
    <message numerus="yes">
        <source>The newest %Ln change(s); rapport-cli audit lists more.</source>
        <translation>
            <numerusform>Den senaste ändringen; rapport-cli audit visar fler.</numerusform>
            <numerusform>De %Ln senaste ändringarna; rapport-cli audit visar fler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s).</source>
        <translation>
            <numerusform>%Ln ändring.</numerusform>
            <numerusform>%Ln ändringar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::CampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>Ny kampanj</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>e.g. more repeat purchases from regular customers</source>
        <translation>t.ex. fler återkommande köp från stamkunder</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>&amp;Offer:</source>
        <translation>&amp;Erbjudande:</translation>
    </message>
    <message>
        <source>What the customers are offered, in the words of the letter or call</source>
        <translation>Vad kunderna erbjuds, med brevets eller samtalets ord</translation>
    </message>
    <message>
        <source>Offer &amp;text:</source>
        <translation>Erbjudandets &amp;text:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Customers held back at random: what they buy shows what the treated would have bought without the offer</source>
        <translation>Kunder som slumpmässigt hålls utanför: det de köper visar vad testgruppen skulle ha köpt utan erbjudandet</translation>
    </message>
    <message>
        <source>Control &amp;group:</source>
        <translation>Kontroll&amp;grupp:</translation>
    </message>
    <message>
        <source>The control group is drawn within each, so both groups hold the same mix</source>
        <translation>Kontrollgruppen dras slumpmässigt inom var och en, så att båda grupperna får samma sammansättning</translation>
    </message>
    <message>
        <source>Drawn &amp;within:</source>
        <translation>Dras &amp;inom:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>Purchases in this many days after the launch day count as responses</source>
        <translation>Köp inom så här många dagar efter lanseringsdagen räknas som respons</translation>
    </message>
    <message>
        <source>Response &amp;window:</source>
        <translation>&amp;Responsperiod:</translation>
    </message>
    <message>
        <source>Cost per &amp;contact:</source>
        <translation>Kostnad &amp;per kontakt:</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Leave out customers with any episode in this many days before the launch</source>
        <translation>Uteslut kunder med någon episod inom så här många dagar före lanseringen</translation>
    </message>
    <message>
        <source>Leave out contacted in the last:</source>
        <translation>Uteslut kontaktade de senaste:</translation>
    </message>
    <message>
        <source>Cost per contact: an amount is expected, e.g. 2.50</source>
        <translation>Kostnad per kontakt: ange ett belopp, t.ex. 2,50</translation>
    </message>
    <message>
        <source>Name: the campaign needs a name</source>
        <translation>Namn: kampanjen måste ha ett namn</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CampaignsPage</name>
    <message>
        <source>Too few customers to measure</source>
        <translation>För få kunder för att mäta</translation>
    </message>
    <message>
        <source>No measurable effect</source>
        <translation>Ingen mätbar effekt</translation>
    </message>
    <message>
        <source>A measurable rise</source>
        <translation>En mätbar ökning</translation>
    </message>
    <message>
        <source>A measurable fall</source>
        <translation>En mätbar minskning</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 p.e.</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 till %3)</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Mål: %1</translation>
    </message>
    <message>
        <source>Offer: %1 by %2</source>
        <translation>Erbjudande: %1 via %2</translation>
    </message>
    <message>
        <source>Control group: %1 % drawn within: %2; seed %3</source>
        <translation>Kontrollgrupp: %1 %, dragen inom: %2; slumpfrö %3</translation>
    </message>
    <message numerus="yes">
        <source>Response window: %n day(s) after the launch day; cost per contact %1</source>
        <translation>
            <numerusform>Responsperiod: %n dag efter lanseringsdagen; kostnad per kontakt %1</numerusform>
            <numerusform>Responsperiod: %n dagar efter lanseringsdagen; kostnad per kontakt %1</numerusform>
        </translation>
    </message>
    <message>
        <source>A draft: launch it at a target list to draw the control group and log the offers.</source>
        <translation>Ett utkast: lansera kampanjen för en mållista för att dra kontrollgruppen och registrera erbjudandena.</translation>
    </message>
    <message>
        <source>Launched on %1 at: %2</source>
        <translation>Lanserad den %1 för: %2</translation>
    </message>
    <message>
        <source>Purchases from %1 to %2 (the window is still open).</source>
        <translation>Köp från %1 till %2 (responsperioden pågår fortfarande).</translation>
    </message>
    <message>
        <source>Purchases from %1 to %2.</source>
        <translation>Köp från %1 till %2.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Svarade</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Responsgrad</translation>
    </message>
    <message>
        <source>Revenue per customer</source>
        <translation>Intäkter per kund</translation>
    </message>
    <message>
        <source>Treated</source>
        <translation>Testgrupp</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrollgrupp</translation>
    </message>
    <message>
        <source>With 95 % confidence:</source>
        <translation>Med 95 % säkerhet:</translation>
    </message>
    <message>
        <source>Response lift: %1</source>
        <translation>Responsökning: %1</translation>
    </message>
    <message>
        <source>Revenue lift per customer: %1</source>
        <translation>Intäktsökning per kund: %1</translation>
    </message>
    <message>
        <source>Incremental revenue: %1</source>
        <translation>Tillkommande intäkter: %1</translation>
    </message>
    <message>
        <source>Incremental margin: %1</source>
        <translation>Tillkommande marginal: %1</translation>
    </message>
    <message>
        <source>Cost of the contacts: %1</source>
        <translation>Kostnad för kontakterna: %1</translation>
    </message>
    <message>
        <source>Margin after the cost: %1</source>
        <translation>Marginal efter kostnaden: %1</translation>
    </message>
    <message>
        <source>Response: %1. Revenue: %2. After its cost: %3.</source>
        <translation>Respons: %1. Intäkter: %2. Efter kostnaden: %3.</translation>
    </message>
    <message>
        <source>Launch campaign</source>
        <translation>Lansera kampanj</translation>
    </message>
    <message>
        <source>The campaign goes to the customers these filters select who consent to marketing. Empty filters take everyone in use.</source>
        <translation>Kampanjen går till de kunder som filtren väljer ut och som samtycker till marknadsföring. Tomma filter tar med alla kunder i bruk.</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segment:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ansvarig:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Tagg:</translation>
    </message>
    <message>
        <source>Any ladder stage</source>
        <translation>Alla steg</translation>
    </message>
    <message>
        <source>&amp;Ladder stage:</source>
        <translation>St&amp;eg på relationstrappan:</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>Alla grupper</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grupp %1</translation>
    </message>
    <message>
        <source>&amp;Four groups:</source>
        <translation>&amp;Fyra grupper:</translation>
    </message>
    <message>
        <source>Any churn status</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>&amp;Churn status:</source>
        <translation>Status för &amp;kundavgång:</translation>
    </message>
    <message>
        <source>Launch &amp;day:</source>
        <translation>Lanserings&amp;dag:</translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation>&amp;Lansera</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>segment %1</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>ansvarig %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>tagg %1</translation>
    </message>
    <message>
        <source>all customers in use</source>
        <translation>alla kunder i bruk</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;Ny kampanj…</translation>
    </message>
    <message>
        <source>&amp;Launch…</source>
        <translation>&amp;Lansera…</translation>
    </message>
    <message>
        <source>Draw the control group and log an offer episode for every treated customer</source>
        <translation>Dra kontrollgruppen och registrera en erbjudandeepisod för varje kund i testgruppen</translation>
    </message>
    <message>
        <source>E&amp;xport contact list…</source>
        <translation>E&amp;xportera kontaktlista…</translation>
    </message>
    <message>
        <source>The treated customers who consent to marketing, with e-mail and phone, for a mail merge or a calling list</source>
        <translation>Kunderna i testgruppen som samtycker till marknadsföring, med e-post och telefon, för dokumentkoppling eller en ringlista</translation>
    </message>
    <message>
        <source>Export contact list</source>
        <translation>Exportera kontaktlista</translation>
    </message>
    <message>
        <source>Spreadsheet (*.xlsx);;CSV (*.csv)</source>
        <translation>Kalkylblad (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanj</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Erbjudande</translation>
    </message>
    <message>
        <source>Launched</source>
        <translation>Lanserad</translation>
    </message>
    <message>
        <source>Response lift (95 %)</source>
        <translation>Responsökning (95 %)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Slutsats</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Mäter…</translation>
    </message>
    <message>
        <source>Could not read the campaigns: %1</source>
        <translation>Kunde inte läsa kampanjerna: %1</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>No campaigns yet. A campaign sends an offer to a target list and holds a random control group back, so that what the offer changed can be measured.</source>
        <translation>Inga kampanjer ännu. En kampanj skickar ett erbjudande till en mållista och håller en slumpmässig kontrollgrupp utanför, så att det går att mäta vad erbjudandet förändrade.</translation>
    </message>
    <message>
        <source>New campaign “%1”</source>
        <translation>Ny kampanj ”%1”</translation>
    </message>
    <message>
        <source>Launch “%1” at %2? An offer episode is logged for every treated customer; a launch cannot be undone, as the offers are then on their way.</source>
        <translation>Lansera ”%1” för %2? En erbjudandeepisod registreras för varje kund i testgruppen; en lansering kan inte ångras, eftersom erbjudandena då är på väg.</translation>
    </message>
    <message>
        <source>Launching…</source>
        <translation>Lanserar…</translation>
    </message>
    <message>
        <source>The campaign was not launched; nothing was changed.
%1</source>
        <translation>Kampanjen lanserades inte; ingenting ändrades.
%1</translation>
    </message>
    <message>
        <source>Launched: %1 treated, %2 held back as the control group.
Left out: %3 without marketing consent, %4 contacted recently (of %5 selected).</source>
        <translation>Lanserad: %1 i testgruppen, %2 hölls utanför som kontrollgrupp.
Uteslutna: %3 utan samtycke till marknadsföring, %4 nyligen kontaktade (av %5 valda).</translation>
    </message>
    <message>
        <source>The contact list was not written.
%1</source>
        <translation>Kontaktlistan sparades inte.
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) written to %1</source>
        <translation>
            <numerusform>%n kontakt skrevs till %1</numerusform>
            <numerusform>%n kontakter skrevs till %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The response window opens on %1.</source>
        <translation>Responsperioden börjar %1.</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(inte registrerat)</translation>
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
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Acquisition channel</source>
        <translation>Anskaffningskanal</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Servicenivå</translation>
    </message>
    <message>
        <source>Each value&apos;s customers measured on their own, as they are recorded now. A small part has a wide interval, and among many parts about one in twenty misses by chance.</source>
        <translation>Varje värdes kunder mäts för sig, så som de är registrerade nu. En liten del har ett brett intervall, och bland många delar missar ungefär en av tjugo av en slump.</translation>
    </message>
    <message>
        <source>Treated response</source>
        <translation>Respons, testgrupp</translation>
    </message>
    <message>
        <source>Control response</source>
        <translation>Respons, kontrollgrupp</translation>
    </message>
    <message>
        <source>Any service level</source>
        <translation>Alla servicenivåer</translation>
    </message>
    <message>
        <source>Service le&amp;vel:</source>
        <translation>Service&amp;nivå:</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Exportera ra&amp;pport…</translation>
    </message>
    <message>
        <source>The campaign&apos;s definition, groups, lifts with their 95 % intervals and verdicts, as PDF, HTML, XLSX or CSV</source>
        <translation>Kampanjens definition, grupper, ökningar med 95 % intervall och slutsatser, som PDF, HTML, XLSX eller CSV</translation>
    </message>
    <message>
        <source>The selected campaign&apos;s response lift for each segment, region, owner or acquisition channel</source>
        <translation>Den valda kampanjens responsökning per segment, region, ansvarig eller anskaffningskanal</translation>
    </message>
    <message>
        <source>Whole campaign</source>
        <translation>Hela kampanjen</translation>
    </message>
    <message>
        <source>By segment</source>
        <translation>Per segment</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>Per region</translation>
    </message>
    <message>
        <source>By owner</source>
        <translation>Per ansvarig</translation>
    </message>
    <message>
        <source>By acquisition channel</source>
        <translation>Per anskaffningskanal</translation>
    </message>
    <message>
        <source>By service level</source>
        <translation>Per servicenivå</translation>
    </message>
    <message>
        <source>&amp;Results:</source>
        <translation>&amp;Resultat:</translation>
    </message>
    <message>
        <source>Export campaign report</source>
        <translation>Exportera kampanjrapport</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;HTML files (*.html);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>PDF-filer (*.pdf);;HTML-filer (*.html);;Excel-arbetsböcker (*.xlsx);;CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Measuring each value&apos;s customers…</source>
        <translation>Mäter varje värdes kunder…</translation>
    </message>
    <message>
        <source>Could not measure: %1</source>
        <translation>Kunde inte mäta: %1</translation>
    </message>
    <message>
        <source>Writing %1 …</source>
        <translation>Skriver %1 …</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Sparades inte</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 sparades inte: %2</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapporten sparades i %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ChurnWords</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln dag</numerusform>
            <numerusform>%Ln dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>no purchase for %1</source>
        <comment>no purchase for 212 days</comment>
        <translation>inget köp på %1</translation>
    </message>
    <message>
        <source>recorded as lost</source>
        <translation>registrerad som förlorad</translation>
    </message>
    <message>
        <source>recorded as lost: %1</source>
        <translation>registrerad som förlorad: %1</translation>
    </message>
    <message>
        <source>%1, over %2 (%3 times the usual interval)</source>
        <comment>no purchase for 212 days, over 150 ...</comment>
        <translation>%1, mer än %2 (%3 gånger det vanliga intervallet)</translation>
    </message>
    <message>
        <source>P(alive) %1</source>
        <comment>the chance the customer still buys</comment>
        <translation>P(aktiv) %1</translation>
    </message>
    <message>
        <source>%1, usually one every %2</source>
        <comment>no purchase for 90 days, usually one every 40 days</comment>
        <translation>%1, vanligtvis %2 mellan köpen</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ComplaintsView</name>
    <message>
        <source>Compute again</source>
        <translation>Beräkna igen</translation>
    </message>
    <message>
        <source>Read every episode again in the background</source>
        <translation>Läs alla episoder igen i bakgrunden</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>The figures read every episode in the background when this tab is shown.</source>
        <translation>Siffrorna beräknas från alla episoder i bakgrunden när den här fliken visas.</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Klagomål</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Besvarade</translation>
    </message>
    <message>
        <source>Share answered</source>
        <translation>Andel besvarade</translation>
    </message>
    <message>
        <source>Median days to answer</source>
        <translation>Median dagar till svar</translation>
    </message>
    <message>
        <source>Mean days</source>
        <translation>Medel dagar</translation>
    </message>
    <message>
        <source>Satisfaction after</source>
        <translation>Nöjdhet efteråt</translation>
    </message>
    <message>
        <source>The mean rating of the answer, or of the next rated episode, from -2 to +2</source>
        <translation>Den genomsnittliga bedömningen av svaret, eller av nästa bedömda episod, från -2 till +2</translation>
    </message>
    <message>
        <source>Days from the complaint to the first call, meeting, e-mail, offer or service episode after it</source>
        <translation>Dagar från klagomålet till det första samtalet, mötet, e-postmeddelandet, erbjudandet eller serviceepisoden efter det</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Ingen databas är öppen.</translation>
    </message>
    <message>
        <source>Reading the complaints and their answers in the background…</source>
        <translation>Läser klagomålen och svaren på dem i bakgrunden…</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Siffrorna kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>Complaints up to %1. A complaint is answered by the customer&apos;s first call, meeting, e-mail, offer or service episode after it.</source>
        <translation>Klagomål fram till %1. Ett klagomål besvaras av kundens första samtal, möte, e-postmeddelande, erbjudande eller serviceepisod efter det.</translation>
    </message>
    <message>
        <source>No complaints are recorded.</source>
        <translation>Inga klagomål är registrerade.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln complaint(s), %1 answered (%2). Time to answer: median %3 days, mean %4 days. Satisfaction (from -2 to +2) at the complaint %5, after the answer %6.</source>
        <translation>
            <numerusform>%Ln klagomål, varav %1 besvarade (%2). Tid till svar: median %3 dagar, medel %4 dagar. Nöjdhet (från -2 till +2) vid klagomålet %5, efter svaret %6.</numerusform>
            <numerusform>%Ln klagomål, varav %1 besvarade (%2). Tid till svar: median %3 dagar, medel %4 dagar. Nöjdhet (från -2 till +2) vid klagomålen %5, efter svaret %6.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln customer(s) known to be unhappy (a complaint, or an episode rated -1 or -2), %1 (%2) never complained. The seeds: %3 to %4 of unhappy customers leave without complaining, so the complaints show only part of the unhappiness; ask, and answer fast.</source>
        <translation>
            <numerusform>Av %Ln kund som är känd som missnöjd (ett klagomål eller en episod bedömd med -1 eller -2) klagade %1 (%2) aldrig. Enligt källan lämnar %3 till %4 av de missnöjda kunderna utan att klaga, så klagomålen visar bara en del av missnöjet; fråga, och svara snabbt.</numerusform>
            <numerusform>Av %Ln kunder som är kända som missnöjda (ett klagomål eller en episod bedömd med -1 eller -2) klagade %1 (%2) aldrig. Enligt källan lämnar %3 till %4 av de missnöjda kunderna utan att klaga, så klagomålen visar bara en del av missnöjet; fråga, och svara snabbt.</numerusform>
        </translation>
    </message>
    <message>
        <source>(nobody)</source>
        <comment>a customer without an owner</comment>
        <translation>(ingen)</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Ändrad av någon annan</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was saved by someone else while you edited it. Nothing has been overwritten. Choose which version to keep:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; sparades av någon annan medan du redigerade. Ingenting har skrivits över. Välj vilken version som ska behållas:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Din version</translation>
    </message>
    <message>
        <source>Saved meanwhile</source>
        <translation>Sparad under tiden</translation>
    </message>
    <message>
        <source>Keep &amp;my version</source>
        <translation>Behåll &amp;min version</translation>
    </message>
    <message>
        <source>Keep the &amp;saved version</source>
        <translation>Behåll den &amp;sparade versionen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Juridiskt namn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Marknad</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Gata</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-postadresser</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Shared with the team</source>
        <translation>Delad med teamet</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>Acquired on</source>
        <translation>Vunnen den</translation>
    </message>
    <message>
        <source>Acquisition cost</source>
        <translation>Anskaffningskostnad</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>Extern referens</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Consent records</source>
        <translation>Samtyckesposter</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ConnectDialog</name>
    <message>
        <source>Connect to team database</source>
        <translation>Anslut till teamdatabas</translation>
    </message>
    <message>
        <source>A team shares one customer base on a PostgreSQL server. Your administrator gives you its address and your login (see docs/team.md).</source>
        <translation>Ett team delar en kundbas på en PostgreSQL-server. Din administratör ger dig serverns adress och din inloggning (se docs/team.md).</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass</source>
        <translation>tomt: från ~/.pgpass</translation>
    </message>
    <message>
        <source>Prefer encryption</source>
        <translation>Föredra kryptering</translation>
    </message>
    <message>
        <source>Require encryption</source>
        <translation>Kräv kryptering</translation>
    </message>
    <message>
        <source>Require and check the server&apos;s certificate</source>
        <translation>Kräv och kontrollera serverns certifikat</translation>
    </message>
    <message>
        <source>No encryption (local server only)</source>
        <translation>Ingen kryptering (endast lokal server)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Databas:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Kryptering:</translation>
    </message>
    <message>
        <source>Server: required, e.g. db.example.com or localhost</source>
        <translation>Server: måste anges, t.ex. db.example.com eller localhost</translation>
    </message>
    <message>
        <source>Database: required, e.g. rapport</source>
        <translation>Databas: måste anges, t.ex. rapport</translation>
    </message>
    <message>
        <source>Login: required, the name your administrator gave you</source>
        <translation>Användarnamn: måste anges, det namn som din administratör gav dig</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ContactPersonDialog</name>
    <message>
        <source>Edit contact person %1</source>
        <translation>Redigera kontaktperson %1</translation>
    </message>
    <message>
        <source>New contact person</source>
        <translation>Ny kontaktperson</translation>
    </message>
    <message>
        <source>e.g. owner, purchasing manager</source>
        <translation>t.ex. ägare, inköpschef</translation>
    </message>
    <message>
        <source>Decides on purchases</source>
        <translation>Beslutar om inköp</translation>
    </message>
    <message>
        <source>A change of who decides is recorded as an episode: it is a known cause of churn</source>
        <translation>Ett byte av den som beslutar registreras som en episod: det är en känd orsak till kundavgång</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>avgränsade med kommatecken</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>&amp;E-mails:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>In the role:</source>
        <translation>I rollen:</translation>
    </message>
    <message>
        <source>&amp;from</source>
        <translation>&amp;från</translation>
    </message>
    <message>
        <source>&amp;until (the role ended)</source>
        <translation>t&amp;ill (rollen upphörde)</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
    <message>
        <source>Until: the role cannot end before it began (%1)</source>
        <translation>Till: rollen kan inte upphöra innan den började (%1)</translation>
    </message>
    <message>
        <source>Please correct:</source>
        <translation>Rätta följande:</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ContactPersonsTab</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Decides</source>
        <translation>Beslutar</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Aktiv från</translation>
    </message>
    <message>
        <source>Active to</source>
        <translation>Aktiv till</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>&amp;Add contact person…</source>
        <translation>&amp;Lägg till kontaktperson…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>E&amp;nd role…</source>
        <translation>&amp;Avsluta roll…</translation>
    </message>
    <message>
        <source>The person is no longer the contact: the record stays as history</source>
        <translation>Personen är inte längre kontakt: posten finns kvar som historik</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>No longer the contact: kept as history</source>
        <translation>Inte längre kontakt: sparad som historik</translation>
    </message>
    <message>
        <source>New contact who decides: %1 (%2)</source>
        <translation>Ny kontakt som beslutar: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2) is no longer the contact from %3</source>
        <translation>%1 (%2) är inte längre kontakt från och med %3</translation>
    </message>
    <message>
        <source>%1 (%2) now decides</source>
        <translation>%1 (%2) beslutar nu</translation>
    </message>
    <message>
        <source>%1 (%2) no longer decides</source>
        <translation>%1 (%2) beslutar inte längre</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Ingenting ändrades: %1</translation>
    </message>
    <message>
        <source>Add contact person %1</source>
        <translation>Lägg till kontaktperson %1</translation>
    </message>
    <message>
        <source>Edit contact person %1</source>
        <translation>Redigera kontaktperson %1</translation>
    </message>
    <message>
        <source>End role of %1</source>
        <translation>Avsluta rollen för %1</translation>
    </message>
    <message>
        <source>%1 stays on the card as history. Add the successor as a new contact person.</source>
        <translation>%1 finns kvar på kortet som historik. Lägg till efterträdaren som en ny kontaktperson.</translation>
    </message>
    <message>
        <source>&amp;Last day in the role:</source>
        <translation>&amp;Sista dag i rollen:</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CostLineDialog</name>
    <message>
        <source>Cost line</source>
        <translation>Kostnadsrad</translation>
    </message>
    <message>
        <source>e.g. 1250.00</source>
        <translation>t.ex. 1250,00</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>&amp;Line:</source>
        <translation>&amp;Rad:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Belopp:</translation>
    </message>
    <message>
        <source>Amount: expected an amount such as 1250.00, got &quot;%1&quot;</source>
        <translation>Belopp: förväntade ett belopp som 1250,00, fick ”%1”</translation>
    </message>
    <message>
        <source>Amount: a cost cannot be negative</source>
        <translation>Belopp: en kostnad kan inte vara negativ</translation>
    </message>
    <message>
        <source>Please correct:</source>
        <translation>Rätta följande:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a line of table 7.3: its number and name</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Cost line for %Ln customer(s)</source>
        <translation>
            <numerusform>Kostnadsrad för %Ln kund</numerusform>
            <numerusform>Kostnadsrad för %Ln kunder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Spread the amount over the %Ln customer(s) (else each gets it)</source>
        <translation>
            <numerusform>&amp;Fördela beloppet på %Ln kund (annars får var och en hela beloppet)</numerusform>
            <numerusform>&amp;Fördela beloppet på de %Ln kunderna (annars får var och en hela beloppet)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::CostsTab</name>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Cost line (table 7.3)</source>
        <translation>Kostnadsrad (tabell 7.3)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>&amp;Add cost…</source>
        <translation>&amp;Lägg till kostnad…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Ändra…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Cost %1</source>
        <translation>Kostnad %1</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Ingenting ändrades: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cost %1 for %Ln customer(s)</source>
        <translation>
            <numerusform>Kostnad %1 för %Ln kund</numerusform>
            <numerusform>Kostnad %1 för %Ln kunder</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete cost %1 %2</source>
        <comment>a cost line and its year</comment>
        <translation>Ta bort kostnad %1 %2</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CurrencyDialog</name>
    <message>
        <source>Choose the currency</source>
        <translation>Välj valuta</translation>
    </message>
    <message>
        <source>This database does not say which currency its amounts are in, so they are shown as plain numbers. Choose the currency they are in; Edit &gt; Currency… changes it later.</source>
        <translation>Databasen anger inte i vilken valuta beloppen är, så de visas som vanliga tal. Välj beloppens valuta; Redigera &gt; Valuta… ändrar den senare.</translation>
    </message>
    <message>
        <source>Currency of this database</source>
        <translation>Databasens valuta</translation>
    </message>
    <message>
        <source>This database has no currency yet: its amounts are shown as plain numbers.</source>
        <translation>Databasen har ingen valuta ännu: beloppen visas som vanliga tal.</translation>
    </message>
    <message>
        <source>Every amount in this database is in %1.</source>
        <translation>Alla belopp i databasen är i %1.</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <source>&amp;Set currency</source>
        <translation>&amp;Ange valuta</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Inte nu</translation>
    </message>
    <message>
        <source>&amp;Change currency</source>
        <translation>&amp;Byt valuta</translation>
    </message>
    <message>
        <source>This is the currency of the database now; nothing changes.</source>
        <translation>Det här är redan databasens valuta; ingenting ändras.</translation>
    </message>
    <message>
        <source>Amounts are not converted; every amount in this database will be shown in %1.</source>
        <translation>Beloppen räknas inte om; alla belopp i databasen kommer att visas i %1.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomerDetailsView</name>
    <message>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <source>Edit the profile (Ctrl+E); Edit &gt; Undo takes it back</source>
        <translation>Redigera profilen (Ctrl+E); Redigera &gt; Ångra tar tillbaka ändringen</translation>
    </message>
    <message>
        <source>Log episode…</source>
        <translation>Registrera episod…</translation>
    </message>
    <message>
        <source>Log a call, meeting, purchase … with this customer (Ctrl+L)</source>
        <translation>Registrera ett samtal, möte, köp … med den här kunden (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>&amp;Relation</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakter</translation>
    </message>
    <message>
        <source>Contact persons at the customer, past ones kept</source>
        <translation>Kontaktpersoner hos kunden, tidigare sparas</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alla kanaler</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Intäkter</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Nöjdhet</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>&amp;Episodes</source>
        <translation>&amp;Episoder</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Uppgifter</translation>
    </message>
    <message>
        <source>C&amp;osts</source>
        <translation>K&amp;ostnader</translation>
    </message>
    <message>
        <source>&amp;Lost</source>
        <translation>&amp;Förlorad</translation>
    </message>
    <message>
        <source>A lost customer: when, why, and the win-back</source>
        <translation>En förlorad kund: när, varför och återvinningen</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Ingen kund vald</translation>
    </message>
    <message>
        <source>Choose a customer in the list to see the profile, contact persons and episodes.</source>
        <translation>Välj en kund i listan för att se profilen, kontaktpersonerna och episoderna.</translation>
    </message>
    <message>
        <source>Customer #%1 no longer exists</source>
        <translation>Kund nr %1 finns inte längre</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Juridiskt namn</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
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
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>Vunnen</translation>
    </message>
    <message>
        <source>Not yet (prospect)</source>
        <translation>Inte ännu (potentiell konsument)</translation>
    </message>
    <message>
        <source>Acquisition cost</source>
        <translation>Anskaffningskostnad</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Föredragen kanal</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Intressen</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>Hushållets storlek</translation>
    </message>
    <message>
        <source>Income band</source>
        <translation>Inkomstnivå</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Inget registrerat</translation>
    </message>
    <message>
        <source>Processing: %1, marketing: %2</source>
        <translation>Behandling: %1, marknadsföring: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Senaste kontakt</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>Extern referens</translation>
    </message>
    <message>
        <source>Could not read customer #%1</source>
        <translation>Kunde inte läsa kund nr %1</translation>
    </message>
    <message>
        <source>%1, done</source>
        <translation>%1, klar</translation>
    </message>
    <message>
        <source>%1, open</source>
        <translation>%1, öppen</translation>
    </message>
    <message>
        <source>Critical episode</source>
        <translation>Kritisk episod</translation>
    </message>
    <message>
        <source>Historical value</source>
        <translation>Historiskt värde</translation>
    </message>
    <message>
        <source>Revenue %1, margin %2</source>
        <translation>Intäkter %1, marginal %2</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analys</translation>
    </message>
    <message>
        <source>Scores below are from an earlier analysis run; the details appear when the analysis has run in this session (Analytics page).</source>
        <translation>Poängen nedan kommer från en tidigare analyskörning; detaljerna visas när analysen har körts under den här sessionen (sidan Analys).</translation>
    </message>
    <message>
        <source>No analysis has run yet: open the Analytics page to run it.</source>
        <translation>Ingen analys har körts ännu: öppna sidan Analys för att köra den.</translation>
    </message>
    <message>
        <source>Predicted value</source>
        <translation>Prognostiserat värde</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(aktiv)</translation>
    </message>
    <message>
        <source>%1: the chance this customer still buys, from the purchase model</source>
        <translation>%1: sannolikheten att kunden fortfarande köper, enligt köpmodellen</translation>
    </message>
    <message>
        <source>Ladder stage</source>
        <translation>Steg på relationstrappan</translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation>Angivet manuellt</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 den %2: %3</translation>
    </message>
    <message>
        <source>Set stage by hand…</source>
        <translation>Ange steg manuellt…</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Steghistorik</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Kundavgång</translation>
    </message>
    <message>
        <source>Left on %1</source>
        <translation>Lämnade %1</translation>
    </message>
    <message>
        <source>Reason: %1. %2</source>
        <translation>Orsak: %1. %2</translation>
    </message>
    <message>
        <source>Longevity</source>
        <translation>Relationens längd</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>År %1</translation>
    </message>
    <message>
        <source>Purchases %1, revenue %2, profit from sales %3, relationship costs %4, profitability %5</source>
        <translation>Köp %1, intäkter %2, vinst från försäljning %3, relationskostnader %4, lönsamhet %5</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Rekommendationer</translation>
    </message>
    <message>
        <source>Co-creation</source>
        <translation>Samskapande</translation>
    </message>
    <message>
        <source>Critical episodes</source>
        <translation>Kritiska episoder</translation>
    </message>
    <message>
        <source>%1 on average (−2 … +2), ratings: %2</source>
        <translation>%1 i genomsnitt (−2 … +2), bedömningar: %2</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Klagomål</translation>
    </message>
    <message>
        <source>Set ladder stage</source>
        <translation>Ange steg på relationstrappan</translation>
    </message>
    <message>
        <source>Ladder stage back to the rules</source>
        <translation>Steg på relationstrappan enligt reglerna igen</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Redigera %1</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Redigera kund</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>Ändringen sparades inte: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · customer #%3</source>
        <comment>kind · market · number</comment>
        <translation>%1 · %2 · kund nr %3</translation>
    </message>
    <message>
        <source>%1 · archived on %2 (hidden from lists and analyses)</source>
        <translation>%1 · arkiverad den %2 (dold i listor och analyser)</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <comment>acquired on a date via a channel</comment>
        <translation>%1 via %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (margin %2) from %Ln purchase(s)</source>
        <translation>
            <numerusform>%1 (marginal %2) från %Ln köp</numerusform>
            <numerusform>%1 (marginal %2) från %Ln köp</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer&apos;s record cannot be read: %1</source>
        <translation>Kundens post kan inte läsas: %1</translation>
    </message>
    <message>
        <source>%1 (critical)</source>
        <comment>an episode kind</comment>
        <translation>%1 (kritisk)</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln episode(s) shown, newest first: double-click or press Enter here for older ones</source>
        <translation>
            <numerusform>%L1 av %Ln episod visas, nyast först: dubbelklicka eller tryck på Enter här för äldre</numerusform>
            <numerusform>%L1 av %Ln episoder visas, nyast först: dubbelklicka eller tryck på Enter här för äldre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown, newest first: double-click or press Enter here for older ones</source>
        <translation>
            <numerusform>%Ln visas, nyast först: dubbelklicka eller tryck på Enter här för äldre</numerusform>
            <numerusform>%Ln visas, nyast först: dubbelklicka eller tryck på Enter här för äldre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 over the next %Ln month(s), discounted %2 a month</source>
        <translation>
            <numerusform>%1 under nästa %Ln månad, diskonterat %2 per månad</numerusform>
            <numerusform>%1 under de kommande %Ln månaderna, diskonterat %2 per månad</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (set by hand)</source>
        <comment>a ladder stage</comment>
        <translation>%1 (angivet manuellt)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>a ladder stage reached on a date</comment>
        <translation>%1 den %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>churn status: why</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (value at stake %2)</source>
        <translation>%1 (värde som står på spel %2)</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>Orsak: %1.</translation>
    </message>
    <message>
        <source>%1 months since the first episode (%2)</source>
        <comment>%1 has one decimal, e.g. 14.5</comment>
        <translation>%1 månader sedan den första episoden (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln, of which %1 answered</source>
        <comment>complaints</comment>
        <translation>
            <numerusform>%Ln, varav %1 besvarade</numerusform>
            <numerusform>%Ln, varav %1 besvarade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: preventive contact every %Ln day(s)</source>
        <translation>
            <numerusform>%1: förebyggande kontakt varje dag</numerusform>
            <numerusform>%1: förebyggande kontakt var %Ln:e dag</numerusform>
        </translation>
    </message>
    <message>
        <source>Entitles to: %1</source>
        <translation>Ger rätt till: %1</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Servicenivå</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <comment>a service level held from a date</comment>
        <translation>%1 från %2</translation>
    </message>
    <message>
        <source>no level</source>
        <translation>ingen nivå</translation>
    </message>
    <message>
        <source>Level history</source>
        <translation>Nivåhistorik</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomerDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Redigera %1</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Ny kund</translation>
    </message>
    <message>
        <source>Consumer (B2C)</source>
        <translation>Privatkund (B2C)</translation>
    </message>
    <message>
        <source>Business (B2B)</source>
        <translation>Företagskund (B2B)</translation>
    </message>
    <message>
        <source>Every sales manager of the team may see and edit it</source>
        <translation>Alla försäljningschefer i teamet får se och redigera den</translation>
    </message>
    <message>
        <source>Several separated by commas</source>
        <translation>Flera avgränsade med kommatecken</translation>
    </message>
    <message>
        <source>Several separated by commas, e.g. +48 601 234 567</source>
        <translation>Flera avgränsade med kommatecken, t.ex. +46 70 123 45 67</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>&amp;Juridiskt namn:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Market:</source>
        <translation>&amp;Marknad:</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segment:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ansvarig:</translation>
    </message>
    <message>
        <source>S&amp;hared:</source>
        <translation>&amp;Delad:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Gata:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Postnummer:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identitet</translation>
    </message>
    <message>
        <source>Acquired (a customer, no longer a prospect)</source>
        <translation>Vunnen (inte längre potentiell konsument)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänd</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Ingen preferens</translation>
    </message>
    <message>
        <source>Interests and preferences, separated by commas</source>
        <translation>Intressen och preferenser, avgränsade med kommatecken</translation>
    </message>
    <message>
        <source>Consents to the processing of personal data</source>
        <translation>Samtycker till behandling av personuppgifter</translation>
    </message>
    <message>
        <source>Consents to marketing</source>
        <translation>Samtycker till marknadsföring</translation>
    </message>
    <message>
        <source>Acquired on:</source>
        <translation>Vunnen den:</translation>
    </message>
    <message>
        <source>Acquired via:</source>
        <translation>Vunnen via:</translation>
    </message>
    <message>
        <source>Acquisition cost:</source>
        <translation>Anskaffningskostnad:</translation>
    </message>
    <message>
        <source>Preferred channel:</source>
        <translation>Föredragen kanal:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Ta&amp;ggar:</translation>
    </message>
    <message>
        <source>Household size:</source>
        <translation>Hushållets storlek:</translation>
    </message>
    <message>
        <source>Income band:</source>
        <translation>Inkomstnivå:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Samtycke:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Anteckn&amp;ingar:</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Acquisition cost: expected an amount such as 120.50, got &quot;%1&quot;</source>
        <translation>Anskaffningskostnad: förväntade ett belopp som 120,50, fick ”%1”</translation>
    </message>
    <message>
        <source>Please correct:</source>
        <translation>Rätta följande:</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomerListModel</name>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Senaste kontakt</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Intäkter</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Köp</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Kundavgång</translation>
    </message>
    <message>
        <source>Predicted value</source>
        <translation>Prognostiserat värde</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(aktiv)</translation>
    </message>
    <message>
        <source>Level</source>
        <comment>service level, a column header</comment>
        <translation>Nivå</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomersPage</name>
    <message>
        <source>Search customers by name, e-mail, phone, tag or contact person (Ctrl+F)</source>
        <translation>Sök kunder efter namn, e-post, telefon, tagg eller kontaktperson (Ctrl+F)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Sales manager responsible</source>
        <translation>Ansvarig försäljningschef</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Stage on the relationship ladder (last analysis)</source>
        <translation>Steg på relationstrappan (senaste analys)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Group by purchase cost and frequency (last analysis)</source>
        <translation>Grupp efter köpens kostnad och frekvens (senaste analys)</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Kundavgång</translation>
    </message>
    <message>
        <source>Churn status (last analysis)</source>
        <translation>Status för kundavgång (senaste analys)</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tagg</translation>
    </message>
    <message>
        <source>Interest or tag</source>
        <translation>Intresse eller tagg</translation>
    </message>
    <message>
        <source>Archived customers are hidden from lists and analyses until restored</source>
        <translation>Arkiverade kunder är dolda i listor och analyser tills de återställs</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>I bruk</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arkiverade</translation>
    </message>
    <message>
        <source>In use and archived</source>
        <translation>I bruk och arkiverade</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Rensa filter</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Urval</translation>
    </message>
    <message>
        <source>Acts on the selected customers (Shift or Ctrl to select several)</source>
        <translation>Gäller de markerade kunderna (Skift eller Ctrl för att markera flera)</translation>
    </message>
    <message>
        <source>Assign &amp;owner…</source>
        <translation>Tilldela &amp;ansvarig…</translation>
    </message>
    <message>
        <source>Add &amp;tag…</source>
        <translation>Lägg till &amp;tagg…</translation>
    </message>
    <message>
        <source>Add &amp;cost line…</source>
        <translation>Lägg till &amp;kostnadsrad…</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>A&amp;rkivera…</translation>
    </message>
    <message>
        <source>Hide from lists and analyses, keeping the whole history; Restore brings back</source>
        <translation>Dölj i listor och analyser men behåll hela historiken; Återställ tar tillbaka dem</translation>
    </message>
    <message>
        <source>&amp;Restore from archive</source>
        <translation>&amp;Återställ från arkivet</translation>
    </message>
    <message>
        <source>A cost line of table 7.3 for each selected customer, or spread over them</source>
        <translation>En kostnadsrad enligt tabell 7.3 för varje markerad kund, eller fördelad på dem</translation>
    </message>
    <message>
        <source>&amp;Export selection (XLSX, CSV or vCard)…</source>
        <translation>&amp;Exportera urval (XLSX, CSV eller vCard)…</translation>
    </message>
    <message>
        <source>Reading customers failed: %1</source>
        <translation>Det gick inte att läsa kunderna: %1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Räknar…</translation>
    </message>
    <message>
        <source>Count unavailable</source>
        <translation>Antalet är inte tillgängligt</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkivera</translation>
    </message>
    <message>
        <source>Archive customers (%L1)</source>
        <translation>Arkivera kunder (%L1)</translation>
    </message>
    <message>
        <source>Restore customers (%L1)</source>
        <translation>Återställ kunder (%L1)</translation>
    </message>
    <message>
        <source>The selected customers are archived already.</source>
        <translation>De markerade kunderna är redan arkiverade.</translation>
    </message>
    <message>
        <source>None of the selected customers is archived.</source>
        <translation>Ingen av de markerade kunderna är arkiverad.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Ingenting ändrades: %1</translation>
    </message>
    <message>
        <source>Selection (%L1)</source>
        <translation>Urval (%L1)</translation>
    </message>
    <message>
        <source>Assign owner</source>
        <translation>Tilldela ansvarig</translation>
    </message>
    <message>
        <source>Sales manager responsible for the selected customers (%L1):</source>
        <translation>Ansvarig försäljningschef för de markerade kunderna (%L1):</translation>
    </message>
    <message>
        <source>Assign owner %1 to customers (%L2)</source>
        <translation>Tilldela ansvarig %1 till kunder (%L2)</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Lägg till tagg</translation>
    </message>
    <message>
        <source>Tag (an interest or preference) for the selected customers (%L1):</source>
        <translation>Tagg (ett intresse eller en preferens) för de markerade kunderna (%L1):</translation>
    </message>
    <message>
        <source>Tag customers (%L1) with %2</source>
        <translation>Tagga kunder (%L1) med %2</translation>
    </message>
    <message>
        <source>Export selected customers</source>
        <translation>Exportera markerade kunder</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv);;vCard files (*.vcf)</source>
        <translation>Excel-arbetsböcker (*.xlsx);;CSV-filer (*.csv);;vCard-filer (*.vcf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>%1; shows all when its name is chosen</source>
        <translation>%1; visar alla när dess namn väljs</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln kund</numerusform>
            <numerusform>%Ln kunder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive the %Ln selected customer(s)? They leave the lists and the analyses but keep their history; Restore from archive, or Edit &gt; Undo, brings them back.</source>
        <translation>
            <numerusform>Arkivera den markerade kunden? Den försvinner från listorna och analyserna men behåller sin historik; Återställ från arkivet, eller Redigera &gt; Ångra, hämtar tillbaka den.</numerusform>
            <numerusform>Arkivera de %Ln markerade kunderna? De försvinner från listorna och analyserna men behåller sin historik; Återställ från arkivet, eller Redigera &gt; Ångra, hämtar tillbaka dem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln customer(s) …</source>
        <translation>
            <numerusform>Exporterar %Ln kund …</numerusform>
            <numerusform>Exporterar %Ln kunder …</numerusform>
        </translation>
    </message>
    <message>
        <source>the file could not be written completely (is the disk full?)</source>
        <translation>filen kunde inte skrivas helt (är disken full?)</translation>
    </message>
    <message>
        <source>the file cannot be created</source>
        <translation>filen kan inte skapas</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln customer(s) to %1</source>
        <translation>
            <numerusform>Exporterade %Ln kund till %1</numerusform>
            <numerusform>Exporterade %Ln kunder till %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Level</source>
        <comment>service level, a filter</comment>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Service level (last analysis)</source>
        <translation>Servicenivå (senaste analys)</translation>
    </message>
    <message>
        <source>Stage, group, churn status and level are those of the last analysis run (Analytics &gt; Run analysis, F5 on the Analytics page).</source>
        <translation>Steg, grupp, status för kundavgång och nivå är de från den senaste analyskörningen (Analys &gt; Kör analys, F5 på sidan Analys).</translation>
    </message>
    <message>
        <source>No level</source>
        <translation>Ingen nivå</translation>
    </message>
</context>
<context>
    <name>rapport::ui::DashboardPage</name>
    <message>
        <source>Active customers
(bought in the window)</source>
        <translation>Aktiva kunder
(köpte under perioden)</translation>
    </message>
    <message>
        <source>Revenue in the window</source>
        <translation>Intäkter under perioden</translation>
    </message>
    <message>
        <source>Top 20 % of customers&apos; share of revenue
(benchmark: 80 %)</source>
        <translation>De främsta 20 % av kundernas andel av intäkterna
(riktvärde: 80 %)</translation>
    </message>
    <message>
        <source>Churn of last year&apos;s buyers
(lost: recorded · lapsed: by rule)</source>
        <translation>Kundavgång bland förra årets köpare
(förlorade: registrerade · vilande: enligt regel)</translation>
    </message>
    <message>
        <source>Customers at risk</source>
        <translation>Kunder i riskzonen</translation>
    </message>
    <message>
        <source>Relationship ladder</source>
        <translation>Relationstrappan</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Climbed in the window</source>
        <translation>Klättrat under perioden</translation>
    </message>
    <message>
        <source>Four groups by purchase cost and frequency</source>
        <translation>Fyra grupper efter köpens kostnad och frekvens</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Share of
revenue</source>
        <translation>Andel av
intäkterna</translation>
    </message>
    <message>
        <source>Average
revenue</source>
        <translation>Genomsnittliga
intäkter</translation>
    </message>
    <message>
        <source>At risk, by value at stake (double-click opens the customer)</source>
        <translation>I riskzonen, efter värde som står på spel (dubbelklicka för att öppna kunden)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Value at
stake</source>
        <translation>Värde som
står på spel</translation>
    </message>
    <message>
        <source>Days since
last purchase</source>
        <translation>Dagar sedan
senaste köp</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>What is due (double-click opens the customer)</source>
        <translation>Att göra (dubbelklicka för att öppna kunden)</translation>
    </message>
    <message>
        <source>All follow-ups on the Episodes page</source>
        <translation>Alla uppföljningar på sidan Episoder</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Uppföljningar</translation>
    </message>
    <message>
        <source>Whose tasks: yours, a colleague&apos;s or everyone&apos;s</source>
        <translation>Vems uppgifter: dina, en kollegas eller allas</translation>
    </message>
    <message>
        <source>&amp;Whose:</source>
        <translation>&amp;Vems:</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>Upp&amp;gifter</translation>
    </message>
    <message>
        <source>Nothing due.</source>
        <translation>Inget att göra.</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Visa fler</translation>
    </message>
    <message>
        <source>Analysing the customer base in the background; the figures appear when it is done. Follow-ups are already listed.</source>
        <translation>Analyserar kundbasen i bakgrunden; siffrorna visas när den är klar. Uppföljningarna listas redan.</translation>
    </message>
    <message>
        <source>No analysis yet. It runs in the background when a database opens, and again with View &gt; Run analysis (F5).</source>
        <translation>Ingen analys ännu. Den körs i bakgrunden när en databas öppnas, och igen med Visa &gt; Kör analys (F5).</translation>
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
        <translation>Ingen är i riskzonen.</translation>
    </message>
    <message>
        <source>All at risk in the customer list</source>
        <translation>Alla i riskzonen i kundlistan</translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation>Allas</translation>
    </message>
    <message>
        <source>Mine (%1)</source>
        <translation>Mina (%1)</translation>
    </message>
    <message>
        <source>&amp;Tasks (%L1+)</source>
        <comment>more than this many</comment>
        <translation>Upp&amp;gifter (%L1+)</translation>
    </message>
    <message>
        <source>&amp;Tasks (%L1)</source>
        <translation>Upp&amp;gifter (%L1)</translation>
    </message>
    <message numerus="yes">
        <source>Analysis of %Ln customer(s) up to %1 (window %2 – %3), %4 model.</source>
        <translation>
            <numerusform>Analys av %Ln kund fram till %1 (period %2 – %3), modell %4.</numerusform>
            <numerusform>Analys av %Ln kunder fram till %1 (period %2 – %3), modell %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lost</source>
        <comment>customers</comment>
        <translation>
            <numerusform>%Ln förlorad</numerusform>
            <numerusform>%Ln förlorade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lapsed now</source>
        <comment>customers</comment>
        <translation>
            <numerusform>%Ln vilande nu</numerusform>
            <numerusform>%Ln vilande nu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln) lost</source>
        <comment>share (number) of customers</comment>
        <translation>
            <numerusform>%1 (%Ln) förlorad</numerusform>
            <numerusform>%1 (%Ln) förlorade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln) lapsed</source>
        <comment>share (number) of customers</comment>
        <translation>
            <numerusform>%1 (%Ln) vilande</numerusform>
            <numerusform>%1 (%Ln) vilande</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln shown, the most valuable first.</source>
        <translation>
            <numerusform>%Ln visas.</numerusform>
            <numerusform>Alla %Ln visas, de mest värdefulla först.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln shown, the most valuable first.</source>
        <translation>
            <numerusform>%L1 av %Ln visas, de mest värdefulla först.</numerusform>
            <numerusform>%L1 av %Ln visas, de mest värdefulla först.</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs &amp;attention</source>
        <translation>&amp;Behöver uppmärksamhet</translation>
    </message>
    <message>
        <source>Needs &amp;attention (%L1)</source>
        <translation>&amp;Behöver uppmärksamhet (%L1)</translation>
    </message>
    <message>
        <source>Wi&amp;n-back</source>
        <translation>Åte&amp;rvinning</translation>
    </message>
    <message>
        <source>Wi&amp;n-back (%L1)</source>
        <translation>Åte&amp;rvinning (%L1)</translation>
    </message>
</context>
<context>
    <name>rapport::ui::DatabaseOpening</name>
    <message>
        <source>Opening database</source>
        <translation>Öppnar databasen</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Öppnar %1…</translation>
    </message>
    <message>
        <source>Stopping; %1 is left as it was…</source>
        <translation>Avbryter; %1 lämnas som den var…</translation>
    </message>
    <message>
        <source>%1 was written by an older version of Rapport. Before it is upgraded, a copy of it is kept beside it…</source>
        <translation>%1 skrevs av en äldre version av Rapport. Innan den uppgraderas sparas en kopia av den bredvid…</translation>
    </message>
    <message>
        <source>Upgrading %1 for this version of Rapport…</source>
        <translation>Uppgraderar %1 för den här versionen av Rapport…</translation>
    </message>
</context>
<context>
    <name>rapport::ui::DateEdit</name>
    <message>
        <source>Type a date such as %1 or %2, or pick one from the calendar (Alt+Down)</source>
        <translation>Skriv ett datum som %1 eller %2, eller välj ett i kalendern (Alt+Nedåtpil)</translation>
    </message>
    <message>
        <source>Pick from a calendar</source>
        <translation>Välj i en kalender</translation>
    </message>
</context>
<context>
    <name>rapport::ui::DemoDataJob</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodata</translation>
    </message>
    <message numerus="yes">
        <source>Generating demo data: %Ln customer(s) with three years of history…</source>
        <translation>
            <numerusform>Genererar demodata: %Ln kund med tre års historik…</numerusform>
            <numerusform>Genererar demodata: %Ln kunder med tre års historik…</numerusform>
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
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Acquisition channel</source>
        <translation>Anskaffningskanal</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Servicenivå</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Per:</translation>
    </message>
    <message>
        <source>Compute again</source>
        <translation>Beräkna igen</translation>
    </message>
    <message>
        <source>Read the whole base again in the background</source>
        <translation>Läs hela kundbasen igen i bakgrunden</translation>
    </message>
    <message>
        <source>Share of the base&apos;s revenue</source>
        <translation>Andel av kundbasens intäkter</translation>
    </message>
    <message>
        <source>What acquiring these customers cost</source>
        <translation>Vad det kostade att skaffa dessa kunder</translation>
    </message>
    <message>
        <source>Acquisition cost per customer</source>
        <translation>Anskaffningskostnad per kund</translation>
    </message>
    <message>
        <source>The predicted value of the last stored scores</source>
        <translation>Det prognostiserade värdet enligt de senast sparade poängen</translation>
    </message>
    <message>
        <source>Predicted value per unit of acquisition cost</source>
        <translation>Prognostiserat värde per enhet anskaffningskostnad</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grupp %1</translation>
    </message>
    <message>
        <source>No purchase</source>
        <translation>Inget köp</translation>
    </message>
    <message>
        <source>No purchase in the last analysis&apos; window</source>
        <translation>Inget köp under den senaste analysens period</translation>
    </message>
    <message>
        <source>The figures read the whole base in the background when this tab is shown.</source>
        <translation>Siffrorna beräknas från hela kundbasen i bakgrunden när den här fliken visas.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Ingen databas är öppen.</translation>
    </message>
    <message>
        <source>Reading the customers in the background…</source>
        <translation>Läser kunderna i bakgrunden…</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Siffrorna kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(inte registrerat)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Intäkter</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marginal</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>Acq. cost</source>
        <translation>Ansk.kostnad</translation>
    </message>
    <message>
        <source>Per customer</source>
        <translation>Per kund</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Prognos</translation>
    </message>
    <message>
        <source>Predicted / cost</source>
        <translation>Prognos/kostnad</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s); the four groups, churn and predicted values are those of the last stored scores.</source>
        <translation>
            <numerusform>%Ln kund; fyra grupper, kundavgång och prognostiserade värden kommer från de senast sparade poängen.</numerusform>
            <numerusform>%Ln kunder; fyra grupper, kundavgång och prognostiserade värden kommer från de senast sparade poängen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s); no analysis run has stored scores yet, so the four groups, churn and predicted values are empty (Run analysis, then store the scores).</source>
        <translation>
            <numerusform>%Ln kund; ingen analyskörning har sparat poäng ännu, så fyra grupper, kundavgång och prognostiserade värden är tomma (kör analysen och spara sedan poängen).</numerusform>
            <numerusform>%Ln kunder; ingen analyskörning har sparat poäng ännu, så fyra grupper, kundavgång och prognostiserade värden är tomma (kör analysen och spara sedan poängen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
</context>
<context>
    <name>rapport::ui::DuplicateHint</name>
    <message>
        <source>Open the &amp;existing one</source>
        <translation>Öppna den &amp;befintliga</translation>
    </message>
    <message>
        <source>same e-mail %1</source>
        <translation>samma e-post %1</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation>samma telefon %1</translation>
    </message>
    <message>
        <source>a similar name</source>
        <translation>liknande namn</translation>
    </message>
    <message>
        <source>Possibly in the base already (%1): %2 — %3</source>
        <translation>Finns kanske redan i basen (%1): %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln or more customers with a similar name, e.g.</source>
        <translation>
            <numerusform>%Ln eller fler kunder med liknande namn, t.ex.</numerusform>
            <numerusform>%Ln eller fler kunder med liknande namn, t.ex.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers with a similar name, e.g.</source>
        <translation>
            <numerusform>%Ln kund med liknande namn, t.ex.</numerusform>
            <numerusform>%Ln kunder med liknande namn, t.ex.</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1</source>
        <comment>a customer&apos;s number</comment>
        <translation>#%1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Hitta dubbletter</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>&amp;Open first</source>
        <translation>&amp;Öppna den första</translation>
    </message>
    <message>
        <source>&amp;Merge into the first…</source>
        <translation>&amp;Slå ihop med den första…</translation>
    </message>
    <message>
        <source>Looking for customers who share an e-mail or phone or have nearly the same name …</source>
        <translation>Letar efter kunder som delar e-post eller telefon eller har nästan samma namn …</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Sökningen misslyckades: %1</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>No probable duplicates.</source>
        <translation>Inga troliga dubbletter.</translation>
    </message>
    <message numerus="yes">
        <source>%n probable duplicate(s). Open the first to compare; merging moves everything of the others onto the first and cannot be undone.</source>
        <translation>
            <numerusform>%n trolig dubblett. Öppna den första för att jämföra; en sammanslagning flyttar allt från de övriga till den första och kan inte ångras.</numerusform>
            <numerusform>%n troliga dubbletter. Öppna den första för att jämföra; en sammanslagning flyttar allt från de övriga till den första och kan inte ångras.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Slå ihop kunder</translation>
    </message>
    <message>
        <source>Move the episodes, contact persons, tasks, costs and contact data of %1 onto customer #%2 and remove them? A merge cannot be undone, and Edit &gt; Undo forgets the changes made before it.</source>
        <translation>Flytta episoder, kontaktpersoner, uppgifter, kostnader och kontaktuppgifter från %1 till kund nr %2 och ta bort dem? En sammanslagning kan inte ångras, och Redigera &gt; Ångra glömmer de ändringar som gjordes före den.</translation>
    </message>
    <message>
        <source>same e-mail %1</source>
        <translation>samma e-post %1</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation>samma telefon %1</translation>
    </message>
    <message>
        <source>same name: %1</source>
        <translation>samma namn: %1</translation>
    </message>
    <message>
        <source>similar names: %1 / %2</source>
        <translation>liknande namn: %1 / %2</translation>
    </message>
    <message>
        <source>Nothing was merged: %1</source>
        <translation>Ingenting slogs ihop: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::EmptyDatabaseDialog</name>
    <message>
        <source>Empty database</source>
        <translation>Tom databas</translation>
    </message>
    <message>
        <source>%1 has no customers yet.</source>
        <translation>%1 har inga kunder ännu.</translation>
    </message>
    <message>
        <source>Amounts are in &amp;this currency:</source>
        <translation>Beloppen är i &amp;denna valuta:</translation>
    </message>
    <message>
        <source>Generate demo data (%L1 customers of a relationship-marketing business, three years of history) to explore Rapport?</source>
        <translation>Generera demodata (%L1 kunder hos ett företag inom relationsmarknadsföring, tre års historik) för att utforska Rapport?</translation>
    </message>
    <message>
        <source>&amp;Generate demo data</source>
        <translation>&amp;Generera demodata</translation>
    </message>
    <message>
        <source>&amp;Start empty</source>
        <translation>&amp;Börja utan data</translation>
    </message>
</context>
<context>
    <name>rapport::ui::EpisodeDialog</name>
    <message>
        <source>Log an episode</source>
        <translation>Registrera en episod</translation>
    </message>
    <message>
        <source>Type a name, e-mail or phone; Down to pick</source>
        <translation>Skriv ett namn, en e-postadress eller ett telefonnummer; Nedåtpil för att välja</translation>
    </message>
    <message>
        <source>No customer chosen</source>
        <translation>Ingen kund vald</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kund:</translation>
    </message>
    <message>
        <source>e.g. 129.90 (negative for a return)</source>
        <translation>t.ex. 129,90 (negativt för en retur)</translation>
    </message>
    <message>
        <source>optional: revenue minus cost of goods</source>
        <translation>valfritt: intäkter minus varukostnad</translation>
    </message>
    <message>
        <source>optional: invoice or credit note number, e.g. 536365</source>
        <translation>valfritt: faktura- eller kreditnotanummer, t.ex. 536365</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Inte bedömd</translation>
    </message>
    <message>
        <source>very dissatisfied</source>
        <translation>mycket missnöjd</translation>
    </message>
    <message>
        <source>dissatisfied</source>
        <translation>missnöjd</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>nöjd</translation>
    </message>
    <message>
        <source>delighted</source>
        <translation>förtjust</translation>
    </message>
    <message>
        <source>Critical: decides whether the relationship continues</source>
        <translation>Kritisk: avgör om relationen fortsätter</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Följ upp den</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ka&amp;nal:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Belopp:</translation>
    </message>
    <message>
        <source>&amp;Margin:</source>
        <translation>&amp;Marginal:</translation>
    </message>
    <message>
        <source>Documen&amp;t no.:</source>
        <translation>D&amp;okumentnr:</translation>
    </message>
    <message>
        <source>&amp;Satisfaction:</source>
        <translation>N&amp;öjdhet:</translation>
    </message>
    <message>
        <source>Follow-&amp;up:</source>
        <translation>&amp;Uppföljning:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Vald: %1</translation>
    </message>
    <message>
        <source>Customer: choose one (type part of the name, then pick from the list)</source>
        <translation>Kund: välj en (skriv en del av namnet och välj sedan i listan)</translation>
    </message>
    <message>
        <source>Amount: expected a number such as 129.90, got &quot;%1&quot;</source>
        <translation>Belopp: förväntade ett tal som 129,90, fick ”%1”</translation>
    </message>
    <message>
        <source>Margin: expected a number such as 40.00, got &quot;%1&quot;</source>
        <translation>Marginal: förväntade ett tal som 40,00, fick ”%1”</translation>
    </message>
    <message>
        <source>Please correct:</source>
        <translation>Rätta följande:</translation>
    </message>
    <message>
        <source>The customers that match appear here as you type.</source>
        <translation>Kunder som matchar visas här medan du skriver.</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>Ingen kund matchar ”%1”.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Sökningen misslyckades: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::EpisodeListModel</name>
    <message>
        <source>%1, done</source>
        <translation>%1, klar</translation>
    </message>
    <message>
        <source>%1, open</source>
        <translation>%1, öppen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Nöjdhet</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>%1 (critical)</source>
        <comment>an episode kind</comment>
        <translation>%1 (kritisk)</translation>
    </message>
</context>
<context>
    <name>rapport::ui::EpisodesPage</name>
    <message>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alla kanaler</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Endast kritiska</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;till</translation>
    </message>
    <message>
        <source>Follow-ups due today and overdue</source>
        <translation>Uppföljningar som förfaller i dag och försenade</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Markera som &amp;klar</translation>
    </message>
    <message>
        <source>The selected follow-up is done (Edit &gt; Undo takes it back)</source>
        <translation>Den markerade uppföljningen är klar (Redigera &gt; Ångra tar tillbaka det)</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>Visa &amp;fler</translation>
    </message>
    <message numerus="yes">
        <source>The next %n older follow-ups</source>
        <translation>
            <numerusform>Nästa äldre uppföljning</numerusform>
            <numerusform>Nästa %n äldre uppföljningar</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Uppföljning klar</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::FieldText</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Juridiskt namn</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Gata</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>Extern referens</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Marknad</translation>
    </message>
    <message>
        <source>Income band</source>
        <translation>Inkomstnivå</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>Hushållets storlek</translation>
    </message>
    <message>
        <source>Acquisition cost</source>
        <translation>Anskaffningskostnad</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marginal</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Nöjdhet</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Uppföljning klar</translation>
    </message>
    <message>
        <source>Document no.</source>
        <translation>Dokumentnr</translation>
    </message>
    <message>
        <source>Invoice lines</source>
        <translation>Fakturarader</translation>
    </message>
    <message>
        <source>Cancelled purchase</source>
        <translation>Annullerat köp</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Aktiv från</translation>
    </message>
    <message>
        <source>Active until</source>
        <translation>Aktiv till</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Lämnade den</translation>
    </message>
    <message>
        <source>Win-back attempts</source>
        <translation>Återvinningsförsök</translation>
    </message>
    <message>
        <source>Win-back outcome</source>
        <translation>Återvinningens utfall</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Partner&apos;s customer</source>
        <translation>Partnerns kundpost</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Stadier</translation>
    </message>
    <message>
        <source>Value shared</source>
        <translation>Delat värde</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Startade den</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Avslutades den</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Angiven av</translation>
    </message>
    <message>
        <source>%1: is required</source>
        <translation>%1: måste anges</translation>
    </message>
    <message numerus="yes">
        <source>%1: is too long: at most %n byte(s) (letters such as ą or é take two)</source>
        <translation>
            <numerusform>%1: är för lång: högst %n byte (bokstäver som ą eller é tar två)</numerusform>
            <numerusform>%1: är för lång: högst %n byte (bokstäver som ą eller é tar två)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: holds characters that cannot be stored (control characters)</source>
        <translation>%1: innehåller tecken som inte kan lagras (styrtecken)</translation>
    </message>
    <message>
        <source>%1: must be one line of text, without control characters</source>
        <translation>%1: måste vara en enda textrad, utan styrtecken</translation>
    </message>
    <message>
        <source>%1: choose the customer</source>
        <translation>%1: välj kunden</translation>
    </message>
    <message>
        <source>%1: choose the customer the person works for</source>
        <translation>%1: välj kunden som personen arbetar för</translation>
    </message>
    <message>
        <source>%1: choose a stored contact person</source>
        <translation>%1: välj en sparad kontaktperson</translation>
    </message>
    <message>
        <source>%1: choose a stored customer</source>
        <translation>%1: välj en sparad kund</translation>
    </message>
    <message>
        <source>%1: is required for a purchase</source>
        <translation>%1: måste anges för ett köp</translation>
    </message>
    <message>
        <source>%1: must not be negative for a purchase (log a refund as a return)</source>
        <translation>%1: negativa värden är inte tillåtna för ett köp (registrera en återbetalning som en retur)</translation>
    </message>
    <message>
        <source>%1: is required for a return (the refunded amount, as a negative number)</source>
        <translation>%1: måste anges för en retur (det återbetalade beloppet, som ett negativt tal)</translation>
    </message>
    <message>
        <source>%1: must be zero or negative for a return: it is money given back</source>
        <translation>%1: måste vara noll eller ett negativt tal för en retur: det är pengar som betalas tillbaka</translation>
    </message>
    <message>
        <source>%1: only purchases and returns have an amount, not this kind of episode (%2)</source>
        <translation>%1: endast köp och returer har ett belopp, inte denna typ av episod (%2)</translation>
    </message>
    <message>
        <source>%1: only purchases and returns have a margin, not this kind of episode (%2)</source>
        <translation>%1: endast köp och returer har en marginal, inte denna typ av episod (%2)</translation>
    </message>
    <message>
        <source>%1: needs the amount it is part of</source>
        <translation>%1: kräver beloppet som den ingår i</translation>
    </message>
    <message>
        <source>%1: cannot exceed the amount (%2)</source>
        <translation>%1: får inte överstiga beloppet (%2)</translation>
    </message>
    <message>
        <source>%1: must be between -2 (very dissatisfied) and +2 (delighted)</source>
        <translation>%1: måste vara mellan -2 (mycket missnöjd) och +2 (förtjust)</translation>
    </message>
    <message>
        <source>%1: needs a follow-up date</source>
        <translation>%1: kräver ett uppföljningsdatum</translation>
    </message>
    <message>
        <source>%1: must not be before the episode&apos;s date (%2)</source>
        <translation>%1: får inte vara före episodens datum (%2)</translation>
    </message>
    <message>
        <source>%1: must not be before the start date (%2)</source>
        <translation>%1: får inte vara före startdatumet (%2)</translation>
    </message>
    <message>
        <source>%1: must not be before the previous stage change (%2)</source>
        <translation>%1: får inte vara före föregående byte av stadium (%2)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is listed twice</source>
        <translation>%1: ”%2” anges två gånger</translation>
    </message>
    <message>
        <source>%1: %2 is listed twice</source>
        <comment>a partnership bond</comment>
        <translation>%1: %2 anges två gånger</translation>
    </message>
    <message>
        <source>%1: must not be negative</source>
        <translation>%1: negativa värden är inte tillåtna</translation>
    </message>
    <message>
        <source>%1: must be a year between 1900 and 2200</source>
        <translation>%1: måste vara ett år mellan 1900 och 2200</translation>
    </message>
    <message>
        <source>%1: &quot;won back&quot; needs at least one win-back attempt</source>
        <translation>%1: ”återvunnen” kräver minst ett återvinningsförsök</translation>
    </message>
    <message>
        <source>%1: an organisation is a business customer (B2B)</source>
        <translation>%1: en organisation är en företagskund (B2B)</translation>
    </message>
    <message>
        <source>%1: applies to people and households, not organisations</source>
        <translation>%1: gäller personer och hushåll, inte organisationer</translation>
    </message>
    <message>
        <source>%1: must be between 1 and 50 people</source>
        <translation>%1: måste vara mellan 1 och 50 personer</translation>
    </message>
    <message numerus="yes">
        <source>%1: at most %n tag(s)</source>
        <translation>
            <numerusform>%1: högst %n tagg</numerusform>
            <numerusform>%1: högst %n taggar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: must not be empty</source>
        <translation>%1: måste fyllas i</translation>
    </message>
    <message>
        <source>%1: is required: which consent text the customer agreed to or withdrew</source>
        <translation>%1: måste anges: vilken samtyckestext kunden godkände eller återkallade</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an e-mail address (expected name@domain.tld)</source>
        <translation>%1: ”%2” är inte en e-postadress (förväntade namn@domän.se)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a phone number (expected 3 to 20 digits, with spaces or + - ( ) . /)</source>
        <translation>%1: ”%2” är inte ett telefonnummer (förväntade 3 till 20 siffror, med mellanslag eller + - ( ) . /)</translation>
    </message>
    <message>
        <source>%1: needs at least the stage the partnership is in</source>
        <translation>%1: kräver minst det stadium som partnerskapet befinner sig i</translation>
    </message>
    <message>
        <source>E-mail %1</source>
        <translation>E-post %1</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Telefon %1</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Tagg %1</translation>
    </message>
    <message>
        <source>Consent %1</source>
        <translation>Samtycke %1</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Stadium %1</translation>
    </message>
    <message>
        <source>Bond %1</source>
        <translation>Band %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a list&apos;s label and the element&apos;s number, e.g. E-mail 2</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, label</source>
        <translation>%1, etikett</translation>
    </message>
    <message>
        <source>%1, since</source>
        <translation>%1, sedan</translation>
    </message>
    <message>
        <source>%1, note</source>
        <translation>%1, anteckning</translation>
    </message>
    <message>
        <source>%1, text version</source>
        <translation>%1, textversion</translation>
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
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Episod</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Förfaller i dag</translation>
    </message>
    <message>
        <source>Nothing due: no follow-up is open for today or before.</source>
        <translation>Inget att göra: ingen uppföljning är öppen för i dag eller tidigare.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>an episode kind on a date</comment>
        <translation>%1 den %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>due today, overdue</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln due today</source>
        <translation>
            <numerusform>%Ln förfaller i dag</numerusform>
            <numerusform>%Ln förfaller i dag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln försenad</numerusform>
            <numerusform>%Ln försenade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln shown, latest first: %1.</source>
        <translation>
            <numerusform>%Ln visas: %1.</numerusform>
            <numerusform>Alla %Ln visas, senaste först: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln shown, latest first: %2.</source>
        <translation>
            <numerusform>%L1 av %Ln visas, senaste först: %2.</numerusform>
            <numerusform>%L1 av %Ln visas, senaste först: %2.</numerusform>
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
        <translation>#%1</translation>
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
        <translation>1 · Hög kostnad, hög frekvens</translation>
    </message>
    <message>
        <source>2 · Low cost, frequent</source>
        <translation>2 · Låg kostnad, hög frekvens</translation>
    </message>
    <message>
        <source>3 · High cost, rare</source>
        <translation>3 · Hög kostnad, låg frekvens</translation>
    </message>
    <message>
        <source>4 · Low cost, rare</source>
        <translation>4 · Låg kostnad, låg frekvens</translation>
    </message>
    <message>
        <source>No purchase in the window</source>
        <translation>Inget köp under perioden</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Faktura %1</translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation>Kreditnota %1</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Dokument %1</translation>
    </message>
    <message>
        <source>a return</source>
        <translation>en retur</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <comment>of an invoice</comment>
        <translation>
            <numerusform>%Ln rad</numerusform>
            <numerusform>%Ln rader</numerusform>
        </translation>
    </message>
    <message>
        <source>cancels an earlier purchase</source>
        <translation>annullerar ett tidigare köp</translation>
    </message>
    <message>
        <source>cancels %1</source>
        <comment>cancels Invoice 536365</comment>
        <translation>annullerar %1</translation>
    </message>
    <message>
        <source>cancelled by %1</source>
        <comment>cancelled by Credit note C537253</comment>
        <translation>annullerat av %1</translation>
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
        <translation>Kunder (CSV)</translation>
    </message>
    <message>
        <source>Contact persons (CSV)</source>
        <translation>Kontaktpersoner (CSV)</translation>
    </message>
    <message>
        <source>Episodes (CSV)</source>
        <translation>Episoder (CSV)</translation>
    </message>
    <message>
        <source>Transactions (CSV)</source>
        <translation>Transaktioner (CSV)</translation>
    </message>
    <message>
        <source>Contacts (vCard)</source>
        <translation>Kontakter (vCard)</translation>
    </message>
    <message>
        <source>&amp;What the file holds:</source>
        <translation>&amp;Vad filen innehåller:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>&amp;Save mapping as…</source>
        <translation>&amp;Spara mappning som…</translation>
    </message>
    <message>
        <source>Saved &amp;mapping:</source>
        <translation>Sparad &amp;mappning:</translation>
    </message>
    <message>
        <source>as detected</source>
        <translation>som identifierat</translation>
    </message>
    <message>
        <source>D&amp;ates:</source>
        <translation>D&amp;atum:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <source>Fills the field</source>
        <translation>Fyller fältet</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Första värden</translation>
    </message>
    <message>
        <source>Create &amp;customers for references not in the base</source>
        <translation>Skapa &amp;kunder för referenser som inte finns i basen</translation>
    </message>
    <message>
        <source>&amp;Keep sales without a real customer (empty, &quot;(blank)&quot;, &quot;guest&quot; …) as anonymous sales: in the base&apos;s revenue, never a customer</source>
        <translation>Beh&amp;åll försäljning utan en verklig kund (tom, ”(blank)”, ”guest” …) som anonym försäljning: i basens intäkter, aldrig som kund</translation>
    </message>
    <message>
        <source>Start with a dry run: it says what the import would add, update and reject, and why, without writing anything.</source>
        <translation>Börja med en testkörning: den visar vad importen skulle lägga till, uppdatera och avvisa, och varför, utan att skriva något.</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Testkörning</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>CSV and vCard files (*.csv *.txt *.tsv *.vcf);;All files (*)</source>
        <translation>CSV- och vCard-filer (*.csv *.txt *.tsv *.vcf);;Alla filer (*)</translation>
    </message>
    <message>
        <source>(by the column headers)</source>
        <translation>(efter kolumnrubrikerna)</translation>
    </message>
    <message numerus="yes">
        <source>Read as %1, %n vCard(s).</source>
        <translation>
            <numerusform>Läst som %1, %n vCard.</numerusform>
            <numerusform>Läst som %1, %n vCard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as %1, delimiter %2, %3, dates %4, decimal %5.</source>
        <translation>Läst som %1, avgränsare %2, %3, datum %4, decimaltecken %5.</translation>
    </message>
    <message>
        <source>first row the header</source>
        <translation>första raden är rubrik</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>ingen rubrikrad</translation>
    </message>
    <message>
        <source>ambiguous (choose!)</source>
        <translation>tvetydigt (välj!)</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>komma</translation>
    </message>
    <message>
        <source>point</source>
        <translation>punkt</translation>
    </message>
    <message>
        <source>Choose the date order: %1.</source>
        <translation>Välj datumordning: %1.</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorera)</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Spara mappning</translation>
    </message>
    <message>
        <source>Name (letters, digits, spaces, - and _):</source>
        <translation>Namn (bokstäver, siffror, mellanslag, - och _):</translation>
    </message>
    <message>
        <source>Saved mapping</source>
        <translation>Sparad mappning</translation>
    </message>
    <message>
        <source>Dry run …</source>
        <translation>Testkörning …</translation>
    </message>
    <message>
        <source>Importing …</source>
        <translation>Importerar …</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Avbrutet; ingenting skrevs.</translation>
    </message>
    <message>
        <source>The dry run stopped: %1</source>
        <translation>Testkörningen avbröts: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ingenting importerades: %1</translation>
    </message>
    <message>
        <source>tab</source>
        <comment>the tab character as a delimiter</comment>
        <translation>tabb</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Filen kan inte läsas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 Decided from all %Ln row(s): %2, %3.</source>
        <comment>the sentence before, then how the formats were decided</comment>
        <translation>
            <numerusform>%1 Avgjort utifrån %Ln rad: %2, %3.</numerusform>
            <numerusform>%1 Avgjort utifrån alla %Ln rader: %2, %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln date(s) fix the day-month order</source>
        <translation>
            <numerusform>%Ln datum fastställer ordningen mellan dag och månad</numerusform>
            <numerusform>%Ln datum fastställer ordningen mellan dag och månad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln amount(s) show the decimal separator</source>
        <translation>
            <numerusform>%Ln belopp visar decimaltecknet</numerusform>
            <numerusform>%Ln belopp visar decimaltecknet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a field — what it expects</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The mapping was not saved: %1</source>
        <translation>Mappningen sparades inte: %1</translation>
    </message>
    <message>
        <source>The mapping cannot be read: %1</source>
        <translation>Mappningen kan inte läsas: %1</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more such note(s): the table below shows what each column fills.</source>
        <translation>
            <numerusform>…och %n anmärkning till av samma slag: tabellen nedan visar vilket fält varje kolumn fyller i.</numerusform>
            <numerusform>…och %n anmärkningar till av samma slag: tabellen nedan visar vilket fält varje kolumn fyller i.</numerusform>
        </translation>
    </message>
    <message>
        <source>not known yet (no column holds dates)</source>
        <translation>ännu okänt (ingen kolumn innehåller datum)</translation>
    </message>
    <message>
        <source>not known yet (no column holds amounts)</source>
        <translation>ännu okänt (ingen kolumn innehåller belopp)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <comment>a column of a file without a header</comment>
        <translation>Kolumn %1</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <comment>the name of a customer an import creates from a reference the base does not know</comment>
        <translation>Kund %1</translation>
    </message>
    <message>
        <source>(none: the fields chosen below)</source>
        <comment>no saved mapping, for a file without a header</comment>
        <translation>(ingen: fälten som väljs nedan)</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportFields</name>
    <message>
        <source>External reference</source>
        <translation>Extern referens</translation>
    </message>
    <message>
        <source>Rapport customer number</source>
        <translation>Kundnummer i Rapport</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Juridiskt namn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Marknad</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Gata</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>E-postadresser</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Acquired on</source>
        <translation>Vunnen den</translation>
    </message>
    <message>
        <source>Acquired via</source>
        <translation>Vunnen via</translation>
    </message>
    <message>
        <source>Acquisition cost</source>
        <translation>Anskaffningskostnad</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Föredragen kanal</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>Income band</source>
        <translation>Inkomstnivå</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>Hushållets storlek</translation>
    </message>
    <message>
        <source>Consent to processing</source>
        <translation>Samtycke till behandling</translation>
    </message>
    <message>
        <source>Consent to marketing</source>
        <translation>Samtycke till marknadsföring</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoreras</translation>
    </message>
    <message>
        <source>Customer&apos;s external reference</source>
        <translation>Kundens externa referens</translation>
    </message>
    <message>
        <source>Customer&apos;s e-mail</source>
        <translation>Kundens e-post</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Decides on purchases</source>
        <translation>Beslutar om inköp</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Aktiv från</translation>
    </message>
    <message>
        <source>Active until</source>
        <translation>Aktiv till</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marginal</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Nöjdhet</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisk</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Uppföljning klar</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Fakturanummer</translation>
    </message>
    <message>
        <source>Gross amount</source>
        <translation>Bruttobelopp</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Styckpris</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Cancels invoice</source>
        <translation>Annullerar faktura</translation>
    </message>
    <message>
        <source>the customer&apos;s identity in the system the file comes from</source>
        <translation>kundens identitet i systemet som filen kommer från</translation>
    </message>
    <message>
        <source>Rapport&apos;s customer number (from a Rapport export)</source>
        <translation>kundnumret i Rapport (från en export från Rapport)</translation>
    </message>
    <message>
        <source>the name shown in lists</source>
        <translation>namnet som visas i listor</translation>
    </message>
    <message>
        <source>a first name, joined with the last name when there is no display name</source>
        <translation>ett förnamn, sammanfogat med efternamnet när det inte finns något visningsnamn</translation>
    </message>
    <message>
        <source>a last name</source>
        <translation>ett efternamn</translation>
    </message>
    <message>
        <source>the registered company name</source>
        <translation>det registrerade företagsnamnet</translation>
    </message>
    <message>
        <source>person, household or organisation</source>
        <translation>person, household eller organisation</translation>
    </message>
    <message>
        <source>b2c or b2b</source>
        <translation>b2c eller b2b</translation>
    </message>
    <message>
        <source>a segment name</source>
        <translation>ett segmentnamn</translation>
    </message>
    <message>
        <source>the responsible sales manager</source>
        <translation>den ansvariga försäljningschefen</translation>
    </message>
    <message>
        <source>street and number</source>
        <translation>gata och nummer</translation>
    </message>
    <message>
        <source>a postcode, kept as text</source>
        <translation>ett postnummer, sparas som text</translation>
    </message>
    <message>
        <source>a city</source>
        <translation>en ort</translation>
    </message>
    <message>
        <source>a region</source>
        <translation>en region</translation>
    </message>
    <message>
        <source>a country</source>
        <translation>ett land</translation>
    </message>
    <message>
        <source>e-mail addresses separated by ; or ,</source>
        <translation>e-postadresser åtskilda med ; eller ,</translation>
    </message>
    <message>
        <source>phone numbers separated by ;</source>
        <translation>telefonnummer åtskilda med ;</translation>
    </message>
    <message>
        <source>the date the customer was won</source>
        <translation>datumet då kunden vanns</translation>
    </message>
    <message>
        <source>a channel code</source>
        <translation>en kanalkod</translation>
    </message>
    <message>
        <source>an amount of money</source>
        <translation>ett penningbelopp</translation>
    </message>
    <message>
        <source>tags separated by ;</source>
        <translation>taggar åtskilda med ;</translation>
    </message>
    <message>
        <source>low, lower_middle, middle, upper_middle or high</source>
        <translation>low, lower_middle, middle, upper_middle eller high</translation>
    </message>
    <message>
        <source>a whole number of people</source>
        <translation>ett heltal (antal personer)</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>ja eller nej</translation>
    </message>
    <message>
        <source>free text</source>
        <translation>fritext</translation>
    </message>
    <message>
        <source>computed by Rapport</source>
        <translation>beräknas av Rapport</translation>
    </message>
    <message>
        <source>the customer&apos;s external reference</source>
        <translation>kundens externa referens</translation>
    </message>
    <message>
        <source>Rapport&apos;s customer number</source>
        <translation>kundnumret i Rapport</translation>
    </message>
    <message>
        <source>an e-mail address of the customer</source>
        <translation>en e-postadress till kunden</translation>
    </message>
    <message>
        <source>the contact person&apos;s name</source>
        <translation>kontaktpersonens namn</translation>
    </message>
    <message>
        <source>a first name</source>
        <translation>ett förnamn</translation>
    </message>
    <message>
        <source>the role or position</source>
        <translation>rollen eller befattningen</translation>
    </message>
    <message>
        <source>e-mail addresses separated by ;</source>
        <translation>e-postadresser åtskilda med ;</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>ett datum</translation>
    </message>
    <message>
        <source>the date of the episode</source>
        <translation>episodens datum</translation>
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
        <translation>ett heltal från -2 till 2</translation>
    </message>
    <message>
        <source>who handled it</source>
        <translation>vem som hanterade den</translation>
    </message>
    <message>
        <source>the customer&apos;s identity in the shop or ERP; placeholders such as (blank) or guest make an anonymous sale</source>
        <translation>kundens identitet i butiken eller affärssystemet; platshållare som (blank) eller guest ger en anonym försäljning</translation>
    </message>
    <message>
        <source>the date of the purchase (a time after it is ignored)</source>
        <translation>köpets datum (en tid efter datumet ignoreras)</translation>
    </message>
    <message>
        <source>the invoice or order number: its lines become one purchase</source>
        <translation>faktura- eller ordernumret: dess rader blir ett köp</translation>
    </message>
    <message>
        <source>the line&apos;s or invoice&apos;s net amount; negative for a return or cancellation</source>
        <translation>radens eller fakturans nettobelopp; negativt för en retur eller annullering</translation>
    </message>
    <message>
        <source>the amount including tax, used when there is no net amount</source>
        <translation>beloppet inklusive moms, används när det inte finns något nettobelopp</translation>
    </message>
    <message>
        <source>how many units; amount = quantity x unit price when there is no amount</source>
        <translation>antal enheter; belopp = antal x styckpris när det inte finns något belopp</translation>
    </message>
    <message>
        <source>the price of one unit, any number of decimals</source>
        <translation>priset för en enhet, valfritt antal decimaler</translation>
    </message>
    <message>
        <source>an amount taken off the line, or a percentage such as 10%</source>
        <translation>ett belopp som dras av från raden, eller en procentsats som 10%</translation>
    </message>
    <message>
        <source>the invoice number a cancellation or correction cancels</source>
        <translation>fakturanumret som en annullering eller korrigering annullerar</translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation>Kundens namn</translation>
    </message>
    <message>
        <source>the customer&apos;s name, for a customer the import creates</source>
        <translation>kundens namn, för en kund som importen skapar</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportProblems</name>
    <message>
        <source>UTF-8 text without control characters (NUL, ...)</source>
        <translation>UTF-8-text utan styrtecken (NUL, ...)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>ett heltal</translation>
    </message>
    <message>
        <source>a date such as 2024-03-07 or 07.03.2024</source>
        <translation>ett datum som 2024-03-07 eller 07.03.2024</translation>
    </message>
    <message>
        <source>an amount such as 120.50 (at most two decimals)</source>
        <translation>ett belopp som 120.50 (högst två decimaler)</translation>
    </message>
    <message>
        <source>a whole number of people from 1 to 50</source>
        <translation>ett helt antal personer från 1 till 50</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>ja eller nej</translation>
    </message>
    <message>
        <source>the customer: a reference, a Rapport id or an e-mail address</source>
        <translation>kunden: en referens, ett kundnummer i Rapport eller en e-postadress</translation>
    </message>
    <message>
        <source>an amount such as 120.50 or 120,50 (at most two decimals)</source>
        <translation>ett belopp som 120.50 eller 120,50 (högst två decimaler)</translation>
    </message>
    <message>
        <source>an amount: a transaction needs one</source>
        <translation>ett belopp: en transaktion måste ha ett</translation>
    </message>
    <message>
        <source>a whole number from -2 to 2</source>
        <translation>ett heltal från -2 till 2</translation>
    </message>
    <message>
        <source>an amount such as 120.50 or 120,50</source>
        <translation>ett belopp som 120.50 eller 120,50</translation>
    </message>
    <message>
        <source>a price such as 4.85 or 4,8533</source>
        <translation>ett pris som 4.85 eller 4,8533</translation>
    </message>
    <message>
        <source>a number of units such as 3, -2 or 1.5</source>
        <translation>ett antal enheter som 3, -2 eller 1.5</translation>
    </message>
    <message>
        <source>an amount such as 5.00, or a percentage such as 10%</source>
        <translation>ett belopp som 5.00, eller en procentsats som 10%</translation>
    </message>
    <message>
        <source>an amount small enough to hold</source>
        <translation>ett belopp som ryms inom det tillåtna intervallet</translation>
    </message>
    <message>
        <source>an amount: a sale needs one (an amount, or a quantity and a unit price)</source>
        <translation>ett belopp: en försäljning måste ha ett (ett belopp, eller ett antal och ett styckpris)</translation>
    </message>
    <message>
        <source>an amount such as 12.50 or 12,50</source>
        <translation>ett belopp som 12.50 eller 12,50</translation>
    </message>
    <message>
        <source>no customer in the base has it (import the customers first)</source>
        <translation>ingen kund i basen har den (importera kunderna först)</translation>
    </message>
    <message>
        <source>no customer in the base has it (import the customers first, or allow creating missing customers)</source>
        <translation>ingen kund i basen har den (importera kunderna först, eller tillåt att kunder som inte finns i basen skapas)</translation>
    </message>
    <message>
        <source>a name (FN, N or ORG): the card names nobody</source>
        <translation>ett namn (FN, N eller ORG): kortet namnger ingen</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>fältet måste fyllas i</translation>
    </message>
    <message>
        <source>must be valid UTF-8 text without control characters</source>
        <translation>text utan styrtecken</translation>
    </message>
    <message>
        <source>must be valid UTF-8 on one line, without control characters</source>
        <translation>en rad text, utan styrtecken</translation>
    </message>
    <message>
        <source>an organisation is a B2B customer (expected b2b)</source>
        <translation>en organisation är en företagskund (ange b2b)</translation>
    </message>
    <message>
        <source>applies to people and households, not organisations</source>
        <translation>gäller personer och hushåll, inte organisationer</translation>
    </message>
    <message>
        <source>must be between 1 and 50 people</source>
        <translation>mellan 1 och 50 personer</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>värdet får inte vara negativt</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>värdet får inte vara tomt</translation>
    </message>
    <message>
        <source>is listed twice</source>
        <translation>förekommer två gånger</translation>
    </message>
    <message>
        <source>is required: which consent text the customer agreed to or withdrew</source>
        <translation>krävs: vilken samtyckestext kunden godkände eller återkallade</translation>
    </message>
    <message>
        <source>is not an e-mail address (expected name@domain.tld)</source>
        <translation>är ingen e-postadress (förväntat namn@domän.se)</translation>
    </message>
    <message>
        <source>is not a phone number (expected 3 to 20 digits with spaces, + - ( ) . /)</source>
        <translation>är inget telefonnummer (förväntat 3 till 20 siffror, med mellanslag eller + - ( ) . /)</translation>
    </message>
    <message>
        <source>is required for a purchase</source>
        <translation>krävs för ett köp</translation>
    </message>
    <message>
        <source>must not be negative for a purchase (record refunds as a return)</source>
        <translation>får inte vara negativt för ett köp (för in återbetalningar som returer)</translation>
    </message>
    <message>
        <source>is required for a return (the refunded amount, as a negative number)</source>
        <translation>krävs för en retur (det återbetalda beloppet, som ett negativt tal)</translation>
    </message>
    <message>
        <source>must be zero or negative for a return: it is money given back</source>
        <translation>noll eller negativt för en retur: det är pengar som ges tillbaka</translation>
    </message>
    <message>
        <source>needs the revenue it is part of</source>
        <translation>kräver beloppet som den är en del av</translation>
    </message>
    <message>
        <source>must be between -2 (very dissatisfied) and +2 (delighted)</source>
        <translation>mellan -2 (mycket missnöjd) och +2 (förtjust)</translation>
    </message>
    <message>
        <source>needs a follow-up date</source>
        <translation>kräver ett datum för uppföljning</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportText</name>
    <message>
        <source>row %L1 (line %L2)</source>
        <translation>rad %L1 (filrad %L2)</translation>
    </message>
    <message>
        <source>%1, column &quot;%2&quot;</source>
        <translation>%1, kolumn ”%2”</translation>
    </message>
    <message>
        <source>%1, value &quot;%2&quot;</source>
        <translation>%1, värde ”%2”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>where in the file: what was expected</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>card %L1 (line %L2)</source>
        <translation>kort %L1 (filrad %L2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>card (line), vCard property</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <comment>where, the value</comment>
        <translation>%1 ”%2”</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) repeat a customer of an earlier card:</source>
        <translation>
            <numerusform>%Ln kort upprepar en kund från ett tidigare kort:</numerusform>
            <numerusform>%Ln kort upprepar en kund från ett tidigare kort:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) repeat a customer of an earlier row:</source>
        <translation>
            <numerusform>%Ln rad upprepar en kund från en tidigare rad:</numerusform>
            <numerusform>%Ln rader upprepar en kund från en tidigare rad:</numerusform>
        </translation>
    </message>
    <message>
        <source>Why cards were rejected (cards, property: what was expected):</source>
        <translation>Varför kort avvisades (kort, egenskap: vad som förväntades):</translation>
    </message>
    <message>
        <source>Why rows were rejected (rows, column: what was expected):</source>
        <translation>Varför rader avvisades (rader, kolumn: vad som förväntades):</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln other reason(s)</source>
        <translation>
            <numerusform>… och %Ln annan orsak</numerusform>
            <numerusform>… och %Ln andra orsaker</numerusform>
        </translation>
    </message>
    <message>
        <source>First problems:</source>
        <translation>De första problemen:</translation>
    </message>
    <message>
        <source>A real import would write the rejected cards with their reasons to a rejects file.</source>
        <translation>En riktig import skulle skriva de avvisade korten med sina orsaker till en fil med avvisade rader.</translation>
    </message>
    <message>
        <source>A real import would write the rejected rows with their reasons to a rejects file.</source>
        <translation>En riktig import skulle skriva de avvisade raderna med sina orsaker till en fil med avvisade rader.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) made %1.</source>
        <translation>
            <numerusform>%Ln rad gav %1.</numerusform>
            <numerusform>%Ln rader gav %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sale(s)</source>
        <translation>
            <numerusform>%Ln försäljning</numerusform>
            <numerusform>%Ln försäljningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) were lines of invoices with several lines, added up per invoice.</source>
        <translation>
            <numerusform>%Ln rad var en rad i en faktura med flera rader och summerades per faktura.</numerusform>
            <numerusform>%Ln rader var rader i fakturor med flera rader och summerades per faktura.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them are cancellations or returns (a negative total); %1 linked to the purchase they cancel, which then no longer counts as a purchase for the models.</source>
        <translation>
            <numerusform>%Ln av dem är en annullering eller retur (negativ summa); %1 till köpet som annulleras, som då inte längre räknas som ett köp för modellerna.</numerusform>
            <numerusform>%Ln av dem är annulleringar eller returer (negativ summa); %1 till köpet som annulleras, som då inte längre räknas som ett köp för modellerna.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln was</source>
        <comment>cancellations linked</comment>
        <translation>
            <numerusform>%Ln var kopplad</numerusform>
            <numerusform>%Ln var kopplade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) have no real customer (an empty or placeholder customer value)</source>
        <translation>
            <numerusform>%Ln rad saknar en verklig kund (ett tomt kundvärde eller en platshållare)</numerusform>
            <numerusform>%Ln rader saknar en verklig kund (ett tomt kundvärde eller en platshållare)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: left out by choice.</source>
        <translation>%1: utelämnades enligt valet.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln anonymous sale(s)</source>
        <translation>
            <numerusform>%Ln anonym försäljning</numerusform>
            <numerusform>%Ln anonyma försäljningar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: would be stored as %2 worth %3: kept apart, in the base&apos;s revenue (database summary, rapport-cli export anonymous-sales), never a customer.</source>
        <translation>%1: skulle sparas som %2 till ett värde av %3: hålls åtskilda, i basens intäkter (databassammanfattning, rapport-cli export anonymous-sales), aldrig som kund.</translation>
    </message>
    <message>
        <source>%1: stored as %2 worth %3: kept apart, in the base&apos;s revenue (database summary, rapport-cli export anonymous-sales), never a customer.</source>
        <translation>%1: sparades som %2 till ett värde av %3: hålls åtskilda, i basens intäkter (databassammanfattning, rapport-cli export anonymous-sales), aldrig som kund.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln amount(s) had more than two decimals (quantity x unit price): rounded half to even to 0.01.</source>
        <translation>
            <numerusform>%Ln belopp hade fler än två decimaler (antal x styckpris): avrundades till 0,01, med halva mot jämnt.</numerusform>
            <numerusform>%Ln belopp hade fler än två decimaler (antal x styckpris): avrundades till 0,01, med halva mot jämnt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Encoding %1 decided from the whole file (its byte order mark).</source>
        <translation>Teckenkodningen %1 avgjordes utifrån hela filen (dess byteordningsmarkering, BOM).</translation>
    </message>
    <message>
        <source>Encoding %1 decided from the whole file (plain ASCII).</source>
        <translation>Teckenkodningen %1 avgjordes utifrån hela filen (ren ASCII).</translation>
    </message>
    <message numerus="yes">
        <source>Encoding %1 decided from the whole file (%Ln non-ASCII character(s)).</source>
        <translation>
            <numerusform>Teckenkodningen %1 avgjordes utifrån hela filen (%Ln tecken utanför ASCII).</numerusform>
            <numerusform>Teckenkodningen %1 avgjordes utifrån hela filen (%Ln tecken utanför ASCII).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Encoding %1 decided from the whole file (%Ln word(s) with letters beyond ASCII).</source>
        <translation>
            <numerusform>Teckenkodningen %1 avgjordes utifrån hela filen (%Ln ord med bokstäver utanför ASCII).</numerusform>
            <numerusform>Teckenkodningen %1 avgjordes utifrån hela filen (%Ln ord med bokstäver utanför ASCII).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln date(s) fix the day-month order</source>
        <translation>
            <numerusform>%Ln datum fastställer ordningen mellan dag och månad</numerusform>
            <numerusform>%Ln datum fastställer ordningen mellan dag och månad</numerusform>
        </translation>
    </message>
    <message>
        <source>no date fixes the day-month order</source>
        <translation>inget datum fastställer ordningen mellan dag och månad</translation>
    </message>
    <message numerus="yes">
        <source>%Ln amount(s) show the decimal separator</source>
        <translation>
            <numerusform>%Ln belopp visar decimaltecknet</numerusform>
            <numerusform>%Ln belopp visar decimaltecknet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Formats decided from all %Ln row(s): %1, %2.</source>
        <translation>
            <numerusform>Format avgjorda utifrån %Ln rad: %1, %2.</numerusform>
            <numerusform>Format avgjorda utifrån alla %Ln rader: %1, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run, nothing written. Would add %Ln sale(s) to customers&apos; timelines; %L1 unchanged (already in the base); rejected %L2 of %L3 rows.</source>
        <translation>
            <numerusform>Testkörning, inget skrevs. Skulle lägga till %Ln försäljning i kundernas tidslinjer; %L1 oförändrade (redan i basen); avvisade %L2 av %L3 rader.</numerusform>
            <numerusform>Testkörning, inget skrevs. Skulle lägga till %Ln försäljningar i kundernas tidslinjer; %L1 oförändrade (redan i basen); avvisade %L2 av %L3 rader.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln sale(s) to customers&apos; timelines; %L1 unchanged (already in the base); rejected %L2 of %L3 rows.</source>
        <translation>
            <numerusform>Lade till %Ln försäljning i kundernas tidslinjer; %L1 oförändrade (redan i basen); avvisade %L2 av %L3 rader.</numerusform>
            <numerusform>Lade till %Ln försäljningar i kundernas tidslinjer; %L1 oförändrade (redan i basen); avvisade %L2 av %L3 rader.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run, nothing written. Would add %L1, update %L2; %L3 unchanged (already in the base); rejected %L4 of %Ln row(s).</source>
        <translation>
            <numerusform>Testkörning, inget skrevs. Skulle lägga till %L1, uppdatera %L2; %L3 oförändrade (redan i basen); avvisade %L4 av %Ln rad.</numerusform>
            <numerusform>Testkörning, inget skrevs. Skulle lägga till %L1, uppdatera %L2; %L3 oförändrade (redan i basen); avvisade %L4 av %Ln rader.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %L1, updated %L2; %L3 unchanged (already in the base); rejected %L4 of %Ln row(s).</source>
        <translation>
            <numerusform>Lade till %L1, uppdaterade %L2; %L3 oförändrade (redan i basen); avvisade %L4 av %Ln rad.</numerusform>
            <numerusform>Lade till %L1, uppdaterade %L2; %L3 oförändrade (redan i basen); avvisade %L4 av %Ln rader.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected rows with their reasons: %1 (fix them there and import that file again)</source>
        <translation>Avvisade rader med sina orsaker: %1 (rätta dem där och importera den filen igen)</translation>
    </message>
    <message numerus="yes">
        <source>Read %Ln card(s) (%1).</source>
        <translation>
            <numerusform>Läste %Ln kort (%1).</numerusform>
            <numerusform>Läste %Ln kort (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %Ln card(s) (%1, guessed).</source>
        <translation>
            <numerusform>Läste %Ln kort (%1, gissad).</numerusform>
            <numerusform>Läste %Ln kort (%1, gissad).</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run, nothing written. Customers: would add %L1, update %L2, %L3 unchanged (already in the base).</source>
        <translation>Testkörning, inget skrevs. Kunder: skulle lägga till %L1, uppdatera %L2, %L3 oförändrade (redan i basen).</translation>
    </message>
    <message>
        <source>Customers: added %L1, updated %L2, %L3 unchanged (already in the base).</source>
        <translation>Kunder: lade till %L1, uppdaterade %L2, %L3 oförändrade (redan i basen).</translation>
    </message>
    <message>
        <source>Contact persons at organisations: would add %L1, update %L2, %L3 unchanged.</source>
        <translation>Kontaktpersoner hos organisationer: skulle lägga till %L1, uppdatera %L2, %L3 oförändrade.</translation>
    </message>
    <message>
        <source>Contact persons at organisations: added %L1, updated %L2, %L3 unchanged.</source>
        <translation>Kontaktpersoner hos organisationer: lade till %L1, uppdaterade %L2, %L3 oförändrade.</translation>
    </message>
    <message numerus="yes">
        <source>Rejected %L1 of %Ln card(s).</source>
        <translation>
            <numerusform>Avvisade %L1 av %Ln kort.</numerusform>
            <numerusform>Avvisade %L1 av %Ln kort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected cards with their reasons (X-RAPPORT-IMPORT-PROBLEM): %1 (fix them there and import that file again)</source>
        <translation>Avvisade kort med sina orsaker (X-RAPPORT-IMPORT-PROBLEM): %1 (rätta dem där och importera den filen igen)</translation>
    </message>
    <message>
        <source>day.month.year (31.12.2025)</source>
        <translation>dag.månad.år (31.12.2025)</translation>
    </message>
    <message>
        <source>month/day/year (12/31/2025)</source>
        <translation>månad/dag/år (12/31/2025)</translation>
    </message>
    <message>
        <source>year-month-day (2025-12-31)</source>
        <translation>år-månad-dag (2025-12-31)</translation>
    </message>
    <message>
        <source>Column %1 has no header and is ignored.</source>
        <translation>Kolumn %1 saknar rubrik och ignoreras.</translation>
    </message>
    <message>
        <source>Column %1 “%2” repeats column %3 and is ignored.</source>
        <translation>Kolumn %1 ”%2” upprepar kolumn %3 och ignoreras.</translation>
    </message>
    <message>
        <source>Column “%1” matches no field and is ignored.</source>
        <translation>Kolumn ”%1” motsvarar inget fält och ignoreras.</translation>
    </message>
    <message numerus="yes">
        <source>Would create %Ln customer(s) not yet in the base.</source>
        <translation>
            <numerusform>Skulle skapa %Ln kund som saknas i basen.</numerusform>
            <numerusform>Skulle skapa %Ln kunder som saknas i basen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %Ln customer(s) that were not in the base.</source>
        <translation>
            <numerusform>Skapade %Ln kund som saknades i basen.</numerusform>
            <numerusform>Skapade %Ln kunder som saknades i basen.</numerusform>
        </translation>
    </message>
    <message>
        <source>card</source>
        <comment>a whole card rejected, not one property</comment>
        <translation>kortet</translation>
    </message>
    <message>
        <source>row</source>
        <comment>a whole row rejected, not one column</comment>
        <translation>raden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>column: what was expected</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>one of %1</source>
        <comment>the codes a column may hold: one of b2c, b2b</comment>
        <translation>en av %1</translation>
    </message>
    <message>
        <source>at most %1 bytes (letters such as ą or é take two)</source>
        <translation>högst %1 byte (bokstäver som å eller é tar två)</translation>
    </message>
    <message>
        <source>at most %1 tags</source>
        <translation>högst %1 taggar</translation>
    </message>
    <message>
        <source>must not be before the start date (%1)</source>
        <translation>inte före startdatumet (%1)</translation>
    </message>
    <message>
        <source>must not be before the episode&apos;s date (%1)</source>
        <translation>inte före episodens datum (%1)</translation>
    </message>
    <message>
        <source>cannot exceed the amount (%1)</source>
        <translation>får inte överstiga beloppet (%1)</translation>
    </message>
    <message>
        <source>only purchases and returns have an amount, not this kind of episode (%1)</source>
        <translation>bara köp och returer har ett belopp, inte den här sortens episod (%1)</translation>
    </message>
    <message>
        <source>only purchases and returns have a margin, not this kind of episode (%1)</source>
        <translation>bara köp och returer har en marginal, inte den här sortens episod (%1)</translation>
    </message>
    <message>
        <source>tab</source>
        <comment>the delimiter of a tab-separated file</comment>
        <translation>tabb</translation>
    </message>
    <message>
        <source>a quote opened on line %1 is never closed</source>
        <translation>ett citattecken som öppnas på rad %1 stängs aldrig</translation>
    </message>
    <message>
        <source>the card that begins on line %1 has no END:VCARD</source>
        <translation>kortet som börjar på rad %1 saknar END:VCARD</translation>
    </message>
    <message>
        <source>the customer&apos;s name (%1, %2, %3 or %4)</source>
        <translation>kundens namn (%1, %2, %3 eller %4)</translation>
    </message>
    <message>
        <source>the contact person&apos;s name (%1, %2 or %3)</source>
        <translation>kontaktpersonens namn (%1, %2 eller %3)</translation>
    </message>
    <message>
        <source>the customer (%1, %2 or %3)</source>
        <translation>kunden (%1, %2 eller %3)</translation>
    </message>
    <message>
        <source>the date (%1)</source>
        <translation>datumet (%1)</translation>
    </message>
    <message>
        <source>the kind of episode (%1)</source>
        <translation>episodens sort (%1)</translation>
    </message>
    <message>
        <source>the amount (%1, %2 or %3)</source>
        <translation>beloppet (%1, %2 eller %3)</translation>
    </message>
    <message>
        <source>The dry run stopped: no column holds %1. Choose the column that holds it in the table above.</source>
        <translation>Testkörningen avbröts: ingen kolumn innehåller %1. Ange den kolumnen i tabellen ovan.</translation>
    </message>
    <message>
        <source>Nothing was imported: no column holds %1. Choose the column that holds it in the table above.</source>
        <translation>Ingenting importerades: ingen kolumn innehåller %1. Ange den kolumnen i tabellen ovan.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where the header has %1 (a missing delimiter, or a line break outside quotes?)</source>
        <translation>
            <numerusform>%n fält där rubriken har %1 (en avgränsare som saknas, eller en radbrytning utanför citattecken?)</numerusform>
            <numerusform>%n fält där rubriken har %1 (en avgränsare som saknas, eller en radbrytning utanför citattecken?)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where the header has %1 (an unquoted %2 inside a value?)</source>
        <translation>
            <numerusform>%n fält där rubriken har %1 (%2 utan citattecken inuti ett värde?)</numerusform>
            <numerusform>%n fält där rubriken har %1 (%2 utan citattecken inuti ett värde?)</numerusform>
        </translation>
    </message>
    <message>
        <source>the date columns disagree: one puts the day first, another the month</source>
        <translation>datumkolumnerna är oeniga: den ena sätter dagen först, den andra månaden</translation>
    </message>
    <message numerus="yes">
        <source>all %Ln row(s) have dates such as 03/04/2024 that could be day-month or month-day</source>
        <translation>
            <numerusform>%Ln rad har ett datum, t.ex. 03/04/2024, som kan vara dag-månad eller månad-dag</numerusform>
            <numerusform>alla %Ln rader har datum, t.ex. 03/04/2024, som kan vara dag-månad eller månad-dag</numerusform>
        </translation>
    </message>
    <message>
        <source>the dates could be day-month or month-day</source>
        <translation>datumen kan vara dag-månad eller månad-dag</translation>
    </message>
    <message>
        <source>the file %1 does not exist.</source>
        <translation>filen %1 finns inte.</translation>
    </message>
    <message>
        <source>the file %1 cannot be opened (%2).</source>
        <translation>filen %1 kan inte öppnas (%2).</translation>
    </message>
    <message>
        <source>%1 is not a file (a folder?).</source>
        <translation>%1 är ingen fil (en mapp?).</translation>
    </message>
    <message>
        <source>the file %1 cannot be read (%2).</source>
        <translation>filen %1 kan inte läsas (%2).</translation>
    </message>
    <message>
        <source>the file %1 is empty: it holds no row that can be read.</source>
        <translation>filen %1 är tom: den har ingen rad som kan läsas.</translation>
    </message>
    <message>
        <source>the characters of the file %1 cannot be read in its encoding.</source>
        <translation>tecknen i filen %1 kan inte läsas i dess teckenkodning.</translation>
    </message>
    <message>
        <source>the file %1 holds no vCard (BEGIN:VCARD … END:VCARD).</source>
        <translation>filen %1 innehåller inget vCard (BEGIN:VCARD … END:VCARD).</translation>
    </message>
    <message>
        <source>the file %1 no longer has the columns shown above: choose it again and check the mapping.</source>
        <translation>filen %1 har inte längre kolumnerna som visas ovan: välj den igen och kontrollera mappningen.</translation>
    </message>
    <message>
        <source>the dates were said to be %1, but row %2 of %3 has “%4”, which puts the day first. Choose the order the file uses under Dates.</source>
        <translation>datumen angavs vara i ordningen %1, men rad %2 i %3 har ”%4”, där dagen står först. Välj den ordning filen använder under Datum.</translation>
    </message>
    <message>
        <source>the dates were said to be %1, but row %2 of %3 has “%4”, which puts the month first. Choose the order the file uses under Dates.</source>
        <translation>datumen angavs vara i ordningen %1, men rad %2 i %3 har ”%4”, där månaden står först. Välj den ordning filen använder under Datum.</translation>
    </message>
    <message>
        <source>%1. Choose the order under Dates.</source>
        <comment>why the date order is open</comment>
        <translation>%1. Välj ordningen under Datum.</translation>
    </message>
    <message>
        <source>you have no permission to read the file %1.</source>
        <translation>du har inte behörighet att läsa filen %1.</translation>
    </message>
    <message>
        <source>the rejected rows cannot be written to %1 (can the folder be written to? is the disk full?).</source>
        <translation>de avvisade raderna kan inte skrivas till %1 (går det att skriva i mappen? är disken full?).</translation>
    </message>
    <message>
        <source>column %1</source>
        <comment>%3 in &quot;row %2 of %3&quot;: in the case that phrase needs</comment>
        <translation>kolumn %1</translation>
    </message>
    <message>
        <source>column “%1”</source>
        <comment>%3 in &quot;row %2 of %3&quot;: in the case that phrase needs</comment>
        <translation>kolumnen ”%1”</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) would make %1.</source>
        <translation>
            <numerusform>%Ln rad skulle ge %1.</numerusform>
            <numerusform>%Ln rader skulle ge %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where most rows have %1 (a missing delimiter, or a line break outside quotes?)</source>
        <translation>
            <numerusform>%n fält där de flesta raderna har %1 (en avgränsare som saknas, eller en radbrytning utanför citattecken?)</numerusform>
            <numerusform>%n fält där de flesta raderna har %1 (en avgränsare som saknas, eller en radbrytning utanför citattecken?)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where most rows have %1 (an unquoted %2 inside a value?)</source>
        <translation>
            <numerusform>%n fält där de flesta raderna har %1 (%2 utan citattecken inuti ett värde?)</numerusform>
            <numerusform>%n fält där de flesta raderna har %1 (%2 utan citattecken inuti ett värde?)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::KnowledgeAuditView</name>
    <message>
        <source>Audit again</source>
        <translation>Granska igen</translation>
    </message>
    <message>
        <source>Read the whole base again in the background</source>
        <translation>Läs hela kundbasen igen i bakgrunden</translation>
    </message>
    <message>
        <source>No.</source>
        <comment>a question&apos;s number</comment>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>By value</source>
        <translation>Efter värde</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Vad som saknas</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>The audit reads the whole base in the background when this tab is shown.</source>
        <translation>Granskningen läser hela kundbasen i bakgrunden när den här fliken visas.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Ingen databas är öppen.</translation>
    </message>
    <message>
        <source>Auditing the customers&apos; records in the background…</source>
        <translation>Granskar kunduppgifterna i bakgrunden…</translation>
    </message>
    <message>
        <source>The audit failed: %1</source>
        <translation>Granskningen misslyckades: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s); value counts revenue to date and the predicted value.</source>
        <translation>
            <numerusform>%Ln kund; värdet omfattar intäkterna hittills och det prognostiserade värdet.</numerusform>
            <numerusform>%Ln kunder; värdet omfattar intäkterna hittills och det prognostiserade värdet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s); no analysis run has stored scores yet, so the ranking and the predicted values are missing (Run analysis, then store the scores).</source>
        <translation>
            <numerusform>%Ln kund; ingen analyskörning har sparat poäng ännu, så rangordningen och de prognostiserade värdena saknas (Kör analys och spara sedan poängen).</numerusform>
            <numerusform>%Ln kunder; ingen analyskörning har sparat poäng ännu, så rangordningen och de prognostiserade värdena saknas (Kör analys och spara sedan poängen).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>what is missing: how many customers</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>concerns no customer</source>
        <translation>gäller ingen kund</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ingenting</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between missing pieces</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>%1 of %2 customers concerned</source>
        <comment>coverage by customers</comment>
        <translation>%1 av %2 berörda kunder</translation>
    </message>
    <message>
        <source>Share of the concerned customers&apos; value</source>
        <translation>Andel av de berörda kundernas värde</translation>
    </message>
    <message>
        <source>%1 Answered from: %2 Every customer it concerns is answered.</source>
        <translation>%1 Besvaras utifrån: %2 Frågan är besvarad för alla kunder som den gäller.</translation>
    </message>
    <message>
        <source>%1 Answered from: %2 Customers to complete first, most valuable first:</source>
        <translation>%1 Besvaras utifrån: %2 Kunder att komplettera först, de mest värdefulla först:</translation>
    </message>
</context>
<context>
    <name>rapport::ui::LadderStageDialog</name>
    <message>
        <source>Ladder stage</source>
        <translation>Steg på relationstrappan</translation>
    </message>
    <message>
        <source>Follow the rules (no stage set by hand)</source>
        <translation>Följ reglerna (inget steg angivet manuellt)</translation>
    </message>
    <message>
        <source>Why, e.g. &quot;signed a framework agreement&quot;</source>
        <translation>Varför, t.ex. ”undertecknade ett ramavtal”</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Steg:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Orsak:</translation>
    </message>
    <message>
        <source>The lists and charts show the new stage after the next analysis run (F5).</source>
        <translation>Listorna och diagrammen visar det nya steget efter nästa analyskörning (F5).</translation>
    </message>
    <message>
        <source>Reason: required when a stage is set by hand, so that others know why</source>
        <translation>Orsak: måste anges när ett steg anges manuellt, så att andra vet varför</translation>
    </message>
</context>
<context>
    <name>rapport::ui::LostCustomerTab</name>
    <message>
        <source>Lost on</source>
        <translation>Förlorad den</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Win-back attempts</source>
        <translation>Återvinningsförsök</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Lost: recorded here by a person, with a reason. Lapsed: the analysis sees no purchase for longer than the customer&apos;s usual rhythm; that is shown on the Relationship tab.</source>
        <translation>Förlorad: registrerad här av en person, med en orsak. Vilande: analysen ser inget köp under längre tid än kundens vanliga rytm; det visas på fliken Relation.</translation>
    </message>
    <message>
        <source>&amp;Record lost customer…</source>
        <translation>&amp;Registrera förlorad kund…</translation>
    </message>
    <message>
        <source>Log &amp;win-back attempt…</source>
        <translation>Registrera &amp;återvinningsförsök…</translation>
    </message>
    <message>
        <source>&amp;Outcome…</source>
        <translation>&amp;Utfall…</translation>
    </message>
    <message>
        <source>Record lost customer %1</source>
        <translation>Registrera förlorad kund %1</translation>
    </message>
    <message>
        <source>Record that the customer left and why. The churn reasons chart and report count these beside the benchmarks of the seed; win-back attempts are logged against the record.</source>
        <translation>Registrera att kunden lämnade och varför. Diagrammet och rapporten över orsaker till kundavgång räknar dessa bredvid källans riktvärden; återvinningsförsök registreras mot posten.</translation>
    </message>
    <message>
        <source>%1 (%2–%3 % of lost customers in the seed)</source>
        <translation>%1 (%2–%3 % av förlorade kunder enligt källan)</translation>
    </message>
    <message>
        <source>In the customer&apos;s or your own words: what happened</source>
        <translation>Med kundens eller dina egna ord: vad hände</translation>
    </message>
    <message>
        <source>&amp;Lost on:</source>
        <translation>&amp;Förlorad den:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Orsak:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Detaljer:</translation>
    </message>
    <message>
        <source>Win-back attempt</source>
        <translation>Återvinningsförsök</translation>
    </message>
    <message>
        <source>What was offered, e.g. 10 % off the next order</source>
        <translation>Vad som erbjöds, t.ex. 10 % rabatt på nästa order</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>&amp;Offer and notes:</source>
        <translation>&amp;Erbjudande och anteckningar:</translation>
    </message>
    <message>
        <source>Log win-back attempt</source>
        <translation>Registrera återvinningsförsök</translation>
    </message>
    <message>
        <source>Win-back outcome</source>
        <translation>Återvinningens utfall</translation>
    </message>
    <message>
        <source>How did the win-back end?</source>
        <translation>Hur slutade återvinningen?</translation>
    </message>
    <message>
        <source>Win-back outcome: %1</source>
        <translation>Återvinningens utfall: %1</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Ingenting ändrades: %1</translation>
    </message>
    <message>
        <source>No win-back yet</source>
        <translation>Ingen återvinning ännu</translation>
    </message>
    <message>
        <source>Win-back under way</source>
        <translation>Återvinning pågår</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>Återvunnen</translation>
    </message>
    <message>
        <source>Lost for good</source>
        <translation>Förlorad för gott</translation>
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
            <numerusform>Slutade vänta på det andra programmet efter %n s.</numerusform>
            <numerusform>Slutade vänta på det andra programmet efter %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done waiting for the other program (%n s).</source>
        <translation>
            <numerusform>Väntan på det andra programmet är över (%n s).</numerusform>
            <numerusform>Väntan på det andra programmet är över (%n s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Busy, waiting: another program is writing to this database (%n s)...</source>
        <translation>
            <numerusform>Upptagen, väntar: ett annat program skriver till databasen (%n s)...</numerusform>
            <numerusform>Upptagen, väntar: ett annat program skriver till databasen (%n s)...</numerusform>
        </translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partnerskap</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episoder</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analys</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Analysing the customer base…</source>
        <translation>Analyserar kundbasen…</translation>
    </message>
    <message>
        <source>Undo/redo</source>
        <translation>Ångra/gör om</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>New &amp;customer…</source>
        <translation>Ny &amp;kund…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Ny databas…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Öppna databas…</translation>
    </message>
    <message>
        <source>&amp;Connect to team database…</source>
        <translation>Anslu&amp;t till teamdatabas…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>Säker&amp;hetskopiera…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Generate &amp;demo data…</source>
        <translation>Generera &amp;demodata…</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodata</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Hitta &amp;dubbletter…</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Sök kund</translation>
    </message>
    <message>
        <source>&amp;Edit customer…</source>
        <translation>&amp;Redigera kund…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Log episode…</source>
        <translation>Registrera &amp;episod…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Record lost &amp;customer…</source>
        <translation>Registrera förlorad &amp;kund…</translation>
    </message>
    <message>
        <source>&amp;Delete customer…</source>
        <translation>&amp;Ta bort kund…</translation>
    </message>
    <message>
        <source>Only a customer without episodes, e.g. entered by mistake; Undo brings it back</source>
        <translation>Endast en kund utan episoder, t.ex. inlagd av misstag; Ångra tar tillbaka den</translation>
    </message>
    <message>
        <source>Customer &amp;profile report</source>
        <translation>Kund&amp;profilrapport</translation>
    </message>
    <message>
        <source>Customer profile report</source>
        <translation>Kundprofilrapport</translation>
    </message>
    <message>
        <source>Choose a customer in the list first.</source>
        <translation>Välj först en kund i listan.</translation>
    </message>
    <message>
        <source>E&amp;xport personal data…</source>
        <translation>E&amp;xportera personuppgifter…</translation>
    </message>
    <message>
        <source>E&amp;rase personal data…</source>
        <translation>Radera person&amp;uppgifter…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Ändringslogg…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Re&amp;load lists</source>
        <translation>Uppdatera &amp;listor</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Run &amp;analysis</source>
        <translation>Kör &amp;analys</translation>
    </message>
    <message>
        <source>Analysis &amp;settings…</source>
        <translation>Analys&amp;inställningar…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation>&amp;Om Rapport</translation>
    </message>
    <message>
        <source>About Rapport</source>
        <translation>Om Rapport</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Huvudverktygsrad</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Teamdatabas</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Lösenord för %1:</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>Kan inte öppna databasen</translation>
    </message>
    <message>
        <source>Rapport could not open %1.

%2</source>
        <translation>Rapport kunde inte öppna %1.

%2</translation>
    </message>
    <message>
        <source>Team database – Rapport</source>
        <translation>Teamdatabas – Rapport</translation>
    </message>
    <message>
        <source>You are signed in as %1, who owns the tables or bypasses row-level security: you see and can change every customer. Work with a login of a team member (rapport-cli team add-user).</source>
        <translation>Du är inloggad som %1, som äger tabellerna eller kringgår säkerheten på radnivå: du ser och kan ändra alla kunder. Arbeta med en teammedlems inloggning (rapport-cli team add-user).</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message>
        <source>%1 – Rapport</source>
        <translation>%1 – Rapport</translation>
    </message>
    <message>
        <source>Not updated: %1</source>
        <translation>Inte uppdaterat: %1</translation>
    </message>
    <message>
        <source>Updated with changes made elsewhere</source>
        <translation>Uppdaterat med ändringar som gjorts på annat håll</translation>
    </message>
    <message>
        <source>Updated with changes by %1</source>
        <translation>Uppdaterat med ändringar av %1</translation>
    </message>
    <message>
        <source>Log episode</source>
        <translation>Registrera episod</translation>
    </message>
    <message>
        <source>The episode was not saved: %1</source>
        <translation>Episoden sparades inte: %1</translation>
    </message>
    <message>
        <source>Episode logged.</source>
        <translation>Episoden registrerades.</translation>
    </message>
    <message>
        <source>New customer %1</source>
        <translation>Ny kund %1</translation>
    </message>
    <message>
        <source>Customer %1 created.</source>
        <translation>Kunden %1 skapades.</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Ny kund</translation>
    </message>
    <message>
        <source>The customer was not saved: %1</source>
        <translation>Kunden sparades inte: %1</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>Ta bort kund</translation>
    </message>
    <message>
        <source>Delete %1 with their contact persons, tasks and cost lines?

Edit &gt; Undo brings them back.</source>
        <translation>Ta bort %1 med kontaktpersoner, uppgifter och kostnadsrader?

Redigera &gt; Ångra tar tillbaka dem.</translation>
    </message>
    <message>
        <source>Not deleted.</source>
        <translation>Inte borttagen.</translation>
    </message>
    <message>
        <source>Delete customer %1</source>
        <translation>Ta bort kund %1</translation>
    </message>
    <message>
        <source>%1 deleted; Edit &gt; Undo brings them back.</source>
        <translation>%1 togs bort; Redigera &gt; Ångra tar tillbaka kunden.</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Ny databas</translation>
    </message>
    <message>
        <source>Rapport databases (*.sqlite);;All files (*)</source>
        <translation>Rapport-databaser (*.sqlite);;Alla filer (*)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name, or use File &gt; Open.</source>
        <translation>%1 finns redan. Välj ett nytt namn eller använd Arkiv &gt; Öppna.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Öppna databas</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Säkerhetskopiera databas</translation>
    </message>
    <message>
        <source>Rapport databases (*.sqlite *.backup);;All files (*)</source>
        <translation>Rapport-databaser (*.sqlite *.backup);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Säkerhetskopierar till %1…</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Säkerhetskopierat till %1</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Säkerhetskopieringen misslyckades</translation>
    </message>
    <message>
        <source>Demo data cancelled; the database is unchanged.</source>
        <translation>Demodata avbröts; databasen är oförändrad.</translation>
    </message>
    <message>
        <source>Generating demo data failed; the database is unchanged.

%1</source>
        <translation>Det gick inte att generera demodata; databasen är oförändrad.

%1</translation>
    </message>
    <message>
        <source>Demo data generated.</source>
        <translation>Demodata genererades.</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Exportera personuppgifter</translation>
    </message>
    <message>
        <source>no customer chosen</source>
        <translation>ingen kund vald</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbrutet</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>Personal data of customer #%1 written to %2</source>
        <translation>Personuppgifterna för kund nr %1 skrevs till %2</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Radera personuppgifter</translation>
    </message>
    <message>
        <source>Erase the name, address, e-mails, phones, tags, notes, consents and contact persons of %1, and the notes of their episodes, tasks and churn records?

Their episodes keep dates, kinds and amounts, so totals stay. This cannot be undone: back up first (File &gt; Back up).</source>
        <translation>Radera namn, adress, e-postadresser, telefonnummer, taggar, anteckningar, samtycken och kontaktpersoner för %1, samt anteckningarna i kundens episoder, uppgifter och poster om kundavgång?

Episoderna behåller datum, typer och belopp, så att summorna står kvar. Detta kan inte ångras: säkerhetskopiera först (Arkiv &gt; Säkerhetskopiera).</translation>
    </message>
    <message>
        <source>Personal data of customer #%1 erased; the erasure is recorded.</source>
        <translation>Personuppgifterna för kund nr %1 raderades; raderingen är registrerad.</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>Hitta dubbletter</translation>
    </message>
    <message>
        <source>Open or create a database first.</source>
        <translation>Öppna eller skapa en databas först.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import written. An import cannot be undone: Edit &gt; Undo starts afresh.</source>
        <translation>Importen skrevs. En import kan inte ångras: Redigera &gt; Ångra börjar om från början.</translation>
    </message>
    <message>
        <source>C&amp;urrency…</source>
        <translation>&amp;Valuta…</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>The currency was not set: %1</source>
        <translation>Valutan angavs inte: %1</translation>
    </message>
    <message>
        <source>Only an admin of the team can change the currency of the team database.</source>
        <translation>Endast en administratör i teamet kan ändra teamdatabasens valuta.</translation>
    </message>
    <message>
        <source>The currency was not changed: %1</source>
        <translation>Valutan ändrades inte: %1</translation>
    </message>
    <message>
        <source>Every amount is now shown in %1; nothing was converted. Edit &gt; Undo brings the previous currency back.</source>
        <translation>Alla belopp visas nu i %1; ingenting räknades om. Redigera &gt; Ångra återställer den tidigare valutan.</translation>
    </message>
    <message>
        <source>Every amount in this team database is in %1. Only an admin of the team can change the currency.</source>
        <translation>Alla belopp i teamdatabasen är i %1. Endast en administratör i teamet kan ändra valutan.</translation>
    </message>
    <message>
        <source>no particular currency</source>
        <translation>ingen särskild valuta</translation>
    </message>
    <message>
        <source>administrator</source>
        <comment>a team role</comment>
        <translation>administratör</translation>
    </message>
    <message>
        <source>sales manager</source>
        <comment>a team role</comment>
        <translation>försäljningschef</translation>
    </message>
    <message>
        <source>analyst</source>
        <comment>a team role</comment>
        <translation>analytiker</translation>
    </message>
    <message>
        <source>database administrator</source>
        <comment>a team role</comment>
        <translation>databasadministratör</translation>
    </message>
    <message numerus="yes">
        <source>This database already has customers. Add %Ln demo customer(s) to them?</source>
        <translation>
            <numerusform>Databasen har redan kunder. Vill du lägga till %Ln demokund till dem?</numerusform>
            <numerusform>Databasen har redan kunder. Vill du lägga till %Ln demokunder till dem?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <comment>a range of shortcuts</comment>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>Sök kund</translation>
    </message>
    <message>
        <source>Log an episode</source>
        <translation>Registrera en episod</translation>
    </message>
    <message>
        <source>Edit the customer</source>
        <translation>Redigera kunden</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>Run the analysis</source>
        <translation>Kör analysen</translation>
    </message>
    <message>
        <source>Reload the lists</source>
        <translation>Läs in listorna igen</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Säkerhetskopiera databasen</translation>
    </message>
    <message>
        <source>A CRM for relationship marketing: customers, contact persons and every episode of the relationship on one timeline.</source>
        <translation>Ett CRM för relationsmarknadsföring: kunder, kontaktpersoner och varje episod i relationen på en och samma tidslinje.</translation>
    </message>
    <message>
        <source>MIT licence.</source>
        <translation>MIT-licens.</translation>
    </message>
    <message>
        <source>Team database: %1 · signed in as %2 (%3)</source>
        <translation>Teamdatabas: %1 · inloggad som %2 (%3)</translation>
    </message>
    <message>
        <source>Team database: %1</source>
        <translation>Teamdatabas: %1</translation>
    </message>
    <message>
        <source>The customer was not deleted: %1</source>
        <translation>Kunden togs inte bort: %1</translation>
    </message>
    <message>
        <source>The database was not backed up: %1</source>
        <translation>Databasen säkerhetskopierades inte: %1</translation>
    </message>
    <message>
        <source>Nothing was erased: %1</source>
        <translation>Ingenting raderades: %1</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanjer</translation>
    </message>
    <message>
        <source>Dashboard, Customers, Episodes, Partnerships, Analytics, Reports, Campaigns</source>
        <translation>Översikt, Kunder, Episoder, Partnerskap, Analys, Rapporter, Kampanjer</translation>
    </message>
    <message>
        <source>Service &amp;levels…</source>
        <translation>Service&amp;nivåer…</translation>
    </message>
    <message>
        <source>Database not opened</source>
        <translation>Databasen öppnades inte</translation>
    </message>
    <message>
        <source>The upgrade of %1 was stopped. The file was left as it was; it is upgraded the next time you open it.</source>
        <translation>Uppgraderingen av %1 avbröts. Filen lämnades som den var; den uppgraderas nästa gång du öppnar den.</translation>
    </message>
    <message>
        <source>Database: %1 · upgraded; the file as it was is kept beside it</source>
        <translation>Databas: %1 · uppgraderad; filen som den var sparas bredvid</translation>
    </message>
    <message>
        <source>Upgraded from an older Rapport. The file as it was: %1</source>
        <translation>Uppgraderad från en äldre Rapport. Filen som den var: %1</translation>
    </message>
    <message>
        <source>The upgrade of %1 was stopped. The file was left as it was; it is upgraded the next time you open it. Rapport closes now.</source>
        <translation>Uppgraderingen av %1 avbröts. Filen lämnades som den var; den uppgraderas nästa gång du öppnar den. Rapport stängs nu.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::PartnerNetworkView</name>
    <message>
        <source>Click a partner to open its card</source>
        <translation>Klicka på en partner för att öppna dess kort</translation>
    </message>
    <message>
        <source>Our firm</source>
        <translation>Vårt företag</translation>
    </message>
    <message>
        <source>No partnerships recorded yet.</source>
        <translation>Inga partnerskap registrerade ännu.</translation>
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
        <translation>Redigera partnerskapet med %1</translation>
    </message>
    <message>
        <source>New partnership</source>
        <translation>Nytt partnerskap</translation>
    </message>
    <message>
        <source>Type to find the partner among the customers</source>
        <translation>Skriv för att hitta partnern bland kunderna</translation>
    </message>
    <message>
        <source>Not a customer</source>
        <translation>Inte en kund</translation>
    </message>
    <message>
        <source>value created together and shared, per year</source>
        <translation>värde som skapas tillsammans och delas, per år</translation>
    </message>
    <message>
        <source>since</source>
        <translation>sedan</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>Also a c&amp;ustomer:</source>
        <translation>Även &amp;kund:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Riktning:</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <source>Bonds:</source>
        <translation>Band:</translation>
    </message>
    <message>
        <source>&amp;Value shared:</source>
        <translation>&amp;Delat värde:</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>&amp;Startade:</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>S&amp;tadium:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
    <message>
        <source>Value shared: expected an amount such as 25000.00, got &quot;%1&quot;</source>
        <translation>Delat värde: förväntade ett belopp som 25000,00, fick ”%1”</translation>
    </message>
    <message>
        <source>Please correct:</source>
        <translation>Rätta följande:</translation>
    </message>
    <message>
        <source>End partnership with %1</source>
        <translation>Avsluta partnerskapet med %1</translation>
    </message>
    <message>
        <source>Stage of partnership with %1</source>
        <translation>Stadium i partnerskapet med %1</translation>
    </message>
    <message>
        <source>why it ended, e.g. quality problems</source>
        <translation>varför det upphörde, t.ex. kvalitetsproblem</translation>
    </message>
    <message>
        <source>what happened, e.g. first joint order</source>
        <translation>vad som hände, t.ex. första gemensamma ordern</translation>
    </message>
    <message>
        <source>Date: the stage before began on %1; a later stage cannot begin earlier</source>
        <translation>Datum: föregående stadium inleddes %1; ett senare stadium kan inte inledas tidigare</translation>
    </message>
    <message>
        <source>Reason: please say why the partnership ended</source>
        <translation>Orsak: ange varför partnerskapet upphörde</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Stadium:</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Från och med:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Orsak:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
</context>
<context>
    <name>rapport::ui::PartnershipsPage</name>
    <message>
        <source>&amp;New partnership…</source>
        <translation>Nytt &amp;partnerskap…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>Next &amp;stage…</source>
        <translation>Nästa &amp;stadium…</translation>
    </message>
    <message>
        <source>Formation, experimentation, identification, renewal: each change is kept in the history</source>
        <translation>Bildning, experimenterande, identifikation, förnyelse: varje ändring sparas i historiken</translation>
    </message>
    <message>
        <source>En&amp;d (rupture)…</source>
        <translation>&amp;Avsluta (bristning)…</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Riktning</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stadium</translation>
    </message>
    <message>
        <source>Value shared / year</source>
        <translation>Delat värde/år</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sedan</translation>
    </message>
    <message>
        <source>Bonds</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Nätverk</translation>
    </message>
    <message>
        <source>New partnership with %1</source>
        <translation>Nytt partnerskap med %1</translation>
    </message>
    <message>
        <source>New partnership</source>
        <translation>Nytt partnerskap</translation>
    </message>
    <message>
        <source>Edit partnership with %1</source>
        <translation>Redigera partnerskapet med %1</translation>
    </message>
    <message>
        <source>Edit partnership</source>
        <translation>Redigera partnerskap</translation>
    </message>
    <message>
        <source>End partnership with %1</source>
        <translation>Avsluta partnerskapet med %1</translation>
    </message>
    <message>
        <source>Partnership stage</source>
        <translation>Partnerskapets stadium</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Ingenting ändrades: %1</translation>
    </message>
    <message>
        <source>Partnership with %1: %2</source>
        <comment>a partner: a lifecycle stage</comment>
        <translation>Partnerskap med %1: %2</translation>
    </message>
    <message>
        <source>Bonds:</source>
        <translation>Band:</translation>
    </message>
    <message>
        <source>Value shared per year:</source>
        <translation>Delat värde per år:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Startade:</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>Avslutades:</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Stadiehistorik</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ReportsPage</name>
    <message>
        <source>Loyalty</source>
        <translation>Lojalitet</translation>
    </message>
    <message>
        <source>Profitability</source>
        <translation>Lönsamhet</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Kundavgång</translation>
    </message>
    <message>
        <source>Customer profile</source>
        <translation>Kundprofil</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport:</translation>
    </message>
    <message>
        <source>customer #</source>
        <translation>kund nr</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reports appear here after the analysis has run (View &amp;gt; Run analysis, F5).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Rapporterna visas här när analysen har körts (Visa &amp;gt; Kör analys, F5).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Making the report in the background: it analyses the base with the settings of the Analytics page…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Rapporten tas fram i bakgrunden: den analyserar basen med inställningarna på sidan Analys…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The report is made when this page is shown.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Rapporten tas fram när den här sidan visas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>There is no report yet: run the analysis first.</source>
        <translation>Det finns ingen rapport ännu: kör analysen först.</translation>
    </message>
    <message>
        <source>There is no customer #%1.</source>
        <translation>Det finns ingen kund nr %1.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Spara rapport</translation>
    </message>
    <message>
        <source>Saving %1 …</source>
        <translation>Sparar %1 …</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Sparade %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML-filer (*.html)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbetsböcker (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>The report cannot be made: %1</source>
        <translation>Rapporten kan inte skapas: %1</translation>
    </message>
    <message numerus="yes">
        <source>Made from the analysis of %1; PDF and HTML show the first %Ln row(s) of long tables, XLSX and CSV hold every row.</source>
        <translation>
            <numerusform>Skapad från analysen av %1; PDF och HTML visar den första raden i långa tabeller, XLSX och CSV innehåller alla rader.</numerusform>
            <numerusform>Skapad från analysen av %1; PDF och HTML visar de första %Ln raderna i långa tabeller, XLSX och CSV innehåller alla rader.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 sparades inte: %2</translation>
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
        <translation>Spara som:</translation>
    </message>
    <message>
        <source>Knowledge audit</source>
        <translation>Kunskapsgranskning</translation>
    </message>
    <message>
        <source>&lt;p&gt;Auditing the customers&apos; records in the background…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Granskar kunduppgifterna i bakgrunden…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Made from the customers&apos; records as they are now; XLSX and CSV hold every row.</source>
        <translation>Skapad från kunduppgifterna som de ser ut nu; XLSX och CSV innehåller alla rader.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ServiceLevelDialog</name>
    <message>
        <source>New service level</source>
        <translation>Ny servicenivå</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Servicenivå</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Levels are checked from rank 1 up: a customer takes the first level whose rule they meet</source>
        <translation>Nivåerna prövas från placering 1 och uppåt: en kund får den första nivå vars regel kunden uppfyller</translation>
    </message>
    <message>
        <source>&amp;Rank:</source>
        <translation>Pl&amp;acering:</translation>
    </message>
    <message>
        <source>Customers whose last analysis shows (nothing ticked in a row: any):</source>
        <translation>Kunder vars senaste analys visar (inget markerat på en rad: alla):</translation>
    </message>
    <message>
        <source>Ranking class:</source>
        <translation>Klass i rangordningen:</translation>
    </message>
    <message>
        <source>Four-group:</source>
        <translation>Grupp (fyra grupper):</translation>
    </message>
    <message>
        <source>Ladder stage:</source>
        <translation>Steg på relationstrappan:</translation>
    </message>
    <message>
        <source>Churn status:</source>
        <translation>Status för kundavgång:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alla</translation>
    </message>
    <message>
        <source>Predicted value at or above this percentile of the customers: 80 means the top 20 %</source>
        <translation>Prognostiserat värde på eller över denna percentil av kunderna: 80 betyder de främsta 20 %</translation>
    </message>
    <message>
        <source>Predicted value from &amp;percentile:</source>
        <translation>Prognostiserat värde från &amp;percentil:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>A customer of this level not contacted for longer appears under Needs attention</source>
        <translation>En kund på den här nivån som inte har kontaktats på längre tid visas under Behöver uppmärksamhet</translation>
    </message>
    <message>
        <source>Preventive &amp;contact every:</source>
        <translation>Förebyggande &amp;kontakt, intervall:</translation>
    </message>
    <message>
        <source>e.g. special rewards, a personal contact, first look at new products</source>
        <translation>t.ex. särskilda belöningar, en personlig kontakt, förhandstitt på nya produkter</translation>
    </message>
    <message>
        <source>&amp;Entitles to:</source>
        <translation>&amp;Ger rätt till:</translation>
    </message>
    <message>
        <source>Name: the level needs a name</source>
        <translation>Namn: nivån behöver ett namn</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ServiceLevelText</name>
    <message>
        <source>class %1</source>
        <translation>klass %1</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>grupp %1</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>steg %1</translation>
    </message>
    <message>
        <source>churn %1</source>
        <translation>kundavgång %1</translation>
    </message>
    <message>
        <source>predicted value from percentile %1</source>
        <translation>prognostiserat värde från percentil %1</translation>
    </message>
    <message>
        <source>every customer</source>
        <translation>alla kunder</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ServiceLevelsDialog</name>
    <message>
        <source>Service levels</source>
        <translation>Servicenivåer</translation>
    </message>
    <message>
        <source>Service follows value: each customer takes the first level, by rank, whose rule the last analysis meets. Customers of a level not contacted for longer than its interval appear under Needs attention.</source>
        <translation>Servicen följer värdet: varje kund får den första nivån, i placeringsordning, vars regel den senaste analysen uppfyller. Kunder på en nivå som inte har kontaktats på längre tid än nivåns intervall visas under Behöver uppmärksamhet.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Placering</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Contact every</source>
        <translation>Kontaktintervall</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Entitles to</source>
        <translation>Ger rätt till</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Add &amp;suggested levels</source>
        <translation>Lägg till &amp;föreslagna nivåer</translation>
    </message>
    <message>
        <source>Win-back, key, regular and occasional, after the seeds: special rewards for the best customers, incentives for regular ones, special offers for those who recently left</source>
        <translation>Win-back, Key, Regular och Occasional, enligt källan: särskilda belöningar för de bästa kunderna, ekonomiska incitament för vanliga kunder, specialerbjudanden för kunder som nyligen lämnat</translation>
    </message>
    <message>
        <source>The levels changed. Run the analysis now so that customers take their levels?</source>
        <translation>Nivåerna har ändrats. Vill du köra analysen nu så att kunderna får sina nivåer?</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>Add service level %1</source>
        <translation>Lägg till servicenivå %1</translation>
    </message>
    <message>
        <source>Change service level %1</source>
        <translation>Ändra servicenivå %1</translation>
    </message>
    <message>
        <source>Remove service level</source>
        <translation>Ta bort servicenivå</translation>
    </message>
    <message>
        <source>Remove the level %1? Its customers have no level until the next analysis run; their history keeps it.</source>
        <translation>Ta bort nivån %1? Dess kunder saknar nivå fram till nästa analyskörning; deras historik behåller den.</translation>
    </message>
    <message>
        <source>Remove service level %1</source>
        <translation>Ta bort servicenivå %1</translation>
    </message>
    <message>
        <source>Add the suggested service levels</source>
        <translation>Lägg till de föreslagna servicenivåerna</translation>
    </message>
</context>
<context>
    <name>rapport::ui::TaskDialog</name>
    <message>
        <source>New task</source>
        <translation>Ny uppgift</translation>
    </message>
    <message>
        <source>e.g. Call back before the contract ends</source>
        <translation>t.ex. Ring tillbaka innan avtalet löper ut</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Uppgift:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Förfallodatum:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ansvarig:</translation>
    </message>
    <message>
        <source>Please correct:</source>
        <translation>Rätta följande:</translation>
    </message>
</context>
<context>
    <name>rapport::ui::TaskIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Stop the background work; nothing half-done is kept</source>
        <translation>Stoppa bakgrundsarbetet; inget halvfärdigt sparas</translation>
    </message>
</context>
<context>
    <name>rapport::ui::TaskList</name>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Förfaller i dag</translation>
    </message>
    <message>
        <source>Due in the next two weeks</source>
        <translation>Förfaller inom två veckor</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>overdue, due today</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln försenad</numerusform>
            <numerusform>%Ln försenade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due today</source>
        <translation>
            <numerusform>%Ln förfaller i dag</numerusform>
            <numerusform>%Ln förfaller i dag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown, oldest first, up to %1: %2</source>
        <translation>
            <numerusform>%Ln visas, äldst först, upp till %1: %2</numerusform>
            <numerusform>%Ln visas, äldst först, upp till %1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::TasksTab</name>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>&amp;Add task…</source>
        <translation>&amp;Lägg till uppgift…</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Klar</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klar</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>försenad</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>&amp;Öppna igen</translation>
    </message>
    <message>
        <source>Add task %1</source>
        <translation>Lägg till uppgift %1</translation>
    </message>
    <message>
        <source>Task done: %1</source>
        <translation>Uppgift klar: %1</translation>
    </message>
    <message>
        <source>Task open again: %1</source>
        <translation>Uppgift öppnad igen: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::UndoText</name>
    <message>
        <source>“%1” could not be done again: %2</source>
        <translation>”%1” kunde inte göras om: %2</translation>
    </message>
    <message>
        <source>“%1” was not undone: %2</source>
        <translation>”%1” ångrades inte: %2</translation>
    </message>
    <message>
        <source>Someone else saved a change to the same record while you were editing it.</source>
        <translation>Någon annan sparade en ändring av samma post medan du redigerade den.</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>&amp;Behåll deras</translation>
    </message>
    <message>
        <source>&amp;Save mine over theirs</source>
        <translation>&amp;Spara min över deras</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Ingenting ändrades: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::WinBackList</name>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Value at stake</source>
        <translation>Värde som står på spel</translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation>Återvinning</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Win-back attempts, and how the win-back ended</source>
        <translation>Återvinningsförsök och hur återvinningen slutade</translation>
    </message>
    <message>
        <source>The margin the customer brought per year while buying</source>
        <translation>Marginalen som kunden gav per år medan kunden handlade</translation>
    </message>
    <message>
        <source>Suspected: complaint of %1 left unanswered</source>
        <translation>Misstänkt: klagomålet den %1 förblev obesvarat</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>person (role)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Suspected: %1 left on %2, no contact after</source>
        <translation>Misstänkt: %1 lämnade den %2, ingen kontakt efteråt</translation>
    </message>
    <message>
        <source>Suspected: no contact after the last purchase</source>
        <translation>Misstänkt: ingen kontakt efter det senaste köpet</translation>
    </message>
    <message>
        <source>Not known: purchases stopped on %1</source>
        <translation>Okänd: köpen upphörde den %1</translation>
    </message>
    <message>
        <source>lapsed, complaint unanswered</source>
        <translation>vilande, obesvarat klagomål</translation>
    </message>
    <message>
        <source>lapsed, key person left</source>
        <translation>vilande, nyckelperson lämnade</translation>
    </message>
    <message>
        <source>lapsed, no contact</source>
        <translation>vilande, ingen kontakt</translation>
    </message>
    <message>
        <source>lapsed, reason not known</source>
        <translation>vilande, okänd orsak</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Sedan %1</translation>
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
        <translation>Söker efter förlorade och vilande kunder…</translation>
    </message>
    <message>
        <source>The list could not be made: %1</source>
        <translation>Listan kunde inte skapas: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nobody lost or lapsed in the last %Ln day(s).</source>
        <translation>
            <numerusform>Ingen kund förlorad eller vilande under den senaste dagen.</numerusform>
            <numerusform>Ingen kund förlorad eller vilande under de senaste %Ln dagarna.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln lost or lapsed in the last %2 days shown, the most valuable first.</source>
        <translation>
            <numerusform>%L1 av %Ln förlorad eller vilande kund under de senaste %2 dagarna visas, de mest värdefulla först.</numerusform>
            <numerusform>%L1 av %Ln förlorade eller vilande kunder under de senaste %2 dagarna visas, de mest värdefulla först.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 won back of the win-backs that ended (%L2 of %L3); by reason in the tooltip.</source>
        <translation>%1 återvunna av de avslutade återvinningarna (%L2 av %L3); per orsak i verktygstipset.</translation>
    </message>
    <message>
        <source>No win-back has ended yet: no rate.</source>
        <translation>Ingen återvinning har avslutats ännu: ingen andel.</translation>
    </message>
    <message>
        <source>the seed&apos;s benchmark: winning back costs %L1-%L2 times more than keeping</source>
        <translation>källans riktvärde: att återvinna kostar %L1-%L2 gånger mer än att behålla</translation>
    </message>
    <message>
        <source>Winning back costs %L1 times keeping here; %2.</source>
        <translation>Att återvinna kostar här %L1 gånger så mycket som att behålla; %2.</translation>
    </message>
    <message>
        <source>The cost is not known: launch a win-back campaign with a cost per contact; %1.</source>
        <translation>Kostnaden är okänd: lansera en återvinningskampanj med en kostnad per kontakt; %1.</translation>
    </message>
    <message>
        <source>The cost of keeping is not known: launch a campaign with a cost per contact; %1.</source>
        <translation>Kostnaden för att behålla är okänd: lansera en kampanj med en kostnad per kontakt; %1.</translation>
    </message>
    <message>
        <source>Nobody won back yet, so no cost per customer won back; %1.</source>
        <translation>Ingen har återvunnits ännu, så det finns ingen kostnad per återvunnen kund; %1.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>Återvunna</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misslyckade</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pågående</translation>
    </message>
    <message>
        <source>Win-back rate</source>
        <translation>Återvinningsgrad</translation>
    </message>
    <message>
        <source>Cost per won back</source>
        <translation>Kostnad per återvunnen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
</context>
</TS>
