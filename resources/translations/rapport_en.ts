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
    <name>rapport::ui::ImportDialog</name>
    <message numerus="yes">
        <source>Read as %1, %n vCard(s).</source>
        <translation>
            <numerusform>Read as %1, %n vCard.</numerusform>
            <numerusform>Read as %1, %n vCards.</numerusform>
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
</context>
</TS>
