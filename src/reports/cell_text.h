#pragma once

#include "reports/report.h"

#include <QLocale>
#include <QString>

#include <string>

namespace rapport::reports {

/** Qt's text (a translation) as the UTF-8 the report models hold. */
inline std::string utf8(const QString& text) {
    return text.toStdString();
}

/** The UTF-8 the report models hold as Qt's text, to put into a translation's %1. */
inline QString qstring(const std::string& text) {
    return QString::fromStdString(text);
}

/** "12.35" for (12.345, 2): a number with exactly this many decimals, no digit groups. */
std::string fixedDecimals(double value, int decimals);

/** A cell as plain text for CSV: money with two decimals, shares as 0.253 (a number, not "25.3 %"), ISO dates. */
std::string plainText(const Cell& cell, CellType type);

/** plainText appended to `out`: a million-row export formats its cells without a string each. */
void appendPlainText(std::string& out, const Cell& cell, CellType type);

/**
 * How a report's numbers, money and dates read in its language (PDF, HTML and the sentences of every format):
 * the language's locale (i18n::localeOfLanguage) and the currency's sign. Polish: "12 345,67 zł", "25,3 %",
 * "1.07.2026"; Swedish: "12 345,67 kr", "2026-07-01".
 */
class Formatting {
public:
    /** `language`: one of i18n::languages(); `currency`: an ISO 4217 code, empty for amounts without a sign. */
    explicit Formatting(const std::string& language = "en", const std::string& currency = {});
    explicit Formatting(const Report& report)
        : Formatting(report.language, report.currency) {}

    [[nodiscard]] std::string money(double majorUnits) const;                // "12 345,67 zł"
    [[nodiscard]] std::string percent(double share, int decimals = 1) const; // "25,3 %" for 0.253
    [[nodiscard]] std::string count(std::int64_t value) const;               // "12 345"
    [[nodiscard]] std::string decimal(double value, int decimals) const;     // "0,125"
    [[nodiscard]] std::string date(core::Date date) const; // the locale's short format, or "1 Jul 2026" (below)
    /** A cell as a reader sees it in HTML and PDF; empty cells as "". Ids (customer numbers, years) get no groups. */
    [[nodiscard]] std::string cell(const Cell& cell, CellType type) const;

    [[nodiscard]] const QLocale& locale() const { return m_locale; }

private:
    QLocale m_locale;
    QString m_currency;
    QString m_dateFormat;
};

} // namespace rapport::reports
