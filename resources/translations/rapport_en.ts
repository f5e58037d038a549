<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnalysisWords</name>
    <message numerus="yes">
        <source>no purchase for more than %1 times the customer&apos;s usual interval between purchases (at least %Ln day(s)), and not recorded as lost</source>
        <translation>
            <numerusform>no purchase for more than %1 times the customer&apos;s usual interval between purchases (at least %Ln day), and not recorded as lost</numerusform>
            <numerusform>no purchase for more than %1 times the customer&apos;s usual interval between purchases (at least %Ln days), and not recorded as lost</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no purchase for %Ln day(s), over %1 (the usual interval x %2)</source>
        <translation>
            <numerusform>no purchase for %Ln day, over %1 (the usual interval x %2)</numerusform>
            <numerusform>no purchase for %Ln days, over %1 (the usual interval x %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no purchase for %Ln day(s), more than %1 times the usual interval</source>
        <translation>
            <numerusform>no purchase for %Ln day, more than %1 times the usual interval</numerusform>
            <numerusform>no purchase for %Ln days, more than %1 times the usual interval</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignReport</name>
    <message numerus="yes">
        <source>%Ln day(s) after the launch day, to %1</source>
        <translation>
            <numerusform>%Ln day after the launch day, to %1</numerusform>
            <numerusform>%Ln days after the launch day, to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChurnReport</name>
    <message numerus="yes">
        <source>In the last year %1 of the %Ln buyer(s) of a year ago were lost: a churn rate of %2, worth %3 a year in revenue.</source>
        <translation>
            <numerusform>In the last year %1 of the %Ln buyer of a year ago were lost: a churn rate of %2, worth %3 a year in revenue.</numerusform>
            <numerusform>In the last year %1 of the %Ln buyers of a year ago were lost: a churn rate of %2, worth %3 a year in revenue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The usual interval between purchases is %Ln day(s) (median).</source>
        <translation>
            <numerusform>The usual interval between purchases is %Ln day (median).</numerusform>
            <numerusform>The usual interval between purchases is %Ln days (median).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Beside them, %Ln buyer(s) of a year ago lapsed in the last year (%1, worth %2 a year in revenue).</source>
        <translation>
            <numerusform>Beside them, %Ln buyer of a year ago lapsed in the last year (%1, worth %2 a year in revenue).</numerusform>
            <numerusform>Beside them, %Ln buyers of a year ago lapsed in the last year (%1, worth %2 a year in revenue).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The purchases cover less than a year, so there are no yearly rates; %Ln customer(s) are lapsed now (see the table below), none of them recorded as lost.</source>
        <translation>
            <numerusform>The purchases cover less than a year, so there are no yearly rates; %Ln customer is lapsed now (see the table below), not recorded as lost.</numerusform>
            <numerusform>The purchases cover less than a year, so there are no yearly rates; %Ln customers are lapsed now (see the table below), none of them recorded as lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The purchases cover less than a year, so there are no yearly rates; %Ln customer(s) are lapsed now (see the table below).</source>
        <translation>
            <numerusform>The purchases cover less than a year, so there are no yearly rates; %Ln customer is lapsed now (see the table below).</numerusform>
            <numerusform>The purchases cover less than a year, so there are no yearly rates; %Ln customers are lapsed now (see the table below).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerProfileReport</name>
    <message numerus="yes">
        <source>Mean satisfaction %1 over %Ln rating(s) (-2 to +2).</source>
        <translation>
            <numerusform>Mean satisfaction %1 over %Ln rating (-2 to +2).</numerusform>
            <numerusform>Mean satisfaction %1 over %Ln ratings (-2 to +2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The latest %Ln episode(s)</source>
        <translation>
            <numerusform>The latest episode</numerusform>
            <numerusform>The latest %Ln episodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln buyer(s) by profit, class %2 (%3)</source>
        <translation>
            <numerusform>%1 of %Ln buyer by profit, class %2 (%3)</numerusform>
            <numerusform>%1 of %Ln buyers by profit, class %2 (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln buyer(s) by revenue, class %2 (%3)</source>
        <translation>
            <numerusform>%1 of %Ln buyer by revenue, class %2 (%3)</numerusform>
            <numerusform>%1 of %Ln buyers by revenue, class %2 (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln buyer(s) by historical value, class %2 (%3)</source>
        <translation>
            <numerusform>%1 of %Ln buyer by historical value, class %2 (%3)</numerusform>
            <numerusform>%1 of %Ln buyers by historical value, class %2 (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln buyer(s) by predicted value, class %2 (%3)</source>
        <translation>
            <numerusform>%1 of %Ln buyer by predicted value, class %2 (%3)</numerusform>
            <numerusform>%1 of %Ln buyers by predicted value, class %2 (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <comment>the size of a household</comment>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoyaltyReport</name>
    <message numerus="yes">
        <source>%Ln customer(s)&apos; stages were set by hand and count as set.</source>
        <translation>
            <numerusform>%Ln customer&apos;s stage was set by hand and counts as set.</numerusform>
            <numerusform>%Ln customers&apos; stages were set by hand and count as set.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Key customers are the %Ln class A customer(s) of the ranking by profit.</source>
        <translation>
            <numerusform>The key customer is the one class A customer of the ranking by profit.</numerusform>
            <numerusform>Key customers are the %Ln class A customers of the ranking by profit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Key customers are the %Ln class A customer(s) of the ranking by revenue.</source>
        <translation>
            <numerusform>The key customer is the one class A customer of the ranking by revenue.</numerusform>
            <numerusform>Key customers are the %Ln class A customers of the ranking by revenue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Key customers are the %Ln class A customer(s) of the ranking by historical value.</source>
        <translation>
            <numerusform>The key customer is the one class A customer of the ranking by historical value.</numerusform>
            <numerusform>Key customers are the %Ln class A customers of the ranking by historical value.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Key customers are the %Ln class A customer(s) of the ranking by predicted value.</source>
        <translation>
            <numerusform>The key customer is the one class A customer of the ranking by predicted value.</numerusform>
            <numerusform>Key customers are the %Ln class A customers of the ranking by predicted value.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln earlier quarter(s) of the trend are left out: nobody had bought yet, so there is no share to show.</source>
        <translation>
            <numerusform>%Ln earlier quarter of the trend is left out: nobody had bought yet, so there is no share to show.</numerusform>
            <numerusform>%Ln earlier quarters of the trend are left out: nobody had bought yet, so there is no share to show.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln most valuable customer(s) by profit</source>
        <translation>
            <numerusform>The most valuable customer by profit</numerusform>
            <numerusform>The %Ln most valuable customers by profit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln most valuable customer(s) by revenue</source>
        <translation>
            <numerusform>The most valuable customer by revenue</numerusform>
            <numerusform>The %Ln most valuable customers by revenue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln most valuable customer(s) by historical value</source>
        <translation>
            <numerusform>The most valuable customer by historical value</numerusform>
            <numerusform>The %Ln most valuable customers by historical value</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln most valuable customer(s) by predicted value</source>
        <translation>
            <numerusform>The most valuable customer by predicted value</numerusform>
            <numerusform>The %Ln most valuable customers by predicted value</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfitabilityReport</name>
    <message numerus="yes">
        <source>Over %Ln buyer(s); the expected lifetime is the average relationship so far, %1 months.</source>
        <translation>
            <numerusform>Over %Ln buyer; the expected lifetime is the average relationship so far, %1 months.</numerusform>
            <numerusform>Over %Ln buyers; the expected lifetime is the average relationship so far, %1 months.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportFormats</name>
    <message numerus="yes">
        <source>The first %1 of %Ln rows; the XLSX and CSV versions of this report hold all of them.</source>
        <translation>
            <numerusform>The first %1 of %Ln row; the XLSX and CSV versions of this report hold all of them.</numerusform>
            <numerusform>The first %1 of %Ln rows; the XLSX and CSV versions of this report hold all of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message numerus="yes">
        <source>%1 and Gamma-Gamma, fitted in months; horizon %Ln month(s), monthly discount %2</source>
        <comment>the models of the analysis</comment>
        <translation>
            <numerusform>%1 and Gamma-Gamma, fitted in months; horizon %Ln month, monthly discount %2</numerusform>
            <numerusform>%1 and Gamma-Gamma, fitted in months; horizon %Ln months, monthly discount %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %Ln customer(s) of sales manager %1 (models fitted on the whole base); %2 bought in the period</source>
        <translation>
            <numerusform>the %Ln customer of sales manager %1 (models fitted on the whole base); %2 bought in the period</numerusform>
            <numerusform>the %Ln customers of sales manager %1 (models fitted on the whole base); %2 bought in the period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %Ln customer(s) in the base, no filter; %1 bought in the period</source>
        <translation>
            <numerusform>the %Ln customer in the base, no filter; %1 bought in the period</numerusform>
            <numerusform>all %Ln customers in the base, no filter; %1 bought in the period</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::AnalysisService</name>
    <message numerus="yes">
        <source>Analysis: reading customers and episodes (%Ln row(s))…</source>
        <translation>
            <numerusform>Analysis: reading customers and episodes (%Ln row)…</numerusform>
            <numerusform>Analysis: reading customers and episodes (%Ln rows)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Analysis of %Ln customer(s) finished in %1 s.</source>
        <translation>
            <numerusform>Analysis of %Ln customer finished in %1 s.</numerusform>
            <numerusform>Analysis of %Ln customers finished in %1 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::AnalysisSettingsDialog</name>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <comment>a spin box: the number of months</comment>
        <translation>
            <numerusform>%Ln month</numerusform>
            <numerusform>%Ln months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::AnalyticsPage</name>
    <message numerus="yes">
        <source>%1: %Ln customer(s), the first %L2 shown</source>
        <translation>
            <numerusform>%1: %Ln customer, the first %L2 shown</numerusform>
            <numerusform>%1: %Ln customers, the first %L2 shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln customer(s)</source>
        <translation>
            <numerusform>%1: %Ln customer</numerusform>
            <numerusform>%1: %Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>window %Ln month(s)</source>
        <translation>
            <numerusform>window %Ln month</numerusform>
            <numerusform>window %Ln months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>horizon %Ln month(s) at %1 a month</source>
        <translation>
            <numerusform>horizon %Ln month at %1 a month</numerusform>
            <numerusform>horizon %Ln months at %1 a month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nobody was recorded as lost in the last year, but %Ln buyer(s) lapsed (no purchase for over %1 usual intervals): see the churn tab.</source>
        <translation>
            <numerusform>Nobody was recorded as lost in the last year, but %Ln buyer lapsed (no purchase for over %1 usual intervals): see the churn tab.</numerusform>
            <numerusform>Nobody was recorded as lost in the last year, but %Ln buyers lapsed (no purchase for over %1 usual intervals): see the churn tab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nobody was recorded as lost, but %Ln customer(s) are lapsed now (no purchase for over %1 usual intervals); the purchases cover less than a year, so there is no yearly rate: see the churn tab.</source>
        <translation>
            <numerusform>Nobody was recorded as lost, but %Ln customer is lapsed now (no purchase for over %1 usual intervals); the purchases cover less than a year, so there is no yearly rate: see the churn tab.</numerusform>
            <numerusform>Nobody was recorded as lost, but %Ln customers are lapsed now (no purchase for over %1 usual intervals); the purchases cover less than a year, so there is no yearly rate: see the churn tab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nobody was recorded as lost, but %Ln customer(s) are lapsed now (no purchase for over %1 usual intervals): see the churn tab.</source>
        <translation>
            <numerusform>Nobody was recorded as lost, but %Ln customer is lapsed now (no purchase for over %1 usual intervals): see the churn tab.</numerusform>
            <numerusform>Nobody was recorded as lost, but %Ln customers are lapsed now (no purchase for over %1 usual intervals): see the churn tab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Four groups by purchase cost and frequency in the window (%Ln buyer(s))</source>
        <translation>
            <numerusform>Four groups by purchase cost and frequency in the window (%Ln buyer)</numerusform>
            <numerusform>Four groups by purchase cost and frequency in the window (%Ln buyers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln · %1 of revenue</source>
        <comment>customers · share</comment>
        <translation>
            <numerusform>%Ln · %1 of revenue</numerusform>
            <numerusform>%Ln · %1 of revenue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Distribution of predicted value over the next %Ln month(s)</source>
        <translation>
            <numerusform>Distribution of predicted value over the next %Ln month</numerusform>
            <numerusform>Distribution of predicted value over the next %Ln months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln or more repeat purchases</source>
        <translation>
            <numerusform>%Ln or more repeat purchases</numerusform>
            <numerusform>%Ln or more repeat purchases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::AttentionList</name>
    <message numerus="yes">
        <source>No contact for %Ln day(s), since %1 (interval %2 days)</source>
        <translation>
            <numerusform>No contact for %Ln day, since %1 (interval %2 days)</numerusform>
            <numerusform>No contact for %Ln days, since %1 (interval %2 days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Never contacted in %Ln day(s) (interval %1 days)</source>
        <translation>
            <numerusform>Never contacted in %Ln day (interval %1 days)</numerusform>
            <numerusform>Never contacted in %Ln days (interval %1 days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No purchase for %Ln day(s); usually every %1 days</source>
        <translation>
            <numerusform>No purchase for %Ln day; usually every %1 days</numerusform>
            <numerusform>No purchase for %Ln days; usually every %1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Complaint of %1 unanswered for %Ln day(s)</source>
        <translation>
            <numerusform>Complaint of %1 unanswered for %Ln day</numerusform>
            <numerusform>Complaint of %1 unanswered for %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln shown, the most valuable first.</source>
        <translation>
            <numerusform>The only one shown.</numerusform>
            <numerusform>All %Ln shown, the most valuable first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln shown, the most valuable first.</source>
        <translation>
            <numerusform>%L1 of %Ln shown, the most valuable first.</numerusform>
            <numerusform>%L1 of %Ln shown, the most valuable first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::AuditDialog</name>
    <message numerus="yes">
        <source>The newest %Ln change(s); rapport-cli audit lists more.</source>
        <translation>
            <numerusform>The newest %Ln change; rapport-cli audit lists more.</numerusform>
            <numerusform>The newest %Ln changes; rapport-cli audit lists more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s).</source>
        <translation>
            <numerusform>%Ln change.</numerusform>
            <numerusform>%Ln changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::CampaignsPage</name>
    <message numerus="yes">
        <source>Response window: %n day(s) after the launch day; cost per contact %1</source>
        <translation>
            <numerusform>Response window: %n day after the launch day; cost per contact %1</numerusform>
            <numerusform>Response window: %n days after the launch day; cost per contact %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) written to %1</source>
        <translation>
            <numerusform>%n contact written to %1</numerusform>
            <numerusform>%n contacts written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::ChurnWords</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::ComplaintsView</name>
    <message numerus="yes">
        <source>%Ln complaint(s), %1 answered (%2). Time to answer: median %3 days, mean %4 days. Satisfaction (from -2 to +2) at the complaint %5, after the answer %6.</source>
        <translation>
            <numerusform>%Ln complaint, %1 answered (%2). Time to answer: median %3 days, mean %4 days. Satisfaction (from -2 to +2) at the complaint %5, after the answer %6.</numerusform>
            <numerusform>%Ln complaints, %1 answered (%2). Time to answer: median %3 days, mean %4 days. Satisfaction (from -2 to +2) at the complaint %5, after the answer %6.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln customer(s) known to be unhappy (a complaint, or an episode rated -1 or -2), %1 (%2) never complained. The seeds: %3 to %4 of unhappy customers leave without complaining, so the complaints show only part of the unhappiness; ask, and answer fast.</source>
        <translation>
            <numerusform>Of %Ln customer known to be unhappy (a complaint, or an episode rated -1 or -2), %1 (%2) never complained. The seeds: %3 to %4 of unhappy customers leave without complaining, so the complaints show only part of the unhappiness; ask, and answer fast.</numerusform>
            <numerusform>Of %Ln customers known to be unhappy (a complaint, or an episode rated -1 or -2), %1 (%2) never complained. The seeds: %3 to %4 of unhappy customers leave without complaining, so the complaints show only part of the unhappiness; ask, and answer fast.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::CostLineDialog</name>
    <message numerus="yes">
        <source>Cost line for %Ln customer(s)</source>
        <translation>
            <numerusform>Cost line for %Ln customer</numerusform>
            <numerusform>Cost line for %Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Spread the amount over the %Ln customer(s) (else each gets it)</source>
        <translation>
            <numerusform>&amp;Spread the amount over the %Ln customer (else each gets it)</numerusform>
            <numerusform>&amp;Spread the amount over the %Ln customers (else each gets it)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::CostsTab</name>
    <message numerus="yes">
        <source>Cost %1 for %Ln customer(s)</source>
        <translation>
            <numerusform>Cost %1 for %Ln customer</numerusform>
            <numerusform>Cost %1 for %Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomerDetailsView</name>
    <message numerus="yes">
        <source>%1 (margin %2) from %Ln purchase(s)</source>
        <translation>
            <numerusform>%1 (margin %2) from %Ln purchase</numerusform>
            <numerusform>%1 (margin %2) from %Ln purchases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln episode(s) shown, newest first: double-click or press Enter here for older ones</source>
        <translation>
            <numerusform>%L1 of %Ln episode shown, newest first: double-click or press Enter here for older ones</numerusform>
            <numerusform>%L1 of %Ln episodes shown, newest first: double-click or press Enter here for older ones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown, newest first: double-click or press Enter here for older ones</source>
        <translation>
            <numerusform>%Ln shown, newest first: double-click or press Enter here for older ones</numerusform>
            <numerusform>%Ln shown, newest first: double-click or press Enter here for older ones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 over the next %Ln month(s), discounted %2 a month</source>
        <translation>
            <numerusform>%1 over the next %Ln month, discounted %2 a month</numerusform>
            <numerusform>%1 over the next %Ln months, discounted %2 a month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln, of which %1 answered</source>
        <comment>complaints</comment>
        <translation>
            <numerusform>%Ln, of which %1 answered</numerusform>
            <numerusform>%Ln, of which %1 answered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: preventive contact every %Ln day(s)</source>
        <translation>
            <numerusform>%1: preventive contact every %Ln day</numerusform>
            <numerusform>%1: preventive contact every %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomersPage</name>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive the %Ln selected customer(s)? They leave the lists and the analyses but keep their history; Restore from archive, or Edit &gt; Undo, brings them back.</source>
        <translation>
            <numerusform>Archive the %Ln selected customer? They leave the lists and the analyses but keep their history; Restore from archive, or Edit &gt; Undo, brings them back.</numerusform>
            <numerusform>Archive the %Ln selected customers? They leave the lists and the analyses but keep their history; Restore from archive, or Edit &gt; Undo, brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln customer(s) …</source>
        <translation>
            <numerusform>Exporting %Ln customer …</numerusform>
            <numerusform>Exporting %Ln customers …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln customer(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln customer to %1</numerusform>
            <numerusform>Exported %Ln customers to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::DashboardPage</name>
    <message numerus="yes">
        <source>Analysis of %Ln customer(s) up to %1 (window %2 – %3), %4 model.</source>
        <translation>
            <numerusform>Analysis of %Ln customer up to %1 (window %2 – %3), %4 model.</numerusform>
            <numerusform>Analysis of %Ln customers up to %1 (window %2 – %3), %4 model.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lost</source>
        <comment>customers</comment>
        <translation>
            <numerusform>%Ln lost</numerusform>
            <numerusform>%Ln lost</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lapsed now</source>
        <comment>customers</comment>
        <translation>
            <numerusform>%Ln lapsed now</numerusform>
            <numerusform>%Ln lapsed now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln) lost</source>
        <comment>share (number) of customers</comment>
        <translation>
            <numerusform>%1 (%Ln) lost</numerusform>
            <numerusform>%1 (%Ln) lost</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln) lapsed</source>
        <comment>share (number) of customers</comment>
        <translation>
            <numerusform>%1 (%Ln) lapsed</numerusform>
            <numerusform>%1 (%Ln) lapsed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln shown, the most valuable first.</source>
        <translation>
            <numerusform>All %Ln shown, the most valuable first.</numerusform>
            <numerusform>All %Ln shown, the most valuable first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln shown, the most valuable first.</source>
        <translation>
            <numerusform>%L1 of %Ln shown, the most valuable first.</numerusform>
            <numerusform>%L1 of %Ln shown, the most valuable first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::DemoDataJob</name>
    <message numerus="yes">
        <source>Generating demo data: %Ln customer(s) with three years of history…</source>
        <translation>
            <numerusform>Generating demo data: %Ln customer with three years of history…</numerusform>
            <numerusform>Generating demo data: %Ln customers with three years of history…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::DimensionView</name>
    <message numerus="yes">
        <source>%Ln customer(s); the four groups, churn and predicted values are those of the last stored scores.</source>
        <translation>
            <numerusform>%Ln customer; the four groups, churn and predicted values are those of the last stored scores.</numerusform>
            <numerusform>%Ln customers; the four groups, churn and predicted values are those of the last stored scores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s); no analysis run has stored scores yet, so the four groups, churn and predicted values are empty (Run analysis, then store the scores).</source>
        <translation>
            <numerusform>%Ln customer; no analysis run has stored scores yet, so the four groups, churn and predicted values are empty (Run analysis, then store the scores).</numerusform>
            <numerusform>%Ln customers; no analysis run has stored scores yet, so the four groups, churn and predicted values are empty (Run analysis, then store the scores).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::DuplicateHint</name>
    <message numerus="yes">
        <source>%Ln or more customers with a similar name, e.g.</source>
        <translation>
            <numerusform>%Ln or more customers with a similar name, e.g.</numerusform>
            <numerusform>%Ln or more customers with a similar name, e.g.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers with a similar name, e.g.</source>
        <translation>
            <numerusform>%Ln customers with a similar name, e.g.</numerusform>
            <numerusform>%Ln customers with a similar name, e.g.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::DuplicatesDialog</name>
    <message numerus="yes">
        <source>%n probable duplicate(s). Open the first to compare; merging moves everything of the others onto the first and cannot be undone.</source>
        <translation>
            <numerusform>%n probable duplicate. Open the first to compare; merging moves everything of the others onto the first and cannot be undone.</numerusform>
            <numerusform>%n probable duplicates. Open the first to compare; merging moves everything of the others onto the first and cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::EpisodesPage</name>
    <message numerus="yes">
        <source>The next %n older follow-ups</source>
        <translation>
            <numerusform>The next older follow-up</numerusform>
            <numerusform>The next %n older follow-ups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::FieldText</name>
    <message numerus="yes">
        <source>%1: is too long: at most %n byte(s) (letters such as ą or é take two)</source>
        <translation>
            <numerusform>%1: is too long: at most %n byte (letters such as ą or é take two)</numerusform>
            <numerusform>%1: is too long: at most %n bytes (letters such as ą or é take two)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: at most %n tag(s)</source>
        <translation>
            <numerusform>%1: at most %n tag</numerusform>
            <numerusform>%1: at most %n tags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::FollowUpList</name>
    <message numerus="yes">
        <source>%Ln due today</source>
        <translation>
            <numerusform>%Ln due today</numerusform>
            <numerusform>%Ln due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln overdue</numerusform>
            <numerusform>%Ln overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln shown, latest first: %1.</source>
        <translation>
            <numerusform>All %Ln shown, latest first: %1.</numerusform>
            <numerusform>All %Ln shown, latest first: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln shown, latest first: %2.</source>
        <translation>
            <numerusform>%L1 of %Ln shown, latest first: %2.</numerusform>
            <numerusform>%L1 of %Ln shown, latest first: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::Formatting</name>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <comment>of an invoice</comment>
        <translation>
            <numerusform>%Ln line</numerusform>
            <numerusform>%Ln lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportDialog</name>
    <message numerus="yes">
        <source>Read as %1, %n vCard(s).</source>
        <translation>
            <numerusform>Read as %1, %n vCard.</numerusform>
            <numerusform>Read as %1, %n vCards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Decided from all %Ln row(s): %2, %3.</source>
        <comment>the sentence before, then how the formats were decided</comment>
        <translation>
            <numerusform>%1 Decided from all %Ln row: %2, %3.</numerusform>
            <numerusform>%1 Decided from all %Ln rows: %2, %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln date(s) fix the day-month order</source>
        <translation>
            <numerusform>%Ln date fixes the day-month order</numerusform>
            <numerusform>%Ln dates fix the day-month order</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln amount(s) show the decimal separator</source>
        <translation>
            <numerusform>%Ln amount shows the decimal separator</numerusform>
            <numerusform>%Ln amounts show the decimal separator</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more such note(s): the table below shows what each column fills.</source>
        <translation>
            <numerusform>…and %n more such note: the table below shows what each column fills.</numerusform>
            <numerusform>…and %n more such notes: the table below shows what each column fills.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportText</name>
    <message numerus="yes">
        <source>%Ln card(s) repeat a customer of an earlier card:</source>
        <translation>
            <numerusform>%Ln card repeats a customer of an earlier card:</numerusform>
            <numerusform>%Ln cards repeat a customer of an earlier card:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) repeat a customer of an earlier row:</source>
        <translation>
            <numerusform>%Ln row repeats a customer of an earlier row:</numerusform>
            <numerusform>%Ln rows repeat a customer of an earlier row:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln other reason(s)</source>
        <translation>
            <numerusform>… and %Ln other reason</numerusform>
            <numerusform>… and %Ln other reasons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) made %1.</source>
        <translation>
            <numerusform>%Ln row made %1.</numerusform>
            <numerusform>%Ln rows made %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sale(s)</source>
        <translation>
            <numerusform>%Ln sale</numerusform>
            <numerusform>%Ln sales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) were lines of invoices with several lines, added up per invoice.</source>
        <translation>
            <numerusform>%Ln row was a line of an invoice with several lines, added up per invoice.</numerusform>
            <numerusform>%Ln rows were lines of invoices with several lines, added up per invoice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them are cancellations or returns (a negative total); %1 linked to the purchase they cancel, which then no longer counts as a purchase for the models.</source>
        <translation>
            <numerusform>%Ln of them is a cancellation or return (a negative total); %1 linked to the purchase it cancels, which then no longer counts as a purchase for the models.</numerusform>
            <numerusform>%Ln of them are cancellations or returns (a negative total); %1 linked to the purchase they cancel, which then no longer counts as a purchase for the models.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln was</source>
        <comment>cancellations linked</comment>
        <translation>
            <numerusform>%Ln was</numerusform>
            <numerusform>%Ln were</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) have no real customer (an empty or placeholder customer value)</source>
        <translation>
            <numerusform>%Ln row has no real customer (an empty or placeholder customer value)</numerusform>
            <numerusform>%Ln rows have no real customer (an empty or placeholder customer value)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln anonymous sale(s)</source>
        <translation>
            <numerusform>%Ln anonymous sale</numerusform>
            <numerusform>%Ln anonymous sales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln amount(s) had more than two decimals (quantity x unit price): rounded half to even to 0.01.</source>
        <translation>
            <numerusform>%Ln amount had more than two decimals (quantity x unit price): rounded half to even to 0.01.</numerusform>
            <numerusform>%Ln amounts had more than two decimals (quantity x unit price): rounded half to even to 0.01.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Encoding %1 decided from the whole file (%Ln non-ASCII character(s)).</source>
        <translation>
            <numerusform>Encoding %1 decided from the whole file (%Ln non-ASCII character).</numerusform>
            <numerusform>Encoding %1 decided from the whole file (%Ln non-ASCII characters).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Encoding %1 decided from the whole file (%Ln word(s) with letters beyond ASCII).</source>
        <translation>
            <numerusform>Encoding %1 decided from the whole file (%Ln word with letters beyond ASCII).</numerusform>
            <numerusform>Encoding %1 decided from the whole file (%Ln words with letters beyond ASCII).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln date(s) fix the day-month order</source>
        <translation>
            <numerusform>%Ln date fixes the day-month order</numerusform>
            <numerusform>%Ln dates fix the day-month order</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln amount(s) show the decimal separator</source>
        <translation>
            <numerusform>%Ln amount shows the decimal separator</numerusform>
            <numerusform>%Ln amounts show the decimal separator</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Formats decided from all %Ln row(s): %1, %2.</source>
        <translation>
            <numerusform>Formats decided from all %Ln row: %1, %2.</numerusform>
            <numerusform>Formats decided from all %Ln rows: %1, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run, nothing written. Would add %Ln sale(s) to customers&apos; timelines; %L1 unchanged (already in the base); rejected %L2 of %L3 rows.</source>
        <translation>
            <numerusform>Dry run, nothing written. Would add %Ln sale to customers&apos; timelines; %L1 unchanged (already in the base); rejected %L2 of %L3 rows.</numerusform>
            <numerusform>Dry run, nothing written. Would add %Ln sales to customers&apos; timelines; %L1 unchanged (already in the base); rejected %L2 of %L3 rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln sale(s) to customers&apos; timelines; %L1 unchanged (already in the base); rejected %L2 of %L3 rows.</source>
        <translation>
            <numerusform>Added %Ln sale to customers&apos; timelines; %L1 unchanged (already in the base); rejected %L2 of %L3 rows.</numerusform>
            <numerusform>Added %Ln sales to customers&apos; timelines; %L1 unchanged (already in the base); rejected %L2 of %L3 rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run, nothing written. Would add %L1, update %L2; %L3 unchanged (already in the base); rejected %L4 of %Ln row(s).</source>
        <translation>
            <numerusform>Dry run, nothing written. Would add %L1, update %L2; %L3 unchanged (already in the base); rejected %L4 of %Ln row.</numerusform>
            <numerusform>Dry run, nothing written. Would add %L1, update %L2; %L3 unchanged (already in the base); rejected %L4 of %Ln rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %L1, updated %L2; %L3 unchanged (already in the base); rejected %L4 of %Ln row(s).</source>
        <translation>
            <numerusform>Added %L1, updated %L2; %L3 unchanged (already in the base); rejected %L4 of %Ln row.</numerusform>
            <numerusform>Added %L1, updated %L2; %L3 unchanged (already in the base); rejected %L4 of %Ln rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %Ln card(s) (%1).</source>
        <translation>
            <numerusform>Read %Ln card (%1).</numerusform>
            <numerusform>Read %Ln cards (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %Ln card(s) (%1, guessed).</source>
        <translation>
            <numerusform>Read %Ln card (%1, guessed).</numerusform>
            <numerusform>Read %Ln cards (%1, guessed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %L1 of %Ln card(s).</source>
        <translation>
            <numerusform>Rejected %L1 of %Ln card.</numerusform>
            <numerusform>Rejected %L1 of %Ln cards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would create %Ln customer(s) not yet in the base.</source>
        <translation>
            <numerusform>Would create %Ln customer not yet in the base.</numerusform>
            <numerusform>Would create %Ln customers not yet in the base.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %Ln customer(s) that were not in the base.</source>
        <translation>
            <numerusform>Created %Ln customer that was not in the base.</numerusform>
            <numerusform>Created %Ln customers that were not in the base.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where the header has %1 (a missing delimiter, or a line break outside quotes?)</source>
        <translation>
            <numerusform>%n field where the header has %1 (a missing delimiter, or a line break outside quotes?)</numerusform>
            <numerusform>%n fields where the header has %1 (a missing delimiter, or a line break outside quotes?)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where the header has %1 (an unquoted %2 inside a value?)</source>
        <translation>
            <numerusform>%n field where the header has %1 (an unquoted %2 inside a value?)</numerusform>
            <numerusform>%n fields where the header has %1 (an unquoted %2 inside a value?)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %Ln row(s) have dates such as 03/04/2024 that could be day-month or month-day</source>
        <translation>
            <numerusform>%Ln row has a date such as 03/04/2024 that could be day-month or month-day</numerusform>
            <numerusform>all %Ln rows have dates such as 03/04/2024 that could be day-month or month-day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) would make %1.</source>
        <translation>
            <numerusform>%Ln row would make %1.</numerusform>
            <numerusform>%Ln rows would make %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where most rows have %1 (a missing delimiter, or a line break outside quotes?)</source>
        <translation>
            <numerusform>%n field where most rows have %1 (a missing delimiter, or a line break outside quotes?)</numerusform>
            <numerusform>%n fields where most rows have %1 (a missing delimiter, or a line break outside quotes?)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where most rows have %1 (an unquoted %2 inside a value?)</source>
        <translation>
            <numerusform>%n field where most rows have %1 (an unquoted %2 inside a value?)</numerusform>
            <numerusform>%n fields where most rows have %1 (an unquoted %2 inside a value?)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::KnowledgeAuditView</name>
    <message numerus="yes">
        <source>%Ln customer(s); value counts revenue to date and the predicted value.</source>
        <translation>
            <numerusform>%Ln customer; value counts revenue to date and the predicted value.</numerusform>
            <numerusform>%Ln customers; value counts revenue to date and the predicted value.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s); no analysis run has stored scores yet, so the ranking and the predicted values are missing (Run analysis, then store the scores).</source>
        <translation>
            <numerusform>%Ln customer; no analysis run has stored scores yet, so the ranking and the predicted values are missing (Run analysis, then store the scores).</numerusform>
            <numerusform>%Ln customers; no analysis run has stored scores yet, so the ranking and the predicted values are missing (Run analysis, then store the scores).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::MainWindow</name>
    <message numerus="yes">
        <source>Gave up waiting for the other program after %n s.</source>
        <translation>
            <numerusform>Gave up waiting for the other program after %n s.</numerusform>
            <numerusform>Gave up waiting for the other program after %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done waiting for the other program (%n s).</source>
        <translation>
            <numerusform>Done waiting for the other program (%n s).</numerusform>
            <numerusform>Done waiting for the other program (%n s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Busy, waiting: another program is writing to this database (%n s)...</source>
        <translation>
            <numerusform>Busy, waiting: another program is writing to this database (%n s)...</numerusform>
            <numerusform>Busy, waiting: another program is writing to this database (%n s)...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This database already has customers. Add %Ln demo customer(s) to them?</source>
        <translation>
            <numerusform>This database already has customers. Add %Ln demo customer to them?</numerusform>
            <numerusform>This database already has customers. Add %Ln demo customers to them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::ReportsPage</name>
    <message numerus="yes">
        <source>Made from the analysis of %1; PDF and HTML show the first %Ln row(s) of long tables, XLSX and CSV hold every row.</source>
        <translation>
            <numerusform>Made from the analysis of %1; PDF and HTML show the first %Ln row of long tables, XLSX and CSV hold every row.</numerusform>
            <numerusform>Made from the analysis of %1; PDF and HTML show the first %Ln rows of long tables, XLSX and CSV hold every row.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::ServiceLevelsDialog</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::TaskList</name>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln overdue</numerusform>
            <numerusform>%Ln overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due today</source>
        <translation>
            <numerusform>%Ln due today</numerusform>
            <numerusform>%Ln due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown, oldest first, up to %1: %2</source>
        <translation>
            <numerusform>%Ln shown, oldest first, up to %1: %2</numerusform>
            <numerusform>%Ln shown, oldest first, up to %1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::WinBackList</name>
    <message numerus="yes">
        <source>Nobody lost or lapsed in the last %Ln day(s).</source>
        <translation>
            <numerusform>Nobody lost or lapsed in the last %Ln day.</numerusform>
            <numerusform>Nobody lost or lapsed in the last %Ln days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln lost or lapsed in the last %2 days shown, the most valuable first.</source>
        <translation>
            <numerusform>%L1 of %Ln lost or lapsed in the last %2 days shown, the most valuable first.</numerusform>
            <numerusform>%L1 of %Ln lost or lapsed in the last %2 days shown, the most valuable first.</numerusform>
        </translation>
    </message>
</context>
</TS>
